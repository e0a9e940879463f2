"""Strict, versioned persistence."""

from __future__ import annotations

import json
import typing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest

import selfefficacy as se
from selfefficacy.learner import ReviewResult
from selfefficacy.testing import ScriptedDriver

FIXTURES = Path(__file__).parent / "fixtures"

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def learner() -> se.Learner:
    runs = ScriptedDriver(se.Coach()).run_many(
        se.Learner.new("l-1", traits=("parent",)), at=T0, sessions=3, every=timedelta(days=2)
    )
    return runs[-1].learner


@pytest.fixture(scope="module")
def session() -> se.Session:
    coach = se.Coach()
    turn = coach.start(se.Learner.new("l-2"), at=T0)
    turn = coach.respond(turn.session, "Speak up in meetings", at=T0 + timedelta(minutes=1))
    return coach.respond(turn.session, 60, at=T0 + timedelta(minutes=2)).session


def test_dump_is_an_envelope_of_plain_json(learner: se.Learner) -> None:
    data = se.dump(learner)
    assert data["format"] == "selfefficacy.learner"
    assert data["schema_version"] == se.SCHEMA_VERSION
    assert json.loads(json.dumps(data, allow_nan=False)) == data


def test_learner_and_session_round_trip(learner: se.Learner, session: se.Session) -> None:
    assert se.load(json.loads(json.dumps(se.dump(learner))), se.Learner) == learner
    assert se.load(json.loads(json.dumps(se.dump(session))), se.Session) == session


def _with(data: dict[str, Any], path: list[str | int], value: Any) -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(data))
    node: Any = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return copy


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (["data", "sessions"], "3", "expected int, got str '3' @ $.data.sessions"),
        (["data", "sessions"], 3.0, "expected int, got float 3.0 @ $.data.sessions"),
        (["data", "sessions"], True, "expected int, got bool True @ $.data.sessions"),
        (["data", "traits"], "parent", "expected a list, got str 'parent' @ $.data.traits"),
        (["data", "history", 0, "at"], "2026-03-02T09:00:00", "naive"),
        (["data", "history", 0, "session"], "1", "@ $.data.history[0].session"),
        (["data", "attempts"], None, "@ $.data.attempts"),
        (["data", "sessions"], -1, "sessions"),
        (["data", "goal"], "x" * 5000, "characters"),
        (["format"], "selfefficacy.session", "@ $.format"),
        (["schema_version"], 99, "@ $.schema_version"),
        (["schema_version"], "1", "@ $.schema_version"),
    ],
)
def test_bad_values_raise_state_load_error_with_their_path(
    learner: se.Learner, path: list[str | int], value: Any, problem: str
) -> None:
    bad = _with(se.dump(learner), path, value)
    with pytest.raises(se.StateLoadError) as caught:
        se.load(bad, se.Learner)
    assert any(problem in p for p in caught.value.problems), caught.value.problems


def test_extra_keys_are_refused(learner: se.Learner) -> None:
    bad = _with(se.dump(learner), ["data", "favourite_colour"], "blue")
    with pytest.raises(se.StateLoadError, match="favourite_colour"):
        se.load(bad, se.Learner)
    envelope = {**se.dump(learner), "extra": 1}
    with pytest.raises(se.StateLoadError, match="unexpected"):
        se.load(envelope, se.Learner)


def test_enums_load_by_value_only(session: se.Session) -> None:
    data = se.dump(session)
    assert data["data"]["prompt"]["kind"] == "rating"
    bad = _with(data, ["data", "prompt", "kind"], "RATING")
    with pytest.raises(se.StateLoadError, match=r"@ \$\.data\.prompt\.kind"):
        se.load(bad, se.Session)


@pytest.mark.parametrize("data", [None, [], "text", 3, {"format": "selfefficacy.learner"}])
def test_non_envelopes_raise_state_load_error(data: Any) -> None:
    with pytest.raises(se.StateLoadError):
        se.load(data, se.Learner)


def test_dump_and_load_refuse_other_types() -> None:
    with pytest.raises(TypeError):
        se.dump("learner")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        se.load({}, dict)


def test_too_many_answers_are_refused(session: se.Session) -> None:
    data = se.dump(session)
    answer = data["data"]["answers"][0]
    bad = _with(data, ["data", "answers"], [answer] * 101)
    with pytest.raises(se.StateLoadError, match="at most 100 answers"):
        se.load(bad, se.Session)


def test_state_load_error_is_a_selfefficacy_error() -> None:
    assert issubclass(se.StateLoadError, se.SelfEfficacyError)
    assert issubclass(se.ReplayMismatchError, se.StateLoadError)


def test_label_records_are_shared_between_loads_and_still_checked() -> None:
    from selfefficacy.learner import Explanation
    from selfefficacy.serialization import _CONVERTER

    hook = _CONVERTER.get_structure_hook(Explanation)
    raw = ["effort", "building", "internal", "unstable", "controllable"]
    first, second = hook(list(raw), Explanation), hook(list(raw), Explanation)
    assert first is second
    assert first.cause is se.Cause.EFFORT
    assert first.control is se.Control.CONTROLLABLE
    # Anything else takes the ordinary, checked path: a wrong type or an unknown label.
    for bad in (1, "efort", None):
        with pytest.raises((KeyError, ValueError)):
            hook([bad, *raw[1:]], Explanation)


def _learner_document() -> dict[str, Any]:
    learner = json.loads((FIXTURES / "learner-v2.json").read_text(encoding="utf-8"))
    assert learner["data"]["attempts"], "the fixture should hold attempts"
    return learner  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("efort", "cause: expected one of"),
        (1, "cause: expected one of"),
    ],
)
def test_a_bad_label_in_a_row_is_reported_with_its_field_and_index(
    bad: object, problem: str
) -> None:
    document = _learner_document()
    document["data"]["attempts"][0][5][0] = bad
    with pytest.raises(se.StateLoadError) as caught:
        se.load(document, se.Learner)
    assert any(
        p.startswith(problem) and p.endswith("@ $.data.attempts[0][5][0]")
        for p in caught.value.problems
    ), caught.value.problems


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"practice_id": "build-mastery"}, "expected a list of 5 values [practice_id, uses"),
        (["build-mastery", 1, 1, 0], "expected a list of 5 values"),
        (["build-mastery", 1, 1, 0, 0, 0], "expected a list of 5 values"),
        (["build-mastery", "1", 1, 0, 0], "uses: expected int, got str"),
        (["build-mastery", 1, True, 0, 0], "rated: expected int, got bool"),
        (["build-mastery", -1, 1, 0, 0], "uses must be an int from 0"),
    ],
)
def test_a_malformed_row_is_reported_at_its_path(row: object, problem: str) -> None:
    document = _learner_document()
    document["data"]["practice_stats"][0] = row
    with pytest.raises(se.StateLoadError) as caught:
        se.load(document, se.Learner)
    assert any(problem in p and "@ $.data.practice_stats[0]" in p for p in caught.value.problems), (
        caught.value.problems
    )


def test_plain_row_fields_are_type_checked_by_their_class() -> None:
    """Rows hand plain values straight to the class when a validator guards the field
    (serialization._row_step): every such validator must refuse a look-alike type."""
    from selfefficacy.serialization import ROW_RECORDS, _is_plain

    look_alikes: dict[type, list[object]] = {int: [True, 1.0, "1"], str: [1, b"x", None]}
    for cls in ROW_RECORDS:
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            kind = hints[field.name]
            if not _is_plain(kind) or field.validator is None:
                continue
            base = next(a for a in (typing.get_args(kind) or (kind,)) if a is not type(None))
            for bad in look_alikes[base]:
                if bad is None and type(None) in typing.get_args(kind):
                    continue
                with pytest.raises((TypeError, ValueError)):
                    field.validator(None, field, bad)


class _LookAlike(str):
    """A str subclass: equal to a label, but not what JSON gives."""


@pytest.mark.parametrize(
    ("place", "bad"),
    [
        ((3,), _LookAlike("done")),
        ((3,), ReviewResult.DONE),
        ((5, 0), _LookAlike("effort")),
        ((5, 0), se.Cause.EFFORT),
        ((5, 1), _LookAlike("building")),
    ],
)
def test_row_labels_load_from_exact_strings_only(place: tuple[int, ...], bad: object) -> None:
    document = _learner_document()
    row = document["data"]["attempts"][0]
    for index in place[:-1]:
        row = row[index]
    row[place[-1]] = bad
    with pytest.raises(se.StateLoadError, match="expected one of"):
        se.load(document, se.Learner)


def test_a_str_enum_in_a_scalar_field_dumps_as_its_value() -> None:
    """A host's planner may put a label in ``tailoring``; it dumps as plain JSON."""
    stored = json.loads((FIXTURES / "session-v2.json").read_text(encoding="utf-8"))
    session = se.load(stored, se.Session)
    assert session.decision is not None
    tailoring = (*session.decision.tailoring, ("explanation_cause", se.Cause.EFFORT))
    tailored = attrs.evolve(session, decision=attrs.evolve(session.decision, tailoring=tailoring))
    dumped = se.dump(tailored)
    assert dumped["data"]["decision"]["tailoring"][-1] == ["explanation_cause", "effort"]
    assert type(dumped["data"]["decision"]["tailoring"][-1][1]) is str
    assert se.load(json.loads(json.dumps(dumped)), se.Session) == tailored


@pytest.mark.parametrize("huge", [2**53, -(2**53), 10**5000], ids=["2**53", "-2**53", "10**5000"])
def test_ints_beyond_what_json_keeps_exact_are_refused(huge: int) -> None:
    document = _learner_document()
    document["data"]["sessions"] = huge
    with pytest.raises(se.StateLoadError, match=r"expected an int from -9007199254740991"):
        se.load(document, se.Learner)
    document = _learner_document()
    document["data"]["practice_stats"][0][4] = huge  # gain_sum, passed to its validator
    with pytest.raises(se.StateLoadError, match=r"gain_sum[: ].*int from"):
        se.load(document, se.Learner)
    document = _learner_document()
    document["data"]["confidence_trend"] = [50, huge]
    with pytest.raises(se.StateLoadError, match=r"confidence_trend"):
        se.load(document, se.Learner)


def test_the_largest_safe_int_loads() -> None:
    document = _learner_document()
    document["data"]["practice_stats"][0][4] = 2**53 - 1
    assert se.load(document, se.Learner).practice_stats[0].gain_sum == 2**53 - 1


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (10**5000, "expected an object, got int of 16610 bits @ $"),
        ([10**5000], "expected an object, got list (unprintable) @ $"),
        ({"format": 10**5000}, "envelope: missing keys ['data', 'schema_version'] @ $"),
        (
            {"format": "selfefficacy.learner", "schema_version": 2, "data": {}, 10**5000: 1},
            "envelope: unexpected keys ['int of 16610 bits'] @ $",
        ),
    ],
    ids=["int", "list", "envelope-value", "envelope-key"],
)
def test_an_unprintable_int_anywhere_still_gives_state_load_error(
    data: object, problem: str
) -> None:
    with pytest.raises(se.StateLoadError) as caught:
        se.load(data, se.Learner)
    assert caught.value.problems == (problem,)


def _v1_learner() -> dict[str, Any]:
    return json.loads((FIXTURES / "learner-v1.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_a_malformed_v1_record_is_reported_at_its_v1_path() -> None:
    document = _v1_learner()
    del document["data"]["attempts"][1]["confidence"]
    with pytest.raises(se.StateLoadError) as caught:
        se.load(document, se.Learner)
    assert caught.value.problems == ("missing keys ['confidence'] @ $.data.attempts[1]",)
    assert "cannot migrate selfefficacy.learner from version 1" in str(caught.value)

    document = _v1_learner()
    document["data"]["attempts"][0]["explanation"]["extra"] = 1
    with pytest.raises(se.StateLoadError) as caught:
        se.load(document, se.Learner)
    assert caught.value.problems == ("unexpected keys ['extra'] @ $.data.attempts[0].explanation",)


def test_a_v1_session_reports_its_learners_records_inside_the_session() -> None:
    document = json.loads((FIXTURES / "session-v1.json").read_text(encoding="utf-8"))
    document["data"]["learner"]["practice_stats"][0] = "build-mastery"
    with pytest.raises(se.StateLoadError) as caught:
        se.load(document, se.Session)
    assert caught.value.problems == (
        "expected an object, got str 'build-mastery' @ $.data.learner.practice_stats[0]",
    )


def test_rows_in_a_v1_document_are_refused() -> None:
    """Version 1 wrote objects; a row in a version 1 document is not version 1 data."""
    v2_rows = _learner_document()["data"]
    for key in ("attempts", "practice_stats"):
        document = _v1_learner()
        document["data"][key] = v2_rows[key]
        with pytest.raises(se.StateLoadError, match="expected an object, got list"):
            se.load(document, se.Learner)
