"""``concord-lsp``: Concord's language server over stdio (pygls 2).

It publishes a diagnostic per flag for every open document, re-checks a short pause after the
last edit, and offers each suggestion as a quick fix. Markdown is masked first (see
:mod:`lsp.markdown`). Checks run in a worker thread so edits keep flowing while the model runs;
a result is published only if the document has not changed since it was read.

Options come from the command line and are overridden by the client's ``initializationOptions``
(``server``, ``modelDir``, ``threshold``, ``debounceMs``, ``apiKey``, ``picky``).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import logging
import os
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method

from lsp import __version__
from lsp.backends import Backend, CheckError, Finding, HttpBackend, LocalBackend
from lsp.diagnostics import overlaps, quick_fixes, to_diagnostic
from lsp.markdown import mask_markdown
from lsp.positions import UTF16, LineIndex, choose_encoding

log = logging.getLogger("concord-lsp")

MARKDOWN_IDS = frozenset({"markdown"})
MARKDOWN_SUFFIXES = (".md", ".markdown")


def _default_model_dir() -> Path:
    """``shipped/`` inside the installed ``model`` package, found without importing PyTorch."""
    spec = importlib.util.find_spec("model")
    locations = spec.submodule_search_locations if spec else None
    return Path(next(iter(locations)) if locations else "model") / "shipped"


@dataclass(frozen=True)
class Options:
    """How the server checks. Command-line flags set these; initializationOptions override."""

    server: str | None = None  # URL of a Concord service; None checks in-process
    model_dir: Path = field(default_factory=_default_model_dir)  # for in-process checks
    threshold: float | None = None  # flag tokens with p_error >= this; None: the model's own
    debounce_ms: int = 300  # wait this long after the last edit before re-checking
    api_key: str | None = field(default=None, repr=False)  # sent as X-API-Key to the service
    picky: bool = False  # also the flags only picky checks raise (*We was late*)

    def backend(self) -> Backend:
        """The backend these options ask for."""
        if self.server:
            return HttpBackend(self.server, self.threshold, self.api_key, picky=self.picky)
        return LocalBackend(self.model_dir, self.threshold, self.picky)


# initializationOptions key -> (Options field, converter)
INIT_KEYS: dict[str, tuple[str, Any]] = {
    "server": ("server", lambda v: str(v) if v else None),
    "modelDir": ("model_dir", lambda v: Path(str(v)).expanduser()),
    "threshold": ("threshold", lambda v: None if v is None else _probability(v)),
    "debounceMs": ("debounce_ms", lambda v: max(0, int(v))),
    "apiKey": ("api_key", lambda v: str(v) if v else None),
    "picky": ("picky", lambda v: _flag(v, "picky")),
}


def _flag(value: Any, name: str) -> bool:
    """``value`` as a bool: JSON true or false only, else ValueError naming ``name``."""
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false, got {value!r}")
    return value


def _probability(value: Any) -> float:
    """``value`` as a float in [0, 1], or ValueError naming it."""
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"threshold must be between 0 and 1, got {value!r}")
    return number


def merge_init_options(options: Options, init: Any) -> tuple[Options, list[str]]:
    """``options`` with initializationOptions applied, and a complaint per key it rejected."""
    if not isinstance(init, dict):
        return options, []
    changes: dict[str, Any] = {}
    problems = []
    for key, value in init.items():
        if key not in INIT_KEYS:
            problems.append(
                f"unknown initializationOptions key {key!r} (known: {sorted(INIT_KEYS)})"
            )
            continue
        name, convert = INIT_KEYS[key]
        try:
            changes[name] = convert(value)
        except (TypeError, ValueError) as e:
            problems.append(f"initializationOptions.{key}={value!r} ignored: {e}")
    return replace(options, **changes), problems


@dataclass
class Document:
    """An open document: its text and version, and the last check published for it."""

    text: str
    version: int | None
    markdown: bool
    findings: list[Finding] = field(default_factory=list)
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    checked_version: int | None = None  # the version findings belong to


def is_markdown(uri: str, language_id: str | None) -> bool:
    """Whether to treat a document as Markdown, by language id or file name."""
    return language_id in MARKDOWN_IDS or uri.lower().endswith(MARKDOWN_SUFFIXES)


def apply_change(text: str, change: types.TextDocumentContentChangeEvent, encoding: str) -> str:
    """``text`` after one didChange content change (a whole new text, or a range edit)."""
    if not isinstance(change, types.TextDocumentContentChangePartial):
        return change.text
    index = LineIndex(text, encoding)
    start, end = index.offset(change.range.start), index.offset(change.range.end)
    return text[:start] + change.text + text[end:]


class ConcordProtocol(LanguageServerProtocol):
    """pygls' protocol, but the position encoding is chosen by our preference, not the client's."""

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(
        self, params: types.InitializeParams
    ) -> Generator[Any, Any, types.InitializeResult]:
        """Narrow the client's offer to our pick, so pygls and the client agree on it."""
        general = params.capabilities.general
        if general is not None and general.position_encodings:
            general.position_encodings = [choose_encoding(general.position_encodings)]
        return (yield from super().lsp_initialize(params))


class ConcordServer(LanguageServer):
    """The language server and the state of the documents it checks."""

    def __init__(self, options: Options | None = None) -> None:
        super().__init__(
            "concord-lsp",
            __version__,
            protocol_cls=ConcordProtocol,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.options = options or Options()
        self.backend: Backend = self.options.backend()
        self.encoding = UTF16
        self.documents: dict[str, Document] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.failing = False  # a check failed and the user has been told

    def configure(self, options: Options, encoding: str) -> None:
        """Use these options and this negotiated position encoding from now on."""
        self.options, self.encoding = options, encoding
        self.backend = options.backend()

    def schedule(self, uri: str, delay_ms: int) -> None:
        """Check ``uri`` after ``delay_ms``, replacing any check already waiting for it."""
        if (task := self.pending.pop(uri, None)) is not None:
            task.cancel()
        self.pending[uri] = asyncio.ensure_future(self._check_later(uri, delay_ms / 1000))

    def forget(self, uri: str) -> None:
        """Stop tracking a closed document and clear its diagnostics."""
        if (task := self.pending.pop(uri, None)) is not None:
            task.cancel()
        self.documents.pop(uri, None)
        self.publish(uri, None, [])

    def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
        """Send diagnostics for one document."""
        params = types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        self.text_document_publish_diagnostics(params)

    async def _check_later(self, uri: str, delay: float) -> None:
        """Wait, then check the document as it is then."""
        await asyncio.sleep(delay)
        self.pending.pop(uri, None)
        doc = self.documents.get(uri)
        if doc is not None:
            await self._check(uri, doc)

    async def _check(self, uri: str, doc: Document) -> None:
        """Check one document in a worker thread; publish unless it changed meanwhile."""
        version, text = doc.version, mask_markdown(doc.text) if doc.markdown else doc.text
        loop = asyncio.get_running_loop()
        try:
            findings = await loop.run_in_executor(self.thread_pool, self.backend.check, text)
        except CheckError as e:
            self._report(str(e))
            return
        except Exception as e:  # a bug must not silently stop all checking: say so and go on
            log.exception("check of %s failed", uri)
            self._report(f"internal error ({type(e).__name__}: {e}); see the server's log")
            return
        self.failing = False
        if self.documents.get(uri) is not doc or doc.version != version:
            return  # edited or closed while checking: a newer check is on its way
        index = LineIndex(doc.text, self.encoding)
        doc.findings, doc.checked_version = findings, version
        doc.diagnostics = [to_diagnostic(f, index) for f in findings]
        self.publish(uri, version, doc.diagnostics)

    def _report(self, message: str) -> None:
        """Log a failed check; show it to the user once until checks work again."""
        log.error("%s", message)
        if not self.failing:
            self.failing = True
            self.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=f"Concord: {message}")
            )

    def code_actions(self, uri: str, selection: types.Range) -> list[types.CodeAction]:
        """Quick fixes for the findings that touch ``selection`` in the current version."""
        doc = self.documents.get(uri)
        if doc is None or doc.checked_version != doc.version:
            return []  # stale ranges; the client asks again after the next publish
        index = LineIndex(doc.text, self.encoding)
        start, end = index.offset(selection.start), index.offset(selection.end)
        return [
            action
            for finding, diagnostic in zip(doc.findings, doc.diagnostics, strict=True)
            if overlaps(finding, start, end)
            for action in quick_fixes(uri, finding, diagnostic)
        ]


server = ConcordServer()


@server.feature(types.INITIALIZE)
def initialize(ls: ConcordServer, params: types.InitializeParams) -> None:
    """Apply initializationOptions and record the negotiated position encoding."""
    options, problems = merge_init_options(ls.options, params.initialization_options)
    ls.configure(options, str(ls.workspace.position_encoding or UTF16))
    for problem in problems:
        log.warning("%s", problem)
        ls.window_log_message(
            types.LogMessageParams(type=types.MessageType.Warning, message=problem)
        )


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: ConcordServer, params: types.DidOpenTextDocumentParams) -> None:
    """Track the document and check it now."""
    item = params.text_document
    ls.documents[item.uri] = Document(
        item.text, item.version, is_markdown(item.uri, item.language_id)
    )
    ls.schedule(item.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: ConcordServer, params: types.DidChangeTextDocumentParams) -> None:
    """Apply the edits and check again once typing pauses."""
    doc = ls.documents.get(params.text_document.uri)
    if doc is None:
        return
    for change in params.content_changes:
        doc.text = apply_change(doc.text, change, ls.encoding)
    doc.version = params.text_document.version
    ls.schedule(params.text_document.uri, ls.options.debounce_ms)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ConcordServer, params: types.DidCloseTextDocumentParams) -> None:
    """Forget the document and clear its diagnostics."""
    ls.forget(params.text_document.uri)


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
)
def code_action(ls: ConcordServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """Each suggestion of each finding in the requested range, as a quick fix."""
    return ls.code_actions(params.text_document.uri, params.range)


@server.feature(types.SHUTDOWN)
def shutdown(ls: ConcordServer, params: None) -> None:
    """Cancel waiting checks."""
    for task in ls.pending.values():
        task.cancel()
    ls.pending.clear()


def _threshold_arg(value: str) -> float:
    """argparse type for --threshold."""
    try:
        return _probability(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line; see ``concord-lsp --help``."""
    parser = argparse.ArgumentParser(
        prog="concord-lsp", description="Concord's grammar checker as a language server (stdio)."
    )
    defaults = Options()
    parser.add_argument("--model", type=Path, default=defaults.model_dir, help="model folder")
    parser.add_argument("--server", help="check through this Concord service URL instead")
    parser.add_argument("--threshold", type=_threshold_arg, help="flag at p_error >= this")
    parser.add_argument("--debounce-ms", type=int, default=defaults.debounce_ms)
    parser.add_argument(
        "--picky", action="store_true", help="also flag *We was late* (dialect speech too)"
    )
    parser.add_argument(
        "--api-key",
        default=os.environ.get("CONCORD_API_KEY") or None,
        help="key for a --server that needs one (default: $CONCORD_API_KEY)",
    )
    parser.add_argument("--log-level", default="WARNING", help="stderr logging level")
    parser.add_argument(
        "--stdio", action="store_true", help="accepted; stdio is the only transport"
    )
    parser.add_argument("--version", action="version", version=f"concord-lsp {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of ``concord-lsp``: parse flags, then serve LSP on stdin/stdout."""
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="concord-lsp %(levelname)s %(message)s"
    )
    options = Options(
        args.server,
        args.model,
        args.threshold,
        max(0, args.debounce_ms),
        args.api_key,
        args.picky,
    )
    server.configure(options, UTF16)
    server.start_io()


if __name__ == "__main__":
    main()
