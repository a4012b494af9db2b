"""Write kg/vocabulary.py, the closed namespace of kg's ontology, from ontology/kg.ttl.

Run it after adding a term to the ontology: ``python scripts/vocabulary.py``. A test checks
that the file it writes is the one in the repository, so the code cannot use a term the
ontology does not define (rdflib raises AttributeError on an unknown name).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
MODULE = ROOT / "kg" / "vocabulary.py"
NAMESPACE = "https://w3id.org/arabic-news-kg/ontology#"

_HEADER = f'''"""kg's ontology as a closed rdflib namespace: a term not in ontology/kg.ttl raises.

Written by scripts/vocabulary.py from ontology/kg.ttl; do not edit by hand.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KG(DefinedNamespace):
    """Terms of {NAMESPACE}"""

    _fail = True
    _NS = Namespace("{NAMESPACE}")

'''


def terms(ontology: Path) -> list[tuple[str, str]]:
    """(local name, English comment or label) of every term the ontology declares."""
    graph = Graph().parse(ontology)
    found: dict[str, str] = {}
    for subject in set(graph.subjects(RDF.type, None)):
        if not isinstance(subject, URIRef) or not str(subject).startswith(NAMESPACE):
            continue
        name = str(subject)[len(NAMESPACE) :]
        if not name:
            continue  # the ontology's own IRI
        about = [
            str(text)
            for predicate in (RDFS.comment, RDFS.label)
            for text in graph.objects(subject, predicate)
            if getattr(text, "language", None) in (None, "en")
        ]
        found[name] = about[0] if about else ""
    return sorted(found.items(), key=lambda item: (item[0].lower(), item[0]))


def module_text(ontology: Path = ONTOLOGY) -> str:
    """The text of kg/vocabulary.py for `ontology`."""
    lines = [_HEADER]
    for name, about in terms(ontology):
        for line in textwrap.wrap(about, width=92):
            lines.append(f"    # {line}\n")
        lines.append(f"    {name}: URIRef\n")
    return "".join(lines)


def main() -> int:
    MODULE.write_text(module_text(), encoding="utf-8")
    print(f"wrote {MODULE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
