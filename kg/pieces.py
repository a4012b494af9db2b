"""A long article in pieces of bounded size, and what its pieces yield shifted back to it.

Parsing holds a whole Doc, and the spaCy components' work on it, in memory at once: some
20 KB a word, so one article of a few megabytes took gigabytes. An article whose lines hold
more than `PIECE_CHARS` characters is cut between lines (a line longer than that between its
sentences) into pieces of at most that size. Each piece is an `Article` over a slice of the
text, parsed and read as any article; the mentions and events it yields are moved back to
offsets in the whole text, so a build's memory follows the piece, not the article.

An article of news size (a long one has 15,000 characters) is one piece, the article itself,
read exactly as before. In a longer one a rule reads no further back than its piece's start,
and a meeting reported in two pieces is two reports, merged as reports of two articles are.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from kg.nlp import sentence_spans
from kg.types import Article, Evidence

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kg.buildcache import Extraction

PIECE_CHARS = 50_000


class Piece(NamedTuple):
    offset: int  # where the piece's text begins in the article's
    article: Article


def pieces(article: Article) -> list[Piece]:
    """The article in pieces of at most `PIECE_CHARS` characters of its lines (a single
    sentence can be longer; `kg.nlp` cuts sentences at a bounded number of words)."""
    if sum(end - start for start, end in article.regions) <= PIECE_CHARS:
        return [Piece(0, article)]
    found: list[Piece] = []
    spans: list[tuple[int, int]] = []
    size = 0
    for region in article.regions:
        for span in _units(article, region):
            if spans and size + span[1] - span[0] > PIECE_CHARS:
                found.append(_piece(article, spans))
                spans, size = [], 0
            spans.append(span)
            size += span[1] - span[0]
    found.append(_piece(article, spans))
    return found


def _units(article: Article, region: tuple[int, int]) -> list[tuple[int, int]]:
    """A line, or its sentences when the line alone is longer than a piece."""
    if region[1] - region[0] <= PIECE_CHARS:
        return [region]
    return sentence_spans(replace(article, regions=(region,)))


def _piece(article: Article, spans: list[tuple[int, int]]) -> Piece:
    start, end = spans[0][0], spans[-1][1]
    regions = tuple((span_start - start, span_end - start) for span_start, span_end in spans)
    turns = tuple(
        (speaker, turn_start - start, turn_end - start)
        for speaker, turn_start, turn_end in article.turns
        if start <= turn_start < end
    )
    text = article.text[start:end]
    return Piece(start, replace(article, text=text, regions=regions, turns=turns))


def joined(parts: Iterable[tuple[Piece, Extraction]]) -> Extraction:
    """What the pieces of one article yielded, as the article's: offsets into its text."""
    sentences, mentions, events = 0, [], []
    for piece, (count, piece_mentions, piece_events) in parts:
        shift = piece.offset
        sentences += count
        if not shift:
            mentions += piece_mentions
            events += piece_events
            continue
        mentions += [replace(m, start=m.start + shift, end=m.end + shift) for m in piece_mentions]
        events += [
            replace(
                event,
                evidence=_shifted(event.evidence, shift),
                supporting=tuple(_shifted(item, shift) for item in event.supporting),
            )
            for event in piece_events
        ]
    return sentences, tuple(mentions), tuple(events)


def _shifted(evidence: Evidence, shift: int) -> Evidence:
    return replace(
        evidence,
        sentence_start=evidence.sentence_start + shift,
        sentence_end=evidence.sentence_end + shift,
        start=evidence.start + shift,
        end=evidence.end + shift,
    )
