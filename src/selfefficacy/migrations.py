"""Upgrades of stored data from one schema version to the next, on raw dicts.

Each migration takes the ``data`` dict of one version and returns a new dict of the
next; it never changes its input and never imports classes or runs anything the data
names. Values it only carries over it leaves as they are, so that the strict load that
follows reports any problem with their JSON path; a record it must convert (an object
of version 1 that version 2 stores as a row) that is not of its version's shape raises
:class:`MalformedRecordError`, with the record's path in the data it was given. See
docs/schema-policy.md.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from typing import Any, Final

from selfefficacy.limits import key_problems, shown

__all__ = ["MIGRATIONS", "MalformedRecordError"]

Migration = Callable[[dict[str, Any]], dict[str, Any]]


class MalformedRecordError(ValueError):
    """A record a migration must convert is not of the shape its version wrote; the
    message is the problem and the record's JSON path (``... @ $.data.attempts[0]``)."""

    def __init__(self, problem: str, path: str) -> None:
        super().__init__(f"{problem} @ $.data{path}")


#: The fields of the records version 2 stores as rows, in row order. Fixed: they are
#: what version 2 is, whatever later versions do to the classes.
_ATTEMPT_ROW: Final = ("session", "at", "subgoal", "result", "confidence", "explanation")
_EXPLANATION_ROW: Final = ("cause", "impact", "locus", "stability", "control")
_PRACTICE_STATS_ROW: Final = ("practice_id", "uses", "rated", "improved", "gain_sum")


def _row(item: Any, fields: tuple[str, ...], path: str) -> list[Any]:
    """A version 1 object as a version 2 row, its values in field order."""
    if type(item) is not dict:
        raise MalformedRecordError(f"expected an object, got {shown(item)}", path)
    if item.keys() != set(fields):
        raise MalformedRecordError(key_problems(frozenset(fields), item), path)
    return [item[name] for name in fields]


def _attempt_row(item: Any, path: str) -> list[Any]:
    row = _row(item, _ATTEMPT_ROW, path)
    if row[-1] is not None:
        row[-1] = _row(row[-1], _EXPLANATION_ROW, f"{path}.explanation")
    return row


def _practice_stats_row(item: Any, path: str) -> list[Any]:
    return _row(item, _PRACTICE_STATS_ROW, path)


def _rows(data: dict[str, Any], key: str, to_row: Callable[[Any, str], Any], at: str) -> None:
    items = data.get(key)
    if type(items) is list:
        data[key] = [to_row(item, f"{at}.{key}[{i}]") for i, item in enumerate(items)]


def _learner_1_to_2(data: dict[str, Any], at: str = "") -> dict[str, Any]:
    """Version 2 keeps the last session and the last note in full (version 1 kept 5
    sessions and 3 notes): what the coaching reads, and all a turn need carry. It
    stores attempts (with their explanations) and practice statistics as rows, lists of
    their values in field order, instead of objects."""
    upgraded = dict(data)
    for key in ("history", "notes"):
        items = upgraded.get(key)
        if type(items) is list:
            upgraded[key] = items[-1:]
    _rows(upgraded, "attempts", _attempt_row, at)
    _rows(upgraded, "practice_stats", _practice_stats_row, at)
    return upgraded


def _session_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """A session embeds the learner record it started from: upgrade that record."""
    upgraded = dict(data)
    learner = upgraded.get("learner")
    if type(learner) is dict:
        upgraded["learner"] = _learner_1_to_2(learner, ".learner")
    return upgraded


#: (format, version) -> the function that turns that version's data into the next's.
MIGRATIONS: Final[Mapping[tuple[str, int], Migration]] = types.MappingProxyType(
    {
        ("selfefficacy.learner", 1): _learner_1_to_2,
        ("selfefficacy.session", 1): _session_1_to_2,
    }
)
