"""Each built-in practice walked to the end along each of its branches (DESIGN 5.3)."""

from __future__ import annotations

import re
from datetime import timedelta

import attrs
import pytest
from scenario import (
    GOAL,
    T0,
    answer_time,
    fixed_coach,
    make_learner,
    message_ids,
    message_text,
    only_event,
    open_subgoal,
    run,
    with_attempts,
)

import selfefficacy as se
from selfefficacy.learner import AttemptTotals, Note
from selfefficacy.testing import SessionRun

DONE = se.ReviewResult.DONE
NOT_YET = se.ReviewResult.NOT_YET


def practice_prompts(session_run: SessionRun, practice_id: str) -> tuple[str, ...]:
    ids = tuple(p.id for p in session_run.prompts if p.practice_id == practice_id)
    # the practice's prompts are exactly those between the check-in and the close
    assert all(pid.startswith(practice_id + ".") for pid in ids)
    return ids


def subgoal_event(session_run: SessionRun) -> se.SubgoalSet:
    event = only_event(session_run, se.SubgoalSet)
    assert isinstance(event, se.SubgoalSet)
    return event


def assert_subgoal(session_run: SessionRun, text: str, *, days: int, after: str) -> se.Subgoal:
    """The SubgoalSet event, the summary and the learner agree; due = answer time + days."""
    event = subgoal_event(session_run)
    subgoal = session_run.learner.subgoal
    assert subgoal is not None
    assert event.text == subgoal.text == text
    due = answer_time(session_run, after) + timedelta(days=days)
    assert event.due == subgoal.due == due
    assert subgoal.set_at == answer_time(session_run, after)
    completed = only_event(session_run, se.SessionCompleted)
    assert isinstance(completed, se.SessionCompleted)
    assert completed.summary.subgoal == subgoal
    # the event comes out with the turn that answered the practice's last question
    turn_index = next(i for i, t in enumerate(session_run.turns) if event in t.events)
    asked = session_run.turns[turn_index - 1].prompt
    assert asked is not None
    assert asked.id == after
    return subgoal


# --- build-mastery ------------------------------------------------------------------------

BM = "build-mastery"
RUNGS = ("Say one sentence", "Ask one question", "Give a short update")


def test_build_mastery_takes_the_next_rung() -> None:
    learner = make_learner(rungs=RUNGS, done=1)
    session_run = run(
        fixed_coach(BM),
        learner,
        {"build-mastery.confidence": 70, "build-mastery.when-where": "Tuesday standup"},
    )
    assert practice_prompts(session_run, BM) == (
        "build-mastery.confidence",
        "build-mastery.when-where",
    )
    assert "Ask one question" in message_text(session_run, "build-mastery.next-rung")
    confidence_prompt = session_run.prompts[
        session_run.prompt_ids.index("build-mastery.confidence")
    ]
    assert "Ask one question" in confidence_prompt.text
    assert confidence_prompt.scale == (0, 100)
    assert confidence_prompt.step == 10
    subgoal = assert_subgoal(
        session_run, "Ask one question", days=2, after="build-mastery.when-where"
    )
    assert subgoal.rung == 1
    assert subgoal.confidence == 70
    assert subgoal.plan == "Tuesday standup"
    ladder = session_run.learner.ladder
    assert [r.text for r in ladder] == list(RUNGS)
    assert ladder[1].confidence == 70
    assert [r.done for r in ladder] == [True, False, False]


@pytest.mark.parametrize(("rungs", "done"), [((), 0), (RUNGS, 3)])
def test_build_mastery_without_a_next_rung_asks_for_a_step(
    rungs: tuple[str, ...], done: int
) -> None:
    learner = make_learner(rungs=rungs, done=done)
    session_run = run(fixed_coach(BM), learner, {"build-mastery.step": "Nod and add one point"})
    assert practice_prompts(session_run, BM) == (
        "build-mastery.step",
        "build-mastery.confidence",
        "build-mastery.when-where",
    )
    step_prompt = session_run.prompts[session_run.prompt_ids.index("build-mastery.step")]
    assert step_prompt.kind is se.PromptKind.TEXT
    assert GOAL in step_prompt.text
    assert "build-mastery.next-rung" not in message_ids(session_run)
    subgoal = assert_subgoal(
        session_run, "Nod and add one point", days=2, after="build-mastery.when-where"
    )
    ladder = session_run.learner.ladder
    assert len(ladder) == len(rungs) + 1
    assert ladder[-1].text == "Nod and add one point"
    assert subgoal.rung == len(ladder) - 1


def test_build_mastery_low_rating_makes_the_step_smaller() -> None:
    learner = make_learner(rungs=RUNGS, done=1)
    session_run = run(
        fixed_coach(BM),
        learner,
        {
            "build-mastery.confidence": 50,
            "build-mastery.smaller": "Ask a question in the chat",
            "build-mastery.confidence-smaller": 80,
        },
    )
    assert practice_prompts(session_run, BM) == (
        "build-mastery.confidence",
        "build-mastery.smaller",
        "build-mastery.confidence-smaller",
        "build-mastery.when-where",
    )
    smaller_prompt = session_run.prompts[session_run.prompt_ids.index("build-mastery.smaller")]
    assert "Ask one question" in smaller_prompt.text
    subgoal = assert_subgoal(
        session_run, "Ask a question in the chat", days=2, after="build-mastery.when-where"
    )
    assert subgoal.confidence == 80
    ladder = session_run.learner.ladder
    assert [r.text for r in ladder] == [
        "Say one sentence",
        "Ask a question in the chat",
        "Ask one question",
        "Give a short update",
    ]
    assert subgoal.rung == 1
    assert ladder[1].confidence == 80


def test_build_mastery_rating_of_60_is_not_shrunk() -> None:
    session_run = run(fixed_coach(BM), make_learner(rungs=RUNGS), {"build-mastery.confidence": 60})
    assert "build-mastery.smaller" not in session_run.prompt_ids


def test_build_mastery_shrinks_again_while_still_low_but_not_forever() -> None:
    session_run = run(
        fixed_coach(BM),
        make_learner(rungs=RUNGS),
        {
            "build-mastery.confidence": 30,
            "build-mastery.smaller": ["Smaller one", "Smallest one", "Never asked"],
            "build-mastery.confidence-smaller": [40, 50, 90],
        },
    )
    ids = practice_prompts(session_run, BM)
    assert ids.count("build-mastery.smaller") == 2
    assert ids.count("build-mastery.confidence-smaller") == 2
    assert session_run.learner.subgoal is not None
    assert session_run.learner.subgoal.text == "Smallest one"


def test_build_mastery_stretches_after_two_successes_in_a_row() -> None:
    learner = with_attempts(make_learner(rungs=RUNGS, done=2), (NOT_YET, DONE, DONE))
    session_run = run(
        fixed_coach(BM),
        learner,
        {
            "build-mastery.confidence": 90,
            "build-mastery.stretch": "Give the full update",
            "build-mastery.confidence-stretch": 70,
        },
    )
    assert practice_prompts(session_run, BM) == (
        "build-mastery.confidence",
        "build-mastery.stretch",
        "build-mastery.confidence-stretch",
        "build-mastery.when-where",
    )
    subgoal = assert_subgoal(
        session_run, "Give the full update", days=2, after="build-mastery.when-where"
    )
    assert subgoal.confidence == 70
    assert subgoal.rung == 2


def test_build_mastery_stretch_rated_too_low_keeps_the_rung() -> None:
    learner = with_attempts(make_learner(rungs=RUNGS, done=2), (DONE, DONE))
    session_run = run(
        fixed_coach(BM),
        learner,
        {
            "build-mastery.confidence": 100,
            "build-mastery.stretch": "Run the whole meeting",
            "build-mastery.confidence-stretch": 30,
        },
    )
    assert "build-mastery.stretch" in session_run.prompt_ids
    subgoal = session_run.learner.subgoal
    assert subgoal is not None
    assert (subgoal.text, subgoal.confidence) == ("Give a short update", 100)


@pytest.mark.parametrize(
    ("results", "rating"),
    [
        ((DONE, DONE), 80),  # streak, but not sure enough
        ((DONE, NOT_YET), 90),  # sure, but the last attempt failed
        ((DONE,), 100),  # only one success
        ((), 100),
    ],
)
def test_build_mastery_no_stretch_otherwise(
    results: tuple[se.ReviewResult, ...], rating: int
) -> None:
    learner = with_attempts(make_learner(rungs=RUNGS, done=1), results)
    session_run = run(fixed_coach(BM), learner, {"build-mastery.confidence": rating})
    assert "build-mastery.stretch" not in session_run.prompt_ids


def test_build_mastery_streak_counts_the_review_at_checkin() -> None:
    learner = make_learner(
        rungs=RUNGS, results=(DONE,), subgoal=open_subgoal("Say one sentence", rung=0)
    )
    session_run = run(
        fixed_coach(BM),
        learner,
        {"checkin.review": "done", "build-mastery.confidence": 90},
    )
    assert "build-mastery.stretch" in session_run.prompt_ids
    # the reviewed rung is done, so the next one is taken
    assert "Ask one question" in message_text(session_run, "build-mastery.next-rung")


# --- learn-from-models ------------------------------------------------------------------

LFM = "learn-from-models"


def story(
    story_id: str, title: str, text: str, attributes: tuple[str, ...], *, coping: bool = True
) -> se.ModelStory:
    return se.ModelStory(
        id=story_id,
        title=title,
        text=text,
        attributes=attributes,
        coping=coping,
    )


STORIES = (
    story(
        "flawless",
        "The natural",
        "FLAWLESS-STORY: I was always good at it.",
        ("parent", "beginner", "introvert", "engineer"),
        coping=False,
    ),
    story(
        "parent",
        "A parent who found their voice",
        "PARENT-STORY: I froze twice, then prepared one question.",
        ("parent", "beginner"),
    ),
    story(
        "student",
        "A student who spoke up",
        "STUDENT-STORY: I practised with a friend first.",
        ("student",),
    ),
    story(
        "introvert",
        "An introvert who learned to speak",
        "INTROVERT-STORY: I wrote my point down before the meeting.",
        ("introvert", "engineer", "parent"),
    ),
)


def _story_texts(session_run: SessionRun) -> list[str]:
    return [
        story.text for story in STORIES if any(story.text in m.text for m in session_run.messages)
    ]


@pytest.mark.parametrize(
    ("traits", "expected"),
    [
        (("Parent", "beginner"), "PARENT-STORY"),
        (("student",), "STUDENT-STORY"),
        (("parent", "introvert", "engineer", "beginner"), "INTROVERT-STORY"),
    ],
)
def test_learn_from_models_shows_the_most_similar_coping_story(
    traits: tuple[str, ...], expected: str
) -> None:
    learner = make_learner(rungs=RUNGS, traits=traits)
    session_run = run(
        fixed_coach(LFM, models=STORIES),
        learner,
        {"learn-from-models.borrow": "Write my point down first"},
    )
    shown = _story_texts(session_run)
    assert len(shown) == 1
    assert shown[0].startswith(expected)
    assert not any("FLAWLESS-STORY" in m.text for m in session_run.messages)
    assert practice_prompts(session_run, LFM) == (
        "learn-from-models.story-strategy",
        "learn-from-models.borrow",
        "learn-from-models.confidence",
    )
    assert message_ids(session_run).count("learn-from-models.story") == 1
    subgoal = assert_subgoal(
        session_run, "Write my point down first", days=7, after="learn-from-models.confidence"
    )
    assert subgoal.confidence == 70


def test_learn_from_models_never_shows_a_non_coping_story() -> None:
    flawless = STORIES[0]
    learner = make_learner(traits=("parent", "beginner", "introvert", "engineer"))
    session_run = run(fixed_coach(LFM, models=(flawless,)), learner)
    assert not any("FLAWLESS-STORY" in m.text for m in session_run.messages)
    assert "learn-from-models.who" in session_run.prompt_ids


@pytest.mark.parametrize(
    ("models", "traits"),
    [
        ((), ("parent",)),
        ((), ()),
        (STORIES, ("runner", "retired")),
    ],
)
def test_learn_from_models_without_a_fitting_story_asks_for_a_model(
    models: tuple[se.ModelStory, ...], traits: tuple[str, ...]
) -> None:
    session_run = run(
        fixed_coach(LFM, models=models),
        make_learner(traits=traits),
        {
            "learn-from-models.who": "My colleague Sam",
            "learn-from-models.what-they-did": "Sam wrote one question down",
            "learn-from-models.borrow": "Write one question down",
            "learn-from-models.confidence": 80,
        },
    )
    assert practice_prompts(session_run, LFM) == (
        "learn-from-models.who",
        "learn-from-models.what-they-did",
        "learn-from-models.borrow",
        "learn-from-models.confidence",
    )
    prompts = {p.id: p for p in session_run.prompts}
    assert GOAL in prompts["learn-from-models.who"].text
    assert "My colleague Sam" in prompts["learn-from-models.what-they-did"].text
    assert "learn-from-models.story" not in message_ids(session_run)
    assert _story_texts(session_run) == []
    subgoal = assert_subgoal(
        session_run, "Write one question down", days=7, after="learn-from-models.confidence"
    )
    assert subgoal.confidence == 80


# --- specific-encouragement -------------------------------------------------------------

SE = "specific-encouragement"


def _se_messages(session_run: SessionRun) -> list[se.Message]:
    return [m for m in session_run.messages if m.id.startswith(SE + ".")]


def test_specific_encouragement_with_no_successes_praises_plan_and_effort() -> None:
    learner = with_attempts(make_learner(rungs=RUNGS), (NOT_YET, NOT_YET))
    session_run = run(
        fixed_coach(SE), learner, {"specific-encouragement.note": "I showed up twice."}
    )
    ids = message_ids(session_run)
    assert "specific-encouragement.no-successes-yet" in ids
    assert "specific-encouragement.evidence" not in ids
    assert "specific-encouragement.evidence-count" not in ids
    assert "specific-encouragement.capability" not in ids
    for message in _se_messages(session_run):
        assert not re.search(r"\d", message.text), message
    assert session_run.learner.notes[-1].text == "I showed up twice."


@pytest.mark.parametrize("count", [1, 2, 4])
def test_specific_encouragement_cites_exactly_the_logged_successes(count: int) -> None:
    results = (NOT_YET,) + (DONE,) * count + (NOT_YET,)
    texts = ["First try"] + [f"Success {'I' * (i + 1)}" for i in range(count)] + ["Last miss"]
    learner = with_attempts(make_learner(rungs=RUNGS, done=1), results, texts=texts)
    session_run = run(fixed_coach(SE), learner)
    evidence = message_text(session_run, "specific-encouragement.evidence")
    assert f"completed {count} of" in evidence
    latest_done = learner.attempts[-2]
    assert latest_done.result is DONE
    assert latest_done.subgoal in evidence
    assert latest_done.at.date().isoformat() in evidence
    for message in _se_messages(session_run):
        assert "Last miss" not in message.text
        assert "First try" not in message.text
        numbers = {int(n) for n in re.findall(r"(?<![\d-])\d+(?![\d-])", message.text)}
        assert numbers <= {count}, message
    assert latest_done.subgoal in message_text(session_run, "specific-encouragement.capability")
    assert "specific-encouragement.no-successes-yet" not in message_ids(session_run)


def test_specific_encouragement_counts_successes_no_longer_kept_in_full() -> None:
    learner = attrs.evolve(make_learner(rungs=RUNGS), totals=AttemptTotals(attempts=5, done=3))
    session_run = run(fixed_coach(SE), learner)
    count_message = message_text(session_run, "specific-encouragement.evidence-count")
    assert "completed 3 of" in count_message
    assert "specific-encouragement.evidence" not in message_ids(session_run)


def test_specific_encouragement_keeps_note_and_sets_next_rung() -> None:
    learner = make_learner(rungs=RUNGS, done=1)
    session_run = run(
        fixed_coach(SE),
        learner,
        {
            "specific-encouragement.note": "I planned it and I did it.",
            "specific-encouragement.confidence-step": 80,
        },
    )
    assert practice_prompts(session_run, SE) == (
        "specific-encouragement.note",
        "specific-encouragement.confidence-step",
    )
    note = session_run.learner.notes[-1]
    assert note.text == "I planned it and I did it."
    assert note.session == 1
    subgoal = assert_subgoal(
        session_run, "Ask one question", days=7, after="specific-encouragement.confidence-step"
    )
    assert (subgoal.rung, subgoal.confidence) == (1, 80)


def test_specific_encouragement_without_ladder_sets_no_subgoal() -> None:
    session_run = run(fixed_coach(SE), make_learner())
    assert practice_prompts(session_run, SE) == (
        "specific-encouragement.note",
        "specific-encouragement.confidence",
    )
    assert session_run.events_of(se.SubgoalSet) == ()
    assert session_run.learner.subgoal is None
    assert session_run.learner.notes[-1].text == session_run.last.session.answers[2].value


def test_specific_encouragement_shows_the_last_note() -> None:
    learner = attrs.evolve(
        make_learner(rungs=RUNGS),
        notes=(Note(session=2, at=T0 - timedelta(days=3), text="Remember: you did it before"),),
    )
    session_run = run(fixed_coach(SE), learner, {"specific-encouragement.note": "New note"})
    shown = message_text(session_run, "specific-encouragement.last-note")
    assert "Remember: you did it before" in shown
    # The new note replaces it: the record keeps the last note to self.
    assert [n.text for n in session_run.learner.notes] == ["New note"]


# --- reinterpret-signals ----------------------------------------------------------------

RS = "reinterpret-signals"


@pytest.mark.parametrize(
    ("activation", "tried"), [(8, "said-it"), (8, "not-now"), (3, "said-it"), (4, "not-now")]
)
def test_reinterpret_signals_walk(activation: int, tried: str) -> None:
    session_run = run(
        fixed_coach(RS),
        make_learner(),
        {
            "reinterpret-signals.activation": activation,
            "reinterpret-signals.signals": "racing heart, sweaty palms",
            "reinterpret-signals.tried": tried,
            "reinterpret-signals.readiness": 6,
        },
    )
    assert practice_prompts(session_run, RS) == (
        "reinterpret-signals.activation",
        "reinterpret-signals.signals",
        "reinterpret-signals.tried",
        "reinterpret-signals.readiness",
    )
    prompts = {p.id: p for p in session_run.prompts}
    for pid in ("reinterpret-signals.activation", "reinterpret-signals.readiness"):
        assert prompts[pid].kind is se.PromptKind.RATING
        assert prompts[pid].scale == (0, 10)
        assert prompts[pid].step == 1
    choice = prompts["reinterpret-signals.tried"]
    assert choice.kind is se.PromptKind.CHOICE
    assert tuple(o.id for o in choice.options) == ("said-it", "not-now")
    ids = message_ids(session_run)
    assert "racing heart, sweaty palms" in message_text(session_run, "reinterpret-signals.reframe")
    assert "reinterpret-signals.excited" in ids
    assert ("reinterpret-signals.calm-now" in ids) is (activation <= 3)
    assert ("reinterpret-signals.try-later" in ids) is (tried == "not-now")
    assert ids.index("reinterpret-signals.reframe") < ids.index("reinterpret-signals.wrap")
    assert session_run.events_of(se.SubgoalSet) == ()
    assert session_run.learner.subgoal is None


def test_reinterpret_signals_leaves_the_ladder_alone() -> None:
    learner = make_learner(rungs=RUNGS, done=1)
    session_run = run(fixed_coach(RS), learner)
    assert session_run.learner.ladder == learner.ladder


# --- proximal-subgoals ------------------------------------------------------------------

PS = "proximal-subgoals"


@pytest.mark.parametrize(
    ("listing", "steps"),
    [
        (
            "Read the agenda\nNote one point\nSay it",
            ["Read the agenda", "Note one point", "Say it"],
        ),
        (
            "Read the agenda; Note one point; Say it; Ask a question",
            ["Read the agenda", "Note one point", "Say it", "Ask a question"],
        ),
        (
            "- Read the agenda\n- Note one point\n\n- Say it\n* Ask\n- Lead\n- Chair",
            ["Read the agenda", "Note one point", "Say it", "Ask", "Lead", "Chair"],
        ),
        (
            "1. Read the agenda\n2) Note one point\n3. Say it",
            ["Read the agenda", "Note one point", "Say it"],
        ),
    ],
)
def test_proximal_subgoals_parses_listed_steps(listing: str, steps: list[str]) -> None:
    expected = steps
    session_run = run(fixed_coach(PS), make_learner(), {"proximal-subgoals.steps": listing})
    rating_ids = [pid for pid in session_run.prompt_ids if pid.startswith(PS + ".confidence-")]
    assert rating_ids == [f"{PS}.confidence-{n}" for n in range(1, len(expected) + 1)]
    prompts = {p.id: p for p in session_run.prompts}
    for number, step in enumerate(expected, start=1):
        prompt = prompts[f"{PS}.confidence-{number}"]
        assert step in prompt.text
        assert prompt.kind is se.PromptKind.RATING
        assert (prompt.scale, prompt.step) == ((0, 100), 10)
    assert [r.text for r in session_run.learner.ladder] == expected
    assert "proximal-subgoals.steps-again" not in session_run.prompt_ids


def test_proximal_subgoals_chooses_the_first_step_rated_70_or_more() -> None:
    session_run = run(
        fixed_coach(PS),
        make_learner(),
        {
            "proximal-subgoals.steps": "Read the agenda\nNote one point\nSay it\nAsk a question",
            "proximal-subgoals.confidence-1": 60,
            "proximal-subgoals.confidence-2": 70,
            "proximal-subgoals.confidence-3": 90,
            "proximal-subgoals.confidence-4": 80,
            "proximal-subgoals.when-where": "If it is Monday 10am, then in the meeting room",
        },
    )
    assert practice_prompts(session_run, PS) == (
        "proximal-subgoals.steps",
        "proximal-subgoals.confidence-1",
        "proximal-subgoals.confidence-2",
        "proximal-subgoals.confidence-3",
        "proximal-subgoals.confidence-4",
        "proximal-subgoals.when-where",
    )
    assert "Note one point" in message_text(session_run, "proximal-subgoals.chosen")
    subgoal = assert_subgoal(
        session_run, "Note one point", days=7, after="proximal-subgoals.when-where"
    )
    assert (subgoal.rung, subgoal.confidence) == (1, 70)
    assert subgoal.plan == "If it is Monday 10am, then in the meeting room"
    learner = session_run.learner
    assert [(r.text, r.confidence, r.done) for r in learner.ladder] == [
        ("Read the agenda", 60, False),
        ("Note one point", 70, False),
        ("Say it", 90, False),
        ("Ask a question", 80, False),
    ]
    assert learner.subgoal == subgoal


@pytest.mark.parametrize("listing", ["Just do it", "One; Two", "a\nb\nc\nd\ne\nf\ng"])
def test_proximal_subgoals_asks_again_for_3_to_6_steps(listing: str) -> None:
    session_run = run(
        fixed_coach(PS),
        make_learner(),
        {
            "proximal-subgoals.steps": listing,
            "proximal-subgoals.steps-again": "Read the agenda; Note one point; Say it",
        },
    )
    ids = practice_prompts(session_run, PS)
    assert ids[:2] == ("proximal-subgoals.steps", "proximal-subgoals.steps-again")
    again = session_run.prompts[session_run.prompt_ids.index("proximal-subgoals.steps-again")]
    count = len([p for p in re.split(r"[\n;]", listing) if p.strip()])
    assert str(count) in again.text
    assert [r.text for r in session_run.learner.ladder] == [
        "Read the agenda",
        "Note one point",
        "Say it",
    ]
    assert ids.count("proximal-subgoals.confidence-3") == 1
    assert "proximal-subgoals.confidence-4" not in ids


def test_proximal_subgoals_none_attainable_asks_for_a_smaller_step() -> None:
    session_run = run(
        fixed_coach(PS),
        make_learner(),
        {
            "proximal-subgoals.steps": "Read the agenda; Note one point; Say it",
            "proximal-subgoals.confidence-1": 60,
            "proximal-subgoals.confidence-2": 40,
            "proximal-subgoals.confidence-3": 20,
            "proximal-subgoals.smaller": "Open the agenda",
            "proximal-subgoals.confidence-smaller": 90,
        },
    )
    ids = practice_prompts(session_run, PS)
    assert ids[4:] == (
        "proximal-subgoals.smaller",
        "proximal-subgoals.confidence-smaller",
        "proximal-subgoals.when-where",
    )
    subgoal = assert_subgoal(
        session_run, "Open the agenda", days=7, after="proximal-subgoals.when-where"
    )
    assert (subgoal.rung, subgoal.confidence) == (0, 90)
    assert [r.text for r in session_run.learner.ladder] == [
        "Open the agenda",
        "Read the agenda",
        "Note one point",
        "Say it",
    ]


def test_proximal_subgoals_replaces_a_finished_ladder() -> None:
    learner = make_learner(rungs=RUNGS, done=3)
    session_run = run(
        fixed_coach(PS), learner, {"proximal-subgoals.steps": "Lead one item; Chair; Present"}
    )
    assert [r.text for r in session_run.learner.ladder] == ["Lead one item", "Chair", "Present"]
    assert not any(r.done for r in session_run.learner.ladder)


# --- effort-attribution -----------------------------------------------------------------

EA = "effort-attribution"


def _ea_run(answers: dict[str, object], learner: se.Learner | None = None) -> SessionRun:
    base = learner or make_learner(subgoal=open_subgoal("Ask one question"))
    return run(fixed_coach(EA), base, answers)  # type: ignore[arg-type]


def test_effort_attribution_reuses_the_checkin_explanation() -> None:
    session_run = _ea_run(
        {
            "checkin.review": "not-yet",
            "checkin.explain": "I lack the ability",
            "effort-attribution.reframe-strategy": "My strategy was to wing it",
            "effort-attribution.change": "Write two points down before",
        }
    )
    ids = practice_prompts(session_run, EA)
    assert ids == (
        "effort-attribution.reframe-strategy",
        "effort-attribution.change",
    )
    reading = message_text(session_run, "effort-attribution.reads-undermining")
    assert "your ability" in reading
    assert "effort-attribution.reframed" in message_ids(session_run)
    assert "effort-attribution.still-undermining" not in message_ids(session_run)
    assert_subgoal(
        session_run, "Write two points down before", days=7, after="effort-attribution.change"
    )


def test_effort_attribution_asks_for_effort_when_strategy_still_undermines() -> None:
    session_run = _ea_run(
        {
            "checkin.review": "not-yet",
            "checkin.explain": "I lack the ability",
            "effort-attribution.reframe-strategy": "It was bad luck",
            "effort-attribution.reframe-effort": "I put in too little effort",
        }
    )
    assert practice_prompts(session_run, EA) == (
        "effort-attribution.reframe-strategy",
        "effort-attribution.reframe-effort",
        "effort-attribution.change",
    )
    assert "effort-attribution.reframed" in message_ids(session_run)


def test_effort_attribution_lets_it_rest_after_two_tries() -> None:
    session_run = _ea_run(
        {
            "checkin.review": "partly",
            "checkin.explain": "The task is too hard",
            "effort-attribution.reframe-strategy": "Just my ability",
            "effort-attribution.reframe-effort": "Luck was against me",
        }
    )
    ids = practice_prompts(session_run, EA)
    assert ids.count("effort-attribution.reframe-effort") == 1
    assert "effort-attribution.still-undermining" in message_ids(session_run)
    assert "effort-attribution.reframed" not in message_ids(session_run)
    assert ids[-1] == "effort-attribution.change"


def test_effort_attribution_without_checkin_explanation_asks_for_it() -> None:
    session_run = _ea_run(
        {
            "effort-attribution.outcome": "failure",
            "effort-attribution.explain": "I am just not good, no ability",
            "effort-attribution.reframe-strategy": "A better strategy would help",
        },
        learner=make_learner(),
    )
    ids = practice_prompts(session_run, EA)
    assert ids == (
        "effort-attribution.outcome",
        "effort-attribution.explain",
        "effort-attribution.reframe-strategy",
        "effort-attribution.change",
    )
    outcome = session_run.prompts[session_run.prompt_ids.index("effort-attribution.outcome")]
    assert outcome.kind is se.PromptKind.CHOICE
    assert {o.id for o in outcome.options} == {"success", "failure"}
    assert GOAL in outcome.text


def test_effort_attribution_failure_with_controllable_cause_needs_no_reframe() -> None:
    session_run = _ea_run({"checkin.review": "not-yet", "checkin.explain": "Not enough effort"})
    assert practice_prompts(session_run, EA) == ("effort-attribution.change",)
    assert "how much effort you put in" in message_text(
        session_run, "effort-attribution.reads-building"
    )


def test_effort_attribution_success_with_external_cause_asks_for_own_part() -> None:
    session_run = _ea_run(
        {
            "checkin.review": "done",
            "checkin.explain": "Pure luck",
            "effort-attribution.own-part": "I prepared one question the night before",
        }
    )
    assert practice_prompts(session_run, EA) == (
        "effort-attribution.own-part",
        "effort-attribution.change",
    )
    assert "effort-attribution.reads-undermining" in message_ids(session_run)
    credit = message_text(session_run, "effort-attribution.credit")
    assert "I prepared one question the night before" in credit
    assert "Pure luck" not in credit


def test_effort_attribution_success_with_own_effort_is_credited() -> None:
    session_run = _ea_run(
        {"checkin.review": "done", "checkin.explain": "My effort in rehearsing paid off"}
    )
    assert practice_prompts(session_run, EA) == ("effort-attribution.change",)
    assert "My effort in rehearsing paid off" in message_text(
        session_run, "effort-attribution.credit"
    )


def test_effort_attribution_end_to_end_with_default_scorer() -> None:
    coach = se.Coach()
    learner = make_learner(rungs=RUNGS, subgoal=open_subgoal("Ask one question"))
    session_run = run(
        coach,
        learner,
        {
            "checkin.review": "not-yet",
            "checkin.explain": "I'm just not smart enough",
            "effort-attribution.reframe-strategy": "I didn't practise at all",
            "effort-attribution.change": "Practise my point out loud twice",
        },
    )
    chosen = only_event(session_run, se.PracticeChosen)
    assert isinstance(chosen, se.PracticeChosen)
    assert chosen.practice_id == EA
    assert "effort-attribution.reframed" in message_ids(session_run)
    assert "effort-attribution.reframe-effort" not in session_run.prompt_ids
    assert session_run.learner.subgoal is not None
    assert session_run.learner.subgoal.text == "Practise my point out loud twice"


# --- every practice replays identically from JSON --------------------------------------


@pytest.mark.parametrize("practice_id", se.default_registry().ids())
def test_practice_replays_identically_through_json(practice_id: str) -> None:
    learner = with_attempts(
        make_learner(rungs=RUNGS, done=1, subgoal=open_subgoal("Ask one question", rung=1)),
        (DONE, NOT_YET),
    )
    direct = run(fixed_coach(practice_id, models=STORIES), learner)
    resumed = run(fixed_coach(practice_id, models=STORIES), learner, json_roundtrip=True)
    assert direct.turns == resumed.turns
    assert direct.prompt_ids[-1] == "close.confidence"


# --- many sessions through JSON ---------------------------------------------------------


def test_ten_sessions_through_json_carry_the_record_forward() -> None:
    from selfefficacy.testing import ScriptedDriver

    coach = se.Coach()
    driver = ScriptedDriver(
        coach,
        answers={"checkin.goal": GOAL, "checkin.review": ["done", "partly", "not-yet", "done"]},
        json_roundtrip=True,
    )
    runs = driver.run_many(se.Learner.new("multi"), at=T0, sessions=10, every=timedelta(days=3))
    assert len(runs) == 10
    final = runs[-1].learner
    assert final.sessions == 10
    # the last RECENT_SESSIONS sessions in full; every closing rating in the trend
    kept = se.learner.RECENT_SESSIONS
    assert [h.session for h in final.history] == list(range(11 - kept, 11))
    assert [h.at for h in final.history] == [T0 + timedelta(days=3 * n) for n in range(10)][-kept:]
    assert final.confidence_trend == tuple(
        r.last.learner.history[-1].confidence_after for r in runs
    )
    assert final.goal == GOAL
    assert runs[0].prompt_ids[0] == "checkin.goal"
    for number, session_run in enumerate(runs, start=1):
        assert session_run.last.session.number == number
        assert len(session_run.learner.history) == min(number, kept)
        assert len(session_run.events_of(se.SessionCompleted)) == 1
        if number > 1:
            assert "checkin.goal" not in session_run.prompt_ids
            previous = runs[number - 2].learner.subgoal
            reviewed = "checkin.review" in session_run.prompt_ids
            assert reviewed is (previous is not None)
            if previous is not None:
                review = session_run.prompts[session_run.prompt_ids.index("checkin.review")]
                assert previous.text in review.text
    reviews = sum("checkin.review" in r.prompt_ids for r in runs)
    assert reviews >= 5
    assert final.totals.attempts == reviews
    assert len(final.attempts) == min(reviews, se.learner.RECENT_ATTEMPTS)
    assert sum(s.uses for s in final.practice_stats) == 10
