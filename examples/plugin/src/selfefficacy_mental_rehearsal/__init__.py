"""The mental-rehearsal practice (BCT 15.2), published as a selfefficacy plugin."""

from __future__ import annotations

import selfefficacy as se

__all__ = ["PRACTICE"]

_EVIDENCE = se.Evidence(
    summary=(
        "A meta-analysis found that mental practice improves later performance, by less "
        "than physical practice and by less as time passes (Driskell, Copper & Moran, "
        "1994). It measured performance, not self-efficacy."
    ),
    grade=se.EvidenceGrade.MODERATE,
    citations=(
        se.Citation(
            "Driskell, J. E., Copper, C., & Moran, A.",
            1994,
            "Does mental practice enhance performance?",
            "Journal of Applied Psychology, 79, 481-492",
            doi="10.1037/0021-9010.79.4.481",
        ),
    ),
)

_TEXTS = {
    "mental-rehearsal.intro": "Before the real thing, let's run it once in your head.",
    "mental-rehearsal.scene": 'Where will you be just before you start "{goal}"?',
    "mental-rehearsal.walk": "Picture yourself in {scene}, doing each part well, handling "
    "one small hiccup, and finishing.",
    "mental-rehearsal.vividness": "How clear was the picture, from 0 (blurry) to 10 "
    "(like being there)?",
    "mental-rehearsal.cue": "Pick a word that brings the picture back when you need it.",
}


def _flow(ctx: se.Context) -> se.PracticeSteps:
    yield from ctx.say("mental-rehearsal.intro")
    scene = yield from ctx.text("scene", goal=ctx.goal)
    yield from ctx.say("mental-rehearsal.walk", scene=scene)
    yield from ctx.rating("vividness", scale=(0, 10), step_size=1)
    cue = yield from ctx.text("cue")
    return se.PracticeResult(note=f"Cue word before I start: {cue}")


PRACTICE = se.Practice(
    id="mental-rehearsal",
    version=1,
    title="Mental rehearsal of successful performance",
    summary="Imagine carrying out the next step well, one small setback included, "
    "just before doing it for real.",
    mechanism="A vivid rehearsal of doing the task well works as a model of oneself "
    "succeeding, evidence closer to home than watching others.",
    sources=(se.Source.VICARIOUS, se.Source.MASTERY),
    exercise=(
        "Picture the place where you will do the next step.",
        "Run the whole step in your mind from start to finish, going well.",
        "Include one small hiccup and see yourself handle it.",
        "Choose a cue word that brings the picture back just before you start.",
    ),
    techniques=("15.2",),
    evidence=_EVIDENCE,
    flow=_flow,
    texts=_TEXTS,
)
