"""Markdown masking: what must be blanked, and just as much prose that must survive."""

from __future__ import annotations

import pytest

from lsp.markdown import mask_markdown

MUST_MASK = {
    "front matter": ("---\ntitle: the keys is\n---\nProse.", "title: the keys is"),
    "fenced code": ("Before.\n```python\nthe keys is\n```\nAfter.", "the keys is"),
    "tilde fence": ("~~~\nthe keys is\n~~~\n", "the keys is"),
    "unclosed fence": ("Text.\n```\nthe keys is", "the keys is"),
    "indented code": ("Para.\n\n    the keys is\n    more\n\nPara.", "the keys is"),
    "indented code after heading": ("# Title\n    the keys is\n", "the keys is"),
    "inline code": ("Run `the keys is` now.", "`the keys is`"),
    "double-backtick code": ("Use ``a ` tick`` here.", "``a ` tick``"),
    "html comment": ("Text <!-- the keys\nis --> text.", "<!-- the keys\nis -->"),
    "autolink": ("See <https://example.com/keys>.", "<https://example.com/keys>"),
    "email autolink": ("Mail <me@example.com>.", "<me@example.com>"),
    "bare url": ("See https://example.com/a_b?c=d.", "https://example.com/a_b?c=d"),
    "www url": ("See www.example.com/x now.", "www.example.com/x"),
    "link destination": ('A [link](http://x.y/z "Title") here.', '(http://x.y/z "Title")'),
    "reference definition": ('[ref]: http://x.y/z "T"\n', '[ref]: http://x.y/z "T"'),
}

MUST_KEEP = {
    "plain prose": ("The keys to the cabinet is lost.", "The keys to the cabinet is lost."),
    "heading text": ("# The keys is lost", "The keys is lost"),
    "link text": ("A [the keys is](http://x.y) here.", "A [the keys is]"),
    "list continuation": ("- item one\n\n    the keys is lost", "the keys is lost"),
    "paragraph continuation": ("A paragraph\n    the keys is lost", "the keys is lost"),
    "lone backtick": ("It's a ` lone backtick.", "It's a ` lone backtick."),
    "dashes after the first line": ("Prose.\n---\nnot: front matter\n---\n", "not: front matter"),
    "text after front matter": ("---\na: b\n---\nThe keys is lost.", "The keys is lost."),
    "text after a fence": ("```\ncode\n```\nThe keys is lost.", "The keys is lost."),
    "emphasis": ("*The keys* is **lost**.", "*The keys* is **lost**."),
    "blockquote": ("> The keys is lost.", "> The keys is lost."),
    "domain-like words": ("Use e.g. the example.com style.", "Use e.g. the example.com style."),
    "an unclosed comment opener in code": ("`<!--` then the keys is lost.", "the keys is lost."),
    "less-than in prose": ("If a < b and b > c, it is.", "If a < b and b > c, it is."),
}


@pytest.mark.parametrize("name", sorted(MUST_MASK))
def test_must_mask(name: str) -> None:
    text, secret = MUST_MASK[name]
    masked = mask_markdown(text)
    start = text.index(secret)
    blanked = "".join(c if c in "\r\n" else " " for c in secret)
    assert masked[start : start + len(secret)] == blanked
    assert len(masked) == len(text)


@pytest.mark.parametrize("name", sorted(MUST_KEEP))
def test_must_keep(name: str) -> None:
    text, prose = MUST_KEEP[name]
    masked = mask_markdown(text)
    start = text.index(prose)
    assert masked[start : start + len(prose)] == prose


def test_masking_keeps_every_line_break_and_length() -> None:
    text = "---\na: b\r\n---\r\n```\r\nx\r\n```\r\n<!--\r\n-->\r\nEnd."
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c in "\r\n"] == [
        i for i, c in enumerate(text) if c in "\r\n"
    ]
    assert masked.endswith("End.")


def test_backticks_inside_a_comment_do_not_unmask_it() -> None:
    text = "A <!-- `x` the keys is --> b."
    assert mask_markdown(text) == "A" + " " * (len(text) - 4) + " b."
