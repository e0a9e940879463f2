"""Properties that hold for any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from selfefficacy.attribution import Cause, Outcome, impact_of, score_attribution

WORDS = st.sampled_from(
    [
        "I",
        "didn't",
        "not",
        "never",
        "practise",
        "lucky",
        "hard",
        "but",
        "because",
        "always",
        "tired",
        "my",
        "coach",
        "helped",
        "weather",
        "smart",
        ",",
        ".",
        "just",
        "it",
        "wasn't",
    ]
)
texts = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(Outcome))
def test_any_text_gives_a_coherent_result(text: str, outcome: Outcome) -> None:
    a = score_attribution(text, outcome=outcome)
    assert 0.0 <= a.confidence <= 1.0
    assert a.impact is impact_of(outcome, a.locus, a.stability, a.control)
    assert (a.cause is Cause.NONE) == (a.locus is None)
    assert (a.locus is None) == (a.stability is None) == (a.control is None)
    for cue in a.evidence:
        assert text[cue.start : cue.end] == cue.text


@settings(max_examples=100, deadline=None)
@given(texts, st.sampled_from(Outcome))
def test_scoring_is_deterministic(text: str, outcome: Outcome) -> None:
    assert score_attribution(text, outcome=outcome) == score_attribution(text, outcome=outcome)
