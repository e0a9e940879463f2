"""The dev corpus figures: printed, and held to the quality bars."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from selfefficacy.attribution import LexiconScorer, Outcome

DATA = Path(__file__).parent / "data" / "attribution-dev.jsonl"
CAUSE_BAR = 0.85
IMPACT_BAR = 0.90


def _records() -> list[dict[str, Any]]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    scorer = LexiconScorer()
    records = _records()
    hits = dict.fromkeys(("cause", "locus", "stability", "control", "impact"), 0)
    for rec in records:
        got = scorer.score(rec["text"], outcome=Outcome(rec["outcome"]))
        for name in hits:
            value = getattr(got, name)
            hits[name] += (None if value is None else value.value) == rec[name]
    result = {name: count / len(records) for name, count in hits.items()}
    print(f"\nattribution dev corpus ({len(records)} records):")
    for name, value in result.items():
        print(f"  {name:<10} accuracy {value:.3f}")
    return result


def test_cause_accuracy_meets_the_bar(figures: dict[str, float]) -> None:
    assert figures["cause"] >= CAUSE_BAR


def test_impact_accuracy_meets_the_bar(figures: dict[str, float]) -> None:
    assert figures["impact"] >= IMPACT_BAR


@pytest.mark.parametrize("name", ["locus", "stability", "control"])
def test_each_dimension_is_read_well(figures: dict[str, float], name: str) -> None:
    assert figures[name] >= IMPACT_BAR
