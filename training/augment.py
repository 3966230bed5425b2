"""Structure-aware augmentation: splice real modifiers between a subject and its verb.

Natural text has few subjects far from their verbs, so the network never learns to carry a
subject's number across a relative clause. Here we harvest modifiers of nouns from parsed
training sentences — prepositional phrases, relative clauses (subject and object, with and
without *that*) and participial phrases — and insert one to three of them after another
sentence's subject, preferring modifiers whose nouns have the other number (attractors).
The result is grammatical: every inserted phrase modified a noun where it came from, and a
subject relative clause is only moved to a subject of the same number, since its own verb
agrees with its antecedent. Phrases are drawn from thousands of real sentences, never from
templates (see the data issue: template insertions taught the network the templates).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from model.agreement import PL, SG, Agreement, agreements, is_noun, noun_number
from training.conllu import Sentence, Token

RELATIVIZERS = {"that", "who", "which", "whom", "whose"}


@dataclass
class Phrase:
    """A harvested modifier: tokens (heads relative to the phrase, root -1), nouns' numbers."""

    kind: str  # "pp", "subject_rc", "object_rc", "participle"
    tokens: list[Token]
    numbers: list[str]  # numbers of the nouns inside, in order
    antecedent: str | None = None  # number a subject relative clause's verb agrees with


@dataclass
class PhrasePool:
    """Phrases by the number of the attractors they carry: SG, PL (mixed ones go to both)."""

    by_number: dict[str, list[Phrase]] = field(default_factory=lambda: {SG: [], PL: []})
    # a reported clause's opening (*The mechanics said that*) by its subject's number
    openings: dict[str, list[list[Token]]] = field(default_factory=lambda: {SG: [], PL: []})
    # a core clause's predicate: its verb (head -1) and what follows it (*builds wooden boats*)
    predicates: list[list[Token]] = field(default_factory=list)
    _relatives: dict[tuple[str, str], list[Phrase]] | None = field(
        default=None, repr=False, compare=False
    )

    def add(self, phrase: Phrase) -> None:
        """File a phrase under each number its nouns have."""
        for number in set(phrase.numbers):
            self.by_number[number].append(phrase)
        self._relatives = None

    def relatives(self, last: str, subject: str) -> list[Phrase]:
        """Relative clauses that may follow a subject of number ``subject`` and whose last noun
        has number ``last``; a subject relative clause must also end on that noun, so that it
        stands right before the verb (*the author who likes the guards | laughs*)."""
        if self._relatives is None:
            index: dict[tuple[str, str], list[Phrase]] = {}
            for phrase in {id(p): p for b in self.by_number.values() for p in b}.values():
                if phrase.kind == "object_rc":
                    keys = [(phrase.numbers[-1], SG), (phrase.numbers[-1], PL)]
                elif phrase.kind == "subject_rc" and is_noun(phrase.tokens[-1]):
                    keys = [(phrase.numbers[-1], str(phrase.antecedent))]
                else:
                    continue
                for key in keys:
                    index.setdefault(key, []).append(phrase)
            self._relatives = index
        return self._relatives.get((last, subject), [])

    def __len__(self) -> int:
        return len(self.by_number[SG]) + len(self.by_number[PL])


def contiguous(ids: list[int]) -> bool:
    return ids == list(range(ids[0], ids[-1] + 1))


def _kind(sent: Sentence, noun: int, mod: int, ids: list[int]) -> str | None:
    tok = sent.tokens[mod]
    first = sent.tokens[ids[0]]
    if tok.deprel == "nmod" and first.upos == "ADP" and first.head == mod:
        return "pp"
    if tok.deprel == "acl:relcl":
        rel = [k for k in ids if sent.tokens[k].feats.get("PronType") == "Rel"]
        subj = [k for k in sent.children(mod) if sent.tokens[k].deprel in ("nsubj", "nsubj:pass")]
        if rel and subj and subj[0] == rel[0]:
            return "subject_rc"
        if subj and subj[0] not in rel and (not rel or first.form.lower() in RELATIVIZERS):
            return "object_rc"
        return None
    if tok.deprel == "acl" and tok.xpos in ("VBG", "VBN") and ids[0] == mod:
        return "participle"
    return None


def harvest(sent: Sentence, pool: PhrasePool, max_len: int = 12) -> None:
    """Add the noun modifiers of one clean sentence to ``pool``."""
    for mod, tok in enumerate(sent.tokens):
        noun = tok.head
        if noun < 0 or sent.tokens[noun].upos not in ("NOUN", "PROPN") or mod < noun:
            continue
        ids = sent.subtree(mod)
        if not 2 <= len(ids) <= max_len or not contiguous(ids):
            continue
        if any(sent.tokens[k].upos == "PUNCT" for k in ids):
            continue
        kind = _kind(sent, noun, mod, ids)
        if kind is None:
            continue
        numbers = [sent.tokens[k].feats["Number"] for k in ids if is_noun(sent.tokens[k])]
        if not numbers:
            continue
        tokens = [relocated(sent.tokens[k], ids) for k in ids]
        antecedent = noun_number(sent, noun) if kind == "subject_rc" else None
        if kind == "subject_rc" and antecedent is None:
            continue
        pool.add(Phrase(kind, tokens, numbers, antecedent))


def harvest_openings(sent: Sentence, pool: PhrasePool, max_len: int = 10) -> None:
    """Add ``sent``'s opening to ``pool.openings`` when it is a subject (a noun, *he*, *she* or
    *they*) and a past verb whose complement clause starts right after it or after *that*
    (*The mechanics said that | the author laughs*): the matrix clause of a complement twin. A
    past verb shows no number, so the opening fits whatever clause follows it."""
    for v, verb in enumerate(sent.tokens):
        if verb.xpos != "VBD" or verb.lemma.lower() in ("be", "have", "do"):
            continue
        kids = sent.children(v)
        subjects = [k for k in kids if sent.tokens[k].deprel == "nsubj"]
        clauses = [k for k in kids if sent.tokens[k].deprel == "ccomp" and k > v]
        if len(subjects) != 1 or not clauses or not _reporter(sent.tokens[subjects[0]]):
            continue
        ids = sent.subtree(subjects[0])
        if ids[-1] != v - 1 or not contiguous(ids):
            continue
        start = min(sent.subtree(clauses[0]))
        that = sent.tokens[v + 1].form.lower() == "that" and start == v + 1
        if start != v + 1 or v + 1 + that - ids[0] > max_len:
            continue
        ids = list(range(ids[0], v + 1 + that))
        if any(sent.tokens[k].upos == "PUNCT" for k in ids):
            continue
        opening = [relocated(sent.tokens[k], ids) for k in ids]
        if opening[0].upos != "PROPN":
            opening[0].form = opening[0].form[:1].upper() + opening[0].form[1:]
        pool.openings[noun_number(sent, subjects[0]) or SG].append(opening)


def _reporter(tok: Token) -> bool:
    """A subject that can open a complement twin: a noun, or *he*, *she* or *they*."""
    return is_noun(tok) or tok.form.lower() in ("he", "she", "they")


def relocated(tok: Token, ids: list[int]) -> Token:
    """A copy of ``tok`` whose head is an index into the phrase (-1 for the phrase's root)."""
    head = ids.index(tok.head) if tok.head in ids else -1
    return Token(tok.form, tok.lemma, tok.upos, tok.xpos, dict(tok.feats), head, tok.deprel, True)


def splice_point(sent: Sentence, pair: Agreement) -> int | None:
    """Index after which modifiers can go: the end of the subject phrase, before the verb."""
    if pair.distance <= 0:
        return None
    ids = sent.subtree(pair.subject)
    if not contiguous(ids) or ids[-1] >= pair.verb:
        return None
    if sent.tokens[pair.subject].upos not in ("NOUN", "PROPN"):
        return None
    return ids[-1]


def splice(sent: Sentence, at: int, subject: int, phrases: list[Phrase]) -> Sentence:
    """A new sentence with ``phrases`` inserted after token ``at``, each modifying ``subject``."""
    inserted: list[Token] = []
    for phrase in phrases:
        base = at + 1 + len(inserted)
        for tok in phrase.tokens:
            head = subject if tok.head < 0 else base + tok.head
            inserted.append(
                Token(tok.form, tok.lemma, tok.upos, tok.xpos, dict(tok.feats), head, tok.deprel)
            )
    shift = len(inserted)

    def moved(i: int) -> int:
        return i if i <= at else i + shift

    before = [with_head(t, moved(t.head) if t.head >= 0 else -1) for t in sent.tokens[: at + 1]]
    after = [with_head(t, moved(t.head) if t.head >= 0 else -1) for t in sent.tokens[at + 1 :]]
    if before:
        before[-1].space_after = True
    out = Sentence(
        sent.doc_id, sent.sent_id + "+aug", before + inserted + after, sent.source, sent.genre
    )
    return out


def with_head(tok: Token, head: int) -> Token:
    return Token(
        tok.form,
        tok.lemma,
        tok.upos,
        tok.xpos,
        dict(tok.feats),
        head,
        tok.deprel,
        tok.space_after,
        tok.misc,
    )


def augment(
    sent: Sentence, pool: PhrasePool, rng: random.Random
) -> tuple[Sentence, Agreement] | None:
    """Splice one to three phrases after one subject; returns the new sentence and its pair."""
    pairs = _splice_sites(sent)
    if not pairs or not len(pool):
        return None
    pair, at = rng.choice(pairs)
    other = PL if pair.number == SG else SG
    count = rng.choices((1, 2, 3), weights=(0.55, 0.3, 0.15))[0]
    phrases = []
    for _ in range(count * 4):
        number = other if rng.random() < 0.8 else pair.number
        bucket = pool.by_number[number]
        if not bucket:
            continue
        phrase = rng.choice(bucket)
        if phrase.kind == "subject_rc" and phrase.antecedent != pair.number:
            continue
        phrases.append(phrase)
        if len(phrases) == count:
            break
    if not phrases:
        return None
    return _spliced(sent, pair, at, phrases)


def relative_twin(
    sent: Sentence, pool: PhrasePool, rng: random.Random
) -> tuple[Sentence, Agreement] | None:
    """Splice one relative clause after one subject, its last noun of the other number: the
    shape of the hardest agreement (*The pilots who watched the ship | wave*)."""
    pairs = _splice_sites(sent)
    if not pairs:
        return None
    pair, at = rng.choice(pairs)
    bucket = pool.relatives(PL if pair.number == SG else SG, pair.number)
    if not bucket:
        return None
    return _spliced(sent, pair, at, [rng.choice(bucket)])


def complement_twin(
    sent: Sentence, pool: PhrasePool, rng: random.Random
) -> tuple[Sentence, Agreement] | None:
    """``sent`` (a core clause) reported by a harvested opening whose subject has the other
    number (*The mechanics said that | the author laughs*): the matrix subject is the attractor,
    as in the minimal pairs' *sentential_complement*. Returns the new sentence and the core
    clause's pair found again."""
    pairs = [p for p in agreements(sent) if p.kind == "subject"]
    if not pairs:
        return None
    pair = min(pairs, key=lambda p: p.subject)
    if min(sent.subtree(pair.subject)) != 0 or sent.tokens[0].upos == "PROPN":
        return None
    bucket = pool.openings[PL if pair.number == SG else SG]
    if not bucket:
        return None
    opening = rng.choice(bucket)
    n = len(opening)
    verb = next(i for i, t in enumerate(opening) if t.head < 0)
    root = next(i for i, t in enumerate(sent.tokens) if t.head < 0)
    # the opening's verb heads the new sentence; its *that* marks the reported clause
    tokens = [
        with_head(t, t.head if t.head >= 0 or i == verb else n + root)
        for i, t in enumerate(opening)
    ]
    for i, t in enumerate(sent.tokens):
        head = verb if i == root else t.head + n
        moved = with_head(t, head)
        if i == root:
            moved.deprel = "ccomp"
        if i == 0 and t.form[:1].isupper() and not t.form.isupper():
            moved.form = t.form[0].lower() + t.form[1:]
        tokens.append(moved)
    for t in tokens[:n]:
        t.space_after = True
    new = Sentence(sent.doc_id, sent.sent_id + "+comp", tokens, sent.source, sent.genre)
    for found in agreements(new):
        if found.subject == pair.subject + n and found.verb == pair.verb + n:
            return new, found
    return None


def _splice_sites(sent: Sentence) -> list[tuple[Agreement, int]]:
    """Each agreement pair of ``sent`` that modifiers can go into, with its splice point."""
    sites = [(p, splice_point(sent, p)) for p in agreements(sent)]
    return [(p, at) for p, at in sites if at is not None]


def _spliced(
    sent: Sentence, pair: Agreement, at: int, phrases: list[Phrase]
) -> tuple[Sentence, Agreement] | None:
    """``sent`` with ``phrases`` after ``pair``'s subject, and the same pair found again."""
    new = splice(sent, at, pair.subject, phrases)
    shift = len(new.tokens) - len(sent.tokens)
    for found in agreements(new):
        if found.subject == pair.subject and found.verb == pair.verb + shift:
            return new, found
    return None
