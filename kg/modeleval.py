"""`kg models evaluate`: how well the Arabic parse does on a UD test file, from raw text.

The gold file's sentences (their ``# text`` lines) are put back together as articles, one
per ``# newdoc``, and parsed exactly as `kg build` parses news: kg's sentence splitting,
diacritics stripped, UDPipe words, then the chosen parser. The parse is written as CoNLL-U
and scored against the gold file with the CoNLL 2018 metrics (`kg.udeval`), so sentence
splitting and clitic segmentation errors count, as they do on real news.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.conllu import Sentence, doc_to_conllu, parse_conllu, read_conllu
from kg.nlp import ArabicParser
from kg.scores import Score
from kg.types import Article
from kg.udeval import evaluate


@dataclass(frozen=True)
class ParseEvaluation:
    scores: dict[str, Score]
    sentences: int
    words: int  # whitespace-separated words of the raw text
    seconds: float  # parsing only

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def evaluate_parser(
    parser: ArabicParser, test_file: Path, limit: int | None = None, output: Path | None = None
) -> ParseEvaluation:
    """Parse the raw text of `test_file` (its first `limit` sentences) and score the parse.

    `output`, when given, receives the parse as CoNLL-U.
    """
    gold = read_conllu(test_file)[:limit]
    articles = list(raw_articles(gold))
    parser.load()
    started = time.perf_counter()
    parsed = "".join(doc_to_conllu(doc) for doc in parser.pipe(articles))
    seconds = time.perf_counter() - started
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(parsed, encoding="utf-8")
    system = list(parse_conllu(parsed, "the parse"))
    words = sum(len(article.text.split()) for article in articles)
    return ParseEvaluation(evaluate(gold, system), len(gold), words, seconds)


def raw_articles(sentences: Sequence[Sentence]) -> Iterator[Article]:
    """The gold sentences' raw text as articles: one per document, a line per paragraph."""
    paragraphs: list[list[str]] = []
    doc_id = "doc"
    for sentence in sentences:
        if sentence.doc_id is not None and paragraphs:
            yield _article(doc_id, paragraphs)
            paragraphs = []
        doc_id = sentence.doc_id or doc_id
        if sentence.new_paragraph or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(sentence.text or " ".join(t.form for t in sentence.tokens))
    if paragraphs:
        yield _article(doc_id, paragraphs)


def _article(doc_id: str, paragraphs: list[list[str]]) -> Article:
    text = "\n".join(" ".join(sentences) for sentences in paragraphs)
    return Article(doc_id, f"{doc_id}.txt", text, ((0, len(text)),), None)
