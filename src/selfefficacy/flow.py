"""Writing a practice: its metadata and flow together, and the verbs a flow uses.

(DESIGN sketched this module as ``practice.py``; it is ``flow.py`` because the
package's public ``practice`` is the decorator, and a submodule of the same name
would replace it on the package when first imported.)

A practice's flow is a generator function taking a :class:`Context`. Every verb is
used with ``yield from``: ``ctx.say`` adds a message, ``ctx.rating``, ``ctx.choice``
and ``ctx.text`` ask one question and return the answer, ``ctx.emit`` hands the host
an event. The flow returns a :class:`PracticeResult` saying what to remember::

    def flow(ctx):
        yield from ctx.say("mental-rehearsal.intro")
        vividness = yield from ctx.rating("vividness", scale=(0, 10))
        return PracticeResult()

The engine stores only the answers, never the generator, and resumes a session by
replaying them; a flow must therefore be deterministic in its answers and context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Mapping, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from selfefficacy.evidence import Evidence
from selfefficacy.learner import Learner, ReviewResult, Rung, Subgoal
from selfefficacy.prompts import Message, Option, Prompt, PromptKind
from selfefficacy.sources import Source

if TYPE_CHECKING:
    from selfefficacy.attribution import Attribution, AttributionScorer, Outcome
    from selfefficacy.events import Event
    from selfefficacy.models import ModelStory
    from selfefficacy.texts import Texts

__all__ = [
    "Answer",
    "Ask",
    "CheckIn",
    "Command",
    "Context",
    "Emit",
    "Flow",
    "Practice",
    "PracticeFlow",
    "PracticeResult",
    "PracticeSteps",
    "Say",
]

#: An answer as the engine hands it to a flow: an int for ratings, a str otherwise.
Answer = int | str

PRACTICE_ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_T = TypeVar("_T")


@attrs.frozen
class Ask:
    """A flow command: ask this prompt and send back the answer."""

    prompt: Prompt


@attrs.frozen
class Say:
    """A flow command: say this message before the next prompt."""

    message: Message


@attrs.frozen
class Emit:
    """A flow command: hand the host this event."""

    event: Event


Command = Ask | Say | Emit
#: A flow: yields commands, receives answers (None after Say/Emit), returns a value.
Flow = Generator[Command, Answer | None, Any]


@attrs.frozen
class PracticeResult:
    """What a practice leaves in the learner record when it ends.

    ``ladder`` replaces the ladder, ``subgoal`` becomes the open subgoal (and the
    engine emits ``SubgoalSet``), ``note`` is kept as a note to self.
    """

    ladder: tuple[Rung, ...] | None = None
    subgoal: Subgoal | None = None
    note: str | None = None


@attrs.frozen
class CheckIn:
    """Where the person is now, as the check-in found it."""

    goal: str | None
    confidence: int
    activation: int
    review: ReviewResult | None = None
    explanation_text: str | None = None
    explanation: Attribution | None = None


class _Clock:
    """The time of the answer being handled; the engine moves it, flows read it."""

    def __init__(self, at: datetime) -> None:
        self.at = at


class Context:
    """Everything a flow may read, and the verbs it asks and speaks with."""

    def __init__(
        self,
        *,
        namespace: str,
        practice_id: str | None,
        learner: Learner,
        checkin: CheckIn | None,
        session: int,
        texts: Texts,
        scorer: AttributionScorer,
        models: tuple[ModelStory, ...],
        clock: _Clock,
    ) -> None:
        self.namespace = namespace
        self.practice_id = practice_id
        self.learner = learner
        self.checkin = checkin
        self.session = session
        self.models = models
        self._texts = texts
        self._scorer = scorer
        self._clock = clock

    @property
    def goal(self) -> str:
        """The person's goal as the check-in left it ("" if none is known)."""
        if self.checkin is not None and self.checkin.goal:
            return self.checkin.goal
        return self.learner.goal or ""

    @property
    def now(self) -> datetime:
        """The time the host passed with the answer being handled."""
        return self._clock.at

    def render(self, message_id: str, /, **params: object) -> str:
        """The text of a message id with its placeholders filled."""
        return self._texts.render(message_id, params)

    def score(self, text: str, outcome: Outcome) -> Attribution:
        """Read an explanation with the coach's attribution scorer."""
        return self._scorer.score(text, outcome=outcome)

    def say(self, message_id: str, /, **params: object) -> Generator[Command, Answer | None, None]:
        """Say a message (a message id of the texts table) before the next prompt."""
        yield Say(Message(id=message_id, text=self.render(message_id, **params)))

    def emit(self, event: Event) -> Generator[Command, Answer | None, None]:
        """Hand the host an event."""
        yield Emit(event)

    def rating(
        self,
        step: str,
        /,
        *,
        scale: tuple[int, int] = (0, 100),
        step_size: int = 10,
        message: str | None = None,
        **params: object,
    ) -> Generator[Command, Answer | None, int]:
        """Ask for a rating on ``scale`` in steps of ``step_size``; returns the int."""
        prompt = self._prompt(step, PromptKind.RATING, message, params)
        answer = yield Ask(attrs.evolve(prompt, scale=scale, step=step_size))
        return _expect(answer, int)

    def choice(
        self,
        step: str,
        options: Sequence[Option],
        /,
        *,
        message: str | None = None,
        **params: object,
    ) -> Generator[Command, Answer | None, str]:
        """Ask the person to pick one of ``options``; returns the option id."""
        prompt = self._prompt(step, PromptKind.CHOICE, message, params)
        answer = yield Ask(attrs.evolve(prompt, options=tuple(options)))
        return _expect(answer, str)

    def text(
        self, step: str, /, *, message: str | None = None, **params: object
    ) -> Generator[Command, Answer | None, str]:
        """Ask for free text (1 to 2,000 characters, screened for risk first)."""
        answer = yield Ask(self._prompt(step, PromptKind.TEXT, message, params))
        return _expect(answer, str)

    def option(self, option_id: str, message_id: str | None = None, /, **params: object) -> Option:
        """An option whose label is a message of the texts table."""
        label_id = message_id or f"{self.namespace}.{option_id}"
        return Option(id=option_id, label=self.render(label_id, **params))

    def _prompt(
        self, step: str, kind: PromptKind, message: str | None, params: Mapping[str, object]
    ) -> Prompt:
        prompt_id = f"{self.namespace}.{step}"
        return Prompt(
            id=prompt_id,
            kind=kind,
            text=self.render(message or prompt_id, **params),
            practice_id=self.practice_id,
        )


def _expect(answer: Answer | None, kind: type[_T]) -> _T:
    if type(answer) is not kind:
        raise TypeError(f"expected a {kind.__name__} answer, got {answer!r}")
    return answer


#: What a practice's flow function returns: a generator of commands ending in a result.
PracticeSteps = Generator[Command, Answer | None, PracticeResult]
#: A practice's flow: called with a context, walks the practice, returns its result.
PracticeFlow = Callable[[Context], PracticeSteps]


def _read_only_texts(texts: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(texts))


@attrs.frozen
class Practice:
    """A coaching practice: what it is, why it should work, and how it is walked.

    ``texts`` holds the default wording of a custom practice's own message ids
    (``"<id>.<step>"``); the built-in practices keep theirs in ``selfefficacy.texts``.
    Validation happens when a practice is registered.
    """

    id: str
    version: int
    title: str
    summary: str
    mechanism: str
    sources: tuple[Source, ...]
    exercise: tuple[str, ...]
    techniques: tuple[str, ...]
    evidence: Evidence
    flow: PracticeFlow = attrs.field(eq=False, repr=False)
    texts: Mapping[str, str] = attrs.field(
        factory=dict, converter=_read_only_texts, hash=False, repr=False
    )
