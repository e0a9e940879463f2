"""Citations, evidence grades and the evidence record attached to sources and practices.

The module also holds the references the built-in sources and practices cite, as
``Citation`` constants, so each study is written down once.
"""

from __future__ import annotations

import enum
import re
from typing import Any, Final

import attrs

__all__ = [
    "ASHFORD_2010",
    "BANDURA_1977",
    "BANDURA_LOCKE_2003",
    "BANDURA_SCHUNK_1981",
    "BROOKS_2014",
    "EPTON_2017",
    "JAMIESON_2010",
    "JAMIESON_2012",
    "LI_BATES_2019",
    "MACNAMARA_BURGOYNE_2023",
    "MUELLER_DWECK_1998",
    "PERRY_2010",
    "SCHUNK_1983",
    "SCHUNK_HANSON_1985",
    "SCHUNK_HANSON_COX_1987",
    "SITZMANN_YEO_2013",
    "STAJKOVIC_LUTHANS_1998",
    "VANCOUVER_2001",
    "VANCOUVER_2002",
    "WEINER_1985",
    "WILSON_2019",
    "Citation",
    "Evidence",
    "EvidenceGrade",
]

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100

# A DOI is "10.", a registrant code of digits, a slash and a non-empty suffix.
_DOI = re.compile(r"10\.\d{4,9}/\S+")


def _not_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be empty or blank")


def _year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # bool is a subclass of int, but True is not a year.
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"year must be an int, got {type(value).__name__}")
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise ValueError(f"year must be between {MIN_YEAR} and {MAX_YEAR}, got {value}")


def _doi(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    _not_blank(instance, attribute, value)
    if not _DOI.fullmatch(value):
        raise ValueError(f"doi must look like '10.1037/xyz' (no 'https://doi.org/'), got {value!r}")


def _url(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    _not_blank(instance, attribute, value)
    if not value.startswith(("https://", "http://")):
        raise ValueError(f"url must start with 'https://' or 'http://', got {value!r}")


@attrs.frozen
class Citation:
    """A published source, enough to find it again.

    ``authors`` is written as in an APA reference list ("Bandura, A., & Schunk, D. H.");
    ``venue`` names the journal, volume and first page or page range
    ("Psychological Review, 84, 191–215").
    """

    authors: str = attrs.field(validator=_not_blank)
    year: int = attrs.field(validator=_year)
    title: str = attrs.field(validator=_not_blank)
    venue: str = attrs.field(validator=_not_blank)
    doi: str | None = attrs.field(default=None, validator=_doi, kw_only=True)
    url: str | None = attrs.field(default=None, validator=_url, kw_only=True)

    def __str__(self) -> str:
        title = self.title if self.title.endswith((".", "?", "!")) else f"{self.title}."
        text = f"{self.authors} ({self.year}). {title} {self.venue}."
        if self.doi is not None:
            return f"{text} https://doi.org/{self.doi}"
        if self.url is not None:
            return f"{text} {self.url}"
        return text


class EvidenceGrade(enum.Enum):
    """How much trust the research behind a claim deserves.

    - ``STRONG``: consistent support across meta-analyses or many independent studies.
    - ``MODERATE``: several controlled studies agree, but they are few, narrow in who
      was studied, or only partly about the claim as we use it.
    - ``LIMITED``: few or small studies, mostly in the lab, or support that is only
      indirect; treat the practice as a reasonable experiment.
    - ``MIXED``: findings conflict: failed or mostly null replications, or a live
      dispute between research groups.
    """

    #: Consistent support across meta-analyses or many independent studies.
    STRONG = "strong"
    #: Several controlled studies agree, but with limits in number, sample or fit.
    MODERATE = "moderate"
    #: Few or small studies, mostly lab-based, or only indirect support.
    LIMITED = "limited"
    #: Conflicting findings: failed replications or an open dispute.
    MIXED = "mixed"


def _citations(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise TypeError(f"citations must be a tuple, got {type(value).__name__}")
    if not value:
        raise ValueError("citations must hold at least one Citation")
    for item in value:
        if not isinstance(item, Citation):
            raise TypeError(f"citations must hold Citation objects, got {type(item).__name__}")
    if len(set(value)) != len(value):
        raise ValueError("citations must not repeat a Citation")


@attrs.frozen
class Evidence:
    """An honest reading of the research behind a claim, with its grade and sources.

    ``summary`` says what supports the claim and also what is weak, small or disputed.
    """

    summary: str = attrs.field(validator=_not_blank)
    grade: EvidenceGrade = attrs.field(validator=attrs.validators.instance_of(EvidenceGrade))
    citations: tuple[Citation, ...] = attrs.field(validator=_citations)


# --- References cited by the built-in sources and practices -------------------------
# Authors, years, journals, volumes and first pages follow the project's science fact
# sheet; titles are the published ones.

BANDURA_1977: Final = Citation(
    "Bandura, A.",
    1977,
    "Self-efficacy: Toward a unifying theory of behavioral change",
    "Psychological Review, 84, 191–215",
)
STAJKOVIC_LUTHANS_1998: Final = Citation(
    "Stajkovic, A. D., & Luthans, F.",
    1998,
    "Self-efficacy and work-related performance: A meta-analysis",
    "Psychological Bulletin, 124, 240",
)
SITZMANN_YEO_2013: Final = Citation(
    "Sitzmann, T., & Yeo, G.",
    2013,
    "A meta-analytic investigation of the within-person self-efficacy domain: "
    "Is self-efficacy a product of past performance or a driver of future performance?",
    "Personnel Psychology, 66, 531",
)
VANCOUVER_2001: Final = Citation(
    "Vancouver, J. B., Thompson, C. M., & Williams, A. A.",
    2001,
    "The changing signs in the relationships among self-efficacy, personal goals, and performance",
    "Journal of Applied Psychology, 86, 605",
)
VANCOUVER_2002: Final = Citation(
    "Vancouver, J. B., Thompson, C. M., Tischner, E. C., & Putka, D. J.",
    2002,
    "Two studies examining the negative effect of self-efficacy on performance",
    "Journal of Applied Psychology, 87, 506",
)
BANDURA_LOCKE_2003: Final = Citation(
    "Bandura, A., & Locke, E. A.",
    2003,
    "Negative self-efficacy and goal effects revisited",
    "Journal of Applied Psychology, 88, 87",
)
ASHFORD_2010: Final = Citation(
    "Ashford, S., Edmunds, J., & French, D. P.",
    2010,
    "What is the best way to change self-efficacy to promote lifestyle and recreational "
    "physical activity? A systematic review with meta-analysis",
    "British Journal of Health Psychology, 15, 265",
)
WILSON_2019: Final = Citation(
    "Wilson, R. C., Shenhav, A., Straccia, M., & Cohen, J. D.",
    2019,
    "The Eighty Five Percent Rule for optimal learning",
    "Nature Communications, 10, 4646",
)
SCHUNK_HANSON_1985: Final = Citation(
    "Schunk, D. H., & Hanson, A. R.",
    1985,
    "Peer models: Influence on children's self-efficacy and achievement",
    "ERIC document ED254397",
    url="https://eric.ed.gov/?id=ED254397",
)
SCHUNK_HANSON_COX_1987: Final = Citation(
    "Schunk, D. H., Hanson, A. R., & Cox, P. D.",
    1987,
    "Peer-model attributes and children's achievement behaviors",
    "Journal of Educational Psychology, 79, 54",
)
JAMIESON_2010: Final = Citation(
    "Jamieson, J. P., Mendes, W. B., Blackstock, E., & Schmader, T.",
    2010,
    "Turning the knots in your stomach into bows: Reappraising arousal improves "
    "performance on the GRE",
    "Journal of Experimental Social Psychology, 46, 208",
)
JAMIESON_2012: Final = Citation(
    "Jamieson, J. P., Nock, M. K., & Mendes, W. B.",
    2012,
    "Mind over matter: Reappraising arousal improves cardiovascular and cognitive "
    "responses to stress",
    "Journal of Experimental Psychology: General, 141, 417",
)
BROOKS_2014: Final = Citation(
    "Brooks, A. W.",
    2014,
    "Get excited: Reappraising pre-performance anxiety as excitement",
    "Journal of Experimental Psychology: General, 143, 1144",
)
BANDURA_SCHUNK_1981: Final = Citation(
    "Bandura, A., & Schunk, D. H.",
    1981,
    "Cultivating competence, self-efficacy, and intrinsic interest through proximal "
    "self-motivation",
    "Journal of Personality and Social Psychology, 41, 586",
)
EPTON_2017: Final = Citation(
    "Epton, T., Currie, S., & Armitage, C. J.",
    2017,
    "Unique effects of setting goals on behavior change: Systematic review and meta-analysis",
    "Journal of Consulting and Clinical Psychology, 85, 1182",
)
WEINER_1985: Final = Citation(
    "Weiner, B.",
    1985,
    "An attributional theory of achievement motivation and emotion",
    "Psychological Review, 92, 548",
)
SCHUNK_1983: Final = Citation(
    "Schunk, D. H.",
    1983,
    "Ability versus effort attributional feedback: Differential effects on self-efficacy "
    "and achievement",
    "Journal of Educational Psychology, 75, 848",
)
MUELLER_DWECK_1998: Final = Citation(
    "Mueller, C. M., & Dweck, C. S.",
    1998,
    "Praise for intelligence can undermine children's motivation and performance",
    "Journal of Personality and Social Psychology, 75, 33",
)
LI_BATES_2019: Final = Citation(
    "Li, Y., & Bates, T. C.",
    2019,
    "You can't change your basic ability, but you work at things, and that's how we get "
    "hard things done: Testing the role of growth mindset on response to setbacks, "
    "educational attainment, and cognitive ability",
    "Journal of Experimental Psychology: General, 148, 1640",
)
MACNAMARA_BURGOYNE_2023: Final = Citation(
    "Macnamara, B. N., & Burgoyne, A. P.",
    2023,
    "Do growth mindset interventions impact students' academic achievement? A systematic "
    "review and meta-analysis with recommendations for best practices",
    "Psychological Bulletin, 149, 133",
)
PERRY_2010: Final = Citation(
    "Perry, R. P., Stupnisky, R. H., Hall, N. C., Chipperfield, J. G., & Weiner, B.",
    2010,
    "Bad starts and better finishes: Attributional retraining and initial performance in "
    "competitive achievement settings",
    "Journal of Social and Clinical Psychology, 29, 668",
)
