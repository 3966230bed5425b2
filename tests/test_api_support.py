"""Helpers shared by the API tests: apps on the tiny model, a scripted checker, span checks.

No tests here; the other test_api*/test_v2*/test_errors*/test_unicode*/test_server* modules
import these helpers.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from app.lifespan import get_checker
from app.main import create_app
from app.settings import Settings
from model.checker import Flag, SentenceResult, TokenResult
from model.evidence import Evidence
from model.labels import Correction, ErrorType

SENTENCE = "The keys to the cabinet is lost."
WORDS = [
    ("The", 0),
    ("keys", 4),
    ("to", 9),
    ("the", 12),
    ("cabinet", 16),
    ("is", 24),
    ("lost", 27),
    (".", 31),
]  # SENTENCE's tokens and their starts


def hermetic_settings(**values: Any) -> Settings:
    """Settings from ``values`` and defaults only: CONCORD_* variables of the shell are ignored."""
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.upper().startswith("CONCORD_")}
    try:
        return Settings(**values)
    finally:
        os.environ.update(saved)


@contextmanager
def client_for(
    model_dir: Path, checker: Any = None, raise_errors: bool = True, **settings: Any
) -> Iterator[TestClient]:
    """A test client on a fresh app; the lifespan loads ``model_dir``, ``checker`` replaces it."""
    app = create_app(hermetic_settings(model_dir=model_dir, **settings))
    if checker is not None:
        app.dependency_overrides[get_checker] = lambda: checker
    with TestClient(app, raise_server_exceptions=raise_errors) as client:
        yield client


def keys_sentence(shift: int = 0, gates: str = "summary") -> SentenceResult:
    """The checker's result for SENTENCE, scripted: one agreement error on 'is'."""
    tokens = [
        TokenResult(
            text=word,
            start=start + shift,
            end=start + len(word) + shift,
            p_error=0.97 if word == "is" else 0.001,
            forget_forward=None if gates == "none" else 0.83,
            forget_backward=None if gates == "none" else 0.77,
            gates_full=_full_gates() if gates == "full" else None,
        )
        for word, start in WORDS
    ]
    flag = Flag(
        token=5,
        start=24 + shift,
        end=26 + shift,
        text="is",
        type=ErrorType.SUBJECT_VERB_AGREEMENT,
        correction=Correction.TO_PLURAL_VERB,
        message="The verb 'is' does not agree with its subject 'keys'.",
        suggestions=["are"],
        confidence=0.97,
        evidence=Evidence.SUPPORTS,
    )
    return SentenceResult(SENTENCE, shift, shift + len(SENTENCE), tokens, [flag])


def _full_gates() -> list[dict[str, list[float]]]:
    return [
        {"forward": [0.1, 0.2], "backward": [0.3, 0.4]},
        {"forward": [0.5, 0.6], "backward": [0.7, 0.8]},
    ]


@dataclass
class ScriptedChecker:
    """Stands in for model.checker.Checker: finds SENTENCE in the input, records each call."""

    name: str = "concord-scripted"
    version: str = "1.0"
    threshold: float = 0.5
    calls: list[dict[str, Any]] = field(default_factory=list)

    def check_text(
        self,
        text: str,
        threshold: float | None = None,
        gates: str = "summary",
        max_tokens: int = 200,
        picky: bool | None = None,
    ) -> list[SentenceResult]:
        """One result per occurrence of SENTENCE in ``text``, offsets into ``text``."""
        self.calls.append(
            {"text": text, "threshold": threshold, "gates": gates, "max": max_tokens}
            | ({"picky": picky} if picky else {})
        )
        found, at = [], text.find(SENTENCE)
        while at >= 0:
            found.append(keys_sentence(at, gates))
            at = text.find(SENTENCE, at + 1)
        return found

    def check_sentences(
        self,
        sentences: list[str],
        threshold: float | None = None,
        gates: str = "summary",
        max_tokens: int = 200,
        picky: bool | None = None,
    ) -> list[SentenceResult]:
        """SENTENCE's result for SENTENCE, an empty result for anything else."""
        self.calls.append(
            {"sentences": sentences, "threshold": threshold, "gates": gates, "max": max_tokens}
            | ({"picky": picky} if picky else {})
        )
        return [
            keys_sentence(0, gates) if s == SENTENCE else SentenceResult(s, 0, len(s))
            for s in sentences
        ]


def utf16(text: str) -> bytes:
    """``text`` as UTF-16-LE bytes: two bytes per code unit."""
    return text.encode("utf-16-le")


def utf16_slice(text: str, offset: int, length: int) -> str:
    """The part of ``text`` at UTF-16 ``offset`` and ``length``, as LanguageTool clients cut it."""
    return utf16(text)[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def assert_v1_spans(text: str, sentences: list[dict[str, Any]]) -> None:
    """Every sentence, token and flag of a v1 answer sits exactly at its code-point offsets."""
    for s in sentences:
        assert text[s["start"] : s["end"]] == s["text"]
        for t in s["tokens"]:
            assert text[t["start"] : t["end"]] == t["text"], t
            assert s["start"] <= t["start"] < t["end"] <= s["end"]
        for f in s["flags"]:
            assert text[f["start"] : f["end"]] == f["text"], f
            token = s["tokens"][f["token"]]
            assert (token["start"], token["end"], token["text"]) == (
                f["start"],
                f["end"],
                f["text"],
            )
