"""Behaviour change techniques from the BCT Taxonomy v1 (Michie et al., 2013).

The taxonomy lists 93 techniques in 16 groups, each with a code such as ``"8.7"``.
This module holds the subset the library's practices use, plus a few neighbours that
were checked against the published list, with the taxonomy's own (American) spelling.
A code outside the table is rejected, even when the full taxonomy has it: public
copies of the list disagree in places (one swaps 15.1 and 15.2, and some code lists
add "4.5", which is not in v1), so only checked codes are accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from selfefficacy.evidence import Citation

__all__ = [
    "BCTTV1_CITATION",
    "GROUPS",
    "LABELS",
    "UNVERIFIED_CODES",
    "Technique",
    "is_bcttv1_code",
    "technique",
]

BCTTV1_CITATION: Final = Citation(
    "Michie, S., Richardson, M., Johnston, M., Abraham, C., Francis, J., Hardeman, W., "
    "Eccles, M. P., Cane, J., & Wood, C. E.",
    2013,
    "The behavior change technique taxonomy (v1) of 93 hierarchically clustered "
    "techniques: Building an international consensus for the reporting of behavior "
    "change interventions",
    "Annals of Behavioral Medicine, 46, 81",
)

#: The taxonomy's 16 groups, by group number.
GROUPS: Final[Mapping[int, str]] = MappingProxyType(
    {
        1: "Goals and planning",
        2: "Feedback and monitoring",
        3: "Social support",
        4: "Shaping knowledge",
        5: "Natural consequences",
        6: "Comparison of behavior",
        7: "Associations",
        8: "Repetition and substitution",
        9: "Comparison of outcomes",
        10: "Reward and threat",
        11: "Regulation",
        12: "Antecedents",
        13: "Identity",
        14: "Scheduled consequences",
        15: "Self-belief",
        16: "Covert learning",
    }
)

#: Code -> label for every technique this library knows.
LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "1.1": "Goal setting (behavior)",
        "1.2": "Problem solving",
        "1.3": "Goal setting (outcome)",
        "1.4": "Action planning",
        "1.5": "Review behavior goal(s)",
        "1.6": "Discrepancy between current behavior and goal",
        "2.2": "Feedback on behavior",
        "2.3": "Self-monitoring of behavior",
        "2.6": "Biofeedback",
        "2.7": "Feedback on outcome(s) of behavior",
        "3.3": "Social support (emotional)",
        "4.1": "Instruction on how to perform the behavior",
        "4.3": "Re-attribution",
        "4.4": "Behavioral experiments",
        "5.4": "Monitoring of emotional consequences",
        "5.6": "Information about emotional consequences",
        "6.1": "Demonstration of the behavior",
        "6.2": "Social comparison",
        "7.7": "Exposure",
        "8.1": "Behavioral practice/rehearsal",
        "8.7": "Graded tasks",
        "9.1": "Credible source",
        "10.3": "Non-specific reward",
        "10.4": "Social reward",
        "10.9": "Self-reward",
        "11.1": "Pharmacological support",
        "11.2": "Reduce negative emotions",
        "13.1": "Identification of self as role model",
        "13.2": "Framing/reframing",
        "15.1": "Verbal persuasion about capability",
        "15.2": "Mental rehearsal of successful performance",
        "15.3": "Focus on past success",
        "15.4": "Self-talk",
        "16.1": "Imaginary punishment",
        "16.2": "Imaginary reward",
        # Label from standard knowledge; not confirmed against a copy of the taxonomy.
        "16.3": "Vicarious consequences",
    }
)

#: Codes whose label has not been checked against a copy of the taxonomy.
UNVERIFIED_CODES: Final[frozenset[str]] = frozenset({"16.3"})


def _known_code(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not is_bcttv1_code(value):
        raise ValueError(_unknown_message(value))


@attrs.frozen
class Technique:
    """One behaviour change technique: its BCTTv1 code and label.

    ``verified`` is false when the label has not been checked against the taxonomy.
    """

    code: str = attrs.field(validator=_known_code)

    @property
    def label(self) -> str:
        """The technique's name in the taxonomy."""
        return LABELS[self.code]

    @property
    def group(self) -> int:
        """The number of the taxonomy group the technique belongs to (1 to 16)."""
        return int(self.code.partition(".")[0])

    @property
    def group_label(self) -> str:
        """The name of the taxonomy group the technique belongs to."""
        return GROUPS[self.group]

    @property
    def verified(self) -> bool:
        """Whether the label was checked against a copy of the taxonomy."""
        return self.code not in UNVERIFIED_CODES

    def __str__(self) -> str:
        return f"{self.code} {self.label}"


def is_bcttv1_code(code: str) -> bool:
    """Tell whether ``code`` is a BCT Taxonomy v1 code this library knows.

    Raises ``TypeError`` if ``code`` is not a ``str``.
    """
    if not isinstance(code, str):
        raise TypeError(f"a BCT code must be a str such as '8.7', got {type(code).__name__}")
    return code in LABELS


def technique(code: str) -> Technique:
    """Return the technique with this BCTTv1 code.

    Raises ``ValueError`` naming the code if it is not one this library knows, and
    ``TypeError`` if ``code`` is not a ``str``.
    """
    if not is_bcttv1_code(code):
        raise ValueError(_unknown_message(code))
    return Technique(code)


def _unknown_message(code: str) -> str:
    return (
        f"{code!r} is not a BCT Taxonomy v1 code known to selfefficacy; "
        f"known codes: {', '.join(LABELS)}"
    )
