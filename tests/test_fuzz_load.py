"""Hostile stored state: ``load`` raises only ``StateLoadError``, and round trips hold.

Stored sessions and learner records are untrusted input (a host's database, a cookie,
a hand-edited file). Three properties:

* arbitrary JSON values, bare or inside a valid envelope, load to ``StateLoadError``
  (or, rarely, to a valid object), never to any other exception;
* a real dump with one thing changed (a value replaced, a key deleted or added, a type
  swapped: ``"3"`` for 3, ``true`` for 1, a naive datetime) either fails with
  ``StateLoadError`` naming a JSON path, or loads to an object that dumps back to
  exactly the changed document (no silent coercion, nothing dropped), and that the
  engine can continue or refuses with a ``SelfEfficacyError``;
* ``load(dump(x)) == x`` for the session at every turn and for the learner after
  every session, in memory and through JSON text, with enums loaded as enum members.
"""

from __future__ import annotations

import contextlib
import copy
import enum
import json
import random
import typing
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import selfefficacy as se
from selfefficacy.learner import Attempt
from selfefficacy.testing import default_answer

T0 = datetime(2026, 2, 2, 8, 30, tzinfo=UTC)
JSON_NATIVE = (dict, list, str, int, float, bool, type(None))
FORMATS = {se.Session: "selfefficacy.session", se.Learner: "selfefficacy.learner"}

TEXTS = (
    "I practised a little every day and changed my approach",
    "I'm just hopeless at this, I never get it right",
    "It was pure luck",
    "Walk 1 km\nRun 2 km\nRun 3 km\nRun 5 km",
    "The task was too hard",
    "Monday at 7 in the park",
)

Path = tuple[str | int, ...]


# -- scripted sessions with varied valid answers -------------------------------------


def valid_answer(prompt: se.Prompt, rng: random.Random) -> int | str:
    """A random answer the prompt accepts."""
    if prompt.kind is se.PromptKind.RATING:
        low, high = prompt.scale or (0, 100)
        return rng.randrange(low, high + 1, prompt.step)
    if prompt.kind is se.PromptKind.CHOICE:
        return rng.choice(prompt.options).id
    return rng.choice(TEXTS)


def walk(coach: se.Coach, learner: se.Learner, at: datetime, rng: random.Random) -> list[se.Turn]:
    """One whole session with random valid answers; every turn, in order."""
    turns = [coach.start(learner, at=at)]
    while not turns[-1].done:
        prompt = turns[-1].prompt
        assert prompt is not None
        at += timedelta(minutes=1)
        turns.append(coach.respond(turns[-1].session, valid_answer(prompt, rng), at=at))
        assert len(turns) <= 102, "a session did not end"
    return turns


@cache
def scripted_history(seed: int, sessions: int = 6) -> tuple[tuple[se.Turn, ...], ...]:
    """The turns of ``sessions`` consecutive sessions of one learner, seeded."""
    rng = random.Random(seed)
    coach = se.Coach()
    goal = None if seed % 2 else "Run 5 km without stopping"
    learner = se.Learner.new(f"learner-{seed}", goal=goal, traits=("parent", "runner"))
    history = []
    for number in range(sessions):
        turns = walk(coach, learner, T0 + timedelta(days=3 * number), rng)
        history.append(tuple(turns))
        learner = turns[-1].learner
    return tuple(history)


def all_sessions() -> list[se.Session]:
    return [t.session for seed in range(3) for run in scripted_history(seed) for t in run]


def all_learners() -> list[se.Learner]:
    return [run[-1].learner for seed in range(3) for run in scripted_history(seed)]


@cache
def sample_dumps() -> tuple[tuple[type[Any], str], ...]:
    """JSON texts of varied real dumps: sessions mid-way and done, learners."""
    sessions = all_sessions()
    learners = all_learners()
    picked: list[tuple[type[Any], str]] = []
    for session in sessions[:: max(1, len(sessions) // 12)] + sessions[-1:]:
        picked.append((se.Session, json.dumps(se.dump(session))))
    for learner in learners[::3] + learners[-1:]:
        picked.append((se.Learner, json.dumps(se.dump(learner))))
    return tuple(picked)


# -- helpers -------------------------------------------------------------------------


def assert_json_native(value: object, path: str = "$") -> None:
    """Only dict/list/str/int/float/bool/None, by exact type (no enum or str subclass)."""
    assert type(value) in JSON_NATIVE, f"{type(value).__name__} {value!r} at {path}"
    if isinstance(value, dict):
        for key, item in value.items():
            assert type(key) is str, f"key {key!r} at {path}"
            assert_json_native(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            assert_json_native(item, f"{path}[{index}]")


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _enum_of(hint: Any) -> type[enum.Enum] | None:
    """The Enum class a field hint names, directly or as ``Enum | None``."""
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def assert_enums_are_members(value: object, where: str = "$") -> None:
    """Every field typed as an Enum holds a member of that Enum, not a plain str."""
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            assert_enums_are_members(item, f"{where}[{index}]")
        return
    if not attrs.has(type(value)):
        return
    for name, hint in _hints(type(value)).items():
        item = getattr(value, name)
        kind = _enum_of(hint)
        if kind is not None and item is not None:
            assert type(item) is kind, f"{where}.{name}: {item!r} is not a {kind.__name__}"
        assert_enums_are_members(item, f"{where}.{name}")


def load_or_error(data: object, cls: type[Any]) -> Any:
    """``load`` that returns the error instead of raising it, for any exception type."""
    try:
        return se.load(data, cls)
    except se.StateLoadError as error:
        return error


def assert_good_error(error: se.StateLoadError) -> None:
    assert error.problems, "a StateLoadError without problems"
    for problem in error.problems:
        assert " @ $" in problem, f"problem without a JSON path: {problem!r}"


def paths(node: object, prefix: Path = ()) -> Iterator[Path]:
    """Every path in a JSON tree (the root excluded)."""
    if isinstance(node, dict):
        for key, item in node.items():
            yield (*prefix, key)
            yield from paths(item, (*prefix, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield (*prefix, index)
            yield from paths(item, (*prefix, index))


def get(node: Any, path: Path) -> Any:
    for key in path:
        node = node[key]
    return node


def is_datetime_text(value: object) -> bool:
    if type(value) is not str:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def normalised(value: object) -> object:
    """A JSON value as ``json.loads`` would give it back (tuples to lists, 3.0 == 3)."""
    return json.loads(json.dumps(value))


# -- strategies ----------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["", "3", "true", "null", "2026-01-05T09:00:00", "done", "rating"])
)
field_names = st.sampled_from(
    sorted(
        {
            f.name
            for cls in (se.Session, se.Learner, se.Prompt, se.Subgoal)
            for f in attrs.fields(cls)
        }
        | {f.name for f in attrs.fields(se.Rung)}
    )
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(st.text(max_size=12) | field_names, children, max_size=6)
    ),
    max_leaves=40,
)


def envelope(fmt: str) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "format": st.just(fmt) | json_scalars,
            "schema_version": st.just(se.SCHEMA_VERSION) | json_scalars,
            "data": json_values,
        }
    )


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- arbitrary JSON ------------------------------------------------------------------


@pytest.mark.parametrize("cls", [se.Session, se.Learner])
@FUZZ
@given(data=json_values)
def test_arbitrary_json_raises_only_state_load_error(cls: type[Any], data: object) -> None:
    result = load_or_error(data, cls)
    assert isinstance(result, se.StateLoadError), f"loaded {result!r} from {data!r}"
    assert_good_error(result)


@pytest.mark.parametrize("cls", [se.Session, se.Learner])
@FUZZ
@given(data=st.data())
def test_arbitrary_data_in_an_envelope_raises_only_state_load_error(
    cls: type[Any], data: st.DataObject
) -> None:
    document = data.draw(envelope(FORMATS[cls]))
    result = load_or_error(document, cls)
    if isinstance(result, se.StateLoadError):
        assert_good_error(result)
    else:  # e.g. {"id": "x"} is a whole Learner: every other field has a default
        assert type(result) is cls
        dumped = normalised(se.dump(result))
        assert isinstance(dumped, dict)
        given_fields = normalised(document["data"])
        assert isinstance(given_fields, dict)
        assert {k: dumped["data"][k] for k in given_fields} == given_fields


def test_a_record_with_keys_missing_is_refused_not_filled_in() -> None:
    with pytest.raises(se.StateLoadError, match=r"missing keys \['attempts', .*\] @ \$\.data"):
        se.load(
            {"format": "selfefficacy.learner", "schema_version": 1, "data": {"id": "x"}},
            se.Learner,
        )


@pytest.mark.parametrize("cls", [se.Session, se.Learner])
def test_deep_nesting_is_a_state_load_error(cls: type[Any]) -> None:
    nested: Any = "x"
    for _ in range(5000):
        nested = [nested]
    for data in (nested, {"format": FORMATS[cls], "schema_version": 1, "data": {"id": nested}}):
        assert isinstance(load_or_error(data, cls), se.StateLoadError)


@pytest.mark.parametrize("cls", [se.Session, se.Learner])
@pytest.mark.parametrize(
    "data",
    [
        None,
        b"{}",
        {"format": "selfefficacy.session", "schema_version": 1},
        {"format": None, "schema_version": 1, "data": {}},
        {"format": "selfefficacy.learner", "schema_version": True, "data": {}},
        {"format": "selfefficacy.session", "schema_version": 2**80, "data": {}},
        {"format": "selfefficacy.session", "schema_version": 1.0, "data": {}},
        {"format": "selfefficacy.session", "schema_version": 1, "data": []},
        {"format": "selfefficacy.learner", "schema_version": 0, "data": {}},
        {1: 2, (3,): 4},
    ],
)
def test_broken_envelopes_raise_state_load_error(cls: type[Any], data: object) -> None:
    result = load_or_error(data, cls)
    assert isinstance(result, se.StateLoadError)
    assert_good_error(result)


# -- mutated real dumps ---------------------------------------------------------------

MUTATIONS = ("replace", "delete", "add", "swap")


def swapped(value: object, rng: random.Random) -> object:
    """The same value in another JSON type, or a naive/odd datetime for a datetime."""
    if is_datetime_text(value):
        assert isinstance(value, str)
        parsed = datetime.fromisoformat(value)
        return rng.choice(
            [
                parsed.replace(tzinfo=None).isoformat(),
                parsed.date().isoformat(),
                parsed.timestamp(),
                value + "Z",
            ]
        )
    if type(value) is bool:
        return rng.choice([int(value), str(value).lower(), None])
    if type(value) is int:
        return rng.choice([str(value), value != 0, float(value) + 0.5, [value]])
    if type(value) is float:
        return rng.choice([str(value), float("nan"), float("inf"), True])
    if type(value) is str:
        return rng.choice([[value], {"value": value}, len(value), value.upper() + "!", ""])
    if value is None:
        return rng.choice(["null", 0, False, [], {}])
    if isinstance(value, list):
        return rng.choice([tuple(value), {"items": value}, "".join(map(str, value))[:20], None])
    return rng.choice([list(value.values()) if isinstance(value, dict) else [], None, "{}"])


def mutate(document: dict[str, Any], data: st.DataObject) -> tuple[dict[str, Any], str, Path]:
    mutated = copy.deepcopy(document)
    targets = list(paths(mutated["data"]))
    path = ("data", *data.draw(st.sampled_from(targets), label="path"))
    parent = get(mutated, path[:-1])
    key = path[-1]
    kind = data.draw(st.sampled_from(MUTATIONS), label="mutation")
    if kind == "replace":
        parent[key] = data.draw(json_values, label="new value")
    elif kind == "swap":
        parent[key] = swapped(parent[key], random.Random(data.draw(st.integers(0, 2**16))))
    elif kind == "delete":
        del parent[key]
    else:
        holder = parent[key] if isinstance(parent[key], dict) else parent
        if isinstance(holder, dict):
            holder[data.draw(st.text(min_size=1, max_size=12) | field_names, label="key")] = (
                data.draw(json_values, label="value")
            )
        else:
            holder.insert(data.draw(st.integers(0, len(holder))), data.draw(json_values))
    return mutated, kind, path


def assert_engine_survives(session: se.Session) -> None:
    """A coach continuing a loaded (tampered) session answers or refuses, never crashes."""
    if session.done or session.prompt is None:
        return
    answer = default_answer(session.prompt) if session.prompt.scale is None else None
    if answer is None:
        answer = valid_answer(session.prompt, random.Random(0))
    with contextlib.suppress(se.SelfEfficacyError):
        se.Coach().respond(session, answer, at=session.started_at + timedelta(hours=2))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_dumps_fail_cleanly_or_load_exactly_what_they_say(data: st.DataObject) -> None:
    cls, text = data.draw(st.sampled_from(sample_dumps()), label="dump")
    mutated, kind, path = mutate(json.loads(text), data)
    assume(mutated != json.loads(text))
    result = load_or_error(mutated, cls)
    if isinstance(result, se.StateLoadError):
        assert_good_error(result)
        return
    assert type(result) is cls
    dumped = se.dump(result)
    assert_json_native(dumped)
    # Loaded means loaded as written: nothing coerced ("3" to 3), nothing dropped, and
    # no deleted key of a record filled in with a default.
    assert not (kind == "delete" and isinstance(path[-1], str)), "a deleted key was filled in"
    assert normalised(dumped) == normalised(mutated)
    assert se.load(json.loads(json.dumps(dumped)), cls) == result
    if isinstance(result, se.Session):
        assert_engine_survives(result)


def _first_path(document: dict[str, Any], wanted: Any) -> Path:
    for path in paths(document["data"]):
        if wanted(path, get(document["data"], path)):
            return ("data", *path)
    raise AssertionError("no such path in the sample")


def _set(document: dict[str, Any], path: Path, value: object) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    get(changed, path[:-1])[path[-1]] = value
    return changed


def _sample_learner_dump() -> dict[str, Any]:
    learner = all_learners()[-1]
    assert learner.attempts, "the sample learner should have reviewed attempts"
    return normalised(se.dump(learner))  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sessions", "6", "expected int"),
        ("sessions", True, "expected int"),
        ("sessions", 6.0, "expected int"),
        ("goal", 5, "expected"),
        ("traits", "parent", "expected a list"),
    ],
)
def test_type_swaps_at_the_top_are_refused(field: str, value: object, message: str) -> None:
    document = _set(_sample_learner_dump(), ("data", field), value)
    error = load_or_error(document, se.Learner)
    assert isinstance(error, se.StateLoadError)
    assert any(message in p and p.endswith(f"@ $.data.{field}") for p in error.problems), error


def test_naive_and_malformed_datetimes_are_refused_with_their_path() -> None:
    document = _sample_learner_dump()
    path = _first_path(document, lambda _p, v: is_datetime_text(v))
    dotted = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path)
    naive = datetime.fromisoformat(get(document, path)).replace(tzinfo=None).isoformat()
    for bad in (naive, "2026-13-01T00:00:00+00:00", "yesterday", 1767600000, "9" * 10_000):
        error = load_or_error(_set(document, path, bad), se.Learner)
        assert isinstance(error, se.StateLoadError), bad
        assert any(p.endswith(f"@ ${dotted}") for p in error.problems), error.problems


def test_true_for_one_and_string_numbers_are_refused_deep_inside() -> None:
    document = _sample_learner_dump()
    path = _first_path(document, lambda p, v: p[-1] == "confidence" and type(v) is int)
    for bad in (True, str(get(document, path)), float(get(document, path))):
        assert isinstance(load_or_error(_set(document, path, bad), se.Learner), se.StateLoadError)


def test_unknown_enum_values_are_refused() -> None:
    document = _sample_learner_dump()
    # Attempts are rows: the result is the attempt's field of that name, by position.
    result_at = [field.name for field in attrs.fields(Attempt)].index("result")
    path = _first_path(document, lambda p, _v: p[:1] == ("attempts",) and p[2:] == (result_at,))
    for bad in ("DONE", "finished", "", 1):
        error = load_or_error(_set(document, path, bad), se.Learner)
        assert isinstance(error, se.StateLoadError), f"{bad!r} loaded as a ReviewResult"
    session = all_sessions()[3]
    assert session.prompt is not None
    document = normalised(se.dump(session))  # type: ignore[assignment]
    error = load_or_error(_set(document, ("data", "prompt", "kind"), "bogus"), se.Session)
    assert isinstance(error, se.StateLoadError), "prompt kind 'bogus' loaded"


def test_tampered_answers_are_refused_when_the_session_is_continued() -> None:
    """A stored answer the prompt would never have accepted is bad data, not a crash."""
    session = next(
        s for s in all_sessions() if any(a.prompt_id == "checkin.confidence" for a in s.answers)
    )
    assert not session.done
    assert session.prompt is not None
    index = next(i for i, a in enumerate(session.answers) if a.prompt_id == "checkin.confidence")
    for bad in ("70", 1000, -10):
        document = normalised(se.dump(session))
        assert isinstance(document, dict)
        document["data"]["answers"][index]["value"] = bad
        loaded = se.load(document, se.Session)  # the shape is fine: int | str
        with pytest.raises(se.StateLoadError):
            se.Coach().respond(loaded, default_answer(session.prompt), at=T0 + timedelta(days=90))


def test_oversized_collections_are_refused() -> None:
    document = _sample_learner_dump()
    record = document["data"]["history"][0]
    document["data"]["history"] = [record] * 200_000
    error = load_or_error(document, se.Learner)
    assert isinstance(error, se.StateLoadError)
    assert any("history" in p for p in error.problems), error.problems


# -- round trips ------------------------------------------------------------------------


def test_every_session_and_learner_round_trips_in_memory_and_through_json() -> None:
    sessions, learners = all_sessions(), all_learners()
    assert len(sessions) > 100
    assert len({s.prompt.id for s in sessions if s.prompt}) > 15
    for value, cls in [(s, se.Session) for s in sessions] + [(x, se.Learner) for x in learners]:
        dumped = se.dump(value)
        assert_json_native(dumped)
        text = json.dumps(dumped, allow_nan=False, sort_keys=True)
        from_text = se.load(json.loads(text), cls)
        assert from_text == value
        assert se.load(dumped, cls) == value
        assert_enums_are_members(from_text)
        assert json.dumps(se.dump(from_text), allow_nan=False, sort_keys=True) == text


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), sessions=st.integers(1, 4))
def test_round_trip_holds_at_every_turn_of_random_sessions(seed: int, sessions: int) -> None:
    rng = random.Random(seed)
    coach = se.Coach()
    learner = se.Learner.new(f"r{seed}", goal=rng.choice([None, "Swim a mile"]))
    for number in range(sessions):
        for turn in walk(coach, learner, T0 + timedelta(days=number), rng):
            text = json.dumps(se.dump(turn.session), allow_nan=False)
            assert se.load(json.loads(text), se.Session) == turn.session
            learner = turn.learner
        text = json.dumps(se.dump(learner), allow_nan=False)
        assert se.load(json.loads(text), se.Learner) == learner
