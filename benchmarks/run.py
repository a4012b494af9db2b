"""Throughput, memory and query latency of `kg build` on generated news corpora.

    python benchmarks/run.py --size 100                          # what CI runs
    nice -n 5 python benchmarks/run.py --size 1000 --paired unseen train events --pairs 5
    python benchmarks/run.py --size 1000 --million               # also a 1M-triple graph

The corpora are benchmarks/make_corpus.py's: real sentences, none repeated, in three pools
(``unseen``: not the parse model's training data; ``train``: its training data; ``events``:
sentences with a trigger of a relation kg extracts). Steps, each in a fresh Python process so
that its peak memory is its own:

1. against the bare parse (benchmarks/paired.py), on each corpus of ``--paired`` (default:
   events): the bare parse of the same texts (UDPipe words and the spaCy components kg runs, no
   kg code) and ``kg build --no-cache``, both as whole processes, in ``--pairs`` alternating
   pairs; the ratio kg/bare of their words/s, median and range;
2. on the ``--corpus`` corpus (default: events): kg's parse step alone, in process
   (`ArabicParser.pipe`, models loaded first: what kg's own parsing costs, not a bare parse);
3. end to end: `kg build` with ``--jobs 1`` (model loaded first), then ``--jobs 2`` (its
   worker processes start and load the model inside the timing), no cache;
4. the saved queries on the built graph: median latency in the embedded store (pyoxigraph,
   what `kg query` uses) and in rdflib's own store;
5. with ``--million``: the same on a synthetic 1M-triple graph in kg's vocabulary
   (benchmarks/load_bench.py), plus load and Turtle-writing times of both libraries.

Words are whitespace-separated words of the articles' text, the same count for every step.
Peak memory is the process's maximum resident set (for ``--jobs 2``: the main process, and
the largest worker).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import CORPORA  # noqa: E402
from paired import measure, print_table  # noqa: E402
from timing import median_ms, peak_mb  # noqa: E402

REPEAT = 5
QUERY_LIMIT_S = 120  # a query slower than this is reported as such, not waited for


def _cpu_s() -> float:
    """CPU seconds of this process and its finished children (worker processes)."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    )


def _articles(corpus: Path) -> list:
    from kg.reader import read_folder
    from kg.types import Article

    return [item for item in read_folder(corpus) if isinstance(item, Article)]


def corpus_words(corpus: Path) -> int:
    return sum(
        len(article.text[start:end].split())
        for article in _articles(corpus)
        for start, end in article.regions
    )


def step_parse(corpus: Path) -> dict:
    from kg.nlp import ArabicParser

    articles = _articles(corpus)
    parser = ArabicParser().load()
    started, cpu = time.perf_counter(), _cpu_s()
    for _ in parser.pipe(articles):
        pass
    return {
        "seconds": time.perf_counter() - started,
        "cpu_s": _cpu_s() - cpu,
        "peak_mb": peak_mb(),
    }


def step_build(corpus: Path, jobs: int, output: Path) -> dict:
    from kg.nlp import ArabicParser
    from kg.pipeline import build

    parser = ArabicParser()
    if jobs == 1:
        parser.load()
    started, cpu = time.perf_counter(), _cpu_s()
    report = build(corpus, output, parser, jobs=jobs)
    return {
        "seconds": time.perf_counter() - started,
        "cpu_s": _cpu_s() - cpu,
        "triples": report.triples,
        "articles": report.documents,
        "peak_mb": peak_mb(),
        "worker_peak_mb": peak_mb(resource.RUSAGE_CHILDREN),
    }


def _rdflib_runs(triples: int) -> int:
    """rdflib takes seconds to minutes a query on a 1M-triple graph: time one run there."""
    return REPEAT if triples < 100_000 else 1


def step_queries(graph: Path, write: bool, variants: dict[str, str] | None = None) -> dict:
    """Load `graph` in both stores, time every saved query (and the `variants`: name ->
    query text), and (`write`) Turtle output."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.queries import load_query
    from kg.resources import saved_queries
    from kg.store.local import LocalStore

    result: dict = {"queries": {}}
    started = time.perf_counter()
    local = LocalStore.from_turtle(graph)
    result["oxigraph_load_s"] = time.perf_counter() - started
    started = time.perf_counter()
    rdf = Graph().parse(graph, format="turtle")
    result["rdflib_load_s"] = time.perf_counter() - started
    result["triples"] = len(rdf)
    queries = {name: load_query(name) for name in saved_queries()} | (variants or {})
    for name, text in queries.items():
        result["queries"][name] = {
            "rows": len(local.query(text).rows),
            "oxigraph_ms": median_ms(lambda text=text: local.query(text), REPEAT, QUERY_LIMIT_S),
            "rdflib_ms": median_ms(
                lambda text=text: list(rdf.query(text)), _rdflib_runs(len(rdf)), QUERY_LIMIT_S
            ),
        }
    if write:
        store = ox.Store()
        store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
        with tempfile.TemporaryDirectory(prefix="kg-bench-write-") as folder:
            started = time.perf_counter()
            store.dump(Path(folder) / "ox.ttl", ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
            result["oxigraph_write_s"] = time.perf_counter() - started
            started = time.perf_counter()
            rdf.serialize(Path(folder) / "rdflib.ttl", format="turtle")
            result["rdflib_write_s"] = time.perf_counter() - started
    result["peak_mb"] = peak_mb()
    return result


def step_million(triples: int) -> dict:
    """The saved queries on a synthetic graph, plus who-met-hamas.rq asked about an ordinary
    state: Hamas takes part in one synthetic event in seven, so its answer is the largest a
    single actor gets; query time grows with the answer, so both ends are timed."""
    from load_bench import TYPICAL_STATE, synthetic_graph

    from kg.queries import load_query

    variant = load_query("who-met-hamas.rq").replace("wd:Q38799", f"wd:{TYPICAL_STATE}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-1m-") as folder:
        graph = Path(folder) / "synthetic.ttl"
        written = synthetic_graph(graph, triples)
        result = step_queries(
            graph, write=True, variants={f"who-met-hamas.rq, {TYPICAL_STATE}": variant}
        )
        result["written"] = written
        return result


def _in_child(*args: str) -> dict:
    """Run one step in a fresh interpreter and read the JSON line it prints.

    The 1-minute load average before the step is kept: above about 0.5 on an idle machine,
    something else was running and the timings are pessimistic.
    """
    load = os.getloadavg()[0]
    done = subprocess.run(
        [sys.executable, __file__, "--step", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    if done.returncode != 0:
        sys.exit(f"benchmark step {args} failed:\n{done.stderr}")
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "load_before": load}


def _machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = "unknown CPU"
    with Path("/proc/cpuinfo").open() as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def _print_queries(result: dict, title: str) -> None:
    print(f"\n{title}: {result['triples']:,} triples")
    load = result["oxigraph_load_s"], result["rdflib_load_s"]
    print(f"load: pyoxigraph {load[0]:.2f} s, rdflib {load[1]:.2f} s")
    if "rdflib_write_s" in result:
        print(
            f"write Turtle: pyoxigraph {result['oxigraph_write_s']:.2f} s, "
            f"rdflib {result['rdflib_write_s']:.2f} s"
        )
    runs = _rdflib_runs(result["triples"])
    print(f"| saved query | rows | pyoxigraph ms (median of {REPEAT}) | rdflib ms ({runs}) |")
    print("|---|---:|---:|---:|")
    for name, timing in result["queries"].items():
        ox_ms, rdflib_ms = (
            f"> {QUERY_LIMIT_S * 1000}" if ms is None else f"{ms:.1f}"
            for ms in (timing["oxigraph_ms"], timing["rdflib_ms"])
        )
        print(f"| {name} | {timing['rows']} | {ox_ms} | {rdflib_ms} |")
    print(f"peak memory of the query step: {result['peak_mb']:.0f} MB")


def _corpus(name: str, size: int) -> Path:
    """The corpus folder, written first if missing; prints its size and training share."""
    from make_corpus import corpus_dir, write_corpus

    folder = corpus_dir(name, size)
    if not (folder / "manifest.tsv").is_file():
        write_corpus(name, size, folder)
    with (folder / "manifest.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    words = sum(int(row["words"]) for row in rows)
    sentences = sum(int(row["sentences"]) for row in rows)
    training = sum(int(row["padt_train_sentences"]) for row in rows)
    note = f", the pool ran out before {size:,}" if len(rows) < size else ""
    print(
        f"corpus {name}: {folder} ({len(rows):,} articles{note}, {words:,} words, "
        f"{sentences:,} sentences, {training / sentences:.0%} of them PADT train)"
    )
    return folder


def report(size: int, million: bool, corpus_name: str, paired: list[str], pairs: int) -> None:
    print(f"machine: {_machine()}")
    folders = {name: _corpus(name, size) for name in dict.fromkeys([*paired, corpus_name])}
    if paired:
        print(f"\nkg build against the bare parse, {pairs} alternating pairs of whole processes:")
        print_table([measure(name, folders[name], pairs) for name in paired])
    corpus = folders[corpus_name]
    words = corpus_words(corpus)
    print(f"\nsteps on the {corpus_name} corpus ({words:,} words as kg reads them):")
    parse = _in_child("parse", str(corpus))
    with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as folder:
        builds = {
            jobs: _in_child("build", str(corpus), str(jobs), str(Path(folder) / f"kg{jobs}.ttl"))
            for jobs in (1, 2)
        }
        same = (Path(folder) / "kg1.ttl").read_bytes() == (Path(folder) / "kg2.ttl").read_bytes()
        queries = _in_child("queries", str(Path(folder) / "kg1.ttl"))
    own_parse = words / parse["seconds"]
    single = words / builds[1]["seconds"]
    double = words / builds[2]["seconds"]
    print(f"| measure | {corpus_name}, {builds[1]['articles']:,} articles |")
    print("|---|---:|")
    print(f"| kg's parse step, in process | {own_parse:,.0f} words/s |")
    print(
        f"| end to end, --jobs 1 | {single:,.0f} words/s "
        f"({single / own_parse:.0%} of kg's parse step) |"
    )
    print(f"| end to end, --jobs 2 | {double:,.0f} words/s ({double / single:.2f}× --jobs 1) |")
    print(
        f"| wall time: parse / jobs 1 / jobs 2 | {parse['seconds']:.1f} / "
        f"{builds[1]['seconds']:.1f} / {builds[2]['seconds']:.1f} s |"
    )
    print(
        f"| peak memory: parse / jobs 1 / jobs 2 (main + largest worker) | "
        f"{parse['peak_mb']:.0f} / {builds[1]['peak_mb']:.0f} / "
        f"{builds[2]['peak_mb']:.0f} + {builds[2]['worker_peak_mb']:.0f} MB |"
    )
    print(
        f"| CPU time: parse / jobs 1 / jobs 2 (all processes) | {parse['cpu_s']:.1f} / "
        f"{builds[1]['cpu_s']:.1f} / {builds[2]['cpu_s']:.1f} s |"
    )
    print(f"| articles / triples written | {builds[1]['articles']:,} / {builds[1]['triples']:,} |")
    print(f"| --jobs 2 output identical to --jobs 1 | {'yes' if same else 'NO'} |")
    loads = (parse["load_before"], builds[1]["load_before"], builds[2]["load_before"])
    print(f"| load average before each step | {' / '.join(f'{x:.2f}' for x in loads)} |")
    _print_queries(queries, "saved queries on the built graph")
    if million:
        _print_queries(_in_child("million", "1000000"), "saved queries on a synthetic graph")
    if not same:
        sys.exit("--jobs 2 wrote a different graph from --jobs 1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100, help="generated articles: 100, 1000...")
    parser.add_argument("--million", action="store_true", help="also a 1M-triple graph")
    parser.add_argument(
        "--corpus", choices=CORPORA, default="events", help="corpus of the in-process steps"
    )
    parser.add_argument(
        "--paired",
        nargs="*",
        choices=CORPORA,
        default=["events"],
        help="corpora to compare kg build with the bare parse on (none: skip)",
    )
    parser.add_argument("--pairs", type=int, default=3, help="bare/kg pairs per corpus")
    parser.add_argument("--step", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.step:
        report(args.size, args.million, args.corpus, args.paired, args.pairs)
        return
    name, *rest = args.step
    steps = {
        "parse": lambda: step_parse(Path(rest[0])),
        "build": lambda: step_build(Path(rest[0]), int(rest[1]), Path(rest[2])),
        "queries": lambda: step_queries(Path(rest[0]), write=False),
        "million": lambda: step_million(int(rest[0])),
    }
    print(json.dumps(steps[name]()))


if __name__ == "__main__":
    main()
