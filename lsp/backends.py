"""Where checks run: in this process with a model folder, or in a Concord service over HTTP.

Both return the same :class:`Finding` list with code-point offsets into the checked text. The
local backend imports PyTorch only when it first checks, so ``--server`` starts fast; the HTTP
backend uses ``urllib`` and the service's ``POST /v1/check`` (see the API docs).
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from model.checker import Checker, Flag, SentenceResult


class CheckError(RuntimeError):
    """A check could not run: no model, no service, or the service refused the text."""


@dataclass(frozen=True)
class Finding:
    """One flagged span, whichever backend found it."""

    start: int  # code points into the checked text
    end: int
    text: str
    type: str  # an ErrorType value, e.g. "subject_verb_agreement"
    category: str  # "agreement" or "tense"
    message: str
    suggestions: tuple[str, ...]
    confidence: float
    forget_forward: float | None  # the flagged token's mean forget gate, left to right
    forget_backward: float | None  # and right to left
    # what the parse said of the flag (model.evidence.Evidence's value); a service older
    # than -113 sends none
    evidence: str = "unknown"


class Backend(Protocol):
    """Anything that checks a text and reports findings."""

    def check(self, text: str) -> list[Finding]:
        """Findings in ``text``, offsets in code points."""
        ...


class LocalBackend:
    """Checks in this process with a model folder, loaded on the first check."""

    def __init__(
        self, model_dir: Path, threshold: float | None = None, picky: bool = False
    ) -> None:
        self.model_dir = model_dir
        self.threshold = threshold
        self.picky = picky
        self._checker: Checker | None = None
        self._lock = threading.Lock()

    def check(self, text: str) -> list[Finding]:
        """Findings in ``text`` from the local model."""
        checker = self._load()
        results = checker.check_text(
            text, threshold=self.threshold, gates="summary", picky=self.picky
        )
        return [_from_flag(s, f) for s in results for f in s.flags]

    def _load(self) -> Checker:
        """The checker, loading it once (several documents may ask at the same time)."""
        with self._lock:
            if self._checker is None:
                self._checker = _load_checker(self.model_dir)
            return self._checker


def _load_checker(model_dir: Path) -> Checker:
    """Load a model folder, naming the folder if it is missing or incomplete."""
    hint = "pass --model DIR or --server URL"
    if not (model_dir / "config.json").is_file():  # say so before spending seconds on PyTorch
        raise CheckError(f"no Concord model in {model_dir} (no config.json); {hint}")
    from model.checker import Checker

    try:
        return Checker.load(model_dir)
    except FileNotFoundError as e:
        raise CheckError(f"incomplete Concord model in {model_dir} ({e.filename}); {hint}") from e


def _from_flag(sentence: SentenceResult, flag: Flag) -> Finding:
    """A checker flag as a finding, with its token's forget-gate summary."""
    token = sentence.tokens[flag.token]
    return Finding(
        start=flag.start,
        end=flag.end,
        text=flag.text,
        type=flag.type.value,
        category=flag.type.category,
        message=flag.message,
        suggestions=tuple(flag.suggestions),
        confidence=flag.confidence,
        forget_forward=token.forget_forward,
        forget_backward=token.forget_backward,
        evidence=flag.evidence.value,
    )


class HttpBackend:
    """Checks through a running Concord service's ``POST /v1/check``."""

    def __init__(
        self,
        url: str,
        threshold: float | None = None,
        api_key: str | None = None,
        timeout: float = 30.0,
        picky: bool = False,
    ) -> None:
        base = url.rstrip("/")
        self.url = base if base.endswith("/v1/check") else base + "/v1/check"
        self.threshold = threshold
        self.api_key = api_key
        self.timeout = timeout
        self.picky = picky

    def check(self, text: str) -> list[Finding]:
        """Findings in ``text`` from the service."""
        body: dict[str, Any] = {"text": text, "gates": "summary"}
        if self.threshold is not None:
            body["threshold"] = self.threshold
        if self.picky:
            body["picky"] = True
        reply = self._post(body)
        try:
            return parse_response(reply)
        except (KeyError, TypeError, ValueError) as e:
            raise CheckError(f"{self.url} sent a reply that is not /v1/check's: {e!r}") from e

    def _headers(self) -> dict[str, str]:
        """JSON both ways, and the API key when the service needs one."""
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["X-API-Key"] = self.api_key
        return headers

    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        """POST ``body`` as JSON; the decoded reply, or a CheckError saying what went wrong."""
        request = urllib.request.Request(
            self.url,
            data=json.dumps(body).encode("utf-8"),
            headers=self._headers(),
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                return dict(json.load(reply))
        except json.JSONDecodeError as e:
            raise CheckError(f"{self.url} did not answer with JSON: {e}") from e
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            raise CheckError(f"{self.url} answered {e.code}: {detail}") from e
        except (urllib.error.URLError, TimeoutError, ConnectionError) as e:
            raise CheckError(f"cannot reach the Concord service at {self.url}: {e}") from e


def parse_response(reply: dict[str, Any]) -> list[Finding]:
    """Findings from a ``/v1/check`` response body."""
    return [_from_json(s, f) for s in reply["sentences"] for f in s["flags"]]


def _from_json(sentence: dict[str, Any], flag: dict[str, Any]) -> Finding:
    """One flag of a ``/v1/check`` sentence as a finding."""
    gates = _token_at(sentence, flag["start"]).get("forget_gate") or {}
    return Finding(
        start=flag["start"],
        end=flag["end"],
        text=flag["text"],
        type=flag["type"],
        category=flag["category"],
        message=flag["message"],
        suggestions=tuple(flag["suggestions"]),
        confidence=flag["confidence"],
        forget_forward=gates.get("forward"),
        forget_backward=gates.get("backward"),
        evidence=flag.get("evidence", "unknown"),
    )


def _token_at(sentence: dict[str, Any], start: int) -> dict[str, Any]:
    """The sentence's token starting at ``start`` (empty if the reply has none there)."""
    return next((t for t in sentence["tokens"] if t["start"] == start), {})
