"""Where `kg build` spends its time: a cProfile of the whole command, summed for kg's code.

    nice -n 5 python benchmarks/profile_build.py benchmarks/corpus/events/1000
    python benchmarks/profile_build.py CORPUS --top 30 --save build.pstats

Profiles ``kg build --no-cache`` in this process from before kg is imported, so imports, model
and knowledge-base loading count as in a real run, and prints:

* the phases: imports, loading the models and the knowledge base, reading, UDPipe's tokenizer,
  the rest of kg's tokenisation (`ArabicParser.tokenize`: word offsets, the Doc), the spaCy
  components (and the lemmatizer among them), each extraction component, building, checking
  and writing the graph;
* kg's functions (files under kg/) by their own time and by their time with callees, as a
  share of the whole.

cProfile slows Python code more than the C code of the parse, so kg's shares here are upper
bounds: compare with the paired whole-process timings (benchmarks/paired.py).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG_DIR = str(ROOT / "kg") + "/"


def profile(corpus: Path, output: Path) -> pstats.Stats:
    """Run ``kg build --no-cache`` on `corpus` under cProfile."""
    argv = ["kg", "build", "--input", str(corpus), "--output", str(output), "--no-cache"]
    saved, sys.argv = sys.argv, argv
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        from kg.cli import main

        main()
    except SystemExit as stop:
        if stop.code:
            raise
    finally:
        profiler.disable()
        sys.argv = saved
    return pstats.Stats(profiler)


def _where(key: tuple[str, int, str]) -> str:
    filename, line, name = key
    if filename.startswith(KG_DIR):
        filename = "kg/" + filename[len(KG_DIR) :]
    else:
        filename = Path(filename).name
    return f"{filename}:{line} {name}"


def _cumulative(stats: dict, match) -> float:
    """Time with callees of the functions `match` accepts; a function that calls another
    accepted one would be counted twice, so `match` should pick disjoint ones."""
    return sum(row[3] for key, row in stats.items() if match(key))


def extraction_components() -> dict[str, tuple[str, int, str]]:
    """The code of each extraction component's call, by component name."""
    from kg.extract import extraction_pipeline

    found = {}
    for name, component in extraction_pipeline().pipeline:
        function = component if hasattr(component, "__code__") else type(component).__call__
        code = function.__code__
        found[name] = (code.co_filename, code.co_firstlineno, code.co_name)
    return found


def phases(stats: dict) -> list[tuple[str, float]]:
    """Seconds of each phase of the build, with callees."""

    def named(filename_part: str, *names: str):
        return lambda key: filename_part in key[0] and key[2] in names

    udpipe_load = _cumulative(stats, named("spacy_udpipe", "__init__"))
    tokenizer = _cumulative(stats, lambda key: "'nextSentence'" in key[2])
    tokenize = _cumulative(stats, named(KG_DIR + "nlp.py", "tokenize"))
    parse = _cumulative(stats, named(KG_DIR + "nlp.py", "pipe"))
    lemmatizer = _cumulative(stats, named("edit_tree_lemmatizer", "predict", "set_annotations"))
    rows = [
        ("imports", _cumulative(stats, lambda key: key[2] == "_find_and_load")),
        ("spaCy model load (spacy.load)", _cumulative(stats, named("spacy/__init__.py", "load"))),
        ("UDPipe model load", udpipe_load),
        ("knowledge base (default_kb)", _cumulative(stats, named(KG_DIR + "kb.py", "default_kb"))),
        ("reading articles", _cumulative(stats, named(KG_DIR + "reader.py", "read_file"))),
        ("parse: UDPipe tokenizer (nextSentence)", tokenizer),
        (
            "parse: kg's word offsets and Doc (rest of tokenize)",
            tokenize - tokenizer - udpipe_load,
        ),
        ("parse: spaCy components (ArabicParser.pipe less tokenize)", parse - tokenize),
        ("  of which trainable_lemmatizer", lemmatizer),
    ]
    for name, key in extraction_components().items():
        rows.append((f"extraction: {name}", stats.get(key, (0, 0, 0, 0.0))[3]))
    rows += [
        ("graph: GraphBuilder.add", _cumulative(stats, named(KG_DIR + "graph.py", "add"))),
        ("graph: GraphBuilder.graph", _cumulative(stats, named(KG_DIR + "graph.py", "graph"))),
        ("SHACL check", _cumulative(stats, named(KG_DIR + "validate.py", "check_conforms"))),
        ("writing Turtle", _cumulative(stats, named(KG_DIR + "graph.py", "write_turtle"))),
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of article .txt files")
    parser.add_argument("--top", type=int, default=25, help="kg functions to list")
    parser.add_argument("--save", type=Path, help="also write the raw profile (pstats)")
    parser.add_argument("--load", type=Path, help="report on a saved profile instead of running")
    args = parser.parse_args()
    if args.load:
        result = pstats.Stats(str(args.load))
    else:
        with tempfile.TemporaryDirectory(prefix="kg-bench-profile-") as folder:
            result = profile(args.corpus, Path(folder) / "kg.ttl")
    if args.save:
        result.dump_stats(args.save)
    stats = result.stats  # (file, line, name) -> (calls, primitive calls, own s, cumulative s, …)
    total = result.total_tt
    print(f"\nprofiled kg build --no-cache on {args.corpus}: {total:.1f} s under cProfile")
    print("\n| phase | s | share |\n|---|---:|---:|")
    for name, seconds in phases(stats):
        print(f"| {name} | {seconds:.1f} | {seconds / total:.1%} |")
    print("(phases overlap where one runs inside another: imports made while loading count twice)")
    ours = {key: row for key, row in stats.items() if key[0].startswith(KG_DIR)}
    for title, column in (("own time", 2), ("time with callees", 3)):
        print(f"\n| kg function, by {title} | calls | own s | with callees s | share |")
        print("|---|---:|---:|---:|---:|")
        ranked = sorted(ours.items(), key=lambda item: item[1][column], reverse=True)
        for key, (_, calls, own, cumulative, _) in ranked[: args.top]:
            share = (own if column == 2 else cumulative) / total
            print(f"| {_where(key)} | {calls:,} | {own:.2f} | {cumulative:.2f} | {share:.1%} |")


if __name__ == "__main__":
    main()
