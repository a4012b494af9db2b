"""Scores of kg's NER on the NewsFANE test split: exact entity matches, per label.

Two inputs are scored (`kg models evaluate --ner`):

- ``seg``: the corpus's own tokens, folded, through the NER component alone;
- ``udpipe``: the test sentences' surface text parsed exactly as `kg build` parses news
  (kg's sentence split, UDPipe words, the spaCy parse, then the NER), against the gold
  entities laid on those words by their characters (`kg.ner_corpus.project`). This is the
  figure for kg's real input.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.ner_corpus import LABELS, articles, char_sentences, corpus_file, project, read_conll
from kg.scores import Score

Spans = set[tuple[int, int, str]]


@dataclass(frozen=True)
class NerEvaluation:
    """Exact-match scores of predicted entities against gold, per label and overall."""

    scores: dict[str, Score]  # "ALL" and each label
    sentences: int
    words: int

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            label: {
                "p": round(score.precision, 4),
                "r": round(score.recall, 4),
                "f": round(score.f1, 4),
                "gold": score.gold,
            }
            for label, score in self.scores.items()
        }


def evaluate_docs(nlp, gold_docs: Sequence, batch_size: int = 64) -> NerEvaluation:
    """Score `nlp` on Docs carrying gold entities: a NER pipeline on folded words, or a
    `kg.ner.FoldedNer` (anything with ``vocab`` and ``pipe``)."""
    from spacy.tokens import Doc

    inputs = (
        Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        for doc in gold_docs
    )
    predicted = nlp.pipe(inputs, batch_size=batch_size)
    pairs = (
        (_spans(gold.ents), _spans(system.ents))
        for gold, system in zip(gold_docs, predicted, strict=True)
    )
    return score_spans(
        pairs,
        sentences=sum(len(list(doc.sents)) for doc in gold_docs),
        words=sum(len(doc) for doc in gold_docs),
    )


def _spans(ents) -> Spans:
    return {(ent.start, ent.end, ent.label_) for ent in ents}


def score_spans(
    pairs: Iterable[tuple[Spans, Spans]],
    sentences: int = 0,
    words: int = 0,
) -> NerEvaluation:
    """Exact-match precision/recall/F1 of (gold, system) span sets, per label and overall."""
    counts = {label: [0, 0, 0] for label in ("ALL", *LABELS)}
    for gold, system in pairs:
        correct = gold & system
        for label in LABELS:
            counts[label][0] += sum(1 for span in gold if span[2] == label)
            counts[label][1] += sum(1 for span in system if span[2] == label)
            counts[label][2] += sum(1 for span in correct if span[2] == label)
        counts["ALL"][0] += len(gold)
        counts["ALL"][1] += len(system)
        counts["ALL"][2] += len(correct)
    scores = {label: Score(*values) for label, values in counts.items()}
    return NerEvaluation(scores, sentences, words)


def evaluate_on_kg_words(
    parser, corpus: Path, split: str = "test", limit: int | None = None
) -> tuple[NerEvaluation, float]:
    """Score `parser` (a `kg.nlp.ArabicParser` with its NER) on NewsFANE's `split` from raw
    text; also return the seconds the parse took (NER included)."""
    seg = read_conll(corpus_file(corpus, "newsfane", "seg", split))[:limit]
    surface = read_conll(corpus_file(corpus, "newsfane", "surface", split))[:limit]
    sentences = char_sentences(seg, surface)
    chunks = list(articles(sentences))
    parser.load()
    started = time.perf_counter()
    docs = list(parser.pipe(article for article, _ in chunks))
    seconds = time.perf_counter() - started
    pairs = (
        (set(project(doc._.offsets, doc._.words, gold)), _spans(doc.ents))
        for doc, (_, gold) in zip(docs, chunks, strict=True)
    )
    words = sum(len(doc) for doc in docs)
    return score_spans(pairs, sentences=len(sentences), words=words), seconds


@dataclass(frozen=True)
class NerReport:
    path: Path  # the NER pipeline scored
    results: dict[str, NerEvaluation]
    note: str


def evaluate_installed(
    model: Path | None,
    parser: str | None,
    corpus: Path,
    ner: Path | None = None,
    limit: int | None = None,
) -> NerReport:
    """Score the NER kg uses (or the pipeline `ner`) on NewsFANE's test split, on the
    corpus's tokens and on kg's own words of the raw text."""
    from kg.errors import ModelNotFound
    from kg.ner import FoldedNer
    from kg.ner_corpus import seg_docs
    from kg.nlp import ArabicParser

    arabic = ArabicParser(model, parser, ner=ner or True, ner_everywhere=True)
    if arabic.ner_path is None:
        raise ModelNotFound(
            "no NER pipeline in the model folder or in kg: run `kg models install --from PATH`"
        )
    component = FoldedNer(arabic.ner_path)
    gold = seg_docs(
        read_conll(corpus_file(corpus, "newsfane", "seg", "test"))[:limit], component.vocab
    )
    on_tokens = evaluate_docs(component, gold)
    on_words, seconds = evaluate_on_kg_words(arabic, corpus, limit=limit)
    note = (
        f"kg's words: {on_words.words:,} words parsed and tagged in {seconds:.1f} s "
        f"({on_words.words / seconds:,.0f} words/s, {arabic.parser} parse + NER)"
    )
    return NerReport(
        arabic.ner_path,
        {"seg (corpus tokens)": on_tokens, "udpipe (kg's words from raw text)": on_words},
        note,
    )
