"""A small, linear-time tokenizer that keeps character spans.

Words are lowercased, curly apostrophes straightened and English contractions
split ("didn't" -> "did" + "not", "I'm" -> "i" + "am"), so lexicon patterns are
written once in plain words and match every spelling of the contraction. Every
token keeps the span of the original text it came from.
"""

from __future__ import annotations

import functools
import re
from typing import Final

__all__ = ["PUNCT", "SENTENCE_END", "Tokens", "normalize_word", "tokenize"]

# Words (letters and digits, with inner apostrophes), or one piece of punctuation
# that ends a clause. Hyphens and other symbols are dropped, so "well-rested"
# reads as "well rested".
_TOKEN_RE: Final = re.compile(r"[^\W_]+(?:['’‘`][^\W_]+)*['’]?|\n|[.!?…]+|[,;:()\"“”—–]")

#: Marker stored as the norm of every punctuation token.
PUNCT: Final = "<p>"
#: Marker stored as the norm of a punctuation token that ends a sentence.
SENTENCE_END: Final = "<s>"

_SENTENCE_CHARS: Final = frozenset(".!?…\n")

_NOT_BASES: Final = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
_CLITICS: Final = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would", "s": "'s"}
# Contractions people type without the apostrophe.
_BARE: Final[dict[str, tuple[str, ...]]] = {
    "dont": ("do", "not"),
    "didnt": ("did", "not"),
    "doesnt": ("does", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"),
    "wasnt": ("was", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "wont": ("will", "not"),
    "aint": ("is", "not"),
    "im": ("i", "am"),
    "ive": ("i", "have"),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "coulda": ("could", "have"),
    "shoulda": ("should", "have"),
}


@functools.lru_cache(maxsize=16_384)
def normalize_word(word: str) -> tuple[tuple[str, int, int], ...]:
    """Split one word into normalized pieces with offsets relative to the word."""
    low = word.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    if low.endswith("'"):
        low = low[:-1]  # a trailing quote mark or a plural possessive ("players'")
    if "'" not in low:
        bare = _BARE.get(low)
        if bare is None:
            return ((low, 0, len(low)),)
        return tuple((piece, 0, len(low)) for piece in bare)
    if low.endswith("n't"):
        base = low[:-3]
        return ((_NOT_BASES.get(base, base), 0, len(base)), ("not", len(base), len(low)))
    head, _, tail = low.rpartition("'")
    clitic = _CLITICS.get(tail)
    if clitic is None:
        return ((low.replace("'", ""), 0, len(low)),)
    if not head:
        return ((clitic, 0, len(low)),)
    return ((head, 0, len(head)), (clitic, len(head), len(low)))


class Tokens:
    """Parallel lists describing the tokens of one text (an internal structure)."""

    __slots__ = ("ends", "norms", "sentences", "starts", "words")

    def __init__(self) -> None:
        self.norms: list[str] = []
        self.words: list[bool] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.sentences: list[int] = []

    def __len__(self) -> int:
        return len(self.norms)

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` is a word (not punctuation)."""
        return self.words[i]


def tokenize(text: str) -> Tokens:
    """Tokenize ``text`` in one left-to-right pass."""
    toks = Tokens()
    norms, starts, ends, sentences, words = (
        toks.norms,
        toks.starts,
        toks.ends,
        toks.sentences,
        toks.words,
    )
    sentence = 0
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        start = m.start()
        first = word[0]
        if first.isalnum():
            for piece, lo, hi in normalize_word(word):
                norms.append(piece)
                starts.append(start + lo)
                ends.append(start + hi)
                sentences.append(sentence)
                words.append(True)
            continue
        ends_sentence = first in _SENTENCE_CHARS
        norms.append(SENTENCE_END if ends_sentence else PUNCT)
        starts.append(start)
        ends.append(m.end())
        sentences.append(sentence)
        words.append(False)
        if ends_sentence:
            sentence += 1
    return toks
