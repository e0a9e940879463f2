"""The extra corpora: sentences from domains and voices the dev corpora lack.

Attribution: ``attribution-extra.jsonl`` holds three batches written before the
scorer saw them (A: extra-0001 to 0080, B: 0081 to 0160, C: 0161 to 0240);
``attribution-fresh1.jsonl`` and ``attribution-fresh2.jsonl`` are two later batches
of about 100 sentences each (trades, nursing, farming, esports, choir, caring,
languages, coding, retail, crafts, parenting, driving, moving house; slang, older
and non-native voices, hedges, negations, mixed causes), scored once at first
sight before the word classes of ``attribution/classes.py`` were written. The
bars are asserted on dev, extra (all three batches) and fresh1, which the word
classes were developed against; fresh2 is printed too. All of them now also train
the learned tier, so these are development figures; the held-out figures are in
tests/test_attribution_learned.py and docs/reading-text.md.

Safety: ``safety-extra.jsonl``: A (sx-001 to sx-060), B (sx-061 to sx-120) and
C (sx-121 to sx-180), printed per batch. C was held out at first and has since been
tuned on, like every safety corpus here.
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


def _safety_batch(rec_id: str) -> str:
    number = int(rec_id.rsplit("-", 1)[1])
    return "A" if number <= 60 else "B" if number <= 120 else "C"


ASSERTED_SETS = ("dev", "extra", "fresh1")
PRINTED_SETS = ("fresh2",)


@pytest.fixture(scope="module")
def attribution() -> dict[str, float]:
    scorer = LexiconScorer()
    out: dict[str, float] = {}
    print("\nattribution corpora:")
    for name in ASSERTED_SETS + PRINTED_SETS:
        recs = _records(f"attribution-{name}.jsonl")
        cause = impact = 0
        for rec in recs:
            got = scorer.score(rec["text"], outcome=Outcome(rec["outcome"]))
            cause += got.cause.value == rec["cause"]
            impact += got.impact.value == rec["impact"]
        out[f"cause {name}"] = cause / len(recs)
        out[f"impact {name}"] = impact / len(recs)
        note = "" if name in ASSERTED_SETS else "  (not tuned on; not asserted)"
        print(
            f"  {name:<7} n={len(recs):<4} cause {cause / len(recs):.3f}"
            f"  impact {impact / len(recs):.3f}{note}"
        )
    return out


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


@pytest.mark.parametrize("name", ASSERTED_SETS)
def test_attribution_cause_accuracy(attribution: dict[str, float], name: str) -> None:
    assert attribution[f"cause {name}"] >= CAUSE_BAR


@pytest.mark.parametrize("name", ASSERTED_SETS)
def test_attribution_impact_accuracy(attribution: dict[str, float], name: str) -> None:
    assert attribution[f"impact {name}"] >= IMPACT_BAR


@pytest.mark.parametrize("batch", ["A+B", "C"])
def test_safety_recall(safety: dict[str, float], batch: str) -> None:
    assert safety[f"recall {batch}"] >= RECALL_BAR


@pytest.mark.parametrize("batch", ["A+B", "C"])
def test_safety_false_alarms(safety: dict[str, float], batch: str) -> None:
    assert safety[f"false_alarms {batch}"] <= FALSE_ALARM_BAR
