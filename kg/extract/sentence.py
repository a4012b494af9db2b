"""What every rule reads: a sentence with its mentions, and what an event records of it.

A rule works on one `Sentence` at a time: its span in the parsed Doc, its character offsets in
the article, the mentions inside it and its word forms. The helpers here turn a trigger into
the evidence and the date of an event. Arguments are read by `kg.extract.grammar`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kg.dates import DateMention, agenda_week_end, find_dates
from kg.lang.ar.clauses import CONJUNCTIONS
from kg.lang.ar.dates import SINCE, UPDATE_LABELS, UPDATE_PAST
from kg.lang.ar.grammar import QUESTION_MARKS, RELATIVES, TO_JUDGE, YES_OR_NO
from kg.lang.ar.morphology import without_conjunction
from kg.lexicon import Lexicon
from kg.normalize import normalize
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

        Looking the words up first spares building a Token for every word of the sentence
        (with the lexicon's cached lookup itself: a call of `Lexicon.__contains__` per word
        costs as much again).
        """
        doc, first = self.span.doc, self.span.start
        lookup = lexicon.lookup
        for offset, word in enumerate(self.words):
            if lookup(word) is not None:
                yield doc[first + offset]

    @cached_property
    def dates(self) -> list[DateMention]:
        """Date expressions of the sentence, in article offsets; read only for a sentence
        that has an event (most have none, and the date patterns are the costly part)."""
        article = self.span.doc._.article
        week_end = agenda_week_end(article.text, article.published)
        text = article.text[self.start : self.end]
        return [
            replace(date, start=date.start + self.start, end=date.end + self.start)
            for date in find_dates(text, article.published, week_end)
        ]


def sentences(doc: Doc, mentions: list[Mention]) -> Iterable[Sentence]:
    """The sentences that state something: not a yes-or-no question («هل التقيتم …؟»), which
    asks whether a meeting was held, nor an exercise's statement to judge true or false."""
    offsets = doc._.offsets
    words = doc._.words
    for span in doc.sents:
        folded = doc._.folded[span.start : span.end]
        if _yes_or_no_question(folded) or TO_JUDGE.search(" ".join(folded)):
            continue
        start, end = offsets[span.start][0], offsets[span.end - 1][1]
        inside = [m for m in mentions if start <= m.start < end]
        yield Sentence(span, start, end, inside, words[span.start : span.end])


def _yes_or_no_question(folded: list[str]) -> bool:
    """«سؤال (الأناضول): هل التقيتم …؟»: a question, after a label, that «هل» opens."""
    label = folded.index(":") + 1 if ":" in folded[:_LABEL_WORDS] else 0
    opening = [word for word in folded[label : label + 2] if word not in CONJUNCTIONS]
    asked = [without_conjunction(word) for word in opening[:1]]
    return bool(folded) and folded[-1] in QUESTION_MARKS and asked == [YES_OR_NO]


_LABEL_WORDS = 10  # «سؤال (تي آر تي عربي):»


def entities(mentions: list[Mention]) -> tuple[Entity, ...]:
    return tuple(dict.fromkeys(m.entity for m in mentions))


def evidence(doc: Doc, sentence: Sentence, trigger: Token) -> Evidence:
    start, end = doc._.offsets[trigger.i]
    return Evidence(doc._.article.doc_id, sentence.start, sentence.end, start, end)


def text_date(written: DateMention) -> EventDate:
    """The date a meeting has from a date the text writes (its range's end too)."""
    return EventDate(
        written.value, written.precision, "text", written.end_value, written.end_precision
    )


def _since(before: str) -> bool:
    """Whether «منذ» opens the phrase that ends at a date (within its last ten words: «منذ
    تعليق عضوية دمشق في جامعة الدول العربية عام 2011»), not a relative clause on its noun
    that dates that («منذ القمة الأولى التي استضافتها بروكسل في أكتوبر»: the summit's day)."""
    words = normalize(before.split("،")[-1]).split()[-10:]
    if SINCE not in words:
        return False
    after = words[len(words) - words[::-1].index(SINCE) :]
    return not set(after) & RELATIVES


def _relative_between(gap: str) -> bool:
    """Whether only a comma and a relative pronoun stand between a date and a trigger."""
    words = normalize(gap).replace("،", " ").split()
    return len(words) == 1 and words[0] in RELATIVES


_UPDATE_STAMP = re.compile(
    r"\s*(?P<clock>\d{1,2}[:.]\d{2}\s*[—–|-])?\s*(?:(?P<label>\w+)(?:\s+\d+)?\s*[|:])?"
    r"\s*(?P<first>\w*)"
)


def _update_of_the_day(opening: str) -> bool:
    """Whether the sentence is a timestamped or breaking update («14:05 — …», «عاجل | …»,
    «10:22 | LBCI: …») that tells what happened on the article's own day, not one that recalls
    the past. After a clock, a label is the source's; alone, it must say it is an update."""
    stamp = _UPDATE_STAMP.match(opening)
    if stamp is None or not (stamp["clock"] or stamp["label"]):
        return False
    label, first = normalize(stamp["label"] or ""), normalize(stamp["first"])
    if label and not stamp["clock"] and label not in _UPDATE_LABELS:
        return False
    return first not in _PAST_OPENINGS and label not in _PAST_OPENINGS


_PAST_OPENINGS = frozenset(normalize(UPDATE_PAST).split())
_UPDATE_LABELS = frozenset(normalize(UPDATE_LABELS).split())


def event_date(
    sentence: Sentence,
    trigger_start: int,
    published: datetime.date | None,
    bound: int = 0,
    told_before: bool = False,
) -> EventDate | None:
    """The date the sentence gives (nearest after the trigger, else nearest before it; before
    it too when the meeting belongs to what was `told_before`; none that «منذ» opens, none
    after `bound`, where a clause of its own begins), else the publication day for an update
    of the day, else the publication month."""
    text = sentence.span.doc._.article.text
    dates = [d for d in sentence.dates if not _since(text[sentence.start : d.start])]
    dates = [d for d in dates if not bound or d.start < bound]
    if dates:
        later = [d for d in dates if d.start >= trigger_start]
        # none after it: the nearest before («في 7 أيار قرر …، وحضر الأسد قمة جدة في 19
        # أيار حيث استقبله X»: the 19th)
        chosen = later[0] if later else dates[-1]
        earlier = [d for d in dates if d.end <= trigger_start]
        within = earlier and chosen.precision == "month" and earlier[-1].precision == "day"
        if within and earlier[-1].value.startswith(chosen.value):
            # «عقد المجلس أمس الخميس جلسة …، الذي تتولى بلاده رئاسته خلال الشهر الجاري»: the
            # day the month after it takes in
            chosen = earlier[-1]
        elif earlier and (told_before or _relative_between(text[earlier[-1].end : trigger_start])):
            # «لقمة القاهرة في آذار 2019، التي جمعت …»: the date of the meeting the relative
            # clause is about, not the next one's; «زيارة … في شباط، التقى خلالها»: the stay's
            chosen = earlier[-1]
        return text_date(chosen)
    if published is None:
        return None
    # the update's label opens its line, which the parse may have cut off («عاجل:» | …)
    if _update_of_the_day(text[text.rfind("\n", 0, sentence.start) + 1 : trigger_start]):
        return EventDate(published.isoformat(), "day", "text")
    return EventDate(published.strftime("%Y-%m"), "month", "publication")
