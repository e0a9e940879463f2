"""Learn from credible models: borrow a strategy from someone like you who managed it.

Works through the vicarious source: a similar person who struggled and then succeeded
suggests that the observer can too, and shows how.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Final

from selfefficacy.evidence import (
    ASHFORD_2010,
    BANDURA_1977,
    SCHUNK_HANSON_1985,
    SCHUNK_HANSON_COX_1987,
    Evidence,
    EvidenceGrade,
)
from selfefficacy.flow import Answer, Command, Context, Practice, PracticeResult, PracticeSteps
from selfefficacy.models import best_story
from selfefficacy.practices._common import subgoal_due
from selfefficacy.sources import Source

ID: Final = "learn-from-models"
VERSION: Final = 1
TITLE: Final = "Learn from credible models"
SUMMARY: Final = (
    "Find someone who started where you are and got there, look at how they coped, "
    "and borrow one of their strategies for your next step."
)
MECHANISM: Final = (
    "Watching a similar person struggle and then succeed suggests that you could do it "
    "too, and their concrete strategies make that success look reachable. The closer "
    "the model is to you, the more their story counts as evidence."
)
SOURCES: Final[tuple[Source, ...]] = (Source.VICARIOUS,)
EXERCISE: Final[tuple[str, ...]] = (
    "Pick someone who started from a place like yours and managed what you want to do.",
    "Read, watch or ask for their story, paying attention to where they struggled.",
    "List the concrete things they did that helped them get past the hard parts.",
    "Choose one of those strategies and build it into your next small step.",
)
TECHNIQUES: Final[tuple[str, ...]] = ("6.1", "6.2", "4.1")
EVIDENCE: Final = Evidence(
    summary=(
        "Bandura (1977) ranks second-hand evidence below one's own successes. "
        "In classroom experiments with children learning arithmetic, watching a peer "
        "model helped more than watching a teacher or no model "
        "(Schunk & Hanson, 1985), and coping models, who make mistakes before "
        "improving, and several models did better than one flawless model (Schunk, "
        "Hanson & Cox, 1987). Across physical-activity interventions, vicarious "
        "experience went with larger self-efficacy gains (Ashford et al., 2010), though "
        "the average change in that review was small (d = 0.16). The experiments were "
        "classroom studies with children; applying them to adults who pick their own models is "
        "an extrapolation."
    ),
    grade=EvidenceGrade.MODERATE,
    citations=(BANDURA_1977, SCHUNK_HANSON_1985, SCHUNK_HANSON_COX_1987, ASHFORD_2010),
)

#: The borrowed strategy is tried within a week.
DUE_DAYS: Final = 7


def _strategies(ctx: Context) -> Generator[Command, Answer | None, str]:
    story = best_story(ctx.models, ctx.learner.traits)
    if story is not None:
        yield from ctx.say("learn-from-models.story", title=story.title, text=story.text)
        return (yield from ctx.text("story-strategy"))
    model = yield from ctx.text("who", goal=ctx.goal)
    return (yield from ctx.text("what-they-did", model=model))


def flow(ctx: Context) -> PracticeSteps:
    """Show the most similar coping story (or ask for the person's own model), then borrow."""
    yield from ctx.say("learn-from-models.intro")
    yield from _strategies(ctx)
    borrowed = yield from ctx.text("borrow")
    confidence = yield from ctx.rating("confidence", step=borrowed)
    yield from ctx.say("learn-from-models.wrap")
    return PracticeResult(subgoal=subgoal_due(ctx, borrowed, days=DUE_DAYS, confidence=confidence))


# The fields in Practice's order: the metadata above, then the flow.
PRACTICE: Final = Practice(
    ID, VERSION, TITLE, SUMMARY, MECHANISM, SOURCES, EXERCISE, TECHNIQUES, EVIDENCE, flow
)
