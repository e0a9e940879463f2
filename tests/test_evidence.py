"""Citation, EvidenceGrade and Evidence: construction, validation, formatting."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from selfefficacy import evidence
from selfefficacy.evidence import Citation, Evidence, EvidenceGrade

_GOOD: dict[str, Any] = {
    "authors": "Bandura, A., & Schunk, D. H.",
    "year": 1981,
    "title": "Cultivating competence",
    "venue": "Journal of Personality and Social Psychology, 41, 586",
}


def _citation(**changes: Any) -> Citation:
    return Citation(**{**_GOOD, **changes})


def test_str_is_an_apa_like_reference() -> None:
    assert str(_citation()) == (
        "Bandura, A., & Schunk, D. H. (1981). Cultivating competence. "
        "Journal of Personality and Social Psychology, 41, 586."
    )


def test_str_keeps_a_title_that_ends_in_a_question_mark() -> None:
    text = str(_citation(title="Is it?"))
    assert "Is it? Journal" in text
    assert "?." not in text


def test_str_appends_doi_before_url() -> None:
    cited = _citation(doi="10.1037/0022-3514.41.3.586", url="https://example.org/x")
    assert str(cited).endswith("586. https://doi.org/10.1037/0022-3514.41.3.586")
    assert str(_citation(url="https://example.org/x")).endswith("586. https://example.org/x")


@pytest.mark.parametrize("year", [1899, 2101, 0, -1981])
def test_year_out_of_range_is_rejected(year: int) -> None:
    with pytest.raises(ValueError, match="year"):
        _citation(year=year)


@pytest.mark.parametrize("year", ["1981", 1981.0, True])
def test_year_of_wrong_type_is_rejected(year: object) -> None:
    with pytest.raises(TypeError, match="year"):
        _citation(year=year)


@pytest.mark.parametrize("year", [1900, 2100])
def test_year_bounds_are_inclusive(year: int) -> None:
    assert _citation(year=year).year == year


@pytest.mark.parametrize("field", ["authors", "title", "venue"])
@pytest.mark.parametrize("value", ["", "   "])
def test_blank_text_is_rejected(field: str, value: str) -> None:
    with pytest.raises(ValueError, match=field):
        _citation(**{field: value})


@pytest.mark.parametrize("doi", ["", "https://doi.org/10.1037/x", "10.1/x", "10.1037/"])
def test_malformed_doi_is_rejected(doi: str) -> None:
    with pytest.raises(ValueError, match="doi"):
        _citation(doi=doi)


def test_url_must_be_http() -> None:
    with pytest.raises(ValueError, match="url"):
        _citation(url="ftp://example.org/x")


def test_citation_is_frozen_and_hashable() -> None:
    cited = _citation()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cited.year = 1982  # type: ignore[misc]
    assert hash(cited) == hash(_citation())


def test_grade_values_are_stable_strings() -> None:
    assert {g.value for g in EvidenceGrade} == {"strong", "moderate", "limited", "mixed"}
    assert EvidenceGrade("mixed") is EvidenceGrade.MIXED


def test_evidence_needs_at_least_one_citation() -> None:
    with pytest.raises(ValueError, match="at least one"):
        Evidence(summary="Small lab studies.", grade=EvidenceGrade.LIMITED, citations=())


def test_evidence_rejects_a_list_of_citations() -> None:
    with pytest.raises(TypeError, match="tuple"):
        Evidence(
            summary="Small lab studies.",
            grade=EvidenceGrade.LIMITED,
            citations=[_citation()],  # type: ignore[arg-type]
        )


def test_evidence_rejects_non_citations_and_repeats() -> None:
    with pytest.raises(TypeError, match="Citation"):
        Evidence(summary="x", grade=EvidenceGrade.LIMITED, citations=("Bandura 1977",))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="repeat"):
        Evidence(summary="x", grade=EvidenceGrade.LIMITED, citations=(_citation(), _citation()))


def test_evidence_rejects_blank_summary_and_string_grade() -> None:
    with pytest.raises(ValueError, match="summary"):
        Evidence(summary=" ", grade=EvidenceGrade.LIMITED, citations=(_citation(),))
    with pytest.raises(TypeError):
        Evidence(summary="x", grade="limited", citations=(_citation(),))  # type: ignore[arg-type]


def test_reference_constants_are_valid_and_distinct() -> None:
    refs = [getattr(evidence, name) for name in evidence.__all__ if name.isupper()]
    assert len(refs) >= 20
    assert all(isinstance(ref, Citation) for ref in refs)
    assert len({(r.authors, r.year) for r in refs}) == len(refs)
    assert evidence.BANDURA_1977.venue == "Psychological Review, 84, 191–215"
