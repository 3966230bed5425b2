"""The closed label set shared by data, model, API and docs.

Every token carries one :class:`ErrorType` (``OK`` for most) and, when it is an error, one
:class:`Correction` saying how the word must change. Names follow ERRANT's taxonomy where it
fits (see ``ERRANT`` below), so learner-corpus edits map onto them directly.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorType(StrEnum):
    """What is wrong with a token."""

    OK = "OK"
    """Nothing: the token is fine."""
    SUBJECT_VERB_AGREEMENT = "subject_verb_agreement"
    """A finite verb does not agree in number with its subject (ERRANT ``VERB:SVA``)."""
    DETERMINER_NOUN_AGREEMENT = "determiner_noun_agreement"
    """A determiner and its noun disagree in number (ERRANT ``DET`` / ``NOUN:NUM``)."""
    TENSE = "tense"
    """A verb's tense clashes with its time frame (ERRANT ``VERB:TENSE``)."""
    VERB_FORM = "verb_form"
    """Wrong verb form after an auxiliary, modal, *to* or *do* (ERRANT ``VERB:FORM``)."""

    @property
    def category(self) -> str:
        """The coarse family shown to users: ``agreement``, ``tense`` or ``none``."""
        return CATEGORY[self]


CATEGORY: dict[ErrorType, str] = {
    ErrorType.OK: "none",
    ErrorType.SUBJECT_VERB_AGREEMENT: "agreement",
    ErrorType.DETERMINER_NOUN_AGREEMENT: "agreement",
    ErrorType.TENSE: "tense",
    ErrorType.VERB_FORM: "tense",
}

ERRANT: dict[ErrorType, tuple[str, ...]] = {
    ErrorType.SUBJECT_VERB_AGREEMENT: ("VERB:SVA",),
    ErrorType.DETERMINER_NOUN_AGREEMENT: ("NOUN:NUM", "DET"),
    ErrorType.TENSE: ("VERB:TENSE",),
    ErrorType.VERB_FORM: ("VERB:FORM",),
}


class Correction(StrEnum):
    """How a flagged word must change; ``lemminflect`` turns it into the suggested word."""

    NONE = "none"
    """No change (the token is OK)."""
    TO_SINGULAR_VERB = "to-singular-verb"
    """Third-person singular verb: *is, was, has, does, walks*."""
    TO_PLURAL_VERB = "to-plural-verb"
    """Plural (non-3rd-singular) verb: *are, were, have, do, walk*."""
    TO_PAST = "to-past"
    """Simple past, keeping the number of *be*: *walks → walked, is → was*."""
    TO_PRESENT = "to-present"
    """Simple present, keeping the number: *walked → walks* (number read from the original)."""
    TO_BASE = "to-base"
    """Bare infinitive: *goes → go*."""
    TO_PAST_PARTICIPLE = "to-past-participle"
    """Past participle: *went → gone*."""
    TO_GERUND = "to-gerund"
    """*-ing* form: *go → going*."""
    TO_SINGULAR_NOUN = "to-singular-noun"
    """Singular noun: *books → book*."""
    TO_PLURAL_NOUN = "to-plural-noun"
    """Plural noun: *book → books*."""
    TO_SINGULAR_DET = "to-singular-det"
    """Singular determiner: *these → this, those → that*."""
    TO_PLURAL_DET = "to-plural-det"
    """Plural determiner: *this → these, that → those*."""


ERROR_TYPES: list[ErrorType] = list(ErrorType)
CORRECTIONS: list[Correction] = list(Correction)
