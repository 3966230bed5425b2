"""A real server: ``python -m app`` (uvicorn) on a free port, over HTTP, and a real client.

The third-party ``language-tool-python`` client talks to it as it would to LanguageTool; it
needs no Java because it is given a remote server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import language_tool_python
import pytest

from tests.service import running_service
from tests.test_api_support import assert_v1_spans, utf16_slice

pytestmark = pytest.mark.slow

MAX_CHARS = 1000
TEXT = "😀 The keys to the cabinet is lost. She walk home yesterday."


@pytest.fixture(scope="module")
def server(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start ``python -m app`` on the tiny model; yield its base URL; stop it."""
    log = tmp_path_factory.mktemp("server") / "server.log"
    settings = {"threshold": "0", "max_text_length": str(MAX_CHARS)}
    with running_service(tiny_model_dir, log, via_app_module=True, **settings) as url:
        yield url


def test_probes_over_http(server: str) -> None:
    assert httpx.get(f"{server}/health").json() == {"status": "ok"}
    assert httpx.get(f"{server}/ready").json() == {
        "status": "ready",
        "model": {"name": "concord-tiny", "version": "test"},
    }


def test_v1_over_http(server: str) -> None:
    response = httpx.post(f"{server}/v1/check", json={"text": TEXT})
    assert response.status_code == 200
    sentences = response.json()["sentences"]
    assert [s["text"] for s in sentences] == [
        "😀 The keys to the cabinet is lost.",
        "She walk home yesterday.",
    ]
    assert_v1_spans(TEXT, sentences)


def test_v2_over_http(server: str) -> None:
    response = httpx.post(f"{server}/v2/check", data={"text": TEXT, "language": "en-US"})
    assert response.status_code == 200
    v1 = httpx.post(f"{server}/v1/check", json={"text": TEXT}).json()["sentences"]
    flags = [f["text"] for s in v1 for f in s["flags"]]
    spans = [utf16_slice(TEXT, m["offset"], m["length"]) for m in response.json()["matches"]]
    assert spans and spans == flags  # the leading emoji moves every UTF-16 offset by one


def test_limits_hold_over_http(server: str) -> None:
    too_long = httpx.post(f"{server}/v1/check", json={"text": "x" * (MAX_CHARS + 1)})
    assert too_long.status_code == 413
    assert too_long.json()["error"]["limit"] == MAX_CHARS
    body = b'{"text": "' + b"x" * (MAX_CHARS * 12 + 65_536) + b'"}'
    too_big = httpx.post(
        f"{server}/v1/check", content=body, headers={"content-type": "application/json"}
    )
    assert (too_big.status_code, too_big.json()["error"]["code"]) == (413, "body_too_large")
    v2 = httpx.post(f"{server}/v2/check", data={"text": "Hallo.", "language": "de-DE"})
    assert v2.status_code == 400
    assert v2.text.startswith("Error: 'de-DE' is not a language code known to LanguageTool.")


def test_metrics_over_http(server: str) -> None:
    httpx.post(f"{server}/v1/check", json={"sentences": ["One.", "Two."]})
    text = httpx.get(f"{server}/metrics").text
    assert 'concord_http_requests_total{method="POST",route="/v1/check",status="200"}' in text
    assert 'concord_sentences_checked_total{api="v1"}' in text


def test_language_tool_python_client(server: str) -> None:
    v1_flags = [
        f
        for s in httpx.post(f"{server}/v1/check", json={"text": TEXT}).json()["sentences"]
        for f in s["flags"]
    ]
    tool = language_tool_python.LanguageTool("en-US", remote_server=server)
    try:
        matches = tool.check(TEXT)
        # The client turns UTF-16 offsets back into code points (it counts astral characters).
        assert [m.offset for m in matches] == [f["start"] for f in v1_flags]
        assert [m.replacements for m in matches] == [f["suggestions"] for f in v1_flags]
        assert all(m.rule_id.startswith("CONCORD_") for m in matches)
        assert {m.category for m in matches} <= {"AGREEMENT", "TENSE"}
        assert {m.rule_issue_type for m in matches} == {"grammar"}
        for match, flag in zip(matches, v1_flags, strict=True):
            if flag["text"].isascii():
                assert TEXT[match.offset : match.offset + match.error_length] == flag["text"]
        assert isinstance(tool.correct(TEXT), str)
        tool.disabled_rules = {m.rule_id for m in matches}
        assert tool.check(TEXT) == []
        with pytest.raises(ValueError, match="unsupported language"):
            tool.language = "de-DE"  # the client checks /v2/languages first
    finally:
        tool.close()
    public = language_tool_python.LanguageToolPublicAPI("en-GB", remote_server=server)
    try:
        assert [m.offset for m in public.check(TEXT)] == [f["start"] for f in v1_flags]
    finally:
        public.close()
