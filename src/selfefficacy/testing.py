"""Helpers for testing code that embeds selfefficacy, and for practice authors.

``ScriptedDriver`` walks whole sessions with answers given by prompt id (and
defaults by prompt kind), optionally sending the session through JSON at every turn.
``assert_practice_conforms`` checks a custom practice the way the built-ins are
checked: it registers, runs to the end, resumes from JSON at every turn with the same
result, and names its prompts ``"<practice-id>.<step>"``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta

import attrs

from selfefficacy.engine import Coach
from selfefficacy.events import Event, SessionCompleted
from selfefficacy.flow import Answer, Practice
from selfefficacy.learner import Learner
from selfefficacy.planner import FixedPlanner
from selfefficacy.prompts import Message, Prompt, PromptKind
from selfefficacy.registry import Registry, default_registry
from selfefficacy.serialization import dump, load
from selfefficacy.session import MAX_ANSWERS, Session, Turn

__all__ = ["ScriptedDriver", "SessionRun", "assert_practice_conforms", "default_answer"]

#: A scripted answer: a value, a list used in order, or a function of the prompt.
Script = Answer | Sequence[Answer] | Callable[[Prompt], Answer]

DEFAULT_TEXT = "I practised a little every day and changed my approach"


def default_answer(prompt: Prompt) -> Answer:
    """A moderate answer for any prompt: 70 on a 0-100 scale and 4 on a 0-10 one (so a
    default person is confident and calm), the first option, or a sentence of text.
    """
    if prompt.kind is PromptKind.RATING:
        low, high = prompt.scale or (0, 100)
        share = 7 if high - low > 10 else 4
        value = low + (high - low) * share // 10
        return value - (value - low) % prompt.step
    if prompt.kind is PromptKind.CHOICE:
        return prompt.options[0].id
    return DEFAULT_TEXT


def through_json(session: Session) -> Session:
    """The session after a trip through JSON text, as a host storing it would see it."""
    return load(json.loads(json.dumps(dump(session), allow_nan=False)), Session)


@attrs.frozen
class SessionRun:
    """Everything one scripted session produced."""

    turns: tuple[Turn, ...]

    @property
    def last(self) -> Turn:
        """The final turn."""
        return self.turns[-1]

    @property
    def learner(self) -> Learner:
        """The learner record after the session."""
        return self.last.learner

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        """Every prompt asked, in order."""
        return tuple(t.prompt for t in self.turns if t.prompt is not None)

    @property
    def prompt_ids(self) -> tuple[str, ...]:
        """The ids of every prompt asked, in order."""
        return tuple(p.id for p in self.prompts)

    @property
    def messages(self) -> tuple[Message, ...]:
        """Every message said, in order."""
        return tuple(m for t in self.turns for m in t.messages)

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event emitted, in order."""
        return tuple(e for t in self.turns for e in t.events)

    def events_of(self, kind: type[Event]) -> tuple[Event, ...]:
        """The events of one class."""
        return tuple(e for e in self.events if isinstance(e, kind))


class ScriptedDriver:
    """Walks sessions of a coach with scripted answers; a test helper.

    ``answers`` maps prompt ids to a value, a list of values used in order (for a
    prompt asked more than once), or a function of the prompt; ``defaults`` maps
    prompt kinds ("rating", "choice", "text") to the same, for prompts ``answers``
    does not name; anything else gets ``default_answer``. Each answer comes ``step``
    after the previous one. With ``json_roundtrip`` the session goes through JSON text
    before every answer.
    """

    def __init__(
        self,
        coach: Coach,
        *,
        answers: Mapping[str, Script] | None = None,
        defaults: Mapping[str, Script] | None = None,
        step: timedelta = timedelta(minutes=1),
        json_roundtrip: bool = True,
    ) -> None:
        self.coach = coach
        self.answers = dict(answers or {})
        self.defaults = {PromptKind(kind): script for kind, script in (defaults or {}).items()}
        self.step = step
        self.json_roundtrip = json_roundtrip

    def run(self, learner: Learner, *, at: datetime) -> SessionRun:
        """Run one whole session starting at ``at``."""
        used: dict[str, int] = {}
        turns = [self.coach.start(learner, at=at)]
        while not turns[-1].done:
            if len(turns) > MAX_ANSWERS + 1:
                raise AssertionError(f"session did not end within {MAX_ANSWERS} answers")
            turn = turns[-1]
            assert turn.prompt is not None
            session = through_json(turn.session) if self.json_roundtrip else turn.session
            at += self.step
            answer = self._answer(turn.prompt, used)
            turns.append(self.coach.respond(session, answer, at=at))
        return SessionRun(tuple(turns))

    def run_many(
        self, learner: Learner, *, at: datetime, sessions: int, every: timedelta
    ) -> list[SessionRun]:
        """Run ``sessions`` sessions in a row, ``every`` apart, carrying the record forward."""
        runs = []
        for number in range(sessions):
            run = self.run(learner, at=at + number * every)
            learner = load(json.loads(json.dumps(dump(run.learner))), Learner)
            runs.append(run)
        return runs

    def _answer(self, prompt: Prompt, used: dict[str, int]) -> Answer:
        if prompt.id in self.answers:
            return _scripted(self.answers[prompt.id], prompt, used, prompt.id)
        if prompt.kind in self.defaults:
            return _scripted(self.defaults[prompt.kind], prompt, used, prompt.kind.value)
        return default_answer(prompt)


def _scripted(script: Script, prompt: Prompt, used: dict[str, int], key: str) -> Answer:
    if callable(script):
        return script(prompt)
    if isinstance(script, (int, str)):
        return script
    index = used.get(key, 0)
    used[key] = index + 1
    return script[min(index, len(script) - 1)]


def assert_practice_conforms(
    practice: Practice,
    *,
    answers: Mapping[str, Script] | None = None,
    registry: Registry | None = None,
    at: datetime | None = None,
) -> SessionRun:
    """Check a practice: it registers, completes, replays from JSON identically, and
    names its prompts ``"<practice-id>.<step>"``. Raises ``AssertionError`` (or the
    registration error) naming what failed; returns the run for further checks.
    """
    base = default_registry() if registry is None else registry
    registry = base if practice.id in base else base.register(practice)
    coach = Coach(registry=registry, planner=FixedPlanner(practice.id))
    start = at or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    learner = Learner.new("conformance", goal="Check the practice end to end")
    direct = ScriptedDriver(coach, answers=answers, json_roundtrip=False).run(learner, at=start)
    resumed = ScriptedDriver(coach, answers=answers, json_roundtrip=True).run(learner, at=start)
    if direct.turns != resumed.turns:
        raise AssertionError(f"practice {practice.id!r} gives other turns after a JSON round trip")
    own = [p for p in direct.prompts if p.practice_id == practice.id]
    if not own:
        raise AssertionError(f"practice {practice.id!r} asked nothing")
    misnamed = [p.id for p in own if not p.id.startswith(practice.id + ".")]
    if misnamed:
        raise AssertionError(f"practice {practice.id!r} prompt ids {misnamed} lack its prefix")
    completed = direct.events_of(SessionCompleted)
    if len(completed) != 1:
        raise AssertionError(f"expected one SessionCompleted, got {len(completed)}")
    return direct
