"""Verb-form errors: the wrong form after a modal, *to*, *do*, perfect *have* or progressive *be*,
and (v2) a bare verb where a preposition takes an *-ing* form.

>>> from training.inject.examples import parse_example
>>> sorted((e.wrong, e.correction.value) for e in candidates(parse_example("has_gone")))
[('go', 'to-past-participle'), ('went', 'to-past-participle')]
>>> [(e.wrong, e.correction.value) for e in preposition_candidates(parse_example("by_working"))]
[('work', 'to-gerund')]
"""

from __future__ import annotations

from lemminflect import getInflection

from model.inflect import match_case
from model.labels import Correction, ErrorType
from training.conllu import Sentence
from training.inject import Edit

# For each required form: the Penn tags of wrong forms learners put there instead.
_WRONG_FOR: dict[str, tuple[str, ...]] = {
    "VB": ("VBZ", "VBD", "VBG"),
    "VBN": ("VBD", "VB"),
    "VBG": ("VB",),
}
# Words that, marking an *-ing* clause, are prepositions taking a gerund (*by working*,
# *instead of going*, *looking forward to meeting*). Not *while*, *when*, *if* or *though*,
# which also take a finite clause, nor *than* or *but* (*rather than wait*, *nothing but
# wait*), where a bare verb is right.
GERUND_PREPOSITIONS = frozenset(
    {
        "about",
        "after",
        "against",
        "at",
        "before",
        "besides",
        "by",
        "despite",
        "for",
        "from",
        "in",
        "instead",
        "into",
        "of",
        "on",
        "through",
        "to",
        "toward",
        "towards",
        "upon",
        "with",
        "without",
    }
)
# How readily a build picks a bare verb after a preposition among a sentence's verb-form
# candidates: at 1.0, the v19 build's first run made only 897 of 18,374 verb-form errors so.
PREPOSITION_WEIGHT = 4.0
_CORRECTION = {
    "VB": Correction.TO_BASE,
    "VBN": Correction.TO_PAST_PARTICIPLE,
    "VBG": Correction.TO_GERUND,
}


def _required(sent: Sentence, i: int) -> str | None:
    """The form the context demands of verb ``i``, or None when the context does not fix it."""
    tok = sent.tokens[i]
    kids = [sent.tokens[k] for k in sent.children(i)]
    lemmas = {k.lemma.lower() for k in kids if k.deprel in ("aux", "aux:pass", "mark")}
    if tok.xpos == "VB" and any(
        k.xpos == "MD"
        or (k.deprel == "mark" and k.form.lower() == "to")
        or (k.deprel == "aux" and k.lemma == "do")
        for k in kids
    ):
        return "VB"
    if tok.xpos == "VBN" and "have" in lemmas:
        return "VBN"
    if tok.xpos == "VBN" and any(k.deprel == "aux:pass" and k.lemma == "be" for k in kids):
        return "VBN"
    if tok.xpos == "VBG" and any(k.deprel == "aux" and k.lemma == "be" for k in kids):
        return "VBG"
    return None


def candidates(sent: Sentence) -> list[Edit]:
    """Every wrong form that differs in spelling from the right one."""
    out = []
    for i, tok in enumerate(sent.tokens):
        if tok.upos != "VERB" or not tok.form.isalpha():
            continue
        need = _required(sent, i)
        if need is None:
            continue
        seen = {tok.form.lower()}
        for tag in _WRONG_FOR[need]:
            forms = getInflection(tok.lemma.lower(), tag=tag)
            if forms and forms[0] not in seen:
                seen.add(forms[0])
                out.append(
                    Edit(
                        i,
                        match_case(forms[0], tok.form),
                        ErrorType.VERB_FORM,
                        _CORRECTION[need],
                        tok.form,
                    )
                )
    return out


def preposition_candidates(sent: Sentence) -> list[Edit]:
    """``verb_form.v2``: v1's edits and :func:`bare_gerunds`'."""
    return candidates(sent) + bare_gerunds(sent)


def bare_gerunds(sent: Sentence) -> list[Edit]:
    """For each *-ing* form that a preposition marks and no auxiliary governs, its bare form
    (*by encourage people*, *looking forward to hear from you*, *interested in learn*): a
    learners' error that v1 never makes, so the network had not seen it (learner dev, -45)."""
    out = []
    for i, tok in enumerate(sent.tokens):
        if tok.xpos != "VBG" or tok.upos not in ("VERB", "AUX") or not tok.form.isalpha():
            continue
        kids = [sent.tokens[k] for k in sent.children(i) if k < i]
        if any(k.deprel in ("aux", "aux:pass") for k in kids):
            continue
        if not any(
            k.deprel in ("mark", "case") and k.form.lower() in GERUND_PREPOSITIONS for k in kids
        ):
            continue
        forms = getInflection(tok.lemma.lower(), tag="VB")
        if forms and forms[0] != tok.form.lower():
            edit = Edit(
                i,
                match_case(forms[0], tok.form),
                ErrorType.VERB_FORM,
                Correction.TO_GERUND,
                tok.form,
                PREPOSITION_WEIGHT,
            )
            out.append(edit)
    return out
