"""Golden fixtures: stored state of every schema version loads forever, and the format
of the current version has not drifted.

``tests/fixtures/<kind>-v<N>.json`` were written by ``tests/fixtures/make_fixtures.py``
from one scripted run. Files of released versions are never regenerated.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import selfefficacy as se
from selfefficacy.learner import AttemptTotals

FIXTURES = Path(__file__).parent / "fixtures"


def _make_fixtures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_fixtures", module)
    spec.loader.exec_module(module)
    return module


def read(name: str) -> dict[str, Any]:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def shape(value: object) -> object:
    """The skeleton of a JSON value: keys and JSON types, lists reduced to their item shapes."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        items = []
        for item in map(shape, value):
            if item not in items:
                items.append(item)
        return ["list", *items]
    return "number" if type(value) in (int, float) else type(value).__name__


ALL = sorted(p.name for p in FIXTURES.glob("*-v*.json"))


def test_there_is_a_fixture_of_each_kind_for_every_version() -> None:
    for version in range(1, se.SCHEMA_VERSION + 1):
        for kind in ("session", "learner"):
            assert f"{kind}-v{version}.json" in ALL


@pytest.mark.parametrize("name", ALL)
def test_every_fixture_loads_into_todays_types(name: str) -> None:
    cls = se.Session if name.startswith("session") else se.Learner
    data = read(name)
    assert data["schema_version"] == int(name.rsplit("-v", 1)[1].removesuffix(".json"))
    loaded = se.load(data, cls)
    assert type(loaded) is cls
    assert se.load(se.dump(loaded), cls) == loaded


def test_the_v1_learner_has_the_expected_values() -> None:
    raw = read("learner-v1.json")
    assert [r["session"] for r in raw["data"]["history"]] == [1, 2, 3, 4, 5]
    assert len(raw["data"]["notes"]) == 2
    learner = se.load(raw, se.Learner)
    assert learner.id == "fixture-learner"
    assert learner.goal == "Speak up in the weekly team meeting"
    assert learner.traits == ("office", "introvert")
    assert learner.sessions == 5
    # Version 2 keeps the last session and the last note in full.
    assert [r.session for r in learner.history] == [5]
    assert learner.history[0].at.isoformat() == "2026-01-17T09:00:00+00:00"
    assert learner.totals == AttemptTotals(attempts=4, done=4, partly=0)
    assert [a.result for a in learner.attempts] == [se.ReviewResult.DONE] * 4
    assert all(type(a.result) is se.ReviewResult for a in learner.attempts)
    assert learner.calibration.n == 4
    assert learner.ladder
    assert learner.ladder[0].text == "Ask one question"
    assert learner.subgoal is not None
    assert learner.subgoal.due.utcoffset() is not None
    assert sum(s.uses for s in learner.practice_stats) == 5
    assert [n.text for n in learner.notes] == [raw["data"]["notes"][-1]["text"]]


def test_a_v1_learner_loads_as_the_v2_learner_of_the_same_run() -> None:
    # The run is the same, so migrating its v1 record gives exactly its v2 record.
    assert se.load(read("learner-v1.json"), se.Learner) == se.load(
        read("learner-v2.json"), se.Learner
    )


def test_migrating_leaves_the_callers_data_alone() -> None:
    raw = read("session-v1.json")
    before = json.dumps(raw, sort_keys=True)
    se.load(raw, se.Session)
    assert json.dumps(raw, sort_keys=True) == before


def test_the_v1_session_has_the_expected_values_and_can_be_continued() -> None:
    session = se.load(read("session-v1.json"), se.Session)
    assert session.number == 6
    assert not session.done
    assert session.learner == se.load(read("learner-v1.json"), se.Learner)
    assert len(session.learner.history) == 1
    assert [a.prompt_id for a in session.answers] == [
        "checkin.review",
        "checkin.explain",
        "checkin.confidence",
        "checkin.activation",
    ]
    assert session.decision is not None
    assert session.decision.practice_id == "specific-encouragement"
    assert session.prompt is not None
    assert session.prompt.id == "specific-encouragement.note"
    assert session.prompt.kind is se.PromptKind.TEXT
    turn = se.Coach().respond(session, "You prepared and it worked", at=session.answers[-1].at)
    assert turn.session.answers[-1].prompt_id == "specific-encouragement.note"


@pytest.mark.parametrize("kind", ["session", "learner"])
def test_todays_dump_has_the_shape_of_the_current_fixture(kind: str) -> None:
    learner, session = _make_fixtures().scripted_run()
    today = se.dump(session if kind == "session" else learner)
    assert shape(today) == shape(read(f"{kind}-v{se.SCHEMA_VERSION}.json")), (
        "the dumped format changed: bump SCHEMA_VERSION, add a migration and new fixtures"
    )


@pytest.mark.parametrize("kind", ["session", "learner"])
def test_todays_dump_equals_the_current_fixture(kind: str) -> None:
    learner, session = _make_fixtures().scripted_run()
    today = json.loads(json.dumps(se.dump(session if kind == "session" else learner)))
    assert today == read(f"{kind}-v{se.SCHEMA_VERSION}.json"), (
        "same shape, other values: the coaching behaviour or its texts changed; if that is "
        "intended and this version is unreleased, rerun tests/fixtures/make_fixtures.py"
    )


def test_malformed_v1_data_is_reported_at_its_path_after_migration() -> None:
    raw = read("learner-v1.json")
    raw["data"]["history"] = "not a list"
    with pytest.raises(se.StateLoadError, match=r"expected a list, got str .* @ \$\.data\.history"):
        se.load(raw, se.Learner)
