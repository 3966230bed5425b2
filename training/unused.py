"""False alarms on corpora the build never reads: LinES, ParTUT, Brown, BBC, Reuters and ABC.

    python -m training.unused --model model/shipped --part find --out build/unused-find.jsonl
    python -m training.unused --model model/shipped --part check --out build/unused-check.jsonl
    python -m training.unused --model model/shipped --clean build/data/clean_unread_check.jsonl

These corpora are research-only or non-commercial (``../shared/corpora/INDEX.md``), so the
build leaves them out and no model has trained on, calibrated on or been chosen on them.
Clean dev is mostly fiction and web text; these add news, newswire, legal and 1960s prose,
where numbers, names and headline style meet the checker.

Each usable sentence falls by a stable hash into one of two parts. ``find`` may be read as
freely as dev, to learn which kinds of clean sentence a version flags; ``check`` is only run
to confirm a change found on ``find``, and its sentences are not read. The script writes the
flagged sentences of one part (JSON lines) and prints the counts: sentences, flagged, flags per
type, per source and per 1,000 sentences. A flag here is a false alarm until someone reads it;
these texts are edited, not error-free.

``--clean FILE`` checks a clean set of the build's format instead, counted per genre: the
sets ``training.more_clean --split train`` writes hold sentences of train documents past the
build's word budget, unread by the build, in the genres it does read (Wikipedia, fiction).
"""

from __future__ import annotations

import argparse
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from model.checker import Checker
from model.tokenize import sentences_with_tokens
from training.sources import paragraphs
from training.train import load_records_jsonl

PARTS = ("find", "check")
_TERMINAL = tuple(".!?\"'”’")


@dataclass(frozen=True)
class Corpus:
    """A corpus the build never reads: its folder under the corpora root and its reader."""

    name: str
    folder: str
    kind: str  # a key of READERS


CORPORA = {
    c.name: c
    for c in [
        Corpus("lines", "ud_english_lines", "conllu"),
        Corpus("partut", "ud_english_partut", "conllu"),
        Corpus("brown", "nltk_brown", "brown"),
        Corpus("bbc", "bbc_news", "plain"),
        Corpus("reuters", "nltk_reuters_aptemod", "reuters"),
        Corpus("abc", "nltk_abc", "lines"),
    ]
}


def conllu_texts(folder: Path) -> Iterator[str]:
    """The ``# text =`` line of every sentence in a folder's CoNLL-U files."""
    for path in sorted(folder.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                yield line[len("# text = ") :]


def brown_texts(folder: Path) -> Iterator[str]:
    """Brown's sentences, one ``word/tag`` line each, as words joined by spaces."""
    for path in sorted((folder / "brown").glob("c[a-r][0-9][0-9]")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            words = [w.rsplit("/", 1)[0] for w in line.split()]
            if words:
                yield " ".join(words).replace("``", '"').replace("''", '"')


def _txt_files(folder: Path) -> Iterator[str]:
    """The text of every ``.txt`` file under ``folder``, READMEs and BBC's sentiment list
    excepted."""
    for path in sorted(folder.rglob("*.txt")):
        if not (path.name.lower().startswith("readme") or path.name == "sentiment.txt"):
            yield path.read_text(encoding="utf-8", errors="replace")


def plain_texts(folder: Path) -> Iterator[str]:
    """Paragraphs of every ``.txt`` file (one document each); the splitter cuts them later."""
    for text in _txt_files(folder):
        yield from paragraphs(text)


def line_texts(folder: Path) -> Iterator[str]:
    """Every line of every ``.txt`` file (ABC: one sentence a line, which the splitter may
    still cut)."""
    for text in _txt_files(folder):
        yield from text.splitlines()


def reuters_texts(folder: Path) -> Iterator[str]:
    """The body of each ``<doc>`` block (its first line, the headline, left out); a new
    paragraph starts at a line indented more than two spaces."""
    for name in ("training.txt", "test.txt"):
        for block in re.findall(
            r"<doc[^>]*>\n(.*?)</doc>", (folder / name).read_text(errors="replace"), re.S
        ):
            lines = block.splitlines()[1:]
            yield from paragraphs("\n".join("\n" + x if x.startswith("   ") else x for x in lines))


READERS = {
    "conllu": conllu_texts,
    "brown": brown_texts,
    "plain": plain_texts,
    "lines": line_texts,
    "reuters": reuters_texts,
}
# readers whose texts are sentences already, which the splitter must not cut again
SENTENCE_KINDS = ("conllu", "brown")


def sentences(texts: Iterable[str], split: bool) -> Iterator[str]:
    """Sentences of ``texts``, cut by the service's own splitter where ``split``."""
    for text in texts:
        if not split:
            yield text
            continue
        for span, _ in sentences_with_tokens(text):
            yield text[span.start : span.end]


def plain(sentence: str) -> bool:
    """A sentence worth checking: 5 to 60 words, ending as a sentence does, not in capitals
    (headlines, Reuters' tables) and without the markup some files keep."""
    words = sentence.split()
    letters = [c for c in sentence if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return (
        5 <= len(words) <= 60
        and sentence.endswith(_TERMINAL)
        and upper <= 0.3 * max(1, len(letters))
        and not any(c in sentence for c in "<>|")
    )


def part_of(sentence: str) -> str:
    """``find`` or ``check``, by a stable hash of the sentence."""
    return PARTS[zlib.crc32(b"part:" + sentence.encode("utf-8")) % 2]


def sample(corpora: Path, part: str, per_corpus: int) -> list[tuple[str, str]]:
    """(corpus, sentence) pairs: of each corpus, the ``per_corpus`` sentences of ``part`` that
    come first in an order fixed by a hash, so the sample spreads over its documents."""
    out: list[tuple[str, str]] = []
    for corpus in CORPORA.values():
        texts = READERS[corpus.kind](corpora / corpus.folder)
        found = set(sentences(texts, corpus.kind not in SENTENCE_KINDS))
        mine = sorted(
            (s for s in found if plain(s) and part_of(s) == part),
            key=lambda s: zlib.crc32(s.encode("utf-8")),
        )
        out.extend((corpus.name, s) for s in mine[:per_corpus])
    return out


def clean_rows(path: Path) -> list[tuple[str, str]]:
    """(genre, sentence) of a clean set in the build's JSON-lines format, its tokens joined
    by spaces: such as ``training.more_clean --split train``'s sentences of documents past the
    build's budget, which no build reads either (-71)."""
    return [(rec["genre"], " ".join(rec["tokens"])) for rec in load_records_jsonl(path)]


def check(checker: Checker, rows: list[tuple[str, str]], batch: int = 256) -> list[dict]:
    """The flagged sentences among ``rows``, with each flag's word, type, confidence and first
    suggestion."""
    flagged = []
    for start in tqdm(range(0, len(rows), batch), desc="check"):
        chunk = rows[start : start + batch]
        for (corpus, text), res in zip(
            chunk, checker.check_sentences([t for _, t in chunk]), strict=True
        ):
            if res.flags:
                flags = [[f.text, f.type.value, f.confidence, f.suggestions[:1]] for f in res.flags]
                flagged.append({"corpus": corpus, "text": text, "flags": flags})
    return flagged


def summary(rows: list[tuple[str, str]], flagged: list[dict]) -> dict:
    """Sentences and flagged sentences per corpus, flags per type, flagged per 1,000."""
    per = Counter(c for c, _ in rows)
    hit = Counter(r["corpus"] for r in flagged)
    types = Counter(f[1] for r in flagged for f in r["flags"])
    return {
        "sentences": len(rows),
        "flagged": len(flagged),
        "per_1000": round(1000 * len(flagged) / max(1, len(rows)), 2),
        "flags_by_type": dict(sorted(types.items())),
        "by_corpus": {c: {"sentences": n, "flagged": hit[c]} for c, n in sorted(per.items())},
    }


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=Path("model/shipped"))
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--part", choices=PARTS, default="find")
    ap.add_argument("--per-corpus", type=int, default=5000, help="sentences of each corpus")
    ap.add_argument("--out", type=Path, help="write the flagged sentences here (JSON lines)")
    ap.add_argument(
        "--clean",
        type=Path,
        help="check this clean set (JSON lines, training.more_clean's format) instead of a part",
    )
    ap.add_argument("--picky", action="store_true", help="check as picky checks do")
    args = ap.parse_args()
    if args.clean:
        rows = clean_rows(args.clean)
    else:
        rows = sample(args.corpora, args.part, args.per_corpus)
    checker = Checker.load(args.model)
    checker.picky = args.picky
    flagged = check(checker, rows)
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            for row in flagged:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(json.dumps(summary(rows, flagged), indent=1))


if __name__ == "__main__":
    main()
