"""How long `kg load` takes into a real `oxigraph serve`, and how fast the saved queries answer
there and locally.

    python benchmarks/load_bench.py                      # a synthetic 1M-triple graph
    python benchmarks/load_bench.py --graph out/kg.ttl   # the built seed graph
    python benchmarks/load_bench.py --triples 200000 --repeat 5

The synthetic graph has the shape `kg build` writes (documents, entities, meetings, case
joinings and memberships with evidence and reified facts), so every saved query has answers;
it is written to a temporary file line by line, never built in memory. The server runs on
127.0.0.1 at a free port and is stopped at the end.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import TextIO

from timing import median_ms, peak_mb

from kg.queries import load_query
from kg.resources import saved_queries
from kg.serve import OxigraphServer
from kg.store.local import LocalStore
from kg.store.remote import RemoteStore

KG = "https://w3id.org/arabic-news-kg/ontology#"
ID = "https://w3id.org/arabic-news-kg/id/"
PREFIXES = """\
@prefix kg: <https://w3id.org/arabic-news-kg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
ENTITIES = 2_000  # states, persons, organisations, cities, cases; entity 0 is Hamas
DOCUMENTS = 5_000
KINDS = ["State", "Person", "Organization", "City", "LegalCase"]
TYPICAL_STATE = "Q1005"  # entity 5, a state drawn as often as any other


def _entity(out: TextIO, number: int) -> int:
    kind = "Organization" if number == 0 else KINDS[number % len(KINDS)]
    qid = "Q38799" if number == 0 else f"Q{1000 + number}"
    out.write(
        f'<{ID}entity/{qid}> a kg:{kind} ; rdfs:label "كيان {number}"@ar, "Entity {number}"@en ;'
        f' owl:sameAs wd:{qid} ; kg:linkStatus kg:Linked ; kg:linkSource "table" .\n'
    )
    return 6


def _document(out: TextIO, number: int) -> int:
    out.write(
        f'<{ID}doc/d{number}> a kg:Document ; kg:fileName "synthetic_{number:05d}.txt" ;'
        f' <http://purl.org/dc/terms/issued> "2025-{number % 12 + 1:02d}-01"^^xsd:date .\n'
    )
    return 3


def _of(kind: str, rng: random.Random) -> int:
    """A random entity of `kind` (entities cycle through KINDS), never entity 0 (Hamas)."""
    offset = KINDS.index(kind)
    return rng.randrange(1, ENTITIES // len(KINDS)) * len(KINDS) + offset


def _event(out: TextIO, number: int, rng: random.Random) -> int:
    """One extracted event with its evidence and its reified binary fact."""
    kind = ("Meeting", "Meeting", "Meeting", "CaseJoining", "Membership")[number % 5]
    a = 0 if number % 7 == 0 else _of("Person", rng)
    b = _of("State", rng)
    qid = {n: "Q38799" if n == 0 else f"Q{1000 + n}" for n in (a, b)}
    node, doc = f"<{ID}event/e{number}>", f"<{ID}doc/d{rng.randrange(DOCUMENTS)}>"
    date = f'"2025-{number % 12 + 1:02d}-{number % 28 + 1:02d}"^^xsd:date'
    confidence = f"0.{rng.randrange(50, 99)}"
    lines = [
        f'{node} a kg:{kind} ; rdfs:label "{kind} {number}"@en ; kg:participant'
        f" <{ID}entity/{qid[a]}>, <{ID}entity/{qid[b]}> ; kg:date {date} ;"
        f' kg:dateBasis "text" ; kg:confidence {confidence} ; kg:rule "synthetic" ;'
        f" kg:evidence <{ID}evidence/v{number}> ; prov:wasDerivedFrom {doc} .",
        f"<{ID}evidence/v{number}> a kg:Evidence ; prov:wasDerivedFrom {doc} ;"
        f' kg:sentence "جملة اصطناعية رقم {number} عن اجتماع"@ar ; kg:start {number % 900} ;'
        f" kg:end {number % 900 + 80} .",
    ]
    triples = 10 + 5
    relation, other = "met", _of("State", rng)
    if kind == "Meeting":
        lines.append(f"{node} kg:location <{ID}entity/Q{1000 + _of('City', rng)}> .")
        triples += 1
    elif kind == "CaseJoining":
        relation, other = "joinedCase", _of("LegalCase", rng)
        lines.append(f"{node} kg:legalCase <{ID}entity/Q{1000 + other}> .")
        triples += 1
    else:
        relation, other = "memberOf", _of("Organization", rng)
        lines.append(f"{node} kg:group <{ID}entity/Q{1000 + other}> .")
        triples += 1
    subject = f"<{ID}entity/{qid[a]}>" if relation == "met" else f"<{ID}entity/{qid[b]}>"
    target = f"<{ID}entity/{qid[b]}>" if relation == "met" else f"<{ID}entity/Q{1000 + other}>"
    lines.append(
        f"<{ID}fact/f{number}> a rdf:Statement ; rdf:subject {subject} ;"
        f" rdf:predicate kg:{relation} ; rdf:object {target} ; kg:event {node} ;"
        f" kg:confidence {confidence} ; kg:date {date} ."
    )
    out.write("\n".join(lines) + "\n")
    return triples + 7


def synthetic_graph(path: Path, triples: int, seed: int = 7) -> int:
    """Write a graph of about `triples` triples to `path`; return how many it holds."""
    rng = random.Random(seed)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(PREFIXES)
        for number in range(ENTITIES):
            written += _entity(out, number)
        for number in range(DOCUMENTS):
            written += _document(out, number)
        number = 0
        while written < triples:
            written += _event(out, number, rng)
            number += 1
    return written


def bench(graph: Path, repeat: int) -> None:
    size_mb = graph.stat().st_size / 1e6
    print(f"graph: {graph} ({size_mb:.1f} MB)")
    with OxigraphServer.running(port=0) as server:
        remote = RemoteStore(server.endpoints, timeout=3600)
        rss_before = peak_mb()
        report = remote.load(graph)
        print(
            f"kg load (POST into oxigraph serve): {report.seconds:.2f} s for "
            f"{report.triples} triples, {report.triples / report.seconds:,.0f} triples/s; "
            f"client peak RSS {rss_before:.0f} -> {peak_mb():.0f} MB"
        )
        replaced = remote.load(graph, replace=True)
        print(f"kg load --replace (PUT, graph already there): {replaced.seconds:.2f} s")

        started = time.perf_counter()
        local = LocalStore.from_turtle(graph)
        print(f"local load (pyoxigraph in memory): {time.perf_counter() - started:.2f} s")

        print(f"{'query':<22} {'rows':>7} {'remote ms':>10} {'local ms':>9}  (median of {repeat})")
        for name in saved_queries():
            text = load_query(name)
            rows = len(local.query(text).rows)
            assert remote.query(text).comparable() == local.query(text).comparable(), name
            remote_ms = median_ms(lambda text=text: remote.query(text), repeat)
            local_ms = median_ms(lambda text=text: local.query(text), repeat)
            print(f"{name:<22} {rows:>7} {remote_ms:>10.1f} {local_ms:>9.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="a Turtle file instead of a synthetic graph")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.graph:
        bench(args.graph, args.repeat)
        return
    with tempfile.TemporaryDirectory(prefix="kg-bench-graph-") as folder:
        graph = Path(folder) / "synthetic.ttl"
        started = time.perf_counter()
        triples = synthetic_graph(graph, args.triples)
        print(
            f"synthetic graph: {triples} triples written in {time.perf_counter() - started:.1f} s"
        )
        bench(graph, args.repeat)


if __name__ == "__main__":
    main()
