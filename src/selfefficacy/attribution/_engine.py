"""The rules of the lexicon scorer, as a pipeline of short passes over tokens.

Every pass walks the tokens by position once (or a bounded window around a
position), so scoring is linear in the length of the text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from selfefficacy.attribution.labels import (
    DEFAULT_DIMENSIONS,
    Cause,
    Control,
    Outcome,
    Stability,
    impact_of,
)
from selfefficacy.attribution.lexicon import CueKind, Entry, Lexicon, _Node
from selfefficacy.attribution.result import Attribution, Cue, RankedCause
from selfefficacy.attribution.tokens import SENTENCE_END, Tokens, tokenize

__all__ = ["analyse"]

NEGATION_WINDOW = 3  # content words looked back for a negator
MAX_HEDGE_SKIPS = 2  # hedges a phrase may step over ("put the hours in" / "put the damn hours in")
DENIED = 0.1  # what is left of a cue the person denies ("it wasn't luck")
AGAINST_OUTCOME = 0.2  # what is left of a cue that points against the outcome
AFTER_CONTRAST = 1.5
BEFORE_CONTRAST = 0.5
FOCUSED = 1.5
RESULT_CLAUSE = 0.7  # "..., so I missed it": the clause after "so" tells the result
MIN_CAUSE_SCORE = 0.6
_MEMO_CAP = 20_000  # below this, no cause is given
_REAL_CAUSES: tuple[Cause, ...] = tuple(c for c in Cause if c is not Cause.NONE)
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
_AGENT_CAUSES = (Cause.EFFORT, Cause.STRATEGY, Cause.CIRCUMSTANCE)
_SELF_PREDICATE_SKIP = frozenset({"a", "an", "such", "so", "total", "complete", "bit", "real"})


class _Match:
    __slots__ = ("cause", "end", "entry", "notes", "start", "weight")

    def __init__(self, start: int, end: int, entry: Entry) -> None:
        self.start = start
        self.end = end
        self.entry = entry
        self.cause = entry.cause
        self.weight = entry.weight
        self.notes: list[str] = []


def _children(node: _Node, tok: str) -> tuple[_Node, ...]:
    """The nodes ``tok`` leads to from ``node``, memoised per node (the trie never changes)."""
    memo = node.memo
    found = memo.get(tok)
    if found is not None:
        return found
    out: list[_Node] = []
    child = node.exact.get(tok)
    if child is not None:
        out.append(child)
    for stem, pnode in node.prefixes.get(tok[:3], ()):
        if tok.startswith(stem):
            out.append(pnode)
    if node.wild is not None:
        out.append(node.wild)
    if len(memo) >= _MEMO_CAP:
        memo.clear()
    result = memo[tok] = tuple(out)
    return result


def _longest(
    node: _Node, toks: Tokens, pos: int, hedged: Sequence[bool], skips: int
) -> tuple[int, Entry] | None:
    best = (pos, node.entry) if node.entry is not None else None
    words = toks.words
    norms = toks.norms
    n = len(norms)
    at = pos
    while at < n and words[at]:
        for child in _children(node, norms[at]):
            found = _longest(child, toks, at + 1, hedged, skips + (at - pos))
            if found is not None and (
                best is None or (found[0], found[1].weight) > (best[0], best[1].weight)
            ):
                best = found
        if at > pos or skips >= MAX_HEDGE_SKIPS or not hedged[at]:
            break
        at += 1  # step over one hedge ("put the damn hours in")
    return best


def _hedge_mask(toks: Tokens, lexicon: Lexicon) -> list[bool]:
    n = len(toks)
    mask = [False] * n
    i = 0
    while i < n:
        found = (
            _longest(lexicon.hedge_root, toks, i, mask, MAX_HEDGE_SKIPS)
            if toks.words[i] and toks.norms[i] in lexicon.hedge_starts
            else None
        )
        if found is None:
            i += 1
            continue
        for j in range(i, found[0]):
            mask[j] = True
        i = found[0]
    return mask


def _find_matches(toks: Tokens, lexicon: Lexicon, hedged: Sequence[bool]) -> list[_Match]:
    out: list[_Match] = []
    n = len(toks)
    i = 0
    while i < n:
        startable = toks.words[i] and not hedged[i] and bool(_children(lexicon.root, toks.norms[i]))
        found = _longest(lexicon.root, toks, i, hedged, 0) if startable else None
        if found is None:
            i += 1
            continue
        out.append(_Match(i, found[0], found[1]))
        i = found[0]
    return out


def _clauses(toks: Tokens, lexicon: Lexicon) -> list[int]:
    """Clause id of each token: a new clause at punctuation and at boundary words."""
    ids: list[int] = []
    clause = 0
    starters = lexicon.boundaries | lexicon.contrasts | lexicon.concessives
    for i, norm in enumerate(toks.norms):
        if norm in starters or not toks.is_word(i):
            clause += 1
        ids.append(clause)
    return ids


def _sentence_spans(toks: Tokens) -> dict[int, tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for i, sent in enumerate(toks.sentences):
        lo, _ = spans.get(sent, (i, i))
        spans[sent] = (lo, i + 1)
    return spans


def _scale(emph: list[float], lo: int, hi: int, factor: float) -> None:
    for i in range(max(lo, 0), min(hi, len(emph))):
        emph[i] *= factor


def _emphasis(
    toks: Tokens, lexicon: Lexicon, clause: Sequence[int], matches: Sequence[_Match]
) -> list[float]:
    """Weight of each token's position: contrast, concession and focus markers."""
    n = len(toks)
    emph = [1.0] * n
    spans = _sentence_spans(toks)
    for i, norm in enumerate(toks.norms):
        lo, hi = spans[toks.sentences[i]]
        first_word = i == lo or not toks.is_word(i - 1)
        if norm in lexicon.concessives and first_word:
            end = i + 1
            while end < hi and clause[end] == clause[i]:
                end += 1
            _scale(emph, i, end, BEFORE_CONTRAST)
        elif norm in lexicon.contrasts:
            if i + 1 >= hi - (0 if toks.is_word(hi - 1) else 1):
                continue  # a trailing "though" adds nothing
            _scale(emph, i + 1, hi, AFTER_CONTRAST)
            if i == lo:
                prev = spans.get(toks.sentences[i] - 1)
                if prev is not None:
                    _scale(emph, prev[0], prev[1], BEFORE_CONTRAST)
            else:
                _scale(emph, lo, i, BEFORE_CONTRAST)
    cause_starts = [m.start for m in matches if m.entry.kind is CueKind.CAUSE]
    for m in matches:
        kind = m.entry.kind
        lo, hi = spans[toks.sentences[m.start]]
        if kind is CueKind.FOCUS:
            _scale(emph, m.end, hi, FOCUSED)
        elif kind is CueKind.RESULT:
            _scale(emph, m.end, hi, RESULT_CLAUSE)
        elif kind is CueKind.FOCUS_BEFORE:
            if any(lo <= s < m.start for s in cause_starts):
                _scale(emph, lo, m.start, FOCUSED)
            else:
                prev = spans.get(toks.sentences[m.start] - 1)
                if prev is not None:
                    _scale(emph, prev[0], prev[1], FOCUSED)
    return emph


def _deny(toks: Tokens, clause: Sequence[int], matches: Sequence[_Match]) -> None:
    n = len(toks)
    causes = [m for m in matches if m.entry.kind is CueKind.CAUSE]
    for d in matches:
        if d.entry.kind is CueKind.DENY:
            end = d.end
            while end < n and clause[end] == clause[d.start] and toks.norms[end] != SENTENCE_END:
                end += 1
            hit = [m for m in causes if d.end <= m.start < end]
        elif d.entry.kind is CueKind.DENY_BEFORE:
            hit = [m for m in causes if clause[m.start] == clause[d.start] and m.end <= d.start]
        else:
            continue
        for m in hit:
            if "denied" not in m.notes:
                m.weight *= DENIED
                m.notes.append("denied")


def _negated(
    toks: Tokens, lexicon: Lexicon, clause: Sequence[int], hedged: Sequence[bool], start: int
) -> tuple[bool, bool]:
    """Whether a cue at ``start`` is negated, and whether "never" negates it."""
    negated = False
    never = False
    seen = 0
    j = start - 1
    while j >= 0 and seen < NEGATION_WINDOW and clause[j] == clause[start]:
        norm = toks.norms[j]
        if norm in lexicon.negators:
            negated = not negated
            never = never or norm == "never"
        if not hedged[j] and norm not in _FUNCTION_WORDS:
            seen += 1
        j -= 1
    return negated, never


def _counterfactual(toks: Tokens, clause: Sequence[int], start: int) -> bool:
    """Whether "should have" / "could have" governs a cue ("I should have revised")."""
    j = start - 1
    seen = 0
    while j >= 1 and seen < NEGATION_WINDOW + 1 and clause[j] == clause[start]:
        if toks.norms[j] in _PERFECT and toks.norms[j - 1] in _MODALS:
            return True
        seen += 1
        j -= 1
    return False


def _self_subject(toks: Tokens, clause: Sequence[int], start: int) -> bool:
    """Whether the cue's clause has the speaker ("I", "we") as its subject."""
    j = start - 1
    while j >= 0 and clause[j] == clause[start]:
        if toks.norms[j] in _SELF_SUBJECTS:
            return True
        j -= 1
    return False


def _agent_is_other(toks: Tokens, clause: Sequence[int], others_at: set[int], start: int) -> bool:
    """Whether the nearest named agent before a cue, in its clause, is another person."""
    lo = start
    while lo > 0 and clause[lo - 1] == clause[start]:
        lo -= 1
    for j in range(lo, start):  # the leftmost agent is the clause's subject
        if j in others_at:
            return True
        if toks.norms[j] in _SELF_WORDS:
            return False
    return False


def _self_predicated(toks: Tokens, hedged: Sequence[bool], start: int) -> bool:
    """Whether a cue is said of oneself in the present tense ("I'm a lazy ...")."""
    j = start - 1
    seen = 0
    while j >= 1 and seen < 4:
        norm = toks.norms[j]
        if norm == "am" and toks.norms[j - 1] == "i":
            return True
        if not hedged[j] and norm not in _SELF_PREDICATE_SKIP:
            seen += 1
        j -= 1
    return False


def _cue(text: str, toks: Tokens, m: _Match, supports: str, weight: float) -> Cue:
    start, end = toks.starts[m.start], toks.ends[m.end - 1]
    return Cue(text[start:end], start, end, supports, round(weight, 4), tuple(m.notes))


def analyse(text: str, outcome: Outcome, lexicon: Lexicon, *, truncated: bool) -> Attribution:
    """Score one (already capped) text."""
    toks = tokenize(text)
    hedged = _hedge_mask(toks, lexicon)
    clause = _clauses(toks, lexicon)
    matches = _find_matches(toks, lexicon, hedged)
    emph = _emphasis(toks, lexicon, clause, matches)
    _deny(toks, clause, matches)
    sign = 1 if outcome is Outcome.SUCCESS else -1

    others_at = {
        i
        for m in matches
        if m.entry.cause is Cause.OTHERS and m.entry.kind is CueKind.CAUSE
        for i in range(m.start, m.end)
    }
    causes: list[_Match] = []
    never_at: set[int] = set()
    none_score = 0.0
    for m in matches:
        kind = m.entry.kind
        if kind is CueKind.NO_CAUSE:
            none_score += m.entry.weight * emph[m.start]
            continue
        if kind is not CueKind.CAUSE:
            continue
        causes.append(m)
        m.weight *= emph[m.start]
        if emph[m.start] > 1.0:
            m.notes.append("emphasised")
        elif emph[m.start] < 1.0:
            m.notes.append("played-down")
        if "denied" in m.notes:
            continue
        negated, never = _negated(toks, lexicon, clause, hedged, m.start)
        valence = m.entry.valence
        if valence and _counterfactual(toks, clause, m.start):
            valence = -valence
            m.notes.append("counterfactual")
        if negated:
            m.notes.append("negated")
            if never:
                never_at.add(m.start)
            if (
                valence == 0
                and m.entry.cause in _AGENT_CAUSES
                and _self_subject(toks, clause, m.start)
            ):
                valence = 1  # "I never plan": a habit missing, not a cause denied
            if valence == 0:
                m.weight *= DENIED
                continue
            valence = -valence
        if valence and valence != sign:
            m.weight *= AGAINST_OUTCOME
            m.notes.append("against-outcome")

    scores: dict[Cause, float] = dict.fromkeys(_REAL_CAUSES, 0.0)
    last_at: dict[Cause, int] = dict.fromkeys(_REAL_CAUSES, -1)
    for m in causes:
        if m.entry.cause in _AGENT_CAUSES and _agent_is_other(toks, clause, others_at, m.start):
            m.cause = Cause.OTHERS
            m.notes.append("done-by-others")
        cause = m.cause
        assert cause is not None
        scores[cause] += m.weight
        last_at[cause] = max(last_at[cause], m.start)
    # Focus entries that carry a cause stand in for one when nothing was named.
    if not any(s >= MIN_CAUSE_SCORE for s in scores.values()):
        for m in matches:
            if m.entry.kind in (CueKind.FOCUS, CueKind.FOCUS_BEFORE) and m.entry.cause:
                scores[m.entry.cause] += m.entry.weight
                last_at[m.entry.cause] = max(last_at[m.entry.cause], m.start)
                causes.append(m)
    ranked = tuple(
        RankedCause(c, round(scores[c], 4))
        for c in sorted(_REAL_CAUSES, key=lambda c: (-scores[c], -last_at[c]))
    )
    top = ranked[0]
    second = ranked[1].score
    evidence = [_cue(text, toks, m, m.cause.value, m.weight) for m in causes if m.cause is not None]
    if top.score < MIN_CAUSE_SCORE or none_score >= top.score:
        conf = none_score / (none_score + top.score) if none_score else 0.0
        return Attribution(
            outcome=outcome,
            cause=Cause.NONE,
            locus=None,
            stability=None,
            control=None,
            impact=impact_of(outcome, None, None, None),
            confidence=_clip(conf * _saturate(none_score)),
            evidence=tuple(evidence),
            ranked=ranked,
            truncated=truncated,
        )

    cause = top.cause
    locus, stability, control = DEFAULT_DIMENSIONS[cause]
    mine = [m for m in causes if m.cause is cause and m.entry.kind is CueKind.CAUSE]
    dim_cues: list[Cue] = []
    if mine:
        stability, control, dim_cues = _dimensions(
            text, toks, lexicon, hedged, matches, mine, never_at, cause, stability, control
        )
    conf = (top.score / (top.score + second)) * _saturate(top.score)
    return Attribution(
        outcome=outcome,
        cause=cause,
        locus=locus,
        stability=stability,
        control=control,
        impact=impact_of(outcome, locus, stability, control),
        confidence=_clip(conf),
        evidence=tuple(evidence) + tuple(dim_cues),
        ranked=ranked,
        truncated=truncated,
    )


def _dimensions(
    text: str,
    toks: Tokens,
    lexicon: Lexicon,
    hedged: Sequence[bool],
    matches: Sequence[_Match],
    mine: Sequence[_Match],
    never_at: set[int],
    cause: Cause,
    stability: Stability,
    control: Control,
) -> tuple[Stability, Control, list[Cue]]:
    """Turn the cause's usual dimensions by what the words say."""
    cues: list[Cue] = []
    discounted = ("denied", "negated", "against-outcome")
    live = [m for m in mine if not any(n in m.notes for n in discounted)]
    live = live or [m for m in mine if "denied" not in m.notes] or list(mine)
    primary = max(live, key=lambda m: (m.weight, m.start))
    sentences = {toks.sentences[m.start] for m in live}
    cause_sentences = {toks.sentences[m.start] for m in matches if m.entry.kind is CueKind.CAUSE}
    near = set(sentences)
    for s in sentences:
        if s + 1 not in cause_sentences:
            near.add(s + 1)  # a bare follow-up: "Nerves. Every single time."

    stable = primary.entry.stability is Stability.STABLE or any(m.start in never_at for m in live)
    unstable = primary.entry.stability is Stability.UNSTABLE
    trait = any(m.entry.trait and _self_predicated(toks, hedged, m.start) for m in live)
    uncontrollable = primary.entry.control is Control.UNCONTROLLABLE
    controllable = primary.entry.control is Control.CONTROLLABLE
    for m in matches:
        kind = m.entry.kind
        if toks.sentences[m.start] not in near or _opens_longer_sentence(toks, m):
            continue
        if kind is CueKind.STABLE:
            stable = True
            cues.append(_cue(text, toks, m, Stability.STABLE.value, 0.0))
        elif kind is CueKind.UNSTABLE:
            unstable = True
            cues.append(_cue(text, toks, m, Stability.UNSTABLE.value, 0.0))
        elif kind is CueKind.TRAIT:
            trait = True
            cues.append(_cue(text, toks, m, Stability.STABLE.value, 0.0))
    if trait or stable:
        stability = Stability.STABLE
    elif unstable and cause in (Cause.TASK, Cause.STATE, Cause.OTHERS, Cause.CIRCUMSTANCE):
        stability = Stability.UNSTABLE
    if trait and cause in (Cause.EFFORT, Cause.STRATEGY):
        uncontrollable = True
    if uncontrollable:
        control = Control.UNCONTROLLABLE
    elif controllable:
        control = Control.CONTROLLABLE
    return stability, control, cues


def _opens_longer_sentence(toks: Tokens, m: _Match) -> bool:
    """A marker opening a sentence that goes on ("Every time I got going, ...") sets
    the time of that sentence's own events; it says nothing about the cause."""
    first = m.start == 0 or toks.sentences[m.start - 1] != toks.sentences[m.start]
    return (
        first
        and m.end < len(toks)
        and toks.sentences[m.end] == toks.sentences[m.start]
        and (toks.is_word(m.end))
    )


def _saturate(score: float) -> float:
    return score / math.sqrt(score * score + 1.0)


def _clip(value: float) -> float:
    return 0.0 if value != value else min(1.0, max(0.0, value))


def score_text(text: str, outcome: Outcome, lexicon: Lexicon, max_chars: int) -> Attribution:
    """Cap ``text`` at ``max_chars`` characters and score it."""
    truncated = len(text) > max_chars
    return analyse(text[:max_chars] if truncated else text, outcome, lexicon, truncated=truncated)
