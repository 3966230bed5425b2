"""Code-point offsets to LSP positions and back, in UTF-8, UTF-16 or UTF-32 code units.

The checker counts Unicode code points; LSP counts a line's ``character`` in the code units of
the negotiated ``positionEncoding`` (UTF-16 unless both sides agree otherwise). So a line
``"😀 it go"`` puts *go* at code point 5 but UTF-16 unit 6 and UTF-8 byte 8. Lines end at
``\\n``, ``\\r\\n`` or ``\\r`` only, as the LSP specification says; ``str.splitlines`` would
also break at U+2028, form feeds and others, and shift every later line.
See https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#positionEncodingKind
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from lsprotocol.types import Position, PositionEncodingKind

UTF8 = PositionEncodingKind.Utf8.value
UTF16 = PositionEncodingKind.Utf16.value
UTF32 = PositionEncodingKind.Utf32.value

# Ours first: UTF-32 is the checker's own unit; UTF-8 is cheap to count; UTF-16 is the fallback
# every client must support.
PREFERENCE = (UTF32, UTF8, UTF16)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def choose_encoding(offered: Sequence[str] | None) -> str:
    """The encoding to use given the client's ``general.positionEncodings`` (None: UTF-16)."""
    for encoding in PREFERENCE:
        if offered and encoding in offered:
            return encoding
    return UTF16


def code_units(text: str, encoding: str) -> int:
    """How many code units ``text`` takes in ``encoding``."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)  # astral: a surrogate pair


class LineIndex:
    """A document's line starts, for converting offsets in one encoding."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def position(self, offset: int) -> Position:
        """The LSP position of code point ``offset`` (clamped to the document)."""
        offset = min(max(offset, 0), len(self.text))
        line = bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return Position(line=line, character=code_units(self.text[start:offset], self.encoding))

    def offset(self, position: Position) -> int:
        """The code-point offset of an LSP position; past a line's end means its end."""
        if position.line >= len(self.starts):
            return len(self.text)
        start, text = self.starts[position.line], self._line(position.line)
        units = 0
        for i, ch in enumerate(text):
            if units >= position.character:
                return start + i
            units += code_units(ch, self.encoding)
        return start + len(text)

    def _line(self, line: int) -> str:
        """Line ``line`` without its line break."""
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[line] : end].rstrip("\r\n")
