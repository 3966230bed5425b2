"""Parse raw text with Concord's spaCy pipeline into :class:`model.syntax.Sentence` objects.

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
from spacy.language import Language

from model.syntax import Sentence, doc_to_sentences

__all__ = ["doc_to_sentences", "load_parser", "parse_texts"]


def load_parser(path: str | Path) -> Language:
    """Load a trained pipeline folder (e.g. ``model/parser``)."""
    return spacy.load(path)


def parse_texts(
    nlp: Language, texts: Iterable[str], batch_size: int = 64, n_process: int = 1
) -> Iterator[list[Sentence]]:
    """Parse ``texts`` with ``nlp.pipe`` and yield, per text and in order, its sentences."""
    for i, doc in enumerate(nlp.pipe(texts, batch_size=batch_size, n_process=n_process)):
        yield doc_to_sentences(doc, doc_id=f"text-{i}")
