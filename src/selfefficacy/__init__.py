"""selfefficacy: evidence-based self-efficacy coaching as a pure, sans-I/O library.

The domain model of Bandura's four sources and six practices, a session engine that
never touches I/O, an attribution scorer and a safety screen. See the docs for a
tour; ``import selfefficacy as se`` and start with ``se.Coach``.
"""

from __future__ import annotations

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
from selfefficacy.learner import Learner, ReviewResult, Rung, Subgoal
from selfefficacy.models import ModelStory
from selfefficacy.planner import Decision, Planner, RulePlanner, ThompsonPlanner
from selfefficacy.practice import (
    Answer,
    CheckIn,
    Command,
    Context,
    Practice,
    PracticeResult,
    PracticeSteps,
)
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


def __getattr__(name: str) -> str:
    # The version comes from the installed package's metadata, read on first use:
    # importlib.metadata costs more to import than the rest of the package.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("selfefficacy")
        except PackageNotFoundError:  # pragma: no cover - a bare source tree
            return "0+unknown"
    raise AttributeError(f"module 'selfefficacy' has no attribute {name!r}")


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
