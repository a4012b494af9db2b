"""kg: a knowledge-graph builder for Arabic political news, with a SPARQL query interface."""

import os

from kg.errors import KgError

# kg's NER multiplies its matrices with numpy's OpenBLAS (kg.ner); on more threads than one,
# OpenBLAS spends more CPU time waiting than the small products save. Read when numpy loads,
# so it is set before any of kg's modules imports it; a value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
__all__ = ["KgError", "__version__"]
