"""A saved query as a whole `kg query` process on a large graph: the Turtle file parsed in
memory on every query (what kg did before it kept a store) against the on-disk store that
`kg build` writes beside it.

    python benchmarks/store_bench.py                    # the synthetic 1M-triple graph
    python benchmarks/store_bench.py --graph out/kg.ttl --repeat 5

"Re-parse" runs, in a new interpreter, what `kg query --format csv` did before the store: load
the Turtle file into an in-memory pyoxigraph store, run the query, print CSV. "Store" is
`kg query --format csv` itself with a fresh store. Both are whole processes, so interpreter and
import start-up count on both sides; the store's one-time cost (the bulk load `kg build` does
after writing the Turtle) is printed apart.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from load_bench import synthetic_graph

from kg.store import ondisk

REPARSE = """
import sys
from pathlib import Path
from kg.queries import saved_query
from kg.results import render
from kg.store.local import LocalStore
store = LocalStore()
store.load(Path(sys.argv[1]))
sys.stdout.write(render(store.query(saved_query(sys.argv[2]).text), "csv"))
"""


def _seconds(command: list[str], repeat: int) -> tuple[float, str]:
    times, output = [], ""
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - started)
        output = done.stdout
    return statistics.median(times), output


def bench(graph: Path, queries: list[str], repeat: int) -> None:
    print(f"graph: {graph} ({graph.stat().st_size / 1e6:.1f} MB)")
    started = time.perf_counter()
    ondisk.write_store(graph)
    print(f"store written once (what kg build adds): {time.perf_counter() - started:.1f} s")
    header = f"{'query':<18} {'rows':>6} {'re-parse s':>11} {'store s':>8} {'ratio':>6}"
    print(f"{header}  (median of {repeat})")
    for name in queries:
        before, expected = _seconds([sys.executable, "-c", REPARSE, str(graph), name], repeat)
        kg = [sys.executable, "-m", "kg", "query", name, "--graph", str(graph), "--format", "csv"]
        after, answer = _seconds(kg, repeat)
        assert answer == expected, f"{name}: the store answers differently"
        rows = len(answer.splitlines()) - 1
        print(f"{name:<18} {rows:>6} {before:>11.2f} {after:>8.2f} {before / after:>5.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="a Turtle file instead of a synthetic graph")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--queries", nargs="+", default=["who-met-hamas", "meetings-by-city", "timeline"]
    )
    args = parser.parse_args()
    if args.graph:
        bench(args.graph, args.queries, args.repeat)
        return
    with tempfile.TemporaryDirectory(prefix="kg-store-bench-") as folder:
        graph = Path(folder) / "synthetic.ttl"
        print(f"synthetic graph: {synthetic_graph(graph, args.triples)} triples")
        bench(graph, args.queries, args.repeat)


if __name__ == "__main__":
    main()
