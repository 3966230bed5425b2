"""Verb-form errors: the wrong form after a modal, *to*, *do*, perfect *have* or progressive *be*.

>>> from training.inject.examples import parse_example
>>> sorted((e.wrong, e.correction.value) for e in candidates(parse_example("has_gone")))
[('go', 'to-past-participle'), ('went', 'to-past-participle')]
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
