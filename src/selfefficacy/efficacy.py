"""Efficacy ratings and what they tell: calibration and reliable change.

Confidence is rated 0-100 ("can do", Bandura 2006). Paired with the result of the
attempt it predicted, it shows how well belief tracks performance: bias is
``mean(confidence - result)`` on a 0-1 scale (positive means overconfident) and the
Brier score is ``mean((confidence - result) ** 2)``. Talsma, Schuz & Norris (2019)
found miscalibration common, which is why the coach optimises calibration rather
than pushing confidence as high as it will go.

Reliable change follows Jacobson & Truax (1991, Journal of Consulting and Clinical
Psychology 59:12-19).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import attrs

from selfefficacy.limits import capped, int_in, json_number, shown

__all__ = [
    "RELIABLE_CHANGE_THRESHOLD",
    "Calibration",
    "minimum_reliable_change",
    "reliable_change_index",
]

#: |RCI| above this is change unlikely (p < .05) to come from measurement error alone.
RELIABLE_CHANGE_THRESHOLD = 1.96


def _check_unit(name: str, value: float) -> None:
    if not 0.0 <= value <= 1.0 or math.isnan(value):
        raise ValueError(f"{name} must be between 0 and 1, got {value!r}")


def _finite_sum(_instance: object, attribute: attrs.Attribute[float], value: object) -> None:
    """A running sum that stores as JSON and loads back: a finite float (or an int a
    float holds exactly)."""
    if not json_number(value):
        raise ValueError(f"{attribute.name} must be a finite number, got {shown(value)}")


@attrs.frozen
class Calibration:
    """Running sums of confidence against results; adding a pair gives a new value.

    Kept as sums, not as a list, so the record stays the same size however many
    attempts a person logs.
    """

    n: int = attrs.field(default=0, validator=int_in(0))
    sum_error: float = attrs.field(default=0.0, validator=_finite_sum)
    sum_abs_error: float = attrs.field(default=0.0, validator=_finite_sum)
    sum_squared_error: float = attrs.field(default=0.0, validator=_finite_sum)

    def add(self, confidence: float, result: float) -> Calibration:
        """Return the calibration with one more (confidence, result) pair, both 0..1."""
        _check_unit("confidence", confidence)
        _check_unit("result", result)
        error = confidence - result
        return Calibration(
            n=capped(self.n + 1),
            sum_error=self.sum_error + error,
            sum_abs_error=self.sum_abs_error + abs(error),
            sum_squared_error=self.sum_squared_error + error * error,
        )

    @classmethod
    def of(cls, pairs: Iterable[tuple[float, float]]) -> Calibration:
        """Build a calibration from (confidence, result) pairs, both 0..1."""
        calibration = cls()
        for confidence, result in pairs:
            calibration = calibration.add(confidence, result)
        return calibration

    @property
    def bias(self) -> float | None:
        """Mean confidence minus result (+ overconfident, - underconfident); None if empty."""
        return self.sum_error / self.n if self.n else None

    @property
    def accuracy(self) -> float | None:
        """Mean absolute gap between confidence and result; None if empty."""
        return self.sum_abs_error / self.n if self.n else None

    @property
    def brier(self) -> float | None:
        """Mean squared gap between confidence and result (0 is perfect); None if empty."""
        return self.sum_squared_error / self.n if self.n else None


def _standard_difference(sd: float, reliability: float) -> float:
    if not sd > 0 or math.isinf(sd):
        raise ValueError(f"sd must be a positive finite number, got {sd!r}")
    if not 0.0 <= reliability < 1.0:
        raise ValueError(f"reliability must be in [0, 1), got {reliability!r}")
    standard_error = sd * math.sqrt(1.0 - reliability)
    return math.sqrt(2.0 * standard_error**2)


def reliable_change_index(before: float, after: float, *, sd: float, reliability: float) -> float:
    """Jacobson-Truax RCI: the change divided by the standard error of a difference.

    ``sd`` is the baseline standard deviation and ``reliability`` the measure's
    reliability (e.g. Cronbach's alpha). ``abs(rci) > 1.96`` is a reliable change.
    """
    return (after - before) / _standard_difference(sd, reliability)


def minimum_reliable_change(*, sd: float, reliability: float) -> float:
    """The smallest change whose RCI exceeds 1.96 on this measure."""
    return RELIABLE_CHANGE_THRESHOLD * _standard_difference(sd, reliability)
