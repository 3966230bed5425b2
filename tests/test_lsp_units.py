"""concord-lsp's parts without a client: backends, options, diagnostics, edits."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from lsprotocol import types

from lsp.backends import CheckError, Finding, HttpBackend, LocalBackend, parse_response
from lsp.diagnostics import overlaps, quick_fixes, to_diagnostic
from lsp.positions import UTF16, LineIndex
from lsp.server import Options, apply_change, is_markdown, merge_init_options, parse_args
from model.checker import Checker

REPLY: dict[str, Any] = {
    "model": {"name": "concord", "version": "1"},
    "sentences": [
        {
            "text": "The keys to the cabinet is lost.",
            "start": 4,
            "end": 36,
            "tokens": [
                {
                    "text": "is",
                    "start": 28,
                    "end": 30,
                    "p_error": 0.97,
                    "forget_gate": {"forward": 0.81, "backward": 0.42},
                },
            ],
            "flags": [
                {
                    "token": 5,
                    "start": 28,
                    "end": 30,
                    "text": "is",
                    "type": "subject_verb_agreement",
                    "category": "agreement",
                    "message": "The verb 'is' does not agree with its subject 'keys'.",
                    "suggestions": ["are"],
                    "confidence": 0.97,
                    "evidence": "supports",
                },
            ],
        }
    ],
}

FINDING = Finding(
    start=28, end=30, text="is", type="subject_verb_agreement", category="agreement",
    message="The verb 'is' does not agree with its subject 'keys'.", suggestions=("are",),
    confidence=0.97, forget_forward=0.81, forget_backward=0.42, evidence="supports",
)  # fmt: skip


def test_parse_response_reads_flags_with_their_tokens_forget_gates() -> None:
    assert parse_response(REPLY) == [FINDING]


def test_parse_response_without_tokens_has_no_gates() -> None:
    reply = json.loads(json.dumps(REPLY))
    reply["sentences"][0]["tokens"] = []
    (finding,) = parse_response(reply)
    assert (finding.forget_forward, finding.forget_backward) == (None, None)


class _Recorder(BaseHTTPRequestHandler):
    """Answers every POST with REPLY and keeps the request for the test."""

    requests: ClassVar[list[tuple[str, dict[str, Any]]]] = []
    keys: ClassVar[list[str | None]] = []
    reply: ClassVar[dict[str, Any]] = REPLY

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.requests.append((self.path, body))
        self.keys.append(self.headers.get("X-API-Key"))
        data = json.dumps(self.reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


@pytest.fixture
def stub_service() -> Iterator[str]:
    """A local HTTP server that records requests; yields its base URL."""
    httpd = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Recorder.requests.clear()
    _Recorder.keys.clear()
    _Recorder.reply = REPLY
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_http_backend_posts_text_gates_and_threshold(stub_service: str) -> None:
    findings = HttpBackend(stub_service + "/", threshold=0.25).check("Hi. The keys is lost.")
    assert findings == [FINDING]
    assert _Recorder.requests == [
        ("/v1/check", {"text": "Hi. The keys is lost.", "gates": "summary", "threshold": 0.25})
    ]


def test_http_backend_leaves_the_threshold_to_the_service_by_default(stub_service: str) -> None:
    HttpBackend(stub_service + "/v1/check").check("x")
    assert _Recorder.requests == [("/v1/check", {"text": "x", "gates": "summary"})]


def test_http_backend_asks_for_picky_checks_only_when_told(stub_service: str) -> None:
    HttpBackend(stub_service, picky=True).check("x")
    assert _Recorder.requests == [("/v1/check", {"text": "x", "gates": "summary", "picky": True})]


def test_picky_comes_from_the_command_line_or_init_options() -> None:
    assert parse_args(["--picky"]).picky is True
    assert parse_args([]).picky is False
    options, problems = merge_init_options(Options(), {"picky": True})
    assert options.picky is True and problems == []
    assert options.backend().picky is True
    _, problems = merge_init_options(Options(), {"picky": "yes"})
    assert problems == ["initializationOptions.picky='yes' ignored: picky must be true or false, "
                        "got 'yes'"]  # fmt: skip


def test_http_backend_sends_the_api_key_when_it_has_one(stub_service: str) -> None:
    HttpBackend(stub_service).check("x")
    HttpBackend(stub_service, api_key="k3y").check("x")
    assert _Recorder.keys == [None, "k3y"]


def test_http_backend_names_an_unreachable_service() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free, and nothing listens once the socket closes
    with pytest.raises(CheckError, match=f"cannot reach .*127.0.0.1:{port}/v1/check"):
        HttpBackend(f"http://127.0.0.1:{port}", timeout=5).check("x")


def test_local_backend_reports_the_checkers_flags(
    tiny_model_dir: Path, tiny_checker: Checker
) -> None:
    text = "Hi 😀. The keys to the cabinet is lost."
    findings = LocalBackend(tiny_model_dir, threshold=0.0).check(text)
    results = tiny_checker.check_text(text, threshold=0.0)
    flags = [(s, f) for s in results for f in s.flags]
    assert [(f.start, f.end, f.suggestions) for f in findings] == [
        (f.start, f.end, tuple(f.suggestions)) for _, f in flags
    ]
    assert [f.forget_forward for f in findings] == [
        s.tokens[f.token].forget_forward for s, f in flags
    ]
    assert [f.evidence for f in findings] == [f.evidence.value for _, f in flags]


def test_local_backend_names_a_missing_model_folder(tmp_path: Path) -> None:
    with pytest.raises(CheckError, match=f"no Concord model in {tmp_path}.*--server URL"):
        LocalBackend(tmp_path).check("x")


def test_options_pick_the_backend() -> None:
    assert isinstance(Options(server="http://h:1").backend(), HttpBackend)
    assert isinstance(Options().backend(), LocalBackend)
    assert Options().model_dir.parts[-2:] == ("model", "shipped")


def test_init_options_override_and_bad_values_are_named() -> None:
    init = {"server": "http://h:1", "modelDir": "/m", "threshold": 2, "debounceMs": 50, "x": 1}
    options, problems = merge_init_options(Options(threshold=0.3), init)
    assert (options.server, options.model_dir, options.threshold, options.debounce_ms) == (
        "http://h:1", Path("/m"), 0.3, 50,
    )  # fmt: skip
    assert problems == [
        "initializationOptions.threshold=2 ignored: threshold must be between 0 and 1, got 2",
        "unknown initializationOptions key 'x' "
        "(known: ['apiKey', 'debounceMs', 'modelDir', 'picky', 'server', 'threshold'])",
    ]


def test_init_options_may_be_absent() -> None:
    assert merge_init_options(Options(), None) == (Options(), [])


@pytest.mark.parametrize(
    ("category", "severity"),
    [
        ("agreement", types.DiagnosticSeverity.Warning),
        ("tense", types.DiagnosticSeverity.Information),
    ],
)
def test_diagnostic_severity_code_source_and_data(
    category: str, severity: types.DiagnosticSeverity
) -> None:
    finding = Finding(**{**FINDING.__dict__, "category": category})
    diagnostic = to_diagnostic(finding, LineIndex("😀 " * 14 + "is", UTF16))
    assert diagnostic.range == types.Range(types.Position(0, 42), types.Position(0, 44))
    assert (diagnostic.severity, diagnostic.code, diagnostic.source) == (
        severity, "subject_verb_agreement", "concord",
    )  # fmt: skip
    assert diagnostic.data == {
        "category": category,
        "suggestions": ["are"],
        "confidence": 0.97,
        "evidence": "supports",
        "forget_gate": {"forward": 0.81, "backward": 0.42},
    }


def test_quick_fixes_replace_the_range_with_each_suggestion() -> None:
    finding = Finding(**{**FINDING.__dict__, "suggestions": ("are", "were")})
    diagnostic = to_diagnostic(finding, LineIndex("x" * 40, UTF16))
    fixes = quick_fixes("file:///a.txt", finding, diagnostic)
    assert [(f.title, f.is_preferred) for f in fixes] == [
        ("Replace 'is' with 'are'", True),
        ("Replace 'is' with 'were'", False),
    ]
    assert fixes[1].edit == types.WorkspaceEdit(
        changes={"file:///a.txt": [types.TextEdit(diagnostic.range, "were")]}
    )


@pytest.mark.parametrize(
    ("start", "end", "touches"),
    [(28, 28, True), (30, 30, True), (20, 29, True), (0, 27, False), (31, 40, False)],
)
def test_overlaps_counts_a_cursor_at_either_edge(start: int, end: int, touches: bool) -> None:
    assert overlaps(FINDING, start, end) is touches


def test_apply_change_replaces_a_utf16_range_on_an_emoji_line() -> None:
    text = "a\n😀 it go\n"
    change = types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(1, 6), types.Position(1, 8)), text="goes"
    )
    assert apply_change(text, change, UTF16) == "a\n😀 it goes\n"


def test_apply_change_takes_a_whole_new_text() -> None:
    change = types.TextDocumentContentChangeWholeDocument(text="new")
    assert apply_change("old", change, UTF16) == "new"


@pytest.mark.parametrize(
    ("uri", "language", "markdown"),
    [
        ("file:///a.md", None, True),
        ("file:///a.txt", "markdown", True),
        ("file:///README.MARKDOWN", "plaintext", True),
        ("file:///a.txt", "plaintext", False),
        ("file:///a.rst", "restructuredtext", False),
        ("untitled:1", None, False),
    ],
)
def test_is_markdown(uri: str, language: str | None, markdown: bool) -> None:
    assert is_markdown(uri, language) is markdown


def test_http_backend_names_a_reply_that_is_not_v1s(stub_service: str) -> None:
    _Recorder.reply = {"sentences": [{"flags": [{"start": 0}]}]}
    with pytest.raises(CheckError, match="sent a reply that is not /v1/check's: KeyError"):
        HttpBackend(stub_service).check("x")
