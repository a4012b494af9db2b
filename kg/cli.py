"""The `kg` command line: a thin typer layer over the library.

Commands check their options and call one library function each. Every `KgError`
is turned into a one-line message and exit status 1 in `main`; `--debug` shows the traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import KgError

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


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    if debug:
        os.environ["KG_DEBUG"] = "1"


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
) -> None:
    """Build the knowledge graph of a folder of Arabic news articles."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from kg.nlp import ArabicParser
    from kg.pipeline import build

    arabic = ArabicParser(model, parser)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeRemainingColumn(),
        transient=True,
    ) as progress:
        task = progress.add_task("parsing", total=None)

        def advance(name: str, total: int) -> None:
            progress.update(task, total=total, advance=1, description=name)

        report = build(input_dir, output, arabic, on_article=advance)
    _print_build_report(report, output)


def _print_build_report(report, output: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for skipped in report.skipped:
        console.print(f"[yellow]skipped[/yellow] {skipped.source}: {skipped.reason}")
    table = Table(title=f"kg build → {output}", show_header=False)
    table.add_row("documents", str(report.documents))
    table.add_row("skipped", str(len(report.skipped)))
    table.add_row("sentences", str(report.sentences))
    table.add_row("entities linked / unlinked", f"{report.linked} / {report.unlinked}")
    for kind, count in sorted(report.events.items()):
        table.add_row(f"events: {kind}", str(count))
    for relation in ("met", "joinedCase", "heldMeetingIn", "memberOf"):
        table.add_row(f"facts: {relation}", str(report.facts.get(relation, 0)))
    table.add_row("triples", str(report.triples))
    table.add_row("elapsed", f"{report.seconds:.1f} s")
    console.print(table)


@app.command("validate")
def validate_cli(graph: GraphOption = DEFAULT_GRAPH) -> None:
    """Check a graph against the SHACL shapes in ontology/shapes.ttl."""
    from kg.validate import check_conforms, load_graph

    check_conforms(load_graph(graph))
    typer.echo(f"{graph} conforms to the SHACL shapes")


@app.command("eval")
def eval_cli(
    graph: GraphOption = DEFAULT_GRAPH,
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotation folder.")] = Path(
        "tests/gold"
    ),
    errors: Annotated[
        bool, typer.Option("--errors", help="List missed and spurious facts.")
    ] = False,
) -> None:
    """Print precision, recall and F1 per relation and for meetings against the gold annotation."""
    from rich.console import Console
    from rich.table import Table

    from kg.evaluation import RELATIONS, evaluate
    from kg.validate import load_graph

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
            str(score.predicted),
            str(score.true_positives),
            f"{score.precision:.2f}",
            f"{score.recall:.2f}",
            f"{score.f1:.2f}",
        )
    console = Console()
    console.print(table)
    matched = result.meetings.true_positives
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
) -> None:
    """Install an Arabic model from a local folder into the per-user model cache."""
    from kg.models import install

    target = install(source)
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


@models_app.command("download")
def models_download_cli() -> None:
    """Download spacy-udpipe's official Arabic UDPipe model (needs internet access)."""
    from kg.models import download

    typer.echo(f"installed → {download()}")


def main() -> None:
    """Entry point of the `kg` script: run the app, report `KgError` on one line."""
    try:
        app(standalone_mode=False)
    except KgError as error:
        if os.environ.get("KG_DEBUG"):
            raise
        typer.secho(f"error: {error}", err=True, fg=typer.colors.RED)
        sys.exit(1)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except Exception as error:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(error, click.ClickException):
            error.show()
            sys.exit(error.exit_code)
        raise
