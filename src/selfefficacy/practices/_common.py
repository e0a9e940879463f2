"""Small helpers the built-in practice flows share."""

from __future__ import annotations

from datetime import timedelta

from selfefficacy.flow import Context
from selfefficacy.learner import MAX_LADDER, Rung, Subgoal

__all__ = ["ladder_with", "subgoal_due"]


def subgoal_due(
    ctx: Context,
    text: str,
    *,
    days: int,
    confidence: int | None = None,
    rung: int | None = None,
    plan: str | None = None,
) -> Subgoal:
    """A subgoal set now and due ``days`` from the time of the current answer."""
    return Subgoal(
        text=text,
        due=ctx.now + timedelta(days=days),
        set_at=ctx.now,
        confidence=confidence,
        rung=rung,
        plan=plan,
    )


def ladder_with(
    ladder: tuple[Rung, ...], index: int, rung: Rung, *, insert: bool
) -> tuple[Rung, ...]:
    """The ladder with ``rung`` inserted before ``index`` (or replacing it).

    A full ladder (``MAX_LADDER`` rungs) gets the rung replaced instead of inserted.
    """
    if insert and len(ladder) < MAX_LADDER:
        return (*ladder[:index], rung, *ladder[index:])
    return (*ladder[:index], rung, *ladder[index + 1 :])
