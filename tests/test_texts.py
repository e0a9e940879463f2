"""The texts table: defaults, overrides checked when the Coach is built."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import selfefficacy as se
from selfefficacy.texts import DEFAULT_TEXTS, Texts, placeholders

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_every_engine_prompt_id_has_a_default_text() -> None:
    for message_id in (
        "checkin.goal",
        "checkin.review",
        "checkin.explain.done",
        "checkin.confidence",
        "checkin.activation",
        "close.confidence",
        "safety.message",
    ):
        assert DEFAULT_TEXTS[message_id].strip()


def test_placeholders_are_read_from_templates() -> None:
    assert placeholders("From {before} to {after}.") == {"before", "after"}
    assert placeholders("No placeholders.") == frozenset()


def test_an_override_replaces_the_text_a_person_sees() -> None:
    coach = se.Coach(texts={"checkin.goal": "Was möchtest du besser können?"})
    turn = coach.start(se.Learner.new("l-1"), at=T0)
    assert turn.prompt is not None
    assert turn.prompt.id == "checkin.goal"
    assert turn.prompt.text == "Was möchtest du besser können?"


def test_an_override_may_drop_placeholders() -> None:
    coach = se.Coach(texts={"checkin.welcome-back": "Welcome back."})
    turn = coach.start(se.Learner.new("l-1", goal="Run 5 km"), at=T0)
    assert turn.messages[0].text == "Welcome back."


def test_an_unknown_message_id_fails_when_the_coach_is_built() -> None:
    with pytest.raises(se.ConfigurationError, match=r"unknown message id 'checkin\.nope'"):
        se.Coach(texts={"checkin.nope": "Hi"})


def test_an_unknown_placeholder_fails_when_the_coach_is_built() -> None:
    with pytest.raises(
        se.ConfigurationError, match=r"unknown placeholder\(s\) name; allowed: goal"
    ):
        se.Coach(texts={"checkin.confidence": "How sure, {name}, about {goal}?"})


def test_a_malformed_template_fails_when_the_coach_is_built() -> None:
    with pytest.raises(se.ConfigurationError, match="malformed template"):
        se.Coach(texts={"checkin.goal": "What {goal"})


def test_a_non_string_override_fails_when_the_coach_is_built() -> None:
    with pytest.raises(se.ConfigurationError, match="must be a str"):
        se.Coach(texts={"checkin.goal": 3})  # type: ignore[dict-item]


def test_texts_must_be_a_mapping() -> None:
    with pytest.raises(TypeError, match="mapping"):
        Texts(["checkin.goal"])  # type: ignore[arg-type]


def test_render_fills_placeholders_and_keeps_unknown_ones_visible() -> None:
    texts = Texts()
    assert "Run 5 km" in texts.render("checkin.welcome-back", {"goal": "Run 5 km"})
    assert "{goal}" in texts.render("checkin.welcome-back", {})


def test_every_default_template_parses() -> None:
    for template in DEFAULT_TEXTS.values():
        placeholders(template)
