"""The extra corpora: sentences from domains and voices the dev corpora lack.

``attribution-extra.jsonl`` holds three batches written before the scorer saw them:
A (extra-0001 to extra-0080) and B (extra-0081 to extra-0160) were used to develop
the lexicon; C (extra-0161 to extra-0240) is a held-out check, scored once and never
tuned on. ``safety-extra.jsonl`` likewise: A (sx-001 to sx-060), B (sx-061 to
sx-120), held-out C (sx-121 to sx-180). The figures are printed per batch.

The bars are asserted on the development batches A and B, as a guard against
regressions. On the held-out batch C the scorer and the screen are still below the
bars (see docs/reading-text.md); those checks are expected failures, recorded so
that they turn visible (XPASS) when a general improvement lifts them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from selfefficacy.attribution import LexiconScorer, Outcome
from selfefficacy.safety import screen

DATA = Path(__file__).parent / "data"
CAUSE_BAR = 0.85
IMPACT_BAR = 0.90
RECALL_BAR = 0.95
FALSE_ALARM_BAR = 0.10


def _records(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _attribution_batch(rec_id: str) -> str:
    number = int(rec_id.rsplit("-", 1)[1])
    return "A" if number <= 80 else "B" if number <= 160 else "C"


def _safety_batch(rec_id: str) -> str:
    number = int(rec_id.rsplit("-", 1)[1])
    return "A" if number <= 60 else "B" if number <= 120 else "C"


@pytest.fixture(scope="module")
def attribution() -> dict[str, float]:
    scorer = LexiconScorer()
    hits: dict[str, list[int]] = {}
    for rec in _records("attribution-extra.jsonl"):
        got = scorer.score(rec["text"], outcome=Outcome(rec["outcome"]))
        cause = got.cause.value == rec["cause"]
        impact = got.impact.value == rec["impact"]
        batch = _attribution_batch(rec["id"])
        for key in (batch,) if batch == "C" else (batch, "A+B"):
            row = hits.setdefault(key, [0, 0, 0])
            row[0] += 1
            row[1] += cause
            row[2] += impact
    print("\nattribution extra corpus:")
    for key, (n, cause_hits, impact_hits) in sorted(hits.items()):
        print(f"  {key:<4} n={n:<4} cause {cause_hits / n:.3f}  impact {impact_hits / n:.3f}")
    return {
        f"{name} {key}": row[i] / row[0]
        for key, row in hits.items()
        for i, name in ((1, "cause"), (2, "impact"))
    }


@pytest.fixture(scope="module")
def safety() -> dict[str, float]:
    counts: dict[str, list[int]] = {}
    for rec in _records("safety-extra.jsonl"):
        flagged = screen(rec["text"]).risk
        batch = _safety_batch(rec["id"])
        for key in (batch,) if batch == "C" else (batch, "A+B"):
            row = counts.setdefault(key, [0, 0, 0, 0])
            if rec["risk"]:
                row[0] += 1
                row[1] += flagged
            else:
                row[2] += 1
                row[3] += flagged
    print("\nsafety extra corpus:")
    for key, (risky, caught, safe, alarms) in sorted(counts.items()):
        print(f"  {key:<4} recall {caught / risky:.3f}  false alarms {alarms / safe:.3f}")
    return {
        **{f"recall {key}": row[1] / row[0] for key, row in counts.items()},
        **{f"false_alarms {key}": row[3] / row[2] for key, row in counts.items()},
    }


HELD_OUT_BELOW_BAR = pytest.mark.xfail(
    reason="held-out batch C is below the bars; tuning on it is not allowed", strict=False
)


@pytest.mark.parametrize("batch", ["A+B", pytest.param("C", marks=HELD_OUT_BELOW_BAR)])
def test_attribution_cause_accuracy(attribution: dict[str, float], batch: str) -> None:
    assert attribution[f"cause {batch}"] >= CAUSE_BAR


@pytest.mark.parametrize("batch", ["A+B", pytest.param("C", marks=HELD_OUT_BELOW_BAR)])
def test_attribution_impact_accuracy(attribution: dict[str, float], batch: str) -> None:
    assert attribution[f"impact {batch}"] >= IMPACT_BAR


@pytest.mark.parametrize("batch", ["A+B", pytest.param("C", marks=HELD_OUT_BELOW_BAR)])
def test_safety_recall(safety: dict[str, float], batch: str) -> None:
    assert safety[f"recall {batch}"] >= RECALL_BAR


@pytest.mark.parametrize("batch", ["A+B", "C"])
def test_safety_false_alarms(safety: dict[str, float], batch: str) -> None:
    assert safety[f"false_alarms {batch}"] <= FALSE_ALARM_BAR
