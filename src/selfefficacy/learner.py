"""The learner record: what the coach remembers about one person between sessions.

The record is bounded. What the coaching reads is kept in full: the last 5 attempts
(the planner's window), the last note to self and the last session; the closing
confidence of the last 30 sessions is kept as a plain series for charts (each
session's full summary reaches the host in ``SessionCompleted``); the rest is folded into
running totals (attempt counts, calibration sums, per-practice statistics). Every
session carries this record, so its size sets the cost of a turn: it stays flat,
and small, however many sessions a person has had.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TypeVar

import attrs

from selfefficacy.attribution.labels import Cause, Control, Impact, Locus, Stability
from selfefficacy.efficacy import Calibration
from selfefficacy.limits import (
    MAX_ANSWER_CHARS,
    MAX_ID_CHARS,
    MAX_LABEL_CHARS,
    MAX_SAFE_INT,
    aware_datetime,
    bounded_text,
    bounded_tuple,
    capped,
    int_in,
    ints_in,
    optional_text,
)

__all__ = [
    "Attempt",
    "AttemptTotals",
    "Explanation",
    "Learner",
    "Note",
    "PracticeStats",
    "ReviewResult",
    "Rung",
    "SessionRecord",
    "Subgoal",
]

#: How many of each kind of item are kept in full.
RECENT_SESSIONS = 1
RECENT_ATTEMPTS = 5
RECENT_NOTES = 1
#: Closing confidence ratings kept for charts: a cheap series of plain ints.
TREND_LENGTH = 30
MAX_LADDER = 12
MAX_TRAITS = 20
MAX_PRACTICES = 64

_T = TypeVar("_T")

_goal_text = bounded_text(MAX_ANSWER_CHARS)
_id_text = bounded_text(MAX_ID_CHARS)
_optional_rating = int_in(0, 100, optional=True)
_optional_goal_text = optional_text(MAX_ANSWER_CHARS)


class ReviewResult(enum.StrEnum):
    """How an open subgoal went, as the person reports it at check-in."""

    DONE = "done"
    PARTLY = "partly"
    NOT_YET = "not-yet"

    @property
    def score(self) -> float:
        """The result on a 0..1 scale, for calibration: 1, 0.5 or 0."""
        return {"done": 1.0, "partly": 0.5, "not-yet": 0.0}[self.value]


@attrs.frozen
class Rung:
    """One step on the person's ladder, its "can do" rating and whether it is done."""

    text: str = attrs.field(validator=_goal_text)
    confidence: int | None = attrs.field(default=None, validator=_optional_rating)
    done: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))


@attrs.frozen
class Subgoal:
    """A near, concrete step the person plans to do before the next session."""

    text: str = attrs.field(validator=_goal_text)
    due: datetime = attrs.field(validator=aware_datetime)
    set_at: datetime = attrs.field(validator=aware_datetime)
    confidence: int | None = attrs.field(default=None, validator=_optional_rating)
    rung: int | None = attrs.field(
        default=None,
        validator=int_in(0, MAX_LADDER - 1, optional=True),
    )
    plan: str | None = attrs.field(default=None, validator=_optional_goal_text)


@attrs.frozen
class Explanation:
    """How a person's explanation of an outcome was read (labels only, not the text)."""

    cause: Cause
    impact: Impact
    locus: Locus | None = None
    stability: Stability | None = None
    control: Control | None = None


@attrs.frozen
class Attempt:
    """One reviewed subgoal: what was tried, how it went, and how it was explained."""

    session: int = attrs.field(validator=int_in(1))
    at: datetime = attrs.field(validator=aware_datetime)
    subgoal: str = attrs.field(validator=_goal_text)
    result: ReviewResult
    confidence: int | None = attrs.field(default=None, validator=_optional_rating)
    explanation: Explanation | None = None


@attrs.frozen
class AttemptTotals:
    """Counts over every attempt ever reviewed, including those no longer kept in full."""

    attempts: int = attrs.field(default=0, validator=int_in(0))
    done: int = attrs.field(default=0, validator=int_in(0))
    partly: int = attrs.field(default=0, validator=int_in(0))

    def add(self, result: ReviewResult) -> AttemptTotals:
        """Return the totals with one more attempt."""
        return AttemptTotals(
            attempts=capped(self.attempts + 1),
            done=capped(self.done + (result is ReviewResult.DONE)),
            partly=capped(self.partly + (result is ReviewResult.PARTLY)),
        )


@attrs.frozen
class SessionRecord:
    """One past session: when, which practice, and confidence before and after."""

    session: int = attrs.field(validator=int_in(1))
    at: datetime = attrs.field(validator=aware_datetime)
    practice_id: str | None = attrs.field(validator=optional_text(MAX_ID_CHARS))
    confidence_before: int | None = attrs.field(default=None, validator=_optional_rating)
    confidence_after: int | None = attrs.field(default=None, validator=_optional_rating)
    activation: int | None = attrs.field(
        default=None,
        validator=int_in(0, 10, optional=True),
    )
    ended: str = attrs.field(
        default="completed", validator=attrs.validators.in_(("completed", "safety"))
    )

    @property
    def gain(self) -> int | None:
        """Confidence after minus before, when both were rated."""
        if self.confidence_before is None or self.confidence_after is None:
            return None
        return self.confidence_after - self.confidence_before


@attrs.frozen
class PracticeStats:
    """How one practice has gone for this person: uses, and how often confidence rose."""

    practice_id: str = attrs.field(validator=_id_text)
    uses: int = attrs.field(default=0, validator=int_in(0))
    rated: int = attrs.field(default=0, validator=int_in(0))
    improved: int = attrs.field(default=0, validator=int_in(0))
    gain_sum: int = attrs.field(default=0, validator=int_in(-MAX_SAFE_INT))

    def add(self, gain: int | None) -> PracticeStats:
        """Return the statistics with one more use and its confidence gain, if rated."""
        rated = gain is not None
        return attrs.evolve(
            self,
            uses=capped(self.uses + 1),
            rated=capped(self.rated + rated),
            improved=capped(self.improved + (rated and gain is not None and gain > 0)),
            gain_sum=capped(self.gain_sum + (gain or 0)),
        )


@attrs.frozen
class Note:
    """A note the person wrote to their future self."""

    session: int = attrs.field(validator=int_in(1))
    at: datetime = attrs.field(validator=aware_datetime)
    text: str = attrs.field(validator=_goal_text)


def _keep_last(items: tuple[_T, ...], item: _T, limit: int) -> tuple[_T, ...]:
    return (*items, item)[-limit:]


@attrs.frozen
class Learner:
    """The persistent, bounded record of one person. Build one with ``Learner.new``."""

    id: str = attrs.field(validator=_id_text)
    goal: str | None = attrs.field(default=None, validator=_optional_goal_text)
    traits: tuple[str, ...] = attrs.field(
        default=(),
        validator=[
            bounded_tuple(MAX_TRAITS),
            attrs.validators.deep_iterable(bounded_text(MAX_LABEL_CHARS)),
        ],
    )
    sessions: int = attrs.field(default=0, validator=int_in(0))
    ladder: tuple[Rung, ...] = attrs.field(default=(), validator=bounded_tuple(MAX_LADDER))
    subgoal: Subgoal | None = None
    history: tuple[SessionRecord, ...] = attrs.field(
        default=(), validator=bounded_tuple(RECENT_SESSIONS)
    )
    attempts: tuple[Attempt, ...] = attrs.field(
        default=(), validator=bounded_tuple(RECENT_ATTEMPTS)
    )
    totals: AttemptTotals = attrs.field(factory=AttemptTotals)
    calibration: Calibration = attrs.field(factory=Calibration)
    practice_stats: tuple[PracticeStats, ...] = attrs.field(
        default=(), validator=bounded_tuple(MAX_PRACTICES)
    )
    notes: tuple[Note, ...] = attrs.field(default=(), validator=bounded_tuple(RECENT_NOTES))
    confidence_trend: tuple[int, ...] = attrs.field(
        default=(),
        validator=ints_in(0, 100, max_items=TREND_LENGTH),
    )

    @classmethod
    def new(
        cls, learner_id: str, *, goal: str | None = None, traits: tuple[str, ...] = ()
    ) -> Learner:
        """Start a record for a person; ``traits`` are matched against model stories."""
        return cls(id=learner_id, goal=goal, traits=tuple(traits))

    @property
    def successes(self) -> int:
        """How many reviewed subgoals were done, over the whole record."""
        return self.totals.done

    @property
    def ladder_complete(self) -> bool:
        """True when there is no ladder or every rung of it is done."""
        return all(rung.done for rung in self.ladder)

    def next_rung(self) -> tuple[int, Rung] | None:
        """The first rung not yet done, with its index, or None."""
        for index, rung in enumerate(self.ladder):
            if not rung.done:
                return index, rung
        return None

    def stats_for(self, practice_id: str) -> PracticeStats:
        """The statistics of one practice (zeros if never used)."""
        for stats in self.practice_stats:
            if stats.practice_id == practice_id:
                return stats
        return PracticeStats(practice_id=practice_id)

    def with_review(
        self,
        *,
        session: int,
        at: datetime,
        result: ReviewResult,
        explanation: Explanation | None,
    ) -> Learner:
        """Close the open subgoal with the reported result; mark its rung done if done."""
        subgoal = self.subgoal
        if subgoal is None:
            raise ValueError("there is no open subgoal to review")
        attempt = Attempt(
            session=session,
            at=at,
            subgoal=subgoal.text,
            result=result,
            confidence=subgoal.confidence,
            explanation=explanation,
        )
        calibration = self.calibration
        if subgoal.confidence is not None:
            calibration = calibration.add(subgoal.confidence / 100, result.score)
        return attrs.evolve(
            self,
            subgoal=None,
            ladder=self._ladder_after(subgoal, result),
            attempts=_keep_last(self.attempts, attempt, RECENT_ATTEMPTS),
            totals=self.totals.add(result),
            calibration=calibration,
        )

    def _ladder_after(self, subgoal: Subgoal, result: ReviewResult) -> tuple[Rung, ...]:
        index = subgoal.rung
        if result is not ReviewResult.DONE or index is None or index >= len(self.ladder):
            return self.ladder
        done = attrs.evolve(self.ladder[index], done=True)
        return (*self.ladder[:index], done, *self.ladder[index + 1 :])

    def with_session(
        self,
        record: SessionRecord,
        *,
        goal: str | None = None,
        ladder: tuple[Rung, ...] | None = None,
        subgoal: Subgoal | None = None,
        note: str | None = None,
    ) -> Learner:
        """Fold one finished session into the record."""
        changes: dict[str, object] = {
            "sessions": max(self.sessions, record.session),
            "history": _keep_last(self.history, record, RECENT_SESSIONS),
        }
        if goal is not None:
            changes["goal"] = goal
        if ladder is not None:
            changes["ladder"] = ladder
        if subgoal is not None:
            changes["subgoal"] = subgoal
        if note is not None:
            changes["notes"] = _keep_last(
                self.notes, Note(session=record.session, at=record.at, text=note), RECENT_NOTES
            )
        if record.confidence_after is not None:
            changes["confidence_trend"] = _keep_last(
                self.confidence_trend, record.confidence_after, TREND_LENGTH
            )
        if record.practice_id is not None and record.ended == "completed":
            changes["practice_stats"] = self._stats_after(record.practice_id, record.gain)
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]

    def _stats_after(self, practice_id: str, gain: int | None) -> tuple[PracticeStats, ...]:
        updated = self.stats_for(practice_id).add(gain)
        others = tuple(s for s in self.practice_stats if s.practice_id != practice_id)
        return tuple(sorted((*others, updated), key=lambda s: s.practice_id))[-MAX_PRACTICES:]
