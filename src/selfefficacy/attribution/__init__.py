"""Read a person's explanation of an outcome into attribution labels.

``score_attribution(text, outcome=...)`` returns an :class:`Attribution`: the main
cause, its locus, stability and control, and the impact the explanation has on
the belief that one can succeed next time. The default :class:`LexiconScorer` is
rule- and lexicon-based English; hosts can plug in their own
:class:`AttributionScorer`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from selfefficacy.attribution.labels import (
    DEFAULT_DIMENSIONS,
    Cause,
    Control,
    Impact,
    InvalidOutcomeError,
    Locus,
    Outcome,
    Stability,
    impact_of,
)
from selfefficacy.attribution.lexicon import CueKind, Entry, Lexicon, LexiconError
from selfefficacy.attribution.result import Attribution, Cue, RankedCause
from selfefficacy.attribution.scorer import (
    MAX_CHARS,
    AttributionScorer,
    LexiconScorer,
    score_attribution,
)

if TYPE_CHECKING:
    from selfefficacy.attribution.defaults import default_lexicon

__all__ = [
    "DEFAULT_DIMENSIONS",
    "MAX_CHARS",
    "Attribution",
    "AttributionScorer",
    "Cause",
    "Control",
    "Cue",
    "CueKind",
    "Entry",
    "Impact",
    "InvalidOutcomeError",
    "Lexicon",
    "LexiconError",
    "LexiconScorer",
    "Locus",
    "Outcome",
    "RankedCause",
    "Stability",
    "default_lexicon",
    "impact_of",
    "score_attribution",
]


def __getattr__(name: str) -> Any:
    # The default lexicon's data (some 1,700 entries) is read on first use, not when
    # the package is imported: ``default_lexicon`` loads its module on demand.
    if name == "default_lexicon":
        from selfefficacy.attribution.defaults import default_lexicon

        globals()[name] = default_lexicon
        return default_lexicon
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
