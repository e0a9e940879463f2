"""Train the attribution scorer's learned tier from the labelled attribution corpora.

    .venv/bin/python tools/train_attribution_model.py [--check]

Fits one logistic regression per cause (against the rest) on the words, word pairs and
stems of tests/data/attribution-*.jsonl plus the outcome, held-out files excepted, and
writes src/selfefficacy/attribution/_weights.py. ``--check`` prints 5-fold
cross-validated accuracy of the learned tier alone instead of writing.
"""

from __future__ import annotations

import sys

from learning import ROOT, folds, records, score, train, write

from selfefficacy.attribution.learned import CAUSES, learned_features

#: Files kept out of training, to measure on (empty once a release is trained on all).
HELD_OUT: tuple[str, ...] = ("attribution-blind.jsonl",)
OUT = ROOT / "src" / "selfefficacy" / "attribution" / "_weights.py"


def examples() -> list[tuple[list[str], str | None]]:
    rows = records("attribution-*.jsonl", HELD_OUT)
    return [(learned_features(r["text"], r["outcome"]), r["cause"]) for r in rows]


def check(data: list[tuple[list[str], str | None]]) -> None:
    right = [0, 0]

    def judge(models: dict[str, object], feats: list[str], cause: str | None) -> None:
        best = max(CAUSES, key=lambda c: score(models[c], feats))  # type: ignore[arg-type]
        right[0] += best == cause
        right[1] += 1

    folds(data, CAUSES, judge)  # type: ignore[arg-type]
    print(f"cause accuracy of the learned tier alone: {right[0] / right[1]:.3f}")


def main() -> None:
    data = examples()
    print(f"{len(data)} labelled explanations")
    if "--check" in sys.argv:
        check(data)
        return
    doc = "Weights of the attribution scorer's learned tier."
    write(OUT, doc, train(data, CAUSES), CAUSES)


if __name__ == "__main__":
    main()
