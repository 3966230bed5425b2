"""Blank out the parts of a Markdown document that are not prose, keeping every offset.

Masked characters become spaces and line breaks stay, so the masked text has the same length
and lines as the original and the checker's offsets point into the document unchanged. Masked:
YAML front matter, fenced and indented code blocks, HTML comments, inline code, autolinks, bare
URLs and link destinations. Block rules follow CommonMark (https://spec.commonmark.org/0.31.2/)
closely enough for prose documents; they are a mask, not a parser.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)
_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}(?=[^`]*$)|~{3,})")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# A backtick run, then anything up to a run of the same length, not across a blank line.
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.DOTALL)
_AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
# ``](destination "title")`` of an inline link or image; one level of parentheses inside.
_LINK_DESTINATION = re.compile(
    r"\]\(\s*(?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
)
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE)
_BARE_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]")


def mask_markdown(text: str) -> str:
    """``text`` with non-prose Markdown replaced by spaces (line breaks kept)."""
    text = _blank(text, _front_matter(text))
    text = _blank(text, _code_blocks(text))
    for pattern in (_INLINE_CODE, _HTML_COMMENT, _AUTOLINK, _REFERENCE, _BARE_URL):
        text = _blank(text, [m.span() for m in pattern.finditer(text)])
    return _blank(text, [(m.start() + 1, m.end()) for m in _LINK_DESTINATION.finditer(text)])


def _blank(text: str, spans: list[Span]) -> str:
    """Replace every character inside ``spans`` by a space, except line breaks."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def _front_matter(text: str) -> list[Span]:
    """YAML front matter: ``---`` on the first line up to a ``---`` or ``...`` line."""
    match = _FRONT_MATTER.match(text)
    return [match.span()] if match else []


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line's start offset and its text without the line break (LSP's line breaks)."""
    breaks = list(_LINE_BREAK.finditer(text))
    starts = [0] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [len(text)]
    return [(start, text[start:end]) for start, end in zip(starts, ends, strict=True)]


def _indent(line: str) -> int:
    """Leading whitespace width, with tabs to the next multiple of four."""
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def _code_blocks(text: str) -> list[Span]:
    """Fenced code blocks (fences included) and indented code blocks."""
    spans: list[Span] = []
    fence: str | None = None  # the opening fence while inside a fenced block
    in_list, in_code = False, False
    after_block = True  # an indented line here starts code, not a paragraph continuation
    for start, line in _lines(text):
        blank, opening = not line.strip(), _FENCE_OPEN.match(line)
        fenced = fence is not None or opening is not None
        if fence is not None:
            fence = None if _closes(line, fence) else fence
        elif opening is not None:
            fence, in_code = opening.group(1), False
        elif not blank and _indent(line) >= 4 and (in_code or (after_block and not in_list)):
            in_code = True
        elif not blank:
            in_code = False
            in_list = bool(_LIST_ITEM.match(line)) or (in_list and _indent(line) > 0)
        if fenced or (in_code and not blank):
            spans.append((start, start + len(line)))
        after_block = blank or fenced or bool(_HEADING.match(line))
    return spans


def _closes(line: str, fence: str) -> bool:
    """Whether ``line`` closes a block opened by ``fence``: same character, at least as long."""
    stripped = line.strip()
    return (
        _indent(line) < 4 and len(stripped) >= len(fence) and stripped == fence[0] * len(stripped)
    )
