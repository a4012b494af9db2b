"""Parameters of saved queries: declared in the query's comment header, resolved to RDF terms,
and bound without ever pasting text into the query.

A saved query declares what it takes in its header, one line per parameter::

    # @param actor actor: the actor whose meetings are listed

(``@param NAME KIND: what it means``); the query uses ``?NAME``. Kinds:

- ``actor``: a person, state, organisation or group of the graph, given as a label in any
  spelling kg folds (hamza, ta marbuta, diacritics, the article ال), an English label, a name
  kg's knowledge base knows for a linked entity («حماس» for «حركة المقاومة الإسلامية»), or a
  Wikidata ID (``Q38799``);
- ``place``: a city, territory or other place of the graph, given the same ways;
- ``date``: a day, month or year (``2025-03-10``, ``2025-03``, ``2025``), bound as a string
  the query compares with the start of ``STR(?date)``.

A parameter the user leaves out stays unbound (the query says what that means, e.g. no lower
bound). The values are bound as typed RDF terms in a ``VALUES`` block that opens the query's
WHERE clause, the same way on the local store and on a remote endpoint, so both answer alike.
(pyoxigraph's own ``substitutions`` would do locally, but it needs every parameter among the
projected columns; and a ``VALUES`` block at the end of a query is joined only after the
WHERE clause's FILTERs ran, so a date bound there would filter nothing.)
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import pyoxigraph as ox

from kg.errors import MalformedQuery, QueryParameterError
from kg.namespaces import WD
from kg.normalize import name_key
from kg.schema import ACTORS, ENTITY_TYPES, PLACES
from kg.wikidata import QID

Kind = Literal["actor", "place", "date"]
KINDS: dict[str, frozenset[str]] = {"actor": ACTORS, "place": PLACES, "date": frozenset()}
_DECLARATION = re.compile(r"^#\s*@param\s+([A-Za-z_]\w*)\s+(\w+)\s*:\s*(.+?)\s*$")
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


@dataclass(frozen=True)
class Parameter:
    """One declared parameter: the option and variable `name`, its kind, what it means."""

    name: str
    kind: Kind
    about: str


def declared(text: str, origin: str = "query") -> list[Parameter]:
    """The parameters the header comment of `text` declares."""
    found = []
    for line in text.splitlines():
        match = _DECLARATION.match(line.strip())
        if not match:
            continue
        name, kind, about = match.groups()
        if kind not in KINDS:
            raise MalformedQuery(
                f"{origin} declares @param {name} of unknown kind {kind!r}: use one of "
                f"{', '.join(KINDS)}"
            )
        found.append(Parameter(name, kind, about))  # type: ignore[arg-type]
    return found


def summary(text: str) -> str:
    """The first line of the header comment: what the query answers."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#") and not _DECLARATION.match(stripped):
            return stripped.lstrip("#").strip()
        if stripped and not stripped.startswith("#"):
            break
    return ""


@dataclass(frozen=True)
class KnownEntity:
    """An entity of the graph a parameter may name: its IRI, labels and Wikidata ID."""

    iri: str
    labels: tuple[str, ...]
    qid: str | None


def entities_query(kind: Kind) -> str:
    """SPARQL listing the entities of `kind` with their labels and Wikidata links."""
    types = " ".join(f"<{ENTITY_TYPES[name].iri}>" for name in sorted(KINDS[kind]))
    # IRIs as strings: result rows show IRIs compacted for reading, and resolution needs them whole
    return (
        "SELECT (STR(?entity) AS ?iri) ?label (STR(?same) AS ?wikidata) WHERE { "
        f"VALUES ?type {{ {types} }} ?entity a ?type ; <{_RDFS_LABEL}> ?label . "
        f"OPTIONAL {{ ?entity <{_OWL_SAME_AS}> ?same }} }}"
    )


_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


def known_entities(rows: Iterable[Iterable[str | None]]) -> list[KnownEntity]:
    """Entities from the rows (entity IRI, label, sameAs IRI) of `entities_query`."""
    labels: dict[str, list[str]] = {}
    qids: dict[str, str | None] = {}
    for iri, label, same in rows:
        labels.setdefault(iri, [])
        if label and label not in labels[iri]:
            labels[iri].append(label)
        if same and same.startswith(str(WD)):
            qids[iri] = same.removeprefix(str(WD))
        else:
            qids.setdefault(iri, None)
    return [KnownEntity(iri, tuple(names), qids[iri]) for iri, names in labels.items()]


def resolve(parameter: Parameter, value: str, entities: Iterable[KnownEntity]) -> ox.NamedNode:
    """The entity `value` names: by Wikidata ID, English label (any case) or folded Arabic
    label; an unknown or ambiguous name is a one-line error listing the closest names."""
    candidates = list(entities)
    wanted = value.strip()
    if QID.fullmatch(wanted):
        found = [entity for entity in candidates if entity.qid == wanted]
    else:
        key = name_key(wanted)
        found = [e for e in candidates if any(name_key(label) == key for label in e.labels)]
        if not found:  # a name the graph does not spell, e.g. «حماس» for «حركة المقاومة الإسلامية»
            from kg.kb import default_kb  # the world tables load only for such a name

            qids = {entity.qid for entity in default_kb().named(wanted) if entity.qid}
            found = [entity for entity in candidates if entity.qid in qids]
    if len(found) == 1:
        return ox.NamedNode(found[0].iri)
    if found:
        names = ", ".join(sorted(f"{e.labels[0]} <{e.iri}>" for e in found))
        raise QueryParameterError(
            f"--{parameter.name} {value!r} names {len(found)} entities: {names}"
        )
    raise QueryParameterError(
        f"no {parameter.kind} {value!r} in the graph"
        + _closest(wanted, [label for entity in candidates for label in entity.labels])
    )


def _closest(value: str, labels: list[str]) -> str:
    by_fold = {name_key(label): label for label in labels}
    close = difflib.get_close_matches(name_key(value), list(by_fold), n=5, cutoff=0.6)
    if not close:
        return ""
    return ": closest known names: " + ", ".join(by_fold[name] for name in close)


def date_value(parameter: Parameter, value: str) -> ox.Literal:
    """A date parameter as a string literal, checked to be a day, a month or a year."""
    if not _DATE.match(value.strip()):
        raise QueryParameterError(
            f"--{parameter.name} {value!r} is not a date: write 2025, 2025-03 or 2025-03-10"
        )
    return ox.Literal(value.strip())


# What a scan for the WHERE clause steps over: comments, strings and IRIs (which may hold «#»,
# «{» or «WHERE»). A «<» that opens no IRI is the less-than operator, read as any character.
_SKIPPED = re.compile(
    r"#[^\n]*"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
)
_WHERE = re.compile(r"(?i)\bWHERE\s*\{")


def with_values(text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal], origin: str) -> str:
    """`text` with a ``VALUES`` block binding each variable to its term, placed first in the
    WHERE clause so that every pattern and FILTER of the query sees the values. pyoxigraph
    writes the terms in N-Triples syntax, so no value can change the query's structure, and
    nothing else of the text changes."""
    if not bindings:
        return text
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(str(term) for term in bindings.values())
    block = f" VALUES ({names}) {{ ({terms}) }} "
    position = 0
    while position < len(text):
        skipped = _SKIPPED.match(text, position)
        if skipped:
            position = skipped.end()
            continue
        where = _WHERE.match(text, position)
        if where:
            return text[: where.end()] + block + text[where.end() :]
        position += 1
    raise MalformedQuery(f"{origin} takes parameters but has no WHERE {{ … }} to bind them in")
