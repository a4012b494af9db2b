"""Gold parses: Docs built from a treebank's own words, tags and trees instead of the model.

Run on articles whose lines are treebank sentences (tests/padt/), the extraction sees exactly
what the annotators of the treebank saw, so a fact it misses there is a rule's fault, and one
it finds there but not on the model's parse is the parser's. Each line of an article must be
the text of one sentence of the treebank (compared in kg's folded spelling); the tokens keep
their character spans in the article, as the model's Docs do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.conllu import Sentence, read_conllu
from kg.errors import InputError
from kg.nlp import ParserSpec, register_extensions
from kg.normalize import normalize, normalize_with_offsets
from kg.types import Article

_SPACE = re.compile(r"\s+")


class TreebankParser:
    """Parses articles by looking their sentences up in a CoNLL-U treebank."""

    parser = "treebank"

    def __init__(self, treebank: Path, *, ner: bool = True) -> None:
        import spacy

        from kg.ner import FoldedNer, shipped_ner

        self.spec = ParserSpec(treebank, self.parser, ner)
        self.sentences = {_folded(s.text): s for s in read_conllu(treebank) if s.text}
        self.vocab = spacy.blank("ar").vocab
        shipped = shipped_ner() if ner else None
        # kg's shipped NER on the treebank's words, so that only the parse differs from a build
        self.ner = FoldedNer(shipped, gated=True) if shipped is not None else None
        register_extensions()

    def parse(self, article: Article):
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator:
        docs = (self._doc(article) for article in articles)
        yield from docs if self.ner is None else self.ner.pipe(docs)

    def _doc(self, article: Article):
        from spacy.tokens import Doc

        columns: dict[str, list] = {
            "words": [],
            "spaces": [],
            "sent_starts": [],
            "pos": [],
            "lemmas": [],
            "morphs": [],
            "deps": [],
            "heads": [],
        }
        offsets: list[tuple[int, int]] = []
        for region_start, end in article.regions:
            # the treebank's sentence is the whole line, a dateline the reader set apart too
            start = article.text.rfind("\n", 0, region_start) + 1
            sentence = self._sentence(article, start, end)
            first = len(columns["words"])
            for (word_start, word_end), word in _aligned(article.text, start, end, sentence):
                offsets.append((word_start, word_end))
                columns["words"].append(word.form)
                columns["spaces"].append(True)
                columns["sent_starts"].append(len(columns["words"]) - 1 == first)
                columns["pos"].append(word.upos)
                columns["lemmas"].append(word.lemma)
                columns["morphs"].append("" if word.feats == "_" else word.feats)
                columns["deps"].append("ROOT" if word.deprel == "root" else word.deprel)
                columns["heads"].append(first + word.head - 1 if word.head else first + word.id - 1)
        doc = Doc(self.vocab, **columns)
        doc._.offsets = offsets
        doc._.words = columns["words"]
        doc._.multiword = []
        doc._.article = article
        return doc

    def _sentence(self, article: Article, start: int, end: int) -> Sentence:
        line = article.text[start:end]
        sentence = self.sentences.get(_folded(line))
        if sentence is None:
            treebank = self.spec.model_dir
            raise InputError(f"{article.source}: the line «{line[:40]}…» is not in {treebank}")
        return sentence


def _folded(text: str) -> str:
    return _SPACE.sub(" ", normalize(text)).strip()


def _aligned(text: str, start: int, end: int, sentence: Sentence) -> Iterator:
    """((start, end), word) for each syntactic word, on the article's characters.

    An orthographic token is found from where the previous one ended; the words of a
    multiword token share its characters in order, the last word taking what is left.
    """
    position = start
    folded_line, folded_offsets = normalize_with_offsets(text[start:end])
    for token in sentence.tokens:
        found = _find(folded_line, folded_offsets, start, position, token.form)
        token_start, token_end = found if found else (position, position + 1)
        position = token_end
        cursor = token_start
        for index, word in enumerate(token.words):
            last = index == len(token.words) - 1
            width = token_end - cursor if last else min(len(word.form), token_end - cursor - 1)
            width = max(width, 1)
            yield (cursor, min(cursor + width, max(token_end, cursor + 1))), word
            cursor = min(cursor + width, token_end)


def _find(folded_line: str, offsets: list[int], line_start: int, position: int, form: str):
    """The span of `form` in the line at or after article offset `position`, compared folded."""
    target = normalize(form)
    if not target:
        return None
    from_index = next((i for i, o in enumerate(offsets) if line_start + o >= position), None)
    if from_index is None:
        return None
    index = folded_line.find(target, from_index)
    if index < 0:
        return None
    return line_start + offsets[index], line_start + offsets[index + len(target) - 1] + 1
