"""The attribution scorer's learned tier and how it is blended with the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfefficacy.attribution import Cause, Impact, LexiconScorer, Outcome, Stability, impact_of
from selfefficacy.attribution.defaults import default_lexicon
from selfefficacy.attribution.learned import blend, cause_probabilities, impact_probabilities

DATA = Path(__file__).parent / "data"
#: The held-out corpora (tools/train_attribution_model.py HELD_OUT) and the floors
#: under their cause and impact accuracy. ``attribution-blind9`` (398 explanations) was
#: kept out of training and of every choice of constant and is held to DESIGN's bars
#: (measured: cause 0.894, impact 0.947); ``attribution-blind`` (200) helped choose the
#: blend's constants, so its figures (0.94, 0.96) are optimistic and its floors sit
#: lower. A change that loses ground on unseen text fails here.
HELD_OUT_FLOORS = {
    "attribution-blind9.jsonl": (0.85, 0.90),
    "attribution-blind.jsonl": (0.88, 0.90),
}


def test_probabilities_cover_every_cause_and_sum_to_one() -> None:
    probabilities = cause_probabilities("I practised every single night", Outcome.SUCCESS)
    assert set(probabilities) == set(Cause)
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert max(probabilities, key=probabilities.__getitem__) is Cause.EFFORT


def test_impact_probabilities_cover_every_impact_and_sum_to_one() -> None:
    probabilities = impact_probabilities("Pure fluke, the ball just bounced in", Outcome.SUCCESS)
    assert set(probabilities) == set(Impact)
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert max(probabilities, key=probabilities.__getitem__) is Impact.UNDERMINING


@pytest.mark.parametrize(
    ("text", "cause", "stability", "impact"),
    [
        (
            "There is no proper pool anywhere near this village and there never will be,"
            " so my swimming has gone nowhere.",
            Cause.CIRCUMSTANCE,
            Stability.STABLE,
            Impact.UNDERMINING,
        ),
        (
            "Missed the deadline again. I am a born procrastinator, always have been.",
            Cause.EFFORT,
            Stability.STABLE,
            Impact.UNDERMINING,
        ),
        (
            "The quiz was all on seventies darts tonight, a total one-off, normally we do fine.",
            Cause.TASK,
            Stability.UNSTABLE,
            Impact.NEUTRAL,
        ),
    ],
)
def test_a_cause_the_rules_missed_takes_its_dimensions_from_the_text(
    text: str, cause: Cause, stability: Stability, impact: Impact
) -> None:
    rules = LexiconScorer(learned=False, cache_size=0).score(text, outcome=Outcome.FAILURE)
    a = LexiconScorer(cache_size=0).score(text, outcome=Outcome.FAILURE)
    assert rules.cause is not cause
    assert (a.cause, a.stability, a.impact) == (cause, stability, impact)


def test_a_reading_the_learned_tier_agrees_with_is_returned_unchanged() -> None:
    # The clause after "but mostly" names the cause; both tiers read it so, and the
    # rules' result comes back as the very same object.
    rules = LexiconScorer(learned=False, cache_size=0)
    text = "I was tired, but mostly the noise next door was the problem"
    result = rules.score(text, outcome=Outcome.FAILURE)
    assert result.cause is Cause.CIRCUMSTANCE
    assert blend(result, text) is result


def test_a_changed_cause_takes_the_rule_table_impact_of_its_dimensions() -> None:
    scorer = LexiconScorer(cache_size=0)
    rules = LexiconScorer(learned=False, cache_size=0)
    changed = 0
    for line in (DATA / "attribution-fresh2.jsonl").read_text().splitlines():
        record = json.loads(line)
        outcome = Outcome(record["outcome"])
        a = scorer.score(record["text"], outcome=outcome)
        assert a.impact is impact_of(outcome, a.locus, a.stability, a.control)
        if a.cause is not rules.score(record["text"], outcome=outcome).cause:
            changed += 1
            assert (a.locus is None) is (a.cause is Cause.NONE)
    assert changed > 0


def test_a_hosts_own_lexicon_turns_the_learned_tier_off_unless_asked() -> None:
    default, rules = LexiconScorer(cache_size=0), LexiconScorer(learned=False, cache_size=0)
    own = default_lexicon()  # a host's lexicon: here an equal copy of the built-in one
    for line in (DATA / "attribution-fresh2.jsonl").read_text().splitlines():
        text, outcome = json.loads(line)["text"], json.loads(line)["outcome"]
        if (
            default.score(text, outcome=outcome).cause
            is not rules.score(text, outcome=outcome).cause
        ):
            break
    else:  # pragma: no cover - the corpus always holds such a text
        pytest.fail("the learned tier changed no cause")
    expected_rules = rules.score(text, outcome=outcome).cause
    assert LexiconScorer(own, cache_size=0).score(text, outcome=outcome).cause is expected_rules
    blended = LexiconScorer(own, learned=True, cache_size=0).score(text, outcome=outcome)
    assert blended.cause is default.score(text, outcome=outcome).cause


@pytest.mark.parametrize("name", sorted(HELD_OUT_FLOORS))
def test_held_out_figures_stay_above_their_floors(name: str) -> None:
    scorer = LexiconScorer(cache_size=0)
    records = [json.loads(line) for line in (DATA / name).open()]
    results = [scorer.score(r["text"], outcome=r["outcome"]) for r in records]
    cause = sum(a.cause.value == r["cause"] for a, r in zip(results, records, strict=True))
    impact = sum(a.impact.value == r["impact"] for a, r in zip(results, records, strict=True))
    print(
        f"\n  held-out {name} ({len(records)}): cause {cause / len(records):.3f}, "
        f"impact {impact / len(records):.3f}"
    )
    cause_floor, impact_floor = HELD_OUT_FLOORS[name]
    assert cause / len(records) >= cause_floor
    assert impact / len(records) >= impact_floor
