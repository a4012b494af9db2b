"""`kg kb update`: rebuild the local linking tables from Wikidata (or an endpoint shaped like it).

What is fetched, in bounded queries:
1. the items of the shipped table, and every sovereign state (P31 Q3624078);
2. the states' capitals (P36), which become cities and the states' metonyms;
3. the states' cities (P31/P279* Q515, P17) above a population threshold;
4. the organisations of kg/data/organisations.tsv that the shipped tables know without a QID,
   looked up by their exact Arabic and English names (`_organisations`);
5. people (P31 Q5) who held an office that applies to one of the states (P1001 or P17) and is
   a head of state, head of government or minister, or that heads one of the main intelligence
   services of organisations.tsv (P2388, P2389), in a term that had not ended by `since`: each
   P39 statement with its P580/P582 qualifiers is a row of the roles table (`TERM` says which
   statements count);
6. for all of these, Arabic and English labels, Arabic aliases, kind (P31/P279), country
   (P17/P27) and sitelinks.

The tables have the format of kg/data/*.tsv (plus ``countries``, ``sitelinks`` and
``found_as`` columns in entities, ``office_kind`` in roles), ``verified`` = ``wikidata``;
``kb.json`` beside them records the endpoint and when its answers were fetched. They are
replaced together only once every query has succeeded.
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from string import Template

from kg.errors import MalformedAnswer
from kg.kb import TABLES, KnowledgeBase, shipped_kb
from kg.normalize import has_control_characters, normalize
from kg.resources import data_path
from kg.tsv import read_rows
from kg.wikidata import Client, items, qid, qid_order
from kg.wikidata_items import Item, fetch, named

HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER = "Q48352", "Q2285706", "Q83307"
OFFICE_CLASSES = (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER)
PREFERRED = "http://wikiba.se/ontology#PreferredRank"
SINCE = 2000  # office terms that ended before this year are left out
MIN_POPULATION = 500_000
STATE_BATCH = 50  # states per office or city query: each fans out over many items
MIN_ALIAS = 3  # letters: shorter Arabic aliases are mostly words, not names

STATES = """
SELECT DISTINCT ?state WHERE { ?state wdt:P31 wd:Q3624078 } ORDER BY ?state"""

# A capital, a start or an end of "unknown value" is a blank node or a .well-known/genid IRI:
# left out, as if not given (a value the query asks for must be an item or a date).
CAPITALS = """
SELECT ?state ?capital WHERE {
  VALUES ?state { $items }
  ?state wdt:P36 ?capital .
  FILTER(STRSTARTS(STR(?capital), STR(wd:)))
} ORDER BY ?state ?capital"""

CITIES = """
SELECT DISTINCT ?city WHERE {
  VALUES ?state { $items }
  ?city wdt:P17 ?state ; wdt:P1082 ?population ; wdt:P31/wdt:P279* wd:Q515 .
  FILTER(?population >= $population)
} ORDER BY ?city"""

# One P39 statement of ?holder for ?office, with its dates and rank. A deprecated statement
# counts for nothing. A statement with neither start nor end is taken only when the person has
# no dated, undeprecated statement for that office (an old one included): "held it at some
# time" must not stand beside the dated terms it repeats, as if held for ever.
TERM = """
  ?holder p:P39 ?statement ; wdt:P31 wd:Q5 .
  ?statement ps:P39 ?office .
  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }
  OPTIONAL { ?statement wikibase:rank ?rank }
  OPTIONAL { ?statement pq:P580 ?start FILTER(isLiteral(?start)) }
  OPTIONAL { ?statement pq:P582 ?end FILTER(isLiteral(?end)) }
  FILTER(!BOUND(?end) || ?end >= "$since-01-01T00:00:00Z"^^xsd:dateTime)
  FILTER(BOUND(?start) || BOUND(?end) || NOT EXISTS {
    ?holder p:P39 ?dated .
    ?dated ps:P39 ?office .
    { ?dated pq:P580 ?when } UNION { ?dated pq:P582 ?when }
    FILTER NOT EXISTS { ?dated wikibase:rank wikibase:DeprecatedRank }
  })"""

OFFICES = (
    """
SELECT DISTINCT ?office ?state ?class ?holder ?statement ?start ?end ?rank WHERE {
  VALUES ?state { $items }
  VALUES ?class { $classes }
  ?office wdt:P1001|wdt:P17 ?state ; wdt:P31?/wdt:P279* ?class ."""
    + TERM
    + """
} ORDER BY ?office ?holder ?statement ?state ?class ?start ?end"""
)

# The office heading an intelligence service: the service's P2388, or the office's P2389.
CHIEFS = (
    """
SELECT DISTINCT ?agency ?office ?holder ?statement ?start ?end ?rank WHERE {
  VALUES ?agency { $items }
  { ?agency wdt:P2388 ?office } UNION { ?office wdt:P2389 ?agency }"""
    + TERM
    + """
} ORDER BY ?agency ?office ?holder ?statement ?start ?end"""
)

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
    "found_as",  # the English label of the organisations.tsv row whose names found the item
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
    "office_kind",  # the generated office the term is of (kg.offices.KINDS), or empty
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
    """One P39 statement: `holder` held `office` of `state` from `start` to `end` (ISO days)."""

    office: str
    state: str
    holder: str
    start: str
    end: str
    preferred: bool = False  # wikibase:PreferredRank
    classes: frozenset[str] = frozenset()  # which of OFFICE_CLASSES the office belongs to
    kind: str = ""  # the office kind, where the query itself says it (intelligence chiefs)


def update(
    client: Client,
    folder: Path,
    *,
    since: int = SINCE,
    min_population: int = MIN_POPULATION,
) -> UpdateReport:
    """Query `client`'s endpoint and write the linking tables to `folder`.

    Every value is checked first (QIDs, dates, counts as read; names by `_check_names`): one
    that is not what Wikidata holds rejects the update, and the tables in `folder` stay.
    """
    try:
        return _update(client, folder, since, min_population)
    except MalformedAnswer as error:
        raise MalformedAnswer(
            f"{client.shown} answered {error}: update rejected, the tables in {folder} are "
            "unchanged (once the endpoint answers well, run again with --refresh)"
        ) from None


def _update(client: Client, folder: Path, since: int, min_population: int) -> UpdateReport:
    base = shipped_kb()
    shipped = [entry.entity for entry in base.entries if entry.entity.qid]
    seeds = {entity.qid for entity in shipped if entity.qid}
    states = {qid(row["state"]) for row in client.pages(STATES)}
    states |= {entity.qid for entity in shipped if entity.type == "State" and entity.qid}
    capitals: dict[str, list[str]] = {}
    for row in client.batches(CAPITALS, items(states)):
        capitals.setdefault(qid(row["state"]), []).append(qid(row["capital"]))
    cities_query = Template(CITIES).safe_substitute(population=min_population)
    cities = {qid(row["city"]) for row in client.batches(cities_query, items(states), STATE_BATCH)}
    found, agencies, looked_up = _organisations(client, base)
    terms = _ranked(_terms(client, states, since) + _chiefs(client, agencies, since))
    holders = {term.holder for term in terms}
    offices = {term.office for term in terms}
    everything = seeds | states | cities | holders | offices
    everything |= {city for listed in capitals.values() for city in listed}
    rejected = set(looked_up) - set(found) - everything  # named alike, not the organisation
    known = looked_up | fetch(client, everything - set(looked_up))
    _check_names(known.values())
    entities = _entity_rows(known, capitals, exclude=offices | rejected, found=found)
    roles = _role_rows(known, terms)
    queried = _iso(client.oldest)
    _write(
        folder,
        entities,
        roles,
        {"endpoint": client.shown, "queried": queried, "since": since},
    )
    return UpdateReport(folder, len(entities), len(roles), client.requests, queried)


def _check_names(found: Iterable[Item]) -> None:
    """Refuse a name with control characters: a newline splits a table row, an escape sequence
    rewrites the terminal that prints it."""
    for item in found:
        for name in (*item.labels.values(), *item.aliases_ar):
            if has_control_characters(name):
                raise MalformedAnswer(f"the name {name!r} of {item.qid} (control characters)")


def _statement_query(template: str, since: int) -> str:
    return Template(template).safe_substitute(
        classes=" ".join(items(OFFICE_CLASSES)), since=f"{since:04d}"
    )


def _terms(client: Client, states: set[str], since: int) -> list[_Term]:
    """The terms of the heads of state and government and the ministers of `states`."""
    by_statement: dict[tuple[str, str], _Term] = {}
    for row in client.batches(_statement_query(OFFICES, since), items(states), STATE_BATCH):
        key = (row["statement"], row["state"])
        term = _term(row, qid(row["state"]))  # read every row: each value is checked
        term = by_statement.get(key, term)
        by_statement[key] = replace(term, classes=term.classes | {qid(row["class"])})
    return list(by_statement.values())


def _chiefs(client: Client, agencies: dict[str, str], since: int) -> list[_Term]:
    """The terms of the heads of `agencies` (QID → the QID of the state they serve)."""
    by_statement: dict[str, _Term] = {}
    for row in client.batches(_statement_query(CHIEFS, since), items(agencies)):
        state = agencies[qid(row["agency"])]
        by_statement.setdefault(row["statement"], _term(row, state, "intelligence-chief"))
    return list(by_statement.values())


def _term(row: dict[str, str], state: str, kind: str = "") -> _Term:
    return _Term(
        qid(row["office"]),
        state,
        qid(row["holder"]),
        _day(row.get("start")),
        _day(row.get("end")),
        preferred=row.get("rank") == PREFERRED,
        kind=kind,
    )


def _ranked(terms: list[_Term]) -> list[_Term]:
    """`terms` without the statements a preferred one overrides, and each term once.

    A person may hold one office twice: two statements, two terms. Two statements of one
    person for one office whose periods overlap tell one term two ways; where one of them has
    the preferred rank, the others overlapping it are dropped, as Wikidata's editors asked.
    """
    preferred: dict[tuple[str, str], list[_Term]] = {}
    for term in terms:
        if term.preferred:
            preferred.setdefault((term.holder, term.office), []).append(term)
    kept: dict[tuple[str, str, str, str, str], _Term] = {}
    for term in terms:
        rivals = preferred.get((term.holder, term.office), [])
        if term.preferred or not any(_overlap(term, rival) for rival in rivals):
            kept.setdefault((term.office, term.state, term.holder, term.start, term.end), term)
    return list(kept.values())


def _overlap(a: _Term, b: _Term) -> bool:
    """Whether two periods share a day ('' is an open end)."""
    return (a.start or "0000") < (b.end or "9999") and (b.start or "0000") < (a.end or "9999")


# An office whose English name says it is not the office itself: a deputy's, a minister of
# state's beside the minister, a spouse's.
_NOT_THE_OFFICE = re.compile(
    r"\b(deputy|vice|acting|assistant|shadow|spouse)\b|minister of state|state minister|first lady"
)
_GOVERNMENT_WORDS = re.compile(r"\b(prime minister|premier|chancellor)\b")


def _kind_of(term: _Term, office: Item | None) -> str:
    """The kind of generated office (kg.offices.KINDS) a term is of, or '' for none.

    Heads of state and of government are told by their Wikidata class (an office in both
    classes, such as a president who also heads the government, by its English name: head of
    state unless it says prime minister); ministers by their English name (foreign affairs,
    defence). A deputy's office is none of them.
    """
    if term.kind:
        return term.kind
    name = ((office.label_en if office else None) or "").lower()
    if _NOT_THE_OFFICE.search(name):
        return ""
    heads = [
        kind
        for cls, kind in (
            (HEAD_OF_STATE, "head-of-state"),
            (HEAD_OF_GOVERNMENT, "head-of-government"),
        )
        if cls in term.classes
    ]
    if len(heads) == 2:
        return heads[1] if _GOVERNMENT_WORDS.search(name) else heads[0]
    if heads:
        return heads[0]
    if MINISTER in term.classes:
        if re.search(r"\bforeign (affairs|minister)|\bexternal affairs", name):
            return "foreign-minister"
        if re.search(r"\bdefen[cs]e\b", name):
            return "defence-minister"
    return ""


def _organisations(
    client: Client, base: KnowledgeBase
) -> tuple[dict[str, str], dict[str, str], dict[str, Item]]:
    """Items for the organisations of organisations.tsv that `base` knows without a QID.

    A row's names (its Arabic label and aliases, its English label with and without a closing
    parenthesis) are looked up as exact labels and aliases (`_pick` says which item is the
    row's); an item two rows would take is neither's. Returns the items found (QID → the row's
    English label), the main intelligence services with a QID (QID → the QID of their state),
    and the candidates looked at (fetched, to tell their kind and country).
    """
    entities = {e.label_en: e for e in base.by_key.values() if e.type in ("Organization", "Group")}
    state_qids = {
        entry.country: entry.entity.qid
        for entry in base.entries
        if entry.entity.type == "State" and entry.country and entry.entity.qid
    }
    rows = read_rows(data_path("organisations.tsv"))
    wanted: dict[str, set[tuple[str, str]]] = {}  # English label → (name, language)
    for row in rows:
        entity = entities.get(row["label_en"])
        if (entity is not None and entity.qid) or row["state"] not in {"", *state_qids}:
            continue  # known already, or of a state kg cannot tell
        english = {row["label_en"], re.sub(r"\s*\([^)]*\)$", "", row["label_en"])}
        arabic = {row["label_ar"], *row["aliases_ar"].split("|")}
        wanted[row["label_en"]] = {(n, "en") for n in english} | {(n, "ar") for n in arabic if n}
    carriers: dict[tuple[str, str], dict[str, str]] = {}  # (name, language) → item → how
    for item, name, lang, how in named(client, {n for names in wanted.values() for n in names}):
        carried = carriers.setdefault((name, lang), {})
        carried[item] = "label" if how == "label" else carried.get(item, how)
    looked_up = fetch(client, {item for carried in carriers.values() for item in carried})
    chosen: dict[str, str] = {}  # English label → QID
    for row in rows:
        names = wanted.get(row["label_en"], set())
        pick = _pick(
            [carriers.get(name, {}) for name in names], looked_up, state_qids.get(row["state"])
        )
        if pick is not None:
            chosen[row["label_en"]] = pick
    taken = Counter(chosen.values())
    shipped_qids = {e.qid for e in base.by_key.values() if e.qid}
    found = {q: label for label, q in chosen.items() if taken[q] == 1 and q not in shipped_qids}
    services = {label: q for q, label in found.items()}
    agencies: dict[str, str] = {}
    for row in rows:
        entity = entities.get(row["label_en"])
        service = (entity.qid if entity else None) or services.get(row["label_en"])
        if row["main_intelligence"] == "yes" and service and row["state"] in state_qids:
            agencies[service] = state_qids[row["state"]]
    return found, agencies, looked_up


def _pick(carried: list[dict[str, str]], known: dict[str, Item], state: str | None) -> str | None:
    """The one organisation (of `state`, when given) that carries a row's names: `carried` is,
    per name, item → "label" or "alias". When several do, the one that has a name as its label;
    None when that is not one either."""
    matches: dict[str, str] = {}
    for items_of_name in carried:
        for item, how in items_of_name.items():
            matches[item] = "label" if how == "label" else matches.get(item, how)
    fits = [
        item
        for item in sorted(matches, key=qid_order)
        if known[item].kind == "organisation" and (state is None or state in known[item].countries)
    ]
    labelled = [item for item in fits if matches[item] == "label"]
    pick = labelled if labelled else fits
    return pick[0] if len(pick) == 1 else None


def _entity_rows(
    known: dict[str, Item],
    capitals: dict[str, list[str]],
    exclude: set[str],
    found: dict[str, str],
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
                "found_as": found.get(item.qid, ""),
            }
        )
    return rows


def _role_rows(known: dict[str, Item], terms: list[_Term]) -> list[dict[str, str]]:
    """One row a term, with the office's Arabic titles and the kind of office it is.

    A term is kept when its office has an Arabic title or is of a kind kg generates titles for
    (the build gives it the titles of the state's office of that kind), and its holder has an
    Arabic name.
    """
    titles = {
        office: _titles(known[office]) for office in {t.office for t in terms} if office in known
    }
    rows = []
    for term in terms:
        holder = known.get(term.holder)
        kind = _kind_of(term, known.get(term.office))
        if not (titles.get(term.office) or kind) or holder is None or not holder.label_ar:
            continue  # no title to find, or no Arabic name to show
        office = known.get(term.office)
        rows.append(
            {
                "role_en": (office.label_en if office else None) or term.office,
                "role_ar_examples": _join(titles.get(term.office, [])),
                "country_qid": term.state,
                "holder_en": holder.label_en or "",
                "holder_qid": holder.qid,
                "start": term.start,
                "end": term.end,
                "verified": "wikidata",
                "office_kind": kind,
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
    """The date of a WDQS dateTime (``2023-06-04T00:00:00Z``), or '' if absent; a value that is
    not a date raises `MalformedAnswer` (read as '', it would make a term open-ended)."""
    if not value:
        return ""
    try:
        return datetime.datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        raise MalformedAnswer(f"the date {value!r} (not an ISO date)") from None


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
