"""Leave-one-file-out evaluation of the safety screen (rules plus learned tier).

    PYTHONPATH=src .venv/bin/python tools/lofo_safety.py [VARIANT ...] [--summary | --screen]

For each of the "set" files (the blind, fresh, extra and g7 sets), train the learned
tier on every other safety file plus the ordinary attribution explanations (less
``attribution-blind.jsonl``), and score the held-out file with the full screen: the
rules first, the learned tier where they found nothing. Prints per-file and pooled
recall and false alarms, and the false alarms on the 200 held-out ordinary
explanations (each fold's model scores them; the figure is the mean over folds).

The rules do not depend on the weights, so each text is read by them once and the
windows the learned tier would score are cached; each variant then only trains and
scores (trained models are cached too, in .lofo_cache/). ``--summary`` prints one line
per variant: pooled recall at pooled false alarms of 0.04, 0.055 and 0.07 (worst file's
recall and false alarms and the ordinary-text rate in brackets), for the whole screen and
for the learned tier alone. ``--screen`` runs the real ``screen`` with each fold's
weights swapped in, at the screen's own thresholds, and checks the cached path agrees.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import json
import math
import pickle
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from learning import DATA, DEFAULT, KEEP, ROOT, Model, Settings, logit, records, train
from train_safety_model import HELD_OUT as SHIPPED_HELD_OUT

from selfefficacy import safety
from selfefficacy._features import sigmoid

SETS = (
    "safety-blind.jsonl",
    "safety-blind2.jsonl",
    "safety-blind3.jsonl",
    "safety-blind4.jsonl",
    "safety-blind5.jsonl",
    "safety-blind6.jsonl",
    "safety-fresh.jsonl",
    "safety-extra.jsonl",
    "safety-blind7.jsonl",
    "safety-blind8.jsonl",
    "safety-blind9.jsonl",
    "safety-blind10.jsonl",
    "safety-blind11.jsonl",
    "safety-blind12.jsonl",
    "safety-blind13.jsonl",
    "safety-blind14.jsonl",
    "safety-blind15.jsonl",
    "safety-blind16.jsonl",
)
ORDINARY_TEST = "attribution-blind.jsonl"
KINDS = ("suicidal", "self-harm", "harm-to-others")
CACHE = ROOT / ".lofo_cache"

Windows = list[tuple[int, int]] | None  # None: the rules flagged the text


def rule_windows(text: str) -> Windows:
    """``None`` when the rules flag ``text``; else the windows the learned tier scores."""
    seen: list[tuple[str, list[int], list[int]]] = []

    def record(text: str, breaks: list[int], guarded: list[int]) -> safety.ScreenResult:
        seen.append((text, breaks, guarded))
        return safety.ScreenResult(risk=False)

    original = safety._learned_tier
    safety._learned_tier = record
    try:
        result = safety.screen(text)
    finally:
        safety._learned_tier = original
    if result.risk:
        return None
    _, breaks, guarded = seen[0]
    out = []
    for lo, hi in safety._windows(text, breaks):
        at = bisect.bisect_left(guarded, lo)
        if at < len(guarded) and guarded[at] < hi:
            continue
        out.append((lo, hi))
    return out


def cached_windows(texts: Sequence[str]) -> dict[str, Windows]:
    """Rule outcomes for ``texts``, cached on disk against the text of safety.py."""
    key = hashlib.sha256(Path(safety.__file__).read_bytes()).hexdigest()[:16]
    path = CACHE / f"rules-{key}.pickle"
    known: dict[str, Windows] = pickle.loads(path.read_bytes()) if path.exists() else {}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    for text in missing:
        known[text] = rule_windows(text)
    if missing:
        CACHE.mkdir(exist_ok=True)
        path.write_bytes(pickle.dumps(known))
    return known


# --- variants ---------------------------------------------------------------------


@dataclass(frozen=True)
class Training:
    """How the fold models are trained: features, fitting settings, seeds."""

    featurize: str = "features"  # a name in FEATURES
    settings: Settings = DEFAULT
    #: More than one: models refitted with the training rows in another seeded order,
    #: averaged in log-odds.
    seeds: tuple[int, ...] = (0,)

    def key(self) -> str:
        return hashlib.sha256(repr(self).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Policy:
    """How the trained models are applied to a text."""

    #: "kinds": the best kind's probability decides; "binary": one model pooling all
    #: kinds decides; "max"/"mean": both, combined.
    decide: str = "kinds"
    #: Also score each sentence of a window alone, and take the highest.
    sentences: bool = False
    #: Score windows the rules' guards set aside too, flagging them only from this
    #: probability (``None``: skip them, as the screen does today).
    rescue: float | None = None
    #: Weights smaller than this are dropped, as the written weights file drops them.
    keep: float = KEEP


@dataclass(frozen=True)
class Variant:
    name: str
    training: Training = Training()
    policy: Policy = Policy()


def _features_base(text: str) -> list[str]:
    from selfefficacy._features import features

    return features(text)


def _features_safety(text: str) -> list[str]:
    from selfefficacy._features import safety_features

    return safety_features(text)


FEATURES: dict[str, Callable[[str], list[str]]] = {
    "features": _features_base,
    "safety": _features_safety,
}

Models = list[dict[str, Model]]  # per seed: label -> model (the kinds and "risk")


def fit_models(training: Training, rows: Sequence[tuple[list[str], str | None]]) -> Models:
    out = []
    for seed in training.seeds:
        if seed:
            rows = list(rows)
            random.Random(seed).shuffle(rows)
        models = dict(train(rows, KINDS, training.settings))
        pooled = [(f, "risk" if k else None) for f, k in rows]
        models.update(train(pooled, ("risk",), training.settings))
        out.append(models)
    return out


def window_score(policy: Policy, models: Models, feats: list[str]) -> float:
    def avg(label: str) -> float:
        return sum(logit(m[label], feats) for m in models) / len(models)

    if policy.decide == "binary":
        return sigmoid(avg("risk"))
    kinds = max(sigmoid(avg(k)) for k in KINDS)
    if policy.decide == "kinds":
        return kinds
    binary = sigmoid(avg("risk"))
    if policy.decide == "max":
        return max(kinds, binary)
    return (kinds + binary) / 2


def _breaks(text: str) -> list[int]:
    return [m.end() for m in safety._patterns().sentence_break.finditer(text)]


def all_windows(text: str) -> list[tuple[int, int]]:
    """Every window the learned tier would read, rules aside."""
    return list(safety._windows(text, _breaks(text)))


def text_score(
    variant: Variant, models: Models, text: str, windows: Windows, alone: bool = False
) -> float:
    """1.0 when the rules flag; else the best window's score (0 with no window).

    ``alone``: the learned tier alone, every window scored, the rules ignored.
    """
    policy = variant.policy
    featurize = FEATURES[variant.training.featurize]
    if alone:
        windows, guarded = all_windows(text), []
    elif windows is None:
        return 1.0
    else:
        guarded = [w for w in all_windows(text) if w not in windows] if policy.rescue else []

    def score(lo: int, hi: int) -> float:
        best = window_score(policy, models, featurize(text[lo:hi]))
        if policy.sentences:
            cuts = [lo] + [b for b in _breaks(text) if lo < b < hi] + [hi]
            if len(cuts) > 2:
                for a, b in itertools.pairwise(cuts):
                    if text[a:b].strip():
                        best = max(best, window_score(policy, models, featurize(text[a:b])))
        return best

    best = max((score(lo, hi) for lo, hi in windows), default=0.0)
    for lo, hi in guarded:
        s = score(lo, hi)
        if policy.rescue is not None and s >= policy.rescue:
            best = max(best, s)
    return best


# --- evaluation -------------------------------------------------------------------


def load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]


@dataclass
class Scored:
    per_file: dict[str, list[tuple[bool, float]]]  # (risk, score) per statement
    ordinary: list[list[float]]  # per fold, scores of the ordinary held-out texts
    #: The same, the learned tier alone (every window scored, rules ignored).
    alone: dict[str, list[tuple[bool, float]]] = field(default_factory=dict)
    ordinary_alone: list[list[float]] = field(default_factory=list)


def fold_models(training: Training, sets: Sequence[str]) -> dict[str, Models]:
    """Per held-out file, the models trained without it (cached on disk)."""
    path = CACHE / "models" / f"{training.key()}.pickle"
    done: dict[str, Models] = pickle.loads(path.read_bytes()) if path.exists() else {}
    todo = [name for name in sets if name not in done]
    if todo:
        featurize = FEATURES[training.featurize]
        safety_rows = {p.name: load(p.name) for p in sorted(DATA.glob("safety-*.jsonl"))}
        feats = {
            p: [(featurize(r["text"]), r["kind"] if r["risk"] else None) for r in rows]
            for p, rows in safety_rows.items()
        }
        ordinary = [
            (featurize(r["text"]), None) for r in records("attribution-*.jsonl", (ORDINARY_TEST,))
        ]
        for name in todo:
            start = time.time()
            # Never train on a set the shipped weights are measured on.
            skip = {name, *SHIPPED_HELD_OUT}
            rows = [row for other, rs in feats.items() if other not in skip for row in rs]
            done[name] = fit_models(training, rows + ordinary)
            print(f"  trained without {name} in {time.time() - start:.0f}s", file=sys.stderr)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(done))
    return {name: done[name] for name in sets}


def pruned(models: Models, keep: float) -> Models:
    """``models`` without the weights smaller than ``keep`` (rounded as written)."""
    return [
        {
            label: (round(bias, 4), {f: round(w, 4) for f, w in weights.items() if abs(w) >= keep})
            for label, (bias, weights) in seed.items()
        }
        for seed in models
    ]


def evaluate(variant: Variant, sets: Sequence[str] = SETS) -> Scored:
    safety_rows = {name: load(name) for name in sets}
    ordinary_test = [r["text"] for r in load(ORDINARY_TEST)]
    all_texts = [r["text"] for rows in safety_rows.values() for r in rows] + ordinary_test
    windows = cached_windows(all_texts)
    models_of = {
        n: pruned(m, variant.policy.keep) for n, m in fold_models(variant.training, sets).items()
    }
    scored = Scored({}, [])
    for name in sets:
        models = models_of[name]
        for alone, per_file, ordinary in (
            (False, scored.per_file, scored.ordinary),
            (True, scored.alone, scored.ordinary_alone),
        ):
            per_file[name] = [
                (bool(r["risk"]), text_score(variant, models, r["text"], windows[r["text"]], alone))
                for r in safety_rows[name]
            ]
            ordinary.append(
                [text_score(variant, models, t, windows[t], alone) for t in ordinary_test]
            )
    return scored


def figures(pairs: Sequence[tuple[bool, float]], threshold: float) -> tuple[float, float, int, int]:
    pos = [s for r, s in pairs if r]
    neg = [s for r, s in pairs if not r]
    caught = sum(s >= threshold for s in pos)
    alarms = sum(s >= threshold for s in neg)
    return caught / len(pos), alarms / len(neg), len(pos) - caught, alarms


def report(variant: Variant, scored: Scored, thresholds: Sequence[float]) -> None:
    print(f"\n== {variant.name}: {variant}")
    table(scored.per_file, scored.ordinary, thresholds, "rules + learned tier")
    if getattr(scored, "alone", None):
        table(scored.alone, scored.ordinary_alone, thresholds, "learned tier alone")


#: Pooled false-alarm rates at which variants are compared.
TARGETS = (0.04, 0.055, 0.07)


def matched_threshold(pooled: Sequence[tuple[bool, float]], target: float) -> float:
    """The lowest threshold whose pooled false-alarm rate stays within ``target``."""
    negatives = sorted((s for r, s in pooled if not r), reverse=True)
    allowed = int(target * len(negatives))  # this many alarms at most
    # Flag strictly above the (allowed+1)-th highest negative score.
    edge = negatives[allowed] if allowed < len(negatives) else 0.0
    return math.nextafter(edge, 2.0)


def table(
    per_file: dict[str, list[tuple[bool, float]]],
    ordinary: list[list[float]],
    thresholds: Sequence[float],
    title: str,
    match: bool = True,
) -> None:
    print(f"-- {title}")
    short = {n: n.removeprefix("safety-").removesuffix(".jsonl") for n in per_file}
    print(
        "threshold | "
        + " ".join(f"{short[n]:>11}" for n in per_file)
        + " |  pooled R / FA  | ordinary FA mean (max)"
    )
    pooled = [p for pairs in per_file.values() for p in pairs]
    matched = [matched_threshold(pooled, target) for target in TARGETS] if match else []
    for t in [*thresholds, *matched]:
        if t in matched:
            print(f"at pooled false alarms <= {TARGETS[matched.index(t)]}:")
        cells = []
        for pairs in per_file.values():
            r, fa, _, _ = figures(pairs, t)
            cells.append(f"{r:.3f}/{fa:.3f}")
        pooled = [p for pairs in per_file.values() for p in pairs]
        r, fa, missed, alarms = figures(pooled, t)
        ords = [sum(s >= t for s in fold) / len(fold) for fold in ordinary]
        print(
            f"{t:9.3f} | "
            + " ".join(f"{c:>11}" for c in cells)
            + f" | {r:.3f} / {fa:.3f} ({missed}m {alarms}a)"
            + f" | {sum(ords) / len(ords):.4f} ({max(ords):.3f})"
        )


def summary(variant: Variant, scored: Scored) -> None:
    """One line: pooled recall at matched false alarms, full screen and learned tier
    alone, with the worst file's recall and false alarms and the ordinary-text rate."""
    cells = []
    for per_file, ordinary in (
        (scored.per_file, scored.ordinary),
        (scored.alone, scored.ordinary_alone),
    ):
        pooled = [p for pairs in per_file.values() for p in pairs]
        for target in TARGETS:
            t = matched_threshold(pooled, target)
            r, _, _, _ = figures(pooled, t)
            worst_r = min(figures(p, t)[0] for p in per_file.values())
            worst_fa = max(figures(p, t)[1] for p in per_file.values())
            ords = sum(sum(s >= t for s in fold) for fold in ordinary) / sum(map(len, ordinary))
            cells.append(f"{r:.3f} [{worst_r:.2f} {worst_fa:.2f} {ords:.3f}] t={t:.3f}")
    print(f"{variant.name:<22}" + " | ".join(cells))


def screen_figures(variant: Variant, sets: Sequence[str] = SETS) -> None:
    """The real ``screen``, each fold's weights swapped in: per-file and pooled recall
    and false alarms at the screen's own thresholds, and a check that the cached path
    (``text_score``) flags the same statements."""
    import selfefficacy._safety_weights as weights

    if variant.training.seeds != (0,):
        raise SystemExit("the screen reads one set of models: use a single seed")
    models_of = {
        n: pruned(m, variant.policy.keep) for n, m in fold_models(variant.training, sets).items()
    }
    ordinary_test = [r["text"] for r in load(ORDINARY_TEST)]
    windows = cached_windows([r["text"] for n in sets for r in load(n)] + ordinary_test)
    shipped = weights.MODELS
    per_file: dict[str, list[tuple[bool, float]]] = {}
    ordinary: list[list[float]] = []
    disagree = 0
    try:
        for name in sets:
            weights.MODELS = models_of[name][0]  # type: ignore[misc]
            per_file[name] = []
            for row in load(name):
                flagged = safety.screen(row["text"]).risk
                cached = text_score(variant, models_of[name], row["text"], windows[row["text"]])
                disagree += flagged != (cached >= safety.LEARNED_THRESHOLD)
                per_file[name].append((bool(row["risk"]), float(flagged)))
            ordinary.append([float(safety.screen(t).risk) for t in ordinary_test])
    finally:
        weights.MODELS = shipped  # type: ignore[misc]
    print(
        f"\n== the screen itself, {variant.name} weights per fold "
        f"({disagree} statements where the cached path disagrees)"
    )
    table(per_file, ordinary, [0.5], "rules + learned tier", match=False)


def show(scored: Scored, threshold: float) -> None:
    """Print the statements missed and the false alarms at ``threshold``."""
    for name, pairs in scored.per_file.items():
        rows = load(name)
        for row, (risk, s) in zip(rows, pairs, strict=True):
            if risk != (s >= threshold):
                tag = "MISS " if risk else "ALARM"
                print(f"{tag} {s:.3f} {row['id']:<10} {row['kind']:<14} {row['text'][:150]}")


SAFETY = Training(featurize="safety")
SAFETY_L2 = Training("safety", Settings(l2=1e-2))

#: What was tried. Word-class features (means, body parts, harm verbs as classes) were
#: tried too and gained nothing once words picked from the sets' misses were taken out;
#: their code is gone.
VARIANTS: dict[str, Variant] = {
    v.name: v
    for v in (
        # The screen as it was: per-kind models over words, pairs and stems.
        Variant("baseline"),
        Variant("binary", policy=Policy(decide="binary")),
        Variant("max", policy=Policy(decide="max")),
        Variant("mean", policy=Policy(decide="mean")),
        Variant("sentences", policy=Policy(sentences=True)),
        Variant("rescue", policy=Policy(rescue=0.5)),
        Variant("rescue3", policy=Policy(rescue=0.3)),
        Variant("rescue7", policy=Policy(rescue=0.7)),
        Variant("rescue9", policy=Policy(rescue=0.9)),
        Variant("mean_rescue", policy=Policy(decide="mean", rescue=0.5)),
        Variant("mean_rescue7", policy=Policy(decide="mean", rescue=0.7)),
        Variant("pw2", Training(settings=Settings(positive_weight=2.0))),
        Variant("l2lo", Training(settings=Settings(l2=3e-4))),
        Variant("l2hi", Training(settings=Settings(l2=3e-3))),
        Variant("mc1", Training(settings=Settings(min_count=1))),
        Variant("mc3", Training(settings=Settings(min_count=3))),
        Variant("ep30", Training(settings=Settings(epochs=30))),
        Variant("seeds3", Training(seeds=(0, 1, 2))),
        # Near pairs and negated words (selfefficacy._features.safety_features).
        Variant("safety", SAFETY),
        Variant("safety_binary", SAFETY, Policy(decide="binary")),
        Variant("safety_mean", SAFETY, Policy(decide="mean")),
        Variant("safety_max", SAFETY, Policy(decide="max")),
        Variant("safety_rescue", SAFETY, Policy(rescue=0.7)),
        Variant("safety_mean_rescue", SAFETY, Policy(decide="mean", rescue=0.7)),
        Variant("safety_l2hi_mean", Training("safety", Settings(l2=3e-3)), Policy(decide="mean")),
        Variant("safety_l2x6_mean", Training("safety", Settings(l2=6e-3)), Policy(decide="mean")),
        Variant("safety_l2x10_mean", SAFETY_L2, Policy(decide="mean")),
        Variant("safety_l2x30_mean", Training("safety", Settings(l2=3e-2)), Policy(decide="mean")),
        Variant("safety_seeds3_mean", Training("safety", seeds=(0, 1, 2)), Policy(decide="mean")),
        # What the screen does now: tools/train_safety_model.py (SETTINGS, KEEP_WEIGHTS)
        # and safety.LEARNED_THRESHOLD (0.075) and LEARNED_OVERRIDE (0.6).
        Variant("shipped", SAFETY_L2, Policy(decide="mean", rescue=0.6, keep=0.1)),
        # A higher bar for windows the rules' guards set aside.
        Variant("shipped_r65", SAFETY_L2, Policy(decide="mean", rescue=0.65, keep=0.1)),
        Variant("shipped_r70", SAFETY_L2, Policy(decide="mean", rescue=0.7, keep=0.1)),
        Variant("shipped_r80", SAFETY_L2, Policy(decide="mean", rescue=0.8, keep=0.1)),
    )
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=["baseline"])
    parser.add_argument("--thresholds", default="0.05,0.075,0.1,0.125,0.15,0.2,0.25,0.3")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument(
        "--screen",
        action="store_true",
        help="score with the real screen (its own thresholds), each fold's weights in",
    )
    parser.add_argument("--summary", action="store_true", help="one line per variant")
    parser.add_argument("--show", type=float, help="list misses and alarms at this threshold")
    args = parser.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",")]
    for name in args.variants:
        variant = VARIANTS[name]
        if args.screen:
            screen_figures(variant, args.sets.split(","))
            continue
        scored = evaluate(variant, args.sets.split(","))
        if args.summary:
            summary(variant, scored)
        else:
            report(variant, scored, thresholds)
        if args.show is not None:
            show(scored, args.show)


if __name__ == "__main__":
    main()
