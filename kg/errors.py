"""One error root for kg: everything a user can cause is a `KgError`.

The CLI catches `KgError` in one place and prints its message on one line;
messages say what went wrong and what to do about it.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg reports to a user."""


class InputError(KgError):
    """The input folder or file cannot be used."""


class UnreadableArticle(KgError):
    """One article cannot be read (binary, wrong encoding, empty)."""


class ModelNotFound(KgError):
    """No Arabic parse model is installed where kg looks for one."""


class ModelUnusable(KgError):
    """A model folder whose files do not load or do not parse Arabic (corrupt, truncated)."""


class UnknownQuery(KgError):
    """A saved query name that is not in queries/."""


class MalformedQuery(KgError):
    """A SPARQL query that does not parse."""


class QueryParameterError(KgError):
    """A query parameter that names nothing in the graph, names several things, or is not
    of its kind (a date that is no date)."""


class ServiceNotAllowed(KgError):
    """A query on the local graph calls a SERVICE on a host the user did not allow."""


class QueryFailed(KgError):
    """The local engine could not evaluate a query (a SERVICE that failed, an unknown
    function)."""


class QueryTimeout(KgError):
    """A query on the local graph ran longer than its timeout."""


class QueryInterrupted(KgError):
    """The user stopped a query on the local graph (Ctrl-C)."""


class ShapesViolated(KgError):
    """A graph that does not conform to the SHACL shapes."""


class GraphNotBuilt(KgError):
    """A command needs out/kg.ttl (or another graph file) that is missing or unreadable."""

    @classmethod
    def missing(cls, path: object) -> GraphNotBuilt:
        """The error for a graph file that is not there."""
        return cls(f"no graph at {path}: run `kg build` first")


class EndpointError(KgError):
    """A SPARQL endpoint could not be reached or refused the request."""


class EndpointUnreachable(EndpointError):
    """Nothing answers at the endpoint's address (refused, reset, unknown host)."""


class EndpointAuthError(EndpointError):
    """The endpoint refused the credentials (HTTP 401 or 403)."""


class EndpointTimeout(EndpointError):
    """The endpoint did not answer within the timeout."""


class EndpointRedirect(EndpointError):
    """The endpoint answered with a redirect kg does not follow (an upload, another origin)."""


class ServerError(KgError):
    """The local SPARQL server (`kg serve`) could not be started."""


class UnknownStore(KgError):
    """A store backend name that kg does not know."""


class CurationError(KgError):
    """The analyst's curation file, or a decision given to `kg curate`, cannot be used."""


class OutputError(KgError):
    """A graph file or the build cache cannot be written (a folder, read-only, disk full)."""


class OutputLocked(OutputError):
    """Another kg process is writing the same graph file."""


class UnsafeFolder(OutputError):
    """A folder kg would read back from (the build cache) that another user owns or can write."""


class ViewAssetsMissing(KgError):
    """The JavaScript library `kg view` inlines is not installed (scripts/setup.sh)."""


class TextMismatch(KgError):
    """System and gold files do not spell the same text."""


class Throttled(EndpointError):
    """The endpoint keeps answering HTTP 429 Too Many Requests."""


class MalformedAnswer(EndpointError):
    """The endpoint answered a value that is not what Wikidata holds there: a QID that is not
    ``Q`` and digits, a property where an item belongs, a date that does not parse, a name with
    control characters. The message is a noun phrase naming the value, for the caller to say
    what it did about it."""


class UnknownParser(KgError):
    """A parser name (--parser, $KG_PARSER) that kg does not have."""


class UnknownLanguage(KgError):
    """A language code ($KG_LANG) with no language folder (`kg.lang`)."""
