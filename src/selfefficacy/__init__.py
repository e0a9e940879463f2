"""selfefficacy: evidence-based self-efficacy coaching as a pure, sans-I/O library.

The domain model of Bandura's four sources and six practices, a session engine that
never touches I/O, an attribution scorer and a safety screen. See the docs for a
tour; ``import selfefficacy as se`` and start with ``se.Coach``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selfefficacy.attribution import (
        Attribution,
        AttributionScorer,
        Cause,
        Control,
        Impact,
        LexiconScorer,
        Locus,
        Outcome,
        Stability,
        impact_of,
        score_attribution,
    )
    from selfefficacy.bct import Technique, technique
    from selfefficacy.efficacy import Calibration, minimum_reliable_change, reliable_change_index
    from selfefficacy.engine import Coach
    from selfefficacy.errors import (
        ConfigurationError,
        InvalidAnswer,
        RegistrationError,
        ReplayMismatchError,
        SelfEfficacyError,
        StateLoadError,
        UnknownPracticeError,
    )
    from selfefficacy.events import (
        Event,
        PracticeChosen,
        SafetyConcern,
        SessionCompleted,
        SessionSummary,
        SubgoalSet,
    )
    from selfefficacy.evidence import Citation, Evidence, EvidenceGrade
    from selfefficacy.flow import (
        Answer,
        CheckIn,
        Command,
        Context,
        Practice,
        PracticeResult,
        PracticeSteps,
    )
    from selfefficacy.learner import Learner, ReviewResult, Rung, Subgoal
    from selfefficacy.models import ModelStory
    from selfefficacy.planner import Decision, Planner, RulePlanner, ThompsonPlanner
    from selfefficacy.prompts import Message, Option, Prompt, PromptKind
    from selfefficacy.registry import (
        PluginFailure,
        Registry,
        default_registry,
        load_entry_points,
        practice,
    )
    from selfefficacy.safety import RiskKind, SafetyScreen, ScreenResult, screen
    from selfefficacy.serialization import SCHEMA_VERSION, dump, load
    from selfefficacy.session import Session, Turn
    from selfefficacy.sources import Source, SourceProfile, profile

# Where each public name lives. Importing the package loads none of these modules:
# the first use of a name imports its module (PEP 562), so ``import selfefficacy``
# stays cheap and a host pays only for the parts it touches.
_HOMES: dict[str, tuple[str, ...]] = {
    "selfefficacy.attribution": (
        "Attribution",
        "AttributionScorer",
        "Cause",
        "Control",
        "Impact",
        "LexiconScorer",
        "Locus",
        "Outcome",
        "Stability",
        "impact_of",
        "score_attribution",
    ),
    "selfefficacy.bct": ("Technique", "technique"),
    "selfefficacy.efficacy": ("Calibration", "minimum_reliable_change", "reliable_change_index"),
    "selfefficacy.engine": ("Coach",),
    "selfefficacy.errors": (
        "ConfigurationError",
        "InvalidAnswer",
        "RegistrationError",
        "ReplayMismatchError",
        "SelfEfficacyError",
        "StateLoadError",
        "UnknownPracticeError",
    ),
    "selfefficacy.events": (
        "Event",
        "PracticeChosen",
        "SafetyConcern",
        "SessionCompleted",
        "SessionSummary",
        "SubgoalSet",
    ),
    "selfefficacy.evidence": ("Citation", "Evidence", "EvidenceGrade"),
    "selfefficacy.learner": ("Learner", "ReviewResult", "Rung", "Subgoal"),
    "selfefficacy.models": ("ModelStory",),
    "selfefficacy.planner": ("Decision", "Planner", "RulePlanner", "ThompsonPlanner"),
    "selfefficacy.flow": (
        "Answer",
        "CheckIn",
        "Command",
        "Context",
        "Practice",
        "PracticeResult",
        "PracticeSteps",
    ),
    "selfefficacy.prompts": ("Message", "Option", "Prompt", "PromptKind"),
    "selfefficacy.registry": (
        "PluginFailure",
        "Registry",
        "default_registry",
        "load_entry_points",
        "practice",
    ),
    "selfefficacy.safety": ("RiskKind", "SafetyScreen", "ScreenResult", "screen"),
    "selfefficacy.serialization": ("SCHEMA_VERSION", "dump", "load"),
    "selfefficacy.session": ("Session", "Turn"),
    "selfefficacy.sources": ("Source", "SourceProfile", "profile"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> object:
    module = _HOME_OF.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # later look-ups skip this function
        return value
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'selfefficacy' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _version() -> str:
    # Read from the installed package's metadata on first use: importlib.metadata
    # costs more to import than the rest of the package.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("selfefficacy")
    except PackageNotFoundError:  # pragma: no cover - a bare source tree
        return "0+unknown"


__all__ = [
    "SCHEMA_VERSION",
    "Answer",
    "Attribution",
    "AttributionScorer",
    "Calibration",
    "Cause",
    "CheckIn",
    "Citation",
    "Coach",
    "Command",
    "ConfigurationError",
    "Context",
    "Control",
    "Decision",
    "Event",
    "Evidence",
    "EvidenceGrade",
    "Impact",
    "InvalidAnswer",
    "Learner",
    "LexiconScorer",
    "Locus",
    "Message",
    "ModelStory",
    "Option",
    "Outcome",
    "Planner",
    "PluginFailure",
    "Practice",
    "PracticeChosen",
    "PracticeResult",
    "PracticeSteps",
    "Prompt",
    "PromptKind",
    "RegistrationError",
    "Registry",
    "ReplayMismatchError",
    "ReviewResult",
    "RiskKind",
    "RulePlanner",
    "Rung",
    "SafetyConcern",
    "SafetyScreen",
    "ScreenResult",
    "SelfEfficacyError",
    "Session",
    "SessionCompleted",
    "SessionSummary",
    "Source",
    "SourceProfile",
    "Stability",
    "StateLoadError",
    "Subgoal",
    "SubgoalSet",
    "Technique",
    "ThompsonPlanner",
    "Turn",
    "UnknownPracticeError",
    "__version__",
    "default_registry",
    "dump",
    "impact_of",
    "load",
    "load_entry_points",
    "minimum_reliable_change",
    "practice",
    "profile",
    "reliable_change_index",
    "score_attribution",
    "screen",
    "technique",
]
