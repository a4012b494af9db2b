"""Build kg/data/holders.tsv: who held each office of 135 states since 2000, from two sources.

Inputs (see kg/data/holders.md for sources and licences):
- the fetched snapshots of every-politician-scrapers/<country> repositories: Wikidata P39
  terms since 2000 (html/holders21.csv) and Wikipedia office lists scraped in the same
  repository (sources/**/scraped.csv);
- the REIGN leader list (effective leaders to March 2021);
- datasets that reach past the Wikidata snapshots: the IfG Ministers Database (UK, 2026),
  world-leaders-current (daily snapshots of heads of state and government, 2026), the
  world list of current foreign ministers (December 2022) and unitedstates/congress-legislators
  (US vice-presidents);
- kg's shared, checked tables (../shared/wikidata/roles.tsv and entities.tsv);
- files kept here: positions.tsv (which position of which repository is which office),
  additions.tsv (terms taken from other public pages, with those pages as sources),
  fixes.tsv (corrections and ends of stale terms, with reasons and sources), current.tsv
  (pages showing a holder still in office on a day), arabic.tsv (Arabic names).

Run: python scripts/world/holders/build.py [--mirror /work/.mirror] [--out kg/data/holders.tsv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import attest  # noqa: E402
import confirm  # noqa: E402
import dates  # noqa: E402
import sources  # noqa: E402
from row import Row, tokens  # noqa: E402

from kg.world import HOLDER_COLUMNS  # noqa: E402

COLUMNS = list(HOLDER_COLUMNS)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return [
            r for r in csv.DictReader(f, delimiter="\t") if not r[next(iter(r))].startswith("#")
        ]


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
    unused: list[str] = []
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
                row.vote(t.qid, "wikidata")
                if t.end and dates.pad(t.start) > dates.pad(t.end):
                    row.start, row.end = t.end, t.start
                    row.notes.append("start and end are swapped in the Wikidata statement")
                if p["note"]:
                    row.notes.append(p["note"])
                confirm.confirm(row, wp_terms, unused)
                out.append(row)
    return out


def from_additions(additions: list[dict[str, str]]) -> list[Row]:
    """additions.tsv: terms from pages, with the pages (and their dates) as sources."""
    out = []
    for add in additions:
        srcs = [s.strip() for s in add["sources"].split(";") if s.strip()]
        row = Row(
            add["office_kind"], add["state"], add["holder_en"], "", add["start"], add["end"], srcs
        )
        if add["note"]:
            row.notes.append(add["note"])
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
            for qid, kinds in row.qid_votes.items():
                prev.qid_votes.setdefault(qid, set()).update(kinds)
            continue
        out.append(row)
    return out


def apply_fixes(rows: list[Row], fixes: list[dict[str, str]]) -> list[Row]:
    """fixes.tsv: drop a source row, or set a field (an end the snapshot lacks), with the
    reason in the note and the page that gives the new value added to the sources."""
    out = []
    matched = set()
    for row in rows:
        keep = True
        for i, fx in enumerate(fixes):
            if (fx["state"], fx["office_kind"], fx["holder_en"], fx["start"]) != (
                row.state,
                row.kind,
                row.name,
                row.start,
            ):
                continue
            matched.add(i)
            if fx["action"] == "drop":
                keep = False
            elif fx["action"]:
                field_name, value = fx["action"].split("=", 1)
                setattr(row, field_name, value)
            row.sources += [s.strip() for s in fx.get("sources", "").split(";") if s.strip()]
            if fx["reason"]:
                row.notes.append(fx["reason"])
        if keep:
            out.append(row)
    for i, fx in enumerate(fixes):
        if i not in matched:
            print(f"fixes.tsv: no row for {fx['state']} {fx['office_kind']} {fx['holder_en']}")
    return out


def confirm_datasets(rows: list[Row], mirror: Path) -> list[str]:
    """Second sources that reach past the Wikidata snapshots (and date open terms)."""
    conflicts: list[str] = []
    ifg = sources.ifg_ministers(mirror)
    current = sources.current_leaders(mirror)
    foreign = sources.world_foreign_ministers(mirror)
    us_vice_presidents = sources.us_vice_presidents(mirror)
    for row in rows:
        if (row.state, row.kind) == ("US", "vice-president"):
            confirm.confirm(row, us_vice_presidents, conflicts)
        if row.state == "GB":
            confirm.confirm(row, ifg.get(row.kind, []), conflicts)
        confirm.confirm(row, current.get((row.state, row.kind), []), conflicts)
        if row.kind == "foreign-minister":
            # The two foreign-minister lists (Wikipedia, Wikidata) are separate sources.
            for side in ("Wikipedia", "Wikidata"):
                terms = [t for t in foreign.get(row.state, []) if t.source.startswith(side)]
                confirm.confirm(row, terms, conflicts)
    return conflicts


def arabic_entries(args: argparse.Namespace, positions: list[dict[str, str]]) -> dict:
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
    return arabic


def choose_qid(row: Row, wikipedia_qids: dict[str, set[str]]) -> str:
    """A QID only where a Wikidata-derived and another source give the same one.

    The other source is a Wikipedia list that links the person's article (for this office
    or, by exact name, another one) or kg's checked entities table.
    """
    if len(set(row.sources)) < 2:
        return ""
    for qid, kinds in sorted(row.qid_votes.items()):
        if qid in wikipedia_qids.get(row.name, set()) and len(wikipedia_qids[row.name]) == 1:
            kinds.add("wikipedia")
        if "wikidata" in kinds and len(kinds) >= 2:
            return qid
    return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--shared", type=Path, default=HERE.parents[2].parent / "shared")
    ap.add_argument("--out", type=Path, default=HERE.parents[2] / "kg" / "data" / "holders.tsv")
    args = ap.parse_args(argv)

    positions = read_tsv(HERE / "positions.tsv")
    rows = from_wikidata(args.mirror, positions) + from_additions(read_tsv(HERE / "additions.tsv"))

    reign = sources.reign_leaders(args.mirror)
    for row in rows:
        if row.kind in ("head-of-state", "head-of-government"):
            confirm_reign(row, reign.get(row.state, []))
    shared_src = "kg shared/wikidata/roles.tsv (verified=yes rows)"
    verified = [
        r for r in read_tsv(args.shared / "wikidata" / "roles.tsv") if r["verified"] == "yes"
    ]
    for row in rows:
        confirm_shared(row, verified, shared_src)

    rows = apply_fixes(rows, read_tsv(HERE / "fixes.tsv"))
    # A term that starts and ends on one day (an acting head of state for some hours) has no
    # extent a date can fall in: it is left out.
    rows = [r for r in rows if not r.end or dates.pad(r.start) < dates.pad_end(r.end)]
    rows = merge_duplicates(rows)
    # A term Wikidata splits at each cabinet (Koizumi, Abe) is confirmed by REIGN only whole.
    for row in rows:
        if row.kind in ("head-of-state", "head-of-government") and not any(
            s.startswith("REIGN") for s in row.sources
        ):
            confirm_reign(row, reign.get(row.state, []))
    for conflict in confirm_datasets(rows, args.mirror):
        print("conflict:", conflict)
    for row in rows:
        confirm.dated_sources(row)
    for unused in confirm.apply_current(rows, read_tsv(HERE / "current.tsv")):
        print("current.tsv: no open term for", unused)
    disputes = {r["state"]: r["explanation"] for r in read_tsv(HERE / "disputes.tsv")}
    confirm.explain_overlaps(rows, disputes)

    arabic = arabic_entries(args, positions)
    shared_qids = {
        r["label_en"]: r["qid"]
        for r in read_tsv(args.shared / "wikidata" / "entities.tsv")
        if r["verified"] == "yes" and r["qid"]
    }
    repos = [f"{sources.EP_OWNER}/{r}" for r in sorted({p["repo"] for p in positions})]
    wikipedia_qids = sources.wikipedia_qids(args.mirror, [r.split("/", 1)[1] for r in repos])

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
            if shared_qids.get(row.name):
                row.vote(shared_qids[row.name], "kg")
            qid = choose_qid(row, wikipedia_qids)
            if len(set(row.sources)) < 2:
                notes.insert(0, "single-source")
            if any(dates.precision(d) in (1, 2) for d in (row.start, row.end)):
                notes.append(
                    "day unknown (start: first day, end: last day of the month/year given)"
                )
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
                    "" if row.end else row.as_of,
                    ";".join(dict.fromkeys(row.sources)),
                    "; ".join(dict.fromkeys(notes)),
                ]
            )
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
