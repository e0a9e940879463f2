"""Check-in and close, as DESIGN sections 3, 5.1 and 5.4 describe them."""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs
import pytest
from scenario import (
    GOAL,
    T0,
    KeywordScorer,
    answer_time,
    fixed_coach,
    make_learner,
    message_ids,
    only_event,
    open_subgoal,
    run,
)

import selfefficacy as se

# reinterpret-signals is the one practice whose confidence-free prompts run today.
PRACTICE = "reinterpret-signals"
ENGINE_IDS = (
    "checkin.goal",
    "checkin.review",
    "checkin.explain",
    "checkin.confidence",
    "checkin.activation",
    "close.confidence",
)


def engine_prompts(session_run: object) -> list[se.Prompt]:
    prompts: tuple[se.Prompt, ...] = session_run.prompts  # type: ignore[attr-defined]
    return [p for p in prompts if p.id in ENGINE_IDS]


def test_new_learner_without_goal_is_asked_for_it_first() -> None:
    coach = fixed_coach(PRACTICE)
    learner = se.Learner.new("l-1")
    turn = coach.start(learner, at=T0)
    assert turn.prompt is not None
    assert turn.prompt.id == "checkin.goal"
    assert turn.prompt.kind is se.PromptKind.TEXT
    assert turn.prompt.practice_id is None
    assert [m.id for m in turn.messages] == ["checkin.welcome"]
    assert turn.events == ()
    assert not turn.done

    turn = coach.respond(turn.session, "Run a 5k without stopping", at=T0 + timedelta(minutes=1))
    assert turn.prompt is not None
    assert turn.prompt.id == "checkin.confidence"
    assert "Run a 5k without stopping" in turn.prompt.text


def test_prompt_sequence_of_a_first_session() -> None:
    session_run = run(fixed_coach(PRACTICE), se.Learner.new("l-1"))
    ids = session_run.prompt_ids
    assert ids[:3] == ("checkin.goal", "checkin.confidence", "checkin.activation")
    assert ids[-1] == "close.confidence"
    assert "checkin.review" not in ids
    assert "checkin.explain" not in ids
    practice_ids = ids[3:-1]
    assert practice_ids
    assert all(pid.startswith(PRACTICE + ".") for pid in practice_ids)


def test_goal_answer_is_kept_in_the_record() -> None:
    session_run = run(
        fixed_coach(PRACTICE), se.Learner.new("l-1"), {"checkin.goal": "Swim 20 lengths"}
    )
    assert session_run.learner.goal == "Swim 20 lengths"
    assert session_run.learner.sessions == 1


def test_learner_with_goal_is_welcomed_back_and_not_asked_for_it() -> None:
    coach = fixed_coach(PRACTICE)
    turn = coach.start(make_learner(), at=T0)
    assert turn.prompt is not None
    assert turn.prompt.id == "checkin.confidence"
    assert [m.id for m in turn.messages] == ["checkin.welcome-back"]
    assert GOAL in turn.messages[0].text


def test_rating_prompts_have_the_contract_scales() -> None:
    session_run = run(fixed_coach(PRACTICE), make_learner())
    by_id = {p.id: p for p in engine_prompts(session_run)}
    assert set(by_id) == {"checkin.confidence", "checkin.activation", "close.confidence"}
    for pid, scale, step in (
        ("checkin.confidence", (0, 100), 10),
        ("checkin.activation", (0, 10), 1),
        ("close.confidence", (0, 100), 10),
    ):
        prompt = by_id[pid]
        assert prompt.kind is se.PromptKind.RATING, pid
        assert prompt.scale == scale, pid
        assert prompt.step == step, pid
        assert prompt.practice_id is None, pid
        assert prompt.options == (), pid
    assert GOAL in by_id["checkin.confidence"].text
    assert GOAL in by_id["close.confidence"].text


@pytest.mark.parametrize("result", ["done", "partly", "not-yet"])
def test_open_subgoal_is_reviewed_then_explained(result: str) -> None:
    scorer = KeywordScorer()
    learner = make_learner(rungs=("Say one sentence",), subgoal=open_subgoal("Say one sentence"))
    session_run = run(
        fixed_coach(PRACTICE, scorer=scorer),
        learner,
        {"checkin.review": result, "checkin.explain": "I used a new strategy"},
    )
    ids = session_run.prompt_ids
    assert ids[:4] == (
        "checkin.review",
        "checkin.explain",
        "checkin.confidence",
        "checkin.activation",
    )
    review, explain = session_run.prompts[:2]
    assert review.kind is se.PromptKind.CHOICE
    assert tuple(o.id for o in review.options) == ("done", "partly", "not-yet")
    assert all(o.label for o in review.options)
    assert "Say one sentence" in review.text
    assert review.practice_id is None
    assert explain.kind is se.PromptKind.TEXT
    assert explain.practice_id is None
    expected_outcome = se.Outcome.SUCCESS if result == "done" else se.Outcome.FAILURE
    assert scorer.calls[0] == ("I used a new strategy", expected_outcome)


def test_explain_prompt_wording_follows_the_review() -> None:
    learner = make_learner(subgoal=open_subgoal("Say one sentence"))
    texts = {}
    for result in ("done", "partly", "not-yet"):
        coach = fixed_coach(PRACTICE)
        turn = coach.start(learner, at=T0)
        turn = coach.respond(turn.session, result, at=T0 + timedelta(minutes=1))
        assert turn.prompt is not None
        assert turn.prompt.id == "checkin.explain"
        texts[result] = turn.prompt.text
    assert len(set(texts.values())) == 3


def test_review_updates_attempts_totals_ladder_and_calibration() -> None:
    learner = make_learner(
        rungs=("Say one sentence", "Ask one question"),
        subgoal=open_subgoal("Say one sentence", confidence=60, rung=0),
    )
    session_run = run(
        fixed_coach(PRACTICE),
        learner,
        {"checkin.review": "done", "checkin.explain": "I put in the effort"},
    )
    after = session_run.learner
    assert len(after.attempts) == 1
    attempt = after.attempts[0]
    assert attempt.subgoal == "Say one sentence"
    assert attempt.result is se.ReviewResult.DONE
    assert attempt.confidence == 60
    assert attempt.session == 1
    assert attempt.explanation is not None
    assert attempt.explanation.cause is se.Cause.EFFORT
    assert after.successes == 1
    assert after.ladder[0].done is True
    assert after.ladder[1].done is False
    assert after.calibration.n == 1
    assert after.calibration.bias == pytest.approx(0.6 - 1.0)
    # reinterpret-signals sets no subgoal, so the reviewed one is closed
    assert after.subgoal is None


def test_not_yet_does_not_mark_the_rung_done() -> None:
    learner = make_learner(
        rungs=("Say one sentence",), subgoal=open_subgoal("Say one sentence", rung=0)
    )
    session_run = run(fixed_coach(PRACTICE), learner, {"checkin.review": "not-yet"})
    assert session_run.learner.ladder[0].done is False
    assert session_run.learner.successes == 0
    assert session_run.learner.totals.attempts == 1


def test_events_and_messages_per_turn() -> None:
    coach = fixed_coach(PRACTICE)
    turn = coach.start(make_learner(), at=T0)
    assert turn.events == ()
    turn = coach.respond(turn.session, 50, at=T0 + timedelta(minutes=1))
    assert turn.prompt is not None
    assert turn.prompt.id == "checkin.activation"
    assert turn.events == ()
    assert turn.messages == ()
    turn = coach.respond(turn.session, 5, at=T0 + timedelta(minutes=2))
    # deciding happens on the turn that answers the last check-in question
    assert len(turn.events) == 1
    chosen = turn.events[0]
    assert isinstance(chosen, se.PracticeChosen)
    assert chosen.practice_id == PRACTICE
    assert turn.messages[0].id == "plan.chosen"
    assert turn.prompt is not None
    assert turn.prompt.practice_id == PRACTICE


def test_session_completed_exactly_once_with_summary() -> None:
    learner = make_learner(
        rungs=("Say one sentence",), subgoal=open_subgoal("Say one sentence", rung=0)
    )
    session_run = run(
        fixed_coach(PRACTICE),
        learner,
        {
            "checkin.review": "not-yet",
            "checkin.explain": "I had bad luck",
            "checkin.confidence": 30,
            "checkin.activation": 6,
            "close.confidence": 50,
        },
    )
    completed = only_event(session_run, se.SessionCompleted)
    assert isinstance(completed, se.SessionCompleted)
    # and only on the final turn
    assert completed in session_run.last.events
    assert all(
        not isinstance(e, se.SessionCompleted) for t in session_run.turns[:-1] for e in t.events
    )
    summary = completed.summary
    assert summary.ended == "completed"
    assert summary.session == 1
    assert summary.practice_id == PRACTICE
    assert summary.confidence_before == 30
    assert summary.confidence_after == 50
    assert summary.activation == 6
    assert summary.review is se.ReviewResult.NOT_YET
    assert summary.attribution is not None
    assert summary.attribution.cause is se.Cause.LUCK
    assert summary.attribution.impact is se.Impact.NEUTRAL
    assert summary.subgoal is None
    assert summary.started_at == T0
    assert summary.ended_at == answer_time(session_run, "close.confidence")


def test_final_turn_is_done_with_closing_messages_and_updated_learner() -> None:
    session_run = run(
        fixed_coach(PRACTICE),
        make_learner(),
        {"checkin.confidence": 40, "close.confidence": 60},
    )
    last = session_run.last
    assert last.done
    assert last.prompt is None
    assert last.session.ended == "completed"
    assert [m.id for m in last.messages] == ["close.summary", "close.goodbye"]
    assert "40" in last.messages[0].text
    assert "60" in last.messages[0].text
    # every earlier turn awaits an answer
    assert all(t.prompt is not None and not t.done for t in session_run.turns[:-1])
    record = last.learner.history[-1]
    assert (record.session, record.practice_id) == (1, PRACTICE)
    assert (record.confidence_before, record.confidence_after) == (40, 60)
    assert record.at == T0
    stats = last.learner.stats_for(PRACTICE)
    assert (stats.uses, stats.rated, stats.improved) == (1, 1, 1)
    # before the end the turn carries the record the session started from
    assert session_run.turns[0].learner.sessions == 0


def test_summary_without_review_has_no_attribution() -> None:
    session_run = run(fixed_coach(PRACTICE), make_learner())
    summary = only_event(session_run, se.SessionCompleted)
    assert isinstance(summary, se.SessionCompleted)
    assert summary.summary.attribution is None
    assert summary.summary.review is None


def test_summary_carries_the_subgoal_set_and_close_mentions_it() -> None:
    coach = fixed_coach("effort-attribution")
    session_run = run(coach, make_learner(), {"effort-attribution.change": "Prepare one question"})
    completed = only_event(session_run, se.SessionCompleted)
    assert isinstance(completed, se.SessionCompleted)
    subgoal = completed.summary.subgoal
    assert subgoal is not None
    assert subgoal.text == "Prepare one question"
    assert subgoal == session_run.learner.subgoal
    assert "close.summary-subgoal" in message_ids(session_run)
    assert "Prepare one question" in session_run.last.messages[1].text


@pytest.mark.parametrize(
    ("prompt_id", "bad"),
    [
        ("checkin.confidence", 110),
        ("checkin.confidence", -10),
        ("checkin.confidence", "70"),
        ("checkin.confidence", 70.0),
        ("checkin.confidence", True),
        ("checkin.activation", 11),
        ("checkin.review", "yes"),
        ("checkin.explain", ""),
        ("checkin.explain", "   "),
        ("checkin.explain", 5),
        ("checkin.explain", "x" * 2001),
    ],
)
def test_invalid_checkin_answers_are_rejected_and_leave_session_valid(
    prompt_id: str, bad: object
) -> None:
    coach = fixed_coach(PRACTICE)
    learner = make_learner(subgoal=open_subgoal("Say one sentence"))
    turn = coach.start(learner, at=T0)
    good = {"checkin.review": "done", "checkin.explain": "effort", "checkin.confidence": 50}
    at = T0
    while turn.prompt is not None and turn.prompt.id != prompt_id:
        at += timedelta(minutes=1)
        turn = coach.respond(turn.session, good[turn.prompt.id], at=at)
    assert turn.prompt is not None
    before = se.dump(turn.session)
    with pytest.raises(se.InvalidAnswer):
        coach.respond(turn.session, bad, at=at)
    assert se.dump(turn.session) == before
    valid: object = {"checkin.activation": 3}.get(prompt_id, good.get(prompt_id))
    nxt = coach.respond(turn.session, valid, at=at + timedelta(minutes=1))
    assert nxt.prompt is not None
    assert nxt.prompt.id != prompt_id


def test_answer_of_exactly_2000_characters_is_accepted() -> None:
    coach = fixed_coach(PRACTICE)
    turn = coach.start(se.Learner.new("l-1"), at=T0)
    turn = coach.respond(turn.session, "g" * 2000, at=T0)
    assert turn.prompt is not None
    assert turn.prompt.id == "checkin.confidence"


def test_naive_time_is_refused() -> None:
    coach = fixed_coach(PRACTICE)
    with pytest.raises(TypeError):
        coach.start(make_learner(), at=datetime(2026, 1, 5, 9, 0))  # noqa: DTZ001


def test_json_roundtrip_gives_identical_turns() -> None:
    learner = make_learner(subgoal=open_subgoal("Say one sentence"))
    answers = {"checkin.review": "partly", "checkin.explain": "bad luck"}
    direct = run(fixed_coach(PRACTICE), learner, answers)
    resumed = run(fixed_coach(PRACTICE), learner, answers, json_roundtrip=True)
    assert direct.turns == resumed.turns


def test_default_scorer_reads_checkin_explanation_end_to_end() -> None:
    coach = se.Coach(planner=fixed_coach(PRACTICE).planner)
    learner = make_learner(subgoal=open_subgoal("Say one sentence"))
    session_run = run(
        coach,
        learner,
        {"checkin.review": "not-yet", "checkin.explain": "I'm just not smart enough"},
    )
    completed = only_event(session_run, se.SessionCompleted)
    assert isinstance(completed, se.SessionCompleted)
    explained = completed.summary.attribution
    assert explained is not None
    assert explained.cause is se.Cause.ABILITY
    assert explained.impact is se.Impact.UNDERMINING
    attempt = session_run.learner.attempts[-1]
    assert attempt.explanation == explained


def test_learner_passed_in_is_not_changed() -> None:
    learner = make_learner(subgoal=open_subgoal("Say one sentence"))
    snapshot = attrs.asdict(learner)
    run(fixed_coach(PRACTICE), learner, {"checkin.review": "done"})
    assert attrs.asdict(learner) == snapshot
