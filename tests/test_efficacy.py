"""Calibration figures and the reliable change index."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import selfefficacy as se
from selfefficacy.efficacy import RELIABLE_CHANGE_THRESHOLD


def test_rci_matches_the_worked_example_of_the_science_notes() -> None:
    # GSE with SD 5 and alpha .86: 24 -> 30 is a reliable gain of RCI 2.27.
    rci = se.reliable_change_index(24, 30, sd=5, reliability=0.86)
    assert rci == pytest.approx(2.27, abs=0.005)
    assert rci > RELIABLE_CHANGE_THRESHOLD


def test_minimum_reliable_change_matches_the_worked_examples() -> None:
    assert se.minimum_reliable_change(sd=5, reliability=0.86) == pytest.approx(5.19, abs=0.005)
    # A single 0-100 item (SD 20, r .80) needs about 25 points.
    assert se.minimum_reliable_change(sd=20, reliability=0.80) == pytest.approx(24.8, abs=0.05)


def test_a_drop_gives_a_negative_index() -> None:
    assert se.reliable_change_index(30, 24, sd=5, reliability=0.86) < -RELIABLE_CHANGE_THRESHOLD


@pytest.mark.parametrize(("sd", "reliability"), [(0, 0.8), (-1, 0.8), (5, 1.0), (5, -0.1)])
def test_rci_rejects_impossible_parameters(sd: float, reliability: float) -> None:
    with pytest.raises(ValueError, match=r"sd|reliability"):
        se.reliable_change_index(1, 2, sd=sd, reliability=reliability)


def test_calibration_bias_accuracy_and_brier() -> None:
    calibration = se.Calibration.of([(0.8, 1.0), (0.6, 0.0), (0.5, 0.5)])
    assert calibration.n == 3
    assert calibration.bias == pytest.approx((-0.2 + 0.6 + 0.0) / 3)
    assert calibration.accuracy == pytest.approx((0.2 + 0.6 + 0.0) / 3)
    assert calibration.brier == pytest.approx((0.04 + 0.36 + 0.0) / 3)


def test_empty_calibration_has_no_figures() -> None:
    empty = se.Calibration()
    assert (empty.bias, empty.accuracy, empty.brier) == (None, None, None)


@pytest.mark.parametrize(("confidence", "result"), [(1.5, 0.0), (0.5, -0.1), (math.nan, 0.0)])
def test_calibration_rejects_values_outside_the_unit_range(
    confidence: float, result: float
) -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        se.Calibration().add(confidence, result)


unit = st.floats(min_value=0, max_value=1)


@given(st.lists(st.tuples(unit, unit), max_size=50))
def test_running_sums_equal_the_direct_formulas(pairs: list[tuple[float, float]]) -> None:
    calibration = se.Calibration.of(pairs)
    if not pairs:
        assert calibration.brier is None
        return
    assert calibration.bias == pytest.approx(sum(c - r for c, r in pairs) / len(pairs), abs=1e-9)
    assert calibration.brier == pytest.approx(
        sum((c - r) ** 2 for c, r in pairs) / len(pairs), abs=1e-9
    )
    assert calibration.brier is not None
    assert 0 <= calibration.brier <= 1
