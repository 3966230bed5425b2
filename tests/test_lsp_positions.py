"""Code-point offsets to LSP positions in each encoding, on lines with emoji and CJK."""

from __future__ import annotations

import pytest
from lsprotocol.types import Position

from lsp.positions import UTF8, UTF16, UTF32, LineIndex, choose_encoding, code_units

# 😀 and 🎉 are astral (2 UTF-16 units, 4 UTF-8 bytes); 東京 are BMP (1 unit, 3 bytes each).
TEXT = "Hi 😀 the keys is lost.\r\n東京 🎉 they goes\n\nend\u2028same line"


def offset_of(word: str, nth: int = 0) -> int:
    """Code-point offset of the nth occurrence of ``word`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start


@pytest.mark.parametrize(
    ("encoding", "keys", "goes"),
    [
        (UTF32, Position(0, 9), Position(1, 10)),
        (UTF16, Position(0, 10), Position(1, 11)),
        (UTF8, Position(0, 12), Position(1, 17)),
    ],
)
def test_position_counts_code_units_of_the_encoding(
    encoding: str, keys: Position, goes: Position
) -> None:
    index = LineIndex(TEXT, encoding)
    assert index.position(offset_of("keys")) == keys
    assert index.position(offset_of("goes")) == goes


@pytest.mark.parametrize("encoding", [UTF8, UTF16, UTF32])
def test_offset_inverts_position_at_every_code_point(encoding: str) -> None:
    index = LineIndex(TEXT, encoding)
    for offset in range(len(TEXT) + 1):
        if TEXT[offset - 1 : offset + 1] == "\r\n":
            continue  # between \r and \n is not a position a client can name
        assert index.offset(index.position(offset)) == offset


@pytest.mark.parametrize("encoding", [UTF8, UTF16, UTF32])
def test_position_agrees_with_python_codecs(encoding: str) -> None:
    codec = {UTF8: "utf-8", UTF16: "utf-16-le", UTF32: "utf-32-le"}[encoding]
    width = {UTF8: 1, UTF16: 2, UTF32: 4}[encoding]
    index = LineIndex(TEXT, encoding)
    line_start = offset_of("東")
    for offset in range(line_start, offset_of("goes") + 4):
        expected = len(TEXT[line_start:offset].encode(codec)) // width
        assert index.position(offset) == Position(1, expected)


def test_only_lsp_line_breaks_start_lines() -> None:
    index = LineIndex(TEXT, UTF16)
    assert index.position(offset_of("end")) == Position(3, 0)
    assert index.position(offset_of("same")) == Position(3, 4)  # U+2028 is not a break in LSP


def test_a_lone_carriage_return_is_a_line_break() -> None:
    assert LineIndex("a\rbc", UTF16).position(3) == Position(1, 1)


def test_offset_clamps_past_the_end_of_a_line_and_of_the_text() -> None:
    index = LineIndex(TEXT, UTF16)
    assert index.offset(Position(2, 99)) == offset_of("end") - 1
    assert index.offset(Position(99, 0)) == len(TEXT)


def test_a_position_inside_a_surrogate_pair_rounds_up_to_the_character_end() -> None:
    index = LineIndex("😀x", UTF16)
    assert index.offset(Position(0, 1)) == 1


def test_code_units() -> None:
    assert [code_units("a😀東", e) for e in (UTF8, UTF16, UTF32)] == [8, 4, 3]


@pytest.mark.parametrize(
    ("offered", "chosen"),
    [
        (None, UTF16),
        ([], UTF16),
        ([UTF16], UTF16),
        ([UTF8, UTF16], UTF8),
        ([UTF16, UTF8, UTF32], UTF32),
        (["utf-7"], UTF16),
    ],
)
def test_choose_encoding_prefers_code_points_then_bytes(
    offered: list[str] | None, chosen: str
) -> None:
    assert choose_encoding(offered) == chosen
