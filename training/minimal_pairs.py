"""Targeted minimal pairs: a grammatical sentence and the same sentence with one word wrong.

Each construction (a *suite*) isolates one thing the tagger must get right, after Marvin & Linzen
(2018), "Targeted Syntactic Evaluation of Language Models" (https://aclanthology.org/D18-1151/):
agreement across attractors, relative clauses and coordination, *there is/are*, determiner-noun
number, tense against a time adverbial, and the verb form each auxiliary asks for.

Sentences are built from the vocabulary in ``resources/minimal_pairs.json``. It holds lemmas
only: every inflected verb and noun comes from ``lemminflect``, so no form is typed by hand.
Attractors always have the number opposite to the word that controls agreement, and the
controlling word alternates between singular and plural from one pair to the next.

A pair's two sentences differ in exactly one token of :func:`model.tokenize.tokenize`;
``bad_index`` points at it and ``expected`` is the word the checker should suggest there.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lemminflect import getInflection

from model.evidence import BARE_COMPLEMENT
from model.labels import Correction, ErrorType
from model.tokenize import tokenize

RESOURCE = Path(__file__).parent / "resources" / "minimal_pairs.json"


@dataclass(frozen=True)
class MinimalPair:
    """One good sentence, its one-token-wrong twin, and what the checker should say about it."""

    construction: str
    good: str
    bad: str
    type: ErrorType
    bad_index: int  # token of ``bad`` (model.tokenize) that is wrong
    good_index: int  # the same position in ``good``; equal to bad_index
    correction: Correction
    expected: str  # the token of ``good`` at good_index: the suggestion we want
    controller: int  # token the wrong word depends on: subject, noun, adverbial or auxiliary

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict, enums as their values."""
        return {
            "construction": self.construction,
            "good": self.good,
            "bad": self.bad,
            "type": self.type.value,
            "bad_index": self.bad_index,
            "good_index": self.good_index,
            "correction": self.correction.value,
            "expected": self.expected,
            "controller": self.controller,
        }


@dataclass(frozen=True)
class Vocabulary:
    """The word lists in ``resources/minimal_pairs.json``; see that file for the entries."""

    people: tuple[str, ...]
    animals: tuple[str, ...]
    things: tuple[str, ...]
    irregular_nouns: tuple[str, ...]
    demonstratives: tuple[tuple[str, str], ...]  # (singular, plural)
    adjectives: tuple[str, ...]
    predicate_adjectives: tuple[str, ...]
    prepositions: tuple[str, ...]
    intransitive_people: tuple[str, ...]
    intransitive_animals: tuple[str, ...]
    be_adjectives_people: tuple[str, ...]
    be_adjectives_animals: tuple[str, ...]
    transitive: tuple[str, ...]
    long_vp_first: tuple[tuple[str, str], ...]
    long_vp_second: tuple[tuple[str, str], ...]
    say_verbs: tuple[str, ...]
    actions: tuple[tuple[str, str], ...]
    to_verbs: tuple[str, ...]
    modals: tuple[str, ...]
    det_verbs: tuple[str, ...]
    pronouns: tuple[str, ...]
    locations: tuple[str, ...]
    plural_quantifiers: tuple[str, ...]
    time_yesterday: tuple[str, ...]
    time_last: tuple[str, ...]
    time_ago_counts: tuple[str, ...]
    time_ago_units: tuple[str, ...]
    time_years: tuple[int, int]

    @property
    def animate(self) -> tuple[str, ...]:
        """Nouns that can like, follow or watch someone: people and animals."""
        return self.people + self.animals

    @property
    def nouns(self) -> list[str]:
        """Every noun lemma, once."""
        return list(dict.fromkeys(self.animate + self.things + self.irregular_nouns))

    @property
    def verbs(self) -> list[str]:
        """Every verb lemma, once."""
        pairs = self.long_vp_first + self.long_vp_second + self.actions
        lemmas = (
            self.intransitive_people
            + self.intransitive_animals
            + self.transitive
            + self.say_verbs
            + self.to_verbs
            + self.det_verbs
            + tuple(lemma for lemma, _ in pairs)
        )
        return list(dict.fromkeys(lemmas))


def _tuples(value: object) -> object:
    """JSON lists become tuples, so the vocabulary is hashable and read-only."""
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


@lru_cache(maxsize=1)
def vocabulary(path: Path = RESOURCE) -> Vocabulary:
    """Load the vocabulary file (keys starting with ``_`` are notes)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Vocabulary(**{k: _tuples(v) for k, v in raw.items() if not k.startswith("_")})


# --- Inflection: every form comes from lemminflect ------------------------------------------


def plural_noun(noun: str) -> str:
    """The plural lemminflect lists first (its most common one: *leaf → leaves*)."""
    return getInflection(noun, tag="NNS")[0]


def noun_form(noun: str, plural: bool) -> str:
    """``noun`` in the requested number."""
    return plural_noun(noun) if plural else noun


def verb_form(lemma: str, tag: str, plural: bool = False) -> str:
    """One Penn-tagged form of ``lemma``.

    lemminflect lists the person forms of *be* side by side (VBP *am, are*; VBD *was, were*),
    so a plural subject takes the last one; every other verb has a single standard form first.
    """
    forms = getInflection(lemma, tag=tag)
    return forms[-1] if plural and lemma == "be" else forms[0]


def present(lemma: str, plural: bool) -> str:
    """Third-person present: *laughs* for a singular subject, *laugh* for a plural one."""
    return verb_form(lemma, "VBP", plural=True) if plural else verb_form(lemma, "VBZ")


def past(lemma: str, plural: bool) -> str:
    """Simple past; only *be* (*was, were*) depends on number."""
    return verb_form(lemma, "VBD", plural)


def article(word: str) -> str:
    """*a* or *an* before ``word``; the vocabulary avoids words where spelling misleads."""
    return "an" if word[0].lower() in "aeiou" else "a"


# --- Drafts: a sentence as words, one of which the bad sentence replaces ---------------------


@dataclass
class Draft:
    """A good sentence word by word, and the one word the bad sentence puts in place of another."""

    words: list[str]  # punctuation is a word of its own
    slot: int  # the word the bad sentence replaces
    bad: str  # what replaces it
    controller: int  # the word ``words[slot]`` depends on
    type: ErrorType
    correction: Correction


Builder = Callable[[random.Random, bool], Draft]
"""Makes one draft; the bool is the number (plural or not) of the controlling word."""


def render(words: list[str]) -> str:
    """Join words into a sentence: no space before punctuation, first letter capitalised."""
    text = ""
    for word in words:
        text += word if word in (",", ".") or not text else " " + word
    return text[:1].upper() + text[1:]


def _token_index(words: list[str], k: int) -> int:
    """The token index of word ``k``: how many tokens the words before it make."""
    return len(tokenize(render(words[:k]))) if k else 0


def realise(construction: str, draft: Draft) -> MinimalPair:
    """Render both sentences and locate the single token where they differ."""
    bad_words = [*draft.words]
    bad_words[draft.slot] = draft.bad
    good, bad = render(draft.words), render(bad_words)
    good_tokens, bad_tokens = tokenize(good), tokenize(bad)
    diff = [
        i for i, (g, b) in enumerate(zip(good_tokens, bad_tokens, strict=False)) if g.text != b.text
    ]
    # Internal invariant: a word from the vocabulary that tokenised oddly would break it.
    assert len(good_tokens) == len(bad_tokens) and len(diff) == 1, (good, bad)
    i = diff[0]
    controller = _token_index(draft.words, draft.controller)
    return MinimalPair(
        construction, good, bad, draft.type, i, i, draft.correction, good_tokens[i].text, controller
    )


def _the(noun: str, plural: bool) -> list[str]:
    return ["the", noun_form(noun, plural)]


def _sva(words: list[str], slot: int, controller: int, lemma: str, plural: bool) -> Draft:
    """A draft whose bad word is ``lemma`` in the present with the other number."""
    correction = Correction.TO_PLURAL_VERB if plural else Correction.TO_SINGULAR_VERB
    bad = present(lemma, not plural)
    return Draft(words, slot, bad, controller, ErrorType.SUBJECT_VERB_AGREEMENT, correction)


def _predicate(rng: random.Random, animal: bool) -> tuple[str, list[str]]:
    """An intransitive verb, or *be* plus an adjective, fit for a person or an animal."""
    v = vocabulary()
    if rng.random() < 0.25:
        adjectives = v.be_adjectives_animals if animal else v.be_adjectives_people
        return "be", [rng.choice(adjectives)]
    return rng.choice(v.intransitive_animals if animal else v.intransitive_people), []


def _with_predicate(rng: random.Random, words: list[str], head: int, plural: bool) -> Draft:
    """Close ``words`` with a main predicate agreeing with word ``head``; that verb is the slot."""
    lemma, rest = _predicate(rng, words[head] in _animal_forms())
    slot = len(words)
    return _sva([*words, present(lemma, plural), *rest, "."], slot, head, lemma, plural)


@lru_cache(maxsize=1)
def _animal_forms() -> frozenset[str]:
    animals = vocabulary().animals
    return frozenset(animals) | {plural_noun(a) for a in animals}


# --- Agreement suites -------------------------------------------------------------------------


def simple(rng: random.Random, plural: bool) -> Draft:
    """*The author laughs.* / *The authors like the guard.*"""
    v = vocabulary()
    words = _the(rng.choice(v.people), plural)
    if rng.random() < 0.7:
        return _with_predicate(rng, words, 1, plural)
    lemma = rng.choice(v.transitive)
    obj = _the(rng.choice(v.animate), rng.random() < 0.5)
    return _sva([*words, present(lemma, plural), *obj, "."], 2, 1, lemma, plural)


def across_pp(rng: random.Random, plural: bool) -> Draft:
    """*The author near the guards laughs.*: a prepositional phrase holds the attractor."""
    v = vocabulary()
    attractor = _the(rng.choice(v.people + v.things), not plural)
    words = [*_the(rng.choice(v.people), plural), *rng.choice(v.prepositions).split(), *attractor]
    return _with_predicate(rng, words, 1, plural)


def _relative_head(rng: random.Random, plural: bool) -> tuple[list[str], str]:
    """A head noun phrase and a subject relative pronoun that suits it (*which* for animals)."""
    v = vocabulary()
    if rng.random() < 0.3:
        return _the(rng.choice(v.animals), plural), rng.choice(("which", "that"))
    return _the(rng.choice(v.people), plural), rng.choice(("who", "that"))


def _subject_rc(rng: random.Random, plural: bool) -> tuple[list[str], str]:
    """*the author who likes the guards*, and the relative clause's verb lemma (word 3)."""
    head, pronoun = _relative_head(rng, plural)
    lemma = rng.choice(vocabulary().transitive)
    obj = _the(rng.choice(vocabulary().animate), not plural)
    return [*head, pronoun, present(lemma, plural), *obj], lemma


def across_subject_rc(rng: random.Random, plural: bool) -> Draft:
    """*The author who likes the guards laughs.*: the main verb is the slot."""
    words, _ = _subject_rc(rng, plural)
    return _with_predicate(rng, words, 1, plural)


def inside_subject_rc(rng: random.Random, plural: bool) -> Draft:
    """*The author that likes the guards laughs.*: the relative clause's verb is the slot."""
    words, lemma = _subject_rc(rng, plural)
    closed = _with_predicate(rng, words, 1, plural).words
    return _sva(closed, 3, 1, lemma, plural)


def _object_rc(rng: random.Random, head_plural: bool, that: bool) -> tuple[list[str], str, int]:
    """*the author (that) the guards like*, its verb lemma and the index of that verb."""
    v = vocabulary()
    head = _the(rng.choice(v.animate if that else v.people), head_plural)
    inner = _the(rng.choice(v.people), not head_plural)
    lemma = rng.choice(v.transitive)
    words = [*head, *(["that"] if that else []), *inner, present(lemma, not head_plural)]
    return words, lemma, len(words) - 1


def _across_object_rc(rng: random.Random, plural: bool, that: bool) -> Draft:
    words, _, _ = _object_rc(rng, plural, that)
    return _with_predicate(rng, words, 1, plural)


def across_object_rc_that(rng: random.Random, plural: bool) -> Draft:
    """*The author that the guards like laughs.*"""
    return _across_object_rc(rng, plural, that=True)


def across_object_rc_no_that(rng: random.Random, plural: bool) -> Draft:
    """*The author the guards like laughs.*: a reduced relative, no pronoun to mark it."""
    return _across_object_rc(rng, plural, that=False)


def inside_object_rc(rng: random.Random, plural: bool) -> Draft:
    """*The author that the guards like laughs.*: the relative clause's verb is the slot.

    Here ``plural`` is the number of the relative clause's subject; the head has the other.
    """
    words, lemma, verb = _object_rc(rng, not plural, that=rng.random() < 0.5)
    closed = _with_predicate(rng, words, 1, not plural).words
    return _sva(closed, verb, verb - 1, lemma, plural)


def vp_coordination_short(rng: random.Random, plural: bool) -> Draft:
    """*The author laughs and swims.*: the second verb is the slot."""
    v = vocabulary()
    first, second = rng.sample(v.intransitive_people, 2)
    words = [*_the(rng.choice(v.people), plural), present(first, plural), "and"]
    return _sva([*words, present(second, plural), "."], len(words), 1, second, plural)


def vp_coordination_long(rng: random.Random, plural: bool) -> Draft:
    """*The author knows many different foreign languages and likes to watch television shows.*"""
    v = vocabulary()
    (first, first_rest), (second, second_rest) = (
        rng.choice(v.long_vp_first),
        rng.choice(v.long_vp_second),
    )
    words = [*_the(rng.choice(v.people), plural), present(first, plural), *first_rest.split()]
    words.append("and")
    slot = len(words)
    words += [present(second, plural), *second_rest.split(), "."]
    return _sva(words, slot, 1, second, plural)


def sentential_complement(rng: random.Random, plural: bool) -> Draft:
    """*The mechanics said (that) the author laughs.*: the matrix subject is the attractor.

    The matrix verbs report or believe; none of them asks for a subjunctive (*insist* would).
    A verb that may take a bare verb (``BARE_COMPLEMENT``: *hear*, *notice*) always takes
    *that*: without it, *The clerks heard the teacher wait* is a right sentence, not the wrong
    one of the pair.
    """
    v = vocabulary()
    subject = _the(rng.choice(v.people), not plural)
    lemma = rng.choice(v.say_verbs)
    matrix = [*subject, past(lemma, False)]
    if rng.random() < 0.5 or lemma in BARE_COMPLEMENT:
        matrix.append("that")
    words = [*matrix, *_the(rng.choice(v.people), plural)]
    return _with_predicate(rng, words, len(words) - 1, plural)


def there_be(rng: random.Random, plural: bool) -> Draft:
    """*There is a book on the table.* / *There are two old books on the table.*"""
    v = vocabulary()
    noun = noun_form(rng.choice(v.things + v.animals), plural)
    phrase = [rng.choice(v.adjectives), noun] if rng.random() < 0.4 else [noun]
    if plural:
        det = rng.choice(v.plural_quantifiers).split()
    else:
        det = [rng.choice((article(phrase[0]), "one"))]
    words = ["there", present("be", plural), *det, *phrase, *rng.choice(v.locations).split(), "."]
    return _sva(words, 1, 2 + len(det) + len(phrase) - 1, "be", plural)


# --- Determiner-noun suites --------------------------------------------------------------------


def _demonstrative(
    rng: random.Random, nouns: tuple[str, ...], plural: bool, adjective: bool
) -> Draft:
    """*She noticed these (old) knives.* / *This knife is different.*: the determiner is wrong.

    The demonstrative is the slot; the noun (and, in the second frame, the verb) fix the number.
    """
    v = vocabulary()
    singular_det, plural_det = rng.choice(v.demonstratives)
    good, bad = (plural_det, singular_det) if plural else (singular_det, plural_det)
    phrase = [
        good,
        *([rng.choice(v.adjectives)] if adjective else []),
        noun_form(rng.choice(nouns), plural),
    ]
    if rng.random() < 0.35:
        words = [*phrase, present("be", plural), rng.choice(v.predicate_adjectives), "."]
        slot = 0
    else:
        subject = (
            [rng.choice(v.pronouns)]
            if rng.random() < 0.4
            else _the(rng.choice(v.people), rng.random() < 0.5)
        )
        words = [*subject, past(rng.choice(v.det_verbs), False), *phrase, "."]
        slot = len(subject) + 1
    correction = Correction.TO_PLURAL_DET if plural else Correction.TO_SINGULAR_DET
    noun = slot + len(phrase) - 1
    return Draft(words, slot, bad, noun, ErrorType.DETERMINER_NOUN_AGREEMENT, correction)


def det_noun(rng: random.Random, plural: bool) -> Draft:
    """*this book* / *these books*, regular nouns."""
    return _demonstrative(rng, vocabulary().things, plural, adjective=False)


def det_adj_noun(rng: random.Random, plural: bool) -> Draft:
    """*this old book* / *these old books*: an adjective between determiner and noun."""
    v = vocabulary()
    return _demonstrative(rng, v.things + v.irregular_nouns, plural, adjective=True)


def det_noun_irregular(rng: random.Random, plural: bool) -> Draft:
    """*this tooth* / *these teeth*, *that crisis* / *those crises*: irregular plurals."""
    return _demonstrative(rng, vocabulary().irregular_nouns, plural, adjective=rng.random() < 0.3)


# --- Tense suites: a past time adverbial wants a past verb ------------------------------------


def _tense(rng: random.Random, plural: bool, adverbial: list[str]) -> Draft:
    """*Yesterday(,) the authors walked home.* or *The authors walked home yesterday.*"""
    v = vocabulary()
    if rng.random() < 0.2:
        lemma, rest = "be", [rng.choice(v.be_adjectives_people)]
    else:
        lemma, complement = rng.choice(v.actions)
        rest = complement.split()
    clause = [*_the(rng.choice(v.people), plural), past(lemma, plural), *rest]
    if rng.random() < 0.5:
        lead = [*adverbial, *([","] if rng.random() < 0.5 else [])]
        words, slot, controller = [*lead, *clause, "."], len(lead) + 2, 0
    else:
        words, slot, controller = [*clause, *adverbial, "."], 2, len(clause)
    bad = present(lemma, plural)
    return Draft(words, slot, bad, controller, ErrorType.TENSE, Correction.TO_PAST)


def tense_yesterday(rng: random.Random, plural: bool) -> Draft:
    """*Yesterday (morning) …*"""
    return _tense(rng, plural, rng.choice(vocabulary().time_yesterday).split())


def tense_last(rng: random.Random, plural: bool) -> Draft:
    """*Last week …*, *last summer …*"""
    return _tense(rng, plural, ["last", rng.choice(vocabulary().time_last)])


def tense_ago(rng: random.Random, plural: bool) -> Draft:
    """*Two years ago …*, *a week ago …*"""
    v = vocabulary()
    unit = rng.choice(v.time_ago_units)
    count = rng.choice((*v.time_ago_counts, "a"))
    when = [count, unit] if count == "a" else [*count.split(), plural_noun(unit)]
    return _tense(rng, plural, [*when, "ago"])


def tense_in_year(rng: random.Random, plural: bool) -> Draft:
    """*In 1998 …*"""
    low, high = vocabulary().time_years
    return _tense(rng, plural, ["in", str(rng.randint(low, high))])


# --- Verb form after an auxiliary -------------------------------------------------------------


def _wrong_finite(rng: random.Random, lemma: str, plural: bool) -> str:
    """A finite form where a bare infinitive belongs: *goes* or *went*, never the base itself."""
    options = [f for f in (present(lemma, plural), past(lemma, plural)) if f != lemma]
    return rng.choice(options)


def _action(
    rng: random.Random, keep: Callable[[str], bool] = lambda _: True
) -> tuple[str, list[str]]:
    """A verb lemma with its complement, from the actions ``keep`` accepts."""
    lemma, rest = rng.choice([a for a in vocabulary().actions if keep(a[0])])
    return lemma, rest.split()


def _verb_form_draft(
    subject: list[str], auxiliary: list[str], rest: list[str], good: str, bad: str, fix: Correction
) -> Draft:
    """Assemble subject, auxiliary words, the verb (the slot) and its complement."""
    words = [*subject, *auxiliary, good, *rest, "."]
    slot = len(subject) + len(auxiliary)
    return Draft(words, slot, bad, slot - 1, ErrorType.VERB_FORM, fix)


def after_modal(rng: random.Random, plural: bool) -> Draft:
    """*The author can go home.* / *can goes*, *can went*."""
    lemma, rest = _action(rng)
    subject = _the(rng.choice(vocabulary().people), plural)
    modal = [rng.choice(vocabulary().modals)]
    bad = _wrong_finite(rng, lemma, plural)
    return _verb_form_draft(subject, modal, rest, lemma, bad, Correction.TO_BASE)


def after_perfect(rng: random.Random, plural: bool) -> Draft:
    """*The author has gone home.* / *has went*: only verbs whose past and participle differ."""
    lemma, rest = _action(rng, lambda lem: verb_form(lem, "VBD") != verb_form(lem, "VBN"))
    subject = _the(rng.choice(vocabulary().people), plural)
    have = [present("have", plural) if rng.random() < 0.7 else past("have", plural)]
    good, bad = verb_form(lemma, "VBN"), past(lemma, plural)
    return _verb_form_draft(subject, have, rest, good, bad, Correction.TO_PAST_PARTICIPLE)


def after_do(rng: random.Random, plural: bool) -> Draft:
    """*The author did not go home.* / *doesn't goes*, *did not went*."""
    lemma, rest = _action(rng)
    subject = _the(rng.choice(vocabulary().people), plural)
    do = present("do", plural) if rng.random() < 0.5 else past("do", plural)
    negation = [do + "n't"] if rng.random() < 0.5 else [do, "not"]
    draft = _verb_form_draft(
        subject, negation, rest, lemma, _wrong_finite(rng, lemma, plural), Correction.TO_BASE
    )
    draft.controller = len(subject)  # *do*, not *not*
    return draft


def after_progressive(rng: random.Random, plural: bool) -> Draft:
    """*The author is going home.*, *has been going*, *will be going* / *is go*."""
    lemma, rest = _action(rng)
    subject = _the(rng.choice(vocabulary().people), plural)
    roll = rng.random()
    if roll < 0.5:
        be = [present("be", plural)]
    elif roll < 0.75:
        be = [present("have", plural), verb_form("be", "VBN")]
    else:
        be = [rng.choice(vocabulary().modals), "be"]
    good = verb_form(lemma, "VBG")
    return _verb_form_draft(subject, be, rest, good, lemma, Correction.TO_GERUND)


def after_to(rng: random.Random, plural: bool) -> Draft:
    """*The author wants to go home.* / *to went*, *to goes*."""
    lemma, rest = _action(rng)
    subject = _the(rng.choice(vocabulary().people), plural)
    head = rng.choice(vocabulary().to_verbs)
    matrix = present(head, plural) if rng.random() < 0.5 else past(head, plural)
    bad = _wrong_finite(rng, lemma, plural)
    return _verb_form_draft(subject, [matrix, "to"], rest, lemma, bad, Correction.TO_BASE)


CONSTRUCTIONS: dict[str, Builder] = {
    "simple": simple,
    "across_pp": across_pp,
    "across_subject_rc": across_subject_rc,
    "across_object_rc_that": across_object_rc_that,
    "across_object_rc_no_that": across_object_rc_no_that,
    "inside_subject_rc": inside_subject_rc,
    "inside_object_rc": inside_object_rc,
    "vp_coordination_short": vp_coordination_short,
    "vp_coordination_long": vp_coordination_long,
    "sentential_complement": sentential_complement,
    "there_be": there_be,
    "det_noun": det_noun,
    "det_adj_noun": det_adj_noun,
    "det_noun_irregular": det_noun_irregular,
    "tense_yesterday": tense_yesterday,
    "tense_last": tense_last,
    "tense_ago": tense_ago,
    "tense_in_year": tense_in_year,
    "after_modal": after_modal,
    "after_perfect": after_perfect,
    "after_do": after_do,
    "after_progressive": after_progressive,
    "after_to": after_to,
}
"""Every suite, by name, in report order."""


def suite(name: str, seed: int = 0, size: int = 200) -> list[MinimalPair]:
    """Up to ``size`` distinct pairs of one construction, the controller's number alternating."""
    build = CONSTRUCTIONS[name]
    rng = random.Random(f"{seed}:{name}")  # a str seed is hashed with SHA-512: stable across runs
    pairs: list[MinimalPair] = []
    seen: set[str] = set()
    for _ in range(size * 30):  # small suites may run out of distinct sentences; stop trying
        if len(pairs) == size:
            break
        pair = realise(name, build(rng, len(pairs) % 2 == 1))
        if pair.bad not in seen:
            seen.add(pair.bad)
            pairs.append(pair)
    return pairs


def generate(seed: int = 0, per_construction: int = 200) -> list[MinimalPair]:
    """Every suite in :data:`CONSTRUCTIONS` order; the same seed always gives the same pairs."""
    return [pair for name in CONSTRUCTIONS for pair in suite(name, seed, per_construction)]


def main(argv: list[str] | None = None) -> None:
    """Write the pairs as JSON lines and print how many each construction got."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("build/eval/minimal_pairs.jsonl"))
    parser.add_argument("--per-construction", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    pairs = generate(args.seed, args.per_construction)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for pair in pairs:
            f.write(json.dumps(pair.to_json(), ensure_ascii=False) + "\n")
    counts = Counter(p.construction for p in pairs)
    for name in CONSTRUCTIONS:
        print(f"{name:28} {counts[name]:5}")
    print(f"{'total':28} {len(pairs):5} -> {args.out}")


if __name__ == "__main__":
    main()
