"""Model stories for the learn-from-models practice, and how one is matched to a person.

Similar models who struggle and then cope raise efficacy more than flawless ones
(Schunk, Hanson & Cox 1987, Journal of Educational Psychology 79:54-61), so the
practice shows the coping story that shares the most attributes with the learner.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from selfefficacy.limits import MAX_ANSWER_CHARS, MAX_ID_CHARS, MAX_LABEL_CHARS, bounded_text

__all__ = ["ModelStory", "best_story"]


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _normalise(traits: Iterable[str]) -> frozenset[str]:
    return frozenset(t.strip().casefold() for t in traits if t.strip())


@attrs.frozen
class ModelStory:
    """A story of someone who managed the kind of task the learner faces.

    ``attributes`` are short labels ("beginner", "parent", "over-50") matched against
    the learner's traits; ``coping`` marks a story of struggle before success.
    """

    id: str = attrs.field(validator=bounded_text(MAX_ID_CHARS))
    title: str = attrs.field(validator=bounded_text(MAX_LABEL_CHARS * 2))
    text: str = attrs.field(validator=bounded_text(MAX_ANSWER_CHARS * 2))
    attributes: tuple[str, ...] = attrs.field(
        default=(),
        converter=_str_tuple,
        validator=attrs.validators.deep_iterable(bounded_text(MAX_LABEL_CHARS)),
    )
    coping: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))

    def similarity(self, traits: Iterable[str]) -> int:
        """How many of this story's attributes the person shares (case-insensitive)."""
        return len(_normalise(self.attributes) & _normalise(traits))


def best_story(stories: Iterable[ModelStory], traits: Iterable[str]) -> ModelStory | None:
    """The most similar coping story, or None when no coping story fits.

    A story fits when it shares at least one attribute with the person; a person
    with no traits recorded is matched to the first coping story. Ties go to the
    story given first, so the choice is deterministic.
    """
    wanted = tuple(traits)
    coping = [story for story in stories if story.coping]
    if not wanted:
        return coping[0] if coping else None
    best: ModelStory | None = None
    best_score = 0
    for story in coping:
        score = story.similarity(wanted)
        if score > best_score:
            best, best_score = story, score
    return best
