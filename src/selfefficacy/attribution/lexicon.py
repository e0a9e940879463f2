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
import itertools
from collections.abc import Iterable, Iterator, Sequence

import attrs

from selfefficacy.attribution.labels import Cause, Control, Stability
from selfefficacy.attribution.tokens import normalize_word
from selfefficacy.errors import SelfEfficacyError

__all__ = ["CueKind", "Entry", "Lexicon", "LexiconError"]

_WILD = "_"
_MAX_EXPANSIONS = 512


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
        return self.exact.setdefault(item, _Node())


def _alternatives(item: str, pattern: str) -> list[tuple[str, ...]]:
    optional = item.startswith("[") and item.endswith("]")
    body = item[1:-1] if optional else item
    options: list[tuple[str, ...]] = [()] if optional else []
    for alt in body.split("/"):
        if not alt:
            raise LexiconError(f"pattern {pattern!r}: empty alternative in {item!r}")
        if alt == _WILD:
            options.append((_WILD,))
        elif alt.endswith("*"):
            stem = alt[:-1].lower()
            if len(stem) < 3 or not stem.isalpha():
                raise LexiconError(f"pattern {pattern!r}: prefix {alt!r} needs 3+ letters")
            options.append((stem + "*",))
        else:
            pieces = tuple(piece for piece, _, _ in normalize_word(alt))
            if not all((piece and piece[0].isalnum()) or piece.startswith("'") for piece in pieces):
                raise LexiconError(f"pattern {pattern!r}: {alt!r} is not a word")
            options.append(pieces)
    return options


def expand(pattern: str) -> list[tuple[str, ...]]:
    """Return every word sequence a pattern stands for."""
    items = pattern.split()
    if not items:
        raise LexiconError("empty pattern")
    choices = [_alternatives(item, pattern) for item in items]
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
    return out


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
    _root: _Node = attrs.field(init=False, repr=False, eq=False)
    _hedge_root: _Node = attrs.field(init=False, repr=False, eq=False)
    _hedge_starts: frozenset[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_root", _build_trie(self.entries))
        hedge_entries = [Entry(h, kind=CueKind.FOCUS) for h in dict.fromkeys(self.hedges)]
        object.__setattr__(self, "_hedge_root", _build_trie(hedge_entries))
        object.__setattr__(self, "_hedge_starts", frozenset(self._hedge_root.exact))
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
    def root(self) -> _Node:
        """The compiled trie of cue patterns (internal)."""
        return self._root

    @property
    def hedge_starts(self) -> frozenset[str]:
        """Words a hedge phrase can start with (internal)."""
        return self._hedge_starts

    @property
    def hedge_root(self) -> _Node:
        """The compiled trie of hedge phrases (internal)."""
        return self._hedge_root
