"""Train, evaluate and document Concord's own spaCy pipeline (tagger + morphologizer + parser).

The pipeline parses raw text (Wikipedia, Gutenberg, ...) so that errors can be injected into it; it
is trained only on treebanks whose licences allow commercial use:

* UD English-EWT (CC BY-SA 4.0), official train/dev/test document lists;
* GUM genres academic, bio, court, interview, news, voyage (CC BY / CC BY-SA), official splits;
* UD English-PUD (CC BY-SA 3.0), used only as an extra out-of-domain test set.

Usage::

    python -m training.parser --corpora ../shared/corpora --work build/spacy --out model/parser
    python -m training.parser --limit 20 --max-steps 50 --out build/spacy/smoke-model   # smoke run

Training is spaCy's own (``spacy convert`` + ``spacy train`` with ``training/spacy/config.cfg``);
the best model on dev (EWT dev + GUM dev) is copied to ``--out`` and scored on the held-out test
documents. Results go to ``training/spacy/metrics.json`` and ``training/spacy/PARSER_CARD.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from training.parser_noise import corrupted_copies

SPACY_DIR = Path(__file__).resolve().parent / "spacy"

# GUM genres whose texts are licensed for commercial use (see gum/SOURCE.md); the others are NC.
GUM_ALLOWED_GENRES = ("academic", "bio", "court", "interview", "news", "voyage")

# One entry per source: licence text for the card.
LICENCES = {
    "ewt": "UD English-EWT, CC BY-SA 4.0",
    "gum": "GUM (academic/court CC BY 4.0, bio/voyage CC BY-SA 3.0, interview/news CC BY 2.5; "
    "annotations CC BY 4.0)",
    "pud": "UD English-PUD, CC BY-SA 3.0 (test only)",
}

# Dev scores spaCy stores in meta.json that are worth keeping in metrics.json.
DEV_KEYS = ("tag_acc", "pos_acc", "morph_acc", "dep_uas", "dep_las", "sents_f")

# UD feature names the error injectors rely on; reported one by one in the metrics.
KEY_FEATS = ("Number", "Person", "Tense", "VerbForm", "Mood")


@dataclass
class ParserTrainConfig:
    """Everything one training run depends on; each field is also a command-line option."""

    corpora: Path = Path("../shared/corpora")  # holds ud_english_ewt/, gum/, ud_english_pud/
    work: Path = Path("build/spacy")  # scratch: temporary CoNLL-U, .spacy files, spaCy's output
    out: Path = Path("model/parser")  # where the best pipeline is copied
    config: Path = SPACY_DIR / "config.cfg"  # committed spaCy training config
    card: Path = SPACY_DIR / "PARSER_CARD.md"  # model card written after evaluation
    metrics: Path = SPACY_DIR / "metrics.json"  # measured numbers, machine-readable
    n_sents: int = 10  # sentences grouped into one Doc by `spacy convert -n`
    limit: int = 0  # documents per source and split (0 = all); for smoke runs
    max_steps: int | None = None  # overrides [training] max_steps when set
    max_minutes: float = 30.0  # wall-clock guard: stop spaCy train and keep model-best
    threads: int = 1  # BLAS/OpenMP threads for training (the other core is someone else's)
    seed: int = 0  # [system] seed
    corrupt: float = 0.0  # share of training sentences also given with one word's number flipped
    evaluate_only: bool = False  # re-score ``out`` on the test sets; keep metrics' training, speed
    extra: dict[str, str] = field(default_factory=dict)  # further spaCy config overrides


# --------------------------------------------------------------------------------------------
# Gathering documents


def ewt_files(corpora: Path, split: str) -> list[Path]:
    """EWT per-document files of one official split, in the order of ``file-lists/``."""
    root = corpora / "ud_english_ewt"
    names = (root / "file-lists" / f"files.{split}").read_text(encoding="utf-8").split()
    return [root / "sources" / name for name in names]


def gum_splits(corpora: Path) -> dict[str, list[str]]:
    """Document ids per split (train/dev/test/test2) as listed in GUM's ``splits.md``."""
    splits: dict[str, list[str]] = {}
    current = None
    for line in (corpora / "gum" / "splits.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = splits.setdefault(line[3:].strip(), [])
        elif current is not None and line.strip().startswith("* "):
            current.append(line.strip()[2:].strip())
    return splits


def gum_files(corpora: Path, split: str) -> list[Path]:
    """GUM documents of one split restricted to the commercially usable genres."""
    docs = gum_splits(corpora)[split]
    keep = [d for d in docs if d.startswith("GUM_") and d.split("_")[1] in GUM_ALLOWED_GENRES]
    return [corpora / "gum" / "dep" / f"{d}.conllu" for d in keep]


def source_files(cfg: ParserTrainConfig) -> dict[str, dict[str, list[Path]]]:
    """Files per split and source; PUD is a test-only treebank."""
    files = {
        "train": {"ewt": ewt_files(cfg.corpora, "train"), "gum": gum_files(cfg.corpora, "train")},
        "dev": {"ewt": ewt_files(cfg.corpora, "dev"), "gum": gum_files(cfg.corpora, "dev")},
        "test": {
            "ewt": ewt_files(cfg.corpora, "test"),
            "gum": gum_files(cfg.corpora, "test"),
            "pud": [cfg.corpora / "ud_english_pud" / "en_pud-ud-test.conllu"],
        },
    }
    if cfg.limit:
        files = {s: {k: v[: cfg.limit] for k, v in by.items()} for s, by in files.items()}
    return files


# --------------------------------------------------------------------------------------------
# Writing clean CoNLL-U for spacy convert


def _clean_feats(feats: str) -> str:
    # EWT marks ~1.3k misspelled/ungrammatical words with Typo=Yes. We keep the word and its gold
    # analysis (the parser must cope with errors) but the feature itself is not morphology.
    kept = [f for f in feats.split("|") if f not in ("Typo=Yes", "_", "")]
    return "|".join(kept) or "_"


def _clean_line(line: str) -> str | None:
    """One CoNLL-U line with FEATS cleaned, enhanced deps dropped and MISC cut to SpaceAfter."""
    if not line.strip():
        return ""  # sentence boundary
    if line.startswith("#"):
        return line if line.startswith(("# newdoc", "# sent_id", "# text")) else None
    cols = line.split("\t")
    if "." in cols[0]:
        return None  # empty nodes exist only in enhanced graphs
    # GUM's MISC carries entity/discourse annotation that spaCy's converter could mistake for NER.
    misc = "SpaceAfter=No" if "SpaceAfter=No" in cols[9].split("|") else "_"
    cols[5] = _clean_feats(cols[5])
    cols[8], cols[9] = "_", misc
    return "\t".join(cols)


def clean_conllu(path: Path) -> Iterator[str]:
    """Lines of ``path`` ready for ``spacy convert``; a sentence always ends with a blank line."""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = _clean_line(raw)
        if line is not None:
            yield line
    yield ""


def count(lines: Iterable[str]) -> tuple[int, int]:
    """Sentences and syntactic words in CoNLL-U lines (multi-word token ranges not counted)."""
    sents = words = 0
    for line in lines:
        if line.startswith("# sent_id"):
            sents += 1
        elif line and not line.startswith("#") and "-" not in line.split("\t", 1)[0]:
            words += 1
    return sents, words


def write_conllu(
    paths: list[Path], out: Path, corrupt: float = 0.0, originals: bool = True
) -> dict[str, int]:
    """Concatenate cleaned documents into ``out``; return docs/sentences/words counts.

    ``corrupt`` adds that share of sentences again with one word's number flipped
    (:mod:`training.parser_noise`); ``originals`` False keeps only those copies.
    """
    lines: list[str] = []
    for path in paths:
        lines.extend(clean_conllu(path))
    if corrupt:
        lines = list(corrupted_copies(lines, corrupt, originals=originals))
    # Collapse runs of blank lines so spaCy never sees an empty sentence.
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n\n"
    out.write_text(text, encoding="utf-8")
    sents, words = count(lines)
    return {"docs": len(paths), "sentences": sents, "words": words}


# --------------------------------------------------------------------------------------------
# spaCy subprocesses


def _env(threads: int) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "BLIS_NUM_THREADS"):
        env[var] = str(threads)
    return env


def spacy_convert(conllu: Path, out_dir: Path, n_sents: int) -> Path:
    """Run ``spacy convert`` on one CoNLL-U file and return the ``.spacy`` path."""
    cmd = [sys.executable, "-m", "spacy", "convert", str(conllu), str(out_dir)]
    cmd += ["--converter", "conllu", "-n", str(n_sents)]
    subprocess.run(cmd, check=True, env=_env(1))
    return out_dir / f"{conllu.stem}.spacy"


def spacy_train(cfg: ParserTrainConfig, train: Path, dev: Path, output: Path) -> dict[str, object]:
    """Run ``spacy train``; stop it at ``max_minutes`` (model-best is kept). Returns timing."""
    cmd = [sys.executable, "-m", "spacy", "train", str(cfg.config), "--output", str(output)]
    cmd += ["--paths.train", str(train), "--paths.dev", str(dev), "--system.seed", str(cfg.seed)]
    if cfg.max_steps is not None:
        cmd += ["--training.max_steps", str(cfg.max_steps)]
    for key, value in cfg.extra.items():
        cmd += [f"--{key}", value]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=_env(cfg.threads))
    try:
        rc = proc.wait(timeout=cfg.max_minutes * 60)
        stopped_by_guard = False
    except subprocess.TimeoutExpired:
        # spaCy writes model-best at every evaluation that improves dev, so stopping is safe.
        proc.terminate()
        rc = proc.wait()
        stopped_by_guard = True
    if not stopped_by_guard and rc != 0:
        raise RuntimeError(f"spacy train failed with exit code {rc}: {' '.join(cmd)}")
    return {
        "train_seconds": round(time.monotonic() - start, 1),
        "stopped_by_guard": stopped_by_guard,
    }


# --------------------------------------------------------------------------------------------
# Evaluation


def _pick(scores: dict[str, object]) -> dict[str, object]:
    keys = ("token_acc", "pos_acc", "tag_acc", "morph_acc", "dep_uas", "dep_las")
    keys += ("sents_p", "sents_r", "sents_f")
    out: dict[str, object] = {
        k: round(float(scores[k]), 4) for k in keys if scores.get(k) is not None
    }
    per_feat = scores.get("morph_per_feat") or {}
    assert isinstance(per_feat, dict)
    out["morph_f_per_feat"] = {f: round(per_feat[f]["f"], 4) for f in KEY_FEATS if f in per_feat}
    return out


def evaluate(model: Path, test_sets: dict[str, Path]) -> dict[str, dict[str, object]]:
    """Score the pipeline on each test set and on the EWT+GUM union (raw text, spaCy tokenizer)."""
    import spacy
    from spacy.training import Corpus

    nlp = spacy.load(model)
    examples = {name: list(Corpus(str(path))(nlp)) for name, path in test_sets.items()}
    results = {name: _pick(nlp.evaluate(egs)) for name, egs in examples.items()}
    in_domain = [eg for name in ("ewt", "gum") for eg in examples.get(name, [])]
    results["ewt+gum"] = _pick(nlp.evaluate(in_domain))
    return results


def flipped_words(model: Path, conllu_dir: Path) -> dict[str, dict[str, float]]:
    """How the pipeline reads the one flipped word of each flipped test sentence, per kind
    (verb, determiner, noun), given the words as the checker gives them: % tagged as its new
    form, % attached as in the gold tree; and for verbs, % whose agreement flag the parse
    evidence supports (:mod:`model.evidence`; the rules pair only about half of all verbs
    with a subject, so that is the ceiling)."""
    from model.evidence import Evidence, Syntax, evidence
    from model.labels import ErrorType
    from training.conllu import read_conllu

    syntax = Syntax.load(model)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for source in ("ewt", "gum"):
        gold = {s.sent_id: s for s in read_conllu(conllu_dir / f"test_{source}.conllu")}
        for sent in read_conllu(conllu_dir / f"test_{source}_flipped.conllu"):
            before = gold[sent.sent_id.removesuffix("-flipped")]
            pairs = zip(before.tokens, sent.tokens, strict=True)
            i = next(k for k, (a, b) in enumerate(pairs) if a != b)
            parsed = syntax.parse(sent.words)
            want, got = sent.tokens[i], parsed.tokens[i]
            kind = (
                "verb" if want.xpos.startswith("VB") else "noun" if want.upos == "NOUN" else "det"
            )
            c = counts[kind]
            c["n"] += 1
            c["tag"] += got.xpos == want.xpos
            c["attached"] += (got.head, got.deprel) == (want.head, want.deprel)
            if kind == "verb":
                found = evidence(parsed, i, ErrorType.SUBJECT_VERB_AGREEMENT)
                c["supported"] += found is Evidence.SUPPORTS
    return {
        kind: {"n": c["n"], **{k: round(100 * v / c["n"], 1) for k, v in c.items() if k != "n"}}
        for kind, c in sorted(counts.items())
    }


def parse_speed(model: Path, test_sets: dict[str, Path]) -> dict[str, float]:
    """Words per second of :func:`training.parse.parse_texts` on held-out raw text, one process."""
    import spacy
    from spacy.tokens import DocBin

    from training.parse import load_parser, parse_texts

    nlp = load_parser(model)
    vocab = spacy.blank("en").vocab
    texts = [d.text for p in test_sets.values() for d in DocBin().from_disk(p).get_docs(vocab)]
    start = time.perf_counter()
    words = sum(len(s.tokens) for sents in parse_texts(nlp, texts, 64, 1) for s in sents)
    seconds = time.perf_counter() - start
    return {
        "words": words,
        "seconds": round(seconds, 2),
        "words_per_second": round(words / seconds),
    }


def folder_bytes(path: Path) -> int:
    """Total size of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# --------------------------------------------------------------------------------------------
# The card


def _row(name: str, s: dict[str, object]) -> str:
    cols = ("token_acc", "pos_acc", "tag_acc", "morph_acc", "dep_uas", "dep_las", "sents_f")
    cells = [f"{100 * float(s[c]):.2f}" if c in s else "-" for c in cols]  # type: ignore[arg-type]
    return f"| {name} | " + " | ".join(cells) + " |"


def write_card(metrics: dict, path: Path) -> None:
    """Render ``metrics`` as the pipeline's model card (Markdown)."""
    test = metrics["test"]
    lines = [
        "# Concord spaCy pipeline (tagger + morphologizer + parser)",
        "",
        "Parses raw English text into UD trees for error injection (`training/parse.py`).",
        f"spaCy {metrics['spacy_version']}, CPU, config `training/spacy/config.cfg`, "
        f"trained by `python -m training.parser`. Components: {', '.join(metrics['pipeline'])}; "
        "sentence boundaries come from the parser. No lemmatizer (lemmas are filled in by "
        "`training/parse.py` with lemminflect).",
        "",
        "## Held-out test results (%)",
        "",
        "Raw test text is tokenized by spaCy and aligned to gold, so tokenization errors count.",
        "`ewt+gum` is the in-domain held-out test (EWT test + GUM test docs of the allowed "
        "genres); PUD is out-of-domain (news/wiki).",
        "",
        "| test set | tokens | UPOS | XPOS | morph | UAS | LAS | sent F |",
        "|---|---|---|---|---|---|---|---|",
        *(_row(name, test[name]) for name in ("ewt+gum", "ewt", "gum", "pud") if name in test),
        *(_row(name, test[name]) for name in ("ewt flipped", "gum flipped") if name in test),
        "",
        "The *flipped* rows are the same test sentences with one word each put in its other "
        "number (a present verb, *was/were*, a demonstrative or a common noun; "
        "`training/parser_noise.py`), scored against the unchanged gold trees and the new "
        "word's own tag: how well the pipeline reads a sentence with an agreement error, as the "
        "checker's parse evidence must. One word in a sentence hardly moves those scores; the "
        "flipped word alone, given the words as the checker gives them (%):",
        "",
        "| flipped word | sentences | tagged as its form | attached as in gold "
        "| verb's flag supported |",
        "|---|---|---|---|---|",
        *(
            f"| {kind} | {r['n']} | {r['tag']} | {r['attached']} | {r.get('supported', '')} |"
            for kind, r in metrics.get("flipped_words", {}).items()
        ),
        "",
        "Sentence F is scored inside the 10-sentence documents made by `spacy convert -n 10`; "
        "EWT's web text often lacks sentence-final punctuation, so its boundaries are hardest.",
        "",
        "Per-feature morph F (ewt+gum): "
        + ", ".join(f"{k} {100 * v:.2f}" for k, v in test["ewt+gum"]["morph_f_per_feat"].items()),
        "",
        "## Training",
        "",
        f"- Wall time of `spacy train`: {metrics['training']['train_seconds']} s "
        f"({metrics['training']['threads']} thread, stopped by the wall-clock guard: "
        f"{metrics['training']['stopped_by_guard']}); "
        f"max_steps {metrics['training']['max_steps']}.",
        f"- Pipeline size on disk: {metrics['size_bytes'] / 1e6:.1f} MB.",
        f"- Parse speed (`parse_texts`, 1 process, held-out raw text): "
        f"{metrics['speed']['words_per_second']} words/s over {metrics['speed']['words']} words.",
        f"- Corrupted copies: {metrics.get('corrupt', 0.0)} of the training sentences are "
        "added again with one word's number flipped (`--corrupt`).",
        "- EWT `Typo=Yes` is removed from FEATS (the misspelled forms and their gold analyses are "
        "kept); MISC is cut to SpaceAfter, enhanced dependencies are dropped.",
        "",
        "## Data",
        "",
        "| split | source | docs | sentences | words |",
        "|---|---|---|---|---|",
    ]
    for split, by_source in metrics["data"].items():
        for source, n in by_source.items():
            lines.append(f"| {split} | {source} | {n['docs']} | {n['sentences']} | {n['words']} |")
    lines += ["", "## Sources and licences", ""]
    lines += [f"- {text}" for text in LICENCES.values()]
    lines += [
        "- Not used: GUM essay/fiction/letter/podcast/whow (non-commercial), conversation/speech/"
        "textbook/vlog and GENTLE (not cleared for this pipeline), GUM reddit (no text), "
        "Atis (lower-cased queries).",
        "- The pipeline derives from CC BY-SA data: ship it with attribution and share-alike.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# The recipe


def prepare(cfg: ParserTrainConfig) -> tuple[dict[str, dict[str, Path]], dict]:
    """Write per split and source CoNLL-U files, convert them; return .spacy paths and counts."""
    conllu_dir, spacy_dir = cfg.work / "conllu", cfg.work / "corpus"
    conllu_dir.mkdir(parents=True, exist_ok=True)
    spacy_dir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, dict[str, Path]] = {}
    data: dict[str, dict[str, dict[str, int]]] = {}
    for split, by_source in source_files(cfg).items():
        all_files = [p for files in by_source.values() for p in files]
        groups = {**by_source, "all": all_files} if split != "test" else by_source
        for source, files in groups.items():
            conllu = conllu_dir / f"{split}_{source}.conllu"
            counts = write_conllu(files, conllu, cfg.corrupt if split == "train" else 0.0)
            if source != "all":
                data.setdefault(split, {})[source] = counts
            paths.setdefault(split, {})[source] = spacy_convert(conllu, spacy_dir, cfg.n_sents)
        if split == "test":  # how well the parser reads a sentence with an agreement error
            for source in ("ewt", "gum"):
                conllu = conllu_dir / f"test_{source}_flipped.conllu"
                write_conllu(by_source[source], conllu, 1.0, originals=False)
                converted = spacy_convert(conllu, spacy_dir, cfg.n_sents)
                paths["test"][f"{source} flipped"] = converted
    return paths, data


def run(cfg: ParserTrainConfig) -> dict:
    """Prepare data, train, copy model-best to ``cfg.out``, evaluate and write card + metrics."""
    import spacy

    paths, data = prepare(cfg)
    before = json.loads(cfg.metrics.read_text(encoding="utf-8")) if cfg.evaluate_only else {}
    if cfg.evaluate_only:  # e.g. after new test sets were added: the training record stands
        timing = before["training"]
    else:
        timing = spacy_train(cfg, paths["train"]["all"], paths["dev"]["all"], cfg.work / "output")
        best = cfg.work / "output" / "model-best"
        if cfg.out.exists():
            shutil.rmtree(cfg.out)
        shutil.copytree(best, cfg.out)
    meta = json.loads((cfg.out / "meta.json").read_text(encoding="utf-8"))
    steps = cfg.max_steps if cfg.max_steps is not None else _config_max_steps(cfg.config)
    metrics = {
        "spacy_version": spacy.__version__,
        "corrupt": cfg.corrupt,
        "pipeline": meta["pipeline"],
        "test": evaluate(cfg.out, paths["test"]),
        "dev_at_best": {k: v for k, v in meta.get("performance", {}).items() if k in DEV_KEYS},
        "training": {**timing, "threads": timing.get("threads", cfg.threads), "max_steps": steps},
        "flipped_words": flipped_words(cfg.out, cfg.work / "conllu"),
        "speed": before.get("speed")
        or parse_speed(cfg.out, {k: paths["test"][k] for k in ("ewt", "gum")}),
        "size_bytes": folder_bytes(cfg.out),
        "data": data,
        "licences": LICENCES,
        "run_config": {k: str(v) for k, v in asdict(cfg).items()},
    }
    cfg.metrics.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    write_card(metrics, cfg.card)
    return metrics


def _config_max_steps(config: Path) -> int:
    match = re.search(r"^max_steps\s*=\s*(\d+)", config.read_text(encoding="utf-8"), re.M)
    return int(match.group(1)) if match else 0


def parse_args(argv: list[str] | None = None) -> ParserTrainConfig:
    """Build a :class:`ParserTrainConfig` from the command line (defaults from the dataclass)."""
    d = ParserTrainConfig()
    ap = argparse.ArgumentParser(
        prog="python -m training.parser", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--corpora", type=Path, default=d.corpora, help="shared corpora folder")
    ap.add_argument("--work", type=Path, default=d.work, help="scratch folder")
    ap.add_argument("--out", type=Path, default=d.out, help="trained pipeline folder")
    ap.add_argument("--config", type=Path, default=d.config, help="spaCy training config")
    ap.add_argument("--card", type=Path, default=d.card, help="model card to write")
    ap.add_argument("--metrics", type=Path, default=d.metrics, help="metrics JSON to write")
    ap.add_argument("--n-sents", type=int, default=d.n_sents, help="sentences per Doc")
    ap.add_argument("--limit", type=int, default=d.limit, help="docs per source/split (smoke)")
    ap.add_argument("--max-steps", type=int, default=d.max_steps, help="override max_steps")
    ap.add_argument("--max-minutes", type=float, default=d.max_minutes, help="wall-clock guard")
    ap.add_argument("--threads", type=int, default=d.threads, help="BLAS/OpenMP threads")
    ap.add_argument("--seed", type=int, default=d.seed, help="random seed")
    ap.add_argument(
        "--corrupt", type=float, default=d.corrupt, help="share of train sentences also flipped"
    )
    ap.add_argument(
        "--evaluate-only", action="store_true", help="re-score --out; keep --metrics' training"
    )
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra spaCy config override, e.g. training.eval_frequency=50",
    )
    ns = vars(ap.parse_args(argv))
    extra = dict(kv.split("=", 1) for kv in ns.pop("set"))
    return ParserTrainConfig(**ns, extra=extra)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    metrics = run(parse_args(argv))
    print(json.dumps(metrics["test"], indent=2))


if __name__ == "__main__":
    main()
