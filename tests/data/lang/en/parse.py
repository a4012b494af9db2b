"""Words and sentences without a model: a word is a run of letters or digits, or one mark."""

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc

from kg.nlp import ParserSpec, register_extensions, sentence_spans
from kg.types import Article

_WORD = re.compile(r"\w+|[^\w\s]")


def fold(word: str) -> str:
    return word.lower()


class WordParser:
    def __init__(self, model_dir=None, parser=None, **options) -> None:
        self.spec = ParserSpec(Path(__file__).parent, "words", language="en")
        self.vocab = spacy.blank("en").vocab
        register_extensions()

    def pipe(self, articles: Iterable[Article]) -> Iterator[Doc]:
        return (self.parse(article) for article in articles)

    def parse(self, article: Article) -> Doc:
        words, offsets, starts = [], [], []
        for start, end in sentence_spans(article):
            for index, word in enumerate(_WORD.finditer(article.text, start, end)):
                words.append(word.group())
                offsets.append(word.span())
                starts.append(index == 0)
        doc = Doc(self.vocab, words=words, sent_starts=starts)
        doc._.offsets, doc._.words, doc._.multiword, doc._.article = offsets, words, [], article
        return doc
