"""Reinterpret physiological signals: read pre-task arousal as readiness, not threat.

Works through the physiological source: what shifts is not the racing heart itself
but what the person takes it to mean about their capability.
"""

from __future__ import annotations

from typing import Final

from selfefficacy.evidence import (
    BANDURA_1977,
    BROOKS_2014,
    JAMIESON_2010,
    JAMIESON_2012,
    Evidence,
    EvidenceGrade,
)
from selfefficacy.flow import Context, Practice, PracticeResult, PracticeSteps
from selfefficacy.sources import Source

ID: Final = "reinterpret-signals"
VERSION: Final = 1
TITLE: Final = "Reinterpret physiological signals"
SUMMARY: Final = (
    "Notice what your body does before a demanding task and treat it as your body "
    "getting ready, rather than as a sign that you cannot cope."
)
MECHANISM: Final = (
    "People judge their capability partly from bodily signals such as a fast heartbeat "
    "or shaky hands. Reading that arousal as energy for the task (a challenge) instead "
    "of a threat removes a reason for doubt without asking the body to calm down."
)
SOURCES: Final[tuple[Source, ...]] = (Source.PHYSIOLOGICAL,)
EXERCISE: Final[tuple[str, ...]] = (
    "Notice what your body is doing right now: heart, breathing, stomach, hands.",
    "Name each signal plainly, without judging it.",
    "Tell yourself that this energy is your body getting ready; try saying "
    "'I am excited' instead of 'calm down'.",
    "Start the task while the energy is there.",
    "Afterwards, rate how ready you felt and how the task went.",
)
TECHNIQUES: Final[tuple[str, ...]] = ("13.2", "15.4", "5.4", "11.2")
EVIDENCE: Final = Evidence(
    summary=(
        "Bodily states are the last of Bandura's (1977) four sources, and lab studies "
        "favour reappraising arousal. Students told that arousal can help "
        "performance did better on GRE math practice items and on the real GRE one to "
        "three months later (Jamieson et al., 2010); reappraisal also brought a more "
        "efficient cardiovascular response and less attention bias under stress "
        "(Jamieson, Nock & Mendes, 2012); and saying 'I am excited' beat 'calm down' "
        "for singing, public speaking and math, although most people expect calming "
        "down to work better (Brooks, 2014). The samples are small and mostly lab-based, "
        "and no pooled effect size was found, so the practice is offered as a small "
        "experiment to try rather than a proven fix."
    ),
    grade=EvidenceGrade.LIMITED,
    citations=(BANDURA_1977, JAMIESON_2010, JAMIESON_2012, BROOKS_2014),
)

#: At or under this activation the person is coached to use the reframe later.
CALM_UP_TO: Final = 3


def flow(ctx: Context) -> PracticeSteps:
    """Rate activation, name the signals, reframe them as readiness, rate readiness."""
    yield from ctx.say("reinterpret-signals.intro")
    activation = yield from ctx.rating("activation", scale=(0, 10), step_size=1)
    if activation <= CALM_UP_TO:
        yield from ctx.say("reinterpret-signals.calm-now")
    signals = yield from ctx.text("signals")
    yield from ctx.say("reinterpret-signals.reframe", signals=signals)
    yield from ctx.say("reinterpret-signals.excited")
    options = (
        ctx.option("said-it", "reinterpret-signals.tried.said-it"),
        ctx.option("not-now", "reinterpret-signals.tried.not-now"),
    )
    tried = yield from ctx.choice("tried", options)
    if tried == "not-now":
        yield from ctx.say("reinterpret-signals.try-later")
    yield from ctx.rating("readiness", scale=(0, 10), step_size=1)
    yield from ctx.say("reinterpret-signals.wrap")
    return PracticeResult()


# The fields in Practice's order: the metadata above, then the flow.
PRACTICE: Final = Practice(
    ID, VERSION, TITLE, SUMMARY, MECHANISM, SOURCES, EXERCISE, TECHNIQUES, EVIDENCE, flow
)
