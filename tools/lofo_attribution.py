"""Leave-one-file-out evaluation of the attribution scorer's learned tier.

    .venv/bin/python tools/lofo_attribution.py [--cache DIR] [FILE ...]

For each held-out corpus (by default the blind sets and the g7 sets, all written by
people who never saw the scorer), trains the learned tier exactly as
``tools/train_attribution_model.py`` does on every other attribution corpus, scores
the held-out file with the full scorer (rules, then :func:`learned.blend` with those
weights) and prints cause, dimension (locus, stability and control all right) and
impact accuracy per file and pooled, beside the rules alone. Each file is scored
with weights that never saw it, so these are honest first-sight figures for text
from other writers, domains and voices.

``--cache DIR`` keeps each fold's weights as JSON in DIR, keyed by a digest of the
training records, the features read from them and the trainer's code, so that a
second run which changes only how the weights are used skips training (about a
minute a fold). ``--set NAME=VALUE`` tries another value of one of the constants of
:mod:`selfefficacy.attribution.learned` (``BLEND``, ``IMPACT_WEIGHT``, ...) for the run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from learning import DATA, ROOT
from train_attribution_model import HELD_OUT as SHIPPED_HELD_OUT
from train_attribution_model import fit_weights

from selfefficacy.attribution import Attribution, LexiconScorer, learned
from selfefficacy.attribution.learned import COLUMNS, Weights, blend, learned_features

#: The corpora scored by default: none was used to write the rules or the lexicon.
HELD_OUT: tuple[str, ...] = (
    "attribution-blind.jsonl",
    "attribution-blind2.jsonl",
    "attribution-blind3.jsonl",
    "attribution-blind4.jsonl",
    "attribution-blind5.jsonl",
)
#: The trainer's code: a change to it invalidates cached weights (as does any change
#: to the training records or to the features read from them).
_TRAINER_CODE = (ROOT / "tools" / "learning.py", ROOT / "tools" / "train_attribution_model.py")

#: The constants of learned.py that ``--set`` may change for a run.
_TUNABLE = ("BLEND", "IMPACT_WEIGHT", "READING_IMPACT", "RULES_READING", "CONTENDERS")

Record = dict[str, Any]


def _load(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _weights(test: str, corpora: dict[str, list[Record]], cache: Path | None) -> Weights:
    """The learned tier trained on every corpus but ``test``, from the cache if there."""
    # Never train on a set the shipped weights are measured on.
    skip = {test, *SHIPPED_HELD_OUT}
    train = [r for name, rows in sorted(corpora.items()) if name not in skip for r in rows]
    digest = hashlib.sha256()
    for path in _TRAINER_CODE:
        digest.update(path.read_bytes())
    digest.update(json.dumps([train, COLUMNS], sort_keys=True).encode())
    digest.update(json.dumps([learned_features(r["text"], r["outcome"]) for r in train]).encode())
    stored = cache / f"{test}.{digest.hexdigest()[:16]}.json" if cache else None
    if stored is not None and stored.exists():
        biases, rows = json.loads(stored.read_text())
        return Weights(tuple(biases), {f: tuple(row) for f, row in rows.items()})
    start = time.perf_counter()
    weights = fit_weights(train)
    print(f"  trained without {test} in {time.perf_counter() - start:.0f} s", flush=True)
    if stored is not None:
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_text(json.dumps([weights.biases, weights.rows]))
    return weights


def _labels(a: Attribution) -> tuple[str, tuple[str | None, ...], str]:
    dims = tuple(None if d is None else d.value for d in (a.locus, a.stability, a.control))
    return a.cause.value, dims, a.impact.value


class _Tally:
    """Right answers for cause, dimensions and impact, over a number of records."""

    def __init__(self) -> None:
        self.right = [0, 0, 0]
        self.n = 0

    def add(self, a: Attribution, record: Record) -> None:
        cause, dims, impact = _labels(a)
        self.right[0] += cause == record["cause"]
        self.right[1] += dims == (record["locus"], record["stability"], record["control"])
        self.right[2] += impact == record["impact"]
        self.n += 1

    def __str__(self) -> str:
        return "/".join(f"{r / (self.n or 1):.3f}" for r in self.right)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", default=HELD_OUT, help="held-out corpora")
    parser.add_argument("--cache", type=Path, help="directory for each fold's weights")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="try another value of one of learned.py's constants, e.g. BLEND=3",
    )
    args = parser.parse_args(argv)
    for assignment in args.set:
        name, _, value = assignment.partition("=")
        if name not in _TUNABLE:
            parser.error(f"--set takes one of {', '.join(_TUNABLE)}, not {name!r}")
        setattr(learned, name, type(getattr(learned, name))(value))
    corpora = {p.name: _load(p) for p in sorted(DATA.glob("attribution-*.jsonl"))}
    rules = LexiconScorer(learned=False, cache_size=0)
    tallies: dict[str, tuple[_Tally, _Tally]] = {}
    for test in args.files:
        weights = _weights(test, corpora, args.cache)
        alone, full = tallies[test] = (_Tally(), _Tally())
        for record in corpora[test]:
            result = rules.score(record["text"], outcome=record["outcome"])
            alone.add(result, record)
            full.add(blend(result, record["text"][: rules.max_chars], weights), record)
    print("cause/dimensions/impact accuracy; each file scored by weights that never saw it")
    pooled = (_Tally(), _Tally())
    for test, pair in tallies.items():
        print(f"{test:<28} {pair[0].n:>4}  rules alone {pair[0]}  rules and learned {pair[1]}")
        for total, tally in zip(pooled, pair, strict=True):
            total.right = [a + b for a, b in zip(total.right, tally.right, strict=True)]
            total.n += tally.n
    alone, full = pooled
    print(f"{'pooled':<28} {alone.n:>4}  rules alone {alone}  rules and learned {full}")


if __name__ == "__main__":
    main()
