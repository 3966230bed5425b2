"""Tests for ``training/parse.py``: spaCy Doc -> ``training.conllu.Sentence`` conversion.

The conversion is checked on hand-built Docs (exact heads, roots, feats), then end to end on a
tiny tagger + morphologizer + parser overfitted in-process on five sentences, so nothing here
needs the trained ``model/parser``; only the last test uses it, and skips when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from training.conllu import Sentence, read_conllu
from training.parse import doc_to_sentences, load_parser, parse_texts

MODEL = Path(__file__).resolve().parents[1] / "model" / "parser"

# Five gold sentences in CoNLL-U, columns separated by single spaces here to keep lines short.
FIXTURE = """\
1 The the DET DT Definite=Def|PronType=Art 2 det _ _
2 dogs dog NOUN NNS Number=Plur 3 nsubj _ _
3 bark bark VERB VBP Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin 0 root _ SpaceAfter=No
4 . . PUNCT . _ 3 punct _ _

1 She she PRON PRP Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs 2 nsubj _ _
2 walks walk VERB VBZ Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin 0 root _ _
3 home home ADV RB _ 2 advmod _ SpaceAfter=No
4 . . PUNCT . _ 2 punct _ _

1 They they PRON PRP Case=Nom|Number=Plur|Person=3|PronType=Prs 2 nsubj _ _
2 were be AUX VBD Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin 3 aux _ _
3 sleeping sleep VERB VBG Tense=Pres|VerbForm=Part 0 root _ SpaceAfter=No
4 . . PUNCT . _ 3 punct _ _

1 A a DET DT Definite=Ind|PronType=Art 2 det _ _
2 cat cat NOUN NN Number=Sing 3 nsubj _ _
3 sat sit VERB VBD Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin 0 root _ SpaceAfter=No
4 . . PUNCT . _ 3 punct _ _

1 We we PRON PRP Case=Nom|Number=Plur|Person=1|PronType=Prs 2 nsubj _ _
2 like like VERB VBP Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin 0 root _ _
3 tea tea NOUN NN Number=Sing 2 obj _ SpaceAfter=No
4 . . PUNCT . _ 2 punct _ _

""".replace(" ", "\t")


@pytest.fixture(scope="module")
def gold(tmp_path_factory: pytest.TempPathFactory) -> list[Sentence]:
    """The five fixture sentences, read with the project's CoNLL-U reader."""
    path = tmp_path_factory.mktemp("fixture") / "tiny.conllu"
    path.write_text(FIXTURE, encoding="utf-8")
    return list(read_conllu(path))


def gold_doc(vocab: spacy.Vocab, sentences: list[Sentence]) -> Doc:
    """One Doc holding ``sentences`` with their gold annotation, in spaCy's conventions."""
    words, spaces, heads, deps, pos, tags, morphs = [], [], [], [], [], [], []
    for sent in sentences:
        offset = len(words)
        for k, t in enumerate(sent.tokens):
            words.append(t.form)
            spaces.append(t.space_after)
            heads.append(offset + (k if t.head == -1 else t.head))  # spaCy: root heads itself
            deps.append("ROOT" if t.deprel == "root" else t.deprel)
            pos.append(t.upos)
            tags.append(t.xpos)
            morphs.append("|".join(f"{f}={v}" for f, v in sorted(t.feats.items())))
    return Doc(vocab, words, spaces, heads=heads, deps=deps, pos=pos, tags=tags, morphs=morphs)


def assert_same_parse(got: list[Sentence], want: list[Sentence]) -> None:
    """Forms, heads, relations, tags and feats agree sentence by sentence."""
    assert [s.words for s in got] == [s.words for s in want]
    for g, w in zip(got, want, strict=True):
        assert [t.head for t in g.tokens] == [t.head for t in w.tokens]
        assert [t.deprel for t in g.tokens] == [t.deprel for t in w.tokens]
        assert [(t.upos, t.xpos) for t in g.tokens] == [(t.upos, t.xpos) for t in w.tokens]
        assert [t.feats for t in g.tokens] == [t.feats for t in w.tokens]
        assert [t.space_after for t in g.tokens] == [t.space_after for t in w.tokens]


def test_doc_to_sentences_round_trips_gold(gold: list[Sentence]) -> None:
    """Heads become 0-based within each sentence, the root is -1, ROOT becomes root."""
    sentences = doc_to_sentences(gold_doc(spacy.blank("en").vocab, gold), doc_id="d")
    assert_same_parse(sentences, gold)
    second = sentences[1]
    assert [t.head for t in second.tokens] == [1, -1, 1, 1]  # offsets removed, not doc-level
    assert second.tokens[1].deprel == "root"
    assert second.tokens[1].feats == {
        "Mood": "Ind",
        "Number": "Sing",
        "Person": "3",
        "Tense": "Pres",
        "VerbForm": "Fin",
    }
    assert [s.sent_id for s in sentences] == ["d-1", "d-2", "d-3", "d-4", "d-5"]


def test_doc_to_sentences_fills_lemmas(gold: list[Sentence]) -> None:
    """Without a lemmatizer, inflected verbs and nouns get lemminflect's lemma."""
    sentences = doc_to_sentences(gold_doc(spacy.blank("en").vocab, gold))
    assert [t.lemma for t in sentences[0].tokens] == ["the", "dog", "bark", "."]
    assert [t.lemma for t in sentences[2].tokens[:2]] == ["they", "be"]


def test_whitespace_tokens_are_dropped() -> None:
    """A spaCy ``_SP`` token disappears; the word before it keeps ``space_after``."""
    vocab = spacy.blank("en").vocab
    words, spaces = ["Dogs", "bark", "  ", "loudly"], [True, True, False, False]
    doc = Doc(vocab, words, spaces, heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dep", "advmod"])
    [sent] = doc_to_sentences(doc, doc_id="d")
    assert (sent.sent_id, sent.words) == ("d-1", ["Dogs", "bark", "loudly"])
    assert [t.head for t in sent.tokens] == [1, -1, 1]
    assert sent.tokens[1].space_after


def tiny_pipeline(gold: list[Sentence]) -> Language:
    """Tagger + morphologizer + parser overfitted on the fixture (seconds on one CPU)."""
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("tagger")
    nlp.add_pipe("morphologizer")
    # The default min_action_freq (30) would fold every label of a 5-sentence corpus into "dep".
    nlp.add_pipe("parser", config={"min_action_freq": 1})
    examples = [
        Example(nlp.make_doc(gold_doc(nlp.vocab, [s]).text), gold_doc(nlp.vocab, [s])) for s in gold
    ]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(150):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    return nlp


@pytest.mark.slow
def test_parse_texts_with_overfitted_pipeline(gold: list[Sentence], tmp_path: Path) -> None:
    """An overfitted pipeline, saved and reloaded, reproduces the gold parses via parse_texts."""
    tiny_pipeline(gold).to_disk(tmp_path / "tiny")
    nlp = load_parser(tmp_path / "tiny")
    texts = [gold_doc(nlp.vocab, [s]).text for s in gold]
    parsed = list(parse_texts(nlp, texts, batch_size=2, n_process=1))
    assert [len(sents) for sents in parsed] == [1] * len(gold)
    assert_same_parse([sents[0] for sents in parsed], gold)


def test_trained_pipeline_parses_raw_text() -> None:
    """The shipped pipeline splits sentences and yields one root per sentence."""
    if not (MODEL / "meta.json").exists():
        pytest.skip(f"trained pipeline not built: run `python -m training.parser` ({MODEL})")
    nlp = load_parser(MODEL)
    [sentences] = parse_texts(nlp, ["The dogs in the yard bark loudly. She walks home."])
    assert len(sentences) == 2
    for sent in sentences:
        assert [t.head for t in sent.tokens].count(-1) == 1
        assert all(-1 <= t.head < len(sent.tokens) for t in sent.tokens)
    dogs = sentences[0].tokens[1]
    assert (dogs.form, dogs.feats.get("Number")) == ("dogs", "Plur")
