"""Past-time twins: a past clause given a real past-time adverbial (*Yesterday, she walked*).

*Yesterday*, *last week* and *ago* are rare in the corpora (most past-time frames there are
*in 1998*), so the network saw few tense errors that such a word makes wrong, and flags almost
none of them. Here we harvest every past-time adverbial the training sentences hold (by the
rules of :mod:`model.tense`), then give a sentence whose main clause is in the past a twin with
one of them put in front (with or without a comma) or at the end. The twin is grammatical; the
data build may then turn its main verb into the present with ``tense.v2``, like any verb in a
past frame. Adverbials are drawn kind by kind (*yesterday*, *ago*, *last*, a year, others) with
equal chances, so the rare kinds come up as often as the years.

>>> from training.inject.examples import parse_example
>>> pool = AdverbialPool()
>>> harvest_adverbials(parse_example("yesterday_walked"), pool)
>>> [" ".join(t.form for t in p) for p in pool.by_kind["yesterday"]]
['yesterday']
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from model.agreement import AUX_RELS, SUBJ_RELS
from model.labels import Correction, ErrorType
from model.syntax import Sentence, Token
from model.tense import YEAR, has_past_adverbial, names_past
from training.augment import contiguous, relocated, with_head
from training.inject import Edit
from training.inject.tense import (
    present_for_subject,
    present_form,
    subject_number,
    subject_person,
)

KINDS = ("yesterday", "ago", "last", "year", "other")
# Relations of a harvested adverbial to its clause (not *Last year was a good year*)
ADVERBIAL_RELS = {"obl", "obl:tmod", "obl:npmod", "obl:unmarked", "advmod", "nmod:tmod"}
# Words that already place a clause in time: a sentence with one gets no twin (*Last month,
# the probe began in June* contradicts itself).
_TIME_TEXT = """today tonight tomorrow now then currently recently soon later earlier since once
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday morning evening night week month
    year day decade century mornings evenings nights weeks months years days decades centuries"""
TIME_WORDS = set(_TIME_TEXT.split())
# An adverbial goes at the end only of a sentence without these inside (one clause, likely).
INNER_PUNCT = {",", ";", ":", "-", "–", "—", "(", ")"}
MAX_WORDS = 5  # longer adverbials are left out (they often carry a clause of their own)


@dataclass
class AdverbialPool:
    """Distinct past-time adverbials by kind; each is a token list whose root has head -1."""

    by_kind: dict[str, list[list[Token]]] = field(default_factory=lambda: {k: [] for k in KINDS})
    seen: set[str] = field(default_factory=set)

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_kind.values())

    def draw(self, rng: random.Random) -> list[Token] | None:
        """A kind with equal chances among those present, then a phrase of it."""
        kinds = [k for k in KINDS if self.by_kind[k]]
        return rng.choice(self.by_kind[rng.choice(kinds)]) if kinds else None


def kind_of(words: list[str]) -> str:
    """Which kind of past-time adverbial the (lower-case) words are."""
    for kind in ("yesterday", "ago", "last"):
        if kind in words:
            return kind
    return "year" if any(YEAR.match(w) for w in words) else "other"


def harvest_adverbials(sent: Sentence, pool: AdverbialPool) -> None:
    """File every short, unbroken past-time adverbial of ``sent`` not seen before."""
    for k, tok in enumerate(sent.tokens):
        if tok.head < 0 or tok.deprel not in ADVERBIAL_RELS or not names_past(sent, k):
            continue
        ids = sent.subtree(k)
        if len(ids) > MAX_WORDS or not contiguous(ids):
            continue
        if any(not sent.tokens[i].form.replace("'", "").isalnum() for i in ids):
            continue  # punctuation inside: a list or a parenthesis, not one phrase
        phrase = [relocated(sent.tokens[i], ids) for i in ids]
        _lower_first(phrase)
        key = " ".join(t.form for t in phrase)
        if key not in pool.seen:
            pool.seen.add(key)
            pool.by_kind[kind_of([t.form.lower() for t in phrase])].append(phrase)


def _lower_first(tokens: list[Token]) -> None:
    """Lower-case a capital that is only there because the word starts the sentence."""
    first = tokens[0]
    rest = first.form[1:]
    if first.upos != "PROPN" and first.form != "I" and rest == rest.lower():
        tokens[0] = with_head(first, first.head)
        tokens[0].form = first.form.lower()


def past_root(sent: Sentence) -> int | None:
    """The root of a sentence that starts with its subject and whose main clause is in the past
    (a past verb, or a past auxiliary or copula) with no past-time adverbial yet; else None."""
    roots = [i for i, t in enumerate(sent.tokens) if t.head < 0]
    words = {t.form.lower() for t in sent.tokens}
    if len(roots) != 1 or has_past_adverbial(sent) or words & TIME_WORDS:
        return None
    if any(YEAR.match(w) for w in words):
        return None
    root = roots[0]
    kids = sent.children(root)
    finite = [root] + [k for k in kids if sent.tokens[k].deprel in AUX_RELS]
    if not any(sent.tokens[k].xpos == "VBD" for k in finite):
        return None
    subjects = [k for k in kids if sent.tokens[k].deprel in SUBJ_RELS]
    if len(subjects) != 1 or sent.subtree(subjects[0])[0] != 0:
        return None
    return root


def past_twin(
    sent: Sentence, pool: AdverbialPool, rng: random.Random
) -> tuple[Sentence, int] | None:
    """``sent`` with a past-time adverbial on its root, and the root's new index; or None."""
    root = past_root(sent)
    phrase = pool.draw(rng) if root is not None else None
    if root is None or phrase is None:
        return None
    where = rng.choices(("front_comma", "front", "end"), weights=(0.5, 0.25, 0.25))[0]
    inner = any(t.form in INNER_PUNCT for t in sent.tokens[:-1])
    if where == "end" and (sent.tokens[-1].upos != "PUNCT" or inner):
        where = "front_comma"
    if where == "end":
        return _at_end(sent, root, phrase), root
    return _in_front(sent, root, phrase, comma=where == "front_comma")


def _in_front(sent: Sentence, root: int, phrase: list[Token], comma: bool) -> tuple[Sentence, int]:
    shift = len(phrase) + int(comma)
    new_root = root + shift
    added = [with_head(t, new_root if t.head < 0 else t.head) for t in phrase]
    added[0].form = added[0].form[:1].upper() + added[0].form[1:]
    added[-1].space_after = not comma
    if comma:
        added.append(Token(",", ",", "PUNCT", ",", {}, new_root, "punct"))
    rest = [with_head(t, t.head + shift if t.head >= 0 else -1) for t in sent.tokens]
    _lower_first(rest)
    tokens = added + rest
    return Sentence(sent.doc_id, sent.sent_id + "+past", tokens, sent.source, sent.genre), new_root


def _at_end(sent: Sentence, root: int, phrase: list[Token]) -> Sentence:
    """The phrase goes before the final punctuation mark."""
    end = len(sent.tokens) - 1
    added = [with_head(t, root if t.head < 0 else end + t.head) for t in phrase]
    added[-1].space_after = False
    before = [with_head(t, t.head if t.head < end else t.head + len(added)) for t in sent.tokens]
    before[end - 1].space_after = True
    final = before[end]
    tokens = before[:end] + added + [final]
    return Sentence(sent.doc_id, sent.sent_id + "+past", tokens, sent.source, sent.genre)


def tense_error(sent: Sentence, root: int, persons: bool = False) -> Edit | None:
    """The main clause's past verb, auxiliary or copula turned into the present (*Yesterday,
    she walks*, *… has finished*, *… is tired*), agreeing with the subject; or None. Without
    ``persons`` (as ``tense.v2``), never with *I*, *we* or *you* as the subject; with it (as
    ``tense.v3``), those too (*Yesterday, I am tired*)."""
    subject, present = (
        (subject_person, present_for_subject) if persons else (subject_number, present_form)
    )
    number = subject(sent, root)
    finite = [k for k in sent.children(root) if sent.tokens[k].deprel in AUX_RELS] + [root]
    past = [k for k in finite if sent.tokens[k].xpos == "VBD"]
    if number is None or not past:
        return None
    tok = sent.tokens[past[0]]
    wrong = present(tok.form, tok.lemma, number)
    if wrong is None:
        return None
    return Edit(past[0], wrong, ErrorType.TENSE, Correction.TO_PAST, tok.form)
