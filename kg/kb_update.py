"""`kg kb update`: rebuild the local linking tables from Wikidata (or an endpoint shaped like it).

What is fetched, in bounded queries:
1. the items of the shipped table, and every sovereign state (P31 Q3624078);
2. the states' capitals (P36), which become cities and the states' metonyms;
3. the states' cities (P31/P279* Q515, P17) above a population threshold;
4. people (P31 Q5) who held an office that applies to one of the states (P1001 or P17) and is
   a head of state, head of government or minister, in a term that had not ended by `since`:
   each P39 statement with its P580/P582 qualifiers is a row of the roles table, titled with
   the office's Arabic label and aliases;
5. for all of these, Arabic and English labels, Arabic aliases, kind (P31/P279), country
   (P17/P27) and sitelinks.

The tables have the format of kg/data/*.tsv (plus ``countries`` and ``sitelinks`` columns),
``verified`` = ``wikidata``; ``kb.json`` beside them records the endpoint and when its answers
were fetched. They are replaced together only once every query has succeeded.
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from string import Template

from kg.kb import TABLES, shipped_kb
from kg.normalize import normalize
from kg.wikidata import Client, items, qid, qid_order
from kg.wikidata_items import Item, fetch

OFFICE_CLASSES = ("Q48352", "Q2285706", "Q83307")  # head of state, head of government, minister
SINCE = 2000  # office terms that ended before this year are left out
MIN_POPULATION = 500_000
STATE_BATCH = 50  # states per office or city query: each fans out over many items
MIN_ALIAS = 3  # letters: shorter Arabic aliases are mostly words, not names

STATES = """
SELECT DISTINCT ?state WHERE { ?state wdt:P31 wd:Q3624078 } ORDER BY ?state"""

CAPITALS = """
SELECT ?state ?capital WHERE {
  VALUES ?state { $items }
  ?state wdt:P36 ?capital .
} ORDER BY ?state ?capital"""

CITIES = """
SELECT DISTINCT ?city WHERE {
  VALUES ?state { $items }
  ?city wdt:P17 ?state ; wdt:P1082 ?population ; wdt:P31/wdt:P279* wd:Q515 .
  FILTER(?population >= $population)
} ORDER BY ?city"""

OFFICES = """
SELECT DISTINCT ?office ?state ?holder ?start ?end WHERE {
  VALUES ?state { $items }
  VALUES ?class { $classes }
  ?office wdt:P1001|wdt:P17 ?state ; wdt:P31?/wdt:P279* ?class .
  ?holder p:P39 ?statement ; wdt:P31 wd:Q5 .
  ?statement ps:P39 ?office .
  OPTIONAL { ?statement pq:P580 ?start }
  OPTIONAL { ?statement pq:P582 ?end }
  FILTER(!BOUND(?end) || ?end >= "$since-01-01T00:00:00Z"^^xsd:dateTime)
} ORDER BY ?office ?holder ?start"""

ENTITY_COLUMNS = [
    "qid",
    "type",
    "label_en",
    "label_ar",
    "aliases_ar",
    "metonyms_ar",
    "verified",
    "countries",
    "sitelinks",
]
ROLE_COLUMNS = [
    "role_en",
    "role_ar_examples",
    "country_qid",
    "holder_en",
    "holder_qid",
    "start",
    "end",
    "verified",
]


@dataclass(frozen=True)
class UpdateReport:
    folder: Path
    entities: int
    roles: int
    requests: int  # queries sent; the rest came from the cache
    queried: str  # when the oldest answer used was fetched (ISO, UTC)


@dataclass(frozen=True)
class _Term:
    office: str
    state: str
    holder: str
    start: str
    end: str


def update(
    client: Client,
    folder: Path,
    *,
    since: int = SINCE,
    min_population: int = MIN_POPULATION,
) -> UpdateReport:
    """Query `client`'s endpoint and write the linking tables to `folder`."""
    shipped = [entry.entity for entry in shipped_kb().entries if entry.entity.qid]
    seeds = {entity.qid for entity in shipped if entity.qid}
    states = {qid(row["state"]) for row in client.pages(STATES)}
    states |= {entity.qid for entity in shipped if entity.type == "State" and entity.qid}
    capitals: dict[str, list[str]] = {}
    for row in client.batches(CAPITALS, items(states)):
        capitals.setdefault(qid(row["state"]), []).append(qid(row["capital"]))
    cities_query = Template(CITIES).safe_substitute(population=min_population)
    cities = {qid(row["city"]) for row in client.batches(cities_query, items(states), STATE_BATCH)}
    terms = _terms(client, states, since)
    holders = {term.holder for term in terms}
    offices = {term.office for term in terms}
    everything = seeds | states | cities | holders | offices
    everything |= {c for found in capitals.values() for c in found}
    known = fetch(client, everything)
    entities = _entity_rows(known, capitals, exclude=offices)
    roles = _role_rows(known, terms)
    queried = _iso(client.oldest)
    _write(
        folder,
        entities,
        roles,
        {"endpoint": client.endpoint, "queried": queried, "since": since},
    )
    return UpdateReport(folder, len(entities), len(roles), client.requests, queried)


def _terms(client: Client, states: set[str], since: int) -> list[_Term]:
    query = Template(OFFICES).safe_substitute(
        classes=" ".join(items(OFFICE_CLASSES)), since=f"{since:04d}"
    )
    return [
        _Term(
            qid(row["office"]),
            qid(row["state"]),
            qid(row["holder"]),
            _day(row.get("start")),
            _day(row.get("end")),
        )
        for row in client.batches(query, items(states), STATE_BATCH)
    ]


def _entity_rows(
    known: dict[str, Item], capitals: dict[str, list[str]], exclude: set[str]
) -> list[dict[str, str]]:
    rows = []
    for item in sorted(known.values(), key=lambda i: qid_order(i.qid)):
        if item.qid in exclude or item.kind is None or not item.label_ar:
            continue
        metonyms = [known[c].label_ar or "" for c in capitals.get(item.qid, []) if c in known]
        rows.append(
            {
                "qid": item.qid,
                "type": item.kind,
                "label_en": item.label_en or "",
                "label_ar": item.label_ar,
                "aliases_ar": _join([item.label_ar, *_names(item.aliases_ar)]),
                "metonyms_ar": _join(m for m in metonyms if m and item.kind == "state"),
                "verified": "wikidata",
                "countries": _join(sorted(item.countries, key=qid_order)),
                "sitelinks": str(item.sitelinks),
            }
        )
    return rows


def _role_rows(known: dict[str, Item], terms: list[_Term]) -> list[dict[str, str]]:
    titles = {
        office: _titles(known[office]) for office in {t.office for t in terms} if office in known
    }
    rows = []
    for term in terms:
        holder = known.get(term.holder)
        if not titles.get(term.office) or holder is None or not holder.label_ar:
            continue  # no Arabic title to find, or no Arabic name to show
        rows.append(
            {
                "role_en": known[term.office].label_en or term.office,
                "role_ar_examples": _join(titles[term.office]),
                "country_qid": term.state,
                "holder_en": holder.label_en or "",
                "holder_qid": holder.qid,
                "start": term.start,
                "end": term.end,
                "verified": "wikidata",
            }
        )
    return rows


def _titles(office: Item) -> list[str]:
    """How news names an office: its Arabic label and aliases.

    A name with a qualifier («رئيس الجمهورية (تركيا)») is left out: without it the name is
    generic, and a title that names no state must not resolve to one state's office holder.
    """
    names = [office.label_ar or "", *office.aliases_ar]
    return _names([name for name in names if name and "(" not in name])


def _names(names: list[str]) -> list[str]:
    """Names worth matching in text: distinct, and long enough not to be common words."""
    seen: dict[str, str] = {}
    for name in names:
        folded = normalize(name).replace(" ", "")
        if len(folded) >= MIN_ALIAS:
            seen.setdefault(folded, name)
    return list(seen.values())


def _join(parts: Iterable[str]) -> str:
    return "|".join(part.replace("|", " ").replace("\t", " ") for part in parts)


def _day(value: str | None) -> str:
    """The date of a WDQS dateTime (``2023-06-04T00:00:00Z``), or '' if absent or not a date."""
    if not value:
        return ""
    try:
        return datetime.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return ""


def _iso(timestamp: float | None) -> str:
    utc = datetime.timezone.utc
    moment = datetime.datetime.fromtimestamp(timestamp, utc) if timestamp else None
    return (moment or datetime.datetime.now(utc)).isoformat(timespec="seconds")


def _write(folder: Path, entities: list[dict], roles: list[dict], meta: dict[str, object]) -> None:
    """Write both tables and kb.json to a staging folder, then move each into place."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".staging-", dir=folder) as staging:
        staged = Path(staging)
        for name, columns, rows in zip(
            TABLES, (ENTITY_COLUMNS, ROLE_COLUMNS), (entities, roles), strict=True
        ):
            with (staged / name).open("w", encoding="utf-8", newline="") as out:
                writer = csv.DictWriter(out, columns, delimiter="\t", lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)
        meta = {**meta, "entities": len(entities), "roles": len(roles)}
        (staged / "kb.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        for name in (*TABLES, "kb.json"):
            os.replace(staged / name, folder / name)
