"""Planners: which practice fits this person now, and why.

A planner is a decision rule in the sense of just-in-time adaptive interventions
(Nahum-Shani et al. 2018, Annals of Behavioral Medicine 52:446-462): it reads
tailoring variables from the check-in and the learner record and picks one option.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from selfefficacy.attribution.labels import Impact
from selfefficacy.events import Scalar
from selfefficacy.flow import CheckIn
from selfefficacy.learner import Learner, ReviewResult
from selfefficacy.limits import MAX_ANSWER_CHARS, MAX_ID_CHARS, bounded_text, json_number

__all__ = ["Decision", "FixedPlanner", "Planner", "RulePlanner", "ThompsonPlanner", "tailoring_for"]

#: Recent attempts the success rule looks at.
RECENT_WINDOW = 5


#: The most reason codes and tailoring values a decision may carry.
MAX_REASONS = 16
MAX_TAILORING = 64


def _reasons(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not (
        type(value) is tuple
        and len(value) <= MAX_REASONS
        and all(isinstance(v, str) and 1 <= len(v) <= MAX_ID_CHARS for v in value)
    ):
        raise ValueError(
            f"{attribute.name} must be a tuple of at most {MAX_REASONS} codes"
            f" (str of 1 to {MAX_ID_CHARS} chars)"
        )


def _scalar(value: object) -> bool:
    if value is None or json_number(value):
        return True
    return isinstance(value, str) and len(value) <= MAX_ANSWER_CHARS


def _tailoring(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """(name, value) pairs that store as JSON and load back: names are ids; values are
    None, bounded ints, finite floats or bounded text (not bools, which load as no
    scalar here; a str label such as a ``Cause`` stores as its value)."""
    if not (
        type(value) is tuple
        and len(value) <= MAX_TAILORING
        and all(
            type(pair) is tuple
            and len(pair) == 2
            and isinstance(pair[0], str)
            and 1 <= len(pair[0]) <= MAX_ID_CHARS
            and _scalar(pair[1])
            for pair in value
        )
    ):
        raise ValueError(
            f"{attribute.name} must be a tuple of at most {MAX_TAILORING} (name, value) pairs:"
            " name a str id, value None, an int, a finite float or a str"
        )


@attrs.frozen
class Decision:
    """A planner's choice: the practice, reason codes, and the values it read.

    ``reasons`` are stable codes; the coach renders ``"reason.<code>"`` from its
    texts (with the tailoring values as placeholders) to tell the person why.
    """

    practice_id: str = attrs.field(validator=bounded_text(MAX_ID_CHARS))
    reasons: tuple[str, ...] = attrs.field(validator=_reasons)
    tailoring: tuple[tuple[str, Scalar], ...] = attrs.field(default=(), validator=_tailoring)


@runtime_checkable
class Planner(Protocol):
    """Picks the practice for this session from the ``available`` practice ids."""

    def choose(
        self, learner: Learner, checkin: CheckIn, *, available: Sequence[str], session: int
    ) -> Decision:
        """Return the decision; ``practice_id`` must be one of ``available``."""
        ...


def tailoring_for(learner: Learner, checkin: CheckIn) -> tuple[tuple[str, Scalar], ...]:
    """The tailoring values the built-in planners read, as (name, value) pairs."""
    recent = learner.attempts[-RECENT_WINDOW:]
    explanation = checkin.explanation
    bias = learner.calibration.bias
    return (
        ("confidence", checkin.confidence),
        ("activation", checkin.activation),
        ("review", None if checkin.review is None else checkin.review.value),
        ("explanation_cause", None if explanation is None else explanation.cause.value),
        ("explanation_impact", None if explanation is None else explanation.impact.value),
        ("successes", learner.successes),
        ("recent_successes", sum(a.result is ReviewResult.DONE for a in recent)),
        ("recent_attempts", len(recent)),
        ("ladder_rungs", len(learner.ladder)),
        ("ladder_done", sum(rung.done for rung in learner.ladder)),
        ("calibration_bias", None if bias is None else round(bias, 3)),
        ("calibration_n", learner.calibration.n),
    )


_Rule = Callable[[dict[str, Scalar]], bool]


def _undermining(t: dict[str, Scalar]) -> bool:
    return t["explanation_impact"] == Impact.UNDERMINING.value


def _keyed_up(t: dict[str, Scalar]) -> bool:
    return _int(t["activation"]) >= RulePlanner.HIGH_ACTIVATION


def _no_open_ladder(t: dict[str, Scalar]) -> bool:
    return t["ladder_rungs"] == 0 or t["ladder_done"] == t["ladder_rungs"]


def _low_and_untested(t: dict[str, Scalar]) -> bool:
    return _int(t["confidence"]) < RulePlanner.LOW_CONFIDENCE and _int(t["successes"]) < 2


def _underrating_successes(t: dict[str, Scalar]) -> bool:
    recent = _int(t["recent_successes"]) >= 2 and _int(t["confidence"]) < RulePlanner.MID_CONFIDENCE
    bias = t["calibration_bias"]
    underconfident = (
        isinstance(bias, float)
        and bias <= RulePlanner.UNDERCONFIDENT_BIAS
        and _int(t["calibration_n"]) >= 2
    )
    return recent or underconfident


def _int(value: Scalar) -> int:
    return value if isinstance(value, int) else 0


@attrs.frozen
class RulePlanner:
    """The default planner: the first of DESIGN's six rules that applies.

    1. the reviewed outcome's explanation undermines efficacy: effort-attribution;
    2. activation 7 or more out of 10: reinterpret-signals;
    3. no ladder, or every rung done: proximal-subgoals;
    4. confidence under 40 and fewer than 2 successes: learn-from-models;
    5. 2+ successes in the last 5 attempts and confidence under 60, or confidence
       running below results (calibration bias -0.10 or lower over 2+ attempts):
       specific-encouragement;
    6. otherwise: build-mastery.

    A rule whose practice is not registered is skipped.
    """

    HIGH_ACTIVATION = 7
    LOW_CONFIDENCE = 40
    MID_CONFIDENCE = 60
    UNDERCONFIDENT_BIAS = -0.10

    RULES: tuple[tuple[str, str, _Rule], ...] = (
        ("explanation-undermines", "effort-attribution", _undermining),
        ("activation-high", "reinterpret-signals", _keyed_up),
        ("no-open-ladder", "proximal-subgoals", _no_open_ladder),
        ("low-confidence-few-successes", "learn-from-models", _low_and_untested),
        ("confidence-below-results", "specific-encouragement", _underrating_successes),
    )
    DEFAULT = ("keep-climbing", "build-mastery")

    def choose(
        self, learner: Learner, checkin: CheckIn, *, available: Sequence[str], session: int
    ) -> Decision:
        """Apply the rules in order; see the class docstring."""
        tailoring = tailoring_for(learner, checkin)
        values = dict(tailoring)
        for code, practice_id, applies in self._candidates():
            if practice_id in available and applies(values):
                return Decision(practice_id=practice_id, reasons=(code,), tailoring=tailoring)
        return Decision(practice_id=available[0], reasons=("fallback",), tailoring=tailoring)

    def _candidates(self) -> Iterator[tuple[str, str, _Rule]]:
        yield from self.RULES
        code, practice_id = self.DEFAULT
        yield code, practice_id, lambda _values: True


def _seeded_random(*parts: object) -> random.Random:
    # A str seed uses all its bits (SHA-512, seeding version 2), the same on every
    # platform and run; no hashlib import needed.
    return random.Random("|".join(map(str, parts)))


@attrs.frozen
class ThompsonPlanner:
    """Learns per person which practices raise their confidence.

    Each practice has a Beta(1 + improved, 1 + not improved) posterior over "the
    close rating beats the check-in rating"; the planner draws once from each and
    picks the highest draw. The draws come from a generator seeded by ``seed``, the
    learner id and the session number, so a session is reproducible.
    """

    seed: int = 0

    def choose(
        self, learner: Learner, checkin: CheckIn, *, available: Sequence[str], session: int
    ) -> Decision:
        """Draw from each available practice's posterior and pick the highest."""
        rng = _seeded_random(self.seed, learner.id, session)
        draws: list[tuple[float, str]] = []
        for practice_id in available:
            stats = learner.stats_for(practice_id)
            failures = stats.rated - stats.improved
            draws.append((rng.betavariate(1 + stats.improved, 1 + failures), practice_id))
        best_draw, best_id = max(draws, key=lambda pair: pair[0])
        tailoring = (*tailoring_for(learner, checkin), ("draw", round(best_draw, 4)))
        return Decision(practice_id=best_id, reasons=("thompson-draw",), tailoring=tailoring)


@attrs.frozen
class FixedPlanner:
    """Always picks the same practice: for tests, demos and hosts that choose themselves."""

    practice_id: str

    def choose(
        self, learner: Learner, checkin: CheckIn, *, available: Sequence[str], session: int
    ) -> Decision:
        """Pick ``practice_id`` (it must be registered)."""
        return Decision(
            practice_id=self.practice_id,
            reasons=("fixed",),
            tailoring=tailoring_for(learner, checkin),
        )
