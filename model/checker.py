"""The checker the service calls: load a model folder once, then check sentences or whole texts.

A model folder holds ``config.json`` (name, version, tagger sizes, temperature, cut-offs per
error type and, optionally, per parse evidence, and the parser folder), ``vocab.json`` and
``weights.pt`` (a state dict, loaded with ``weights_only=True``). Its config may list
``members``, ``{"folder": ..., "weight": ...}``: sub-folders of the same three files, each a
further network whose probabilities are averaged with the main one's, which weighs what the
members leave (an ensemble; the forget gates shown stay the main one's). Results
carry code-point offsets, per-token error probabilities, forget-gate scores and flags with
suggestions. Checking is deterministic and safe to call from several threads at once.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

import torch
from spacy.tokens import Doc

from model.agreement import SG
from model.evidence import (
    GERUND_OPENERS,
    MODAL_WORDS,
    PERFECT_HAVE,
    WEIGHED,
    Evidence,
    Syntax,
    form_corrections,
    like_error,
    like_site,
    matched,
    may_match,
    may_read_childhood,
    may_read_dated,
    may_read_determiner,
    may_read_gerund,
    may_read_retyped,
    may_read_words,
    modal_past,
    odd_noun,
    past_only,
    perfect_past,
    person_error,
    person_site,
    subject_of,
    use_common_words,
    weighed,
)
from model.features import Batch, encode
from model.inflect import suggest
from model.labels import CORRECTIONS, ERROR_TYPES, Correction, ErrorType
from model.messages import describe
from model.network import ConcordTagger, TaggerConfig, forget_gates
from model.syntax import Sentence
from model.tokenize import Span, sentences_with_tokens, tokenize, visible
from model.vocab import Vocab

GateMode = Literal["summary", "full", "none"]
MIN_WINDOW = 8  # smallest window a long sentence is checked in
PERFECT_REACH = 5  # words before a past tense in which its *have* is looked for

ALLOWED: dict[ErrorType, tuple[Correction, ...]] = {
    ErrorType.SUBJECT_VERB_AGREEMENT: (Correction.TO_SINGULAR_VERB, Correction.TO_PLURAL_VERB),
    ErrorType.DETERMINER_NOUN_AGREEMENT: (
        Correction.TO_SINGULAR_DET,
        Correction.TO_PLURAL_DET,
        Correction.TO_SINGULAR_NOUN,
        Correction.TO_PLURAL_NOUN,
    ),
    ErrorType.TENSE: (Correction.TO_PAST, Correction.TO_PRESENT),
    ErrorType.VERB_FORM: (Correction.TO_BASE, Correction.TO_PAST_PARTICIPLE, Correction.TO_GERUND),
}


@dataclass
class TokenResult:
    """One token: its text and [start, end) code points, error probability and forget gates."""

    text: str
    start: int
    end: int
    p_error: float
    forget_forward: float | None = None  # mean over the top layer's units
    forget_backward: float | None = None
    gates_full: list[dict[str, list[float]]] | None = None  # per layer {"forward", "backward"}


@dataclass
class Flag:
    """An error the checker reports on one token."""

    token: int
    start: int
    end: int
    text: str
    type: ErrorType
    correction: Correction
    message: str
    suggestions: list[str]
    confidence: float
    # what the sentence's parse and word readings said of the flag (UNKNOWN where they were
    # not asked): a MATCHES flag stands on a rule however low the network's ``confidence``
    evidence: Evidence = Evidence.UNKNOWN


@dataclass
class SentenceResult:
    """A checked sentence with offsets relative to the text it came from."""

    text: str
    start: int
    end: int
    tokens: list[TokenResult] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)


@dataclass
class _Raw:
    """The network's per-token output for one sentence, before thresholds."""

    p_type: torch.Tensor  # (T, n_types)
    p_corr: torch.Tensor  # (T, n_corrections)
    gates: list[tuple[torch.Tensor, torch.Tensor]]  # per layer (T, H) forward, backward

    @cached_property
    def p_error(self) -> list[float]:
        """Per token, P(any error); read once the network's output is complete."""
        return (1.0 - self.p_type[:, 0]).tolist() if len(self.p_type) else []

    @cached_property
    def guess(self) -> list[int]:
        """Per token, the index in ERROR_TYPES of the likeliest error type."""
        return (self.p_type[:, 1:].argmax(-1) + 1).tolist() if len(self.p_type) else []


@dataclass(frozen=True)
class Member:
    """A further network of an ensemble: its own vocabulary and temperature, no gates shown."""

    network: ConcordTagger
    vocab: Vocab
    temperature: float
    weight: float  # its share of the averaged probabilities


class Checker:
    """A loaded Concord model. Build it with :meth:`load`; call :meth:`check_sentences`."""

    def __init__(
        self,
        network: ConcordTagger,
        vocab: Vocab,
        meta: dict,
        syntax: Syntax | None,
        members: Sequence[Member] = (),
    ):
        self.network = network.eval()
        self.vocab = vocab
        use_common_words(vocab)  # names are told from common nouns by it (-122)
        self.members = tuple(members)
        for m in self.members:
            m.network.eval()
        self.main_weight = 1.0 - sum(m.weight for m in self.members)
        if any(m.weight <= 0.0 for m in self.members) or self.main_weight <= 0.0:
            raise ValueError(
                "members' weights must each be over 0 and sum to under 1, got "
                f"{[m.weight for m in self.members]}"
            )
        self.name = str(meta.get("name", "concord"))
        self.version = str(meta.get("version", "0"))
        self.threshold = float(meta.get("threshold", 0.5))
        # per error type cut-offs chosen on dev (training/calibrate.py); a request's threshold wins
        self.type_thresholds = {
            ErrorType(k): float(v) for k, v in meta.get("type_thresholds", {}).items()
        }
        # per error type and parse evidence (model/evidence.py); used when a parser is loaded
        self.evidence_thresholds = {
            ErrorType(k): _evidence_cuts(k, cuts)
            for k, cuts in meta.get("evidence_thresholds", {}).items()
        }
        self.temperature = float(meta.get("temperature", 1.0))
        self.syntax = syntax
        self.picky = False  # for checks that pass no ``picky`` (training.compare --picky sets it)
        self._lock = threading.Lock()

    @classmethod
    def load(cls, folder: Path | str, threads: int | None = 1) -> Checker:
        """Load a model folder (see the module docstring); FileNotFoundError if incomplete.

        ``threads`` sets torch's intra-op threads for the process (None leaves it alone): one
        thread per request is fastest when a threadpool serves several requests at once.
        """
        if threads:
            torch.set_num_threads(threads)
        folder = Path(folder)
        network, vocab, meta = load_network(folder)
        # "parser": a spaCy pipeline folder, relative to this one, that weighs flags and names
        # subjects
        parser = (folder / meta["parser"]).resolve() if meta.get("parser") else None
        syntax = Syntax.load(parser) if parser and (parser / "config.cfg").exists() else None
        members = [
            load_member(folder / m["folder"], float(m["weight"])) for m in meta.get("members", [])
        ]
        return cls(network, vocab, meta, syntax, members)

    def check_text(
        self,
        text: str,
        threshold: float | None = None,
        gates: GateMode = "summary",
        max_tokens: int = 200,
        picky: bool | None = None,
    ) -> list[SentenceResult]:
        """Split ``text`` into sentences and check them; offsets are relative to ``text``.
        ``picky`` (default: :attr:`picky`) adds the flags of :func:`_picky_flags`, which
        fiction's dialect speech draws too (see the model card)."""
        with self._lock:
            split = sentences_with_tokens(text)
        results = self._check(
            [s.text for s, _ in split], [t for _, t in split], threshold, gates, max_tokens, picky
        )
        for (span, _), res in zip(split, results, strict=True):
            _shift(res, span.start)
        return results

    def check_sentences(
        self,
        sentences: Sequence[str],
        threshold: float | None = None,
        gates: GateMode = "summary",
        max_tokens: int = 200,
        picky: bool | None = None,
    ) -> list[SentenceResult]:
        """Check each string as one sentence, never re-split; offsets relative to each string."""
        with self._lock:  # spaCy's string store is not documented as thread-safe
            tokens = [tokenize(s) for s in sentences]
        return self._check(sentences, tokens, threshold, gates, max_tokens, picky)

    def _check(
        self,
        sentences: Sequence[str],
        tokens: list[list[Span]],
        threshold: float | None,
        gates: GateMode,
        max_tokens: int,
        picky: bool | None = None,
    ) -> list[SentenceResult]:
        """Run the network over tokenised sentences and build their results."""
        picky = self.picky if picky is None else picky
        if max_tokens < MIN_WINDOW:
            raise ValueError(f"max_tokens must be at least {MIN_WINDOW}, got {max_tokens}")
        raws = self._run(tokens, max_tokens, want_full=gates == "full")
        parses = self._parses(tokens, raws, threshold)
        return [
            self._result(s, toks, raw, threshold, gates, picky, parse)
            for s, toks, raw, parse in zip(sentences, tokens, raws, parses, strict=True)
        ]

    def check_tokens(
        self,
        sentences: Sequence[Sequence[str]],
        threshold: float | None = None,
        max_tokens: int = 200,
        picky: bool | None = None,
    ) -> list[SentenceResult]:
        """Check pre-tokenised sentences (evaluation sets); text = the tokens joined by spaces."""
        spans = [_join(words) for words in sentences]
        raws = self._run(spans, max_tokens, want_full=False)
        parses = self._parses(spans, raws, threshold)
        picky = self.picky if picky is None else picky
        return [
            self._result(" ".join(words), toks, raw, threshold, "summary", picky, parse)
            for words, toks, raw, parse in zip(sentences, spans, raws, parses, strict=True)
        ]

    def _parses(
        self, tokens: list[list[Span]], raws: list[_Raw], thr: float | None
    ) -> list[_LazyParse]:
        """Each sentence's parse, still to be made; those with a would-be flag
        (:meth:`_candidates`) are tagged now, all in one batch, which is faster than one by
        one and gives the same tags (-87). Those with a flag the parse will surely weigh
        (:meth:`_weighs_any`) are parsed now too, again in one batch (-88); the parser runs
        later on any other sentence that asks."""
        parses = [_LazyParse(self.syntax, [t.word for t in toks]) for toks in tokens]
        if self.syntax is None:
            return parses
        wanted = [
            (parse, raw, toks)
            for parse, raw, toks in zip(parses, raws, tokens, strict=True)
            if parse.words and self._any_candidate(raw, toks, thr)
        ]
        tags = self.syntax.tag_many([parse.words for parse, _, _ in wanted])
        for (parse, _, _), tagged in zip(wanted, tags, strict=True):
            parse.prepare(tagged)
        sure = [parse for parse, raw, toks in wanted if self._weighs_any(raw, toks, thr)]
        trees = self.syntax.parse_many([(parse.words, parse.doc) for parse in sure])
        for parse, tree in zip(sure, trees, strict=True):
            parse.settle(tree)
        return parses

    def _any_candidate(self, raw: _Raw, toks: list[Span], thr: float | None) -> bool:
        """Whether some token passes :meth:`_may_flag`. Without its word-reading test, verb
        form's MATCHES cut-off of 0 had every sentence tagged (-98: ordinary text 720 → 470
        sentences/s)."""
        return any(
            self._may_flag(raw, toks, j, thr)
            or self._may_retype(raw, toks, j, thr)
            or self._may_retense(raw, toks, j, thr)
            or self._may_reform(toks, j, thr)
            for j in range(len(toks))
        )

    def _may_flag(self, raw: _Raw, toks: list[Span], j: int, thr: float | None) -> bool:
        """Whether token ``j`` passes :meth:`_candidates`' first tests: its P(error) clears the
        lowest cut-off of its likeliest type, and, if only MATCHES' could let it through, its
        words allow a MATCHES verdict (:func:`_may_read`)."""
        etype, p = ERROR_TYPES[raw.guess[j]], raw.p_error[j]
        if p < self._floor(etype, thr):
            return False
        cuts = self._weighed_cuts(etype, thr)
        return not _only_matches(p, cuts) or _may_read(etype, toks, j)

    def _weighs_any(self, raw: _Raw, toks: list[Span], thr: float | None) -> bool:
        """Whether :meth:`_candidates` will ask the parse's evidence on some token: one that
        passes :meth:`_may_flag` (its words tests included: without them a determiner under
        every cut-off but MATCHES' had its sentence parsed, -109) and that the parse is asked
        about (:func:`_asks_parse`). It may ask for no flag at all (:meth:`_flag`)."""
        for j, (p, g) in enumerate(zip(raw.p_error, raw.guess, strict=True)):
            etype = ERROR_TYPES[g]
            if not self._may_flag(raw, toks, j, thr):
                continue
            if _asks_parse(etype, p, self._weighed_cuts(etype, thr)):
                return True
        return False

    def _floor(self, etype: ErrorType, thr: float | None) -> float:
        """The lowest cut-off a flag of ``etype`` may clear, whatever the parse says."""
        cuts = self._weighed_cuts(etype, thr)
        return min(cuts.values()) if cuts else self.cut_off(etype, thr)

    def _run(self, tokens: list[list[Span]], max_tokens: int, want_full: bool) -> list[_Raw]:
        """Run the network over every sentence, long ones in overlapping windows."""
        pieces = [
            (i, window)
            for i, toks in enumerate(tokens)
            for window in _windows(len(toks), max_tokens)
        ]
        words = [[t.word for t in tokens[i][w.start : w.end]] for i, w in pieces]
        outs = self._forward(words, want_full)
        n_layers = self.network.cfg.layers if want_full else 1
        raws = [_empty_raw(len(t), self.network.cfg.hidden, n_layers) for t in tokens]
        for (i, w), out in zip(pieces, outs, strict=True):
            _paste(raws[i], out, w)
        return raws

    @torch.inference_mode()
    def _forward(
        self, sentences: list[list[str]], want_full: bool, batch_size: int = 64
    ) -> list[_Raw]:
        n_layers = self.network.cfg.layers if want_full else 1
        empty = _empty_raw(0, self.network.cfg.hidden, n_layers)
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        outs: list[_Raw] = [empty] * len(sentences)
        for k in range(0, len(order), batch_size):
            idx = [i for i in order[k : k + batch_size]]
            words = [sentences[i] for i in idx]
            raws = self._forward_batch(encode(words, self.vocab), want_full)
            if self.members:
                self._average(raws, words)
            for i, raw in zip(idx, raws, strict=True):
                outs[i] = raw
        return outs

    def _average(self, raws: list[_Raw], words: list[list[str]]) -> None:
        """Replace the main network's probabilities by their weighted mean with every member's."""
        for raw in raws:
            raw.p_type, raw.p_corr = raw.p_type * self.main_weight, raw.p_corr * self.main_weight
        for m in self.members:
            batch = encode(words, m.vocab)
            out = m.network(batch.words, batch.suffixes, batch.case, batch.lengths)
            p_type = torch.softmax(out.types / m.temperature, dim=-1) * m.weight
            p_corr = torch.softmax(out.corrections, dim=-1) * m.weight
            for b, raw in enumerate(raws):
                n = len(raw.p_type)
                raw.p_type, raw.p_corr = raw.p_type + p_type[b, :n], raw.p_corr + p_corr[b, :n]

    def _forward_batch(self, batch: Batch, want_full: bool) -> list[_Raw]:
        out = self.network(batch.words, batch.suffixes, batch.case, batch.lengths)
        p_type = torch.softmax(out.types / self.temperature, dim=-1)
        p_corr = torch.softmax(out.corrections, dim=-1)
        layers = forget_gates(self.network, out)
        if not want_full:
            layers = layers[-1:]
        result = []
        for b, n in enumerate(batch.lengths.tolist()):
            gates = [(f[b, :n], r[b, :n]) for f, r in layers]
            result.append(_Raw(p_type[b, :n], p_corr[b, :n], gates))
        return result

    def _result(
        self,
        text: str,
        toks: list[Span],
        raw: _Raw,
        thr: float | None,
        gates: GateMode,
        picky: bool = False,
        parse: _LazyParse | None = None,
    ) -> SentenceResult:
        res = SentenceResult(text=text, start=0, end=len(text))
        p_error = raw.p_error
        top_f, top_b = raw.gates[-1]
        mean_f, mean_b = top_f.mean(-1).tolist(), top_b.mean(-1).tolist()
        for j, tok in enumerate(toks):
            item = TokenResult(tok.text, tok.start, tok.end, round(p_error[j], 6))
            if gates != "none":
                item.forget_forward = round(mean_f[j], 6)
                item.forget_backward = round(mean_b[j], 6)
            if gates == "full":
                item.gates_full = [
                    {"forward": _rounded(f[j]), "backward": _rounded(b[j])} for f, b in raw.gates
                ]
            res.tokens.append(item)
        if parse is None:
            parse = _LazyParse(self.syntax, [t.word for t in toks])
        kept = [
            (flag, p, found)
            for flag, p, found in self._candidates(toks, raw, parse, thr)
            if p >= self._cut_off_for(flag.type, found, thr)
        ]
        for flag, _, found in kept:
            flag.evidence = found
        only = [
            f
            for f, p, ev in kept
            if f.type is ErrorType.DETERMINER_NOUN_AGREEMENT
            and ev is Evidence.MATCHES
            and _only_matches(p, self._weighed_cuts(f.type, thr))
        ]
        res.flags = _one_per_pair([f for f, _, _ in kept], only, parse)
        if picky:
            taken = {f.token for f in res.flags}
            res.flags += [f for f in _picky_flags(toks, p_error, parse) if f.token not in taken]
            res.flags.sort(key=lambda f: f.token)
        res.flags = _one_fix(res.flags, toks, parse)
        return res

    def weigh(
        self, sentences: Sequence[Sequence[str]], floor: float, max_tokens: int = 200
    ) -> list[list[tuple[int, float, ErrorType, Evidence]]]:
        """Per pre-tokenised sentence, every would-be flag with P(error) at or over ``floor``:
        its token, P(error), type and the parse's evidence (for calibrating the cut-offs)."""
        spans = [_join(words) for words in sentences]
        out = []
        for toks, raw in zip(spans, self._run(spans, max_tokens, False), strict=True):
            parse = _LazyParse(self.syntax, [t.word for t in toks])
            found = self._candidates(toks, raw, parse, floor, weigh_all=True)
            out.append([(f.token, p, f.type, ev) for f, p, ev in found])
        return out

    def _candidates(
        self,
        toks: list[Span],
        raw: _Raw,
        parse: _LazyParse,
        thr: float | None,
        weigh_all: bool = False,
    ) -> Iterator[tuple[Flag, float, Evidence]]:
        """Would-be flags (flag, P(error), evidence) whose P(error) could clear a cut-off: ``thr``
        if given, else the lowest calibrated one of their type.

        The sentence is parsed only when a candidate's cut-off depends on the evidence, or an
        agreement message needs its subject (or ``weigh_all`` asks for every verdict).
        """
        p_error, guess = raw.p_error, raw.guess
        for j, tok in enumerate(toks):
            read = None if weigh_all else self._agreement_read(toks, raw, parse, thr, j)
            if read is None and not weigh_all:
                read = self._tense_read(toks, raw, parse, thr, j)
            if read is None and not weigh_all:
                read = self._form_read(toks, raw, parse, thr, j)
            if read is not None:
                yield read, p_error[j], Evidence.MATCHES
                continue
            if not self._may_flag(raw, toks, j, thr):
                continue
            cuts = self._weighed_cuts(ERROR_TYPES[guess[j]], thr)
            flag = self._flag(j, tok, raw, p_error[j])
            if flag is None:
                continue
            if not weigh_all and _readings_only(flag.type, p_error[j], cuts):
                found = self._matched(flag, parse)
            elif weigh_all or _asks_parse(flag.type, p_error[j], cuts):
                found = self._weigh(flag, parse)
            else:
                found = Evidence.UNKNOWN
            yield flag, p_error[j], found

    def _agreement_read(
        self, toks: list[Span], raw: _Raw, parse: _LazyParse, thr: float | None, j: int
    ) -> Flag | None:
        """An agreement flag on a verb the network took for a tense or verb-form error, where
        the word readings find its subject disagreeing (MATCHES): *The customers suspected
        the student are happy* (*are*, P(error) 0.16, a tense error after *suspected* by the
        network's guess). The readings are sure of the disagreement, and no tense or form
        fixes it, so the flag takes their type at MATCHES' cut-off. Only a verb whose words
        allow a reading and show a noun of the other number (:func:`may_read_retyped`) is
        asked, so that few more sentences are tagged (-111, from dev minimal pairs)."""
        if not self._may_retype(raw, toks, j, thr):
            return None
        sva = ErrorType.SUBJECT_VERB_AGREEMENT
        flag = self._flag(j, toks[j], raw, raw.p_error[j], sva)
        if flag is None or self._matched(flag, parse) is not Evidence.MATCHES:
            return None
        return flag

    def _may_retype(self, raw: _Raw, toks: list[Span], j: int, thr: float | None) -> bool:
        """:meth:`_agreement_read`'s first tests, on the network's output and the words: a
        tense or verb-form guess at or over the subject–verb MATCHES cut-off, and words that
        :func:`may_read_retyped` allows. :meth:`_any_candidate` asks them too, so that such a
        sentence is tagged in the batch (-111)."""
        if ERROR_TYPES[raw.guess[j]] not in (ErrorType.TENSE, ErrorType.VERB_FORM):
            return False
        cuts = self._weighed_cuts(ErrorType.SUBJECT_VERB_AGREEMENT, thr)
        if Evidence.MATCHES not in cuts or raw.p_error[j] < cuts[Evidence.MATCHES]:
            return False
        return may_read_retyped([t.word for t in toks[: j + 2]], j)

    def _tense_read(
        self, toks: list[Span], raw: _Raw, parse: _LazyParse, thr: float | None, j: int
    ) -> Flag | None:
        """A tense flag, with the past as its fix, on a verb the network took for an agreement
        error, where the parse finds the plainest past narrative (MATCHES,
        :func:`model.evidence.may_read_dated`): *Two days ago he tell me the news* (*tell*,
        P(error) 0.715 as an agreement error, under its SUPPORTS cut-off, and its fix *tells*
        still wrong). The mirror of :meth:`_agreement_read`; it wins over an agreement flag on
        the same verb, whose fix would leave the tense wrong (-131, from the behavioural
        suite). Also a present after an opening *when I was young ,* whatever the network
        guessed (:func:`model.evidence.may_read_childhood`, -138)."""
        if not self._may_retense(raw, toks, j, thr):
            return None
        return self._read_as(toks, raw, parse, j, ErrorType.TENSE, Correction.TO_PAST)

    def _may_retense(self, raw: _Raw, toks: list[Span], j: int, thr: float | None) -> bool:
        """:meth:`_tense_read`'s first tests, on the network's output and the words: P(error)
        at or over tense's MATCHES cut-off (0 since -138), and either words that
        :func:`model.evidence.may_read_childhood` allows, or an agreement guess and words that
        :func:`model.evidence.may_read_dated` allows. :meth:`_any_candidate` asks them too
        (-131)."""
        cuts = self._weighed_cuts(ErrorType.TENSE, thr)
        if Evidence.MATCHES not in cuts or raw.p_error[j] < cuts[Evidence.MATCHES]:
            return False
        if toks[0].word.lower() == "when" and may_read_childhood([t.word for t in toks], j):
            return True  # whatever type the network guessed (-138)
        if ERROR_TYPES[raw.guess[j]] is not ErrorType.SUBJECT_VERB_AGREEMENT:
            return False
        return may_read_dated([t.word for t in toks], j)

    def _form_read(
        self, toks: list[Span], raw: _Raw, parse: _LazyParse, thr: float | None, j: int
    ) -> Flag | None:
        """A verb-form flag, with the *-ing* form as its fix, on a bare verb right after a
        preposition that takes a gerund (MATCHES, :func:`model.evidence.may_read_gerund`),
        whatever type the network guessed and however low its P(error): *I am looking
        forward to hear from you* (*hear*, 0.001), *They talked about improve the park*
        (*improve*, 0.015, guessed a tense error) (-133, from the behavioural suite)."""
        if not self._may_reform(toks, j, thr):
            return None
        return self._read_as(toks, raw, parse, j, ErrorType.VERB_FORM, Correction.TO_GERUND)

    def _read_as(
        self,
        toks: list[Span],
        raw: _Raw,
        parse: _LazyParse,
        j: int,
        etype: ErrorType,
        correction: Correction,
    ) -> Flag | None:
        """A flag of ``etype`` on word ``j`` with ``correction``'s fix, kept only where the parse
        weighs it MATCHES (:meth:`_tense_read`, :meth:`_form_read`)."""
        flag = self._flag(j, toks[j], raw, raw.p_error[j], etype, correction)
        if flag is None or self._weigh(flag, parse) is not Evidence.MATCHES:
            return None
        return flag

    def _may_reform(self, toks: list[Span], j: int, thr: float | None) -> bool:
        """:meth:`_form_read`'s first test, on the words alone (:func:`may_read_gerund`); verb
        form's MATCHES cut-off, 0, any P(error) clears. :meth:`_any_candidate` asks it too
        (-133)."""
        if j == 0 or toks[j - 1].word.lower() not in GERUND_OPENERS:
            return False  # first the cheapest test: it runs on every word
        cuts = self._weighed_cuts(ErrorType.VERB_FORM, thr)
        if Evidence.MATCHES not in cuts:
            return False
        near = toks[max(0, j - 3) : j + 2]  # all that the words test reads
        return may_read_gerund([t.word for t in near], min(j, 3))

    def _matched(self, flag: Flag, parse: _LazyParse) -> Evidence:
        """MATCHES or UNKNOWN for a flag only MATCHES' cut-off could let through. An agreement
        verb: the word readings alone decide it (:func:`model.evidence.matched`), and the
        sentence is parsed only when they find a disagreement in its tags (:func:`may_match`,
        -87). A verb form: a past tense after a perfect *have* in the tags
        (:func:`perfect_past`) or, since -157, after a modal (:func:`modal_past`), then the
        parse's verdict (-98)."""
        if not parse.available:
            return Evidence.UNKNOWN
        if flag.type is ErrorType.VERB_FORM:
            tagged = parse.tagged()
            if not (perfect_past(tagged, flag.token) or modal_past(tagged, flag.token)):
                return Evidence.UNKNOWN
            return self._weigh(flag, parse)
        if not may_match(parse.tagged(), flag.token):
            return Evidence.UNKNOWN
        sentence = parse.sentence()
        if not matched(sentence, flag.token):
            return Evidence.UNKNOWN
        self._name_subject(flag, sentence)
        return Evidence.MATCHES

    def _weigh(self, flag: Flag, parse: _LazyParse) -> Evidence:
        """The parse's evidence on a flag; names the subject in agreement messages on the way."""
        if flag.type not in WEIGHED or not parse.available:
            return Evidence.UNKNOWN
        sentence = parse.sentence()
        assert parse.syntax is not None, "available means a parser is loaded"
        found = weighed(parse.syntax, sentence, flag.token, flag.type)
        if flag.type is ErrorType.VERB_FORM and found in (Evidence.SUPPORTS, Evidence.MATCHES):
            _fit_form(flag, *form_corrections(sentence, flag.token))
        if flag.type is ErrorType.SUBJECT_VERB_AGREEMENT:
            self._name_subject(flag, sentence)
        return found

    @staticmethod
    def _name_subject(flag: Flag, sentence: Sentence) -> None:
        """An agreement flag's message, naming the subject the parse or a reading found."""
        subject = subject_of(sentence, flag.token)
        flag.message = describe(flag.type, visible(flag.text), subject, flag.suggestions[0])

    def cut_off(self, etype: ErrorType, threshold: float | None) -> float:
        """The flag threshold for an error type: the request's if given, else the calibrated one.

        Without a parser (or a request threshold) this is the only cut-off; with one, flags of
        types that have per-evidence cut-offs use those instead (see :mod:`model.evidence`).
        """
        if threshold is not None:
            return threshold
        return self.type_thresholds.get(etype, self.threshold)

    def _weighed_cuts(self, etype: ErrorType, threshold: float | None) -> dict[Evidence, float]:
        """The per-evidence cut-offs that apply to ``etype``, or none (a request's threshold
        wins; without a parser there is no evidence)."""
        if threshold is not None or self.syntax is None:
            return {}
        return self.evidence_thresholds.get(etype, {})

    def _cut_off_for(self, etype: ErrorType, found: Evidence, threshold: float | None) -> float:
        """The cut-off for a flag the parse weighed as ``found``."""
        return self._weighed_cuts(etype, threshold).get(found, self.cut_off(etype, threshold))

    def _flag(
        self,
        j: int,
        tok: Span,
        raw: _Raw,
        p: float,
        etype: ErrorType | None = None,
        correction: Correction | None = None,
    ) -> Flag | None:
        """Pick the most likely error type (or take ``etype``) and a correction that yields a
        real word (or take ``correction``), or no flag."""
        if etype is None:
            types = sorted(range(1, len(ERROR_TYPES)), key=lambda k: -float(raw.p_type[j, k]))
            etype = ERROR_TYPES[types[0]]
        if correction is not None:
            allowed = [correction]
        else:
            p_corr = raw.p_corr[j]
            allowed = sorted(ALLOWED[etype], key=lambda c: -float(p_corr[CORRECTIONS.index(c)]))
        for corr in allowed:
            options = suggest(tok.word, corr)
            if options:
                message = describe(etype, tok.word, None, options[0])
                return Flag(
                    j, tok.start, tok.end, tok.text, etype, corr, message, options, round(p, 4)
                )
        return None


AGREEMENT = (ErrorType.SUBJECT_VERB_AGREEMENT, ErrorType.DETERMINER_NOUN_AGREEMENT)


def _fit_form(flag: Flag, allowed: tuple[Correction, ...], first: Correction | None) -> None:
    """Offer the forms the verb's auxiliary allows: the parse's preferred one first, then the
    network's choice if allowed, then the rest (*is teach a class*: *teaching*, *taught*)."""
    order = [c for c in (first, flag.correction) if c in allowed]
    order += [c for c in allowed if c not in order]
    word = visible(flag.text)  # the text may carry invisible characters (a zero-width space)
    options: list[str] = []
    chosen = None
    for corr in order:
        found = [w for w in suggest(word, corr) if w not in options]
        if found and chosen is None:
            chosen = corr
        options += found
    if chosen is None:
        return
    flag.correction, flag.suggestions = chosen, options
    flag.message = describe(flag.type, word, None, options[0])


# The rules of picky checks: a test on the words, the parse's test (the subject, or None) and
# the correction the flag names
PICKY_RULES = (
    (person_site, person_error, Correction.TO_PLURAL_VERB),
    (like_site, like_error, Correction.TO_SINGULAR_VERB),
)


def _picky_flags(toks: list[Span], p_error: list[float], parse: _LazyParse) -> list[Flag]:
    """Agreement flags the parse settles alone, for picky checks: a verb in a form its subject
    *I*, *we* or *you*, right before it, never takes (*We was late*, *I has a car*;
    :func:`model.evidence.person_error`), and a bare *like* after *he* or *she* that is the
    sentence's only verb (*She like apples*; :func:`model.evidence.like_error`), whatever the
    threshold. They carry the network's P(error) as confidence, however low: the shipped
    network was trained without these errors and gives them little. Not on by default because
    novels' dialect speech (*We was poor*, *that I knows*) draws them on clean text. Only a
    sentence with such a word pair is parsed for this."""
    words = [t.word for t in toks]
    sites = [(j, rule) for rule in PICKY_RULES for j in range(len(words)) if rule[0](words, j)]
    if not sites or not parse.available:
        return []
    flags = []
    for j, (_, find, corr) in sites:
        subject = find(parse.sentence(), j)
        options = suggest(words[j], corr) if subject is not None else []
        if subject is None or not options:
            continue
        etype, tok = ErrorType.SUBJECT_VERB_AGREEMENT, toks[j]
        message = describe(etype, visible(tok.text), visible(toks[subject].text), options[0])
        confidence = round(p_error[j], 4)
        flag = Flag(j, tok.start, tok.end, tok.text, etype, corr, message, options, confidence)
        flag.evidence = Evidence.MATCHES  # the parse settles these alone
        flags.append(flag)
    return flags


def _one_per_pair(flags: list[Flag], sure: list[Flag], parse: _LazyParse) -> list[Flag]:
    """``flags`` without those of ``sure`` (determiners only MATCHES' cut-off let through)
    whose noun is flagged too: one disagreement, one flag, and the network's own on the noun
    wins (-87)."""
    if not sure:
        return flags
    sent = parse.sentence()
    flagged = {f.token for f in flags}
    drop = [f for f in sure if sent.tokens[f.token].head in flagged]
    return [f for f in flags if f not in drop]


def _one_fix(flags: list[Flag], toks: list[Span], parse: _LazyParse) -> list[Flag]:
    """Agreement flags that one edit to a noun would settle give way to a flag on that noun.

    *These book are heavy* draws *These* → *This* and *are* → *is*: each is right only if the
    other is taken too, and *book* → *books* fixes the sentence alone (see
    :func:`model.evidence.odd_noun`). The noun's flag keeps the highest confidence of those it
    replaces. Only sentences that already carry an agreement flag are parsed for this.
    """
    if not parse.available or not any(f.type in AGREEMENT for f in flags):
        return flags
    sent = parse.sentence()
    odd = {f.token: odd_noun(sent, f.token) for f in flags if f.type in AGREEMENT}
    for noun, number in {found for found in odd.values() if found is not None}:
        if any(f.token == noun for f in flags):
            continue  # the network already flags the noun
        corr = Correction.TO_SINGULAR_NOUN if number == SG else Correction.TO_PLURAL_NOUN
        options = suggest(toks[noun].word, corr)
        if not options:
            continue
        gone = [f for f in flags if odd.get(f.token) == (noun, number)]
        etype = ErrorType.DETERMINER_NOUN_AGREEMENT
        word = toks[noun]
        message = describe(etype, word.word, None, options[0])
        strongest = max(gone, key=lambda f: f.confidence)
        merged = Flag(
            noun,
            word.start,
            word.end,
            word.text,
            etype,
            corr,
            message,
            options,
            strongest.confidence,
            strongest.evidence,
        )
        flags = sorted([f for f in flags if f not in gone] + [merged], key=lambda f: f.token)
    return flags


class _LazyParse:
    """A sentence's parse, made the first time a flag asks for it."""

    def __init__(self, syntax: Syntax | None, words: list[str]) -> None:
        self.syntax, self.words = syntax, words
        self._sentence: Sentence | None = None
        self._tagged: tuple[Doc, Sentence] | None = None

    @property
    def available(self) -> bool:
        return self.syntax is not None and bool(self.words)

    def sentence(self) -> Sentence:
        """The parse of the sentence as written."""
        if self._sentence is None:
            assert self.syntax is not None, "no parser loaded"
            self._sentence = self.syntax.parse(self.words, self.doc)
        return self._sentence

    def prepare(self, tagged: tuple[Doc, Sentence]) -> None:
        """Take the tags :meth:`Syntax.tag_many` made for these words."""
        self._tagged = tagged

    @property
    def doc(self) -> Doc | None:
        """The tagged Doc :meth:`prepare` was given, if any."""
        return self._tagged[0] if self._tagged else None

    def settle(self, sentence: Sentence) -> None:
        """Take the parse :meth:`Syntax.parse_many` made of these words."""
        self._sentence = sentence

    def tagged(self) -> Sentence:
        """The sentence tagged but not parsed (the full parse once made, which has the same
        tags); :meth:`sentence` goes on from it."""
        if self._sentence is not None:
            return self._sentence
        if self._tagged is None:
            assert self.syntax is not None, "no parser loaded"
            self._tagged = self.syntax.tag(self.words)
        return self._tagged[1]


def _asks_parse(etype: ErrorType, p: float, cuts: dict[Evidence, float]) -> bool:
    """A flag the full parse is asked about: one whose type has per-evidence cut-offs, or an
    agreement flag (its message names the subject), unless only the word readings are asked
    about it (:func:`_readings_only`)."""
    wanted = bool(cuts) or etype is ErrorType.SUBJECT_VERB_AGREEMENT
    return wanted and not _readings_only(etype, p, cuts)


def _readings_only(etype: ErrorType, p: float, cuts: dict[Evidence, float]) -> bool:
    """A flag that only the word readings are asked about, not the full parse: an agreement
    verb or a verb form whose P(error) clears no cut-off but MATCHES' (:func:`_may_read`)."""
    read = (ErrorType.SUBJECT_VERB_AGREEMENT, ErrorType.VERB_FORM)
    return etype in read and _only_matches(p, cuts)


def _may_read(etype: ErrorType, toks: list[Span], j: int) -> bool:
    """Whether a word reading could make word ``j`` MATCHES: an agreement verb that its words
    allow (:func:`model.evidence.may_read_words`, -105), a demonstrative with a noun of the
    other number after it (:func:`model.evidence.may_read_determiner`, -109), a tense verb
    after a narrative subject in a sentence a past-time phrase opens or closes
    (:func:`model.evidence.may_read_dated`, -130), but for a verb
    form only a past tense that is no participle, a few words after a *have*
    (:func:`model.evidence.perfect_past`) or, since -157, a modal
    (:func:`model.evidence.modal_past`), so that verb form's MATCHES cut-off of 0 costs no
    tagging of other sentences (-98)."""
    if etype is ErrorType.SUBJECT_VERB_AGREEMENT:
        return may_read_words([t.word for t in toks[: j + 2]], j)
    if etype is ErrorType.DETERMINER_NOUN_AGREEMENT:
        return may_read_determiner([t.word for t in toks], j)
    if etype is ErrorType.TENSE:
        return may_read_dated([t.word for t in toks], j)
    if etype is not ErrorType.VERB_FORM:
        return True
    near = toks[max(0, j - PERFECT_REACH) : j]
    have = (t.word.lower().replace("’", "'") for t in near)
    return past_only(toks[j].word.lower()) and any(w in PERFECT_HAVE | MODAL_WORDS for w in have)


def _only_matches(p: float, cuts: dict[Evidence, float]) -> bool:
    """``p`` clears no cut-off of ``cuts`` but MATCHES': an agreement verb the checker asks
    only the word readings about (-85), or a determiner that gives way to a flag on its noun
    (:func:`_one_per_pair`, -87)."""
    others = [c for e, c in cuts.items() if e is not Evidence.MATCHES]
    return bool(others) and p < min(others)


def _evidence_cuts(etype: str, cuts: dict[str, float]) -> dict[Evidence, float]:
    """One error type's per-evidence cut-offs from config.json; every verdict needs one, but
    CONFIRMS and MATCHES, newer than the others, take SUPPORTS' and CONFIRMS' when they have
    none."""
    newer = (Evidence.CONFIRMS, Evidence.MATCHES)
    missing = [e.value for e in Evidence if e.value not in cuts and e not in newer]
    if missing:
        raise ValueError(f"config.json: evidence_thresholds.{etype} lacks {', '.join(missing)}")
    found = {Evidence(e): float(c) for e, c in cuts.items()}
    found.setdefault(Evidence.CONFIRMS, found[Evidence.SUPPORTS])
    found.setdefault(Evidence.MATCHES, found[Evidence.CONFIRMS])
    return found


def _join(words: Sequence[str]) -> list[Span]:
    """Spans of ``words`` laid out with one space between them."""
    spans, at = [], 0
    for w in words:
        spans.append(Span(w, at, at + len(w)))
        at += len(w) + 1
    return spans


def _rounded(v: torch.Tensor) -> list[float]:
    return [round(x, 5) for x in v.tolist()]


def _empty_raw(n: int, hidden: int, n_layers: int) -> _Raw:
    gates = [(torch.zeros(n, hidden), torch.zeros(n, hidden)) for _ in range(n_layers)]
    return _Raw(torch.zeros(n, len(ERROR_TYPES)), torch.zeros(n, len(CORRECTIONS)), gates)


@dataclass(frozen=True)
class _Window:
    """Tokens [start, end) go through the network; only [keep_from, keep_to) are kept from it."""

    start: int
    end: int
    keep_from: int
    keep_to: int


def _windows(n: int, size: int) -> list[_Window]:
    """Cover n tokens with windows of at most ``size``, overlapping by a quarter.

    Every token is kept from exactly one window, the one where it has context on both sides.
    """
    if n <= size:
        return [_Window(0, n, 0, n)]
    overlap = max(2, size // 4)
    step = size - overlap
    starts = list(range(0, n - overlap, step))
    out = []
    for k, start in enumerate(starts):
        end = min(start + size, n)
        keep_from = start if k == 0 else start + overlap // 2
        keep_to = end if k == len(starts) - 1 else end - (overlap - overlap // 2)
        out.append(_Window(start, end, keep_from, keep_to))
    return out


def _paste(dst: _Raw, src: _Raw, w: _Window) -> None:
    """Copy the kept part of one window's output into its sentence's output."""
    lo, hi = w.keep_from - w.start, w.keep_to - w.start
    dst.p_type[w.keep_from : w.keep_to] = src.p_type[lo:hi]
    dst.p_corr[w.keep_from : w.keep_to] = src.p_corr[lo:hi]
    for (df, db), (sf, sb) in zip(dst.gates, src.gates, strict=True):
        df[w.keep_from : w.keep_to] = sf[lo:hi]
        db[w.keep_from : w.keep_to] = sb[lo:hi]


def _shift(res: SentenceResult, by: int) -> None:
    res.start += by
    res.end += by
    for t in res.tokens:
        t.start += by
        t.end += by
    for f in res.flags:
        f.start += by
        f.end += by


def load_network(folder: Path) -> tuple[ConcordTagger, Vocab, dict]:
    """The tagger, vocabulary and config of a model folder, without the parser."""
    meta = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    network = ConcordTagger(TaggerConfig.from_dict(meta["tagger"]))
    state = torch.load(folder / "weights.pt", map_location="cpu", weights_only=True)
    network.load_state_dict(state)
    return network, Vocab.load(folder / "vocab.json"), meta


def load_member(folder: Path, weight: float) -> Member:
    """A further network of an ensemble from its folder (config.json's tagger and temperature,
    vocab.json, weights.pt); FileNotFoundError names the missing file."""
    network, vocab, meta = load_network(folder)
    return Member(network, vocab, float(meta.get("temperature", 1.0)), weight)


def save_model(folder: Path, network: ConcordTagger, vocab: Vocab, meta: dict) -> None:
    """Write a model folder that :meth:`Checker.load` reads: config.json, vocab.json, weights.pt."""
    folder.mkdir(parents=True, exist_ok=True)
    config = {**meta, "tagger": network.cfg.to_dict()}
    (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    vocab.save(folder / "vocab.json")
    torch.save(network.state_dict(), folder / "weights.pt")
