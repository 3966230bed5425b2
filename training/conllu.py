"""Reading CoNLL-U treebanks into light sentence objects with gold dependency parses.

The same :class:`Sentence` shape is produced for raw text parsed by the project's spaCy
pipeline (see ``training/parse.py``), so error injection never cares where a parse came from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


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


def _parse_feats(col: str) -> dict[str, str]:
    if col in ("_", ""):
        return {}
    return dict(kv.split("=", 1) for kv in col.split("|") if "=" in kv)


def _token(cols: list[str]) -> Token:
    misc = _parse_feats(cols[9])
    return Token(
        form=cols[1],
        lemma=cols[2],
        upos=cols[3],
        xpos=cols[4],
        feats=_parse_feats(cols[5]),
        head=int(cols[6]) - 1 if cols[6] not in ("_", "") else -1,
        deprel=cols[7],
        space_after=misc.get("SpaceAfter") != "No",
        misc=misc,
    )


def read_conllu(path: Path, source: str = "", genre: str = "") -> Iterator[Sentence]:
    """Yield the sentences of one CoNLL-U file; multi-word token lines and empty nodes are skipped.

    The document id comes from ``# newdoc id`` when present, otherwise from the file name.
    """
    doc_id, sent_id, rows = path.stem, "", []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("#"):
                continue
            elif line.strip():
                cols = line.split("\t")
                if "-" not in cols[0] and "." not in cols[0]:
                    rows.append(_token(cols))
            elif rows:
                yield Sentence(doc_id, sent_id, rows, source, genre)
                rows = []
    if rows:
        yield Sentence(doc_id, sent_id, rows, source, genre)
