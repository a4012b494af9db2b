"""Do kg's saved queries mean the same on Apache Jena, the engine behind Fuseki?

Runs every query on the graph three ways and compares the answers, rendered by kg's one
canonical renderer and compared as sorted multisets (row counts included):

- the local engine (pyoxigraph, what `kg query` uses);
- Jena ARQ on the Turtle file (`arq.sparql`), as `fuseki-server --file` does;
- Jena TDB2 (`tdb2.tdbloader` + `tdb2.tdbquery`), as a Fuseki dataset with `--loc` does.

It first validates the Turtle with `riotcmd.riot --validate` (warnings count as failures).

Jena comes from Debian's libapache-jena-java (Jena 4.5 libraries, no Fuseki). Two fixes make
it start: its relocated Xerces classes (`xerces.*` in jena-core.jar) look for message
resources that stayed under `org/apache/jena/ext/xerces/`, so they are copied to `xerces/` in
a scratch folder on the classpath; and the classpath lists jars one by one, because
`/usr/share/java/*` brings in several SLF4J bindings that conflict.

Exit status: 0 when all agree (or, printing ``SKIPPED: ...``, when Java or Jena is absent),
1 on any mismatch or invalid Turtle.

    python scripts/jena_check.py [--graph out/kg.ttl] [--queries DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

from kg.queries import query_form
from kg.resources import project_dir
from kg.results import QueryResult, from_pyoxigraph, from_triples
from kg.store.local import LocalStore

JAVA_DIR = Path("/usr/share/java")
JENA_JARS = [
    "jena-base",
    "jena-core",
    "jena-iri",
    "jena-arq",
    "jena-cmds",
    "jena-rdfconnection",
    "jena-shacl",
    "jena-shex",
    "jena-tdb",
    "jena-tdb2",
    "jena-dboe-base",
    "jena-dboe-index",
    "jena-dboe-storage",
    "jena-dboe-trans-data",
    "jena-dboe-transaction",
]
# Jena's runtime dependencies as Debian installs them, and exactly one SLF4J binding.
DEPENDENCY_JARS = [
    "commons-cli",
    "commons-codec",
    "commons-compress",
    "commons-csv",
    "commons-io",
    "commons-lang3",
    "commons-logging",
    "dexx.collection",
    "gson",
    "guava",
    "httpclient",
    "httpcore",
    "jackson-annotations",
    "jackson-core",
    "jackson-databind",
    "jakarta.json-api",
    "jsonld-java",
    "protobuf",
    "thrift",
    "titanium-json-ld",
    "slf4j-api",
    "slf4j-simple",
]
JVM_OPTIONS = [
    "-XX:TieredStopAtLevel=1",  # these runs are short: start fast rather than optimise
    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
]
XERCES_RESOURCES = "org/apache/jena/ext/xerces/"


class Skip(Exception):
    """Java or Jena is not installed: nothing to check."""


def classpath(java_dir: Path, scratch: Path) -> str:
    """The explicit classpath of Jena's command-line tools, with the Xerces resources fixed."""
    jars = [java_dir / f"{name}.jar" for name in JENA_JARS + DEPENDENCY_JARS]
    missing = [jar.name for jar in jars if not jar.is_file()]
    if missing:
        raise Skip(
            f"Apache Jena jars not found in {java_dir} ({', '.join(missing[:3])}...): "
            "apt-get install libapache-jena-java"
        )
    resources = scratch / "xerces-resources"
    with zipfile.ZipFile(java_dir / "jena-core.jar") as jar:
        for entry in jar.namelist():
            if entry.startswith(XERCES_RESOURCES) and not entry.endswith(("/", ".class")):
                target = resources / "xerces" / entry[len(XERCES_RESOURCES) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(entry))
    return ":".join([str(resources), *map(str, jars)])


class Jena:
    """Runs Jena's command-line tools in a JVM each."""

    def __init__(self, java: str, classpath: str) -> None:
        self.command = [java, *JVM_OPTIONS, "-cp", classpath]

    def run(self, main: str, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([*self.command, main, *args], capture_output=True, check=False)

    def answer(self, main: str, *args: str, form: str) -> QueryResult:
        """Run a query tool and read its answer (SPARQL JSON, or N-Triples for graphs)."""
        done = self.run(main, *args, "--results", "NT" if form == "graph" else "JSON")
        if done.returncode != 0:
            raise RuntimeError(f"{main} failed: {done.stderr.decode(errors='replace').strip()}")
        if form == "graph":
            return from_triples(ox.parse(done.stdout, format=ox.RdfFormat.N_TRIPLES))
        results = ox.parse_query_results(done.stdout, format=ox.QueryResultsFormat.JSON)
        return from_pyoxigraph(results)


def difference(local: QueryResult, other: QueryResult) -> str | None:
    """None if both answers hold the same rows; otherwise what differs, in a few lines."""
    mine, theirs = local.comparable(), other.comparable()
    if mine == theirs:
        return None
    if mine[0] != theirs[0] or mine[2] != theirs[2]:
        return f"columns/boolean {mine[0]}/{mine[2]} locally, {theirs[0]}/{theirs[2]} on Jena"
    only_local = [row for row in mine[1] if row not in theirs[1]][:3]
    only_jena = [row for row in theirs[1] if row not in mine[1]][:3]
    return (
        f"{len(mine[1])} rows locally, {len(theirs[1])} on Jena; "
        f"only local: {only_local}; only Jena: {only_jena}"
    )


def check(graph: Path, queries: list[Path], jena: Jena, scratch: Path) -> list[str]:
    """Validate `graph` and compare every query's answers; return the failures."""
    failures = []
    validated = jena.run("riotcmd.riot", "--validate", str(graph))
    complaints = validated.stderr.decode(errors="replace").strip()
    if validated.returncode != 0 or complaints:
        failures.append(f"riot --validate {graph}: {complaints or 'failed'}")
    else:
        print(f"riot --validate {graph}: valid Turtle")

    database = scratch / "tdb2"
    loaded = jena.run("tdb2.tdbloader", "--loc", str(database), str(graph))
    if loaded.returncode != 0:
        return [*failures, f"tdb2.tdbloader: {loaded.stderr.decode(errors='replace').strip()}"]

    local = LocalStore.from_turtle(graph)
    engines = {
        "arq": ("arq.sparql", "--data", str(graph)),
        "tdb2": ("tdb2.tdbquery", "--loc", str(database)),
    }
    for query in queries:
        text = query.read_text(encoding="utf-8")
        form = query_form(text, query.name)
        expected = local.query(text)
        # Two JVMs at a time: each spends most of its second or two starting up.
        with ThreadPoolExecutor(max_workers=2) as pool:
            answers = {
                name: pool.submit(jena.answer, *command, "--query", str(query), form=form)
                for name, command in engines.items()
            }
        for name, future in answers.items():
            try:
                problem = difference(expected, future.result())
            except (RuntimeError, SyntaxError) as error:
                problem = str(error)
            if problem:
                failures.append(f"{name} {query.name}: {problem}")
            else:
                size = expected.boolean if expected.boolean is not None else len(expected.rows)
                print(f"{name:<4} {query.name}: same answer as the local engine ({size})")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, default=Path("out/kg.ttl"))
    parser.add_argument("--queries", type=Path, help="folder of .rq files (default: queries/)")
    parser.add_argument("--java-dir", type=Path, default=JAVA_DIR)
    parser.add_argument(
        "--classpath",
        type=Path,
        metavar="DIR",
        help="print the classpath of Debian's Jena tools (resources kept in DIR) and stop",
    )
    args = parser.parse_args(argv)
    if args.classpath is not None:
        try:
            print(classpath(args.java_dir, args.classpath))
        except Skip as skip:
            print(f"error: {skip}", file=sys.stderr)
            return 1
        return 0

    queries = sorted((args.queries or project_dir("queries")).glob("*.rq"))
    if not args.graph.is_file():
        print(f"no graph at {args.graph}: run `kg build` first", file=sys.stderr)
        return 1
    java = shutil.which("java")
    try:
        if java is None:
            raise Skip("java not found (apt-get install default-jre-headless libapache-jena-java)")
        with tempfile.TemporaryDirectory(prefix="kg-jena-") as scratch:
            jena = Jena(java, classpath(args.java_dir, Path(scratch)))
            failures = check(args.graph, queries, jena, Path(scratch))
    except Skip as skip:
        print(f"SKIPPED: {skip}")
        return 0
    for failure in failures:
        print(f"MISMATCH {failure}", file=sys.stderr)
    if failures:
        print(f"jena check failed: {len(failures)} problem(s) on {args.graph}", file=sys.stderr)
        return 1
    print(f"jena check passed: {len(queries)} queries agree on ARQ, TDB2 and the local engine")
    return 0


if __name__ == "__main__":
    sys.exit(main())
