"""A host's own attribution scorer and safety screen, plugged into the coach.

Hosts may know their domain better than a general English lexicon (a running app knows
what "negative splits" means), or have a safety team with its own phrase lists. Both
parts are protocols: any object with the right method will do.
"""

from __future__ import annotations

from datetime import UTC, datetime

import selfefficacy as se
from selfefficacy.testing import ScriptedDriver

#: Running words that name a strategy: something the runner chose and can change.
STRATEGY_WORDS = ("pacing", "negative splits", "warm-up", "warm up", "intervals", "route")


class RunningScorer:
    """Reads running jargon as strategy; leaves everything else to the default scorer."""

    def __init__(self) -> None:
        self.fallback = se.LexiconScorer()

    def score(self, text: str, *, outcome: se.Outcome) -> se.Attribution:
        lowered = text.lower()
        if not any(word in lowered for word in STRATEGY_WORDS):
            return self.fallback.score(text, outcome=outcome)
        locus, stability, control = (
            se.Locus.INTERNAL,
            se.Stability.UNSTABLE,
            se.Control.CONTROLLABLE,
        )
        return se.Attribution(
            outcome=outcome,
            cause=se.Cause.STRATEGY,
            locus=locus,
            stability=stability,
            control=control,
            impact=se.impact_of(outcome, locus, stability, control),
            confidence=0.9,
        )


#: Phrases this platform's safety team added on top of the default screen.
HOST_PHRASES = {"unalive myself": se.RiskKind.SUICIDAL}


class HostScreen:
    """The default screen, plus the host's own phrases."""

    def screen(self, text: str) -> se.ScreenResult:
        result = se.screen(text)
        if result.risk:
            return result
        lowered = text.lower()
        for phrase, kind in HOST_PHRASES.items():
            start = lowered.find(phrase)
            if start >= 0:
                return se.ScreenResult(
                    risk=True, kind=kind, cues=(phrase,), spans=((start, start + len(phrase)),)
                )
        return result


def main() -> None:
    coach = se.Coach(scorer=RunningScorer(), safety=HostScreen())
    start = datetime(2026, 2, 2, 7, 0, tzinfo=UTC)
    learner = se.Learner.new("runner-1", goal="Run a 10 km race")

    # Session 1 sets a subgoal, so session 2 asks how it went and why.
    first = ScriptedDriver(coach).run(learner, at=start)
    chosen = first.events_of(se.PracticeChosen)[0]
    assert isinstance(chosen, se.PracticeChosen)
    print("session 1 practice:", chosen.practice_id)

    explanation = "I messed up my pacing and went out far too fast"
    answers: dict[str, int | str] = {"checkin.review": "not-yet", "checkin.explain": explanation}
    second = ScriptedDriver(coach, answers=answers).run(first.learner, at=start.replace(day=9))
    summary = second.last.events[-1]
    assert isinstance(summary, se.SessionCompleted)
    attribution = summary.summary.attribution
    assert attribution is not None
    print(f"session 2 explanation: {explanation!r}")
    print(f"  read by RunningScorer as cause={attribution.cause}, impact={attribution.impact}")
    print("  practice chosen:", summary.summary.practice_id)

    # Session 3: the person writes something the host's own screen catches.
    risky = {"checkin.review": "not-yet", "checkin.explain": "some days I want to unalive myself"}
    third = ScriptedDriver(coach, answers=risky).run(second.learner, at=start.replace(day=16))
    concern = third.events_of(se.SafetyConcern)
    print("session 3 ended:", third.last.session.ended)
    for event in concern:
        assert isinstance(event, se.SafetyConcern)
        print(f"  SafetyConcern kind={event.kind} cues={event.cues}")
    print("  message shown:", third.last.messages[0].text[:70] + "...")


if __name__ == "__main__":
    main()
