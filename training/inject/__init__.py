"""Error injectors: each proposes the single-token corruptions a sentence allows.

An injector reads a parsed sentence and returns :class:`Edit` candidates; it never changes the
sentence. The build picks among candidates and applies them. Injectors live in one module
each and are registered here under versioned names: changing what one does means a new
version, so that a dataset card's injector names say exactly how its errors were made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from model.labels import Correction, ErrorType
from training.conllu import Sentence


@dataclass(frozen=True)
class Edit:
    """Replace token ``index`` by ``wrong``; ``correction`` says how to get the original back."""

    index: int
    wrong: str
    type: ErrorType
    correction: Correction
    original: str
    weight: float = 1.0  # how readily the build picks this candidate among the sentence's


Injector = Callable[[Sentence], list[Edit]]


def _registry() -> dict[str, Injector]:
    from training.inject import det_noun, sva, tense, verb_form

    return {
        # v2: verbs of subject relative clauses and bare conjoined verbs too, weighted up
        "subject_verb_agreement.v2": sva.candidates,
        # v3: v2 with I, we and you as subjects
        "subject_verb_agreement.v3": sva.person_candidates,
        "determiner_noun_agreement.v1": det_noun.candidates,
        "verb_form.v1": verb_form.candidates,
        # v2: v1 with a bare verb where a preposition takes an -ing form (*by encourage*)
        "verb_form.v2": verb_form.preposition_candidates,
        "tense.v1": tense.candidates,
        # v2: only past verbs whose own clause fixes the past (model.tense.clause_past_frame)
        "tense.v2": tense.clause_candidates,
        # v3: v2 with I, we and you as subjects, and past auxiliaries and copulas
        "tense.v3": tense.person_candidates,
    }


INJECTORS: dict[str, Injector] = {}


def injectors() -> dict[str, Injector]:
    """The registry, keyed by versioned name."""
    if not INJECTORS:
        INJECTORS.update(_registry())
    return INJECTORS


def apply(sent: Sentence, edits: list[Edit]) -> list[str]:
    """The sentence's words with the edits applied."""
    words = sent.words
    for e in edits:
        words[e.index] = e.wrong
    return words
