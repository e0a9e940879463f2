"""The scorer's learned tier: word statistics that settle what the rules leave open.

The rules read constructions (negation, contrast, who did what) but only know the
words someone listed; people explain outcomes in endless other words. Logistic
regressions over words, word pairs, stems and the outcome, trained by
``tools/train_attribution_model.py`` on the labelled corpora, back them up:

- one per cause, against the rest: what the person blames;
- one for "stable" and one for "controllable", with the cause among their features:
  how the person tells that cause ("always", "a one-off", "I'm just a lazy person");
- one per impact for each outcome, against the rest: what the explanation does to
  the belief that one can succeed next time, read from the words directly.

:func:`blend` adds the cause probabilities, weighted by :data:`BLEND`, to the rules'
share of evidence. The :data:`CONTENDERS` causes with the most are then read in
full: each takes the dimensions that the stability, control and impact models find
most likely together, the rules' own reading of their own cause starting
:data:`RULES_READING` ahead; the impact model's probability for the impact that
reading gives, times :data:`IMPACT_WEIGHT`, is added to the cause's score, and the
highest score wins. So the dimensions always come from the text, never from a
table of usual values, and the impact always follows from the outcome and the
dimensions (:func:`~selfefficacy.attribution.labels.impact_of`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from typing import Final, NamedTuple

import attrs

from selfefficacy._features import features_of, sigmoid, words
from selfefficacy.attribution.labels import (
    DEFAULT_DIMENSIONS,
    Cause,
    Control,
    Impact,
    Locus,
    Outcome,
    Stability,
    impact_of,
)
from selfefficacy.attribution.result import Attribution, RankedCause

__all__ = [
    "BLEND",
    "CAUSES",
    "COLUMNS",
    "CONTENDERS",
    "CONTROLLABLE",
    "IMPACTS",
    "IMPACT_WEIGHT",
    "READING_IMPACT",
    "RULES_READING",
    "STABLE",
    "Weights",
    "blend",
    "cause_feature",
    "cause_probabilities",
    "default_weights",
    "impact_column",
    "impact_probabilities",
    "learned_features",
]

#: Weight of the learned cause probabilities (0 to 1) against the rules' share of
#: evidence (0 to 1): above 1, the learned tier decides unless the rules are clear.
#: Chosen, with the weights below, by leave-one-file-out over the held-out corpora
#: (tools/lofo_attribution.py).
BLEND: Final = 2.5
#: Weight of the impact model's probability for the impact a cause's reading gives,
#: added to that cause's score: it settles close calls between causes that would
#: leave the person with different beliefs ("no budget" or "no plan").
IMPACT_WEIGHT: Final = 1.5
#: Weight of the impact model's log-probability when choosing a cause's dimensions,
#: beside the stability and control models' own.
READING_IMPACT: Final = 1.0
#: Head start, in log-odds, of the rules' dimensions for the rules' own cause: the
#: learned models must be about nine to one against one of them to turn it.
RULES_READING: Final = math.log(9)
#: How many of the leading causes are read in full and compete on their readings.
CONTENDERS: Final = 2

#: The causes in label order, as the weights file keys them.
CAUSES: Final = tuple(cause.value for cause in Cause)
#: The impacts in label order.
IMPACTS: Final = tuple(impact.value for impact in Impact)
#: The columns of the dimension models: the probability of each of these values.
STABLE: Final = Stability.STABLE.value
CONTROLLABLE: Final = Control.CONTROLLABLE.value


def impact_column(outcome: Outcome, impact: Impact) -> str:
    """The weights table's column for ``impact`` after ``outcome``."""
    return f"{outcome.value}:{impact.value}"


def cause_feature(cause: Cause) -> str:
    """The feature naming the cause for the dimension models (no text yields it)."""
    return f"cause={cause.value}"


#: The weights table's columns: the cause models, the two dimension models, and the
#: impact models of each outcome.
COLUMNS: Final = (
    *CAUSES,
    STABLE,
    CONTROLLABLE,
    *(impact_column(outcome, impact) for outcome in Outcome for impact in Impact),
)
_N_CAUSES: Final = len(CAUSES)
_STABLE_AT: Final = COLUMNS.index(STABLE)
_CONTROL_AT: Final = COLUMNS.index(CONTROLLABLE)
_IMPACT_AT: Final = {
    outcome: COLUMNS.index(impact_column(outcome, Impact.BUILDING)) for outcome in Outcome
}
_CAUSE_ORDER: Final = tuple(Cause)
_IMPACT_ORDER: Final = tuple(Impact)
_CAUSE_FEATURES: Final = {cause: cause_feature(cause) for cause in Cause}
#: Every reading a cause can have, with the impact it gives after each outcome.
_READINGS: Final = {
    (outcome, locus): tuple(
        (stability, control, impact_of(outcome, locus, stability, control))
        for stability in Stability
        for control in Control
    )
    for outcome in Outcome
    for locus in Locus
}

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


class Weights(NamedTuple):
    """A trained learned tier: each column's bias, and each feature's row of weights,
    one per column of :data:`COLUMNS`."""

    biases: tuple[float, ...]
    rows: Mapping[str, tuple[float, ...]]


@functools.cache
def default_weights() -> Weights:
    """The shipped weights (``_weights.py``), loaded on first use."""
    from selfefficacy.attribution import _weights

    if tuple(_weights.COLUMNS) != COLUMNS:
        raise RuntimeError("the weights file is out of date: run tools/train_attribution_model.py")
    return Weights(tuple(_weights.BIASES), _weights.WEIGHTS)


def _logits(text: str, outcome: Outcome, weights: Weights) -> list[float]:
    """Every column's logit for a text: the bias plus the weights of its features,
    summed column by column in one pass."""
    found = [row for row in map(weights.rows.get, learned_features(text, outcome)) if row]
    return list(map(sum, zip(weights.biases, *found, strict=True)))


def _log_sigmoid(z: float) -> float:
    return -math.log1p(math.exp(-max(min(z, 30.0), -30.0)))


def _normalised(logits: Sequence[float]) -> list[float]:
    """One-against-the-rest probabilities, scaled to sum to 1."""
    raw = [sigmoid(z) for z in logits]
    total = sum(raw) or 1.0
    return [p / total for p in raw]


def cause_probabilities(
    text: str, outcome: Outcome, weights: Weights | None = None
) -> dict[Cause, float]:
    """Each cause's probability by the learned tier, normalised to sum to 1."""
    z = _logits(text, Outcome(outcome), weights or default_weights())
    return dict(zip(_CAUSE_ORDER, _normalised(z[:_N_CAUSES]), strict=True))


def impact_probabilities(
    text: str, outcome: Outcome, weights: Weights | None = None
) -> dict[Impact, float]:
    """Each impact's probability by the learned tier's impact models for ``outcome``,
    normalised to sum to 1."""
    outcome = Outcome(outcome)
    z = _logits(text, outcome, weights or default_weights())
    at = _IMPACT_AT[outcome]
    return dict(zip(_IMPACT_ORDER, _normalised(z[at : at + len(Impact)]), strict=True))


_Reading = tuple[Locus | None, Stability | None, Control | None, Impact]
_NO_READING: Final[_Reading] = (None, None, None, Impact.NEUTRAL)


def _reading(
    cause: Cause,
    result: Attribution,
    logits: Sequence[float],
    weights: Weights,
    impacts: Mapping[Impact, float],
) -> _Reading:
    """The dimensions of ``cause`` most likely by the stability, control and impact
    models together (the rules' own reading of their cause starting ahead), and the
    impact they give."""
    if cause is Cause.NONE:
        return _NO_READING
    locus = DEFAULT_DIMENSIONS[cause][0]
    turn = weights.rows.get(_CAUSE_FEATURES[cause])
    z_stable = logits[_STABLE_AT] + (turn[_STABLE_AT] if turn else 0.0)
    z_control = logits[_CONTROL_AT] + (turn[_CONTROL_AT] if turn else 0.0)
    by_stability = {
        Stability.STABLE: _log_sigmoid(z_stable),
        Stability.UNSTABLE: _log_sigmoid(-z_stable),
    }
    by_control = {
        Control.CONTROLLABLE: _log_sigmoid(z_control),
        Control.UNCONTROLLABLE: _log_sigmoid(-z_control),
    }
    own = (result.stability, result.control) if cause is result.cause else None
    best = -math.inf
    reading = _NO_READING
    for stability, control, impact in _READINGS[result.outcome, locus]:
        score = (
            by_stability[stability]
            + by_control[control]
            + READING_IMPACT * math.log(impacts[impact])
            + (RULES_READING if (stability, control) == own else 0.0)
        )
        if score > best:
            best, reading = score, (locus, stability, control, impact)
    return reading


def blend(result: Attribution, text: str, weights: Weights | None = None) -> Attribution:
    """``result`` with the learned tier's vote added; ``result`` itself when the rules'
    cause and dimensions stand.

    ``weights`` defaults to the shipped ones; the evaluation tools pass others.
    """
    weights = weights or default_weights()
    outcome = result.outcome
    logits = _logits(text, outcome, weights)
    evidence = {ranked.cause: ranked.score for ranked in result.ranked}
    total = sum(evidence.values()) or 1.0
    combined = {
        c: evidence.get(c, 0.0) / total + BLEND * p
        for c, p in zip(_CAUSE_ORDER, _normalised(logits[:_N_CAUSES]), strict=True)
    }
    at = _IMPACT_AT[outcome]
    impacts = dict(zip(_IMPACT_ORDER, _normalised(logits[at : at + len(Impact)]), strict=True))
    # Ties go to the rules' own reading, then to the cause with more evidence.
    contenders = sorted(_CAUSE_ORDER, key=lambda c: (-combined[c], c is not result.cause))
    best = -math.inf
    winner, (locus, stability, control, impact) = result.cause, _NO_READING
    for cause in contenders[:CONTENDERS]:
        reading = _reading(cause, result, logits, weights, impacts)
        score = combined[cause] + IMPACT_WEIGHT * impacts[reading[3]]
        if score > best:
            best, winner, (locus, stability, control, impact) = score, cause, reading
    if winner is result.cause:
        if (stability, control) == (result.stability, result.control):
            return result
        return attrs.evolve(result, stability=stability, control=control, impact=impact)
    ranked = tuple(
        RankedCause(c, round(s, 4))
        for c, s in sorted(combined.items(), key=lambda item: -item[1])
        if c is not Cause.NONE
    )
    return Attribution(
        outcome,
        winner,
        locus,
        stability,
        control,
        impact,
        round(combined[winner] / (sum(combined.values()) or 1.0), 4),
        result.evidence,
        ranked,
        result.truncated,
    )
