"""concord-lsp end to end: a real LSP client drives the server over stdio with the tiny model.

The tiny model is untrained, so a threshold of 0 flags nearly every token; that is what these
tests want: many flags, on emoji and CJK lines, whose ranges must match the checker's spans
exactly in each position encoding.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from lsp.markdown import mask_markdown
from model.checker import Checker
from tests.service import running_service

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120.0  # seconds; the first check loads PyTorch and the model (slow on busy CI)
CODECS = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}

PLAIN = "Hi 😀, the keys to the cabinet is lost.\n東京の 🎉 friends says hello.\nDone."
MARKDOWN = (
    "---\ntitle: the keys is\n---\n# Notes 😀\n\nThe list of items are long.\n\n"
    "```\nthe keys is\n```\n\n    indented code is\n\n"
    "See `code is` at https://x.y/is <!-- is -->.\n"
)


class Session:
    """A pytest-lsp client plus every publishDiagnostics it has received, in order."""

    def __init__(self) -> None:
        self.client = LanguageClient(converter_factory=default_converter)
        self.published: list[types.PublishDiagnosticsParams] = []
        self._arrived = asyncio.Event()

        def record(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
            self.published.append(params)
            self._arrived.set()

        features = {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: record}
        register_lsp_features(self.client, features)

    async def diagnostics(self, uri: str, version: int | None) -> list[types.Diagnostic]:
        """Wait for the diagnostics published for this version of the document."""
        async with asyncio.timeout(TIMEOUT):
            while True:
                for params in self.published:
                    if params.uri == uri and params.version == version:
                        return list(params.diagnostics)
                self._arrived.clear()
                await self._arrived.wait()

    def versions(self, uri: str) -> list[int | None]:
        """The versions diagnostics were published for, in order."""
        return [p.version for p in self.published if p.uri == uri]


def capabilities(encodings: list[str] | None) -> types.ClientCapabilities:
    """A client that offers these position encodings and applies workspace edits."""
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings),
        text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix]
                    )
                ),
                is_preferred_support=True,
            ),
        ),
    )


async def start(
    args: list[str], encodings: list[str] | None, init: dict
) -> tuple[Session, types.InitializeResult]:
    """Start concord-lsp with ``args`` and initialize it."""
    session = Session()
    await session.client.start_io(sys.executable, "-m", "lsp.server", *args, cwd=str(ROOT))
    result = await session.client.initialize_session(
        types.InitializeParams(capabilities=capabilities(encodings), initialization_options=init)
    )
    return session, result


@pytest_asyncio.fixture
async def stop_later() -> AsyncIterator[list[Session]]:
    """Sessions appended here are stopped after the test, even when it fails."""
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        server = session.client._server  # pygls keeps the process here, and stop() waits on it
        if server is not None and server.returncode is None:
            server.kill()  # the test failed before shutting the server down
        await session.client.stop()


def position(text: str, offset: int, encoding: str) -> types.Position:
    """An LSP position computed with Python's codecs (independent of lsp.positions)."""
    line = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    codec, width = CODECS[encoding]
    return types.Position(line, len(text[line_start:offset].encode(codec)) // width)


def offset(text: str, pos: types.Position, encoding: str) -> int:
    """The code-point offset of an LSP position, by encoding each line prefix."""
    line_start = sum(len(line) + 1 for line in text.split("\n")[: pos.line])
    codec, width = CODECS[encoding]
    line = text.split("\n")[pos.line]
    return line_start + next(
        i for i in range(len(line) + 1) if len(line[:i].encode(codec)) // width >= pos.character
    )


def expected_ranges(
    checker: Checker, text: str, encoding: str, markdown: bool = False
) -> list[tuple[types.Range, str, list[str]]]:
    """Each flag the checker raises on ``text`` as (range, code, suggestions)."""
    checked = mask_markdown(text) if markdown else text
    flags = [f for s in checker.check_text(checked, threshold=0.0) for f in s.flags]
    return [
        (
            types.Range(position(text, f.start, encoding), position(text, f.end, encoding)),
            f.type.value,
            f.suggestions,
        )
        for f in flags
    ]


def observed(diagnostics: list[types.Diagnostic]) -> list[tuple[types.Range, str, list[str]]]:
    """The same triple from published diagnostics."""
    return [(d.range, str(d.code), d.data["suggestions"]) for d in diagnostics]


def open_document(session: Session, uri: str, text: str, language: str) -> None:
    """Send didOpen for version 1."""
    item = types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
    session.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))


def change(session: Session, uri: str, version: int, edit: types.TextEdit) -> None:
    """Send one incremental didChange."""
    session.client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)
            ],
        )
    )


def apply(text: str, edit: types.TextEdit, encoding: str) -> str:
    """Apply a text edit as a client would."""
    start, end = offset(text, edit.range.start, encoding), offset(text, edit.range.end, encoding)
    return text[:start] + edit.new_text + text[end:]


@pytest.mark.slow
@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("offered", "negotiated"),
    [(None, "utf-16"), (["utf-8", "utf-16"], "utf-8"), (["utf-16", "utf-8", "utf-32"], "utf-32")],
)
async def test_diagnostics_code_actions_and_updates_over_stdio(
    tiny_model_dir: Path,
    tiny_checker: Checker,
    stop_later: list[Session],
    offered: list[str] | None,
    negotiated: str,
) -> None:
    init = {"threshold": 0.0, "debounceMs": 150}
    session, result = await start(["--model", str(tiny_model_dir)], offered, init)
    stop_later.append(session)
    assert result.capabilities.position_encoding == negotiated
    uri = "file:///notes/plain.txt"

    open_document(session, uri, PLAIN, "plaintext")
    diagnostics = await session.diagnostics(uri, 1)
    assert observed(diagnostics) == expected_ranges(tiny_checker, PLAIN, negotiated)
    assert {d.source for d in diagnostics} == {"concord"}
    assert all(set(d.data["forget_gate"]) == {"forward", "backward"} for d in diagnostics)

    # Ask for fixes at the flagged "is" and apply the preferred one.
    target = next(
        d for d in diagnostics if PLAIN[offset(PLAIN, d.range.start, negotiated) :][:3] == "is "
    )
    actions = await session.client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(target.range.start, target.range.start),
            context=types.CodeActionContext(diagnostics=[target]),
        )
    )
    assert actions
    fix = next(a for a in actions if isinstance(a, types.CodeAction) and a.is_preferred)
    assert fix.kind == types.CodeActionKind.QuickFix
    assert fix.title == f"Replace 'is' with '{target.data['suggestions'][0]}'"
    (edit,) = fix.edit.changes[uri]
    assert edit.range == target.range
    fixed = apply(PLAIN, edit, negotiated)
    assert fixed == PLAIN.replace(" is ", f" {target.data['suggestions'][0]} ", 1)

    change(session, uri, 2, edit)
    assert observed(await session.diagnostics(uri, 2)) == expected_ranges(
        tiny_checker, fixed, negotiated
    )

    # A burst of edits inside the debounce window is checked once, at its last version.
    line3 = types.Position(2, 0)
    for version, word in [(3, "A"), (4, "B"), (5, "C")]:
        change(session, uri, version, types.TextEdit(types.Range(line3, line3), word))
    final = fixed[: fixed.rindex("\n") + 1] + "CBA" + fixed[fixed.rindex("\n") + 1 :]
    assert observed(await session.diagnostics(uri, 5)) == expected_ranges(
        tiny_checker, final, negotiated
    )
    assert session.versions(uri) == [1, 2, 5]

    session.client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert await session.diagnostics(uri, None) == []

    await session.client.shutdown_session()
    assert session.client._server is not None
    assert session.client._server.returncode == 0


@pytest.mark.slow
@pytest.mark.asyncio
async def test_markdown_code_urls_comments_and_front_matter_are_not_checked(
    tiny_model_dir: Path, tiny_checker: Checker, stop_later: list[Session]
) -> None:
    session, _ = await start(["--model", str(tiny_model_dir), "--threshold", "0"], None, {})
    stop_later.append(session)
    uri = "file:///notes/README.md"
    open_document(session, uri, MARKDOWN, "markdown")
    diagnostics = await session.diagnostics(uri, 1)

    assert observed(diagnostics) == expected_ranges(tiny_checker, MARKDOWN, "utf-16", True)
    flagged = [
        MARKDOWN[
            offset(MARKDOWN, d.range.start, "utf-16") : offset(MARKDOWN, d.range.end, "utf-16")
        ]
        for d in diagnostics
    ]
    assert "are" in flagged and "Notes" in flagged
    assert flagged.count("is") == 0  # every "is" sits in code, a URL, a comment or front matter
    await session.client.shutdown_session()


async def message_on_open(session: Session) -> types.ShowMessageParams:
    """The message the server shows the user once a document with an error is opened."""
    shown = session.client.protocol.wait_for_notification_async(types.WINDOW_SHOW_MESSAGE)
    open_document(session, "file:///a.txt", "The keys is lost.", "plaintext")
    async with asyncio.timeout(TIMEOUT):
        return await shown


@pytest.mark.slow
@pytest.mark.asyncio
async def test_a_missing_model_folder_is_reported_to_the_user(
    tmp_path: Path, stop_later: list[Session]
) -> None:
    session, _ = await start(["--model", str(tmp_path / "nowhere")], None, {})
    stop_later.append(session)
    message = await message_on_open(session)
    assert message.type == types.MessageType.Error
    assert str(tmp_path / "nowhere") in message.message
    assert "--server" in message.message
    await session.client.shutdown_session()


@pytest.mark.slow
@pytest.mark.asyncio
async def test_server_mode_checks_through_a_running_concord_service(
    tiny_model_dir: Path, tiny_checker: Checker, stop_later: list[Session], tmp_path: Path
) -> None:
    with running_service(tiny_model_dir, tmp_path / "uvicorn.log", api_key="k3y") as url:
        init = {"server": url, "apiKey": "k3y", "threshold": 0.0}
        session, _ = await start([], ["utf-16"], init)
        stop_later.append(session)
        uri = "file:///notes/remote.txt"
        open_document(session, uri, PLAIN, "plaintext")
        diagnostics = await session.diagnostics(uri, 1)
        assert observed(diagnostics) == expected_ranges(tiny_checker, PLAIN, "utf-16")
        assert all(d.data["forget_gate"]["forward"] is not None for d in diagnostics)
        await session.client.shutdown_session()


@pytest.mark.slow
@pytest.mark.asyncio
async def test_server_mode_reports_a_service_that_refuses_the_key(
    tiny_model_dir: Path, stop_later: list[Session], tmp_path: Path
) -> None:
    with running_service(tiny_model_dir, tmp_path / "uvicorn.log", api_key="k3y") as url:
        session, _ = await start(["--server", url, "--api-key", "wrong"], None, {})
        stop_later.append(session)
        message = await message_on_open(session)
        assert message.type == types.MessageType.Error
        assert message.message.startswith(f"Concord: {url}/v1/check answered 401:")
        await session.client.shutdown_session()
