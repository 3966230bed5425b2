"""Subject–verb and determiner–noun agreement as a dependency parse shows it.

These rules label the training data (``training/``, on gold and predicted parses of clean
text) and weigh the checker's flags at run time (:mod:`model.evidence`), so both read a
sentence the same way. Labels come from the parse, never from a word list: *hits* is a verb
only where the parse says so. Every function reads a :class:`model.syntax.Sentence` and
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.syntax import Sentence, Token

SG, PL = "Sing", "Plur"
PERSONS = ("i", "we", "you")  # subjects that take the plural-looking form of every verb
SUBJ_RELS = ("nsubj", "nsubj:pass", "nsubj:outer")
AUX_RELS = ("aux", "aux:pass", "cop")
SINGULAR_QUANTIFIERS = {
    "each",
    "either",
    "neither",
    "everyone",
    "everybody",
    "nobody",
    "somebody",
    "someone",
    "anyone",
    "anybody",
    "everything",
    "nothing",
    "something",
}
# Quantity nouns agree notionally, with their *of* complement: *a lot of people are*, *a lot
# of water is*. Without a complement (*the rest are*, *the majority is*) either number is fine.
QUANTITY_NOUNS = {
    "lot",
    "lots",
    "plenty",
    "majority",
    "minority",
    "couple",
    "bunch",
    "rest",
    "half",
    "percent",
    "handful",
    "dozen",
}
# Words that fix the number of the noun they modify (*a book*, *many books*, *two books*).
SINGULAR_MARKERS = {"a", "an", "one", "each", "every", "another"}
PLURAL_MARKERS = {"many", "several", "both", "few", "various", "numerous"}
SUBJUNCTIVE_MARKS = {"if", "though", "unless"}  # *if he were*, *as though it were*
SUPPOSING = {"suppose", "imagine"}  # imperatives whose clause may take *were*


@dataclass(frozen=True)
class Agreement:
    """A finite verb (``verb``) that agrees with the subject headed by ``subject``.

    ``kind`` says how the verb gets its subject: ``"subject"`` (its own nsubj), ``"relative"``
    (the nsubj is a relative pronoun, so ``subject`` is the noun the clause modifies: *the
    farmer who hates*) or ``"conjunct"`` (a coordinated verb with no subject of its own shares
    the first conjunct's: *the author waits and complains*).
    """

    subject: int
    verb: int
    number: str  # SG or PL, the subject's (and, in clean text, the verb's) number
    attractors: int  # nouns of the other number strictly between subject and verb
    distance: int  # verb index minus subject index (negative when the verb comes first)
    kind: str = "subject"


def verb_number(tok: Token) -> str | None:
    """The number a finite present verb or *was/were* shows by its form, else None."""
    low = tok.form.lower()
    if low in ("was",):
        return SG
    if low in ("were",):
        return PL
    if tok.feats.get("VerbForm") != "Fin" or tok.feats.get("Tense") != "Pres":
        return None
    if tok.xpos == "VBZ":
        return SG
    if tok.xpos == "VBP" and low not in ("am", "'m", "ai"):
        return PL
    return None


def noun_number(sent: Sentence, i: int) -> str | None:
    """A subject's grammatical number: coordination with *and* makes it plural."""
    tok = sent.tokens[i]
    kids = sent.children(i)
    if any(sent.tokens[k].deprel == "conj" for k in kids) and any(
        sent.tokens[c].lemma == "and" for k in kids for c in sent.children(k)
    ):
        return PL
    if _is_quantity(sent, i):
        of = [k for k in kids if sent.tokens[k].deprel == "nmod" and has_of(sent, k)]
        return noun_number(sent, of[0]) if of else None
    if tok.lemma.lower() in SINGULAR_QUANTIFIERS:
        return SG  # 'each (of them) is', 'everyone is', 'neither (of them) is'
    if tok.upos == "PRON":
        if tok.lemma.lower() in ("i", "you") or tok.feats.get("Person") in ("1", "2"):
            return None  # 'I'/'you' take the plural-looking form: keep them out of SVA
        return _number(tok)
    if tok.upos in ("NOUN", "PROPN", "NUM"):
        return _number(tok)
    return None


def _is_quantity(sent: Sentence, i: int) -> bool:
    """A quantity noun (*a lot*, *the majority*), or *number* after *a* (*a number of*)."""
    low = sent.tokens[i].form.lower()
    if low == "number":
        return any(sent.tokens[k].form.lower() == "a" for k in sent.children(i))
    return low in QUANTITY_NOUNS


def has_of(sent: Sentence, k: int) -> bool:
    """Word ``k`` has *of* as its case marker (*a lot of people*: *people*)."""
    return any(
        sent.tokens[c].deprel == "case" and sent.tokens[c].form.lower() == "of"
        for c in sent.children(k)
    )


def subjunctive(sent: Sentence, verb: int, head: int, number: str, subject: int = -1) -> bool:
    """*were* with a singular subject in an *if* clause, after *wish* or an imperative
    *suppose* or *imagine*, or in *as it were*: not an agreement error. The parse may hang
    the clause's mark on its subject ``subject`` instead of its head (*If Britain's proposal
    were adopted*); that and the last two cases came from training.unused's find part (-49)."""
    tok = sent.tokens[verb]
    if tok.feats.get("Mood") == "Sub":
        return True
    if tok.form.lower() != "were" or number != SG:
        return False
    clause = sent.tokens[head]
    holders = [head] + ([subject] if subject >= 0 else [])
    marks = {  # a mark and what is fixed to it: *as if*
        sent.tokens[m].form.lower()
        for h in holders
        for k in sent.children(h)
        if sent.tokens[k].deprel == "mark"
        for m in sent.subtree(k)
    }
    governor = clause.head
    wished = governor >= 0 and (
        sent.tokens[governor].lemma.lower() == "wish" or _supposing(sent, governor)
    )
    after = sent.tokens[verb + 1].upos if verb + 1 < len(sent.tokens) else "PUNCT"
    before = [t.form.lower() for t in sent.tokens[max(verb - 2, 0) : verb]]
    idiom = before == ["as", "it"] and after == "PUNCT"  # *as it were*, not *as it were left*
    return bool(marks & SUBJUNCTIVE_MARKS) or wished or idiom


def _supposing(sent: Sentence, k: int) -> bool:
    """``k`` is an imperative *Suppose* or *Imagine* (no subject of its own): its clause puts
    a hypothesis, where *were* is right for every subject (*Suppose that this one were to
    work*)."""
    tok = sent.tokens[k]
    return tok.form.lower() in SUPPOSING and not any(
        sent.tokens[c].deprel in SUBJ_RELS for c in sent.children(k)
    )


def _number(tok: Token) -> str | None:
    """UD Number, with plurale tantum (*remains, scissors*) counted as plural."""
    value = tok.feats.get("Number")
    return PL if value == "Ptan" else value if value in (SG, PL) else None


def agreeing_verb(sent: Sentence, head: int) -> int | None:
    """The finite token that carries agreement for the clause headed by ``head``."""
    for k in sent.children(head):
        if sent.tokens[k].deprel in AUX_RELS and verb_number(sent.tokens[k]):
            return k
    if verb_number(sent.tokens[head]) and sent.tokens[head].upos in ("VERB", "AUX"):
        return head
    return None


def is_noun(tok: Token) -> bool:
    """Nouns that can attract agreement: common and proper nouns with a number."""
    return tok.upos in ("NOUN", "PROPN") and tok.feats.get("Number") in (SG, PL)


def agreements(sent: Sentence) -> list[Agreement]:
    """Every subject–verb pair whose verb shows number by its form."""
    out = []
    for i, tok in enumerate(sent.tokens):
        if tok.deprel not in SUBJ_RELS or tok.head < 0:
            continue
        subject, kind = antecedent(sent, i)
        number = noun_number(sent, subject)
        if number is None:
            continue
        heads = [(tok.head, kind)] + [(c, "conjunct") for c in _bare_conjuncts(sent, tok.head)]
        for head, how in heads:
            verb = agreeing_verb(sent, head)
            if verb is not None and not subjunctive(sent, verb, head, number, i):
                out.append(_pair(sent, subject, verb, number, how))
    return out


def person_agreements(sent: Sentence) -> list[tuple[int, int]]:
    """(subject, verb) for every verb carrying agreement whose subject before it is a
    nominative *I*, *we* or *you*, the pronouns :func:`agreements` leaves out."""
    out = []
    for i, tok in enumerate(sent.tokens):
        if (
            tok.deprel in SUBJ_RELS
            and tok.head > i
            and tok.upos == "PRON"
            and tok.form.lower() in PERSONS
            and tok.feats.get("Case") != "Acc"
        ):
            verb = agreeing_verb(sent, tok.head)
            if verb is not None and verb > i:
                out.append((i, verb))
    return out


def wrong_for_person(pronoun: str, verb: Token) -> bool:
    """A verb form that *I*, *we* or *you* never takes: a 3rd-person singular (*I has*, *we
    is*), *was* after *we* or *you*, *are* after *I*. *I were* is left alone: it may be a
    subjunctive (*if I were you*)."""
    low, number = verb.form.lower(), verb_number(verb)
    if pronoun == "i":
        return low == "are" or (number == SG and low != "was")
    return number == SG


def antecedent(sent: Sentence, i: int) -> tuple[int, str]:
    """The noun a relative-pronoun subject stands for (*the farmer who …*), else ``i`` itself."""
    tok = sent.tokens[i]
    clause = sent.tokens[tok.head]
    if tok.feats.get("PronType") == "Rel" and clause.deprel == "acl:relcl" and clause.head >= 0:
        return clause.head, "relative"
    return i, "subject"


def _bare_conjuncts(sent: Sentence, head: int) -> list[int]:
    """Conjuncts of ``head`` without a subject of their own: they share ``head``'s subject."""
    return [
        k
        for k in sent.children(head)
        if sent.tokens[k].deprel == "conj"
        and not any(sent.tokens[c].deprel in (*SUBJ_RELS, "expl") for c in sent.children(k))
    ]


def _pair(sent: Sentence, subject: int, verb: int, number: str, kind: str) -> Agreement:
    lo, hi = sorted((subject, verb))
    attractors = sum(
        1
        for k in range(lo + 1, hi)
        if is_noun(sent.tokens[k]) and sent.tokens[k].feats["Number"] != number
    )
    return Agreement(subject, verb, number, attractors, verb - subject, kind)


# The number each demonstrative shows
DEMONSTRATIVE_NUMBERS = {"this": SG, "that": SG, "these": PL, "those": PL}


def demonstrative_number(tok: Token) -> str | None:
    """SG for *this/that*, PL for *these/those* used as determiners, else None."""
    if tok.upos != "DET":
        return None
    return DEMONSTRATIVE_NUMBERS.get(tok.form.lower())


def plural_marker(tok: Token) -> bool:
    """A determiner or adjective that marks its noun plural (:data:`PLURAL_MARKERS`)."""
    return tok.deprel in ("det", "amod") and tok.form.lower() in PLURAL_MARKERS


def marker_number(sent: Sentence, noun: int) -> str | None:
    """SG/PL when a number-marking dependent fixes the noun's number."""
    for k in sent.children(noun):
        tok = sent.tokens[k]
        low = tok.form.lower()
        if tok.deprel == "det" and low in SINGULAR_MARKERS:
            return SG
        if plural_marker(tok):
            return PL
        if (
            tok.deprel == "nummod"
            and tok.feats.get("NumType") == "Card"
            and low not in ("one", "1")
        ):
            return PL
    return None
