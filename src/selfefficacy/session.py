"""Session and Turn: the state of a session in progress, and what one step returns.

A ``Session`` is plain data: the learner record it started from, the answers given
so far (each with its prompt id and time), the planner's decision once made, and the
prompt awaiting an answer. The engine resumes it by replaying the answers, so it can
be stored between any two answers and continued by another process.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from selfefficacy.events import Event
from selfefficacy.learner import Learner
from selfefficacy.limits import (
    MAX_ANSWER_CHARS,
    MAX_ID_CHARS,
    MAX_SAFE_INT,
    aware_datetime,
    bounded_text,
    int_in,
    safe_int,
)
from selfefficacy.planner import Decision
from selfefficacy.prompts import Message, Prompt

__all__ = ["AnswerRecord", "Session", "Turn"]

#: No session flow may ask more questions than this.
MAX_ANSWERS = 100


def _answer_value(_instance: object, attribute: attrs.Attribute[int | str], value: object) -> None:
    if safe_int(value):
        return
    if type(value) is str and 1 <= len(value) <= MAX_ANSWER_CHARS:
        return
    raise ValueError(
        f"{attribute.name} must be an int within {MAX_SAFE_INT} either side of 0"
        f" or a str of 1 to {MAX_ANSWER_CHARS} chars"
    )


@attrs.frozen
class AnswerRecord:
    """One answer given: to which prompt, what, and when."""

    prompt_id: str = attrs.field(validator=bounded_text(MAX_ID_CHARS))
    value: int | str = attrs.field(validator=_answer_value)
    at: datetime = attrs.field(validator=aware_datetime)


def _bounded_answers(
    _instance: object, _attribute: object, value: tuple[AnswerRecord, ...]
) -> None:
    if len(value) > MAX_ANSWERS:
        raise ValueError(f"a session holds at most {MAX_ANSWERS} answers, got {len(value)}")


@attrs.frozen
class Session:
    """A session in progress (or done): frozen, serializable, resumable anywhere."""

    learner: Learner
    number: int = attrs.field(validator=int_in(1))
    started_at: datetime = attrs.field(validator=aware_datetime)
    answers: tuple[AnswerRecord, ...] = attrs.field(default=(), validator=_bounded_answers)
    decision: Decision | None = None
    practice_version: int | None = attrs.field(default=None, validator=int_in(1, optional=True))
    prompt: Prompt | None = None
    done: bool = False
    ended: str | None = attrs.field(
        default=None, validator=attrs.validators.in_((None, "completed", "safety"))
    )


@attrs.frozen
class Turn:
    """What one call of ``Coach.start`` or ``Coach.respond`` returns.

    Show ``messages``, then ``prompt`` (None once done); act on ``events``; store
    ``session``. ``learner`` is the updated record once the session is done, and the
    record the session started from before that.
    """

    session: Session
    prompt: Prompt | None
    messages: tuple[Message, ...]
    events: tuple[Event, ...]
    learner: Learner

    @property
    def done(self) -> bool:
        """True when the session has ended (completed, or stopped for safety)."""
        return self.session.done
