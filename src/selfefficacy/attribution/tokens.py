"""A small, linear-time tokenizer that keeps character spans.

Words are lowercased, curly apostrophes straightened and English contractions
split ("didn't" -> "did" + "not", "I'm" -> "i" + "am"), so lexicon patterns are
written once in plain words and match every spelling of the contraction. Every
token keeps the span of the original text it came from.

Speed: no token contains a space and a space is never a token, so the text is cut
at spaces (``str.split`` runs in C) and each space-free chunk is tokenized once and
remembered. A text is then a few dictionary look-ups and one ``chain``; the token
spans, needed only for the few cues a scorer reports, are worked out on demand.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from itertools import accumulate, chain
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


# Per space-free chunk: its token norms, and the token spans relative to the chunk.
# Two dicts so that ``map(dict.__getitem__, ...)`` can feed ``chain`` directly.
# Bounded: when full they are emptied (a chunk is cheap to tokenize again).
_CHUNK_CAP: Final = 32_768
_CHUNK_NORMS: dict[str, tuple[str, ...]] = {}
_CHUNK_SPANS: dict[str, tuple[tuple[int, int], ...]] = {}


def _learn_chunk(chunk: str) -> None:
    """Tokenize one space-free chunk and remember its norms and spans."""
    norms: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _TOKEN_RE.finditer(chunk):
        word = m.group()
        start = m.start()
        first = word[0]
        if first.isalnum():
            for piece, lo, hi in normalize_word(word):
                norms.append(piece)
                spans.append((start + lo, start + hi))
        else:
            norms.append(SENTENCE_END if first in _SENTENCE_CHARS else PUNCT)
            spans.append((start, m.end()))
    _CHUNK_SPANS[chunk] = tuple(spans)
    _CHUNK_NORMS[chunk] = tuple(norms)  # written last: a reader that finds it finds both


def _chunk_norms(chunks: list[str]) -> list[tuple[str, ...]]:
    """The norms of the tokens of each chunk, learning chunks not seen before."""
    try:
        return list(map(_CHUNK_NORMS.__getitem__, chunks))
    except KeyError:
        pass
    if len(_CHUNK_NORMS) + len(chunks) > _CHUNK_CAP:
        _CHUNK_NORMS.clear()
        _CHUNK_SPANS.clear()
    return [_norms_of(chunk) for chunk in chunks]


class Tokens:
    """The tokens of one text (an internal structure).

    ``norms`` holds each token's normalized word, or :data:`PUNCT` /
    :data:`SENTENCE_END` for punctuation. Character spans come from :meth:`extent`.
    """

    __slots__ = ("_chunks", "_first_token", "_offsets", "_parts", "norms")

    def __init__(self, chunks: list[str], parts: list[tuple[str, ...]]) -> None:
        self.norms = list(chain.from_iterable(parts))
        self._chunks = chunks
        self._parts = parts  # the norms of each chunk
        self._first_token: list[int] = []  # index of each chunk's first token
        self._offsets: list[int] = []  # characters before each chunk, spaces not counted

    def __len__(self) -> int:
        return len(self.norms)

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` is a word (not punctuation)."""
        return self.norms[i] not in (PUNCT, SENTENCE_END)

    def span(self, i: int) -> tuple[int, int]:
        """The ``(start, end)`` characters of token ``i`` in the text."""
        return self.extent(i, i + 1)

    def extent(self, first: int, stop: int) -> tuple[int, int]:
        """The ``(start, end)`` characters of tokens ``first`` to ``stop - 1``."""
        first_token, chunks = self._first_token, self._chunks
        if not first_token:
            # Chunk ``j`` starts after the chunks before it and ``j`` spaces.
            first_token = self._first_token = list(accumulate(map(len, self._parts), initial=0))
            self._offsets = list(accumulate(map(len, chunks), initial=0))
        head = bisect_right(first_token, first) - 1
        tail = bisect_right(first_token, stop - 1, head) - 1
        offsets = self._offsets
        start = offsets[head] + head + _spans_of(chunks[head])[first - first_token[head]][0]
        end = offsets[tail] + tail + _spans_of(chunks[tail])[stop - 1 - first_token[tail]][1]
        return start, end


def _norms_of(chunk: str) -> tuple[str, ...]:
    norms = _CHUNK_NORMS.get(chunk)
    if norms is None:
        _learn_chunk(chunk)
        norms = _CHUNK_NORMS[chunk]
    return norms


def _spans_of(chunk: str) -> tuple[tuple[int, int], ...]:
    spans = _CHUNK_SPANS.get(chunk)
    if spans is None:  # emptied by another text since this one was read
        _learn_chunk(chunk)
        spans = _CHUNK_SPANS[chunk]
    return spans


def tokenize(text: str) -> Tokens:
    """Tokenize ``text`` in one left-to-right pass."""
    chunks = text.split(" ")
    return Tokens(chunks, _chunk_norms(chunks))
