"""How a meeting trigger is held: the verb that supports a meeting noun (holds, hosts,
attends or opens it), «جمع» as «brought together», the «مع/بين» sides that belong to one
meeting word of the sentence, and what one trigger says (`Reading`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kg.extract.clauses import clause_of
from kg.extract.grammar import (
    governing_subjects,
    head_token,
    leads,
    past_parenthesis,
    path_of,
    tokens_between,
    tokens_of,
    verb_subjects,
)
from kg.extract.meeting_lists import (
    after_bi,
    apart,
    coordinated_sides,
    counted_peers,
    listed_from,
    party_count,
)
from kg.extract.meeting_subjects import person_right_before, right_before
from kg.extract.sentence import entities
from kg.extract.triggers import Trigger, TriggerLexicon, triggers
from kg.lang.ar.grammar import VENUES
from kg.lang.ar.meetings import CHAIRING_FORMS, NAMING, OCCASION_WORDS, RELATIVES, SPEAKING_AT
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.words import TITLE_HEADS
from kg.mention_anaphors import DUAL_ANAPHOR
from kg.mention_spans import start_in_sentence
from kg.normalize import normalize
from kg.schema import BODIES
from kg.types import Entity, Mention

SUPPORT_FRAMES = {"light", "passive", "host", "attend", "open", "witness"}
# the rule's suffix on a meeting whose subject its clause left out, read from the text before
INHERITED = "-inherited"


@dataclass(frozen=True)
class Reading:
    """What one trigger says: its sides (or attendees), convener, rule and confidence."""

    sides: tuple[tuple[Entity, ...], ...]
    conveners: tuple[Entity, ...]
    rule: str
    confidence: float


def chairing(word: str) -> bool:
    """«ترأس», «وترأس», «رأس», «يرأس», with or without an object pronoun: a verb of chairing
    a meeting or heading a delegation (`word` folded)."""
    return without_conjunction(word).startswith(CHAIRING_FORMS)


def brings_together(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """«اجتماع موسّع جمع وفد حماس برئيس …»: جمع after a meeting noun is the verb «brought
    together», however the tagger read it (often as the noun «plural»)."""
    if lexicon.verbs.lookup(token.text) != "جمع":
        return None
    if meeting_noun_before(token, lexicon, 3) is None:
        return None
    return next(t for t in lexicon.triggers if t.pos == "verb" and t.lemma == "جمع")


def meeting_noun_before(token: Token, lexicon: TriggerLexicon, reach: int) -> Token | None:
    """The first meeting noun among the `reach` words before `token` in its sentence («لقاء»
    of «أي لقاء يجمعه بـ X»)."""
    before = token.doc[start_in_sentence(token, token.i - reach) : token.i]
    return next((t for t in before if lexicon.nouns.lookup(t.text)), None)


def own_sides(doc: Doc, trigger: Token, mentions: list[Mention]) -> list[Mention]:
    """The «مع» or «بين» sides that belong to this meeting word: the nearest one before each,
    not a second meeting of the sentence («بلقاء عقده X مع Y … قبل لقائه مع Z»: Y's meeting
    and Z's are two). A meeting that is the occasion of talks a verb before it reports («اجتمع
    X خلال اجتماعات الجمعية العامة مع Y», «على هامش القمة») owns none: those talks do. The
    sentence's meeting words are read once for all the sides."""
    heads = [(m, head_token(doc, m)) for m in mentions]
    sentence_start = trigger.sent.start  # read once: `Token.sent` walks the sentence
    last = max((head.i for _, head in heads if head is not None), default=sentence_start)
    lexicon = triggers()
    words = [
        (t, found)
        for t in doc[sentence_start:last]
        if (found := lexicon.of(t)) is not None
        and found.family == "meeting"
        and found.frame not in SUPPORT_FRAMES
        and not _inside(t, trigger)
    ]
    occasion = {t.i for t, _ in words if doc._.folded[t.i - 1] in OCCASION_WORDS}

    def own(head: Token | None) -> bool:
        if head is None:
            return True
        upto = [(t, found) for t, found in words if t.i < head.i]
        occasioned = trigger.i in occasion and trigger.i < head.i
        if occasioned and any(f.pos == "verb" and t.i < trigger.i for t, f in upto):
            return False
        before = [t.i for t, _ in upto if t.i == trigger.i or t.i not in occasion]
        return not before or before[-1] == trigger.i

    return [mention for mention, head in heads if own(head)]


def governed_elsewhere(
    doc: Doc, trigger: Token, support: Token | None, mention: Mention, nominal: bool
) -> bool:
    """Whether a «مع» phrase belongs to another word than the meeting trigger: it comes before
    a meeting noun and the verb that holds it («قرر المجلس إنهاء العمل مع X في اجتماع»), or it
    hangs from a verb that stands between the trigger and it («خلال لقائه Y … دولة تعيش جنبا
    إلى جنب مع X»), or it follows another meeting noun («يستهل القمة بلقاءين مع X»). A
    relative clause set off by commas ends before it («التقى X، الذي يزور البلاد، مع Y»)."""
    anchors = [trigger] if support is None else [trigger, support]
    path = path_of(doc, mention, stop=anchors)
    head = head_token(doc, mention)
    if path is None or head is None or "مع" not in path.markers:
        return False
    if nominal and mention.start < doc._.offsets[min(a.i for a in anchors)][0]:
        return True
    if _another_meeting_before_with(doc, mention, anchors):
        return True
    last = max(a.i for a in anchors)
    verbs = [w for w in [*path.via[1:], path.top.head] if w.pos_ in ("VERB", "AUX")]
    between = any(w not in anchors and last < w.i < head.i and not _named(doc, w) for w in verbs)
    return between and not past_parenthesis(path.top)


def _another_meeting_before_with(doc: Doc, mention: Mention, anchors: list[Token]) -> bool:
    """Whether a «مع» between the trigger and the mention follows another meeting noun, one
    without the article: the partners listed after it are that meeting's («يستهل القمة
    بلقاءين مع X وY»). A meeting with the article is the occasion or the level of the talks
    («التقى X على هامش القمة مع Y», «محادثات على مستوى القمة مع Y»), not another meeting."""
    first = tokens_of(doc, mention)[0]
    lexicon = triggers()
    for index in range(max(a.i for a in anchors) + 2, first.i):
        noun = doc[index - 1]
        trigger = lexicon.of(noun) if normalize(doc[index].text) == "مع" else None
        if noun not in anchors and trigger is not None and trigger.family == "meeting":
            word = normalize(noun.text)
            return not (word[1:] if word[:1] in "وفب" else word).startswith(("ال", "لل"))
    return False


def in_a_title(doc: Doc, mention: Mention, actors: list[Mention]) -> bool:
    """«وحضره الدكتور X رئيس جهاز التمثيل التجاري بجمعية رجال الأعمال»: a body after «ب»
    that ends the title of the person named right before it is where he works, not whom
    the meeting was with, wherever the parse hung it."""
    return after_bi(doc._.article.text, mention.start) and in_a_persons_title(doc, mention, actors)


def in_a_persons_title(doc: Doc, mention: Mention, actors: list[Mention]) -> bool:
    """«بالشيخ X رئيس دولة الإمارات العربية المتحدة، والملك Y»: a state or body in the title
    of the person named right before it, not one more name of the list."""
    if mention.entity.type == "Person":
        return False
    people = [m for m in actors if m.entity.type == "Person" and m.end <= mention.start]
    if not people:
        return False
    gap = tokens_between(doc, max(m.end for m in people), mention.start)
    title = gap[:-1] if gap and normalize(gap[-1].text) == "ب" else gap
    return (
        bool(title)
        and normalize(title[0].text) in TITLE_HEADS
        and all(t.pos_ in ("NOUN", "ADJ", "PROPN", "X") for t in title)
    )


def _named(doc: Doc, word: Token) -> bool:
    """Whether a word is in a mention («بوركينا فاسو»: «فاسو» tagged a verb)."""
    start, end = doc._.offsets[word.i]
    return any(m.start <= start and end <= m.end for m in doc._.mentions)


def _inside(word: Token, noun: Token) -> bool:
    """Whether `word` is in the noun phrase of a meeting noun, past no verb but one that names
    it: «محادثات على مستوى القمة» are talks, and «القمة» no second meeting; nor is the «قمة» of
    «اجتماعات ما سُمّي "قمة النقب"»."""
    for _ in range(6):
        head = word.head
        naming = head.doc._.folded[head.i] in NAMING
        if head.i == word.i or (head.pos_ in ("VERB", "AUX") and not naming):
            return False
        word = word.head
        if word.i == noun.i:
            return True
    return False


def brought_together(doc: Doc, token: Token, actors: list[Mention]) -> Reading | None:
    """«جمع X بـ Y و Z»: whoever stands between جمع and the first «ب» meets the others;
    «جمع X و Y» without «ب»: the coordinated names meet each other, and four or more a
    round table of many. Bodies a summit brought together («قمة جمعت قادة دول مجلس التعاون
    والاتحاد الأوروبي») each held it. «وجمعتنا القاعة بوفد X»: one side is the writer, whom
    kg cannot name; no reading."""
    if any(c.pos_ == "PRON" and normalize(c.text) in _US for c in token.children):
        return None
    reading = _brought_together(doc, token, actors) or _brought_the_two(doc, token, actors)
    if reading is None:
        return None
    noun = meeting_noun_before(token, triggers(), 3)
    convened = (
        noun is not None and (trigger := triggers().of(noun)) is not None and trigger.convened
    )
    people = [e for side in reading.sides for e in side]
    if convened and people and all(e.type in BODIES for e in people):
        return replace(reading, conveners=tuple(people))
    return reading


_US = {"نا", "ني"}  # the first person's object pronouns


def _brought_the_two(doc: Doc, verb: Token, actors: list[Mention]) -> Reading | None:
    """«بعد لقاء أول جمعهما على هامش قمة المناخ»: «هما», the verb's object, are the two people
    its sentence named before it, when it named two and no more; «فقد جمعهما X في بروكسل»:
    who brought them together met them (`_with_host`)."""
    people = the_two_before(doc, verb, actors)
    if not people:
        return None
    sides = _with_host(doc, verb, actors, ((people[0].entity,), (people[1].entity,)))
    return Reading(sides, (), "meeting-جمع-them", 0.7)


def the_two_before(doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
    """The two people «هما» on the verb stands for («جمعهما», «حيث استقبلهما X»): those its
    sentence named before it, when it named two and no more; else none."""
    dual = any(normalize(c.text) == "هما" and c.pos_ == "PRON" for c in verb.children)
    # «حيث رحّب بهما X»: «هما» after the verb's «ب»
    dual = dual or (verb.i + 1 < verb.sent.end and verb.doc._.folded[verb.i + 1] == "بهما")
    if not (dual or normalize(verb.text).endswith("هما")):
        return []
    start, end = doc._.offsets[verb.sent.start][0], doc._.offsets[verb.i][0]
    before = [m for m in actors if m.entity.type == "Person" and start <= m.start < end]
    if not before and verb.sent.start > 0:
        # «هل كانت أول قمة تجمع الزعيمين؟ ج: لا؛ فقد جمعهما X»: the two the sentence before
        # named by a dual
        previous = doc[verb.sent.start - 1].sent
        first = doc._.offsets[previous.start][0]
        duals = (m for m in doc._.mentions if m.rule == DUAL_ANAPHOR)
        before = [m for m in duals if first <= m.start < start]
    return before if len(entities(before)) == 2 and len(before) == 2 else []


def _as_many_as_counted(verb: Token, named: list[Mention]) -> bool:
    """Whether the meeting noun before «جمع» counts as many parties as it brings together."""
    noun = meeting_noun_before(verb, triggers(), 3)
    return noun is not None and counted_peers(noun) and len(entities(named)) == party_count(noun)


def _brought_together(doc: Doc, token: Token, actors: list[Mention]) -> Reading | None:
    _, clause_end = clause_of(token)
    start, end = doc._.offsets[token.i][1], doc._.offsets[clause_end - 1][1]
    text = doc._.article.text
    in_clause = [
        m for m in actors if start <= m.start < end and not in_a_persons_title(doc, m, actors)
    ]
    after = listed_from(in_clause, text, start)
    cities = [m for m in doc._.mentions if m.entity.type == "City" and start <= m.start < end]
    hosted = _hosted_where(text, after, in_clause, cities)
    if hosted:
        # «جمع العاهل السعودي في مقر إقامته الرئيس X والرئيس Y»: the host brought his guests
        # together, and each of another state or body met the others
        guests = apart(doc, hosted) or (entities(hosted),)
        return Reading((entities(after), *guests), (), "meeting-جمع-host", 0.8)
    first_bi = next(
        (
            i
            for i, m in enumerate(after)
            if i and after_bi(text, m.start) and not leads(doc, after[i - 1], m)
        ),
        None,
    )
    if first_bi is None and after and not after_bi(text, after[0].start):
        # «لقاء جمع X في الدوحة، مساء الثلاثاء، بوزير الخارجية Y»: the place and the time
        # between X and the «ب» of whom he met
        listed_end = max(m.end for m in after)
        later = [m for m in in_clause if m.start >= listed_end and after_bi(text, m.start)]
        if later and not _another_event_between(doc, listed_end, later[0].start):
            first_bi = len(after)
            following = [m for m in in_clause if m.start >= later[0].start]
            after = after + listed_from(following, text, later[0].start)
    if first_bi is None and after and (named := _named_after_a_colon(text, after, in_clause)):
        # «بلقاء جمع X بوزراء الخارجية الثلاثة: A و B و C»: the «ب» phrase names no one; the
        # list after its colon does
        first_bi, after = len(after), after + named
    pronoun = any(c.pos_ == "PRON" and c.dep_ in ("obj", "nmod") for c in token.children)
    if pronoun and after and after_bi(text, after[0].start):
        # «في لقاء جمعه بوزير الخارجية Y، شدد X»: «ه» is whom the sentence is about
        side_a, side_b = governing_subjects(doc, token.head, actors), after
    elif first_bi is None and len(after) == 2 and leads(doc, after[0], after[1]):
        return None  # «وجمعت القاعة وفد الحكومة بوفد X برئاسة Y»: X's other side is unnamed
    elif first_bi is None and len(entities(after)) >= _ROUND_TABLE:
        # «طاولة مستديرة جمعت A و B و C و D»: many brought together, no two sides
        return Reading((entities(after),), (), "meeting-جمع-multilateral", 0.75)
    elif first_bi is None and (peers := apart(doc, after)):
        # «قمة جمعت الرئيس الأميركي X ورئيس الوزراء الفلسطيني Y ورئيس الوزراء الإسرائيلي Z»:
        # each of another state, all met all, and the host of the summit met each
        return Reading(_with_host(doc, token, actors, peers), (), "meeting-جمع-peers", 0.8)
    elif first_bi is None and _as_many_as_counted(token, after):
        # «قمة ثلاثية جمعت رابطة آسيان ومجلس التعاون الخليجي والصين»: one party each
        sides = tuple((e,) for e in entities(after))
        return Reading(_with_host(doc, token, actors, sides), (), "meeting-جمع-peers", 0.8)
    elif first_bi is None:
        side_a, side_b = coordinated_sides(doc, after)
        side_a, side_b = (side_a, side_b) if side_b else ([], [])
    else:
        side_a, side_b = after[:first_bi], after[first_bi:]
    people_a = entities(side_a)
    people_b = tuple(e for e in entities(side_b) if e not in people_a)
    if not people_a or not people_b:
        return None
    noun = meeting_noun_before(token, triggers(), 3)
    counted = noun is not None and counted_peers(noun)
    if counted and len(people_a) > 1 and len(people_a) + len(people_b) == party_count(noun):
        # «لقاء ثلاثي جمع الرئيس عباس وهنية بالرئيس أردوغان»: as many people as parties
        # counted, each one party (rival factions of one state too)
        sides = tuple((e,) for e in (*people_a, *people_b))
        return Reading(_with_host(doc, token, actors, sides), (), "meeting-جمع-peers", 0.8)
    groups = apart(doc, side_b) if counted else ()
    if len(groups) > 1:
        # «قمة ثلاثية جمعته بالرئيس X والعاهل Y»: three parties, each met the others
        sides = _with_host(doc, token, actors, (people_a, *groups))
        return Reading(sides, (), "meeting-جمع-peers", 0.8)
    host = _host_named_first(text, start, side_a)
    if host is not None and len(people_a) > 1:
        # «جمع «اجتماع عمّان» الذي استضافه X نظراءه A و B بـ Y»: the host met his guests too
        guests = tuple(e for e in people_a if e != host)
        return Reading(((host,), guests, people_b), (), "meeting-جمع-hosted", 0.8)
    return Reading(_with_host(doc, token, actors, (people_a, people_b)), (), "meeting-جمع", 0.8)


def _host_named_first(text: str, start: int, side: list[Mention]) -> Entity | None:
    """The person named first on a side of «جمع» right after «الذي استضافه» (who hosted the
    meeting that brought them together), if any."""
    first = min(side, key=lambda m: m.start, default=None)
    words = normalize(text[start : first.start]).split() if first is not None else []
    return first.entity if words and _HOSTED_IT.fullmatch(words[-1]) else None


_HOSTED_IT = re.compile(r"[وف]?استضاف(?:ت|تا|ا)?(?:ه|ها)")  # folded


def _named_after_a_colon(
    text: str, listed: list[Mention], mentions: list[Mention]
) -> list[Mention]:
    """The names listed right after a colon that closes a «ب» phrase right after `listed`
    («… بوزراء الخارجية الثلاثة: A و B»); none when the phrase names someone."""
    end = max(m.end for m in listed)
    later = [m for m in mentions if m.start >= end]
    colon = text.find(":", end, later[0].start if later else end)
    gap = normalize(text[end:colon]).split() if colon != -1 else []
    if not gap or not gap[0].startswith("ب") or len(gap) > _COLON_GAP:
        return []
    if text[colon + 1 : later[0].start].strip():
        return []
    return listed_from(later, text, colon + 1)


_COLON_GAP = 6  # words: «بوزراء خارجية الدول العربية الثلاث»


def _another_event_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a verb or a meeting word stands between two offsets («قمة جمعت A و B …، بعد
    يومين من لقاء جمع A بـ C»: C is the other meeting's)."""
    lexicon = triggers()
    return any(
        token.pos_ in ("VERB", "AUX") or lexicon.of(token) is not None
        for token in tokens_between(doc, start, end)
    )


def _with_host(
    doc: Doc, token: Token, actors: list[Mention], sides: tuple[tuple[Entity, ...], ...]
) -> tuple[tuple[Entity, ...], ...]:
    """The sides «جمع» names, and the person who hosted the meeting noun before it as one
    more («استضاف X قمة جمعت A و B»), or who brought them together himself («وكان رئيس
    الجمهورية قد جمع … الرئيس X ورئيس المكتب السياسي Y»)."""
    lexicon = triggers()
    noun = meeting_noun_before(token, lexicon, 2)
    support = support_verb(noun, lexicon) if noun is not None else None
    if (hosting := _hosted_and(token)) is not None:
        # «الاجتماع الذي استضافه X وجمع A و B»: the subject of the host verb before «و»
        found = _first_named_between(doc, actors, hosting, token)
    elif noun is None and token.pos_ == "VERB":
        # «وكان الرئيس تبون قد جمع … بين الرئيس عباس وهنية»: the name before «قد» too;
        # «الإثنين 19 أيلول: الوزير X يجمع …»: a digest's subject right before its verb
        found = verb_subjects(doc, token, actors) or right_before(doc, token, actors)
        found = found or person_right_before(doc, token, actors)
    elif support is not None and support[1].frame == "host":
        # the parse may take the host for the verb's object: the first name after the verb
        found = governing_subjects(doc, noun, actors) or _first_named_between(
            doc, actors, support[0], noun
        )
    else:
        return sides
    named = {e for side in sides for e in side}
    hosts = [e for e in entities(found) if e.type == "Person" and e not in named]
    return (tuple(hosts), *sides) if hosts else sides


def _first_named_between(
    doc: Doc, actors: list[Mention], first: Token, last: Token
) -> list[Mention]:
    """The first actor named between two words (after `first`, before `last`), if any."""
    start, end = doc._.offsets[first.i][1], doc._.offsets[last.i][0]
    return sorted((m for m in actors if start <= m.start < end), key=lambda m: m.start)[:1]


def _hosted_and(verb: Token) -> Token | None:
    """The host verb «و» joins «جمع» to, with only its subject between («استضافه X وجمع»)."""
    doc = verb.doc
    if verb.i < 2 or doc._.folded[verb.i - 1] != "و":
        return None
    before = [t for t in doc[verb.sent.start : verb.i - 1] if t.pos_ in ("VERB", "AUX")]
    trigger = triggers().of(before[-1]) if before else None
    return before[-1] if trigger is not None and trigger.frame == "host" else None


_ROUND_TABLE = 4  # names brought together with no «ب»: a round table, not a meeting of two


_PLACE_WORDS = 4


def _hosted_where(
    text: str, first: list[Mention], in_clause: list[Mention], cities: list[Mention]
) -> list[Mention]:
    """The guests listed after a place phrase that follows the one subject of «جمع» («جمع
    العاهل في مقر إقامته الرئيس X والرئيس Y», «جمع X في نيويورك الوزيرين A و B»); none when
    no place phrase stands there."""
    if len(first) != 1:
        return []
    rest = [m for m in in_clause if m.start >= first[0].end]
    if not rest:
        return []
    gap_start = first[0].end
    city = next((c for c in cities if gap_start < c.start and c.end <= rest[0].start), None)
    if city is not None and normalize(text[gap_start : city.start]).split() == ["في"]:
        gap_start = city.end  # «في نيويورك»: where he brought them together
    words = normalize(text[gap_start : rest[0].start]).strip(" ،,").split()
    if not words and first[0].entity.type == "Person":
        # «جمع الرئيس الجزائري X الرئيس الفلسطيني Y ورئيس المكتب السياسي Z»: no «و» after
        # the subject, two guests or more after him
        guests = listed_from(rest, text, rest[0].start)
        return guests if len(entities(guests)) >= 2 else []
    place = words[1:2] if words[:1] == ["في"] else [words[0][1:]] if words[:1] else []
    # «في مقر إقامته», «بقصر الصخير»: a venue, up to four words; not «بموظفي الوزارة»
    if not place or place[0] not in VENUES or len(words) > _PLACE_WORDS:
        return []
    if (
        words[-1] in (place[0], "ب" + place[0])
        and len(rest) > 1
        and rest[0].entity.type != "Person"
    ):
        # «جمع X في مقر الجامعة بالقاهرة A و B»: the body whose seat it is, and the city
        # the seat stands in, are no guests
        between = text[rest[0].end : rest[1].start]
        city = next((c for c in cities if rest[0].end <= c.start and c.end <= rest[1].start), None)
        if city is not None:
            between = between.replace(text[city.start : city.end], "", 1)
        if normalize(between).strip(" ،,") in ("", "ب", "في"):
            rest = rest[1:]
    return listed_from(rest, text, rest[0].start)


# words back from a meeting noun to the verb that holds it, past a long subject («واستضاف
# رئيس المجلس العسكري الحاكم في النيجر الجنرال عبد الرحمن تياني القمة»)
_VERB_REACH = 14


def support_verb(noun: Token, lexicon: TriggerLexicon) -> tuple[Token, Trigger] | None:
    """The verb that holds, hosts, attends or opens the meeting noun: its head (or the head's
    head, through «أعمال القمة»), or a supporting verb just before it."""
    first, end = clause_of(noun)
    candidates = [noun.head, noun.head.head]
    # «بلقاء عقده X مع Y»: a light verb in a relative clause on an indefinite noun
    candidates += [c for c in noun.children if c.dep_ == "acl" and is_light(lexicon.of(c))]
    # «أجرى وزير الخارجية التركي هاكان فيدان مباحثات»: the verb before the subject
    candidates += [noun.doc[i] for i in range(noun.i - 1, max(first, noun.i - _VERB_REACH) - 1, -1)]
    # «المحادثات التي أجراها باول مع …»: the verb of a relative clause on the noun
    following = noun.doc[noun.i + 1 : min(end, noun.i + 4)]
    if any(normalize(t.text) in RELATIVES for t in following[:2]):
        candidates += list(following)
    across = _before_a_relative_clause(noun)
    for token in candidates + across:
        if token.i == noun.i or not (first <= token.i < end or token in across):
            continue
        trigger = lexicon.of(token)
        if trigger is not None and trigger.lemma in SPEAKING_AT and not _spoke_in(token, noun):
            continue  # «وفي جلسة … تحدث ممثلو X»: a speaker attends only the meeting «فيه» names
        if trigger is not None and trigger.pos == "verb" and trigger.frame in SUPPORT_FRAMES:
            return token, trigger
        if trigger is not None and trigger.pos == "verb" and _joined_to(trigger, noun):
            # «وانضم إلى اللقاء X و Y»: joining a meeting is attending it
            return token, replace(trigger, family="meeting", frame="attend")
    return None


def _spoke_in(verb: Token, noun: Token) -> bool:
    """«وتحدث في الجلسة X»: a speaking verb right before «في» and the definite meeting noun it
    names (the one just reported), whose speaker attended it."""
    words = noun.doc._.folded
    return noun.i == verb.i + 2 and words[verb.i + 1] == _IN and words[noun.i].startswith("ال")


_IN = "في"


def _before_a_relative_clause(noun: Token) -> list[Token]:
    """«عقدت اللجنة، التي تضم A و B، اجتماعها»: the verb whose subject a relative clause
    set off by commas describes, when the parse hung the noun after the clause inside it."""
    relative = noun.head
    if relative.dep_ != "acl:relcl" or relative.i > noun.i:
        return []
    between = noun.doc[relative.i + 1 : noun.i]
    if not any(t.text in ("،", ",") for t in between):
        return []
    verb = relative.head.head
    return [verb] if verb.i < relative.head.i and verb.pos_ in ("VERB", "AUX") else []


def _joined_to(trigger: Trigger, noun: Token) -> bool:
    """Whether a joining verb («انضم») takes the meeting noun after «إلى»."""
    to = any(c.dep_ == "case" and normalize(c.text) == "الي" for c in noun.children)
    return trigger.family == "join" and to


def is_light(trigger: Trigger | None) -> bool:
    return trigger is not None and trigger.frame == "light"
