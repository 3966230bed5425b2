"""Overfit a tiny set, save, reload: the reloaded checker predicts exactly the same."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
import torch

from model.checker import Checker, save_model
from model.features import encode
from model.network import ConcordTagger, TaggerConfig
from model.vocab import Vocab
from training.train import SideLM, TrainConfig, loss_on

SENTENCES = [
    ("The keys to the cabinet is lost .", 5, "subject_verb_agreement", "to-plural-verb", "are"),
    ("The key to the cabinets are lost .", 5, "subject_verb_agreement", "to-singular-verb", "is"),
    ("He has went home .", 2, "verb_form", "to-past-participle", "gone"),
    ("I like this books .", 2, "determiner_noun_agreement", "to-plural-det", "these"),
    ("The keys to the cabinet are lost .", None, None, None, None),
    ("He has gone home .", None, None, None, None),
]


def _records() -> list[dict]:
    out = []
    for text, at, etype, corr, fix in SENTENCES:
        toks = text.split()
        types = ["OK"] * len(toks)
        corrs = ["none"] * len(toks)
        fixes: list[str | None] = [None] * len(toks)
        if at is not None:
            types[at], corrs[at], fixes[at] = etype, corr, fix
        out.append(
            {
                "tokens": toks,
                "types": types,
                "corrections": corrs,
                "fixes": fixes,
                "numbers": [0] * len(toks),
            }
        )
    return out


def test_overfit_save_reload_identical(tmp_path: Path) -> None:
    torch.manual_seed(0)
    recs = _records()
    vocab = Vocab.build((w for r in recs for w in r["tokens"]), 1, 100, 256)
    model = ConcordTagger(
        TaggerConfig(
            vocab_size=len(vocab.words),
            suffix_buckets=256,
            word_dim=16,
            suffix_dim=8,
            hidden=16,
            layers=2,
            dropout=0.0,
        )
    )
    cfg = TrainConfig(word_dropout=0.0)
    opt = torch.optim.Adam(model.parameters(), lr=0.02)
    weight = torch.ones(5)
    random.seed(0)
    for _ in range(150):
        loss = loss_on(model, recs, vocab, cfg, weight)
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert loss.item() < 0.05
    save_model(tmp_path, model, vocab, {"name": "overfit", "version": "1", "threshold": 0.5})
    live = Checker(model, vocab, {"threshold": 0.5}, None)
    loaded = Checker.load(tmp_path)
    texts = [s[0] for s in SENTENCES]
    a, b = live.check_sentences(texts, gates="full"), loaded.check_sentences(texts, gates="full")
    assert [[t.p_error for t in s.tokens] for s in a] == [[t.p_error for t in s.tokens] for s in b]
    assert [[t.gates_full for t in s.tokens] for s in a] == [
        [t.gates_full for t in s.tokens] for s in b
    ]
    for (text, at, etype, _, fix), res in zip(SENTENCES, b, strict=True):
        if at is None:
            assert res.flags == []
        else:
            (flag,) = res.flags
            assert (flag.token, flag.type.value, flag.suggestions[0]) == (at, etype, fix)
            assert text[flag.start : flag.end] == flag.text


def test_fine_tuning_starts_from_the_given_model(tmp_path: Path) -> None:
    """``init`` loads a model folder's weights and vocabulary instead of building new ones."""
    from training.train import _initial

    recs = _records()
    vocab = Vocab.build((w for r in recs for w in r["tokens"]), 1, 100, 256)
    cfg = TaggerConfig(vocab_size=len(vocab.words), suffix_buckets=256, hidden=8, word_dim=8)
    model = ConcordTagger(cfg)
    save_model(tmp_path, model, vocab, {"name": "base"})
    loaded, loaded_vocab = _initial(TrainConfig(init=str(tmp_path)), [])
    assert loaded_vocab.words == vocab.words
    for name, value in model.state_dict().items():
        assert torch.equal(loaded.state_dict()[name], value)


def test_two_model_folders_average_weight_by_weight(tmp_path: Path) -> None:
    """``training.average``: w * a + (1 - w) * b for every tensor; folders that differ in
    vocabulary are refused by file name."""
    from tests.conftest import build_tiny_model
    from training.average import average

    a = build_tiny_model(tmp_path / "a", seed=1)
    b = build_tiny_model(tmp_path / "b", seed=2)
    mixed = average(a, b, 0.25)
    state_a = torch.load(a / "weights.pt", weights_only=True)
    state_b = torch.load(b / "weights.pt", weights_only=True)
    assert mixed.keys() == state_a.keys()
    for name, value in mixed.items():
        assert torch.allclose(value, 0.25 * state_a[name] + 0.75 * state_b[name])
    vocab = json.loads((b / "vocab.json").read_text())
    vocab["words"][-1] = "other"
    (b / "vocab.json").write_text(json.dumps(vocab))
    with pytest.raises(ValueError, match=r"vocab\.json"):
        average(a, b, 0.5)


def test_the_dev_comparison_scores_a_model_on_dev_sets_only(tmp_path: Path) -> None:
    """``training.compare`` reads the build's dev split and clean dev sentences (never its test
    files) and draws minimal pairs with the dev seed."""
    from tests.conftest import build_tiny_model
    from training.compare import DevSets, compare

    model = build_tiny_model(tmp_path / "m")
    data = tmp_path / "data"
    data.mkdir()
    rec = {
        "tokens": ["These", "books", "is", "old", "."],
        "types": ["OK", "OK", "subject_verb_agreement", "OK", "OK"],
    }
    with gzip.open(data / "dev.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(rec) + "\n")
    clean = {"tokens": ["It", "is", "old", "."], "genre": "wiki"}
    (data / "clean_dev.jsonl").write_text(json.dumps(clean) + "\n")
    out = compare(model, DevSets.load(data), per_construction=1)
    assert out["clean_dev_sentences"] == 1
    assert set(out["dev_f05"]) >= {"subject_verb_agreement", "all"}
    assert len(out["minimal_pairs_dev"]) == 24  # 23 constructions and "overall"
    assert sum(out["behaviour_passed_of"]["not_flag"]) > 0
    assert out["tense_after_person"] == [0, 0]  # its one error follows 'books'
    assert out["agreement_after_person"][1] == 0
    assert "clean_dev_false_alarms_per_1000_in_mix" not in out
    flagged = out["clean_dev_flagged"]
    assert flagged in ([], [0])
    # no committed verdict covers this sentence: every flag on it still counts
    assert out["clean_dev_false_after_review_per_1000"] == out["clean_dev_false_alarms_per_1000"]
    other = [] if flagged else [0]  # a reference that flagged the one sentence iff this did not
    weighed = compare(
        model,
        DevSets.load(data),
        per_construction=1,
        mix={"wiki": 0.7, "news": 0.3},
        reference=other,
    )
    assert weighed["in_mix_minus_first_and_se"] == [1000.0 if flagged else -1000.0, 0.0]
    assert (  # one genre only: weighing changes nothing
        weighed["clean_dev_false_alarms_per_1000_in_mix"]
        == weighed["clean_dev_false_alarms_per_1000"]
        == out["clean_dev_false_alarms_per_1000"]
    )


def test_after_person_counts_only_errors_of_its_type_right_after_i_we_or_you() -> None:
    """The slice the tense.v3 data was made for: a tense error after *I*, *we* or *you*,
    flagged only if flagged as tense at that token."""
    from model.checker import Flag, SentenceResult
    from model.labels import Correction, ErrorType
    from training.compare import after_person

    def flag(token: int, kind: ErrorType) -> Flag:
        return Flag(token, 0, 1, "x", kind, Correction.TO_PAST, "", [], 0.9)

    dev = [
        {"tokens": ["Yesterday", "I", "walk", "."], "types": ["OK", "tense", "OK", "OK"]},
        {"tokens": ["Yesterday", "I", "walk", "."], "types": ["OK", "OK", "tense", "OK"]},
        {"tokens": ["Yesterday", "we", "go", "."], "types": ["OK", "OK", "tense", "OK"]},
        {"tokens": ["Then", "You", "are", "."], "types": ["OK", "OK", "tense", "OK"]},
        {"tokens": ["Yesterday", "she", "walks", "."], "types": ["OK", "OK", "tense", "OK"]},
    ]
    results = [
        SentenceResult("", 0, 0, flags=[flag(1, ErrorType.TENSE)]),  # not after a person
        SentenceResult("", 0, 0, flags=[flag(2, ErrorType.TENSE)]),  # hit
        SentenceResult("", 0, 0, flags=[flag(2, ErrorType.VERB_FORM)]),  # wrong type: miss
        SentenceResult("", 0, 0),  # miss
        SentenceResult("", 0, 0, flags=[flag(2, ErrorType.TENSE)]),  # not after a person
    ]
    assert after_person(dev, results) == [1, 3]
    agreement = [
        {**rec, "types": [t.replace("tense", "subject_verb_agreement") for t in rec["types"]]}
        for rec in dev
    ]
    assert after_person(agreement, results, ErrorType.SUBJECT_VERB_AGREEMENT) == [0, 3]


def test_dev_false_alarms_after_review_leave_out_only_flags_on_reviewed_errors() -> None:
    """A clean dev sentence counts as a false alarm after review unless every flag on it sits
    on a word a person marked ``error`` (``training.review --split dev``); unread flags and
    ``false_alarm`` verdicts count, and the verdict belongs to one file and one token."""
    from model.checker import Flag, SentenceResult
    from model.labels import Correction, ErrorType
    from training.compare import DevSets
    from training.review import Spot, fingerprint

    def result(*tokens: int) -> SentenceResult:
        flags = [
            Flag(t, 0, 1, "x", ErrorType.VERB_FORM, Correction.TO_BASE, "", [], 0.9) for t in tokens
        ]
        return SentenceResult("", 0, 0, flags=flags)

    clean = [{"tokens": ["We", "will", "meeting", "."]}, {"tokens": ["It", "is", "old", "."]}]
    fp = [fingerprint(r["tokens"]) for r in clean]
    review = {
        Spot("clean_dev.jsonl", fp[0], 2): "error",
        Spot("clean_dev.jsonl", fp[1], 1): "false_alarm",
        Spot("clean_dev_more.jsonl", fp[1], 2): "error",  # another file's verdict
    }
    sets = DevSets([], clean, None, ("clean_dev.jsonl", "clean_dev.jsonl"), review)
    assert sets.false_after_review([result(2), result()]) == [False, False]
    assert sets.false_after_review([result(2, 0), result(1)]) == [True, True]  # 0 unread
    assert sets.false_after_review([result(), result(2)]) == [False, True]


def test_the_dev_comparison_adds_the_learner_dev_half_on_request(tmp_path: Path) -> None:
    """With a learner root, ``training.compare`` scores the dev half of its M2 files (here the
    invented tests/fixtures/tiny.m2 as level A, empty B and C), never the test half."""
    from tests.conftest import build_tiny_model
    from training.compare import DevSets, compare
    from training.learner import FILES, load

    model = build_tiny_model(tmp_path / "m")
    data = tmp_path / "data"
    data.mkdir()
    (data / "dev.jsonl.gz").write_bytes(gzip.compress(b""))
    (data / "clean_dev.jsonl").write_text("")
    root = tmp_path / "learner"
    tiny = Path(__file__).parent / "fixtures" / "tiny.m2"
    for i, name in enumerate(FILES):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(tiny.read_text() if i == 0 else "")
    dev = load("dev", root)
    assert 0 < len(dev) < 3  # the fixture has both halves
    out = compare(model, DevSets.load(data, root), per_construction=1)
    assert out["learner_dev_sentences"] == len(dev)
    scores = out["learner_dev_precision_recall_f05"]
    assert set(scores) == {"subject_verb_agreement", "tense", "verb_form"}
    assert all(0.0 <= v <= 1.0 for row in scores.values() for v in row)
    assert "learner_dev_sentences" not in compare(model, DevSets.load(data), per_construction=1)


def test_clean_false_alarms_are_weighed_to_a_genre_mix() -> None:
    """One flagged clean sentence of three: 333 per 1,000 plain; weighed to a mix of its genre
    alone, 1,000; to the other genre's, 0; half and half, 500."""
    from training.compare import false_alarms_in_mix, false_alarms_in_mix_se

    clean = [{"genre": "a"}, {"genre": "b"}, {"genre": "b"}]
    hits = [True, False, False]
    assert false_alarms_in_mix(clean, hits, {"a": 1.0}) == pytest.approx(1000.0)
    assert false_alarms_in_mix(clean, hits, {"b": 1.0, "c": 1.0}) == pytest.approx(0.0)
    assert false_alarms_in_mix(clean, hits, {"a": 0.5, "b": 0.5}) == pytest.approx(500.0)
    assert false_alarms_in_mix(clean, hits, {"a": 1 / 3, "b": 2 / 3}) == pytest.approx(1000 / 3)
    assert false_alarms_in_mix_se(clean, hits, {"a": 1.0}) == pytest.approx(0.0)  # all flagged
    # two sentences of equal weight, one flagged: a mean of 0.5 with standard error 0.5 / sqrt(2)
    half = false_alarms_in_mix_se(clean[:2], hits[:2], {"a": 0.5, "b": 0.5})
    assert half == pytest.approx(1000 * 0.5 / 2**0.5)


def test_a_paired_difference_counts_only_the_sentences_two_models_disagree_on() -> None:
    """Four equally weighted sentences; both models flag the first, only one the second: the
    difference is 250 per 1,000 whichever way round, and its error comes from those four
    sentences' differences alone (0, 1, 0, 0 about their mean of 0.25)."""
    from training.compare import in_mix_minus

    clean = [{"genre": "a"}] * 4
    mine, theirs = [True, True, False, False], [True, False, False, False]
    diff, se = in_mix_minus(clean, mine, theirs, {"a": 1.0})
    assert diff == pytest.approx(250.0)
    assert se == pytest.approx(1000 * (0.75**2 + 3 * 0.25**2) ** 0.5 / 4)
    assert in_mix_minus(clean, theirs, mine, {"a": 1.0}) == pytest.approx((-250.0, se))
    assert in_mix_minus(clean, mine, mine, {"a": 1.0}) == pytest.approx((0.0, 0.0))


def _tiny_tagger(vocab: Vocab) -> ConcordTagger:
    cfg = TaggerConfig(
        vocab_size=len(vocab.words), suffix_buckets=64, word_dim=8, suffix_dim=4, hidden=6
    )
    return ConcordTagger(cfg).eval()


def _first_layer(model: ConcordTagger, sentences: list[list[str]], vocab: Vocab) -> tuple:
    """The first layer's outputs (B, T, 2H) and the input word ids (B, T)."""
    f = encode(sentences, vocab)
    return model(f.words, f.suffixes, f.case, f.lengths).layer_outputs[0], f.words


def test_the_side_language_model_never_sees_the_word_it_predicts() -> None:
    """Next-word logits at t must not change with the words after t, previous-word logits
    not with the words before t: the side model reads the first layer, whose directions have
    not read those words (the second layer's forward direction has)."""
    torch.manual_seed(0)
    recs = _records()
    vocab = Vocab.build((w for r in recs for w in r["tokens"]), 1, 100, 64)
    model, side = _tiny_tagger(vocab), SideLM(6, 10)
    a, b = (
        ["The", "keys", "to", "the", "cabinet", "is", "lost", "."],
        ["The", "keys", "to", "the", "cabinets", "are", "here", "."],
    )
    t = 3  # the sentences agree up to *the* and differ from token 4 on
    (next_a, prev_a), (next_b, prev_b) = (
        side.logits(_first_layer(model, [w], vocab)[0]) for w in (a, b)
    )
    assert torch.equal(next_a[0, : t + 1], next_b[0, : t + 1])
    assert not torch.equal(prev_a[0, t], prev_b[0, t])  # it does read the words after t
    c = ["Those", *a[1:]]  # differs from *a* at token 0 only
    next_c, prev_c = side.logits(_first_layer(model, [c], vocab)[0])
    assert torch.equal(prev_a[0, 1:], prev_c[0, 1:])
    assert not torch.equal(next_a[0, 1], next_c[0, 1])
    second = []
    for words in (a, b):
        f = encode([words], vocab)
        second.append(model(f.words, f.suffixes, f.case, f.lengths).layer_outputs[1][0, t, :6])
    assert not torch.equal(second[0], second[1])  # the second layer would leak


def test_the_side_language_model_adds_to_the_loss_and_learns() -> None:
    torch.manual_seed(0)
    recs = _records()
    vocab = Vocab.build((w for r in recs for w in r["tokens"]), 1, 100, 64)
    model, side = _tiny_tagger(vocab), SideLM(6, 10)  # eval mode: no dropout, same losses
    plain, with_lm = TrainConfig(word_dropout=0.0), TrainConfig(word_dropout=0.0, lm_weight=1.0)
    weight = torch.ones(5)
    base = loss_on(model, recs, vocab, plain, weight)
    assert loss_on(model, recs, vocab, with_lm, weight, side) > base
    sentences = [r["tokens"] for r in recs]
    before = side.loss(*_first_layer(model, sentences, vocab)).item()
    opt = torch.optim.Adam([*model.parameters(), *side.parameters()], lr=0.02)
    for _ in range(60):
        loss = loss_on(model, recs, vocab, with_lm, weight, side)
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert side.loss(*_first_layer(model, sentences, vocab)).item() < before / 2


@pytest.mark.parametrize(("threshold", "flagged"), [(0.0, True), (1.01, False)])
def test_the_benchmark_says_whether_it_timed_the_flagged_path(
    tmp_path: Path, threshold: float, flagged: bool
) -> None:
    from tests.conftest import build_tiny_model
    from training.bench import SENTENCE, bench

    folder = build_tiny_model(tmp_path / "m")
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "threshold": threshold}))
    assert bool(Checker.load(folder).check_sentences([SENTENCE])[0].flags) is flagged
    report = bench(folder, repeat=1, threads=1)
    assert report["sentence_flagged"] is flagged
    assert report["tokens_in_sentence"] == len(SENTENCE.split())


def test_the_benchmark_times_ordinary_text_from_a_file(tmp_path: Path) -> None:
    from tests.conftest import build_tiny_model
    from training.bench import bench, read_text

    lines = [{"tokens": ["The", "dog", "barks", "."]}, {"text": "It rains."}, {"text": "Hi."}]
    path = tmp_path / "clean.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    assert read_text(path, 2) == ["The dog barks .", "It rains."]
    report = bench(build_tiny_model(tmp_path / "m"), repeat=1, threads=1, text=read_text(path, 9))
    assert report["text_sentences"] == 3 and report["text_sentences_per_s"] > 0


def test_suggestions_count_flags_on_errors_that_offer_the_original_word() -> None:
    """``training.metrics.suggestion_scores``: per gold type, of the flags on corrupted tokens,
    the share whose first suggestion (or any) is the replaced word; flags elsewhere and tokens
    without a recorded original count nothing."""
    from training.metrics import suggestion_scores

    gold = [["OK", "verb_form", "OK"], ["subject_verb_agreement", "OK"]]
    fixes: list[list[str | None]] = [[None, "teaching", None], [None, None]]
    suggested = [
        {0: ["x"], 1: ["taught", "Teaching"]},  # a false alarm on 0; 'teaching' second
        {0: ["is"]},  # no recorded original: not counted
    ]
    out = suggestion_scores(gold, fixes, suggested)
    assert out["verb_form"] == {"flags": 1, "first": 0.0, "any": 1.0}
    assert out["subject_verb_agreement"]["flags"] == 0
    assert out["all"] == {"flags": 1, "first": 0.0, "any": 1.0}
    suggested[0][1] = ["teaching"]
    assert suggestion_scores(gold, fixes, suggested)["all"]["first"] == 1.0


def test_minimal_pairs_report_whether_the_good_word_is_suggested_first(tmp_path: Path) -> None:
    from tests.conftest import build_tiny_model
    from training.evaluate import minimal_pairs

    model = Checker.load(build_tiny_model(tmp_path / "m"))
    out = minimal_pairs(model, per_construction=1)
    assert list(out)[-1] == "overall" and len(out) == 24
    for row in out.values():
        share = row["suggestion_first"]
        assert share is None or 0.0 <= share <= 1.0


def test_a_minimal_pair_counts_strict_rank_and_the_suggestion_it_offers() -> None:
    """``training.evaluate.pair_counts``: n, strict, rank, bad word flagged, good word first."""
    from model.checker import Flag, SentenceResult, TokenResult
    from model.labels import Correction, ErrorType
    from training.evaluate import pair_counts

    def result(p: float, flags: list[Flag]) -> SentenceResult:
        toks = [TokenResult("He", 0, 2, 0.01), TokenResult("is", 3, 5, 0.01)]
        toks.append(TokenResult("teach" if flags or p > 0.5 else "teaching", 6, 11, p))
        return SentenceResult("", 0, 11, tokens=toks, flags=flags)

    def flag(*options: str) -> Flag:
        return Flag(
            2, 6, 11, "teach", ErrorType.VERB_FORM, Correction.TO_GERUND, "", list(options), 0.9
        )

    good = result(0.02, [])
    assert pair_counts(2, result(0.95, [flag("Teaching", "taught")]), good) == (1, 1, 1, 1, 1)
    assert pair_counts(2, result(0.95, [flag("taught", "teaching")]), good) == (1, 1, 1, 1, 0)
    assert pair_counts(2, result(0.60, []), good) == (1, 0, 1, 0, 0)  # ranked, not flagged
    noisy = result(0.02, [flag("x")])  # the good sentence flagged too: not strict
    assert pair_counts(2, result(0.95, [flag("teaching")]), noisy)[:2] == (1, 0)


def test_an_ensemble_averages_its_members_probabilities_each_read_with_its_own_vocabulary(
    tmp_path: Path,
) -> None:
    """A config's ``members`` are networks whose type and correction probabilities are averaged
    with the main one's, by weight, each member encoding words with its own vocabulary and
    dividing its logits by its own temperature; the forget gates stay the main network's."""
    import shutil

    from app.lifespan import ModelFolderError, load_checker
    from tests.conftest import build_tiny_model
    from training.calibrate import calibrate

    main = build_tiny_model(tmp_path / "main", seed=1)
    other = build_tiny_model(tmp_path / "other", seed=2)
    vocab = json.loads((other / "vocab.json").read_text())
    vocab["words"] = vocab["words"][:2] + vocab["words"][2:][::-1]  # same words, other ids
    (other / "vocab.json").write_text(json.dumps(vocab))
    config = json.loads((other / "config.json").read_text())
    (other / "config.json").write_text(json.dumps({**config, "temperature": 2.0}))
    both = tmp_path / "both"
    shutil.copytree(main, both)
    shutil.copytree(other, both / "second")
    config = json.loads((both / "config.json").read_text())
    members = [{"folder": "second", "weight": 0.25}]
    (both / "config.json").write_text(json.dumps({**config, "members": members}))

    sentences = [["The", "keys", "to", "the", "cabinet", "is", "lost", "."], ["She", "walks"]]
    a, b, ab = (Checker.load(folder) for folder in (main, other, both))
    assert [(m.temperature, m.weight) for m in ab.members] == [(2.0, 0.25)]
    raw_a, raw_b, raw_ab = (c._forward(sentences, False) for c in (a, b, ab))
    for x, y, xy in zip(raw_a, raw_b, raw_ab, strict=True):
        assert torch.allclose(xy.p_type, 0.75 * x.p_type + 0.25 * y.p_type, atol=1e-6)
        assert torch.allclose(xy.p_corr, 0.75 * x.p_corr + 0.25 * y.p_corr, atol=1e-6)
        assert not torch.allclose(x.p_type, y.p_type, atol=1e-3)  # the average is no copy
        assert torch.equal(xy.gates[-1][0], x.gates[-1][0])
    out = ab.check_tokens(sentences)
    mean = (1 - 0.75 * raw_a[0].p_type[:, 0] - 0.25 * raw_b[0].p_type[:, 0]).tolist()
    assert [t.p_error for t in out[0].tokens] == pytest.approx(mean, abs=1e-5)
    with pytest.raises(ValueError, match="ensemble"):  # one temperature would not fit both
        calibrate(both, tmp_path / "no-data", 2.0)
    (both / "config.json").write_text(
        json.dumps({**config, "members": [{"folder": "second", "weight": 1.0}]})
    )
    with pytest.raises(ValueError, match=r"sum to under 1, got \[1\.0\]"):
        Checker.load(both)
    shutil.rmtree(both / "second")
    with pytest.raises(ModelFolderError, match=r"Incomplete model in .*second"):
        load_checker(both)


def test_the_benchmark_measures_memory_as_new_words_arrive(tmp_path: Path) -> None:
    """``--new-words``: memory gained per step of never-seen words, one entry a step."""
    from tests.conftest import build_tiny_model
    from training.bench import memory_growth

    checker = Checker.load(build_tiny_model(tmp_path / "m"))
    growth = memory_growth(checker, words=400, step=200)
    assert list(growth) == ["200", "400"]
    assert all(isinstance(mb, float) for mb in growth.values())
