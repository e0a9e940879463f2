"""Features of the learned tiers (safety screen, attribution scorer): words, pairs, stems.

Shared by the screen, the scorer and the training scripts in ``tools/``, so training and use
read text the same way.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["features", "features_of", "words"]

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


#: Word stems: the first letters of longer words, so "stabbing" and "stabbed" share one.
STEM = 5


def words(text: str) -> list[str]:
    """The words of ``text``, lowercased, apostrophes normalised, in order."""
    low = text.lower()
    if "’" in low or "‘" in low:
        low = low.translate(_APOSTROPHES)
    return _WORD.findall(low)


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
