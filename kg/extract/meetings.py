"""Meetings: who met whom, where and when (`kg:met`), and which body convened a meeting
(`kg:heldMeetingIn`).

Every meeting trigger of kg/lang/ar/triggers.tsv is read with its frame:
- a verb (استقبل، التقى، اجتمع، بحث مع، زار …): its subject meets its object or whoever «مع»
  (or «ب») names; coordinated subjects of a reciprocal verb meet each other;
- a meeting noun (لقاء، اجتماع، محادثات، قمة …): its owners («لقاء فيدان وهنية», «لقائه» = the
  clause's subject), «مع», and «بين X و Y» give the sides; a verb that supports it lends its
  subject («عقد/أجرى X محادثات مع Y»), hosts it («استضافت الرباط اجتماع …»), attends it
  («شاركت أنقرة في اجتماع …») or opens it («انطلقت أعمال القمة»).
A meeting with no two sides is kept when a body convenes it (its owner or subject is a group or
an organisation) or someone attends it: its participants are one side, so no `met` pair is
read between them. A phone call, a planned, a denied or an unconfirmed meeting is kept with its
modality and states no `met`. Each clause gives its own event; a place is where the meeting was
held only when a place preposition links it to the clause, not when it is what the talks were
about.

The rule is read in parts: `meeting_frames` (how a trigger is held), `not_meetings` (triggers
that report none), `meeting_sides`, `meeting_lists` and `meeting_subjects` (who met whom), and
`meeting_attendance` (meetings convened or attended), `signings` (people who sign together).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.clauses import clause_of
from kg.extract.co_chairs import co_chaired
from kg.extract.credentials import credentials
from kg.extract.delegation_heads import delegations_headed
from kg.extract.grammar import governing_subjects, meeting_noun
from kg.extract.meeting_attendance import (
    HOSTED,
    PARTIES,
    at_home_of,
    attended_it,
    co_hosted,
    foremost_guests,
    party_guests,
    represented_states,
    with_attendees,
    with_clause_attendees,
    with_companions,
    with_delegation_head,
    with_delegation_members,
    with_envoys_beside_their_own,
    with_hosts_of_their_state,
    with_object_pronoun,
    with_peer_attendees,
    with_spouses,
    with_the_chairs,
    with_the_delegations_led,
)
from kg.extract.meeting_frames import (
    SUPPORT_FRAMES,
    Reading,
    brings_together,
    is_light,
    meeting_noun_before,
    support_verb,
)
from kg.extract.meeting_lists import (
    concluded,
    counted_peers,
    host_by_host,
    one_by_one,
    party_count,
    toured,
    two_people_after,
)
from kg.extract.meeting_sides import read_handover, read_trigger
from kg.extract.meeting_subjects import both_of_a_dual, during_clause, taken_part_in
from kg.extract.modality import modality
from kg.extract.not_meetings import (
    a_hearing,
    accompanied,
    affiliation,
    at_the_level_of,
    binds,
    in_capacity,
    located,
    medium,
    namesake,
    no_chair_handed_over,
    people_of_the_clause,
    reserved_for,
    sport_word,
    stayed_away,
    titled_body,
    with_a_reporter,
    with_the_press,
    words_received,
)
from kg.extract.places import place_of
from kg.extract.sentence import Sentence, entities, event_date, evidence, sentences
from kg.extract.signings import read_signing
from kg.extract.told_days import told_day
from kg.extract.triggers import Trigger, TriggerLexicon, triggers
from kg.lang.ar.clauses import COMPLEMENTISERS, THEN
from kg.lang.ar.meetings import ATTENDANCE_NOUNS, HANDOVER, RECEIVING, TIME_WORDS, TOPIC_VERBS
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.words import GOING
from kg.mention_anaphors import KINGDOM_ANAPHOR
from kg.mention_spans import METONYM_STATE
from kg.mentions import SUMMIT_ADJECTIVE
from kg.normalize import normalize
from kg.schema import ACTORS, BODIES
from kg.types import Entity, Event, EventDate, Mention


@Language.component("kg_meetings")
def find_meetings(doc: Doc) -> Doc:
    """Add the meetings each clause reports to `doc._.events`."""
    lexicon = triggers()
    for sentence in sentences(doc, doc._.mentions):
        sport = [token for token in sentence.span if sport_word(token, lexicon)]
        doc._.events.extend(_meetings(doc, sentence, lexicon, sport))
        if sport:
            continue
        actors = [m for m in sentence.mentions if m.entity.type in ACTORS]
        if (foremost := foremost_guests(doc, sentence.span, actors)) is not None:
            noun, reading = foremost
            doc._.events.append(_event(doc, sentence, noun, noun, reading, None))
        for noun, reading in credentials(doc, sentence, actors):
            doc._.events.append(_event(doc, sentence, noun, noun.head, reading, None))
        for word, reading in co_chaired(doc, sentence, actors):
            doc._.events.append(_event(doc, sentence, word, word, reading, None))
        with_companions(doc, sentence)
    return doc


def _played(trigger: Token, word: Token) -> bool:
    """A sport word the trigger is said of: its head or a word it governs, one after it in its
    clause with no comma between («تلتقي السعودية والكويت في المباراة النهائية»), or one before
    it in its clause or in a phrase with no verb that opens it («بعد التعادل مع الصين، عقد
    مجلس إدارة الاتحاد اجتماعاً»). A sport word set off after a comma («استقبل X وفد الاتحاد
    العماني لكرة القدم، القادم لمؤازرة منتخب بلاده») or in a clause of its own before («وشاهد X
    المباراة …، وأجرى حديثاً مع Y») leaves the meeting one."""
    first, end = clause_of(trigger)
    while first > trigger.sent.start:
        before, _ = clause_of(trigger.doc[first - 1])
        if any(t.pos_ in ("VERB", "AUX") for t in trigger.doc[before:first]):
            break
        first = before
    if word.head == trigger or trigger.head == word:
        return True
    if word.i < trigger.i:
        return first <= word.i
    return word.i < end and not any(t.text in "،," for t in trigger.doc[trigger.i : word.i])


def _of_another_summit(doc: Doc, mention: Mention, trigger: Token) -> bool:
    """Whether a body named by a summit's adjective («القمة العربية المقبلة») qualifies a
    meeting noun other than `trigger`."""
    if mention.rule != SUMMIT_ADJECTIVE:
        return False
    start = doc._.offsets[trigger.i][1]
    if mention.start < start:
        return True
    # «القمة العربية الإسلامية المشتركة»: the noun's adjectives, one after another
    gap = normalize(doc._.article.text[start : mention.start]).split()
    return not all(word.startswith("ال") for word in gap)


def _hosts_people(doc: Doc, verb: Token, actors: list[Mention]) -> bool:
    """Whether a hosting verb receives people («استضاف إردوغان الرئيس الصومالي …»: one person
    hosts another), rather than a meeting or an event («استضافت الرباط اجتماع …»): its object,
    if the parse found one, is a person, and two people follow it in its clause."""
    if verb.pos_ != "VERB":
        return False
    people = [m for m in actors if m.entity.type == "Person"]
    offsets = doc._.offsets
    # an object inside a person's name («دونالد» of «الرئيس الأمريكي دونالد ترامب», the parse
    # taking «ترامب» for a verb) is that person
    named = [(m.start, m.end) for m in people]
    objects = [
        child
        for child in verb.children
        if child.dep_ == "obj"
        and not any(start <= offsets[child.i][0] < end for start, end in named)
    ]
    if any(normalize(child.text) not in TIME_WORDS for child in objects):
        return False  # «استضاف … أمس الأربعاء …»: the day is no object
    _, end = clause_of(verb)
    if any(_hosted_noun(t) for t in doc[verb.i + 1 : end]):
        return False  # «استضاف X القمة الأولى …، بمشاركة Y»: the parse missed the object
    start, stop = doc._.offsets[verb.i][1], doc._.offsets[end - 1][1]
    return sum(start <= m.start < stop for m in people) >= 2


def _as_many_parties(doc: Doc, verb: Token, reading: Reading) -> Reading:
    """«استضاف X، أمس في أنقرة، الرئيس Y ورئيس الوزراء Z، في اجتماع ثلاثي»: the host and his
    guests are as many as the parties the meeting is counted by, so each is one party and all
    met all (rival guests too)."""
    people = [e for side in reading.sides for e in side]
    _, end = clause_of(verb)
    counts = {party_count(t) for t in doc[verb.i + 1 : end] if _hosted_meeting(t)}
    if len(reading.sides) != 2 or len(people) not in counts:
        return reading
    return replace(reading, sides=tuple((e,) for e in people), rule=f"{reading.rule}-peers")


def _hosted_meeting(token: Token) -> bool:
    """A meeting noun counted by its parties («اجتماع ثلاثي», «قمة رباعية»)."""
    return meeting_noun(token) and counted_peers(token)


def _hosted_noun(token: Token) -> bool:
    """A meeting noun with no preposition before it or before the banquet it is the genitive
    of: what a hosting verb hosts («استضاف X القمة»), not where or at what it received its
    guests («… في اجتماع ثلاثي», «… على مأدبة غداء»)."""
    phrase = [token]
    head = token.head
    if token.dep_ == "nmod" and head.i < token.i and (party := triggers().of(head)) is not None:
        phrase += [head] if party.lemma in PARTIES else []
    prepositions = (c for noun in phrase for c in noun.children if c.dep_ == "case")
    return meeting_noun(token) and next(prepositions, None) is None


def _meetings(
    doc: Doc, sentence: Sentence, lexicon: TriggerLexicon, sport: list[Token]
) -> Iterator[Event]:
    actors = [
        m
        for m in sentence.mentions
        if m.entity.type in ACTORS
        and not (medium(doc, m) or namesake(doc, m) or affiliation(doc, m) or titled_body(doc, m))
        and not in_capacity(doc, m)
        and not located(doc, m)
        and not reserved_for(doc, m)
        # «مؤكداً وقوف المملكة مع اليمن»: the kingdom the article is about, a member or a
        # party to a case, is no side of a meeting its people held
        and m.rule != KINGDOM_ANAPHOR
    ]
    planned: list[Event] = [e for e in doc._.events if e.modality == "planned"]
    for token in sentence.tokens_in(lexicon.any):
        if any(_played(token, word) for word in sport):
            continue  # «يلتقي منتخبا العراق وعُمان», «لقاء الفريقين في المباراة»: a match
        trigger = lexicon.of(token) or brings_together(token, lexicon)
        if trigger is not None and trigger.frame == "compose" and trigger.pos == "verb":
            yield from with_delegation_members(doc, token, actors)  # «وضم الوفد X و Y»
            continue
        opened_it = trigger is not None and trigger.frame == "open" and with_object_pronoun(token)
        if (
            trigger is not None
            and trigger.pos == "verb"
            and (trigger.frame == "attend" or opened_it)
        ):
            # «وافتتحها X»: who opened the talks just reported attended them
            headed = list(with_delegation_head(doc, token, actors))  # «وترأس الوفد الإيراني X»
            if headed:
                yield from headed
                continue
            heads = delegations_headed(doc, token, actors)  # «ترأس فيها وفد A X ووفد B Y»
            if heads is not None:
                yield _event(doc, sentence, token, token, heads, None)
                continue
            # «فيما حضرها عن الجانب الروسي X»: who attended the meeting just reported
            attended = attended_it(doc, token, actors)
            if attended is not None and attended.rule.endswith(HOSTED):
                # «وشارك فيها X»: a guest of the chairs of the meeting «فيها» names
                yield _event(doc, sentence, token, token, attended, None)
            elif attended is not None:
                yield from with_attendees(
                    doc, token, attended, _attendance_date(doc, sentence, token)
                )
            continue
        hosting = trigger is not None and trigger.frame == "host"
        hosting = hosting and _hosts_people(doc, token, actors)
        if hosting:
            trigger = replace(trigger, frame="transitive")  # «استضاف X الرئيس Y»: a reception
        if trigger is None or trigger.family != "meeting" or trigger.frame in SUPPORT_FRAMES:
            continue
        if (
            with_the_press(doc, token, actors)
            or with_a_reporter(doc, token)
            or (trigger.frame == "transitive" and words_received(doc, token, actors))
            or (trigger.pos == "noun" and (accompanied(token) or at_the_level_of(token)))
            or (trigger.pos == "noun" and a_hearing(doc, token))
        ):
            # «مؤتمر صحفي», «التقى الصحفيين», «لقاء مع موفد الجزيرة نت», «استقبل بارتياح
            # تصريحات», «محادثات على مستوى القمة», «جلسات الاستماع»: no meeting
            continue
        if trigger.lemma == "جمع" and binds(token):
            continue  # «العلاقات التي تجمع البلدين»: ties, not a meeting
        if trigger.lemma in HANDOVER and no_chair_handed_over(token, trigger.lemma):
            continue  # «تسلم رسالة من نظيره»: a letter, not a meeting
        if trigger.pos == "noun" and any(
            brings_together(t, lexicon) for t in doc[token.i + 1 : min(token.i + 4, len(doc))]
        ):
            continue  # «اجتماع موسّع جمع X بـ Y»: the verb says who met whom
        support = support_verb(token, lexicon) if trigger.pos == "noun" else None
        if support is not None and support[1].frame == "witness":
            # «شهد الرئيس مراسم التوقيع»: he attended; «شهد الاجتماع عرضاً»: no one did
            ceremony = trigger.frame == "ceremony" or _taking_part_after(token)
            support = (support[0], replace(support[1], frame="attend")) if ceremony else None
        if (
            trigger.frame == "process"
            and support is None
            and not two_people_after(doc, token, actors)
            and not concluded(token)
        ):
            # «التطورات في مفاوضات … بين إسرائيل وحماس»: talks going on, not a meeting; but
            # «مفاوضات سولانا ولاريجاني» are two people's talks, and «في ختام مفاوضات» ended
            continue
        held = is_light(support and support[1]) or bool(support and support[1].frame in _HELD)
        if trigger.frame == "activity" and not held:
            # «حديث», «العشاء» alone: no meeting; «أجرى حديثا مع X», «انعقدت جولة حوار بين
            # A و B»: one
            continue
        if trigger.frame == "ceremony" and not (support and support[1].frame == "attend"):
            continue  # «مراسم» alone: no meeting; «وحضر مراسم التوقيع X»: X attended one
        how = _modality(token, trigger, support, lexicon)
        if how == "indirect":
            if support is not None and support[1].frame == "host":
                # «استضاف الوزير X في مسقط محادثات غير مباشرة بين A و B»: the host met each
                talks = read_trigger(doc, sentence, token, trigger, None, actors)
                yield from _mediated(doc, sentence, token, support[0], talks)
            continue
        if trigger.frame == "call" and how != "phone":
            continue
        # «القمة العربية»: the body its adjective names holds that summit, no other meeting
        present = [m for m in actors if not _of_another_summit(doc, m, token)]
        if trigger.pos == "noun" and stayed_away(token):
            # «قاطع X اجتماعات اللجنة المركزية»: the meeting was held, without X
            absent = governing_subjects(doc, token, actors) or people_of_the_clause(
                doc, token, actors
            )
            present = [m for m in actors if m not in absent]
        if trigger.frame == "sign":
            reading = read_signing(doc, sentence, token, trigger, support, present)
        elif trigger.lemma in HANDOVER:
            reading = read_handover(doc, token, trigger, present)
        else:
            reading = read_trigger(doc, sentence, token, trigger, support, present)
        if reading is None or (trigger.lemma in PARTIES and len(reading.sides) > 2):
            continue  # «وحضر الحفل وزراء خارجية A و B»: a party's guests are not each other's sides
        if reading.rule.endswith("-attended"):
            if how is None:  # «لم يحضر اللقاء» adds no one
                joined = list(
                    with_attendees(doc, token, reading, _attendance_date(doc, sentence, token))
                )
                party = None if joined else party_guests(doc, token, reading)
                yield from [_party(doc, *party)] if party else joined
            continue
        if trigger.pos == "noun":
            reading = with_the_chairs(doc, token, at_home_of(doc, token, reading, actors))
        else:
            reading = _both_of_a_dual(doc, sentence, token, reading, present)
        reading = with_the_delegations_led(doc, reading, actors)
        if hosting:
            reading = _as_many_parties(doc, token, reading)
        if len(reading.sides) == 2:
            received = trigger.lemma in RECEIVING
            reading = with_clause_attendees(doc, token, reading, actors, received)
            if reading is None:
                continue
            reading = with_spouses(doc, reading, actors)
            if reading is None:
                continue
            reading = with_envoys_beside_their_own(doc, reading)
            if received:
                reading = with_hosts_of_their_state(doc, co_hosted(doc, token, reading, actors))
        elif len(reading.sides) > 2:
            reading = with_peer_attendees(doc, token, reading, actors)
        if how is None and trigger.pos == "noun" and not _finite(support):
            how = _as_planned_before(planned, reading)
        if trigger.convened and not reading.conveners:
            reading = _held_by_the_bodies(reading)
        event = _event(doc, sentence, token, support[0] if support else token, reading, how)
        if event.modality == "planned":
            planned.append(event)
        for each in toured(doc, sentence, token, event, actors) or one_by_one(
            doc, sentence, token, event
        ):
            yield from host_by_host(doc, sentence, each)


def _held_by_the_bodies(reading: Reading) -> Reading:
    """«الاجتماع الوزاري المشترك بين مجلس التعاون والاتحاد الأوروبي»: a meeting a body holds
    (a summit, a session, a ministerial meeting), told between bodies, one on each side, is
    held by them all."""
    bodies = [[e for e in side if e.type in BODIES] for side in reading.sides]
    if len(bodies) < 2 or not all(bodies):
        return reading
    return replace(reading, conveners=tuple(e for side in bodies for e in side))


def _both_of_a_dual(
    doc: Doc, sentence: Sentence, verb: Token, reading: Reading, actors: list[Mention]
) -> Reading:
    """«وصل X ومعه Y إلى دمشق، والتقيا Z»: a dual verb read with one person on its first side
    met with both."""
    if len(reading.sides) != 2 or len(reading.sides[0]) != 1:
        return reading
    verb_start = doc._.offsets[verb.i][0]
    one = [m for m in actors if m.entity == reading.sides[0][0] and m.end <= verb_start][-1:]
    both = entities(both_of_a_dual(doc, sentence, verb, one, actors))
    if len(both) != 2 or any(e in reading.sides[1] for e in both):
        return reading
    return replace(reading, sides=(both, reading.sides[1]))


def _mediated(
    doc: Doc, sentence: Sentence, token: Token, host_verb: Token, talks: Reading | None
) -> Iterator[Event]:
    """Indirect talks a person hosted («استضاف X … محادثات غير مباشرة بين A و B»): a meeting
    of the host (the one person who is the hosting verb's subject) with each side of the talks,
    who carried the messages; the sides did not meet."""
    actors = [m for m in doc._.mentions if m.entity.type in ACTORS]
    hosts = [m for m in governing_subjects(doc, token, actors) if m.entity.type == "Person"]
    if len(hosts) != 1 or talks is None:
        return
    host, lemma = hosts[0].entity, triggers().nouns.lookup(token.text)
    for side in (e for e in dict.fromkeys(e for s in talks.sides for e in s) if e != host):
        held = Reading(((host,), (side,)), (), f"meeting-{lemma}-mediated", 0.7)
        yield _event(doc, sentence, token, host_verb, held, None)


def _party(doc: Doc, noun: Token, reading: Reading) -> Event:
    """The party its attendees joined, held where and when the sentence that named it says."""
    told = next(s for s in sentences(doc, doc._.mentions) if s.span.start <= noun.i < s.span.end)
    return _event(doc, told, noun, noun.head, reading, None)


def _event(
    doc: Doc, sentence: Sentence, token: Token, anchor: Token, reading: Reading, how: str | None
) -> Event:
    """The meeting a trigger (held by `anchor`, its verb or itself) reports, as `reading` read
    it, with its place and date; one the text dates after the article's day, told undone, is
    planned."""
    start = doc._.offsets[token.i][0]
    # «زيارة … في شباط الماضي، التقى خلالها X»: the meeting was held on the stay told before
    during = anchor.pos_ in ("VERB", "AUX") and during_clause(anchor)
    published = doc._.article.published
    bounds = (_complement_after(token), _topic_after(token), _then_clause_after(token))
    bounds += (_and_clause_after(token, sentence, start),)
    bound = min(filter(None, bounds), default=0)
    date = event_date(sentence, start, published, bound, during)
    date = told_day(doc, sentence, token, date)
    told_done = any(_told_done(t) for t in (token, anchor))
    if how is None and not told_done and _after_publication(date, doc._.article.published):
        how = "planned"  # «تحتضن الجزائر يومي الفاتح والثاني من نوفمبر المقبل القمة»
    return Event(
        kind="Meeting",
        sides=_stood_for(doc, sentence, reading.sides),
        evidence=evidence(doc, sentence, token),
        confidence=reading.confidence,
        rule=reading.rule,
        location=place_of(doc, sentence, token, anchor),
        date=date,
        roles=tuple(("convener", body) for body in reading.conveners),
        modality=how,
    )


def _stood_for(
    doc: Doc, sentence: Sentence, sides: tuple[tuple[Entity, ...], ...]
) -> tuple[tuple[Entity, ...], ...]:
    """The sides without a state named only by its capital («استضافت إسلام آباد …») when one
    of their people stands for it («… وترأس رئيس الوزراء شهباز شريف جلساته»: Sharif is
    Pakistan there, not Pakistan beside him); a state named itself stays a party."""
    represented = represented_states(doc)
    named = {m.entity.key for m in sentence.mentions if m.rule != METONYM_STATE}
    kept = []
    for side in sides:
        states = {represented.get(e.key) for e in side if e.type == "Person"} - named
        rest = tuple(e for e in side if e.key not in states)
        kept.append(rest or side)
    return tuple(kept)


def _taking_part_after(noun: Token) -> bool:
    """«وشهدت القمة مشاركة X»: the meeting saw X take part (who attended it)."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return following is not None and noun.doc._.folded[following.i] in _TAKING_PART


_TAKING_PART = {normalize(word) for word in ATTENDANCE_NOUNS}  # «مشاركة», «حضور»


def _told_done(word: Token) -> bool:
    """A verb in the past; not «ويستقبل», the imperfect the tagger read as one («و» glued on)."""
    written = without_conjunction(normalize(word.text))
    return word.morph.get("Aspect") == ["Perf"] and not written.startswith("ي")


def _attendance_date(doc: Doc, sentence: Sentence, token: Token) -> EventDate | None:
    """The date the sentence of an attendance gives it («حضر في الثاني من أبريل مراسم …»),
    not one of a clause of its own after it («…، ومن المقرر أن يجري X غداً محادثات»)."""
    start, published = doc._.offsets[token.i][0], doc._.article.published
    return event_date(sentence, start, published, _complement_after(token))


def _complement_after(token: Token) -> int:
    """Where the first «أن» clause after the trigger's begins («… بنائب رئيس المجلس، على أن
    يلتقيه الرئيس المكلف غداً»: its date is that meeting's), or 0."""
    words = token.doc._.folded
    _, end = clause_of(token)
    after = (t for t in token.doc[end : token.sent.end] if words[t.i] in COMPLEMENTISERS)
    return next((token.doc._.offsets[t.i][0] for t in after), 0)


def _then_clause_after(token: Token) -> int:
    """Where a «ثم» clause after the trigger begins («… في 10 آذار، في أول لقاء بين الوزيرين،
    ثم استقبل لافروف في أنقرة في 8 حزيران»: that date is the next meeting's), or 0."""
    doc = token.doc
    for word in doc[token.i + 1 : token.sent.end - 1]:
        if without_conjunction(doc._.folded[word.i]) == THEN and doc[word.i + 1].pos_ == "VERB":
            return doc._.offsets[word.i][0]
    return 0


_HELD = ("passive", "host")  # «انعقدت جولة …», «استضافت الدوحة جولة …»: a round held


def _and_clause_after(token: Token, sentence: Sentence, start: int) -> int:
    """Where a clause of its own («، واتُّفق حينها على نقل الجولة التالية … في ديسمبر») begins
    after the trigger, when the sentence dated the meeting before it («وفي الجولة الثالثة …
    يومي 23 و24 أكتوبر، جلس X مع Y»): that later date is the next clause's; else 0."""
    if not any(d.end <= start for d in sentence.dates):
        return 0
    doc = token.doc
    for word in doc[token.i + 1 : token.sent.end - 2]:
        following = doc[word.i + 1]
        glued = following.pos_ == "VERB" and doc._.folded[following.i].startswith("و")
        joined = doc._.folded[following.i] == "و" and doc[word.i + 2].pos_ == "VERB"
        if word.text in ("،", ",") and (glued or joined):
            return doc._.offsets[word.i][0]
    return 0


def _topic_after(token: Token) -> int:
    """Where a clause on what the meeting dealt with begins right after the trigger's phrase
    («لقاءً ثنائياً تناول متابعة تنفيذ البروتوكول الموقع في أغسطس الماضي»: that date is the
    protocol's), or 0."""
    words = token.doc._.folded
    end = min(token.i + 1 + _TOPIC_REACH, token.sent.end)
    verb = next((t for t in token.doc[token.i + 1 : end] if words[t.i] in TOPIC_VERBS), None)
    return token.doc._.offsets[verb.i][0] if verb is not None else 0


_TOPIC_REACH = 3  # the trigger, an adjective or two, then the topic verb


def _after_publication(date: EventDate | None, published: datetime.date | None) -> bool:
    """Whether the text dates the meeting after the article's day (or month): one to come."""
    if date is None or published is None or date.basis != "text":
        return False
    if date.precision == "day":
        return date.value > published.isoformat()
    return date.precision == "month" and date.value > published.strftime("%Y-%m")


def _finite(support: tuple[Token, Trigger] | None) -> bool:
    """Whether a meeting noun has a verb of its own, not none or a masdar («عقد لقاء»)."""
    return support is not None and support[0].pos_ in ("VERB", "AUX")


def _as_planned_before(planned: list[Event], reading: Reading) -> str | None:
    """A meeting noun with no finite verb, between the sides of a meeting the article
    already reported as planned («ترتيبات للقاء بين مبارك وشارون» … «عقد لقاء بين مبارك
    وشارون»), is that planned meeting, not one held."""
    sides = {e.key for side in reading.sides for e in side}
    same = any({x.key for side in e.sides for x in side} == sides for e in planned)
    return "planned" if same and len(reading.sides) == 2 else None


def _on_the_way_to_meet(noun: Token) -> bool:
    """«ويتوجه سمو الأمير من برلين إلى لندن للقاء X»: a trip told in the present, whose
    purpose is the meeting, is one to come («توجه … للقاء X», past, is one held)."""
    verb = noun.head
    going = normalize(verb.text).removeprefix("و").removeprefix("ف") in GOING
    present = verb.morph.get("Aspect") == ["Imp"]
    return going and present and taken_part_in(noun)


def _modality(
    token: Token, trigger: Trigger, support: tuple[Token, Trigger] | None, lexicon: TriggerLexicon
) -> str | None:
    own = modality(token, lexicon.prospective(token, trigger))
    if own is None and trigger.pos == "noun" and _on_the_way_to_meet(token):
        return "planned"
    if own is None and trigger.lemma == "جمع":
        # «أي لقاء يجمعه بالرئيس X مرهون بـ …»: the meeting noun before «جمع» says how
        noun = meeting_noun_before(token, lexicon, 2)
        if noun is not None:
            noun_trigger = lexicon.of(noun)
            prospective = noun_trigger is not None and lexicon.prospective(noun, noun_trigger)
            own = modality(noun, prospective)
    if own is not None or support is None:
        return own
    verb, verb_trigger = support
    return modality(verb, lexicon.prospective(verb, verb_trigger))
