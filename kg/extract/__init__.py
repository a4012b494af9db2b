"""Extraction as spaCy components, composed here and only here.

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

from kg.extract import cases, clauses, entities, meetings, membership, merge  # noqa: F401
from kg.kb import KnowledgeBase
from kg.normalize import normalize

# Registered by the imports above; run in this order after `kg_start`.
COMPONENTS = (
    "kg_mentions",
    "kg_clauses",
    "kg_meetings",
    "kg_case_joining",
    "kg_membership",
    "kg_merge",
)


def register_extensions() -> None:
    """The Doc attributes the components set: mentions, events, clauses, token offsets, and
    the folded form of every word."""
    for name in ("mentions", "events", "clauses", "token_starts", "folded"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def extraction_pipeline(kb: KnowledgeBase | None = None) -> Language:
    """A pipeline of kg's extraction components, to run on Docs the parser made.

    `kb` is the knowledge base mentions are recognised and linked with (default: kg's).
    """
    register_extensions()
    nlp = spacy.blank("ar")
    nlp.add_pipe("kg_start")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    if kb is not None:
        for name in ("kg_mentions", "kg_case_joining"):
            nlp.get_pipe(name).use(kb)
    return nlp


@Language.component("kg_start")
def start_extraction(doc: Doc) -> Doc:
    """Give the Doc empty mention and event lists (a Doc's extension default is shared)."""
    doc._.mentions = []
    doc._.events = []
    doc._.token_starts = [start for start, _ in doc._.offsets]
    doc._.folded = [normalize(word) for word in doc._.words]  # every rule compares folded words
    return doc
