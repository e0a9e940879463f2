"""Upgrades of stored data from one schema version to the next, on raw dicts.

Each migration takes the ``data`` dict of one version and returns a new dict of the
next; it never changes its input, never imports classes or runs anything the data
names, and leaves values it does not recognise as they are, so that the strict load
that follows reports them with their JSON path. See docs/schema-policy.md.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from typing import Any, Final

__all__ = ["MIGRATIONS"]

Migration = Callable[[dict[str, Any]], dict[str, Any]]


#: The fields of the records version 2 stores as rows, in row order.
_ATTEMPT_ROW: Final = ("session", "at", "subgoal", "result", "confidence", "explanation")
_EXPLANATION_ROW: Final = ("cause", "impact", "locus", "stability", "control")
_PRACTICE_STATS_ROW: Final = ("practice_id", "uses", "rated", "improved", "gain_sum")


def _row(item: Any, fields: tuple[str, ...]) -> Any:
    """A version 1 object as a version 2 row; anything else as it is, for the load to report."""
    if type(item) is not dict or item.keys() != set(fields):
        return item
    return [item[name] for name in fields]


def _attempt_row(item: Any) -> Any:
    row = _row(item, _ATTEMPT_ROW)
    if type(row) is list and row[-1] is not None:
        row[-1] = _row(row[-1], _EXPLANATION_ROW)
    return row


def _rows(items: Any, to_row: Callable[[Any], Any]) -> Any:
    return [to_row(item) for item in items] if type(items) is list else items


def _learner_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 keeps the last session and the last note in full (version 1 kept 5
    sessions and 3 notes): what the coaching reads, and all a turn need carry. It
    stores attempts (with their explanations) and practice statistics as rows, lists of
    their values in field order, instead of objects."""
    upgraded = dict(data)
    for key in ("history", "notes"):
        items = upgraded.get(key)
        if type(items) is list:
            upgraded[key] = items[-1:]
    if "attempts" in upgraded:
        upgraded["attempts"] = _rows(upgraded["attempts"], _attempt_row)
    if "practice_stats" in upgraded:
        upgraded["practice_stats"] = _rows(
            upgraded["practice_stats"], lambda item: _row(item, _PRACTICE_STATS_ROW)
        )
    return upgraded


def _session_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """A session embeds the learner record it started from: upgrade that record."""
    upgraded = dict(data)
    learner = upgraded.get("learner")
    if type(learner) is dict:
        upgraded["learner"] = _learner_1_to_2(learner)
    return upgraded


#: (format, version) -> the function that turns that version's data into the next's.
MIGRATIONS: Final[Mapping[tuple[str, int], Migration]] = types.MappingProxyType(
    {
        ("selfefficacy.learner", 1): _learner_1_to_2,
        ("selfefficacy.session", 1): _session_1_to_2,
    }
)
