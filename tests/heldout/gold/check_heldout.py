"""Consistency check for the held-out gold in tests/heldout/gold (not a pytest test).

Run: .venv/bin/python tests/heldout/gold/check_heldout.py
Adapted from tests/gold/check_gold.py. Checks that every evidence excerpt is a verbatim substring
of its document, that every key is a label_en of kg/data/entities.tsv (or an ``ar:`` key), that
every ``ar:`` key occurs verbatim in an article, that no relation row is a duplicate and that
meeting dates fit their precision. It notes positive ``met`` pairs found in no meeting of
meetings.tsv, and negative ``met`` pairs whose two members share a meeting (same side; review).
It reads only the article files, the gold files and kg/data/entities.tsv; it does not import kg.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD = Path(__file__).resolve().parent
ARTICLES = GOLD.parent / "articles"
# the read-also marker; the tail after it is the document "<id>#2"
READ_ALSO = re.compile(r"^[اإ]قرأ أيضا[ًّ]*\s*:", re.M)
SEP = " || "
RELATIONS = {"met", "joinedCase", "heldMeetingIn", "memberOf"}
POLARITIES = {"+", "-", "?"}


def documents() -> dict[str, str]:
    docs = {}
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        match = READ_ALSO.search(text)
        if match:
            docs[path.stem] = text[: match.end()]
            docs[path.stem + "#2"] = text[match.end() :]
        else:
            docs[path.stem] = text
    return docs


def rows(name: str) -> list[dict[str, str]]:
    with open(GOLD / name, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def table() -> dict[str, dict[str, str]]:
    with open(ROOT / "kg/data/entities.tsv", encoding="utf-8") as f:
        return {r["label_en"]: r for r in csv.DictReader(f, delimiter="\t")}


def check_evidence(errors: list[str], where: str, docs: dict[str, str], ids: str, ev: str) -> None:
    doc_ids, parts = ids.split(","), ev.split(SEP)
    if len(doc_ids) != len(parts):
        errors.append(f"{where}: {len(doc_ids)} documents but {len(parts)} evidence excerpts")
        return
    for doc, part in zip(doc_ids, parts, strict=True):
        if doc not in docs:
            errors.append(f"{where}: unknown document {doc}")
        elif not part or part not in docs[doc]:
            errors.append(f"{where}: evidence not in {doc}: {part}")


def check_key(errors: list[str], where: str, key: str, tab: dict, docs: dict | None = None) -> None:
    if key and not key.startswith("ar:") and key not in tab:
        errors.append(f"{where}: key not in entities.tsv: {key}")
    # an ar: key is the name as written in the articles, so it must occur verbatim in one of them
    if key.startswith("ar:") and docs is not None and not any(key[3:] in t for t in docs.values()):
        errors.append(f"{where}: ar: key does not occur in any article: {key}")


def main() -> int:
    docs, tab, errors, warnings = documents(), table(), [], []
    seen: dict[tuple, str] = {}
    rel_rows = rows("relations.tsv")
    for i, r in enumerate(rel_rows, 1):
        where = f"relations.tsv row {i}"
        if r["relation"] not in RELATIONS or r["polarity"] not in POLARITIES:
            errors.append(f"{where}: bad relation/polarity {r['relation']!r} {r['polarity']!r}")
        if not r["note"]:
            errors.append(f"{where}: empty note")
        for k in (r["subject"], r["object"]):
            check_key(errors, where, k, tab, docs)
        if r["subject"] == r["object"]:
            errors.append(f"{where}: subject equals object")
        check_evidence(errors, where, docs, r["documents"], r["evidence"])
        pair = (r["subject"], r["object"])
        key = (r["relation"], frozenset(pair) if r["relation"] == "met" else pair)
        if key in seen:
            errors.append(f"{where}: duplicate of a {seen[key]} row {key}")
        seen[key] = r["polarity"]
    meetings = rows("meetings.tsv")
    ids = set()
    for i, r in enumerate(meetings, 1):
        where = f"meetings.tsv row {i} ({r['meeting_id']})"
        if r["meeting_id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r["meeting_id"])
        for k in [*r["participants"].split("|"), r["place"]]:
            check_key(errors, where, k, tab, docs)
        check_evidence(errors, where, docs, r["documents"], r["evidence"])
        pattern = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}", "": r""}
        if not re.fullmatch(pattern.get(r["date_precision"], "x"), r["date"]):
            errors.append(f"{where}: date {r['date']!r} does not fit {r['date_precision']!r}")
    # every positive met pair should be two participants of some meeting
    parts = [set(m["participants"].split("|")) for m in meetings]
    for r in rel_rows:
        if r["relation"] == "met" and r["polarity"] == "+":
            if not any({r["subject"], r["object"]} <= p for p in parts):
                warnings.append(f"met+ pair in no meeting: {r['subject']} – {r['object']}")
        if r["relation"] == "met" and r["polarity"] == "-":
            both = [m["meeting_id"] for m, p in zip(meetings, parts, strict=True)
                    if {r["subject"], r["object"]} <= p]
            if both:
                warnings.append(f"met- pair co-participants of {both} (same side?): "
                                f"{r['subject']} – {r['object']}")
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("NOTE", w)
    counts: dict[str, int] = {}
    for r in rel_rows:
        name = f"{r['relation']}{r['polarity']}"
        counts[name] = counts.get(name, 0) + 1
    print("documents:", len(docs), "| meetings:", len(meetings))
    print("relations:", dict(sorted(counts.items())), "| errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
