"""Parsed sentences: one light shape for gold treebank parses and the spaCy pipeline's parses.

Training reads CoNLL-U treebanks into :class:`Sentence` (``training/conllu.py``) and parses raw
text with the project's pipeline (``model/parser``) into the same shape, so error injection
and the agreement rules in :mod:`model.agreement` never care where a parse came from. The
checker parses flagged sentences the same way to weigh its flags.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Token as SpacyToken

from model.lexicon import word_lemmas


@dataclass
class Token:
    """One syntactic word. ``head`` is 0-based (-1 for the root); ``feats`` is UD FEATS."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: dict[str, str]
    head: int
    deprel: str
    space_after: bool = True
    misc: dict[str, str] = field(default_factory=dict)


@dataclass
class Sentence:
    """A parsed sentence and where it came from (document id, source corpus, genre)."""

    doc_id: str
    sent_id: str
    tokens: list[Token]
    source: str = ""
    genre: str = ""

    @property
    def words(self) -> list[str]:
        """The token forms."""
        return [t.form for t in self.tokens]

    def children(self, i: int) -> list[int]:
        """Indices of the tokens whose head is token ``i``."""
        return [j for j, t in enumerate(self.tokens) if t.head == i]

    def subtree(self, i: int) -> list[int]:
        """Sorted indices of token ``i`` and all its descendants."""
        out, todo = [], [i]
        while todo:
            k = todo.pop()
            out.append(k)
            todo.extend(self.children(k))
        return sorted(out)


# Word classes lemminflect knows how to lemmatize; other words keep their form as lemma.
_LEMMA_UPOS = {"NOUN", "VERB", "AUX", "ADJ", "ADV", "PROPN"}


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
        lemmas = word_lemmas(form, upos=token.pos_)
        if lemmas:
            return str(lemmas[0])
    return form


def _head_index(token: SpacyToken, index: dict[int, int]) -> int:
    # spaCy marks the root by heading it to itself; Sentence uses -1 and 0-based in-sentence heads.
    head = token.head
    while head.is_space and head.head.i != head.i:  # climb past dropped whitespace tokens
        head = head.head
    return -1 if head.i == token.i or head.i not in index else index[head.i]


def token_from_spacy(token: SpacyToken, index: dict[int, int]) -> Token:
    """One spaCy token as a :class:`Token`; ``index`` maps Doc positions to sentence positions."""
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
        tokens = [token_from_spacy(t, index) for t in keep]
        out.append(Sentence(doc_id, f"{doc_id}-{len(out) + 1}", tokens, source, genre))
    return out
