"""kg: a knowledge-graph builder for Arabic political news, with a SPARQL query interface."""

from kg.errors import KgError
from kg.settings import use_one_blas_thread

# Before any of kg's modules imports numpy, which reads it when it loads.
use_one_blas_thread()

__version__ = "0.1.0"
__all__ = ["KgError", "__version__"]
