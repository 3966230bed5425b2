"""Write the dataset card from a build's manifest, so the card's counts are the build's own.

python -m training.cards --data build/data --out training/DATASET_CARD.md
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from training.sources import SOURCES

REPO = Path(__file__).resolve().parent.parent

INTRO = """# Concord training data — dataset card

Built by `python -m training.build_data` (see `training/build_data.py` for the recipe and
`BuildConfig` for every setting). The data itself is not committed; this card is regenerated
from the build's `manifest.json` by `python -m training.cards`.

## Sources and licences (shipped model: commercially usable sources only)

| source | folder | licence | reader |
|---|---|---|---|
{sources}

GUM: only the genres academic, bio, court, interview, news and voyage. Non-commercial corpora
(LinES, ParTUT, Brown, PTB, BBC, Reuters, ABC, GUM's NC genres) and the learner corpus are never
read by the build. Raw text is parsed by the project's own spaCy pipeline (`model/parser`,
trained by `python -m training.parser`).

## Labelling rules

* One label per token: `OK`, or an error type (`model/labels.py`) plus a correction class and the
  original word. Only the changed token is labelled.
* Determiner–noun: with *this/that/these/those* the determiner is the error token; with any other
  number-marking word (*a, one, each, every, many, several, both, few*, numerals) the noun is.
* Subject–verb pairs come from the parse: a finite verb and its subject; a verb whose subject is
  a relative pronoun agrees with the noun the clause modifies (*the farmer who hates*); a
  conjoined verb without a subject of its own shares the first conjunct's (*waits and
  complains*); quantity nouns take the number of their *of* complement (*a lot of people are*,
  none without one: *the rest are/is*); subjunctive *were* (*if it were*, *I wish he were*)
  is no agreement pair (builds after model -49 also leave out *as it were* and *Suppose it
  were*; the v16 build, on which the shipped network trained, did not). *I*, *we* and *you*
  are no agreement pairs either for `subject_verb_agreement.v2`; `subject_verb_agreement.v3`
  (opt-in, `--sva-injector`) also gives the verbs after them a 3rd-person singular form they
  never take (*I has*, *we was*).
* Verb form: the wrong form after a modal, *to*, *do*, perfect *have* or progressive *be*
  (`verb_form.v1`); `verb_form.v2` (opt-in, `--vf-injector`, with `--p-gerund-twin` for twins
  made for it) also makes bare an *-ing* form that a preposition takes (*by encourage people*).
* Tense: a past finite verb turned into the present where the sentence fixes the past. The
  injector named in the build's `type_weights` says how: `tense.v1` took a past-time adverbial
  anywhere in the sentence, or a coordinated past verb; `tense.v2` (`model.tense.clause_past_frame`)
  takes only an adverbial in the verb's own clause (*Yesterday she walked*, *two days ago*,
  *last week*, *in 1998*) or a temporal clause (*When he arrived, she left*), since in clean text
  a present verb is often right outside that clause (*In 1998 he founded a company that makes
  shoes*). `tense.v3` is `tense.v2` that also corrupts verbs whose subject is *I*, *we* or *you*
  (*Yesterday I walk*; v2 never did, as it took the subject's number from the agreement rules,
  which leave those pronouns out) and past auxiliaries and copulas (*Yesterday I am tired*);
  the past-time twins follow the injector the build weighs.
* Twins (all counted as `augmented`): a spliced twin with modifiers between subject and verb
  (`training/augment.py`); a past-time twin with a harvested *yesterday*, *last …*, *ago* or
  year adverbial (`training/past_time.py`); a core-clause twin cut down to the main clause's
  subject, verb and object cores, with a verb coordinated with it (*The senator smiles.*,
  *The soldier cries and sings.*; `training/core_clause.py`, `p_core`). Each is corrupted or
  left clean like a natural sentence. A relative twin (`p_relative`; 0 turns them off) is
  a core clause with one harvested relative clause after its subject, the clause's last noun of
  the other number (*The pilots who watched the ship wave.*); half of them get a verb put in
  the other number, the main verb or, half the time, one inside the clause (*the ship the
  pilots watches*). Version -33's fine-tune used `p_relative` 2.0, the default.
* Sentences whose parse already shows a disagreement, a typo (`Typo=Yes`) or, in fiction, quoted
  dialogue are dropped, not corrected.
* Splits are by document (EWT and GUM: official splits; others: a CRC-32 hash of the document id,
  90/5/5). Held-out splits splice phrases only from their own documents.
"""


def _table(counts: dict) -> str:
    return "\n".join(f"| {k} | {v:,} |" for k, v in counts.items())


def render(manifest: dict) -> str:
    """The card as Markdown."""
    used = manifest["config"]["sources"]
    rows = "\n".join(
        f"| {s.name} | {s.folder} | {s.licence} | {s.kind} |"
        for s in SOURCES.values()
        if s.name in used
    )
    parts = [INTRO.format(sources=rows), "## Counts from the build\n"]
    cfg = manifest["config"]
    keys = ("seed", "p_clean", "p_rare", "p_past_twin", "p_core", "p_relative", "type_weights")
    settings = {k: cfg[k] for k in keys if k in cfg}
    parts.append(
        "Settings that differ between builds (`BuildConfig`): "
        + ", ".join(f"`{k}` = {v}" for k, v in settings.items())
        + ".\n"
    )
    parts.append(f"Build time: {manifest['seconds']} s. Sentences dropped as unclean, by source:\n")
    parts.append("| source | dropped |\n|---|---|\n" + _table(manifest["dropped"]) + "\n")
    parts.append(
        "Harvested splice phrases by attractor number: " + json.dumps(manifest["phrases"]) + "\n"
    )
    if "adverbials" in manifest:
        parts.append(
            "Harvested past-time adverbials by kind (`training/past_time.py`): "
            + json.dumps(manifest["adverbials"])
            + "\n"
        )
    for split, counts in manifest["splits"].items():
        parts.append(f"### {split}\n")
        for key in (
            "records",
            "tokens",
            "errors",
            "source",
            "length",
            "sva_pairs_by_attractors",
            "sva_errors_by_attractors",
            "sva_errors_by_kind",
        ):
            if key in counts:
                parts.append(f"**{key}**\n\n| | count |\n|---|---|\n" + _table(counts[key]) + "\n")
        errs = counts.get("sva_errors_by_attractors", {})
        total = sum(errs.values())
        if total:
            one = sum(v for k, v in errs.items() if k != "0") / total
            three = sum(v for k, v in errs.items() if k in ("3", "4+")) / total
            parts.append(
                f"Agreement errors with ≥ 1 attractor: {one:.1%}; with ≥ 3: {three:.1%}.\n"
            )
    parts.append(
        "## Evaluation sets\n\n```json\n" + json.dumps(manifest["evalsets"], indent=1) + "\n```\n"
    )
    return "\n".join(parts)


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO / "build" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "training" / "DATASET_CARD.md")
    args = ap.parse_args()
    manifest = json.loads((args.data / "manifest.json").read_text())
    args.out.write_text(render(manifest))


if __name__ == "__main__":
    main()


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def results_markdown(report: dict) -> str:
    """The evaluation report (``training/evaluate.py``) as Markdown tables."""
    m = report["model"]
    cuts = m.get("type_thresholds") or {"all types": m["threshold"]}
    out = [f"Flag thresholds {json.dumps(cuts)}; evaluation took {report['seconds']} s.\n"]
    if m.get("evidence_thresholds"):
        out.append(f"Cut-offs by parse evidence: {json.dumps(m['evidence_thresholds'])}.\n")
    out.append("### 1. Synthetic test (held-out documents)\n")
    out.append("| type | precision | recall | F0.5 |\n|---|---|---|---|")
    for t, s in report["synthetic_test"].items():
        out.append(f"| {t} | {_pct(s['precision'])} | {_pct(s['recall'])} | {_pct(s['f05'])} |")
    out.append("\n### 2. Natural held-out attractor pairs\n")
    for key, label in (("by_attractors", "attractors"), ("by_distance", "distance")):
        out.append(f"| {label} | n | corrupted verb flagged | intact verb silent | both | rank |")
        out.append("|---|---|---|---|---|---|")
        for b, s in report["attractor_curve"][key].items():
            out.append(
                f"| {b} | {s['n']} | {_pct(s['detected'])} | {_pct(s['silent_on_good'])} "
                f"| {_pct(s['strict'])} | {_pct(s['rank'])} |"
            )
        out.append("")
    out.append(
        "### 3. Minimal pairs (strict: bad flagged at the right token and good not flagged)\n"
    )
    first = any(s.get("suggestion_first") is not None for s in report["minimal_pairs"].values())
    if first:
        out.append(
            "| construction | n | strict | rank | bad word flagged: good word suggested first |"
        )
        out.append("|---|---|---|---|---|")
    else:
        out.append("| construction | n | strict | rank |\n|---|---|---|---|")
    for c, s in report["minimal_pairs"].items():
        row = f"| {c} | {s['n']} | {_pct(s['strict'])} | {_pct(s['rank'])} |"
        if first:
            share = s.get("suggestion_first")
            row += f" {'—' if share is None else _pct(share)} |"
        out.append(row)
    out.append(
        "\n### 4. Learner dev (W&I+LOCNESS train A/B/C, dev half; measured, never trained on)\n"
    )
    out.append(f"{report['learner_dev']['sentences']} sentences.\n")
    out.append("| type | precision | recall | F0.5 |\n|---|---|---|---|")
    for t, s in report["learner_dev"].items():
        if t != "sentences":
            out.append(f"| {t} | {_pct(s['precision'])} | {_pct(s['recall'])} | {_pct(s['f05'])} |")
    out.append("\n### 5. False alarms per 1,000 clean held-out test sentences\n")
    out.append("| genre | sentences | false alarms / 1,000 |\n|---|---|---|")
    for g, s in report["false_alarms_clean_test"].items():
        out.append(f"| {g} | {s['n']} | {s['per_1000']} |")
    if "false_alarms_clean_test_more" in report:
        more = report["false_alarms_clean_test_more"]["all"]
        out.append(
            f"\nOn the extra clean test sentences of `training.more_clean` (unread test documents, "
            f"mostly Wikipedia): {more['per_1000']} per 1,000 of {more['n']}."
        )
    if "suggestions_synthetic_test" in report:
        out.append(_suggestions(report["suggestions_synthetic_test"]))
    if "operating_points" in report:
        out.append(_operating_points(report))
    if "without_parse_evidence" in report:
        out.append(_unaided(report))
    return "\n".join(out) + "\n"


def _suggestions(scores: dict) -> str:
    """The suggestion table: flags on synthetic test errors that offer the original word."""
    rows = [
        "\n### 6. Suggestions on the synthetic test\n",
        "Of the flags on corrupted words, the share whose first suggestion is the word the error "
        "replaced, and the share that offers it at all.\n",
        "| type | flags on errors | first suggestion right | right word offered |",
        "|---|---|---|---|",
    ]
    for t, s in scores.items():
        rows.append(f"| {t} | {s['flags']} | {_pct(s['first'])} | {_pct(s['any'])} |")
    return "\n".join(rows)


def _unaided(report: dict) -> str:
    """The network's own figures (per-type cut-offs, no parse evidence) beside the shipped ones."""
    w = report["without_parse_evidence"]
    rows = [
        "\n### The network alone: per-type cut-offs, no parse evidence\n",
        "| measure | network alone | with parse evidence (shipped) |",
        "|---|---|---|",
    ]
    syn, mp = report["synthetic_test"], report["minimal_pairs"]["overall"]
    sva = syn["subject_verb_agreement"]
    both = (
        ("synthetic F0.5, all", _pct(w["synthetic_all"]["f05"]), _pct(syn["all"]["f05"])),
        (
            "synthetic subject–verb P / R",
            f"{_pct(w['synthetic_sva']['precision'])} / {_pct(w['synthetic_sva']['recall'])}",
            f"{_pct(sva['precision'])} / {_pct(sva['recall'])}",
        ),
        (
            "minimal pairs strict",
            _pct(w["minimal_pairs_overall"]["strict"]),
            _pct(mp["strict"]),
        ),
        (
            "learner dev subject–verb F0.5",
            _pct(w["learner_dev_sva"]["f05"]),
            _pct(report["learner_dev"]["subject_verb_agreement"]["f05"]),
        ),
        (
            "false alarms / 1,000 clean test",
            str(w["false_alarms_clean_test"]["per_1000"]),
            str(report["false_alarms_clean_test"]["all"]["per_1000"]),
        ),
    )
    rows += [f"| {name} | {alone} | {shipped} |" for name, alone, shipped in both]
    return "\n".join(rows)


def _operating_points(report: dict) -> str:
    rows = [
        "\n### Operating points: one cut-off for all types (a request's `threshold`)\n",
        "Shown to help choose a setting; the default cut-offs were set on dev, not here.\n",
        "| threshold | synthetic P / R / F0.5 | subject–verb recall | false alarms / 1,000 clean |",
        "|---|---|---|---|",
    ]
    syn, fa = report["synthetic_test"]["all"], report["false_alarms_clean_test"]["all"]
    rows.append(
        f"| calibrated | {_pct(syn['precision'])} / {_pct(syn['recall'])} / {_pct(syn['f05'])} "
        f"| {_pct(report['synthetic_test']['subject_verb_agreement']['recall'])} "
        f"| {fa['per_1000']} |"
    )
    for t, p in report["operating_points"].items():
        a = p["synthetic_all"]
        rows.append(
            f"| {t} | {_pct(a['precision'])} / {_pct(a['recall'])} / {_pct(a['f05'])} "
            f"| {_pct(p['synthetic_sva_recall'])} | {p['false_alarms_per_1000']} |"
        )
    return "\n".join(rows)
