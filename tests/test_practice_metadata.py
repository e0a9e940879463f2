"""Metadata of the six built-in practices: ids, exercises, techniques, sources, evidence."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from selfefficacy.bct import is_bcttv1_code
from selfefficacy.evidence import Citation, Evidence, EvidenceGrade
from selfefficacy.practices import (
    build_mastery,
    effort_attribution,
    learn_from_models,
    proximal_subgoals,
    reinterpret_signals,
    specific_encouragement,
)
from selfefficacy.sources import Source

MODULES = (
    build_mastery,
    learn_from_models,
    specific_encouragement,
    reinterpret_signals,
    proximal_subgoals,
    effort_attribution,
)
PRIMARY = {
    "build-mastery": Source.MASTERY,
    "learn-from-models": Source.VICARIOUS,
    "specific-encouragement": Source.PERSUASION,
    "reinterpret-signals": Source.PHYSIOLOGICAL,
    "proximal-subgoals": Source.MASTERY,
    "effort-attribution": Source.MASTERY,
}
KEBAB = re.compile(r"[a-z]+(?:-[a-z]+)*")

by_module = pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rpartition(".")[2])


def test_ids_match_the_contract_in_order() -> None:
    assert tuple(m.ID for m in MODULES) == tuple(PRIMARY)


@by_module
def test_id_is_kebab_case_and_matches_module_name(module: ModuleType) -> None:
    assert KEBAB.fullmatch(module.ID)
    assert module.ID.replace("-", "_") == module.__name__.rpartition(".")[2]


@by_module
def test_version_and_texts(module: ModuleType) -> None:
    assert type(module.VERSION) is int
    assert module.VERSION >= 1
    for text in (module.TITLE, module.SUMMARY, module.MECHANISM, module.__doc__):
        assert isinstance(text, str)
        assert text.strip()


@by_module
def test_exercise_has_3_to_8_plain_steps(module: ModuleType) -> None:
    steps = module.EXERCISE
    assert isinstance(steps, tuple)
    assert 3 <= len(steps) <= 8
    assert all(isinstance(s, str) and s.strip() for s in steps)
    assert len(set(steps)) == len(steps)


@by_module
def test_techniques_are_at_least_two_verified_bcttv1_codes(module: ModuleType) -> None:
    codes = module.TECHNIQUES
    assert isinstance(codes, tuple)
    assert len(codes) >= 2
    assert len(set(codes)) == len(codes)
    assert all(is_bcttv1_code(code) for code in codes)
    assert "16.3" not in codes  # unverified label: not used by built-ins


@by_module
def test_sources_start_with_the_required_primary(module: ModuleType) -> None:
    sources = module.SOURCES
    assert isinstance(sources, tuple)
    assert sources
    assert all(isinstance(s, Source) for s in sources)
    assert len(set(sources)) == len(sources)
    assert sources[0] is PRIMARY[module.ID]


@by_module
def test_evidence_is_graded_and_cited(module: ModuleType) -> None:
    ev = module.EVIDENCE
    assert isinstance(ev, Evidence)
    assert isinstance(ev.grade, EvidenceGrade)
    assert ev.citations
    assert all(isinstance(c, Citation) for c in ev.citations)
    # Every cited work is mentioned in the summary by its first author's surname.
    for cited in ev.citations:
        assert cited.authors.split(",")[0] in ev.summary


def test_disputed_findings_are_reported() -> None:
    attribution = effort_attribution.EVIDENCE
    assert attribution.grade is EvidenceGrade.MIXED
    assert "Li & Bates" in attribution.summary
    assert "d = 0.05" in attribution.summary
    assert "d = 0.16" in build_mastery.EVIDENCE.summary
    assert "not of motivation" in build_mastery.EVIDENCE.summary
    assert reinterpret_signals.EVIDENCE.grade is EvidenceGrade.LIMITED
    assert "small" in reinterpret_signals.EVIDENCE.summary
    assert "d = .34" in proximal_subgoals.EVIDENCE.summary
