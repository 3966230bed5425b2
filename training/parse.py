"""Parse raw text with Concord's spaCy pipeline into :class:`training.conllu.Sentence` objects.

The pipeline (``model/parser``, trained by ``python -m training.parser``) predicts XPOS, UPOS + UD
FEATS and UD dependencies; the parser also splits sentences. Error injection then works on the
same ``Sentence``/``Token`` shape whether a parse is gold (CoNLL-U) or predicted (here).

Example::

    nlp = load_parser("model/parser")
    for sentences in parse_texts(nlp, ["The dogs bark. It rains."], batch_size=64, n_process=1):
        print([t.form for t in sentences[0].tokens])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from lemminflect import getLemma
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Token as SpacyToken

from training.conllu import Sentence, Token

# Word classes lemminflect knows how to lemmatize; other words keep their form as lemma.
_LEMMA_UPOS = {"NOUN", "VERB", "AUX", "ADJ", "ADV", "PROPN"}


def load_parser(path: str | Path) -> Language:
    """Load a trained pipeline folder (e.g. ``model/parser``)."""
    return spacy.load(path)


def lemma_of(token: SpacyToken) -> str:
    """The pipeline's lemma if it has a lemmatizer, otherwise lemminflect's, otherwise the form.

    Concord's pipeline has no lemmatizer (it would cost training time and size); lemminflect's
    lemmas are the ones the error injectors inflect with anyway.
    """
    if token.lemma_:
        return token.lemma_
    form = token.text
    # UD lemmas are lower case except for proper nouns and "I"; "The"/"Walks" are capitalised
    # only by position, while "DNA"/"US" are not title case and keep their form.
    if token.pos_ != "PROPN" and form != "I" and form.istitle():
        form = form.lower()
    if token.pos_ in _LEMMA_UPOS:
        lemmas = getLemma(form, upos=token.pos_)
        if lemmas:
            return lemmas[0]
    return form


def _head_index(token: SpacyToken, index: dict[int, int]) -> int:
    # spaCy marks the root by heading it to itself; Sentence uses -1 and 0-based in-sentence heads.
    head = token.head
    while head.is_space and head.head.i != head.i:  # climb past dropped whitespace tokens
        head = head.head
    return -1 if head.i == token.i or head.i not in index else index[head.i]


def _token(token: SpacyToken, index: dict[int, int]) -> Token:
    doc = token.doc
    # A dropped whitespace token right after this one means there was a space here.
    space_next = token.i + 1 < len(doc) and doc[token.i + 1].is_space
    return Token(
        form=token.text,
        lemma=lemma_of(token),
        upos=token.pos_,
        xpos=token.tag_,
        feats=token.morph.to_dict(),
        head=_head_index(token, index),
        deprel="root" if token.dep_ == "ROOT" else token.dep_,
        space_after=bool(token.whitespace_) or space_next,
    )


def doc_to_sentences(
    doc: Doc, doc_id: str = "", source: str = "", genre: str = ""
) -> list[Sentence]:
    """Turn one parsed Doc into sentences; whitespace-only tokens are dropped.

    spaCy keeps runs of spaces/newlines as ``_SP`` tokens; a UD sentence has no such words, so a
    word headed by one is re-attached to the nearest non-space ancestor.
    """
    out: list[Sentence] = []
    for sent in doc.sents:
        keep = [t for t in sent if not t.is_space]
        if not keep:
            continue  # a run of blank lines the parser split off as its own "sentence"
        index = {t.i: j for j, t in enumerate(keep)}
        tokens = [_token(t, index) for t in keep]
        out.append(Sentence(doc_id, f"{doc_id}-{len(out) + 1}", tokens, source, genre))
    return out


def parse_texts(
    nlp: Language, texts: Iterable[str], batch_size: int = 64, n_process: int = 1
) -> Iterator[list[Sentence]]:
    """Parse ``texts`` with ``nlp.pipe`` and yield, per text and in order, its sentences."""
    for i, doc in enumerate(nlp.pipe(texts, batch_size=batch_size, n_process=n_process)):
        yield doc_to_sentences(doc, doc_id=f"text-{i}")
