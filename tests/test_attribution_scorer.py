"""The lexicon scorer: the hard cases of ATTRIBUTION-LABELS.md, spans, cap, types."""

from __future__ import annotations

import pytest

from selfefficacy.attribution import (
    MAX_CHARS,
    Attribution,
    AttributionScorer,
    Cause,
    Control,
    Impact,
    InvalidOutcomeError,
    LexiconScorer,
    Outcome,
    Stability,
    impact_of,
    score_attribution,
)

F, S = Outcome.FAILURE, Outcome.SUCCESS


@pytest.mark.parametrize(
    ("text", "outcome", "cause"),
    [
        ("I bombed it because I winged it", F, Cause.EFFORT),
        ("It wasn't luck, I prepared for weeks", S, Cause.EFFORT),
        ("I'm not smart enough", F, Cause.ABILITY),
        ("I was nervous, but mostly I just hadn't practised", F, Cause.EFFORT),
        ("I guess maybe I kinda didn't put the hours in", F, Cause.EFFORT),
        ("I killed it, the test was a piece of cake", S, Cause.TASK),
        ("I choked. My mind went blank.", F, Cause.STATE),
        ("I got lucky", S, Cause.LUCK),
        ("My coach showed me a better way to breathe", S, Cause.OTHERS),
        ("The weather was awful and it poured all afternoon", F, Cause.CIRCUMSTANCE),
        ("I changed my approach and planned every answer", S, Cause.STRATEGY),
        ("It just didn't work out.", F, Cause.NONE),
        ("Won 3-1 on Saturday!", S, Cause.NONE),
        ("", F, Cause.NONE),
    ],
)
def test_hard_cases(text: str, outcome: Outcome, cause: Cause) -> None:
    assert score_attribution(text, outcome=outcome).cause is cause


def test_trait_wording_of_effort_undermines() -> None:
    a = score_attribution("I'm just a lazy person, always have been.", outcome=F)
    assert (a.cause, a.stability, a.control) == (
        Cause.EFFORT,
        Stability.STABLE,
        Control.UNCONTROLLABLE,
    )
    assert a.impact is Impact.UNDERMINING


def test_behaviour_wording_of_effort_builds() -> None:
    a = score_attribution("I didn't practise this week.", outcome=F)
    assert (a.cause, a.stability, a.control) == (
        Cause.EFFORT,
        Stability.UNSTABLE,
        Control.CONTROLLABLE,
    )
    assert a.impact is Impact.BUILDING


def test_stability_words_turn_the_defaults() -> None:
    assert score_attribution("I never plan anything", outcome=F).stability is Stability.STABLE
    task = score_attribution("The exams here will always be rigged against me", outcome=F)
    assert (task.cause, task.stability) == (Cause.TASK, Stability.STABLE)
    ability = score_attribution("I'm just not a maths person", outcome=F)
    assert (ability.cause, ability.impact) == (Cause.ABILITY, Impact.UNDERMINING)


def test_success_owned_builds_and_discounted_undermines() -> None:
    assert score_attribution("I practised every day", outcome=S).impact is Impact.BUILDING
    assert score_attribution("I'm good at this", outcome=S).impact is Impact.BUILDING
    assert score_attribution("I got lucky", outcome=S).impact is Impact.UNDERMINING


def test_none_has_no_dimensions() -> None:
    a = score_attribution("No idea why, it just went well.", outcome=S)
    assert a.cause is Cause.NONE
    assert (a.locus, a.stability, a.control, a.impact) == (None, None, None, Impact.NEUTRAL)


def test_evidence_spans_point_into_the_original_text() -> None:
    text = "Honestly? I didn’t REHEARSE once — the slides were fine."
    a = score_attribution(text, outcome=F)
    assert a.cause is Cause.EFFORT
    assert a.evidence
    for cue in a.evidence:
        assert text[cue.start : cue.end] == cue.text
    assert any(cue.text == "REHEARSE" and cue.supports == "effort" for cue in a.evidence)


def test_ranked_lists_every_real_cause_best_first() -> None:
    a = score_attribution("I was tired, but mostly the noise next door was the problem", outcome=F)
    assert {r.cause for r in a.ranked} == set(Cause) - {Cause.NONE}
    scores = [r.score for r in a.ranked]
    assert scores == sorted(scores, reverse=True)
    assert a.ranked[0].cause is a.cause is Cause.CIRCUMSTANCE


def test_input_is_capped() -> None:
    head = "I didn't practise. "
    text = head + "x " * MAX_CHARS + "It was bad luck."
    a = score_attribution(text, outcome=F)
    assert a.truncated
    assert a.cause is Cause.EFFORT
    assert all(cue.end <= MAX_CHARS for cue in a.evidence)
    assert not score_attribution(head, outcome=F).truncated


def test_a_smaller_cap_can_be_chosen() -> None:
    scorer = LexiconScorer(max_chars=20)
    assert scorer.score("It was luck. " + "I practised hard.", outcome=S).cause is Cause.LUCK


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["I tried"]])
def test_non_str_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        score_attribution(bad, outcome=F)  # type: ignore[arg-type]


def test_outcome_strings_and_bad_outcomes() -> None:
    assert score_attribution("I got lucky", outcome="success").outcome is S
    with pytest.raises(InvalidOutcomeError):
        score_attribution("I got lucky", outcome="win")
    with pytest.raises(TypeError):
        score_attribution("I got lucky", outcome=1)  # type: ignore[arg-type]


def test_bad_scorer_arguments() -> None:
    with pytest.raises(TypeError):
        LexiconScorer(max_chars=0)
    with pytest.raises(TypeError):
        LexiconScorer(lexicon="not a lexicon")  # type: ignore[arg-type]


def test_lexicon_scorer_satisfies_the_protocol() -> None:
    scorer = LexiconScorer()
    assert isinstance(scorer, AttributionScorer)
    assert "entries" in repr(scorer)


def test_a_host_scorer_satisfies_the_protocol() -> None:
    class Fixed:
        def score(self, text: str, *, outcome: Outcome) -> Attribution:
            return Attribution(
                outcome=outcome,
                cause=Cause.NONE,
                locus=None,
                stability=None,
                control=None,
                impact=impact_of(outcome, None, None, None),
                confidence=0.0,
            )

    assert isinstance(Fixed(), AttributionScorer)


def test_deterministic() -> None:
    text = "I'm an anxious person and it wrecks every interview, every single time."
    assert score_attribution(text, outcome=F) == score_attribution(text, outcome=F)
