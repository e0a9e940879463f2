"""The example plugin is found through its entry point, without pip.

A ``*.dist-info`` directory with ``METADATA`` and ``entry_points.txt`` on ``sys.path``
is all ``importlib.metadata`` needs to see an installed distribution, so the test writes
one into ``tmp_path`` and puts the plugin's source folder on ``sys.path``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import selfefficacy as se
from selfefficacy.testing import assert_practice_conforms

PLUGIN_SRC = Path(__file__).resolve().parent.parent / "examples" / "plugin" / "src"
MODULE = "selfefficacy_mental_rehearsal"


def _fake_install(site: Path, name: str, entry_points: str) -> None:
    info = site / f"{name.replace('-', '_')}-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delitem(sys.modules, MODULE, raising=False)
    monkeypatch.syspath_prepend(str(PLUGIN_SRC))
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_plugin_practice_is_registered(site: Path) -> None:
    _fake_install(
        site,
        "selfefficacy-mental-rehearsal",
        f"[selfefficacy.practices]\nmental-rehearsal = {MODULE}:PRACTICE\n",
    )
    base = se.default_registry()
    registry, failures = se.load_entry_points(base)
    assert failures == ()
    assert "mental-rehearsal" in registry
    assert registry.ids()[: len(base)] == base.ids()
    assert "mental-rehearsal" not in base  # the shared default registry is untouched
    practice = registry.get("mental-rehearsal")
    assert practice.techniques == ("15.2",)
    run = assert_practice_conforms(practice, registry=registry)
    assert "mental-rehearsal.vividness" in run.prompt_ids


def test_broken_entry_point_is_reported_not_raised(site: Path) -> None:
    _fake_install(
        site,
        "selfefficacy-broken-plugin",
        "[selfefficacy.practices]\n"
        "missing-module = selfefficacy_no_such_plugin:PRACTICE\n"
        f"not-a-practice = {MODULE}:__all__\n",
    )
    _fake_install(
        site,
        "selfefficacy-mental-rehearsal",
        f"[selfefficacy.practices]\nmental-rehearsal = {MODULE}:PRACTICE\n",
    )
    registry, failures = se.load_entry_points(se.default_registry())
    assert "mental-rehearsal" in registry  # a broken plugin does not stop the others
    by_name = {failure.name: failure for failure in failures}
    assert set(by_name) == {"missing-module", "not-a-practice"}
    assert "ModuleNotFoundError" in by_name["missing-module"].error
    assert by_name["missing-module"].value == "selfefficacy_no_such_plugin:PRACTICE"
    assert "Practice" in by_name["not-a-practice"].error


def test_nothing_loads_without_the_explicit_call(site: Path) -> None:
    _fake_install(
        site,
        "selfefficacy-mental-rehearsal",
        f"[selfefficacy.practices]\nmental-rehearsal = {MODULE}:PRACTICE\n",
    )
    assert "mental-rehearsal" not in se.Coach().registry
    assert MODULE not in sys.modules
