"""Speaking LanguageTool's HTTP API v2, so editor plugins can use Concord as their server.

Parameters and answers follow https://languagetool.org/http-api/ ; errors are plain text with
LanguageTool's wording, because clients show (and some parse) that text. Offsets in answers are
UTF-16 code units into the submitted text, markup included.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl

from app import __version__
from app.annotation import AnnotatedText, parse_data
from app.errors import InvalidUtf8, LanguageToolError, TooLarge, printable
from app.offsets import Utf16Index, utf16_length
from app.schemas.v2 import (
    Category,
    Context,
    DetectedLanguage,
    Language,
    LanguageEntry,
    LanguageToolResponse,
    Match,
    MatchType,
    Replacement,
    Rule,
    Software,
    Warnings,
)
from model.checker import Flag, SentenceResult
from model.labels import ErrorType
from model.messages import short

LANGUAGES: tuple[LanguageEntry, ...] = tuple(
    LanguageEntry(name=name, code="en", longCode=long_code)
    for name, long_code in [
        ("English", "en"),
        ("English (Australian)", "en-AU"),
        ("English (Canadian)", "en-CA"),
        ("English (GB)", "en-GB"),
        ("English (New Zealand)", "en-NZ"),
        ("English (US)", "en-US"),
        ("English (South African)", "en-ZA"),
    ]
)
AUTO_LANGUAGE = LANGUAGES[5]  # "auto" is answered as English (US): Concord detects nothing
CONTEXT_CHARS = 40  # characters either side of an error in a match's context, as LanguageTool
LEVELS = ("default", "picky")
MAX_FORM_FIELDS = 100


@dataclass(frozen=True)
class CheckParams:
    """A validated ``/v2/check`` request."""

    doc: AnnotatedText  # what the checker sees, and how to map it back to the source
    source: str  # the submitted text, markup included; answer offsets index into it
    language: LanguageEntry
    enabled_rules: frozenset[str]
    disabled_rules: frozenset[str]
    enabled_categories: frozenset[str]
    disabled_categories: frozenset[str]
    enabled_only: bool
    picky: bool = False  # level=picky: also the flags only picky checks raise (model.checker)


def parse_form(body: bytes) -> dict[str, str]:
    """Decode an ``application/x-www-form-urlencoded`` body (UTF-8, as LanguageTool expects)."""
    try:
        pairs = parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            errors="strict",
            max_num_fields=MAX_FORM_FIELDS,
        )
    except UnicodeDecodeError as e:
        raise InvalidUtf8("The form data is not valid UTF-8", "body") from e
    except ValueError as e:
        raise LanguageToolError(
            f"Too many form fields (the limit is {MAX_FORM_FIELDS})", "body"
        ) from e
    return dict(pairs)


def parse_check(params: Mapping[str, str], max_chars: int) -> CheckParams:
    """Validate ``/v2/check`` parameters the way LanguageTool does, with its messages."""
    doc, source = _text(params)
    language = resolve_language(params.get("language"))
    if len(doc.plain) > max_chars:
        raise TooLarge(
            f"Your text exceeds the limit of {max_chars} characters "
            f"(it's {len(doc.plain)} characters). Please submit a shorter text.",
            "text",
            max_chars,
            code="text_too_long",
        )
    level = params.get("level") or "default"
    if level not in LEVELS:
        raise LanguageToolError(
            f"Unknown 'level' {printable(level)!r}: use 'default' or 'picky'", "level", LEVELS
        )
    checked = CheckParams(
        doc=doc,
        source=source,
        language=language,
        enabled_rules=_ids(params.get("enabledRules")),
        disabled_rules=_ids(params.get("disabledRules")),
        enabled_categories=_ids(params.get("enabledCategories")),
        disabled_categories=_ids(params.get("disabledCategories")),
        enabled_only=params.get("enabledOnly", "").lower() == "true",
        picky=level == "picky",
    )
    if checked.enabled_only and not (checked.enabled_rules or checked.enabled_categories):
        raise LanguageToolError(
            "You set 'enabledOnly=true' but gave no rules or categories in 'enabledRules' or "
            "'enabledCategories'",
            "enabledOnly",
        )
    return checked


def _text(params: Mapping[str, str]) -> tuple[AnnotatedText, str]:
    text, data = params.get("text"), params.get("data")
    if text is not None and data is not None:
        raise LanguageToolError("Set only 'text' or 'data' parameter, not both", "text")
    if text is not None:
        return AnnotatedText.of_text(text), text
    if data is not None:
        return parse_data(data)
    raise LanguageToolError("Missing 'text' or 'data' parameter", "text")


def _ids(value: str | None) -> frozenset[str]:
    return frozenset(part.strip() for part in (value or "").split(",") if part.strip())


def resolve_language(code: str | None) -> LanguageEntry:
    """The entry for a requested code (any case, ``_`` or ``-``); LanguageTool's 400 otherwise."""
    if not code:
        raise LanguageToolError(
            "Missing 'language' parameter, e.g. 'language=en-US' for American English "
            "or 'language=auto'",
            "language",
        )
    wanted = code.strip().replace("_", "-").lower()
    if wanted == "auto":
        return AUTO_LANGUAGE
    for entry in LANGUAGES:
        if entry.longCode.lower() == wanted:
            return entry
    codes = [entry.longCode for entry in LANGUAGES]
    raise LanguageToolError(
        f"'{printable(code)}' is not a language code known to LanguageTool. Supported language "
        f"codes are: {', '.join(codes)}. Concord checks English only.",
        "language",
        codes,
    )


def rule_id(etype: ErrorType) -> str:
    """``CONCORD_SUBJECT_VERB_AGREEMENT`` and so on: one LanguageTool rule per error type."""
    return f"CONCORD_{etype.value.upper()}"


def _wanted(flag: Flag, params: CheckParams) -> bool:
    """Apply enabledRules / disabledRules / enabledCategories / disabledCategories / enabledOnly."""
    rule, category = rule_id(flag.type), flag.type.category.upper()
    if params.enabled_only:
        return rule in params.enabled_rules or category in params.enabled_categories
    return rule not in params.disabled_rules and category not in params.disabled_categories


def build_response(
    results: list[SentenceResult], params: CheckParams, build_date: str
) -> LanguageToolResponse:
    """LanguageTool's answer for the checker's results on ``params.doc.plain``."""
    units = Utf16Index(params.source)
    matches = [
        _match(flag, sentence, params, units)
        for sentence in results
        for flag in sentence.flags
        if _wanted(flag, params)
    ]
    ranges = [params.doc.source_span(s.start, s.end) for s in results]
    return LanguageToolResponse(
        software=Software(
            name="Concord",
            version=__version__,
            buildDate=build_date,
            apiVersion=1,
            status="",
            premium=False,
        ),
        warnings=Warnings(incompleteResults=False),
        language=_language(params.language),
        matches=matches,
        sentenceRanges=[[units(start), units(end)] for start, end in ranges],
    )


def _language(entry: LanguageEntry) -> Language:
    detected = DetectedLanguage(name=entry.name, code=entry.longCode, confidence=1.0)
    return Language(name=entry.name, code=entry.longCode, detectedLanguage=detected)


def _match(flag: Flag, sentence: SentenceResult, params: CheckParams, units: Utf16Index) -> Match:
    start, end = params.doc.source_span(flag.start, flag.end)
    category = flag.type.category
    return Match(
        message=flag.message,
        shortMessage=short(flag.type),
        replacements=[Replacement(value=s) for s in flag.suggestions],
        offset=units(start),
        length=units(end) - units(start),
        context=_context(params.doc.plain, flag.start, flag.end),
        sentence=sentence.text,
        type=MatchType(typeName="Other"),
        rule=Rule(
            id=rule_id(flag.type),
            description=short(flag.type),
            issueType="grammar",
            category=Category(id=category.upper(), name=category.capitalize()),
        ),
        ignoreForIncompleteSentence=False,
        contextForSureMatch=0,
    )


def _context(plain: str, start: int, end: int) -> Context:
    """The error with up to CONTEXT_CHARS either side, "..." where cut, line breaks as spaces."""
    left, right = max(0, start - CONTEXT_CHARS), min(len(plain), end + CONTEXT_CHARS)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(plain) else ""
    before = prefix + plain[left:start]
    text = (before + plain[start:right] + suffix).translate(_LINE_BREAKS)
    return Context(text=text, offset=utf16_length(before), length=utf16_length(plain[start:end]))


# One for one, so that offsets into the context stay valid.
_LINE_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\u2028": " ", "\u2029": " "})
