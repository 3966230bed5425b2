"""training.more_clean reads only unread documents of the asked split, never training text."""

from __future__ import annotations

from pathlib import Path

from training.build_data import BuildConfig
from training.evalsets import attractor_pairs
from training.more_clean import more_clean, past_budget
from training.sources import SOURCES, split_of


def _corpus(root: Path, n_docs: int) -> None:
    """``n_docs`` inaugural 'speeches' of two five-word paragraphs each, read in name order."""
    folder = root / SOURCES["inaugural"].folder
    folder.mkdir(parents=True)
    for k in range(n_docs):
        text = f"Speech {k} opens here today.\n\nSpeech {k} closes here today.\n"
        (folder / f"d{k:02d}.txt").write_text(text)


def test_only_split_documents_past_the_budget_are_read(tmp_path: Path) -> None:
    _corpus(tmp_path, 60)
    # one raw source, so its budget is all 50 words: the build read the first 5 documents
    cfg = BuildConfig(corpora=tmp_path, sources=("inaugural",), raw_words=50)
    got = {doc for _, doc, _ in past_budget(cfg, SOURCES["inaugural"], "dev", 10_000, {})}
    dev = {
        f"inaugural/d{k:02d}"
        for k in range(60)
        if split_of("inaugural", f"inaugural/d{k:02d}", {}) == "dev"
    }
    assert got == {d for d in dev if int(d[-2:]) >= 5}
    assert got  # the fixture must put some unread documents in dev, or this test proves nothing


def test_the_word_cap_stops_the_reading(tmp_path: Path) -> None:
    _corpus(tmp_path, 60)
    cfg = BuildConfig(corpora=tmp_path, sources=("inaugural",), raw_words=0)
    paras = list(past_budget(cfg, SOURCES["inaugural"], "train", 12, {}))
    assert sum(len(p.split()) for p, _, _ in paras) == 15  # stops at the paragraph that passes 12


def test_a_skip_starts_where_the_first_set_stopped(tmp_path: Path) -> None:
    _corpus(tmp_path, 60)
    cfg = BuildConfig(corpora=tmp_path, sources=("inaugural",), raw_words=50)
    src = SOURCES["inaugural"]
    first = list(past_budget(cfg, src, "dev", 20, {}))
    second = list(past_budget(cfg, src, "dev", 20, {}, skip=20))
    everything = list(past_budget(cfg, src, "dev", 10_000, {}))
    assert len(first) == 4 and second  # 20 words: four five-word paragraphs
    assert everything[: len(first) + len(second)] == first + second


def test_attractor_pairs_come_from_unread_paragraphs(tmp_path: Path) -> None:
    """``--attractors``: each agreeing verb of the unread paragraphs, with its corrupted twin."""
    folder = tmp_path / SOURCES["inaugural"].folder
    folder.mkdir(parents=True)
    for k in range(20):
        (folder / f"d{k:02d}.txt").write_text("The keys to the old cabinet are lost.\n")
    cfg = BuildConfig(corpora=tmp_path, sources=("inaugural",), raw_words=0)
    rows = more_clean(cfg, "dev", 10_000, rows=attractor_pairs)
    dev = [k for k in range(20) if split_of("inaugural", f"inaugural/d{k:02d}", {}) == "dev"]
    assert dev  # the fixture must put some documents in dev, or this test proves nothing
    assert len(rows) == len(dev)
    row = rows[0]
    assert row["good"][row["verb"]] == "are" and row["bad"][row["verb"]] == "is"
    assert row["attractors"] == 1  # *cabinet*, singular, between *keys* and *are*
