"""The labels of ATTRIBUTION-LABELS.md as enums, and the impact rule.

Every enum value is exactly the label string used in the labelled corpora, so a
value round-trips through JSON as itself.
"""

from __future__ import annotations

import enum
from typing import Final

from selfefficacy.errors import SelfEfficacyError

__all__ = [
    "DEFAULT_DIMENSIONS",
    "Cause",
    "Control",
    "Impact",
    "InvalidOutcomeError",
    "Locus",
    "Outcome",
    "Stability",
    "coerce_outcome",
    "impact_of",
]


class Outcome(enum.StrEnum):
    """What happened: the person reached the goal or did not."""

    SUCCESS = "success"
    FAILURE = "failure"


class Cause(enum.StrEnum):
    """The main cause a person gives for an outcome; ``NONE`` when they give none."""

    EFFORT = "effort"
    STRATEGY = "strategy"
    ABILITY = "ability"
    TASK = "task"
    LUCK = "luck"
    OTHERS = "others"
    STATE = "state"
    CIRCUMSTANCE = "circumstance"
    NONE = "none"


class Locus(enum.StrEnum):
    """Whether the cause lies in the person or outside them."""

    INTERNAL = "internal"
    EXTERNAL = "external"


class Stability(enum.StrEnum):
    """Whether the cause will still be there next time."""

    STABLE = "stable"
    UNSTABLE = "unstable"


class Control(enum.StrEnum):
    """Whether the person could change the cause."""

    CONTROLLABLE = "controllable"
    UNCONTROLLABLE = "uncontrollable"


class Impact(enum.StrEnum):
    """What an explanation does to the belief that one can succeed next time."""

    BUILDING = "building"
    NEUTRAL = "neutral"
    UNDERMINING = "undermining"


#: The usual dimensions of each cause, before the words of a text turn them.
DEFAULT_DIMENSIONS: Final[dict[Cause, tuple[Locus, Stability, Control]]] = {
    Cause.EFFORT: (Locus.INTERNAL, Stability.UNSTABLE, Control.CONTROLLABLE),
    Cause.STRATEGY: (Locus.INTERNAL, Stability.UNSTABLE, Control.CONTROLLABLE),
    Cause.ABILITY: (Locus.INTERNAL, Stability.STABLE, Control.UNCONTROLLABLE),
    Cause.TASK: (Locus.EXTERNAL, Stability.STABLE, Control.UNCONTROLLABLE),
    Cause.LUCK: (Locus.EXTERNAL, Stability.UNSTABLE, Control.UNCONTROLLABLE),
    Cause.OTHERS: (Locus.EXTERNAL, Stability.UNSTABLE, Control.UNCONTROLLABLE),
    Cause.STATE: (Locus.INTERNAL, Stability.UNSTABLE, Control.UNCONTROLLABLE),
    Cause.CIRCUMSTANCE: (Locus.EXTERNAL, Stability.UNSTABLE, Control.UNCONTROLLABLE),
}


class InvalidOutcomeError(SelfEfficacyError, ValueError):
    """An outcome string is neither ``"success"`` nor ``"failure"``."""


def coerce_outcome(outcome: object) -> Outcome:
    """Return ``outcome`` as an :class:`Outcome`.

    Accepts an ``Outcome`` or its value as a string. A string that is not a value
    raises :class:`InvalidOutcomeError`; any other type raises ``TypeError``.
    """
    if isinstance(outcome, Outcome):
        return outcome
    if not isinstance(outcome, str):
        raise TypeError(f"outcome must be an Outcome or a str, not {type(outcome).__name__}")
    try:
        return Outcome(outcome)
    except ValueError:
        raise InvalidOutcomeError(
            f"outcome {outcome!r} is not one of 'success', 'failure'"
        ) from None


def impact_of(
    outcome: Outcome,
    locus: Locus | None,
    stability: Stability | None,
    control: Control | None,
) -> Impact:
    """Return the impact the rule table gives for an outcome and its dimensions.

    After a failure, a controllable cause builds and a stable, uncontrollable one
    undermines. After a success, an external cause undermines and an internal one
    that is stable or controllable builds. Everything else, including missing
    dimensions (no cause given), is neutral.
    """
    if locus is None or stability is None or control is None:
        return Impact.NEUTRAL
    if outcome is Outcome.FAILURE:
        if control is Control.CONTROLLABLE:
            return Impact.BUILDING
        if stability is Stability.STABLE:
            return Impact.UNDERMINING
        return Impact.NEUTRAL
    if locus is Locus.EXTERNAL:
        return Impact.UNDERMINING
    if stability is Stability.STABLE or control is Control.CONTROLLABLE:
        return Impact.BUILDING
    return Impact.NEUTRAL
