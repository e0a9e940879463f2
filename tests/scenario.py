"""Shared builders for the scenario tests of the engine, planner and practices.

Learners are built directly with ``se.Learner(...)`` and ``attrs.evolve`` so each test
states exactly the record it starts from. ``KeywordScorer`` is a tiny deterministic
attribution scorer, so flow and planner tests do not depend on the default lexicon.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

import attrs

import selfefficacy as se
from selfefficacy.learner import RECENT_ATTEMPTS, Attempt, AttemptTotals, Explanation
from selfefficacy.planner import FixedPlanner
from selfefficacy.testing import Script, ScriptedDriver, SessionRun

#: A fixed, timezone-aware start time: Monday 5 January 2026, 09:00 UTC.
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
GOAL = "Speak up in the weekly team meeting"

_DIMENSIONS: dict[se.Cause, tuple[se.Locus, se.Stability, se.Control]] = {
    se.Cause.EFFORT: (se.Locus.INTERNAL, se.Stability.UNSTABLE, se.Control.CONTROLLABLE),
    se.Cause.STRATEGY: (se.Locus.INTERNAL, se.Stability.UNSTABLE, se.Control.CONTROLLABLE),
    se.Cause.ABILITY: (se.Locus.INTERNAL, se.Stability.STABLE, se.Control.UNCONTROLLABLE),
    se.Cause.TASK: (se.Locus.EXTERNAL, se.Stability.STABLE, se.Control.UNCONTROLLABLE),
    se.Cause.LUCK: (se.Locus.EXTERNAL, se.Stability.UNSTABLE, se.Control.UNCONTROLLABLE),
    se.Cause.OTHERS: (se.Locus.EXTERNAL, se.Stability.UNSTABLE, se.Control.UNCONTROLLABLE),
}


def attribution(cause: se.Cause, outcome: se.Outcome) -> se.Attribution:
    """An attribution with the cause's usual dimensions and the rule-table impact."""
    if cause is se.Cause.NONE:
        return se.Attribution(
            outcome=outcome,
            cause=cause,
            locus=None,
            stability=None,
            control=None,
            impact=se.Impact.NEUTRAL,
            confidence=0.0,
        )
    locus, stability, control = _DIMENSIONS[cause]
    return se.Attribution(
        outcome=outcome,
        cause=cause,
        locus=locus,
        stability=stability,
        control=control,
        impact=se.impact_of(outcome, locus, stability, control),
        confidence=1.0,
    )


class KeywordScorer:
    """Reads the first cause word ("ability", "effort", "strategy", "luck", "task",
    "others") found in the text; none of them: cause "none". Records every call."""

    ORDER = ("ability", "strategy", "effort", "luck", "task", "others")

    def __init__(self) -> None:
        self.calls: list[tuple[str, se.Outcome]] = []

    def score(self, text: str, *, outcome: se.Outcome) -> se.Attribution:
        outcome = se.Outcome(outcome)
        self.calls.append((text, outcome))
        lowered = text.casefold()
        for word in self.ORDER:
            if word in lowered:
                return attribution(se.Cause(word), outcome)
        return attribution(se.Cause.NONE, outcome)


def ladder(*texts: str, done: int = 0) -> tuple[se.Rung, ...]:
    """A ladder of rungs; the first ``done`` of them are done."""
    return tuple(se.Rung(text=text, done=index < done) for index, text in enumerate(texts))


def open_subgoal(
    text: str, *, at: datetime = T0, confidence: int | None = 70, rung: int | None = None
) -> se.Subgoal:
    """A subgoal set a week before ``at`` and due two days before it."""
    return se.Subgoal(
        text=text,
        due=at - timedelta(days=2),
        set_at=at - timedelta(days=7),
        confidence=confidence,
        rung=rung,
    )


def with_attempts(
    learner: se.Learner,
    results: Sequence[se.ReviewResult],
    *,
    texts: Sequence[str] | None = None,
    confidence: int | None = None,
    at: datetime = T0,
) -> se.Learner:
    """The learner with these reviewed attempts (oldest first), totals and calibration.

    As in a real record, only the last ``RECENT_ATTEMPTS`` stay in full; the totals
    and calibration count them all.
    """
    texts = texts or [f"step number {chr(ord('a') + i)}" for i in range(len(results))]
    attempts = tuple(
        Attempt(
            session=index + 1,
            at=at - timedelta(days=3 * (len(results) - index)),
            subgoal=text,
            result=result,
            confidence=confidence,
        )
        for index, (result, text) in enumerate(zip(results, texts, strict=True))
    )
    totals = AttemptTotals()
    for result in results:
        totals = totals.add(result)
    calibration = learner.calibration
    if confidence is not None:
        calibration = se.Calibration.of((confidence / 100, r.score) for r in results)
    return attrs.evolve(
        learner,
        attempts=attempts[-RECENT_ATTEMPTS:],
        totals=totals,
        calibration=calibration,
        sessions=max(learner.sessions, len(results)),
    )


def make_learner(
    *,
    goal: str | None = GOAL,
    rungs: Sequence[str] = (),
    done: int = 0,
    results: Sequence[se.ReviewResult] = (),
    subgoal: se.Subgoal | None = None,
    traits: tuple[str, ...] = (),
    learner_id: str = "learner-1",
) -> se.Learner:
    """A learner with a goal, a ladder (first ``done`` rungs done), attempts and a subgoal."""
    learner = se.Learner(id=learner_id, goal=goal, traits=traits, ladder=ladder(*rungs, done=done))
    if results:
        learner = with_attempts(learner, results)
    return attrs.evolve(learner, subgoal=subgoal)


def fixed_coach(practice_id: str, **kwargs: object) -> se.Coach:
    """A coach that always walks ``practice_id``, with the keyword scorer unless given one."""
    kwargs.setdefault("scorer", KeywordScorer())
    return se.Coach(planner=FixedPlanner(practice_id), **kwargs)  # type: ignore[arg-type]


def run(
    coach: se.Coach,
    learner: se.Learner,
    answers: Mapping[str, Script] | None = None,
    *,
    at: datetime = T0,
    json_roundtrip: bool = False,
) -> SessionRun:
    """One whole scripted session."""
    return ScriptedDriver(coach, answers=answers, json_roundtrip=json_roundtrip).run(learner, at=at)


def answer_time(session_run: SessionRun, prompt_id: str) -> datetime:
    """When the (last) answer to ``prompt_id`` was given."""
    times = [a.at for a in session_run.last.session.answers if a.prompt_id == prompt_id]
    assert times, f"{prompt_id!r} was never answered"
    return times[-1]


def message_ids(session_run: SessionRun) -> tuple[str, ...]:
    return tuple(m.id for m in session_run.messages)


def message_text(session_run: SessionRun, message_id: str) -> str:
    found = [m.text for m in session_run.messages if m.id == message_id]
    assert len(found) == 1, f"expected one {message_id!r} message, got {len(found)}"
    return found[0]


def only_event(session_run: SessionRun, kind: type[se.Event]) -> se.Event:
    found = session_run.events_of(kind)
    assert len(found) == 1, f"expected one {kind.__name__}, got {len(found)}"
    return found[0]


def explanation(cause: se.Cause, outcome: se.Outcome) -> Explanation:
    a = attribution(cause, outcome)
    return Explanation(
        cause=a.cause, impact=a.impact, locus=a.locus, stability=a.stability, control=a.control
    )
