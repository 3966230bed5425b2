"""Code points to UTF-16 code units, the offsets LanguageTool and JavaScript clients count in.

A character outside the Basic Multilingual Plane (most emoji, math letters, rare CJK) is one
code point but two UTF-16 units, so every offset after one moves by one.
"""

from __future__ import annotations

from itertools import accumulate


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class Utf16Index:
    """Converts code-point offsets into one text to UTF-16 offsets in O(1) each."""

    def __init__(self, text: str) -> None:
        # units[i]: UTF-16 units before code point i; None when the text is all BMP (identity).
        self._units: list[int] | None = None
        if any(ord(ch) > 0xFFFF for ch in text):
            widths = (2 if ord(ch) > 0xFFFF else 1 for ch in text)
            self._units = [0, *accumulate(widths)]

    def __call__(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset`` (0 to len(text) inclusive)."""
        return offset if self._units is None else self._units[offset]
