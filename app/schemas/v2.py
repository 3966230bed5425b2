"""LanguageTool's JSON, as its HTTP API v2 answers ``/v2/check`` and ``/v2/languages``.

Field names are LanguageTool's (camelCase). Offsets and lengths count UTF-16 code units, as in
LanguageTool (Java strings) and JavaScript, not code points.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class Software(BaseModel):
    """The server answering; Concord names itself, clients only read ``apiVersion``."""

    name: str
    version: str
    buildDate: str = Field(description="When the loaded model was built (its config.json).")
    apiVersion: int
    status: str
    premium: bool


class Warnings(BaseModel):
    """Concord always checks the whole text, so results are never incomplete."""

    incompleteResults: bool


class DetectedLanguage(BaseModel):
    """Concord does no detection: this is the requested language (English for ``auto``)."""

    name: str
    code: str
    confidence: float


class Language(BaseModel):
    """The language the text was checked as."""

    name: str
    code: str
    detectedLanguage: DetectedLanguage


class Replacement(BaseModel):
    """One suggested replacement."""

    value: str


class Context(BaseModel):
    """Up to 40 characters either side of the error; offset and length inside ``text``."""

    text: str
    offset: int = Field(description="UTF-16 code units into the context text.")
    length: int = Field(description="UTF-16 code units.")


class MatchType(BaseModel):
    """LanguageTool's match type; Concord's are all ``Other``."""

    typeName: str


class Category(BaseModel):
    """The rule's category: ``AGREEMENT`` or ``TENSE``."""

    id: str
    name: str


class Rule(BaseModel):
    """One rule per error type, id ``CONCORD_<TYPE>``, e.g. ``CONCORD_SUBJECT_VERB_AGREEMENT``."""

    id: str
    description: str
    issueType: str
    category: Category


class Match(BaseModel):
    """One error, located in the submitted text."""

    message: str
    shortMessage: str
    replacements: list[Replacement]
    offset: int = Field(description="UTF-16 code units from the start of the submitted text.")
    length: int = Field(description="UTF-16 code units.")
    context: Context
    sentence: str
    type: MatchType
    rule: Rule
    ignoreForIncompleteSentence: bool
    contextForSureMatch: int


class LanguageToolResponse(BaseModel):
    """LanguageTool's ``/v2/check`` answer."""

    software: Software
    warnings: Warnings
    language: Language
    matches: list[Match]
    sentenceRanges: list[list[int]] = Field(
        description="[start, end) of each sentence, in UTF-16 code units."
    )


class LanguageEntry(BaseModel):
    """One entry of ``/v2/languages``."""

    name: str
    code: str
    longCode: str


class CheckForm(BaseModel):
    """The form fields of ``POST /v2/check`` (application/x-www-form-urlencoded)."""

    text: str | None = Field(default=None, description="The text to check; or use `data`.")
    data: str | None = Field(
        default=None,
        description='JSON: {"annotation": [{"text": ".."}, {"markup": "<b>"}, '
        '{"markup": "<br>", "interpretAs": "\\n"}]}. Markup is not checked but counts in '
        "offsets; `interpretAs` is checked in its place.",
    )
    language: str = Field(description="en, en-US, en-GB, en-AU, en-CA, en-NZ, en-ZA or auto.")
    enabledRules: str | None = Field(default=None, description="Comma-separated rule ids.")
    disabledRules: str | None = Field(default=None, description="Comma-separated rule ids.")
    enabledCategories: str | None = Field(default=None, description="Comma-separated ids.")
    disabledCategories: str | None = Field(default=None, description="Comma-separated ids.")
    enabledOnly: bool = Field(default=False, description="Run only the enabled rules/categories.")
    level: str = Field(
        default="default",
        description="default or picky: picky also flags a verb that *I*, *we* or *you* right "
        "before it never takes (*We was late*), which novels' dialect speech draws too.",
    )
    apiKey: str | None = Field(default=None, description="The server's API key, if it has one.")
