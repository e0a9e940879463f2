"""Any Python value as an answer: ``InvalidAnswer`` or accepted, and nothing changes.

For sessions stopped at every kind of prompt (ratings on both scales, choices, text),
an arbitrary value is either a valid answer (an int inside the scale, an option
id of this prompt, text of 1 to 2,000 characters that is not blank), and accepted, or
refused with ``InvalidAnswer``; nothing else is raised. After a refusal the session
passed in is untouched and answering it properly gives exactly the turn it would have
given had the bad answer never been sent.
"""

from __future__ import annotations

import decimal
import fractions
import json
import random
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import selfefficacy as se

T0 = datetime(2026, 4, 6, 18, 0, tzinfo=UTC)
TEXTS = (
    "I practised a little every day and changed my approach",
    "I'm just hopeless at this, I never get it right",
    "Walk 1 km\nRun 2 km\nRun 3 km",
    "It was pure luck",
)
MAX_CHARS = 2000


def valid_answer(prompt: se.Prompt, rng: random.Random) -> int | str:
    if prompt.kind is se.PromptKind.RATING:
        low, high = prompt.scale or (0, 100)
        return rng.randrange(low, high + 1, prompt.step)
    if prompt.kind is se.PromptKind.CHOICE:
        return rng.choice(prompt.options).id
    return rng.choice(TEXTS)


@cache
def sessions_at_prompts() -> tuple[se.Session, ...]:
    """Open sessions stopped at many different prompts, from seeded walks."""
    coach = se.Coach()
    found: dict[str, se.Session] = {}
    for seed in range(6):
        rng = random.Random(seed)
        learner = se.Learner.new(f"a{seed}", goal=None if seed % 3 == 0 else "Play a gig")
        for number in range(5):
            at = T0 + timedelta(days=2 * number)
            turn = coach.start(learner, at=at)
            while not turn.done:
                assert turn.prompt is not None
                found.setdefault(turn.prompt.id, turn.session)
                at += timedelta(minutes=1)
                turn = coach.respond(turn.session, valid_answer(turn.prompt, rng), at=at)
            learner = turn.learner
    return tuple(found[key] for key in sorted(found))


@cache
def all_option_ids() -> tuple[str, ...]:
    return tuple(
        sorted({o.id for s in sessions_at_prompts() if s.prompt for o in s.prompt.options})
    )


def is_valid(prompt: se.Prompt, answer: object) -> bool:
    """The answer contract, written independently of the engine."""
    if prompt.kind is se.PromptKind.RATING:
        low, high = prompt.scale or (0, 100)
        return type(answer) is int and low <= answer <= high
    if prompt.kind is se.PromptKind.CHOICE:
        return type(answer) is str and answer in {o.id for o in prompt.options}
    return type(answer) is str and 1 <= len(answer) <= MAX_CHARS and answer.strip() != ""


class StrSubclass(str):
    """A str subclass: not a str by type, so never an answer."""


class IntSubclass(int):
    pass


def answers() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.integers(),
        st.integers(-20, 120),
        st.integers(min_value=2**63 - 2, max_value=2**64 + 2),
        st.booleans(),
        st.floats(),
        st.sampled_from([70.0, 5.0, float("nan"), float("inf"), -0.0]),
        st.none(),
        st.binary(max_size=20),
        st.text(max_size=40),
        st.sampled_from(["", " ", "\n\t ", "\u00a0", "\u3000", "70", "done", "DONE", " done"]),
        st.sampled_from(all_option_ids()),
        st.integers(0, 3).map(lambda n: "x" * (MAX_CHARS - 1 + n)),
        st.just("y" * 1_000_000),
        st.sampled_from(
            [
                decimal.Decimal(70),
                fractions.Fraction(70),
                complex(70, 0),
                IntSubclass(70),
                StrSubclass("done"),
                StrSubclass("I tried hard"),
                object(),
                ...,
                NotImplemented,
                int,
                str,
            ]
        ),
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.tuples(inner)
            | st.dictionaries(st.text(max_size=5), inner, max_size=3)
            | st.frozensets(st.integers(0, 100), max_size=3)
        ),
        max_leaves=5,
    )


def snapshot(session: se.Session) -> str:
    return json.dumps(se.dump(session), sort_keys=True)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_value_is_refused_with_invalid_answer_or_accepted(data: st.DataObject) -> None:
    session = data.draw(st.sampled_from(sessions_at_prompts()), label="session")
    prompt = session.prompt
    assert prompt is not None
    answer = data.draw(answers(), label="answer")
    coach = se.Coach()
    at = session.started_at + timedelta(hours=1)
    before = snapshot(session)
    try:
        turn = coach.respond(session, answer, at=at)
    except se.InvalidAnswer as error:
        message = str(error)
        assert not is_valid(prompt, answer), f"refused a valid answer: {message}"
        assert prompt.id in message, "the error should name the prompt"
        assert snapshot(session) == before
        good = valid_answer(prompt, random.Random(0))
        assert coach.respond(session, good, at=at) == se.Coach().respond(
            se.load(json.loads(before), se.Session), good, at=at
        )
    else:
        assert is_valid(prompt, answer), f"accepted {answer!r} for {prompt.id}"
        assert turn.session.answers[-1].value == answer or turn.session.done
        assert snapshot(session) == before


def test_the_sample_covers_every_kind_and_both_scales() -> None:
    prompts = [s.prompt for s in sessions_at_prompts() if s.prompt is not None]
    assert {p.kind for p in prompts} == set(se.PromptKind)
    assert {p.scale for p in prompts if p.kind is se.PromptKind.RATING} >= {(0, 100), (0, 10)}
    assert len(prompts) >= 15


@pytest.mark.parametrize(
    "answer", [True, False, 70.0, "70", None, b"70", [70], 105, -10, 2**70, IntSubclass(70)]
)
def test_bad_ratings_are_refused_and_leave_the_session_usable(answer: object) -> None:
    session = next(s for s in sessions_at_prompts() if s.prompt and s.prompt.scale == (0, 100))
    at = session.started_at + timedelta(hours=1)
    coach = se.Coach()
    with pytest.raises(se.InvalidAnswer):
        coach.respond(session, answer, at=at)
    assert coach.respond(session, 70, at=at) == coach.respond(session, 70, at=at)


def test_option_ids_of_other_prompts_are_refused() -> None:
    choices = [s for s in sessions_at_prompts() if s.prompt and s.prompt.options]
    assert len(choices) >= 2, "need two choice prompts"
    coach = se.Coach()
    for session in choices:
        assert session.prompt is not None
        own = {o.id for o in session.prompt.options}
        for other in set(all_option_ids()) - own:
            with pytest.raises(se.InvalidAnswer):
                coach.respond(session, other, at=session.started_at + timedelta(hours=1))


@pytest.mark.parametrize(
    "answer", ["", " ", "\n\n", "\t \u00a0", "x" * (MAX_CHARS + 1), "y" * 1_000_000, 7, None]
)
def test_blank_and_oversized_text_is_refused(answer: object) -> None:
    session = next(
        s for s in sessions_at_prompts() if s.prompt and s.prompt.kind is se.PromptKind.TEXT
    )
    with pytest.raises(se.InvalidAnswer):
        se.Coach().respond(session, answer, at=session.started_at + timedelta(hours=1))


def test_text_of_exactly_the_limit_is_accepted() -> None:
    session = next(
        s for s in sessions_at_prompts() if s.prompt and s.prompt.kind is se.PromptKind.TEXT
    )
    turn = se.Coach().respond(session, "a" * MAX_CHARS, at=session.started_at + timedelta(hours=1))
    assert turn.session.answers[-1].value == "a" * MAX_CHARS


def test_a_finished_session_refuses_every_answer() -> None:
    coach = se.Coach()
    rng = random.Random(3)
    at = T0
    turn = coach.start(se.Learner.new("done", goal="Finish"), at=at)
    while not turn.done:
        assert turn.prompt is not None
        at += timedelta(minutes=1)
        turn = coach.respond(turn.session, valid_answer(turn.prompt, rng), at=at)
    for answer in (70, "done", "I practised", None):
        with pytest.raises(se.InvalidAnswer):
            coach.respond(turn.session, answer, at=at)
