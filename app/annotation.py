"""LanguageTool's annotated text (the ``data`` parameter): text to check mixed with markup.

``{"annotation": [{"text": "A "}, {"markup": "<b>"}, {"text": "test"}, {"markup": "</b>"}]}``:
the checker sees only the text parts (and ``interpretAs`` in place of markup that has one), but
offsets in the answer count every part, so an editor can apply them to its source document.
See https://languagetool.org/http-api/ (parameter ``data``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.errors import LanguageToolError


@dataclass
class AnnotatedText:
    """The text the checker sees (``plain``) and where each of its characters sits in the source.

    ``starts[i]`` and ``ends[i]`` are the source offsets of plain character i's start and end;
    for characters of an ``interpretAs`` both span the whole markup they replace.
    """

    plain: str
    source_length: int
    starts: list[int] | None = field(default=None, repr=False)  # None: plain is the source
    ends: list[int] | None = field(default=None, repr=False)

    @classmethod
    def of_text(cls, text: str) -> AnnotatedText:
        """Plain text, no markup: source offsets are plain offsets."""
        return cls(text, len(text))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source [start, end) of the non-empty plain span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def parse_data(data: str) -> tuple[AnnotatedText, str]:
    """Parse the ``data`` parameter into the annotated text and its full source string."""
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, RecursionError) as e:
        raise LanguageToolError("Could not parse JSON from 'data' parameter", "data") from e
    if not isinstance(doc, dict):
        raise LanguageToolError("'data' key in JSON requires 'text' or 'annotation' key", "data")
    if "text" in doc and "annotation" in doc:
        raise LanguageToolError(
            "'data' key in JSON requires either 'text' or 'annotation' key, not both", "data"
        )
    if "text" in doc:
        text = _string(doc["text"], "text")
        return AnnotatedText.of_text(text), text
    if isinstance(doc.get("annotation"), list):
        return _build(doc["annotation"])
    raise LanguageToolError("'data' key in JSON requires 'text' or 'annotation' key", "data")


def _build(parts: list[Any]) -> tuple[AnnotatedText, str]:
    plain: list[str] = []
    source: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0  # source offset of the next part
    for part in parts:
        text, markup, interpret = _part(part)
        if text is not None:
            plain.append(text)
            starts.extend(range(at, at + len(text)))
            ends.extend(range(at + 1, at + len(text) + 1))
            source.append(text)
            at += len(text)
        else:
            assert markup is not None
            plain.append(interpret)
            starts.extend([at] * len(interpret))
            ends.extend([at + len(markup)] * len(interpret))
            source.append(markup)
            at += len(markup)
    return AnnotatedText("".join(plain), at, starts, ends), "".join(source)


def _part(part: Any) -> tuple[str | None, str | None, str]:
    """One annotation entry as (text, markup, interpretAs), with LanguageTool's checks."""
    if not isinstance(part, dict):
        raise LanguageToolError("Each entry of 'annotation' must be a JSON object", "data")
    if "text" in part and "markup" in part:
        raise LanguageToolError(
            "Only either 'text' or 'markup' are supported in an object in 'annotation' list, "
            "not both",
            "data",
        )
    if "text" in part and "interpretAs" in part:
        raise LanguageToolError(
            "'text' cannot be used with 'interpretAs' (only 'markup' can)", "data"
        )
    if "text" in part:
        return _string(part["text"], "text"), None, ""
    if "markup" in part:
        interpret = _string(part.get("interpretAs", ""), "interpretAs")
        return None, _string(part["markup"], "markup"), interpret
    raise LanguageToolError("Only 'text' and 'markup' are supported in 'annotation' list", "data")


def _string(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise LanguageToolError(f"'{key}' in 'data' must be a string", "data")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise LanguageToolError(f"'{key}' in 'data' holds a lone surrogate", "data") from e
    return value
