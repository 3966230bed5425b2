"""The Unicode torture set: offsets stay exact over both APIs.

v1 offsets are code points (``text[start:end]``); v2 offsets are UTF-16 code units (what
LanguageTool, Java and JavaScript count). Both are checked on the tiny model with a threshold of
0, so that nearly every token is flagged and every flag's span is exercised.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from model.tokenize import visible
from tests.test_api_support import assert_v1_spans, client_for, utf16_slice

TORTURE = [
    "😀 The keys is lost.",
    "The 👩\u200d👩\u200d👧 family walk home. 👍🏽 She have went.",
    "Flags 🇫🇷🇩🇪 is here, and so is 🏴󠁧󠁢󠁳󠁣󠁴󠁿.",
    "Cafe\u0301 na\u0308ive e\u0301le\u0300ve is combining.",
    "Zalgo h̵̛̪e̷ ̸c̶o̵m̷e̸s̴ is here.",
    "\u0301 A combining mark starts this.",
    "漢字 and かな is mixed. 中文句子。日本語の文です。",
    # Mathematical bold A, B, C and script X: astral letters, two UTF-16 units each.
    "Math \U0001d400\U0001d401\U0001d402 \U0001d4b3 and rare 𠀀𠀁 CJK is astral.",
    "Tabs\tand\t\ttabs is here.",
    "CRLF line.\r\nNext line is here.\r\n\r\nLast one.",
    "Repeated    spaces   is    here.  Two  spaces.",
    "Non-breaking\u00a0space, zero\u200bwidth and soft\u00adhyphen is here.",
    "RTL: مرحبا بالعالم and שלום עולם is here.",
    "Line\u2028separator and para\u2029graph is here.",
    "Fullwidth \uff21\uff22\uff23\u3000is here.",  # fullwidth ABC, ideographic space
    "BOM\ufeffinside and NUL\x00 char is here.",
    "   Leading and trailing whitespace.   ",
    "\x0b\x0c\x85 Odd whitespace is here.",
    "Mixed 😀\r\n\tこんにちは e\u0301 \U0001d400 👩\u200d👩\u200d👧  the keys is\u00a0lost.",
]


@pytest.fixture(scope="module")
def client(tiny_model_dir: Path) -> Iterator[TestClient]:
    """The tiny model, flagging everything it can correct (threshold 0)."""
    with client_for(tiny_model_dir, threshold=0.0) as c:
        yield c


def v1(client: TestClient, body: dict[str, Any], ascii_only: bool = False) -> Any:
    """POST /v1/check, optionally with every non-ASCII character escaped (\\uXXXX pairs)."""
    raw = json.dumps(body, ensure_ascii=ascii_only).encode("utf-8")
    response = client.post("/v1/check", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    return response.json()["sentences"]


@pytest.mark.parametrize("text", TORTURE)
def test_v1_text_offsets_are_code_points(client: TestClient, text: str) -> None:
    sentences = v1(client, {"text": text})
    assert sentences, "every torture text has at least one sentence"
    assert_v1_spans(text, sentences)
    tokens = "".join(t["text"] for s in sentences for t in s["tokens"])
    words = "".join(ch for ch in text if not ch.isspace() and visible(ch))
    assert visible(tokens) == words, "no character lost but whitespace and invisible ones"
    assert v1(client, {"text": text}, ascii_only=True) == sentences


def test_v1_sentences_offsets_are_relative_to_each_sentence(client: TestClient) -> None:
    sentences = v1(client, {"sentences": TORTURE})
    flagged = sum(1 for s in sentences if s["flags"])
    assert flagged >= len(TORTURE) // 2, "most torture texts get flags, so their spans are tested"
    assert [s["text"] for s in sentences] == TORTURE
    for text, sentence in zip(TORTURE, sentences, strict=True):
        assert (sentence["start"], sentence["end"]) == (0, len(text))
        assert_v1_spans(text, [sentence])


@pytest.mark.parametrize("text", TORTURE)
def test_v2_offsets_are_utf16_units_of_the_same_spans(client: TestClient, text: str) -> None:
    response = client.post("/v2/check", data={"text": text, "language": "en-US"})
    assert response.status_code == 200
    body = response.json()
    flags = [f for s in v1(client, {"text": text}) for f in s["flags"]]
    assert [utf16_slice(text, m["offset"], m["length"]) for m in body["matches"]] == [
        f["text"] for f in flags
    ]
    for match in body["matches"]:
        context = match["context"]
        assert utf16_slice(context["text"], context["offset"], context["length"]) == (
            utf16_slice(text, match["offset"], match["length"])
        )
    ranges = [utf16_slice(text, start, end - start) for start, end in body["sentenceRanges"]]
    assert ranges == [s["text"] for s in v1(client, {"text": text})]


def test_v2_markup_with_astral_characters_shifts_offsets_in_utf16(client: TestClient) -> None:
    annotation = [
        {"markup": "<img alt='😀'>"},
        {"text": "The keys \U0001d400 is"},  # a bold A, two UTF-16 units
        {"markup": "<br/>", "interpretAs": "\n"},
        {"text": "lost."},
    ]
    source = "".join(p.get("text", p.get("markup", "")) for p in annotation)
    form = {"data": json.dumps({"annotation": annotation}), "language": "en"}
    body = client.post("/v2/check", data=form).json()
    spans = [utf16_slice(source, m["offset"], m["length"]) for m in body["matches"]]
    assert spans and all(span in {"The", "keys", "\U0001d400", "is", "lost", "."} for span in spans)
    assert "is" in spans
