"""Attribute outcomes to effort and strategy: explain results in ways that keep hope.

Primary source: mastery, because the practice changes how a person reads their own
successes and failures, the evidence the mastery source is made of. Persuasion comes
second, since the coach offers the alternative explanation.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Final

from selfefficacy.attribution import Attribution
from selfefficacy.attribution.labels import Control, Impact, Outcome
from selfefficacy.checkin import review_outcome
from selfefficacy.evidence import (
    LI_BATES_2019,
    MACNAMARA_BURGOYNE_2023,
    MUELLER_DWECK_1998,
    PERRY_2010,
    SCHUNK_1983,
    WEINER_1985,
    Evidence,
    EvidenceGrade,
)
from selfefficacy.flow import Answer, Command, Context, Practice, PracticeResult, PracticeSteps
from selfefficacy.practices._common import subgoal_due
from selfefficacy.sources import Source

ID: Final = "effort-attribution"
VERSION: Final = 1
TITLE: Final = "Attribute outcomes to effort and strategy"
SUMMARY: Final = (
    "Look at how you explain a setback or a success, and swap a fixed explanation such "
    "as 'I'm just not good at this' for one you can act on, like strategy or preparation."
)
MECHANISM: Final = (
    "Whether a cause seems stable decides how much an outcome changes what you expect "
    "next time. Blaming a failure on ability makes it seem permanent; blaming strategy "
    "or effort keeps the next attempt open, and crediting skill and effort after a "
    "success lets it count."
)
SOURCES: Final[tuple[Source, ...]] = (Source.MASTERY, Source.PERSUASION)
EXERCISE: Final[tuple[str, ...]] = (
    "Describe the setback in a sentence or two.",
    "Write down the first explanation that came to mind.",
    "Ask whether that cause is about you or the situation, whether it will last, "
    "whether you can control it, and whether it affects everything or just this.",
    "If it is fixed or out of your hands, write an explanation you can act on: your "
    "approach, your preparation, or how you spent your effort.",
    "Choose one thing to change next time.",
    "After your next success, name the skill you used and the effort you put in.",
)
TECHNIQUES: Final[tuple[str, ...]] = ("4.3", "13.2", "15.3")
EVIDENCE: Final = Evidence(
    summary=(
        "Weiner's (1985) theory holds that a cause's stability drives how expectations "
        "change: failure put down to effort or strategy leaves room for hope, failure "
        "put down to low ability breeds hopelessness. Attributional retraining after a "
        "first test helped 457 first-year students, mostly those who had started badly "
        "(Perry et al., 2010). The praise research is disputed: in six studies with "
        "fifth graders, praising effort rather than intelligence led to more persistence "
        "and better performance after failure (Mueller & Dweck, 1998), but a larger "
        "replication (n = 624) found mostly null effects (Li & Bates, 2019), and "
        "growth-mindset interventions show a tiny effect (d = 0.05) that is not "
        "significant after correcting for publication bias (Macnamara & Burgoyne, "
        "2023). Schunk (1983) even found that ability feedback for real progress gave "
        "the highest self-efficacy. So the practice steers toward strategy rather than "
        "a bare 'try harder', and credits specific skill as well as effort."
    ),
    grade=EvidenceGrade.MIXED,
    citations=(
        WEINER_1985,
        PERRY_2010,
        MUELLER_DWECK_1998,
        LI_BATES_2019,
        MACNAMARA_BURGOYNE_2023,
        SCHUNK_1983,
    ),
)

#: The change chosen for next time is reviewed within a week.
DUE_DAYS: Final = 7
#: Controllable alternatives asked for, strategy first (Anderson & Jennings 1980).
REFRAMES: Final = ("reframe-strategy", "reframe-effort")


def _explanation(
    ctx: Context,
) -> Generator[Command, Answer | None, tuple[Outcome, str, Attribution]]:
    checkin = ctx.checkin
    if checkin is not None and checkin.review is not None and checkin.explanation is not None:
        return review_outcome(checkin.review), checkin.explanation_text or "", checkin.explanation
    options = tuple(ctx.option(o.value, f"effort-attribution.outcome.{o.value}") for o in Outcome)
    outcome = Outcome((yield from ctx.choice("outcome", options, goal=ctx.goal)))
    text = yield from ctx.text("explain")
    return outcome, text, ctx.score(text, outcome)


def _say_reading(ctx: Context, attribution: Attribution) -> Generator[Command, Answer | None, None]:
    cause = ctx.render(f"cause.{attribution.cause.value}")
    yield from ctx.say(f"effort-attribution.reads-{attribution.impact.value}", cause=cause)


def _after_failure(
    ctx: Context, attribution: Attribution
) -> Generator[Command, Answer | None, None]:
    """Look for a controllable cause: strategy first, then effort, then let it rest."""
    if attribution.impact is not Impact.UNDERMINING:
        return
    for step in REFRAMES:
        alternative = yield from ctx.text(step)
        if ctx.score(alternative, Outcome.FAILURE).control is Control.CONTROLLABLE:
            yield from ctx.say("effort-attribution.reframed")
            return
    yield from ctx.say("effort-attribution.still-undermining")


def _after_success(
    ctx: Context, text: str, attribution: Attribution
) -> Generator[Command, Answer | None, None]:
    """Credit the person's own skill and effort, asking for them if they gave none."""
    if attribution.impact is not Impact.BUILDING:
        text = yield from ctx.text("own-part")
    yield from ctx.say("effort-attribution.credit", what=text)


def flow(ctx: Context) -> PracticeSteps:
    """Read the explanation, steer failures to controllable causes, credit successes."""
    yield from ctx.say("effort-attribution.intro")
    outcome, text, attribution = yield from _explanation(ctx)
    yield from _say_reading(ctx, attribution)
    if outcome is Outcome.FAILURE:
        yield from _after_failure(ctx, attribution)
    else:
        yield from _after_success(ctx, text, attribution)
    change = yield from ctx.text("change")
    yield from ctx.say("effort-attribution.wrap")
    return PracticeResult(subgoal=subgoal_due(ctx, change, days=DUE_DAYS))


# The fields in Practice's order: the metadata above, then the flow.
PRACTICE: Final = Practice(
    ID, VERSION, TITLE, SUMMARY, MECHANISM, SOURCES, EXERCISE, TECHNIQUES, EVIDENCE, flow
)
