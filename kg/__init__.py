"""kg: a knowledge-graph builder for Arabic political news, with a SPARQL query interface."""

from kg.errors import KgError

__version__ = "0.1.0"
__all__ = ["KgError", "__version__"]
