"""One meeting reported by several sentences of an article is one event."""

from __future__ import annotations

import datetime
from bisect import bisect_left
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.meeting_attendance import HOSTED
from kg.extract.meeting_lists import APART
from kg.extract.triggers import triggers
from kg.types import Entity, Event, Evidence


@Language.component("kg_merge")
def merge_article_events(doc: Doc) -> Doc:
    """Merge the meetings of `doc._.events` that several sentences report."""
    represents = {
        m.entity.key: m.represents.key for m in doc._.mentions if m.represents is not None
    }
    events = _told_apart(_headlines_in_the_bodys_mood(doc))
    doc._.events = merge_within_article(events, represents, doc._.article.published)
    return doc


def _told_apart(events: list[Event]) -> list[Event]:
    """«بوتين يلتقي مودي وأردوغان وبزشكيان» over «واستهل بوتين لقاءاته بمودي … ثم التقى
    أردوغان. كما بحث بوتين مع بزشكيان …»: a meeting of one side with several guests, two of
    whom other sentences tell met that side alone (with its companions, maybe), sums up
    meetings held apart; it is one meeting with each guest (which then merge with those the
    other sentences tell)."""
    alone: dict[Entity, list[tuple[Entity, ...]]] = {}
    for e in events:
        if _two_sided(e) and len(e.sides[1]) == 1 and e.modality is None:
            alone.setdefault(e.sides[1][0], []).append(e.sides[0])
    result = []
    for event in events:
        # a summit's host and its guests met together, whomever he also met alone
        summit = event.rule.endswith(HOSTED) or "attended" in event.rule
        host = frozenset(event.sides[0]) if _two_sided(event) and not summit else frozenset()
        guests = event.sides[1] if host else ()
        # the side each guest met alone, the host's companions with him
        hosts = {g: next((s for s in alone.get(g, ()) if host <= set(s)), None) for g in guests}
        if len(guests) < 2 or sum(side is not None for side in hosts.values()) < 2:
            result.append(event)
            continue
        rule = event.rule if event.rule.endswith(APART) else f"{event.rule}{APART}"
        result.extend(
            replace(event, sides=(hosts[g] or event.sides[0], (g,)), rule=rule) for g in guests
        )
    return result


def _dated_before(event: Event, published: datetime.date | None) -> bool:
    """Whether the text dates `event` to a day before the article's own: a chronology's entry
    told in the present («14 آب 2024: هوكشتاين يلتقي بري»), past whatever its verb's tense."""
    when = event.date
    if when is None or published is None or when.basis != "text" or when.precision != "day":
        return False
    return datetime.date.fromisoformat(when.value) < published


def _headlines_in_the_bodys_mood(doc: Doc) -> list[Event]:
    """«لقاء أول بين أولبرايت وخرازي اليوم في نيويورك», «بوتفليقة وخاتمي يلتقيان في أيلول»
    over «… سيلتقيان مساء اليوم», «أنه سيلتقي نظيره الإيراني»: a headline tells news with no
    verb or in the present, whether it is past or to come; when a later sentence tells a
    meeting of as many people, one of them the same, as planned, denied or by phone, the
    headline's is that one too (its other name may be spelt otherwise, or be a pronoun),
    unless a sentence tells their meeting in the past. So does a later sentence without a verb
    in the past that tells the meeting of the same people a modal one told before («سيستقبل
    X غدا نظيره Y. ويبحث الرئيسان …»). A body's own meeting is left alone: it meets again
    («ومن المقرر أن تعقد المنظمة قمتها المقبلة»)."""
    events = doc._.events
    past_verbs = [
        doc._.offsets[token.i][0]
        for token in doc
        if token.pos_ in ("VERB", "AUX") and token.morph.get("Aspect") == ["Perf"]
    ]
    two_sided = [e for e in events if _two_sided(e)]
    modal = [e for e in two_sided if e.modality is not None]
    past = [e for e in two_sided if e.modality is None and _in_the_past(past_verbs, e.evidence)]
    result = []
    for event in events:
        people = {e.key for e in event.participants}
        present = not _in_the_past(past_verbs, event.evidence)
        told = next(
            (
                other
                for other in modal
                if (
                    other.evidence.sentence_start > event.evidence.sentence_start
                    and len(other.participants) == len(people)
                    and people & {e.key for e in other.participants}
                    and not _others_both_known(event, other)
                )
                or (
                    present
                    and other.evidence.sentence_start < event.evidence.sentence_start
                    and people == {e.key for e in other.participants}
                )
            ),
            None,
        )
        # the headline itself, or another sentence, tells the meeting in the past
        held = any(people & {e.key for e in other.participants} for other in past)
        # «14 آب 2024: X يلتقي Y», a chronology's entry: past, whatever its verb's tense
        held = held or _dated_before(event, doc._.article.published)
        if told and not held and event.modality is None and _two_sided(event):
            event = replace(event, modality=told.modality)
        result.append(event)
    return result


def _others_both_known(one: Event, other: Event) -> bool:
    """Whether the people two meetings do not share are all known to the tables (an English
    label), so none of them is the other's name spelt otherwise: «يجري مباحثات مع نظيره
    الإريتري» and a later call to the UN Secretary-General are two events."""
    apart = set(one.participants) ^ set(other.participants)
    return bool(apart) and all(e.label_en for e in apart)


def _two_sided(event: Event) -> bool:
    return event.kind == "Meeting" and len(event.sides) == 2


def _in_the_past(past_verbs: list[int], evidence: Evidence) -> bool:
    """Whether a verb in the past (perfect) tense starts in the evidence's sentence
    (`past_verbs`: where each such verb of the article starts, in order)."""
    index = bisect_left(past_verbs, evidence.sentence_start)
    return index < len(past_verbs) and past_verbs[index] < evidence.sentence_end


def merge_within_article(
    events: list[Event],
    represents: dict[str, str] | None = None,
    published: datetime.date | None = None,
) -> list[Event]:
    """One meeting reported by several sentences of an article (headline, lead, body) is one event.

    Two meetings merge when they share a participant, their places and dates do not disagree,
    and, for two two-sided meetings, their sides line up: each side of one shares someone
    with a side of the other, or names the state someone there represents («أنقرة تبحث مع
    حماس» and «ناقش رئيس الاستخبارات التركي … مع وفد حماس»). Fidan meeting Haniyeh and Fidan
    meeting the Qatari prime minister the same day share only Fidan: two meetings. `represents`
    maps a person's key to the key of the state their title names. Other events are kept as
    they are (cross-article merging is the graph's job). A meeting the text dates days before
    `published` is not one the article dates only by its publication («وكانت وفود … قد عقدت
    اجتماعاً في 13 يوليو» under a report of the 22nd's signing).
    """
    represents = represents or {}
    merged: list[Event] = []
    spoken_for: set[int] = set()  # meetings a report named by its states' adjectives joined
    for event in events:
        partner = next((m for m in merged if _same_meeting(m, event, represents, published)), None)
        if partner is None:
            merged.append(event)
            continue
        index = merged.index(partner)
        merged[index] = _combine(partner, _aligned(partner, event, represents))
        if _named_by_adjectives(partner) or _named_by_adjectives(event):
            spoken_for.add(index)
    # the states' people, however many sentences name them, speak for the states
    return [_spoken_for(e, represents) if i in spoken_for else e for i, e in enumerate(merged)]


def _same_meeting(
    one: Event, other: Event, represents: dict[str, str], published: datetime.date | None
) -> bool:
    if one.kind != "Meeting" or other.kind != "Meeting" or one.modality != other.modality:
        return False
    shared = {e.key for e in one.participants} & {e.key for e in other.participants}
    two_sided = len(one.sides) == len(other.sides) == 2
    if not shared and not (two_sided and (_states_only(one) or _states_only(other))):
        return False  # «أنقرة والرياض تبحثان» may be the ministers' talks the body reports
    if one.location and other.location and one.location.key != other.location.key:
        return False
    stated = one.date and other.date and one.date.basis == other.date.basis == "text"
    # a range («يومي 22 و23 مارس»: the summit whose sidelines held it) is not its first day
    told_apart = stated and (one.date.value, one.date.end_value) != (
        other.date.value,
        other.date.end_value,
    )
    if told_apart or _days_apart(one, other, published):
        return False
    if len(one.sides) != len(other.sides) and min(len(one.sides), len(other.sides)) < 2:
        return False  # talks on the sidelines of a conference are a meeting of their own
    same_sentence = one.evidence.sentence_start == other.evidence.sentence_start
    everyone = set(one.participants) == set(other.participants)
    if one.rule.endswith(HOSTED) != other.rule.endswith(HOSTED) and not (
        same_sentence and everyone
    ):
        # a conference its host opened is not his reception of its guests; one sentence
        # read twice is one («قمة برئاسة X، شارك فيها Y و Z»: the noun and the verb)
        return False
    apart = one.rule.endswith(APART) or other.rule.endswith(APART)
    if apart and len(one.participants) != len(other.participants):
        return False  # «التقى X كلا من A و B في لقاءين منفصلين … ثم عقد اجتماعا ثلاثيا معهما»
    if apart and same_sentence and not everyone:
        return False  # «التقى خلالها X، وعقد جلسة مباحثات منفصلة مع Y»: told apart
    if len(one.sides) < 2:
        return True  # two reports of one multilateral meeting
    people, other_people = {e.key for e in one.participants}, {e.key for e in other.participants}
    if len(one.sides) != len(other.sides) and not (
        people <= other_people or other_people <= people
    ):
        return False  # «استقبل X ماكرون … ثم عقدت المجموعة قمة ترأسها X وماكرون»: two
    # two sides each, or a third party another sentence adds («وحضر مراسم التوقيع X»)
    return _pairing(one, other, represents) is not None


def _days_apart(one: Event, other: Event, published: datetime.date | None) -> bool:
    """Whether one meeting is dated by the text, to the day, more than a few days before the
    publication that alone dates the other."""
    if published is None or one.date is None or other.date is None:
        return False
    bases = {one.date.basis, other.date.basis}
    if bases != {"text", "publication"}:
        return False
    stated = one.date if one.date.basis == "text" else other.date
    if stated.precision != "day":
        return False
    day = datetime.date.fromisoformat(stated.value)
    return (published - day).days > _SAME_NEWS_DAYS


_SAME_NEWS_DAYS = 3  # «أمس», «الأحد الماضي»: a report's own meeting, a few days back at most


def _states_only(event: Event) -> bool:
    return all(e.type == "State" for e in event.participants)


def _pairing(one: Event, other: Event, represents: dict[str, str]) -> tuple[int, int] | None:
    """How `other`'s two sides line up with `one`'s: (0, 1) as they are, (1, 0) swapped."""
    for order in ((0, 1), (1, 0)):
        if all(
            _compatible(one.sides[index], other.sides[order[index]], represents) for index in (0, 1)
        ):
            return order
    return None


def _compatible(side, other, represents: dict[str, str]) -> bool:
    """Whether two sides are one party: someone in both, or a state and who represents it.
    Two different people of one state are not enough («التقى الملك رئيس الوزراء الكندي» and
    «اجتمع الصفدي مع وزيرة الخارجية الكندية» are two meetings)."""
    keys = {e.key for e in side}
    other_keys = {e.key for e in other}
    speaking = {represents.get(e.key) for e in side} - {None}
    other_speaking = {represents.get(e.key) for e in other} - {None}
    return bool(keys & other_keys or speaking & other_keys or keys & other_speaking)


def _aligned(one: Event, other: Event, represents: dict[str, str]) -> Event:
    """`other` with its sides in the order of `one`'s."""
    if min(len(one.sides), len(other.sides)) >= 2 and _pairing(one, other, represents) == (1, 0):
        return replace(other, sides=(other.sides[1], other.sides[0], *other.sides[2:]))
    return other


def _named_by_adjectives(event: Event) -> bool:
    """Whether a meeting's sides are only states a meeting noun names («قمة أردنية مصرية»,
    «المحادثات الإيرانية الأمريكية»): their adjectives, where a verb's states act («أنقرة
    والرياض تبحثان»)."""
    lemma = event.rule.split("-")[1] if event.rule.startswith("meeting-") else ""
    return _states_only(event) and lemma in triggers().nouns


def _spoken_for(event: Event, represents: dict[str, str]) -> Event:
    """`event` without the states a person on their side represents: «قمة أردنية مصرية» merged
    with the king's and the president's meeting is theirs, not Jordan's with the president
    (`_named_by_adjectives`)."""
    sides = []
    for side in event.sides:
        speaking = {represents.get(e.key) for e in side if e.type == "Person"} - {None}
        sides.append(tuple(e for e in side if e.type != "State" or e.key not in speaking) or side)
    return replace(event, sides=tuple(sides))


def _combine(first: Event, second: Event) -> Event:
    """The meeting `first` completed by `second`: union of sides, place and date where missing."""
    sides = [list(side) for side in first.sides]
    for index, side in enumerate(second.sides):
        if index >= len(sides):
            sides.append([])
        known = {e.key for s in sides for e in s}
        sides[index].extend(e for e in side if e.key not in known)
    date = first.date
    if date is None or (
        date.basis == "publication" and second.date and second.date.basis == "text"
    ):
        date = second.date
    best = first if first.confidence >= second.confidence else second
    return Event(
        kind="Meeting",
        sides=tuple(tuple(side) for side in sides if side),
        evidence=best.evidence,
        confidence=max(first.confidence, second.confidence),
        rule=best.rule,
        location=first.location or second.location,
        date=date,
        roles=tuple(dict.fromkeys((*first.roles, *second.roles))),
        modality=first.modality,
        supporting=(*first.supporting, first.evidence, *second.supporting, second.evidence),
    )
