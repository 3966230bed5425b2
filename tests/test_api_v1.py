"""POST /v1/check: exact JSON, text versus sentences, gates, thresholds, windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from model.checker import Checker
from tests.test_api_support import (
    SENTENCE,
    ScriptedChecker,
    assert_v1_spans,
    client_for,
)

TOKEN = {"forget_gate": {"forward": 0.83, "backward": 0.77}}
EXPECTED_TOKENS = [
    {"text": "The", "start": 0, "end": 3, "p_error": 0.001, **TOKEN},
    {"text": "keys", "start": 4, "end": 8, "p_error": 0.001, **TOKEN},
    {"text": "to", "start": 9, "end": 11, "p_error": 0.001, **TOKEN},
    {"text": "the", "start": 12, "end": 15, "p_error": 0.001, **TOKEN},
    {"text": "cabinet", "start": 16, "end": 23, "p_error": 0.001, **TOKEN},
    {"text": "is", "start": 24, "end": 26, "p_error": 0.97, **TOKEN},
    {"text": "lost", "start": 27, "end": 31, "p_error": 0.001, **TOKEN},
    {"text": ".", "start": 31, "end": 32, "p_error": 0.001, **TOKEN},
]
EXPECTED_FLAG = {
    "token": 5,
    "start": 24,
    "end": 26,
    "text": "is",
    "type": "subject_verb_agreement",
    "category": "agreement",
    "message": "The verb 'is' does not agree with its subject 'keys'.",
    "suggestions": ["are"],
    "confidence": 0.97,
    "evidence": "supports",
}


@pytest.fixture(scope="module")
def scripted() -> ScriptedChecker:
    """A checker with a fixed answer for SENTENCE."""
    return ScriptedChecker()


@pytest.fixture(scope="module")
def service(tiny_model_dir: Path, scripted: ScriptedChecker) -> Iterator[TestClient]:
    """The service with the scripted checker in place of the model."""
    with client_for(tiny_model_dir, scripted, max_tokens=64) as c:
        yield c


@pytest.fixture
def client(service: TestClient, scripted: ScriptedChecker) -> TestClient:
    """The scripted service, with the checker's call log emptied."""
    scripted.calls.clear()
    return service


@pytest.fixture(scope="module")
def tiny(tiny_model_dir: Path) -> Iterator[TestClient]:
    """The service on the tiny random-weights model."""
    with client_for(tiny_model_dir) as c:
        yield c


def test_text_answer_is_exactly_the_documented_json(client: TestClient) -> None:
    response = client.post("/v1/check", json={"text": SENTENCE})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "model": {"name": "concord-scripted", "version": "1.0"},
        "sentences": [
            {
                "text": SENTENCE,
                "start": 0,
                "end": 32,
                "tokens": EXPECTED_TOKENS,
                "flags": [EXPECTED_FLAG],
            }
        ],
    }


def test_full_gates_add_every_layer_per_token(client: TestClient) -> None:
    body = client.post("/v1/check", json={"sentences": [SENTENCE], "gates": "full"}).json()
    token = body["sentences"][0]["tokens"][0]
    assert token == {
        "text": "The",
        "start": 0,
        "end": 3,
        "p_error": 0.001,
        "forget_gate": {"forward": 0.83, "backward": 0.77},
        "forget_gate_full": [
            {"layer": 0, "forward": [0.1, 0.2], "backward": [0.3, 0.4]},
            {"layer": 1, "forward": [0.5, 0.6], "backward": [0.7, 0.8]},
        ],
    }


def test_no_gates_omits_the_forget_gate_key(client: TestClient) -> None:
    body = client.post("/v1/check", json={"sentences": [SENTENCE], "gates": "none"}).json()
    tokens = body["sentences"][0]["tokens"]
    assert [sorted(t) for t in tokens] == [["end", "p_error", "start", "text"]] * 8
    assert body["sentences"][0]["flags"] == [EXPECTED_FLAG]


def test_text_offsets_count_from_the_start_of_the_whole_text(client: TestClient) -> None:
    text = "Hello there.\r\n\t" + SENTENCE
    sentence = client.post("/v1/check", json={"text": text}).json()["sentences"][0]
    assert (sentence["start"], sentence["end"]) == (15, 47)
    assert sentence["flags"][0]["start"] == 24 + 15
    assert_v1_spans(text, [sentence])


def test_sentences_are_answered_in_order_with_their_own_offsets(client: TestClient) -> None:
    body = client.post("/v1/check", json={"sentences": ["Hi.", SENTENCE, ""]}).json()
    assert [(s["text"], s["start"], s["end"]) for s in body["sentences"]] == [
        ("Hi.", 0, 3),
        (SENTENCE, 0, 32),
        ("", 0, 0),
    ]
    assert body["sentences"][1]["flags"] == [EXPECTED_FLAG]


@pytest.mark.parametrize(
    ("setting", "asked", "expected"),
    [(None, [None, 0.3, 1], [None, 0.3, 1.0]), (0.7, [None, 0.0], [0.7, 0.0])],
)
def test_threshold_comes_from_the_request_then_the_settings_then_the_model(
    tiny_model_dir: Path,
    setting: float | None,
    asked: list[float | None],
    expected: list[float | None],
) -> None:
    scripted = ScriptedChecker()
    with client_for(tiny_model_dir, scripted, threshold=setting) as c:
        for threshold in asked:
            body = {"text": SENTENCE} if threshold is None else {"text": "", "threshold": threshold}
            assert c.post("/v1/check", json=body).status_code == 200
    assert [call["threshold"] for call in scripted.calls] == expected


def test_settings_max_tokens_and_gates_reach_the_checker(
    client: TestClient, scripted: ScriptedChecker
) -> None:
    client.post("/v1/check", json={"sentences": ["a"], "gates": "none"})
    assert scripted.calls == [{"sentences": ["a"], "threshold": None, "gates": "none", "max": 64}]


def test_picky_reaches_the_checker_and_must_be_a_boolean(
    client: TestClient, scripted: ScriptedChecker
) -> None:
    assert client.post("/v1/check", json={"text": "a", "picky": True}).status_code == 200
    assert client.post("/v1/check", json={"sentences": ["a"], "picky": True}).status_code == 200
    assert [call.get("picky") for call in scripted.calls] == [True, True]
    response = client.post("/v1/check", json={"text": "a", "picky": "yes"})
    assert response.status_code == 422
    assert "picky" in response.text


def test_empty_text_gives_no_sentences(tiny: TestClient) -> None:
    for text in ["", "   ", "\r\n\t"]:
        response = tiny.post("/v1/check", json={"text": text})
        assert response.status_code == 200
        assert response.json() == {
            "model": {"name": "concord-tiny", "version": "test"},
            "sentences": [],
        }
    assert tiny.post("/v1/check", json={"sentences": []}).json()["sentences"] == []


def test_tiny_model_answer_is_the_checkers_result(tiny: TestClient, tiny_checker: Checker) -> None:
    text = "The keys to the cabinet is lost. She walks yesterday."
    body = tiny.post("/v1/check", json={"text": text, "threshold": 0.0}).json()
    expected = tiny_checker.check_text(text, threshold=0.0)
    assert [s["text"] for s in body["sentences"]] == [s.text for s in expected]
    for got, want in zip(body["sentences"], expected, strict=True):
        assert [(t["text"], t["start"], t["p_error"]) for t in got["tokens"]] == [
            (t.text, t.start, t.p_error) for t in want.tokens
        ]
        assert [t["forget_gate"]["forward"] for t in got["tokens"]] == [
            t.forget_forward for t in want.tokens
        ]
        assert [(f["token"], f["type"], f["suggestions"]) for f in got["flags"]] == [
            (f.token, f.type.value, f.suggestions) for f in want.flags
        ]
    assert_v1_spans(text, body["sentences"])


def test_flags_are_consistent_with_their_tokens(tiny: TestClient) -> None:
    text = "These book is on the tables. He go home yesterday."
    sentences = tiny.post("/v1/check", json={"text": text, "threshold": 0.0}).json()["sentences"]
    flags = [(s, f) for s in sentences for f in s["flags"]]
    assert flags, "at threshold 0 the tiny model flags every token it can correct"
    categories = {"subject_verb_agreement": "agreement", "determiner_noun_agreement": "agreement"}
    for sentence, flag in flags:
        token = sentence["tokens"][flag["token"]]
        assert flag["confidence"] == round(token["p_error"], 4)
        assert flag["category"] == categories.get(flag["type"], "tense")
        assert flag["suggestions"] and all(isinstance(s, str) for s in flag["suggestions"])
    assert_v1_spans(text, sentences)


def test_threshold_one_flags_nothing(tiny: TestClient) -> None:
    body = tiny.post("/v1/check", json={"text": SENTENCE, "threshold": 1}).json()
    assert body["sentences"][0]["flags"] == []
    assert len(body["sentences"][0]["tokens"]) == 8


def test_full_gates_have_one_entry_per_layer_and_hidden_size_floats(tiny: TestClient) -> None:
    body = tiny.post("/v1/check", json={"sentences": ["She walks."], "gates": "full"}).json()
    for token in body["sentences"][0]["tokens"]:
        layers = token["forget_gate_full"]
        assert [layer["layer"] for layer in layers] == [0, 1]  # the tiny model has 2 layers
        for layer in layers:
            assert len(layer["forward"]) == len(layer["backward"]) == 6  # hidden = 6
            assert all(0.0 <= g <= 1.0 for g in layer["forward"] + layer["backward"])


def test_long_sentences_are_checked_in_windows_not_refused(tiny_model_dir: Path) -> None:
    words = " ".join(f"word{i}" for i in range(60)) + "."
    with client_for(tiny_model_dir, max_tokens=8) as c:
        response = c.post("/v1/check", json={"sentences": [words]})
    assert response.status_code == 200
    tokens = response.json()["sentences"][0]["tokens"]
    assert [t["text"] for t in tokens] == [f"word{i}" for i in range(60)] + ["."]
    assert_v1_spans(words, response.json()["sentences"])


def test_openapi_documents_gate_shapes_and_the_error_body(tiny: TestClient) -> None:
    schema = tiny.get("/openapi.json").json()
    token = schema["components"]["schemas"]["TokenOut"]["properties"]
    assert "L x 2 x H" in token["forget_gate_full"]["description"]
    layer = schema["components"]["schemas"]["LayerGates"]["properties"]
    assert "H floats" in layer["forward"]["description"]
    responses = schema["paths"]["/v1/check"]["post"]["responses"]
    assert set(responses) == {"200", "400", "401", "413", "415", "422", "503"}
    assert responses["413"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorBody"
    }
    body = schema["paths"]["/v1/check"]["post"]["requestBody"]["content"]["application/json"]
    assert set(body["schema"]["properties"]) == {"text", "sentences", "gates", "threshold", "picky"}
    assert tiny.get("/docs").status_code == 200
