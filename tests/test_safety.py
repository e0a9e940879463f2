"""The risk-language screen: what it flags, what it must leave alone, and its contract."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfefficacy.safety import (
    DefaultSafetyScreen,
    RiskKind,
    SafetyScreen,
    ScreenResult,
    default_screen,
    screen,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I don't see the point of going on", RiskKind.SUICIDAL),
        ("Honestly everyone would be better off without me.", RiskKind.SUICIDAL),
        ("Missed my target again and I want to end my life.", RiskKind.SUICIDAL),
        ("I wish I could go to sleep and never wake up", RiskKind.SUICIDAL),
        ("I don't want to be alive anymore", RiskKind.SUICIDAL),
        ("I've been cutting myself again after bad days", RiskKind.SELF_HARM),
        ("I burned myself with a lighter last night", RiskKind.SELF_HARM),
        (
            "I've been thinking about going round there with something heavy.",
            RiskKind.HARM_TO_OTHERS,
        ),
        ("I'm going to hurt him when I see him", RiskKind.HARM_TO_OTHERS),
    ],
)
def test_flags_direct_and_indirect_risk(text: str, kind: RiskKind) -> None:
    result = screen(text)
    assert result.risk
    assert result.kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "This workout killed me",
        "I'm dead, that video of the cat is the funniest thing ever",
        "I could kill for a coffee",
        "My mum's going to kill me when she sees my report",
        "I absolutely killed it in the interview",
        "The film handled the character's suicide really carefully",
        "In the book the hero takes his own life",
        "Thousands of soldiers were killed on the first day of the battle",
        "I volunteer on a suicide prevention helpline",
        "Feeling really low since the rejection, but my sister's coming round",
        "I'm so fed up with myself for missing another session",
        "Dying to try the new ramen place",
        "",
    ],
)
def test_leaves_idioms_fiction_history_helping_and_low_mood_alone(text: str) -> None:
    assert screen(text) == ScreenResult(risk=False)


def test_cues_carry_spans_into_the_text() -> None:
    text = "The diet's gone again. I keep thinking about killing myself."
    result = screen(text)
    assert result.risk
    assert result.cues
    for cue, (start, end) in zip(result.cues, result.spans, strict=True):
        assert text[start:end] == cue


def test_the_most_urgent_kind_is_reported() -> None:
    result = screen("I'm going to hurt him. Then I'll kill myself.")
    assert result.kind is RiskKind.SUICIDAL
    assert len(result.cues) == 2


@pytest.mark.parametrize("bad", [None, b"kill myself", 7])
def test_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        screen(bad)  # type: ignore[arg-type]


def test_protocol_and_default() -> None:
    assert isinstance(default_screen(), DefaultSafetyScreen)
    assert isinstance(default_screen(), SafetyScreen)
    assert repr(default_screen()) == "DefaultSafetyScreen()"

    class Never:
        def screen(self, text: str) -> ScreenResult:
            return ScreenResult(risk=False)

    assert isinstance(Never(), SafetyScreen)


def test_long_text_is_screened_in_linear_time() -> None:
    unit = "I trained hard but the hill killed me, so I'll go again next week. "
    small, big = unit * 15, unit * 1500
    start = time.perf_counter()
    screen(small)
    small_time = time.perf_counter() - start
    start = time.perf_counter()
    assert not screen(big).risk
    big_time = time.perf_counter() - start
    assert big_time < max(small_time, 1e-4) * 100 * 5
    assert screen(big + "I want to kill myself.").risk


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_text(text: str) -> None:
    result = screen(text)
    assert result.risk == (result.kind is not None) == bool(result.cues)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I don't think I can keep living like this.", RiskKind.SUICIDAL),
        ("I've decided tonight is the night, I'm going to end it.", RiskKind.SUICIDAL),
        ("I keep a stash of pills in case things get worse.", RiskKind.SUICIDAL),
        ("I wish I'd never been born.", RiskKind.SUICIDAL),
        ("I'm not going to be here next week so the goal doesn't matter.", RiskKind.SUICIDAL),
        ("I'd be doing everyone a favour if I was dead.", RiskKind.SUICIDAL),
        ("I don't want to be here anymore.", RiskKind.SUICIDAL),
        ("I can't stop thinking about killing myself.", RiskKind.SUICIDAL),
        ("Sometimes I bite my arm till it bleeds so I feel something.", RiskKind.SELF_HARM),
        ("I'll stab anyone who laughs at me again.", RiskKind.HARM_TO_OTHERS),
        ("I'm going to run him over with my car.", RiskKind.HARM_TO_OTHERS),
    ],
)
def test_composed_rules_reach_unlisted_wordings(text: str, kind: RiskKind) -> None:
    result = screen(text)
    assert result.risk
    assert result.kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to hurt myself, I promise.",
        "I'm dead tired after the night shift.",
        "I could murder a curry.",
        "My boss will kill me if I miss the deadline.",
        "I could strangle my brother for eating my chips.",
        "The GP asked if I'd had thoughts of self-harm and I said no.",
        "I'm going to beat him at chess tomorrow.",
        "I'll shoot him a text later.",
        "I won't be here next week, I'm on holiday.",
        "I'm going to end it with him, he's been cheating.",
        "I hurt myself at the gym yesterday.",
        "I can't go on the trip next week.",
    ],
)
def test_guards_keep_idioms_and_reports_quiet(text: str) -> None:
    assert not screen(text).risk


def test_a_guard_stays_in_its_sentence() -> None:
    assert screen("We watched a film about a war. I want to kill myself.").risk
    assert screen("I'm not joking, I'm going to kill myself.").risk


def test_a_megabyte_is_screened_in_seconds() -> None:
    text = ("Went for a walk with my sister and we talked about work and plans. " * 15000)[
        :1_000_000
    ]
    start = time.perf_counter()
    assert not screen(text).risk
    assert time.perf_counter() - start < 10
