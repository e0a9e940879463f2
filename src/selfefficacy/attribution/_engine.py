"""The rules of the lexicon scorer, as a pipeline of short passes over tokens.

Every pass walks the tokens by position once (or a bounded window around a
position), so scoring is linear in the length of the text.

Speed matters here (a host may score every message), so the passes that touch
every token run in C (``str.split``, ``map``, ``zip``, ``compress``,
``accumulate``, set tests over the whole list) and the Python-level work is per
cue, of which a text has few:

- cue finding looks up each token with the next two in a table (``_gram_table``)
  that settles most positions: no hedge or cue starts here, or this one- or
  two-word one does. Only longer phrases are read further, through a DFA over
  the trie built as it is used (``lexicon.State``), and only a phrase with a
  hedge inside it, which may be stepped over, gets the full trie search
  (``_longest``, the reference algorithm);
- emphasis is kept as a list of ``(lo, hi, factor)`` scalings, applied only at
  the cues' positions and in the order scaling every token would apply them, so
  the floats are the same;
- clause ids come from ``accumulate``, sentences from ``list.index`` and ``bisect``;
- result values are built once, at the end; the ranked causes nobody named are
  shared constants.

The tables depend on the lexicon only (never on a text's result), so scoring
stays cold: each text is read in full every time.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate, compress
from typing import Final

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
from selfefficacy.attribution.lexicon import (
    Compiled,
    CueKind,
    Entry,
    Lexicon,
    State,
    _Node,
    children,
)
from selfefficacy.attribution.result import Attribution, Cue, RankedCause
from selfefficacy.attribution.tokens import PUNCT, SENTENCE_END, Tokens, tokenize

__all__ = ["analyse"]

NEGATION_WINDOW = 3  # content words looked back for a negator
MAX_HEDGE_SKIPS = 2  # hedges a phrase may step over ("put the hours in" / "put the damn hours in")
DENIED = 0.1  # what is left of a cue the person denies ("it wasn't luck")
AGAINST_OUTCOME = 0.2  # what is left of a cue that points against the outcome
AFTER_CONTRAST = 1.5
BEFORE_CONTRAST = 0.5
FOCUSED = 1.5
RESULT_CLAUSE = 0.7  # "..., so I missed it": the clause after "so" tells the result
MIN_CAUSE_SCORE = 0.6  # below this, no cause is given
FALLBACK_CONFIDENCE = 0.2  # the confidence of a guess from the surface form
_GRAMS_CAP = 65_536  # entries in a lexicon's trigram table before it is emptied
_REAL_CAUSES: tuple[Cause, ...] = tuple(c for c in Cause if c is not Cause.NONE)
_NON_WORDS: Final = frozenset({PUNCT, SENTENCE_END})
# Auxiliaries and determiners do not use up the negation window ("haven't been doing my").
_FUNCTION_WORDS = frozenset(
    {
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "was",
        "were",
        "am",
        "is",
        "are",
        "will",
        "would",
        "can",
        "could",
        "my",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "our",
        "any",
        "to",
        "it",
        "i",
        "we",
    }
)
_PERFECT = frozenset({"have", "of", "'ve"})
_MODALS = frozenset({"should", "could", "ought"})
_SELF_WORDS = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
_SELF_SUBJECTS = frozenset({"i", "we"})
_POSSESSIVES = frozenset({"my", "our"})
_AGENT_CAUSES = (Cause.EFFORT, Cause.STRATEGY, Cause.CIRCUMSTANCE)
# Causes credited to another person when that person is their clause's subject ("the
# examiner was a nightmare", "the fastest girl was off sick", "their striker was too good").
_DONE_BY_OTHERS = (*_AGENT_CAUSES, Cause.TASK, Cause.STATE, Cause.ABILITY)
_SELF_PREDICATE_SKIP = frozenset({"a", "an", "such", "so", "total", "complete", "bit", "real"})
_FOCUS_KINDS = (CueKind.FOCUS, CueKind.FOCUS_BEFORE)

# Enum members read through the class cost a descriptor call each on Python 3.11
# (about 0.1 us), which adds up over a text's cues: the hot paths use these names.
_CAUSE_KIND: Final = CueKind.CAUSE
_DENY: Final = CueKind.DENY
_DENY_BEFORE: Final = CueKind.DENY_BEFORE
_FOCUS: Final = CueKind.FOCUS
_FOCUS_BEFORE: Final = CueKind.FOCUS_BEFORE
_RESULT: Final = CueKind.RESULT
_NO_CAUSE: Final = CueKind.NO_CAUSE
_STABLE_KIND: Final = CueKind.STABLE
_UNSTABLE_KIND: Final = CueKind.UNSTABLE
_TRAIT_KIND: Final = CueKind.TRAIT
_NONE: Final = Cause.NONE
_OTHERS: Final = Cause.OTHERS
_EFFORT: Final = Cause.EFFORT
_SUCCESS: Final = Outcome.SUCCESS
_STABLE: Final = Stability.STABLE
_UNSTABLE: Final = Stability.UNSTABLE
_CONTROLLABLE: Final = Control.CONTROLLABLE
_UNCONTROLLABLE: Final = Control.UNCONTROLLABLE
_LABEL: Final[dict[Cause, str]] = {c: c.value for c in Cause}
_STABLE_LABEL: Final = Stability.STABLE.value
_UNSTABLE_LABEL: Final = Stability.UNSTABLE.value
_TURNS_UNSTABLE: Final = (Cause.TASK, Cause.STATE, Cause.OTHERS, Cause.CIRCUMSTANCE)
_TRAIT_CAUSES: Final = (Cause.EFFORT, Cause.STRATEGY)
_DISCOUNTED = frozenset({"denied", "negated", "against-outcome"})

# What a phrase starting at a token can be, given it and the next two (see ``_decide``).
# ``_WALK`` is compared by identity.
_WALK: Final[tuple[int, Entry | None]] = (0, None)
_Decision = tuple[int, Entry | None] | tuple[()]
# Per trigram: ``(hedge decision, cue decision)``, or ``()`` when neither can start.
_Gram = tuple[_Decision, _Decision] | tuple[()]

_CAUSE_INDEX: Final[dict[Cause, int]] = {c: i for i, c in enumerate(_REAL_CAUSES)}
_ALL_NAMED: Final = (1 << len(_REAL_CAUSES)) - 1


class _Match:
    __slots__ = ("cause", "end", "entry", "kind", "notes", "sentence", "start", "weight")

    def __init__(self, start: int, end: int, entry: Entry) -> None:
        self.start = start
        self.end = end
        self.entry = entry
        self.kind = entry.kind
        self.cause = entry.cause
        self.weight = entry.weight
        self.notes: list[str] = []
        self.sentence = 0


class _Text:
    """One text's tokens and the per-token facts the rules read."""

    __slots__ = ("clause", "hedged", "n", "norms", "sentence_ends", "toks")

    def __init__(self, toks: Tokens) -> None:
        self.toks = toks
        self.norms = toks.norms
        self.n = n = len(toks.norms)
        self.hedged = [False] * (n + 2)  # two past the end, so cues may look ahead
        self.clause: list[int] = []
        self.sentence_ends: list[int] = []

    def index(self, compiled: Compiled) -> None:
        """Clause ids (a new clause at punctuation and boundary words) and sentence ends."""
        norms = self.norms
        self.clause = list(accumulate(map(compiled.clause_starters.__contains__, norms)))
        ends = self.sentence_ends
        at = -1
        try:
            while True:  # ``list.index`` scans in C; a text has few sentences
                at = norms.index(SENTENCE_END, at + 1)
                ends.append(at)
        except ValueError:
            pass

    def sentence_of(self, i: int) -> int:
        """A token's sentence: the number of sentence ends before it."""
        return bisect_left(self.sentence_ends, i)

    def sentence_span(self, k: int) -> tuple[int, int]:
        """The token range of sentence ``k`` (its closing punctuation included)."""
        ends = self.sentence_ends
        lo = ends[k - 1] + 1 if k else 0
        hi = ends[k] + 1 if k < len(ends) else self.n
        return lo, hi


def _longest(
    node: _Node, norms: list[str], pos: int, hedged: Sequence[bool], skips: int
) -> tuple[int, Entry] | None:
    """The longest cue from ``node`` at ``pos``: ``(end, entry)``, the heavier on a tie
    and the first found on a full tie. Steps over up to ``MAX_HEDGE_SKIPS`` hedges.

    The reference search; ``_walk`` gives the same answer faster when no hedge is in
    reach, and hands over to this when one is.
    """
    best = (pos, node.entry) if node.entry is not None else None
    n = len(norms)
    at = pos
    while at < n and norms[at] not in _NON_WORDS:
        for child in children(node, norms[at]):
            found = _longest(child, norms, at + 1, hedged, skips + (at - pos))
            if found is not None and (
                best is None or (found[0], found[1].weight) > (best[0], best[1].weight)
            ):
                best = found
        if at > pos or skips >= MAX_HEDGE_SKIPS or not hedged[at]:
            break
        at += 1  # step over one hedge ("put the damn hours in")
    return best


def _walk(
    state: State, norms: list[str], pos: int, hedged: Sequence[bool] | None
) -> tuple[int, Entry] | None:
    """The longest phrase from ``state`` at ``pos``, read through the DFA.

    Without hedges the trie walk only ever moves forward one word at a time, so the
    DFA's answer is the trie's: the longest run that ends on an entry. A hedge inside
    the phrase may be stepped over, which the DFA does not model: when the word after
    it continues the phrase, the reference search decides (``hedged`` is None for the
    hedge phrases themselves, which step over nothing).
    """
    start = state
    best = None
    n = len(norms)
    at = pos
    while at < n:
        if hedged is not None and at > pos and hedged[at] and _skips_on(state, norms, at):
            return _longest(start.nodes[0], norms, pos, hedged, 0)
        tok = norms[at]
        nxt = state.next.get(tok)
        state = state.advance(tok) if nxt is None else nxt
        if not state.nodes:
            break
        at += 1
        if state.entry is not None:
            best = (at, state.entry)
    return best


def _skips_on(state: State, norms: list[str], at: int) -> bool:
    """Whether stepping over the hedge at ``at`` can continue a phrase in ``state``."""
    return at + 1 < len(norms) and bool(state.advance(norms[at + 1]).nodes)


def _decide(state: State, first: str, second: str, third: str) -> _Decision:
    """The phrase from ``state`` a run of tokens starting ``first second third`` reads,
    if the three settle it (no hedge is stepped over: the caller checks that).

    ``()``: none. ``(length, entry)``: the longest phrase of at most two words, as
    the trie walk would choose it. ``_WALK``: it may run past the third word.
    """
    # ``next.get`` first: a memo hit without a method call (States are always truthy).
    one = state.next.get(first) or state.advance(first)
    if not one.nodes:
        return ()
    two = one.next.get(second) or one.advance(second)
    if two.nodes and (two.next.get(third) or two.advance(third)).nodes:
        return _WALK
    if two.entry is not None:
        return (2, two.entry)
    return () if one.entry is None else (1, one.entry)


def _gram_table(norms: list[str], compiled: Compiled) -> list[_Gram]:
    """The hedge and cue decisions of every token with the next two, from a table
    keyed by trigram: the whole text in C when every trigram is known."""
    grams = compiled.grams
    second = norms[1:]
    second.append(PUNCT)  # sentinels: nothing runs past the end
    third = second[1:]
    third.append(PUNCT)
    # ``zip`` stops at ``norms``: the sentinels outlast it only for an empty text.
    try:
        return list(map(grams.__getitem__, zip(norms, second, third, strict=False)))
    except KeyError:
        pass
    if len(grams) + len(norms) > _GRAMS_CAP:
        grams.clear()
    # A word that starts neither a hedge nor a cue settles its trigram at once; the
    # start states' memos say so without a call (a text seen for the first time is
    # mostly such words).
    hedge_next, cue_next = compiled.hedge_state.next, compiled.root_state.next
    out: list[_Gram] = []
    for key in zip(norms, second, third, strict=False):
        gram = grams.get(key)
        if gram is None:
            first = key[0]
            hedge_start, cue_start = hedge_next.get(first), cue_next.get(first)
            if hedge_start is None or cue_start is None or hedge_start.nodes or cue_start.nodes:
                hedge = _decide(compiled.hedge_state, *key)
                cue = _decide(compiled.root_state, *key)
                gram = (hedge, cue) if hedge or cue else ()
            else:
                gram = ()
            grams[key] = gram
        out.append(gram)
    return out


def _scan(t: _Text, compiled: Compiled) -> list[_Match]:
    """Mark the hedges in ``t.hedged``, then find the cues."""
    table = _gram_table(t.norms, compiled)
    starts = list(compress(range(t.n), table))
    if not starts:
        return []
    hedge_at = _hedges(t, compiled, table, starts)
    if hedge_at:  # a cue may step over a hedge one or two words in: check there too
        before = [h - 1 for h in hedge_at] + [h - 2 for h in hedge_at]
        starts = sorted(set(starts).union(b for b in before if b >= 0))
    return _cues(t, compiled, table, starts, bool(hedge_at))


def _hedges(t: _Text, compiled: Compiled, table: list[_Gram], starts: list[int]) -> list[int]:
    """Mark hedges ("kind of", "i guess"), left to right, longest first; their positions."""
    hedged = t.hedged
    at: list[int] = []
    free = 0
    for i in starts:
        hedge = table[i][0]  # type: ignore[misc]  # ``starts`` are the truthy grams
        if i < free or not hedge:
            continue
        if hedge is _WALK:
            found = _walk(compiled.hedge_state, t.norms, i, None)
            if found is None:
                continue
            end = found[0]
        else:
            end = i + hedge[0]  # nothing is stepped over inside hedges: this is final
        for j in range(i, end):
            hedged[j] = True
            at.append(j)
        free = end
    return at


def _cues(
    t: _Text, compiled: Compiled, table: list[_Gram], starts: Sequence[int], hedges: bool
) -> list[_Match]:
    """Cues, left to right, longest first, not overlapping; a hedge never starts one."""
    norms, hedged = t.norms, t.hedged
    out: list[_Match] = []
    free = 0
    for i in starts:
        if i < free or hedged[i]:
            continue
        gram = table[i]
        cue = gram[1] if gram else ()
        found: tuple[int, Entry | None] | None
        if cue is _WALK or (hedges and (hedged[i + 1] or hedged[i + 2])):
            found = _walk(compiled.root_state, norms, i, hedged if hedges else None)
        elif cue:
            found = (i + cue[0], cue[1])
        else:
            continue
        if found is not None and found[1] is not None:
            out.append(_Match(i, found[0], found[1]))
            free = found[0]
    return out


def _emphasis(
    t: _Text, compiled: Compiled, matches: Sequence[_Match]
) -> list[tuple[int, int, float]]:
    """Contrast, concession and focus markers, as ``(lo, hi, factor)`` scalings of the
    token positions ``lo <= i < hi``, in the order they apply (see ``_emph_at``)."""
    ops: list[tuple[int, int, float]] = []
    norms, clause = t.norms, t.clause
    words = compiled.emphasis_words
    if not words.isdisjoint(norms):
        for i in compress(range(t.n), map(words.__contains__, norms)):
            k = t.sentence_of(i)
            lo, hi = t.sentence_span(k)
            norm = norms[i]
            if norm in compiled.concessives and (i == lo or norms[i - 1] in _NON_WORDS):
                end = i + 1
                while end < hi and clause[end] == clause[i]:
                    end += 1
                ops.append((i, end, BEFORE_CONTRAST))
            elif norm in compiled.contrasts:
                if i + 1 >= hi - (1 if norms[hi - 1] in _NON_WORDS else 0):
                    continue  # a trailing "though" adds nothing
                ops.append((i + 1, hi, AFTER_CONTRAST))
                if i != lo:
                    ops.append((lo, i, BEFORE_CONTRAST))
                elif k:
                    ops.append((*t.sentence_span(k - 1), BEFORE_CONTRAST))
    for m in matches:
        kind = m.kind
        if kind is _FOCUS:
            ops.append((m.end, t.sentence_span(m.sentence)[1], FOCUSED))
        elif kind is _RESULT:
            ops.append((m.end, t.sentence_span(m.sentence)[1], RESULT_CLAUSE))
        elif kind is _FOCUS_BEFORE:
            lo = t.sentence_span(m.sentence)[0]
            if any(lo <= c.start < m.start for c in matches if c.kind is _CAUSE_KIND):
                ops.append((lo, m.start, FOCUSED))
            elif m.sentence:
                ops.append((*t.sentence_span(m.sentence - 1), FOCUSED))
    return ops


def _emph_at(ops: Sequence[tuple[int, int, float]], i: int) -> float:
    """The weight of position ``i``: 1 scaled by every op covering it, in order (so the
    float is the one scaling a per-token array would give)."""
    emph = 1.0
    for lo, hi, factor in ops:
        if lo <= i < hi:
            emph *= factor
    return emph


def _deny(t: _Text, matches: Sequence[_Match]) -> None:
    n, clause, norms = t.n, t.clause, t.norms
    denials = [d for d in matches if d.kind is _DENY or d.kind is _DENY_BEFORE]
    if not denials:
        return
    causes = [m for m in matches if m.kind is _CAUSE_KIND]
    for d in denials:
        if d.kind is _DENY:
            end = d.end
            while end < n and clause[end] == clause[d.start] and norms[end] != SENTENCE_END:
                end += 1
            hit = [m for m in causes if d.end <= m.start < end]
        else:
            hit = [m for m in causes if clause[m.start] == clause[d.start] and m.end <= d.start]
        for m in hit:
            if "denied" not in m.notes:
                m.weight *= DENIED
                m.notes.append("denied")


def _negated(t: _Text, negators: frozenset[str], start: int) -> tuple[bool, bool]:
    """Whether a cue at ``start`` is negated, and whether "never" negates it."""
    norms, clause, hedged = t.norms, t.clause, t.hedged
    negated = False
    never = False
    seen = 0
    j = start - 1
    while j >= 0 and seen < NEGATION_WINDOW and clause[j] == clause[start]:
        norm = norms[j]
        if norm in negators:
            negated = not negated
            never = never or norm == "never"
        if not hedged[j] and norm not in _FUNCTION_WORDS:
            seen += 1
        j -= 1
    return negated, never


def _counterfactual(t: _Text, start: int) -> bool:
    """Whether "should have" / "could have" governs a cue ("I should have revised")."""
    norms, clause = t.norms, t.clause
    j = start - 1
    seen = 0
    while j >= 1 and seen < NEGATION_WINDOW + 1 and clause[j] == clause[start]:
        if norms[j] in _PERFECT and norms[j - 1] in _MODALS:
            return True
        seen += 1
        j -= 1
    return False


def _self_subject(t: _Text, start: int) -> bool:
    """Whether the cue's clause has the speaker ("I", "we") as its subject."""
    norms, clause = t.norms, t.clause
    j = start - 1
    while j >= 0 and clause[j] == clause[start]:
        if norms[j] in _SELF_SUBJECTS:
            return True
        j -= 1
    return False


def _agent_is_other(t: _Text, others_at: set[int], start: int) -> bool:
    """Whether the nearest named agent before a cue, in its clause, is another person."""
    norms, clause = t.norms, t.clause
    lo = start
    while lo > 0 and clause[lo - 1] == clause[start]:
        lo -= 1
    for j in range(lo, start):  # the leftmost agent is the clause's subject
        if j in others_at:
            return True
        if norms[j] in _SELF_WORDS and not (norms[j] in _POSSESSIVES and j + 1 in others_at):
            return False  # "my coach ..." is the coach's doing, "I ..." is mine
    return False


def _self_predicated(t: _Text, start: int) -> bool:
    """Whether a cue is said of oneself in the present tense ("I'm a lazy ...")."""
    norms, hedged = t.norms, t.hedged
    j = start - 1
    seen = 0
    while j >= 1 and seen < 4:
        norm = norms[j]
        if norm == "am" and norms[j - 1] == "i":
            return True
        if not hedged[j] and norm not in _SELF_PREDICATE_SKIP:
            seen += 1
        j -= 1
    return False


def _cue(text: str, t: _Text, m: _Match, supports: str, weight: float) -> Cue:
    start, end = t.toks.extent(m.start, m.end)
    return Cue(text[start:end], start, end, supports, round(weight, 4), tuple(m.notes))


# RankedCause values are immutable and most are (cause, 0.0), so they are shared:
# ``_ZERO_TAILS[mask]`` holds, in enum order, the zero entries of the causes whose bit
# is not in ``mask`` (the causes named in a text); named ones are interned by score.
_ZERO_RANKED: Final = tuple(RankedCause(c, 0.0) for c in _REAL_CAUSES)
_ZERO_TAILS: Final = tuple(
    tuple(r for i, r in enumerate(_ZERO_RANKED) if not mask >> i & 1)
    for mask in range(_ALL_NAMED + 1)
)
_NAMED: Final = tuple(
    tuple(i for i in range(len(_REAL_CAUSES)) if mask >> i & 1) for mask in range(_ALL_NAMED + 1)
)
_RANKED: dict[tuple[int, float], RankedCause] = {}
_RANKED_CAP = 4_096


def _ranked(index: int, score: float) -> RankedCause:
    key = (index, score)
    found = _RANKED.get(key)
    if found is None:
        if len(_RANKED) >= _RANKED_CAP:
            _RANKED.clear()
        found = _RANKED[key] = RankedCause(_REAL_CAUSES[index], score)
    return found


def _rank(scores: list[float], last_at: list[int], named: int) -> tuple[RankedCause, ...]:
    """Causes by score, then by the latest mention (indexes into ``_REAL_CAUSES``).

    A cause never named has score 0 and no mention, so it sorts after every named
    one, in enum order: only the named ones (the bits of ``named``) need sorting.
    """
    order = _NAMED[named]
    if len(order) > 1:
        order = tuple(sorted(order, key=lambda i: (-scores[i], -last_at[i])))
    return tuple([_ranked(i, round(scores[i], 4)) for i in order]) + _ZERO_TAILS[named]


# ``impact_of`` for every combination seen (at most 2 x 3 x 3 x 3): a plain rule table,
# looked up instead of re-deciding the rules on every text.
_IMPACTS: dict[tuple[Outcome, Locus | None, Stability | None, Control | None], Impact] = {}


def _impact(
    outcome: Outcome, locus: Locus | None, stability: Stability | None, control: Control | None
) -> Impact:
    key = (outcome, locus, stability, control)
    found = _IMPACTS.get(key)
    if found is None:
        found = _IMPACTS[key] = impact_of(outcome, locus, stability, control)
    return found


def _nothing(
    outcome: Outcome,
    truncated: bool,
    confidence: float = 0.0,
    evidence: tuple[Cue, ...] = (),
    ranked: tuple[RankedCause, ...] = _ZERO_RANKED,
) -> Attribution:
    """The reading of a text that names no cause (with no cue at all, by default)."""
    return Attribution(
        outcome,
        _NONE,
        None,
        None,
        None,
        _impact(outcome, None, None, None),
        confidence,
        evidence,
        ranked,
        truncated,
    )


# The fallback when no cue names a cause: a first-person action told in the past
# ("I spent weeks recruiting", "we didn't promote it") is read as effort, the cheapest
# guess to be wrong with; anything else stays ``none``.
_FALLBACK_SKIP: Final = frozenset(
    {"just", "really", "also", "then", "only", "actually", "basically", "literally", "kinda"}
    | {"have", "had", "'ve", "'d", "did", "not", "never", "barely", "hardly", "even", "all"}
)
_FALLBACK_NEG: Final = frozenset({"not", "never", "barely", "hardly"})
_IRREGULAR_PAST: Final = frozenset(
    [
        "spent",
        "put",
        "kept",
        "wrote",
        "ran",
        "swam",
        "taught",
        "built",
        "fed",
        "sent",
        "drove",
        "rode",
        "sang",
        "drew",
        "took",
        "brought",
        "bought",
        "sold",
        "stuck",
        "fought",
        "dug",
        "threw",
        "caught",
        "shot",
        "sought",
        "chose",
        "led",
        "held",
        "went",
        "did",
    ]
)
# Verbs that tell the outcome, a feeling or a thought rather than an action.
_NOT_ACTIONS: Final = frozenset(
    [
        "failed",
        "passed",
        "lost",
        "won",
        "missed",
        "bombed",
        "flopped",
        "messed",
        "managed",
        "finished",
        "completed",
        "scored",
        "got",
        "made",
        "was",
        "were",
        "had",
        "felt",
        "seemed",
        "thought",
        "guessed",
        "supposed",
        "reckoned",
        "wanted",
        "needed",
        "liked",
        "loved",
        "hated",
        "hoped",
        "expected",
        "knew",
        "believed",
        "realised",
        "realized",
        "noticed",
        "wondered",
        "ended",
        "started",
        "qualified",
        "nailed",
        "smashed",
        "aced",
        "crushed",
        "killed",
        "blew",
        "tanked",
        "dropped",
        "succeeded",
        "happened",
        "turned",
        "looked",
        "sounded",
        "went",
        "did",
        "came",
        "saw",
        "heard",
        "pass",
        "get",
        "win",
        "make",
        "finish",
        "manage",
        "succeed",
        "work",
        "go",
        "know",
        "think",
        "expect",
        "want",
        "need",
        "like",
        "feel",
        "see",
        "hear",
        "come",
        "happen",
        "mean",
        "care",
        "mind",
        "understand",
        "remember",
        "forget",
        "is",
        "are",
        "am",
        "be",
        "been",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
    ]
)


def _fallback(norms: list[str]) -> bool:
    """Whether the text tells a first-person action ("I recruited", "we didn't promote")."""
    n = len(norms)
    for i in compress(range(n), map(_SELF_SUBJECTS.__contains__, norms)):
        j = i + 1
        negated = False
        while j < n and j < i + 5 and norms[j] in _FALLBACK_SKIP:
            negated = negated or norms[j] in _FALLBACK_NEG
            j += 1
        if j >= n:
            continue
        verb = norms[j]
        if (verb in _NOT_ACTIONS or verb in _NON_WORDS) and not (
            negated and verb in ("did", "went")
        ):
            continue
        if negated or (len(verb) > 4 and verb.endswith("ed")) or verb in _IRREGULAR_PAST:
            return True
    return False


def _guess(
    outcome: Outcome,
    evidence: tuple[Cue, ...],
    ranked: tuple[RankedCause, ...],
    truncated: bool,
) -> Attribution:
    """The fallback reading: effort, with its usual dimensions and a low confidence."""
    locus, stability, control = DEFAULT_DIMENSIONS[_EFFORT]
    return Attribution(
        outcome,
        _EFFORT,
        locus,
        stability,
        control,
        _impact(outcome, locus, stability, control),
        FALLBACK_CONFIDENCE,
        evidence,
        ranked,
        truncated,
    )


def analyse(text: str, outcome: Outcome, lexicon: Lexicon, *, truncated: bool) -> Attribution:
    """Score one (already capped) text."""
    compiled = lexicon.compiled
    t = _Text(tokenize(text))
    matches = _scan(t, compiled)
    if not matches:
        if _fallback(t.norms):
            return _guess(outcome, (), _ZERO_RANKED, truncated)
        return _nothing(outcome, truncated)
    t.index(compiled)
    ends = t.sentence_ends
    if ends:  # else every cue is in sentence 0
        for m in matches:
            m.sentence = bisect_left(ends, m.start)
    ops = _emphasis(t, compiled, matches)
    _deny(t, matches)
    sign = 1 if outcome is _SUCCESS else -1

    others_at = {
        i
        for m in matches
        if m.cause is _OTHERS and m.kind is _CAUSE_KIND
        for i in range(m.start, m.end)
    }
    causes: list[_Match] = []
    never_at: set[int] = set()
    none_score = 0.0
    for m in matches:
        kind = m.kind
        if kind is _NO_CAUSE:
            none_score += m.entry.weight * (_emph_at(ops, m.start) if ops else 1.0)
            continue
        if kind is not _CAUSE_KIND:
            continue
        causes.append(m)
        _weigh(t, compiled, m, _emph_at(ops, m.start) if ops else 1.0, sign, never_at)

    ranked = _rank_causes(t, matches, causes, others_at)
    top = ranked[0]
    second = ranked[1].score
    evidence = tuple(
        [_cue(text, t, m, _LABEL[m.cause], m.weight) for m in causes if m.cause is not None]
    )
    if top.score < MIN_CAUSE_SCORE or none_score >= top.score:
        if not none_score and _fallback(t.norms):
            return _guess(outcome, evidence, ranked, truncated)
        conf = none_score / (none_score + top.score) if none_score else 0.0
        return _nothing(outcome, truncated, _clip(conf * _saturate(none_score)), evidence, ranked)

    cause = top.cause
    locus, stability, control = DEFAULT_DIMENSIONS[cause]
    mine = [m for m in causes if m.cause is cause and m.kind is _CAUSE_KIND]
    if mine:
        stability, control, dim_cues = _dimensions(
            text, t, matches, mine, never_at, cause, stability, control
        )
        evidence += tuple(dim_cues)
    conf = (top.score / (top.score + second)) * _saturate(top.score)
    return Attribution(
        outcome,
        cause,
        locus,
        stability,
        control,
        _impact(outcome, locus, stability, control),
        _clip(conf),
        evidence,
        ranked,
        truncated,
    )


def _rank_causes(
    t: _Text, matches: Sequence[_Match], causes: list[_Match], others_at: set[int]
) -> tuple[RankedCause, ...]:
    """Sum the cues' weights per cause, crediting agents' actions to other people."""
    scores = [0.0] * len(_REAL_CAUSES)
    last_at = [-1] * len(_REAL_CAUSES)
    named = 0
    for m in causes:
        if others_at and m.cause in _DONE_BY_OTHERS and _agent_is_other(t, others_at, m.start):
            m.cause = _OTHERS
            if "against-outcome" in m.notes:  # another's weakness helps me, and so on
                m.weight /= AGAINST_OUTCOME
                m.notes.remove("against-outcome")
            m.notes.append("done-by-others")
        i = _CAUSE_INDEX[m.cause]  # type: ignore[index]  # a cause cue always has a cause
        scores[i] += m.weight
        if m.start > last_at[i]:
            last_at[i] = m.start
        named |= 1 << i
    # Focus entries that carry a cause stand in for one when nothing was named.
    if max(scores) < MIN_CAUSE_SCORE:
        for m in matches:
            if m.kind in _FOCUS_KINDS and m.entry.cause:
                i = _CAUSE_INDEX[m.entry.cause]
                scores[i] += m.entry.weight
                if m.start > last_at[i]:
                    last_at[i] = m.start
                named |= 1 << i
                causes.append(m)
    return _rank(scores, last_at, named)


def _weigh(
    t: _Text, compiled: Compiled, m: _Match, emph: float, sign: int, never_at: set[int]
) -> None:
    """Scale one cause cue by emphasis, negation, counterfactuals and the outcome."""
    m.weight *= emph
    if emph > 1.0:
        m.notes.append("emphasised")
    elif emph < 1.0:
        m.notes.append("played-down")
    if "denied" in m.notes:
        return
    negated, never = _negated(t, compiled.negators, m.start)
    valence = m.entry.valence
    if valence and _counterfactual(t, m.start):
        valence = -valence
        m.notes.append("counterfactual")
    if negated:
        m.notes.append("negated")
        if never:
            never_at.add(m.start)
        if valence == 0 and m.entry.cause in _AGENT_CAUSES and _self_subject(t, m.start):
            valence = 1  # "I never plan": a habit missing, not a cause denied
        if valence == 0:
            m.weight *= DENIED
            return
        valence = -valence
    if valence and valence != sign:
        m.weight *= AGAINST_OUTCOME
        m.notes.append("against-outcome")


def _dimensions(
    text: str,
    t: _Text,
    matches: Sequence[_Match],
    mine: Sequence[_Match],
    never_at: set[int],
    cause: Cause,
    stability: Stability,
    control: Control,
) -> tuple[Stability, Control, list[Cue]]:
    """Turn the cause's usual dimensions by what the words say."""
    cues: list[Cue] = []
    live = [m for m in mine if _DISCOUNTED.isdisjoint(m.notes)]
    live = live or [m for m in mine if "denied" not in m.notes] or list(mine)
    primary = live[0] if len(live) == 1 else max(live, key=lambda m: (m.weight, m.start))
    entry = primary.entry
    stable = entry.stability is _STABLE or any(m.start in never_at for m in live)
    unstable = entry.stability is _UNSTABLE
    trait = any(m.entry.trait and _self_predicated(t, m.start) for m in live)
    uncontrollable = entry.control is _UNCONTROLLABLE
    controllable = entry.control is _CONTROLLABLE
    markers = [m for m in matches if m.kind in _DIMENSION_KINDS]
    near = _near_sentences(matches, live) if markers else set()
    for m in markers:
        kind = m.kind
        if m.sentence not in near or _opens_longer_sentence(t, m):
            continue
        if kind is _STABLE_KIND:
            stable = True
            cues.append(_cue(text, t, m, _STABLE_LABEL, 0.0))
        elif kind is _UNSTABLE_KIND:
            unstable = True
            cues.append(_cue(text, t, m, _UNSTABLE_LABEL, 0.0))
        else:
            trait = True
            cues.append(_cue(text, t, m, _STABLE_LABEL, 0.0))
    if trait or stable:
        stability = _STABLE
    elif unstable and cause in _TURNS_UNSTABLE:
        stability = _UNSTABLE
    if trait and cause in _TRAIT_CAUSES:
        uncontrollable = True
    if uncontrollable:
        control = _UNCONTROLLABLE
    elif controllable:
        control = _CONTROLLABLE
    return stability, control, cues


_DIMENSION_KINDS = frozenset({_STABLE_KIND, _UNSTABLE_KIND, _TRAIT_KIND})


def _near_sentences(matches: Sequence[_Match], live: Sequence[_Match]) -> set[int]:
    """The sentences a time marker counts in: those of the live cues, and the next one
    when it names no cause of its own (a bare follow-up: "Nerves. Every single time.")."""
    sentences = {m.sentence for m in live}
    cause_sentences = {m.sentence for m in matches if m.kind is _CAUSE_KIND}
    near = set(sentences)
    for s in sentences:
        if s + 1 not in cause_sentences:
            near.add(s + 1)
    return near


def _opens_longer_sentence(t: _Text, m: _Match) -> bool:
    """A marker opening a sentence that goes on ("Every time I got going, ...") sets
    the time of that sentence's own events; it says nothing about the cause.

    A cue is all words, so the token after it is in its sentence whenever it is a word.
    """
    first = m.start == 0 or t.norms[m.start - 1] == SENTENCE_END
    return first and m.end < t.n and t.norms[m.end] not in _NON_WORDS


def _saturate(score: float) -> float:
    return score / math.sqrt(score * score + 1.0)


def _clip(value: float) -> float:
    return 0.0 if value != value else min(1.0, max(0.0, value))


def score_text(text: str, outcome: Outcome, lexicon: Lexicon, max_chars: int) -> Attribution:
    """Cap ``text`` at ``max_chars`` characters and score it."""
    truncated = len(text) > max_chars
    return analyse(text[:max_chars] if truncated else text, outcome, lexicon, truncated=truncated)
