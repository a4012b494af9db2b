"""What every rule reads: a sentence with its mentions, and its arguments in the parse.

A rule works on one `Sentence` at a time: its span in the parsed Doc, its character offsets in
the article, the mentions inside it and its word forms. The helpers here read arguments from
the dependency parse (subjects, objects, the subtree of an argument), bound a clause, and turn
a trigger into the evidence and date of an event.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kg.dates import DateMention, find_dates
from kg.lexicon import Lexicon
from kg.normalize import normalize
from kg.schema import ACTORS, PLACES
from kg.types import Entity, EventDate, Evidence, Mention


@dataclass(frozen=True)
class Sentence:
    span: Span
    start: int
    end: int
    mentions: list[Mention]
    words: list[str]  # the forms of the span's tokens

    def tokens_in(self, lexicon: Lexicon) -> Iterator[Token]:
        """The tokens that are a form of a word in `lexicon`: a rule's possible triggers.

        Looking the words up first spares building a Token for every word of the sentence.
        """
        doc, first = self.span.doc, self.span.start
        for offset, word in enumerate(self.words):
            if word in lexicon:
                yield doc[first + offset]

    @cached_property
    def dates(self) -> list[DateMention]:
        """Date expressions of the sentence, in article offsets; read only for a sentence
        that has an event (most have none, and the date patterns are the costly part)."""
        article = self.span.doc._.article
        return [
            replace(date, start=date.start + self.start, end=date.end + self.start)
            for date in find_dates(article.text[self.start : self.end], article.published)
        ]


def sentences(doc: Doc, mentions: list[Mention]) -> Iterable[Sentence]:
    offsets = doc._.offsets
    words = doc._.words
    for span in doc.sents:
        start, end = offsets[span.start][0], offsets[span.end - 1][1]
        inside = [m for m in mentions if start <= m.start < end]
        yield Sentence(span, start, end, inside, words[span.start : span.end])


def trigger_lemma(token: Token, verb_lexicon: Lexicon, *noun_lexicons: Lexicon) -> str | None:
    """The trigger lemma `token` is a form of: a verb form tagged as a verb, a noun form as a noun.

    Verb forms that are also nouns (بحث: research; عقد: contract) must be tagged VERB/AUX.
    """
    # A conjunction the tokenizer left glued to the verb («واجتمع») gets tagged CCONJ or X.
    if token.pos_ in ("VERB", "AUX", "ADJ", "CCONJ", "X"):
        lemma = verb_lexicon.lookup(token.text)
        if lemma is not None:
            return lemma
    if token.pos_ in ("NOUN", "PROPN", "X"):
        for lexicon in noun_lexicons:
            lemma = lexicon.lookup(token.text)
            if lemma is not None:
                return lemma
    return None


def next_word(token: Token, folded: str) -> Token | None:
    following = token.doc[token.i + 1 : min(token.sent.end, token.i + 3)]
    return next((t for t in following if normalize(t.text) == folded), None)


def within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start < end]


def first_group(mentions: list[Mention]) -> list[Mention]:
    """The first mention, with the others on the same span (an anaphor stands for several)."""
    if not mentions:
        return []
    span = (mentions[0].start, mentions[0].end)
    return [m for m in mentions if (m.start, m.end) == span]


CLAUSE_BREAKS = {"؛", ";", "حيث", "بينما", "فيما"}


def clause_end(token: Token) -> int:
    """Offset where the clause that `token` starts ends.

    A clause ends at a semicolon, a clause connective, a finite verb, or a comma that does
    not continue a list: «برئيس الوزراء القطري ...، ورئيس المخابرات المصرية ...» goes on
    after the comma, «... في أنقرة، حيث تناول ...» stops.
    """
    doc = token.doc
    for following in doc[token.i + 1 : token.sent.end]:
        if following.text in CLAUSE_BREAKS or following.pos_ in ("VERB", "AUX"):
            return doc._.offsets[following.i][0]
        if following.text in ("،", ",") and not continues_list(following):
            return doc._.offsets[following.i][0]
    return doc._.offsets[token.sent.end - 1][1]


def continues_list(comma: Token) -> bool:
    """Whether the words after a comma add an item to a list (و + a noun, or «إضافة إلى»)."""
    doc = comma.doc
    if comma.i + 1 >= comma.sent.end:
        return False
    following = doc[comma.i + 1]
    word = normalize(following.text)
    if word == "و" or word == "اضافه":
        return True
    return word.startswith("و") and following.pos_ in ("NOUN", "PROPN", "X")


def argument_heads(trigger: Token, deps: tuple[str, ...]) -> list[Token]:
    return [child for child in trigger.children if child.dep_ in deps]


def subject_heads(trigger: Token) -> list[Token]:
    """Subjects of the trigger, or of the verb a meeting noun depends on (عقد قالن لقاء)."""
    heads = argument_heads(trigger, ("nsubj",))
    if not heads and trigger.pos_ == "NOUN" and trigger.head is not trigger:
        heads = argument_heads(trigger.head, ("nsubj",))
    return heads


def in_subtrees(doc: Doc, mentions: list[Mention], heads: list[Token]) -> list[Mention]:
    """Mentions inside the subtree of any head, or containing a head (a name the parse split
    into two arguments, «الرئيس الأمريكي | دونالد ترمب», is still one argument)."""
    spans = []
    for head in heads:
        subtree = list(head.subtree)
        head_start = doc._.offsets[head.i][0]
        spans.append((doc._.offsets[subtree[0].i][0], doc._.offsets[subtree[-1].i][1], head_start))
    return [
        m
        for m in mentions
        if any((s <= m.start and m.end <= e) or m.start <= h < m.end for s, e, h in spans)
    ]


def actors_only(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.entity.type in ACTORS]


def entities(mentions: list[Mention]) -> tuple[Entity, ...]:
    return tuple(dict.fromkeys(m.entity for m in mentions))


# A territory named in a meeting's sentence is mostly what the talks were about («مستقبل غزة»).
MEETING_PLACES = PLACES - {"Territory"}


def place(sentence: Sentence, after: int) -> Entity | None:
    places = [m for m in sentence.mentions if m.entity.type in MEETING_PLACES]
    later = [m for m in places if m.start >= after]
    chosen = (later or places)[:1]
    return chosen[0].entity if chosen else None


def evidence(doc: Doc, sentence: Sentence, trigger: Token) -> Evidence:
    start, end = doc._.offsets[trigger.i]
    return Evidence(doc._.article.doc_id, sentence.start, sentence.end, start, end)


def event_date(
    sentence: Sentence, trigger_start: int, published: datetime.date | None
) -> EventDate | None:
    """The date the sentence gives (nearest after the trigger), else the publication month."""
    if sentence.dates:
        later = [d for d in sentence.dates if d.start >= trigger_start]
        chosen = (later or sentence.dates)[0]
        return EventDate(
            chosen.value, chosen.precision, "text", chosen.end_value, chosen.end_precision
        )
    if published is None:
        return None
    return EventDate(published.strftime("%Y-%m"), "month", "publication")
