"""`kg build` against the bare parse of the same texts: whole processes, paired and alternating.

    nice -n 5 python benchmarks/paired.py --size 1000 --pairs 5
    python benchmarks/paired.py --size 100 --corpus events --pairs 3

For each corpus (benchmarks/make_corpus.py), the bare parse (benchmarks/bare_parse.py: UDPipe
words and the spaCy components kg runs, no kg code) and ``kg build --no-cache`` run one after
the other as fresh processes, ``--pairs`` times: bare, kg, bare, kg, ... Each run is timed from
process start to exit (imports, model loading, and for kg the graph, the SHACL check and the
Turtle file included), in wall time and in CPU time (user + system, from the exit status).
A pair's ratio is kg's words/s over the bare parse's words/s on the same words, that is the
bare run's time over kg's; its median and range over the pairs are reported, with the load
average before each run, since the machine may be shared.

Before timing, the parse components kg runs are read from kg's parser (``ArabicParser``) and
given to the bare parse (kg's NER, ``kg_ner``, is kg's work and stays on kg's side), and both
parse the first articles of the corpus once to check that they produce the same tokens, tags,
lemmas and trees (a hash of each parse).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = ROOT / "benchmarks" / "bare_parse.py"
CHECK_ARTICLES = 10
ENV = {**os.environ, "PYTHONHASHSEED": "0"}

_KG_SETUP = """
import json, sys
sys.path.insert(0, {benchmarks!r})
from pathlib import Path
from bare_parse import digest_of
from kg.nlp import ArabicParser
from kg.reader import read_folder
from kg.types import Article

parser = ArabicParser().load()
articles = [a for a in read_folder(Path({corpus!r})) if isinstance(a, Article)][:{limit}]
digest, sentences, tokens = digest_of(parser.pipe(articles))
print(json.dumps({{"components": parser.parse_components, "model": str(parser.spec.model_dir),
                  "parser": parser.parser, "digest": digest, "tokens": tokens}}))
"""


@dataclass(frozen=True)
class Run:
    wall_s: float
    cpu_s: float
    load_before: float


@dataclass
class Paired:
    corpus: str
    folder: str
    words: int
    articles: int
    components: list[str]
    same_parse: bool
    bare: list[Run] = field(default_factory=list)
    kg: list[Run] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)
    startup: tuple[Run, Run] | None = None  # bare, kg on the first article alone

    def steady_ratio(self) -> float | None:
        """The CPU-time ratio once each run's start-up (timed on one article) is taken off."""
        if self.startup is None:
            return None
        bare = statistics.median(run.cpu_s for run in self.bare) - self.startup[0].cpu_s
        kg = statistics.median(run.cpu_s for run in self.kg) - self.startup[1].cpu_s
        return bare / kg

    def ratios(self, what: str = "wall_s") -> list[float]:
        """kg's words/s over the bare parse's, pair by pair."""
        return [
            getattr(b, what) / getattr(k, what) for b, k in zip(self.bare, self.kg, strict=True)
        ]


def _children_cpu_s() -> float:
    """CPU seconds (user + system) of all finished child processes of this one."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str]) -> tuple[Run, str]:
    """Run `command` to its end, alone; its wall and CPU time, and its stdout."""
    load = os.getloadavg()[0]
    cpu = _children_cpu_s()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=ENV, check=False)
    wall = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr}")
    return Run(wall, _children_cpu_s() - cpu, load), done.stdout


def kg_setup(corpus: Path) -> dict:
    """kg's spaCy components and model folder, and the hash of its parse of the first articles."""
    code = _KG_SETUP.format(
        benchmarks=str(ROOT / "benchmarks"), corpus=str(corpus), limit=CHECK_ARTICLES
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=ENV, check=False
    )
    if done.returncode:
        sys.exit(f"reading kg's parser failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bare_command(corpus: Path, setup: dict, *extra: str) -> list[str]:
    return [
        sys.executable,
        str(BARE),
        str(corpus),
        "--model",
        setup["model"],
        "--components",
        ",".join(setup["components"]),
        *extra,
    ]


def kg_command(corpus: Path, output: Path, options: Sequence[str] = ()) -> list[str]:
    build = ["build", "--input", str(corpus), "--output", str(output), "--no-cache", *options]
    return [sys.executable, "-m", "kg", *build]


_EVENT_ROW = re.compile(r"events: (\w+)\s*\S\s*(\d+)")


def measure(
    name: str,
    corpus: Path,
    pairs: int,
    kg_options: Sequence[str] = (),
    bare_options: Sequence[str] = (),
) -> Paired:
    """Check that both parse alike, then time `pairs` alternating runs of each (`kg_options`
    are added to `kg build`'s, e.g. ``--no-ner``; `bare_options` to the bare parse's, e.g.
    ``--blis``)."""
    setup = kg_setup(corpus)
    if setup["parser"] != "spacy":
        sys.exit("kg parses with UDPipe alone here; the bare parse is the UDPipe + spaCy one")
    check = subprocess.run(
        bare_command(corpus, setup, "--digest", "--limit", str(CHECK_ARTICLES)),
        capture_output=True,
        text=True,
        env=ENV,
        check=True,
    )
    bare_check = json.loads(check.stdout.strip().splitlines()[-1])
    result = Paired(
        name,
        str(corpus),
        words=0,
        articles=0,
        components=setup["components"],
        same_parse=bare_check["digest"] == setup["digest"],
    )
    with tempfile.TemporaryDirectory(prefix="kg-bench-paired-") as folder:
        single = Path(folder) / "one"
        single.mkdir()
        first = min(corpus.glob("*.txt"))
        shutil.copy(first, single / first.name)
        result.startup = (
            timed(bare_command(single, setup, *bare_options))[0],
            timed(kg_command(single, Path(folder) / "one.ttl", kg_options))[0],
        )
        for _ in range(pairs):
            run, stdout = timed(bare_command(corpus, setup, *bare_options))
            counts = json.loads(stdout.strip().splitlines()[-1])
            result.words, result.articles = counts["words"], counts["articles"]
            result.bare.append(run)
            run, stdout = timed(kg_command(corpus, Path(folder) / "kg.ttl", kg_options))
            result.kg.append(run)
            result.events = {kind: int(n) for kind, n in _EVENT_ROW.findall(stdout)}
    return result


def spread(values: list[float], form: str = ".2f") -> str:
    """Median, with the range when there is more than one value."""
    middle = statistics.median(values)
    if len(values) == 1:
        return f"{middle:{form}}"
    return f"{middle:{form}} ({min(values):{form}}-{max(values):{form}})"


def print_table(results: list[Paired]) -> None:
    """The comparison as a Markdown table: one column per corpus."""
    print(
        "| kg build --no-cache vs the bare parse | " + " | ".join(r.corpus for r in results) + " |"
    )
    print("|---|" + "---:|" * len(results))

    def row(label: str, cells: list[str]) -> None:
        print(f"| {label} | " + " | ".join(cells) + " |")

    row("articles / words", [f"{r.articles:,} / {r.words:,}" for r in results])
    row(
        "events found (kg)",
        [", ".join(f"{n} {k}" for k, n in r.events.items()) or "none" for r in results],
    )
    row("same parse (first 10 articles)", ["yes" if r.same_parse else "NO" for r in results])
    row("pairs", [str(len(r.kg)) for r in results])
    row(
        "bare parse, words/s (wall)",
        [spread([r.words / run.wall_s for run in r.bare], ",.0f") for r in results],
    )
    row(
        "kg build, words/s (wall)",
        [spread([r.words / run.wall_s for run in r.kg], ",.0f") for r in results],
    )
    row("**kg / bare, wall time**", [f"**{spread(r.ratios('wall_s'))}**" for r in results])
    row("kg / bare, CPU time", [spread(r.ratios("cpu_s")) for r in results])
    row(
        "wall s: bare / kg (median)",
        [
            f"{statistics.median(x.wall_s for x in r.bare):.1f} / "
            f"{statistics.median(x.wall_s for x in r.kg):.1f}"
            for r in results
        ],
    )
    row(
        "CPU s: bare / kg (median)",
        [
            f"{statistics.median(x.cpu_s for x in r.bare):.1f} / "
            f"{statistics.median(x.cpu_s for x in r.kg):.1f}"
            for r in results
        ],
    )
    row(
        "start-up CPU s (one article): bare / kg",
        [
            f"{r.startup[0].cpu_s:.1f} / {r.startup[1].cpu_s:.1f}" if r.startup else ""
            for r in results
        ],
    )
    row(
        "kg / bare, CPU time less start-up",
        [f"{r.steady_ratio():.2f}" if r.startup else "" for r in results],
    )
    row(
        "load average before the runs",
        [
            f"{min(x.load_before for x in r.bare + r.kg):.2f}-"
            f"{max(x.load_before for x in r.bare + r.kg):.2f}"
            for r in results
        ],
    )
    print(f"spaCy components run by both: {', '.join(results[0].components)} (kg adds its NER)")


def main() -> None:
    from make_corpus import CORPORA, corpus_dir, write_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000, help="articles per corpus")
    parser.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA))
    parser.add_argument("--pairs", type=int, default=3, help="bare/kg pairs per corpus")
    parser.add_argument("--json", type=Path, help="also write every run's times here")
    parser.add_argument("--no-ner", action="store_true", help="run `kg build --no-ner`")
    parser.add_argument(
        "--bare-blis", action="store_true", help="time the bare parse on spaCy's default, blis"
    )
    args = parser.parse_args()
    results = []
    for name in args.corpus:
        folder = corpus_dir(name, args.size)
        if not folder.is_dir():
            print(write_corpus(name, args.size, folder).line())
        kg_options = ["--no-ner"] if args.no_ner else []
        bare_options = ["--blis"] if args.bare_blis else []
        results.append(measure(name, folder, args.pairs, kg_options, bare_options))
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    main()
