"""Simulated learners over twelve weekly sessions, under RulePlanner and ThompsonPlanner.

Each simulated person has a hidden "true" confidence that practices move by amounts that
depend on their profile (an anxious beginner gains most from reading their body
differently; a steady climber from their own successes). They answer every prompt from
that hidden state plus noise. The table shows mean confidence at the first check-in and
at the last close, and which practices each planner used.

This is a toy model for seeing how the planners behave, not evidence about people. All
randomness comes from one seeded ``random.Random``, so every run prints the same table.
"""

from __future__ import annotations

import importlib.util
import random
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import selfefficacy as se

SESSIONS = 12
PEOPLE_PER_PROFILE = 4
SEED = 20260105


@dataclass(frozen=True)
class Profile:
    name: str
    confidence: int
    activation: int
    gains: dict[se.Source, float]
    after_failure: str
    after_success: str


PROFILES = (
    Profile(
        "anxious beginner",
        25,
        7,
        {
            se.Source.PHYSIOLOGICAL: 7,
            se.Source.VICARIOUS: 5,
            se.Source.MASTERY: 3,
            se.Source.PERSUASION: 2,
        },
        "I panicked and my mind went blank",
        "I think I just got lucky",
    ),
    Profile(
        "steady climber",
        50,
        3,
        {
            se.Source.MASTERY: 6,
            se.Source.PERSUASION: 3,
            se.Source.VICARIOUS: 2,
            se.Source.PHYSIOLOGICAL: 1,
        },
        "I did not practise enough this week",
        "I practised every day and it paid off",
    ),
    Profile(
        "discouraged returner",
        40,
        4,
        {
            se.Source.PERSUASION: 5,
            se.Source.MASTERY: 5,
            se.Source.VICARIOUS: 3,
            se.Source.PHYSIOLOGICAL: 1,
        },
        "I am just not good at this and never will be",
        "The task was easy this time",
    ),
)


@dataclass
class Person:
    """A simulated person: hidden state plus a private, seeded random generator."""

    profile: Profile
    rng: random.Random
    latent: float = 0.0
    practice: str | None = None
    log: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.latent = self.profile.confidence + self.rng.uniform(-5, 5)

    def rating(self, value: float, low: int, high: int, step: int) -> int:
        noisy = value + self.rng.gauss(0, 4)
        snapped = low + round((noisy - low) / step) * step
        return max(low, min(high, snapped))

    def answer(self, prompt: se.Prompt, registry: se.Registry) -> int | str:
        if prompt.practice_id is not None:
            self.practice = prompt.practice_id
        if prompt.kind is se.PromptKind.RATING:
            low, high = prompt.scale or (0, 100)
            if high == 10:
                return self.rating(self.profile.activation, low, high, prompt.step)
            if prompt.id == "close.confidence" and self.practice is not None:
                source = registry.get(self.practice).sources[0]
                self.latent = min(
                    95.0, self.latent + self.profile.gains[source] * self.rng.random()
                )
            return self.rating(self.latent, low, high, prompt.step)
        if prompt.id == "checkin.review":
            done = self.rng.random() < 0.3 + self.latent / 150
            if done:
                self.latent = min(95.0, self.latent + 3)
            return "done" if done else self.rng.choice(["partly", "not-yet"])
        if prompt.kind is se.PromptKind.CHOICE:
            return self.rng.choice(prompt.options).id
        if prompt.id == "checkin.explain":
            return (
                self.profile.after_failure
                if self.rng.random() < 0.5
                else self.profile.after_success
            )
        if prompt.id.endswith(".steps"):
            return "Ten minutes a day; Twenty minutes a day; A full practice run; The real thing"
        return "I will practise for ten minutes after dinner, at home"


def run_person(coach: se.Coach, person: Person, learner_id: str, start: datetime) -> list[str]:
    """Twelve weekly sessions; returns the practices used and fills ``person.log``."""
    learner = se.Learner.new(learner_id, goal="Give a talk at the local club")
    used = []
    for week in range(SESSIONS):
        now = start + timedelta(weeks=week)
        person.practice = None
        turn = coach.start(learner, at=now)
        while not turn.done:
            assert turn.prompt is not None
            now += timedelta(minutes=1)
            turn = coach.respond(turn.session, person.answer(turn.prompt, coach.registry), at=now)
        learner = turn.learner
        record = learner.history[-1]
        used.append(record.practice_id or "-")
        person.log.append((record.confidence_before or 0, record.confidence_after or 0))
    return used


def main() -> None:
    master = random.Random(SEED)
    start = datetime(2026, 1, 5, 18, 0, tzinfo=UTC)
    planners: dict[str, se.Planner] = {
        "RulePlanner": se.RulePlanner(),
        "ThompsonPlanner": se.ThompsonPlanner(seed=SEED),
    }
    header = (
        f"{'planner':<16} {'profile':<21} {'before':>6} {'after':>6}  practices used (sessions)"
    )
    print(f"{PEOPLE_PER_PROFILE} simulated people per profile, {SESSIONS} weekly sessions each\n")
    print(header)
    print("-" * len(header))
    curves: dict[str, list[float]] = {}
    for planner_name, planner in planners.items():
        coach = se.Coach(planner=planner)
        for profile in PROFILES:
            seeds = [master.randrange(2**32) for _ in range(PEOPLE_PER_PROFILE)]
            people = [Person(profile, random.Random(seed)) for seed in seeds]
            counts: Counter[str] = Counter()
            for number, person in enumerate(people):
                counts.update(run_person(coach, person, f"{profile.name}-{number}", start))
            before = sum(p.log[0][0] for p in people) / len(people)
            after = sum(p.log[-1][1] for p in people) / len(people)
            curves[f"{planner_name}: {profile.name}"] = [
                sum(p.log[week][1] for p in people) / len(people) for week in range(SESSIONS)
            ]
            used = ", ".join(f"{pid} {n}" for pid, n in counts.most_common())
            print(f"{planner_name:<16} {profile.name:<21} {before:>6.1f} {after:>6.1f}  {used}")
    print("\n(before: mean check-in confidence in week 1; after: mean close confidence in week 12)")
    plot(curves)


def plot(curves: dict[str, list[float]]) -> None:
    """Save a line chart of mean close confidence per week, if matplotlib is installed."""
    if importlib.util.find_spec("matplotlib") is None:
        print("(install matplotlib to also get a chart)")
        return
    import matplotlib  # type: ignore[import-not-found, unused-ignore]

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # type: ignore[import-not-found, unused-ignore]

    figure, axes = plt.subplots(figsize=(8, 4.5))
    for label, values in curves.items():
        axes.plot(range(1, SESSIONS + 1), values, label=label)
    axes.set(xlabel="week", ylabel="mean confidence at close", ylim=(0, 100))
    axes.legend(fontsize="small")
    path = Path(tempfile.gettempdir()) / "selfefficacy-cohort.png"
    figure.savefig(path, dpi=120, bbox_inches="tight")
    print(f"chart saved to {path}")


if __name__ == "__main__":
    main()
