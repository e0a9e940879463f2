"""The safety corpora: recall on risk, false alarms on the rest, printed and checked.

Every labelled safety corpus here but one has been used to build the screen: the rules
were tuned on them and the learned tier is trained on them, so these are development
figures. ``safety-blind17.jsonl`` is held out of all of that and is held to DESIGN's
bars. The held-out figures (measured before each set joined training) are in
docs/reading-text.md. The attribution corpora stand in for ordinary coaching text, on
which the screen must stay quiet; ``attribution-blind.jsonl`` is kept out of the
learned tier's training to measure that honestly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from selfefficacy.safety import RiskKind, screen

DATA = Path(__file__).parent / "data"
SETS = tuple(sorted(p.name for p in DATA.glob("safety-*.jsonl")))
#: Ordinary explanations of outcomes: no risk in any of them.
ORDINARY = tuple(sorted(p.name for p in DATA.glob("attribution-*.jsonl")))
ORDINARY_FALSE_ALARM_BAR = 0.01
RECALL_BAR = 0.97
FALSE_ALARM_BAR = 0.08
#: Kept out of the learned tier's training (tools/train_safety_model.py HELD_OUT) and
#: out of every choice of threshold or feature: the honest figure, held to DESIGN's bars.
HELD_OUT = "safety-blind17.jsonl"
HELD_OUT_RECALL_BAR = 0.95
HELD_OUT_FALSE_ALARM_BAR = 0.10


def _records(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _figures(records: list[dict[str, Any]]) -> tuple[float, float, list[str], list[str]]:
    risky = [r for r in records if r["risk"]]
    safe = [r for r in records if not r["risk"]]
    missed = [r["id"] for r in risky if not screen(r["text"]).risk]
    alarms = [r["id"] for r in safe if screen(r["text"]).risk]
    recall = 1 - len(missed) / len(risky) if risky else 1.0
    return recall, len(alarms) / len(safe) if safe else 0.0, missed, alarms


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


def test_ordinary_coaching_text_raises_no_alarm() -> None:
    texts = [r["text"] for name in ORDINARY for r in _records(name)]
    alarms = [t for t in texts if screen(t).risk]
    print(f"\n  ordinary text: {len(alarms)} alarms in {len(texts)} explanations")
    assert len(alarms) / len(texts) <= ORDINARY_FALSE_ALARM_BAR, alarms[:10]
    held_out = [r["text"] for r in _records("attribution-blind.jsonl")]
    held_out_alarms = [t for t in held_out if screen(t).risk]
    assert len(held_out_alarms) / len(held_out) <= ORDINARY_FALSE_ALARM_BAR, held_out_alarms


def test_the_held_out_set_meets_the_design_bars() -> None:
    recall, false_alarms, missed, alarms = _figures(_records(HELD_OUT))
    print(f"\n  held out {HELD_OUT}: recall {recall:.3f}, false alarms {false_alarms:.3f}")
    assert recall >= HELD_OUT_RECALL_BAR, missed
    assert false_alarms <= HELD_OUT_FALSE_ALARM_BAR, alarms
