"""A screen for risk language: suicidal thoughts, self-harm, intent to harm others.

The screen looks for first-person statements of danger, direct ("I'm going to
kill myself") and indirect ("everyone would be better off without me", "I've
been thinking about going round there with something heavy"), anywhere in a
text, including inside talk about a missed goal. It is tuned to favour recall
and still ignore idioms ("this workout killed me", "I could kill for a
coffee"), fiction, history, helping others and plain low mood.

It is a keyword-and-pattern screen for routing a conversation to people. It
diagnoses nothing, is not a clinical instrument, reads English only, and will
miss some risk and flag some safe text. Hosts with a better screen (a trained
classifier, a moderated language model) plug it in through :class:`SafetyScreen`.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Iterable
from typing import Final, Protocol, runtime_checkable

import attrs

__all__ = [
    "DefaultSafetyScreen",
    "RiskKind",
    "SafetyScreen",
    "ScreenResult",
    "default_screen",
    "screen",
]


class RiskKind(enum.StrEnum):
    """The kind of danger a statement speaks of."""

    SUICIDAL = "suicidal"
    SELF_HARM = "self-harm"
    HARM_TO_OTHERS = "harm-to-others"


@attrs.frozen
class ScreenResult:
    """What the screen found.

    ``risk`` is true when any risk cue was found; ``kind`` names the first kind
    found in this order of urgency: suicidal, self-harm, harm to others (``None``
    without risk). ``cues`` holds the matched words as written and ``spans`` their
    ``(start, end)`` offsets into the text, in the same order.
    """

    risk: bool
    kind: RiskKind | None = None
    cues: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()


@runtime_checkable
class SafetyScreen(Protocol):
    """Anything that screens a free-text answer for risk before coaching reads it."""

    def screen(self, text: str) -> ScreenResult:
        """Screen ``text``; return a :class:`ScreenResult`."""
        ...


# Pattern pieces. Every gap is bounded, so each pattern runs in linear time.
_I = r"\bi(?:\s*['’]?\s*(?:m|ve|d|ll)|\s+(?:am|have|had|would|will|was))?"
_ME_SELF = r"my\s*self"
_GAP = r"[^.!?\n]{0,40}?"
_SMALL_GAP = r"(?:\s+\w+){0,3}?"
_NT = r"(?:n['’]?t|\s+not)"
_PERSON_OBJECT = (
    r"(?:him|her|them|you|someone|somebody|everyone|everybody|people|that\s+\w+"
    r"|the\s+(?:baby|babies|kids?|child|children|ref|referee|teacher|coach|boss|manager"
    r"|lads?|guy|bloke|woman|man|girl|neighbou?r)"
    r"|my\s+(?:ex|boss|manager|dad|father|mum|mom|mother|wife|husband|partner|brother|sister"
    r"|neighbou?rs?|teacher|coach|flatmates?|housemates?|roommates?|baby|kids?|child|son|sister|brother"
    r"|daughter|stepdad|stepmum|colleagues?|landlord))"
)

_SUICIDAL = (
    rf"\bkill(?:ing|ed)?\s+{_ME_SELF}\b",
    r"\b(?:end|ending|take|taking|took)\s+my\s+(?:own\s+)?life\b",
    r"\bend(?:ing)?\s+it\s+all\b",
    r"\b(?:how|ways?)\s+(?:i['’]?d|i\s+would|to)\s+end\s+(?:it|things|my\s+life)\b",
    r"\bend(?:ing)?\s+it\b(?=[^.!?\n]{0,30}\b(?:for\s+good|tonight|soon|now)\b)",
    r"\b(?:commit(?:ting)?\s+suicide|suicidal|suicide\s+note|my\s+suicide)\b",
    rf"{_I}\s+(?:\w+\s+)?(?:want|wanted|wanting|wish|wished)\s+(?:to\s+)?(?:i\s+(?:was|were)\s+)?"
    r"(?:to\s+)?(?:die|be\s+dead|dead)\b(?!\s+(?:of|from|laughing|with|when))",
    r"\bwant(?:ing)?\s+to\s+die\b(?=[^.!?\n]{0,3}$|\s*[.!,]|\s+(?:already|now|tonight|so))",
    r"\bbetter\s+off\s+dead\b",
    r"\bbetter\s+off\s+without\s+me\b",
    r"\b(?:better|easier)\s+(?:off\s+)?(?:for\s+(?:everyone|everybody|them|all|my\s+\w+)\s+)?"
    r"if\s+i\s+(?:just\s+)?(?:was|were|wasn['’]?t|weren['’]?t|was\s+not|were\s+not|"
    r"disappeared|died|left|vanished|went|wasn['’]?t\s+here|didn['’]?t\s+exist)"
    r"(?:\s+(?:gone|dead|around|here|alive|away|for\s+good))?",
    r"\bi\s+(?:\w+\s+)?(?:don['’]?t|do\s+not|didn['’]?t|dont)\s+(?:\w+\s+)?want\s+to\s+"
    r"(?:be\s+alive|live|be\s+here|exist|wake\s+up|go\s+on|carry\s+on|be\s+around)",
    r"\bif\s+i\s+(?:just\s+)?(?:wasn['’]?t|weren['’]?t|was\s+not|were\s+not)\s+(?:here|around|alive)\b",
    r"\b(?:wasn['’]?t|weren['’]?t|not)\s+(?:here|around|alive)\s+any\s*more\b",
    r"\b(?:happier|fine|okay|ok|better)\s+(?:off\s+)?without\s+me\b",
    r"\bdriv\w*\s+(?:my\s+car\s+|the\s+car\s+)?(?:into|off)\s+(?:a|the)\s+(?:wall|tree|bridge"
    r"|river|cliff|lorry|truck|motorway)",
    r"\b(?:saving|saved|stockpil\w*|hoard\w*|collect\w*)\s+(?:up\s+)?(?:\w+\s+){0,4}?"
    r"(?:pills|tablets|meds|medication|painkillers|paracetamol)\b",
    r"\b(?:don['’]?t|never|not)\s+wake\s+up\b",
    r"\b(?:no|any|a)\s+reason\s+to\s+(?:live|wake\s+up|go\s+on|keep\s+going|carry\s+on|get\s+up|be\s+here|stay)",
    r"\bcan['’]?t\s+see\s+(?:a|any)\s+(?:reason|point|way\s+out|future)\b",
    r"\b(?:what['’]?s|what\s+is|there['’]?s\s+no|i\s+don['’]?t\s+see|i\s+can['’]?t\s+see)\s+"
    r"(?:the\s+)?point\s+(?:of|in)\s+(?:going\s+on|carrying\s+on|living|being\s+here|being\s+alive"
    r"|life|waking\s+up|staying|continuing|existing|me|any\s+of\s+it\s+anymore)",
    r"\b(?:tired|sick)\s+of\s+(?:being\s+(?:here|alive)|living|life|existing)\b",
    r"\bcan['’]?t\s+go\s+on\b",
    r"\b(?:sleep|go\s+to\s+sleep|fall\s+asleep)\s+and\s+(?:not|never)\s+wake\s+up\b",
    r"\bnot\s+wake\s+up\b",
    r"\bwon['’]?t\s+(?:be\s+(?:here|around)|need\s+(?:any\s+of\s+)?(?:it|them|this|that|my\s+\w+))"
    r"\b(?=[^.!?\n]{0,30}(?:soon|much\s+longer|anymore|by|next|after|for\s+long))",
    r"\b(?:don['’]?t|do\s+not)\s+think\s+i['’]?ll\s+(?:still\s+)?be\s+(?:here|around|alive)\b",
    r"\bnot\s+be\s+(?:here|around)\s+(?:much\s+longer|for\s+long|by)\b",
    r"\bgiv(?:e|ing|en)\s+(?:all\s+)?(?:my|away\s+my)\s+(?:things|stuff|possessions|belongings)"
    r"(?:\s+away)?\b",
    r"\b(?:written|wrote|writing|write)\s+(?:the|a|my)\s+(?:note|goodbye|suicide)",
    r"\b(?:writing|wrote|written)\s+(?:goodbye\s+)?letters\s+to\s+(?:people|everyone|my)",
    r"\b(?:picked|chosen|chose|set|planned)\s+(?:the|a)\s+(?:day|date|method)\b",
    r"\b(?:get|have|collect|claim)\s+(?:the|my)\s+life\s+insurance\b",
    r"\bonly\s+(?:useful|good)\s+thing\s+i\s+could\s+do\b",
    r"\b(?:looking\s+up|looked\s+up|researching|googling|googled)\s+(?:ways|how)\s+to\s+"
    r"(?:die|end|kill|overdose)",
    r"\bthink(?:ing)?\s+(?:about|of)\s+(?:killing\s+myself|ending\s+(?:it|things|my\s+life)|suicide"
    r"|dying|not\s+being\s+(?:here|around)|jumping|stepping\s+(?:off|out|in\s+front))",
    r"\bstep(?:ping)?\s+(?:off|in\s+front\s+of)\s+(?:the|a)\s+(?:edge|platform|ledge|bridge|train"
    r"|roof|cliff|bus|lorry|truck)",
    r"\bjump(?:ing)?\s+(?:off|from|in\s+front\s+of)\s+(?:the|a)\s+(?:bridge|roof|building|cliff"
    r"|train|bus|platform|car\s+park|ledge)",
    r"\b(?:overdose|overdosing|overdosed|od\s+on)\b(?!\s+(?:of|on)\s+(?:vitamin|caffeine|coffee|sugar"
    r"|sun|iron|chocolate|nostalgia|cuteness))",
    r"\b(?:took|take|taking|swallowed|stockpil\w*|saving\s+up)\s+(?:\w+\s+){0,3}(?:pills|tablets"
    r"|paracetamol|painkillers)\b",
    rf"\b(?:hang|hanging|hanged|drown|drowning|poison|poisoning|gas|shoot)\s+{_ME_SELF}\b",
    r"\bslit(?:ting)?\s+my\s+wrists?\b",
    r"\bwish(?:ed)?\s+i\s+(?:had\s+)?(?:was|were|wasn['’]?t|weren['’]?t|had\s+never\s+been|"
    r"['’]?d\s+never\s+been)\s+(?:dead|born|here|alive|around|gone)\b",
    r"\b(?:nobody|no\s+one|no-one)\s+would\s+(?:miss|notice|care)(?:\s+if)?\b",
    r"\bdisappear(?:ed|ing)?\s+(?:for\s+good|forever|for\s+ever|permanently)\b",
    rf"{_I}\s+(?:\w+\s+){{0,2}}(?:just\s+)?(?:a|such\s+a|nothing\s+but\s+a)\s+burden\b",
    r"\bmade\s+my\s+peace\s+with\s+(?:it|dying|going|leaving)\b",
    r"\b(?:don['’]?t|do\s+not)\s+want\s+to\s+be\s+alive\b",
    r"\bno\s+way\s+out\b",
    r"\bkill(?:ing)?\s+me\s+off\b",
    r"\bkms\b",
    r"\bwon['’]?t\s+be\s+alive\b",
    r"\b(?:rather|sooner)\s+(?:be\s+dead|die|not\s+(?:exist|be\s+alive|be\s+here))\b",
    r"\bwant\s+(?:it\s+all|everything|all\s+of\s+(?:it|this))\s+to\s+(?:stop|end)\b",
    r"\bdisappear\s+and\s+never\s+come\s+back\b",
    r"\b(?:the|a|my)\s+(?:rope|noose)\b(?=[^.!?\n]{0,40}\b(?:ready|garage|tied|bought|loft|attic"
    r"|beam|hidden|hid))",
    r"\bnoose\b",
    r"\b(?:take|took|taking|swallow\w*|down(?:ed|ing)?)\s+(?:all|every\s+one\s+of|the\s+(?:whole|entire)"
    r"\s+(?:box|bottle|packet|pack|lot)|the\s+lot\s+of|a\s+(?:bunch|handful|load|lot|box|bottle|packet)"
    r"\s+of|loads\s+of|lots\s+of)\s+(?:\w+\s+){0,2}?(?:pills|tablets|meds|medication|medicine"
    r"|antidepressants|painkillers|paracetamol|sleeping\s+(?:pills|tablets))\b",
    r"\b(?:not|isn['’]?t|wasn['’]?t|ain['’]?t|no\s+longer)\s+worth\s+(?:living|being\s+alive|staying\s+alive)\b",
    r"\b(?:go\s+to\s+)?sleep\s+(?:forever|for\s+ever|for\s+good|permanently)\b",
    r"\b(?:looking|looked|staring|stared|stood|standing)\s+(?:at|down\s+at|over|on)\s+(?:the|a)"
    r"\s+(?:bridge|edge|drop|tracks|railway\s+line|cliff|ledge)\b",
    r"\bshould\s+(?:just\s+)?end\s+(?:it|it\s+all|things|my\s+life)\b",
    r"\b(?:except|other\s+than|but)\s+(?:dying|death|killing\s+myself|ending\s+it)\b",
    r"\bonly\s+way\s+out\b",
    r"\bhow\s+many\s+(?:pills|tablets|paracetamol|painkillers|sleeping\s+pills)\b"
    r"(?=[^.!?\n]{0,30}\b(?:takes?|would|enough|kill|die|lethal))",
    r"\blethal\s+dose\b",
    r"\b(?:stop|cease)\s+existing\b",
    r"\bdone\s+with\s+(?:life|living|being\s+alive|it\s+all)\b",
    r"\ba\s+burden\s+(?:on|to)\s+(?:everyone|everybody|people|them|my\s+\w+)\b",
    r"\b(?:driv\w*|walk\w*|step\w*|jump\w*|swerv\w*)\s+(?:\w+\s+)?(?:into|in\s+front\s+of)\s+"
    r"(?:the\s+)?(?:oncoming\s+traffic|traffic|a\s+(?:car|lorry|truck|bus|train))\b",
    r"\bdeserve\s+to\s+(?:die|be\s+dead|suffer)\b",
)

_SELF_HARM = (
    rf"\b(?:hurt|hurting|hurts|harm|harming|harmed|injure|injuring|injured|punish|punishing"
    rf"|punished|cut|cutting|burn|burning|burned|burnt|hit|hitting|punch|punching|punched"
    rf"|starve|starving|starved|scratch|scratching|scratched|bite|biting|bit)\s+{_ME_SELF}\b",
    r"\bself[-\s]?harm(?:ing|ed|s)?\b",
    r"\bcut(?:ting|s)?\s+(?:my|into\s+my)\s+(?:arms?|wrists?|legs?|skin|thighs?|stomach|body)\b",
    r"\b(?:bang|banged|banging)\s+my\s+head\b",
    r"\b(?:took|take|taking|takes)\s+it\s+out\s+on\s+my\s+(?:own\s+)?(?:body|skin|arms|legs)\b",
    r"\b(?:doing|done|did)\s+to\s+my\s+(?:arms?|wrists?|legs?|skin|thighs?|body)\b",
    r"\b(?:a|the|my)\s+(?:blade|razor|razor\s+blade)\b(?=[^.!?\n]{0,40}\b(?:drawer|nights?|hide"
    r"|keep|for\s+when|again|bag|room))",
    r"\b(?:keep|kept|hide|hid|have|got)\s+(?:a|the|my)\s+(?:blade|razor)",
    r"\bas\s+(?:a\s+)?punishment\s+for\b",
    r"\bto\s+punish\s+myself\b",
    r"\b(?:make|made|making)\s+myself\s+(?:sick|throw\s+up|vomit|bleed)\b",
    r"\buntil\s+(?:it|i|they|my\s+\w+)\s+(?:bruises?|bleeds?|bled|bruised|split|break|broke)\b",
    r"\b(?:cut|cutting|scratch\w*|burn\w*|hit|hitting|punch\w*|bit|biting|pick\w*|carv\w*)\s+"
    r"(?:at\s+)?my\s+(?:arms?|wrists?|legs?|skin|thighs?|stomach|body|face)\b",
    r"\b(?:punch\w*|hit|hitting|bang\w*|kick\w*)\s+(?:the|a)\s+walls?\b(?=[^.!?\n]{0,40}\buntil)",
    r"\b(?:skip|skipped|skipping|stopped)\s+(?:every|all|my)\s+meals?\b(?=[^.!?\n]{0,60}"
    r"\bpunish)",
    r"\b(?:started|start|been|began|am|i['’]m|was)\s+(?:cutting|burning|scratching)\s+(?:again|myself)\b",
    r"\bcutting\s+again\b",
    r"\b(?:hit|hitting|bang\w*|smash\w*)\s+my\s+head\s+(?:against|on|off)\b",
    r"\b(?:bruises|cuts|burns|scars|marks)\s+i\s+(?:give|gave|make|made)\s+myself\b",
    r"\b(?:razor\s*blades?|blades)\b(?=[^.!?\n]{0,40}\b(?:hid\w*|drawer|pencil\s+case|for\s+when"
    r"|bag|room|keep|stash))",
    r"\b(?:punish|punishing|punished)\s+myself\b",
)

_HARM_OTHERS = (
    rf"{_I}\s+(?:\w+\s+){{0,3}}?(?:going\s+to|gonna|want\s+to|wanted\s+to|wanna|about\s+to"
    r"|will|['’]ll|am\s+going\s+to|planning\s+to|plan\s+to|intend\s+to|"
    r"thought\s+about|thinking\s+about|been\s+thinking\s+about)\s+"
    r"(?:\w+\s+)?(?:kill|killing|hurt|hurting|stab|stabbing|shoot|shooting|strangle|strangling"
    r"|batter|battering|beat\s+up|beating\s+up|punch|punching|smash\s+(?:his|her|their)"
    r"|attack|attacking|hit|hitting|murder|murdering|poison|poisoning|run\s+over|slap|choke"
    r"|shake|shaking|smother|smothering|harm|harming|burn\s+down|torch)\s+"
    + _PERSON_OBJECT
    + r"\b",
    rf"\b(?:shake|shaking|shook|hit|hitting|hurt|hurting|smother|smothering)\s+{_PERSON_OBJECT}"
    r"\b(?=[^.!?\n]{0,60}\b(?:stop|frighten|scare|close|want|mean\s+it|lose\s+it|snap))",
    r"\bmake\s+(?:him|her|them|you)\s+pay\b",
    r"\b(?:smash|kick|punch|bash|cave|knock)\s+(?:his|her|their|your)\s+(?:face|head|teeth|skull)"
    r"(?:\s+in)?\b(?<!\bcould\s)",
    r"\bknow\s+where\s+(?:he|she|they)\s+lives?\b",
    r"\b(?:go|going|went|come|coming)\s+(?:round|around|over)\s+(?:there|to\s+\w+['’]?s?)\s+with\s+"
    r"(?:something|a|my|the)\b",
    r"\bwith\s+something\s+heavy\b",
    r"\b(?:bring|bringing|take|taking|carry|carrying|buy|buying|bought|get|got|getting)\s+"
    r"(?:a|my|the)\s+(?:knife|gun|blade|weapon|machete|bat|hammer)\b"
    r"(?=[^.!?\n]{0,60}\b(?:him|her|them|scare|school|class|work|in|round|to))",
    r"\bwait(?:ing)?\s+for\s+(?:him|her|them|that\s+\w+|the\s+\w+)\s+(?:in|outside|after|at)\s+"
    r"(?:the\s+)?(?:car\s+park|school|work|gates?|home)\b",
    rf"{_I}\s+(?:\w+\s+){{0,2}}?(?:kill|hurt|stab|murder|shoot)\s+(?:him|her|them|you)\b"
    r"(?!\s+(?:for|at|in\s+(?:a|the)\s+(?:game|match)))",
    r"\b(?:scare|frighten)\s+(?:him|her|them)\b[^.!?\n]{0,20}\bor\s+worse\b",
    r"\bwant\s+(?:him|her|them|you)\s+(?:to\s+)?(?:bleed|dead|to\s+die|to\s+suffer|to\s+hurt)\b",
    r"\b(?:imagin\w*|picturing|fantasi[sz]\w*|dream\w*\s+(?:of|about))\s+(?:pushing|hurting|killing"
    r"|stabbing|strangling|hitting|shooting|drowning|smothering|poisoning)\s+"
    + _PERSON_OBJECT
    + r"\b",
    r"\b(?:get|got|getting|take|taking|bring|bringing|grab\w*)\s+(?:my\s+)?\w+['’]s\s+"
    r"(?:knife|gun|rifle|shotgun|blade|machete)\b",
)

# A cue inside a frame like these is about a story, a game, history or helping.
_FRAME = (
    r"\b(?:film|movie|show|series|episode|book|novel|chapter|story|stories|character|characters"
    r"|play|scene|song|lyrics?|chorus|verse|poem|poet|game|level|villain|hero|heroine|plot"
    r"|documentary|podcast|essay|history|volunteer\w*|helpline|prevention|course|training"
    r"|charity|awareness|first\s+aid|quote|quoting|rapper|singer|band|album|actor|actress)\b"
)
# Cues still counted inside a frame: unmistakably about the writer.
_STRONG_SELF = (
    r"\b(?:kill(?:ing)?\s+myself|end(?:ing)?\s+my\s+(?:own\s+)?life|hurt(?:ing)?\s+myself"
    r"|cut(?:ting)?\s+myself|harm(?:ing)?\s+myself|i\s+(?:am|['’]m|feel|felt)\s+suicidal)\b"
)
# Just before a cue: a negation, or a past the writer has left ("I used to self-harm").
_NEGATED_BEFORE = r"(?:\bnever|\bnot|n['’]t|\bno\s+longer|\bused\s+to)\s+(?:\w+\s+)?$"
# Just before a cue: someone else is its subject ("she'd been self-harming").
_OTHER_SUBJECT_BEFORE = (
    r"\b(?:she|he|they|my\s+(?:friend|mate|sister|brother|son|daughter|mum|mom|dad|partner))"
    r"(?:\s*['’]\s*(?:d|s)|\s+(?:had|has|have|was|were|is|are|had\s+been|has\s+been|have\s+been))?"
    r"\s+(?:been\s+)?$"
)
_SENTENCE_BREAK = r"[.!?\n]+"

_MAX_CUES = 20


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_ORDER: Final = (RiskKind.SUICIDAL, RiskKind.SELF_HARM, RiskKind.HARM_TO_OTHERS)


@attrs.frozen
class _Compiled:
    kinds: tuple[tuple[RiskKind, re.Pattern[str]], ...]
    frame: re.Pattern[str]
    strong_self: re.Pattern[str]
    negated_before: re.Pattern[str]
    other_before: re.Pattern[str]
    sentence_break: re.Pattern[str]


_compiled: _Compiled | None = None


def _patterns() -> _Compiled:
    """The screen's regexes, compiled on first use and then shared (import stays cheap)."""
    global _compiled
    if _compiled is None:
        _compiled = _Compiled(
            kinds=(
                (RiskKind.SUICIDAL, _compile(_SUICIDAL)),
                (RiskKind.SELF_HARM, _compile(_SELF_HARM)),
                (RiskKind.HARM_TO_OTHERS, _compile(_HARM_OTHERS)),
            ),
            frame=re.compile(_FRAME, re.IGNORECASE),
            strong_self=re.compile(_STRONG_SELF, re.IGNORECASE),
            negated_before=re.compile(_NEGATED_BEFORE, re.IGNORECASE),
            other_before=re.compile(_OTHER_SUBJECT_BEFORE, re.IGNORECASE),
            sentence_break=re.compile(_SENTENCE_BREAK),
        )
    return _compiled


class DefaultSafetyScreen:
    """The built-in English screen: first-person risk patterns, framed-talk filters.

    It reads the whole text in time linear in its length, never raises on a
    ``str`` and raises ``TypeError`` on anything else. It diagnoses nothing.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "DefaultSafetyScreen()"

    def screen(self, text: str) -> ScreenResult:
        """Screen ``text`` for statements of suicidal thoughts, self-harm or harm to others."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        compiled = _patterns()
        breaks = [m.end() for m in compiled.sentence_break.finditer(text)]
        found: list[tuple[int, int, RiskKind]] = []
        for kind, pattern in compiled.kinds:
            for m in pattern.finditer(text):
                if m.end() > m.start() and _counts(compiled, text, breaks, m.start(), m.end()):
                    found.append((m.start(), m.end(), kind))
                    if len(found) >= _MAX_CUES:
                        break
        if not found:
            return ScreenResult(risk=False)
        kind = min((k for _, _, k in found), key=_ORDER.index)
        found.sort()
        return ScreenResult(
            risk=True,
            kind=kind,
            cues=tuple(text[s:e] for s, e, _ in found),
            spans=tuple((s, e) for s, e, _ in found),
        )


def _counts(compiled: _Compiled, text: str, breaks: list[int], start: int, end: int) -> bool:
    """Whether a match counts: the writer's own, not negated, not in a story or helping frame."""
    lo_near = max(0, start - 30)
    if compiled.negated_before.search(text, max(0, start - 20), start):
        return False
    if compiled.other_before.search(text, lo_near, start):
        return False
    i = bisect.bisect_right(breaks, start)
    lo = breaks[i - 1] if i else 0
    hi = breaks[i] if i < len(breaks) else len(text)
    hi = min(hi, end + 300)
    lo = max(lo, start - 300)
    if not compiled.frame.search(text, lo, hi):
        return True
    return bool(compiled.strong_self.fullmatch(text, start, end)) and not _quoted(text, lo, start)


def _quoted(text: str, lo: int, start: int) -> bool:
    """Whether ``start`` sits inside an open quotation in ``text[lo:start]``."""
    before = text[lo:start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_DEFAULT: Final = DefaultSafetyScreen()


def default_screen() -> DefaultSafetyScreen:
    """Return the built-in screen (stateless, shared)."""
    return _DEFAULT


def screen(text: str) -> ScreenResult:
    """Screen ``text`` with the built-in :class:`DefaultSafetyScreen`.

    >>> screen("This workout killed me").risk
    False
    """
    return _DEFAULT.screen(text)
