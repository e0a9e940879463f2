"""The scorer's fast paths agree with the plain algorithms they stand in for.

The engine finds cues through a trigram table and a lazily built DFA, and the
tokenizer reads space-free chunks from a memo; these tests hold both to the
straightforward versions (a trie search at every token, one regex pass over the
whole text) on generated texts dense in lexicon words, hedges and punctuation,
so a change to the lexicon data or to the fast paths cannot drift them apart.
"""

from __future__ import annotations

import random

import pytest

from selfefficacy.attribution import LexiconScorer, Outcome, default_lexicon
from selfefficacy.attribution import _engine as engine
from selfefficacy.attribution.lexicon import Entry, Lexicon, expand
from selfefficacy.attribution.tokens import (
    _SENTENCE_CHARS,
    _TOKEN_RE,
    PUNCT,
    SENTENCE_END,
    normalize_word,
    tokenize,
)

_EXTRAS = [
    "not",
    "never",
    "didn't",
    "don't",
    "I'm",
    "can't",
    "wasn't",
    "but",
    "though",
    "although",
    "however",
    "just",
    "really",
    "kind",
    "of",
    "I",
    "guess",
    "so",
    "because",
    "and",
    "should",
    "have",
    "could've",
    "it",
    "wasn't",
    "no",
    "idea",
    "why",
    "every",
    "time",
    "always",
    "this",
    "time",
    "lazy",
    "luck",
    "they",
    "my",
    "coach",
    "well-rested",
    "dont",
    "Im",
    "cannot",
    "players'",
    "n't",
    "İ'm",
    "’s",
]
_PUNCTUATION = (".", ",", "!", "?", "\n", "…", "—", "(", ")", '"', ";", "...", "  ")


def _vocabulary(lexicon: Lexicon) -> list[str]:
    words = {w for e in lexicon for w in e.pattern.replace("/", " ").split()}
    words |= {w for h in lexicon.hedges for w in h.split()}
    return sorted(w.strip("[]*") for w in words if w.strip("[]*_"))


def _phrase(rng: random.Random, lexicon: Lexicon, vocab: list[str]) -> list[str]:
    """A lexicon phrase, with a hedge or two slipped in after its first word."""
    words = list(rng.choice(expand(rng.choice(lexicon.entries).pattern)))
    words = [
        rng.choice(vocab) if w == "_" else w.rstrip("*") + "ed" * w.endswith("*") for w in words
    ]
    for _ in range(rng.choice((0, 0, 1, 2))):
        words.insert(rng.randint(1, len(words)), rng.choice(lexicon.hedges))
    return words


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lexicon = default_lexicon()
    vocab = _vocabulary(lexicon) + _EXTRAS
    out = []
    for _ in range(count):
        pieces: list[str] = []
        for _ in range(rng.randint(0, 30)):
            roll = rng.random()
            if roll < 0.12:
                pieces.append(rng.choice(_PUNCTUATION))
            elif roll < 0.2:
                pieces.append(rng.choice(vocab).capitalize())
            elif roll < 0.35:
                pieces += _phrase(rng, lexicon, vocab)
            else:
                pieces.append(rng.choice(vocab))
        out.append(" ".join(pieces))
    return out


def _reference_tokens(text: str) -> list[tuple[str, int, int]]:
    """One regex pass over the whole text, as the tokenizer was first written."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        word, start = m.group(), m.start()
        if word[0].isalnum():
            out += [(piece, start + lo, start + hi) for piece, lo, hi in normalize_word(word)]
        else:
            out.append((SENTENCE_END if word[0] in _SENTENCE_CHARS else PUNCT, start, m.end()))
    return out


def _reference_cues(norms: list[str], lexicon: Lexicon) -> list[tuple[int, int, Entry]]:
    """Hedges, then cues, by a full trie search at every token."""
    n = len(norms)
    hedged = [False] * (n + 2)
    i = 0
    while i < n:
        found = None
        if norms[i] in lexicon.hedge_starts:
            found = engine._longest(lexicon.hedge_root, norms, i, hedged, engine.MAX_HEDGE_SKIPS)
        if found is None:
            i += 1
            continue
        for j in range(i, found[0]):
            hedged[j] = True
        i = found[0]
    out = []
    i = 0
    while i < n:
        found = None if hedged[i] else engine._longest(lexicon.root, norms, i, hedged, 0)
        if found is None:
            i += 1
            continue
        out.append((i, found[0], found[1]))
        i = found[0]
    return out


@pytest.mark.parametrize("seed", range(4))
def test_tokens_and_spans_match_one_regex_pass(seed: int) -> None:
    for text in _texts(400, seed):
        toks = tokenize(text)
        got = [(norm, *toks.extent(i, i + 1)) for i, norm in enumerate(toks.norms)]
        assert got == _reference_tokens(text), text


@pytest.mark.parametrize("seed", range(4))
def test_cue_finding_matches_the_full_trie_search(seed: int) -> None:
    lexicon = default_lexicon()
    for text in _texts(400, seed):
        t = engine._Text(tokenize(text))
        got = [(m.start, m.end, m.entry) for m in engine._scan(t, lexicon.compiled)]
        assert got == _reference_cues(t.norms, lexicon), text


def test_scoring_is_the_same_with_and_without_the_result_cache() -> None:
    cached, uncached = LexiconScorer(), LexiconScorer(cache_size=0)
    for text in _texts(300, 99):
        for outcome in Outcome:
            assert cached.score(text, outcome=outcome) == uncached.score(text, outcome=outcome)
