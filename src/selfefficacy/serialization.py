"""Strict, versioned persistence: ``dump`` to JSON-compatible dicts and ``load`` back.

One private cattrs converter does the work, configured to refuse what cattrs would
otherwise coerce: ``"3"`` is not 3, ``true`` is not 1, ``"false"`` is not a bool, a
string is not a tuple, extra keys are errors, datetimes must carry an offset, enums
load by value. Every dump is an envelope::

    {"format": "selfefficacy.session", "schema_version": 1, "data": {...}}

Older schema versions are upgraded by migrations on the raw dicts before loading.
Whatever is wrong with the input, ``load`` raises ``StateLoadError`` naming the JSON
path of each problem. Nothing here imports classes by name, unpickles, or executes
anything found in the data.
"""

from __future__ import annotations

import enum
import functools
import math
import operator
import types
import typing
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.errors import IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from selfefficacy.errors import StateLoadError
from selfefficacy.learner import Attempt, Explanation, Learner, PracticeStats
from selfefficacy.limits import (
    MAX_SAFE_INT,
    json_number,
    key_name,
    key_problems,
    safe_int,
    shown,
)
from selfefficacy.migrations import MIGRATIONS, MalformedRecordError
from selfefficacy.session import Session

__all__ = ["FORMATS", "MIGRATIONS", "ROW_RECORDS", "SCHEMA_VERSION", "dump", "load"]

_T = TypeVar("_T")

#: The schema version written by this release. See docs/persistence.md for the policy.
SCHEMA_VERSION: Final = 2

#: The envelope's format name for each class that can be dumped.
FORMATS: Final[Mapping[type, str]] = types.MappingProxyType(
    {Session: "selfefficacy.session", Learner: "selfefficacy.learner"}
)


_ENVELOPE_KEYS = frozenset({"format", "schema_version", "data"})


_INT: Final = f"an int from -{MAX_SAFE_INT} to {MAX_SAFE_INT}"


class _InvalidValueError(ValueError):
    """A value of the wrong JSON type or form; its message says what was expected."""


def _strict(kind: type) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _type: Any) -> Any:
        if type(value) is not kind:
            raise _InvalidValueError(f"expected {kind.__name__}, got {shown(value)}")
        return value

    return structure


def _structure_int(value: Any, _type: Any) -> int:
    if type(value) is not int:
        raise _InvalidValueError(f"expected int, got {shown(value)}")
    if not safe_int(value):
        raise _InvalidValueError(f"expected {_INT}, got {shown(value)}")
    return value


def _structure_float(value: Any, _type: Any) -> float:
    if json_number(value):  # an int only if a float holds it exactly
        return float(value)
    raise _InvalidValueError(f"expected a finite number, got {shown(value)}")


def _structure_datetime(value: Any, _type: Any) -> datetime:
    if type(value) is not str or len(value) > 64:
        raise _InvalidValueError(f"expected an ISO 8601 datetime string, got {shown(value)}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _InvalidValueError(f"expected an ISO 8601 datetime string, got {value!r}") from None
    # fromisoformat gives either no tzinfo or a fixed offset, so this is the aware test.
    if parsed.tzinfo is None:
        raise _InvalidValueError(f"expected a datetime with a UTC offset, got naive {value!r}")
    return parsed


@functools.cache
def _members(kind: type[enum.Enum]) -> dict[object, enum.Enum]:
    return {member.value: member for member in kind}


def _structure_enum(value: Any, kind: type[enum.Enum]) -> enum.Enum:
    member = _members(kind).get(value) if type(value) is str else None
    if member is None:
        allowed = list(_members(kind))
        raise _InvalidValueError(f"expected one of {allowed}, got {shown(value)}")
    return member


def _is_tuple(kind: Any) -> bool:
    return typing.get_origin(kind) is tuple


def _is_scalar_union(kind: Any) -> bool:
    if typing.get_origin(kind) not in (typing.Union, types.UnionType):
        return False
    return set(typing.get_args(kind)) <= {int, float, str, bool, type(None)}


def _scalar_union_structurer(kind: Any) -> Callable[[Any, Any], Any]:
    allowed = frozenset(typing.get_args(kind))
    names = ", ".join("null" if a is type(None) else a.__name__ for a in typing.get_args(kind))

    def structure(value: Any, _type: Any) -> Any:
        kind = type(value)
        if kind is int and kind in allowed and not safe_int(value):
            raise _InvalidValueError(f"expected {_INT}, got {shown(value)}")
        if kind in allowed and (kind is not float or math.isfinite(value)):
            return value
        raise _InvalidValueError(f"expected one of {names}, got {shown(value)}")

    return structure


def _is_optional(kind: Any) -> bool:
    args = typing.get_args(kind)
    is_union = typing.get_origin(kind) in (typing.Union, types.UnionType)
    return is_union and len(args) == 2 and type(None) in args and not _is_scalar_union(kind)


def _optional_structurer(conv: cattrs.Converter, kind: Any) -> Callable[[Any, Any], Any]:
    inner = next(a for a in typing.get_args(kind) if a is not type(None))
    hook = conv.get_structure_hook(inner)
    return lambda value, _type: None if value is None else hook(value, inner)


def _optional_unstructurer(conv: cattrs.Converter, kind: Any) -> Callable[[Any], Any]:
    inner = next(a for a in typing.get_args(kind) if a is not type(None))
    hook = conv.get_unstructure_hook(inner)
    return lambda value: None if value is None else hook(value)


def _build_converter(*, detailed: bool) -> cattrs.Converter:
    """The strict converter; ``detailed`` collects every problem with its JSON path."""
    conv = cattrs.Converter(detailed_validation=detailed)
    conv.register_structure_hook(int, _structure_int)
    for kind in (str, bool):
        conv.register_structure_hook(kind, _strict(kind))
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(datetime, datetime.isoformat)
    # Registered by class so that str-valued enums do not fall to the str hooks.
    for enum_kind in (enum.Enum, enum.StrEnum):
        conv.register_structure_hook(enum_kind, _structure_enum)
        # ``_value_`` is a plain attribute; ``.value`` goes through a descriptor.
        conv.register_unstructure_hook(enum_kind, operator.attrgetter("_value_"))
    conv.register_structure_hook_factory(_is_scalar_union, _scalar_union_structurer)
    conv.register_structure_hook_factory(_is_optional, lambda k: _optional_structurer(conv, k))
    conv.register_unstructure_hook_factory(_is_optional, lambda k: _optional_unstructurer(conv, k))

    conv.register_structure_hook_factory(attrs.has, lambda cls: _attrs_structurer(conv, cls))
    conv.register_structure_hook_factory(_is_row, lambda cls: _row_structurer(conv, cls))
    conv.register_unstructure_hook_factory(_is_row, lambda cls: _row_unstructurer(conv, cls))
    if not detailed:
        conv.register_structure_hook_factory(_is_label_row, lambda cls: _interned(conv, cls))
    conv.register_structure_hook_factory(_is_tuple, lambda kind: _tuple_structurer(conv, kind))
    conv.register_unstructure_hook_factory(_is_tuple, lambda kind: _tuple_unstructurer(conv, kind))
    return conv


#: Records stored as rows, JSON arrays of their field values in the order the class
#: declares them, rather than objects: a learner holds several of each and every turn
#: reads and writes them all, so their keys were most of what a long history added to
#: a turn's JSON and its cost (docs/schema-policy.md).
ROW_RECORDS: Final = frozenset({Attempt, Explanation, PracticeStats})

#: Distinct label rows kept per class by :func:`_interned`. Only rows that loaded are
#: kept, so valid label combinations bound it (729 for ``Explanation``); the limit
#: guards against a label record with many more.
_INTERN_LIMIT: Final = 1024

_PLAIN: Final = frozenset({int, str, bool, type(None)})
#: What a label row may hold to be looked up among those already loaded.
_LABEL_TYPES: Final = frozenset({str, type(None)})


def _is_row(cls: Any) -> bool:
    return cls in ROW_RECORDS


def _is_label_row(cls: Any) -> bool:
    """A row record made only of labels (enums, or ``None``), such as ``Explanation``."""
    if not _is_row(cls):
        return False
    hints = typing.get_type_hints(cls)
    return all(
        _is_enum(a) or a is type(None)
        for field in attrs.fields(cls)
        for a in (typing.get_args(hints[field.name]) or (hints[field.name],))
    )


def _is_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


def _is_plain(kind: Any) -> bool:
    """int, str, bool, or one of them or None: JSON gives them as they are."""
    return set(typing.get_args(kind) or (kind,)) <= _PLAIN


def _row_hooks(conv: cattrs.Converter, cls: Any) -> list[tuple[str, Any, Any]]:
    """(name, hook, type) of each field of a row record, in row order.

    On the fast path, a plain field guarded by a validator gets no hook (``None``): the
    class's validator checks its exact type and bounds (``int_in``, ``bounded_text``;
    tests hold every such validator to that), so the value goes to the class as it is.
    """
    hints = typing.get_type_hints(cls)
    hooks = []
    for field in attrs.fields(cls):
        kind = hints[field.name]
        trusted = _is_plain(kind) and field.validator is not None
        skip = trusted and not conv.detailed_validation
        hooks.append((field.name, None if skip else conv.get_structure_hook(kind), kind))
    return hooks


def _row_problem(value: Any, hooks: list[tuple[str, Any, Any]]) -> str:
    """Why ``value``, not a list of one value per field, is not a row of these fields."""
    names = ", ".join(name for name, _, _ in hooks)
    shape = f"a list of {len(hooks)} values [{names}]"
    if type(value) is list:
        return f"expected {shape}, got a list of {len(value)}"
    if type(value) is dict:  # a record written as an object, as version 1 did
        return f"expected {shape}, got an object with keys {sorted(map(key_name, value))[:10]}"
    return f"expected {shape}, got {shown(value)}"


def _row_structurer(conv: cattrs.Converter, cls: Any) -> Callable[[Any, Any], Any]:
    """Load a row: a list of exactly the class's field values, each through its hook;
    the detailed converter gathers every failure, named by field, at its index."""
    hooks = _row_hooks(conv, cls)
    width = len(hooks)

    def structure(value: Any, _type: Any) -> Any:
        if type(value) is not list or len(value) != width:
            raise _InvalidValueError(_row_problem(value, hooks))
        return cls(
            *[
                item if hook is None else hook(item, kind)
                for (_, hook, kind), item in zip(hooks, value, strict=True)
            ]
        )

    def structure_detailed(value: Any, _type: Any) -> Any:
        if type(value) is not list or len(value) != width:
            raise _InvalidValueError(_row_problem(value, hooks))
        return cls(*_structure_items(value, hooks, cls))

    return structure_detailed if conv.detailed_validation else structure


def _row_unstructurer(conv: cattrs.Converter, cls: Any) -> Callable[[Any], list[Any]]:
    """Dump a row: the field values in declaration order.

    cattrs's generated dict function does the work (it reads plain fields inline, which
    is faster than a hook per field); the row is its values, in field order.
    """
    as_dict = make_dict_unstructure_fn(cls, conv)
    return lambda record: list(as_dict(record).values())


def _interned(conv: cattrs.Converter, cls: Any) -> Callable[[Any, Any], Any]:
    """Load a label row once per distinct value, then hand out the same frozen
    instance: the learner's attempts repeat a few such records on every turn."""
    structure = _row_structurer(conv, cls)
    width = len(attrs.fields(cls))
    loaded: dict[tuple[object, ...], Any] = {}

    def intern(value: Any, _type: Any) -> Any:
        # Only exact strings and None are looked up: a look-alike (1 for True, a str
        # subclass) must take the checked path.
        if (
            type(value) is not list
            or len(value) != width
            or not set(map(type, value)) <= _LABEL_TYPES
        ):
            return structure(value, _type)
        key = tuple(value)
        found = loaded.get(key)
        if found is None:
            found = structure(value, _type)
            if len(loaded) < _INTERN_LIMIT:
                loaded[key] = found
        return found

    return intern


def _attrs_structurer(conv: cattrs.Converter, cls: Any) -> Callable[[Any, Any], Any]:
    """Every key present, none extra: a stored record is never silently filled in."""
    generated = make_dict_structure_fn(
        cls,
        conv,
        _cattrs_forbid_extra_keys=conv.detailed_validation,
        _cattrs_detailed_validation=conv.detailed_validation,
    )
    keys = frozenset(field.name for field in attrs.fields(cls))
    detailed = conv.detailed_validation

    def structure(value: Any, _type: Any) -> Any:
        if type(value) is not dict:
            raise _InvalidValueError(f"expected an object, got {shown(value)}")
        # One comparison on the fast path. With only extra keys, the detailed
        # converter reads on, to report them beside every problem in the values.
        if value.keys() != keys and (not detailed or not keys <= value.keys()):
            raise _InvalidValueError(key_problems(keys, value))
        return generated(value, cls)

    return structure


def _tuple_structurer(conv: cattrs.Converter, kind: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
    """A hook for one tuple type, with its item hooks looked up once, not per item."""
    args = typing.get_args(kind)
    homogeneous = len(args) == 2 and args[1] is Ellipsis
    hooks = [conv.get_structure_hook(a) for a in (args[:1] if homogeneous else args)]
    item_types = args[:1] if homogeneous else args

    def structure(value: Any, _type: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _InvalidValueError(f"expected a list, got {shown(value)}")
        if not homogeneous and len(args) != len(value):
            raise _InvalidValueError(f"expected a list of {len(args)} items, got {len(value)}")
        if homogeneous:
            hook, item_type = hooks[0], item_types[0]
            if item_type is int and _all_safe_ints(value):
                return tuple(value)  # what the int hook would make of each, in one pass
            try:
                return tuple([hook(item, item_type) for item in value])
            except Exception:
                named = [("", hook, item_type)] * len(value)
        else:
            named = [
                ("", hook, item_type) for hook, item_type in zip(hooks, item_types, strict=True)
            ]
        return tuple(_structure_items(value, named, kind))

    return structure


def _all_safe_ints(value: list[Any]) -> bool:
    return all(type(item) is int for item in value) and (
        not value or (min(value) >= -MAX_SAFE_INT and max(value) <= MAX_SAFE_INT)
    )


def _structure_items(value: list[Any], hooks: list[tuple[str, Any, Any]], kind: Any) -> list[Any]:
    """Structure item by item with (name, hook, type) each, gathering every failure with
    its index; a named item's own problems are prefixed with its name."""
    items, errors = [], []
    for index, (item, (name, hook, item_type)) in enumerate(zip(value, hooks, strict=True)):
        try:
            items.append(hook(item, item_type))
        except Exception as exc:
            if name and not isinstance(exc, cattrs.BaseValidationError):
                exc = _InvalidValueError(f"{name}: {_format(exc, item_type)}")
            exc.add_note(IterableValidationNote(f"@ index {index}", index, item_type))
            errors.append(exc)
    if errors:
        raise cattrs.IterableValidationError("invalid items", errors, kind)
    return items


def _tuple_unstructurer(conv: cattrs.Converter, kind: Any) -> Callable[[Any], list[Any]]:
    args = typing.get_args(kind)
    if len(args) == 2 and args[1] is Ellipsis:
        if _is_plain(args[0]):
            return list  # plain items dump as they are
        hook = conv.get_unstructure_hook(args[0])
        return lambda value: [hook(item) for item in value]
    hooks = [conv.get_unstructure_hook(a) for a in args]
    return lambda value: [h(item) for h, item in zip(hooks, value, strict=True)]


#: The fast converter loads valid data; the detailed one explains invalid data.
_CONVERTER = _build_converter(detailed=False)
_DETAILED = _build_converter(detailed=True)


def dump(value: Session | Learner) -> dict[str, Any]:
    """A JSON-compatible dict of a ``Session`` or ``Learner``, in a versioned envelope."""
    fmt = FORMATS.get(type(value))
    if fmt is None:
        raise TypeError(f"dump takes a Session or a Learner, got {type(value).__name__}")
    return {"format": fmt, "schema_version": SCHEMA_VERSION, "data": _CONVERTER.unstructure(value)}


def load(data: object, cls: type[_T]) -> _T:
    """Load what ``dump`` wrote back into ``cls`` (``Session`` or ``Learner``).

    Any problem with ``data`` raises ``StateLoadError`` with the JSON path of each.
    """
    fmt = FORMATS.get(cls)
    if fmt is None:
        raise TypeError(f"load takes Session or Learner as cls, got {cls!r}")
    payload = _unwrap(data, fmt)
    try:
        value: _T = _CONVERTER.structure(payload, cls)
    except Exception:
        return _explain(payload, cls, fmt)
    return value


def _explain(payload: dict[str, Any], cls: type[_T], fmt: str) -> _T:
    """Load again with the detailed converter, turning every failure into a path."""
    try:
        value: _T = _DETAILED.structure(payload, cls)
    except cattrs.BaseValidationError as exc:
        problems = tuple(cattrs.transform_error(exc, path="$.data", format_exception=_format))
        raise StateLoadError(f"cannot load {fmt}", problems) from None
    except RecursionError:
        raise _fail(fmt, "nested too deeply @ $") from None
    except Exception as exc:
        raise _fail(fmt, f"{_format(exc, None)} @ $.data") from None
    return value


def _fail(fmt: str, problem: str) -> StateLoadError:
    return StateLoadError(f"cannot load {fmt}", (problem,))


def _unwrap(data: object, fmt: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _fail(fmt, f"expected an object, got {shown(data)} @ $")
    if data.keys() != _ENVELOPE_KEYS:
        raise _fail(fmt, f"envelope: {key_problems(_ENVELOPE_KEYS, data)} @ $")
    if data["format"] != fmt:
        raise _fail(fmt, f"expected format {fmt!r}, got {shown(data['format'])} @ $.format")
    version = data["schema_version"]
    if type(version) is not int or not 1 <= version <= SCHEMA_VERSION:
        wanted = f"an int from 1 to {SCHEMA_VERSION}"
        raise _fail(fmt, f"expected {wanted}, got {shown(version)} @ $.schema_version")
    payload = data["data"]
    if not isinstance(payload, dict):
        raise _fail(fmt, f"expected an object, got {shown(payload)} @ $.data")
    return _migrate(fmt, version, payload)


def _migrate(fmt: str, version: int, payload: dict[str, Any]) -> dict[str, Any]:
    while version < SCHEMA_VERSION:
        step = MIGRATIONS[(fmt, version)]
        try:
            payload = step(payload)
        except MalformedRecordError as exc:
            raise _cannot_migrate(fmt, version, str(exc)) from None
        except Exception as exc:
            raise _cannot_migrate(fmt, version, f"{_format(exc, None)} @ $.data") from None
        version += 1
    return payload


def _cannot_migrate(fmt: str, version: int, problem: str) -> StateLoadError:
    return StateLoadError(f"cannot migrate {fmt} from version {version}", (problem,))


def _format(exc: BaseException, _type: object) -> str:
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unexpected keys {sorted(map(key_name, exc.extra_fields))[:10]}"
    if isinstance(exc, _InvalidValueError):
        return str(exc)
    return f"invalid value: {exc}"[:200]
