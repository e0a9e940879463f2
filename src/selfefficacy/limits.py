"""Size limits for everything stored or typed, and the validators that enforce them.

Stored state and free text are untrusted, so every string and tuple the library
keeps has a ceiling; loading data over a ceiling fails with ``StateLoadError``.
"""

from __future__ import annotations

import math
import reprlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

import attrs

__all__ = [
    "MAX_ANSWER_CHARS",
    "MAX_ID_CHARS",
    "MAX_LABEL_CHARS",
    "MAX_SAFE_INT",
    "aware_datetime",
    "bounded_text",
    "bounded_tuple",
    "capped",
    "json_number",
    "key_name",
    "key_problems",
    "safe_int",
    "shown",
]

#: A free-text answer: 1 to this many characters.
MAX_ANSWER_CHARS = 2000
#: Ids of learners, practices, prompts and options.
MAX_ID_CHARS = 200
#: Short labels such as traits.
MAX_LABEL_CHARS = 80
#: The largest magnitude of a stored int: the largest integer every JSON reader keeps
#: exact (2**53 - 1), so that a record that loads can always be dumped and read back.
MAX_SAFE_INT = 2**53 - 1

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def safe_int(value: object) -> bool:
    """Whether ``value`` is an int (not a bool) within plus or minus ``MAX_SAFE_INT``."""
    return type(value) is int and -MAX_SAFE_INT <= value <= MAX_SAFE_INT


def json_number(value: object) -> bool:
    """Whether ``value`` is a number JSON stores and gives back exactly: a finite float,
    or an int (not a bool) within plus or minus ``MAX_SAFE_INT``."""
    return safe_int(value) or (type(value) is float and math.isfinite(value))


def capped(count: int) -> int:
    """``count`` held within plus or minus ``MAX_SAFE_INT``: running totals stop there
    rather than grow into values no record may hold."""
    return max(-MAX_SAFE_INT, min(count, MAX_SAFE_INT))


def key_name(key: object) -> str:
    """A dict key as an error message shows it: a str as it is, anything else by
    :func:`shown` (an int key too long to print must not break the message)."""
    return key if type(key) is str else shown(key)


def key_problems(expected: frozenset[str], value: dict[Any, Any]) -> str:
    """What is wrong with the keys of ``value``, a record that should have ``expected``."""
    missing = sorted(expected - value.keys())
    extra = sorted(map(key_name, value.keys() - expected))[:10]
    problems = []
    if missing:
        problems.append(f"missing keys {missing}")
    if extra:
        problems.append(f"unexpected keys {extra}")
    return "; ".join(problems)


def shown(value: Any) -> str:
    """A short picture of any value for an error message: its type and a bounded repr
    (reprlib bounds depth and length, so hostile nesting cannot blow up the message;
    an int too long to print is shown by its size)."""
    try:
        text = reprlib.repr(value)
    except Exception:
        text = f"of {value.bit_length()} bits" if isinstance(value, int) else "(unprintable)"
    return f"{type(value).__name__} {text}"[:80]


def bounded_text(max_chars: int, *, min_chars: int = 1) -> _Validator:
    """Validate a ``str`` of ``min_chars`` to ``max_chars`` characters."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not str:
            raise TypeError(f"{attribute.name} must be a str, got {type(value).__name__}")
        if not min_chars <= len(value) <= max_chars:
            raise ValueError(
                f"{attribute.name} must have {min_chars} to {max_chars} characters, "
                f"got {len(value)}"
            )

    return check


def bounded_tuple(max_items: int) -> _Validator:
    """Validate a tuple of at most ``max_items`` items."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not tuple:
            raise TypeError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
        if len(value) > max_items:
            raise ValueError(f"{attribute.name} holds {len(value)} items; at most {max_items}")

    return check


def aware_datetime(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Validate a timezone-aware ``datetime``."""
    if not isinstance(value, datetime):
        raise TypeError(f"{attribute.name} must be a datetime, got {type(value).__name__}")
    if value.utcoffset() is None:
        raise ValueError(f"{attribute.name} must be timezone-aware, got naive {value.isoformat()}")


def int_in(low: int, high: int = MAX_SAFE_INT, *, optional: bool = False) -> _Validator:
    """Validate an ``int`` (never a bool) from ``low`` to ``high``; None too if optional.

    One plain function rather than a chain of attrs validators: records load by the
    dozen on every request, so their checks stay cheap.
    """

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if type(value) is not int or not low <= value <= high:
            raise ValueError(
                f"{attribute.name} must be an int from {low} to {high}, got {shown(value)}"
            )

    return check


def ints_in(low: int, high: int, *, max_items: int) -> _Validator:
    """Validate a tuple of at most ``max_items`` ints (never bools) from ``low`` to ``high``."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not tuple or len(value) > max_items:
            raise ValueError(f"{attribute.name} must be a tuple of at most {max_items} ints")
        for item in value:
            if type(item) is not int or not low <= item <= high:
                raise ValueError(f"{attribute.name} items must be ints from {low} to {high}")

    return check


def optional_text(max_chars: int) -> _Validator:
    """Validate None or a ``str`` of 1 to ``max_chars`` characters."""
    text = bounded_text(max_chars)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            text(instance, attribute, value)

    return check
