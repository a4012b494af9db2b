"""Extraction as spaCy components, composed here and only here, in the order the language's
defaults list them (`kg.lang`: Arabic's in `kg/lang/ar/__init__.py`).

Each rule family is a registered `Doc -> Doc` component in a module of its own: `kg_mentions`
(actors, places and cases: `doc._.mentions`), `kg_clauses` (clause bounds, never inside a
name), then `kg_meetings`, `kg_case_joining` and
`kg_membership`, which append `Event`s to `doc._.events`, then `kg_merge`, which makes one
event of a meeting several sentences report. The components read and write only plain frozen
records (`kg.types`), so what they produce pickles for worker processes and the build cache.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import lang
from kg.kb import KnowledgeBase


def register_extensions() -> None:
    """The Doc attributes the components set: mentions, events, clauses, token offsets, and
    the folded form of every word."""
    for name in ("mentions", "events", "clauses", "token_starts", "folded"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def extraction_pipeline(kb: KnowledgeBase | None = None, language: str | None = None) -> Language:
    """A pipeline of the extraction components of `language` (a code of kg.lang; default: the
    configured one), to run on Docs the parser made.

    `kb` is the knowledge base mentions are recognised and linked with (default: kg's), given
    to each component that reads one (its `use`).
    """
    register_extensions()
    defaults = lang.get(language)
    nlp = spacy.blank(defaults.code)
    nlp.add_pipe("kg_start")
    for name in defaults.load_components():
        nlp.add_pipe(name)
        if kb is not None and hasattr(nlp.get_pipe(name), "use"):
            nlp.get_pipe(name).use(kb)
    return nlp


@Language.component("kg_start")
def start_extraction(doc: Doc) -> Doc:
    """Give the Doc empty mention and event lists (a Doc's extension default is shared)."""
    doc._.mentions = []
    doc._.events = []
    doc._.token_starts = [start for start, _ in doc._.offsets]
    fold = lang.get(doc.lang_).folder
    doc._.folded = [fold(word) for word in doc._.words]  # every rule compares folded words
    return doc
