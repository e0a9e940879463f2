"""Proximal, attainable subgoals: turn a distant goal into near steps you can tick off.

Primary source: mastery. A near subgoal gives a clear standard and soon a success
against it, so progress arrives often enough to count as first-hand evidence of
capability; a distant goal alone gives no such signal for a long time.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from typing import Final

from selfefficacy.evidence import (
    BANDURA_SCHUNK_1981,
    EPTON_2017,
    Evidence,
    EvidenceGrade,
)
from selfefficacy.flow import Answer, Command, Context, Practice, PracticeResult, PracticeSteps
from selfefficacy.learner import Rung
from selfefficacy.practices._common import ladder_with, subgoal_due
from selfefficacy.sources import Source

ID: Final = "proximal-subgoals"
VERSION: Final = 1
TITLE: Final = "Proximal, attainable subgoals"
SUMMARY: Final = (
    "Split a distant goal into small steps that each fit in one sitting, and commit to "
    "the next one with a concrete when and where."
)
MECHANISM: Final = (
    "Near goals give frequent, unambiguous successes and a clear standard to judge "
    "progress against, and each one ticked off is mastery evidence. A goal that is "
    "far away offers little feedback until it is reached."
)
SOURCES: Final[tuple[Source, ...]] = (Source.MASTERY,)
EXERCISE: Final[tuple[str, ...]] = (
    "Write down the bigger goal you are working towards.",
    "List three to six small steps towards it, each doable in one session.",
    "Rate from 0 to 100 how sure you are that you can do each step.",
    "Choose the next step and make an if-then plan: when and where you will do it.",
    "Tick the step off once it is done.",
    "Once a week, look back over the steps and adjust the next ones.",
)
TECHNIQUES: Final[tuple[str, ...]] = ("1.1", "1.3", "1.4", "1.5")
EVIDENCE: Final = Evidence(
    summary=(
        "In a study of 40 children who struggled with arithmetic, those who set "
        "proximal subgoals progressed quickly, reached mastery, and ended with higher "
        "and better-calibrated self-efficacy and more interest in the subject, whereas "
        "distal goals alone had no detectable effect (Bandura & Schunk, 1981). A "
        "meta-analysis of 384 effects found goal setting changed behaviour by d = .34, "
        "more for difficult, public and group goals (Epton, Currie & Armitage, 2017); "
        "it covers goal setting broadly, not near subgoals specifically. The direct "
        "evidence for subgoals is one small study with children."
    ),
    grade=EvidenceGrade.MODERATE,
    citations=(BANDURA_SCHUNK_1981, EPTON_2017),
)

MIN_STEPS: Final = 3
MAX_STEPS: Final = 6
#: The smallest step rated at least this is chosen: attainable, still a stretch.
ATTAINABLE_FROM: Final = 70
#: Proximal means this week.
DUE_DAYS: Final = 7
MAX_RETRIES: Final = 2

_SEPARATORS = re.compile(r"[\n;]+")
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s*")


def parse_steps(text: str) -> tuple[str, ...]:
    """Split a list of steps written one per line, or separated by semicolons or commas."""
    parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) == 1:
        parts = [p for p in parts[0].split(",") if p.strip()]
    steps = (_BULLET.sub("", p).strip() for p in parts)
    return tuple(s for s in steps if s)


def _list_steps(ctx: Context) -> Generator[Command, Answer | None, tuple[str, ...]]:
    steps = parse_steps((yield from ctx.text("steps", goal=ctx.goal)))
    for _ in range(MAX_RETRIES):
        if MIN_STEPS <= len(steps) <= MAX_STEPS:
            break
        steps = parse_steps((yield from ctx.text("steps-again", count=len(steps))))
    return steps[:MAX_STEPS] or (ctx.goal or "a first small step",)


def _rate_each(
    ctx: Context, steps: tuple[str, ...]
) -> Generator[Command, Answer | None, tuple[Rung, ...]]:
    rungs = []
    for number, step in enumerate(steps, start=1):
        rating = yield from ctx.rating(
            f"confidence-{number}", message="proximal-subgoals.confidence", step=step
        )
        rungs.append(Rung(text=step, confidence=rating))
    return tuple(rungs)


def _choose(ladder: tuple[Rung, ...]) -> int | None:
    for index, rung in enumerate(ladder):
        if rung.confidence is not None and rung.confidence >= ATTAINABLE_FROM:
            return index
    return None


def flow(ctx: Context) -> PracticeSteps:
    """List 3-6 steps, rate each, take the smallest rated 70+, plan when and where."""
    yield from ctx.say("proximal-subgoals.intro")
    ladder = yield from _rate_each(ctx, (yield from _list_steps(ctx)))
    index = _choose(ladder)
    for _ in range(MAX_RETRIES):
        if index is not None:
            break
        smaller = yield from ctx.text("smaller")
        rating = yield from ctx.rating(
            "confidence-smaller", message="proximal-subgoals.confidence", step=smaller
        )
        ladder = ladder_with(ladder, 0, Rung(text=smaller, confidence=rating), insert=True)
        index = _choose(ladder)
    chosen = 0 if index is None else index
    step = ladder[chosen]
    yield from ctx.say("proximal-subgoals.chosen", step=step.text)
    plan = yield from ctx.text("when-where", step=step.text)
    yield from ctx.say("proximal-subgoals.wrap")
    subgoal = subgoal_due(
        ctx, step.text, days=DUE_DAYS, confidence=step.confidence, rung=chosen, plan=plan
    )
    return PracticeResult(ladder=ladder, subgoal=subgoal)


# The fields in Practice's order: the metadata above, then the flow.
PRACTICE: Final = Practice(
    ID, VERSION, TITLE, SUMMARY, MECHANISM, SOURCES, EXERCISE, TECHNIQUES, EVIDENCE, flow
)
