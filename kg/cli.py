"""The `kg` command line: a thin typer layer over the library.

Commands check their options and call one library function each. Every `KgError`
is turned into a one-line message and exit status 1 in `main`; `--debug` shows the traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from kg.errors import KgError
from kg.settings import DEBUG_ENV, collect_garbage_less_often, settings, shared_dir

SHARED = shared_dir()  # treebanks and corpora: beside the checkout, not the current folder

app = typer.Typer(
    help="Build a Wikidata-linked knowledge graph from Arabic political news and query it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

DEFAULT_GRAPH = Path("out/kg.ttl")
GraphOption = Annotated[
    Path, typer.Option("--graph", "-g", help="Turtle file written by `kg build`.")
]
DEFAULT_GOLD = Path("tests/gold")
GoldOption = Annotated[Path, typer.Option("--gold", help="Gold annotation folder.")]


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    if debug:
        os.environ[DEBUG_ENV] = "1"  # child processes (--jobs) show tracebacks too


ModelOption = Annotated[
    Path | None,
    typer.Option("--model", help="Arabic model folder (default: $KG_MODEL, else the model cache)."),
]
ParserOption = Annotated[
    str | None,
    typer.Option("--parser", help="'spacy' (UDPipe words + spaCy parser, default) or 'udpipe'."),
]


@app.command("build")
def build_cli(
    input_dir: Annotated[
        Path, typer.Option("--input", "-i", help="Folder of .txt articles.")
    ] = Path("seeds"),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Turtle file to write.")
    ] = DEFAULT_GRAPH,
    model: ModelOption = None,
    parser: ParserOption = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Worker processes parsing in parallel.")
    ] = 1,
    cache: Annotated[
        Path | None,
        typer.Option(
            "--cache",
            help="Folder of cached extractions, yours alone (default: ~/.cache/kg/builds).",
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Parse every article; read and write no build cache (kg's compiled tables "
            "are kept all the same).",
        ),
    ] = False,
    gold_parse: Annotated[
        Path | None,
        typer.Option(
            "--gold-parse",
            help="Take words, tags and trees from this CoNLL-U treebank instead of the model "
            "(every line of every article must be one of its sentences); no cache, one process.",
        ),
    ] = None,
    ner: Annotated[
        bool,
        typer.Option(
            "--ner/--no-ner",
            help="Read names no table lists with kg's NER (default); --no-ner is faster.",
        ),
    ] = True,
    max_article_bytes: Annotated[
        int,
        typer.Option(
            "--max-article-bytes",
            min=1,
            help="Skip (and report) an article file larger than this many bytes.",
        ),
    ] = 5_000_000,
) -> None:
    """Build the knowledge graph of a folder of Arabic news articles."""
    collect_garbage_less_often()
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from kg.buildcache import default_cache
    from kg.curation import curation_file, read_decisions
    from kg.files import check_output
    from kg.nlp import load_parser
    from kg.pipeline import build
    from kg.reader import article_files

    # A missing or empty folder is reported before the model loads, and so is a malformed
    # curation file; the count of articles sizes the progress bar.
    files = len(article_files(input_dir))
    read_decisions(curation_file(input_dir))
    check_output(output)  # and so is an output kg cannot write
    if gold_parse is not None:
        from kg.treebank import TreebankParser

        text_parser, jobs, no_cache = TreebankParser(gold_parse, ner=ner), 1, True
    else:
        text_parser = load_parser(model, parser, ner=ner)
    cache_dir = None if no_cache else cache or default_cache()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} files"),
        TimeRemainingColumn(),
        transient=True,
    ) as progress:
        task = progress.add_task("loading the model, then parsing", total=files)

        def advance(name: str, total: int) -> None:
            progress.update(task, total=total, advance=1, description=name)

        report = build(
            input_dir,
            output,
            text_parser,
            on_document=advance,
            jobs=jobs,
            cache_dir=cache_dir,
            max_article_bytes=max_article_bytes,
        )
    _print_build_report(report, output)


def _print_build_report(report, output: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for skipped in report.skipped:
        console.print(f"[yellow]skipped[/yellow] {skipped.source}: {skipped.reason}")
    for source, read_as in report.read_as:
        console.print(f"[cyan]read[/cyan] {source} as {read_as}")
    table = Table(title=f"kg build → {output}", show_header=False)
    table.add_row("documents", str(report.documents))
    table.add_row("skipped", str(len(report.skipped)))
    table.add_row("parsed / from cache", f"{report.parsed} / {report.cached}")
    table.add_row("sentences", str(report.sentences))
    table.add_row("entities linked / unlinked", f"{report.linked} / {report.unlinked}")
    for kind, count in sorted(report.events.items()):
        table.add_row(f"events: {kind}", str(count))
    from kg.schema import RELATIONS

    for relation in RELATIONS:
        table.add_row(f"facts: {relation}", str(report.facts.get(relation, 0)))
    table.add_row("triples", str(report.triples))
    table.add_row("query store", str(report.store) if report.store else "not written")
    table.add_row("elapsed", f"{report.seconds:.1f} s")
    curation = report.curation
    if curation is not None and curation.path.is_file():
        applied, unmatched = len(curation.applied), len(curation.unmatched)
        table.add_row("curation: applied / matched nothing", f"{applied} / {unmatched}")
    console.print(table)
    for item in curation.unmatched if curation else ():
        typer.echo(f"{curation.path.name} {item}", err=True)


@app.command("validate")
def validate_cli(
    graph: GraphOption = DEFAULT_GRAPH,
    show_all: Annotated[
        bool, typer.Option("--all", help="Print every violation, one per line, on stdout.")
    ] = False,
) -> None:
    """Check a graph against the SHACL shapes in ontology/shapes.ttl."""
    from kg.graph import load_graph
    from kg.validate import check_conforms, violations

    loaded = load_graph(graph)
    if show_all:
        for violation in violations(loaded):
            typer.echo(str(violation))
    check_conforms(loaded, rest="" if show_all else f"kg validate --all --graph {graph}")
    typer.echo(f"{graph} conforms to the SHACL shapes")


@app.command("eval")
def eval_cli(
    graph: GraphOption = DEFAULT_GRAPH,
    gold: GoldOption = DEFAULT_GOLD,
    errors: Annotated[
        bool, typer.Option("--errors", help="List missed and spurious facts.")
    ] = False,
) -> None:
    """Print precision, recall and F1 per relation and for meetings against the gold annotation."""
    from rich.console import Console
    from rich.table import Table

    from kg.evaluation import evaluate
    from kg.graph import load_graph
    from kg.schema import RELATIONS

    result = evaluate(load_graph(graph), gold)
    table = Table(title=f"kg eval: {graph} against {gold}")
    for column in ("relation", "gold", "predicted", "correct", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "relation" else "right")
    for name, score in [
        *((r, result.relations[r]) for r in RELATIONS),
        ("meetings", result.meetings),
    ]:
        table.add_row(
            name,
            str(score.gold),
            str(score.system),
            str(score.correct),
            f"{score.precision:.2f}",
            f"{score.recall:.2f}",
            f"{score.f1:.2f}",
        )
    console = Console()
    console.print(table)
    matched = result.meetings.correct
    console.print(
        f"matched meetings: place correct {result.place_correct}/{matched}, "
        f"date correct {result.date_correct}/{matched}"
    )
    console.print(f"facts that must not be produced, produced: {len(result.forbidden)}")
    for fact in result.forbidden:
        console.print(f"  [red]forbidden[/red] {fact}")
    if errors:
        for relation in RELATIONS:
            for fact in result.missed[relation]:
                console.print(f"  missed   {relation} {fact}")
            for fact in result.spurious[relation]:
                console.print(f"  spurious {relation} {fact}")


models_app = typer.Typer(help="Install and list the Arabic parse models.", no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("install")
def models_install_cli(
    source: Annotated[
        Path, typer.Option("--from", help="A model folder (UDPipe + spaCy) or a .udpipe file.")
    ],
    ner: Annotated[
        Path | None,
        typer.Option(
            "--ner", help="A NER pipeline from `kg models train-ner` (default: the shipped one)."
        ),
    ] = None,
) -> None:
    """Install an Arabic model from a local folder into the per-user model cache."""
    from kg.models import install

    target = install(source, ner=ner)
    typer.echo(f"installed {source} → {target}")


@models_app.command("list")
def models_list_cli() -> None:
    """List the installed models with their source, licence and accuracy."""
    from kg.models import installed

    manifests = installed()
    if not manifests:
        typer.echo("no model installed: run `kg models install --from PATH`")
    for manifest in manifests:
        accuracy = ", ".join(f"{k}={v}" for k, v in manifest.get("accuracy", {}).items())
        typer.echo(f"{manifest['name']}: {manifest['source']} [{manifest['licence']}] {accuracy}")
        ner = manifest.get("ner")
        if ner:
            scores = ", ".join(f"{k}={v}" for k, v in ner.get("accuracy", {}).items())
            typer.echo(f"  {ner['path']}: {ner['source']} [{ner['licence']}] {scores}")


@models_app.command("download")
def models_download_cli(
    url: Annotated[
        str | None,
        typer.Option("--url", help="Download from this URL (a mirror) instead of LINDAT."),
    ] = None,
    timeout: Annotated[
        int,
        typer.Option("--timeout", min=1, help="Whole seconds the whole download may take."),
    ] = 600,
) -> None:
    """Download spacy-udpipe's official Arabic UDPipe model (needs internet access)."""
    from kg.models import download

    typer.echo(f"installed → {download(url=url, timeout=timeout)}")


UdOption = Annotated[Path, typer.Option("--ud", help="Folder of the UD Arabic-PADT CoNLL-U files.")]


@models_app.command("train")
def models_train_cli(
    ud: UdOption = SHARED / "ud",
    output: Annotated[Path, typer.Option("--output", "-o", help="Model folder to write.")] = Path(
        "out/models/ar_padt"
    ),
    model: ModelOption = None,
    max_steps: Annotated[
        int | None,
        typer.Option("--max-steps", min=1, help="Stop after N steps (a smoke run); default 6000."),
    ] = None,
) -> None:
    """Retrain the spaCy tagger, lemmatizer and parser from a UD treebank (seed 0)."""
    from kg.nlp import resolve_model_dir
    from kg.training import train

    target = train(ud, output, resolve_model_dir(model), max_steps=max_steps)
    typer.echo(f"trained → {target}: try `kg models evaluate --model {target}`")


CorpusOption = Annotated[
    Path, typer.Option("--corpus", help="Folder of the NER corpora (newsfane/, wikifane/).")
]


@models_app.command("train-ner")
def models_train_ner_cli(
    corpus: CorpusOption = SHARED / "ner",
    output: Annotated[
        Path, typer.Option("--output", "-o", help="NER pipeline folder to write.")
    ] = Path("out/models/ar_ner"),
    segmentation: Annotated[
        str,
        typer.Option(
            "--segmentation", help="'udpipe' (kg's words, default) or 'seg' (the corpus tokens)."
        ),
    ] = "udpipe",
    news_only: Annotated[
        bool, typer.Option("--news-only", help="Train on NewsFANE alone, without WikiFANE.")
    ] = False,
    model: ModelOption = None,
    max_steps: Annotated[
        int | None,
        typer.Option("--max-steps", min=1, help="Stop after N steps (a smoke run)."),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="Only the first N sentences of each split."),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="spaCy config (default: kg's NER config).")
    ] = None,
) -> None:
    """Train kg's Arabic NER (PER/ORG/GPE/LOC/MISC) on NewsFANE + WikiFANE (seed 0)."""
    from kg.ner_training import train_ner
    from kg.nlp import ArabicParser

    tokenizer = ArabicParser(model, ner=False) if segmentation == "udpipe" else None
    corpora = ("newsfane",) if news_only else ("newsfane", "wikifane")
    target = train_ner(
        corpus,
        output,
        segmentation=segmentation,
        corpora=corpora,
        config=config,
        max_steps=max_steps,
        limit=limit,
        tokenizer=tokenizer,
    )
    typer.echo(
        f"trained → {target}: try `kg models evaluate --ner --ner-model {target}`, "
        f"then `kg models install --from MODEL --ner {target}`"
    )


@models_app.command("evaluate")
def models_evaluate_cli(
    test: Annotated[
        Path, typer.Option("--test", help="Gold CoNLL-U file whose raw text is parsed.")
    ] = SHARED / "ud" / "ar_padt-test.conllu",
    model: ModelOption = None,
    parser: ParserOption = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Only the first N sentences.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write the parse as CoNLL-U.")
    ] = None,
    ner: Annotated[
        bool, typer.Option("--ner", help="Score the NER on the NewsFANE test split instead.")
    ] = False,
    corpus: CorpusOption = SHARED / "ner",
    ner_model: Annotated[
        Path | None,
        typer.Option("--ner-model", help="With --ner: this NER pipeline, not the installed one."),
    ] = None,
) -> None:
    """Print CoNLL 2018 scores (F1) of the parse of a UD test file's raw text, or (--ner)
    the NER's precision, recall and F1 per label on the NewsFANE test split."""
    from rich.console import Console

    from kg.modeleval import evaluate_parser
    from kg.nlp import ArabicParser

    if ner:
        _evaluate_ner(model, parser, corpus, ner_model, limit)
        return
    arabic = ArabicParser(model, parser, ner=False, lemmas=True)
    result = evaluate_parser(arabic, test, limit=limit, output=output)
    title = (
        f"kg models evaluate: {arabic.parser} parse of {test.name}, "
        f"{result.sentences} sentences from raw text"
    )
    console = Console()
    console.print(_score_table(title, "metric", result.scores))
    console.print(
        f"{result.words:,} words parsed in {result.seconds:.1f} s "
        f"({result.words_per_second:,.0f} words/s) with {arabic.spec.model_dir}"
    )


def _evaluate_ner(
    model: Path | None,
    parser: str | None,
    corpus: Path,
    ner_model: Path | None,
    limit: int | None,
) -> None:
    from rich.console import Console

    from kg.ner_eval import evaluate_installed

    report = evaluate_installed(model, parser, corpus, ner_model, limit)
    console = Console()
    console.print(f"NER pipeline: {report.path}")
    for name, result in report.results.items():
        title = f"NewsFANE test, {name}: {result.sentences} sentences, {result.words:,} words"
        console.print(_score_table(title, "label", result.scores))
    console.print(report.note)


def _score_table(title: str, first_column: str, scores: dict):
    """Gold, system, correct and P/R/F1 (in %) per row of `scores` (`kg.scores.Score`)."""
    from rich.table import Table

    table = Table(title=title)
    for column in (first_column, "gold", "system", "correct", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == first_column else "right")
    for name, score in scores.items():
        table.add_row(
            name,
            str(score.gold),
            str(score.system),
            str(score.correct),
            f"{100 * score.precision:.1f}",
            f"{100 * score.recall:.1f}",
            f"{100 * score.f1:.1f}",
        )
    return table


def main() -> None:
    """Entry point of the `kg` script: run the app, report `KgError` on one line; SIGTERM and
    SIGHUP clean up (temp files, locks) before kg dies by them."""
    from kg.termination import Terminated, die_by, raise_on_termination

    raise_on_termination()
    try:
        app()
    except KgError as error:
        if settings().debug:
            raise
        # One line, whatever the message quotes (pyoxigraph's parse errors span several).
        typer.secho(f"error: {' '.join(str(error).split())}", err=True, fg=typer.colors.RED)
        sys.exit(1)
    except Terminated as end:
        die_by(end.signum)


# ---------------------------------------------------------------- query, load, serve
# Endpoint commands. kg.store, kg.queries and kg.serve are imported inside the commands so
# that `kg --help` never loads SPARQLWrapper or pyoxigraph.

EndpointOption = Annotated[
    str | None,
    typer.Option(
        "--endpoint",
        "-e",
        help="Fuseki dataset URL, e.g. http://localhost:3030/kg (kg uses its /sparql and /data; "
        "a URL ending in /sparql, /query or /data names its dataset), or a service at the "
        "server's root, e.g. http://localhost:7878/sparql (its Graph Store then is /store).",
    ),
]
QueryUrlOption = Annotated[
    str | None,
    typer.Option("--query-url", help="SPARQL query URL (Oxigraph: http://HOST:7878/query)."),
]
StoreUrlOption = Annotated[
    str | None,
    typer.Option(
        "--store-url", help="Graph Store Protocol URL (Oxigraph: http://HOST:7878/store)."
    ),
]
UserOption = Annotated[
    str | None,
    typer.Option("--user", envvar="KG_ENDPOINT_USER", help="User for HTTP basic auth."),
]
PasswordOption = Annotated[
    str | None,
    typer.Option("--password", envvar="KG_ENDPOINT_PASSWORD", help="Password for HTTP basic auth."),
]


TABLE_ROWS = 100  # a table longer than this is paged; CSV and JSON print every row


@app.command("query")
def query_cli(
    name: Annotated[
        str | None,
        typer.Argument(help="A saved query (see --list), a .rq file, or - for standard input."),
    ] = None,
    sparql: Annotated[
        str | None, typer.Option("--sparql", help="Run this SPARQL text instead of a saved query.")
    ] = None,
    list_queries: Annotated[
        bool, typer.Option("--list", help="List the saved queries and their parameters.")
    ] = False,
    actor: Annotated[
        str | None,
        typer.Option("--actor", help="The actor a query asks about: a name, English label or QID."),
    ] = None,
    city: Annotated[
        str | None, typer.Option("--city", help="The city a query asks about, named the same ways.")
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Earliest date: 2025, 2025-03 or 2025-03-10.")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Latest date (inclusive), written the same ways.")
    ] = None,
    params: Annotated[
        list[str] | None,
        typer.Option("--param", help="NAME=VALUE for any other declared parameter (repeatable)."),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=0, help=f"Rows to print (table default: {TABLE_ROWS})."),
    ] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Rows to skip first.")] = 0,
    graph: GraphOption = DEFAULT_GRAPH,
    endpoint: EndpointOption = None,
    query_url: QueryUrlOption = None,
    fmt: Annotated[
        Literal["table", "csv", "json"], typer.Option("--format", help="Output format.")
    ] = "table",
    timeout: Annotated[
        int,
        typer.Option(
            "--timeout",
            min=1,
            help="Whole seconds the query may take, on the local graph or the endpoint "
            "(the endpoint's whole answer included).",
        ),
    ] = 60,
    user: UserOption = None,
    password: PasswordOption = None,
    allow_service: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-service",
            metavar="HOST",
            help="Let a query on the local graph call SERVICE on HOST (or HOST:PORT); "
            "repeatable. Without it, SERVICE is refused: it sends the graph's data away.",
        ),
    ] = None,
) -> None:
    """Run a saved SPARQL query (or --sparql text) on the built graph, or on an endpoint."""
    from kg.queries import catalogue, given_query, page, run_query, saved_query, window
    from kg.results import render, write
    from kg.store import resolve_endpoints

    if list_queries:
        _print_catalogue(catalogue())
        return
    endpoints = resolve_endpoints(endpoint, query_url=query_url)
    if (name is None) == (sparql is None):
        raise typer.BadParameter("give a saved query name, a .rq file, - or --sparql TEXT")
    if sparql is not None:
        query = given_query(sparql, "--sparql")
    elif name == "-":
        query = given_query(sys.stdin.read(), "standard input")
    else:
        query = saved_query(name)
    arguments = {"actor": actor, "city": city, "from": date_from, "to": date_to}
    arguments |= dict(_name_value(item) for item in params or [])
    result = run_query(
        query,
        graph=graph,
        endpoints=endpoints,
        user=user,
        password=password,
        timeout=timeout,
        arguments={key: value for key, value in arguments.items() if value is not None},
        allow_service=allow_service or (),
    )
    if fmt != "table":  # every row printed as it comes
        write(window(result, limit, offset), fmt, sys.stdout)
        return
    shown, left_out = page(result, TABLE_ROWS if limit is None else limit, offset)
    typer.echo(render(shown, fmt), nl=False)
    if left_out:
        typer.echo(f"rows left out: {left_out} (see them with --limit / --offset, or --format csv)")


def _name_value(item: str) -> tuple[str, str]:
    name, equals, value = item.partition("=")
    if not equals or not name:
        raise typer.BadParameter(f"--param {item!r}: write NAME=VALUE")
    return name, value


def _print_catalogue(queries) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("query", "parameters", "what it answers", box=None)
    for query in queries:
        parameters = "\n".join(f"--{p.name} ({p.kind}): {p.about}" for p in query.parameters)
        table.add_row(query.origin.removesuffix(".rq"), parameters or "-", query.summary)
    Console().print(table)


@app.command("load")
def load_cli(
    endpoint: EndpointOption = None,
    query_url: QueryUrlOption = None,
    store_url: StoreUrlOption = None,
    file: Annotated[
        Path, typer.Option("--file", "-f", help="Turtle file written by `kg build`.")
    ] = DEFAULT_GRAPH,
    graph: Annotated[
        str | None, typer.Option("--graph", help="Named graph IRI (default: the default graph).")
    ] = None,
    replace: Annotated[
        bool,
        typer.Option("--replace", help="Replace the graph (HTTP PUT) instead of adding (POST)."),
    ] = False,
    timeout: Annotated[
        int,
        typer.Option(
            "--timeout", min=1, help="Whole seconds each exchange with the store may take in all."
        ),
    ] = 600,
    user: UserOption = None,
    password: PasswordOption = None,
) -> None:
    """Load the built graph into a SPARQL 1.1 store (Fuseki, Oxigraph...) by the Graph Store
    HTTP Protocol: POST adds, --replace PUTs."""
    from kg import store

    endpoints = store.resolve_endpoints(endpoint, query_url=query_url, store_url=store_url)
    if endpoints is None:
        raise typer.BadParameter("give --endpoint (a Fuseki dataset URL) or --store-url")
    remote = store.get("remote")(endpoints, user=user, password=password, timeout=timeout)
    report = remote.load(file, graph=graph, replace=replace)
    into = f"graph <{report.graph}>" if report.graph else "the default graph"
    size = "" if report.triples is None else f"; it now holds {report.triples} triples"
    verb = "replaced" if report.replaced else "added to"
    typer.echo(
        f"{report.source} ({report.bytes} bytes) {verb} {into} at {report.target} "
        f"in {report.seconds:.2f} s{size}"
    )


@app.command("serve")
def serve_cli(
    graph: GraphOption = DEFAULT_GRAPH,
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free).")
    ] = 7878,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; 127.0.0.1 stays on this machine.")
    ] = "127.0.0.1",
    writable: Annotated[
        bool,
        typer.Option(
            "--writable",
            help="Accept updates and Graph Store writes, with a user and password printed once.",
        ),
    ] = False,
) -> None:
    """Serve the built graph over SPARQL with Oxigraph's server, read-only, and its `kg view`
    page at /view, until Ctrl-C."""
    from kg import store
    from kg.serve import Served, is_loopback, serve

    if not is_loopback(host):
        typer.echo(
            f"warning: --host {host} is reachable from other machines: anyone who can connect "
            "can read the graph" + (" and try the password" if writable else ""),
            err=True,
        )

    def announce(served: Served) -> None:
        urls = served.endpoints
        triples = store.get("remote")(served.origin.endpoints).count()
        mode = "writable with the password below" if served.credentials else "read-only"
        typer.echo(f"serving {graph} ({triples} triples) at {served.base_url}, {mode}")
        typer.echo(f"  query:  {urls.query}")
        typer.echo(f"  update: {urls.update}")
        typer.echo(f"  store:  {urls.store}")
        typer.echo(f"  YASGUI: {served.base_url}/")
        typer.echo(f"  view:   {served.view_missing or served.view_url}")
        if served.credentials is None:
            typer.echo("updates and store writes are refused (kg serve --writable accepts them)")
            typer.echo(f"try: kg query NAME --query-url {urls.query}")
        else:
            typer.echo(f"  user:     {served.credentials.user}")
            typer.echo(f"  password: {served.credentials.password}  (shown only this once)")
            typer.echo(
                f"try: kg load --store-url {urls.store} --query-url {urls.query} --user USER "
                "--password PASSWORD (or set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD)"
            )
        typer.echo("press Ctrl-C to stop")

    serve(graph, port=port, host=host, writable=writable, on_ready=announce)
    typer.echo("stopped")


@app.command("view")
def view_cli(
    graph: GraphOption = DEFAULT_GRAPH,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor",
            help="Only the events of this actor: an Arabic label in any spelling, an English "
            "label or a Wikidata ID (Q38799).",
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option("--from", help="Only events dated on or after YYYY[-MM[-DD]]."),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--to", help="Only events dated on or before YYYY[-MM[-DD]]."),
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "out/view.html"
    ),
) -> None:
    """Draw the graph's actors, meetings and timeline into one HTML page that opens offline."""
    from kg.view import write_view

    report = write_view(graph, output, actor=actor, start=start, end=end)
    typer.echo(
        f"wrote {report.output}: {report.actors} actors, {report.edges} meeting pairs, "
        f"{report.events} events; open {report.output.resolve().as_uri()}"
    )


# ---------------------------------------------------------------- Wikidata: kb update, link
# kg.kb_update, kg.linker and kg.link_eval are imported inside the commands, like the
# endpoint commands above, so `kg --help` stays fast.

WikidataEndpointOption = Annotated[
    str | None,
    typer.Option(
        "--endpoint",
        help="SPARQL endpoint shaped like Wikidata's (default: https://query.wikidata.org/sparql).",
    ),
]
RefreshOption = Annotated[
    bool, typer.Option("--refresh", help="Ask the endpoint again instead of using the cache.")
]

kb_app = typer.Typer(help="The local linking knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("update")
def kb_update_cli(
    endpoint: WikidataEndpointOption = None,
    refresh: RefreshOption = False,
) -> None:
    """Rebuild the local linking tables from Wikidata: names, kinds, capitals, office holders."""
    from kg.kb import update_dir
    from kg.kb_update import update
    from kg.resources import cache_dir
    from kg.wikidata import WDQS, Client

    client = Client(endpoint or WDQS, cache=cache_dir(), refresh=refresh)
    report = update(client, update_dir())
    typer.echo(
        f"{report.entities} entities and {report.roles} office terms from {client.shown} "
        f"(answers of {report.queried}; {report.requests} queries sent, the rest cached) "
        f"→ {report.folder}"
    )


@app.command("link")
def link_cli(
    graph: GraphOption = DEFAULT_GRAPH,
    online: Annotated[
        bool, typer.Option("--online", help="Also look names up on the SPARQL endpoint.")
    ] = False,
    endpoint: WikidataEndpointOption = None,
    threshold: Annotated[
        float,
        typer.Option("--threshold", min=0.0, max=1.0, help="Lowest score that links an entity."),
    ] = 0.8,
    refresh: RefreshOption = False,
) -> None:
    """Link the entities a build left unlinked to Wikidata, or record their candidates."""
    from kg.linker import link
    from kg.resources import cache_dir
    from kg.wikidata import WDQS, Client

    if endpoint and not online:
        raise typer.BadParameter("--endpoint is for the online lookup: add --online")
    client = Client(endpoint or WDQS, cache=cache_dir(), refresh=refresh) if online else None
    report = link(graph, online=online, client=client, threshold=threshold)
    for label, qid, score in report.linked:
        typer.echo(f"linked {label} → wd:{qid} (score {score:.2f})")
    typer.echo(
        f"{graph}: {len(report.linked)} linked, {report.undecided} kept unlinked with "
        f"candidates, {report.unmatched} without candidates, {report.skipped} of kinds not linked, "
        f"{report.unlinked_by_analyst} kept unlinked by an analyst (kg curate unlink)"
    )


@app.command("eval-links")
def eval_links_cli(
    graph: GraphOption = DEFAULT_GRAPH,
    gold: GoldOption = DEFAULT_GOLD,
    errors: Annotated[
        bool, typer.Option("--errors", help="List the mentions not linked as the gold says.")
    ] = False,
) -> None:
    """Count gold mentions linked correctly, wrongly, or left unlinked, in a built graph."""
    from kg.graph import load_graph
    from kg.link_eval import OUTCOMES, evaluate_links

    result = evaluate_links(load_graph(graph), gold)
    mentions, entities = result.counts(), result.counts(distinct=True)
    typer.echo(f"kg eval-links: {graph} against {gold}/entities.tsv (mentions / entities)")
    for outcome, label in OUTCOMES.items():
        typer.echo(f"  {label:<36} {mentions[outcome]:>4} / {entities[outcome]:>3}")
    typer.echo(f"  {'accuracy (mentions)':<36} {result.accuracy:.3f}")
    if errors:
        for item in result.outcomes:
            if item.outcome not in ("correct", "unlinked-correct"):
                typer.echo(
                    f"  {item.outcome:<16} {item.document} «{item.mention}» {item.key}: "
                    f"gold {item.gold or '-'}, graph {item.found or '-'}"
                )


# ---------------------------------------------------------------- the analyst: curate, review
# kg.curation and kg.review are imported inside the commands, like the commands above.

curate_app = typer.Typer(
    help="Record an analyst's correction in the curation file beside the input; every "
    "`kg build` applies it.",
    no_args_is_help=True,
)
app.add_typer(curate_app, name="curate")

EntityArgument = Annotated[
    str, typer.Argument(help="An entity: its label (any spelling), English label, QID or IRI.")
]
WhyOption = Annotated[
    str, typer.Option("--why", help="Why: kept in the curation file and in the graph.")
]
WhoOption = Annotated[
    str, typer.Option("--who", envvar="USER", help="Who decides (default: $USER).")
]
CurationInputOption = Annotated[
    Path,
    typer.Option("--input", "-i", help="Folder of the articles; the file is its curation.tsv."),
]


def _curate(decision: str, why: str, who: str, input_dir: Path, graph: Path, **cells: str) -> None:
    import datetime

    from kg.curation import Decision, curate

    if not who:
        raise typer.BadParameter("give --who: $USER is not set", param_hint="--who")
    when = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    row = Decision(decision, who=who, when=when, why=why, **cells)
    path = curate(row, input_dir, graph)
    typer.echo(f"{path}: {row}; `kg build` applies it")


@curate_app.command("reject")
def curate_reject_cli(
    subject: EntityArgument,
    relation: Annotated[str, typer.Argument(help="met, joinedCase, heldMeetingIn or memberOf.")],
    obj: EntityArgument,
    why: WhyOption,
    document: Annotated[
        str,
        typer.Option("--document", "-d", help="The article's file name (default: every one)."),
    ] = "",
    who: WhoOption = "",
    input_dir: CurationInputOption = Path("seeds"),
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Reject a fact: SUBJECT did not RELATION OBJECT (in --document, or in any article)."""
    cells = {"subject": subject, "relation": relation, "object": obj, "document": document}
    _curate("reject", why, who, input_dir, graph, **cells)


@curate_app.command("link")
def curate_link_cli(
    entity: EntityArgument,
    qid: Annotated[str, typer.Argument(help="The Wikidata item, Q[1-9][0-9]*.")],
    why: WhyOption,
    who: WhoOption = "",
    input_dir: CurationInputOption = Path("seeds"),
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Link an entity to a Wikidata item (a candidate of `kg link`, or any QID)."""
    _curate("link", why, who, input_dir, graph, subject=entity, value=qid)


@curate_app.command("unlink")
def curate_unlink_cli(
    entity: EntityArgument,
    why: WhyOption,
    who: WhoOption = "",
    input_dir: CurationInputOption = Path("seeds"),
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Remove an entity's wrong Wikidata link (only while it is linked to the item it has now)."""
    _curate("unlink", why, who, input_dir, graph, subject=entity)


@curate_app.command("merge")
def curate_merge_cli(
    survivor: Annotated[str, typer.Argument(help="The entity that stays (its IRI is kept).")],
    merged: Annotated[str, typer.Argument(help="The entity merged into it.")],
    why: WhyOption,
    who: WhoOption = "",
    input_dir: CurationInputOption = Path("seeds"),
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Merge two entities that are one: MERGED's facts move to SURVIVOR."""
    _curate("merge", why, who, input_dir, graph, subject=survivor, object=merged)


@curate_app.command("rename")
def curate_rename_cli(
    entity: EntityArgument,
    label: Annotated[
        str, typer.Argument(help="The new label: Arabic replaces the Arabic one, else English.")
    ],
    why: WhyOption,
    who: WhoOption = "",
    input_dir: CurationInputOption = Path("seeds"),
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Rename an entity; the old label is kept as an alternative name."""
    _curate("rename", why, who, input_dir, graph, subject=entity, value=label)


@app.command("review")
def review_cli(
    graph: GraphOption = DEFAULT_GRAPH,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="Rows of each kind to list.")
    ] = 10,
) -> None:
    """List what the last build is least sure of, with evidence and a `kg curate` command."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from kg.graph import load_graph
    from kg.review import review

    items = review(load_graph(graph), limit)
    console = Console(highlight=False)
    if not items:
        console.print(f"{graph}: nothing to review")
        return
    table = Table(title=f"kg review: {graph}", box=box.SIMPLE_HEAD)
    for column, ratio in (("#", 0), ("kind", 0), ("what", 2), ("date / score", 0)):
        table.add_column(column, no_wrap=not ratio, ratio=ratio or None)
    table.add_column("source", overflow="fold", ratio=1)
    table.add_column("evidence", ratio=4)
    for number, item in enumerate(items, 1):
        cells = (item.kind, item.about, item.measure, item.source, item.evidence)
        table.add_row(str(number), *(Text(cell) for cell in cells))
    console.print(table)
    # The commands stay out of the table, one per line, so they can be copied whole.
    for number, item in enumerate(items, 1):
        console.print(Text(f"{number:>3}  {item.command_line}"), soft_wrap=True)
