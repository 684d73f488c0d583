"""sarif-om objects -> JSON data, keeping every field we set.

sarif-om's usual serializer (jschema_to_python) drops every field equal to its
schema default, including an explicit `level: "warning"` (which then inherits
the rule's level: a change of meaning). `to_dict` writes every field we set and
drops only unset (None) ones and sarif-om's placeholder defaults such as `-1`
indexes, keeping `level` always.
"""

from __future__ import annotations

from typing import Any

import attr
import orjson

ALWAYS_WRITE = frozenset({"level"})  # schema names kept even when equal to the default


class Plain(dict):  # type: ignore[type-arg]
    """A dict that holds only JSON data already: to_dict passes it through."""


_FIELDS: dict[type, list[tuple[str, str, Any]]] = {}


def _fields(cls: type) -> list[tuple[str, str, Any]]:
    """(attribute, schema name, default) of a sarif-om class, computed once per class."""
    found = _FIELDS.get(cls)
    if found is None:
        found = []
        for f in attr.fields(cls):
            default = f.default
            if isinstance(default, attr.Factory):  # type: ignore[arg-type]
                default = default.factory()
            found.append((f.name, f.metadata.get("schema_property_name", f.name), default))
        _FIELDS[cls] = found
    return found


def to_dict(obj: Any) -> Any:
    """Serialize sarif-om objects using each field's schema property name."""
    cls = type(obj)
    if cls is Plain or cls is orjson.Fragment:
        return obj  # already plain JSON data, or JSON text: nothing to convert
    if hasattr(cls, "__attrs_attrs__"):
        out: dict[str, Any] = {}
        for attr_name, name, default in _fields(cls):
            value = getattr(obj, attr_name)
            if value is None:
                continue
            if name not in ALWAYS_WRITE and default is not attr.NOTHING and value == default:
                continue
            out[name] = to_dict(value)
        return out
    if cls is dict:
        return {str(k): to_dict(v) for k, v in obj.items()}
    if cls is list or cls is tuple:
        return [to_dict(v) for v in obj]
    return obj
