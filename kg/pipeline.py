"""`kg build`: articles → parse → mentions → events → graph → validated Turtle.

The per-article step, `process_article`, is a pure function of the article, the knowledge
base and the model. It runs in this process (``jobs=1``), in worker processes that each load
the model once (``jobs=N``), or on a distributed engine (docs/distributed.md). A cache keyed
by the article and the pipeline version (`kg.buildcache`) keeps its results, so a rebuild
parses only new or changed articles. Everything that spans articles (merging repeated
events, a family name one article uses for a person another names in full) happens in
`GraphBuilder`, in input order, so every way of running writes the same graph, byte for byte.
Articles stream through: only their extractions are kept.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph

from kg.buildcache import Extraction, ResultCache, pipeline_version
from kg.curation import CurationReport, apply_curation
from kg.errors import InputError
from kg.extract import extraction_pipeline
from kg.files import claim
from kg.graph import GraphBuilder, write_turtle
from kg.kb import KnowledgeBase, default_kb
from kg.nlp import ArabicParser, ParserSpec
from kg.pieces import Piece, joined, pieces
from kg.reader import DEFAULT_MAX_ARTICLE_BYTES, article_files, read_files
from kg.schema import facts
from kg.store import ondisk
from kg.types import Article, Event, Mention, Skipped
from kg.validate import check_conforms

_BATCH = 64  # articles looked up in the cache and parsed together in one process
_WORKER_BATCH = 8  # articles sent to a worker process at a time
_AHEAD = 2  # batches queued per worker process, so none waits while results are merged


class ArticleResult(NamedTuple):
    """The per-article step's output: plain frozen records, picklable."""

    article: Article
    sentences: int
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]


@dataclass
class BuildReport:
    documents: int = 0
    sentences: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    read_as: list[tuple[str, str]] = field(default_factory=list)  # files decoded or extracted
    linked: int = 0
    unlinked: int = 0
    facts: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    triples: int = 0
    seconds: float = 0.0
    parsed: int = 0  # articles parsed in this build
    cached: int = 0  # articles whose extraction came from the cache
    store: Path | None = None  # the on-disk query store beside the Turtle file
    curation: CurationReport | None = None  # the analyst's decisions applied (kg.curation)


class Extractor:
    """Mentions and events of parsed articles; one instance serves a whole build."""

    def __init__(self, parser: ArabicParser, kb: KnowledgeBase | None = None) -> None:
        self.parser = parser
        self.nlp = extraction_pipeline(kb or default_kb())

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Each article's result, in order. A long article is parsed and read in pieces
        (`kg.pieces`), each Doc let go once read, so memory follows the piece, not the article."""
        planned: deque[tuple[Article, list[Piece]]] = deque()

        def piece_articles() -> Iterator[Article]:
            for article in articles:
                parts = pieces(article)
                planned.append((article, parts))
                yield from (piece.article for piece in parts)

        found = (
            (len(list(doc.sents)), tuple(doc._.mentions), tuple(doc._.events))
            for doc in self.nlp.pipe(self.parser.pipe(piece_articles()))
        )
        for first in found:
            article, parts = planned.popleft()
            extractions = [first, *islice(found, len(parts) - 1)]
            yield ArticleResult(article, *joined(zip(parts, extractions, strict=True)))


def process_article(
    article: Article, kb: KnowledgeBase | None = None, model: ParserSpec | None = None
) -> ArticleResult:
    """The per-article step: a pure function of the article, the knowledge base and the model.

    `kb` defaults to kg's knowledge base and `model` to the installed model. The model is
    loaded once per process and kept, so a worker, or a Dask or Spark task, calling this per
    article pays for the parse only.
    """
    (result,) = process_articles([article], kb, model)
    return result


def process_articles(
    articles: list[Article], kb: KnowledgeBase | None = None, model: ParserSpec | None = None
) -> list[ArticleResult]:
    """`process_article` of each article, parsed together: a little faster than one by one."""
    return list(Extractor(_parser(model), kb).process(articles))


@lru_cache(maxsize=2)
def _parser(model: ParserSpec | None) -> ArabicParser:
    return ArabicParser() if model is None else ArabicParser.from_spec(model)


def build(
    input_dir: Path,
    output: Path,
    parser: ArabicParser,
    on_document: Callable[[str, int], None] = lambda name, total: None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    kb: KnowledgeBase | None = None,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
) -> BuildReport:
    """Build the graph of every article in `input_dir`, validate it, and write it to `output`.

    `on_document(name, total)` is called once per input file as its articles are done.
    `jobs` worker processes parse in parallel; `cache_dir` keeps extractions between builds.
    `output` is claimed (`kg.files.claim`: locked, checked writable) and the cache checked
    before anything is parsed, so neither a second writer nor an unwritable output or cache
    is found out after a long parse.
    A file over `max_article_bytes` is skipped, as an unreadable one is.
    """
    started = time.perf_counter()
    report = BuildReport()
    builder = GraphBuilder()
    kb = kb or default_kb()
    files = article_files(input_dir)
    total = len(files)
    with claim(output):
        cache = ResultCache(cache_dir, pipeline_version(parser.spec, kb)) if cache_dir else None

        def skip(skipped: Skipped) -> None:
            report.skipped.append(skipped)
            on_document(skipped.source, total)

        articles = _readable(read_files(files, max_article_bytes), skip)
        lookup = cache.get if cache else lambda article: None
        if jobs == 1:
            results = _in_process(articles, Extractor(parser, kb), lookup)
        else:
            results = _in_workers(articles, kb, parser.spec, jobs, lookup)
        last_source = None
        for result, cached in results:
            if cache and not cached:
                cache.put(result.article, result[1:])
            report.cached += cached
            report.parsed += not cached
            builder.add(result.article, result.mentions, result.events)
            report.documents += 1
            report.sentences += result.sentences
            if result.article.source != last_source:
                last_source = result.article.source
                on_document(last_source, total)
                if result.article.read_as:
                    report.read_as.append((last_source, result.article.read_as))
        if not report.documents:
            reasons = "; ".join(f"{s.source}: {s.reason}" for s in report.skipped[:3])
            raise InputError(f"no readable article in {input_dir} ({reasons})")
        graph = builder.graph()
        report.curation = apply_curation(graph, input_dir)
        check_conforms(graph)
        write_turtle(graph, output)
        report.store = _write_store(output)
    _summarise(report, builder, graph)
    report.seconds = time.perf_counter() - started
    return report


def _write_store(output: Path) -> Path | None:
    """The on-disk query store of the graph just written; None (with no stale store left to
    answer) when it cannot be written: queries then parse the Turtle file instead."""
    try:
        return ondisk.write_store(output)
    except OSError:
        return None


def _readable(
    items: Iterable[Article | Skipped], skip: Callable[[Skipped], None]
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Skipped):
            skip(item)
        else:
            yield item


Lookup = Callable[[Article], Extraction | None]
Batch = tuple[list[Article], list[Extraction | None]]  # articles, and what the cache knows


def _batches(articles: Iterator[Article], lookup: Lookup, size: int) -> Iterator[Batch]:
    while batch := list(islice(articles, size)):
        yield batch, [lookup(article) for article in batch]


def _misses(batch: Batch) -> list[Article]:
    return [article for article, hit in zip(*batch, strict=True) if hit is None]


def _merged(batch: Batch, parsed: Iterator[ArticleResult]) -> Iterator[tuple[ArticleResult, bool]]:
    """(result, from cache) per article of `batch`, in order; `parsed` gives the misses'."""
    for article, hit in zip(*batch, strict=True):
        yield (next(parsed), False) if hit is None else (ArticleResult(article, *hit), True)


def _in_process(
    articles: Iterator[Article], extractor: Extractor, lookup: Lookup
) -> Iterator[tuple[ArticleResult, bool]]:
    """(result, from cache) per article, in order; misses are parsed here, in batches."""
    for batch in _batches(articles, lookup, _BATCH):
        yield from _merged(batch, extractor.process(_misses(batch)))


def _in_workers(
    articles: Iterator[Article],
    kb: KnowledgeBase,
    spec: ParserSpec,
    jobs: int,
    lookup: Lookup,
) -> Iterator[tuple[ArticleResult, bool]]:
    """(result, from cache) per article, in order; misses are parsed by `jobs` processes.

    Batches of a few articles go to the workers, a few batches per worker in flight, so
    memory does not grow with the input. Workers are spawned, not forked: each imports kg and
    loads the model itself, and only once a batch needs parsing.
    """
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"))
    window: deque[tuple[Batch, Future]] = deque()
    try:
        for batch in _batches(articles, lookup, _WORKER_BATCH):
            misses = _misses(batch)
            if misses:
                future = pool.submit(process_articles, misses, kb, spec)
            else:
                future = Future()
                future.set_result([])
            window.append((batch, future))
            if len(window) > jobs * _AHEAD:
                batch, future = window.popleft()
                yield from _merged(batch, iter(future.result()))
        while window:
            batch, future = window.popleft()
            yield from _merged(batch, iter(future.result()))
    finally:
        pool.shutdown(cancel_futures=True)


def _summarise(report: BuildReport, builder: GraphBuilder, graph: Graph) -> None:
    for entity in builder.entities.values():
        if entity.qid:
            report.linked += 1
        else:
            report.unlinked += 1
    for merged in builder.events.values():
        report.events[merged.event.kind] += 1
        for _, relation, _ in facts(merged.event):
            report.facts[relation.name] += 1
    report.triples = len(graph)
