"""training.unused: reading the corpora the build never uses, and splitting them in two parts."""

from __future__ import annotations

import json
from pathlib import Path

from model.checker import Checker
from training.unused import CORPORA, check, clean_rows, part_of, plain, sample, summary


def _corpora(root: Path) -> Path:
    """One small file in each corpus's own format."""
    (root / "ud_english_lines").mkdir(parents=True)
    (root / "ud_english_lines" / "x.conllu").write_text(
        "# sent_id = 1\n# text = She walked home after the long meeting.\n1\tShe\n\n"
        "# text = Short one.\n1\tShort\n\n"
    )
    (root / "ud_english_partut").mkdir()
    (root / "ud_english_partut" / "y.conllu").write_text(
        "# text = The court rejected the appeal on Monday.\n1\tThe\n\n"
    )
    (root / "nltk_brown" / "brown").mkdir(parents=True)
    (root / "nltk_brown" / "brown" / "ca01").write_text(
        "\n\tThe/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' was/bedz found/vbn ./.\n"
    )
    (root / "bbc_news" / "tech").mkdir(parents=True)
    (root / "bbc_news" / "tech" / "001.txt").write_text(
        "HEADLINE IN CAPITALS HERE\n\nThe firm sold more phones this year. Its shares rose "
        "sharply on the news.\n"
    )
    (root / "nltk_reuters_aptemod").mkdir()
    body = (
        '<doc id="training/1">\nCOCOA REVIEW\n  Showers continued throughout the week in\n'
        "  the cocoa zone, traders said.\n</doc>\n"
    )
    (root / "nltk_reuters_aptemod" / "training.txt").write_text(body)
    (root / "nltk_reuters_aptemod" / "test.txt").write_text("")
    (root / "nltk_abc" / "abc").mkdir(parents=True)
    (root / "nltk_abc" / "abc" / "rural.txt").write_text(
        "Farmers say the rain came too late for the crop.\nshort line\n"
    )
    return root


def test_every_corpus_is_read_and_only_plain_sentences_are_kept(tmp_path: Path) -> None:
    root = _corpora(tmp_path)
    rows = sample(root, "find", 100) + sample(root, "check", 100)
    texts = {t for _, t in rows}
    assert {c for c, _ in rows} == set(CORPORA)
    assert "She walked home after the long meeting." in texts
    assert 'The jury said " no evidence " was found .' in texts  # Brown's quotes made plain
    assert "The firm sold more phones this year." in texts  # cut by the service's splitter
    assert "Showers continued throughout the week in the cocoa zone, traders said." in texts
    assert not any("CAPITALS" in t or t == "Short one." for t in texts)


def test_the_two_parts_are_disjoint_stable_and_capped(tmp_path: Path) -> None:
    root = _corpora(tmp_path)
    find, check = sample(root, "find", 100), sample(root, "check", 100)
    assert not {t for _, t in find} & {t for _, t in check}
    assert all(part_of(t) == "find" for _, t in find)
    assert sample(root, "find", 100) == find
    assert len(sample(root, "find", 0)) == 0


def test_plain_refuses_headlines_fragments_and_markup() -> None:
    assert plain("The committee approved the budget on Friday.")
    assert not plain("TRADE BALANCE SHOWS LARGE DEFICIT IN MARCH.")
    assert not plain("Too short.")
    assert not plain("The value is <b>bold</b> in this sentence.")
    assert not plain("A sentence that stops in the middle without an end")


def test_the_summary_counts_flagged_sentences_per_corpus() -> None:
    rows = [("bbc", "The keys is lost."), ("abc", "The farmer sells eggs.")]
    flagged = [{"corpus": "bbc", "text": "The keys is lost.", "flags": [["is", "tense", 0.9]]}]
    got = summary(rows, flagged)
    assert got["sentences"] == 2 and got["flagged"] == 1 and got["per_1000"] == 500.0
    assert got["flags_by_type"] == {"tense": 1}
    assert got["by_corpus"]["abc"] == {"sentences": 1, "flagged": 0}


def test_check_keeps_the_flagged_sentences_with_their_flags(tiny_checker: Checker) -> None:
    rows = [("bbc", "The keys to the cabinet is lost."), ("abc", "She walks home.")] * 3
    flagged = check(tiny_checker, rows, batch=2)
    results = tiny_checker.check_sentences([t for _, t in rows])
    expected = {row for row, res in zip(rows, results, strict=True) if res.flags}
    assert expected, "the tiny model flags something at its 0.5 threshold"
    assert {(r["corpus"], r["text"]) for r in flagged} == expected
    assert all(len(f) == 4 and f[0] in r["text"] for r in flagged for f in r["flags"])


def test_a_clean_set_is_read_as_genre_and_sentence(tmp_path: Path) -> None:
    path = tmp_path / "clean.jsonl"
    recs = [
        {"genre": "wikipedia/wiki", "tokens": ["The", "keys", "are", "lost", "."]},
        {"genre": "gutenberg/fiction", "tokens": ["She", "does", "n't", "know", "."]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    assert clean_rows(path) == [
        ("wikipedia/wiki", "The keys are lost ."),
        ("gutenberg/fiction", "She does n't know ."),
    ]
