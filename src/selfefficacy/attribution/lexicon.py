"""The attribution lexicon: entries as Python data, compiled into a token trie.

A pattern is a space-separated sequence of items:

- ``word``: that word (run through the tokenizer, so ``didn't`` means ``did not``);
- ``word*``: any word starting with ``word`` (at least three letters before ``*``);
- ``a/b/c``: any one of the alternatives;
- ``[a/b]``: optionally one of the alternatives;
- ``_``: any one word.

Two entries whose patterns expand to the same word sequence are rejected with
:class:`LexiconError`, so a lexicon never holds two meanings for one phrase.
"""

from __future__ import annotations

import enum
import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from selfefficacy.attribution.labels import Cause, Control, Stability
from selfefficacy.attribution.tokens import PUNCT, SENTENCE_END, normalize_word
from selfefficacy.errors import SelfEfficacyError

__all__ = ["CueKind", "Entry", "Lexicon", "LexiconError"]

_WILD = "_"
_MAX_EXPANSIONS = 512
_MEMO_CAP = 20_000  # entries in one memo dict before it is emptied
_NON_WORDS = (PUNCT, SENTENCE_END)


class LexiconError(SelfEfficacyError, ValueError):
    """A lexicon entry is malformed or duplicates another entry's pattern."""


class CueKind(enum.StrEnum):
    """What a lexicon entry does when it matches."""

    CAUSE = "cause"  # evidence for ``Entry.cause``
    STABLE = "stable"  # the cause will be there next time ("always", "every time")
    UNSTABLE = "unstable"  # a one-off ("this time", "a freak")
    TRAIT = "trait"  # the cause is told as a trait of the person ("it's who I am")
    DENY = "deny"  # the causes named after it, to the clause end, are denied
    DENY_BEFORE = "deny-before"  # the causes named before it, in its clause, are denied
    FOCUS = "focus"  # the causes named after it, to the clause end, weigh more
    FOCUS_BEFORE = "focus-before"  # the causes named before it, in its sentence, weigh more
    NO_CAUSE = "no-cause"  # the person says there is no cause ("no idea why")
    RESULT = "result"  # what follows, to the sentence end, is a result ("so I", "which meant")


@attrs.frozen
class Entry:
    """One lexicon entry.

    ``valence`` is +1 when the cue, as written, helps success ("practised",
    "easy"), -1 when it brings failure ("lazy", "hard") and 0 when it names a
    cause without a direction ("luck", "the weather"). The scorer flips it under
    negation and discounts a cue that points against the outcome. ``trait`` marks
    character words ("lazy", "procrastinator") that read as a trait when said of
    oneself in the present tense. ``stability`` and ``control`` override the
    cause's usual dimensions for this cue. For ``FOCUS`` and ``FOCUS_BEFORE``
    entries a ``cause`` is optional: it is credited when there is nothing to
    focus on.
    """

    pattern: str
    kind: CueKind = CueKind.CAUSE
    cause: Cause | None = None
    valence: int = 0
    weight: float = 1.0
    stability: Stability | None = None
    control: Control | None = None
    trait: bool = False

    def __attrs_post_init__(self) -> None:
        if self.kind is CueKind.CAUSE and (self.cause is None or self.cause is Cause.NONE):
            raise LexiconError(f"cause entry {self.pattern!r} needs a cause other than none")
        if self.valence not in (-1, 0, 1):
            raise LexiconError(f"entry {self.pattern!r}: valence must be -1, 0 or 1")
        if not 0.0 < self.weight <= 10.0:
            raise LexiconError(f"entry {self.pattern!r}: weight must be in (0, 10]")


class _Node:
    __slots__ = ("entry", "exact", "memo", "prefixes", "wild")

    def __init__(self) -> None:
        self.memo: dict[str, tuple[_Node, ...]] = {}
        self.exact: dict[str, _Node] = {}
        self.prefixes: dict[str, list[tuple[str, _Node]]] = {}
        self.wild: _Node | None = None
        self.entry: Entry | None = None

    def child(self, item: str) -> _Node:
        if item == _WILD:
            if self.wild is None:
                self.wild = _Node()
            return self.wild
        if item.endswith("*"):
            stem = item[:-1]
            bucket = self.prefixes.setdefault(stem[:3], [])
            for known, node in bucket:
                if known == stem:
                    return node
            node = _Node()
            bucket.append((stem, node))
            return node
        found = self.exact.get(item)
        if found is None:
            found = self.exact[item] = _Node()
        return found


def children(node: _Node, tok: str) -> tuple[_Node, ...]:
    """The nodes word ``tok`` leads to from ``node``, memoised per node (the trie never
    changes): the exact child, then prefix children in pattern order, then the wildcard."""
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


class State:
    """The trie nodes one run of words leads to: a state of a DFA built as it is used.

    Reading a phrase one word at a time through a ``State`` costs one dict look-up
    per word, where walking the trie costs a call per node. Nodes keep the order a
    depth-first walk meets them in, so ``entry`` (the heaviest entry among them, the
    first on a tie) is the one the trie walk would choose for a phrase of this length.
    States are shared per node set, so their number is bounded by the trie.
    """

    __slots__ = ("entry", "next", "nodes", "shared")

    def __init__(self, nodes: tuple[_Node, ...], shared: dict[tuple[_Node, ...], State]) -> None:
        self.nodes = nodes
        self.shared = shared
        self.next: dict[str, State] = {}
        best: Entry | None = None
        for node in nodes:
            entry = node.entry
            if entry is not None and (best is None or entry.weight > best.weight):
                best = entry
        self.entry = best

    def advance(self, tok: str) -> State:
        """The state after token ``tok`` (memoised; punctuation ends every phrase)."""
        found = self.next.get(tok)
        if found is not None:
            return found
        nodes: tuple[_Node, ...] = ()
        if tok not in _NON_WORDS:
            nodes = tuple(child for node in self.nodes for child in children(node, tok))
        found = self.shared.get(nodes)
        if found is None:
            found = self.shared[nodes] = State(nodes, self.shared)
        if len(self.next) >= _MEMO_CAP:
            self.next.clear()
        self.next[tok] = found
        return found


def _start_state(root: _Node) -> State:
    shared: dict[tuple[_Node, ...], State] = {}
    shared[()] = State((), shared)  # the dead state, ``shared[()]``
    state = shared[(root,)] = State((root,), shared)
    return state


class Compiled:
    """What the scorer needs from a lexicon, built once per lexicon (internal).

    The tries and their DFA start states, the word sets the rules test membership
    in, and ``grams``: a table, filled as texts are read, from three adjacent token
    norms to what a hedge or a cue starting at the first can be. Like the memo
    tables of nodes and states it depends only on the lexicon, never on a text's
    result, so it is safe to share between threads (a lost race only recomputes
    an entry).
    """

    __slots__ = (
        "clause_starters",
        "concessives",
        "contrasts",
        "emphasis_words",
        "grams",
        "hedge_root",
        "hedge_starts",
        "hedge_state",
        "negators",
        "root",
        "root_state",
    )

    def __init__(self, lexicon: Lexicon) -> None:
        self.root = _build_trie(lexicon.entries)
        hedges = [Entry(h, kind=CueKind.FOCUS) for h in dict.fromkeys(lexicon.hedges)]
        self.hedge_root = _build_trie(hedges)
        self.hedge_starts = frozenset(self.hedge_root.exact)
        self.root_state = _start_state(self.root)
        self.hedge_state = _start_state(self.hedge_root)
        self.negators = lexicon.negators
        self.contrasts = lexicon.contrasts
        self.concessives = lexicon.concessives
        self.emphasis_words = lexicon.contrasts | lexicon.concessives
        # A token starts a new clause if it is punctuation or one of these words.
        self.clause_starters = self.emphasis_words | lexicon.boundaries | {PUNCT, SENTENCE_END}
        self.grams: dict[tuple[str, str, str], Any] = {}  # see ``_engine._gram_table``


@functools.lru_cache(maxsize=1 << 14)
def _alternatives(item: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences one pattern item stands for (cached: items recur across
    patterns). Raises ``ValueError`` naming what is wrong with the item."""
    optional = item.startswith("[") and item.endswith("]")
    body = item[1:-1] if optional else item
    options: list[tuple[str, ...]] = [()] if optional else []
    for alt in body.split("/"):
        if not alt:
            raise ValueError(f"empty alternative in {item!r}")
        if alt == _WILD:
            options.append((_WILD,))
        elif alt.endswith("*"):
            stem = alt[:-1].lower()
            if len(stem) < 3 or not stem.isalpha():
                raise ValueError(f"prefix {alt!r} needs 3+ letters")
            options.append((stem + "*",))
        else:
            pieces = tuple(piece for piece, _, _ in normalize_word(alt))
            if not all((piece and piece[0].isalnum()) or piece.startswith("'") for piece in pieces):
                raise ValueError(f"{alt!r} is not a word")
            options.append(pieces)
    return tuple(options)


@functools.lru_cache(maxsize=1 << 15)
def expand(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Return every word sequence a pattern stands for (cached: building a lexicon
    expands each pattern twice, once to find clashes and once into the trie)."""
    items = pattern.split()
    if not items:
        raise LexiconError("empty pattern")
    try:
        choices = [_alternatives(item) for item in items]
    except ValueError as problem:
        raise LexiconError(f"pattern {pattern!r}: {problem}") from None
    total = 1
    for options in choices:
        total *= len(options)
    if total > _MAX_EXPANSIONS:
        raise LexiconError(
            f"pattern {pattern!r} expands to {total} phrases (max {_MAX_EXPANSIONS})"
        )
    out: list[tuple[str, ...]] = []
    for combo in itertools.product(*choices):
        seq = tuple(itertools.chain.from_iterable(combo))
        if not seq or seq[0] == _WILD:
            raise LexiconError(f"pattern {pattern!r}: a phrase may not start with '_' or be empty")
        out.append(seq)
    return tuple(out)


def _build_trie(entries: Sequence[Entry]) -> _Node:
    root = _Node()
    owner: dict[tuple[str, ...], Entry] = {}
    for entry in entries:
        for seq in dict.fromkeys(expand(entry.pattern)):
            previous = owner.get(seq)
            if previous is not None:
                raise LexiconError(
                    f"duplicate phrase {' '.join(seq)!r}: in {previous.pattern!r} "
                    f"and in {entry.pattern!r}"
                )
            owner[seq] = entry
            node = root
            for item in seq:
                node = node.child(item)
            node.entry = entry
    return root


@attrs.frozen
class Lexicon:
    """Cue entries plus the small word lists the scorer's rules use.

    ``negators`` flip the cue that follows within a short window; ``contrasts``
    ("but", "however") make the clause after them weigh more; ``concessives``
    ("although" at the start of a sentence) make their own clause weigh less;
    ``hedges`` are skipped by the negation window and inside phrases;
    ``boundaries`` end a clause like punctuation does. Build a variant with
    :meth:`extend`; a lexicon is immutable.
    """

    entries: tuple[Entry, ...]
    negators: frozenset[str]
    contrasts: frozenset[str]
    concessives: frozenset[str]
    boundaries: frozenset[str]
    hedges: tuple[str, ...]
    _compiled: Compiled = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Built eagerly so that a duplicate phrase raises here, not at first use.
        object.__setattr__(self, "_compiled", Compiled(self))
        for word in self.negators | self.contrasts | self.concessives | self.boundaries:
            if len(normalize_word(word)) != 1:
                raise LexiconError(f"{word!r} must be one word")

    def extend(
        self,
        entries: Iterable[Entry] = (),
        *,
        negators: Iterable[str] = (),
        hedges: Iterable[str] = (),
    ) -> Lexicon:
        """Return a new lexicon with more entries, negators and hedges.

        Raises :class:`LexiconError` if a new pattern duplicates an existing one.
        """
        return Lexicon(
            entries=self.entries + tuple(entries),
            negators=self.negators | frozenset(w.lower() for w in negators),
            contrasts=self.contrasts,
            concessives=self.concessives,
            boundaries=self.boundaries,
            hedges=self.hedges + tuple(hedges),
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    @property
    def compiled(self) -> Compiled:
        """The tries, word sets and tables the scorer reads (internal)."""
        return self._compiled

    @property
    def root(self) -> _Node:
        """The compiled trie of cue patterns (internal)."""
        return self._compiled.root

    @property
    def hedge_starts(self) -> frozenset[str]:
        """Words a hedge phrase can start with (internal)."""
        return self._compiled.hedge_starts

    @property
    def hedge_root(self) -> _Node:
        """The compiled trie of hedge phrases (internal)."""
        return self._compiled.hedge_root
