"""The sans-I/O coaching engine: ``Coach.start`` and ``Coach.respond``.

Like h11 for HTTP, the engine never touches the outside world: the host passes in
the person's answer and the time, and gets back a ``Turn`` to show and store. A
``Coach`` holds configuration and no state; a ``Session`` holds state and no
behaviour. The whole session (check-in, planning, the practice, close) is one
generator flow; a session stores only its answers and resumes by replaying them.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Mapping
from datetime import datetime
from typing import TypeVar

import attrs

from selfefficacy.attribution import AttributionScorer, LexiconScorer
from selfefficacy.checkin import checkin_flow, close_flow, explanation_of
from selfefficacy.errors import InvalidAnswer, ReplayMismatchError
from selfefficacy.events import (
    Event,
    PracticeChosen,
    SafetyConcern,
    SessionCompleted,
    SessionSummary,
    SubgoalSet,
)
from selfefficacy.flow import (
    Answer,
    Ask,
    CheckIn,
    Command,
    Context,
    Emit,
    Practice,
    PracticeResult,
    Say,
    _Clock,
)
from selfefficacy.learner import Learner, SessionRecord
from selfefficacy.limits import MAX_ANSWER_CHARS, capped
from selfefficacy.models import ModelStory
from selfefficacy.planner import Decision, Planner, RulePlanner
from selfefficacy.prompts import Message, Prompt, PromptKind
from selfefficacy.registry import Registry, default_registry
from selfefficacy.safety import SafetyScreen, ScreenResult, default_screen
from selfefficacy.session import MAX_ANSWERS, AnswerRecord, Session, Turn
from selfefficacy.texts import Texts

__all__ = ["Coach", "validate_answer"]

_T = TypeVar("_T")


def _check_time(at: object) -> datetime:
    if not isinstance(at, datetime):
        raise TypeError(f"at must be a timezone-aware datetime, got {type(at).__name__}")
    if at.utcoffset() is None:
        raise TypeError(f"at must be timezone-aware, got naive {at.isoformat()}")
    return at


def validate_answer(prompt: Prompt, answer: object) -> Answer:
    """Return the answer if it fits the prompt; otherwise raise ``InvalidAnswer``."""
    if prompt.kind is PromptKind.RATING:
        return _valid_rating(prompt, answer)
    if prompt.kind is PromptKind.CHOICE:
        ids = tuple(option.id for option in prompt.options)
        if type(answer) is not str or answer not in ids:
            raise InvalidAnswer(
                f"prompt {prompt.id!r} expects one of the option ids {ids!r}, got {answer!r}"
            )
        return answer
    if type(answer) is not str:
        raise InvalidAnswer(f"prompt {prompt.id!r} expects text (a str), got {_kind(answer)}")
    if not 1 <= len(answer) <= MAX_ANSWER_CHARS or not answer.strip():
        raise InvalidAnswer(
            f"prompt {prompt.id!r} expects text of 1 to {MAX_ANSWER_CHARS} characters, not blank; "
            f"got {len(answer)} characters"
        )
    return answer


def _valid_rating(prompt: Prompt, answer: object) -> int:
    low, high = prompt.scale or (0, 100)
    if type(answer) is not int:
        raise InvalidAnswer(
            f"prompt {prompt.id!r} expects an int rating from {low} to {high}, got {_kind(answer)}"
        )
    if not low <= answer <= high:
        raise InvalidAnswer(
            f"prompt {prompt.id!r} expects an int from {low} to {high}, got {answer}"
        )
    return answer


def _kind(value: object) -> str:
    return f"{type(value).__name__} {value!r}"[:120]


@attrs.frozen
class _Ending:
    """How the session flow ended, for building the learner update."""

    checkin: CheckIn
    learner: Learner
    decision: Decision
    result: PracticeResult
    confidence_after: int


class _Replay:
    """One pass through a session's flow, feeding it the stored answers."""

    def __init__(self, coach: Coach, session: Session) -> None:
        self.coach = coach
        self.session = session
        self.clock = _Clock(session.started_at)
        self.decision = session.decision
        self.practice_version = session.practice_version
        self.outbox: list[Message | Event] = []
        self.generator = coach._session_flow(self)

    def context(
        self, namespace: str, learner: Learner, checkin: CheckIn | None, practice_id: str | None
    ) -> Context:
        return Context(
            namespace=namespace,
            practice_id=practice_id,
            learner=learner,
            checkin=checkin,
            session=self.session.number,
            texts=self.coach.texts,
            scorer=self.coach.scorer,
            models=self.coach.models,
            clock=self.clock,
        )

    def run(self, answer: Answer | None) -> Ask | _Ending:
        """Run the flow until it asks (returning the Ask) or ends (returning the ending)."""
        try:
            command = self.generator.send(answer)
            while not isinstance(command, Ask):
                self.outbox.append(command.message if isinstance(command, Say) else command.event)
                command = self.generator.send(None)
        except StopIteration as stop:
            ending: _Ending = stop.value
            return ending
        return command

    def replay(self) -> Ask | _Ending:
        """Feed every stored answer, checking each lands on the prompt it was given to."""
        step = self.run(None)
        for record in self.session.answers:
            if not isinstance(step, Ask) or step.prompt.id != record.prompt_id:
                found = step.prompt.id if isinstance(step, Ask) else "the end of the session"
                raise ReplayMismatchError(
                    f"session {self.session.number} of learner {self.session.learner.id!r} no "
                    f"longer replays: answer for {record.prompt_id!r} met {found!r}; the code "
                    "of its practice changed since the session was stored"
                )
            try:
                value = validate_answer(step.prompt, record.value)
            except InvalidAnswer as exc:
                raise ReplayMismatchError(
                    f"session {self.session.number} holds a stored answer that does not fit "
                    f"its prompt: {exc}"
                ) from None
            self.clock.at = record.at
            self.outbox.clear()
            step = self.run(value)
        return step


class Coach:
    """The coaching engine's configuration; ``start`` and ``respond`` are pure.

    Every argument is optional: ``registry`` (practices), ``planner``, ``scorer``
    (reads explanations), ``safety`` (screens free text), ``texts`` (message id to
    template overrides, checked now), ``models`` (stories for learn-from-models).
    """

    def __init__(
        self,
        *,
        registry: Registry | None = None,
        planner: Planner | None = None,
        scorer: AttributionScorer | None = None,
        safety: SafetyScreen | None = None,
        texts: Mapping[str, str] | None = None,
        models: Iterable[ModelStory] = (),
    ) -> None:
        self.registry = default_registry() if registry is None else _typed(registry, Registry)
        self.planner: Planner = RulePlanner() if planner is None else planner
        self.scorer: AttributionScorer = LexiconScorer() if scorer is None else scorer
        self.safety: SafetyScreen = default_screen() if safety is None else safety
        self.models = tuple(_typed(m, ModelStory) for m in models)
        practice_texts = (self.registry.get(pid).texts for pid in self.registry.ids())
        self.texts = Texts(texts, extra_defaults=practice_texts)

    def start(self, learner: Learner, *, at: datetime) -> Turn:
        """Begin a new session for ``learner`` at time ``at`` (timezone-aware)."""
        _typed(learner, Learner)
        at = _check_time(at)
        session = Session(learner=learner, number=capped(learner.sessions + 1), started_at=at)
        replay = _Replay(self, session)
        return self._turn(replay, replay.run(None))

    def respond(self, session: Session, answer: object, *, at: datetime) -> Turn:
        """Answer the prompt awaiting in ``session``; returns the next ``Turn``.

        A rejected answer raises ``InvalidAnswer`` and changes nothing; the
        ``session`` passed in stays valid.
        """
        _typed(session, Session)
        at = _check_time(at)
        if session.done:
            raise InvalidAnswer(f"session {session.number} is over; start a new one")
        replay = _Replay(self, session)
        step = replay.replay()
        if (
            not isinstance(step, Ask)
            or session.prompt is None
            or step.prompt.id != session.prompt.id
        ):
            raise ReplayMismatchError(
                f"session {session.number} awaits {getattr(session.prompt, 'id', None)!r} but "
                "replaying its answers did not arrive there"
            )
        value = validate_answer(step.prompt, answer)
        if len(session.answers) >= MAX_ANSWERS:
            raise InvalidAnswer(f"session {session.number} has reached {MAX_ANSWERS} answers")
        if step.prompt.kind is PromptKind.TEXT:
            screened = self.safety.screen(str(value))
            if screened.risk:
                return self._safety_turn(session, screened, at)
        replay.clock.at = at
        replay.outbox.clear()
        replay.session = attrs.evolve(
            session,
            answers=(*session.answers, AnswerRecord(prompt_id=step.prompt.id, value=value, at=at)),
        )
        return self._turn(replay, replay.run(value))

    def _turn(self, replay: _Replay, step: Ask | _Ending) -> Turn:
        session = attrs.evolve(
            replay.session, decision=replay.decision, practice_version=replay.practice_version
        )
        if isinstance(step, Ask):
            session = attrs.evolve(session, prompt=step.prompt)
            return self._package(session, replay.outbox, step.prompt, session.learner)
        learner, summary = self._finish(session, step, replay.clock.at)
        replay.outbox.append(SessionCompleted(summary))
        replay.outbox.extend(self._closing_messages(summary))
        done = attrs.evolve(session, prompt=None, done=True, ended="completed")
        return self._package(done, replay.outbox, None, learner)

    @staticmethod
    def _package(
        session: Session, outbox: list[Message | Event], prompt: Prompt | None, learner: Learner
    ) -> Turn:
        messages = tuple(item for item in outbox if isinstance(item, Message))
        events = tuple(item for item in outbox if not isinstance(item, Message))
        return Turn(
            session=session, prompt=prompt, messages=messages, events=events, learner=learner
        )

    def _closing_messages(self, summary: SessionSummary) -> list[Message]:
        texts = self.texts
        lines: list[tuple[str, dict[str, object]]] = [
            (
                "close.summary",
                {"before": summary.confidence_before, "after": summary.confidence_after},
            )
        ]
        if summary.subgoal is not None:
            # ISO dates: strftime names depend on the process locale, outputs must not.
            due = summary.subgoal.due.date().isoformat()
            lines.append(("close.summary-subgoal", {"subgoal": summary.subgoal.text, "due": due}))
        lines.append(("close.goodbye", {}))
        return [Message(id=mid, text=texts.render(mid, params)) for mid, params in lines]

    def _finish(
        self, session: Session, ending: _Ending, at: datetime
    ) -> tuple[Learner, SessionSummary]:
        checkin = ending.checkin
        record = SessionRecord(
            session=session.number,
            at=session.started_at,
            practice_id=ending.decision.practice_id,
            confidence_before=checkin.confidence,
            confidence_after=ending.confidence_after,
            activation=checkin.activation,
        )
        result = ending.result
        learner = ending.learner.with_session(
            record, ladder=result.ladder, subgoal=result.subgoal, note=result.note
        )
        summary = SessionSummary(
            session=session.number,
            started_at=session.started_at,
            ended_at=at,
            ended="completed",
            practice_id=ending.decision.practice_id,
            confidence_before=checkin.confidence,
            confidence_after=ending.confidence_after,
            activation=checkin.activation,
            review=checkin.review,
            attribution=None
            if checkin.explanation is None
            else explanation_of(checkin.explanation),
            subgoal=result.subgoal,
        )
        return learner, summary

    def _safety_turn(self, session: Session, screened: ScreenResult, at: datetime) -> Turn:
        message = Message(id="safety.message", text=self.texts.render("safety.message", {}))
        concern = SafetyConcern(kind=screened.kind, cues=tuple(screened.cues))
        record = SessionRecord(
            session=session.number, at=session.started_at, practice_id=None, ended="safety"
        )
        learner = session.learner.with_session(record)
        summary = SessionSummary(
            session=session.number,
            started_at=session.started_at,
            ended_at=at,
            ended="safety",
            practice_id=None if session.decision is None else session.decision.practice_id,
        )
        done = attrs.evolve(session, prompt=None, done=True, ended="safety")
        return Turn(
            session=done,
            prompt=None,
            messages=(message,),
            events=(concern, SessionCompleted(summary)),
            learner=learner,
        )

    def _session_flow(self, replay: _Replay) -> Generator[Command, Answer | None, _Ending]:
        start = replay.session.learner
        checkin, learner = yield from checkin_flow(replay.context("checkin", start, None, None))
        decision = self._decide(replay, learner, checkin)
        practice = self._practice_for(replay, decision)
        yield Emit(PracticeChosen(decision.practice_id, decision.reasons, dict(decision.tailoring)))
        yield from self._say_why(practice, decision)
        ctx = replay.context(practice.id, learner, checkin, practice.id)
        result = yield from practice.flow(ctx)
        if not isinstance(result, PracticeResult):
            raise TypeError(f"practice {practice.id!r} returned {result!r}, not a PracticeResult")
        if result.subgoal is not None:
            yield Emit(SubgoalSet(text=result.subgoal.text, due=result.subgoal.due))
        after = yield from close_flow(replay.context("close", learner, checkin, None))
        return _Ending(checkin, learner, decision, result, after)

    def _decide(self, replay: _Replay, learner: Learner, checkin: CheckIn) -> Decision:
        if replay.decision is not None:
            return replay.decision
        available = self.registry.ids()
        decision = self.planner.choose(
            learner, checkin, available=available, session=replay.session.number
        )
        if decision.practice_id not in available:
            raise TypeError(
                f"planner {type(self.planner).__name__} chose {decision.practice_id!r}, "
                f"which is not registered; registered: {', '.join(available)}"
            )
        replay.decision = decision
        return decision

    def _practice_for(self, replay: _Replay, decision: Decision) -> Practice:
        practice = self.registry.find(decision.practice_id)
        stored = replay.practice_version
        if practice is None or (stored is not None and stored != practice.version):
            have = "missing" if practice is None else f"version {practice.version}"
            raise ReplayMismatchError(
                f"session {replay.session.number} was walking practice {decision.practice_id!r} "
                f"version {stored}, but this coach's registry has it {have}"
            )
        replay.practice_version = practice.version
        return practice

    def _say_why(
        self, practice: Practice, decision: Decision
    ) -> Generator[Command, Answer | None, None]:
        params = {**dict(decision.tailoring), "title": practice.title}
        yield Say(Message(id="plan.chosen", text=self.texts.render("plan.chosen", params)))
        for code in decision.reasons:
            message_id = f"reason.{code}"
            if message_id in self.texts:
                yield Say(Message(id=message_id, text=self.texts.render(message_id, params)))


def _typed(value: object, kind: type[_T]) -> _T:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value
