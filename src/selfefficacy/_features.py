"""Features of the learned tiers (safety screen, attribution scorer): words, pairs, stems.

Shared by the screen, the scorer and the training scripts in ``tools/``, so training and use
read text the same way.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["features"]

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


#: Word stems: the first letters of longer words, so "stabbing" and "stabbed" share one.
STEM = 5


def features(text: str) -> list[str]:
    """The distinct words, word pairs and word stems of ``text`` (lowercased,
    apostrophes normalised), in order of first appearance."""
    words = _WORD.findall(text.lower().translate(_APOSTROPHES))
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    stems = [f"{w[:STEM]}~" for w in words if len(w) > STEM]
    # Each feature once: a word repeated, or a sentence pasted three times, should
    # not weigh three times as much.
    return list(dict.fromkeys(words + pairs + stems))
