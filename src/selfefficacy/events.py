"""Events: what the host may act on (schedule a reminder, alert a human, log)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType

import attrs

from selfefficacy.attribution.labels import Impact
from selfefficacy.learner import Explanation, ReviewResult, Subgoal
from selfefficacy.safety import RiskKind

__all__ = [
    "Event",
    "PracticeChosen",
    "SafetyConcern",
    "Scalar",
    "SessionCompleted",
    "SessionSummary",
    "SubgoalSet",
]

#: A tailoring value: what a planner read to make its choice.
Scalar = int | float | str | None


def _read_only(mapping: Mapping[str, Scalar]) -> Mapping[str, Scalar]:
    return MappingProxyType(dict(mapping))


@attrs.frozen
class PracticeChosen:
    """The planner picked a practice: which, why, and the tailoring values it read."""

    practice_id: str
    reasons: tuple[str, ...]
    tailoring: Mapping[str, Scalar] = attrs.field(converter=_read_only, hash=False)


@attrs.frozen
class SubgoalSet:
    """A subgoal was set: the host may schedule a reminder for ``due``."""

    text: str
    due: datetime


@attrs.frozen
class SafetyConcern:
    """Risk language was seen; coaching stopped. Hand over to people, not the library.

    ``kind`` is None only when a host's own screen flags risk without naming a kind.
    """

    kind: RiskKind | None
    cues: tuple[str, ...]


@attrs.frozen
class SessionSummary:
    """What a session did: practice, confidence before and after, subgoal, how it ended."""

    session: int
    started_at: datetime
    ended_at: datetime
    ended: str
    practice_id: str | None = None
    confidence_before: int | None = None
    confidence_after: int | None = None
    activation: int | None = None
    review: ReviewResult | None = None
    attribution: Explanation | None = None
    subgoal: Subgoal | None = None

    @property
    def explanation_impact(self) -> Impact | None:
        """The impact of the reviewed outcome's explanation, if one was given."""
        return None if self.attribution is None else self.attribution.impact


@attrs.frozen
class SessionCompleted:
    """The session is over (``summary.ended`` is "completed" or "safety")."""

    summary: SessionSummary


Event = PracticeChosen | SubgoalSet | SafetyConcern | SessionCompleted
