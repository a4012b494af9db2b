"""Build kg/data/holders.tsv: who held each office of 40 states since 2000, from two sources.

Inputs (see kg/data/holders.md for sources and licences):
- the fetched snapshots of every-politician-scrapers/<country> repositories: Wikidata P39
  terms since 2000 (html/holders21.csv) and Wikipedia office lists scraped in the same
  repository (sources/**/scraped.csv);
- the REIGN leader list (effective leaders to March 2021);
- kg's shared, checked tables (../shared/wikidata/roles.tsv and entities.tsv);
- files kept here: positions.tsv (which position of which repository is which office),
  additions.tsv (terms taken from other public pages, with those pages as sources),
  arabic.tsv (Arabic names and where they come from), fixes.tsv (corrections with reasons).

Run: python scripts/world/holders/build.py [--mirror /work/.mirror] [--out kg/data/holders.tsv]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import attest  # noqa: E402
import dates  # noqa: E402
import sources  # noqa: E402

COLUMNS = [
    "office_kind",
    "state",
    "holder_en",
    "holder_ar",
    "holder_aliases_ar",
    "holder_qid",
    "start",
    "end",
    "sources",
    "note",
]
KIND_ORDER = [
    "head-of-state",
    "head-of-government",
    "foreign-minister",
    "defence-minister",
    "intelligence-chief",
]


@dataclass
class Row:
    kind: str
    state: str
    name: str
    qid: str
    start: str
    end: str
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    qid_sources: int = 0

    def key(self) -> tuple:
        return (self.state, KIND_ORDER.index(self.kind), dates.pad(self.start), self.name)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return [
            r for r in csv.DictReader(f, delimiter="\t") if not r[next(iter(r))].startswith("#")
        ]


def fold(text: str) -> str:
    """Lower-case ASCII letters only, for comparing Latin-script names across sources."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if c.isalnum() or c == " ").lower()


def tokens(text: str) -> set[str]:
    return {t.removeprefix("al").removeprefix("el") for t in fold(text.replace("-", " ")).split()}


def same_person(term: sources.Term, qid: str, name: str) -> bool:
    if term.qid and qid:
        return term.qid == qid
    a, b = tokens(term.name), tokens(name)
    return len(a & b) >= min(2, len(a), len(b))


def confirm_wikipedia(row: Row, terms: list[sources.Term]) -> None:
    """Add a Wikipedia list as second source when it has the same person with agreeing dates."""
    for term in terms:
        if not same_person(term, row.qid, row.name):
            continue
        if dates.agree(row.start, term.start) and dates.agree(row.end, term.end):
            row.sources.append(term.source)
            if term.qid and term.qid == row.qid:
                row.qid_sources += 1
            for what, ours, theirs in (
                ("start", row.start, term.start),
                ("end", row.end, term.end),
            ):
                if ours != theirs and dates.precision(theirs) >= dates.precision(ours):
                    row.notes.append(f"{what} {theirs} in the Wikipedia list")
            return


def confirm_reign(row: Row, terms: list[sources.Term]) -> None:
    """REIGN confirms a leader's surname, start day and end month (or that he was still in)."""
    for term in terms:
        if not tokens(term.name) <= tokens(row.name):
            continue
        if not dates.agree(row.start, term.start):
            continue
        still_in = not term.end and (not row.end or row.end[:7] >= "2021-03")
        if still_in or (row.end and dates.agree(row.end[:7], term.end)):
            row.sources.append(term.source)
            return


def confirm_shared(row: Row, shared_roles: list[dict[str, str]], src: str) -> None:
    for r in shared_roles:
        if r["holder_en"] == row.name and r["start"] == row.start and r["end"] == row.end:
            row.sources.append(src)
            return


def from_wikidata(mirror: Path, positions: list[dict[str, str]]) -> list[Row]:
    out: list[Row] = []
    by_repo: dict[str, list[dict[str, str]]] = {}
    for p in positions:
        by_repo.setdefault(p["repo"], []).append(p)
    for repo, plist in by_repo.items():
        held = sources.wikidata_holders(mirror, repo)
        pids = sources.position_ids(mirror, repo)
        lists = sources.wikipedia_lists(mirror, repo)
        for p in plist:
            wp_terms = lists.get(pids.get(p["title"], "-"), [])
            for t in held.get(p["title"], []):
                if not dates.overlaps(t.start, t.end):
                    continue
                row = Row(p["office_kind"], p["state"], t.name, t.qid, t.start, t.end, [t.source])
                if t.end and dates.pad(t.start) > dates.pad(t.end):
                    row.start, row.end = t.end, t.start
                    row.notes.append("start and end are swapped in the Wikidata statement")
                if p["note"]:
                    row.notes.append(p["note"])
                confirm_wikipedia(row, wp_terms)
                out.append(row)
    return out


def merge_duplicates(rows: list[Row]) -> list[Row]:
    """One person in one office: terms that touch or overlap (two position items, or a term
    split at a cabinet change) become one, keeping the earliest start and latest end."""
    rows.sort(key=Row.key)
    out: list[Row] = []
    for row in rows:
        prev = next(
            (
                o
                for o in reversed(out)
                if (o.state, o.kind, o.qid or o.name) == (row.state, row.kind, row.qid or row.name)
            ),
            None,
        )
        if prev and (not prev.end or dates.pad(row.start) <= dates.pad(prev.end)):
            if not row.end or (prev.end and dates.pad(row.end) > dates.pad(prev.end)):
                prev.end = row.end
            prev.sources += [s for s in row.sources if s not in prev.sources]
            prev.notes += [n for n in row.notes if n not in prev.notes]
            prev.qid_sources = max(prev.qid_sources, row.qid_sources)
            continue
        out.append(row)
    return out


def apply_fixes(rows: list[Row], fixes: list[dict[str, str]]) -> list[Row]:
    """fixes.tsv: drop or re-date a source row, with the reason kept in the note."""
    out = []
    for row in rows:
        keep = True
        for fx in fixes:
            if (fx["state"], fx["office_kind"], fx["holder_en"], fx["start"]) != (
                row.state,
                row.kind,
                row.name,
                row.start,
            ):
                continue
            if fx["action"] == "drop":
                keep = False
            elif fx["action"]:
                field_name, value = fx["action"].split("=", 1)
                setattr(row, field_name, value)
            if fx["reason"]:
                row.notes.append(fx["reason"])
        if keep:
            out.append(row)
    return out


def explain_overlaps(rows: list[Row], disputes: dict[str, str]) -> None:
    """Mark terms of two people that overlap in one office by more than the tolerance."""
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        groups.setdefault((row.state, row.kind), []).append(row)
    for (state, _kind), group in groups.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (a.qid or a.name) == (b.qid or b.name):
                    continue
                a_end = dates.as_date(dates.pad_end(a.end)) if a.end else None
                b_end = dates.as_date(dates.pad_end(b.end)) if b.end else None
                lo = max(dates.as_date(a.start), dates.as_date(b.start))
                hi = min(d for d in (a_end, b_end) if d) if (a_end or b_end) else None
                if hi is not None and (hi - lo).days <= dates.TOLERANCE_DAYS:
                    continue
                for x, y in ((a, b), (b, a)):
                    why = disputes.get(state, "the sources' dates overlap")
                    note = f"overlaps {y.name}: {why}"
                    if note not in x.notes:
                        x.notes.append(note)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, default=HERE.parents[2] / "kg" / "data" / "holders.tsv")
    args = ap.parse_args(argv)

    positions = read_tsv(HERE / "positions.tsv")
    rows = from_wikidata(args.mirror, positions)

    reign = sources.reign_leaders(args.mirror)
    shared_roles = read_tsv(args.shared / "wikidata" / "roles.tsv")
    shared_src = "kg shared/wikidata/roles.tsv (verified=yes rows)"
    for row in rows:
        if row.kind in ("head-of-state", "head-of-government"):
            confirm_reign(row, reign.get(row.state, []))

    for add in read_tsv(HERE / "additions.tsv"):
        row = Row(
            add["office_kind"],
            add["state"],
            add["holder_en"],
            "",
            add["start"],
            add["end"],
            [s for s in add["sources"].split(";") if s],
        )
        if add["note"]:
            row.notes.append(add["note"])
        if row.kind in ("head-of-state", "head-of-government"):
            confirm_reign(row, reign.get(row.state, []))
        rows.append(row)

    verified = [r for r in shared_roles if r["verified"] == "yes"]
    for row in rows:
        confirm_shared(row, verified, shared_src)

    rows = apply_fixes(rows, read_tsv(HERE / "fixes.tsv"))
    # A term that starts and ends on one day (an acting head of state for some hours) has no
    # extent a date can fall in: it is left out.
    rows = [r for r in rows if not r.end or dates.pad(r.start) < dates.pad_end(r.end)]
    rows = merge_duplicates(rows)
    disputes = {r["state"]: r["explanation"] for r in read_tsv(HERE / "disputes.tsv")}
    explain_overlaps(rows, disputes)

    corpora = attest.Corpora(args.shared)
    arabic = {r["key"]: r for r in read_tsv(HERE / "arabic.tsv")}
    for entry in arabic.values():
        if entry["note"]:
            continue
        seen_in = corpora.where(entry["holder_ar"])
        entry["note"] = (
            f"Arabic name written by the helper; spelling attested in {seen_in}"
            if seen_in
            else "Arabic name transliterated by the helper (not found in a source)"
        )
    for repo in sorted({p["repo"] for p in positions}):
        for qid, (name, where) in sources.arabic_labels(args.mirror, repo).items():
            note = f"Arabic name: Wikidata/Wikipedia Arabic label read in {where}"
            arabic.setdefault(qid, {"holder_ar": name, "holder_aliases_ar": "", "note": note})
    shared_qids = {
        r["label_en"]: r["qid"]
        for r in read_tsv(args.shared / "wikidata" / "entities.tsv")
        if r["verified"] == "yes" and r["qid"]
    }

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        for row in sorted(rows, key=Row.key):
            ar = arabic.get(row.name) or arabic.get(row.qid) or {}
            if ar.get("holder_en"):
                row.name = ar["holder_en"]
            notes = list(row.notes)
            if ar.get("note"):
                notes.append(ar["note"])
            qid = ""
            if row.qid and shared_qids.get(row.name) == row.qid:
                row.qid_sources += 1
            if row.qid and row.qid_sources >= 1 and len(row.sources) >= 2:
                qid = row.qid
            if len(set(row.sources)) < 2:
                notes.insert(0, "single-source")
            if any(dates.precision(d) in (1, 2) for d in (row.start, row.end)):
                notes.append(
                    "day unknown (start: first day, end: last day of the month/year given)"
                )
            if not row.end:
                seen = re.findall(r"\((\d{4}-\d{2}-\d{2})\)", " ".join(row.sources))
                notes.append(f"in office as of {max(seen)}" if seen else "in office")
            w.writerow(
                [
                    row.kind,
                    row.state,
                    row.name,
                    ar.get("holder_ar", ""),
                    ar.get("holder_aliases_ar", ""),
                    qid,
                    dates.pad(row.start),
                    dates.pad_end(row.end),
                    ";".join(dict.fromkeys(row.sources)),
                    "; ".join(dict.fromkeys(notes)),
                ]
            )
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
