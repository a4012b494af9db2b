"""Audit the precision of reported meetings: draw a sample from a built graph, then score it.

    python scripts/meeting_audit.py draw --graph audit.ttl --corpus benchmarks/corpus/train/200 \
        --seed 9001 --exclude-dev ../h-prec/tests/padt/dev2/sentences.tsv --out first.tsv
    python scripts/meeting_audit.py score tests/padt/audit/first.tsv

A unit is one event carrying `kg:met` facts, with its participants, its pairs and its evidence
sentences, each traced to its PADT sentence ID through the corpus manifest. The rule of the draw
and of the judging is in tests/padt/audit/README.md. The judge fills three columns: `verdict`
(`ok`, `some_wrong`, `not_held`), `wrong` (participants, as written in `participants`, that did
not take part) and `missed` (participants the sentence names that kg left out), plus a note.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import PROV, RDF, RDFS
from rdflib.term import Node

from kg.tsv import read_rows

KG = Namespace("https://w3id.org/arabic-news-kg/ontology#")
ROOT = Path(__file__).resolve().parent.parent
TRAIN_TREEBANK = ROOT.parent / "shared" / "ud" / "ar_padt-train.conllu"
SAMPLE_SIZE = 50
SEP = " | "
COLUMNS = (
    "n",
    "article",
    "sent_ids",
    "participants",
    "pairs",
    "sentence",
    "verdict",
    "wrong",
    "missed",
    "note",
)
VERDICTS = ("ok", "some_wrong", "not_held")


@dataclass(frozen=True)
class Unit:
    article: str
    offset: int
    sent_ids: tuple[str, ...]
    participants: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]
    sentences: tuple[str, ...]


def _label(graph: Graph, node: Node) -> str:
    """An entity's Arabic label, else its English one, else the last part of its IRI."""
    labels = {lit.language: str(lit) for lit in graph.objects(node, RDFS.label)}
    if isinstance(node, Literal):
        return str(node)
    return labels.get("ar") or labels.get("en") or str(node).rsplit("/", 1)[-1]


def _treebank_texts(path: Path) -> dict[str, str]:
    """PADT sentence ID (`padt-train:d3.s7`) → its `# text`."""
    texts, sent_id = {}, ""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# sent_id = "):
                sent_id = line.removeprefix("# sent_id = ").strip()
            elif line.startswith("# text = "):
                texts[f"padt-train:{sent_id}"] = line.removeprefix("# text = ").strip()
    return texts


def _manifest(corpus: Path) -> dict[str, list[str]]:
    return {row["file"]: row["sentence_ids"].split() for row in read_rows(corpus / "manifest.tsv")}


def _sentence_id(evidence: str, candidates: list[str], texts: dict[str, str]) -> str:
    """The PADT sentence of the article that the evidence sentence was cut from."""
    flat = " ".join(evidence.split())

    def overlap(ident: str) -> float:
        text = " ".join(texts[ident].split())
        if flat in text or text in flat:
            return 2.0
        return SequenceMatcher(None, flat, text, autojunk=False).ratio()

    return max(candidates, key=overlap)


def units(graph: Graph, corpus: Path, texts: dict[str, str]) -> list[Unit]:
    """Every event with `kg:met` facts, in (article, offset) order."""
    manifest = _manifest(corpus)
    pairs: dict[Node, set[tuple[str, str]]] = {}
    for fact in graph.subjects(RDF.predicate, KG.met):
        event = graph.value(fact, KG.event)
        ends = sorted(_label(graph, graph.value(fact, end)) for end in (RDF.subject, RDF.object))
        pairs.setdefault(event, set()).add((ends[0], ends[1]))
    found = []
    for event, event_pairs in pairs.items():
        evidence = []
        for item in graph.objects(event, KG.evidence):
            document = graph.value(item, PROV.wasDerivedFrom)
            article = str(graph.value(document, KG.fileName))
            start = int(graph.value(item, KG.start))
            sentence = str(graph.value(item, KG.sentence))
            ident = _sentence_id(sentence, manifest[Path(article).name], texts)
            evidence.append((Path(article).name, start, ident, " ".join(sentence.split())))
        evidence.sort()
        people = sorted({end for pair in event_pairs for end in pair})
        found.append(
            Unit(
                evidence[0][0],
                evidence[0][1],
                tuple(dict.fromkeys(item[2] for item in evidence)),
                tuple(people),
                tuple(sorted(event_pairs)),
                tuple(dict.fromkeys(item[3] for item in evidence)),
            )
        )
    return sorted(found, key=lambda unit: (unit.article, unit.offset, unit.pairs))


def _excluded_documents(dev_sentences: Path | None) -> set[str]:
    """PADT train documents (`d3`) that the development set draws on."""
    if dev_sentences is None or not dev_sentences.exists():
        return set()
    return {row["document"].removeprefix("padt-") for row in read_rows(dev_sentences)}


def _earlier_sentences(paths: list[Path]) -> set[str]:
    seen: set[str] = set()
    for path in paths:
        for row in read_rows(path):
            seen.update(row["sent_ids"].split(SEP))
    return seen


def draw(pool: list[Unit], seed: int, excluded_docs: set[str], earlier: set[str]) -> list[Unit]:
    """The sample: the eligible units shuffled by the seed, the first SAMPLE_SIZE of them."""

    def eligible(unit: Unit) -> bool:
        documents = {ident.split(":")[1].split(".")[0] for ident in unit.sent_ids}
        return not documents & excluded_docs and not set(unit.sent_ids) & earlier

    chosen = [unit for unit in pool if eligible(unit)]
    random.Random(seed).shuffle(chosen)
    return chosen[:SAMPLE_SIZE]


def write_tsv(path: Path, sample: list[Unit]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for n, unit in enumerate(sample, 1):
            pairs = SEP.join(f"{a} + {b}" for a, b in unit.pairs)
            cells = (n, unit.article, SEP.join(unit.sent_ids), SEP.join(unit.participants), pairs)
            writer.writerow((*cells, SEP.join(unit.sentences), "", "", "", ""))


def score(rows: list[dict[str, str]]) -> dict[str, float]:
    """Unit precision (`ok` / units) and pair precision (pairs whose both ends took part)."""
    verdicts = Counter(row["verdict"] for row in rows)
    unknown = set(verdicts) - set(VERDICTS)
    if unknown:
        raise ValueError(f"unjudged or unknown verdicts: {sorted(unknown)}")
    right = total = 0
    for row in rows:
        wrong = {name for name in row["wrong"].split(SEP) if name}
        for pair in row["pairs"].split(SEP):
            ends = set(pair.split(" + "))
            total += 1
            right += row["verdict"] != "not_held" and not ends & wrong
    return {
        "units": len(rows),
        **{verdict: verdicts[verdict] for verdict in VERDICTS},
        "precision": verdicts["ok"] / len(rows),
        "pairs": total,
        "pairs_right": right,
        "pair_precision": right / total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("draw", help="draw a sample to judge from a built graph")
    make.add_argument("--graph", type=Path, required=True)
    make.add_argument("--corpus", type=Path, required=True, help="benchmarks/corpus/train/SIZE")
    make.add_argument("--seed", type=int, required=True)
    make.add_argument("--exclude-dev", type=Path, help="a dev set's sentences.tsv (its documents)")
    make.add_argument("--exclude-sample", type=Path, action="append", default=[])
    make.add_argument("--out", type=Path, required=True)
    judged = sub.add_parser("score", help="score a judged sample")
    judged.add_argument("tsv", type=Path)
    args = parser.parse_args()
    try:
        if args.command == "draw":
            graph = Graph().parse(args.graph)
            pool = units(graph, args.corpus, _treebank_texts(TRAIN_TREEBANK))
            excluded = _excluded_documents(args.exclude_dev)
            sample = draw(pool, args.seed, excluded, _earlier_sentences(args.exclude_sample))
            write_tsv(args.out, sample)
            print(f"{len(pool)} meetings, {len(sample)} drawn (seed {args.seed}) → {args.out}")
        else:
            for key, value in score(read_rows(args.tsv)).items():
                print(f"{key}\t{value:.2f}" if isinstance(value, float) else f"{key}\t{value}")
    except (OSError, ValueError, KeyError) as error:
        sys.exit(f"meeting_audit: {error}")


if __name__ == "__main__":
    main()
