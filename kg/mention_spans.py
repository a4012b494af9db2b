"""What every mention rule shares: the Doc's tokens by character offset (`TokenIndex`), the
article's sentence spans, overlapping mentions and unlinked guesses resolved, and the stable
key of an entity kg knows only by its Arabic name.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import overlaps
from kg.normalize import normalize
from kg.types import Mention


def replacing_guesses(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`mentions` and `found`, without the guesses (`is_guess`) at words `found` covers: a
    rule that knows who the words name beats an unlinked guess at them."""
    return without_guesses_at(mentions, [(m.start, m.end) for m in found]) + found


def without_guesses_at(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """`mentions` without the guesses (`is_guess`) at words of `spans`."""
    return [m for m in mentions if not is_guess(m) or not overlaps((m.start, m.end), spans)]


def is_guess(mention: Mention) -> bool:
    """An unlinked reading of a name: the NER's, or one word after a title («الأمير نايف»),
    which may be the first or family name of a person the article names in full; and a body
    named by one word of its names, which may be that too («ميرتس»: the Meretz party, or
    Friedrich Merz in an article that names him); a foreign word read as a name only because
    it is a verb's subject («وقال باول»)."""
    if mention.rule in ("ner", "body-word", "foreign-subject"):
        return True
    return mention.rule == "name-after-title" and len(mention.entity.label.split()) == 1


# `Token.sent` walks to both ends of the sentence and makes two Spans (5-10 µs); the rules
# mostly need one bound of it near the token, which these read from the few words between.


def starts_a_sentence(token: Token) -> bool:
    """Whether `token.sent.start == token.i`, read from the token alone."""
    return token.i == 0 or token.is_sent_start is True


def ends_a_sentence(token: Token) -> bool:
    """Whether `token.i + 1 == token.sent.end`, read from the token and the next one alone."""
    doc = token.doc
    return token.i + 1 == len(doc) or doc[token.i + 1].is_sent_start is True


def start_in_sentence(token: Token, first: int) -> int:
    """`max(token.sent.start, first)`, reading only the words from `token` back to `first`."""
    doc = token.doc
    for index in range(token.i, max(first, 0), -1):
        if doc[index].is_sent_start is True:
            return index
    return max(first, 0)


def end_in_sentence(token: Token, end: int) -> int:
    """`min(token.sent.end, end)`, reading only the words from `token` up to `end`."""
    doc = token.doc
    for index in range(token.i + 1, min(end, len(doc))):
        if doc[index].is_sent_start is True:
            return index
    return min(end, len(doc))


class TokenIndex:
    """Tokens of a Doc by character offset in the article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.offsets: list[tuple[int, int]] = doc._.offsets  # read once: `doc._` is slow
        self.starts = [start for start, _ in self.offsets]
        self.folded: list[str] = doc._.folded

    def span(self, token: Token) -> tuple[int, int]:
        return self.offsets[token.i]

    @cached_property
    def _entities(self) -> list[tuple[int, Span]]:
        """The NER's entities with the offset each starts at, read once: each read of
        ``doc.ents`` makes a new Span of every entity of the article."""
        return [(self.offsets[entity.start][0], entity) for entity in self.doc.ents]

    def entities_starting(self, start: int, end: int) -> list[Span]:
        """The NER's entities (``doc.ents``, in order) whose first character is at an offset
        from `start` to before `end`."""
        return [entity for first, entity in self._entities if start <= first < end]

    def covering(self, start: int, end: int) -> list[Token]:
        return [self.doc[index] for index in self._indices(start, end)]

    def words_within(self, start: int, end: int, words: set[str]) -> list[Token]:
        """Tokens between `start` and `end` whose folded form is one of `words`."""
        return [self.doc[i] for i in self._indices(start, end) if self.folded[i] in words]

    def _indices(self, start: int, end: int) -> range:
        """Indices of the tokens that overlap the characters `start`..`end`."""
        first = max(bisect_left(self.starts, start) - 1, 0)
        if first < len(self.offsets) and self.offsets[first][1] <= start:
            first += 1
        return range(first, bisect_left(self.starts, end))

    def after(self, offset: int) -> list[Token]:
        index = bisect_left(self.starts, offset)
        if index >= len(self.doc):
            return []
        sentence = self.doc[index].sent
        return list(self.doc[index : sentence.end])


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    offsets = doc._.offsets
    return [(offsets[s.start][0], offsets[s.end - 1][1]) for s in doc.sents]


def first_of(payloads, kind):
    return next((p for p in payloads if isinstance(p, kind)), None)


def without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (a title covers the organisation it names)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not overlaps((mention.start, mention.end), [(k.start, k.end) for k in kept]):
            kept.append(mention)
    return kept


def unlinked_key(kind: str, label: str) -> str:
    """A stable key for an entity kg knows only by its Arabic name."""
    digest = hashlib.sha1(normalize(label).encode("utf-8")).hexdigest()[:12]
    return f"{kind.lower()}-{digest}"


def hyphenated_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with an unknown person's name taken on past a hyphen written without
    spaces («مون جيه-إن», «بارك غن-هيه»): the tokenizer splits the word there and the name
    rules stop at it, but the part after it is the name's."""
    extended = []
    for mention in mentions:
        rest = _HYPHENATED.match(text, mention.end)
        entity = mention.entity
        if rest and entity.type == "Person" and entity.key == unlinked_key("Person", entity.label):
            label = entity.label + rest.group()
            entity = replace(entity, key=unlinked_key("Person", label), label=label)
            mention = replace(mention, end=rest.end(), entity=entity)
        extended.append(mention)
    return extended


# a capital read as its state («موسكو» for Russia), the city its alternative
METONYM_STATE = "metonym-state"
_HYPHENATED = re.compile(r"-\w+")
