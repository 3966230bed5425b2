"""The minimal-pair generator: good sentences are grammatical, bad ones differ in one token.

Grammaticality is checked on forms, with lemminflect as the judge: in every good sentence the
wrong-able word has the number, tense or form its controller (subject, noun, time adverbial,
auxiliary) asks for, and in the bad sentence it does not.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from lemminflect import getInflection, getLemma

from model.inflect import suggest
from model.labels import ErrorType
from model.tokenize import tokenize
from training.minimal_pairs import CONSTRUCTIONS, MinimalPair, generate, main, vocabulary

PER_CONSTRUCTION = 40
AGREEMENT = {ErrorType.SUBJECT_VERB_AGREEMENT, ErrorType.DETERMINER_NOUN_AGREEMENT}
PLURAL_DETERMINERS = {"these", "those"}


@pytest.fixture(scope="module")
def pairs() -> list[MinimalPair]:
    """A smaller run than the CLI's default, enough to see every template many times."""
    return generate(seed=0, per_construction=PER_CONSTRUCTION)


def _tokens(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def _has_tag(word: str, tag: str, upos: str = "VERB") -> bool:
    """Whether ``word`` is the ``tag`` form of one of its own lemmas."""
    low = word.lower()
    return any(low in getInflection(lemma, tag=tag) for lemma in getLemma(low, upos=upos))


def _is_plural_noun(word: str) -> bool:
    low = word.lower()
    return any(lemma != low and _has_tag(low, "NNS", "NOUN") for lemma in getLemma(low, "NOUN"))


def _of(pairs: list[MinimalPair], *names: str) -> list[MinimalPair]:
    return [p for p in pairs if p.construction in names]


def _slots(p: MinimalPair) -> tuple[str, str, str]:
    """(good word, bad word, controller word)."""
    good, bad = _tokens(p.good), _tokens(p.bad)
    return good[p.good_index], bad[p.bad_index], good[p.controller]


def test_every_construction_fills_its_quota_with_distinct_pairs(pairs: list[MinimalPair]) -> None:
    assert Counter(p.construction for p in pairs) == dict.fromkeys(CONSTRUCTIONS, PER_CONSTRUCTION)
    assert len({p.bad for p in pairs}) == len(pairs)


def test_pairs_differ_in_exactly_one_token_at_bad_index(pairs: list[MinimalPair]) -> None:
    for p in pairs:
        good, bad = _tokens(p.good), _tokens(p.bad)
        assert len(good) == len(bad), p
        diff = [i for i, (g, b) in enumerate(zip(good, bad, strict=True)) if g != b]
        assert diff == [p.bad_index] == [p.good_index], p
        assert good[p.good_index] == p.expected, p


def test_the_correction_turns_the_bad_word_into_the_expected_one(pairs: list[MinimalPair]) -> None:
    for p in pairs:
        _, bad, _ = _slots(p)
        assert p.expected in suggest(bad, p.correction), p


def test_subjects_and_verbs_agree_in_good_sentences_only(pairs: list[MinimalPair]) -> None:
    sva = [p for p in pairs if p.type is ErrorType.SUBJECT_VERB_AGREEMENT]
    assert {p.construction for p in sva} >= {"simple", "across_pp", "there_be", "inside_object_rc"}
    for p in sva:
        good, bad, subject = _slots(p)
        tag, wrong = ("VBP", "VBZ") if _is_plural_noun(subject) else ("VBZ", "VBP")
        assert _has_tag(good, tag) and not _has_tag(good, wrong), p
        assert _has_tag(bad, wrong) and not _has_tag(bad, tag), p


def test_subject_number_alternates(pairs: list[MinimalPair]) -> None:
    for name in ("simple", "across_pp", "across_object_rc_no_that", "det_noun_irregular"):
        plural = [_is_plural_noun(_slots(p)[2]) for p in _of(pairs, name)]
        assert plural == [i % 2 == 1 for i in range(PER_CONSTRUCTION)], name


def test_attractors_have_the_opposite_number(pairs: list[MinimalPair]) -> None:
    for p in _of(pairs, "across_pp", "across_object_rc_that", "across_subject_rc"):
        words = _tokens(p.good)
        subject_plural = _is_plural_noun(words[p.controller])
        nouns = [w for w in words[p.controller + 1 : p.good_index] if _is_noun(w)]
        assert nouns and _is_plural_noun(nouns[-1]) is not subject_plural, p


def _is_noun(word: str) -> bool:
    v = vocabulary()
    return word in v.nouns or word in {getInflection(n, tag="NNS")[0] for n in v.nouns}


def test_demonstratives_match_their_noun_in_good_sentences_only(pairs: list[MinimalPair]) -> None:
    det = [p for p in pairs if p.type is ErrorType.DETERMINER_NOUN_AGREEMENT]
    assert {p.construction for p in det} == {"det_noun", "det_adj_noun", "det_noun_irregular"}
    for p in det:
        good, bad, noun = _slots(p)
        plural = _is_plural_noun(noun)
        assert (good.lower() in PLURAL_DETERMINERS) is plural, p
        assert (bad.lower() in PLURAL_DETERMINERS) is not plural, p


def test_irregular_suite_uses_irregular_plurals(pairs: list[MinimalPair]) -> None:
    nouns = {
        _slots(p)[2] for p in _of(pairs, "det_noun_irregular") if _is_plural_noun(_slots(p)[2])
    }
    irregular = {n for n in nouns if not n.endswith("s")}
    assert {"children", "teeth", "mice", "geese", "feet", "women", "men"} & irregular


def test_past_adverbials_get_past_verbs(pairs: list[MinimalPair]) -> None:
    cue = {"tense_yesterday": "yesterday", "tense_last": "last", "tense_ago": "ago"}
    for p in [p for p in pairs if p.type is ErrorType.TENSE]:
        good, bad, controller = _slots(p)
        assert _has_tag(good, "VBD") and not _has_tag(good, "VBZ"), p
        assert _has_tag(bad, "VBZ") or _has_tag(bad, "VBP"), p
        words = [w.lower() for w in _tokens(p.good)]
        if p.construction == "tense_in_year":
            assert controller.lower() == "in" and words[words.index("in") + 1].isdigit(), p
        else:
            assert cue[p.construction] in words, p


MODALS = {"can", "could", "will", "would", "should", "must", "may", "might"}


@pytest.mark.parametrize(
    ("name", "auxiliaries", "tag", "bad_tags"),
    [
        ("after_modal", MODALS, "VB", ("VBZ", "VBD")),
        ("after_perfect", {"has", "have", "had"}, "VBN", ("VBD",)),
        ("after_do", {"do", "does", "did"}, "VB", ("VBZ", "VBD")),
        ("after_progressive", {"is", "are", "been", "be"}, "VBG", ("VB",)),
        ("after_to", {"to"}, "VB", ("VBZ", "VBD")),
    ],
)
def test_auxiliaries_get_the_form_they_ask_for(
    pairs: list[MinimalPair], name: str, auxiliaries: set[str], tag: str, bad_tags: tuple[str, ...]
) -> None:
    for p in _of(pairs, name):
        good, bad, auxiliary = _slots(p)
        assert auxiliary.lower() in auxiliaries, p
        # The bad word is another form of the good word's own lemma (*saw* is also a lemma).
        lemmas = [lem for lem in getLemma(good, upos="VERB") if good in getInflection(lem, tag=tag)]
        assert lemmas and good != bad, p
        assert any(bad in getInflection(lemmas[0], tag=t) for t in bad_tags), p
        assert bad not in getInflection(lemmas[0], tag=tag), p


def test_same_seed_same_pairs_other_seed_other_pairs() -> None:
    assert generate(seed=7, per_construction=5) == generate(seed=7, per_construction=5)
    assert generate(seed=7, per_construction=5) != generate(seed=8, per_construction=5)


def test_vocabulary_is_big_enough_and_has_irregular_plurals() -> None:
    v = vocabulary()
    assert len(v.nouns) >= 30 and len(v.verbs) >= 25
    irregular = [n for n in v.nouns if not getInflection(n, tag="NNS")[0].endswith("s")]
    assert len(irregular) >= 10


def test_cli_writes_json_lines(tmp_path: Path) -> None:
    out = tmp_path / "pairs.jsonl"
    main(["--out", str(out), "--per-construction", "2"])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 * len(CONSTRUCTIONS)
    assert ErrorType(rows[0]["type"]) and rows[0]["good"] != rows[0]["bad"]


def test_a_verb_of_perceiving_always_takes_that(pairs: list[MinimalPair]) -> None:
    """*The clerks heard the teacher wait* is right (a bare infinitive), so such a matrix verb
    always introduces its clause with *that*; the other verbs still go both ways."""
    complements = [p for p in pairs if p.construction == "sentential_complement"]
    perceived = [p for p in complements if {"heard", "noticed"} & set(_tokens(p.good))]
    assert perceived and all("that" in _tokens(p.good) for p in perceived)
    assert any("that" not in _tokens(p.good) for p in complements)
