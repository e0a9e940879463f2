"""A coach in the terminal that remembers you between runs.

    python examples/terminal_coach.py [STATE.json]

Each run is one session. The learner record, and any session left half-way, are kept in
a JSON file (by default ``~/.selfefficacy/terminal-coach.json``), so the next run picks
up where the last one stopped. After a session the script draws your confidence over
all sessions so far as a small text chart.

Without a terminal on stdin (``< /dev/null``, CI) it plays a scripted demo instead:
three sessions, a week apart, stored in a temporary directory.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import textwrap
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import selfefficacy as se
from selfefficacy.testing import default_answer

Answer = int | str
Clock = Callable[[], datetime]
Answerer = Callable[[se.Prompt], Answer]

DEFAULT_STATE = Path.home() / ".selfefficacy" / "terminal-coach.json"


# -- storage: the host's job, not the library's -------------------------------------


def load_state(path: Path) -> tuple[se.Learner | None, se.Session | None]:
    """The stored learner and unfinished session, or (None, None) on the first run."""
    if not path.exists():
        return None, None
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    learner = se.load(raw["learner"], se.Learner)
    session = None if raw["session"] is None else se.load(raw["session"], se.Session)
    return learner, session


def save_state(path: Path, learner: se.Learner, session: se.Session | None) -> None:
    """Write the state atomically, so an interrupted run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "learner": se.dump(learner),
        "session": None if session is None or session.done else se.dump(session),
    }
    scratch = path.with_suffix(".tmp")
    scratch.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(scratch, path)


# -- showing and asking -------------------------------------------------------------


def say(who: str, text: str) -> None:
    print(textwrap.fill(text, width=88, initial_indent=f"{who:>6} | ", subsequent_indent=" " * 9))


def show(turn: se.Turn) -> None:
    for message in turn.messages:
        say("coach", message.text)
    for event in turn.events:
        if isinstance(event, se.SubgoalSet):
            say("*", f"(a real app would schedule a reminder for {event.due:%A %d %B})")
        elif isinstance(event, se.SafetyConcern):
            say("*", "(a real app would now show local crisis resources and alert a person)")
    if turn.prompt is not None:
        say("coach", turn.prompt.text)
        for number, option in enumerate(turn.prompt.options, start=1):
            say("", f"{number}. {option.label}")


def ask_terminal(prompt: se.Prompt) -> Answer:
    """Read one answer from the keyboard, in the form the prompt expects."""
    raw = input("   you > ").strip()
    if prompt.kind is se.PromptKind.RATING:
        return int(raw) if raw.lstrip("-").isdigit() else raw
    if prompt.kind is se.PromptKind.CHOICE and raw.isdigit():
        index = int(raw) - 1
        if 0 <= index < len(prompt.options):
            return prompt.options[index].id
    return raw


def scripted(answers: Mapping[str, Answer]) -> Answerer:
    """An answerer that looks answers up by prompt id and echoes them."""

    def answer(prompt: se.Prompt) -> Answer:
        value = answers.get(prompt.id, default_answer(prompt))
        say("you", str(value))
        return value

    return answer


# -- one session --------------------------------------------------------------------


def run_session(
    coach: se.Coach, path: Path, learner_id: str, answerer: Answerer, clock: Clock
) -> se.Learner:
    """Run (or resume) one session, saving after every answer; return the new record."""
    learner, session = load_state(path)
    learner = learner or se.Learner.new(learner_id)
    if session is not None and session.prompt is not None:
        say("coach", "Welcome back; let's carry on where we stopped.")
        say("coach", session.prompt.text)
        turn = None
    else:
        turn = coach.start(learner, at=clock())
        session = turn.session
        show(turn)
    save_state(path, learner, session)
    while turn is None or not turn.done:
        assert session.prompt is not None
        try:
            turn = coach.respond(session, answerer(session.prompt), at=clock())
        except se.InvalidAnswer as problem:
            # The session we hold is still valid: say what was wrong and ask again.
            say("coach", f"Sorry, I could not use that answer ({problem}).")
            continue
        session = turn.session
        save_state(path, turn.learner, session)
        show(turn)
    return turn.learner


def confidence_chart(learner: se.Learner) -> str:
    """Confidence at check-in (``-``) and at close (``#``) of each recorded session."""
    lines = ["confidence per session (0-100); '-' at check-in, '#' at close"]
    for record in learner.history:
        before = record.confidence_before or 0
        after = record.confidence_after or 0
        lines.append(f"  session {record.session:>2} before {'-' * (before // 5):<20} {before:>3}")
        lines.append(f"{'':>13}after  {'#' * (after // 5):<20} {after:>3}  {record.practice_id}")
    if learner.confidence_trend:
        bars = "".join(" ▁▂▃▄▅▆▇█"[value * 8 // 100] for value in learner.confidence_trend)
        lines.append(f"  closing confidence, last {len(learner.confidence_trend)} sessions: {bars}")
    return "\n".join(lines)


# -- the scripted demo --------------------------------------------------------------

DEMO_SESSIONS: tuple[dict[str, Answer], ...] = (
    {
        "checkin.goal": "Run 5 km without stopping",
        "checkin.confidence": 30,
        "checkin.activation": 4,
        "proximal-subgoals.steps": (
            "Walk-run for 20 minutes; Run 1 km without stopping; Run 2 km; Run 3 km; Run 5 km"
        ),
        "proximal-subgoals.confidence-1": 90,
        "proximal-subgoals.confidence-2": 70,
        "proximal-subgoals.confidence-3": 50,
        "proximal-subgoals.confidence-4": 40,
        "proximal-subgoals.confidence-5": 20,
        "proximal-subgoals.when-where": "Saturday at 8am, in the park by my flat",
        "close.confidence": 50,
    },
    {
        "checkin.review": "done",
        "checkin.explain": "I kept a slow pace and planned the route in advance",
        "checkin.confidence": 50,
        "checkin.activation": 8,
        "reinterpret-signals.activation": 8,
        "reinterpret-signals.signals": "a tight chest and a fast heartbeat",
        "reinterpret-signals.tried": "said-it",
        "reinterpret-signals.readiness": 7,
        "close.confidence": 60,
    },
    {
        "checkin.confidence": 60,
        "checkin.activation": 3,
        "build-mastery.confidence": 70,
        "build-mastery.when-where": "Wednesday after work, the same park loop",
        "close.confidence": 70,
    },
)


def minute_ticks(start: datetime) -> Clock:
    """A clock for the demo: each reading is one minute after the previous one."""
    ticks = iter(start + timedelta(minutes=m) for m in range(10_000))
    return lambda: next(ticks)


def demo() -> None:
    coach = se.Coach()
    start = datetime(2026, 1, 5, 18, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "learner.json"
        learner: se.Learner | None = None
        for week, answers in enumerate(DEMO_SESSIONS):
            clock = minute_ticks(start + timedelta(weeks=week))
            print(f"\n=== session {week + 1} (state in {path.name}) ===")
            learner = run_session(coach, path, "demo-runner", scripted(answers), clock)
        assert learner is not None
        print()
        print(confidence_chart(learner))


def main(argv: list[str]) -> int:
    if not sys.stdin.isatty():
        demo()
        return 0
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_STATE
    print(f"(your record is kept in {path}; Ctrl-D to stop, run again to resume)\n")
    try:
        learner = run_session(
            se.Coach(), path, "terminal-user", ask_terminal, lambda: datetime.now(UTC)
        )
    except (EOFError, KeyboardInterrupt):
        print("\nStopped; your progress is saved.")
        return 0
    print()
    print(confidence_chart(learner))
    print(
        "\nThis is a coaching demo, not a clinical tool. If you are struggling, please "
        "talk to someone you trust or a local support line."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
