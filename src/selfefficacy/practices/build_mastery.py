"""Build mastery experiences: climb a ladder of small, slightly stretching tasks.

Works through the mastery source: each rung done is first-hand proof of capability,
and logging how it was done lets the person credit their own skill and effort.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Final

from selfefficacy.evidence import (
    ASHFORD_2010,
    BANDURA_1977,
    BANDURA_LOCKE_2003,
    SITZMANN_YEO_2013,
    VANCOUVER_2001,
    VANCOUVER_2002,
    WILSON_2019,
    Evidence,
    EvidenceGrade,
)
from selfefficacy.flow import Answer, Command, Context, Practice, PracticeResult, PracticeSteps
from selfefficacy.learner import MAX_LADDER, ReviewResult, Rung
from selfefficacy.practices._common import ladder_with, subgoal_due
from selfefficacy.sources import Source

ID: Final = "build-mastery"
VERSION: Final = 1
TITLE: Final = "Build mastery experiences"
SUMMARY: Final = (
    "Break the behaviour into a ladder of steps and take the next one you are fairly, "
    "but not fully, sure you can do. Each step done becomes evidence you can point to."
)
MECHANISM: Final = (
    "Succeeding at a task that stretches you a little is the most direct evidence of "
    "capability there is. Recording what you did to succeed ties the result to your own "
    "skill and effort rather than to luck, so the belief it builds lasts."
)
SOURCES: Final[tuple[Source, ...]] = (Source.MASTERY,)
EXERCISE: Final[tuple[str, ...]] = (
    "Name the behaviour you want to be able to do.",
    "Write a ladder of 5 to 8 steps, from an easy version up to the full behaviour.",
    "For each step, rate from 0 to 100 how sure you are that you can do it.",
    "Pick the lowest step you rated somewhere around 60 to 80.",
    "Do that step within the next two days.",
    "Write down how it went and what you did that made it work or not.",
    "Rate the step again. After a success move up a step; after two misses in a row, "
    "step down to a smaller one.",
)
TECHNIQUES: Final[tuple[str, ...]] = ("8.7", "8.1", "2.3", "15.3")
EVIDENCE: Final = Evidence(
    summary=(
        "Theory ranks one's own successes as the strongest source (Bandura, 1977), and a "
        "within-person meta-analysis agrees that performance shapes later self-efficacy "
        "(rho = .40, or .30 with the linear trend removed), far more than self-efficacy "
        "predicts later performance (Sitzmann & Yeo, 2013). Support for graded-mastery "
        "programmes as such is weaker: across 27 physical-activity studies the average "
        "self-efficacy change was small (d = 0.16), and studies using graded mastery "
        "showed smaller gains, in an observational and confounded comparison (Ashford "
        "et al., 2010). The difficulty target borrows the '85 percent rule' "
        "(Wilson et al., 2019), a model of how fast simple learners learn, not of "
        "motivation, so it is a default and not a law. Confidence should track results "
        "rather than be pushed up: Vancouver's studies found that higher self-efficacy "
        "can lower effort on the next attempt (2001, 2002), a reading Bandura and Locke "
        "(2003) dispute."
    ),
    grade=EvidenceGrade.MODERATE,
    citations=(
        BANDURA_1977,
        SITZMANN_YEO_2013,
        ASHFORD_2010,
        WILSON_2019,
        VANCOUVER_2001,
        VANCOUVER_2002,
        BANDURA_LOCKE_2003,
    ),
)

#: Below this "can do" rating the step is made smaller; from STRETCH_FROM it is stretched.
SHRINK_BELOW: Final = 60
STRETCH_FROM: Final = 90
#: A step is due within 48 hours, while the plan is fresh.
DUE_DAYS: Final = 2
MAX_RESIZES: Final = 2


def _on_a_streak(ctx: Context) -> bool:
    recent = ctx.learner.attempts[-2:]
    return len(recent) == 2 and all(a.result is ReviewResult.DONE for a in recent)


def _next_step(ctx: Context) -> Generator[Command, Answer | None, tuple[tuple[Rung, ...], int]]:
    ladder = ctx.learner.ladder
    found = ctx.learner.next_rung()
    if found is not None:
        index, rung = found
        yield from ctx.say("build-mastery.next-rung", step=rung.text)
        return ladder, index
    text = yield from ctx.text("step", goal=ctx.goal)
    ladder = (*ladder, Rung(text=text))[-MAX_LADDER:]
    return ladder, len(ladder) - 1


def flow(ctx: Context) -> PracticeSteps:
    """Take the next rung; shrink it if under 60, stretch it after two successes."""
    yield from ctx.say("build-mastery.intro")
    ladder, index = yield from _next_step(ctx)
    step = ladder[index].text
    confidence = yield from ctx.rating("confidence", step=step)
    for _ in range(MAX_RESIZES):
        if confidence >= SHRINK_BELOW:
            break
        step = yield from ctx.text("smaller", step=step)
        confidence = yield from ctx.rating("confidence-smaller", step=step)
        ladder = ladder_with(ladder, index, Rung(text=step), insert=True)
    if confidence >= STRETCH_FROM and _on_a_streak(ctx):
        harder = yield from ctx.text("stretch", step=step)
        harder_confidence = yield from ctx.rating("confidence-stretch", step=harder)
        if harder_confidence >= SHRINK_BELOW:
            step, confidence = harder, harder_confidence
    ladder = ladder_with(ladder, index, Rung(text=step, confidence=confidence), insert=False)
    plan = yield from ctx.text("when-where")
    yield from ctx.say("build-mastery.wrap")
    subgoal = subgoal_due(ctx, step, days=DUE_DAYS, confidence=confidence, rung=index, plan=plan)
    return PracticeResult(ladder=ladder, subgoal=subgoal)


# The fields in Practice's order: the metadata above, then the flow.
PRACTICE: Final = Practice(
    ID, VERSION, TITLE, SUMMARY, MECHANISM, SOURCES, EXERCISE, TECHNIQUES, EVIDENCE, flow
)
