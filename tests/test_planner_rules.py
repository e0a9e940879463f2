"""RulePlanner's six rules (DESIGN 5.2) in order, their boundaries, and ThompsonPlanner."""

from __future__ import annotations

from collections import Counter

import attrs
import pytest
from scenario import (
    T0,
    KeywordScorer,
    attribution,
    make_learner,
    message_text,
    only_event,
    open_subgoal,
    run,
)

import selfefficacy as se
from selfefficacy.learner import PracticeStats

DONE = se.ReviewResult.DONE
NOT_YET = se.ReviewResult.NOT_YET
ALL = se.default_registry().ids()
OPEN_LADDER = ("Say one sentence", "Ask one question", "Give a short update")


def checkin(
    *,
    confidence: int = 70,
    activation: int = 3,
    review: se.ReviewResult | None = None,
    cause: se.Cause | None = None,
) -> se.CheckIn:
    explained = None
    if cause is not None:
        assert review is not None
        outcome = se.Outcome.SUCCESS if review is DONE else se.Outcome.FAILURE
        explained = attribution(cause, outcome)
    return se.CheckIn(
        goal="Speak up",
        confidence=confidence,
        activation=activation,
        review=review,
        explanation_text=None if cause is None else f"it was {cause.value}",
        explanation=explained,
    )


def choose(learner: se.Learner, ci: se.CheckIn, available: tuple[str, ...] = ALL) -> se.Decision:
    return se.RulePlanner().choose(learner, ci, available=available, session=1)


def climbing(results: tuple[se.ReviewResult, ...] = ()) -> se.Learner:
    """A learner with an open ladder (one rung done) and these attempts."""
    return make_learner(rungs=OPEN_LADDER, done=1, results=results)


# --- rule 1: undermining explanation ---------------------------------------------------


def test_rule1_undermining_explanation_chooses_effort_attribution() -> None:
    decision = choose(climbing(), checkin(review=NOT_YET, cause=se.Cause.ABILITY))
    assert decision.practice_id == "effort-attribution"
    assert decision.reasons == ("explanation-undermines",)
    tailoring = dict(decision.tailoring)
    assert tailoring["explanation_impact"] == "undermining"
    assert tailoring["explanation_cause"] == "ability"
    assert tailoring["review"] == "not-yet"


def test_rule1_beats_high_activation_and_missing_ladder() -> None:
    decision = choose(
        make_learner(), checkin(activation=10, confidence=0, review=NOT_YET, cause=se.Cause.TASK)
    )
    assert decision.practice_id == "effort-attribution"


def test_success_explained_by_luck_undermines() -> None:
    decision = choose(climbing(), checkin(review=DONE, cause=se.Cause.LUCK))
    assert decision.practice_id == "effort-attribution"


@pytest.mark.parametrize(
    ("review", "cause"),
    [
        (NOT_YET, se.Cause.EFFORT),  # building
        (NOT_YET, se.Cause.LUCK),  # neutral after a failure
        (DONE, se.Cause.EFFORT),  # building
        (NOT_YET, se.Cause.NONE),  # no cause given
    ],
)
def test_rule1_not_for_building_or_neutral_explanations(
    review: se.ReviewResult, cause: se.Cause
) -> None:
    decision = choose(climbing(), checkin(review=review, cause=cause))
    assert decision.practice_id == "build-mastery"
    assert decision.reasons == ("keep-climbing",)


# --- rule 2: activation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("activation", "expected"),
    [(6, "build-mastery"), (7, "reinterpret-signals"), (10, "reinterpret-signals")],
)
def test_rule2_activation_boundary(activation: int, expected: str) -> None:
    decision = choose(climbing(), checkin(activation=activation))
    assert decision.practice_id == expected
    assert dict(decision.tailoring)["activation"] == activation


def test_rule2_reason_code() -> None:
    decision = choose(climbing(), checkin(activation=8))
    assert decision.reasons == ("activation-high",)


def test_rule2_beats_no_ladder_and_low_confidence() -> None:
    decision = choose(make_learner(), checkin(activation=7, confidence=0))
    assert decision.practice_id == "reinterpret-signals"


# --- rule 3: no ladder / ladder complete ------------------------------------------------


@pytest.mark.parametrize(
    ("rungs", "done", "expected"),
    [
        ((), 0, "proximal-subgoals"),
        (OPEN_LADDER, 3, "proximal-subgoals"),
        (OPEN_LADDER, 2, "build-mastery"),
        (OPEN_LADDER, 0, "build-mastery"),
    ],
)
def test_rule3_ladder(rungs: tuple[str, ...], done: int, expected: str) -> None:
    decision = choose(make_learner(rungs=rungs, done=done), checkin(activation=6))
    assert decision.practice_id == expected
    tailoring = dict(decision.tailoring)
    assert tailoring["ladder_rungs"] == len(rungs)
    assert tailoring["ladder_done"] == done


def test_rule3_reason_and_precedence_over_low_confidence() -> None:
    decision = choose(make_learner(), checkin(confidence=0))
    assert decision.practice_id == "proximal-subgoals"
    assert decision.reasons == ("no-open-ladder",)


# --- rule 4: low confidence and few successes -------------------------------------------


@pytest.mark.parametrize(
    ("confidence", "expected"),
    [(39, "learn-from-models"), (40, "build-mastery"), (0, "learn-from-models")],
)
def test_rule4_confidence_boundary(confidence: int, expected: str) -> None:
    decision = choose(climbing((DONE,)), checkin(confidence=confidence))
    assert decision.practice_id == expected


def test_rule4_reason_code() -> None:
    decision = choose(climbing(), checkin(confidence=20))
    assert decision.reasons == ("low-confidence-few-successes",)
    assert dict(decision.tailoring)["successes"] == 0


def test_rule4_needs_fewer_than_two_successes() -> None:
    # two successes, long ago: no longer in the last five attempts, so rule 5 is out too
    learner = climbing((DONE, DONE, NOT_YET, NOT_YET, NOT_YET, NOT_YET, NOT_YET))
    one_success = climbing((DONE, NOT_YET, NOT_YET, NOT_YET, NOT_YET, NOT_YET))
    assert learner.successes == 2
    assert choose(learner, checkin(confidence=30)).practice_id == "build-mastery"
    assert choose(one_success, checkin(confidence=30)).practice_id == "learn-from-models"


def test_rule4_successes_count_the_folded_totals() -> None:
    # the totals remember successes whose attempts are no longer kept in full
    learner = attrs.evolve(climbing(), totals=se.learner.AttemptTotals(attempts=9, done=5))
    assert learner.successes == 5
    assert choose(learner, checkin(confidence=30)).practice_id == "build-mastery"


# --- rule 5: successes running ahead of confidence --------------------------------------


@pytest.mark.parametrize(
    ("confidence", "expected"), [(50, "specific-encouragement"), (60, "build-mastery")]
)
def test_rule5_recent_successes_confidence_boundary(confidence: int, expected: str) -> None:
    decision = choose(climbing((NOT_YET, DONE, NOT_YET, DONE)), checkin(confidence=confidence))
    assert decision.practice_id == expected


def test_rule5_exact_edge_59() -> None:
    decision = choose(climbing((DONE, DONE)), checkin(confidence=59))
    assert decision.practice_id == "specific-encouragement"
    assert decision.reasons == ("confidence-below-results",)
    tailoring = dict(decision.tailoring)
    assert tailoring["recent_successes"] == 2
    assert tailoring["recent_attempts"] == 2


def test_rule5_needs_two_recent_successes() -> None:
    decision = choose(climbing((NOT_YET, DONE, NOT_YET)), checkin(confidence=50))
    assert decision.practice_id == "build-mastery"


def test_rule5_counts_only_the_last_five_attempts() -> None:
    old = climbing((DONE, DONE, NOT_YET, NOT_YET, NOT_YET, NOT_YET, NOT_YET))
    recent = climbing((NOT_YET, NOT_YET, NOT_YET, NOT_YET, NOT_YET, DONE, DONE))
    assert choose(old, checkin(confidence=50)).practice_id == "build-mastery"
    assert dict(choose(old, checkin(confidence=50)).tailoring)["recent_successes"] == 0
    assert choose(recent, checkin(confidence=50)).practice_id == "specific-encouragement"


def test_rule4_beats_rule5_when_both_could_apply() -> None:
    # confidence under 40 and one success: rule 4, even with a strongly underconfident record
    learner = attrs.evolve(
        climbing((DONE, NOT_YET)), calibration=se.Calibration.of([(0.1, 1.0), (0.1, 1.0)])
    )
    assert choose(learner, checkin(confidence=30)).practice_id == "learn-from-models"


def _calibrated(pairs: list[tuple[float, float]]) -> se.Learner:
    return attrs.evolve(climbing(), calibration=se.Calibration.of(pairs))


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([(0.3, 1.0), (0.4, 1.0), (0.2, 0.5)], "specific-encouragement"),  # bias -0.53
        ([(0.6, 0.5), (0.5, 0.5)], "build-mastery"),  # bias +0.05
        ([(0.9, 0.0), (0.8, 0.5)], "build-mastery"),  # overconfident
        ([(0.7, 0.5), (0.5, 0.5)], "build-mastery"),  # bias +0.10
        ([(0.3, 1.0)], "build-mastery"),  # a single attempt is not a trend
    ],
)
def test_rule5_calibration_clause(pairs: list[tuple[float, float]], expected: str) -> None:
    decision = choose(_calibrated(pairs), checkin(confidence=80))
    assert decision.practice_id == expected
    tailoring = dict(decision.tailoring)
    assert tailoring["calibration_n"] == len(pairs)


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([(0.4, 0.5), (0.4, 0.5)], "specific-encouragement"),  # bias -0.10: at the threshold
        ([(0.5, 0.5), (0.4, 0.5)], "build-mastery"),  # bias -0.05
    ],
)
def test_rule5_calibration_threshold(pairs: list[tuple[float, float]], expected: str) -> None:
    assert pytest.approx(-0.10) == se.RulePlanner.UNDERCONFIDENT_BIAS
    assert choose(_calibrated(pairs), checkin(confidence=90)).practice_id == expected


# --- rule 6: otherwise ------------------------------------------------------------------


def test_rule6_otherwise_build_mastery_with_tailoring() -> None:
    learner = climbing((DONE,))
    decision = choose(learner, checkin(confidence=70, activation=2))
    assert decision.practice_id == "build-mastery"
    assert decision.reasons == ("keep-climbing",)
    assert dict(decision.tailoring) == {
        "confidence": 70,
        "activation": 2,
        "review": None,
        "explanation_cause": None,
        "explanation_impact": None,
        "successes": 1,
        "recent_successes": 1,
        "recent_attempts": 1,
        "ladder_rungs": 3,
        "ladder_done": 1,
        "calibration_bias": None,
        "calibration_n": 0,
    }


# --- unregistered practices are skipped -------------------------------------------------


def test_rule_of_unregistered_practice_is_skipped() -> None:
    without = tuple(pid for pid in ALL if pid != "reinterpret-signals")
    decision = choose(make_learner(), checkin(activation=9), available=without)
    assert decision.practice_id == "proximal-subgoals"
    assert decision.reasons == ("no-open-ladder",)


def test_every_rule_skipped_falls_back_to_a_registered_practice() -> None:
    decision = choose(climbing(), checkin(), available=("reinterpret-signals",))
    assert decision.practice_id == "reinterpret-signals"


def test_engine_skips_unregistered_rule_practice() -> None:
    registry = se.default_registry().without("effort-attribution")
    coach = se.Coach(registry=registry, scorer=KeywordScorer())
    learner = make_learner(rungs=OPEN_LADDER, done=1, subgoal=open_subgoal("Ask one question"))
    session_run = run(
        coach,
        learner,
        {"checkin.review": "not-yet", "checkin.explain": "no ability", "checkin.activation": 8},
    )
    chosen = only_event(session_run, se.PracticeChosen)
    assert isinstance(chosen, se.PracticeChosen)
    assert chosen.practice_id == "reinterpret-signals"


# --- through the engine: the PracticeChosen event ---------------------------------------


def _chosen(learner: se.Learner, answers: dict[str, object]) -> se.PracticeChosen:
    coach = se.Coach(scorer=KeywordScorer())
    turn = coach.start(learner, at=T0)
    while turn.prompt is not None and turn.prompt.id.startswith("checkin."):
        turn = coach.respond(turn.session, answers[turn.prompt.id], at=T0)
    events = [e for e in turn.events if isinstance(e, se.PracticeChosen)]
    assert len(events) == 1
    return events[0]


def test_engine_undermining_explanation_beats_high_activation() -> None:
    learner = make_learner(subgoal=open_subgoal("Ask one question"))
    chosen = _chosen(
        learner,
        {
            "checkin.review": "not-yet",
            "checkin.explain": "I just lack the ability",
            "checkin.confidence": 30,
            "checkin.activation": 9,
        },
    )
    assert chosen.practice_id == "effort-attribution"
    assert chosen.reasons == ("explanation-undermines",)
    assert chosen.tailoring["explanation_impact"] == "undermining"
    assert chosen.tailoring["activation"] == 9
    assert chosen.tailoring["review"] == "not-yet"


@pytest.mark.parametrize(
    ("confidence", "expected"), [(30, "learn-from-models"), (40, "build-mastery")]
)
def test_engine_confidence_boundary(confidence: int, expected: str) -> None:
    learner = make_learner(rungs=OPEN_LADDER)
    chosen = _chosen(learner, {"checkin.confidence": confidence, "checkin.activation": 6})
    assert chosen.practice_id == expected
    assert chosen.tailoring["confidence"] == confidence


@pytest.mark.parametrize(
    ("confidence", "expected"), [(50, "specific-encouragement"), (60, "build-mastery")]
)
def test_engine_recent_successes_boundary(confidence: int, expected: str) -> None:
    # the check-in review itself logs the second success
    learner = make_learner(
        rungs=OPEN_LADDER, results=(DONE,), subgoal=open_subgoal("Ask one question")
    )
    answers = {
        "checkin.review": "done",
        "checkin.explain": "my effort",
        "checkin.confidence": confidence,
        "checkin.activation": 2,
    }
    chosen = _chosen(learner, answers)
    assert chosen.practice_id == expected
    assert chosen.tailoring["recent_successes"] == 2
    assert chosen.tailoring["successes"] == 2


def test_engine_reason_message_uses_tailoring_values() -> None:
    coach = se.Coach(scorer=KeywordScorer())
    session_run = run(coach, make_learner(), {"checkin.activation": 8})
    chosen = only_event(session_run, se.PracticeChosen)
    assert isinstance(chosen, se.PracticeChosen)
    assert chosen.practice_id == "reinterpret-signals"
    assert "8 out of 10" in message_text(session_run, "reason.activation-high")
    assert "Reinterpret physiological signals" in message_text(session_run, "plan.chosen")


def test_engine_tailoring_is_the_planner_decision() -> None:
    learner = make_learner(rungs=OPEN_LADDER, done=1)
    coach = se.Coach(scorer=KeywordScorer())
    session_run = run(coach, learner, {"checkin.confidence": 20, "checkin.activation": 1})
    chosen = only_event(session_run, se.PracticeChosen)
    assert isinstance(chosen, se.PracticeChosen)
    expected = se.RulePlanner().choose(
        learner, checkin(confidence=20, activation=1), available=ALL, session=1
    )
    assert chosen.practice_id == expected.practice_id == "learn-from-models"
    assert chosen.reasons == expected.reasons
    assert dict(chosen.tailoring) == dict(expected.tailoring)
    assert session_run.last.session.decision == expected


def test_engine_default_scorer_end_to_end() -> None:
    learner = make_learner(rungs=OPEN_LADDER, subgoal=open_subgoal("Ask one question"))
    base = {"checkin.review": "not-yet", "checkin.confidence": 60, "checkin.activation": 2}
    coach = se.Coach()
    for text, expected in (
        ("I'm just not smart enough", "effort-attribution"),
        ("I didn't practise at all", "build-mastery"),
    ):
        turn = coach.start(learner, at=T0)
        answers: dict[str, object] = {**base, "checkin.explain": text}
        while turn.prompt is not None and turn.prompt.id.startswith("checkin."):
            turn = coach.respond(turn.session, answers[turn.prompt.id], at=T0)
        chosen = [e for e in turn.events if isinstance(e, se.PracticeChosen)]
        assert [c.practice_id for c in chosen] == [expected], text


# --- ThompsonPlanner ----------------------------------------------------------------------


def test_thompson_is_reproducible() -> None:
    learner = climbing((DONE,))
    ci = checkin()
    first = se.ThompsonPlanner(seed=7).choose(learner, ci, available=ALL, session=3)
    second = se.ThompsonPlanner(seed=7).choose(learner, ci, available=ALL, session=3)
    assert first == second
    assert first.practice_id in ALL
    assert first.reasons == ("thompson-draw",)
    assert "draw" in dict(first.tailoring)


def test_thompson_differs_across_seeds() -> None:
    learner = climbing()
    ci = checkin()
    picks = {
        se.ThompsonPlanner(seed=seed).choose(learner, ci, available=ALL, session=1).practice_id
        for seed in range(30)
    }
    assert len(picks) > 1


def test_thompson_without_data_explores() -> None:
    learner = climbing()
    picks = Counter(
        se.ThompsonPlanner().choose(learner, checkin(), available=ALL, session=n).practice_id
        for n in range(1, 121)
    )
    assert len(picks) == len(ALL)


def test_thompson_learns_which_practice_helps() -> None:
    stats = tuple(
        PracticeStats(
            practice_id=pid,
            uses=12,
            rated=12,
            improved=12 if pid == "specific-encouragement" else 1,
        )
        for pid in ALL
    )
    learner = attrs.evolve(climbing(), practice_stats=stats)
    picks = Counter(
        se.ThompsonPlanner(seed=1).choose(learner, checkin(), available=ALL, session=n).practice_id
        for n in range(1, 201)
    )
    assert picks["specific-encouragement"] >= 180


def test_thompson_only_picks_available_practices() -> None:
    available = ("build-mastery", "learn-from-models")
    for n in range(1, 40):
        decision = se.ThompsonPlanner().choose(
            climbing(), checkin(), available=available, session=n
        )
        assert decision.practice_id in available


def test_thompson_planner_in_the_engine_is_reproducible() -> None:
    coach = se.Coach(planner=se.ThompsonPlanner(seed=5), scorer=KeywordScorer())
    learner = make_learner(rungs=OPEN_LADDER)

    def chosen() -> str:
        turn = coach.start(learner, at=T0)
        while turn.prompt is not None and turn.prompt.id.startswith("checkin."):
            turn = coach.respond(turn.session, 50 if "confidence" in turn.prompt.id else 3, at=T0)
        events = [e for e in turn.events if isinstance(e, se.PracticeChosen)]
        assert len(events) == 1
        return events[0].practice_id

    assert chosen() == chosen()


def test_thompson_learns_through_recorded_sessions() -> None:
    # one practice always raises confidence, the others never do
    learner = make_learner(rungs=OPEN_LADDER)
    record_stats = learner
    for _ in range(10):
        for pid in ALL:
            gain = 20 if pid == "reinterpret-signals" else -10
            record = se.learner.SessionRecord(
                session=record_stats.sessions + 1,
                at=T0,
                practice_id=pid,
                confidence_before=50,
                confidence_after=50 + gain,
            )
            record_stats = record_stats.with_session(record)
    assert record_stats.stats_for("reinterpret-signals").improved == 10
    picks = Counter(
        se.ThompsonPlanner(seed=3)
        .choose(record_stats, checkin(), available=ALL, session=n)
        .practice_id
        for n in range(1, 101)
    )
    assert picks.most_common(1)[0][0] == "reinterpret-signals"
    assert picks["reinterpret-signals"] >= 80
