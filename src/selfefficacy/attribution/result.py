"""What a scorer returns: the attribution, its evidence and the ranked causes."""

from __future__ import annotations

import attrs

from selfefficacy.attribution.labels import Cause, Control, Impact, Locus, Outcome, Stability

__all__ = ["Attribution", "Cue", "RankedCause"]


@attrs.frozen
class Cue:
    """One piece of matched text and what it supports.

    ``start`` and ``end`` index the original text (``text[start:end]``).
    ``supports`` is a label value: a cause (``"effort"``) or a dimension value
    (``"stable"``, ``"uncontrollable"``). ``weight`` is the cue's final
    contribution after negation, contrast and emphasis; dimension cues carry 0.
    ``notes`` names the rules that changed it, e.g. ``("negated", "after-contrast")``.
    """

    text: str
    start: int
    end: int
    supports: str
    weight: float
    notes: tuple[str, ...] = ()


@attrs.frozen
class RankedCause:
    """A candidate cause and its summed evidence score (0 or more)."""

    cause: Cause
    score: float


@attrs.frozen
class Attribution:
    """A person's explanation of an outcome, read into labels.

    ``locus``, ``stability`` and ``control`` are ``None`` when ``cause`` is
    ``Cause.NONE``. ``impact`` always equals ``impact_of(outcome, locus,
    stability, control)``. ``confidence`` is in [0, 1]: how clearly the winning
    cause stands out from the others, not a calibrated probability.
    ``truncated`` is true when the text was cut at the scorer's length cap.
    """

    outcome: Outcome
    cause: Cause
    locus: Locus | None
    stability: Stability | None
    control: Control | None
    impact: Impact
    confidence: float
    evidence: tuple[Cue, ...] = ()
    ranked: tuple[RankedCause, ...] = ()
    truncated: bool = False
