"""Features of the safety screen's learned tier: words and word pairs, lowercased.

Shared by the screen and by ``tools/train_safety_model.py``, so training and use
read text the same way.
"""

from __future__ import annotations

import re

__all__ = ["features"]

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


#: Word stems: the first letters of longer words, so "stabbing" and "stabbed" share one.
STEM = 5


def features(text: str) -> list[str]:
    """Words, word pairs and word stems of ``text`` (lowercased, apostrophes normalised)."""
    words = _WORD.findall(text.lower().translate(_APOSTROPHES))
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    stems = [f"{w[:STEM]}~" for w in words if len(w) > STEM]
    return words + pairs + stems
