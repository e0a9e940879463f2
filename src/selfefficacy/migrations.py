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


def _learner_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 keeps the last session and the last note in full (version 1 kept 5
    sessions and 3 notes): what the coaching reads, and all a turn need carry."""
    upgraded = dict(data)
    for key in ("history", "notes"):
        items = upgraded.get(key)
        if type(items) is list:
            upgraded[key] = items[-1:]
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
