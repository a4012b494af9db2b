"""Names listed and coordinated around a meeting trigger: the first of coordinated names
against the others, a list after «بين» or «ب», its conjuncts and how many peers it counts,
co-chairs («برئاسة X ونظيره Y») and the stops of a tour.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.dates import DateMention
from kg.extract.grammar import envoy_in_an_apposition, head_token, joined_by_and, on_behalf_of
from kg.extract.not_meetings import words_after
from kg.extract.sentence import Sentence, entities, text_date
from kg.extract.triggers import triggers
from kg.kb import default_kb
from kg.lang.ar.clauses import THEN
from kg.lang.ar.dates import DAY_SHIFTS
from kg.lang.ar.meetings import (
    BILATERAL,
    CAPACITY,
    CHAIRED_BY,
    COMPANION_WORDS,
    CONCLUDING,
    LIST_BREAKS,
    LIST_GLUE,
    LIST_ON,
    MEETINGS_OF_EACH,
    NEXT_STOP,
    PARTY_COUNTS,
    PARTY_NUMBERS,
    SEPARATE,
    SEPARATELY,
    SIDE_GROUPING,
    WITH_PRONOUNS,
)
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.orthography import DASHES, TATWEEL
from kg.lang.ar.places import PLACE_PREPOSITIONS
from kg.lang.ar.words import (
    COUNTERPARTS,
    HONORIFICS,
    PLURAL_TITLES,
    ROYAL_STYLE,
    TITLE_GIVEN_NAMES,
    TITLE_HEADS,
)
from kg.mention_spans import ends_a_sentence, starts_a_sentence
from kg.normalize import normalize
from kg.person_names import last_words
from kg.schema import BODIES, PLACES
from kg.types import Entity, Event, EventDate, Mention


def co_chairs(doc: Doc, verb: Token, loose: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """«اجتمعت اللجنتان برئاسة X ونظيره Y»: a meeting chaired by one and his counterpart is
    theirs, one on each side."""
    text = doc._.article.text
    verb_end = doc._.offsets[verb.i][1]
    after = [m for m in loose if m.start > verb_end]
    # «برئاسة» right after the verb (the title rule may take «رئاسة» into the name's span)
    if len(after) < 2 or CHAIRED_BY not in normalize(text[verb_end : after[0].end]).split()[:2]:
        return [], []
    # «ونظيره» between the two names, or opening the second one's title
    words = normalize(text[after[0].end : after[1].end]).split()
    if not set(words[:2]) & COUNTERPARTS:
        return [], []
    return after[:1], after[1:2]


def chaired_by(doc: Doc, noun: Token, mentions: list[Mention]) -> list[Mention]:
    """«عقد الجانبان اجتماعا رسميا برئاسة X و Y»: the names after «برئاسة» that follows the
    meeting noun (an adjective between) chair it; they are no third side."""
    text = doc._.article.text
    noun_end = doc._.offsets[noun.i][1]
    after = sorted((m for m in mentions if m.start >= noun_end), key=lambda m: m.start)
    if not after or CHAIRED_BY not in normalize(text[noun_end : after[0].start]).split()[:3]:
        return []
    return after


def with_chairs(
    sides: tuple[list[Mention], list[Mention]], chairs: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """Two sides chaired by one each: a chair stands for the side of the state he represents
    («وزير الخارجية الكيني»), else the first chair for the first side and the second for the
    other; the states of «الجانبان الكويتي والكيني» are theirs, no participants of their own."""
    side_a, side_b = sides
    if not side_a or not side_b or len(chairs) != 2:
        return sides
    first, second = chairs
    if _represents(first, side_b) or _represents(second, side_a):
        first, second = second, first
    return _led_by(side_a, first), _led_by(side_b, second)


def _led_by(side: list[Mention], chair: Mention) -> list[Mention]:
    return [chair, *(m for m in side if m.entity.type != "State")]


def _represents(mention: Mention, side: list[Mention]) -> bool:
    keys = {m.entity.key for m in side}
    return mention.represents is not None and mention.represents.key in keys


_LIST_MARKS = str.maketrans({"،": " ", "(": " ", ")": " "})


def listed_from(mentions: list[Mention], text: str, start: int) -> list[Mention]:
    """The mentions that follow `start` as one list: names, titles and list words between them
    («… آل ثاني، ورئيس المخابرات …، إضافة إلى المبعوث …»), up to the first other word."""
    listed: list[Mention] = []
    position = start
    for mention in mentions:
        if mention.start < position:
            if listed and mention.start == listed[-1].start:
                listed.append(mention)  # several entities on one span («هذه الدول»)
                position = max(position, mention.end)  # the longer of two from one start
            continue
        if listed and (aside := _renamed_aside(text, listed[-1], mention)):
            position = aside  # «وشرق الأردن (المملكة الأردنية الهاشمية لاحقاً)، ولبنان»
            continue
        if listed and on_behalf_of(text, mention):
            position = mention.end  # «X نائباً عن أمير الكويت Y، وكذلك Z»: Y was not there
            continue
        # a bracket around a short name («رابطة دول جنوب شرق آسيا (آسيان) ومجلس التعاون»)
        gap = text[position : mention.start]
        words = normalize(_past_capacity(_past_aside(gap) if listed else gap))
        words = words.translate(_LIST_MARKS).split()
        if listed and not words and _titled(text, mention) and _people(listed[-1], mention):
            break  # «برفقته رئيس الوزراء X الرئيسَ الفلسطيني Y»: no «و», no comma: no list
        if (
            listed
            and any(
                w not in LIST_GLUE and (not w.startswith("و") or w in LIST_BREAKS)
                for w in _without_all_of(words)
            )
            and not _title_then_and(words)
            and not and_then_title(words, mention.entity.type == "Person")
        ) or (listed and (_another_meeting(words) or _unnamed_holders(words, mention))):
            break
        listed.append(mention)
        position = mention.end
    return listed


def _renamed_aside(text: str, listed: Mention, mention: Mention) -> int | None:
    """Where a bracket that names the mention just listed again closes: an aside in the list
    («شرق الأردن (المملكة الأردنية الهاشمية لاحقاً)»), whatever else it says."""
    if mention.entity != listed.entity or text[listed.end : mention.start].strip() != "(":
        return None
    close = text.find(")", mention.end, mention.end + _ASIDE_REACH)
    return close + 1 if close != -1 else None


_ASIDE_REACH = 30  # characters after the name to the bracket's end: «لاحقاً»


def _past_aside(gap: str) -> str:
    """The words between two names past a short bracket on the first («فيصل بن فرحان
    (السعودية) ومحمد بن عبد الرحمن (قطر)»: what he is there for)."""
    aside = _ASIDE.match(gap)
    return gap[aside.end() :] if aside else gap


_ASIDE = re.compile(r"\s*\([^()\n]{1,40}\)")


def _past_capacity(gap: str) -> str:
    """The words between two names past what the first is there as, signs for or intervenes
    by, up to its comma («X بصفته رئيس الدورة الحالية للرابطة، ورئيس الوزراء Y», «X عن
    الحكومة، و Y», «X بإعلان منفرد، و Y», «X، بصفته …، و Y»: «و»)."""
    first = normalize(gap).lstrip(" ،,").split()[:1]
    return gap.rpartition("،")[2] if first and first[0] in _IN_CAPACITY else gap


_IN_CAPACITY = CAPACITY | {"عن", "باعلان"}  # folded


def _unnamed_holders(words: list[str], mention: Mention) -> bool:
    """«…، وسفراء الاتحاد الأوروبي»: a plural title before a body names its unnamed people,
    who end a list of names; the body is not one of those listed."""
    return mention.entity.type in BODIES and any(
        without_conjunction(word) in PLURAL_TITLES for word in words
    )


def _another_meeting(words: list[str]) -> bool:
    """«… عادل عبد المهدي، وقمة عمّان …»: a meeting noun after «و» opens the next meeting."""
    nouns = triggers().nouns
    return any(word[:1] == "و" and word[1:] in nouns for word in words)


def _people(*mentions: Mention) -> bool:
    return all(m.entity.type == "Person" for m in mentions)


def _titled(text: str, mention: Mention) -> bool:
    """Whether a mention opens with a title («الرئيس الفلسطيني محمود عباس»)."""
    first = normalize(text[mention.start : mention.end]).split()[:1]
    return bool(first) and first[0] in TITLE_HEADS


def _without_all_of(words: list[str]) -> list[str]:
    """The words but «كلا من» («وتضم المنظمة إلى جانب أرمينيا كلا من روسيا وبيلاروس»)."""
    return [
        w
        for i, w in enumerate(words)
        if not (w in _ALL_OF or (w == "من" and i and words[i - 1] in _ALL_OF))
    ]


_ALL_OF = {"كل", "كلا"}


def _title_then_and(words: list[str]) -> bool:
    """«بحضور نبيه بري رئيس مجلس النواب ورفيق الحريري رئيس الوزراء»: the title that follows
    a listed name, then the «و» of the next one («أمين المجلس الأعلى للأمن القومي، و»)."""
    titled = words[:1] and (words[0] in TITLE_HEADS or words[0] in TITLE_GIVEN_NAMES)
    return 1 < len(words) <= _TITLE_REACH and bool(titled) and words[-1] == "و"


_TITLE_REACH = 7  # a title after a name: its head, its portfolio and its state or body


def and_then_title(words: list[str], person: bool) -> bool:
    """«السيسي وولي عهد أبوظبي محمد بن زايد»: the «و» of the next name, then its title (or a
    plural title over the next names, when the next is a `person`), past the styles before it
    («، وفخامة الرئيس X»)."""
    if words[:1] == ["و"] and len(words) > 1:
        head, rest = words[1], words[2:]  # «و» the tokenizer split off
    elif words[:1] and words[0][:1] == "و":
        head, rest = words[0][1:], words[1:]
    else:
        return False
    while _a_style(head) and head not in TITLE_HEADS and rest:
        head, rest = rest[0], rest[1:]  # «وفخامة الرئيس», «وصاحب السمو الشيخ»
    # «، وصاحب السمو الملكي الأمير X»: only styles, the next name's title opens its mention
    styled = _a_style(head) and not rest and len(words) > 1
    # «، ووزراء الخارجية X (السعودية) و Y (قطر)»: a plural title over the people named next
    # («وسفراء الاتحاد الأوروبي»: the body's unnamed envoys, not the body)
    plural = person and head in PLURAL_TITLES
    return len(words) <= _TITLE_REACH and (head in TITLE_HEADS or plural or styled)


def _a_style(word: str) -> bool:
    return word in HONORIFICS or word == ROYAL_STYLE


def listed_on(doc: Doc, side: list[Mention], actors: list[Mention]) -> list[Mention]:
    """Names that go on the list of a verb's guests past the clause the parse cut
    («التقى X بوفد حماس برئاسة A، ووفد فتح برئاسة B»: «ووفد» read as a verb)."""
    text = doc._.article.text
    position = max(m.end for m in side)
    more: list[Mention] = []
    for mention in sorted((m for m in actors if m.start >= position), key=lambda m: m.start):
        words = normalize(text[position : mention.start]).replace("،", " ").split()
        # «…، وصاحب السمو الشيخ X»: the styles before a name, and the «و» glued on them
        gap = {_and_of_style(word) for word in words} - {""}
        if not gap <= LIST_GLUE | LIST_ON | {"ب"} or not (more or gap & LIST_ON):
            break  # another phrase; the first name added needs its «و»
        more.append(mention)
        position = mention.end
    return [m for m in more if m not in side]


def _and_of_style(word: str) -> str:
    """A style or rank before a name («صاحب», «السمو», «الشيخ») as nothing, and with «و» glued
    on («وصاحب») as that «و»; any other word as it is."""
    if word in HONORIFICS:
        return ""
    if word[:1] == "و" and word[1:] in HONORIFICS:
        return "و"
    return word


def listed_before(
    doc: Doc, verb: Token, side: list[Mention], loose: list[Mention]
) -> list[Mention]:
    """Names after the verb that head the list of its guests, hung nowhere by the parse
    («التقى X، كلا على حدة، رئيسَ الجمهورية A ورئيسَ الوزراء B»: A, before B's «و»)."""
    start = doc._.offsets[verb.i][1]
    listed = [min(side, key=lambda m: m.start)]
    candidates = sorted(
        (m for m in loose if m.start >= start and m not in side), key=lambda m: -m.start
    )
    for mention in candidates:
        if mention.end <= listed[0].start and joined_by_and(doc, mention, listed[0]):
            listed.insert(0, mention)
    return listed[:-1]


def after_bi(text: str, start: int) -> bool:
    """Whether «ب» (glued or alone) introduces the name starting at `start`, or its delegation
    («بوفد حماس»)."""
    before = normalize(text[max(0, start - 6) : start])
    glued = before.endswith("ب") or before.rstrip().endswith(" ب") or before.endswith("بال")
    return glued or before.rstrip().endswith(_BI_DELEGATION) or _bi_on_a_title(text, start)


def _bi_on_a_title(text: str, start: int) -> bool:
    """«بالرئيس بوتين», «بالشيخ تميم»: «ب» on the title or honorific right before the name."""
    words = last_words(text, start, 1)
    word = normalize(words[-1]) if words else ""
    if not word.startswith("ب") or word == CHAIRED_BY:
        return False  # «برئاسة X»: who heads a side, not whom «ب» marks
    return word[1:] in TITLE_HEADS or word[1:] in HONORIFICS


_BI_DELEGATION = (" بوفد", " بوفدي", " بوفود")  # folded, a word of its own


def between_list(doc: Doc, between: list[Mention], actors: list[Mention]) -> list[Mention]:
    """«بين وفد برازيلي … ووفد موزمبيقي …»: the names that go on listing after «بين», also
    those the parse hung elsewhere."""
    first = min(between, key=lambda m: m.start)
    ordered = sorted((m for m in actors if m.start >= first.start), key=lambda m: m.start)
    listed = listed_from(ordered, doc._.article.text, first.start)
    return list(dict.fromkeys([*between, *listed]))


def conjuncts(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """«بين وفد برازيلي برئاسة وزير الخارجية X ووفد موزمبيقي برئاسة نظيره Y»: the first
    conjunct (up to the «و» that starts the next) against the rest."""
    ordered = sorted(mentions, key=lambda m: m.start)
    text = doc._.article.text
    for index in range(1, len(ordered)):
        previous, mention = ordered[index - 1], ordered[index]
        gap = normalize(text[previous.end : mention.start]).split()
        if mention.start > previous.start and any(w.startswith("و") for w in gap):
            return ordered[:index], ordered[index:]
    return ordered, []  # one side only: the other is not named


def counted_peers(noun: Token) -> bool:
    """A meeting noun counted by its parties («محادثات ثلاثية», «القمة الرباعية»)."""
    if noun.pos_ not in ("NOUN", "PROPN", "X"):
        return False
    return party_count(noun) is not None


def party_count(noun: Token) -> int | None:
    """How many parties a counted meeting noun says it had («لقاء ثلاثي»: 3)."""
    for word in words_after(noun):
        bare = word.removeprefix("ال")
        if bare in PARTY_COUNTS:
            return PARTY_NUMBERS[bare.removesuffix("ا").removesuffix("ه")]
    return None


def peer_groups(doc: Doc, mentions: list[Mention]) -> list[list[Mention]]:
    """The peers «و» lists («بين A و B و C»: three), each with the names of its conjunct; two
    when words group them into two sides («بين A وكل من B و C»)."""
    start, end = min(m.start for m in mentions), max(m.end for m in mentions)
    if set(normalize(doc._.article.text[start:end]).split()) & SIDE_GROUPING:
        first, rest = conjuncts(doc, mentions)
        return [first, rest] if rest else [first]
    groups, rest = [], mentions
    while rest:
        group, rest = conjuncts(doc, rest)
        groups.append(group)
    return groups


def _one_then_another(doc: Doc, sentence: Sentence, guests: tuple[Entity, ...]) -> bool:
    """Whether «ثم» stands between the first and the last guest named in the sentence (each
    where it is first named: «…، ثم قمة أنجمينا … وشارك فيها ماكرون» names a guest again),
    and lists the next of them, not a verb («زار X الناقورة …، ثم استقبله Y بحضور Z») or
    someone else («فالتقى A، ثم B بحضور C»: C is no guest after «ثم»)."""
    first_named: dict[Entity, Mention] = {}
    for mention in sorted(sentence.mentions, key=lambda m: m.start):
        if mention.entity in guests:
            first_named.setdefault(mention.entity, mention)
    named = list(first_named.values())
    if len(named) < 2:
        return False
    first, last = min(m.start for m in named), max(m.end for m in named)
    offsets, words = doc._.offsets, doc._.folded
    span = range(sentence.span.start, sentence.span.end)
    return any(
        words[i] == THEN and first <= offsets[i][0] < last and _names_one_of(doc, i + 1, guests)
        for i in span
        if i + 1 < len(doc)
    )


def _names_one_of(doc: Doc, i: int, guests: tuple[Entity, ...]) -> bool:
    """Whether the first name from word `i` on is one of `guests` («ثم رئيس الوزراء Y»)."""
    start = doc._.offsets[i][0]
    following = [m for m in doc._.mentions or () if m.start >= start]
    return bool(following) and min(following, key=lambda m: m.start).entity in guests


def next_stop(doc: Doc, first: Mention, second: Mention) -> bool:
    """«التقى في لبنان الرئيس X، وفي سوريا الرئيس Y», «… X، ثم Y»: the next stop of a tour
    opens with «و» and a preposition, or «ثم»; X and Y are both guests, not host and guest."""
    gap = normalize(doc._.article.text[first.end : second.start]).replace("،", " ").split()
    if not gap:
        return False
    word = gap[0][1:] if gap[0].startswith("و") and len(gap[0]) > 1 else gap[0]
    if gap[0] == "و" and len(gap) > 1:
        word = gap[1]
    # a bare preposition is the place of the one meeting («استقبل X في الدوحة وفد Y»)
    return word in NEXT_STOP and (word == "ثم" or gap[0].startswith("و"))


def one_list(doc: Doc, side_a: list[Mention], side_b: list[Mention]) -> bool:
    """Whether the two sides word order gave are one list joined by «و» (or «، ثم») after the
    verb."""
    first, rest = (side_a, side_b) if side_b else split_first(side_a)
    if first and rest and rest[0].start < first[-1].start:
        first, rest = rest, first  # the parse took the second for the subject
    if not (first and rest):
        return False
    return joined_by_and(doc, first[-1], rest[0], then=True) or joined_by_and(
        doc, _with_its_place(doc, first[-1], rest[0]), rest[0], then=True
    )


def listed_with_places(doc: Doc, first: Mention, actors: list[Mention]) -> list[Mention]:
    """The people listed after `first`, each with the place he was met at («فالتقى X في القدس
    و Y في رام الله») or one after another («ثم Y»), however the parse hung them."""
    listed = [first]
    for mention in sorted(actors, key=lambda m: m.start):
        if mention.start < listed[-1].end or mention.entity.type != "Person":
            continue
        if not joined_by_and(doc, _with_its_place(doc, listed[-1], mention), mention, then=True):
            break
        if envoy_in_an_apposition(doc, mention):
            break  # «X، رئيس الوزراء السابق والمبعوث الخاص لرئيس الوزراء Y»: Y sent X
        listed.append(mention)
    return listed[1:]


def _with_its_place(doc: Doc, mention: Mention, following: Mention) -> Mention:
    """`mention` with the place «في» or «ب» gives it right after it, up to the next name
    («فالتقى الرئيس X في عين التينة والرئيس Y في السرايا»: where he met each)."""
    text = doc._.article.text
    for place in doc._.mentions:
        if place.entity.type not in PLACES or not mention.end < place.start < following.start:
            continue
        if normalize(text[mention.end : place.start]).strip(" ،,") in PLACE_PREPOSITIONS:
            return replace(mention, end=place.end)
    return mention


def coordinated_before(doc: Doc, verb: Token, loose: list[Mention]) -> list[Mention]:
    """«أنقرة والرياض تبحثان»: names joined by «و» right before the verb are its subjects,
    however the parse hung them (a headline often has the verb after its subjects)."""
    start = doc._.offsets[verb.i][0]
    before = [m for m in loose if m.end <= start]
    last = max(before, key=lambda m: m.start, default=None)
    if last is None or doc._.article.text[last.end : start].strip():
        return []
    listed = joined_before(doc, last, before)
    return listed if len(listed) > 1 else []


def joined_before(doc: Doc, last: Mention, loose: list[Mention]) -> list[Mention]:
    """`last` with the names «و» joins before it, one before another («صالح والكاظمي»)."""
    listed = [last]
    for mention in sorted((m for m in loose if m.end <= last.start), key=lambda m: -m.start):
        if not joined_by_and(doc, mention, listed[0]):
            break
        listed.insert(0, mention)
    return listed


def joined_after(doc: Doc, first: list[Mention], loose: list[Mention]) -> list[Mention]:
    """`first` with the names «و» joins to it, one after another («ميركل ووزير خارجيتها ماس»)."""
    listed = list(first)
    for mention in sorted(loose, key=lambda m: m.start):
        if not listed or mention.start < listed[-1].end:
            continue
        if not joined_by_and(doc, listed[-1], mention):
            break
        listed.append(mention)
    return listed


def concluded(noun: Token) -> bool:
    """«في ختام مفاوضات بين X و Y», «عقب محادثات»: talks that ended, so were held."""
    return not starts_a_sentence(noun) and noun.doc._.folded[noun.i - 1] in CONCLUDING


def two_people_after(doc: Doc, noun: Token, actors: list[Mention]) -> bool:
    """«مفاوضات سولانا ولاريجاني»: a noun in construct with two people joined by «و» (a title
    may open the second: «ومسؤول الملف النووي علي لاريجاني»)."""
    if ends_a_sentence(noun):
        return False
    start = doc._.offsets[noun.i + 1][0]
    people = sorted(
        (m for m in actors if m.entity.type == "Person" and m.start >= start), key=lambda m: m.start
    )
    return len(people) > 1 and people[0].start == start and joined_by_and(doc, *people[:2])


def dashed_pair(doc: Doc, noun: Token, actors: list[Mention]) -> tuple[Mention, Mention] | None:
    """«لقاء مبارك ـ شالوم», «قمة بوش - بلير», «محادثات فتح - حماس»: a meeting noun in
    construct with two parties joined by a dash, its two sides however the parse hung them."""
    if ends_a_sentence(noun):
        return None
    text, start = doc._.article.text, doc._.offsets[noun.i + 1][0]
    after = sorted((m for m in actors if m.start >= start), key=lambda m: m.start)
    if len(after) < 2 or after[0].start != start:
        return None
    first, second = after[0], next((m for m in after if m.start >= after[0].end), None)
    if second is None or text[first.end : second.start].strip() not in DASHES | {TATWEEL}:
        return None
    return first, second


def all_joined(doc: Doc, mentions: list[Mention]) -> bool:
    """Whether `mentions` are two or more names joined by «و»."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return len(ordered) > 1 and all(joined_by_and(doc, a, b) for a, b in pairwise(ordered))


def split_first(mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The first of coordinated mentions (with any sharing its span) against the others."""
    if not mentions:
        return [], []
    first = [m for m in mentions if (m.start, m.end) == (mentions[0].start, mentions[0].end)]
    return first, [m for m in mentions if m not in first]


def coordinated_sides(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Coordinated subjects of a reciprocal verb meet each other («اجتمع X و Y», «تباحث X وY
    وZ»); a body and names that are not coordinated with it («اجتمعت مجموعة لاهاي، التي
    تترأسها كولومبيا وجنوب أفريقيا») do not."""
    first, rest = split_first(mentions)
    if not rest:
        return first, []
    text = doc._.article.text
    previous, joined = first[-1], []
    for mention in rest:
        gap = normalize(text[previous.end : mention.start]).strip(" ،,")
        # «الرئيسان التركي أردوغان والروسي بوتين»: «و» and the next one's title between
        titled = gap.startswith("و") and joined_by_and(doc, previous, mention)
        if mention.start > previous.start and gap not in ("", "و") and not titled:
            break
        joined.append(mention)
        previous = mention if mention.start > previous.start else previous
    if len(joined) < len(rest):
        return first + rest, []
    return first, rest


@cache
def _national_bodies() -> dict[str, tuple[str, ...]]:
    """Each governing body of one state the tables know (Sudan's Sovereignty Council, Libya's
    Presidential Council, a regional government) → that state's code and key, as office keys
    end with the code («head-of-government:SD») and a title's state is the entity («Q1049»).
    A party or a faction is no state's: Hamas's leader is not the Palestinian president's side."""
    return {
        entry.entity.key: (entry.country, *entry.countries)
        for entry in default_kb().entries
        if entry.governs and entry.country
    }


def stands_for(doc: Doc) -> dict[str, set[str]]:
    """Each entity's key → what it stands for: a state itself; a person, the state or body his
    titles name and the state or body of the offices they give him («head-of-state:LB» → LB)."""
    found: dict[str, set[str]] = {}
    for mention in doc._.mentions:
        marks = found.setdefault(mention.entity.key, set())
        if mention.entity.type == "State":
            marks.add(mention.entity.key)
        if mention.represents is not None:
            marks.add(mention.represents.key)
            # the chair of Sudan's Sovereignty Council stands for Sudan too
            marks.update(_national_bodies().get(mention.represents.key, ()))
        if mention.office:
            marks.add(mention.office.rsplit(":", 1)[-1])
    return found


@cache
def _offices_held() -> dict[str, frozenset[str]]:
    """Each holder's key → the states and bodies whose offices the tables give him."""
    held: dict[str, set[str]] = {}
    for role in default_kb().roles:
        if role.office_key:
            held.setdefault(role.holder.key, set()).add(role.office_key.rsplit(":", 1)[-1])
    return {key: frozenset(codes) for key, codes in held.items()}


def stands_with(marks: dict[str, set[str]], person: Entity, side: Iterable[Entity]) -> bool:
    """Whether `person` stands for what someone on `side` stands for (`marks`: `stands_for`)."""
    own = marks.get(person.key, set())
    return any(own & marks.get(e.key, set()) for e in side)


def hosted(
    doc: Doc, hosts: Iterable[Entity], guests: Iterable[Entity]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """A host's side and his guests' at a meeting he opened or chaired: a guest who stands for
    what a host stands for sits with him («جلسة ترأسها غوتيريش … وحضرها المبعوث الأممي
    غريفيث»), and a state a guest stands for is his, no guest of its own («وزيرة الخارجية
    السويدية …، التي استضافت بلادها المشاورات»)."""
    marks = stands_for(doc)
    hosts = tuple(dict.fromkeys(hosts))
    guests = tuple(e for e in dict.fromkeys(guests) if e not in hosts)
    own = tuple(e for e in guests if stands_with(marks, e, hosts))
    represented = {mark for e in guests if e.type == "Person" for mark in marks.get(e.key, ())}
    rest = tuple(
        e for e in guests if e not in own and not (e.type == "State" and e.key in represented)
    )
    return hosts + own, rest


def apart(doc: Doc, attendees: list[Mention]) -> tuple[tuple[Entity, ...], ...]:
    """Two or more named people, each standing for a state or body (his title's, his
    office's), grouped by what they stand for; none when any stands for nothing kg knows."""
    marks = stands_for(doc)
    people = list(dict.fromkeys(entities(attendees)))
    if len(people) < 2 or any(e.type != "Person" or not marks.get(e.key) for e in people):
        return ()
    groups: list[tuple[set[str], list[Entity]]] = []
    for person in people:
        group = next((g for g in groups if g[0] & marks[person.key]), None)
        if group is None:
            groups.append((set(marks[person.key]), [person]))
        else:
            group[0].update(marks[person.key])
            group[1].append(person)
    return tuple(tuple(g[1]) for g in groups) if len(groups) > 1 else ()


def with_their_sides(
    doc: Doc, sides: tuple[tuple[Entity, ...], ...], attendees: list[Mention]
) -> tuple[tuple[Entity, ...], ...]:
    """`sides` with each attendee added to the side that stands for what he stands for (the
    Saudi foreign minister at his crown prince's talks); one who stands for no side's state or
    body, or for nothing kg knows, is left out: which side he sat on is not said."""
    marks = stands_for(doc)
    for person in entities(attendees):
        # «رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة»: a title that names no state; the
        # tables still know whose offices he held
        marks[person.key] = marks.get(person.key) or set(_offices_held().get(person.key, ()))
    joined = [list(side) for side in sides]
    for person in entities(attendees):
        fitting = [side for side in joined if stands_with(marks, person, side)]
        if len(fitting) == 1 and person not in fitting[0]:
            fitting[0].append(person)
    return tuple(tuple(side) for side in joined)


APART = "-apart"  # the rule's suffix on one of the meetings a sentence says were held apart


def one_by_one(doc: Doc, sentence: Sentence, trigger: Token, event: Event) -> Iterator[Event]:
    """«التقى X، كلاً على حدة، A و B و C», «عقد X لقاءات منفصلة مع كل من A و B», «بلقاءين مع A
    و B», «التقى X A، ثم B»: one meeting of the host's side with each guest, when the sentence
    says they were held apart or one after another, or the trigger counts them."""
    sides = event.sides
    if len(sides) == 2 and len(sides[1]) > 1:
        stops = _each_in_its_city(doc, sentence, trigger, sides[1])
        if stops:
            # «أجرى X مشاورات في الرباط مع A، وفي تندوف مع B»: a meeting at each stop
            for city, guests in stops:
                yield replace(
                    event, sides=(sides[0], guests), location=city, rule=event.rule + APART
                )
            return
    told = normalize(doc._.article.text[sentence.start : sentence.end])
    words = doc._.folded
    bilateral = trigger.i + 1 < len(doc) and words[trigger.i + 1] in BILATERAL
    apart = SEPARATELY.search(told) or MEETINGS_OF_EACH.fullmatch(words[trigger.i]) or bilateral
    # «وعقد جلسة مباحثات منفصلة مع Y»: apart from the meeting the sentence told before
    separate = any(w.startswith(SEPARATE) for w in words[trigger.i + 1 : trigger.i + 3])
    if (
        len(sides) != 2
        or len(sides[1]) < 2
        or not (apart or _one_then_another(doc, sentence, sides[1]))
    ):
        # «مباحثات ثنائية أجراها X و Y» before their summit with a third: a meeting of its own
        yield replace(event, rule=f"{event.rule}{APART}") if bilateral or separate else event
        return
    for entity in sides[1]:  # the guests; the host's own attendees stay with him
        date = _own_date(doc, sentence, trigger, entity, sides[1]) or event.date
        yield replace(event, sides=(sides[0], (entity,)), date=date, rule=f"{event.rule}{APART}")


def _own_date(
    doc: Doc, sentence: Sentence, trigger: Token, guest: Entity, guests: tuple[Entity, ...]
) -> EventDate | None:
    """The date told right after a guest met apart, before the next guest («محادثات مع شي يوم
    الأحد، ثم مع الرئيس الروسي بوتين اليوم»: Putin's is today), if any."""
    start = doc._.offsets[trigger.i][1]
    named = sorted((m for m in sentence.mentions if m.start >= start), key=lambda m: m.start)
    own = next((m for m in named if m.entity == guest), None)
    if own is None:
        return None
    following = [m.start for m in named if m.start > own.end and m.entity in guests]
    comma = re.search(r"[،,؛]", doc._.article.text[own.end : sentence.end])
    end = min([*following, own.end + comma.start() if comma else sentence.end])
    dated = next((d for d in sentence.dates if own.end <= d.start < end), None)
    return text_date(dated) if dated is not None else None


def host_by_host(doc: Doc, sentence: Sentence, event: Event) -> Iterator[Event]:
    """«استقبله رئيس الوزراء X ثم رئيس الجمهورية Y»: hosts named one after the other each
    received the guests: a meeting of each with them, none of the hosts with another."""
    sides = event.sides
    if len(sides) != 2 or len(sides[0]) < 2 or not _one_then_another(doc, sentence, sides[0]):
        yield event
        return
    for host in sides[0]:
        yield replace(event, sides=((host,), sides[1]), rule=f"{event.rule}{APART}")


def toured(
    doc: Doc, sentence: Sentence, trigger: Token, event: Event, actors: list[Mention]
) -> list[Event]:
    """«التقى X الرئيس A في كمبالا يوم 27 ديسمبر، ثم الرئيس B في نيروبي يوم 3 يناير، والرئيس
    C في بريتوريا في اليوم التالي»: a tour, one meeting with each guest, in the city «في»
    names after him and on the day named there («في اليوم التالي»: the day after the stop
    before). The guests after the first are the verb's conjuncts «ثم» or «و» opens, which the
    parse hangs on the verb; none unless two guests or more each have a city of their own."""
    if len(event.sides) != 2 or trigger.pos_ != "VERB":
        return []
    later = {
        child
        for child in trigger.children
        if child.i > trigger.i
        and child.dep_ in _CONJUNCTS
        and any(normalize(c.text) in _TOUR_LINKS for c in child.children if c.dep_ == "cc")
    }
    start = doc._.offsets[trigger.i][1]
    guests = [m for m in actors if m.entity in event.sides[1] and m.start >= start][:1]
    guests += [m for m in actors if m.entity.type == "Person" and head_token(doc, m) in later]
    guests = sorted({m.entity: m for m in reversed(guests)}.values(), key=lambda m: m.start)
    if len(guests) < 2:
        return []
    text = doc._.article.text
    stops = []
    day = None
    for guest, after in zip(guests, [*guests[1:], None], strict=True):
        end = after.start if after is not None else sentence.end
        city = next(
            (
                m
                for m in sentence.mentions
                if m.entity.type == "City"
                and guest.end <= m.start < end
                and _after_in(text, m.start)
            ),
            None,
        )
        if city is None:
            return []
        dated = next((d for d in sentence.dates if guest.end <= d.start < end), None)
        day = _stop_day(text[guest.end : end], dated, day)
        stop = replace(event, sides=(event.sides[0], (guest.entity,)), location=city.entity)
        stops.append(replace(stop, date=day or event.date, rule=event.rule + _TOUR))
    return stops


def _stop_day(words: str, dated: DateMention | None, before: EventDate | None) -> EventDate | None:
    """A stop's day: the date written after its guest, or the day after the stop before when
    «في اليوم التالي» says so."""
    if dated is not None:
        return EventDate(dated.value, dated.precision, "text")
    if before is not None and before.precision == "day" and _NEXT_DAY.search(normalize(words)):
        day = datetime.date.fromisoformat(before.value) + datetime.timedelta(days=1)
        return EventDate(day.isoformat(), "day", "text")
    return None


_CONJUNCTS = {"conj", "dep"}
_TOUR_LINKS = {THEN, "و"}
_TOUR = "-tour"
# «في اليوم التالي», «غداة ذلك»: the day after (folded)
_NEXT_DAY = re.compile(next(pattern for pattern, days in DAY_SHIFTS if days == 1))


def _each_in_its_city(
    doc: Doc, sentence: Sentence, trigger: Token, guests: tuple[Entity, ...]
) -> list[tuple[Entity, tuple[Entity, ...]]]:
    """«في الرباط مع A، وفي مخيمات تندوف مع B», «التقى في مسقط A، وفي طهران B»: the guests,
    each after a city of his own that «في» (or «وفي») names after the trigger, grouped by
    city; else each before his own («التقى A في أبوظبي و B في الرياض»); none unless there are
    two cities or more and every guest has one."""
    text = doc._.article.text
    start = doc._.offsets[trigger.i][1]
    cities = [
        m
        for m in sentence.mentions
        if m.entity.type == "City" and m.start >= start and _after_in(text, m.start)
    ]
    named = sorted(
        (m for m in sentence.mentions if m.entity in guests and m.start >= start),
        key=lambda m: m.start,
    )
    if not set(guests) <= {m.entity for m in named}:
        return []  # a guest named before the trigger has no stop of his own
    firsts = [next(m for m in named if m.entity == guest) for guest in dict.fromkeys(guests)]
    firsts.sort(key=lambda m: m.start)
    stops = _grouped_by_city(firsts, cities, after=False) or _grouped_by_city(
        firsts, cities, after=True
    )
    return [(city, tuple(people)) for city, people in stops.items()]


def _grouped_by_city(
    guests: list[Mention], cities: list[Mention], after: bool
) -> dict[Entity, list[Entity]]:
    """The guests by the city named last before each (or, `after`, first after each, before
    the next guest); empty unless every guest has one and there are two cities or more."""
    stops: dict[Entity, list[Entity]] = {}
    for guest, following in zip(guests, [*guests[1:], None], strict=True):
        if after:
            bound = following.start if following is not None else None
            own = [c for c in cities if c.start >= guest.end and (bound is None or c.end <= bound)]
            city = own[:1]
        else:
            city = [c for c in cities if c.end <= guest.start][-1:]
        if not city:
            return {}
        stops.setdefault(city[0].entity, []).append(guest.entity)
    return stops if len(stops) >= 2 else {}


def _after_in(text: str, start: int) -> bool:
    """Whether «في» or «وفي» stands right before `start`, perhaps with a place word between
    («وفي مخيمات اللاجئين بتندوف»: a few words, «ب» glued on the city)."""
    words = normalize(text[max(0, start - 40) : start]).replace("،", " ").split()
    return any(word in _IN for word in words[-4:])


_IN = {"في", "وفي"}


def companion_marker(token: Token) -> bool:
    """«برفقة», «رفقة», «بمعية», «مرفوقا (ب)», «مرفوقة», and «ومعه» between a clause's
    subject and the rest («استقبل الرئيس X ومعه نائبه Y الوزيرَ Z»): who goes along with
    someone."""
    word = normalize(token.text).removeprefix("و")
    return word in COMPANION_WORDS or _and_with_him(token)


def _and_with_him(token: Token) -> bool:
    """«ومعه», «ومعها»: «و», «مع» and a pronoun, split by the tokenizer («وبحث معه» is not)."""
    doc = token.doc
    if normalize(token.text) != "مع" or token.i == 0 or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    return normalize(doc[token.i - 1].text) == "و" and normalize(after.text) in WITH_PRONOUNS
