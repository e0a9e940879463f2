"""What the host shows a person: prompts, their options, and messages."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from selfefficacy.limits import (
    MAX_ANSWER_CHARS,
    MAX_ID_CHARS,
    bounded_text,
    bounded_tuple,
    int_in,
    safe_int,
)

__all__ = ["Message", "Option", "Prompt", "PromptKind"]


class PromptKind(enum.StrEnum):
    """How a prompt is answered: an int on a scale, an option id, or free text."""

    RATING = "rating"
    CHOICE = "choice"
    TEXT = "text"


#: A prompt's text may quote the person's own words, so it allows more than an answer.
MAX_PROMPT_CHARS = 4 * MAX_ANSWER_CHARS
MAX_OPTIONS = 20


def _scale(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not (
        type(value) is tuple
        and len(value) == 2
        and all(safe_int(v) for v in value)
        and value[0] < value[1]
    ):
        raise ValueError(f"{attribute.name} must be None or (low, high) ints with low < high")


@attrs.frozen
class Option:
    """One answer a choice prompt offers: ``id`` is what the host sends back."""

    id: str = attrs.field(validator=bounded_text(MAX_ID_CHARS))
    label: str = attrs.field(validator=bounded_text(MAX_PROMPT_CHARS))


@attrs.frozen
class Prompt:
    """The one question awaiting an answer.

    ``id`` is stable (``"checkin.confidence"``, ``"<practice-id>.<step>"``); ``text``
    is rendered from the texts table. Ratings carry ``scale`` (lo, hi) and ``step``,
    the increment to offer (any int inside the scale is accepted);
    choices carry ``options``; ``practice_id`` is ``None`` during check-in and close.
    """

    id: str = attrs.field(validator=bounded_text(MAX_ID_CHARS))
    kind: PromptKind = attrs.field(validator=attrs.validators.instance_of(PromptKind))
    text: str = attrs.field(validator=bounded_text(MAX_PROMPT_CHARS, min_chars=0))
    scale: tuple[int, int] | None = attrs.field(default=None, validator=_scale)
    step: int = attrs.field(default=1, validator=int_in(1))
    options: tuple[Option, ...] = attrs.field(default=(), validator=bounded_tuple(MAX_OPTIONS))
    practice_id: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(bounded_text(MAX_ID_CHARS))
    )


@attrs.frozen
class Message:
    """Something to say before the prompt; ``id`` is its stable message id."""

    id: str
    text: str
