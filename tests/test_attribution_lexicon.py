"""The lexicon as data: pattern syntax, duplicate rejection, extension."""

from __future__ import annotations

import pytest

from selfefficacy.attribution import (
    Cause,
    CueKind,
    Entry,
    Lexicon,
    LexiconError,
    LexiconScorer,
    Outcome,
    default_lexicon,
)
from selfefficacy.attribution.lexicon import expand


def _tiny(*entries: Entry) -> Lexicon:
    return Lexicon(
        entries=entries,
        negators=frozenset({"not"}),
        contrasts=frozenset({"but"}),
        concessives=frozenset(),
        boundaries=frozenset(),
        hedges=("just",),
    )


def test_pattern_syntax_expands() -> None:
    assert expand("didn't [really] try/practise*") == (
        ("did", "not", "try"),
        ("did", "not", "practise*"),
        ("did", "not", "really", "try"),
        ("did", "not", "really", "practise*"),
    )
    assert expand("put _ in") == (("put", "_", "in"),)


@pytest.mark.parametrize("bad", ["", "_ starts wild", "ab* short", "a//b"])
def test_bad_patterns_are_rejected(bad: str) -> None:
    with pytest.raises(LexiconError):
        _tiny(Entry(bad, cause=Cause.LUCK))


def test_bad_entries_are_rejected() -> None:
    with pytest.raises(LexiconError):
        Entry("luck")  # a cause entry needs a cause
    with pytest.raises(LexiconError):
        Entry("luck", cause=Cause.LUCK, valence=2)
    with pytest.raises(LexiconError):
        Entry("luck", cause=Cause.LUCK, weight=0)


def test_duplicates_are_rejected_even_through_expansion() -> None:
    with pytest.raises(LexiconError, match="duplicate phrase 'lucky break'"):
        _tiny(Entry("lucky break", cause=Cause.LUCK), Entry("lucky/jammy break", cause=Cause.LUCK))


def test_the_default_lexicon_builds_and_is_shared() -> None:
    lexicon = default_lexicon()
    assert lexicon is default_lexicon()
    assert len(lexicon) > 500
    assert all(isinstance(e, Entry) for e in lexicon)


def test_extend_returns_a_new_lexicon() -> None:
    base = default_lexicon()
    bigger = base.extend([Entry("rubber ducking", cause=Cause.STRATEGY, valence=1, weight=2.0)])
    assert len(bigger) == len(base) + 1
    assert len(base) == len(default_lexicon())
    text = "Rubber ducking got me through the bug."
    assert LexiconScorer(bigger).score(text, outcome=Outcome.SUCCESS).cause is Cause.STRATEGY


def test_extend_rejects_a_phrase_already_there() -> None:
    with pytest.raises(LexiconError):
        default_lexicon().extend([Entry("bad luck", cause=Cause.OTHERS)])


def test_rules_on_a_synthetic_lexicon() -> None:
    lexicon = _tiny(
        Entry("practised", cause=Cause.EFFORT, valence=1),
        Entry("luck", cause=Cause.LUCK),
        Entry("no clue", kind=CueKind.NO_CAUSE, weight=2.0),
    )
    scorer = LexiconScorer(lexicon)
    assert scorer.score("I practised", outcome=Outcome.SUCCESS).cause is Cause.EFFORT
    # Negated, a directionless cue is denied and another wins.
    got = scorer.score("not luck, I practised", outcome=Outcome.SUCCESS)
    assert got.cause is Cause.EFFORT
    # A cue after "but" weighs more.
    got = scorer.score("I practised but luck", outcome=Outcome.SUCCESS)
    assert got.cause is Cause.LUCK
    assert scorer.score("no clue", outcome=Outcome.SUCCESS).cause is Cause.NONE
