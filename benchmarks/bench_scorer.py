"""Speed of the attribution scorer against VADER, and how it grows with input length.

Run: .venv/bin/python benchmarks/bench_scorer.py

Both scorers read the same sentences (the texts of tests/data/attribution-dev.jsonl),
in one run, best of several rounds; the figure that matters is the ratio, and the
headline is the cold one: a scorer built with ``cache_size=0``, so every sentence is
scored from scratch (DESIGN 8: a result cache does not count). The warm figure, with
the result cache an engine replay hits, is printed for comparison. VADER
(``vaderSentiment``) is a bench-only extra: without it the script says so and exits 0.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from selfefficacy._features import features
from selfefficacy.attribution import LexiconScorer, Outcome
from selfefficacy.safety import screen

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "attribution-dev.jsonl"
ROUNDS = 5


def _texts() -> list[str]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def _rate(
    fn: Callable[[str], object], texts: list[str], before: Callable[[], None] = lambda: None
) -> float:
    """Sentences per second, best of ROUNDS passes; ``before`` runs ahead of each pass."""
    best = float("inf")
    for _ in range(ROUNDS):
        before()
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def _timed(fn: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    fn(text)
    return time.perf_counter() - start


def main() -> int:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("vaderSentiment is not installed; install the bench extra to compare:")
        print("  .venv/bin/pip install vaderSentiment")
        return 0

    texts = _texts()
    scorer = LexiconScorer()
    uncached = LexiconScorer(cache_size=0)  # no result cache: every call scores
    vader = SentimentIntensityAnalyzer()

    def ours(text: str) -> object:
        return scorer.score(text, outcome=Outcome.FAILURE)

    def ours_cold(text: str) -> object:
        return uncached.score(text, outcome=Outcome.FAILURE)

    ours("warm-up")
    vader.polarity_scores("warm-up")
    cold = _rate(ours_cold, texts)
    warm = _rate(ours, texts)
    vader_rate = _rate(vader.polarity_scores, texts)
    print(f"cold ratio (no result cache) / VADER: {cold / vader_rate:.2f}x  (target >= 3x)")
    print(f"sentences: {len(texts)} (attribution dev corpus), best of {ROUNDS} rounds")
    print(f"  VADER polarity_scores            {vader_rate:10.0f} sentences/s")
    print(f"  LexiconScorer.score, no cache    {cold:10.0f} sentences/s")
    print(f"  LexiconScorer.score, warm cache  {warm:10.0f} sentences/s (an engine replay)")
    print(f"  ratio cold / VADER               {cold / vader_rate:10.2f}x  (target >= 3x)")
    print(f"  ratio warm / VADER               {warm / vader_rate:10.2f}x")
    # What the learned tier must do before it weighs anything: find the words, pairs and
    # stems of the sentence. No scorer built like ours can run faster than this.
    floor = _rate(features, texts)
    print(f"  features alone (no scoring)      {floor:10.0f} sentences/s")
    print(f"  ratio features alone / VADER     {floor / vader_rate:10.2f}x")

    rng = random.Random(0)
    words = " ".join(texts).split()
    print("input length (ours caps at", scorer.max_chars, "characters; the screen reads all):")
    for size in (1_000, 100_000, 1_000_000):
        text = " ".join(rng.choice(words) for _ in range(size // 4))[:size]
        scorer.clear_cache()
        score_t = _timed(ours, text)
        screen_t = _timed(screen, text)
        print(
            f"  {size:>9,} chars: score {score_t * 1e3:8.2f} ms, "
            f"screen {screen_t * 1e3:8.2f} ms ({screen_t / size * 1e9:6.1f} ns/char)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
