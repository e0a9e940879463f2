"""Every script in examples/ runs without input and prints what it promises; the
README's Python example runs too."""

from __future__ import annotations

import subprocess
import sys
from doctest import ELLIPSIS, NORMALIZE_WHITESPACE
from pathlib import Path

import pytest
from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

#: Text each example must print; every examples/*.py needs an entry.
EXPECTED: dict[str, tuple[str, ...]] = {
    "quickstart.py": (
        "person | Speak up in the weekly team meeting",
        "PracticeChosen: proximal-subgoals",
        "SubgoalSet: 'Write down one point before the meeting'",
        "SessionCompleted: completed",
    ),
    "terminal_coach.py": ("=== session 3", "confidence per session", "session  3 before"),
    "custom_practice.py": (
        "passes assert_practice_conforms",
        "mental-rehearsal.vividness-again",
        "note kept: Cue word before I start: steady",
    ),
    "custom_scorer.py": (
        "read by RunningScorer as cause=strategy",
        "session 3 ended: safety",
        "SafetyConcern kind=suicidal",
    ),
    "cohort_simulation.py": ("RulePlanner", "ThompsonPlanner", "anxious beginner", "before"),
}


def test_every_example_has_expectations() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_without_input(name: str) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for text in EXPECTED[name]:
        assert text in result.stdout, f"{name} did not print {text!r}"


def test_examples_are_reproducible() -> None:
    def run(name: str) -> str:
        return subprocess.run(
            [sys.executable, str(EXAMPLES / name)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout

    assert run("cohort_simulation.py") == run("cohort_simulation.py")


def test_readme_python_example_runs() -> None:
    options = ELLIPSIS | NORMALIZE_WHITESPACE
    sybil = Sybil(parsers=[PythonCodeBlockParser(doctest_optionflags=options), SkipParser()])
    document = sybil.parse(ROOT / "README.md")
    examples = list(document)
    assert examples, "README.md has no Python example"
    for example in examples:
        example.evaluate()
