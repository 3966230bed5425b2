"""The data pipeline on a tiny corpus written here: labels undo exactly, splits stay apart."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from model.evidence import Syntax
from model.inflect import suggest
from model.labels import Correction, ErrorType
from training.build_data import BuildConfig, Builder, build
from training.conllu import Sentence
from training.inject import apply, injectors
from training.inject.examples import EXAMPLES, parse_example

NOUNS = [
    ("key", "keys"),
    ("dog", "dogs"),
    ("box", "boxes"),
    ("child", "children"),
    ("idea", "ideas"),
]


def _row(
    i: int, form: str, lemma: str, upos: str, xpos: str, feats: str, head: int, rel: str
) -> str:
    return "\t".join([str(i), form, lemma, upos, xpos, feats or "_", str(head), rel, "_", "_"])


def _sentence(sent_id: str, noun: tuple[str, str], plural: bool, attractor: tuple[str, str]) -> str:
    """'The N(s) near the A(s) is/are here .' and 'Yesterday the N walked .' in CoNLL-U."""
    subj = noun[1] if plural else noun[0]
    att = attractor[0] if plural else attractor[1]
    number, verb, vtag = ("Plur", "are", "VBP") if plural else ("Sing", "is", "VBZ")
    att_number = "Sing" if plural else "Plur"
    rows = [
        _row(1, "The", "the", "DET", "DT", "", 2, "det"),
        _row(2, subj, noun[0], "NOUN", "NNS" if plural else "NN", f"Number={number}", 7, "nsubj"),
        _row(3, "near", "near", "ADP", "IN", "", 5, "case"),
        _row(4, "the", "the", "DET", "DT", "", 5, "det"),
        _row(
            5,
            att,
            attractor[0],
            "NOUN",
            "NN" if plural else "NNS",
            f"Number={att_number}",
            2,
            "nmod",
        ),
        _row(6, verb, "be", "AUX", vtag, "Mood=Ind|Tense=Pres|VerbForm=Fin", 7, "cop"),
        _row(7, "here", "here", "ADV", "RB", "", 0, "root"),
        _row(8, ".", ".", "PUNCT", ".", "", 7, "punct"),
    ]
    past = [
        _row(1, "Yesterday", "yesterday", "NOUN", "NN", "Number=Sing", 4, "obl:tmod"),
        _row(2, "the", "the", "DET", "DT", "", 3, "det"),
        _row(3, noun[0], noun[0], "NOUN", "NN", "Number=Sing", 4, "nsubj"),
        _row(4, "walked", "walk", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin", 0, "root"),
        _row(5, "home", "home", "ADV", "RB", "", 4, "advmod"),
        _row(6, ".", ".", "PUNCT", ".", "", 4, "punct"),
    ]
    return (
        f"# sent_id = {sent_id}\n"
        + "\n".join(rows)
        + f"\n\n# sent_id = {sent_id}b\n"
        + "\n".join(past)
        + "\n\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An EWT-shaped corpus of 12 documents, 4 of them held out."""
    root = tmp_path_factory.mktemp("corpora")
    base = root / "ud_english_ewt"
    (base / "sources" / "reviews").mkdir(parents=True)
    (base / "file-lists").mkdir()
    lists: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    for d in range(12):
        name = f"doc{d:02d}.conllu"
        text = "".join(
            _sentence(f"d{d}-{k}", NOUNS[(d + k) % 5], (d + k) % 2 == 0, NOUNS[(d + 2 * k + 1) % 5])
            for k in range(6)
        )
        (base / "sources" / "reviews" / name).write_text(text)
        split = "dev" if d in (3, 7) else "test" if d in (5, 11) else "train"
        lists[split].append(f"reviews/{name}")
    for split, names in lists.items():
        (base / "file-lists" / f"files.{split}").write_text("\n".join(names) + "\n")
    return root


def _build(corpus: Path, out: Path, seed: int = 3, p_core: float = 0.0) -> dict:
    """A build of the tiny corpus; core-clause twins are off unless asked for, and relative
    twins off, so that every augmented record is a spliced one."""
    cfg = BuildConfig(
        corpora=corpus,
        out=out,
        sources=("ewt",),
        seed=seed,
        parser=out / "none",
        p_core=p_core,
        p_relative=0.0,
    )
    return build(cfg)


def _records(path: Path) -> list[dict]:
    with gzip.open(path, "rt") as handle:
        return [json.loads(line) for line in handle]


def test_each_injector_example_undoes_exactly() -> None:
    for name in EXAMPLES:
        sent = parse_example(name)
        for inject in injectors().values():
            for edit in inject(sent):
                broken = apply(sent, [edit])
                assert broken != sent.words
                assert [w for i, w in enumerate(broken) if i != edit.index] == [
                    w for i, w in enumerate(sent.words) if i != edit.index
                ]
                assert edit.original in suggest(edit.wrong, edit.correction)


def test_records_label_only_changed_tokens_and_fixes_restore_them(
    corpus: Path, tmp_path: Path
) -> None:
    _build(corpus, tmp_path)
    originals = set()
    for path in (corpus / "ud_english_ewt" / "sources" / "reviews").glob("*.conllu"):
        sent: list[str] = []
        for line in path.read_text().splitlines():
            if line and not line.startswith("#"):
                sent.append(line.split("\t")[1])
            elif not line and sent:
                originals.add(" ".join(sent))
                sent = []
    seen_error = seen_clean = 0
    for split in ("train", "dev", "test"):
        for rec in _records(tmp_path / f"{split}.jsonl.gz"):
            fixed = [
                f if t != "OK" else w
                for w, t, f in zip(rec["tokens"], rec["types"], rec["fixes"], strict=True)
            ]
            if rec["augmented"]:
                continue
            assert " ".join(fixed) in originals  # applying every correction restores the sentence
            for w, t, f, c in zip(
                rec["tokens"], rec["types"], rec["fixes"], rec["corrections"], strict=True
            ):
                if t == "OK":
                    assert f is None and c == "none"
                else:
                    assert w != f and f in suggest(w, Correction(c))
            if all(t == "OK" for t in rec["types"]):
                seen_clean += 1
                assert " ".join(rec["tokens"]) in originals  # clean sentences are untouched
            else:
                seen_error += 1
    assert seen_error and seen_clean


def test_spliced_sentences_keep_the_subject_and_its_label(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path)
    spliced = [r for r in _records(tmp_path / "train.jsonl.gz") if r["augmented"]]
    assert spliced
    for rec in spliced:
        (pair,) = rec["pairs"]
        assert pair["attractors"] >= 1 or pair["distance"] > 2
        verb = rec["types"][pair["verb"]]
        assert verb == (ErrorType.SUBJECT_VERB_AGREEMENT.value if pair["corrupted"] else "OK")


def test_splits_are_disjoint_by_document(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path)
    docs = {
        s: {r["doc"] for r in _records(tmp_path / f"{s}.jsonl.gz")}
        for s in ("train", "dev", "test")
    }
    assert docs["dev"] == {"doc03", "doc07"} and docs["test"] == {"doc05", "doc11"}
    assert not (docs["train"] & docs["dev"]) and not (docs["train"] & docs["test"])


def test_same_seed_same_output_and_another_seed_differs(corpus: Path, tmp_path: Path) -> None:
    _build(corpus, tmp_path / "a", p_core=0.5)
    _build(corpus, tmp_path / "b", p_core=0.5)
    _build(corpus, tmp_path / "c", seed=4, p_core=0.5)
    a = (tmp_path / "a" / "train.jsonl.gz").read_bytes()
    assert gzip.decompress(a) == gzip.decompress((tmp_path / "b" / "train.jsonl.gz").read_bytes())
    assert gzip.decompress(a) != gzip.decompress((tmp_path / "c" / "train.jsonl.gz").read_bytes())


def test_manifest_counts_match_the_shards(corpus: Path, tmp_path: Path) -> None:
    manifest = _build(corpus, tmp_path, p_core=1.0)
    for split in ("train", "dev", "test"):
        recs = _records(tmp_path / f"{split}.jsonl.gz")
        assert manifest["splits"][split]["records"]["all"] == len(recs)
    pairs = [json.loads(x) for x in (tmp_path / "attractors.jsonl").read_text().splitlines()]
    assert pairs and all(p["good"][p["verb"]] != p["bad"][p["verb"]] for p in pairs)


def test_relative_and_conjoined_verbs_agree_with_the_real_subject() -> None:
    """*who hates* agrees with *farmer*; *complains* shares *waits*'s subject; *they listen* not."""
    from model.agreement import agreements

    farmer = {(p.subject, p.verb, p.kind) for p in agreements(parse_example("farmer_who_hates"))}
    assert farmer == {(1, 6, "subject"), (1, 3, "relative")}
    waits = {(p.subject, p.verb, p.kind) for p in agreements(parse_example("waits_and_complains"))}
    assert waits == {(1, 2, "subject"), (1, 4, "conjunct"), (7, 8, "subject")}


def test_quantity_nouns_agree_with_their_complement_and_subjunctive_were_is_left_alone() -> None:
    """*there are a lot of cars* agrees (plural); *as if he were* is no agreement pair."""
    from model.agreement import PL, agreements

    (lot,) = agreements(parse_example("a_lot_of_cars"))
    assert (lot.subject, lot.verb, lot.number) == (3, 1, PL)
    assert agreements(parse_example("as_if_he_were")) == []


def test_relative_clause_verbs_are_picked_more_readily() -> None:
    """SVA v2 weights the rare sites up: *hates* (relative) over *leaves* (its own subject)."""
    from training.inject.sva import RARE_KIND_WEIGHT, candidates

    weights = {e.index: e.weight for e in candidates(parse_example("farmer_who_hates"))}
    assert weights == {6: 1.0, 3: RARE_KIND_WEIGHT}
    assert RARE_KIND_WEIGHT > 1.0


def test_p_rare_corrupts_a_rare_site_first() -> None:
    """With ``p_rare`` 1, a relative-clause verb, a conjoined verb or a verb in a past frame is
    always the one corrupted; the default 0 leaves the choice to the type weights."""
    from training.augment import PhrasePool
    from training.past_time import AdverbialPool

    builder = Builder(BuildConfig(p_rare=1.0), PhrasePool(), AdverbialPool())
    for name, index in (("farmer_who_hates", 3), ("waits_and_complains", 4)):
        for _ in range(20):
            (edit,) = builder.edits_for(parse_example(name))
            assert edit.index == index and edit.type is ErrorType.SUBJECT_VERB_AGREEMENT
    (tense,) = builder.edits_for(parse_example("yesterday_walked"))
    assert tense.type is ErrorType.TENSE
    plain = Builder(BuildConfig(), PhrasePool(), AdverbialPool())
    picked = {
        e.index for _ in range(200) for e in plain.edits_for(parse_example("farmer_who_hates"))
    }
    assert 6 in picked  # the main verb too, when rare sites are not put first


def test_past_time_twins_put_a_harvested_adverbial_on_the_main_verb() -> None:
    """A past clause gets a real past-time adverbial in front (with or without a comma) or at
    the end, attached to its root, so the past-time rules place the root in the past."""
    import random

    from model.tense import clause_past_frame
    from training.past_time import AdverbialPool, harvest_adverbials, past_twin

    pool = AdverbialPool()
    harvest_adverbials(parse_example("yesterday_walked"), pool)
    harvest_adverbials(parse_example("yesterday_walked"), pool)  # a phrase is filed once
    assert [[t.form for t in p] for p in pool.by_kind["yesterday"]] == [["yesterday"]]
    rng = random.Random(3)
    seen = set()
    for _ in range(30):
        made = past_twin(parse_example("dogs_barked"), pool, rng)
        assert made is not None
        new, root = made
        text = " ".join(t.form for t in new.tokens)
        seen.add(text)
        assert new.tokens[root].form == "barked" and new.tokens[root].head == -1
        assert all(-1 <= t.head < len(new.tokens) for t in new.tokens)
        assert clause_past_frame(new, root)
    assert seen == {
        "Yesterday , the dogs barked loudly .",
        "Yesterday the dogs barked loudly .",
        "The dogs barked loudly yesterday .",
    }


def test_past_time_twins_skip_clauses_already_placed_in_time() -> None:
    """No twin for a present clause, one with a past-time word already, or a subject that is
    itself a time phrase (*Last year was a good year* is harvested from nothing)."""
    import random

    from training.past_time import AdverbialPool, harvest_adverbials, past_twin

    pool = AdverbialPool()
    harvest_adverbials(parse_example("yesterday_walked"), pool)
    rng = random.Random(0)
    for name in ("yesterday_walked", "keys_are", "has_gone"):
        assert past_twin(parse_example(name), pool, rng) is None
    subject = parse_example("yesterday_walked")
    subject.tokens[0].deprel = "nsubj"
    empty = AdverbialPool()
    harvest_adverbials(subject, empty)
    assert len(empty) == 0


def test_a_past_time_twin_error_puts_the_main_verb_in_the_present() -> None:
    from training.past_time import tense_error

    sent = parse_example("dogs_barked")
    edit = tense_error(sent, 2)
    assert edit is not None
    assert (edit.index, edit.wrong, edit.type, edit.correction) == (
        2,
        "bark",
        ErrorType.TENSE,
        Correction.TO_PAST,
    )


def _with_subject(name: str, index: int, form: str, feats: str) -> Sentence:
    sent = parse_example(name)
    tok = sent.tokens[index]
    tok.form, tok.lemma = form, form.lower()
    tok.feats = dict(kv.split("=") for kv in feats.split("|"))
    return sent


@pytest.mark.parametrize(
    ("form", "feats", "wrong"),
    [
        ("I", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "walk"),
        ("we", "Case=Nom|Number=Plur|Person=1|PronType=Prs", "walk"),
        ("you", "Case=Nom|Person=2|PronType=Prs", "walk"),
        ("she", "Case=Nom|Number=Sing|Person=3|PronType=Prs", "walks"),
    ],
)
def test_tense_v3_corrupts_verbs_after_i_we_and_you_too(form: str, feats: str, wrong: str) -> None:
    """``tense.v2`` leaves *I*, *we* and *you* out (no number by ``noun_number``); ``tense.v3``
    gives them the plain present, and the past-time twins follow the build's injector."""
    from training.inject.tense import clause_candidates, person_candidates
    from training.past_time import tense_error

    sent = _with_subject("yesterday_walked", 1, form, feats)
    assert [(e.index, e.wrong) for e in person_candidates(sent)] == [(2, wrong)]
    v2 = [e.wrong for e in clause_candidates(sent)]
    assert v2 == ([wrong] if form == "she" else [])
    edit = tense_error(sent, 2, persons=True)
    assert edit is not None and (edit.wrong, edit.correction) == (wrong, Correction.TO_PAST)
    assert (tense_error(sent, 2) is None) == (form != "she")


@pytest.mark.parametrize(
    ("form", "feats", "wrong"),
    [
        ("I", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "am"),
        ("she", "Case=Nom|Number=Sing|Person=3|PronType=Prs", "is"),
        ("we", "Case=Nom|Number=Plur|Person=1|PronType=Prs", None),  # 'we was': not standard
    ],
)
def test_tense_v3_puts_a_past_copula_in_the_present_of_its_subject(
    form: str, feats: str, wrong: str | None
) -> None:
    """A copula's subject hangs on its head (*Yesterday I was tired*): v3 finds it there and
    gives *be* the subject's person; v2 never corrupted a copula or auxiliary."""
    from training.inject.tense import clause_candidates, person_candidates

    sent = _with_subject("yesterday_i_was", 1, form, feats)
    assert [e.wrong for e in person_candidates(sent)] == ([wrong] if wrong else [])
    assert clause_candidates(sent) == []
    were = _with_subject("yesterday_i_was", 1, form, feats)
    were.tokens[2].form = "were"
    expected = {"we": ["are"]}.get(form, [])  # 'I were', 'she were': subjunctive, left alone
    assert [e.wrong for e in person_candidates(were)] == expected


@pytest.fixture(scope="module")
def shipped_parser() -> Syntax:
    """The project's parser, loaded once for the tests that parse real sentences."""
    return Syntax.load(Path(__file__).resolve().parents[1] / "model" / "parser")


@pytest.mark.parametrize(
    ("sentence", "edits"),
    [
        ("We were late for the meeting .", [("were", "was")]),
        ("I have two cats and I go to school .", [("have", "has"), ("go", "goes")]),
        ("You are right .", [("are", "is")]),
        ("I am tired .", []),  # 'I is' has no correction class that names 'am'
        ("If I were you , I would go .", []),  # 'I were': maybe a subjunctive
        ("Do you know him ?", []),  # the subject after the verb that agrees
        ("They said that we could go .", []),  # a modal shows no number
    ],
)
def test_agreement_v3_corrupts_verbs_after_i_we_and_you(
    shipped_parser: Syntax, sentence: str, edits: list[tuple[str, str]]
) -> None:
    """``subject_verb_agreement.v3`` adds v2's missing subjects: the suggestion class is the
    plain form, which gives the original back; v2 makes none of these edits."""
    from training.inject.sva import PERSON_WEIGHT, candidates, person_candidates

    sent = shipped_parser.parse(sentence.split())
    found = person_candidates(sent)
    assert [(e.original, e.wrong) for e in found] == edits
    assert candidates(sent) == []
    for e in found:
        assert (e.correction, e.weight) == (Correction.TO_PLURAL_VERB, PERSON_WEIGHT)
        assert suggest(e.wrong, e.correction)[0] == e.original


def test_the_command_line_chooses_the_agreement_injector() -> None:
    """``--sva-injector subject_verb_agreement.v3`` swaps v3 in with v2's weight."""
    from training.build_data import config_from_args

    v3 = config_from_args(["--sva-injector", "subject_verb_agreement.v3"]).type_weights
    default = BuildConfig().type_weights
    assert v3["subject_verb_agreement.v3"] == default["subject_verb_agreement.v2"]
    assert list(v3) == [n.replace("agreement.v2", "agreement.v3") for n in default]


def test_the_command_line_chooses_the_tense_injector_and_p_rare_takes_v3_sites() -> None:
    """The default build is the shipped model's (``tense.v2``); ``--tense-injector tense.v3``
    swaps in v3 with the same weight, and its sites come first under ``p_rare`` as v2's do."""
    from training.augment import PhrasePool
    from training.build_data import config_from_args
    from training.past_time import AdverbialPool

    assert config_from_args([]).type_weights == BuildConfig().type_weights
    assert "tense.v2" in BuildConfig().type_weights
    v3 = config_from_args(["--tense-injector", "tense.v3"])
    assert v3.type_weights["tense.v3"] == 1.0 and "tense.v2" not in v3.type_weights
    assert {n: w for n, w in v3.type_weights.items() if n != "tense.v3"} == {
        n: w for n, w in BuildConfig().type_weights.items() if n != "tense.v2"
    }
    sent = _with_subject("yesterday_walked", 1, "I", "Number=Sing|Person=1|PronType=Prs")
    builder = Builder(
        BuildConfig(p_rare=1.0, type_weights=v3.type_weights), PhrasePool(), AdverbialPool()
    )
    (edit,) = builder.edits_for(sent)
    assert (edit.type, edit.wrong) == (ErrorType.TENSE, "walk")
    v2 = Builder(BuildConfig(p_rare=1.0, p_clean=1.0), PhrasePool(), AdverbialPool())
    assert v2.edits_for(sent) == []  # no v2 site, and clean otherwise


@pytest.mark.parametrize(
    "module",
    [
        "training.inject.sva",
        "training.inject.det_noun",
        "training.inject.verb_form",
        "training.inject.tense",
        "training.past_time",
        "training.core_clause",
    ],
)
def test_the_docstring_examples_of_the_data_modules_hold(module: str) -> None:
    """Each injector's (and the past-time twins') docstring examples run as tests."""
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_verb_form_v2_bares_an_ing_form_only_after_a_gerund_taking_preposition() -> None:
    """*by working* becomes *by work*; after *while*, which also takes a finite clause, or
    with an auxiliary over it (a progressive), the *-ing* form is left to v1."""
    from training.inject.examples import parse_example
    from training.inject.verb_form import preposition_candidates

    def edits(mark: str, mark_rel: str) -> list[tuple[int, str]]:
        sent = parse_example("by_working")
        sent.tokens[4].form, sent.tokens[4].deprel = mark, mark_rel
        return [(e.index, e.wrong) for e in preposition_candidates(sent)]

    assert edits("by", "mark") == [(5, "work")]
    assert edits("while", "mark") == []
    assert edits("by", "aux") == []  # standing in for a progressive's *is*


def test_core_clause_twins_keep_the_subject_verb_and_object_cores() -> None:
    """A twin keeps the subject's core (determiner and noun, not its modifiers), the verb and
    its object's core, re-headed so the agreement rules still pair subject and verb; the
    first word is capitalised when the sentence used to start elsewhere."""
    from model.agreement import PL, agreements
    from training.core_clause import core_clause

    keys = core_clause(parse_example("keys_are"))
    assert keys is not None and [t.form for t in keys.tokens] == ["The", "keys", "are", "lost", "."]
    pairs = agreements(keys)
    assert [(p.subject, p.verb, p.number) for p in pairs] == [(1, 2, PL)]
    house = core_clause(parse_example("bought_a_house_she_liked"))
    assert house is not None
    assert " ".join(t.form for t in house.tokens) == "He bought a house ."
    assert [t.head for t in house.tokens] == [1, -1, 3, 1, 1]


def test_core_clause_twins_skip_what_would_change_the_clause() -> None:
    """No twin for a sentence already that short, nor where cutting would drop a determiner or
    possessor the noun needs, a conjoined subject or a question's fronted object."""
    from training.core_clause import core_clause

    assert core_clause(parse_example("has_gone")) is None  # nothing to cut
    made = core_clause(parse_example("sold_his_old_car"))  # *his*: a subtree of one, kept
    assert made is not None and " ".join(t.form for t in made.tokens) == "He sold his old car ."
    assert core_clause(parse_example("ann_and_i_have_met")) is None  # not *Ann have met*
    assert core_clause(parse_example("what_dishes_would_you")) is None


def test_core_clause_twins_leave_the_rest_of_a_build_unchanged() -> None:
    """The twins draw from their own random stream: with them on, a builder yields the same
    records as without, plus the twins."""
    import random

    from training.augment import PhrasePool
    from training.core_clause import core_clause
    from training.past_time import AdverbialPool

    sents = [parse_example(n) for n in EXAMPLES] * 5
    random.Random(0).shuffle(sents)
    plain = Builder(BuildConfig(p_core=0.0), PhrasePool(), AdverbialPool())
    cores = Builder(BuildConfig(p_core=1.0), PhrasePool(), AdverbialPool())
    twins = 0
    for sent in sents:
        without = [r.to_json() for r in plain.records(sent)]
        made = [r.to_json() for r in cores.records(sent)]
        core = core_clause(sent)
        if core is None:
            assert made == without
            continue
        twin = json.loads(made.pop(1))  # after the natural record
        assert made == without
        assert len(twin["tokens"]) == len(core.tokens)
        twins += 1
    assert twins >= 5


def test_relative_twins_end_on_an_attractor_and_leave_the_rest_of_a_build_unchanged() -> None:
    """A relative twin is a core clause with one relative clause spliced after its subject,
    whose last noun has the other number, and at most one verb corrupted; it draws from its own
    random stream, so the other records stay as they were."""
    import random

    from training.augment import PhrasePool, harvest
    from training.past_time import AdverbialPool

    sents = [parse_example(n) for n in EXAMPLES] * 5
    random.Random(0).shuffle(sents)
    pool = PhrasePool()
    for sent in sents:
        harvest(sent, pool)
    plain = Builder(BuildConfig(p_core=0.0, p_relative=0.0), pool, AdverbialPool())
    relatives = Builder(BuildConfig(p_core=0.0, p_relative=1.0), pool, AdverbialPool())
    twins = corrupted = 0
    for sent in sents:
        without = [r.to_json() for r in plain.records(sent)]
        made = [r.to_json() for r in relatives.records(sent)]
        if len(made) == len(without):
            assert made == without
            continue
        twin = json.loads(made.pop(1))  # after the natural record
        assert made == without
        (pair,) = twin["pairs"]  # the main verb's pair, or the corrupted verb's inside the clause
        assert twin["augmented"] and (pair["attractors"] >= 1 or pair["corrupted"])
        wrong = twin["types"][pair["verb"]] == ErrorType.SUBJECT_VERB_AGREEMENT.value
        assert wrong == pair["corrupted"]
        assert all(t == "OK" for k, t in enumerate(twin["types"]) if k != pair["verb"])
        twins += 1
        corrupted += wrong
    assert twins >= 3 and 0 < corrupted < twins


def test_complement_twins_report_a_core_clause_with_an_opening_of_the_other_number(
    shipped_parser: Syntax,
) -> None:
    """An opening (a subject and a past verb whose complement follows, with or without *that*)
    is harvested by its subject's number and put before a core clause whose subject has the
    other number; the twin keeps the clause's pair, one root, and draws from its own stream."""
    import random

    from training.augment import PhrasePool, complement_twin, harvest_openings
    from training.past_time import AdverbialPool

    def parse(text: str) -> Sentence:
        return shipped_parser.parse(text.split())

    pool = PhrasePool()
    for text in ("The teachers said that the road is closed .", "She thought he was late ."):
        harvest_openings(parse(text), pool)
    harvest_openings(parse("The man who said it is here ."), pool)  # no complement: none
    assert [[t.form for t in o] for o in pool.openings["Plur"]] == [
        ["The", "teachers", "said", "that"]
    ]
    assert [[t.form for t in o] for o in pool.openings["Sing"]] == [["She", "thought"]]

    core = parse("The author laughs .")
    made = complement_twin(core, pool, random.Random(0))
    assert made is not None
    new, pair = made
    assert " ".join(t.form for t in new.tokens) == "The teachers said that the author laughs ."
    assert (pair.subject, pair.verb, pair.number) == (5, 6, "Sing")
    assert [i for i, t in enumerate(new.tokens) if t.head < 0] == [2]
    assert new.tokens[6].deprel == "ccomp" and new.tokens[6].head == 2
    assert complement_twin(parse("Anna laughs ."), pool, random.Random(0)) is None  # a name

    sents = [parse_example(n) for n in EXAMPLES] * 3
    plain = Builder(BuildConfig(p_core=0.0, p_relative=0.0), pool, AdverbialPool())
    twins = Builder(
        BuildConfig(p_core=0.0, p_relative=0.0, p_complement=1.0), pool, AdverbialPool()
    )
    made_any = 0
    for sent in sents:
        without = [r.to_json() for r in plain.records(sent)]
        made_recs = [r.to_json() for r in twins.records(sent)]
        if len(made_recs) > len(without):
            twin = json.loads(made_recs.pop(1))
            assert twin["tokens"][:2] in (["The", "teachers"], ["She", "thought"])
            made_any += 1
        assert made_recs == without
    assert made_any >= 3


def test_conjunct_twins_join_a_harvested_predicate_in_the_subjects_number(
    shipped_parser: Syntax,
) -> None:
    """A predicate (a core clause's verb and what follows it, short of a conjunct) is
    harvested and joined with *and* to a core clause whose verb is a present one carrying
    agreement, its verb inflected for that clause's subject; the conjunct is the twin's pair.
    A past or auxiliary-led clause gets no twin, and the twins draw from their own stream."""
    import random

    from training.augment import PhrasePool
    from training.core_clause import conjunct_twin, harvest_predicate
    from training.past_time import AdverbialPool

    def parse(text: str) -> Sentence:
        return shipped_parser.parse(text.split())

    pool = PhrasePool()
    harvest_predicate(parse("The old man sold his boat to a friend ."), pool)
    harvest_predicate(parse("The dog is sleeping and the cat ran ."), pool)  # an auxiliary: none
    assert [[t.form for t in p] for p in pool.predicates] == [["sold", "his", "boat"]]
    made = conjunct_twin(parse("The teachers laugh ."), pool, random.Random(0))
    assert made is not None
    new, pair = made
    text = " ".join(t.form for t in new.tokens)
    assert text == "The teachers laugh and sell his boat ."
    assert (pair.subject, pair.verb, pair.number, pair.kind) == (1, 4, "Plur", "conjunct")
    made = conjunct_twin(parse("The teacher laughs ."), pool, random.Random(0))
    assert made is not None and made[0].tokens[4].form == "sells"
    assert conjunct_twin(parse("The teacher laughed ."), pool, random.Random(0)) is None
    assert conjunct_twin(parse("The teacher will laugh ."), pool, random.Random(0)) is None

    sents = [parse_example(n) for n in EXAMPLES] * 3
    for sent in sents:
        harvest_predicate(sent, pool)
    plain = Builder(BuildConfig(p_core=0.0, p_relative=0.0), pool, AdverbialPool())
    twins = Builder(BuildConfig(p_core=0.0, p_relative=0.0, p_conjunct=1.0), pool, AdverbialPool())
    made_any = corrupted = 0
    for sent in sents:
        without = [r.to_json() for r in plain.records(sent)]
        made_recs = [r.to_json() for r in twins.records(sent)]
        if len(made_recs) > len(without):
            twin = json.loads(made_recs.pop(1))
            (pair,) = twin["pairs"]
            assert pair["kind"] == "conjunct" and twin["tokens"][pair["verb"] - 1] == "and"
            made_any += 1
            corrupted += pair["corrupted"]
        assert made_recs == without
    assert made_any >= 2
