"""More clean held-out sentences: raw text of dev (or test) documents past the build's word budget.

    python -m training.more_clean --data build/data --split dev --words 300000

The build reads each raw source up to its share of ``raw_words`` and splits documents by a
stable hash, so documents of the dev and test splits continue past the budget, unread. Their
sentences are as held out as the build's own: no training document is ever read here. Half
of the build's clean dev set is one novel, so the false-alarm budget the cut-offs are chosen
under is measured mostly on 19th-century fiction; these extra sentences, spread over every
raw source, make that estimate steadier. Written as ``clean_{split}_more.jsonl`` beside the
build, in the format of ``clean_dev.jsonl``; ``training.calibrate`` and ``training.evaluate``
read the file when it is there.

    python -m training.more_clean --data build/data --split train --words 400000 \
        --name clean_unread_train.jsonl
    python -m training.more_clean --data build/data --split train --skip 400000 \
        --words 400000 --name clean_unread_check.jsonl

``--attractors`` writes, from the same unread paragraphs, one good/bad pair per agreeing verb
as ``attractors.jsonl`` holds for test (:func:`training.evalsets.attractor_pairs`): a dev set
of natural agreement errors, with their attractor counts, to choose rules on (-115: 9,504
pairs from 300,000 words of each dev source).

    python -m training.more_clean --data build/data --split dev --attractors

Train documents past the budget are unread too: ``--split train`` takes them, ``--name`` keeps
the set out of calibration and evaluation, and ``--skip`` starts a second set where the first
stopped (-71: one set read to find false alarms, the other only counted with
``training.unused --clean``). They stay unread only while the build's ``raw_words`` does.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from tqdm import tqdm

from training.build_data import BuildConfig, raw_budget, usable
from training.conllu import Sentence
from training.evalsets import attractor_pairs, clean_sentences
from training.parse import doc_to_sentences, load_parser
from training.sources import SOURCES, Source, official_splits, read_raw, split_of


def past_budget(
    cfg: BuildConfig,
    src: Source,
    split: str,
    words: int,
    official: dict[str, str],
    skip: int = 0,
) -> Iterator[tuple[str, str, str]]:
    """(paragraph, doc id, genre) of ``split`` documents that the build did not read.

    The build counts words over the source's paragraphs in order and stops at its budget
    (:func:`training.build_data.raw_budget`); everything after that point is unread, whichever
    split its document is in. ``official`` is :func:`training.sources.official_splits`. The
    first ``skip`` words of ``split`` past the budget are passed over (whole paragraphs, as
    ``words`` counts them), so a second set can start where a first one with ``words`` equal
    to that ``skip`` stopped.
    """
    budget = raw_budget(cfg)
    seen = taken = passed = 0
    for doc in read_raw(cfg.corpora, src):
        in_split = split_of(src.name, doc.doc_id, official) == split
        for para in doc.paragraphs:
            if seen < budget:
                seen += len(para.split())
                continue
            if in_split and passed < skip:
                passed += len(para.split())
            elif in_split:
                yield para, doc.doc_id, doc.genre
                taken += len(para.split())
                if taken >= words:
                    return


def more_clean(
    cfg: BuildConfig,
    split: str,
    words: int,
    skip: int = 0,
    rows: Callable[[list[Sentence]], list[dict]] = clean_sentences,
) -> list[dict]:
    """Clean sentences from up to ``words`` unread words of each raw source's ``split``, after
    its first ``skip`` unread words; ``rows`` renders each source's parsed sentences
    (:func:`training.evalsets.attractor_pairs` for ``--attractors``)."""
    nlp = load_parser(cfg.parser)
    official = official_splits(cfg.corpora)
    out: list[dict] = []
    for name in cfg.sources:
        src = SOURCES[name]
        if src.kind != "raw":
            continue
        paras = list(past_budget(cfg, src, split, words, official, skip))
        docs = nlp.pipe((p for p, _, _ in paras), batch_size=64)
        sents = [
            sent
            for (_, doc_id, genre), doc in tqdm(
                zip(paras, docs, strict=True), total=len(paras), desc=name
            )
            for sent in doc_to_sentences(doc, doc_id, src.name, genre)
            if usable(sent, cfg)
        ]
        out.extend(rows(sents))
    return out


def main() -> None:
    """Command line entry point; the corpora, parser and budget must match the build's."""
    cfg = BuildConfig()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=cfg.out, help="the build to add to")
    ap.add_argument(
        "--split",
        choices=("dev", "test", "train"),
        default="dev",
        help="train: documents of the train split past the budget, unread by the build too",
    )
    ap.add_argument("--words", type=int, default=300_000, help="per raw source, at most")
    ap.add_argument(
        "--skip",
        type=int,
        default=0,
        help="unread words of each source to pass over first (a set after the default one)",
    )
    ap.add_argument(
        "--name",
        help="file name in the build (default clean_SPLIT_more.jsonl, which calibration and "
        "evaluation read; another name keeps the set out of both)",
    )
    ap.add_argument(
        "--attractors",
        action="store_true",
        help="write attractor pairs (as attractors.jsonl is for test) instead of clean "
        "sentences; default name attractors_SPLIT_more.jsonl",
    )
    ap.add_argument("--corpora", type=Path, default=cfg.corpora)
    ap.add_argument("--parser", type=Path, default=cfg.parser)
    ap.add_argument("--raw-words", type=int, default=cfg.raw_words)
    args = ap.parse_args()
    cfg = BuildConfig(corpora=args.corpora, parser=args.parser, raw_words=args.raw_words)
    render = attractor_pairs if args.attractors else clean_sentences
    rows = more_clean(cfg, args.split, args.words, args.skip, render)
    kind = "attractors" if args.attractors else "clean"
    path = args.data / (args.name or f"{kind}_{args.split}_more.jsonl")
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(min(r["attractors"], 4) if args.attractors else r["genre"] for r in rows)
    print(json.dumps({str(k): v for k, v in sorted(counts.items())}, indent=1))


if __name__ == "__main__":
    main()
