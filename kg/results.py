"""Query results in one canonical shape, whatever engine produced them.

Every engine kg talks to (pyoxigraph in-process, a remote endpoint's SPARQL JSON, Jena's
command-line tools) is read into pyoxigraph terms first and then rendered here by one
function, so equal answers print identically:

- IRIs are compacted with the project's prefixes (``kg:Meeting``, ``kgr:entity/Q38799``) when
  the rest of the IRI is made of letters, digits and ``_-./``, otherwise written as ``<iri>``
  (a display form: ``/`` would need escaping in Turtle);
- literals are shown as their lexical form, language tag and datatype dropped, except that
  numbers and booleans are written in one canonical form (``3.0e0``, ``3E0`` and ``3`` typed
  xsd:double all become ``3.0``) because engines and stores re-spell them freely;
- blank nodes are ``_:label`` (labels are per engine, so answers with blank nodes do not compare);
- an unbound variable is ``None``.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import shutil
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, TextIO

import pyoxigraph as ox

from kg.namespaces import PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "nonPositiveInteger",
        "positiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {XSD + "double", XSD + "float"}
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-/]*[A-Za-z0-9_\-])?")
# Longest namespace first, so that a namespace nested in another one wins.
_NAMESPACES = sorted(PREFIXES.items(), key=lambda item: len(item[1]), reverse=True)

GRAPH_COLUMNS = ["subject", "predicate", "object"]


OutputFormat = Literal["table", "csv", "json"]


Row = tuple[str | None, ...]


@dataclass(frozen=True)
class QueryResult:
    """The answer to one query: solutions of a SELECT, triples of a CONSTRUCT/DESCRIBE
    (as ``subject``/``predicate``/``object`` rows), or the truth value of an ASK in `boolean`."""

    columns: list[str]
    rows: list[Row]
    boolean: bool | None = None

    def comparable(self) -> tuple[list[str], list[tuple[str | None, ...]], bool | None]:
        """The result with columns in name order and rows sorted.

        Two engines that found the same solutions compare equal on this even when they list
        `SELECT *` variables or unordered rows differently. Row multiplicity is kept.
        """
        order = sorted(range(len(self.columns)), key=lambda index: self.columns[index])
        rows = [tuple(row[index] for index in order) for row in self.rows]
        rows.sort(key=lambda row: tuple((value is None, value or "") for value in row))
        return [self.columns[index] for index in order], rows, self.boolean


def compact_iri(iri: str) -> str:
    """``kg:Meeting`` for an IRI in a project namespace, ``<iri>`` otherwise."""
    for prefix, namespace in _NAMESPACES:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if local == "" or _LOCAL_NAME.fullmatch(local):
                return f"{prefix}:{local}"
    return f"<{iri}>"


def literal_text(lexical: str, datatype: str) -> str:
    """The lexical form of a literal, with numbers and booleans in one canonical spelling."""
    try:
        if datatype in _INTEGER_TYPES:
            return str(int(lexical.strip()))
        if datatype == XSD + "decimal":
            value = Decimal(lexical.strip())
            if not value.is_finite():
                return lexical
            text = format(value.normalize(), "f")
            return text if "." in text else f"{text}.0"
        if datatype in _FLOAT_TYPES:
            number = float(lexical.strip().replace("INF", "inf"))
            if math.isnan(number):
                return "NaN"
            if math.isinf(number):
                return "INF" if number > 0 else "-INF"
            return repr(number)
        if datatype == XSD + "boolean":
            return {"1": "true", "0": "false"}.get(lexical.strip(), lexical.strip())
    except (ValueError, InvalidOperation):
        return lexical  # an ill-typed literal is shown as written
    return lexical


def term_text(term: Any) -> str | None:
    """Canonical text of one pyoxigraph term; None for an unbound variable."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return compact_iri(term.value)
    if isinstance(term, ox.Literal):
        return literal_text(term.value, term.datatype.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        parts = (term_text(part) for part in (term.subject, term.predicate, term.object))
        return "<< {} >>".format(" ".join(part or "" for part in parts))
    raise TypeError(f"not an RDF term: {term!r}")


@dataclass(frozen=True)
class RowStream:
    """An answer read row by row as the engine gives it: CSV and JSON print each row as it
    comes, and a table takes one page. `boolean` is an ASK's answer (then `rows` is empty)."""

    columns: list[str]
    rows: Iterator[Row]
    boolean: bool | None = None

    @classmethod
    def of(cls, result: QueryResult) -> RowStream:
        return cls(result.columns, iter(result.rows), result.boolean)

    def collect(self) -> QueryResult:
        return QueryResult(self.columns, list(self.rows), self.boolean)


def stream_pyoxigraph(answer: Any, stop: threading.Event | None = None) -> RowStream:
    """What pyoxigraph returns for a query, or parses from a response, read lazily.

    `answer` is a `QueryBoolean`, `QuerySolutions`, or an iterable of triples or quads.
    Once `stop` is set (whoever waited for the answer gave up), reading ends at the next
    solution: the part read is for nobody, and the evaluation is not pulled any further.
    """
    if isinstance(answer, ox.QueryBoolean):
        return RowStream(columns=[], rows=iter(()), boolean=bool(answer))
    items = answer if stop is None else _until(answer, stop)
    if isinstance(answer, ox.QuerySolutions):
        width = len(answer.variables)
        return RowStream(
            columns=[variable.value for variable in answer.variables],
            rows=(tuple(term_text(solution[i]) for i in range(width)) for solution in items),
        )
    triples = ((term_text(t.subject), term_text(t.predicate), term_text(t.object)) for t in items)
    return RowStream(columns=list(GRAPH_COLUMNS), rows=triples)


def from_pyoxigraph(answer: Any, stop: threading.Event | None = None) -> QueryResult:
    """Read what pyoxigraph returns for a query or parses from a response into a QueryResult
    (`stream_pyoxigraph`, read whole)."""
    return stream_pyoxigraph(answer, stop).collect()


def _until(items: Iterable[Any], stop: threading.Event) -> Iterator[Any]:
    for item in items:
        if stop.is_set():
            return
        yield item


def from_triples(triples: Iterable[Any]) -> QueryResult:
    """A CONSTRUCT/DESCRIBE answer: one row per triple."""
    return stream_pyoxigraph(triples).collect()


def render(result: QueryResult, fmt: OutputFormat = "table", width: int | None = None) -> str:
    """Print `result` as a table (rich, `width` columns wide), CSV or JSON."""
    if fmt in ("csv", "json"):
        buffer = io.StringIO()
        write(RowStream.of(result), fmt, buffer)
        return buffer.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown output format {fmt!r}: use table, csv or json")
    if result.boolean is not None:
        return f"{str(result.boolean).lower()}\n"
    return _table(result, width or shutil.get_terminal_size().columns)


def write(stream: RowStream, fmt: Literal["csv", "json"], out: TextIO) -> None:
    """Write `stream` to `out` as CSV or JSON, each row as it comes (nothing is held)."""
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        if stream.boolean is not None:
            writer.writerows([["boolean"], [str(stream.boolean).lower()]])
            return
        writer.writerow(stream.columns)
        for row in stream.rows:
            writer.writerow(["" if value is None else value for value in row])
        return
    if stream.boolean is not None:
        out.write(_json({"boolean": stream.boolean}) + "\n")
        return
    # The bytes json.dumps(indent=2) would give for the whole document, written row by row.
    out.write('{\n  "columns": ' + _json(stream.columns, 1) + ',\n  "rows": [')
    count = 0
    for count, row in enumerate(stream.rows, 1):
        document = dict(zip(stream.columns, row, strict=True))
        out.write(("\n" if count == 1 else ",\n") + "    " + _json(document, 2))
    out.write("\n  ]\n}\n" if count else "]\n}\n")


def _json(value: Any, level: int = 0) -> str:
    """`value` as json.dumps(indent=2) writes it `level` levels deep."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)


def _table(result: QueryResult, width: int) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        caption=f"{len(result.rows)} rows",
        caption_justify="left",
    )
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        # Text, not str: values are data, and a "[...]" in them must not be read as rich markup.
        table.add_row(*(Text("" if value is None else value) for value in row))
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, highlight=False).print(table)
    return buffer.getvalue()
