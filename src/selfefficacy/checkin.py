"""The engine's own steps: check-in before the practice and the closing rating.

Confidence is asked as "can do", 0 to 100 in steps of 10, following Bandura's
guide for constructing self-efficacy scales (Bandura 2006); body activation 0 to 10.
"""

from __future__ import annotations

from collections.abc import Generator

import attrs

from selfefficacy.attribution.labels import Outcome
from selfefficacy.attribution.result import Attribution
from selfefficacy.flow import Answer, CheckIn, Command, Context
from selfefficacy.learner import Explanation, Learner, ReviewResult

__all__ = ["checkin_flow", "close_flow", "explanation_of"]


def explanation_of(attribution: Attribution) -> Explanation:
    """The labels of an attribution, as the learner record keeps them."""
    return Explanation(
        cause=attribution.cause,
        impact=attribution.impact,
        locus=attribution.locus,
        stability=attribution.stability,
        control=attribution.control,
    )


def review_outcome(result: ReviewResult) -> Outcome:
    """The outcome an explanation is read against: only "done" counts as success.

    A partial result is read as a failure because the part left undone is what the
    explanation has to account for.
    """
    return Outcome.SUCCESS if result is ReviewResult.DONE else Outcome.FAILURE


def checkin_flow(ctx: Context) -> Generator[Command, Answer | None, tuple[CheckIn, Learner]]:
    """Goal (if none yet), review of the open subgoal, confidence and activation."""
    learner = ctx.learner
    goal = learner.goal
    if goal is None:
        yield from ctx.say("checkin.welcome")
        goal = yield from ctx.text("goal")
        learner = attrs.evolve(learner, goal=goal)
    else:
        yield from ctx.say("checkin.welcome-back", goal=goal, session=ctx.session)
    review: ReviewResult | None = None
    explanation_text = None
    attribution = None
    if learner.subgoal is not None:
        options = tuple(ctx.option(r.value, f"checkin.review.{r.value}") for r in ReviewResult)
        answer = yield from ctx.choice("review", options, subgoal=learner.subgoal.text)
        review = ReviewResult(answer)
        explanation_text = yield from ctx.text("explain", message=f"checkin.explain.{review.value}")
        attribution = ctx.score(explanation_text, review_outcome(review))
        learner = learner.with_review(
            session=ctx.session,
            at=ctx.now,
            result=review,
            explanation=explanation_of(attribution),
        )
    confidence = yield from ctx.rating("confidence", scale=(0, 100), step_size=10, goal=goal)
    activation = yield from ctx.rating("activation", scale=(0, 10), step_size=1)
    checkin = CheckIn(
        goal=goal,
        confidence=confidence,
        activation=activation,
        review=review,
        explanation_text=explanation_text,
        explanation=attribution,
    )
    return checkin, learner


def close_flow(ctx: Context) -> Generator[Command, Answer | None, int]:
    """The closing confidence rating: the session's proximal outcome."""
    goal = ctx.checkin.goal if ctx.checkin is not None else None
    return (yield from ctx.rating("confidence", scale=(0, 100), step_size=10, goal=goal or ""))
