"""Find the subject of a flagged verb with the project's own spaCy parser, to name it in messages.

Only sentences that carry an agreement flag are parsed, so the parser costs nothing on clean
text. The parse is built over the checker's own tokens, so indices line up exactly.
"""

from __future__ import annotations

import threading
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

_SUBJECTS = ("nsubj", "nsubjpass", "nsubj:pass", "expl")


class SubjectFinder:
    """Wraps a spaCy pipeline with a dependency parser."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._lock = threading.Lock()

    @classmethod
    def load(cls, folder: Path) -> SubjectFinder:
        """Load the pipeline trained by ``training/parser.py``."""
        return cls(spacy.load(folder))

    def subject_of(self, words: list[str], verb: int) -> str | None:
        """The head word of the subject of ``words[verb]``, or None if the parse shows none."""
        with self._lock:
            doc = self.nlp(Doc(self.nlp.vocab, words=words))
        tok = doc[verb]
        # an auxiliary or copula agrees with the subject of its head
        anchor = tok.head if tok.dep_ in ("aux", "aux:pass", "auxpass", "cop") else tok
        subj = [c for c in anchor.children if c.dep_ in _SUBJECTS and c.dep_ != "expl"]
        if not subj:
            return None
        head = subj[0]
        conj = [c for c in head.children if c.dep_ == "conj"]
        return f"{head.text} and {conj[-1].text}" if conj else head.text
