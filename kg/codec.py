"""kg's result records (`kg.types`) as plain JSON values and back, exactly.

The build cache keeps extractions on disk between builds. A pickle there would run whatever
code its author chose the moment kg read it, so entries are JSON, which can only ever give
back data. Both directions follow the records' type hints, which makes the round trip exact
(a tuple stays a tuple, an int in a float field stays an int, so the graph written from a
cached extraction is the same, byte for byte) and lets decoding refuse anything that is not
the shape it expects: a damaged or hostile entry is a `ValueError`, never a wrong record.
"""

from __future__ import annotations

import dataclasses
import datetime
import types
import typing
from functools import cache

JSON = None | bool | int | float | str | list["JSON"] | dict[str, "JSON"]


def encode(value: object, kind: object) -> JSON:
    """`value`, of the type `kind` (a record class, tuple, union with None, date or scalar),
    as a JSON value; a `TypeError` if it is not of that type (it could not come back)."""
    inner = _optional(kind)
    if inner is not None:
        return None if value is None else encode(value, inner)
    if dataclasses.is_dataclass(kind):
        _expect(type(value) is kind, value, kind)
        hints = _fields(kind)
        return {name: encode(getattr(value, name), hint) for name, hint in hints.items()}
    if typing.get_origin(kind) is tuple:
        hints = _items(kind, len(value)) if type(value) is tuple else None
        _expect(hints is not None, value, kind)
        return [encode(item, hint) for item, hint in zip(value, hints, strict=True)]
    if kind is datetime.date:
        _expect(type(value) is datetime.date, value, kind)
        return value.isoformat()
    _expect(_scalar(value, kind), value, kind)
    return value


def decode(data: JSON, kind: object) -> object:
    """The value of type `kind` that `encode` turned into `data`; a `ValueError` for data of
    any other shape."""
    inner = _optional(kind)
    if inner is not None:
        return None if data is None else decode(data, inner)
    if dataclasses.is_dataclass(kind):
        hints = _fields(kind)
        _check(isinstance(data, dict) and data.keys() == hints.keys(), data, kind)
        return kind(**{name: decode(data[name], hint) for name, hint in hints.items()})
    if typing.get_origin(kind) is tuple:
        hints = _items(kind, len(data)) if isinstance(data, list) else None
        _check(hints is not None, data, kind)
        return tuple(decode(item, hint) for item, hint in zip(data, hints, strict=True))
    if kind is datetime.date:
        _check(isinstance(data, str), data, kind)
        return datetime.date.fromisoformat(data)
    _check(_scalar(data, kind), data, kind)
    return data


@cache
def _fields(kind: type) -> dict[str, object]:
    """A record's fields and their types, in declaration order."""
    hints = typing.get_type_hints(kind)
    return {field.name: hints[field.name] for field in dataclasses.fields(kind)}


def _optional(kind: object) -> object | None:
    """X for ``X | None``, else None."""
    if typing.get_origin(kind) not in (typing.Union, types.UnionType):
        return None
    others = [arg for arg in typing.get_args(kind) if arg is not type(None)]
    if len(others) != 1:
        raise TypeError(f"unsupported union {kind}")
    return others[0]


def _items(kind: object, length: int) -> list[object] | None:
    """The type of each of `length` items of the tuple type `kind`; None when a fixed-length
    tuple type has another length."""
    args = typing.get_args(kind)
    if len(args) == 2 and args[1] is Ellipsis:
        return [args[0]] * length
    return list(args) if len(args) == length else None


def _scalar(value: object, kind: object) -> bool:
    """Whether `value` is of the scalar type `kind`: exactly (True is no int), except that a
    float field may hold an int, as Python allows."""
    if kind is float:
        return type(value) in (int, float)
    if kind in (bool, int, str):
        return type(value) is kind
    raise TypeError(f"unsupported type {kind}")


def _expect(ok: bool, value: object, kind: object) -> None:
    if not ok:
        raise TypeError(f"{value!r} is not a {kind}")


def _check(ok: bool, data: object, kind: object) -> None:
    if not ok:
        raise ValueError(f"{str(data)[:80]!r} is not a {kind}")
