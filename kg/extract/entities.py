"""The mentions component: actors, places and cases an article names (`doc._.mentions`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.kb import KnowledgeBase, default_kb
from kg.mentions import MentionFinder
from kg.tablecache import default_tables


class MentionComponent:
    """Sets `doc._.mentions`; the knowledge base is kg's default unless `use` gives another."""

    def __init__(self) -> None:
        self._finder: MentionFinder | None = None

    def use(self, kb: KnowledgeBase) -> None:
        tables = default_tables()
        self._finder = tables.finder if kb is tables.kb else MentionFinder(kb)

    def __call__(self, doc: Doc) -> Doc:
        if self._finder is None:
            self.use(default_kb())
        doc._.mentions = self._finder.find(doc)
        return doc


@Language.factory("kg_mentions")
def make_mention_component(nlp: Language, name: str) -> MentionComponent:
    return MentionComponent()
