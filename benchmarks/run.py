"""Speed and size of selfefficacy, as ratios measured in one run.

    .venv/bin/python benchmarks/run.py

(a) a full request (JSON text -> load -> respond -> dump -> JSON text) after 1,000
    sessions of history against after 1 (target <= 1.3);
(b) the same request against json.loads + json.dumps of the same document;
(c) the learner's JSON size after 1,000 sessions (target < 64 KB);
(d) ``import selfefficacy`` against ``import attrs, cattrs`` in fresh interpreters
    (target <= 1.3), and, since public names load on first use, the import plus a
    first ``Coach()`` against the same;
(e) the scorer benchmark, ``benchmarks/bench_scorer.py``, when present.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import selfefficacy as se
from selfefficacy.testing import ScriptedDriver

HERE = Path(__file__).parent
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
HISTORY = 1000

#: The request is timed on a reinterpret-signals session (activation 8 picks it for
#: any learner whose explanation does not undermine), so both records walk one path.
REQUEST_ANSWERS: dict[str, Any] = {
    "checkin.review": "done",
    "checkin.explain": "I practised a little every day and changed my approach",
    "checkin.confidence": 60,
    "checkin.activation": 8,
}


def varied_answers() -> dict[str, Any]:
    """Answers that cycle, so the long history visits every practice and result."""
    reviews = itertools.cycle(["done", "partly", "not-yet", "done"])
    explains = itertools.cycle(
        [
            "I practised a little every day and changed my approach",
            "I'm just not a sporty person",
            "It was luck",
            "I didn't put the time in",
        ]
    )
    confidence = itertools.cycle([30, 50, 70, 90, 60])
    activation = itertools.cycle([3, 8, 5, 2, 7])
    return {
        "checkin.review": lambda _p: next(reviews),
        "checkin.explain": lambda _p: next(explains),
        "checkin.confidence": lambda _p: next(confidence),
        "checkin.activation": lambda _p: next(activation),
        "close.confidence": lambda _p: next(confidence),
        "proximal-subgoals.steps": "Walk 1 km\nRun 2 km\nRun 3 km\nRun 5 km",
    }


def build_learner(sessions: int) -> tuple[se.Learner, float]:
    """A learner after ``sessions`` real scripted sessions (no JSON between turns)."""
    coach = se.Coach()
    driver = ScriptedDriver(coach, answers=varied_answers(), json_roundtrip=False)
    learner = se.Learner.new("bench", goal="Run 5 km without stopping", traits=("runner",))
    start = time.perf_counter()
    for number in range(sessions):
        learner = driver.run(learner, at=T0 + timedelta(days=number)).learner
    return learner, time.perf_counter() - start


def request_texts(learner: se.Learner) -> list[tuple[str, int | str]]:
    """(session JSON text, answer) for every turn of one scripted session."""
    coach = se.Coach()
    driver = ScriptedDriver(coach, answers=REQUEST_ANSWERS, json_roundtrip=False)
    at = T0 + timedelta(days=5000)
    run = driver.run(learner, at=at)
    texts = []
    for turn, following in zip(run.turns, run.turns[1:], strict=False):
        answer = following.session.answers[-1].value
        texts.append((json.dumps(se.dump(turn.session)), answer))
    return texts


def median_time(work: Callable[[], object], *, repeat: int, number: int) -> float:
    """Median over ``repeat`` rounds of the mean time of ``number`` calls."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            work()
        rounds.append((time.perf_counter() - start) / number)
    return statistics.median(rounds)


def full_request(coach: se.Coach, text: str, answer: int | str, at: datetime) -> str:
    session = se.load(json.loads(text), se.Session)
    turn = coach.respond(session, answer, at=at)
    return json.dumps(se.dump(turn.session))


def roundtrip_json(text: str) -> str:
    return json.dumps(json.loads(text))


def time_requests(
    small: list[tuple[str, int | str]], large: list[tuple[str, int | str]], repeat: int = 15
) -> dict[str, float]:
    """Seconds for all requests of one session, for both records: full and json-only.

    The two records are timed in alternating rounds, turn by turn, so a noisy neighbour
    on a shared machine slows both sides alike instead of skewing the ratio.
    """
    coach = se.Coach()
    at = T0 + timedelta(days=6000)
    totals = dict.fromkeys(("small_full", "large_full", "small_plain", "large_plain"), 0.0)
    for (small_text, answer), (large_text, _) in zip(small, large, strict=True):
        work = {
            "small_full": functools.partial(full_request, coach, small_text, answer, at),
            "large_full": functools.partial(full_request, coach, large_text, answer, at),
            "small_plain": functools.partial(roundtrip_json, small_text),
            "large_plain": functools.partial(roundtrip_json, large_text),
        }
        rounds: dict[str, list[float]] = {name: [] for name in work}
        for _ in range(repeat):
            for name, call in work.items():
                rounds[name].append(median_time(call, repeat=1, number=5))
        for name in work:
            totals[name] += statistics.median(rounds[name])
    return totals


def import_time(statement: str, runs: int = 11) -> float:
    """Median seconds to run ``statement`` in a fresh interpreter, bytecode cached.

    Installed packages run from cached bytecode, so the first run (which may write
    it) is not counted, and PYTHONDONTWRITEBYTECODE is lifted for these runs.
    """
    code = "import time; t = time.perf_counter(); " + statement + "; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for run in range(runs + 1):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        ).stdout
        if run:
            times.append(float(out))
    return statistics.median(times)


def run_scorer_benchmark() -> None:
    path = HERE / "bench_scorer.py"
    if not path.exists():
        print("(e) scorer benchmark: benchmarks/bench_scorer.py not found; skipped")
        return
    try:
        spec = importlib.util.spec_from_file_location("bench_scorer", path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        main = getattr(module, "main", None)
        if not callable(main):
            print("(e) scorer benchmark: bench_scorer.py has no main(); skipped")
            return
        print("(e) scorer benchmark (benchmarks/bench_scorer.py):")
        main()
    except Exception as error:
        print(f"(e) scorer benchmark failed: {type(error).__name__}: {error}")


def main() -> None:
    print(
        f"selfefficacy {se.__version__} | Python {platform.python_version()} | "
        f"{platform.system()} {platform.machine()} | {os.cpu_count()} CPUs | "
        f"{datetime.now(UTC):%Y-%m-%d}"
    )
    small, _ = build_learner(1)
    large, build_seconds = build_learner(HISTORY)
    print(f"built the {HISTORY}-session learner from real sessions in {build_seconds:.1f} s")
    small_texts, large_texts = request_texts(small), request_texts(large)
    assert [a for _, a in small_texts] == [a for _, a in large_texts], "paths differ"
    timed = time_requests(small_texts, large_texts)
    small_full, large_full = timed["small_full"], timed["large_full"]
    small_plain, large_plain = timed["small_plain"], timed["large_plain"]
    turns = len(small_texts)
    learner_bytes = len(json.dumps(se.dump(large)).encode())
    session_bytes = max(len(t.encode()) for t, _ in large_texts)
    se_import = import_time("import selfefficacy")
    se_first_use = import_time("import selfefficacy; selfefficacy.Coach()")
    peer_import = import_time("import attrs, cattrs")

    rows = [
        (
            "(a) request after 1000 sessions / after 1",
            f"{large_full / turns * 1e3:.3f} ms / {small_full / turns * 1e3:.3f} ms",
            f"{large_full / small_full:.2f}x",
            "<= 1.3x",
        ),
        (
            "(b) request / json.loads+dumps (1000 sessions)",
            f"{large_full / turns * 1e3:.3f} ms / {large_plain / turns * 1e3:.3f} ms",
            f"{large_full / large_plain:.1f}x",
            "report",
        ),
        (
            "(b) request / json.loads+dumps (1 session)",
            f"{small_full / turns * 1e3:.3f} ms / {small_plain / turns * 1e3:.3f} ms",
            f"{small_full / small_plain:.1f}x",
            "report",
        ),
        (
            "(c) learner JSON after 1000 sessions",
            f"{learner_bytes:,} bytes (largest session {session_bytes:,})",
            f"{learner_bytes / 65536:.2f} of 64 KB",
            "< 64 KB",
        ),
        (
            "(d) import selfefficacy / import attrs, cattrs",
            f"{se_import * 1e3:.1f} ms / {peer_import * 1e3:.1f} ms",
            f"{se_import / peer_import:.2f}x",
            "<= 1.3x",
        ),
        (
            "(d) import + first Coach() / import attrs, cattrs",
            f"{se_first_use * 1e3:.1f} ms / {peer_import * 1e3:.1f} ms",
            f"{se_first_use / peer_import:.2f}x",
            "report",
        ),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\n{'measure':<{width}}  {'figures':<42}  {'ratio':>14}  target")
    for name, figures, ratio, target in rows:
        print(f"{name:<{width}}  {figures:<42}  {ratio:>14}  {target}")
    print(
        f"(request: mean per turn over the {turns} turns of one session, "
        "median of 15 alternating rounds)\n"
    )
    run_scorer_benchmark()


if __name__ == "__main__":
    main()
