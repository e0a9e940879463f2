"""Shared pieces of the training scripts: one-against-the-rest logistic regression.

Pure standard library and deterministic (seeded order, fixed epochs), so the same
corpora always give the same weights file.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT / "src"))

from selfefficacy._features import sigmoid  # noqa: E402  (after the path is set)

EPOCHS = 60
RATE = 0.2
L2 = 1e-3
MIN_COUNT = 2
#: Weights smaller than this are left out of the written table.
KEEP = 0.05

Model = tuple[float, dict[str, float]]


@dataclass(frozen=True)
class Settings:
    """How a model is fitted; the defaults are the module's constants."""

    epochs: int = EPOCHS
    rate: float = RATE
    l2: float = L2
    min_count: int = MIN_COUNT
    #: How much a positive example's gradient counts against a negative one's.
    positive_weight: float = 1.0


DEFAULT = Settings()


def records(pattern: str, held_out: Iterable[str]) -> list[dict[str, Any]]:
    """Every record of the corpora matching ``pattern``, held-out files excepted."""
    skip = set(held_out)
    rows: list[dict[str, Any]] = []
    for path in sorted(DATA.glob(pattern)):
        if path.name not in skip:
            rows.extend(json.loads(line) for line in path.read_text().splitlines())
    return rows


def fit(rows: Sequence[tuple[list[str], bool]], seed: int, settings: Settings = DEFAULT) -> Model:
    """Logistic regression by stochastic gradient descent with L2, in a seeded order."""
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(rows)))
    rng = random.Random(seed)
    l2, boost = settings.l2, settings.positive_weight
    for epoch in range(settings.epochs):
        rng.shuffle(order)
        rate = settings.rate / (1 + epoch * 0.1)
        for index in order:
            feats, label = rows[index]
            g = sigmoid(bias + sum(weights.get(f, 0.0) for f in feats)) - float(label)
            if label:
                g *= boost
            bias -= rate * g
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g + l2 * w)
    return bias, weights


def train(
    examples: Sequence[tuple[list[str], str | None]],
    labels: Sequence[str],
    settings: Settings = DEFAULT,
    *,
    seed: int = 0,
    rounds: int = 1,
) -> dict[str, Model]:
    """One model per label, each against the rest, on features seen ``min_count`` times.

    The models are seeded ``seed``, ``seed + 1``, ... in label order. With ``rounds``
    above 1, each is the average of that many fits in different seeded orders.
    """
    counts = Counter(f for feats, _ in examples for f in set(feats))
    vocab = {f for f, n in counts.items() if n >= settings.min_count}
    kept = [([f for f in feats if f in vocab], label) for feats, label in examples]
    models = {}
    for number, label in enumerate(labels):
        rows = [(feats, y == label) for feats, y in kept]
        fits = [fit(rows, seed + number + 1000 * r, settings) for r in range(rounds)]
        weights: Counter[str] = Counter()
        for _, w in fits:
            weights.update(w)
        models[label] = (
            sum(b for b, _ in fits) / rounds,
            {f: w / rounds for f, w in weights.items()},
        )
    return models


def logit(model: Model, feats: Sequence[str]) -> float:
    """The model's log-odds for a text's features."""
    bias, weights = model
    return bias + sum(weights.get(f, 0.0) for f in feats)


def score(model: Model, feats: Sequence[str]) -> float:
    """The model's probability for a text's features."""
    return sigmoid(logit(model, feats))


def folds(
    examples: Sequence[tuple[list[str], str | None]],
    labels: Sequence[str],
    judge: Callable[[dict[str, Model], list[str], str | None], None],
    k: int = 5,
    fit: Callable[[Sequence[tuple[list[str], str | None]]], dict[str, Model]] | None = None,
) -> None:
    """k-fold cross-validation: ``judge`` sees each held-out example with its fold's models
    (from ``fit``, by default :func:`train` on ``labels``)."""
    shuffled = list(examples)
    random.Random(7).shuffle(shuffled)
    for fold in range(k):
        kept = [e for i, e in enumerate(shuffled) if i % k != fold]
        models = fit(kept) if fit else train(kept, labels)
        for feats, label in shuffled[fold::k]:
            judge(models, feats, label)


def _header(docstring: str) -> list[str]:
    return [
        f'"""{docstring}',
        "",
        "Written by a script in tools/; do not edit by hand: change the corpora or the",
        "trainer and run it again.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
    ]


def table(
    models: dict[str, Model], columns: Sequence[str]
) -> tuple[tuple[float, ...], dict[str, tuple[float, ...]]]:
    """The models side by side: each column's bias, and each feature's row of weights
    (one per column, 0.0 where that model has none), dropping weights under ``KEEP``."""
    biases = tuple(round(models[column][0], 4) for column in columns)
    rows: dict[str, list[float]] = {}
    for index, column in enumerate(columns):
        for feature, weight in models[column][1].items():
            if abs(weight) >= KEEP:
                rows.setdefault(feature, [0.0] * len(columns))[index] = round(weight, 4)
    return biases, {feature: tuple(rows[feature]) for feature in sorted(rows)}


def write_table(
    path: Path,
    docstring: str,
    columns: Sequence[str],
    biases: Sequence[float],
    rows: dict[str, tuple[float, ...]],
) -> None:
    """Write models side by side as Python data: their ``COLUMNS``, each one's bias in
    ``BIASES``, and per feature a row of weights in ``WEIGHTS`` (a weight of 0 as ``0``)."""

    def number(value: float) -> str:
        return repr(value) if value else "0"

    lines = [
        *_header(docstring),
        f"COLUMNS: Final = {tuple(columns)!r}",
        f"BIASES: Final = {tuple(biases)!r}",
        "WEIGHTS: Final[dict[str, tuple[float, ...]]] = {",
    ]
    lines += [f"    {f!r}: ({', '.join(number(w) for w in row)})," for f, row in rows.items()]
    lines.append("}")
    path.write_text("\n".join(lines) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")


def write(
    path: Path,
    docstring: str,
    models: dict[str, Model],
    labels: Sequence[str],
    keep: float = KEEP,
) -> None:
    """Write the models as Python data: label -> (bias, {feature: weight}), leaving out
    weights smaller than ``keep``."""
    lines = [*_header(docstring), "MODELS: Final[dict[str, tuple[float, dict[str, float]]]] = {"]
    for label in labels:
        bias, weights = models[label]
        kept = sorted((f, round(w, 4)) for f, w in weights.items() if abs(w) >= keep)
        lines += [f"    {label!r}: (", f"        {round(bias, 4)!r},", "        {"]
        lines += [f"            {f!r}: {w!r}," for f, w in kept]
        lines += ["        },", "    ),"]
    lines.append("}")
    path.write_text("\n".join(lines) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")
