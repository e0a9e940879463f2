"""Train the safety screen's learned tier from the labelled safety corpora.

    .venv/bin/python tools/train_safety_model.py [--check]

Reads tests/data/safety-*.jsonl except the held-out files named in HELD_OUT, fits one
L2-regularised logistic regression per risk kind (one against the rest) on word
unigrams and bigrams, and writes the weights to src/selfefficacy/_safety_weights.py
as plain Python data. Pure standard library and deterministic: the same corpora give
the same file. ``--check`` prints k-fold cross-validated recall and false alarms
instead of writing.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from selfefficacy._safety_features import features  # noqa: E402

DATA = ROOT / "tests" / "data"
HELD_OUT = {"safety-blind3.jsonl"}
OUT = ROOT / "src" / "selfefficacy" / "_safety_weights.py"
KINDS = ("suicidal", "self-harm", "harm-to-others")
EPOCHS = 60
RATE = 0.2
L2 = 1e-3
MIN_COUNT = 2
KEEP = 0.05  # weights smaller than this are dropped from the table


def load() -> list[tuple[str, str | None]]:
    rows = []
    for path in sorted(DATA.glob("safety-*.jsonl")):
        if path.name in HELD_OUT:
            continue
        for line in path.read_text().splitlines():
            record = json.loads(line)
            rows.append((record["text"], record["kind"] if record["risk"] else None))
    return rows


def vocabulary(rows: list[tuple[str, str | None]]) -> set[str]:
    counts = Counter(f for text, _ in rows for f in set(features(text)))
    return {f for f, n in counts.items() if n >= MIN_COUNT}


def fit(rows: list[tuple[list[str], bool]], seed: int) -> tuple[float, dict[str, float]]:
    """Logistic regression by stochastic gradient descent, in a seeded order."""
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch * 0.1)
        for index in order:
            feats, label = rows[index]
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            g = p - float(label)
            bias -= rate * g
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g + L2 * w)
    return bias, weights


def train(rows: list[tuple[str, str | None]]) -> dict[str, tuple[float, dict[str, float]]]:
    vocab = vocabulary(rows)
    encoded = [([f for f in features(t) if f in vocab], kind) for t, kind in rows]
    models = {}
    for number, kind in enumerate(KINDS):
        data = [(feats, label == kind) for feats, label in encoded]
        models[kind] = fit(data, seed=number)
    return models


def probability(model: tuple[float, dict[str, float]], text: str) -> float:
    bias, weights = model
    z = bias + sum(weights.get(f, 0.0) for f in features(text))
    return 1 / (1 + math.exp(-max(min(z, 30), -30)))


def check(rows: list[tuple[str, str | None]], folds: int = 5) -> None:
    rng = random.Random(7)
    shuffled = rows[:]
    rng.shuffle(shuffled)
    for threshold in (0.2, 0.3, 0.4, 0.5):
        tp = fn = fp = tn = 0
        for k in range(folds):
            test = shuffled[k::folds]
            models = train([r for i, r in enumerate(shuffled) if i % folds != k])
            for text, kind in test:
                flagged = max(probability(m, text) for m in models.values()) >= threshold
                if kind:
                    tp += flagged
                    fn += not flagged
                else:
                    fp += flagged
                    tn += not flagged
        print(f"threshold {threshold}: recall {tp / (tp + fn):.3f}, false alarms {fp / (fp + tn):.3f}")


def write(models: dict[str, tuple[float, dict[str, float]]]) -> None:
    lines = [
        '"""Weights of the safety screen\'s learned tier, written by tools/train_safety_model.py.',
        "",
        "Do not edit by hand: change the corpora or the trainer and run it again.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        "# kind -> (bias, {feature: weight})",
        "MODELS: Final[dict[str, tuple[float, dict[str, float]]]] = {",
    ]
    for kind in KINDS:
        bias, weights = models[kind]
        kept = sorted((f, round(w, 4)) for f, w in weights.items() if abs(w) >= KEEP)
        lines.append(f"    {kind!r}: (")
        lines.append(f"        {round(bias, 4)!r},")
        lines.append("        {")
        lines.extend(f"            {f!r}: {w!r}," for f, w in kept)
        lines.append("        },")
        lines.append("    ),")
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


def main() -> None:
    rows = load()
    print(f"{len(rows)} labelled statements")
    if "--check" in sys.argv:
        check(rows)
        return
    write(train(rows))


if __name__ == "__main__":
    main()
