"""Reading CoNLL-U treebanks into light sentence objects with gold dependency parses.

The same :class:`model.syntax.Sentence` shape is produced for raw text parsed by the project's spaCy
pipeline (see ``training/parse.py``), so error injection never cares where a parse came from.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from model.syntax import Sentence, Token


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
