"""Turning domain dataclasses into plain JSON-ready dicts and back.

Every record is a dataclass with a stable UUID ``id``. Dates and datetimes are stored as
ISO 8601 strings, enums by value, nested records as nested dicts, so that the files stay
readable by stock TinyDB and by a person with a text editor.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
import uuid
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def new_id() -> str:
    """A fresh stable identifier for cross-references."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


def local_date(moment: datetime) -> date:
    """The calendar date of ``moment`` where the user is."""
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def _encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    return value


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of a dataclass record."""
    return {f.name: _encode(getattr(record, f.name)) for f in dataclasses.fields(record)}


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(args[0], value) if len(args) == 1 else value
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        return [_decode(inner, v) for v in value]
    if origin is dict:
        _, inner = typing.get_args(tp) or (Any, Any)
        return {k: _decode(inner, v) for k, v in value.items()}
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return tp(value)
        if tp is datetime:
            return datetime.fromisoformat(value)
        if tp is date:
            return date.fromisoformat(value)
        if dataclasses.is_dataclass(tp):
            return from_dict(tp, value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record from a dict; unknown keys are ignored, missing ones take defaults."""
    hints = _hints(cls)  # type: ignore[arg-type]  # a class is hashable
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _decode(hints[f.name], data[f.name])
    return cls(**kwargs)
