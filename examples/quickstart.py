"""One whole coaching session, scripted, printed as a transcript with its events.

Run it with ``python examples/quickstart.py``. It needs no input: the person's answers
come from the ``ANSWERS`` table below, looked up by the stable id of each prompt. A
real host would show each prompt on a screen and send back what the person typed.
"""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, datetime, timedelta

import selfefficacy as se
from selfefficacy.testing import default_answer

#: What our imaginary person answers, keyed by prompt id.
ANSWERS: dict[str, int | str] = {
    "checkin.goal": "Speak up in the weekly team meeting",
    "checkin.confidence": 30,
    "checkin.activation": 5,
    "proximal-subgoals.steps": (
        "Write down one point before the meeting; Agree out loud with a colleague; "
        "Ask one question; Share one idea of my own"
    ),
    "proximal-subgoals.confidence-1": 90,
    "proximal-subgoals.confidence-2": 80,
    "proximal-subgoals.confidence-3": 60,
    "proximal-subgoals.confidence-4": 40,
    "proximal-subgoals.when-where": "Monday at 9:50, at my desk, ten minutes before the meeting",
    "close.confidence": 50,
}


def say(who: str, text: str) -> None:
    """Print one line of the transcript, wrapped and indented under its speaker."""
    print(textwrap.fill(text, width=88, initial_indent=f"{who:>7} | ", subsequent_indent=" " * 10))


def describe(event: se.Event) -> str:
    """A one-line description of an event, as a host's log might show it."""
    if isinstance(event, se.PracticeChosen):
        return f"PracticeChosen: {event.practice_id} (reasons: {', '.join(event.reasons)})"
    if isinstance(event, se.SubgoalSet):
        return f"SubgoalSet: {event.text!r}, due {event.due:%Y-%m-%d %H:%M %Z}"
    if isinstance(event, se.SafetyConcern):
        return f"SafetyConcern: {event.kind} (cues: {', '.join(event.cues)})"
    summary = event.summary
    return (
        f"SessionCompleted: {summary.ended}; practice {summary.practice_id}; confidence "
        f"{summary.confidence_before} -> {summary.confidence_after}"
    )


def show(turn: se.Turn) -> None:
    """Print what one turn asks the host to show and act on."""
    for message in turn.messages:
        say("coach", message.text)
    for event in turn.events:
        say("event", describe(event))
    if turn.prompt is not None:
        prompt = turn.prompt
        hint = ""
        if prompt.kind is se.PromptKind.CHOICE:
            hint = " [" + " / ".join(option.id for option in prompt.options) + "]"
        say("coach", f"{prompt.text}{hint}")


def main() -> None:
    coach = se.Coach()
    learner = se.Learner.new("learner-42")
    # A real host passes the current time; a fixed one keeps this transcript reproducible.
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    turn = coach.start(learner, at=now)
    show(turn)
    while not turn.done:
        assert turn.prompt is not None
        answer = ANSWERS.get(turn.prompt.id, default_answer(turn.prompt))
        say("person", str(answer))
        # Hosts store the session between answers; a JSON round trip shows that works.
        stored = json.dumps(se.dump(turn.session))
        session = se.load(json.loads(stored), se.Session)
        now += timedelta(minutes=1)
        turn = coach.respond(session, answer, at=now)
        show(turn)

    record = turn.learner
    print()
    print(f"Learner {record.id!r} after {record.sessions} session(s):")
    print(f"  goal:    {record.goal}")
    next_step = record.ladder[0].text if record.ladder else "-"
    print(f"  ladder:  {len(record.ladder)} steps; next: {next_step}")
    if record.subgoal is not None:
        print(f"  subgoal: {record.subgoal.text} (due {record.subgoal.due:%A %d %B})")
    print(f"  stored as {len(json.dumps(se.dump(record)))} bytes of JSON")


if __name__ == "__main__":
    main()
