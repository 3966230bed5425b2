"""Build Concord's labelled train / dev / test sets and evaluation sets from the corpora.

    python -m training.build_data --corpora ../shared/corpora --out build/data [--limit 2000]

Per sentence of a clean, gold- or self-parsed corpus: drop it if the parse already shows a
disagreement (or fiction dialogue); emit it clean or with one or two injected errors; and,
where its subject precedes its verb, emit a second, spliced variant with modifiers between
them (``training/augment.py``), clean or with the subject's verb corrupted. Every record is
re-tokenised with the checker's own tokenizer, so training sees exactly what inference sees.
Output: gzipped JSONL per split, the evaluation sets, and ``manifest.json`` with the counts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from model.agreement import SG, Agreement, agreements
from model.labels import Correction, ErrorType
from training.analysis import disagrees
from training.augment import (
    PhrasePool,
    augment,
    complement_twin,
    harvest,
    harvest_openings,
    relative_twin,
)
from training.conllu import Sentence
from training.core_clause import conjunct_twin, core_clause, harvest_predicate
from training.evalsets import write_evalsets
from training.inject import Edit, injectors
from training.inject.sva import RARE_KIND_WEIGHT, flip
from training.inject.verb_form import bare_gerunds
from training.past_time import AdverbialPool, harvest_adverbials, past_twin, tense_error
from training.records import Record, render
from training.sources import SOURCES, official_splits, read_raw, read_treebank, split_of

REPO = Path(__file__).resolve().parent.parent
QUOTES = set('"“”‘’`«»') | {"''", "``"}


# The injectors whose sites ``p_rare`` puts first (registry names, as in ``type_weights``);
# a build weighs one agreement and one tense injector, and its past-time twins follow that one.
SVA_INJECTORS = ("subject_verb_agreement.v2", "subject_verb_agreement.v3")
TENSE_INJECTORS = ("tense.v2", "tense.v3")
VERB_FORM_INJECTORS = ("verb_form.v1", "verb_form.v2")
# The command line's choice of injector for each of those kinds: the flag, the versions it
# chooses among (the default is the one ``type_weights`` names), and what the newer one adds;
# none of the newer ones is yet a shipped model's data.
INJECTOR_CHOICES = (
    ("--tense-injector", TENSE_INJECTORS, "tense.v3 also corrupts verbs after I, we and you"),
    (
        "--sva-injector",
        SVA_INJECTORS,
        "subject_verb_agreement.v3 also corrupts verbs after I, we and you",
    ),
    (
        "--vf-injector",
        VERB_FORM_INJECTORS,
        "verb_form.v2 also puts a bare verb where a preposition takes an -ing form",
    ),
)


@dataclass
class BuildConfig:
    """Settings of a data build; every default is the one the shipped model was trained on."""

    corpora: Path = REPO.parent / "shared" / "corpora"  # root of the corpora folders
    out: Path = REPO / "build" / "data"  # where shards, eval sets and the manifest go
    sources: tuple[str, ...] = (
        "ewt",
        "gum",
        "pud",
        "atis",
        "wikipedia",
        "gutenberg",
        "gutenberg_nltk",
        "state_union",
        "inaugural",
        "masc",
    )
    parser: Path = REPO / "model" / "parser"  # the project's spaCy pipeline, for raw text
    raw_words: int = 3_000_000  # cap on raw-text words parsed (all raw sources together)
    limit: int = 0  # if > 0, at most this many sentences per source (quick runs)
    seed: int = 13  # the one seed everything random derives from
    p_clean: float = 0.5  # share of natural sentences emitted without errors
    p_two_errors: float = 0.2  # share of corrupted sentences that get a second error
    p_augment: float = 0.6  # chance that a sentence with a splice point also yields a spliced twin
    p_augment_error: float = 0.55  # chance that a spliced twin has its subject's verb corrupted
    # chance that a sentence with a rare error site (a relative-clause or conjoined agreement
    # verb, a verb in a past-time frame) gets one of those corrupted, before anything else
    p_rare: float = 0.6
    # chance that a sentence whose main clause is past gets a twin with a past-time adverbial
    # (training/past_time.py), and that such a twin has its main verb put in the present;
    # 1.0 since version -9 (0.3 before: 4,059 tense errors in train, now 9,608)
    p_past_twin: float = 1.0
    p_past_error: float = 0.6
    # chance that a sentence gets a twin cut down to its main clause's core
    # (training/core_clause.py); the twin is corrupted or not like a natural sentence, by its
    # own random stream, so that the rest of a build does not change with this setting
    p_core: float = 0.5
    # how many twins, on average, a sentence's core clause gets with one relative clause after
    # its subject, the clause's last noun of the other number (training/augment.py,
    # ``relative_twin``; 1.5: one, and half the time a second with another clause), and the
    # chance that such a twin has a verb corrupted (half the time one inside the clause, when it
    # has one); own random stream, as for ``p_core``. 2.0 since version -33 (the v16 build:
    # 17,971 twins, 8,947 of them corrupted); 0 gives the v12 build of versions -9 to -32
    p_relative: float = 2.0
    p_relative_error: float = 0.5
    # chance that a sentence's core clause gets a twin reported by a harvested opening whose
    # subject has the other number (*The mechanics said that | the author laughs*;
    # ``complement_twin``), and that such a twin has its verb put in the other number; own
    # random stream. 0 gives the v16 build of version -33
    p_complement: float = 0.0
    p_complement_error: float = 0.5
    # chance that a sentence with an *-ing* form after a preposition gets a twin with one such
    # form made bare (*by encourage people*; ``bare_gerunds`` in training/inject/verb_form.py);
    # own random stream. 0 gives the v19 build
    p_gerund_twin: float = 0.0
    # chance that a sentence's core clause, when its verb is a present one carrying agreement,
    # gets a twin with *and* and a harvested predicate after it (*The lawyer builds wooden
    # boats | and prefers to walk*; ``conjunct_twin``), and that such a twin has the second verb
    # put in the other number; own random stream. 0 gives the v16 build of version -33
    p_conjunct: float = 0.0
    p_conjunct_error: float = 0.5
    type_weights: dict[str, float] = field(
        default_factory=lambda: {
            "subject_verb_agreement.v2": 0.45,
            "determiner_noun_agreement.v1": 0.2,
            "verb_form.v1": 0.2,
            "tense.v2": 1.0,
        }
    )  # which injector picks a sentence's error (``--tense-injector tense.v3``: I, we, you too)
    min_tokens: int = 4  # shorter sentences are skipped
    max_tokens: int = 80  # longer sentences are skipped


class Builder:
    """Turns parsed sentences into records; holds the RNG and the phrase pool."""

    def __init__(self, cfg: BuildConfig, pool: PhrasePool, adverbials: AdverbialPool):
        self.cfg = cfg
        self.pool = pool
        self.adverbials = adverbials
        self.rng = random.Random(cfg.seed)
        self.core_rng = random.Random(cfg.seed + 1)
        self.relative_rng = random.Random(cfg.seed + 2)
        self.complement_rng = random.Random(cfg.seed + 3)
        self.gerund_rng = random.Random(cfg.seed + 4)
        self.conjunct_rng = random.Random(cfg.seed + 5)
        self.injectors = injectors()

    def edits_for(self, sent: Sentence, rng: random.Random | None = None) -> list[Edit]:
        """Zero, one or two edits on distinct tokens, chosen by the configured weights."""
        rng = rng or self.rng
        found: dict[str, list[Edit]] | None = None
        if self.cfg.p_rare and rng.random() < self.cfg.p_rare:
            found = self._candidates(sent)
            rare = [
                e
                for name in SVA_INJECTORS
                for e in found.get(name, [])
                if e.weight == RARE_KIND_WEIGHT
            ]
            rare += [e for name in TENSE_INJECTORS for e in found.get(name, [])]
            if rare:
                return [rng.choice(rare)]
        if rng.random() < self.cfg.p_clean:
            return []
        found = found or self._candidates(sent)
        names = [n for n in found if found[n]]
        if not names:
            return []
        wanted = 2 if rng.random() < self.cfg.p_two_errors else 1
        edits: list[Edit] = []
        for _ in range(wanted):
            name = rng.choices(names, weights=[self.cfg.type_weights[n] for n in names])[0]
            edit = rng.choices(found[name], weights=[e.weight for e in found[name]])[0]
            if all(abs(edit.index - e.index) > 1 for e in edits):
                edits.append(edit)
        return edits

    def _candidates(self, sent: Sentence) -> dict[str, list[Edit]]:
        """The candidate edits for ``sent`` of every injector the build weighs (registry order)."""
        weighed = self.cfg.type_weights
        return {name: fn(sent) for name, fn in self.injectors.items() if name in weighed}

    def records(self, sent: Sentence) -> Iterator[Record]:
        """The natural record and, maybe, a core-clause twin, a past-time twin and a spliced
        twin."""
        edits = self.edits_for(sent)
        rec = render(sent, edits, agreements(sent), augmented=False)
        if rec:
            yield rec
        twins = self.cfg.p_core or self.cfg.p_relative or self.cfg.p_complement
        twins = twins or self.cfg.p_conjunct
        core = core_clause(sent) if twins else None
        if self.cfg.p_core and self.core_rng.random() < self.cfg.p_core and core:
            twin = self._core_twin(core)
            if twin:
                yield twin
        if self.cfg.p_relative:
            whole, part = divmod(self.cfg.p_relative, 1.0)
            for _ in range(int(whole) + (self.relative_rng.random() < part)):
                twin = self._relative_twin(core) if core else None
                if twin:
                    yield twin
        if self.cfg.p_complement and self.complement_rng.random() < self.cfg.p_complement:
            twin = self._complement_twin(core) if core else None
            if twin:
                yield twin
        if self.cfg.p_conjunct and self.conjunct_rng.random() < self.cfg.p_conjunct:
            twin = self._conjunct_twin(core) if core else None
            if twin:
                yield twin
        if self.cfg.p_gerund_twin and self.gerund_rng.random() < self.cfg.p_gerund_twin:
            twin = self._gerund_twin(sent)
            if twin:
                yield twin
        if self.cfg.p_past_twin and self.rng.random() < self.cfg.p_past_twin:
            twin = self._past_twin(sent)
            if twin:
                yield twin
        if self.rng.random() >= self.cfg.p_augment:
            return
        made = augment(sent, self.pool, self.rng)
        if made is None:
            return
        new, pair = made
        wrong = self.rng.random() < self.cfg.p_augment_error
        rec = render(new, _disagreeing(new, pair) if wrong else [], [pair], augmented=True)
        if rec:
            yield rec

    def _relative_twin(self, core: Sentence) -> Record | None:
        """A sentence's core clause with a relative clause after its subject, a verb maybe put
        in the other number."""
        made = relative_twin(core, self.pool, self.relative_rng)
        if made is None:
            return None
        new, pair = made
        if self.relative_rng.random() >= self.cfg.p_relative_error:
            return render(new, [], [pair], augmented=True)
        # half the errors go to a verb inside the clause, which agrees with its own subject
        # (*the ship the pilots watches*): else the network learns to skip the near noun there too
        inner = [p for p in agreements(new) if pair.subject < p.verb < pair.verb]
        if inner and self.relative_rng.random() < 0.5:
            pair = self.relative_rng.choice(inner)
        return render(new, _disagreeing(new, pair), [pair], augmented=True)

    def _complement_twin(self, core: Sentence) -> Record | None:
        """A sentence's core clause reported by an opening of the other number, its verb maybe
        put in the other number."""
        made = complement_twin(core, self.pool, self.complement_rng)
        return _twin_record(made, self.complement_rng, self.cfg.p_complement_error)

    def _conjunct_twin(self, core: Sentence) -> Record | None:
        """A sentence's core clause with *and* and another clause's predicate after it, the
        second verb maybe put in the other number."""
        made = conjunct_twin(core, self.pool, self.conjunct_rng)
        return _twin_record(made, self.conjunct_rng, self.cfg.p_conjunct_error)

    def _gerund_twin(self, sent: Sentence) -> Record | None:
        """``sent`` with one *-ing* form after a preposition made bare, if it has one."""
        sites = bare_gerunds(sent)
        if not sites:
            return None
        return render(sent, [self.gerund_rng.choice(sites)], agreements(sent), augmented=True)

    def _core_twin(self, core: Sentence) -> Record | None:
        """A sentence's core clause (``core_clause``) as a twin, corrupted or not by the twins'
        own random stream."""
        return render(core, self.edits_for(core, self.core_rng), agreements(core), augmented=True)

    def _past_twin(self, sent: Sentence) -> Record | None:
        """``sent`` with a past-time adverbial, its main verb maybe put in the present."""
        made = past_twin(sent, self.adverbials, self.rng)
        if made is None:
            return None
        new, root = made
        persons = "tense.v3" in self.cfg.type_weights
        wrong = (
            tense_error(new, root, persons) if self.rng.random() < self.cfg.p_past_error else None
        )
        return render(new, [wrong] if wrong else [], agreements(new), augmented=True)


def _twin_record(
    made: tuple[Sentence, Agreement] | None, rng: random.Random, p_error: float
) -> Record | None:
    """A twin and its pair as a record, the pair's verb put in the other number with chance
    ``p_error`` (drawn from the twin's own stream ``rng``)."""
    if made is None:
        return None
    new, pair = made
    wrong = rng.random() < p_error
    return render(new, _disagreeing(new, pair) if wrong else [], [pair], augmented=True)


def _disagreeing(sent: Sentence, pair: Agreement) -> list[Edit]:
    """The edit that puts ``pair``'s verb in the other number (none if it has no such form)."""
    wrong = flip(sent.tokens[pair.verb].form, pair.number)
    if not wrong:
        return []
    corr = Correction.TO_SINGULAR_VERB if pair.number == SG else Correction.TO_PLURAL_VERB
    return [
        Edit(pair.verb, wrong, ErrorType.SUBJECT_VERB_AGREEMENT, corr, sent.tokens[pair.verb].form)
    ]


def usable(sent: Sentence, cfg: BuildConfig) -> bool:
    """Clean enough to learn from: right length, no disagreement in the parse, no dialogue."""
    if not cfg.min_tokens <= len(sent.tokens) <= cfg.max_tokens:
        return False
    if sent.genre == "fiction" and any(t.form in QUOTES for t in sent.tokens):
        return False
    return not disagrees(sent)


def parsed_sentences(cfg: BuildConfig, official: dict[str, str]) -> Iterator[Sentence]:
    """Every sentence of the configured sources: treebanks as they are, raw text parsed."""
    for name in cfg.sources:
        src = SOURCES[name]
        if src.kind == "treebank":
            for k, sent in enumerate(read_treebank(cfg.corpora, src)):
                if cfg.limit and k >= cfg.limit:
                    break
                yield sent
    raw = [SOURCES[n] for n in cfg.sources if SOURCES[n].kind == "raw"]
    if raw and (cfg.parser / "config.cfg").exists():
        yield from _parse_raw(cfg, raw)


def raw_budget(cfg: BuildConfig) -> int:
    """Words parsed from each raw source: its share of ``raw_words`` (quick runs: of the limit)."""
    n_raw = sum(SOURCES[n].kind == "raw" for n in cfg.sources)
    return (cfg.limit * 5 if cfg.limit else cfg.raw_words) // max(1, n_raw)


def _parse_raw(cfg: BuildConfig, raw: list) -> Iterator[Sentence]:
    """Parse raw documents in a round-robin over sources, up to the word budget."""
    from training.parse import doc_to_sentences, load_parser

    nlp = load_parser(cfg.parser)
    budget = raw_budget(cfg)
    for src in raw:
        words = 0
        paras = []
        for doc in read_raw(cfg.corpora, src):
            for para in doc.paragraphs:
                if words >= budget:
                    break
                paras.append((para, doc.doc_id, doc.genre))
                words += len(para.split())
            if words >= budget:
                break
        texts = (p[0] for p in paras)
        for (_para, doc_id, genre), doc in zip(paras, nlp.pipe(texts, batch_size=64), strict=True):
            yield from doc_to_sentences(doc, doc_id, src.name, genre)


def build(cfg: BuildConfig) -> dict:
    """Run the whole build; returns the manifest it also writes."""
    started = time.time()
    official = official_splits(cfg.corpora)
    by_split: dict[str, list[Sentence]] = defaultdict(list)
    dropped = Counter()
    for sent in tqdm(parsed_sentences(cfg, official), desc="reading", unit=" sent"):
        if not usable(sent, cfg):
            dropped[sent.source] += 1
            continue
        by_split[split_of(sent.source, sent.doc_id, official)].append(sent)
    pool, adverbials = _pools(by_split["train"], cfg.p_conjunct > 0)
    cfg.out.mkdir(parents=True, exist_ok=True)
    manifest: dict = {
        "config": {k: str(v) for k, v in vars(cfg).items()},
        "dropped": dict(dropped),
        "phrases": {n: len(v) for n, v in pool.by_number.items()},
        "openings": {n: len(v) for n, v in pool.openings.items()},
        "predicates": len(pool.predicates),
        "adverbials": {k: len(v) for k, v in adverbials.by_kind.items()},
        "splits": {},
    }
    for split in ("train", "dev", "test"):
        sents = by_split[split]
        if split == "train":
            random.Random(cfg.seed).shuffle(sents)
        # held-out splits take phrases and adverbials from their own documents only
        pools = (pool, adverbials) if split == "train" else _pools(sents, cfg.p_conjunct > 0)
        builder = Builder(cfg, *pools)
        manifest["splits"][split] = _write_split(cfg.out / f"{split}.jsonl.gz", sents, builder)
    manifest["evalsets"] = write_evalsets(cfg.out, by_split)
    manifest["seconds"] = round(time.time() - started, 1)
    (cfg.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def _pools(sents: list[Sentence], predicates: bool) -> tuple[PhrasePool, AdverbialPool]:
    """The splice phrases and past-time adverbials of ``sents``, and their core clauses'
    predicates if ``predicates`` (only conjunct twins use them, and finding them parses each
    sentence's core clause again)."""
    pool, adverbials = PhrasePool(), AdverbialPool()
    for sent in sents:
        if sent.source != "atis":  # Atis is all lower case: its phrases would carry that along
            harvest(sent, pool)
            harvest_openings(sent, pool)
            harvest_adverbials(sent, adverbials)
            if predicates:
                harvest_predicate(sent, pool)
    return pool, adverbials


def _write_split(path: Path, sents: list[Sentence], builder: Builder) -> dict:
    counts: dict[str, Counter] = defaultdict(Counter)
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for sent in tqdm(sents, desc=path.name, unit=" sent"):
            for rec in builder.records(sent):
                out.write(rec.to_json() + "\n")
                _count(counts, rec)
    return {k: dict(sorted(v.items())) for k, v in counts.items()}


def _count(counts: dict[str, Counter], rec: Record) -> None:
    counts["records"]["all"] += 1
    counts["records"]["augmented" if rec.augmented else "natural"] += 1
    counts["tokens"]["all"] += len(rec.tokens)
    counts["source"][rec.source] += 1
    errors = [t for t in rec.types if t != ErrorType.OK.value]
    counts["records"]["clean" if not errors else "with_errors"] += 1
    for t in errors:
        counts["errors"][t] += 1
    n = len(rec.tokens)
    counts["length"]["<10" if n < 10 else "10-19" if n < 20 else "20-39" if n < 40 else "40+"] += 1
    for p in rec.pairs:
        bucket = str(min(p["attractors"], 4)) + ("+" if p["attractors"] >= 4 else "")
        counts["sva_pairs_by_attractors"][bucket] += 1
        counts["sva_pairs_by_kind"][p["kind"]] += 1
        if p["corrupted"]:
            counts["sva_errors_by_attractors"][bucket] += 1
            counts["sva_errors_by_kind"][p["kind"]] += 1


def config_from_args(argv: list[str] | None = None) -> BuildConfig:
    """The build settings a command line asks for (the defaults where it is silent)."""
    cfg = BuildConfig()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=cfg.corpora)
    ap.add_argument("--out", type=Path, default=cfg.out)
    ap.add_argument("--parser", type=Path, default=cfg.parser)
    ap.add_argument("--limit", type=int, default=cfg.limit)
    ap.add_argument("--raw-words", type=int, default=cfg.raw_words)
    ap.add_argument("--seed", type=int, default=cfg.seed)
    ap.add_argument("--p-augment", type=float, default=cfg.p_augment)
    ap.add_argument("--p-rare", type=float, default=cfg.p_rare)
    ap.add_argument("--p-past-twin", type=float, default=cfg.p_past_twin)
    ap.add_argument("--p-core", type=float, default=cfg.p_core)
    ap.add_argument("--p-relative", type=float, default=cfg.p_relative)
    ap.add_argument("--p-complement", type=float, default=cfg.p_complement)
    ap.add_argument("--p-gerund-twin", type=float, default=cfg.p_gerund_twin)
    ap.add_argument("--p-conjunct", type=float, default=cfg.p_conjunct)
    ap.add_argument("--sources", default=",".join(cfg.sources))
    for flag, names, note in INJECTOR_CHOICES:
        default = next(n for n in names if n in cfg.type_weights)
        ap.add_argument(flag, choices=names, default=default, help=note)
    args = ap.parse_args(argv)
    chosen = {
        n: getattr(args, flag[2:].replace("-", "_"))
        for flag, names, _ in INJECTOR_CHOICES
        for n in names
    }
    weights = {chosen.get(n, n): w for n, w in cfg.type_weights.items()}
    return BuildConfig(
        corpora=args.corpora,
        out=args.out,
        parser=args.parser,
        limit=args.limit,
        raw_words=args.raw_words,
        seed=args.seed,
        p_augment=args.p_augment,
        p_rare=args.p_rare,
        p_past_twin=args.p_past_twin,
        p_core=args.p_core,
        p_relative=args.p_relative,
        p_complement=args.p_complement,
        p_gerund_twin=args.p_gerund_twin,
        p_conjunct=args.p_conjunct,
        sources=tuple(args.sources.split(",")),
        type_weights=weights,
    )


def main() -> None:
    """Command line entry point."""
    manifest = build(config_from_args())
    print(json.dumps(manifest["splits"], indent=1))


if __name__ == "__main__":
    main()
