"""The six built-in practices, one module each: metadata, evidence and flow."""

from __future__ import annotations

from selfefficacy.flow import Practice
from selfefficacy.practices import (
    build_mastery,
    effort_attribution,
    learn_from_models,
    proximal_subgoals,
    reinterpret_signals,
    specific_encouragement,
)

__all__ = ["BUILT_IN"]

#: The built-in practices in the contract's order.
BUILT_IN: tuple[Practice, ...] = (
    build_mastery.PRACTICE,
    learn_from_models.PRACTICE,
    specific_encouragement.PRACTICE,
    reinterpret_signals.PRACTICE,
    proximal_subgoals.PRACTICE,
    effort_attribution.PRACTICE,
)
