"""`kg build` on Dask: the per-article step on a cluster, N-Triples shards for a bulk loader.

    pip install -e '.[distributed]'
    python benchmarks/dask_build.py --input benchmarks/corpus/events/100 --output out/dask
    python benchmarks/dask_build.py --input news/ --output out/dask --scheduler tcp://HOST:8786

1. Map (the parse: nearly all of the work). A Dask bag of article files, in name order, is
   split into partitions; each partition's task reads its files and runs the per-article
   step, `kg.pipeline.process_article`, on every article (`process_articles` for a file's
   articles at once): a pure function of (article, knowledge base, model), the model loaded
   once per worker process. Each task writes its results, in
   order, to ``OUTPUT/results/part-NNNNN.pickle``.
2. Reduce (cheap: no parse). Here, in input order, the results go through `GraphBuilder`,
   which merges an event reported by several articles into one node, so the graph is the
   one `kg build` writes; it is checked against the SHACL shapes and written as sorted
   N-Triples shards, ``OUTPUT/shards/part-NNN.nt``, split by subject.
3. Load: ``tdb2.tdbloader --loc DB OUTPUT/shards/*.nt`` (docs/distributed.md).

Without ``--scheduler``, Dask's local process pool runs the map step with ``--workers``
processes. With a Dask cluster, every worker needs kg and the model installed
(``kg models install``), and OUTPUT on storage all of them share.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import time
from pathlib import Path

from kg.errors import UnreadableArticle
from kg.graph import GraphBuilder
from kg.kb import KnowledgeBase, default_kb
from kg.nlp import ArabicParser, ParserSpec
from kg.pipeline import ArticleResult, process_articles
from kg.reader import read_file
from kg.types import Skipped
from kg.validate import check_conforms


def extract_partition(
    paths: list[str], kb: KnowledgeBase, model: ParserSpec, folder: str, number: int
) -> list[str]:
    """The map step: results of one partition's files, pickled to one shard file."""
    results: list[ArticleResult | Skipped] = []
    for path in paths:
        try:
            articles = read_file(Path(path))
        except UnreadableArticle as error:
            results.append(Skipped(Path(path).name, str(error)))
            continue
        results += process_articles(articles, kb, model)
    shard = Path(folder) / f"part-{number:05d}.pickle"
    shard.write_bytes(pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL))
    return [str(shard)]


def write_ntriples_shards(builder: GraphBuilder, folder: Path, shards: int) -> int:
    """The merged graph as `shards` N-Triples files, lines sorted, split by subject."""
    graph = builder.graph()
    check_conforms(graph)
    lines: list[list[str]] = [[] for _ in range(shards)]
    for subject, predicate, obj in graph:
        bucket = int(hashlib.sha1(str(subject).encode()).hexdigest(), 16) % shards
        lines[bucket].append(f"{subject.n3()} {predicate.n3()} {obj.n3()} .\n")
    folder.mkdir(parents=True, exist_ok=True)
    for number, bucket in enumerate(lines):
        (folder / f"part-{number:03d}.nt").write_text("".join(sorted(bucket)), encoding="utf-8")
    return len(graph)


def main() -> None:
    import dask
    import dask.bag as db

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, required=True, help="folder of .txt articles")
    parser.add_argument("--output", type=Path, required=True, help="folder for results, shards")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--shards", type=int, default=4, help="N-Triples files to write")
    parser.add_argument("--scheduler", help="address of a Dask cluster (default: local)")
    args = parser.parse_args()

    started = time.perf_counter()
    paths = sorted(str(path) for path in args.input.glob("*.txt"))
    results_dir = args.output / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    kb, model = default_kb(), ArabicParser().spec
    bag = db.from_sequence(paths, npartitions=min(args.partitions, len(paths)))
    tasks = [
        dask.delayed(extract_partition)(part, kb, model, str(results_dir), number)
        for number, part in enumerate(bag.to_delayed())
    ]
    if args.scheduler:
        from dask.distributed import Client

        with Client(args.scheduler):
            shard_lists = dask.compute(*tasks)
    else:
        shard_lists = dask.compute(*tasks, scheduler="processes", num_workers=args.workers)
    mapped = time.perf_counter()

    builder, articles = GraphBuilder(), 0
    for shard in (path for shards in shard_lists for path in shards):
        for result in pickle.loads(Path(shard).read_bytes()):
            if isinstance(result, ArticleResult):
                builder.add(result.article, result.mentions, result.events)
                articles += 1
    triples = write_ntriples_shards(builder, args.output / "shards", args.shards)
    print(
        f"{len(paths)} files, {articles} articles: map {mapped - started:.1f} s on "
        f"{args.scheduler or f'{args.workers} local processes'}, reduce "
        f"{time.perf_counter() - mapped:.1f} s; {triples} triples in "
        f"{args.output / 'shards'}/part-*.nt"
    )


if __name__ == "__main__":
    main()
