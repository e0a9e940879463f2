"""A practice of your own: mental rehearsal (BCT 15.2), registered and walked.

The flow is a generator function: each ``yield from ctx.<verb>(...)`` either says
something or asks one question and hands back the answer. The engine stores only the
answers, so the flow must decide everything from its answers and its context.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import selfefficacy as se
from selfefficacy.testing import ScriptedDriver, assert_practice_conforms

DRISKELL_1994 = se.Citation(
    "Driskell, J. E., Copper, C., & Moran, A.",
    1994,
    "Does mental practice enhance performance?",
    "Journal of Applied Psychology, 79, 481-492",
    doi="10.1037/0021-9010.79.4.481",
)

TEXTS = {
    "mental-rehearsal.intro": "Before the real thing, let's run it once in your head, "
    "from the first moment to the end, going well.",
    "mental-rehearsal.scene": 'Where will you be just before you start "{goal}"? '
    "Describe the place in a few words.",
    "mental-rehearsal.walk": "Close your eyes for a minute. See yourself in {scene}, starting "
    "calmly, doing each part well, meeting one small hiccup and handling it, and finishing.",
    "mental-rehearsal.vividness": "How clear was the picture, from 0 (blurry) to 10 "
    "(like being there)?",
    "mental-rehearsal.again": "Let's run it once more, slowly, adding sounds and how your "
    "body feels while it goes well.",
    "mental-rehearsal.cue": "Pick a word that brings this picture back when you need it.",
    "mental-rehearsal.wrap": 'Use "{cue}" just before you begin, to bring the rehearsal back.',
}


@se.practice(
    id="mental-rehearsal",
    title="Mental rehearsal of successful performance",
    summary="Imagine yourself carrying out the next step successfully, including one "
    "small setback that you handle, just before you do it for real.",
    mechanism="A vivid rehearsal of doing the task well, hiccup included, works as a "
    "model of yourself succeeding, a kind of evidence closer to home than watching others.",
    sources=(se.Source.VICARIOUS, se.Source.MASTERY),
    exercise=(
        "Picture the place where you will do the next step.",
        "Run the whole step in your mind from start to finish, going well.",
        "Include one small hiccup and see yourself handle it.",
        "Rate how vivid it was; if it was faint, run it once more with sounds and feelings.",
        "Choose a cue word that brings the picture back just before you start.",
    ),
    techniques=("15.2",),
    evidence=se.Evidence(
        summary="A meta-analysis found that mental practice improves later performance, "
        "by less than physical practice and by less as time passes (Driskell, Copper & "
        "Moran, 1994). It measured performance, not self-efficacy.",
        grade=se.EvidenceGrade.MODERATE,
        citations=(DRISKELL_1994,),
    ),
    texts=TEXTS,
)
def mental_rehearsal(ctx: se.Context) -> se.PracticeSteps:
    yield from ctx.say("mental-rehearsal.intro")
    scene = yield from ctx.text("scene", goal=ctx.goal)
    yield from ctx.say("mental-rehearsal.walk", scene=scene)
    vividness = yield from ctx.rating("vividness", scale=(0, 10), step_size=1)
    if vividness < 5:
        # A faint picture gets one more, richer run-through: the flow adapts to answers.
        yield from ctx.say("mental-rehearsal.again")
        yield from ctx.rating(
            "vividness-again", message="mental-rehearsal.vividness", scale=(0, 10), step_size=1
        )
    cue = yield from ctx.text("cue")
    yield from ctx.say("mental-rehearsal.wrap", cue=cue)
    return se.PracticeResult(note=f"Cue word before I start: {cue}")


class RehearseWhenUnsure:
    """A planner: mental rehearsal when confidence is middling, otherwise the default rules."""

    def __init__(self) -> None:
        self.rules = se.RulePlanner()

    def choose(
        self, learner: se.Learner, checkin: se.CheckIn, *, available: Sequence[str], session: int
    ) -> se.Decision:
        if "mental-rehearsal" in available and 40 <= checkin.confidence <= 70:
            return se.Decision("mental-rehearsal", reasons=("middling-confidence",))
        return self.rules.choose(learner, checkin, available=available, session=session)


def main() -> None:
    # The same check the built-in practices pass: registers, completes, resumes from JSON.
    assert_practice_conforms(mental_rehearsal, answers={"mental-rehearsal.vividness": 3})
    print(f"{mental_rehearsal.id} v{mental_rehearsal.version} passes assert_practice_conforms")

    registry = se.default_registry().register(mental_rehearsal)
    print("registered practices:", ", ".join(registry.ids()))

    coach = se.Coach(registry=registry, planner=RehearseWhenUnsure())
    learner = se.Learner.new("learner-7", goal="Give the toast at my sister's wedding")
    answers: dict[str, se.Answer] = {
        "checkin.confidence": 50,
        "checkin.activation": 5,
        "mental-rehearsal.scene": "the reception hall, standing by the head table",
        "mental-rehearsal.vividness": 4,
        "mental-rehearsal.vividness-again": 8,
        "mental-rehearsal.cue": "steady",
        "close.confidence": 70,
    }
    start = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)
    run = ScriptedDriver(coach, answers=answers).run(learner, at=start)

    print()
    for turn in run.turns:
        if turn.session.answers and turn is not run.turns[0]:
            print(f"    you: {turn.session.answers[-1].value}")
        for message in turn.messages:
            print(f"  coach: {message.text}")
        if turn.prompt is not None:
            print(f"  coach: {turn.prompt.text}")
    print()
    print("prompts asked:", ", ".join(run.prompt_ids))
    print("note kept:", run.learner.notes[-1].text)


if __name__ == "__main__":
    main()
