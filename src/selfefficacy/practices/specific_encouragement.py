"""Specific, credible encouragement: persuasion built only from what the record shows.

Primary source: persuasion. Mastery comes second, because every encouraging statement
quotes the person's own logged successes and is followed by a fresh attempt.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Final

from selfefficacy.evidence import (
    ASHFORD_2010,
    BANDURA_1977,
    SITZMANN_YEO_2013,
    Evidence,
    EvidenceGrade,
)
from selfefficacy.flow import Answer, Command, Context, Practice, PracticeResult, PracticeSteps
from selfefficacy.learner import ReviewResult
from selfefficacy.practices._common import subgoal_due
from selfefficacy.sources import Source

ID: Final = "specific-encouragement"
VERSION: Final = 1
TITLE: Final = "Specific, credible encouragement"
SUMMARY: Final = (
    "Encouragement that points to what you have actually done, names the skill it "
    "shows, and leads straight into the next realistic attempt."
)
MECHANISM: Final = (
    "Being told you can do something shifts belief only when the message is credible "
    "and soon confirmed by a success. Grounding each statement in logged facts keeps it "
    "believable, and scheduling an attempt turns the boost into mastery evidence."
)
SOURCES: Final[tuple[Source, ...]] = (Source.PERSUASION, Source.MASTERY)
EXERCISE: Final[tuple[str, ...]] = (
    "Look back at your record and pick two or three things you actually did.",
    "Say in one sentence what those things show you are able to do.",
    "Name the next step that is realistic given that record, and no bigger.",
    "Rate from 0 to 100 how sure you are that you can do that step.",
    "Decide when you will try it and put it in your plan.",
)
TECHNIQUES: Final[tuple[str, ...]] = ("15.1", "15.3", "1.4")
EVIDENCE: Final = Evidence(
    summary=(
        "Persuasion is the weakest of the four sources on its own (Bandura, 1977), and "
        "in a meta-analysis of physical-activity interventions, those using it went "
        "with smaller self-efficacy gains, an observational comparison open to "
        "confounding (Ashford et al., 2010). Because self-efficacy mostly follows "
        "performance (Sitzmann & Yeo, 2013), this practice only restates what the "
        "person's record shows and pairs it with an attempt. That design is an "
        "inference from these findings; we know of no trial testing it directly."
    ),
    grade=EvidenceGrade.LIMITED,
    citations=(BANDURA_1977, ASHFORD_2010, SITZMANN_YEO_2013),
)

#: The next step is scheduled within a week.
DUE_DAYS: Final = 7


def _evidence(ctx: Context) -> Generator[Command, Answer | None, None]:
    """Say only what the record shows: how many steps were done, and which was last."""
    count = ctx.learner.successes
    done = [a for a in ctx.learner.attempts if a.result is ReviewResult.DONE]
    if count == 0:
        yield from ctx.say("specific-encouragement.no-successes-yet", goal=ctx.goal)
        return
    if not done:
        yield from ctx.say("specific-encouragement.evidence-count", count=count)
        return
    latest = done[-1]
    when = latest.at.date().isoformat()
    yield from ctx.say(
        "specific-encouragement.evidence", count=count, latest=latest.subgoal, when=when
    )
    yield from ctx.say("specific-encouragement.capability", latest=latest.subgoal)


def flow(ctx: Context) -> PracticeSteps:
    """Encouragement built from the record alone, then a note to the future self."""
    yield from ctx.say("specific-encouragement.intro")
    yield from _evidence(ctx)
    if ctx.learner.notes:
        yield from ctx.say("specific-encouragement.last-note", note=ctx.learner.notes[-1].text)
    note = yield from ctx.text("note")
    found = ctx.learner.next_rung()
    if found is None:
        yield from ctx.rating("confidence")
        yield from ctx.say("specific-encouragement.wrap")
        return PracticeResult(note=note)
    index, rung = found
    confidence = yield from ctx.rating("confidence-step", step=rung.text)
    yield from ctx.say("specific-encouragement.wrap")
    subgoal = subgoal_due(ctx, rung.text, days=DUE_DAYS, confidence=confidence, rung=index)
    return PracticeResult(note=note, subgoal=subgoal)


# The fields in Practice's order: the metadata above, then the flow.
PRACTICE: Final = Practice(
    ID, VERSION, TITLE, SUMMARY, MECHANISM, SOURCES, EXERCISE, TECHNIQUES, EVIDENCE, flow
)
