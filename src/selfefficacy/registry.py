"""The practice registry: immutable, validated, with explicit plugin loading.

``register`` returns a new registry, so a registry can be shared freely. Plugins
published under the ``selfefficacy.practices`` entry-point group are loaded only
when the host calls :func:`load_entry_points`; a plugin that fails is reported,
not fatal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any

import attrs

from selfefficacy.bct import is_bcttv1_code
from selfefficacy.errors import RegistrationError, UnknownPracticeError
from selfefficacy.evidence import Evidence
from selfefficacy.flow import PRACTICE_ID_PATTERN, Practice, PracticeFlow
from selfefficacy.limits import MAX_ID_CHARS, MAX_SAFE_INT, safe_int, shown
from selfefficacy.sources import Source

__all__ = [
    "ENTRY_POINT_GROUP",
    "PluginFailure",
    "Registry",
    "default_registry",
    "load_entry_points",
    "practice",
    "practice_problems",
]

ENTRY_POINT_GROUP = "selfefficacy.practices"
MIN_EXERCISE_STEPS = 3
MAX_EXERCISE_STEPS = 8
MAX_TEXT_CHARS = 4000


def _text_problem(name: str, value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"{name} must be a non-empty str"
    if len(value) > MAX_TEXT_CHARS:
        return f"{name} has {len(value)} characters; at most {MAX_TEXT_CHARS}"
    return None


def _id_problems(p: Practice) -> list[str]:
    if (
        not isinstance(p.id, str)
        or len(p.id) > MAX_ID_CHARS
        or not PRACTICE_ID_PATTERN.fullmatch(p.id)
    ):
        return [f"id {p.id!r} must be lowercase words joined by hyphens, e.g. 'mental-rehearsal'"]
    if p.id in {"checkin", "close", "plan", "reason", "safety", "cause"}:
        return [f"id {p.id!r} is reserved for the engine's own steps"]
    return []


def _sequence_problems(p: Practice) -> list[str]:
    problems = []
    if not isinstance(p.sources, tuple) or not p.sources:
        problems.append("sources must be a non-empty tuple of Source, primary first")
    elif not all(isinstance(s, Source) for s in p.sources) or len(set(p.sources)) != len(p.sources):
        problems.append(f"sources {p.sources!r} must be distinct Source members")
    steps = p.exercise
    if not isinstance(steps, tuple) or not MIN_EXERCISE_STEPS <= len(steps) <= MAX_EXERCISE_STEPS:
        problems.append(
            f"exercise must be a tuple of {MIN_EXERCISE_STEPS} to {MAX_EXERCISE_STEPS} steps"
        )
    else:
        problems += [q for i, s in enumerate(steps) if (q := _text_problem(f"exercise[{i}]", s))]
    codes = p.techniques
    if not isinstance(codes, tuple) or not codes:
        problems.append("techniques must be a non-empty tuple of BCT Taxonomy v1 codes")
    else:
        bad = [c for c in codes if not isinstance(c, str) or not is_bcttv1_code(c)]
        if bad:
            problems.append(f"techniques {bad!r} are not BCT Taxonomy v1 codes")
    return problems


def _texts_problems(p: Practice) -> list[str]:
    prefix = f"{p.id}."
    bad = [
        k
        for k, v in p.texts.items()
        if not (isinstance(k, str) and k.startswith(prefix)) or not isinstance(v, str)
    ]
    return [f"texts keys must start with {prefix!r} and map to str: {bad!r}"] if bad else []


def practice_problems(p: object) -> list[str]:
    """Everything wrong with a practice's metadata (empty when it may be registered)."""
    if not isinstance(p, Practice):
        return [f"expected a Practice, got {type(p).__name__}"]
    problems = _id_problems(p)
    if not safe_int(p.version) or p.version < 1:
        problems.append(f"version must be an int from 1 to {MAX_SAFE_INT}, got {shown(p.version)}")
    for name in ("title", "summary", "mechanism"):
        if (problem := _text_problem(name, getattr(p, name))) is not None:
            problems.append(problem)
    problems += _sequence_problems(p)
    evidence: object = p.evidence
    if not isinstance(evidence, Evidence):
        problems.append("evidence must be an Evidence with at least one Citation")
    flow: object = p.flow
    if not callable(flow):
        problems.append("flow must be callable: a generator function taking a Context")
    return problems + _texts_problems(p)


def _checked(p: object) -> Practice:
    problems = practice_problems(p)
    if problems:
        name = getattr(p, "id", repr(p))
        raise RegistrationError(f"practice {name!r} cannot be registered: " + "; ".join(problems))
    assert isinstance(p, Practice)
    return p


class Registry:
    """An immutable set of practices keyed by id, in registration order."""

    __slots__ = ("_practices",)

    def __init__(self, practices: Iterable[Practice] = ()) -> None:
        table: dict[str, Practice] = {}
        for p in practices:
            checked = _checked(p)
            if checked.id in table:
                raise RegistrationError(f"practice {checked.id!r} is already registered")
            table[checked.id] = checked
        self._practices: Mapping[str, Practice] = table

    def ids(self) -> tuple[str, ...]:
        """The registered practice ids, in registration order."""
        return tuple(self._practices)

    def get(self, practice_id: str) -> Practice:
        """The practice with this id; ``UnknownPracticeError`` lists the valid ids."""
        found = self.find(practice_id)
        if found is None:
            raise UnknownPracticeError(practice_id, self.ids())
        return found

    def find(self, practice_id: str) -> Practice | None:
        """The practice with this id, or None."""
        if not isinstance(practice_id, str):
            raise TypeError(f"practice id must be a str, got {type(practice_id).__name__}")
        return self._practices.get(practice_id)

    def register(self, practice: Practice) -> Registry:
        """A new registry with ``practice`` added; this one is unchanged."""
        return Registry((*self._practices.values(), practice))

    def without(self, practice_id: str) -> Registry:
        """A new registry without the practice with this id."""
        self.get(practice_id)
        return Registry(p for p in self._practices.values() if p.id != practice_id)

    def __iter__(self) -> Iterator[Practice]:
        return iter(self._practices.values())

    def __len__(self) -> int:
        return len(self._practices)

    def __contains__(self, practice_id: object) -> bool:
        return practice_id in self._practices

    def __repr__(self) -> str:
        return f"Registry({', '.join(self.ids())})"


def practice(
    *,
    id: str,
    title: str,
    summary: str,
    mechanism: str,
    sources: tuple[Source, ...],
    exercise: tuple[str, ...],
    techniques: tuple[str, ...],
    evidence: Evidence,
    version: int = 1,
    texts: Mapping[str, str] | None = None,
) -> Callable[[PracticeFlow], Practice]:
    """Decorator: turn a flow function into a validated ``Practice``.

    ``@practice(id="mental-rehearsal", ...)`` above ``def flow(ctx): ...`` binds the
    name to the Practice; pass it to ``Registry.register``.
    """

    def wrap(flow: PracticeFlow) -> Practice:
        return _checked(
            Practice(
                id=id,
                version=version,
                title=title,
                summary=summary,
                mechanism=mechanism,
                sources=sources,
                exercise=exercise,
                techniques=techniques,
                evidence=evidence,
                flow=flow,
                texts=texts or {},
            )
        )

    return wrap


@attrs.frozen
class PluginFailure:
    """A plugin that could not be loaded: its entry-point name and what went wrong."""

    name: str
    value: str
    error: str


def load_entry_points(
    registry: Registry, *, group: str = ENTRY_POINT_GROUP, entry_points: Iterable[Any] | None = None
) -> tuple[Registry, tuple[PluginFailure, ...]]:
    """Load practices published under ``group``; returns the new registry and failures.

    Each entry point must name a ``Practice`` (or a callable returning one). Nothing
    is imported until this is called; a failing plugin is reported, not raised.
    """
    if entry_points is None:
        # Imported here: importlib.metadata is slow to import and only plugins need it.
        from importlib.metadata import entry_points as installed

        entry_points = installed(group=group)
    found = entry_points
    failures: list[PluginFailure] = []
    for entry in sorted(found, key=lambda e: e.name):
        try:
            loaded = entry.load()
            candidate = (
                loaded() if callable(loaded) and not isinstance(loaded, Practice) else loaded
            )
            registry = registry.register(candidate)
        except Exception as exc:
            failures.append(PluginFailure(entry.name, entry.value, f"{type(exc).__name__}: {exc}"))
    return registry, tuple(failures)


@cache
def default_registry() -> Registry:
    """The six built-in practices."""
    from selfefficacy.practices import BUILT_IN

    return Registry(BUILT_IN)
