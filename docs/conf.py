"""Sphinx configuration for the selfefficacy documentation.

Before every build this file writes the reference pages under ``_generated/`` from the
library's own data (the registry, the source profiles, the BCT labels and the public
API), so those pages always match the installed code.
"""

from __future__ import annotations

import re
from pathlib import Path

import selfefficacy as se
from selfefficacy import bct
from selfefficacy.sources import SOURCE_PROFILES

project = "selfefficacy"
author = "The selfefficacy team"
copyright = "2026, The selfefficacy team"
release = se.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store", "conftest.py"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"selfefficacy {release}"

autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": False}
autoclass_content = "class"
nitpicky = False

GENERATED = Path(__file__).parent / "_generated"

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: str) -> str:
    """Escape text so Markdown shows it literally."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _evidence_lines(evidence: se.Evidence) -> list[str]:
    lines = [
        f"**Evidence** (grade: *{evidence.grade.value}*): {_md(evidence.summary)}",
        "",
        "References:",
        "",
    ]
    lines += [f"- {_md(str(citation))}" for citation in evidence.citations]
    return lines


def sources_page() -> str:
    """The four sources, strongest first, from ``SOURCE_PROFILES``."""
    lines = []
    for profile in sorted(SOURCE_PROFILES.values(), key=lambda p: p.strength_rank):
        lines += [
            f"### {_md(profile.title)} (`{profile.source.value}`)",
            "",
            f"Usual strength: {profile.strength_rank} of 4 (1 is the strongest).",
            "",
            _md(profile.mechanism),
            "",
            "What changes its force:",
            "",
            *[f"- {_md(m)}" for m in profile.moderators],
            "",
            *_evidence_lines(profile.evidence),
            "",
        ]
    return "\n".join(lines)


def practices_page() -> str:
    """One section per built-in practice, in registry order."""
    lines = []
    for practice in se.default_registry():
        sources = ", ".join(f"{s.value}" for s in practice.sources)
        lines += [
            f"### {_md(practice.title)}",
            "",
            f"Id `{practice.id}`, version {practice.version}. Sources: {sources} (primary first).",
            "",
            _md(practice.summary),
            "",
            f"**Mechanism.** {_md(practice.mechanism)}",
            "",
            "**Exercise.**",
            "",
            *[f"{n}. {_md(step)}" for n, step in enumerate(practice.exercise, start=1)],
            "",
            "**Behaviour change techniques** (BCT Taxonomy v1):",
            "",
            *[f"- {code}: {_md(bct.technique(code).label)}" for code in practice.techniques],
            "",
            *_evidence_lines(practice.evidence),
            "",
        ]
    return "\n".join(lines)


#: How the API reference groups the public names; anything unlisted lands in "Other".
API_GROUPS: dict[str, list[str]] = {
    "Engine": ["Coach", "Session", "Turn", "Prompt", "PromptKind", "Option", "Message"],
    "Events": [
        "Event",
        "PracticeChosen",
        "SubgoalSet",
        "SafetyConcern",
        "SessionCompleted",
        "SessionSummary",
    ],
    "Learner record": [
        "Learner",
        "Rung",
        "Subgoal",
        "ReviewResult",
        "Calibration",
        "reliable_change_index",
        "minimum_reliable_change",
    ],
    "Practices and registry": [
        "Practice",
        "Context",
        "CheckIn",
        "PracticeResult",
        "practice",
        "Registry",
        "default_registry",
        "load_entry_points",
        "PluginFailure",
        "ModelStory",
    ],
    "Planners": ["Planner", "Decision", "RulePlanner", "ThompsonPlanner"],
    "Domain: sources, evidence, techniques": [
        "Source",
        "SourceProfile",
        "profile",
        "Citation",
        "Evidence",
        "EvidenceGrade",
        "Technique",
        "technique",
    ],
    "Attribution": [
        "score_attribution",
        "AttributionScorer",
        "LexiconScorer",
        "Attribution",
        "Outcome",
        "Cause",
        "Locus",
        "Stability",
        "Control",
        "Impact",
        "impact_of",
    ],
    "Safety": ["screen", "SafetyScreen", "ScreenResult", "RiskKind"],
    "Persistence": ["dump", "load", "SCHEMA_VERSION"],
    "Errors": [
        "SelfEfficacyError",
        "InvalidAnswer",
        "StateLoadError",
        "ReplayMismatchError",
        "UnknownPracticeError",
        "RegistrationError",
        "ConfigurationError",
    ],
}


def _directive(name: str) -> str:
    obj = getattr(se, name)
    if isinstance(obj, type):
        kind = "autoexception" if issubclass(obj, BaseException) else "autoclass"
    elif callable(obj):
        kind = "autofunction"
    else:
        kind = "autodata"
    return f".. {kind}:: selfefficacy.{name}"


def api_page() -> str:
    """Autodoc directives for every name in ``selfefficacy.__all__``, grouped."""
    public = [n for n in se.__all__ if n != "__version__"]
    listed = [n for names in API_GROUPS.values() for n in names]
    unknown = sorted(set(listed) - set(public))
    if unknown:
        raise RuntimeError(f"docs/conf.py API_GROUPS names non-public objects: {unknown}")
    groups = {**API_GROUPS, "Other": sorted(set(public) - set(listed))}
    lines = []
    for title, names in groups.items():
        if not names:
            continue
        lines += [f"## {title}", "", "```{eval-rst}"]
        for name in names:
            lines += [_directive(name), ""]
        lines += ["```", ""]
    return "\n".join(lines)


def _write(name: str, text: str) -> None:
    GENERATED.mkdir(exist_ok=True)
    path = GENERATED / name
    # Rewrite only on change, so Sphinx does not rebuild pages needlessly.
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


_write("sources.md", sources_page())
_write("practices.md", practices_page())
_write("api.md", api_page())
