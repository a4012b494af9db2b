"""The two sides of a meeting trigger: a verb's subject against its object or partners, a
noun's owners against «مع» or «بين», then the order of words where the parse left names loose,
and the sides cleaned of brackets, nested names and the states their people represent.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from kg.extract.clauses import clause_characters, clause_of
from kg.extract.grammar import (
    Roles,
    a_style,
    completes_kana,
    governing_subjects,
    hangs_from,
    head_token,
    joined_by_and,
    leads,
    listed_with,
    path_of,
    pronoun_child,
    roles,
    verb_subjects,
    when_clause,
    where_clause,
)
from kg.extract.meeting_attendance import (
    HOSTED,
    all_attending,
    attendance_noun,
    attended_by,
    attending_the_reported,
    by_their_sides,
    convened_meeting,
    counted_guests,
    definite,
    held_meetings,
    listed_after_word,
    taking_part,
    the_delegation_named,
    with_object_pronoun,
)
from kg.extract.meeting_frames import (
    INHERITED,
    SUPPORT_FRAMES,
    Reading,
    brought_together,
    governed_elsewhere,
    in_a_persons_title,
    in_a_title,
    is_light,
    own_sides,
    the_two_before,
)
from kg.extract.meeting_lists import (
    APART,
    after_bi,
    all_joined,
    apart,
    between_list,
    chaired_by,
    co_chairs,
    conjuncts,
    coordinated_before,
    coordinated_sides,
    counted_peers,
    dashed_pair,
    hosted,
    joined_after,
    joined_before,
    listed_before,
    listed_from,
    listed_on,
    listed_with_places,
    next_stop,
    one_list,
    party_count,
    peer_groups,
    split_first,
    stands_for,
    with_chairs,
    with_their_sides,
)
from kg.extract.meeting_subjects import (
    also_clause,
    and_clause,
    dual_owner,
    during_clause,
    first_after,
    glued_pronoun,
    has_object_pronoun,
    her,
    him,
    lam_owners,
    missing_subject,
    object_pronoun,
    person_right_before,
    previous_subject,
    pronoun_owner,
    right_before,
    split_pronoun,
    suffixed_pronoun,
    taken_part_in,
    the_one_named_before,
    the_two,
    then_clause,
    unnamed_relative,
    unnamed_subject,
)
from kg.extract.not_meetings import with_after
from kg.extract.places import dated_by_a_meeting_from
from kg.extract.sentence import Sentence, entities
from kg.extract.speakers import speaker
from kg.extract.triggers import Trigger, triggers
from kg.lang.ar.grammar import AMONG_THEM, KANA, RELATIVES
from kg.lang.ar.meetings import (
    AT_THE_HEAD,
    CARRY_ON,
    CHAIRED_BY,
    CHAIRMANSHIP,
    CONCLUDING,
    EACH,
    GATHERINGS,
    GUEST,
    GUESTS,
    HANDED_FROM,
    HANDED_TO,
    INTERVIEW_NOUNS,
    JOINT,
    PARTICIPANTS,
    RECEIVERS,
    RECEPTION,
    TAKING_OVER,
    TIME_WORDS,
    WELCOME,
    WELCOMED,
)
from kg.lang.ar.modality import DURING
from kg.lang.ar.morphology import PRONOUNS, without_conjunction
from kg.lang.ar.words import (
    DUAL_TITLES,
    HONORIFIC_PRONOUNS,
    HONORIFICS,
    LEADERSHIP,
    PLURAL_MINISTERS,
    PLURAL_TITLES,
    POSTINGS,
    RELATIVE_PRONOUNS,
    TITLE_HEADS,
)
from kg.mention_spans import (
    end_in_sentence,
    ends_a_sentence,
    is_guess,
    start_in_sentence,
    starts_a_sentence,
)
from kg.normalize import normalize
from kg.person_names import last_words
from kg.place_names import after_place_word
from kg.schema import BODIES, PLACES
from kg.state_collectives import TWO_STATES_RULE
from kg.types import Entity, Event, Mention

# a verb whose subject meets its object, the host its guest («استضاف الرئيس X الرئيس Y»)
_RECEIVING_FRAMES = ("transitive", "host")
_OPENING_FRAMES = ("open", "host")  # a light verb whose subject opens or hosts a body's meeting


def read_trigger(
    doc: Doc,
    sentence: Sentence,
    token: Token,
    trigger: Trigger,
    support: tuple[Token, Trigger] | None,
    actors: list[Mention],
) -> Reading | None:
    verb = support[0] if support else None
    if trigger.lemma == "جمع":
        return brought_together(doc, token, actors)
    if trigger.lemma in INTERVIEW_NOUNS and with_after(token):
        return None  # «في مقابلة مع رئيس تحرير صحيفة …»: an interview, not an audience
    if trigger.lemma == WELCOME and not _welcomed_in_person(doc, token, actors):
        return None  # «رحب غوتيريش بالاتفاق»: a decision welcomed, no guest
    if trigger.lemma == GUEST and not _a_guest_of_someone(doc, token, actors):
        return None  # «وصل ضيفا على القمة», «حضرت القمة بصفة ضيف»: nobody's guest
    if trigger.pos == "verb" and triggers().said_by_us(token):
        return None  # «وناقشنا … لبنان وسوريا»: the quoted speakers, whom kg cannot name
    dashed = dashed_pair(doc, token, actors) if trigger.pos == "noun" else None
    if dashed is not None:
        # «لقاء مبارك ـ شالوم في جنيف»: the two sides, however the parse hung the dash
        sides = (dashed[0].entity,), (dashed[1].entity,)
        return Reading(sides, (), f"meeting-{trigger.lemma}-dashed", 0.75)
    if len(_people_of_the_clause(token, actors)) > 1:
        # «بوتين وترامب يعقدان … أول قمة روسية أمريكية»: the people are the sides, not the
        # states of the noun's adjectives
        actors = [m for m in actors if m.rule != TWO_STATES_RULE]
    named_by_states = _two_states_named(doc, token, actors)
    if named_by_states:
        # «محادثات مصرية فلسطينية حول عملية السلام مع إسرائيل»: the talks' own adjectives
        # name both sides; a «مع» phrase after them is the topic's
        return Reading(named_by_states, (), f"meeting-{trigger.lemma}-states", 0.75)
    each = _received_apart(doc, sentence, token, trigger, actors)
    if each is not None:
        return each
    # a light verb brings its own partner's preposition: «حظي X باستقبال من طرف Y»
    lent = support[1].partners if support is not None and is_light(support[1]) else frozenset()
    # «… بحضور Z، غداة لقاء الموفد W في القدس»: W's meeting dates this one, W is none of it
    dated_from = dated_by_a_meeting_from(doc, token)
    if dated_from is not None:
        actors = [m for m in actors if m.start <= dated_from]
    found = roles(
        doc,
        token,
        actors,
        trigger.partners | lent,
        [verb] if verb is not None else [],
        verb_reading=trigger.pos == "verb",
    )
    i = trigger.pos == "verb" and triggers().said_by_me(token)
    me = speaker(doc, sentence, token) if i else None
    if me is None and i and triggers().only_i(token):
        return None  # «التقيت …» in a quotation whose speaker kg cannot name
    two = the_two_before(doc, token, actors) if trigger.pos == "verb" else []
    if two and not found.partners and not any(m.entity.type == "Person" for m in found.objects):
        # «X و Y في زيارة مشتركة لتونس، حيث استقبلهما الرئيس Z»: «هما» are the two named
        # before the verb, and nothing the parse hung before it is its object
        verb_start = doc._.offsets[token.i][0]
        found.objects[:] = [m for m in found.objects if m.start > verb_start]
        found.objects.extend(m for m in two if m not in found.subjects)
    if me is not None:
        # «غولر: استقبلت أمس نظيري السوري X»: «I» am the speaker, and whom the parse read
        # as the subject after the verb is whom he received
        found.objects[:0] = [m for m in found.subjects if m.entity != me.entity]
        found.subjects[:] = [me]
    if trigger.pos == "noun" and found.owners:
        # «توقيع A ونظيره B إعلانا، بحضور C و D»: whom «بحضور» names attended, owning nothing
        attending = taking_part(doc, token, actors)
        found.owners[:] = [m for m in found.owners if m not in attending]
    again = _participants_again(doc, token if verb is None else verb)
    if again and found.partners:
        # «وعقد الوزراء العرب المشاركون إثر ذلك اجتماعا موسعا مع A، و B»: those who took part
        # in the meeting just told met the guests «مع» names
        text = doc._.article.text
        first = min(found.partners, key=lambda m: m.start)
        later = sorted((m for m in actors if m.start >= first.start), key=lambda m: m.start)
        listed = listed_from(later, text, first.start)
        listed = [
            m
            for m in listed
            if not in_a_persons_title(doc, m, listed) and not _before_its_holder(text, m, listed)
        ]
        guests = tuple(e for e in entities(listed) if e not in again)
        if guests:
            return Reading((again, guests), (), f"meeting-{trigger.lemma}-participants", 0.7)
    if trigger.pos == "noun" and not found.all():
        # «مفاوضات مكثفة استضافتها العاصمة الصينية منذ الاثنين الماضي بين الوفد …»: a «بين»
        # the parse hung on the relative clause's last word is still the noun's
        found.between = _between_later(doc, token, actors)
    if trigger.pos == "verb":
        _attendees_aside(doc, token, found)
    else:
        attendees = attended_by(doc, token, actors)
        if sides := by_their_sides(doc, token, attendees):
            # «استقبل X Y، وأقام على شرفه مأدبة حضرها عن الجانب A …، وعن الجانب B …»: the
            # reception just told, its people on their sides (`with_attendees`)
            if any(e.evidence.sentence_start == sentence.start for e in held_meetings(doc)):
                return Reading((entities(attendees),), (), f"meeting-{trigger.lemma}-attended", 0.7)
            return Reading(sides, (), f"meeting-{trigger.lemma}-sided", 0.75)
        held_by = apart(doc, found.subjects) if attendees and not found.partners else ()
        if len(held_by) == 2:
            # «وعقد ولي العهد وأمير قطر جلسة مباحثات ثنائية، حضرها وزير الخارجية X و Y»: the
            # two who held it are its sides, and whoever attended sat with one of them
            sides = with_their_sides(doc, held_by, attendees)
            return Reading(sides, (), f"meeting-{trigger.lemma}-held-by-two", 0.75)
        participants = [m for m in found.partners if m not in attendees]
        _with_whom_it_was_attended(found, attendees)
        new = attendees and support is None and trigger.convened and not definite(token)
        text = doc._.article.text
        sides = apart(doc, listed_from(attendees, text, attendees[0].start)) if new else ()
        if sides:
            # «في اجتماع حضره مشعل وعضو اللجنة المركزية لحركة فتح X والأمين العام لحركة الجهاد
            # Y»: a meeting no verb holds, whose attendees each stand for another party (those
            # who came to a reception are its host's guests: «حفل استقبال …، حضره X و Y»)
            return Reading(sides, (), f"meeting-{trigger.lemma}-attendees", 0.7)
        if trigger.convened and participants and _hosted_by_a_place(found, support):
            # «احتضنت طهران القمة … بمشاركة الرؤساء الإيراني X والروسي Y والتركي Z»: a summit
            # no one named holds, whose participants each stand for another state (not who
            # attended a reception: «حفل استقبال …، حضره X و Y»)
            sides = apart(doc, participants)
            if sides:
                return Reading(sides, (), f"meeting-{trigger.lemma}-participants", 0.7)
    if (
        trigger.pos == "noun"
        and trigger.lemma == RECEPTION
        and (pair := _host_and_guest(doc, token, actors))
    ):
        return Reading(pair, (), f"meeting-{trigger.lemma}-of", 0.75)
    if trigger.pos == "noun" and found.owners and _at_the_reception(token):
        return _receivers(doc, token, found.owners, actors, f"meeting-{trigger.lemma}-reception")
    hosts = _kana_subject_at(doc, token, actors) if trigger.pos == "noun" else []
    guests = (found.owners or _foremost_of_them(doc, token, actors)) if hosts else []
    guests = guests or (named_right_after(doc, token, actors) if hosts else [])
    if hosts and not guests and (glued_pronoun(token) or split_pronoun(token)):
        # «وصل X إلى جوبا، حيث كان رئيس جنوب السودان Y في استقباله (بمطار …)»: «ه» is who
        # the sentence is about
        kana = token.doc[_kana_before(_reception_opening(token))]
        if doc._.folded[kana.i - 1] in RELATIVES:
            # «… بدعوة من الرئيس Y الذي كان في استقباله»: «ه» is the subject of the verb
            # the antecedent's phrase hangs from
            guests = governing_subjects(doc, kana, actors)
        else:
            guests = missing_subject(doc, sentence, kana, Roles(), actors, True)
    if guests:
        # «وكان رئيس مجلس النواب X في استقبال الرئيس Y لدى وصوله»: «كان»'s subject received;
        # «في استقبال القادة …، وفي مقدمتهم الرئيس Y»: the first of those he received
        guests = joined_after(doc, sorted(guests, key=lambda m: m.start), actors)
        guests = [m for m in guests if m not in hosts]
        reading = (entities(hosts), entities(guests))
        return Reading(reading, (), f"meeting-{trigger.lemma}-reception", 0.75) if guests else None
    if trigger.pos == "noun" and _at_his_reception(token):
        # «وصل X إلى بيروت، وكان في استقباله في المطار Y»: «ه» is who the sentence is about
        guests = missing_subject(doc, sentence, token.doc[token.i - 2], Roles(), actors, True)
        rule = f"meeting-{trigger.lemma}-reception"
        return _receivers(doc, token, guests, actors, rule) if guests else None
    if trigger.lemma == RECEIVERS:
        return None  # «في مقدمة مستقبلي X» whose receiver kg cannot name: no sides to read
    found.partners = own_sides(doc, token, found.partners)
    foreign = [
        m
        for m in found.partners
        if governed_elsewhere(doc, token, verb, m, nominal=trigger.pos == "noun")
        or in_a_title(doc, m, actors)
    ]
    found.partners = [m for m in found.partners if m not in foreign]
    # «العمل مع X», «تعيش جنبا إلى جنب مع X»: another word's partner; «رئيس جهاز … بجمعية X»
    found.topics += foreign
    found.between = own_sides(doc, token, found.between)
    holder = token if trigger.pos == "verb" else verb if is_light(support and support[1]) else None
    if not found.subjects and completes_kana(token if trigger.pos == "verb" else verb):
        # «وكان مجلس الأمن قد عقد جلسة», «وكان المجلس قد اجتمع»: «كان»'s subject holds it
        found.subjects = governing_subjects(doc, token if trigger.pos == "verb" else verb, actors)
        found.loose = [m for m in found.loose if m not in found.subjects]
    # «وعقد الوفد في وقت لاحق جلسة مباحثات مع X»: the delegation the article named last holds
    # the talks (not «التقى الوفد X»: the delegation may be the object)
    light = holder is not None and holder is not token and not found.subjects
    delegation = the_delegation_named(doc, holder) if light else []
    found.subjects = found.subjects or delegation
    co_chaired = trigger.frame == "reciprocal" and co_chairs(doc, token, found.loose)[0]
    if trigger.frame in ("reciprocal", "light", "noun") and (
        two := _dual_named(doc, token, actors)
    ):
        # «وعقد الرئيسان السيسي وحسن شيخ محمود لقاءً»: the dual's two, one another, however
        # the parse hung the names; «… الاجتماع الأول لمجلس التعاون …»: the body holds it
        bodies = entities([m for m in found.owners if m.entity.type in BODIES])
        return Reading(two, bodies, f"meeting-{trigger.lemma}-dual-named", 0.8)
    each = trigger.frame == "transitive" and trigger.pos == "verb"
    if each and (guests := _each_received(doc, token, actors)):
        # «ووصل الرئيسان X و Y، واستقبل كلاً منهما لدى وصوله Z»: Z received each, whatever
        # the parse made of the subject after the long phrase
        return Reading(guests, (), f"meeting-{trigger.lemma}-each", 0.7)
    if (
        holder is not None
        and not co_chaired
        and not delegation
        and unnamed_subject(doc, holder, found, sentence.mentions)
    ):
        # «والتقى رامسفلد بأمير الكويت وولي عهده»: a host kg cannot name; its guests are not
        # each other's sides, and no other subject stands in for it
        return convened_meeting(doc, token, trigger, support, found, [], f"meeting-{trigger.lemma}")
    relative_guests = _relative_guests(doc, token, actors) if trigger.frame == "transitive" else []
    if trigger.pos == "verb" and relative_guests:
        # «… وزراء الخارجية A و B و C، الذين استقبلهم الرئيس X»: «هم» are the list before the
        # relative pronoun, and who received them is named after the verb
        after = [m for m in found.subjects if m.start > doc._.offsets[token.i][0]]
        side_a = [m for m in after if m.entity.type == "Person"] or after
        side_b = relative_guests
    elif trigger.pos == "verb":
        side_a, side_b = _verb_sides(doc, trigger, found)
        if len(side_a + side_b) > 1 and _listed_apart(doc, token, side_a + side_b):
            side_a, side_b = [], side_a + side_b  # «ثم التقى X و Y، كلاً على انفراد»: guests
        if (
            trigger.frame == "visit"
            and side_a
            and side_b
            and joined_by_and(doc, side_a[-1], side_b[0])
        ):
            return None  # «زار الرئيس X والمستشار Y القاهرة»: two visitors, whom the parse split
    else:
        side_a, side_b = _noun_sides(doc, token, found, support, actors, trigger.frame)
    side_a, side_b = _listed_after_the_guest(doc, side_a, side_b, found.loose)
    if not side_b and _the_two(side_a):
        side_a, side_b = side_a[:1], side_a[1:]  # «وعقد الرئيسان اجتماعا»: one another
    if not side_b:
        side_a, side_b = _joint_committee(side_a or found.owners, side_a)
    guests = counted_guests(doc, token, side_a) if trigger.frame == "transitive" else ()
    if side_a and not side_b and guests:
        # «واستقبل X الوزراء الضيوف الثلاثة»: the guests of the meeting told before
        return Reading((entities(side_a), guests), (), f"meeting-{trigger.lemma}-counted", 0.7)
    hosts = [m for m in side_a if m.entity.type in BODIES]
    if trigger.pos == "noun" and hosts == side_a and not side_b:
        agreed = _agreed_at(doc, token, actors)
        if len(agreed) > 1:
            # «اتفق X و Y و Z، أمس، على …، في ختام اجتماع ثلاثي احتضنه مقر الجامعة»: who
            # agreed at the meeting met there, at the body that hosted it
            rule = f"meeting-{trigger.lemma}-agreed-at"
            return Reading(agreed, tuple(entities(hosts)), rule, 0.75)
    rule, confidence = f"meeting-{trigger.lemma}", 0.85
    counted = counted_peers(token) and side_b
    peers = peer_groups(doc, listed_with(doc, side_a + side_b, actors)) if counted else []
    if len(peers) > 2 and all(any(m.entity.type == "Person" for m in group) for group in peers):
        # «عقد وزراء خارجية سورية X وروسيا Y وإيران Z اجتماعا ثلاثيا»: people who are peers,
        # each one side, all meeting all; without the count «لقاء بين الرئيس X ومساعد الوزير Y
        # والموفد Z» is X's with each
        return Reading(tuple(entities(group) for group in peers), (), f"{rule}-peers", 0.75)
    counted_people = () if side_a or side_b else _counted_peers(doc, token, support, actors)
    if counted_people:
        # «عقد وزراء الطاقة في الأردن X ومصر Y وسوريا Z ولبنان W اجتماعا رباعيا»: as many
        # people of the clause as the count says, however the parse hung them
        return Reading(counted_people, (), f"{rule}-peers", 0.75)
    if len(peers) > 2 and found.between:
        # «محادثات رباعية بين الولايات المتحدة والسعودية والإمارات ومصر»: states or bodies as
        # peers: who took part, with no pairs (their people are not named)
        return Reading((entities(side_a + side_b),), (), f"{rule}-multilateral", 0.75)
    if not side_a and not side_b and trigger.frame in ("reciprocal", "with"):
        side_a = coordinated_before(doc, token, found.loose)
    if not side_a and not side_b and trigger.frame == "reciprocal":
        side_a, side_b = co_chairs(doc, token, found.loose)
    received = trigger.frame in _RECEIVING_FRAMES and trigger.pos == "verb"
    if not side_a and not side_b and received:
        # «والتقى سمو وزير الخارجية رئيسَ الوزراء الأردني», «استضاف الرئيس X الرئيس Y»: both
        # hung loose; after the verb, the subject comes first and the object next
        # (not «التقى الرؤساء X وY»: the names «و» joins are one list, the guests of a host
        # named before or each other's)
        first = first_after(doc, token, found.loose)
        second = first_after(doc, token, found.loose, max(m.end for m in first)) if first else []
        if second and not joined_by_and(doc, max(first, key=lambda m: m.end), second[0]):
            side_a = first
        elif not first:
            side_a = _named_after_its_pronoun(doc, token, actors)
    if not side_b and received and not (side_a and has_object_pronoun(token)):
        # «والتقت ميركل ووزير خارجيتها ماس … السراج»: the names «و» joins to the subject host
        # (not past «التقاه X»: the pronoun is the object, and a name after X no other one)
        side_a = joined_after(doc, sorted(side_a, key=lambda m: m.start), found.loose)
        side_b = first_after(doc, token, found.loose, max((m.end for m in side_a), default=0))
        rule, confidence = f"{rule}-order", 0.65
    each_of_two = trigger.frame == "transitive" and _each_of_the_two(doc, token)
    each_of_two = each_of_two or (
        trigger.frame == "with" and _each_of_the_two(doc, token, with_them=True)
    )
    if side_a and not side_b and each_of_two:
        # «وعقد بوتين وإردوغان محادثات، فيما التقى رئيسي كلاً منهما على حدة», «بحث X الملف مع
        # كل منهما»: the two people named last before the verb
        before = [m for m in actors if m.end <= doc._.offsets[token.i][0] and m not in side_a]
        people = [m for m in sorted(before, key=lambda m: m.start) if m.entity.type == "Person"]
        side_b = people[-2:] if len(entities(people[-2:])) == 2 else []
        rule, confidence = f"{rule}-each", 0.7
    attending = taking_part(doc, token, actors) if _heads_of_delegations(token) else None
    if side_a and attending is not None and set(side_b) <= set(attending):
        # «استقبل X رؤساء الوفود المشاركة، بحضور Y»: those who took part in the summit the
        # article told (whom «بحضور» names is no guest, though the parse made him one)
        guests = _took_part_before(doc, token, entities(side_a))
        if guests:
            # a meeting of its own, not one of theirs told before (`APART`)
            rule = f"meeting-{trigger.lemma}-delegations{APART}"
            return Reading((entities(side_a), guests), (), rule, 0.7)
    if (
        side_b
        and not side_a
        and trigger.frame == "transitive"
        and has_object_pronoun(token)
        and all(m.start > doc._.offsets[token.i][1] for m in side_b)
    ):
        # «إذ استقبله شريف في إسلام آباد»: with its object a pronoun, the name after the verb
        # is its subject, though the parse made it the object
        side_a, side_b = side_b, []
    only_with = bool(side_b) and set(side_b) <= set(found.partners) and not found.objects
    if (
        side_a
        and (not side_b or only_with)
        and trigger.frame == "transitive"
        and has_object_pronoun(token)
    ):
        # «وصل جاووش أوغلو إلى رام الله، حيث استقبله الرئيس الفلسطيني»: who «ه» is; «حيث
        # استقبله X مع Y»: he and Y
        visitor = her(doc, token) or missing_subject(
            doc, sentence, token, Roles(), actors, pronoun=True
        )
        visitor = him(doc, token, visitor, side_a)
        side_b = visitor + [m for m in side_b if m.entity not in entities(visitor)]
        rule, confidence = f"{rule}-pronoun", 0.7
    if not side_a and not side_b and trigger.pos == "verb" and (pair := _the_two_again(doc, token)):
        # «… وكان الرئيسان قد تصافحا في الدوحة. ثم التقيا مجدداً في نيودلهي»: the two of the
        # meeting just told
        return Reading(pair, (), f"meeting-{trigger.lemma}-again", 0.7)
    pair = None if side_b else _the_two_before_a_dual(doc, verb or token, actors)
    if pair and {m.entity for m in side_a} <= {*pair[0], *pair[1]}:
        # «بوتين وترامب يلتقيان في ألاسكا»: a headline's two names, right before its dual verb
        return Reading(pair, (), f"meeting-{trigger.lemma}-dual", 0.7)
    if side_b and not side_a and attending_the_reported(doc, token, support, side_b):
        return convened_meeting(doc, token, trigger, support, found, [], rule)
    if side_b and not side_a and _his_guests_after(doc, max(side_b, key=lambda m: m.end)):
        side_a, side_b = side_b, []  # «ثم استقبل X ضيفيه»: X, read as the object, is the host
    if side_b and not side_a and trigger.pos == "verb":
        side_a = person_right_before(doc, token, found.loose + found.topics)
    if side_b and not side_a:
        side_a = missing_subject(doc, sentence, token if verb is None else verb, found, actors)
        rule, confidence = f"{rule}{INHERITED}", 0.7
    if trigger.frame == "transitive" and len(side_a) == 1 and not side_b:
        side_a += listed_with_places(doc, side_a[0], actors)  # «فالتقى X في A و Y في B»
    if trigger.frame == "transitive" and one_list(doc, side_a, side_b) and not _many(token):
        # «زار بيروت حيث التقى رئيس مجلس النواب ورئيس الحكومة»: names listed with «و» are
        # the guests; who met them is the subject the clause leaves out, if the text says
        # («أن X ونظيره Y سيلتقيان»: a dual or plural verb's list is its own subject)
        host = right_before(doc, token, found.loose) or missing_subject(
            doc, sentence, token, found, actors
        )
        if host:
            side_a, side_b = host, side_a + side_b
            rule, confidence = f"meeting-{trigger.lemma}{INHERITED}", 0.7
        elif and_clause(token):
            # «شي يستقبل قادة … ويلتقي مودي وأردوغان»: the host is the subject of the clause
            # before, whom kg cannot name; the guests listed are not each other's sides
            everyone = side_a + side_b
            return convened_meeting(doc, token, trigger, support, found, everyone, rule)
    then = then_clause(token)
    carried = where_clause(token) or when_clause(token) or during_clause(token)
    carried = carried or and_clause(token) or then
    carried = carried or also_clause(token)
    guests_after = bool(side_a) and _his_guests_after(doc, max(side_a, key=lambda m: m.end))
    if side_a and not side_b and trigger.frame == "transitive" and carried and not guests_after:
        # «انتقل بارو إلى عين التينة حيث التقى رئيس مجلس النواب», «وصل الوزير إلى بيروت،
        # والتقى رئيس مجلس النواب»: who went there met him; «… . ثم التقى X»: whom the
        # sentence before is about, though the parse took X for the subject (not in «ثم
        # استقبل X ضيفيه»: X received his guests)
        host = missing_subject(doc, sentence, token, Roles(), actors)
        if not host and then:
            host = previous_subject(doc, token, object_pronoun=True)
        if host and not set(host) & set(side_a):
            side_a, side_b = host, side_a
            rule, confidence = f"meeting-{trigger.lemma}{INHERITED}", 0.7
    if _met_one_after_another(trigger, token, side_b) and side_a:
        # «فالتقى X نائب رئيس الدولة … وولي عهد أبوظبي Y»: a guest the parse hung elsewhere;
        # «استهل جولته بلقاء X في كمبالا، ثم Y في أديس أبابا»
        listed = listed_with_places(doc, side_b[-1], actors)
        # «التقى X في مسقط Y، ثم Z»: a guest listed after Y the parse took for a subject
        side_a = [m for m in side_a if m not in listed or m.start < side_b[-1].start]
        side_b += [m for m in listed if m not in side_a + side_b]
    before = right_before(doc, token, found.loose + side_a)
    after = [m for m in side_a if m not in before]
    if side_a and not side_b and trigger.frame == "transitive" and before and after:
        # «وكانت ميلوني قد التقت الرئيس ترامب», «وكان X و Y قد استقبلا Z»: the names before
        # «قد» are the subject
        side_a, side_b = before, after
    if side_a and not side_b and trigger.frame == "transitive":
        # An object the parse hung under the subject («التقى الوزير X، الأربعاء، رئيسَ
        # المكتب Y»): word order tells them apart.
        side_a, side_b = split_first(side_a)
    elif side_a and not side_b and trigger.pos == "verb" and trigger.frame == "visit":
        side_a, side_b = _visited(doc, side_a)
    elif side_a and not side_b and trigger.pos == "verb":
        side_a, side_b = coordinated_sides(doc, side_a)  # «اجتمع X و Y»
    if side_a and side_b and trigger.pos == "verb":
        side_b = listed_before(doc, token, side_b, found.loose) + side_b
        side_b = side_b + listed_on(doc, side_b, actors)
    side_b = [m for m in side_b if m.entity.key not in {a.entity.key for a in side_a}]
    side_a = [m for m in side_a if not _of_another_meeting(doc, m, token)]
    side_b = [m for m in side_b if not _of_another_meeting(doc, m, token)]
    side_a, side_b = _outermost(side_a, side_b), _outermost(side_b, side_a)
    side_a, side_b = _unbracketed(doc, side_a), _unbracketed(doc, side_b)
    side_a, side_b = _without_own_state(side_a, side_b), _without_own_state(side_b, side_a)
    side_a, side_b = _among_the_other_side(doc, side_a, side_b)
    everyone = side_a + side_b
    side_a = [m for m in side_a if not hangs_from(doc, m, everyone)]
    side_b = [m for m in side_b if not hangs_from(doc, m, everyone)]
    if _leaders_of_states(doc, side_a + side_b):
        # «عقد قادة مالي وبوركينا فاسو والنيجر قمة»: each state's leader is a party of his own
        return Reading(tuple((e,) for e in entities(side_a + side_b)), (), f"{rule}-peers", 0.7)
    if (
        side_a
        and side_b
        and trigger.lemma in JOINT
        and all(m.entity.type in BODIES for m in side_a + side_b)
    ):
        # «القمة الثانية بين آسيان ومجلس التعاون»: a joint summit both bodies hold
        bodies = entities(side_a + side_b)
        return Reading((bodies,), bodies, f"{rule}-convened", 0.75)
    opened = support is not None and support[1].frame in _OPENING_FRAMES
    if side_a and side_b and opened and found.between:
        # «استضاف X نظيريه A و B …، في أول لقاء بين الوزيرين»: the host met the two «بين»
        # names, who met one another (a state that hosts is no side: its people who attend are)
        met = set(entities(side_a + side_b))
        hosts = [m for m in governing_subjects(doc, token, actors) if m.entity not in met]
        if hosts and all(m.entity.type == "Person" for m in hosts):
            sides = (entities(hosts), entities(side_a), entities(side_b))
            return Reading(sides, (), f"{rule}{HOSTED}", confidence)
    between = bool(found.between)  # «احتضنت المملكة لقاءً بين A و B»: the two sides, no host
    if (
        side_a
        and side_b
        and opened
        and not between
        and any(m.entity.type == "Person" for m in side_a)
    ):
        # «افتتح الرئيس X أعمال القمة العربية بمشاركة A و B», «استضاف X القمة السادسة لآلية
        # التعاون … بمشاركة A و B»: X hosts those taking part in the summit the body convenes
        bodies = [m for m in side_a if m.entity.type in BODIES]
        hosts = [m for m in side_a if m not in bodies]
        guests = joined_after(doc, sorted(side_b, key=lambda m: m.start), actors)
        sides = hosted(doc, entities(hosts), entities(guests))
        return Reading(sides, entities(bodies), f"{rule}{HOSTED}", confidence)
    talks = found.between and trigger.lemma not in GATHERINGS
    chairs = _chairs_of_another_state(doc, side_a + side_b) if talks else []
    if side_a and side_b and chairs:
        # «مفاوضات بين روسيا وأوكرانيا برئاسة وزير الخارجية التركي X», «…، وافتتحها X»: the
        # chair of talks between two others is a side of his own
        sides = ([m for m in side_a if m not in chairs], [m for m in side_b if m not in chairs])
        return Reading((*map(entities, sides), entities(chairs)), (), f"{rule}-chaired", confidence)
    opener = [m for m in side_b if _chair_word(last_words(doc._.article.text, m.start, 1))]
    by_openers = trigger.pos == "verb" and bool(opener) and opener == side_b
    peers = coordinated_sides(doc, side_a) if by_openers else ()
    if peers and peers[1]:
        # «التقى A و B في أرلينغتون في محادثات افتتحها X»: A and B met, and their opener both
        sides = (entities(peers[0]), entities(peers[1]), entities(side_b))
        return Reading(sides, (), f"{rule}-opened", confidence)
    if side_a and side_b:
        return Reading((entities(side_a), entities(side_b)), (), rule, confidence)
    hosting = _hosted_by_a_relative(doc, token, actors) if trigger.pos == "noun" else None
    if hosting is not None:
        # «لقاء مماثل استضافه الرئيس X في مدينة Y، بمشاركة A و B»: X hosted those taking part
        # «القمة السادسة لآلية التعاون …، التي استضافها X»: the body whose summit it is convenes
        hosts, guests = hosting
        bodies = entities([m for m in side_a + found.owners if m.entity.type in BODIES])
        sides = hosted(doc, entities(hosts), entities(guests))
        return Reading(sides, bodies, f"{rule}{HOSTED}", 0.7)
    chairs = _chairs_after(doc, token, actors) if trigger.convened else []
    guests = [m for m in taking_part(doc, token, actors) if m not in chairs] if chairs else []
    guests = [m for m in guests if m.entity.type == "Person"]
    if guests:
        # «انعقدت القمة العربية برئاسة X، وبمشاركة Y و Z»: the chair hosts those taking part;
        # the body the summit's adjective names convenes it
        bodies = [m for m in side_a if m.entity.type in BODIES]
        sides = hosted(doc, entities(chairs), entities(guests))
        return Reading(sides, entities(bodies), f"{rule}{HOSTED}", confidence)
    return convened_meeting(doc, token, trigger, support, found, side_a + side_b, rule)


def _chairs_of_another_state(doc: Doc, listed: list[Mention]) -> list[Mention]:
    """The people of `listed` named right after «برئاسة» or «افتتحها» who stand for a state
    that none of the others is, with the others of that state."""
    text = doc._.article.text
    others = {m.entity for m in listed}
    chairs = [
        m
        for m in listed
        if m.entity.type == "Person"
        and m.represents is not None
        and m.represents not in others
        and _chair_word(last_words(text, m.start, 1))
    ]
    # «… برئاسة X، وبحضور Y»: Y of X's state sits on X's side
    states = {m.represents for m in chairs}
    return [m for m in listed if m in chairs or m.represents in states]


def _chair_word(words: list[str]) -> bool:
    word = without_conjunction(normalize(words[-1])) if words else ""
    return word == CHAIRED_BY or word in _OPENED_IT


_OPENED_IT = {"افتتحها", "افتتحه"}  # folded, the talks its pronoun names


def _hosted_by_a_relative(
    doc: Doc, noun: Token, actors: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """Who hosted (or opened) a meeting noun by a verb with its pronoun right after it and its
    adjectives («لقاء مماثل استضافه الرئيس X», «القمة الرابعة: افتتحها الملك X»), or after a
    relative pronoun that closes the noun's phrase
    («مؤتمر «بغداد 2» في البحر الميت يوم 20 ديسمبر، الذي استضافه الملك X»), and the people
    taking part after «بمشاركة»."""
    verb = _verb_on_the_noun(noun)
    trigger = triggers().of(verb) if verb is not None and verb.pos_ == "VERB" else None
    if trigger is None or trigger.frame not in _HOSTING or not with_object_pronoun(verb):
        return None
    hosts = [m for m in verb_subjects(doc, verb, actors) if m.entity.type == "Person"]
    guests = [m for m in _unbracketed(doc, taking_part(doc, verb, actors)) if m not in hosts]
    return (hosts, guests) if hosts and guests else None


def _verb_on_the_noun(noun: Token) -> Token | None:
    """The verb right after a meeting noun and its adjectives, or right after the relative
    pronoun that ends the noun's phrase (its name, place and day, no verb of its own)."""
    index = noun.i + 1
    while index < noun.sent.end and (noun.doc[index].pos_ == "ADJ" or noun.doc[index].text == ":"):
        index += 1  # «القمة الرابعة: افتتحها الملك X»: a label's colon
    if index < noun.sent.end and noun.doc[index].pos_ == "VERB":
        return noun.doc[index]
    for word in noun.doc[index : min(noun.sent.end - 1, noun.i + _NOUN_PHRASE_REACH)]:
        if normalize(word.text) in RELATIVE_PRONOUNS:
            return noun.doc[word.i + 1]
        if word.pos_ in ("VERB", "AUX") or triggers().of(word) is not None:
            return None
    return None


_HOSTING = {"host", "open"}  # «استضافه X», «افتتحها X»: who hosted or opened it
_NOUN_PHRASE_REACH = 16  # tokens: «مؤتمر «بغداد 2» في البحر الميت يوم 20 ديسمبر الماضي، الذي»


def _chairs_after(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """The people named right after «برئاسة» a few words after a summit's noun («قمة الرياض
    العربية الصينية للتعاون والتنمية» برئاسة صاحب السمو الملكي الأمير X»), with those «و»
    joins to the first."""
    noun_end = doc._.offsets[noun.i][1]
    after = sorted((m for m in actors if m.start >= noun_end), key=lambda m: m.start)
    people = [m for m in after if m.entity.type == "Person"]
    if not people:
        return []
    words = normalize(doc._.article.text[noun_end : people[0].start]).split()
    if CHAIRED_BY not in words or len(words) > _CHAIR_REACH:
        return []
    return [m for m in joined_after(doc, people[:1], people) if m.entity.type == "Person"]


_CHAIR_REACH = 12  # words from the summit's noun to its chair's name, his styles included


def read_handover(doc: Doc, verb: Token, trigger: Trigger, actors: list[Mention]) -> Reading | None:
    """«تسلم X الرئاسة الدورية للاتحاد من Y», «سلم X رئاسة القمة إلى Y»: the two who hand a
    chairmanship over, face to face: the person named between the verb and the chairmanship,
    and the first person after the preposition that follows it (however the parse hung the
    names, which it often takes for verbs)."""
    _, end = clause_of(verb)
    words = doc._.folded
    chair = next((t.i for t in doc[verb.i + 1 : end] if words[t.i] in CHAIRMANSHIP), None)
    if chair is None:
        return _delivered(doc, verb, trigger, actors) if trigger.lemma != TAKING_OVER else None
    towards = HANDED_FROM if trigger.lemma == TAKING_OVER else HANDED_TO
    mark = next((i for i in range(chair + 1, end) if _handed_towards(words[i], towards)), None)
    offsets = doc._.offsets
    people = sorted((m for m in actors if m.entity.type == "Person"), key=lambda m: m.start)
    holder = [m for m in people if offsets[verb.i][1] <= m.start < offsets[chair][0]][:1]
    if not holder:
        # «القمة، التي افتتحها X، قبل أن يسلم الرئاسة للرئيس Y»: who opened the session before
        # (else the one named last before)
        first = start_in_sentence(verb, 0)
        before = [m for m in people if offsets[first][0] <= m.start and m.end <= offsets[verb.i][0]]
        lexicon = triggers()
        opened = [t for t in doc[first : verb.i] if (o := lexicon.of(t)) and o.frame == "open"]
        after = [m for m in before if opened and m.start >= offsets[opened[-1].i][1]]
        holder = after[:1] or before[-1:]
    other = _handed_to(doc, mark, people, actors)
    if not holder or not other or holder[0].entity == other[0].entity:
        return None
    sides = ((holder[0].entity,), (other[0].entity,))
    return Reading(sides, (), f"meeting-{trigger.lemma}-handover", 0.75)


def _handed_to(
    doc: Doc, mark: int | None, people: list[Mention], actors: list[Mention]
) -> list[Mention]:
    """Who a chairmanship went to: the first person after «إلى/ل»; when a state is named
    there first («سلّم X رئاسة القمة إلى العراق نيابة عن الملك Y»: Y sent him), the person
    named before in the sentence who stands for that state."""
    if mark is None:
        return []
    start = doc._.offsets[mark][0]
    first = min((m for m in actors if m.start >= start), key=lambda m: m.start, default=None)
    if first is None or first.entity.type != "State":
        return [m for m in people if m.start >= start][:1]
    marks = stands_for(doc)
    sentence_start = doc._.offsets[doc[mark].sent.start][0]
    return [
        m
        for m in people
        if sentence_start <= m.start < start and first.entity.key in marks.get(m.entity.key, ())
    ][-1:]


def _delivered(doc: Doc, verb: Token, trigger: Trigger, actors: list[Mention]) -> Reading | None:
    """«وكانت السفيرة X قد سلّمت بري مسودة الاقتراح», «وسلّمها المستشار X إلى Y في طهران»: who
    handed a letter or a draft over met the person he gave it to (not an office: «سلّم
    الإعلان إلى قلم المحكمة»). The giver is the person just before the verb in its clause,
    else the verb's subject, else the first person after it; the one given it is the first
    other person named after «إلى/ل», else after the verb."""
    start, end = clause_of(verb)
    offsets, text = doc._.offsets, doc._.article.text
    people = sorted((m for m in actors if m.entity.type == "Person"), key=lambda m: m.start)
    before = [m for m in people if offsets[start][0] <= m.start and m.end <= offsets[verb.i][0]]
    after = [m for m in people if offsets[verb.i][1] <= m.start < offsets[end - 1][1]]
    # not who sent it («وسلم الرئيس X رسالة من الرئيس Y»: Y was not there)
    after = [m for m in after if not _sent_by(text, m)]
    subject = [m for m in after if _subject_of_verb(doc, m, verb)]
    giver = before[-1:] or subject[:1] or after[:1]
    words = doc._.folded
    marks = [t.i for t in doc[verb.i + 1 : end] if _handed_towards(words[t.i], HANDED_TO)]
    given = [m for m in after if m not in giver and any(offsets[i][1] <= m.start for i in marks)]
    to = given[:1] or [m for m in after if m not in giver][:1]
    if not giver or not to or giver[0].entity == to[0].entity:
        return None
    if is_guess(giver[0]) or is_guess(to[0]):
        return None  # «وسلم السيد محمد على ابطحى …»: a name kg cuts, read as one word
    sides = ((giver[0].entity,), (to[0].entity,))
    return Reading(sides, (), f"meeting-{trigger.lemma}-delivery", 0.7)


def _subject_of_verb(doc: Doc, mention: Mention, verb: Token) -> bool:
    path = path_of(doc, mention)
    return path is not None and path.top.dep_ == "nsubj" and path.top.head.i == verb.i


def _sent_by(text: str, mention: Mention) -> bool:
    """Whether «من» stands before a person, only titles between («رسالة من الرئيس X»)."""
    words = [normalize(word) for word in last_words(text, mention.start, _SENDER_REACH)]
    opening = max((i for i, w in enumerate(words) if w in HANDED_FROM), default=None)
    return opening is not None and all(a_style(w) for w in words[opening + 1 :])


_SENDER_REACH = 3  # «من الرئيس السوري X»: «من» and a title's words


def _handed_towards(word: str, towards: set[str]) -> bool:
    """Whether a folded word is the preposition a chairmanship goes to or comes from, alone
    or glued on the next noun's article («للرئيس»)."""
    return word in towards or ("ل" in towards and word.startswith("لل"))


def _attendees_aside(doc: Doc, verb: Token, found: Roles) -> None:
    """«التقى X Y بحضور Z»: the parse may read «ب» + «حضور» as the «بـ» of «التقى بـ» and make
    the attendee hung under «حضور» the partner; he attended. A person right after him, with no
    word between, is the verb's again («بحضور مستشاره X المبعوث Y»)."""
    text = doc._.article.text
    aside: list[Mention] = []
    for mention in sorted(found.partners, key=lambda m: m.start):
        path = path_of(doc, mention, stop=[verb])
        if path is None or not _attendance_phrase(path.top):
            continue
        last = aside[-1] if aside else None
        if last and last.entity.type == "Person" and not text[last.end : mention.start].strip():
            break
        aside.append(mention)
    found.partners = [m for m in found.partners if m not in aside]
    found.topics += aside


def _with_whom_it_was_attended(found: Roles, attendees: list[Mention]) -> None:
    """The attendees of a clause on the meeting noun («لقاء مع رؤساء الكتل حضره X و Y»),
    whatever role the parse gave them, are the partners of whoever held it."""
    for group in found.__dict__.values():
        group[:] = [m for m in group if m not in attendees]
    found.partners.extend(attendees)


def _attendance_phrase(top: Token) -> bool:
    """«بحضور X»: the phrase's top word is «حضور» or «مشاركة», or X with «ب حضور» as its
    preposition (the parse may make «حضور» a fixed part of «ب»)."""
    fixed = [f for c in top.children if c.dep_ == "case" for f in c.children if f.dep_ == "fixed"]
    return any(attendance_noun(word) for word in (top, *fixed))


def _many(verb: Token) -> bool:
    """A verb inflected for two or more subjects («يلتقيان», «التقوا»)."""
    return verb.pos_ == "VERB" and verb.morph.get("Number") in (["Dual"], ["Plur"])


def _leaders_of_states(doc: Doc, named: list[Mention]) -> bool:
    """Whether three or more states alone are listed, the first right after a plural title
    («قادة», «رؤساء», «وزراء خارجية»): their leaders met, one party a state."""
    if len({m.start for m in named}) < 3 or any(m.entity.type != "State" for m in named):
        return False  # (not «قادة هذه الدول»: the states an anaphor stands for)
    first = min(named, key=lambda m: m.start)
    before = [normalize(w) for w in last_words(doc._.article.text, first.start, 2)]
    ministers = len(before) == 2 and PLURAL_MINISTERS.fullmatch(" ".join(before))
    return bool(ministers) or (bool(before) and without_conjunction(before[-1]) in PLURAL_TITLES)


def _welcomed_in_person(doc: Doc, verb: Token, actors: list[Mention]) -> bool:
    """Whether the first word with «ب» after a verb of welcoming names a person or a guest
    («رحب X بضيفه», «يرحب بالحبر الأعظم»), not a decision or a statement («رحب بالقرار»)."""
    after = doc[verb.i + 1 : verb.sent.end]
    marked = next((t for t in after if doc._.folded[t.i].startswith("ب")), None)
    if marked is None:
        return False
    start, end = doc._.offsets[marked.i]
    text = doc._.article.text
    if normalize(text[start:].split(maxsplit=1)[0]) in WELCOMED:
        return True  # «بضيفه», however the tokenizer cut it
    # the «ب» glued on the name, or cut off by the tokenizer
    named_at = end if doc._.folded[marked.i] == "ب" else start + 1
    return any(m.entity.type == "Person" and m.start in (start, named_at) for m in actors)


def _a_guest_of_someone(doc: Doc, noun: Token, actors: list[Mention]) -> bool:
    """Whether a person's name follows «ضيفا على» right after the noun."""
    people = [m for m in actors if m.entity.type == "Person"]
    gap, named = listed_after_word(doc, noun, people)
    return bool(named) and normalize(gap).split() == ["علي"]


def _the_two_before_a_dual(
    doc: Doc, verb: Token, actors: list[Mention]
) -> tuple[tuple[Entity], tuple[Entity]] | None:
    """The two people «و» joins right before a dual verb («بوتين وترامب يعقدان قمة»), which
    the parse may read as anything (a name tagged a verb opens a clause of its own)."""
    if verb.pos_ not in ("VERB", "AUX") or not triggers().dual(verb):
        return None
    last = person_right_before(doc, verb, actors)
    pair = entities(joined_before(doc, last[0], actors)) if last else ()
    return ((pair[0],), (pair[1],)) if len(pair) == 2 else None


def _counted_peers(
    doc: Doc, noun: Token, support: tuple[Token, Trigger] | None, actors: list[Mention]
) -> tuple[tuple[Entity, ...], ...]:
    """The people of the clause of a counted meeting noun (or of the verb holding it), each
    his own side, when there are as many as the count, one «و» list, each of another state."""
    count = party_count(noun) if noun.pos_ in ("NOUN", "PROPN", "X") else None
    if count is None or count < 2:
        return ()
    start, end = clause_characters(support[0] if support is not None else noun)
    people = sorted(
        (m for m in actors if m.entity.type == "Person" and start <= m.start < end),
        key=lambda m: m.start,
    )
    states = {m.represents.key for m in people if m.represents is not None}
    if len(people) != count or len(states) != count or not all_joined(doc, people):
        return ()
    return tuple((m.entity,) for m in people)


def _people_of_the_clause(token: Token, actors: list[Mention]) -> set[Entity]:
    """The people named in the token's clause («بوتين وترامب يعقدان … أول قمة روسية أمريكية»:
    two, who are the sides rather than the states of the adjectives)."""
    start, end = clause_characters(token)
    return {m.entity for m in actors if m.entity.type == "Person" and start <= m.start < end}


def _two_states_named(
    doc: Doc, noun: Token, actors: list[Mention]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]] | None:
    """The two states whose adjectives follow the meeting noun right after it («قمة مصرية
    سعودية»), one on each side."""
    text, position = doc._.article.text, doc._.offsets[noun.i][1]
    states = []
    for mention in sorted(actors, key=lambda m: m.start):
        if mention.start < position:
            continue
        if mention.rule != TWO_STATES_RULE or text[position : mention.start].strip(" و"):
            break
        states.append(mention.entity)
        position = mention.end
    return ((states[0],), (states[1],)) if len(states) == 2 else None


def _joint_committee(
    side: list[Mention], otherwise: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """«اجتماعات اللجنة المشتركة الكويتية العراقية»: a joint committee holds its meetings for
    its two states, one on each side; any other side stays `otherwise`."""
    states = list(dict.fromkeys(m.entity for m in side))
    if len(states) != 2 or any(m.rule != TWO_STATES_RULE for m in side):
        return otherwise, []
    return [m for m in side if m.entity == states[0]], [m for m in side if m.entity == states[1]]


def named_right_after(doc: Doc, word: Token, actors: list[Mention]) -> list[Mention]:
    """The actor named right after a word, only styles between («في مقدمة مستقبلي اليماحي»,
    «تقبّل حضرة صاحب الجلالة السلطان X»), however the parse hung him."""
    gap, listed = listed_after_word(doc, word, actors)
    return listed[:1] if listed and _styles_only(gap) else []


def _participants_again(doc: Doc, verb: Token) -> tuple[Entity, ...]:
    """The people of the last meeting the article told as held, when the verb's subject is
    those who took part in it («الوزراء العرب المشاركون», «المجتمعون»); else none."""
    # the subject stands right after the verb, however the parse hung its adjectives
    words = set(doc._.folded[verb.i + 1 : end_in_sentence(verb, verb.i + 1 + _SUBJECT_WORDS)])
    if not words & PARTICIPANTS:
        return ()
    held = held_meetings(doc)
    return tuple(e for e in held[-1].participants if e.type == "Person") if held else ()


_SUBJECT_WORDS = 4  # «الوزراء العرب المشاركون» and a word


def _before_its_holder(text: str, mention: Mention, listed: list[Mention]) -> bool:
    """Whether a body ends the title of the person named right after it («والممثلة العليا
    … في الاتحاد الأوروبي كايا كالاس»), with no list word between."""
    after = [m for m in listed if m.start >= mention.end]
    if mention.entity.type == "Person" or not after or after[0].entity.type != "Person":
        return False
    return not text[mention.end : after[0].start].strip()


def _host_and_guest(
    doc: Doc, noun: Token, actors: list[Mention]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]] | None:
    """«خلال استقبال الرئيس X لوزير الخارجية Y», «خلال استقبال الأخير لسموه»: the name right
    after the noun is its genitive, the host; the name «ل» glues to right after his is the
    guest, however the parse hung the two; so is a titled person right after his, the noun's
    object in the accusative («استقبال الرئيس X الإمامَ Y»)."""
    text = doc._.article.text
    noun_end = doc._.offsets[noun.i][1]
    after = sorted((m for m in actors if m.start >= noun_end), key=lambda m: m.start)
    if len(after) < 2 or text[noun_end : after[0].start].strip():
        return None
    host, guest = after[0], after[1]
    word_start = text.rfind(" ", 0, guest.start) + 1
    glued = text[word_start : guest.start + 1]
    titled = guest.entity.type == "Person" and normalize(text[guest.start : guest.end])[:2] == "ال"
    object_after = (
        host.entity.type == "Person" and titled and not text[host.end : guest.start].strip()
    )
    if not object_after and (
        text[host.end : word_start].strip() or not normalize(glued).startswith("ل")
    ):
        return None
    if host.entity == guest.entity:
        return None
    # «استقبال الملك X الوزراء الثلاثة»: each of those a counted title names on its span
    guests = tuple(dict.fromkeys(m.entity for m in after if m.start == guest.start))
    return (host.entity,), guests


def _at_the_reception(noun: Token) -> bool:
    """«وكان في استقبال X …»: the meeting noun right after «كان في», its owner right after it
    («في استقباله Y» is Y's own reception of whoever the sentence is about)."""
    owned = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ != "PRON"
    return owned and _after_kana_fi(noun)


def _at_his_reception(noun: Token) -> bool:
    """«وكان في استقباله Y», «كان في استقبال سيادته Y»: the meeting noun right after «كان
    في», with «ه» (him) or an honorific's pronoun on it."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None or not _after_kana_fi(noun):
        return False
    word = normalize(following.text)
    if following.i + 1 < len(noun.doc) and noun.doc[following.i + 1].pos_ == "PRON":
        word += normalize(noun.doc[following.i + 1].text)  # «سموه» split «سمو» + «ه»
    return (following.pos_ == "PRON" and word in PRONOUNS) or word in HONORIFIC_PRONOUNS


def _kana_subject_at(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """The people named between «كان» and «في» right before the meeting noun («وكان X في
    استقبال Y»), and nothing else between: who was at the reception, as its host."""
    noun = _reception_opening(noun)
    if noun.i - 1 <= noun.sent.start or doc._.folded[noun.i - 1] not in _AT:
        return []
    index = _kana_before(noun)
    if index is None:
        return []
    offsets = doc._.offsets
    start, end = offsets[index][1], offsets[noun.i - 1][0]
    if index == noun.i - 2 and index > noun.sent.start and doc._.folded[index - 1] in RELATIVES:
        # «… الرئيس الإريتري X الذي كان في استقباله»: the relative's antecedent received him
        before = offsets[index - 1][0]
        return [m for m in actors if m.entity.type == "Person" and 0 <= before - m.end <= 1]
    named = sorted((m for m in actors if start <= m.start and m.end <= end), key=lambda m: m.start)
    text = doc._.article.text
    rest = "".join(
        text[begin:stop]
        for begin, stop in zip(
            [start] + [m.end for m in named], [m.start for m in named] + [end], strict=True
        )
    )
    people = [m for m in named if m.entity.type == "Person"]
    # «وكان سمو ولي العهد في استقبال …»: a style before the name is no one else
    others = [w for w in rest.split() if normalize(w).removeprefix("و") not in HONORIFICS]
    return people if people and not others else []


def _kana_before(noun: Token) -> int | None:
    """The index of the nearest «كان» before «في» and the reception noun, within reach."""
    folded = noun.doc._.folded
    first = start_in_sentence(noun, noun.i - _KANA_REACH)
    return next(
        (i for i in range(noun.i - 2, first - 1, -1) if folded[i].removeprefix("و") in KANA),
        None,
    )


_KANA_REACH = 12  # «وكان رئيس مجلس النواب اللبناني نبيه بري في استقبال …»: words back to «كان»


def _after_kana_fi(noun: Token) -> bool:
    noun = _reception_opening(noun)
    words = [normalize(t.text) for t in noun.doc[start_in_sentence(noun, noun.i - 2) : noun.i]]
    return len(words) == 2 and words[1] in _AT and words[0].removeprefix("و") in KANA


_AT = {"في", "علي"}  # «وكان X في استقبال Y», KUNA's «وكان X على رأس مستقبلي Y» (folded)


def _foremost_of_them(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """«… القادة ورؤساء الوفود …، وفي مقدمتهم الرئيس X والملك Y»: the names right after
    «في مقدمتهم» later in the noun's sentence, the first of those it names."""
    folded, offsets = doc._.folded, doc._.offsets
    for index in range(noun.i + 1, noun.sent.end - 1):
        word = folded[index].removeprefix("و")
        split = word in AT_THE_HEAD and folded[index + 1] == "هم"  # «مقدمة» + «هم»
        if word.removesuffix("تهم") + "ه" not in AT_THE_HEAD and not split:
            continue
        end = offsets[index + 1 if split else index][1]
        text = doc._.article.text
        after = sorted((m for m in actors if m.start >= end), key=lambda m: m.start)
        if after and not text[end : after[0].start].strip(" ،,"):
            return joined_after(doc, after[:1], after)
        return []
    return []


def _reception_opening(noun: Token) -> Token:
    """The word that opens a reception phrase: «مقدمة» of «في مقدمة مستقبلي X», else the noun."""
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    at_the_head = before is not None and noun.doc._.folded[before.i] in AT_THE_HEAD
    return before if at_the_head else noun


def _receivers(
    doc: Doc, noun: Token, guests: list[Mention], actors: list[Mention], rule: str
) -> Reading | None:
    """«وكان في استقبال الرئيس X لدى وصوله الرئيس Y»: the noun's owner is the guest, and the
    subject of «كان», the first name after him in the clause, received him, with the people
    named after him («… الأمير X نائب أمير منطقة مكة المكرمة والأمين العام للجامعة Y»)."""
    _, end = clause_of(noun)
    guests_end = max(max(m.end for m in guests), noun.doc._.offsets[noun.i][1])
    clause_end = doc._.offsets[end - 1][1]
    guest = {m.entity for m in guests}  # «في استقبال سموه»: the pronoun is the guest again
    after = [m for m in actors if guests_end <= m.start < clause_end and m.entity not in guest]
    first, rest = split_first(after)
    # not an envoy, who is at an arrival for his own state, the guest's («وسفير إسبانيا
    # بالرباط» receiving the Spanish premier)
    text = doc._.article.text
    hosts, envoy = list(first), None
    for mention in rest:
        if mention.entity.type != "Person" or mention in guests:
            continue
        if normalize(text[mention.start : mention.end]).split()[0].removeprefix("و") in POSTINGS:
            envoy = mention
        elif envoy is None or _named_apart(text, envoy.end, mention.start):
            hosts.append(mention)  # not the name apposed to the envoy («، السيد ريكاردو …»)
            envoy = None
    if not hosts:
        return None
    return Reading((entities(hosts), entities(guests)), (), rule, 0.75)


def _named_apart(text: str, end: int, start: int) -> bool:
    """Whether the second name is not the first one's apposition («وسفير إسبانيا بالرباط،
    السيد X»): a comma and no «و» between them make it one."""
    gap = normalize(text[end:start])
    apposed = ("،" in gap or "," in gap) and not any(w.startswith("و") for w in gap.split())
    return not apposed


def _without_own_state(side: list[Mention], other: list[Mention]) -> list[Mention]:
    """The side without the states someone on the other side represents: «الرئيس الروسي
    فلاديمير بوتين» does not meet Russia («في قمة روسيا وأفريقيا جرت محادثات مع …»)."""
    represented = {m.represents.key for m in other if m.represents is not None}
    return [m for m in side if m.entity.key not in represented]


def _unbracketed(doc: Doc, side: list[Mention]) -> list[Mention]:
    """The side without names in brackets: «قمة لمجموعة الثماني (الدول الصناعية الكبرى السبع
    وروسيا)» says who the group is, and «حركة المقاومة الإسلامية (حماس)» names it again; a
    bracket explains the name before it, it brings no one else to the meeting."""
    text = doc._.article.text
    kept = []
    for mention in side:
        opening = text.rfind("(", 0, mention.start)
        closing = text.find(")", mention.end)
        inside = opening != -1 and closing != -1 and ")" not in text[opening : mention.start]
        if not (inside and "\n" not in text[opening:closing]):
            kept.append(mention)
    return kept


def _heads_of_delegations(verb: Token) -> bool:
    """Whether «رؤساء الوفود» («رؤساء الوفود المشاركة», «رؤساء وفود الدول») is in the verb's
    clause after it: the heads of the delegations at a meeting the article told."""
    folded = verb.doc._.folded
    _, end = clause_of(verb)
    return any(
        folded[i] == _HEADS and folded[i + 1] in _DELEGATIONS for i in range(verb.i + 1, end - 1)
    )


_HEADS = "روساء"  # folded «رؤساء»
_DELEGATIONS = {"الوفود", "وفود"}


def _took_part_before(doc: Doc, verb: Token, hosts: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The people of the meetings of three or more the article told before the verb's
    sentence, and of the others its words for them name (a summit told in pieces: «شارك X في
    قمة برئاسة Y. وشارك في القمة كذلك Z و W»), the hosts left out."""
    start = doc._.offsets[verb.sent.start][0]
    earlier = [e for e in doc._.events if e.kind == "Meeting" and e.evidence.sentence_start < start]
    words = {_trigger_word(e) for e in earlier if len(e.participants) > 2}
    people = (
        p
        for e in earlier
        if _trigger_word(e) in words
        for p in e.participants
        if p.type == "Person"
    )
    return tuple(p for p in dict.fromkeys(people) if p not in hosts)


def _trigger_word(event: Event) -> str:
    """The word of the trigger that read the meeting («قمه» of «meeting-قمه-hosted»)."""
    return event.rule.split("-")[1] if event.rule.count("-") else event.rule


def _of_another_meeting(doc: Doc, mention: Mention, trigger: Token) -> bool:
    """«استقبل X نظيره Y غداة قمة الاتحاد الأفريقي»: a body whose meeting another noun
    names («قمة الاتحاد») is no side of this one."""
    index = bisect_left(doc._.token_starts, mention.start) - 1
    if index < 0 or index == trigger.i or mention.entity.type not in BODIES:
        return False
    return triggers().nouns.lookup(doc[index].text) is not None


def _outermost(side: list[Mention], other: list[Mention]) -> list[Mention]:
    """The side without mentions inside another participant's words: «المجلس المركزي
    الفلسطيني» is the council, and the state its adjective names takes no part of its own."""
    spans = {(m.start, m.end) for m in side + other}
    return [
        m
        for m in side
        if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)
    ]


def _named_after_its_pronoun(doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
    """«…، واستقبله خلالها ولي العهد X في الرياض»: the first person named after a receiving
    verb with its object pronoun, in its clause, when the parse hung him under another verb
    (the verb read as a noun); its subject, as «ه» is its object."""
    if not has_object_pronoun(verb):
        return []
    start, end = doc._.offsets[verb.i][1], clause_characters(verb)[1]
    people = [m for m in actors if start <= m.start and m.end <= end and m.entity.type == "Person"]
    return people[:1]


def _his_guests_after(doc: Doc, mention: Mention) -> bool:
    """Whether «ضيف» with a pronoun follows the name («ضيفه», «ضيفيه», «ضيوفه»): the name is
    the host's."""
    words = normalize(doc._.article.text[mention.end : mention.end + 12]).split()
    return bool(words) and words[0].startswith(GUESTS) and words[0] not in GUESTS


def _the_two_before(doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
    """The two people a dual verb with no subject of its own stands for: the last dual anaphor
    of its sentence before it («الرئيسان»), else the two people «و» joins last before it
    («وصل الرئيسان X و Y …، ثم عقدا»)."""
    if not triggers().dual(verb):
        return []
    start, end = doc._.offsets[start_in_sentence(verb, 0)][0], doc._.offsets[verb.i][0]
    pairs = [m for m in actors if start <= m.start < end and m.rule == "dual-anaphor"]
    last = [m for m in pairs if pairs and (m.start, m.end) == (pairs[-1].start, pairs[-1].end)]
    if _the_two(last):
        return last
    people = [m for m in actors if start <= m.start < end and m.entity.type == "Person"]
    if not people:
        return []
    listed = joined_before(doc, max(people, key=lambda m: m.start), people)
    return listed if len(entities(listed)) == 2 else []


def _the_two_again(doc: Doc, verb: Token) -> tuple[tuple[Entity, ...], ...] | None:
    """The two people of the last meeting told, one on each side, when a dual verb opens its
    sentence with no subject of its own («ثم التقيا مجدداً»)."""
    opening = doc._.folded[verb.sent.start : verb.i]
    if not triggers().dual(verb) or not all(word in CARRY_ON for word in opening):
        return None
    told = [e for e in doc._.events if e.kind == "Meeting" and len(e.sides) == 2]
    last = told[-1].sides if told else ()
    return last if last and all(len(s) == 1 and s[0].type == "Person" for s in last) else None


def _the_two(side: list[Mention]) -> bool:
    """Whether a side is only the two people a dual anaphor stands for («الرئيسان»)."""
    return (
        len(side) == 2
        and all(m.rule == "dual-anaphor" for m in side)
        and (side[0].start, side[0].end) == (side[1].start, side[1].end)
    )


def _pronoun_subject(doc: Doc, obj: Mention) -> bool:
    """Whether the verb the mention is the object of has a pronoun for its subject («وذكّر
    بأنه استقبل … وفداً من المجلس الأولمبي الآسيوي برئاسة X»): the objects are all guests."""
    head = head_token(doc, obj)
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None) if head else None
    return verb is not None and any(
        c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in verb.children
    )


def _relative_guests(doc: Doc, verb: Token, actors: list[Mention]) -> list[Mention]:
    """The names listed right before a plural or dual relative pronoun that opens the verb's
    clause, when the verb takes them back by its object pronoun («A و B و C، الذين استقبلهم
    X»): the guests; else none."""
    pronoun = object_pronoun(verb)
    words = doc._.folded
    if pronoun is None or words[pronoun.i] not in _PLURAL_OBJECTS or verb.i < 1:
        return []
    if words[verb.i - 1] not in _PLURAL_RELATIVES:
        return []
    text = doc._.article.text
    start = doc._.offsets[verb.i - 1][0]
    before = [m for m in actors if m.end <= start]
    last = max(before, key=lambda m: m.end, default=None)
    if last is None or text[last.end : start].strip(" ،,"):
        return []
    listed = listed_with(doc, [last], before)
    people = (m for m in before if m.end <= listed[0].start and m.entity.type == "Person")
    for mention in sorted(people, key=lambda m: -m.end):
        if not _COUNTERPART_GLUE.fullmatch(normalize(text[mention.end : listed[0].start])):
            break
        listed.insert(0, mention)  # «A ونظيرته السودانية B ونظيره الإثيوبي C، الذين …»
    return listed if len(listed) > 1 else []


# between two names of a list: «و», a comma, or «ونظيره الإثيوبي» (folded)
_COUNTERPART_GLUE = re.compile(r"\s*[،,]?\s*و?(?:\s*نظير\S*\s+\S+)?\s*")
_PLURAL_RELATIVES = RELATIVES - {"الذي", "التي"}  # the dual and plural relative pronouns
_PLURAL_OBJECTS = {"هم", "هما", "هن"}


def _verb_sides(doc: Doc, trigger: Trigger, found: Roles) -> tuple[list[Mention], list[Mention]]:
    if trigger.frame == "visit":
        return found.subjects, _people(found.objects)
    if trigger.frame == "transitive":
        if trigger.lemma == "جمع":  # «جمع اللقاء X بـ Y»: the object is the first side
            return found.objects, found.partners
        first, rest = split_first(found.objects)
        if (
            not found.subjects
            and not found.partners
            and rest
            and not joined_by_and(doc, first[-1], rest[0])
            and not next_stop(doc, first[-1], rest[0])
            and not _pronoun_subject(doc, first[0])
        ):
            # «استقبل رئيس الاستخبارات، إبراهيم قالن، وفداً من حماس»: the parse took both for
            # objects; after the verb, the subject comes first. Objects joined by «و» are
            # guests of one host the sentence does not name («استقبل أمس عون وماكرون»).
            return first, rest
        if not found.subjects and not found.partners and found.objects:
            # «استقبل الشيخ X «رعاه الله»، وصاحب السمو الشيخ Y، أمس …، قداسة البابا Z»: the
            # parse took the hosts for objects (or left them loose); the names «و» joins to the
            # first are hosts, the next one the guest
            named = sorted(found.objects + found.loose, key=lambda m: m.start)
            hosts = joined_after(doc, named[:1], named)
            guests = [m for m in named if m.start >= hosts[-1].end][:1]
            if len(hosts) > 1 and guests:
                return hosts, guests
        subjects, objects = found.subjects, found.objects
        received = {m.entity for m in objects}
        if {m.entity for m in subjects} - received:
            # «استقبل X … فخامة الرئيس Y رئيس جمهورية زيمبابوي»: Y, hung as a second subject,
            # is the one his title (the object) names; no one receives himself
            subjects = [m for m in subjects if m.entity not in received]
        of_the_received = [m for m in subjects if m.represents in received]
        if of_the_received and len(of_the_received) < len(subjects):
            # «… فخامة الرئيس Y رئيس جمهورية زامبيا والوفد المرافق له»: Y, hung as a second
            # subject, heads the delegation received (the object): he is received with it
            subjects = [m for m in subjects if m not in of_the_received]
            objects = of_the_received + objects
        if not subjects and _object_before_bi(doc, objects, found.partners):
            # «التقى رئيس المجلس … الفريق أول X، اليوم، بالرئيس Y»: a verb that takes «بـ»
            # takes no object too; the name before «بـ» is the subject the parse missed
            return objects, found.partners
        # «وكان X قد استقبل، يوم السبت، Y»: the subject «كان» took comes first, in the text too
        first, rest = split_first(sorted(subjects, key=lambda m: m.start))
        heads_it = bool(rest) and leads(doc, first[-1], rest[0])  # «وفد من حماس برئاسة X»
        if rest and not objects and not joined_by_and(doc, first[-1], rest[0]) and not heads_it:
            # «استقبل الشيخ X …، اليوم، السيد Y»: a verb has one subject; a second one the
            # parse found, not joined by «و», is the object it missed
            subjects, objects = first, rest
        elif rest and not objects and not heads_it:
            # «التقت ميركل ووزير خارجيتها ماس رئيسَ المجلس الرئاسي السراج»: the names «و»
            # joins are the subject, the one after them the object the parse missed
            hosts = joined_after(doc, first, subjects)
            guests = [m for m in subjects if m not in hosts and m.start > hosts[-1].end]
            subjects, objects = (hosts, guests) if guests else (subjects, objects)
        return subjects, objects + found.partners
    if found.between:
        return conjuncts(doc, found.between)
    if found.subjects and all_joined(doc, found.subjects[-1:] + found.objects[:1]):
        # «اجتمع الرئيس X والعاهل الأردني Y»: a verb with no object; the second is a subject
        return found.subjects + found.objects, found.partners
    # in the text's order, however the parse hung them («وقع المذكرة وزراء النقل X و Y و Z»)
    subjects = sorted(found.subjects, key=lambda m: m.start)
    if trigger.frame == "reciprocal" and not found.partners:
        # «اجتمع العماد X بالنائبين Y و Z»: the parse hung the names «ب» marks on the subject
        marked = next(
            (i for i in range(1, len(subjects)) if _by_bi(doc, *subjects[i - 1 : i + 1])), 0
        )
        if marked:
            return subjects[:marked], subjects[marked:]
    return subjects, found.partners


def _by_bi(doc: Doc, before: Mention, mention: Mention) -> bool:
    """Whether the words between two names open with a title «ب» is glued to («بالنائبين»,
    «بالرئيس», «بوزير»), with no «و» or comma: the second is whom the first met."""
    words = normalize(doc._.article.text[before.end : mention.start]).split()
    return bool(words) and words[0].startswith("ب") and words[0][1:] in _BI_TITLES


# a title with «ال» or without, singular, dual or plural («النائبين»), after «ب» (folded)
_BI_TITLES = (
    TITLE_HEADS
    | set(PLURAL_TITLES)
    | set(DUAL_TITLES)
    | {"النايبين", "نايبين", "النواب", "نواب", "الوزيرين", "وزيرين"}
) - LEADERSHIP  # «اجتمع المجلس برئاسة X»: its chair, no one it met


def _destination(doc: Doc, mention: Mention) -> bool:
    """Whether «إلى» right before a place or state names where a visit went."""
    towards = after_place_word(doc._.article.text, mention.start, _TOWARDS)
    return mention.entity.type in PLACES | {"State"} and towards


_TOWARDS = frozenset({"الي"})  # «إلى», folded


def _before_the_noun(doc: Doc, noun: Token, objects: list[Mention]) -> list[Mention]:
    """The objects of a light verb written before its meeting noun."""
    return [m for m in objects if m.end <= doc._.offsets[noun.i][0]]


def _agreed_at(doc: Doc, token: Token, actors: list[Mention]) -> tuple[tuple[Entity, ...], ...]:
    """The people who said or agreed something at the end of or during a meeting the noun
    names with no owner of its own («اتفق X و Y و Z … في ختام اجتماع ثلاثي», «أكد الرئيسان
    X و Y خلال اجتماع»), each for whom he stands: the clause's subjects, two people or more."""
    if starts_a_sentence(token) or doc._.folded[token.i - 1] not in CONCLUDING | DURING:
        return ()
    owned = not ends_a_sentence(token) and doc[token.i + 1].head.i == token.i
    owned = owned and doc[token.i + 1].dep_ == "nmod"
    if definite(token) or owned:
        return ()  # «في ختام المباحثات», «خلال اجتماع الجمعية»: a meeting told or owned
    subjects = governing_subjects(doc, token, actors)
    root = token.sent.root
    if not subjects and root.pos_ == "VERB":
        # the parse hung «في ختام …» on a word of the object's phrase: the sentence's verb
        subjects = verb_subjects(doc, root, actors)
    people = [m for m in listed_with(doc, subjects, actors) if m.entity.type == "Person"]
    if len(entities(people)) < 2 or any(map(is_guess, people)):
        return ()
    # each for his state, or, all of one state (the heads of rival councils), each for himself
    sides = apart(doc, people)
    return sides if len(sides) > 1 else tuple((entity,) for entity in entities(people))


def _met_one_after_another(trigger: Trigger, token: Token, side_b: list[Mention]) -> bool:
    """Whether the guests after `side_b`'s last may be listed one after another, each with
    his place: after a verb's object, or after a meeting noun's own (in construct with it)."""
    if not side_b:
        return False
    if trigger.frame == "transitive":
        return True
    noun_start = token.doc._.offsets[token.i][1]
    return trigger.frame == "noun" and side_b[0].start - noun_start <= 1


def _listed_after_the_guest(
    doc: Doc, side_a: list[Mention], side_b: list[Mention], loose: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """«لقاءً … مع إخوانه جلالة السلطان X، وجلالة الملك Y، وصاحب السمو الشيخ Z»: the names «و»
    joins after the other side's first name are on its side, wherever the parse hung them (or
    left them loose); the host named before stays."""
    if not side_a or not side_b:
        return side_a, side_b
    guests = sorted(side_b, key=lambda m: m.start)
    later = [m for m in side_a + loose if m.start > guests[0].start and m not in side_b]
    moved = [m for m in joined_after(doc, guests, later) if m in later]
    hosts = [m for m in side_a if m not in moved]
    return (hosts, side_b + moved) if moved and hosts else (side_a, side_b)


def _object_before_bi(doc: Doc, objects: list[Mention], partners: list[Mention]) -> bool:
    """Whether every object comes before partners that «بـ» introduces."""
    text = doc._.article.text
    return (
        bool(objects and partners)
        and max(m.end for m in objects) < min(m.start for m in partners)
        and all(after_bi(text, m.start) for m in partners)
    )


def _visited(doc: Doc, side: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """«زار الوزير X الرئيسَ Y في مقره»: the parse hung the person visited under the
    visitor's name; word order tells them apart. Names joined by «و» visit together («زار X
    وY القاهرة»), and so does a delegation with its head."""
    first, rest = split_first(side)
    if not rest or joined_by_and(doc, first[-1], rest[0]) or leads(doc, first[-1], rest[0]):
        return side, []  # «زار وفد من حماس برئاسة هنية القاهرة»: the head visits with it
    return first, _people(rest)


def _each_apart_after(doc: Doc, verb: Token) -> int | None:
    """Where «كلاً على حدة» («each apart») ends, when it follows the verb within a few words
    («كما التقى سموه، كلاً على حدة، A، وB، وC»); None when it does not."""
    return _each_apart_at(doc, verb.i + 1, end_in_sentence(verb, verb.i + _EACH_REACH), {"حده"})


def _each_apart_at(doc: Doc, start: int, end: int, apart: set[str]) -> int | None:
    """Where the first «كلاً على» and a word of `apart` («حدة», «انفراد») ends among the
    tokens from `start` to `end`, if they stand there."""
    words = doc._.folded
    for index in range(start, end - 2):
        if words[index] in EACH and words[index + 1] == "علي" and words[index + 2] in apart:
            return index + 3
    return None


def _listed_apart(doc: Doc, verb: Token, names: list[Mention]) -> bool:
    """Whether the names are one list «و» joins after the verb, «each apart» after it."""
    verb_end = doc._.offsets[verb.i][1]
    names = sorted(names, key=lambda m: m.start)
    after = all(m.start >= verb_end for m in names)
    return after and all_joined(doc, names) and _apart_after_the_list(doc, verb)


def _apart_after_the_list(doc: Doc, verb: Token) -> bool:
    """«ثم التقى X و Y، كلاً على انفراد»: «each apart» after the names the verb lists; they
    are its guests, not one another's sides."""
    return _each_apart_at(doc, verb.i + 1, verb.sent.end, _APART) is not None


_APART = {"حده", "انفراد"}  # «على حدة», «على انفراد» (folded)


def _received_apart(
    doc: Doc, sentence: Sentence, verb: Token, trigger: Trigger, actors: list[Mention]
) -> Reading | None:
    """«التقى X، كلاً على حدة، A و B و C»: X met each of those listed after «على حدة», and they
    did not meet one another; X is who stands between the verb and «كلاً», else the sentence
    before's subject. None when no «كلاً على حدة» follows the verb."""
    after = _each_apart_after(doc, verb) if trigger.frame == "transitive" else None
    if after is None:
        return None
    offsets = doc._.offsets
    start, mark = offsets[verb.i][1], offsets[after - 1][1]
    end = max(clause_characters(verb)[1], clause_characters(doc[after])[1])
    people = sorted(actors, key=lambda m: m.start)
    hosts = [m for m in people if start <= m.start < mark]
    # the people of the clause after «كلاً على حدة» (a name kg cuts short breaks no list),
    # when they start right after it, not past another phrase («ضيفيه، كلاً على حدة، بمراسم»)
    guests = [m for m in people if mark <= m.start < end and m.entity.type == "Person"]
    if guests and not _styles_only(doc._.article.text[mark : guests[0].start]):
        guests = []
    if not hosts:
        # «وكان X قد استقبل، كلاً على حدة، …», or the subject of the clause before
        hosts = governing_subjects(doc, verb, actors) or missing_subject(
            doc, sentence, verb, Roles(), actors
        )
    hosts = [m for m in hosts if m not in guests]
    if not hosts or not guests:
        return None
    sides = (entities(hosts), entities(guests))
    return Reading(sides, (), f"meeting-{trigger.lemma}-each", 0.7)


def _styles_only(gap: str) -> bool:
    """Whether the words between «كلاً على حدة» and the first guest are only styles, titles and
    list glue («، سمو الأمير، وصاحب»), not another phrase («، بمراسم رسمية …»)."""
    words = normalize(gap).replace("،", " ").replace(",", " ").split()
    bare = (word.removeprefix("و") for word in words)
    return all(not w or a_style(w) or w == _COURT_STYLE for w in bare)


_COURT_STYLE = "حضره"  # «حضرة صاحب الجلالة»: a style only before another one


def _among_the_other_side(
    doc: Doc, side_a: list[Mention], side_b: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """«اجتمع X بقادة حركة حماس، بينهم Y»: Y, named «among them» after the other side, is one
    of its people, though the parse took him for the verb's subject."""
    if not side_b:
        return side_a, side_b
    text, last = doc._.article.text, max(m.end for m in side_b)
    among = []
    for mention in (m for m in side_a if m.start > last):
        words = normalize(text[last : mention.start]).replace("،", " ").split()
        opened = any(
            tuple(words[i : i + len(opener)]) == opener
            for opener in AMONG_THEM
            for i in range(len(words))
        )
        if len(words) <= _AMONG_REACH and opened:
            among.append(mention)
    return [m for m in side_a if m not in among], side_b + among


_AMONG_REACH = 10  # words from the other side to the name: «في الدوحة، بينهم رئيس مجلس شورى …»


def _dual_named(
    doc: Doc, trigger: Token, actors: list[Mention]
) -> tuple[tuple[Entity, ...], ...] | None:
    """The two people a dual title names right after it, «و» between them, in the clause
    before the trigger («الرئيسان السيسي وحسن شيخ محمود», «الوزيران X و Y»)."""
    first, _ = clause_of(trigger)
    text, offsets = doc._.article.text, doc._.offsets
    people = sorted((m for m in actors if m.entity.type == "Person"), key=lambda m: m.start)
    for token in doc[first : trigger.i]:
        if without_conjunction(doc._.folded[token.i]) not in _DUALS:
            continue
        after = [m for m in people if m.start >= offsets[token.i][1]][:2]
        if (
            len(after) < 2
            or after[1].end > offsets[trigger.i][0]
            or after[0].entity == after[1].entity
        ):
            return None
        gaps = (text[offsets[token.i][1] : after[0].start], text[after[0].end : after[1].start])
        if gaps[0].strip() or normalize(gaps[1]).strip() != "و":
            return None
        return (after[0].entity,), (after[1].entity,)
    return None


# «الرئيسان», «الوزيران», «الزعيمان» … (folded, nominative and oblique): a dual title
_DUALS = {
    stem + ending
    for stem in ("الرييس", "الوزير", "الزعيم", "العاهل", "الامير", "الملك", "القايد")
    for ending in ("ان", "ين")
}


def _each_received(
    doc: Doc, verb: Token, actors: list[Mention]
) -> tuple[tuple[Entity, ...], ...] | None:
    """«واستقبل كلاً منهما … Z»: «كلاً منهما» right after the verb is its object, the two
    people named last before it, and the first person after it its subject: the host's side
    and his guests' (None when the sentence does not read so)."""
    if not _each_of_them(doc, verb, _EACH_RIGHT_AFTER).startswith(_EACH_OF_THEM):
        return None
    start, end = doc._.offsets[verb.i][0], doc._.offsets[verb.i][1]
    people = sorted((m for m in actors if m.entity.type == "Person"), key=lambda m: m.start)
    before = [m for m in people if m.end <= start]
    after = [m for m in people if m.start >= end and m.end <= doc._.offsets[verb.sent.end - 1][1]]
    guests = list(dict.fromkeys(m.entity for m in before[-2:]))
    if len(guests) != 2 or not after or after[0].entity in guests:
        return None
    return (after[0].entity,), tuple(guests)


def _each_of_the_two(doc: Doc, verb: Token, with_them: bool = False) -> bool:
    """Whether «كلا منهما» («each of the two») follows the verb within a few words (the
    tokenizer may cut «هما» off «من»); `with_them`: after «مع» («بحث X الملف مع كل منهما»)."""
    text = _each_of_them(doc, verb, _EACH_WITH_REACH if with_them else _EACH_REACH)
    return any(f" مع{each}" in text if with_them else each in text for each in _EACH_OF_THEM)


def _each_of_them(doc: Doc, verb: Token, reach: int) -> str:
    """The folded words after the verb, up to `reach`, with «من | هما» joined again."""
    words = doc._.folded[verb.i + 1 : end_in_sentence(verb, verb.i + reach)]
    return f" {' '.join(words)} ".replace(" من هما ", " منهما ")


_EACH_OF_THEM = (" كلا منهما ", " كل منهما ")  # folded «كلاً منهما», «كلٌّ منهما»
_EACH_REACH = 10  # the verb, its subject with a title, then «كلاً منهما»
_EACH_WITH_REACH = 14  # and a topic before «مع»: «بحث X ملف السد مع كل منهما»
_EACH_RIGHT_AFTER = 4  # «واستقبل كلاً منهما» (the tokenizer may cut «منهما» in two)


def _between_later(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """The first actor after the «بين» that ends a relative clause on the noun, if no other
    meeting word comes first: the head of a «بين» list that is the noun's."""
    lexicon = triggers()
    relative: Token | None = None  # «استضافتها …»: a relative clause before the «بين»
    for word in doc[noun.i + 1 : end_in_sentence(noun, noun.i + _BETWEEN_REACH)]:
        found = lexicon.of(word)
        if found is not None and found.family == "meeting" and found.frame not in SUPPORT_FRAMES:
            return []  # another meeting's «بين»; not «استضافتها», which hosts this one
        if relative is None and word.dep_.startswith("acl") and word.head.i == noun.i:
            relative = word
        if doc._.folded[word.i] != "بين":
            continue
        # after the relative clause, not right after a noun, whose «بين» it is («وتناولت
        # المحادثات، التي جرت …، التنسيق بين الجزائر وسلوفينيا»)
        if relative is None or doc[word.i - 1].pos_ == "NOUN" or _among(word):
            return []
        start = doc._.offsets[word.i][1]
        return sorted((m for m in actors if m.start >= start), key=lambda m: m.start)[:1]
    return []


_BETWEEN_REACH = 16  # words: a relative clause on the noun before its «بين»


def _among(between: Token) -> bool:
    """«من بينها», «بينهما»: among them, between them; no list of sides follows."""
    doc = between.doc
    following = doc[between.i + 1] if between.i + 1 < len(doc) else None
    after_from = between.i > 0 and doc._.folded[between.i - 1] == "من"
    return after_from or (following is not None and following.pos_ == "PRON")


def _hosted_by_a_place(found: Roles, support: tuple[Token, Trigger] | None) -> bool:
    """A meeting with participants but no owner, held under no verb or hosted by a city
    («احتضنت العاصمة طهران القمة»): no one but the participants holds it."""
    hosted = support is not None and support[1].frame == "host"
    if found.owners or found.between or (support is not None and not hosted):
        return False
    return all(m.entity.type == "City" for m in found.subjects + found.objects + found.loose)


def _with_right_after(noun: Token) -> bool:
    following = noun.i + 1
    return following < noun.sent.end and noun.doc._.folded[following] == "مع"


def _people(mentions: list[Mention]) -> list[Mention]:
    """A visit is a meeting with the people visited, not with the country toured."""
    return [m for m in mentions if m.entity.type == "Person"]


def _named_past_where_and_when(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """«خلال استقباله في بغداد اليوم الأحد وزير الخارجية X»: the person named after a meeting
    noun and its pronoun past where and when it was, whom the parse may hang under the day's
    name; none past any other word."""
    text = doc._.article.text
    start = doc._.offsets[noun.i][1]
    after = sorted((m for m in actors if m.start >= start), key=lambda m: m.start)
    person = next((m for m in after if m.entity.type == "Person"), None)
    if person is None:
        return []
    where = PLACES | {"State"}
    if any(m.end <= person.start and m.entity.type not in where for m in after):
        return []  # another actor first
    gap = text[start : person.start]
    places = (m for m in doc._.mentions if m.entity.type in where)
    for place in (m for m in places if start <= m.start and m.end <= person.start):
        gap = gap.replace(text[place.start : place.end], " ")
    return [person] if set(normalize(gap).split()) <= _WHERE_AND_WHEN else []


_WHERE_AND_WHEN = TIME_WORDS | {"في", "ب", "ه", "ها"}  # folded


def _noun_sides(
    doc: Doc,
    token: Token,
    found: Roles,
    support: tuple[Token, Trigger] | None,
    actors: list[Mention],
    trigger_frame: str,
) -> tuple[list[Mention], list[Mention]]:
    """A meeting noun's sides: «بين X و Y»; its owners (or the subject of the verb that holds
    it) against whoever «مع» names. The subject and object of another verb in the clause
    («وأكد وفد حماس خلال اللقاء التزام …») are not the noun's."""
    if found.between:
        return conjuncts(doc, between_list(doc, found.between, actors))
    if not found.owners and not found.partners and dual_owner(token):
        # «خلال لقائهما», «عقب مباحثات بينهما»: the two, not one owner its pronoun names
        return the_two(doc, token, actors)
    if found.owners and _with_right_after(token):
        # «عقد لقاء مع الرؤساء الثلاثة، عون ورئيس مجلس النواب …»: no genitive owner past
        # «مع», however the parse hung the list
        found.partners.extend(found.owners)
        found.owners.clear()
    if not found.owners and not found.partners and (pronoun_child(token) or glued_pronoun(token)):
        found.owners = _named_past_where_and_when(doc, token, actors)
    if found.owners and (
        glued_pronoun(token)
        or suffixed_pronoun(token)
        or pronoun_child(token)
        or taken_part_in(token)
    ):
        # «بعد يوم من لقائه الرئيس الصيني», «لدى استقباله شافيز», «خلال استقباله وزيرَ
        # الخارجية»: the pronoun owns the meeting (a noun takes one owner), the name after it
        # is whom he met
        found.partners.extend(found.owners)
        found.owners.clear()
        # «النائب X بعد لقائه الرئيس Y: …», «كتلة X بعد لقائها الرئيس Y»: in a line without
        # a verb, the one person or body named before
        owners = governing_subjects(doc, token, actors) or the_one_named_before(
            doc, token, actors, _OWNER_KINDS
        )
    else:
        owners = found.owners or pronoun_owner(doc, token, actors)
        owners = owners or lam_owners(doc, token, actors)
    if not owners and found.partners and (support is None or unnamed_relative(token, support)):
        # «أشار باول خلال المحادثات مع الرئيس السوري», «طرح الوفد خلال المباحثات التي
        # عقدها مع X»: whoever the clause is about held them
        owners = governing_subjects(doc, token, actors)
    frame = support[1].frame if support else None
    if not owners and found.partners and frame == "attend":
        # «ترأس X وفد بلاده في المحادثات مع Y»: who chairs talks «مع» Y, or heads a
        # delegation in them, meets Y
        owners = found.subjects or governing_subjects(doc, token, actors)
    if not owners and found.partners and (glued_pronoun(token) or pronoun_child(token)):
        owners = previous_subject(doc, token.head)
    subjects = found.subjects if frame == "light" else []
    if frame == "light" and not (subjects or owners or found.partners or found.objects):
        # «ثم عقد الرئيسان جلسة»: the parse left the dual subject loose; «توجه الرئيسان إلى
        # القصر، ثم عقدا جلسة مباحثات»: a dual verb's subject is the two named before it
        pair = [m for m in found.loose if m.rule == "dual-anaphor"]
        # «عقد الملك X والرئيس Y، اليوم في عمان، قمة ثنائية»: names «و» joins between the
        # verb and its noun, left loose
        after_verb = [m for m in found.loose if m.start >= doc._.offsets[support[0].i][1]]
        joined = _before_the_noun(doc, token, after_verb)
        joined = joined if len(joined) > 1 and all_joined(doc, joined) else []
        subjects = pair if _the_two(pair) else joined or _the_two_before(doc, support[0], actors)
    chairs = chaired_by(doc, token, subjects + found.objects + owners) if frame == "light" else []
    subjects, owners = (
        [m for m in subjects if m not in chairs],
        [m for m in owners if m not in chairs],
    )
    objects = [m for m in found.objects if m not in chairs]
    if frame == "light" and not subjects and all_joined(doc, objects):
        subjects = objects  # «عقدت حركتا فتح وحماس لقاء»: the parse took them for objects
    elif frame == "light" and not subjects and (before := _before_the_noun(doc, token, objects)):
        # «عقد سموه لقاءً مع X»: the verb's object is the meeting noun; a name between the two
        # is the subject the parse took for a second object
        subjects = before
    elif frame == "light" and subjects and all_joined(doc, subjects[-1:] + objects[:1]):
        subjects = subjects + objects  # «عقد الطرفان التركي والسوري اجتماعا»: the same
    if frame == "host":  # «استضاف الرئيس الوفد»: a reception; «استضافت الرباط اجتماع»: a place
        subjects = [m for m in found.subjects if m.entity.type != "City"]
        if not subjects:
            # «واستضاف رئيس المجلس العسكري … الجنرال X القمة»: the parse took the host for
            # the verb's object and hung the summit under his name
            noun_start = doc._.offsets[token.i][0]
            subjects = [
                m for m in found.objects if m.entity.type == "Person" and m.end <= noun_start
            ]
    if frame == "open" and not found.partners:
        # «افتتح الملك X … القمة … بحضور الرؤساء A و B»: the parse left those attending loose
        found.partners.extend(m for m in taking_part(doc, token, actors) if m in found.loose)
    if frame == "open" and found.partners:
        # «افتتح الرئيس أعمال المؤتمر بمشاركة X و Y»: who opens it hosts those taking part
        # (an «object» before the noun the verb opens is its subject, the parse mistaken)
        before = [m for m in found.objects if m.end <= doc._.offsets[token.i][0]]
        subjects = [m for m in found.subjects or before if m.entity.type == "Person"]
    if frame == "attend" and found.partners:
        # «ترأس X مع Y اجتماع المجلس», «شارك X مع Y في القمة»: both were there
        subjects = [m for m in found.subjects if m.entity.type == "Person"]
    if frame == "attend" and found.partners and subjects:
        # «ترأس X قمة المجموعة بحضور A و B»: the body whose summit it is holds it, and its
        # chair met those who attended
        owners = [m for m in owners if m.entity.type not in BODIES]
    first = subjects + [m for m in owners if m not in subjects]
    # «أقام X مراسم استقبال رسمية للرئيس Y»: whom «ل» names, the parse may also take for the
    # verb's object; he is the other side, not one with X
    first = [m for m in first if m not in found.partners]
    if trigger_frame == "visit":  # «قام X بزيارة لوزير الخارجية»
        if any(_destination(doc, m) for m in first):
            # «في أول زيارة للرئيس التركي إلى مصر»: a trip («ل» the visitor), no host named
            return [], []
        return first, _people(found.partners)
    held_by_bodies = bool(first) and all(m.entity.type in BODIES for m in first)
    if held_by_bodies and all_attending(doc, found.partners, token):
        return first + found.partners, []  # «القمة العربية بمشاركة الرئيس X»: one meeting
    if owners and not subjects and held_by_bodies:
        return first, found.partners  # «القمة المشتركة لمنظمة X وجامعة Y»: held by both
    if not found.partners and frame in ("light", "passive", None):
        # «لقاء فيدان وهنية», «جرت محادثات X و Y»; «برئاسة A و B»: one chair on each side
        return with_chairs(coordinated_sides(doc, first), chairs)
    return first, found.partners


_OWNER_KINDS = frozenset({"Person", "Organization"})  # who «ه» or «ها» on a meeting noun is
