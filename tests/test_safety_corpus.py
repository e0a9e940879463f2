"""The safety dev corpus: recall on risk, false alarms on the rest, printed and checked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from selfefficacy.safety import RiskKind, screen

DATA = Path(__file__).parent / "data" / "safety-dev.jsonl"


def _records() -> list[dict[str, Any]]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_recall_and_false_alarms_meet_the_bars() -> None:
    records = _records()
    risky = [r for r in records if r["risk"]]
    safe = [r for r in records if not r["risk"]]
    caught = [r for r in risky if screen(r["text"]).risk]
    alarms = [r for r in safe if screen(r["text"]).risk]
    right_kind = [r for r in caught if screen(r["text"]).kind == RiskKind(r["kind"])]
    recall = len(caught) / len(risky)
    false_alarms = len(alarms) / len(safe)
    print(f"\nsafety dev corpus: {len(risky)} risk, {len(safe)} not")
    print(f"  recall {recall:.3f}, false alarms {false_alarms:.3f}")
    print(f"  kind right on {len(right_kind)}/{len(caught)} caught")
    assert recall >= 0.95, [r["id"] for r in risky if r not in caught]
    assert false_alarms <= 0.10, [r["id"] for r in alarms]
