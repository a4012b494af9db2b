"""Hand-built parsed Docs, so the extraction rules are tested without the parse model.

A sentence is given as its tokens, one string each: ``"form UPOS head deprel"``, with heads
numbered from 1 within the sentence and 0 for the root, as CoNLL-U writes them, and after them
the word's features where a rule reads them (``"حصيلة NOUN 5 nmod Case=Acc|Definite=Cons"``).
The text is the forms joined by spaces, except where a row marks a clitic to glue to the next form
(``"و+"``), so character offsets are exact, as the real parser's are.
"""

from __future__ import annotations

import datetime

import spacy
from spacy.tokens import Doc, Span

from kg.extract import extraction_pipeline
from kg.nlp import register_extensions
from kg.types import Article

PUBLISHED = datetime.date(2025, 3, 10)
_VOCAB = spacy.blank("ar").vocab  # Arabic lexical attributes (is_alpha…), as the parser's


def parsed(
    *sentences: list[str],
    published: datetime.date | None = PUBLISHED,
    ents: tuple[tuple[int, int, str], ...] = (),
) -> Doc:
    """A Doc of `sentences` with the given tags and trees, as kg's parser would make it;
    `ents` are (first token, end token, label) spans an NER component would have found."""
    register_extensions()
    words, spaces, pos, heads, deps, starts, offsets, morphs = [], [], [], [], [], [], [], []
    text = ""
    for rows in sentences:
        first = len(words)
        for index, row in enumerate(rows):
            form, upos, head, dep, *features = row.split(" ")
            morphs.append(features[0] if features else "")
            glued = form.endswith("+")
            form = form.rstrip("+")
            offsets.append((len(text), len(text) + len(form)))
            text += form + ("" if glued else " ")
            words.append(form)
            spaces.append(not glued)
            pos.append(upos)
            heads.append(first + int(head) - 1 if int(head) else first + index)
            deps.append("ROOT" if dep == "root" else dep)
            starts.append(index == 0)
    text = text.rstrip()
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        pos=pos,
        heads=heads,
        deps=deps,
        sent_starts=starts,
        morphs=morphs,
    )
    doc.ents = [Span(doc, first, end, label=label) for first, end, label in ents]
    doc._.offsets = offsets
    doc._.words = words
    doc._.multiword = []
    doc._.article = Article("test", "test.txt", text, ((0, len(text)),), published)
    return doc


def extracted(
    *sentences: list[str],
    published: datetime.date | None = PUBLISHED,
    ents: tuple[tuple[int, int, str], ...] = (),
) -> Doc:
    """`parsed`, then kg's extraction components: `doc._.mentions` and `doc._.events` set."""
    return _pipeline()(parsed(*sentences, published=published, ents=ents))


_PIPELINES = []


def _pipeline():
    if not _PIPELINES:
        _PIPELINES.append(extraction_pipeline())
    return _PIPELINES[0]
