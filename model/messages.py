"""User-facing messages for flags, naming the words involved where they are known."""

from __future__ import annotations

from model.labels import ErrorType


def describe(etype: ErrorType, word: str, subject: str | None, suggestion: str) -> str:
    """One sentence saying what is wrong with ``word`` and what would fix it."""
    if etype is ErrorType.SUBJECT_VERB_AGREEMENT:
        if subject:
            return f"The verb '{word}' does not agree with its subject '{subject}'."
        return f"The verb '{word}' does not agree with its subject; did you mean '{suggestion}'?"
    if etype is ErrorType.DETERMINER_NOUN_AGREEMENT:
        return (
            f"'{word}' does not agree in number with the rest of its noun phrase; "
            f"did you mean '{suggestion}'?"
        )
    if etype is ErrorType.TENSE:
        return (
            f"The tense of '{word}' does not fit the time the sentence talks about; "
            f"did you mean '{suggestion}'?"
        )
    return f"'{word}' is the wrong form of the verb here; did you mean '{suggestion}'?"


def short(etype: ErrorType) -> str:
    """A few words for compact displays (LanguageTool's shortMessage)."""
    return {
        ErrorType.SUBJECT_VERB_AGREEMENT: "Subject-verb agreement",
        ErrorType.DETERMINER_NOUN_AGREEMENT: "Determiner-noun agreement",
        ErrorType.TENSE: "Verb tense",
        ErrorType.VERB_FORM: "Verb form",
    }.get(etype, "")
