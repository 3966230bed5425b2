"""The LanguageTool-compatible API: exact JSON, languages, annotated data, rule filters, errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.lifespan import build_date
from tests.test_api_support import SENTENCE, ScriptedChecker, client_for, utf16_slice

RULE = {
    "id": "CONCORD_SUBJECT_VERB_AGREEMENT",
    "description": "Subject-verb agreement",
    "issueType": "grammar",
    "category": {"id": "AGREEMENT", "name": "Agreement"},
}


@pytest.fixture(scope="module")
def client(tiny_model_dir: Path) -> Iterator[TestClient]:
    """The service with the scripted checker (one agreement error on 'is')."""
    with client_for(tiny_model_dir, ScriptedChecker(), max_text_length=2000) as c:
        yield c


def check(client: TestClient, **form: str) -> Any:
    """POST /v2/check with a form; the parsed JSON answer (asserting 200)."""
    response = client.post("/v2/check", data=form)
    assert response.status_code == 200, response.text
    return response.json()


def test_check_answers_languagetools_json_exactly(client: TestClient, tiny_model_dir: Path) -> None:
    response = client.post("/v2/check", data={"text": SENTENCE, "language": "en-US"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "software": {
            "name": "Concord",
            "version": "0.1.0",
            "buildDate": build_date(tiny_model_dir),
            "apiVersion": 1,
            "status": "",
            "premium": False,
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English (US)",
            "code": "en-US",
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 1.0},
        },
        "matches": [
            {
                "message": "The verb 'is' does not agree with its subject 'keys'.",
                "shortMessage": "Subject-verb agreement",
                "replacements": [{"value": "are"}],
                "offset": 24,
                "length": 2,
                "context": {"text": SENTENCE, "offset": 24, "length": 2},
                "sentence": SENTENCE,
                "type": {"typeName": "Other"},
                "rule": RULE,
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        ],
        "sentenceRanges": [[0, 32]],
    }


def test_languages_lists_english_variants_in_languagetools_format(client: TestClient) -> None:
    response = client.get("/v2/languages")
    assert response.status_code == 200
    assert response.json() == [
        {"name": "English", "code": "en", "longCode": "en"},
        {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
        {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
        {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
        {"name": "English (New Zealand)", "code": "en", "longCode": "en-NZ"},
        {"name": "English (US)", "code": "en", "longCode": "en-US"},
        {"name": "English (South African)", "code": "en", "longCode": "en-ZA"},
    ]


@pytest.mark.parametrize(
    ("asked", "answered"),
    [
        ("en", ("English", "en")),
        ("en-GB", ("English (GB)", "en-GB")),
        ("EN_au", ("English (Australian)", "en-AU")),
        ("en-CA", ("English (Canadian)", "en-CA")),
        ("en-NZ", ("English (New Zealand)", "en-NZ")),
        ("en-ZA", ("English (South African)", "en-ZA")),
        ("auto", ("English (US)", "en-US")),
    ],
)
def test_every_english_code_is_accepted(
    client: TestClient, asked: str, answered: tuple[str, str]
) -> None:
    language = check(client, text="Hi.", language=asked)["language"]
    assert (language["name"], language["code"]) == answered


@pytest.mark.parametrize("code", ["de", "fr-FR", "xx", "english"])
def test_another_language_gets_languagetools_plain_text_400(client: TestClient, code: str) -> None:
    response = client.post("/v2/check", data={"text": "Hallo Welt.", "language": code})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == (
        f"Error: '{code}' is not a language code known to LanguageTool. Supported language "
        "codes are: en, en-AU, en-CA, en-GB, en-NZ, en-US, en-ZA. Concord checks English only."
    )


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"language": "en-US"}, "Error: Missing 'text' or 'data' parameter"),
        (
            {"text": "a", "data": '{"text": "a"}', "language": "en"},
            "Error: Set only 'text' or 'data' parameter, not both",
        ),
        (
            {"text": "Hi."},
            "Error: Missing 'language' parameter, e.g. 'language=en-US' for American English "
            "or 'language=auto'",
        ),
        ({"data": "{nope", "language": "en"}, "Error: Could not parse JSON from 'data' parameter"),
        (
            {"data": '{"annotation": [{"text": "a", "markup": "<b>"}]}', "language": "en"},
            "Error: Only either 'text' or 'markup' are supported in an object in 'annotation' "
            "list, not both",
        ),
        (
            {"data": '{"annotation": [{"text": "a", "interpretAs": " "}]}', "language": "en"},
            "Error: 'text' cannot be used with 'interpretAs' (only 'markup' can)",
        ),
        (
            {"data": '{"annotation": [{"markup": 3}]}', "language": "en"},
            "Error: 'markup' in 'data' must be a string",
        ),
        (
            {"data": "[]", "language": "en"},
            "Error: 'data' key in JSON requires 'text' or 'annotation' key",
        ),
        (
            {"text": "a", "language": "en", "level": "pedantic"},
            "Error: Unknown 'level' 'pedantic': use 'default' or 'picky'",
        ),
        (
            {"text": "a", "language": "en", "enabledOnly": "true"},
            "Error: You set 'enabledOnly=true' but gave no rules or categories in "
            "'enabledRules' or 'enabledCategories'",
        ),
    ],
)
def test_bad_parameters_get_languagetools_plain_text_400(
    client: TestClient, form: dict[str, str], message: str
) -> None:
    response = client.post("/v2/check", data=form)
    assert (response.status_code, response.text) == (400, message)
    assert response.headers["content-type"] == "text/plain; charset=utf-8"


def test_text_over_the_limit_gets_languagetools_413(tiny_model_dir: Path) -> None:
    with client_for(tiny_model_dir, ScriptedChecker(), max_text_length=50) as c:
        response = c.post("/v2/check", data={"text": "x" * 51, "language": "en"})
    assert response.status_code == 413
    assert response.text == (
        "Error: Your text exceeds the limit of 50 characters (it's 51 characters). "
        "Please submit a shorter text."
    )


def test_annotated_data_skips_markup_but_counts_it_in_offsets(client: TestClient) -> None:
    annotation = [
        {"markup": "<p>"},
        {"text": "The keys to the "},
        {"markup": "<b>"},
        {"text": "cabinet"},
        {"markup": "</b>"},
        {"text": " is lost."},
        {"markup": "<br/>", "interpretAs": "\n"},
    ]
    source = "".join(part.get("text", part.get("markup", "")) for part in annotation)
    body = check(client, data=json.dumps({"annotation": annotation}), language="en-US")
    (match,) = body["matches"]
    assert (match["offset"], match["length"]) == (34, 2)
    assert source[match["offset"] : match["offset"] + match["length"]] == "is"
    assert match["context"] == {"text": SENTENCE + " ", "offset": 24, "length": 2}
    assert body["sentenceRanges"] == [[3, 42]]


def test_data_with_plain_text_works_like_text(client: TestClient) -> None:
    from_data = check(client, data=json.dumps({"text": SENTENCE}), language="en")
    from_text = check(client, text=SENTENCE, language="en")
    assert from_data == from_text


@pytest.mark.parametrize(
    ("filters", "kept"),
    [
        ({}, 1),
        ({"disabledRules": "CONCORD_SUBJECT_VERB_AGREEMENT"}, 0),
        ({"disabledRules": "CONCORD_TENSE, UPPERCASE_SENTENCE_START"}, 1),
        ({"disabledCategories": "AGREEMENT"}, 0),
        ({"disabledCategories": "TYPOS"}, 1),
        ({"enabledOnly": "true", "enabledRules": "CONCORD_TENSE"}, 0),
        ({"enabledOnly": "true", "enabledRules": "CONCORD_SUBJECT_VERB_AGREEMENT"}, 1),
        ({"enabledOnly": "true", "enabledCategories": "AGREEMENT"}, 1),
        ({"enabledRules": "CONCORD_TENSE"}, 1),
        ({"level": "picky"}, 1),
    ],
)
def test_rule_and_category_filters(client: TestClient, filters: dict[str, str], kept: int) -> None:
    body = check(client, text=SENTENCE, language="en-US", **filters)
    assert len(body["matches"]) == kept


def test_parameters_may_come_in_the_query_string(client: TestClient) -> None:
    response = client.post("/v2/check?language=en-GB", data={"text": SENTENCE})
    assert response.json()["language"]["code"] == "en-GB"
    assert len(response.json()["matches"]) == 1


def test_offsets_and_context_count_utf16_units(client: TestClient) -> None:
    text = "😀 " + SENTENCE  # the emoji is two UTF-16 units
    (match,) = check(client, text=text, language="en")["matches"]
    assert (match["offset"], match["length"]) == (24 + 3, 2)
    assert utf16_slice(text, match["offset"], match["length"]) == "is"
    context = match["context"]
    assert utf16_slice(context["text"], context["offset"], context["length"]) == "is"


def test_context_is_cut_to_40_characters_each_side_with_line_breaks_as_spaces(
    client: TestClient,
) -> None:
    text = "Lorem ipsum\r\n" * 5 + SENTENCE + "\nDolor sit amet." * 5
    (match,) = check(client, text=text, language="en")["matches"]
    context = match["context"]
    assert context["text"].startswith("...") and context["text"].endswith("...")
    assert "\n" not in context["text"] and "\r" not in context["text"]
    assert context["offset"] == 3 + 40
    assert context["text"][43:45] == "is"
    assert len(context["text"]) == 3 + 40 + 2 + 40 + 3


def test_the_v2_openapi_documents_the_form(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    content = schema["paths"]["/v2/check"]["post"]["requestBody"]["content"]
    fields = content["application/x-www-form-urlencoded"]["schema"]["properties"]
    assert {"text", "data", "language", "enabledRules", "disabledRules", "enabledOnly"} <= set(
        fields
    )


def test_level_picky_asks_the_checker_for_picky_flags(tiny_model_dir: Path) -> None:
    scripted = ScriptedChecker()
    with client_for(tiny_model_dir, scripted) as c:
        for level in ("default", "picky"):
            response = c.post("/v2/check", data={"text": "a", "language": "en", "level": level})
            assert response.status_code == 200
    assert [call.get("picky") for call in scripted.calls] == [None, True]
