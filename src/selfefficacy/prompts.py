"""What the host shows a person: prompts, their options, and messages."""

from __future__ import annotations

import enum

import attrs

__all__ = ["Message", "Option", "Prompt", "PromptKind"]


class PromptKind(enum.StrEnum):
    """How a prompt is answered: an int on a scale, an option id, or free text."""

    RATING = "rating"
    CHOICE = "choice"
    TEXT = "text"


@attrs.frozen
class Option:
    """One answer a choice prompt offers: ``id`` is what the host sends back."""

    id: str
    label: str


@attrs.frozen
class Prompt:
    """The one question awaiting an answer.

    ``id`` is stable (``"checkin.confidence"``, ``"<practice-id>.<step>"``); ``text``
    is rendered from the texts table. Ratings carry ``scale`` (lo, hi) and ``step``,
    the increment to offer (any int inside the scale is accepted);
    choices carry ``options``; ``practice_id`` is ``None`` during check-in and close.
    """

    id: str
    kind: PromptKind
    text: str
    scale: tuple[int, int] | None = None
    step: int = 1
    options: tuple[Option, ...] = ()
    practice_id: str | None = None


@attrs.frozen
class Message:
    """Something to say before the prompt; ``id`` is its stable message id."""

    id: str
    text: str
