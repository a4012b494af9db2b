"""Consistency check for the gold files in tests/gold (not a pytest test).

Run: python tests/gold/check_gold.py
Checks that every evidence excerpt is a verbatim substring of its document, that every key is a
label_en of kg/data/entities.tsv (or an ``ar:`` key), that entity mentions occur in text order with
word boundaries, and lists alias occurrences in 002-004 that no gold mention covers (for review).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"
READ_ALSO = "إقرأ أيضاً:"
SEP = " || "
RELATIONS = {"met", "joinedCase", "heldMeetingIn", "memberOf"}
TYPES = {"Person", "State", "Organization", "Group", "City", "LegalCase", "Territory", "Place"}
# lines that are page furniture, not article text (excluded from the mention coverage check)
FURNITURE = {
    "002_35cd34da39fb3bb3": [
        "© 2000 - 2025",
        "انضممت لأسرة البوابة",
        "الأحدثترند",
        "اشترك الآن",
        "المصدر: البوابة",
        "كلمات دلالية",
        READ_ALSO,
        "تاريخ النشر",
    ],
    "004_a05ff47f7670e0e6": ["اقرأ أيضًا :"],
}


def documents() -> dict[str, str]:
    docs = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if READ_ALSO in text:
            head, tail = text.split(READ_ALSO, 1)
            docs[path.stem] = head + READ_ALSO
            docs[path.stem + "#2"] = tail
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


def check_evidence(
    errors: list[str], where: str, docs: dict[str, str], doc_ids: str, evidence: str
) -> None:
    ids = doc_ids.split(",")
    parts = evidence.split(SEP)
    if len(ids) != len(parts):
        errors.append(f"{where}: {len(ids)} documents but {len(parts)} evidence excerpts")
        return
    for doc, ev in zip(ids, parts, strict=True):
        if doc not in docs:
            errors.append(f"{where}: unknown document {doc}")
        elif ev not in docs[doc]:
            errors.append(f"{where}: evidence not in {doc}: {ev}")


def check_key(errors: list[str], where: str, key: str, tab: dict) -> None:
    if key and not key.startswith("ar:") and key not in tab:
        errors.append(f"{where}: key not in entities.tsv: {key}")


BOUND = r"[\s\.,،؛:!؟\?\(\)\"«»\-]"


def find_word(text: str, mention: str, start: int) -> int:
    pattern = rf"(?:(?<={BOUND})|^){re.escape(mention)}(?={BOUND}|$)"
    match = re.compile(pattern, re.M).search(text, start)
    return -1 if match is None else match.start()


def main() -> int:
    docs, tab, errors = documents(), table(), []
    # relations
    seen: dict[tuple, str] = {}
    rel_rows = rows("relations.tsv")
    for i, r in enumerate(rel_rows, 1):
        where = f"relations.tsv row {i}"
        if r["relation"] not in RELATIONS or r["polarity"] not in "+-?" or not r["polarity"]:
            errors.append(f"{where}: bad relation/polarity")
        for k in (r["subject"], r["object"]):
            check_key(errors, where, k, tab)
        check_evidence(errors, where, docs, r["documents"], r["evidence"])
        pair = (r["subject"], r["object"])
        key = (r["relation"], frozenset(pair) if r["relation"] == "met" else pair)
        if key in seen:
            errors.append(f"{where}: duplicate of a {seen[key]} row {key}")
        seen[key] = r["polarity"]
    # meetings
    for i, r in enumerate(rows("meetings.tsv"), 1):
        where = f"meetings.tsv row {i}"
        for k in [*r["participants"].split("|"), r["place"]]:
            check_key(errors, where, k, tab)
        check_evidence(errors, where, docs, r["documents"], r["evidence"])
        pattern = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}", "": r""}
        if not re.fullmatch(pattern.get(r["date_precision"], "x"), r["date"]):
            errors.append(
                f"{where}: date {r['date']!r} does not fit precision {r['date_precision']!r}"
            )
    # entities: sequential allocation of mentions in text order
    spans: dict[str, list[tuple[int, int]]] = {}
    pos: dict[str, int] = {}
    for i, r in enumerate(rows("entities.tsv"), 1):
        where = f"entities.tsv row {i} ({r['mention']})"
        doc = r["document"]
        check_key(errors, where, r["key"], tab)
        if r["type"] not in TYPES:
            errors.append(f"{where}: bad type {r['type']}")
        if not r["key"].startswith("ar:"):
            t = tab[r["key"]]
            want = t["qid"] if t["verified"] == "yes" else ""
            if r["qid"] != want:
                errors.append(f"{where}: qid {r['qid']!r} but table says {want!r}")
        elif r["qid"]:
            errors.append(f"{where}: ar: key with a qid")
        at = find_word(docs[doc], r["mention"], pos.get(doc, 0))
        if at < 0:
            errors.append(f"{where}: mention not found (in order) in {doc}")
            continue
        pos[doc] = at + len(r["mention"])
        spans.setdefault(doc, []).append((at, pos[doc]))
    # coverage: alias/metonym occurrences (with proclitics) not inside a gold mention
    names = set()
    for t in tab.values():
        for cell in ("label_ar", "aliases_ar", "metonyms_ar"):
            names.update(a.strip() for a in t[cell].split("|") if a.strip())
    uncovered = []
    for doc in spans:
        text = docs[doc]
        for name in sorted(names, key=len, reverse=True):
            for m in re.finditer(
                rf"(?:(?<={BOUND})|^)(?:[وفبلك]|وب|ول|فب|فل|وك)?{re.escape(name)}"
                rf"(?={BOUND}|$)",
                text,
                re.M,
            ):
                s, e = m.span()
                end = text.find("\n", s)
                line = text[text.rfind("\n", 0, s) + 1 : end if end >= 0 else None]
                if any(f in line for f in FURNITURE.get(doc.split("#")[0], [])):
                    continue
                if not any(a <= s and e <= b for a, b in spans[doc]):
                    context = text[max(0, s - 30) : e + 20]
                    uncovered.append(f"{doc}: {m.group(0)!r} at {s}: …{context}…")
    for e in errors:
        print("ERROR", e)
    for u in sorted(set(uncovered)):
        print("UNCOVERED (review)", u)
    counts: dict[str, int] = {}
    for r in rel_rows:
        name = f"{r['relation']}{r['polarity']}"
        counts[name] = counts.get(name, 0) + 1
    print("relations:", dict(sorted(counts.items())), "| errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
