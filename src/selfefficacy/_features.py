"""Features of the learned tiers (safety screen, attribution scorer): words, pairs, stems.

Shared by the screen, the scorer and the training scripts in ``tools/``, so training and use
read text the same way; so is :func:`sigmoid`, which turns their sums into probabilities.
"""

from __future__ import annotations

import itertools
import math
import re

__all__ = ["features", "features_of", "safety_features", "sigmoid", "words"]

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


#: Word stems: the first letters of longer words, so "stabbing" and "stabbed" share one.
STEM = 5


def sigmoid(z: float) -> float:
    """The logistic function, its argument clamped to +-30 so that ``exp`` never overflows."""
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def _normalised(text: str) -> str:
    low = text.lower()
    return low.translate(_APOSTROPHES) if "’" in low or "‘" in low else low


def words(text: str) -> list[str]:
    """The words of ``text``, lowercased, apostrophes normalised, in order."""
    return _WORD.findall(_normalised(text))


def features(text: str) -> list[str]:
    """The distinct words, word pairs and word stems of ``text`` (lowercased,
    apostrophes normalised), in order of first appearance."""
    return features_of(words(text))


def features_of(text_words: list[str]) -> list[str]:
    """:func:`features` of the words :func:`words` found."""
    pairs = list(map(" ".join, itertools.pairwise(text_words)))
    stems = [f"{w[:STEM]}~" for w in text_words if len(w) > STEM]
    # Each feature once: a word repeated, or a sentence pasted three times, should
    # not weigh three times as much.
    return list(dict.fromkeys(text_words + pairs + stems))


#: A word, or a mark that ends a clause.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[.,;:!?\n]")
_PUNCTUATION = frozenset(".,;:!?\n")
#: Words that end a clause as well as the marks.
_CONJUNCTIONS = frozenset(("but", "and", "so", "because", "though"))
#: Words that turn the next few of their clause into their negation.
_NEGATORS = frozenset(
    (
        "not", "no", "never", "nothing", "nobody", "cannot",
        "don't", "dont", "didn't", "didnt", "won't", "wont", "can't", "cant",
        "isn't", "isnt", "wasn't", "wasnt", "wouldn't", "wouldnt",
        "shouldn't", "couldn't", "haven't", "hadn't", "aren't",
    )
)  # fmt: skip
#: How many words a negation reaches, and the widest gap in a near pair (in words).
NEGATION_REACH = 3
NEAR = 3


def safety_features(text: str) -> list[str]:
    """The safety screen's features: those of :func:`features`, plus near pairs (two
    words of one clause with one or two words between them: "want _ die" in "want to
    just die") and negated words (the next three words of a clause after "not",
    "never", "don't"...: "!hurt" in "I won't hurt anyone").

    Near pairs carry wordings the training statements used with other fillers; the
    negated words let the model tell "I want to hurt him" from "I'd never hurt him".
    """
    tokens = _TOKEN.findall(_normalised(text))
    out = features_of([t for t in tokens if t not in _PUNCTUATION])
    clause: list[str] = []
    for token in [*tokens, "."]:
        if token not in _PUNCTUATION and token not in _CONJUNCTIONS:
            clause.append(token)
            continue
        for i, w in enumerate(clause):
            out.extend(f"{w} _ {v}" for v in clause[i + 2 : i + NEAR + 1])
            if w in _NEGATORS:
                out.extend(f"!{v}" for v in clause[i + 1 : i + 1 + NEGATION_REACH])
        clause = []
    return list(dict.fromkeys(out))
