"""The demo page in a real browser: Debian's chromium driven by Playwright, against uvicorn.

The service runs the tiny model with a threshold in the middle of its error probabilities, so
some tokens are flagged and some are not. What the page must show is read from the API first;
the page must then underline exactly those spans, offer those suggestions and draw one heat-map
cell per token and direction. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import json
import statistics
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from model.checker import Checker
from tests.service import running_service

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Subject-verb agreement across a relative clause: "keys ... is".
SENTENCE = "The keys to the cabinet that my brothers own is on the table."

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
    ),
]


def api_check(url: str, text: str) -> dict[str, Any]:
    """What the service says about ``text``, as the page asks for it."""
    body = json.dumps({"text": text, "gates": "summary"}).encode()
    request = urllib.request.Request(
        url + "/v1/check", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as reply:
        return dict(json.load(reply))


def flags_of(reply: dict[str, Any]) -> list[dict[str, Any]]:
    """Every flag of a reply, in text order."""
    return sorted((f for s in reply["sentences"] for f in s["flags"]), key=lambda f: f["start"])


@pytest.fixture(scope="module")
def service(
    tiny_model_dir: Path, tiny_checker: Checker, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The service with the tiny model, its threshold halfway through SENTENCE's p_error."""
    (sentence,) = tiny_checker.check_text(SENTENCE)
    threshold = statistics.median(t.p_error for t in sentence.tokens)
    log = tmp_path_factory.mktemp("uvicorn") / "uvicorn.log"
    with running_service(tiny_model_dir, log, threshold=str(threshold)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's chromium, headless, with nothing that phones home."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh desktop-sized page that fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def check_in_page(page: Page, text: str) -> None:
    """Type ``text``, press Check and wait for the reply to be drawn."""
    page.fill("#text", text)
    with page.expect_response("**/v1/check"):
        page.click("#check")
    wait_idle(page)


def wait_idle(page: Page) -> None:
    """Wait until no check is running and results are shown."""
    page.wait_for_function(
        "() => !document.getElementById('check').disabled"
        " && !document.getElementById('results').hidden"
    )


def underlined(page: Page) -> list[list[Any]]:
    """[text, start, end] of every underlined word on the page, in order."""
    return page.eval_on_selector_all(
        ".flag-word", "els => els.map(e => [e.textContent, +e.dataset.start, +e.dataset.end])"
    )


def shown_text(page: Page) -> str:
    """The checked text as the page renders it, tooltips left out."""
    return str(
        page.eval_on_selector(
            "#rendered",
            "el => { const c = el.cloneNode(true);"
            " c.querySelectorAll('.tip').forEach(t => t.remove()); return c.textContent; }",
        )
    )


def test_underlines_suggestions_and_heat_map_match_the_api(service: str, page: Page) -> None:
    reply = api_check(service, SENTENCE)
    flags = flags_of(reply)
    tokens = reply["sentences"][0]["tokens"]
    assert 0 < len(flags) < len(tokens)  # the threshold splits the sentence

    page.goto(service + "/")
    check_in_page(page, SENTENCE)

    assert underlined(page) == [[f["text"], f["start"], f["end"]] for f in flags]
    assert shown_text(page) == SENTENCE
    for i, flag in enumerate(flags):
        tip = page.locator(".flag").nth(i).locator(".tip")
        assert tip.locator(".suggestion").all_text_contents() == flag["suggestions"]
        assert tip.locator(".tip-message").text_content() == flag["message"]
    assert page.locator("#status").text_content() == f"{len(flags)} flags in 1 sentence."

    (heatmap,) = page.locator(".heatmap").all()
    assert heatmap.locator("th.token").all_text_contents() == [t["text"] for t in tokens]
    for direction in ("forward", "backward"):
        cells = heatmap.locator(f"td.cell[data-dir={direction}]")
        assert cells.count() == len(tokens)
        values = [float(v) for v in cells.evaluate_all("els => els.map(e => e.dataset.value)")]
        assert values == [t["forget_gate"][direction] for t in tokens]

    page.locator(".flag-word").first.hover()
    assert page.locator(".tip").first.is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page.png"), full_page=True)


# (confidence, evidence) given to a real reply's flags, and the "why" line the tooltip must show
WHY_LINES = [
    (
        0.004,
        "matches",
        "Error probability under 1 %. A rule reading the sentence's words finds"
        " the error, so it stands at any probability.",
    ),
    (
        0.996,
        "confirms",
        "Error probability over 99 %. The sentence's grammar shows the error"
        " and leaves hardly another reading.",
    ),
    (0.5, "supports", "Error probability 50 %. The sentence's grammar shows the error too."),
    (0.874, "unknown", "Error probability 87 %. The sentence's grammar does not decide it."),
    (
        1.0,
        "contradicts",
        "Error probability 100 %. The sentence's grammar reads the word as"
        " right; only a near-certain network flags it.",
    ),
    (0.3, "a-new-value", "Error probability 30 %."),
]


@pytest.mark.parametrize(("confidence", "evidence", "line"), WHY_LINES)
def test_a_flags_tooltip_says_how_sure_and_why(
    service: str, page: Page, confidence: float, evidence: str, line: str
) -> None:
    reply = api_check(service, SENTENCE)
    for flag in flags_of(reply):
        flag.update(confidence=confidence, evidence=evidence)
    page.goto(service + "/")
    page.route(
        "**/v1/check",
        lambda route: route.fulfill(
            status=200, content_type="application/json", body=json.dumps(reply)
        ),
    )
    check_in_page(page, SENTENCE)
    lines = page.locator(".tip .tip-why").all_text_contents()
    assert lines == [line] * len(flags_of(reply))
    assert lines


def test_clicking_a_flag_applies_its_first_suggestion_and_checks_again(
    service: str, page: Page
) -> None:
    page.goto(service + "/")
    check_in_page(page, SENTENCE)
    flag = flags_of(api_check(service, SENTENCE))[0]
    fixed = SENTENCE[: flag["start"]] + flag["suggestions"][0] + SENTENCE[flag["end"] :]

    with page.expect_response("**/v1/check"):
        page.locator(".flag-word").first.click()
    wait_idle(page)

    assert page.input_value("#text") == fixed
    assert shown_text(page) == fixed
    assert underlined(page) == [
        [f["text"], f["start"], f["end"]] for f in flags_of(api_check(service, fixed))
    ]
    assert page.url == service + "/?" + urllib.parse.urlencode({"text": fixed})


def test_keyboard_tab_reaches_a_flag_and_enter_applies_it(service: str, page: Page) -> None:
    page.goto(service + "/")
    check_in_page(page, SENTENCE)
    flag = flags_of(api_check(service, SENTENCE))[0]

    page.focus("#text")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.className") == "flag-word":
            break
    assert page.evaluate("document.activeElement.dataset.start") == str(flag["start"])
    assert page.locator(".tip").first.is_visible()  # focus shows the suggestion too

    with page.expect_response("**/v1/check"):
        page.keyboard.press("Enter")
    wait_idle(page)
    fixed = SENTENCE[: flag["start"]] + flag["suggestions"][0] + SENTENCE[flag["end"] :]
    assert page.input_value("#text") == fixed
    assert page.evaluate("document.activeElement.className") in {"flag-word", "rendered"}


def test_a_shared_url_prefills_and_checks_text_with_emoji_and_cjk(service: str, page: Page) -> None:
    text = "東京 😀 the keys to the cabinet is lost.\nShe 🎉 walk home yesterday."
    flags = flags_of(api_check(service, text))
    page.goto(service + "/?" + urllib.parse.urlencode({"text": text}))
    wait_idle(page)
    assert page.input_value("#text") == text
    assert shown_text(page) == text
    assert underlined(page) == [[f["text"], f["start"], f["end"]] for f in flags]
    assert page.locator(".heatmap").count() == 2


def test_editing_after_a_check_marks_the_results_stale(service: str, page: Page) -> None:
    page.goto(service + "/")
    check_in_page(page, SENTENCE)
    page.locator("#text").press("End")
    page.keyboard.type(" More.")
    assert "stale" in (page.get_attribute("#results", "class") or "")
    assert page.locator(".flag-word").first.is_disabled()
    assert "press Check" in (page.text_content("#status") or "")


def test_user_text_is_shown_as_text_never_as_html(service: str, page: Page) -> None:
    text = '<img src=x onerror="window.pwned=1"> The keys is <b>here</b>.'
    page.goto(service + "/")
    check_in_page(page, text)
    assert page.locator("#results img, #results b").count() == 0
    assert shown_text(page) == text
    assert page.evaluate("window.pwned") is None


def test_api_errors_are_shown(service: str, page: Page) -> None:
    page.goto(service + "/")
    page.route(
        "**/v1/check",
        lambda route: route.fulfill(
            status=413,
            content_type="application/json",
            body=json.dumps({"error": {"code": "text_too_long", "message": "Too long, sorry."}}),
        ),
    )
    page.fill("#text", "Anything.")
    page.click("#check")
    page.wait_for_function("() => document.getElementById('status').textContent.includes('sorry')")
    assert "error" in (page.get_attribute("#status", "class") or "")


def test_the_picky_box_asks_for_picky_checks(service: str, page: Page) -> None:
    page.goto(service + "/")
    page.fill("#text", "We was late.")
    sent = []
    for box in (False, True):
        page.set_checked("#picky", box)
        with page.expect_request("**/v1/check") as request:
            page.click("#check")
        sent.append(request.value.post_data_json)
        wait_idle(page)
    assert [body["picky"] for body in sent] == [False, True]


def test_the_page_fits_a_phone(service: str, browser: Browser) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.goto(service + "/?" + urllib.parse.urlencode({"text": SENTENCE}))
    wait_idle(page)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0  # long sentences scroll inside their heat map, not the page
    page.locator(".flag-word").first.tap()  # the first tap previews, it does not apply
    assert page.input_value("#text") == SENTENCE
    assert page.locator(".tip").first.is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page-mobile.png"), full_page=True)
    context.close()
