"""The engine's core promises: purity, resumption, bad answers, safety, replay checks."""

from __future__ import annotations

import json
from collections.abc import Generator
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import pytest

import selfefficacy as se
from selfefficacy.flow import Answer, Command
from selfefficacy.planner import FixedPlanner
from selfefficacy.testing import ScriptedDriver, default_answer, through_json

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
RISK = "Honestly if this fails again I'm going to kill myself."


def _walk(
    coach: se.Coach, learner: se.Learner, answers: dict[str, Any] | None = None
) -> list[se.Turn]:
    turns = [coach.start(learner, at=T0)]
    while not turns[-1].done:
        prompt = turns[-1].prompt
        assert prompt is not None
        answer = (answers or {}).get(prompt.id, default_answer(prompt))
        at = T0 + timedelta(minutes=len(turns))
        turns.append(coach.respond(turns[-1].session, answer, at=at))
    return turns


def test_a_first_session_runs_from_goal_to_close() -> None:
    turns = _walk(se.Coach(), se.Learner.new("l-1"))
    ids = [t.prompt.id for t in turns if t.prompt is not None]
    assert ids[:3] == ["checkin.goal", "checkin.confidence", "checkin.activation"]
    assert ids[-1] == "close.confidence"
    completed = [e for t in turns for e in t.events if isinstance(e, se.SessionCompleted)]
    assert len(completed) == 1
    assert turns[-1].learner.sessions == 1
    assert turns[-1].prompt is None


def test_the_same_inputs_give_the_same_turns() -> None:
    first = _walk(se.Coach(), se.Learner.new("l-1"))
    second = _walk(se.Coach(), se.Learner.new("l-1"))
    assert first == second


def test_resuming_from_json_at_every_turn_gives_identical_results() -> None:
    coach = se.Coach()
    direct = _walk(coach, se.Learner.new("l-1"))
    turn = coach.start(se.Learner.new("l-1"), at=T0)
    for index, expected in enumerate(direct[1:], start=1):
        stored = json.dumps(se.dump(turn.session))
        resumed = se.load(json.loads(stored), se.Session)
        previous = direct[index - 1].prompt
        assert previous is not None
        turn = se.Coach().respond(
            resumed, default_answer(previous), at=T0 + timedelta(minutes=index)
        )
        assert turn == expected


def test_the_session_carries_the_prompt_awaiting_an_answer() -> None:
    turn = se.Coach().start(se.Learner.new("l-1"), at=T0)
    assert turn.session.prompt == turn.prompt
    loaded = se.load(se.dump(turn.session), se.Session)
    assert loaded.prompt == turn.prompt


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (True, "expects an int rating from 0 to 100, got bool"),
        (110, "from 0 to 100"),
        (-10, "from 0 to 100"),
        ("70", "got str '70'"),
        (70.0, "got float"),
        (None, "got NoneType"),
    ],
)
def test_bad_ratings_raise_invalid_answer_and_change_nothing(answer: object, expected: str) -> None:
    coach = se.Coach()
    turn = coach.start(se.Learner.new("l-1", goal="Run 5 km"), at=T0)
    assert turn.prompt is not None
    assert turn.prompt.id == "checkin.confidence"
    before = se.dump(turn.session)
    with pytest.raises(se.InvalidAnswer, match=r"checkin\.confidence") as caught:
        coach.respond(turn.session, answer, at=T0)
    assert expected in str(caught.value)
    assert se.dump(turn.session) == before
    after = coach.respond(turn.session, 70, at=T0 + timedelta(minutes=1))
    assert after.prompt is not None
    assert after.prompt.id == "checkin.activation"


@pytest.mark.parametrize("answer", ["", "   ", "x" * 2001, 7, b"bytes", ["list"]])
def test_bad_text_raises_invalid_answer(answer: object) -> None:
    coach = se.Coach()
    turn = coach.start(se.Learner.new("l-1"), at=T0)
    with pytest.raises(se.InvalidAnswer, match=r"checkin\.goal"):
        coach.respond(turn.session, answer, at=T0)


@pytest.mark.parametrize("answer", [0, 55, 85, 100])
def test_any_int_inside_the_scale_is_accepted(answer: int) -> None:
    coach = se.Coach()
    turn = coach.start(se.Learner.new("l-1", goal="Run 5 km"), at=T0)
    assert turn.prompt is not None
    assert (turn.prompt.scale, turn.prompt.step) == ((0, 100), 10)
    nxt = coach.respond(turn.session, answer, at=T0)
    assert nxt.session.answers[-1].value == answer


def test_text_of_exactly_2000_characters_is_accepted() -> None:
    coach = se.Coach()
    turn = coach.start(se.Learner.new("l-1"), at=T0)
    accepted = coach.respond(turn.session, "a" * 2000, at=T0)
    assert accepted.learner.goal is None  # updated only at the end of the session
    assert accepted.prompt is not None
    assert accepted.prompt.id == "checkin.confidence"


def test_a_choice_must_be_one_of_the_option_ids() -> None:
    coach = se.Coach()
    learner = ScriptedDriver(coach).run(se.Learner.new("l-1"), at=T0).learner
    assert learner.subgoal is not None
    turn = coach.start(learner, at=T0 + timedelta(days=3))
    assert turn.prompt is not None
    assert turn.prompt.id == "checkin.review"
    assert [o.id for o in turn.prompt.options] == ["done", "partly", "not-yet"]
    with pytest.raises(se.InvalidAnswer, match="'done', 'partly', 'not-yet'"):
        coach.respond(turn.session, "yes", at=T0 + timedelta(days=3))


def test_answering_a_finished_session_is_refused() -> None:
    last = _walk(se.Coach(), se.Learner.new("l-1"))[-1]
    with pytest.raises(se.InvalidAnswer, match="is over"):
        se.Coach().respond(last.session, 70, at=T0)


def test_naive_or_missing_times_are_type_errors() -> None:
    coach = se.Coach()
    with pytest.raises(TypeError, match="timezone-aware"):
        coach.start(se.Learner.new("l-1"), at=datetime(2026, 1, 1))  # noqa: DTZ001
    turn = coach.start(se.Learner.new("l-1"), at=T0)
    with pytest.raises(TypeError, match="datetime"):
        coach.respond(turn.session, "Run", at="2026-01-01")  # type: ignore[arg-type]


def test_wrong_argument_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="Learner"):
        se.Coach().start("learner-1", at=T0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Session"):
        se.Coach().respond({"answers": []}, 1, at=T0)  # type: ignore[arg-type]


def test_risk_language_ends_the_session_with_a_safety_concern() -> None:
    coach = se.Coach()
    turn = coach.start(se.Learner.new("l-1"), at=T0)
    ended = coach.respond(turn.session, RISK, at=T0 + timedelta(minutes=1))
    assert ended.done
    assert ended.prompt is None
    concerns = [e for e in ended.events if isinstance(e, se.SafetyConcern)]
    assert len(concerns) == 1
    assert concerns[0].kind == "suicidal"
    assert concerns[0].cues
    assert [m.id for m in ended.messages] == ["safety.message"]
    completed = [e for e in ended.events if isinstance(e, se.SessionCompleted)]
    assert completed[0].summary.ended == "safety"
    assert ended.session.ended == "safety"
    assert RISK not in json.dumps(se.dump(ended.session))
    assert RISK not in json.dumps(se.dump(ended.learner))
    with pytest.raises(se.InvalidAnswer):
        coach.respond(ended.session, "I'm fine now", at=T0 + timedelta(minutes=2))


def test_the_safety_message_can_carry_local_crisis_resources() -> None:
    local = "Please call 116 123 (Samaritans, UK) or 999 now."
    coach = se.Coach(texts={"safety.message": local})
    turn = coach.start(se.Learner.new("l-1"), at=T0)
    ended = coach.respond(turn.session, RISK, at=T0)
    assert ended.messages[0].text == local


def test_a_custom_safety_screen_is_used_for_every_text_answer() -> None:
    seen: list[str] = []

    class Recording:
        def screen(self, text: str) -> se.ScreenResult:
            seen.append(text)
            return se.screen("I'm fine")

    coach = se.Coach(safety=Recording())
    _walk(coach, se.Learner.new("l-1"))
    assert seen
    assert seen[0] != ""


def _flow_v1(ctx: se.Context) -> Generator[Command, Answer | None, se.PracticeResult]:
    yield from ctx.rating("first", scale=(0, 10), step_size=1)
    yield from ctx.rating("second", scale=(0, 10), step_size=1)
    return se.PracticeResult()


def _flow_v2(ctx: se.Context) -> Generator[Command, Answer | None, se.PracticeResult]:
    yield from ctx.rating("renamed", scale=(0, 10), step_size=1)
    yield from ctx.rating("second", scale=(0, 10), step_size=1)
    return se.PracticeResult()


def _custom(flow: Any, version: int) -> se.Practice:
    base = se.default_registry().get("reinterpret-signals")
    return attrs.evolve(
        base,
        id="rehearse",
        version=version,
        flow=flow,
        texts={"rehearse.first": "1?", "rehearse.second": "2?", "rehearse.renamed": "1b?"},
    )


def _in_practice(coach: se.Coach) -> se.Turn:
    turn = coach.start(se.Learner.new("l-1", goal="Run"), at=T0)
    turn = coach.respond(turn.session, 50, at=T0)
    turn = coach.respond(turn.session, 3, at=T0)
    turn = coach.respond(turn.session, 5, at=T0)
    assert turn.prompt is not None
    assert turn.prompt.id == "rehearse.second"
    return turn


def test_a_replay_that_no_longer_matches_the_code_is_reported() -> None:
    planner = FixedPlanner("rehearse")
    old = se.Coach(registry=se.default_registry().register(_custom(_flow_v1, 1)), planner=planner)
    turn = _in_practice(old)
    changed_code = se.Coach(
        registry=se.default_registry().register(_custom(_flow_v2, 1)), planner=planner
    )
    with pytest.raises(
        se.ReplayMismatchError, match=r"answer for 'rehearse\.first' met 'rehearse\.renamed'"
    ):
        changed_code.respond(turn.session, 5, at=T0)
    new_version = se.Coach(
        registry=se.default_registry().register(_custom(_flow_v1, 2)), planner=planner
    )
    with pytest.raises(se.ReplayMismatchError, match=r"version 1.*version 2"):
        new_version.respond(turn.session, 5, at=T0)
    missing = se.Coach(planner=planner)
    with pytest.raises(se.ReplayMismatchError, match="missing"):
        missing.respond(through_json(turn.session), 5, at=T0)


def test_a_stored_decision_is_kept_even_if_the_planner_changes() -> None:
    registry = se.default_registry().register(_custom(_flow_v1, 1))
    turn = _in_practice(se.Coach(registry=registry, planner=FixedPlanner("rehearse")))
    other = se.Coach(registry=registry, planner=FixedPlanner("build-mastery"))
    nxt = other.respond(turn.session, 5, at=T0)
    assert nxt.prompt is not None
    assert nxt.prompt.id == "close.confidence"


def test_turn_learner_is_the_start_record_until_the_session_is_done() -> None:
    learner = se.Learner.new("l-1", goal="Run")
    turns = _walk(se.Coach(), learner)
    assert all(t.learner == learner for t in turns[:-1])
    assert turns[-1].learner.sessions == 1
    assert turns[-1].learner.history[-1].confidence_before == 70


def test_the_driver_takes_defaults_by_prompt_kind() -> None:
    def rating(prompt: se.Prompt) -> int:
        return 80 if prompt.scale == (0, 100) else 2

    driver = ScriptedDriver(se.Coach(), defaults={"rating": rating, "text": ["Run 5 km", "Walk"]})
    run = driver.run(se.Learner.new("l-1"), at=T0)
    assert run.learner.goal == "Run 5 km"
    assert run.learner.history[-1].confidence_before == 80
    assert run.learner.history[-1].activation == 2
    texts = [t.prompt.kind for t in run.turns[:-1] if t.prompt is not None]
    assert texts.count(se.PromptKind.TEXT) >= 2


def test_a_session_resumes_in_another_process_with_identical_results() -> None:
    import subprocess
    import sys

    coach = se.Coach()
    turn = coach.start(se.Learner.new("l-1"), at=T0)
    turn = coach.respond(turn.session, "Speak up in meetings", at=T0 + timedelta(minutes=1))
    stored = json.dumps(se.dump(turn.session))
    at = T0 + timedelta(minutes=2)
    here = coach.respond(se.load(json.loads(stored), se.Session), 60, at=at)
    script = (
        "import json, sys\n"
        "from datetime import datetime\n"
        "import selfefficacy as se\n"
        "session = se.load(json.loads(sys.stdin.read()), se.Session)\n"
        f"turn = se.Coach().respond(session, 60, at=datetime.fromisoformat({at.isoformat()!r}))\n"
        "print(json.dumps(se.dump(turn.session)))\n"
    )
    there = subprocess.run(
        [sys.executable, "-c", script], input=stored, capture_output=True, text=True, check=True
    )
    assert json.loads(there.stdout) == se.dump(here.session)
