"""SPARQL text checked before any engine sees it: nesting bounded, parsed (never evaluated),
and its SERVICE calls listed so that a query on the local graph only reaches hosts the user
named.

Why rdflib's parser: pyoxigraph (0.5) offers its parser only through `Store.query`, which
also evaluates, and evaluates SERVICE calls before it returns, even for a SELECT whose
answer is never read; a syntax check through it sends requests. rdflib's `parseQuery` is a
SPARQL 1.1 grammar that only parses, and its tree names every SERVICE pattern with its IRI
or variable.

The nesting bound comes first: pyoxigraph recurses once per nested group and overflows the
stack (a segfault) at 3,000 ``{``; rdflib's parser recurses too, some 45 Python frames a
level, so it runs under a raised recursion limit.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql.algebra import translatePrologue
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Variable

from kg.errors import MalformedQuery, ServiceNotAllowed
from kg.urls import host_and_port, redact

QueryForm = Literal["select", "ask", "graph"]
FORMS: dict[str, QueryForm] = {
    "SelectQuery": "select",
    "AskQuery": "ask",
    "ConstructQuery": "graph",
    "DescribeQuery": "graph",
}
# Deepest nesting of { ( [ accepted; kg's saved queries nest 4 deep.
MAX_NESTING = 64
_PARSER_RECURSION = 10_000

# Where a bracket is not one: inside strings, IRIs and comments.
_TOKENS = re.compile(
    r"""(?P<skip>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r"""|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n]*)"""
    r"|(?P<open>[{(\[])|(?P<close>[})\]])",
    re.DOTALL,
)


@dataclass(frozen=True)
class ParsedQuery:
    """What kg needs to know of a query before running it: its form, and the target of each
    SERVICE call (an IRI, or ``?name`` for a variable)."""

    form: QueryForm
    services: tuple[str, ...]


def nesting(text: str) -> int:
    """Deepest nesting of brackets in `text`, outside strings, IRIs and comments."""
    depth = deepest = 0
    for token in _TOKENS.finditer(text):
        if token.group("open"):
            depth += 1
            deepest = max(deepest, depth)
        elif token.group("close"):
            depth -= 1
    return deepest


def parse(text: str, origin: str = "query") -> ParsedQuery:
    """Parse `text` without running it; raise `MalformedQuery` naming `origin` if it nests
    deeper than `MAX_NESTING` or is no SPARQL query (with the parser's line:column)."""
    depth = nesting(text)
    if depth > MAX_NESTING:
        raise MalformedQuery(
            f"{origin} nests brackets {depth} deep; kg accepts at most {MAX_NESTING}: "
            "flatten the query"
        )
    try:
        return _parse(text)
    except ParseBaseException as error:
        found = " ".join(error.pstr[error.loc : error.loc + 30].split()) or "the end of the text"
        raise MalformedQuery(
            f"{origin} is not a valid SPARQL query: error at {error.lineno}:{error.col}, "
            f"near {found!r} ({error.msg})"
        ) from None
    except RecursionError:
        raise MalformedQuery(f"{origin} nests too deeply for kg's parser: flatten it") from None
    except Exception as error:  # rdflib raises bare Exception for an undeclared prefix
        raise MalformedQuery(f"{origin} is not a valid SPARQL query: {error}") from None


@lru_cache(maxsize=32)
def _parse(text: str) -> ParsedQuery:
    """rdflib's parse of `text` (some 50 ms), kept: kg checks a query where it is read and
    again where it is run."""
    with _recursion_limit(_PARSER_RECURSION):
        prologue, query = parseQuery(text)
        services = tuple(_services(query, translatePrologue(prologue, None)))
    return ParsedQuery(FORMS[query.name], services)


def check_services(parsed: ParsedQuery, allowed: Collection[str], origin: str = "query") -> None:
    """Raise `ServiceNotAllowed` for the first SERVICE call whose host `allowed` does not name
    (``host`` allows every port of it, ``host:port`` that port). A variable's host is only
    known while the query runs, so it is never allowed."""
    names = {name.lower() for name in allowed}
    for target in parsed.services:
        if target.startswith("?"):
            raise ServiceNotAllowed(
                f"{origin} calls SERVICE {target}, whose host is only known while the query "
                "runs: on the local graph kg calls only a SERVICE IRI whose host you name "
                "with --allow-service HOST"
            )
        where = host_and_port(target)
        if not where or not names & {where, where.rsplit(":", 1)[0]}:
            raise ServiceNotAllowed(
                f"{origin} calls SERVICE <{redact(target)}>, which would send data of the local "
                f"graph to {where or 'an unknown host'}: allow it with --allow-service "
                f"{where or 'HOST'} if you trust that host"
            )


def _services(node: Any, prologue: Any) -> Iterator[str]:
    """Targets of the SERVICE patterns anywhere under `node` of rdflib's parse tree."""
    if isinstance(node, CompValue) and node.name == "ServiceGraphPattern":
        term = node["term"]
        yield f"?{term}" if isinstance(term, Variable) else str(prologue.absolutize(term))
    if isinstance(node, dict):
        children = node.values()
    elif isinstance(node, (list, ParseResults)):
        children = node
    else:
        return
    for child in children:
        yield from _services(child, prologue)


@contextmanager
def _recursion_limit(limit: int) -> Iterator[None]:
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, previous))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)
