"""Reading request bodies safely: size first, then encoding, then syntax.

The size is checked against ``Content-Length`` before a byte is read and again while the body
streams in, so an oversized request costs at most ``max_body_bytes`` of memory.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from app.errors import InvalidJson, InvalidUnicode, InvalidUtf8, TooLarge, UnsupportedMediaType


def media_type(request: Request) -> str:
    """The request's content type without parameters, lower-cased ("" when absent)."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def require_json(request: Request) -> None:
    """Refuse anything but ``application/json`` (or a ``+json`` type) with 415."""
    kind = media_type(request)
    if kind == "application/json" or (kind.startswith("application/") and kind.endswith("+json")):
        return
    shown = kind or "no Content-Type"
    raise UnsupportedMediaType(
        f"Send the request as 'Content-Type: application/json'; got {shown!r}.",
        "Content-Type",
        ["application/json"],
    )


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, or :class:`TooLarge` as soon as it is known to exceed ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> TooLarge:
    return TooLarge(
        f"The request body is over {limit} bytes; send less text "
        "(the byte limit follows CONCORD_MAX_TEXT_LENGTH).",
        "body",
        limit,
        code="body_too_large",
    )


def parse_json(body: bytes) -> Any:
    """Decode UTF-8 (a leading BOM allowed) and parse strict JSON: no NaN, no Infinity."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InvalidUtf8(
            f"The request body is not valid UTF-8 (bad byte at position {e.start}).", "body"
        ) from e
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        raise InvalidJson(
            f"The request body is not valid JSON: {e.msg} (line {e.lineno}, column {e.colno}).",
            "body",
        ) from e
    except RecursionError as e:
        raise InvalidJson("The request body is not valid JSON: nested too deeply.", "body") from e


def _refuse_constant(name: str) -> Any:
    """Python's json reads NaN and Infinity; JSON (RFC 8259) has neither."""
    raise InvalidJson(f"The request body is not valid JSON: {name} is not a JSON value.", "body")


def require_unicode(document: Any) -> None:
    """Refuse lone surrogates anywhere in parsed JSON: JSON can escape them, but they are not text.

    Walks with an explicit stack, so a document nested as deep as the parser allows is fine.
    """
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            _require_encodable(value, path or "body")
        elif isinstance(value, list):
            stack.extend((_join(path, str(i)), item) for i, item in enumerate(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                _require_encodable(key, path or "body", "A field name in ")
                stack.append((_join(path, key), item))


def _join(path: str, part: str) -> str:
    return f"{path}.{part}" if path else part


def _require_encodable(value: str, field: str, what: str = "") -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InvalidUnicode(
            f"{what}'{field}' holds a lone surrogate at index {e.start}; send valid Unicode text.",
            field,
        ) from e
