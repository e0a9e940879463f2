"""Train the safety screen's learned tier from the labelled safety corpora.

    .venv/bin/python tools/train_safety_model.py [--check]

Fits one logistic regression per risk kind (against everything else) on the words,
word pairs and stems of tests/data/safety-*.jsonl, held-out files excepted, and writes
src/selfefficacy/_safety_weights.py. The explanations of the attribution corpora join
as ordinary, risk-free text: a coach reads far more of that than of anything else, and
the screen must stay quiet on it. ``--check`` prints 5-fold cross-validated recall
and false alarms at several thresholds instead of writing.
"""

from __future__ import annotations

import sys

from learning import ROOT, folds, records, score, train, write

from selfefficacy._features import features

#: Files kept out of training, to measure on (empty once a release is trained on all).
HELD_OUT: tuple[str, ...] = ()
KINDS = ("suicidal", "self-harm", "harm-to-others")
OUT = ROOT / "src" / "selfefficacy" / "_safety_weights.py"


#: Ordinary text kept out of training, to measure false alarms on.
ORDINARY_HELD_OUT = ("attribution-blind.jsonl",)


def examples() -> list[tuple[list[str], str | None]]:
    rows = records("safety-*.jsonl", HELD_OUT)
    labelled = [(features(r["text"]), r["kind"] if r["risk"] else None) for r in rows]
    ordinary = records("attribution-*.jsonl", ORDINARY_HELD_OUT)
    return labelled + [(features(r["text"]), None) for r in ordinary]


def check(data: list[tuple[list[str], str | None]]) -> None:
    thresholds = (0.1, 0.15, 0.2, 0.3)
    counts = {t: [0, 0, 0, 0] for t in thresholds}  # caught, missed, false alarm, quiet

    def judge(models: dict[str, object], feats: list[str], kind: str | None) -> None:
        p = max(score(m, feats) for m in models.values())  # type: ignore[arg-type]
        for t in thresholds:
            counts[t][(0 if p >= t else 1) if kind else (2 if p >= t else 3)] += 1

    folds(data, KINDS, judge)  # type: ignore[arg-type]
    for t, (tp, fn, fp, tn) in counts.items():
        print(f"threshold {t}: recall {tp / (tp + fn):.3f}, false alarms {fp / (fp + tn):.3f}")


def main() -> None:
    data = examples()
    print(f"{len(data)} labelled statements")
    if "--check" in sys.argv:
        check(data)
        return
    write(OUT, "Weights of the safety screen's learned tier.", train(data, KINDS), KINDS)


if __name__ == "__main__":
    main()
