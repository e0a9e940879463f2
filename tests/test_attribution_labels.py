"""The label enums and the impact rule table, exhaustively."""

from __future__ import annotations

import itertools

import pytest

from selfefficacy.attribution import (
    DEFAULT_DIMENSIONS,
    Cause,
    Control,
    Impact,
    InvalidOutcomeError,
    Locus,
    Outcome,
    Stability,
    impact_of,
)
from selfefficacy.attribution.labels import coerce_outcome
from selfefficacy.errors import SelfEfficacyError


def _table(outcome: Outcome, locus: Locus, stability: Stability, control: Control) -> Impact:
    """ATTRIBUTION-LABELS.md, row by row."""
    if outcome is Outcome.FAILURE:
        if control is Control.CONTROLLABLE:
            return Impact.BUILDING
        if stability is Stability.STABLE:
            return Impact.UNDERMINING
        return Impact.NEUTRAL
    if locus is Locus.EXTERNAL:
        return Impact.UNDERMINING
    if stability is Stability.STABLE or control is Control.CONTROLLABLE:
        return Impact.BUILDING
    return Impact.NEUTRAL


@pytest.mark.parametrize(
    ("outcome", "locus", "stability", "control"),
    list(itertools.product(Outcome, Locus, Stability, Control)),
)
def test_impact_follows_the_rule_table(
    outcome: Outcome, locus: Locus, stability: Stability, control: Control
) -> None:
    assert impact_of(outcome, locus, stability, control) is _table(
        outcome, locus, stability, control
    )


@pytest.mark.parametrize(
    ("outcome", "locus", "stability", "control"),
    [
        combo
        for combo in itertools.product(
            Outcome, (*Locus, None), (*Stability, None), (*Control, None)
        )
        if None in combo
    ],
)
def test_any_missing_dimension_is_neutral(
    outcome: Outcome, locus: Locus | None, stability: Stability | None, control: Control | None
) -> None:
    assert impact_of(outcome, locus, stability, control) is Impact.NEUTRAL


def test_values_are_the_label_strings() -> None:
    assert [c.value for c in Cause] == [
        "effort",
        "strategy",
        "ability",
        "task",
        "luck",
        "others",
        "state",
        "circumstance",
        "none",
    ]
    assert {o.value for o in Outcome} == {"success", "failure"}
    assert {i.value for i in Impact} == {"building", "neutral", "undermining"}


def test_every_real_cause_has_default_dimensions() -> None:
    assert set(DEFAULT_DIMENSIONS) == set(Cause) - {Cause.NONE}
    assert DEFAULT_DIMENSIONS[Cause.ABILITY] == (
        Locus.INTERNAL,
        Stability.STABLE,
        Control.UNCONTROLLABLE,
    )


def test_outcome_coercion() -> None:
    assert coerce_outcome("success") is Outcome.SUCCESS
    assert coerce_outcome(Outcome.FAILURE) is Outcome.FAILURE
    with pytest.raises(InvalidOutcomeError, match="'won'"):
        coerce_outcome("won")
    with pytest.raises(TypeError):
        coerce_outcome(1)
    assert issubclass(InvalidOutcomeError, SelfEfficacyError)
    assert issubclass(InvalidOutcomeError, ValueError)
