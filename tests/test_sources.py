"""The four sources of self-efficacy and their profiles."""

from __future__ import annotations

import pytest

from selfefficacy.evidence import BANDURA_1977, Evidence, EvidenceGrade
from selfefficacy.sources import SOURCE_PROFILES, Source, SourceProfile, profile


def test_source_values_are_fixed_by_the_contract() -> None:
    assert [s.value for s in Source] == ["mastery", "vicarious", "persuasion", "physiological"]
    assert Source("vicarious") is Source.VICARIOUS


def test_every_source_has_a_matching_profile() -> None:
    assert set(SOURCE_PROFILES) == set(Source)
    for source in Source:
        assert profile(source) is SOURCE_PROFILES[source]
        assert profile(source).source is source


def test_ranks_are_unique_with_mastery_strongest() -> None:
    ranks = {s: profile(s).strength_rank for s in Source}
    assert sorted(ranks.values()) == [1, 2, 3, 4]
    assert ranks == {
        Source.MASTERY: 1,
        Source.VICARIOUS: 2,
        Source.PERSUASION: 3,
        Source.PHYSIOLOGICAL: 4,
    }


@pytest.mark.parametrize("source", list(Source))
def test_profiles_are_complete_and_cite_bandura_1977(source: Source) -> None:
    p = profile(source)
    assert p.title.strip()
    assert p.mechanism.strip()
    assert p.moderators
    assert all(m.strip() for m in p.moderators)
    assert BANDURA_1977 in p.evidence.citations


def test_mastery_evidence_is_graded_stronger_than_persuasion() -> None:
    assert profile(Source.MASTERY).evidence.grade is EvidenceGrade.STRONG
    assert profile(Source.PERSUASION).evidence.grade is EvidenceGrade.LIMITED


def test_vicarious_profile_names_coping_models() -> None:
    assert any("coping" in m for m in profile(Source.VICARIOUS).moderators)


def test_mapping_is_read_only() -> None:
    with pytest.raises(TypeError):
        SOURCE_PROFILES[Source.MASTERY] = profile(Source.VICARIOUS)  # type: ignore[index]


def test_profile_rejects_a_plain_string() -> None:
    with pytest.raises(TypeError, match="Source"):
        profile("mastery")  # type: ignore[arg-type]


def test_source_profile_validates_rank_and_moderators() -> None:
    ev = Evidence(summary="x", grade=EvidenceGrade.LIMITED, citations=(BANDURA_1977,))
    good = {
        "source": Source.MASTERY,
        "title": "t",
        "mechanism": "m",
        "strength_rank": 1,
        "moderators": ("a",),
        "evidence": ev,
    }
    assert SourceProfile(**good).strength_rank == 1  # type: ignore[arg-type]
    for rank in (0, 5):
        with pytest.raises(ValueError, match="strength_rank"):
            SourceProfile(**{**good, "strength_rank": rank})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="tuple"):
        SourceProfile(**{**good, "moderators": ["a"]})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="title"):
        SourceProfile(**{**good, "title": ""})  # type: ignore[arg-type]
