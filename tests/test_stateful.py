"""A state machine over many sessions of several learners.

Rules start sessions, answer them with valid answers drawn per prompt kind, send
invalid answers, and send sessions and learner records through JSON text at any turn.
A model kept beside the library checks what must hold throughout: round trips change
nothing, refused answers change nothing, each session completes exactly once, the
session count grows by one per finished session, and what the record keeps (attempt
totals, history, calibration, practice use) is never lost beyond the documented caps.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    precondition,
    rule,
)

import selfefficacy as se
from selfefficacy import learner as learner_module

T0 = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)
TEXTS = (
    "I practised a little every day and changed my approach",
    "I'm just hopeless at this, I never get it right",
    "It was pure luck",
    "Walk 1 km\nRun 2 km\nRun 3 km\nRun 5 km",
    "The task was too hard",
)


def valid_answers(prompt: se.Prompt) -> st.SearchStrategy[int | str]:
    if prompt.kind is se.PromptKind.RATING:
        low, high = prompt.scale or (0, 100)
        return st.sampled_from(range(low, high + 1, prompt.step))
    if prompt.kind is se.PromptKind.CHOICE:
        return st.sampled_from([o.id for o in prompt.options])
    return st.sampled_from(TEXTS) | st.text(
        st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=60
    ).filter(str.strip)


invalid_answers = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(),
    st.integers(min_value=101),
    st.integers(max_value=-1),
    st.sampled_from(["", "   ", "x" * 2001, "not-an-option-id"]),
    st.lists(st.integers(0, 100), max_size=2),
    st.binary(max_size=4),
)


def is_valid(prompt: se.Prompt, answer: object) -> bool:
    """The answer contract, written independently of the engine."""
    if prompt.kind is se.PromptKind.RATING:
        low, high = prompt.scale or (0, 100)
        return type(answer) is int and low <= answer <= high and (answer - low) % prompt.step == 0
    if prompt.kind is se.PromptKind.CHOICE:
        return type(answer) is str and answer in {o.id for o in prompt.options}
    return type(answer) is str and 1 <= len(answer) <= 2000 and answer.strip() != ""


@attrs.define
class Person:
    """The model's view of one learner: the record, and what it must add up to."""

    learner: se.Learner
    finished: int = 0
    completed_with_practice: int = 0
    reviews: int = 0
    done_reviews: int = 0
    calibrated: int = 0


@attrs.define
class Open:
    """An open session: its current turn and the SessionCompleted events seen so far."""

    person: str
    session: se.Session
    completed_events: int = 0


def through_json(value: Any, cls: type[Any]) -> Any:
    return se.load(json.loads(json.dumps(se.dump(value), allow_nan=False)), cls)


class CoachingMachine(RuleBasedStateMachine):
    sessions = Bundle("sessions")

    def __init__(self) -> None:
        super().__init__()
        self.coach = se.Coach()
        self.people: dict[str, Person] = {}
        self.open: dict[str, Open] = {}
        self.now = T0

    def tick(self, minutes: int = 1) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now

    @initialize()
    def make_people(self) -> None:
        self.people = {
            "ana": Person(se.Learner.new("ana")),
            "ben": Person(se.Learner.new("ben", goal="Run 5 km without stopping")),
            "chi": Person(se.Learner.new("chi", goal="Give a talk", traits=("student",))),
        }

    @precondition(lambda self: len(self.open) < len(self.people))
    @rule(target=sessions, data=st.data())
    def start(self, data: st.DataObject) -> str:
        name = data.draw(st.sampled_from(sorted(set(self.people) - set(self.open))))
        learner = self.people[name].learner
        turn = self.coach.start(learner, at=self.tick(60 * 24))
        assert turn.session.number == learner.sessions + 1
        assert turn.learner == learner
        assert not any(isinstance(e, se.SessionCompleted) for e in turn.events)
        self.open[name] = Open(name, turn.session)
        return name

    @rule(name=sessions, data=st.data())
    def answer(self, name: str, data: st.DataObject) -> None:
        if name not in self.open:
            return
        current = self.open[name]
        prompt = current.session.prompt
        assert prompt is not None
        answer = data.draw(valid_answers(prompt))
        turn = self.coach.respond(current.session, answer, at=self.tick())
        completed = [e for e in turn.events if isinstance(e, se.SessionCompleted)]
        current.completed_events += len(completed)
        assert current.completed_events <= 1
        if not turn.done:
            assert turn.prompt is not None
            assert turn.session.prompt == turn.prompt
            current.session = turn.session
            return
        assert current.completed_events == 1, "a finished session emits one SessionCompleted"
        self._finish(name, current.session, turn, completed[0])

    @rule(name=sessions, data=st.data())
    def answer_to_the_end(self, name: str, data: st.DataObject) -> None:
        """Many valid answers in a row, so that sessions finish within a short run."""
        for _ in range(data.draw(st.integers(1, 40))):
            if name not in self.open:
                return
            self.answer(name, data)

    def _finish(
        self, name: str, before: se.Session, turn: se.Turn, event: se.SessionCompleted
    ) -> None:
        person = self.people[name]
        old, new = person.learner, turn.learner
        assert new.sessions == old.sessions + 1
        assert event.summary.session == new.sessions
        assert event.summary.ended in ("completed", "safety")
        assert new.history[-1].session == new.sessions
        review = [a for a in turn.session.answers if a.prompt_id == "checkin.review"]
        if review and event.summary.ended == "completed":
            person.reviews += 1
            person.done_reviews += review[0].value == "done"
            person.calibrated += old.subgoal is not None and old.subgoal.confidence is not None
        if event.summary.ended == "completed" and event.summary.practice_id is not None:
            person.completed_with_practice += 1
        person.finished += 1
        person.learner = new
        del self.open[name]

    @rule(name=sessions, data=st.data())
    def answer_badly(self, name: str, data: st.DataObject) -> None:
        if name not in self.open:
            return
        session = self.open[name].session
        assert session.prompt is not None
        prompt = session.prompt
        answer = data.draw(invalid_answers.filter(lambda a: not is_valid(prompt, a)))
        text = json.dumps(se.dump(session), sort_keys=True)
        with pytest.raises(se.InvalidAnswer):
            self.coach.respond(session, answer, at=self.tick())
        assert json.dumps(se.dump(session), sort_keys=True) == text

    @rule(name=sessions)
    def store_and_resume_session(self, name: str) -> None:
        if name not in self.open:
            return
        session = self.open[name].session
        loaded = through_json(session, se.Session)
        assert loaded == session
        self.open[name].session = loaded

    @rule(name=consumes(sessions))
    def abandon(self, name: str) -> None:
        """The person walks away mid-session; their record is what it was at the start."""
        if name in self.open:
            assert self.open[name].session.learner == self.people[name].learner
            del self.open[name]

    @rule(data=st.data())
    def store_and_reload_learner(self, data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(self.people)))
        learner = self.people[name].learner
        loaded = through_json(learner, se.Learner)
        assert loaded == learner
        self.people[name].learner = loaded

    @invariant()
    def records_add_up(self) -> None:
        for person in self.people.values():
            learner = person.learner
            assert learner.sessions == person.finished
            assert len(learner.history) == min(person.finished, learner_module.RECENT_SESSIONS)
            numbers = [record.session for record in learner.history]
            assert numbers == list(range(learner.sessions - len(numbers) + 1, learner.sessions + 1))
            assert learner.totals.attempts == person.reviews
            assert learner.totals.done == person.done_reviews
            assert len(learner.attempts) == min(person.reviews, learner_module.RECENT_ATTEMPTS)
            assert learner.calibration.n == person.calibrated
            assert sum(s.uses for s in learner.practice_stats) == person.completed_with_practice
            assert len(learner.notes) <= learner_module.RECENT_NOTES
            assert len(learner.ladder) <= learner_module.MAX_LADDER

    @invariant()
    def open_sessions_start_from_the_record(self) -> None:
        for name, current in self.open.items():
            assert current.session.learner == self.people[name].learner
            assert not current.session.done
            assert current.session.prompt is not None


CoachingMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestCoachingMachine = CoachingMachine.TestCase
