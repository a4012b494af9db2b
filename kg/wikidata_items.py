"""What kg needs to know about Wikidata items: names, kind, country, and how well known they are.

Shared by `kg kb update` (which writes these facts to the local tables) and `kg link --online`
(which scores candidates with them). Kinds come from P31 and the P279 class tree; a state is
also an organisation in some modellings, so an item takes the first kind of `KINDS` it has.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from string import Template

from kg.errors import MalformedAnswer
from kg.wikidata import Client, arabic, items, literal, qid

# kg's entity types (the TSV spelling) and the Wikidata classes they stand for, first wins.
KINDS: dict[str, tuple[str, ...]] = {
    "person": ("Q5",),  # human
    "state": ("Q3624078", "Q6256"),  # sovereign state, country
    "city": ("Q515",),  # city, and its subclasses
    "organisation": ("Q43229",),  # organization, and its subclasses
}

NAMES = """
SELECT ?item ?name ?how (LANG(?name) AS ?lang) WHERE {
  VALUES ?item { $items }
  { ?item rdfs:label ?name BIND("label" AS ?how) }
  UNION { ?item skos:altLabel ?name BIND("alias" AS ?how) }
  FILTER(LANG(?name) IN ("ar", "en"))
} ORDER BY ?item ?how ?name"""

CLASSES = Template("""
SELECT DISTINCT ?item ?kind WHERE {
  VALUES ?item { $items }
  VALUES (?class ?kind) { $classes }
  ?item wdt:P31/wdt:P279* ?class .
} ORDER BY ?item ?kind""").safe_substitute(
    classes=" ".join(f'(wd:{c} "{kind}")' for kind, classes in KINDS.items() for c in classes)
)

# A country of "unknown value" is a blank node or a .well-known/genid IRI: not an item, left out.
CONTEXT = """
SELECT ?item ?country ?sitelinks WHERE {
  VALUES ?item { $items }
  OPTIONAL { ?item wdt:P17|wdt:P27 ?country FILTER(STRSTARTS(STR(?country), STR(wd:))) }
  OPTIONAL { ?item wikibase:sitelinks ?sitelinks }
} ORDER BY ?item ?country"""

# Lexemes, their forms and properties carry labels too; only items (wd:Q…) are candidates.
NAMED = """
SELECT DISTINCT ?item ?name ?how (LANG(?name) AS ?lang) WHERE {
  VALUES ?name { $items }
  { ?item rdfs:label ?name BIND("label" AS ?how) }
  UNION { ?item skos:altLabel ?name BIND("alias" AS ?how) }
  FILTER(STRSTARTS(STR(?item), STR(wd:Q)))
} ORDER BY ?item ?name ?how"""

SEARCH = """
SELECT DISTINCT ?item WHERE {
  VALUES ?name { $items }
  ?item rdfs:label|skos:altLabel ?name .
  FILTER(STRSTARTS(STR(?item), STR(wd:Q)))
} ORDER BY ?item"""


@dataclass
class Item:
    """One Wikidata item as kg uses it."""

    qid: str
    labels: dict[str, str] = field(default_factory=dict)  # language → rdfs:label
    aliases_ar: list[str] = field(default_factory=list)  # skos:altLabel @ar
    kinds: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)  # P17 country, P27 citizenship
    sitelinks: int = 0

    @property
    def kind(self) -> str | None:
        return next((kind for kind in KINDS if kind in self.kinds), None)

    @property
    def label_ar(self) -> str | None:
        return self.labels.get("ar")

    @property
    def label_en(self) -> str | None:
        return self.labels.get("en")


def fetch(client: Client, qids: Iterable[str]) -> dict[str, Item]:
    """Names, kinds, countries and sitelinks of `qids`, in three batched queries.

    Names are kept as answered (`kg kb update` refuses one with control characters, `kg link`
    shows it cleaned); a QID or a count that is not one raises `MalformedAnswer`.
    """
    found = {key: Item(key) for key in qids}
    terms = items(found)
    for row in client.batches(NAMES, terms):
        item = _asked(found, row["item"])
        if row["how"] == "label":
            item.labels[row["lang"]] = row["name"]
        elif row["lang"] == "ar" and row["name"] not in item.aliases_ar:
            item.aliases_ar.append(row["name"])
    for row in client.batches(CLASSES, terms):
        _asked(found, row["item"]).kinds.add(row["kind"])
    for row in client.batches(CONTEXT, terms):
        item = _asked(found, row["item"])
        if "country" in row:
            item.countries.add(qid(row["country"]))
        if "sitelinks" in row:
            item.sitelinks = _count(row["sitelinks"], item.qid)
    return found


def _asked(found: dict[str, Item], iri: str) -> Item:
    """The item of `found` an answer row is about; an item nobody asked about is malformed."""
    item = found.get(qid(iri))
    if item is None:
        raise MalformedAnswer(f"{iri!r}, an item it was not asked about")
    return item


def _count(value: str, item: str) -> int:
    try:
        return int(float(value))
    except (ValueError, OverflowError):
        raise MalformedAnswer(f"the sitelink count {value!r} of {item} (not a number)") from None


def search(client: Client, names: Iterable[str]) -> set[str]:
    """Items whose Arabic label or alias is exactly one of `names`."""
    return {qid(row["item"]) for row in client.batches(SEARCH, [arabic(n) for n in names])}


def named(client: Client, names: Iterable[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """(item, name, language, "label" or "alias") for every item carrying one of `names`
    ((text, language) pairs) as its exact label or alias."""
    terms = [literal(text, lang) for text, lang in names]
    return [
        (qid(row["item"]), row["name"], row["lang"], row["how"])
        for row in client.batches(NAMED, terms)
    ]
