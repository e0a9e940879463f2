"""Bandura's four sources of self-efficacy information and what is known about each.

Bandura (1977) names four kinds of experience from which people judge what they can
do. They are usually ranked by how dependable, and so how persuasive, the evidence
they carry is: one's own successes first, bodily states last.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from selfefficacy.evidence import (
    ASHFORD_2010,
    BANDURA_1977,
    BROOKS_2014,
    JAMIESON_2010,
    SCHUNK_HANSON_1985,
    SCHUNK_HANSON_COX_1987,
    SITZMANN_YEO_2013,
    Evidence,
    EvidenceGrade,
)

__all__ = ["SOURCE_PROFILES", "Source", "SourceProfile", "profile"]


class Source(enum.Enum):
    """A source of information people use to judge their own capability."""

    #: Succeeding (or failing) at the task oneself.
    MASTERY = "mastery"
    #: Watching someone similar succeed (or fail).
    VICARIOUS = "vicarious"
    #: Being told by a credible person that one can do it.
    PERSUASION = "persuasion"
    #: Reading arousal, fatigue and mood as signs of capability.
    PHYSIOLOGICAL = "physiological"


def _text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be a non-blank str, got {value!r}")


def _moderators(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise TypeError(f"moderators must be a tuple, got {type(value).__name__}")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"moderators must be non-blank strs, got {item!r}")


@attrs.frozen
class SourceProfile:
    """What one source is, how it works, what changes its force and how well it is studied.

    ``strength_rank`` orders the sources by their usual strength: 1 is the strongest.
    """

    source: Source = attrs.field(validator=attrs.validators.instance_of(Source))
    title: str = attrs.field(validator=_text)
    mechanism: str = attrs.field(validator=_text)
    strength_rank: int = attrs.field(
        validator=[attrs.validators.instance_of(int), attrs.validators.in_(range(1, 5))]
    )
    moderators: tuple[str, ...] = attrs.field(validator=_moderators)
    evidence: Evidence = attrs.field(validator=attrs.validators.instance_of(Evidence))


_MASTERY = SourceProfile(
    source=Source.MASTERY,
    title="Mastery experiences",
    mechanism=(
        "Doing the task oneself gives the most direct proof of capability: successes "
        "raise the belief, and failures lower it, most of all when they come early or "
        "often, before a firm belief has formed."
    ),
    strength_rank=1,
    moderators=(
        "how hard the task was: easy wins prove little",
        "how much effort the success took",
        "how much help was received",
        "when failures happen: early and repeated failures do the most harm",
        "setbacks later overcome build a sturdier belief than easy successes",
    ),
    evidence=Evidence(
        summary=(
            "Bandura (1977) ranks one's own performance as the most dependable source. "
            "Within-person meta-analysis backs the direction from performance to belief: "
            "past performance predicted later self-efficacy (rho = .40, .30 with the "
            "linear trend removed), while self-efficacy barely predicted later "
            "performance once the trend was removed (Sitzmann & Yeo, 2013). Packaged "
            "'graded mastery' interventions fare less well: in a meta-analysis of "
            "physical-activity studies they went with smaller self-efficacy gains, an "
            "observational comparison open to confounding (Ashford et al., 2010)."
        ),
        grade=EvidenceGrade.STRONG,
        citations=(BANDURA_1977, SITZMANN_YEO_2013, ASHFORD_2010),
    ),
)

_VICARIOUS = SourceProfile(
    source=Source.VICARIOUS,
    title="Vicarious experience",
    mechanism=(
        "Seeing someone like oneself succeed suggests 'I could do that too'; seeing "
        "them fail suggests the opposite. The evidence is second-hand, so it moves the "
        "belief less than one's own results do."
    ),
    strength_rank=2,
    moderators=(
        "how similar the model is to the observer",
        "coping models, who struggle and then improve, work better than flawless ones",
        "several models work better than one",
    ),
    evidence=Evidence(
        summary=(
            "Classroom experiments with children learning arithmetic found that peer "
            "models raised self-efficacy more than a teacher model or no model (Schunk & "
            "Hanson, 1985), and that coping models and multiple models beat a single "
            "model who never struggled (Schunk, Hanson & Cox, 1987). In physical-activity "
            "interventions, vicarious experience went with larger self-efficacy gains "
            "(Ashford et al., 2010). The experiments were done with children learning arithmetic."
        ),
        grade=EvidenceGrade.MODERATE,
        citations=(BANDURA_1977, SCHUNK_HANSON_1985, SCHUNK_HANSON_COX_1987, ASHFORD_2010),
    ),
)

_PERSUASION = SourceProfile(
    source=Source.PERSUASION,
    title="Verbal persuasion",
    mechanism=(
        "A credible person saying one is capable can lift the belief enough to try, "
        "and the attempt then supplies stronger evidence. Discouraging judgments from "
        "others can lower the belief just as well."
    ),
    strength_rank=3,
    moderators=(
        "the persuader's credibility for this particular task",
        "whether the task is actually within reach",
        "whether a successful attempt follows soon",
        "praise beyond what results support is soon contradicted and discredits its source",
    ),
    evidence=Evidence(
        summary=(
            "On its own, persuasion is the weakest way to build self-efficacy in "
            "Bandura's (1977) account. In a meta-analysis of physical-activity "
            "interventions, those using persuasion went with smaller self-efficacy "
            "gains, though this comparison is observational (Ashford et al., 2010)."
        ),
        grade=EvidenceGrade.LIMITED,
        citations=(BANDURA_1977, ASHFORD_2010),
    ),
)

_PHYSIOLOGICAL = SourceProfile(
    source=Source.PHYSIOLOGICAL,
    title="Physiological and affective states",
    mechanism=(
        "People read a racing heart, tiredness or low mood as signs of how capable "
        "they are; what counts is how they interpret the signal, not the signal itself."
    ),
    strength_rank=4,
    moderators=(
        "how the arousal is interpreted: as threat or as readiness",
        "how strong the arousal is: a moderate level works best",
        "current mood: a negative mood lowers judgments of capability",
    ),
    evidence=Evidence(
        summary=(
            "Bandura (1977) includes bodily and emotional states as the fourth source. "
            "Lab experiments show that treating arousal as helpful can improve test and "
            "performance results (Jamieson et al., 2010; Brooks, 2014), but the samples "
            "are small and no pooled effect size is available."
        ),
        grade=EvidenceGrade.LIMITED,
        citations=(BANDURA_1977, JAMIESON_2010, BROOKS_2014),
    ),
)

#: The profile of every source, read-only.
SOURCE_PROFILES: Final[Mapping[Source, SourceProfile]] = MappingProxyType(
    {p.source: p for p in (_MASTERY, _VICARIOUS, _PERSUASION, _PHYSIOLOGICAL)}
)


def profile(source: Source) -> SourceProfile:
    """Return the profile of ``source``; ``TypeError`` if it is not a ``Source``."""
    if not isinstance(source, Source):
        raise TypeError(f"source must be a Source, got {type(source).__name__}")
    return SOURCE_PROFILES[source]
