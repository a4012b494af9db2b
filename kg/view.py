"""`kg view`: one self-contained HTML page that draws the built graph for an analyst.

A page that needs no server, so that it opens from disk, can be mailed or kept beside the
graph, and fetches nothing when it opens (`kg serve` also serves it, at /view): the graph is
read with SPARQL (pyoxigraph, from the build's on-disk store when it is fresh), turned into one
JSON payload, and inlined with d3 (installed from npm by scripts/setup.sh, ISC licence) and the
page's own script and style (kg/data/view/) into the template kg/data/view/view.html.

What the page draws:
- nodes: the actors (kg:Person, kg:State, kg:Organization, kg:Group) that take part
  (kg:participant) in a kg:Meeting of the view, sized by the number of events of the view they
  are involved in (as participant, convener or group);
- edges: every pair of actors that take part in the same meeting; an edge is "met" when a
  kg:met fact of one of its meetings states the pair, and drawn dashed otherwise (a call, a
  plan, or a meeting of many where the text says nothing of who met whom);
- a timeline of every event of the view at its kg:date.
Clicking shows the facts with their evidence sentences, date, place, confidence, source file,
and the Wikidata link. `--actor` (resolved as `kg query who-met --actor` resolves it) keeps
the events the actor is involved in; `--from`/`--to` keep the events whose dates overlap the
range (undated events are then left out).
"""

from __future__ import annotations

import calendar
import datetime
import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Protocol

from kg.errors import QueryParameterError, ViewAssetsMissing
from kg.files import write_atomically
from kg.namespaces import PREFIXES
from kg.parameters import Parameter, date_value, entities_query, known_entities, resolve
from kg.resources import data_path
from kg.results import QueryResult, compact_iri
from kg.schema import ACTORS, ENTITY_TYPES, EVENT_KINDS
from kg.store.local import LocalStore

VIEW_DIR = data_path("view")
D3_DIR = VIEW_DIR / "node_modules" / "d3"
WIKIDATA_PAGE = "https://www.wikidata.org/wiki/"

# Roles through which an event involves an actor (a membership names its group by kg:group).
ROLES = ("participant", "convener", "group")

_TYPE_ORDER = list(ENTITY_TYPES)
_SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def _values(names: list[str]) -> str:
    return " ".join(f"kg:{name}" for name in names)


ENTITIES_QUERY = f"""
SELECT ?entity ?type ?ar ?en ?wikidata WHERE {{
  VALUES ?type {{ {_values(list(ENTITY_TYPES))} }}
  ?entity a ?type .
  OPTIONAL {{ ?entity rdfs:label ?ar FILTER(LANG(?ar) = "ar") }}
  OPTIONAL {{ ?entity rdfs:label ?en FILTER(LANGMATCHES(LANG(?en), "en")) }}
  OPTIONAL {{ ?entity owl:sameAs ?wikidata FILTER(STRSTARTS(STR(?wikidata), STR(wd:))) }}
}}
"""

EVENTS_QUERY = f"""
SELECT ?event ?kind ?label ?date ?endDate ?basis ?confidence ?modality ?place WHERE {{
  VALUES ?kind {{ {_values(list(EVENT_KINDS))} }}
  ?event a ?kind .
  OPTIONAL {{ ?event rdfs:label ?label }}
  OPTIONAL {{ ?event kg:date ?date }}
  OPTIONAL {{ ?event kg:endDate ?endDate }}
  OPTIONAL {{ ?event kg:dateBasis ?basis }}
  OPTIONAL {{ ?event kg:confidence ?confidence }}
  OPTIONAL {{ ?event kg:modality ?modality }}
  OPTIONAL {{ ?event kg:location ?place }}
}}
"""

ROLES_QUERY = f"""
SELECT DISTINCT ?event ?role ?actor WHERE {{
  VALUES ?role {{ {_values(list(ROLES))} }}
  VALUES ?type {{ {_values(sorted(ACTORS))} }}
  ?event ?role ?actor .
  ?actor a ?type .
}}
"""

EVIDENCE_QUERY = """
SELECT ?event ?sentence ?start ?end ?file ?title WHERE {
  ?event kg:evidence ?evidence .
  OPTIONAL { ?evidence kg:sentence ?sentence }
  OPTIONAL { ?evidence kg:start ?start }
  OPTIONAL { ?evidence kg:end ?end }
  OPTIONAL {
    ?evidence prov:wasDerivedFrom ?document .
    OPTIONAL { ?document kg:fileName ?file }
    OPTIONAL { ?document dcterms:title ?title }
  }
}
"""

FACTS_QUERY = """
SELECT ?event ?subject ?predicate ?object ?confidence ?date WHERE {
  ?fact a rdf:Statement ;
    rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ;
    kg:event ?event .
  OPTIONAL { ?fact kg:confidence ?confidence }
  OPTIONAL { ?fact kg:date ?date }
}
"""


@dataclass
class GraphModel:
    """What the page needs of a graph, keyed by the compact IRIs `kg query` prints."""

    entities: dict[str, dict[str, Any]]
    events: dict[str, dict[str, Any]]
    # event → role → actors, e.g. {"kgr:event/meeting-…": {"participant": [...]}}
    roles: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def involved(self, event: str) -> set[str]:
        """The actors `event` involves, in any role."""
        return {actor for actors in self.roles.get(event, {}).values() for actor in actors}


class Queryable(Protocol):
    """Where the page's graph is read: the local store (`kg view`) or the SPARQL server
    `kg serve` runs, so that its page shows what it serves."""

    def query(self, text: str) -> QueryResult: ...


@dataclass(frozen=True)
class ViewReport:
    """What `write_view` drew, for the command's summary line."""

    output: Path
    actors: int
    edges: int
    events: int


def _rows(store: Queryable, query: str) -> list[dict[str, str | None]]:
    result = store.query(_SPARQL_PREFIXES + query)
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def _least(*values: str | None) -> str | None:
    """The least of the values given: one answer whatever order the engine lists rows in."""
    return min((value for value in values if value is not None), default=None)


_EVENT_VALUES = ("label", "date", "endDate", "basis", "confidence", "modality")


def read_graph(store: Queryable) -> GraphModel:
    """Read entities, events, their actors, evidence and facts from `store` by SPARQL.

    The queries have no ORDER BY (on a million triples, sorting costs the engine several
    times what answering does); what the page lists is sorted here."""
    entities: dict[str, dict[str, Any]] = {}
    for row in _rows(store, ENTITIES_QUERY):
        kind = row["type"].removeprefix("kg:")
        entity = entities.setdefault(
            row["entity"], {"type": kind, "ar": None, "en": None, "qid": None}
        )
        if _TYPE_ORDER.index(kind) < _TYPE_ORDER.index(entity["type"]):
            entity["type"] = kind  # one type per entity: the first of kg.schema's order
        for key in ("ar", "en"):
            entity[key] = _least(entity[key], row[key])
        if row["wikidata"]:
            entity["qid"] = _least(entity["qid"], row["wikidata"].removeprefix("wd:"))
    events: dict[str, dict[str, Any]] = {}
    for row in _rows(store, EVENTS_QUERY):
        event = events.setdefault(
            row["event"],
            {"kind": row["kind"].removeprefix("kg:"), "places": [], "evidence": [], "facts": []},
        )
        for key in _EVENT_VALUES:
            event[key] = _least(event.get(key), row[key])
        if row["place"] and row["place"] not in event["places"]:
            event["places"].append(row["place"])
    roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(store, ROLES_QUERY):
        if row["event"] in events:
            roles[row["event"]][row["role"].removeprefix("kg:")].append(row["actor"])
    for row in _rows(store, EVIDENCE_QUERY):
        if row["event"] in events:
            events[row["event"]]["evidence"].append(
                {key: row[key] for key in ("sentence", "start", "end", "file", "title")}
            )
    for row in _rows(store, FACTS_QUERY):
        if row["event"] in events:
            fact = {key: row[key] for key in ("subject", "object", "confidence", "date")}
            fact["predicate"] = row["predicate"].removeprefix("kg:")
            events[row["event"]]["facts"].append(fact)
    for event in events.values():
        event["places"].sort()
        event["evidence"].sort(key=lambda e: (e["file"] or "", int(e["start"] or 0), str(e)))
        event["facts"].sort(key=lambda f: (f["predicate"], f["subject"], f["object"], str(f)))
    ordered = {
        event: {role: sorted(actors) for role, actors in sorted(by_role.items())}
        for event, by_role in roles.items()
    }
    return GraphModel(entities, events, ordered)


# ---------------------------------------------------------------- filters


_DATE = re.compile(r"(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?(?:Z|[+-]\d{2}:\d{2})?")


def date_span(value: str | None) -> tuple[datetime.date, datetime.date] | None:
    """First and last day of a date, a month (xsd:gYearMonth) or a year (xsd:gYear); None
    for no date or one this calendar cannot place."""
    match = _DATE.fullmatch(value or "")
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if day is not None:
            first = last = datetime.date(year, month, day)
        elif month is not None:
            first = datetime.date(year, month, 1)
            last = first.replace(day=calendar.monthrange(year, month)[1])
        else:
            first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:
        return None
    return first, last


FROM = Parameter("from", "date", "the first day of the events drawn")
TO = Parameter("to", "date", "the last day of the events drawn")
ACTOR = Parameter("actor", "actor", "the actor whose events are drawn")


def date_bound(parameter: Parameter, value: str | None, last: bool) -> datetime.date | None:
    """The first (`last` False) or last day of a `--from`/`--to` value, checked as `kg query`
    checks its date parameters."""
    if value is None:
        return None
    span = date_span(date_value(parameter, value).value)
    if span is None:
        raise QueryParameterError(f"--{parameter.name} {value!r} is no day of the calendar")
    return span[1] if last else span[0]


def event_span(event: dict[str, Any]) -> tuple[datetime.date, datetime.date] | None:
    """The days an event covers: from its kg:date to its kg:endDate (or to the end of its
    kg:date when it has none)."""
    start = date_span(event["date"])
    if start is None:
        return None
    end = date_span(event["endDate"])
    return start[0], max(start[1], end[1]) if end else start[1]


def resolve_actor(store: Queryable, name: str) -> str:
    """The actor `name` designates, resolved as `kg query who-met --actor` resolves it (any
    spelling kg folds, an English label, a name of kg's knowledge base, a QID)."""
    entities = known_entities(store.query(entities_query("actor")).rows)
    return compact_iri(resolve(ACTOR, name, entities).value)


def events_in_view(
    model: GraphModel,
    actor: str | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> dict[str, dict[str, Any]]:
    """The events involving `actor` (any, if None) whose dates overlap [`start`, `end`] (an
    undated event only when neither bound is given), with their roles and span of days."""
    events: dict[str, dict[str, Any]] = {}
    for iri, event in model.events.items():
        if actor is not None and actor not in model.involved(iri):
            continue
        span = event_span(event)
        bounded = start is not None or end is not None
        if bounded and (span is None or (start and span[1] < start) or (end and span[0] > end)):
            continue
        events[iri] = {**event, "id": iri, "roles": model.roles.get(iri, {})}
        if span:
            events[iri]["span"] = [span[0].isoformat(), span[1].isoformat()]
    # Oldest first, undated last: the order the panels list an actor's or a pair's events in.
    return dict(sorted(events.items(), key=lambda item: (item[1].get("span", ["~"]), item[0])))


def network(
    model: GraphModel, events: dict[str, dict[str, Any]], actor: str | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The nodes (the meetings' participants, and `actor`) with the events each is involved
    in, and the edges (pairs of participants of a meeting) with their meetings."""
    drawn = {actor} if actor else set()
    for event in events.values():
        if event["kind"] == "Meeting":
            drawn.update(event["roles"].get("participant", []))
    nodes = {iri: {"id": iri, "events": [], "focus": iri == actor} for iri in drawn}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for iri, event in events.items():
        for member in sorted(model.involved(iri) & drawn):
            nodes[member]["events"].append(iri)
        if event["kind"] != "Meeting":
            continue
        stated = {
            frozenset((fact["subject"], fact["object"]))
            for fact in event["facts"]
            if fact["predicate"] == "met"
        }
        for pair in combinations(sorted(set(event["roles"].get("participant", []))), 2):
            edge = edges.setdefault(
                pair,
                {"id": "|".join(pair), "source": pair[0], "target": pair[1], "met": False},
            )
            edge.setdefault("meetings", []).append(iri)
            edge["met"] = edge["met"] or frozenset(pair) in stated
    return [nodes[iri] for iri in sorted(nodes)], [edges[pair] for pair in sorted(edges)]


def select_view(
    model: GraphModel,
    actor: str | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> dict[str, Any]:
    """The page's payload: the events of the view, the network they make, and the labels of
    everything they mention."""
    events = events_in_view(model, actor, start, end)
    nodes, edges = network(model, events, actor)
    mentioned = {node["id"] for node in nodes}
    for iri, event in events.items():
        mentioned.update(event["places"], model.involved(iri))
        for fact in event["facts"]:
            mentioned.update((fact["subject"], fact["object"]))
    return {
        "types": sorted(ACTORS, key=_TYPE_ORDER.index),
        "entities": {iri: model.entities[iri] for iri in sorted(mentioned & set(model.entities))},
        "nodes": nodes,
        "edges": edges,
        "events": events,
        "wikidata": WIKIDATA_PAGE,
    }


# ---------------------------------------------------------------- the page


@dataclass(frozen=True)
class Library:
    """The JavaScript library the page inlines, with what its licence asks to keep."""

    name: str
    version: str
    licence: str
    notice: str
    source: str

    @classmethod
    def d3(cls, folder: Path = D3_DIR) -> Library:
        """d3 as scripts/setup.sh installs it in `folder` (npm ci in kg/data/view/)."""
        script = folder / "dist" / "d3.min.js"
        if not script.is_file():
            raise ViewAssetsMissing(
                f"d3 is not installed ({script} is missing): run scripts/setup.sh, "
                f"or `npm ci --prefix {VIEW_DIR}`"
            )
        package = json.loads((folder / "package.json").read_text(encoding="utf-8"))
        return cls(
            name="d3",
            version=package["version"],
            licence=package["license"],
            notice=(folder / "LICENSE").read_text(encoding="utf-8"),
            source=script.read_text(encoding="utf-8"),
        )


def _json_in_html(payload: dict[str, Any]) -> str:
    """JSON for a <script type="application/json"> element: no text of the graph can close
    the element or open a comment, whatever it holds."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_page(payload: dict[str, Any], title: str, library: Library) -> str:
    """The page: the template with the payload, the library and kg's script and style inlined."""
    notice = f"{library.name} {library.version}, {library.licence} licence:\n{library.notice}"
    parts = {
        "title": html.escape(title),
        "licence": notice.replace("--", "- -"),
        "style": (VIEW_DIR / "view.css").read_text(encoding="utf-8"),
        "data": _json_in_html(payload),
        "library": library.source,
        "script": (VIEW_DIR / "view.js").read_text(encoding="utf-8"),
    }
    template = (VIEW_DIR / "view.html").read_text(encoding="utf-8")
    # One pass, so that nothing inlined is read as a placeholder.
    return re.sub(r"\{\{(\w+)\}\}", lambda match: parts[match.group(1)], template)


def view_page(
    store: Queryable,
    name: str,
    actor: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> tuple[str, dict[str, Any]]:
    """The page of the graph in `store` (named `name` in its title), restricted to `actor`'s
    events and to the dates from `start` to `end`, and the payload it draws."""
    first, last = date_bound(FROM, start, last=False), date_bound(TO, end, last=True)
    if first and last and first > last:
        raise QueryParameterError(f"--from {start} is after --to {end}")
    library = Library.d3()
    focus = resolve_actor(store, actor) if actor is not None else None
    payload = select_view(read_graph(store), focus, first, last)
    scope = [f"actor {actor}"] if actor else []
    scope += [f"from {start}"] if start else []
    scope += [f"to {end}"] if end else []
    payload["title"] = f"kg view: {name}" + (f" ({', '.join(scope)})" if scope else "")
    return render_page(payload, payload["title"], library), payload


def write_view(
    graph: Path,
    output: Path,
    actor: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> ViewReport:
    """Write the page of `view_page` for the Turtle file `graph` to `output`, atomically."""
    page, payload = view_page(LocalStore.from_turtle(graph), graph.name, actor, start, end)
    write_atomically(output, lambda out: out.write(page.encode("utf-8")))
    return ViewReport(output, len(payload["nodes"]), len(payload["edges"]), len(payload["events"]))
