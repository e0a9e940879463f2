"""Train the attribution scorer's learned tier from the labelled attribution corpora.

    .venv/bin/python tools/train_attribution_model.py [--check]

Fits, on the words, word pairs and stems of tests/data/attribution-*.jsonl plus the
outcome, held-out files excepted, three kinds of logistic regression:

- one per cause, against the rest;
- one for "stable" and one for "controllable", on the explanations that name a cause,
  with that cause as one more feature;
- one per impact, against the rest, for each outcome on its own explanations;

and writes them side by side to src/selfefficacy/attribution/_weights.py (see
:mod:`selfefficacy.attribution.learned` for how they are used). ``--check`` prints
5-fold cross-validated accuracy of the cause models alone instead of writing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from typing import Any

from learning import ROOT, Model, folds, records, score, table, train, write_table

from selfefficacy.attribution.labels import Cause, Impact, Outcome
from selfefficacy.attribution.learned import (
    CAUSES,
    COLUMNS,
    CONTROLLABLE,
    IMPACTS,
    STABLE,
    Weights,
    cause_feature,
    impact_column,
    learned_features,
)

#: Files kept out of training, to measure the shipped weights on.
HELD_OUT: tuple[str, ...] = ("attribution-blind.jsonl", "attribution-blind9.jsonl")
OUT = ROOT / "src" / "selfefficacy" / "attribution" / "_weights.py"
#: Seeds of the dimension and impact models (the cause models take 0 to 8).
DIMENSION_SEED = 11
IMPACT_SEED = 21


def examples() -> list[tuple[list[str], str | None]]:
    rows = records("attribution-*.jsonl", HELD_OUT)
    return [(learned_features(r["text"], r["outcome"]), r["cause"]) for r in rows]


def fit_models(rows: Iterable[Mapping[str, Any]]) -> dict[str, Model]:
    """Every model of the learned tier, keyed by its column in the weights table."""
    rows = list(rows)
    feats = [learned_features(r["text"], r["outcome"]) for r in rows]
    models = train([(f, r["cause"]) for f, r in zip(feats, rows, strict=True)], CAUSES)
    # The dimensions, read beside the cause they belong to: "always" turns a task,
    # already stable, no further, and makes the weather a stable circumstance.
    named = [
        ([*f, cause_feature(Cause(r["cause"]))], r)
        for f, r in zip(feats, rows, strict=True)
        if r["cause"] != Cause.NONE.value
    ]
    models.update(train([(f, r["stability"]) for f, r in named], (STABLE,), seed=DIMENSION_SEED))
    models.update(
        train([(f, r["control"]) for f, r in named], (CONTROLLABLE,), seed=DIMENSION_SEED + 1)
    )
    # Impact means different things after a success and after a failure ("I got lucky"
    # undermines the one and is neutral about the other): one set of models for each.
    for number, outcome in enumerate(Outcome):
        mine = [
            (f, r["impact"]) for f, r in zip(feats, rows, strict=True) if r["outcome"] == outcome
        ]
        trained = train(mine, IMPACTS, seed=IMPACT_SEED + 10 * number)
        models.update({impact_column(outcome, Impact(i)): m for i, m in trained.items()})
    return models


def fit_weights(rows: Iterable[Mapping[str, Any]]) -> Weights:
    """The learned tier trained on ``rows``, as the scorer reads it."""
    biases, weights = table(fit_models(rows), COLUMNS)
    return Weights(biases, weights)


def check(data: list[tuple[list[str], str | None]]) -> None:
    right = [0, 0]

    def judge(models: dict[str, object], feats: list[str], cause: str | None) -> None:
        best = max(CAUSES, key=lambda c: score(models[c], feats))  # type: ignore[arg-type]
        right[0] += best == cause
        right[1] += 1

    folds(data, CAUSES, judge)  # type: ignore[arg-type]
    print(f"cause accuracy of the learned tier alone: {right[0] / right[1]:.3f}")


def main() -> None:
    if "--check" in sys.argv:
        data = examples()
        print(f"{len(data)} labelled explanations")
        check(data)
        return
    rows = records("attribution-*.jsonl", HELD_OUT)
    print(f"{len(rows)} labelled explanations")
    weights = fit_weights(rows)
    doc = "Weights of the attribution scorer's learned tier."
    write_table(OUT, doc, COLUMNS, weights.biases, dict(weights.rows))


if __name__ == "__main__":
    main()
