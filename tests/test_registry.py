"""The registry: built-ins, registration checks, the decorator, plugins."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import attrs
import pytest

import selfefficacy as se
from selfefficacy.flow import Answer, Command
from selfefficacy.registry import practice_problems

BUILT_IN_IDS = (
    "build-mastery",
    "learn-from-models",
    "specific-encouragement",
    "reinterpret-signals",
    "proximal-subgoals",
    "effort-attribution",
)


def _rehearsal_flow(ctx: se.Context) -> Generator[Command, Answer | None, se.PracticeResult]:
    yield from ctx.say("mental-rehearsal.intro")
    yield from ctx.rating("vividness", scale=(0, 10), step_size=1)
    return se.PracticeResult()


def _rehearsal(**changes: Any) -> se.Practice:
    base = se.default_registry().get("build-mastery")
    fields: dict[str, Any] = {
        "id": "mental-rehearsal",
        "version": 1,
        "title": "Mental rehearsal",
        "summary": "Picture yourself doing the step well.",
        "mechanism": "Imagined success works like a weak mastery experience.",
        "sources": (se.Source.MASTERY,),
        "exercise": ("Close your eyes.", "Picture each move.", "Rate how vivid it was."),
        "techniques": ("15.2", "8.1"),
        "evidence": base.evidence,
        "flow": _rehearsal_flow,
        "texts": {
            "mental-rehearsal.intro": "Let's rehearse.",
            "mental-rehearsal.vividness": "How vivid was it?",
        },
    }
    fields.update(changes)
    return se.Practice(**fields)


def test_default_registry_has_the_six_practices_in_contract_order() -> None:
    assert se.default_registry().ids() == BUILT_IN_IDS


@pytest.mark.parametrize("practice_id", BUILT_IN_IDS)
def test_every_built_in_practice_passes_its_own_checks(practice_id: str) -> None:
    practice = se.default_registry().get(practice_id)
    assert practice_problems(practice) == []
    assert len(practice.techniques) >= 2
    assert practice.evidence.citations


def test_unknown_id_names_it_and_lists_the_valid_ones() -> None:
    with pytest.raises(se.UnknownPracticeError) as caught:
        se.default_registry().get("yoga")
    message = str(caught.value)
    assert "'yoga'" in message
    for practice_id in BUILT_IN_IDS:
        assert practice_id in message


def test_register_returns_a_new_registry_and_leaves_the_old_one() -> None:
    registry = se.default_registry()
    bigger = registry.register(_rehearsal())
    assert "mental-rehearsal" in bigger.ids()
    assert "mental-rehearsal" not in registry.ids()
    assert len(bigger) == len(registry) + 1


def test_duplicate_id_is_refused_with_the_practice_named() -> None:
    registry = se.default_registry().register(_rehearsal())
    with pytest.raises(se.RegistrationError, match="'mental-rehearsal' is already registered"):
        registry.register(_rehearsal())


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"id": "Mental Rehearsal"}, "lowercase words joined by hyphens"),
        ({"id": "checkin"}, "reserved"),
        ({"version": 0}, "version must be an int"),
        ({"version": True}, "version must be an int"),
        ({"title": "  "}, "title must be a non-empty str"),
        ({"sources": ()}, "sources must be a non-empty tuple"),
        ({"sources": (se.Source.MASTERY, se.Source.MASTERY)}, "distinct Source"),
        ({"exercise": ("One step.",)}, "3 to 8 steps"),
        ({"techniques": ("4.5",)}, "not BCT Taxonomy v1 codes"),
        ({"techniques": ()}, "non-empty tuple of BCT"),
        ({"evidence": "trust me"}, "evidence must be an Evidence"),
        ({"flow": "not callable"}, "flow must be callable"),
        ({"texts": {"other.intro": "Hi"}}, "texts keys must start with 'mental-rehearsal.'"),
    ],
)
def test_invalid_metadata_fails_at_registration_naming_practice_and_problem(
    changes: dict[str, Any], problem: str
) -> None:
    with pytest.raises(se.RegistrationError, match="cannot be registered") as caught:
        se.default_registry().register(_rehearsal(**changes))
    assert problem in str(caught.value)
    assert repr(changes.get("id", "mental-rehearsal")) in str(caught.value)


def test_the_decorator_builds_a_validated_practice() -> None:
    @se.practice(
        id="mental-rehearsal",
        title="Mental rehearsal",
        summary="Picture yourself doing the step well.",
        mechanism="Imagined success works like a weak mastery experience.",
        sources=(se.Source.MASTERY,),
        exercise=("Close your eyes.", "Picture each move.", "Rate how vivid it was."),
        techniques=("15.2",),
        evidence=se.default_registry().get("build-mastery").evidence,
        texts={"mental-rehearsal.intro": "Let's rehearse.", "mental-rehearsal.vividness": "Vivid?"},
    )
    def rehearsal(ctx: se.Context) -> Generator[Command, Answer | None, se.PracticeResult]:
        return (yield from _rehearsal_flow(ctx))

    assert isinstance(rehearsal, se.Practice)
    assert rehearsal.id == "mental-rehearsal"
    assert se.default_registry().register(rehearsal).get("mental-rehearsal") is rehearsal


def test_the_decorator_refuses_bad_metadata() -> None:
    with pytest.raises(se.RegistrationError, match="'bad id'"):
        se.practice(
            id="bad id",
            title="t",
            summary="s",
            mechanism="m",
            sources=(se.Source.MASTERY,),
            exercise=("a", "b", "c"),
            techniques=("15.2",),
            evidence=se.default_registry().get("build-mastery").evidence,
        )(_rehearsal_flow)


def test_without_removes_a_practice() -> None:
    smaller = se.default_registry().without("learn-from-models")
    assert "learn-from-models" not in smaller
    with pytest.raises(se.UnknownPracticeError):
        smaller.without("learn-from-models")


@attrs.frozen
class _FakeEntryPoint:
    name: str
    value: str
    target: Any

    def load(self) -> Any:
        if isinstance(self.target, Exception):
            raise self.target
        return self.target


def test_entry_points_load_only_when_asked_and_failures_are_reported() -> None:
    good = _FakeEntryPoint("rehearsal", "pkg:PRACTICE", _rehearsal())
    factory = _FakeEntryPoint(
        "factory", "pkg:make", lambda: _rehearsal(id="other-rehearsal", texts={})
    )
    broken = _FakeEntryPoint("broken", "pkg:missing", ImportError("no module named pkg"))
    invalid = _FakeEntryPoint("invalid", "pkg:BAD", _rehearsal(id="x y"))
    registry, failures = se.load_entry_points(
        se.default_registry(), entry_points=[good, factory, broken, invalid]
    )
    assert {"mental-rehearsal", "other-rehearsal"} <= set(registry.ids())
    assert [f.name for f in failures] == ["broken", "invalid"]
    assert "ImportError" in failures[0].error
    assert "RegistrationError" in failures[1].error


def test_entry_point_loading_with_no_plugins_changes_nothing() -> None:
    registry, failures = se.load_entry_points(se.default_registry(), group="selfefficacy.none")
    assert registry.ids() == BUILT_IN_IDS
    assert failures == ()


def test_a_registered_custom_practice_conforms() -> None:
    from selfefficacy.testing import assert_practice_conforms

    run = assert_practice_conforms(_rehearsal())
    assert "mental-rehearsal.vividness" in run.prompt_ids


def test_the_version_comes_from_package_metadata() -> None:
    from importlib.metadata import version

    assert se.__version__ == version("selfefficacy")
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        se.nope  # noqa: B018
