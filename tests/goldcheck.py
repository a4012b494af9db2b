"""Consistency check for a gold set: tests/gold (seeds) or tests/heldout/gold (held-out articles).

Run: python tests/goldcheck.py GOLD_DIR ARTICLES_DIR, e.g. ``python tests/goldcheck.py tests/gold
seeds`` or ``python tests/goldcheck.py tests/heldout/gold tests/heldout/articles``. It prints the
errors and the review notes and exits 1 on errors; tests/test_gold.py calls `check` on both sets.

Errors: an evidence excerpt that is not verbatim in its document; a key that is neither a label_en
of kg/data/entities.tsv (or of the world tables states.tsv, organisations.tsv, cities.tsv) nor an
``ar:`` key; an ``ar:`` key that occurs in no article; a bad
relation or polarity, an empty note, a subject equal to its object, a duplicate relation row; a
duplicate meeting id or a meeting date that does not fit its precision. When the gold dir has an
entities.tsv: a bad type or qid, or a mention not found in text order with word boundaries.

Review notes: positive ``met`` pairs found in no meeting, negative ``met`` pairs whose members share
a meeting (same side?), and alias occurrences that no gold mention covers (entities.tsv only).

It reads only the article files, the gold files and kg/data's tables; it does not import kg.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"
ENTITIES = DATA / "entities.tsv"
WORLD = ("states.tsv", "organisations.tsv", "cities.tsv")
# the read-also marker («إقرأ أيضاً:», «اقرأ أيضًا :», ...); the tail after it is "<id>#2"
READ_ALSO = re.compile(r"^[اإ]قرأ أيض[ًّ]*ا[ًّ]*\s*:", re.M)
SEP = " || "
RELATIONS = {"met", "joinedCase", "heldMeetingIn", "memberOf"}
POLARITIES = {"+", "-", "?"}
TYPES = {"Person", "State", "Organization", "Group", "City", "LegalCase", "Territory", "Place"}
DATE = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}", "": r""}
# lines that are page furniture, not article text (left out of the coverage check), by document
FURNITURE = {
    "002_35cd34da39fb3bb3": [
        "© 2000 - 2025",
        "انضممت لأسرة البوابة",
        "الأحدثترند",
        "اشترك الآن",
        "المصدر: البوابة",
        "كلمات دلالية",
        "إقرأ أيضاً:",
        "تاريخ النشر",
    ],
    "004_a05ff47f7670e0e6": ["اقرأ أيضًا :"],
}
BOUND = r"[\s\.,،؛:!؟\?\(\)\"«»\-]"


def documents(articles_dir: Path) -> dict[str, str]:
    """Document id -> text; a file with a read-also marker gives "<id>" and the tail "<id>#2"."""
    docs = {}
    for path in sorted(articles_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        match = READ_ALSO.search(text)
        if match:
            docs[path.stem] = text[: match.end()]
            docs[path.stem + "#2"] = text[match.end() :]
        else:
            docs[path.stem] = text
    return docs


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def table() -> dict[str, dict[str, str]]:
    with open(ENTITIES, encoding="utf-8") as f:
        return {r["label_en"]: r for r in csv.DictReader(f, delimiter="\t")}


def world_labels() -> set[str]:
    """The English labels of the world tables: gold keys too."""
    labels: set[str] = set()
    for name in WORLD:
        if (DATA / name).exists():
            labels |= {r["label_en"] for r in rows(DATA / name)}
    return labels


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


def check_key(errors: list[str], where: str, key: str, known: set, docs: dict[str, str]) -> None:
    if key and not key.startswith("ar:") and key not in known:
        errors.append(f"{where}: key not in entities.tsv or the world tables: {key}")
    # an ar: key is the name as written in the articles, so it must occur verbatim in one of them;
    # after the preposition ل the article's alef is not written («للخرطوم» = ل + الخرطوم)
    name = key[3:]
    forms = [name, "لل" + name[2:]] if name.startswith("ال") else [name]
    if key.startswith("ar:") and not any(f in t for f in forms for t in docs.values()):
        errors.append(f"{where}: ar: key does not occur in any article: {key}")


def find_word(text: str, mention: str, start: int) -> int:
    pattern = rf"(?:(?<={BOUND})|^){re.escape(mention)}(?={BOUND}|$)"
    match = re.compile(pattern, re.M).search(text, start)
    return -1 if match is None else match.start()


def check(gold_dir: Path, articles_dir: Path) -> tuple[list[str], list[str]]:
    """(errors, review notes) for the gold files in `gold_dir` against the articles."""
    docs, tab = documents(articles_dir), table()
    known = set(tab) | world_labels()
    errors: list[str] = []
    notes: list[str] = []
    rel_rows = rows(gold_dir / "relations.tsv")
    seen: dict[tuple, str] = {}
    for i, r in enumerate(rel_rows, 1):
        where = f"relations.tsv row {i}"
        if r["relation"] not in RELATIONS or r["polarity"] not in POLARITIES:
            errors.append(f"{where}: bad relation/polarity {r['relation']!r} {r['polarity']!r}")
        if not r["note"]:
            errors.append(f"{where}: empty note")
        for k in (r["subject"], r["object"]):
            check_key(errors, where, k, known, docs)
        if r["subject"] == r["object"]:
            errors.append(f"{where}: subject equals object")
        check_evidence(errors, where, docs, r["documents"], r["evidence"])
        pair = (r["subject"], r["object"])
        key = (r["relation"], frozenset(pair) if r["relation"] == "met" else pair)
        if key in seen:
            errors.append(f"{where}: duplicate of a {seen[key]} row {key}")
        seen[key] = r["polarity"]
    meetings = rows(gold_dir / "meetings.tsv")
    ids = set()
    for i, r in enumerate(meetings, 1):
        where = f"meetings.tsv row {i} ({r['meeting_id']})"
        if r["meeting_id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r["meeting_id"])
        for k in [*r["participants"].split("|"), r["place"]]:
            check_key(errors, where, k, known, docs)
        check_evidence(errors, where, docs, r["documents"], r["evidence"])
        if not re.fullmatch(DATE.get(r["date_precision"], "x"), r["date"]):
            errors.append(f"{where}: date {r['date']!r} does not fit {r['date_precision']!r}")
    # met pairs vs meetings: a + pair should share a meeting, a - pair normally should not
    parts = [set(m["participants"].split("|")) for m in meetings]
    for r in rel_rows:
        if r["relation"] != "met":
            continue
        both = {r["subject"], r["object"]}
        if r["polarity"] == "+" and not any(both <= p for p in parts):
            notes.append(f"met+ pair in no meeting: {r['subject']} – {r['object']}")
        if r["polarity"] == "-":
            shared = [m["meeting_id"] for m, p in zip(meetings, parts, strict=True) if both <= p]
            if shared:
                notes.append(
                    f"met- pair co-participants of {shared} (same side?): "
                    f"{r['subject']} – {r['object']}"
                )
    if (gold_dir / "entities.tsv").exists():
        check_entities(errors, notes, rows(gold_dir / "entities.tsv"), docs, tab, known)
    return errors, notes


def check_entities(
    errors: list[str],
    notes: list[str],
    ent_rows: list[dict],
    docs: dict[str, str],
    tab: dict,
    known: set,
) -> None:
    """Mentions allocated in text order; alias occurrences no gold mention covers go to `notes`."""
    spans: dict[str, list[tuple[int, int]]] = {}
    pos: dict[str, int] = {}
    for i, r in enumerate(ent_rows, 1):
        where = f"entities.tsv row {i} ({r['mention']})"
        doc = r["document"]
        check_key(errors, where, r["key"], known, docs)
        if r["type"] not in TYPES:
            errors.append(f"{where}: bad type {r['type']}")
        if r["key"] in tab:
            t = tab[r["key"]]
            want = t["qid"] if t["verified"] == "yes" else ""
            if r["qid"] != want:
                errors.append(f"{where}: qid {r['qid']!r} but table says {want!r}")
        elif r["key"].startswith("ar:") and r["qid"]:
            errors.append(f"{where}: ar: key with a qid")
        if doc not in docs:
            errors.append(f"{where}: unknown document {doc}")
            continue
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
    uncovered = set()
    for doc in spans:
        text = docs[doc]
        furniture = FURNITURE.get(doc.split("#")[0], [])
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
                if any(f in line for f in furniture):
                    continue
                if not any(a <= s and e <= b for a, b in spans[doc]):
                    context = text[max(0, s - 30) : e + 20]
                    uncovered.add(f"UNCOVERED {doc}: {m.group(0)!r} at {s}: …{context}…")
    notes.extend(sorted(uncovered))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python tests/goldcheck.py GOLD_DIR ARTICLES_DIR", file=sys.stderr)
        return 2
    gold_dir, articles_dir = Path(argv[0]), Path(argv[1])
    errors, notes = check(gold_dir, articles_dir)
    for e in errors:
        print("ERROR", e)
    for n in notes:
        print("NOTE", n)
    counts: dict[str, int] = {}
    for r in rows(gold_dir / "relations.tsv"):
        name = f"{r['relation']}{r['polarity']}"
        counts[name] = counts.get(name, 0) + 1
    meetings = rows(gold_dir / "meetings.tsv")
    print("documents:", len(documents(articles_dir)), "| meetings:", len(meetings))
    print("relations:", dict(sorted(counts.items())), "| errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
