"""Every sentence a person sees, under a stable message id.

A host translates or rewrites any of them with ``Coach(texts={...})``. Placeholders
use ``str.format`` syntax (``{goal}``); an override may drop placeholders but may not
add ones the default does not have, and an unknown id is refused, both when the
``Coach`` is built rather than mid-session. Custom practices bring their own
defaults through ``Practice.texts``.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from selfefficacy.errors import ConfigurationError

__all__ = ["DEFAULT_TEXTS", "Texts", "placeholders"]

_ENGINE: dict[str, str] = {
    # check-in
    "checkin.welcome": "Hi. This is a short session to help you build confidence in something "
    "that matters to you, one small step at a time.",
    "checkin.goal": "What would you like to get better at? Say it in a sentence.",
    "checkin.welcome-back": "Welcome back. We are working on: {goal}.",
    "checkin.review": "Last time you planned to: {subgoal}. How did it go?",
    "checkin.review.done": "I did it",
    "checkin.review.partly": "I did part of it",
    "checkin.review.not-yet": "Not yet",
    "checkin.explain.done": "Nice. What do you think made it go that way?",
    "checkin.explain.partly": "Thanks for being straight about it. What do you think made it go "
    "that way?",
    "checkin.explain.not-yet": "That happens. What do you think made it go that way?",
    "checkin.confidence": 'How certain are you that you can do your next step toward "{goal}"? '
    "0 means you cannot do it at all, 50 moderately certain you can, 100 highly certain you can.",
    "checkin.activation": "How keyed-up does your body feel right now, from 0 (completely calm) "
    "to 10 (heart racing, very on edge)?",
    # the planner's reasons, rendered with the tailoring values
    "plan.chosen": "Today let's try: {title}.",
    "reason.explanation-undermines": "The way you explained how it went could make the next try "
    "feel harder than it is, so let's look at it together.",
    "reason.activation-high": "Your body feels keyed-up ({activation} out of 10), so let's put "
    "that energy to work.",
    "reason.no-open-ladder": "You don't have a plan of small steps yet, so let's build one.",
    "reason.low-confidence-few-successes": "Confidence is low for now ({confidence} out of 100), "
    "so let's learn from someone who has been where you are.",
    "reason.confidence-below-results": "Your results have been running ahead of your confidence, "
    "so let's look at what you have already done.",
    "reason.keep-climbing": "You have a plan and some momentum, so let's take the next step.",
    "reason.thompson-draw": "This practice has tended to help you, so let's use it again.",
    "reason.fallback": "Let's try this practice today.",
    # close
    "close.confidence": "Before we finish: how certain are you now that you can do your next "
    'step toward "{goal}"? 0 cannot do at all, 100 highly certain you can.',
    "close.summary": "Thanks for today. Confidence went from {before} to {after}.",
    "close.summary-subgoal": "Your next step: {subgoal}, by {due}.",
    "close.goodbye": "See you next time.",
    # safety
    "safety.message": "Thank you for telling me. What you wrote sounds serious, and you deserve "
    "support from a person right now. I'm going to stop the coaching here. If you might act on "
    "these thoughts or are in danger, please contact your local emergency number or a crisis "
    "line now, or reach out to someone you trust.",
}

_BUILD_MASTERY: dict[str, str] = {
    "build-mastery.intro": "Confidence grows fastest from doing: small wins that stretch you a "
    "little. Let's pick your next one.",
    "build-mastery.step": 'What is one small step toward "{goal}" you could take in the next '
    "two days?",
    "build-mastery.next-rung": "Your next step on the ladder is: {step}.",
    "build-mastery.confidence": "How certain are you that you can do this in the next two days: "
    "{step}? (0 to 100)",
    "build-mastery.smaller": "That feels like a big jump right now, which is useful to know. "
    'What is a smaller version of "{step}" you could surely do?',
    "build-mastery.confidence-smaller": "And how certain are you that you can do this: {step}? "
    "(0 to 100)",
    "build-mastery.stretch": "You have had two successes in a row and feel very sure. What would "
    'a slightly harder version of "{step}" look like?',
    "build-mastery.confidence-stretch": "How certain are you that you can do this: {step}? "
    "(0 to 100)",
    "build-mastery.when-where": 'When and where exactly will you do it? For example: "Tuesday '
    'after lunch, at my desk."',
    "build-mastery.wrap": "Good. Afterwards, notice what you did that made it work: that is the "
    "evidence we build on.",
}

_LEARN_FROM_MODELS: dict[str, str] = {
    "learn-from-models.intro": "Seeing someone like you struggle and then manage can show you "
    "that it is possible for you too.",
    "learn-from-models.story": "Here is a story from someone in a similar spot: {title}. {text}",
    "learn-from-models.story-strategy": "What did they do that you could try yourself?",
    "learn-from-models.who": 'Think of someone a lot like you who managed "{goal}", or '
    "something close to it. Who comes to mind?",
    "learn-from-models.what-they-did": "What did {model} actually do that helped? Be as concrete "
    "as you can.",
    "learn-from-models.borrow": "Pick one of those strategies to borrow for your next step. How "
    "will you use it?",
    "learn-from-models.confidence": "How certain are you that you can do this: {step}? (0 to 100)",
    "learn-from-models.wrap": "They found a way through, and now you have their strategy to try.",
}

_SPECIFIC_ENCOURAGEMENT: dict[str, str] = {
    "specific-encouragement.intro": "Let's look at what your record actually shows, nothing more.",
    "specific-encouragement.evidence": "You have completed {count} of the steps you planned. "
    'The most recent was "{latest}", on {when}.',
    "specific-encouragement.evidence-count": "You have completed {count} of the steps you "
    "planned. Each one is evidence you can do the next.",
    "specific-encouragement.last-note": 'Last time you wrote yourself this note: "{note}"',
    "specific-encouragement.confidence-step": "Reading that back, how certain are you that you "
    "can do your next step: {step}? (0 to 100)",
    "specific-encouragement.capability": "That is real evidence that you can do steps like "
    '"{latest}". The next one is within the same reach.',
    "specific-encouragement.no-successes-yet": "You haven't logged a completed step yet, and "
    "that's fine. You have set a clear goal and you keep showing up to plan for it; that "
    "effort is what progress is built from.",
    "specific-encouragement.note": "Write a short, specific note to your future self for the "
    'next time it feels hard. Stick to what is true, for example: "I planned it, I showed up, '
    'and I can take one small step."',
    "specific-encouragement.confidence": "Reading that back, how certain are you that you can "
    "do your next step? (0 to 100)",
    "specific-encouragement.wrap": "I'll keep your note and show it to you again.",
}

_REINTERPRET_SIGNALS: dict[str, str] = {
    "reinterpret-signals.intro": "A racing heart and a tight stomach feel like warning signs, "
    "but they are also the body getting ready to perform.",
    "reinterpret-signals.activation": "Right now, how keyed-up does your body feel, from 0 "
    "(completely calm) to 10 (very on edge)?",
    "reinterpret-signals.calm-now": "You feel fairly calm right now. That's fine: this is a "
    "tool for the moment the signals rise, so let's practise it now.",
    "reinterpret-signals.try-later": "No problem. Try it just before your next step, when the "
    "signals show up.",
    "reinterpret-signals.signals": "What do you notice in your body? For example: fast heartbeat, "
    "shaky hands, butterflies, warm face.",
    "reinterpret-signals.reframe": "Those signals ({signals}) are your body sending more energy "
    "and oxygen where you need them. They are fuel for the task, not proof you can't do it.",
    "reinterpret-signals.excited": "Instead of telling yourself to calm down, try saying, out "
    'loud or in your head: "I am excited."',
    "reinterpret-signals.tried": "Did you try saying it?",
    "reinterpret-signals.tried.said-it": "I said it",
    "reinterpret-signals.tried.not-now": "Not right now",
    "reinterpret-signals.readiness": "How ready do you feel to take your next step now, from 0 "
    "(not at all) to 10 (completely ready)?",
    "reinterpret-signals.wrap": "Next time the signals come, you can read them the same way: "
    "energy you can use.",
}

_PROXIMAL_SUBGOALS: dict[str, str] = {
    "proximal-subgoals.intro": "Big goals get done in small pieces. Near, clear steps give you "
    "frequent wins to learn from.",
    "proximal-subgoals.steps": 'List 3 to 6 small steps toward "{goal}", from the smallest to '
    "the biggest, one per line or separated by semicolons.",
    "proximal-subgoals.steps-again": "I counted {count}. Please list between 3 and 6 small steps, "
    "one per line or separated by semicolons.",
    "proximal-subgoals.confidence": "How certain are you that you can do this step: {step}? "
    "(0 to 100)",
    "proximal-subgoals.smaller": "None of those feels quite within reach yet, which is useful to "
    "know. What is a smaller first step you could surely do?",
    "proximal-subgoals.chosen": "Let's start with: {step}. It is a step you feel sure you can do.",
    "proximal-subgoals.when-where": "Make an if-then plan: when and where will you do it? For "
    'example: "If it is Monday at 8am, then I\'ll do it at the kitchen table."',
    "proximal-subgoals.wrap": "Your plan is set. Ticking off near steps is how the big goal "
    "starts to feel possible.",
}

_EFFORT_ATTRIBUTION: dict[str, str] = {
    "effort-attribution.intro": "How we explain what happened shapes how we feel about trying "
    "again. Let's look at your explanation together.",
    "effort-attribution.outcome": 'Think of your most recent try at "{goal}". How did it go?',
    "effort-attribution.outcome.success": "It went well",
    "effort-attribution.outcome.failure": "It didn't go well",
    "effort-attribution.explain": "What do you think made it go that way?",
    "effort-attribution.reads-building": "You put it down to {cause}, something you can shape "
    "next time. That is a useful way to see it.",
    "effort-attribution.reads-neutral": "You put it down to {cause}. That may be part of it, and "
    "it won't necessarily be there next time.",
    "effort-attribution.reads-undermining": "You put it down to {cause}. Explaining it that way "
    "can make the next try feel hopeless before it starts, and it is rarely the whole story.",
    "effort-attribution.reframe-strategy": "Let's look for something you can change. What about "
    "your approach (the method, the timing, how you prepared) could you do differently?",
    "effort-attribution.reframe-effort": "Think about the time and effort side: where could a bit "
    "more practice or a different use of your time make a difference?",
    "effort-attribution.reframed": "That is something within your control, and so is the next try.",
    "effort-attribution.still-undermining": "That's okay, it's hard to see from the inside. Many "
    "people in your spot find the cause was the approach or the practice, not who they are.",
    "effort-attribution.own-part": "Luck and other people may have helped, and you were there "
    "too. What did you do that helped it go well?",
    "effort-attribution.credit": 'That success came from what you did: "{what}". That skill '
    "and that effort are yours, and you can use them again.",
    "effort-attribution.change": "Choose one change to try next time. What will you do "
    "differently, or keep doing?",
    "effort-attribution.wrap": "Good. Next time, notice whether that change made a difference.",
}

#: The cause labels as the effort-attribution practice says them.
_CAUSE_WORDS: dict[str, str] = {
    "cause.effort": "how much effort you put in",
    "cause.strategy": "your approach",
    "cause.ability": "your ability",
    "cause.task": "how hard or easy the task was",
    "cause.luck": "luck",
    "cause.others": "other people",
    "cause.state": "how you were feeling at the time",
    "cause.circumstance": "your circumstances",
    "cause.none": "nothing in particular",
}

DEFAULT_TEXTS: Mapping[str, str] = MappingProxyType(
    {
        **_ENGINE,
        **_BUILD_MASTERY,
        **_LEARN_FROM_MODELS,
        **_SPECIFIC_ENCOURAGEMENT,
        **_REINTERPRET_SIGNALS,
        **_PROXIMAL_SUBGOALS,
        **_EFFORT_ATTRIBUTION,
        **_CAUSE_WORDS,
    }
)


def placeholders(template: str) -> frozenset[str]:
    """The names of the ``{placeholders}`` in a template."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ConfigurationError(f"malformed template {template!r}: {exc}") from None
    return frozenset(name for _, name, _, _ in parsed if name is not None)


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Texts:
    """The texts table a coach renders from: defaults plus validated overrides."""

    def __init__(
        self,
        overrides: Mapping[str, str] | None = None,
        *,
        extra_defaults: Iterable[Mapping[str, str]] = (),
    ) -> None:
        defaults = dict(DEFAULT_TEXTS)
        for extra in extra_defaults:
            defaults.update(extra)
        self._table = MappingProxyType({**defaults, **self._checked(overrides or {}, defaults)})

    @staticmethod
    def _checked(overrides: Mapping[str, str], defaults: Mapping[str, str]) -> dict[str, str]:
        if not isinstance(overrides, Mapping):
            raise TypeError(f"texts must be a mapping, got {type(overrides).__name__}")
        for message_id, template in overrides.items():
            if message_id not in defaults:
                raise ConfigurationError(f"texts: unknown message id {message_id!r}")
            if not isinstance(template, str):
                raise ConfigurationError(
                    f"texts[{message_id!r}] must be a str, got {type(template).__name__}"
                )
            extra = placeholders(template) - placeholders(defaults[message_id])
            if extra:
                allowed = ", ".join(sorted(placeholders(defaults[message_id]))) or "none"
                raise ConfigurationError(
                    f"texts[{message_id!r}] uses unknown placeholder(s) "
                    f"{', '.join(sorted(extra))}; allowed: {allowed}"
                )
        return dict(overrides)

    def __contains__(self, message_id: object) -> bool:
        return message_id in self._table

    def ids(self) -> tuple[str, ...]:
        """Every message id this table knows, sorted."""
        return tuple(sorted(self._table))

    def template(self, message_id: str) -> str:
        """The template of a message id (``KeyError`` if unknown)."""
        return self._table[message_id]

    def render(self, message_id: str, params: Mapping[str, object]) -> str:
        """The message with its placeholders filled from ``params``."""
        return self._table[message_id].format_map(_Params(params))
