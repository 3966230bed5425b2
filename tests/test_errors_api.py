"""Every refusal: exact status and body, the API key, and no input that produces a 500."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.lifespan import ModelFolderError, load_checker
from app.main import create_app
from tests.test_api_support import SENTENCE, ScriptedChecker, client_for, hermetic_settings

MAX_CHARS = 40  # small limits make the 413s cheap to reach
MAX_SENTENCES = 3
BODY_LIMIT = MAX_CHARS * 12 + 64 * 1024


@pytest.fixture(scope="module")
def client(tiny_model_dir: Path) -> Iterator[TestClient]:
    """The tiny model behind small limits."""
    with client_for(tiny_model_dir, max_text_length=MAX_CHARS, max_sentences=MAX_SENTENCES) as c:
        yield c


def error(code: str, message: str, field: str | None = None, limit: Any = None) -> dict[str, Any]:
    """The documented error body."""
    return {"error": {"code": code, "message": message, "field": field, "limit": limit}}


def post_raw(client: TestClient, body: bytes, content_type: str | None = "application/json") -> Any:
    """POST raw bytes to /v1/check."""
    headers = {"content-type": content_type} if content_type else {}
    return client.post("/v1/check", content=body, headers=headers)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            b'{"text": "a",}',
            error(
                "invalid_json",
                "The request body is not valid JSON: Expecting property name enclosed in double "
                "quotes (line 1, column 14).",
                "body",
            ),
        ),
        (
            b"",
            error(
                "invalid_json",
                "The request body is not valid JSON: Expecting value (line 1, column 1).",
                "body",
            ),
        ),
        (
            b'{"text": "caf\xe9"}',
            error(
                "invalid_utf8",
                "The request body is not valid UTF-8 (bad byte at position 13).",
                "body",
            ),
        ),
        (
            b'{"text": "a", "threshold": NaN}',
            error(
                "invalid_json",
                "The request body is not valid JSON: NaN is not a JSON value.",
                "body",
            ),
        ),
        (
            b"[" * 20_000 + b"]" * 20_000,
            error("invalid_json", "The request body is not valid JSON: nested too deeply.", "body"),
        ),
        (
            b'{"text": "\\ud83d"}',
            error(
                "invalid_unicode",
                "'text' holds a lone surrogate at index 0; send valid Unicode text.",
                "text",
            ),
        ),
        (
            b'{"sentences": ["ok", "x\\udc00"]}',
            error(
                "invalid_unicode",
                "'sentences.1' holds a lone surrogate at index 1; send valid Unicode text.",
                "sentences.1",
            ),
        ),
    ],
)
def test_bad_bytes_get_400(client: TestClient, body: bytes, expected: dict[str, Any]) -> None:
    response = post_raw(client, body)
    assert (response.status_code, response.json()) == (400, expected)


def test_a_utf8_byte_order_mark_is_tolerated(client: TestClient) -> None:
    response = post_raw(client, b"\xef\xbb\xbf" + json.dumps({"text": "Hi."}).encode())
    assert response.status_code == 200


NEITHER = error(
    "text_or_sentences", "Send exactly one of 'text' or 'sentences'; got neither.", "text,sentences"
)
FIELDS = ["text", "sentences", "gates", "threshold", "picky"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"text": "a", "sentences": ["a"]},
            error(
                "text_or_sentences",
                "Send exactly one of 'text' or 'sentences'; got both.",
                "text,sentences",
            ),
        ),
        ({}, NEITHER),
        ({"text": None}, NEITHER),
        ({"gates": "full"}, NEITHER),
        ({"text": 5}, error("invalid_type", "'text': Input should be a valid string.", "text")),
        (
            {"sentences": "One. Two."},
            error("invalid_type", "'sentences': Input should be a valid list.", "sentences"),
        ),
        (
            {"sentences": ["a", 1]},
            error("invalid_type", "'sentences.1': Input should be a valid string.", "sentences.1"),
        ),
        (
            {"text": "a", "threshold": "0.5"},
            error("invalid_type", "'threshold': Input should be a valid number.", "threshold"),
        ),
        (
            {"text": "a", "threshold": True},
            error("invalid_type", "'threshold': Input should be a valid number.", "threshold"),
        ),
        (
            {"text": "a", "threshold": 1.5},
            error(
                "out_of_range", "'threshold' must be between 0 and 1; got 1.5.", "threshold", [0, 1]
            ),
        ),
        (
            {"text": "a", "threshold": -0.01},
            error(
                "out_of_range",
                "'threshold' must be between 0 and 1; got -0.01.",
                "threshold",
                [0, 1],
            ),
        ),
        (
            {"text": "a", "gates": "all"},
            error(
                "invalid_value",
                "'gates' must be one of 'summary', 'full', 'none'.",
                "gates",
                ["summary", "full", "none"],
            ),
        ),
        (
            {"text": "a", "gates": 1},
            error(
                "invalid_value",
                "'gates' must be one of 'summary', 'full', 'none'.",
                "gates",
                ["summary", "full", "none"],
            ),
        ),
        (
            {"txt": "a"},
            error(
                "unknown_field",
                "'txt' is not a field of this request; the fields are: text, sentences, gates, "
                "threshold, picky.",
                "txt",
                FIELDS,
            ),
        ),
        ([{"text": "a"}], error("invalid_type", "The request body must be a JSON object.", "body")),
        ("a text", error("invalid_type", "The request body must be a JSON object.", "body")),
        (None, error("invalid_type", "The request body must be a JSON object.", "body")),
    ],
)
def test_bad_fields_get_422(client: TestClient, body: Any, expected: dict[str, Any]) -> None:
    response = post_raw(client, json.dumps(body).encode())
    assert (response.status_code, response.json()) == (422, expected)


def test_field_names_are_echoed_safely(client: TestClient) -> None:
    response = post_raw(client, b'{"sentences": [{"\\ud800": 1}]}')
    assert (response.status_code, response.json()) == (
        400,
        error(
            "invalid_unicode",
            "A field name in 'sentences.0' holds a lone surrogate at index 0; send valid "
            "Unicode text.",
            "sentences.0",
        ),
    )
    response = post_raw(client, b'{"' + b"x" * 200 + b'": 1}')
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "x" * 80 + "..."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"text": "x" * (MAX_CHARS + 1)},
            error(
                "text_too_long",
                f"'text' has 41 characters; the limit is {MAX_CHARS} (CONCORD_MAX_TEXT_LENGTH).",
                "text",
                MAX_CHARS,
            ),
        ),
        (
            {"sentences": ["x" * 20, "x" * 21]},
            error(
                "text_too_long",
                f"'sentences' has 41 characters; the limit is {MAX_CHARS} "
                "(CONCORD_MAX_TEXT_LENGTH).",
                "sentences",
                MAX_CHARS,
            ),
        ),
        (
            {"sentences": ["a"] * (MAX_SENTENCES + 1)},
            error(
                "too_many_sentences",
                f"'sentences' has 4 entries; the limit is {MAX_SENTENCES} (CONCORD_MAX_SENTENCES).",
                "sentences",
                MAX_SENTENCES,
            ),
        ),
    ],
)
def test_too_much_text_gets_413(client: TestClient, body: Any, expected: dict[str, Any]) -> None:
    response = client.post("/v1/check", json=body)
    assert (response.status_code, response.json()) == (413, expected)


def test_text_at_the_limits_is_accepted(client: TestClient) -> None:
    emoji = "😀" * MAX_CHARS  # code points count, not bytes or UTF-16 units
    assert client.post("/v1/check", json={"text": emoji}).status_code == 200
    sentences = ["x" * (MAX_CHARS // MAX_SENTENCES)] * MAX_SENTENCES
    assert client.post("/v1/check", json={"sentences": sentences}).status_code == 200


BODY_TOO_LARGE = error(
    "body_too_large",
    f"The request body is over {BODY_LIMIT} bytes; send less text (the byte limit follows "
    "CONCORD_MAX_TEXT_LENGTH).",
    "body",
    BODY_LIMIT,
)


def test_a_large_body_is_refused_from_its_content_length(client: TestClient) -> None:
    response = post_raw(client, b" " * (BODY_LIMIT + 1))
    assert (response.status_code, response.json()) == (413, BODY_TOO_LARGE)


def test_a_large_streamed_body_is_refused_while_reading(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b" " * 4096  # 160 KiB, more than BODY_LIMIT, sent without a Content-Length

    response = client.post(
        "/v1/check", content=chunks(), headers={"content-type": "application/json"}
    )
    assert (response.status_code, response.json()) == (413, BODY_TOO_LARGE)


def test_the_body_limit_applies_to_v2_forms_too(client: TestClient) -> None:
    response = client.post("/v2/check", data={"text": "x" * BODY_LIMIT, "language": "en"})
    assert response.status_code == 413
    assert response.text == f"Error: {BODY_TOO_LARGE['error']['message']}"


@pytest.mark.parametrize(
    ("content_type", "shown"),
    [
        ("text/plain", "'text/plain'"),
        ("application/x-www-form-urlencoded", "'application/x-www-form-urlencoded'"),
        ("multipart/form-data; boundary=x", "'multipart/form-data'"),
        (None, "'no Content-Type'"),
    ],
)
def test_non_json_content_types_get_415(
    client: TestClient, content_type: str | None, shown: str
) -> None:
    response = post_raw(client, b'{"text": "a"}', content_type)
    assert response.status_code == 415
    assert response.json() == error(
        "unsupported_media_type",
        f"Send the request as 'Content-Type: application/json'; got {shown}.",
        "Content-Type",
        ["application/json"],
    )


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "application/ld+json"])
def test_json_content_types_with_parameters_or_suffixes_are_read(
    client: TestClient, content_type: str
) -> None:
    assert post_raw(client, b'{"text": "a"}', content_type).status_code == 200


def test_unknown_routes_and_methods_use_the_error_body(client: TestClient) -> None:
    response = client.get("/v1/nothing")
    assert (response.status_code, response.json()) == (
        404,
        error("not_found", "No route at /v1/nothing; see /docs for the API."),
    )
    response = client.get("/v1/check")
    assert (response.status_code, response.json()) == (
        405,
        error("method_not_allowed", "GET is not allowed on /v1/check; use POST.", None, ["POST"]),
    )
    assert response.headers["allow"] == "POST"


KEY = "s3cret-key"
UNAUTHORIZED = error(
    "unauthorized",
    "This server needs an API key: send 'X-API-Key: <key>' or 'Authorization: Bearer <key>'.",
    "X-API-Key",
)


@pytest.fixture(scope="module")
def locked(tiny_model_dir: Path) -> Iterator[TestClient]:
    """The service with CONCORD_API_KEY set."""
    with client_for(tiny_model_dir, api_key=KEY) as c:
        yield c


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-API-Key": "wrong"}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY}],
)
def test_with_an_api_key_set_requests_without_it_get_401(
    locked: TestClient, headers: dict[str, str]
) -> None:
    response = locked.post("/v1/check", json={"text": "a"}, headers=headers)
    assert (response.status_code, response.json()) == (401, UNAUTHORIZED)
    assert response.headers["www-authenticate"] == "Bearer"
    assert locked.get("/metrics", headers=headers).status_code == 401
    assert locked.get("/v2/languages", headers=headers).status_code == 401
    v2 = locked.post("/v2/check", data={"text": "a", "language": "en"}, headers=headers)
    assert (v2.status_code, v2.text) == (401, f"Error: {UNAUTHORIZED['error']['message']}")


@pytest.mark.parametrize("headers", [{"X-API-Key": KEY}, {"Authorization": f"Bearer {KEY}"}])
def test_either_header_carries_the_key(locked: TestClient, headers: dict[str, str]) -> None:
    assert locked.post("/v1/check", json={"text": "a"}, headers=headers).status_code == 200
    assert locked.get("/metrics", headers=headers).status_code == 200
    assert locked.get("/v2/languages", headers=headers).status_code == 200


def test_v2_also_takes_languagetools_apikey_field(locked: TestClient) -> None:
    form = {"text": "a", "language": "en", "apiKey": KEY, "username": "me"}
    assert locked.post("/v2/check", data=form).status_code == 200


def test_probes_and_docs_stay_open_with_a_key(locked: TestClient) -> None:
    assert locked.get("/health").status_code == 200
    assert locked.get("/ready").status_code == 200
    assert locked.get("/docs").status_code == 200


class BrokenChecker(ScriptedChecker):
    """A checker with a bug: every call raises."""

    def check_text(self, *args: Any, **kwargs: Any) -> Any:
        """Fail like a bug would."""
        raise RuntimeError("boom")

    check_sentences = check_text


def test_a_bug_is_a_json_500_without_the_traceback(tiny_model_dir: Path) -> None:
    with client_for(tiny_model_dir, BrokenChecker(), raise_errors=False) as c:
        response = c.post("/v1/check", json={"text": SENTENCE})
        v2 = c.post("/v2/check", data={"text": SENTENCE, "language": "en"})
        ready = c.get("/ready")
    assert (response.status_code, response.json()) == (
        500,
        error("internal_error", "Internal error; the server log has the details."),
    )
    assert (v2.status_code, v2.text) == (
        500,
        "Error: Internal error; the server log has the details.",
    )
    assert (ready.status_code, ready.json()) == (
        503,
        error("not_ready", "The model failed its readiness check: RuntimeError."),
    )


def test_without_its_lifespan_the_app_answers_503_not_500(tiny_model_dir: Path) -> None:
    client = TestClient(create_app(hermetic_settings(model_dir=tiny_model_dir)))  # no `with`
    response = client.get("/ready")
    assert (response.status_code, response.json()) == (
        503,
        error("not_ready", "The model is not loaded yet.", "model"),
    )


def test_a_missing_model_folder_stops_startup_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ModelFolderError, match="CONCORD_MODEL_DIR") as info:
        load_checker(tmp_path)
    assert "missing config.json, vocab.json, weights.pt" in str(info.value)


def _garbage(rng: random.Random) -> bytes:
    pieces = [
        b"{",
        b"}",
        b"[",
        b"]",
        b'"text"',
        b'"sentences"',
        b'"gates"',
        b'"threshold"',
        b":",
        b",",
        b"1e999",
        b"-0",
        b"null",
        b"true",
        b'"\\ud800"',
        b'"\\u0000"',
        b"\xff",
        b"\xc3",
        b'"\xf0\x9f\x98\x80"',
        b'"full"',
        b"0.5",
        b" ",
    ]
    return b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))


def test_no_bad_input_produces_a_500(client: TestClient) -> None:
    rng = random.Random(4)
    bodies = [_garbage(rng) for _ in range(300)]
    bodies += [b'{"text": 1e999}', b'{"threshold": 1e999, "text": ""}', b'{"sentences": [[]]}']
    statuses = {post_raw(client, body).status_code for body in bodies}
    assert statuses <= {200, 400, 413, 422}, statuses
    forms = [{"text": b.decode("utf-8", "replace"), "language": "en"} for b in bodies[:50]] + [
        {"data": b.decode("utf-8", "replace"), "language": "en"} for b in bodies[:100]
    ]
    v2 = {client.post("/v2/check", data=form).status_code for form in forms}
    raw = {
        client.post(
            "/v2/check", content=b, headers={"content-type": "application/x-www-form-urlencoded"}
        ).status_code
        for b in [b"text=%ff&language=en", b"text=%C3&language=en", b"&&&=", b"\xff\xfe"]
    }
    assert (v2 | raw) <= {200, 400, 413}, v2 | raw
