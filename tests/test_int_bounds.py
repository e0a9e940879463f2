"""Every int the library stores stays within what JSON keeps exact (``MAX_SAFE_INT``):
loading refuses more, building a record refuses more, and running totals stop there,
so whatever loads or is built can be dumped, read back and coached on."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

import selfefficacy as se
from selfefficacy.limits import MAX_SAFE_INT, capped
from selfefficacy.planner import Decision
from selfefficacy.prompts import Prompt, PromptKind
from selfefficacy.registry import practice_problems
from selfefficacy.session import AnswerRecord
from selfefficacy.testing import ScriptedDriver

FIXTURES = Path(__file__).parent / "fixtures"
T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
M = MAX_SAFE_INT


def _learner_document() -> dict[str, Any]:
    return json.loads((FIXTURES / "learner-v2.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _round_trip(value: se.Session | se.Learner) -> None:
    cls = type(value)
    assert se.load(json.loads(json.dumps(se.dump(value))), cls) == value


def test_a_learner_with_every_count_at_the_bound_is_coached_and_stored() -> None:
    document = _learner_document()
    data = document["data"]
    data["sessions"] = M
    data["totals"] = {"attempts": M, "done": M, "partly": 0}
    data["calibration"]["n"] = M
    data["practice_stats"] = [[row[0], M, M, M, -M] for row in data["practice_stats"]]
    learner = se.load(document, se.Learner)
    run = ScriptedDriver(se.Coach()).run(learner, at=T0)
    for turn in run.turns:
        _round_trip(turn.session)
    _round_trip(run.learner)
    assert run.learner.sessions == M
    assert run.turns[0].session.number == M


def test_running_totals_stop_at_the_bound() -> None:
    assert capped(M + 1) == M
    assert capped(-M - 100) == -M
    assert capped(41) == 41


@pytest.mark.parametrize("bad", [M + 1, -M - 1, True])
def test_records_refuse_ints_past_the_bound_when_built(bad: int) -> None:
    session = se.load(
        json.loads((FIXTURES / "session-v2.json").read_text(encoding="utf-8")), se.Session
    )
    with pytest.raises(ValueError, match="number must be an int from 1"):
        attrs.evolve(session, number=bad)
    with pytest.raises(ValueError, match="practice_version must be an int from 1"):
        attrs.evolve(session, practice_version=bad)
    with pytest.raises(ValueError, match="value must be an int within"):
        AnswerRecord(prompt_id="x.y", value=bad, at=T0)
    with pytest.raises(ValueError, match="scale must be None or"):
        Prompt(id="x.y", kind=PromptKind.RATING, text="How sure?", scale=(0, bad))
    with pytest.raises(ValueError, match="tailoring must be"):
        Decision(practice_id="build-mastery", reasons=("r",), tailoring=(("n", bad),))


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), b"bytes", ("a",)])
def test_a_decision_refuses_tailoring_that_would_not_load(bad: object) -> None:
    with pytest.raises(ValueError, match="tailoring"):
        Decision(practice_id="build-mastery", reasons=("r",), tailoring=(("n", bad),))  # type: ignore[arg-type]


def test_a_decision_with_a_label_in_its_tailoring_stores_as_plain_json() -> None:
    decision = Decision(
        practice_id="build-mastery", reasons=("r",), tailoring=(("cause", se.Cause.EFFORT),)
    )
    assert decision.tailoring == (("cause", "effort"),)


def test_a_practice_version_past_the_bound_is_not_registered() -> None:
    practice = next(iter(se.Coach().registry))
    problems = practice_problems(attrs.evolve(practice, version=M + 1))
    assert any("version must be an int from 1 to" in p for p in problems), problems
    assert practice_problems(attrs.evolve(practice, version=M)) == []


@pytest.mark.parametrize(
    "place",
    [(), ("data",), ("data", "totals"), ("data", "calibration")],
    ids=["envelope", "data", "record", "calibration"],
)
@pytest.mark.parametrize(
    "key", [10**5000, 5, None, ("t",)], ids=["huge-int", "int", "none", "tuple"]
)
def test_odd_keys_anywhere_give_state_load_error(place: tuple[str, ...], key: object) -> None:
    document = _learner_document()
    target: dict[Any, Any] = document
    for name in place:
        target = target[name]
    target[key] = 1
    target["also-extra"] = 2  # a str key beside it: the two must sort together
    with pytest.raises(se.StateLoadError) as caught:
        se.load(document, se.Learner)
    assert "unexpected" in str(caught.value)


@pytest.mark.parametrize("bad", [M + 1, 10**400], ids=["just-past", "huge"])
def test_a_float_field_refuses_an_int_it_cannot_hold_exactly(bad: int) -> None:
    document = _learner_document()
    document["data"]["calibration"]["sum_error"] = bad
    with pytest.raises(se.StateLoadError, match="expected a finite number"):
        se.load(document, se.Learner)
    document["data"]["calibration"]["sum_error"] = M
    assert se.load(document, se.Learner).calibration.sum_error == float(M)


def test_an_answer_past_the_bound_is_refused_with_the_bound_named() -> None:
    document = json.loads((FIXTURES / "session-v2.json").read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(document["data"]["answers"]) if type(a["value"]) is int)
    document["data"]["answers"][index]["value"] = M + 1
    with pytest.raises(se.StateLoadError, match=f"expected an int from -{M} to {M}"):
        se.load(document, se.Session)


def test_every_fixture_still_loads_and_round_trips() -> None:
    for path in sorted(FIXTURES.glob("*-v2.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        if document["format"] == "selfefficacy.session":
            _round_trip(se.load(document, se.Session))
        else:
            _round_trip(se.load(document, se.Learner))


@pytest.mark.parametrize("bad", [M + 2, float("inf"), float("nan"), True, "1.5"])
def test_calibration_sums_refuse_what_would_not_load(bad: object) -> None:
    with pytest.raises(ValueError, match="sum_error must be a finite number"):
        se.Calibration(n=1, sum_error=bad)  # type: ignore[arg-type]
