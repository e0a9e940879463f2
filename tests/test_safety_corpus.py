"""The safety corpora: recall on risk, false alarms on the rest, printed and checked.

``safety-dev.jsonl`` and batches A and B of ``safety-extra.jsonl`` were used to build
the screen. Batch C and ``safety-fresh.jsonl`` (written before the screen saw it) were
scored once at first sight (see docs/reading-text.md) and then used for tuning too, so
the figures here are development figures, not held-out ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from selfefficacy.safety import RiskKind, screen

DATA = Path(__file__).parent / "data"
SETS = ("safety-dev.jsonl", "safety-extra.jsonl", "safety-fresh.jsonl")
RECALL_BAR = 0.97
FALSE_ALARM_BAR = 0.08


def _records(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _figures(records: list[dict[str, Any]]) -> tuple[float, float, list[str], list[str]]:
    risky = [r for r in records if r["risk"]]
    safe = [r for r in records if not r["risk"]]
    missed = [r["id"] for r in risky if not screen(r["text"]).risk]
    alarms = [r["id"] for r in safe if screen(r["text"]).risk]
    return 1 - len(missed) / len(risky), len(alarms) / len(safe), missed, alarms


def test_recall_and_false_alarms_meet_the_bars() -> None:
    combined: list[dict[str, Any]] = []
    print()
    for name in SETS:
        records = _records(name)
        combined += records
        recall, false_alarms, _, _ = _figures(records)
        caught = [r for r in records if r["risk"] and screen(r["text"]).risk]
        right = [r for r in caught if screen(r["text"]).kind == RiskKind(r["kind"])]
        print(
            f"  {name:<20} n={len(records):<4} recall {recall:.3f}  false alarms "
            f"{false_alarms:.3f}  kind right {len(right)}/{len(caught)}"
        )
    recall, false_alarms, missed, alarms = _figures(combined)
    print(
        f"  {'combined':<20} n={len(combined):<4} recall {recall:.3f}  "
        f"false alarms {false_alarms:.3f}"
    )
    assert recall >= RECALL_BAR, missed
    assert false_alarms <= FALSE_ALARM_BAR, alarms
