"""The scorer's learned tier: word statistics that settle what the rules leave open.

The rules read constructions (negation, contrast, who did what) but only know the
words someone listed; people explain outcomes in endless other words. A logistic
regression per cause, trained by ``tools/train_attribution_model.py`` on the labelled
corpora, scores every cause from words, word pairs and stems. :func:`blend` adds
those probabilities, weighted by :data:`BLEND`, to the rules' share of evidence; when
the winner changes, the cause takes its usual dimensions from the labelling guide.
"""

from __future__ import annotations

import functools
import math
from typing import Final

from selfefficacy._features import features_of, words
from selfefficacy.attribution.labels import DEFAULT_DIMENSIONS, Cause, Outcome, impact_of
from selfefficacy.attribution.result import Attribution, RankedCause

__all__ = ["BLEND", "CAUSES", "blend", "cause_probabilities", "learned_features"]

#: Weight of the learned probabilities (0 to 1) against the rules' share of evidence
#: (0 to 1): above 1, the learned tier decides unless the rules are clear. Chosen on
#: a held-out corpus: see docs/reading-text.md.
BLEND: Final = 2.0
#: Cue notes that show the rules read a structure the learned tier cannot.
_STRUCTURAL: Final = frozenset({"emphasised"})
#: The causes in label order, as the weights file keys them.
CAUSES: Final = tuple(cause.value for cause in Cause)


#: Words that open the part of a sentence naming the cause, or the part that weighs more.
_CAUSAL = frozenset(
    {"because", "cos", "cause", "coz", "since", "as", "thanks", "due", "down", "so"}
)
_CONTRAST = frozenset({"but", "though", "although", "however", "mostly", "mainly", "really"})


def learned_features(text: str, outcome: Outcome | str) -> list[str]:
    """The features the learned tier reads: the text's, the outcome, and the words
    after a causal word ("because ...") or a contrast ("but ..."), marked as such,
    since that is where people put the cause they weigh most."""
    text_words = words(text)
    marked: list[str] = []
    mark = ""
    for word in dict.fromkeys(text_words):
        if word in _CAUSAL:
            mark = "c:"
        elif word in _CONTRAST:
            mark = "b:"
        elif mark:
            marked.append(mark + word)
    return [*features_of(text_words), *marked, f"outcome={Outcome(outcome).value}"]


@functools.cache
def _table() -> tuple[tuple[float, ...], dict[str, tuple[float, ...]]]:
    """The weights turned inside out: each feature's weight for every cause, so a text
    costs one look-up and one vector sum per feature."""
    from selfefficacy.attribution._weights import MODELS

    biases = tuple(MODELS[cause][0] for cause in CAUSES)
    vectors: dict[str, list[float]] = {}
    for index, cause in enumerate(CAUSES):
        for feature, weight in MODELS[cause][1].items():
            vectors.setdefault(feature, [0.0] * len(CAUSES))[index] = weight
    return biases, {feature: tuple(vector) for feature, vector in vectors.items()}


def cause_probabilities(text: str, outcome: Outcome) -> dict[Cause, float]:
    """Each cause's probability by the learned tier, normalised to sum to 1."""
    biases, table = _table()
    vectors = [v for v in map(table.get, learned_features(text, outcome)) if v is not None]
    # Summed column by column: one pass in C per cause rather than one per feature.
    columns = zip(*vectors, strict=True) if vectors else [()] * len(biases)
    z = [bias + sum(column) for bias, column in zip(biases, columns, strict=True)]
    raw = [1 / (1 + math.exp(-max(min(value, 30.0), -30.0))) for value in z]
    total = sum(raw) or 1.0
    return {cause: p / total for cause, p in zip(Cause, raw, strict=True)}


def blend(result: Attribution, text: str) -> Attribution:
    """``result`` with the learned tier's vote added; unchanged when the rules' cause wins.

    Where the rules read a contrast that weighs one cause over another ("I was tired,
    but mostly the noise..."), their reading stands: word statistics cannot see it.
    """
    if any(_STRUCTURAL.intersection(cue.notes) for cue in result.evidence):
        return result
    evidence = {ranked.cause: ranked.score for ranked in result.ranked}
    total = sum(evidence.values()) or 1.0
    learned = cause_probabilities(text, result.outcome)
    combined = {c: evidence.get(c, 0.0) / total + BLEND * learned[c] for c in Cause}
    # Ties go to the rules' own reading.
    winner = max(Cause, key=lambda c: (combined[c], c is result.cause))
    if winner is result.cause:
        return result
    locus, stability, control = DEFAULT_DIMENSIONS.get(winner, (None, None, None))
    ranked = tuple(
        RankedCause(c, round(s, 4))
        for c, s in sorted(combined.items(), key=lambda item: -item[1])
        if c is not Cause.NONE
    )
    return Attribution(
        result.outcome,
        winner,
        locus,
        stability,
        control,
        impact_of(result.outcome, locus, stability, control),
        round(combined[winner] / (sum(combined.values()) or 1.0), 4),
        result.evidence,
        ranked,
        result.truncated,
    )
