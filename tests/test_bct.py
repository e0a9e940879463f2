"""The BCT Taxonomy v1 table: known codes, labels and rejection of everything else."""

from __future__ import annotations

import pytest

from selfefficacy.bct import (
    BCTTV1_CITATION,
    GROUPS,
    LABELS,
    UNVERIFIED_CODES,
    Technique,
    is_bcttv1_code,
    technique,
)

# Every code in the fact sheet's practice table, plus 15.2.
PROJECT_CODES = (
    *("8.7", "8.1", "15.3", "2.2", "2.3", "4.4", "7.7"),
    *("6.1", "6.2", "4.1", "13.1", "16.3"),
    *("15.1", "9.1", "10.4", "3.3"),
    *("11.2", "5.6", "5.4", "13.2", "15.4", "15.2", "2.6"),
    *("1.1", "1.3", "1.4", "1.2", "1.5", "1.6"),
    *("4.3", "13.2", "2.7", "15.3"),
)


@pytest.mark.parametrize("code", sorted(set(PROJECT_CODES)))
def test_project_codes_are_known(code: str) -> None:
    assert is_bcttv1_code(code)
    found = technique(code)
    assert found.code == code
    assert found.label == LABELS[code]
    assert str(found) == f"{code} {found.label}"


@pytest.mark.parametrize("code", ["4.5", "99.1", "1.1.1", "", "15", "01.1", " 1.1", "1.1 ", "17.1"])
def test_non_codes_are_rejected_with_the_code_named(code: str) -> None:
    assert not is_bcttv1_code(code)
    with pytest.raises(ValueError, match=f"^{code!r} is not a BCT Taxonomy v1 code"):
        technique(code)
    with pytest.raises(ValueError, match="not a BCT Taxonomy v1 code"):
        Technique(code)


@pytest.mark.parametrize("code", [8.7, None, b"8.7"])
def test_non_strings_raise_type_error(code: object) -> None:
    with pytest.raises(TypeError):
        is_bcttv1_code(code)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        technique(code)  # type: ignore[arg-type]


def test_labels_that_public_copies_get_wrong() -> None:
    # One public copy swaps these two.
    assert technique("15.1").label == "Verbal persuasion about capability"
    assert technique("15.2").label == "Mental rehearsal of successful performance"
    assert technique("8.7").label == "Graded tasks"
    assert technique("4.3").label == "Re-attribution"


def test_only_16_3_is_unverified() -> None:
    assert frozenset({"16.3"}) == UNVERIFIED_CODES
    assert not technique("16.3").verified
    assert technique("8.7").verified
    assert LABELS.keys() >= UNVERIFIED_CODES


def test_groups_cover_every_code() -> None:
    assert sorted(GROUPS) == list(range(1, 17))
    assert technique("15.3").group == 15
    assert technique("15.3").group_label == "Self-belief"
    assert technique("10.4").group == 10
    assert all(technique(code).group in GROUPS for code in LABELS)


def test_tables_are_read_only() -> None:
    with pytest.raises(TypeError):
        LABELS["4.5"] = "Advise to change behavior"  # type: ignore[index]
    assert "4.5" not in LABELS


def test_taxonomy_citation() -> None:
    assert BCTTV1_CITATION.year == 2013
    assert BCTTV1_CITATION.authors.startswith("Michie, S.")
    assert BCTTV1_CITATION.venue == "Annals of Behavioral Medicine, 46, 81"
