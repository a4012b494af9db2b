"""`kg build`: articles → parse → mentions → events → graph → validated Turtle.

The per-article step (`Extractor.process`) is a pure function of the article, the knowledge
base and the model; everything that spans articles (merging repeated events) happens in
`GraphBuilder`.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.errors import InputError
from kg.events import EventExtractor
from kg.graph import GraphBuilder, binary_facts, write_turtle
from kg.kb import KnowledgeBase, default_kb
from kg.mentions import MentionFinder
from kg.nlp import ArabicParser
from kg.reader import read_folder
from kg.types import Article, Event, Mention, Skipped
from kg.validate import check_conforms


@dataclass
class BuildReport:
    documents: int = 0
    sentences: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    linked: int = 0
    unlinked: int = 0
    facts: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    triples: int = 0
    seconds: float = 0.0


class Extractor:
    """Mentions and events of parsed articles; one instance serves a whole build."""

    def __init__(self, parser: ArabicParser, kb: KnowledgeBase | None = None) -> None:
        self.parser = parser
        self.mentions = MentionFinder(kb or default_kb())
        self.events = EventExtractor()

    def process(
        self, articles: Iterable[Article]
    ) -> Iterable[tuple[Article, int, list[Mention], list[Event]]]:
        for doc in self.parser.pipe(articles):
            mentions = self.mentions.find(doc)
            yield doc._.article, len(list(doc.sents)), mentions, self.events.extract(doc, mentions)


def build(
    input_dir: Path,
    output: Path,
    parser: ArabicParser,
    on_article: Callable[[str, int], None] = lambda name, total: None,
) -> BuildReport:
    """Build the graph of every article in `input_dir`, validate it, and write it to `output`."""
    started = time.perf_counter()
    report = BuildReport()
    builder = GraphBuilder()
    articles: list[Article] = []
    for item in read_folder(input_dir):
        if isinstance(item, Skipped):
            report.skipped.append(item)
        else:
            articles.append(item)
    if not articles:
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in report.skipped[:3])
        raise InputError(f"no readable article in {input_dir} ({reasons})")
    total = len(articles)
    for article, sentences, mentions, events in Extractor(parser).process(articles):
        builder.add(article, mentions, events)
        report.documents += 1
        report.sentences += sentences
        on_article(article.source, total)
    graph = builder.graph()
    check_conforms(graph)
    write_turtle(graph, output)
    _summarise(report, builder, graph)
    report.seconds = time.perf_counter() - started
    return report


def _summarise(report: BuildReport, builder: GraphBuilder, graph: Graph) -> None:
    for entity in builder.entities.values():
        if entity.qid:
            report.linked += 1
        else:
            report.unlinked += 1
    for merged in builder.events.values():
        report.events[merged.event.kind] += 1
        for _, relation, _ in binary_facts(merged.event):
            report.facts[relation] += 1
    report.triples = len(graph)
