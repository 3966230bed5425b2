"""The corpora Concord may learn from, their licences, and the document split.

Each :class:`Source` says where its files are under the corpora root, what licence covers
them, whether the shipped (commercially usable) model may learn from it, and how to read it:
``treebank`` sources come with gold parses, ``raw`` ones are parsed by the project's own
spaCy pipeline. The split is by document: a document's sentences all land in one of
train / dev / test.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from training.conllu import Sentence, read_conllu

GUM_COMMERCIAL = ("academic", "bio", "court", "interview", "news", "voyage")


@dataclass(frozen=True)
class Source:
    """One corpus folder: name, licence, commercial use, kind of reader and genre."""

    name: str
    folder: str
    licence: str
    commercial: bool
    kind: str  # "treebank" or "raw"
    genre: str


SOURCES: dict[str, Source] = {
    s.name: s
    for s in [
        Source("ewt", "ud_english_ewt", "CC BY-SA 4.0", True, "treebank", "web"),
        Source(
            "gum",
            "gum",
            "CC BY 4.0 / CC BY-SA 3.0 / CC BY 2.5 (commercial genres only)",
            True,
            "treebank",
            "mixed",
        ),
        Source("pud", "ud_english_pud", "CC BY-SA 3.0", True, "treebank", "news-wiki"),
        Source("atis", "ud_english_atis", "CC BY-SA 4.0", True, "treebank", "queries"),
        Source("wikipedia", "wikipedia_en_wikiextractor", "CC BY-SA", True, "raw", "wiki"),
        Source("gutenberg", "gutenberg_victorian_novels", "public domain", True, "raw", "fiction"),
        Source("gutenberg_nltk", "nltk_gutenberg_subset", "public domain", True, "raw", "fiction"),
        Source("state_union", "nltk_state_union", "public domain", True, "raw", "speech"),
        Source("inaugural", "nltk_inaugural", "public domain", True, "raw", "speech"),
        Source(
            "masc", "nltk_masc_tagged", "ANC (research and commercial use)", True, "raw", "mixed"
        ),
    ]
}


@dataclass
class RawDoc:
    """A raw-text document: id, genre and paragraphs."""

    doc_id: str
    genre: str
    paragraphs: list[str]


def split_of(source: str, doc_id: str, official: dict[str, str]) -> str:
    """train / dev / test for a document: the treebank's official split, else a stable hash."""
    if doc_id in official:
        return official[doc_id]
    bucket = zlib.crc32(f"{source}:{doc_id}".encode()) % 100
    return "train" if bucket < 90 else "dev" if bucket < 95 else "test"


def official_splits(root: Path) -> dict[str, str]:
    """Document ids of EWT and GUM mapped to their official splits (GENTLE counts as test)."""
    out: dict[str, str] = {}
    lists = root / "ud_english_ewt" / "file-lists"
    for split in ("train", "dev", "test"):
        path = lists / f"files.{split}"
        if path.exists():
            for line in path.read_text().split():
                out[Path(line).name.removesuffix(".conllu")] = split
    splits = root / "gum" / "splits.md"
    if splits.exists():
        split = ""
        for line in splits.read_text().splitlines():
            head = re.match(r"##\s+(\w+)", line)
            if head:
                split = {"test2": "test"}.get(head.group(1), head.group(1))
            item = re.match(r"\s*\*\s+(\S+)", line)
            if item and split:
                out[item.group(1)] = split
    return out


def treebank_files(root: Path, source: Source) -> list[tuple[Path, str]]:
    """(file, genre) pairs of a treebank source, commercial genres only for GUM."""
    base = root / source.folder
    if source.name == "ewt":
        return [(p, p.parent.name) for p in sorted((base / "sources").glob("*/*.conllu"))]
    if source.name == "gum":
        files = sorted((base / "dep").glob("GUM_*.conllu"))
        return [(p, p.stem.split("_")[1]) for p in files if p.stem.split("_")[1] in GUM_COMMERCIAL]
    return [(p, source.genre) for p in sorted(base.glob("*.conllu"))]


def read_treebank(root: Path, source: Source) -> Iterator[Sentence]:
    """Gold-parsed sentences, each carrying a document id that the split can use.

    EWT and GUM files are one document each; PUD and Atis have no document structure, so
    blocks of 20 consecutive sentences stand for documents.
    """
    for path, genre in treebank_files(root, source):
        for k, sent in enumerate(read_conllu(path, source.name, genre)):
            if source.name in ("ewt", "gum"):
                sent.doc_id = path.stem
            else:
                sent.doc_id = f"{path.stem}-{k // 20}"
            yield sent


def read_raw(root: Path, source: Source) -> Iterator[RawDoc]:
    """Raw documents of a source, paragraphs joined from hard-wrapped lines."""
    base = root / source.folder
    if source.name == "wikipedia":
        yield from _wiki_docs(sorted((base / "shards").glob("wiki_*")))
    elif source.name == "masc":
        yield from _masc_docs(base / "masc_tagged")
    else:
        files = sorted(p for p in base.rglob("*.txt") if p.name != "README.txt")
        for path in files:
            yield RawDoc(
                f"{source.name}/{path.stem}",
                source.genre,
                paragraphs(path.read_text(errors="replace")),
            )


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs with their line breaks folded into spaces."""
    text = _strip_gutenberg(text)
    paras = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return [p for p in paras if p]


def _strip_gutenberg(text: str) -> str:
    """Drop Project Gutenberg's licence header and footer where the markers are present."""
    start = re.search(r"\*\*\* ?START OF (THE|THIS) PROJECT GUTENBERG[^\n]*", text)
    end = re.search(r"\*\*\* ?END OF (THE|THIS) PROJECT GUTENBERG", text)
    return text[start.end() if start else 0 : end.start() if end else len(text)]


def _wiki_docs(paths: list[Path]) -> Iterator[RawDoc]:
    for path in paths:
        doc_id, lines = "", []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("<doc "):
                found = re.search(r'id="(\d+)"', line)
                doc_id, lines = (found.group(1) if found else path.stem), []
            elif line.startswith("</doc>"):
                # the first line is the title; short lines ending in '.' are section headings
                body = [x for x in lines[1:] if len(x.split()) > 4]
                yield RawDoc(f"wiki/{doc_id}", "wiki", body)
            else:
                lines.append(line.strip())


def _masc_docs(base: Path) -> Iterator[RawDoc]:
    """MASC's written files (spoken ones are transcripts full of non-standard agreement)."""
    for path in sorted((base / "written").rglob("*.txt")):
        lines = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            words = [w.rsplit("_", 1)[0] for w in line.split()]
            if len(words) > 3:
                lines.append(" ".join(words))
        yield RawDoc(f"masc/{path.stem}", "masc-" + path.parent.name, lines)
