"""Where a meeting was held: a city or place the clause links by a place preposition.

A place counts when «في» or «ب» introduces it, directly or through «العاصمة (X)» / «مدينة»
(«في العاصمة الموريتانية نواكشوط», «بمدينة إسطنبول», «بالدوحة»), in the trigger's clause or
in a fronted phrase before it («وفي القاهرة، التقى …»); or when it hosts the meeting («استضافت
الرباط اجتماع لجنة القدس»). A place inside what the talks were about («بحثا الأوضاع في
حلب», «مستقبل غزة») is a topic, not where they met.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import clause_of
from kg.extract.grammar import head_token, path_of, where_clause
from kg.extract.sentence import Sentence
from kg.extract.triggers import triggers, visit_word
from kg.lang.ar.dates import SIDELINES
from kg.lang.ar.meetings import DATING_WORDS, RECEIVING, RELATIVES
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.orthography import CLAUSE_MARKS
from kg.lang.ar.places import (
    COMING_FROM,
    COMING_FROM_REACH,
    LIST_OPENER,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PORT_NOUNS,
    REGIONS,
    TOPIC_WORDS,
)
from kg.lang.ar.words import ARRIVING, GOING, TITLE_HEADS, TO
from kg.normalize import normalize, normalize_with_offsets, original_span
from kg.types import Entity, Event, Mention

PLACE_TYPES = {"City", "Place"}  # a territory named with a meeting is mostly its topic
_HOST_FRAMES = {"host"}


def place_of(doc: Doc, sentence: Sentence, trigger: Token, anchor: Token) -> Entity | None:
    """The place where the meeting `trigger` reports was held, if the sentence says; a
    meeting named only to date another event («يستقبل مودي في برازيليا غداة قمة بريكس»)
    has none there but in its own phrase («قبيل الاجتماع الأخير لأوبك في فيينا»)."""
    if trigger.i > 0 and normalize(doc[trigger.i - 1].text) in DATING_WORDS:
        return _in_its_phrase(doc, sentence, trigger)
    # the verb that holds the meeting, or one up the tree: «استضافت الرياض قمة جمعت …», or
    # a relative clause's on the noun: «القمة الأولى التي استضافتها بروكسل»
    relatives = [c for c in trigger.children if c.dep_.startswith("acl") and c.i > trigger.i]
    candidates = [anchor, *list(trigger.ancestors)[:3], *relatives]
    hosts = (_host_city(doc, sentence, verb) for verb in candidates)
    host = next((city for city in hosts if city is not None), None)
    if host is not None:
        return host
    clause_first, clause_end = _clause_bounds(doc, sentence, trigger, anchor)
    trigger_start = doc._.offsets[trigger.i][0]
    dated_from = dated_by_a_meeting_from(doc, trigger)
    dated_from = min(filter(None, (dated_from, _after_another_event(doc, trigger))), default=None)
    accepted = []
    for mention in sentence.mentions:
        if mention.entity.type not in PLACE_TYPES or _a_continent(mention):
            continue
        if _in_a_title(doc._.article.text, mention):
            continue  # «ولي عهد أبوظبي», «حاكم دبي»: a title's place, not the meeting's
        if dated_from is not None and mention.start > dated_from:
            continue  # «…، غداة لقاء X في القدس»: where the meeting that dates it was held
        head = head_token(doc, mention)
        if head is None or not clause_first <= head.i < clause_end:
            continue
        if _is_meeting_place(doc, mention, [trigger, anchor]):
            accepted.append(mention)
    later = [m for m in accepted if m.start >= trigger_start]
    text = doc._.article.text
    places = [m for m in sentence.mentions if m.entity.type in PLACE_TYPES]
    fronted = [m for m in places if m.start < trigger_start and _fronted(text, sentence, m)][:1]
    chosen = fronted or later[:1] or accepted[-1:]
    if chosen and chosen[0].entity.type != "City":
        # «في قصر السلام بجدة»: a venue, then the city it stands in
        chosen = _city_of_the_venue(doc._.article.text, chosen[0], sentence.mentions) or chosen
    chosen = chosen or _the_city_in_it(doc, sentence, anchor)
    chosen = chosen or _where(doc, sentence, anchor) or _held_before(doc, sentence, anchor)
    chosen = (
        chosen
        or _visited_during(doc, sentence, anchor)
        or _on_its_sidelines(doc, sentence, trigger)
    )
    chosen = chosen or _arrived_in(doc, sentence, trigger) or _travelled_to(doc, sentence, trigger)
    if chosen:
        return chosen[0].entity
    return _the_same_city(doc, trigger, clause_first, clause_end) or _on_the_sidelines(
        doc, sentence, trigger
    )


def _the_city_in_it(doc: Doc, sentence: Sentence, verb: Token) -> list[Mention]:
    """«قادماً من أبوظبي، التي استهل بها جولته، وأجرى فيها محادثات مع X»: «فيها» right after
    the verb, past a relative clause on a city (the last city named before the verb), is that
    city."""
    words = doc._.folded
    if words[verb.i + 1 : verb.i + 3] != ["في", "ها"]:
        return []
    text, start = doc._.article.text, doc._.offsets[verb.i][0]
    cities = [m for m in sentence.mentions if m.entity.type == "City" and m.end <= start]
    if not cities:
        return []
    after = normalize(text[cities[-1].end : start]).lstrip(" ،,").split()
    return cities[-1:] if after[:1] and after[0] in RELATIVES else []


def _the_same_city(doc: Doc, trigger: Token, first: int, end: int) -> Entity | None:
    """«قبل أن يجتمع مصطفى في المدينة نفسها بوزراء …»: «in the same city» of the meeting's
    clause is where the meeting told last before it was held, else the city the article
    named last before it («باعتراف أوسلو» is Norway's doing, no place: the meeting's city
    comes first)."""
    start, stop = doc._.offsets[first][0], doc._.offsets[end - 1][1]
    folded, offsets = normalize_with_offsets(doc._.article.text[start:stop])
    match = _SAME_CITY.search(folded)
    if match is None:
        return None
    before = start + original_span(offsets, *match.span())[0]
    held = [
        e.location
        for e in doc._.events
        if e.kind == "Meeting" and e.location is not None and e.location.type == "City"
    ]
    cities = [m.entity for m in doc._.mentions if m.entity.type == "City" and m.end <= before]
    return (held or cities or [None])[-1]


# «في المدينة نفسها», «في العاصمة ذاتها», «في نفس المدينة» (folded)
_SAME_CITY = re.compile(
    r"(?<!\w)(?:في|وفي|ب)\s+(?:(?:المدينه|العاصمه)\s+(?:نفسها|ذاتها)|(?:نفس|ذات)\s+(?:المدينه|العاصمه))(?!\w)"
)


def _on_its_sidelines(doc: Doc, sentence: Sentence, trigger: Token) -> list[Mention]:
    """«دعت السعودية اللجنة إلى اجتماع مماثل في جدة، التقى على هامشه X Y»: a meeting on the
    sidelines «ه» stands for is held where the meeting noun before it in the sentence was,
    the place «في» or «ب» names right after that noun."""
    folded = doc._.folded
    first = max(sentence.span.start, trigger.i - _SIDELINES_REACH)
    window = range(first, min(trigger.i + 3, len(doc) - 1))
    sidelines = next(
        (
            i
            for i in window
            if folded[i] in _ITS_SIDELINES
            or (folded[i] == _SIDELINES_WORD and doc[i + 1].pos_ == "PRON")
        ),
        None,
    )
    if sidelines is None:
        return []
    nouns = triggers().nouns
    noun = next(
        (i for i in range(sidelines - 1, sentence.span.start - 1, -1) if nouns.lookup(doc[i].text)),
        None,
    )
    if noun is None:
        return []
    start, end = doc._.offsets[noun][1], doc._.offsets[sidelines][0]
    text = doc._.article.text
    return [
        m
        for m in sentence.mentions
        if m.entity.type in PLACE_TYPES
        and start <= m.start < end
        and normalize(text[start : m.start]).split()[-1:] in (["في"], ["ب"], [])
    ][:1]


_SIDELINES_WORD = "هامش"  # «هامش | ه»: the tokenizer may cut the pronoun off
_ITS_SIDELINES = {_SIDELINES_WORD + pronoun for pronoun in ("ه", "ها")}  # folded
_SIDELINES_REACH = 4  # «التقى على هامشه»: words back from the trigger to «هامشه»


def _after_another_event(doc: Doc, trigger: Token) -> int | None:
    """Where an event that dates the meeting is told after it («… اجتماعاً استثنائياً بطلب
    من إيران، بعد اغتيال X في طهران»): the character its noun starts at; a place past it is
    where that event was. An arrival or a return («بعد وصوله إلى الرياض») is not such an
    event: the meeting is where the trip went."""
    folded = doc._.folded
    for i in range(trigger.i + 1, min(trigger.sent.end, len(doc)) - 1):
        if without_conjunction(folded[i]) not in _AFTER_EVENTS or doc[i + 1].pos_ != "NOUN":
            continue
        noun = folded[i + 1]
        if triggers().nouns.lookup(doc[i + 1].text) is None and noun not in GOING:
            return doc._.offsets[i + 1][0]
    return None


_AFTER_EVENTS = {"بعد", "عقب", "اثر"}  # folded: «بعد اغتيال», «عقب تفجير», «إثر مقتل»


def _in_a_title(text: str, mention: Mention) -> bool:
    """Whether a title's head word stands right before the place («ولي عهد أبوظبي», «أمير
    منطقة مكة المكرمة», «حاكم دبي»)."""
    before = normalize(text[max(0, mention.start - _TITLE_CHARS) : mention.start]).split()
    return bool(before) and without_conjunction(before[-1]) in _TITLE_WORDS


_TITLE_CHARS = 12  # «ولي عهد », «ومحافظ »
_TITLE_WORDS = TITLE_HEADS | {"عهد", "منطقه"}  # «ولي عهد», «أمير منطقة» (folded)


def _on_the_sidelines(doc: Doc, sentence: Sentence, trigger: Token) -> Entity | None:
    """«على الهامش: عقد X لقاءات ثنائية», «على هامش القمة», «وشارك في القمة X»: a meeting on
    the sidelines of the one told before, or that one told again, whose sentence names no
    place, is held where that one was."""
    occasion = occasion_before(doc, sentence, lambda e: e.location is not None, trigger)
    return occasion.location if occasion is not None else None


def occasion_before(
    doc: Doc, sentence: Sentence, told: Callable[[Event], bool], trigger: Token
) -> Event | None:
    """The meeting told before (with what `told` asks of it) on whose sidelines the sentence
    is («على هامش القمة»: the last summit, else the last meeting; «على الهامش»: the last
    meeting), or which the trigger tells again («وشارك في القمة X»: the bare noun with the
    article), or None."""
    sidelines = _SIDELINES.search(normalize(doc._.article.text[sentence.start : sentence.end]))
    if sidelines is not None:
        occasion = sidelines.group("occasion") or ""
    elif _the_occasion_again(doc, trigger):
        occasion = doc._.folded[trigger.i]
    else:
        return None
    before = [
        e
        for e in doc._.events
        if e.kind == "Meeting" and e.evidence.sentence_start < sentence.start and told(e)
    ]
    lemma = triggers().nouns.lookup(occasion)
    named = [e for e in before if lemma is not None and e.rule.startswith(f"meeting-{lemma}")]
    return (named or before or [None])[-1]


def _the_occasion_again(doc: Doc, trigger: Token) -> bool:
    """Whether a meeting noun names the occasion told before: an occasion's noun with the
    article and nothing of its own after it («وشارك في القمة الملك …», «وحضر الاجتماع X»),
    not «القمة العربية» nor «الاجتماع الذي …», which may be another."""
    word = without_conjunction(doc._.folded[trigger.i]).removeprefix("ب")
    if word not in _OCCASIONS:
        return False
    after = doc[trigger.i + 1] if trigger.i + 1 < len(doc) else None
    return after is None or (after.pos_ != "ADJ" and after.dep_ != "acl:relcl")


# the occasions a story goes on about by their bare noun (folded)
_OCCASIONS = {"القمه", "الاجتماع", "المؤتمر", "الاجتماعات", "الجلسه", "الدوره", "المنتدي"}


_SIDELINES = re.compile(rf"(?<!\w)[وف]?(?:{SIDELINES})(?!\w)")


def _fronted(text: str, sentence: Sentence, place: Mention) -> bool:
    """«وفي الرياض، التقى X …», «وقبل ذلك بأشهر، هنا في العقبة، استضاف X»: the place a
    sentence opens with (or a phrase of its own set off by commas before the verb), is where
    all it tells happened, whatever place its topic names later («… في البحر الأحمر»)."""
    opening = re.split("[،,]", normalize(text[sentence.start : place.start]))[-1].split()
    return opening in _FRONTING and text[place.end :].lstrip().startswith(("،", ","))


_FRONTING = (["في"], ["وفي"], ["هنا", "في"], ["وهنا", "في"])  # folded


def _city_of_the_venue(text: str, venue: Mention, mentions: list[Mention]) -> list[Mention]:
    """The city named right after a venue, with «ب» or «في» («قصر السلام بجدة»)."""
    return [
        m
        for m in mentions
        if m.entity.type == "City"
        and m.start >= venue.end
        and normalize(text[venue.end : m.start]).strip(" ،,") in _IN_A_CITY
    ][:1]


_IN_A_CITY = {"ب", "في", "بمدينه", "في مدينه"}  # folded


def _arrived_in(doc: Doc, sentence: Sentence, trigger: Token) -> list[Mention]:
    """«الرئيس X يصل إلى مطار نواكشوط، وكان في استقباله Y»: a reception is held where the
    guest arrived, the place «إلى» names after a verb of going earlier in the sentence."""
    row = triggers().of(trigger)
    if row is None or (row.lemma not in RECEIVING and row.lemma != _RECEPTION):
        return []
    folded = doc._.folded
    going = next((t for t in doc[sentence.span.start : trigger.i] if folded[t.i] in GOING), None)
    if going is None:
        return _arrived_before(doc, sentence) if row.lemma == _RECEPTION else []
    return _gone_to(doc, sentence, doc._.offsets[going.i][1], doc._.offsets[trigger.i][0])


def arrival_before(doc: Doc, sentence: Sentence) -> Span | None:
    """The sentence before, when it tells an arrival («حطت طائرة X في الرياض …», «وصل X …»),
    which a reception the sentence opens with («وكان في استقباله Y») follows."""
    if sentence.span.start == 0:
        return None
    before = doc[sentence.span.start - 1].sent
    words = {without_conjunction(w) for w in doc._.folded[before.start : before.end]}
    return before if words & ARRIVING else None


def _arrived_before(doc: Doc, sentence: Sentence) -> list[Mention]:
    """«حطت طائرة X في مطار الرياض. وكان في استقباله Y»: the one city of an arrival the
    sentence before tells."""
    before = arrival_before(doc, sentence)
    if before is None:
        return []
    start, end = doc._.offsets[before.start][0], doc._.offsets[before.end - 1][1]
    cities = {
        m.entity: m for m in doc._.mentions if start <= m.start < end and m.entity.type == "City"
    }
    return list(cities.values()) if len(cities) == 1 else []


_RECEPTION = "استقبال"


def _travelled_to(doc: Doc, sentence: Sentence, trigger: Token) -> list[Mention]:
    """«زار X الرياض، واستقبله Y», «قام X بزيارة إلى الرياض أجرى فيها مباحثات مع Y», «وصل
    X إلى الرياض، والتقى Y»: a meeting the sentence tells after a trip, and places nowhere
    else, is held in the city the trip went to («إلى», or the city a visit verb takes)."""
    folded = doc._.folded
    for token in doc[sentence.span.start : trigger.i + 1]:
        visit = visit_word(token)
        if not visit and folded[token.i] not in GOING:
            continue
        # the trip the trigger itself tells («زار X الرياض»): up to the sentence's end
        bound = sentence.end if token.i == trigger.i else doc._.offsets[trigger.i][0]
        gone = _gone_to(doc, sentence, doc._.offsets[token.i][1], bound)
        if visit and not gone:
            gone = [
                m
                for m in sentence.mentions
                if m.entity.type == "City" and m.end <= bound and _visited(doc, sentence, m, token)
            ]
        if gone:
            return gone[:1]
    return []


def _visited(doc: Doc, sentence: Sentence, city: Mention, verb: Token) -> bool:
    """Whether the city is what the visit verb takes, right after it or after its subject
    («زار الرئيس X الرياض»: the parse often hangs the city under the name)."""
    text = doc._.article.text
    verb_end = doc._.offsets[verb.i][1]
    if verb_end <= city.start and not text[verb_end : city.start].strip():
        return True
    return any(
        person.entity.type == "Person"
        and verb_end <= person.start
        and person.end <= city.start
        and not text[person.end : city.start].strip()
        and not any(mark in text[verb_end : person.start] for mark in CLAUSE_MARKS)
        for person in sentence.mentions
    )


def _visited_during(doc: Doc, sentence: Sentence, verb: Token) -> list[Mention]:
    """«اختتم X زيارة رسمية إلى العاصمة التركية أنقرة، التقى خلالها Y»: a meeting during the
    visit the sentence told before is held where the visit went; so is one in the clause «و»
    joins to it («…، وعقد جلسة مباحثات منفصلة مع Z»)."""
    first, end = clause_of(verb)
    while first > sentence.span.start + 1 and doc._.folded[first] == "و":
        first = clause_of(doc[first - 2])[0]  # «…، وعقد»: back to the clause before «،»
    folded = doc._.folded
    # «خلالها», which the tokenizer may cut before its pronoun
    if not any(
        folded[i] in _DURING_IT or (folded[i] == _DURING and doc[i + 1].pos_ == "PRON")
        for i in range(first, min(end, len(doc) - 1))
    ):
        return []
    visit = next((t for t in doc[sentence.span.start : first] if visit_word(t)), None)
    if visit is None:
        return []
    return _gone_to(doc, sentence, doc._.offsets[visit.i][1], doc._.offsets[first][0])


def _gone_to(doc: Doc, sentence: Sentence, start: int, end: int) -> list[Mention]:
    """The first place between `start` (a verb of going, a visit) and `end` that «إلى» names,
    a place noun and its adjective between them at most («إلى العاصمة التركية أنقرة»)."""
    text = doc._.article.text
    return [
        m
        for m in sentence.mentions
        if m.entity.type in PLACE_TYPES
        and start <= m.start < end
        and TO in normalize(text[start : m.start]).split()[-_TO_REACH:]
    ][:1]


_DURING = "خلال"
_DURING_IT = {_DURING + pronoun for pronoun in ("ها", "ه")}  # «التقى خلالها», «أجرى خلاله»
_TO_REACH = 4  # «إلى العاصمة التركية أنقرة»: «إلى», a place noun and its adjective


def _a_continent(mention: Mention) -> bool:
    """«في القارة الأفريقية», «في أفريقيا»: a continent or a region is no place a meeting is
    held in (a first summit «in the African continent» was held in a city the sentence may not
    name)."""
    label = normalize(mention.entity.label)
    return label.split()[:1] in (["القاره"], ["قاره"]) or label in REGIONS


def _in_its_phrase(doc: Doc, sentence: Sentence, noun: Token) -> Entity | None:
    """A place after a meeting noun that the parse hung under it, by a place preposition."""
    for mention in sentence.mentions:
        head = head_token(doc, mention)
        if mention.entity.type not in PLACE_TYPES or head is None or head.i < noun.i:
            continue
        if noun in head.ancestors and _is_meeting_place(doc, mention, [noun]):
            return mention.entity
    return None


def _where(doc: Doc, sentence: Sentence, verb: Token) -> list[Mention]:
    """«وصل الوزير إلى الدوحة حيث التقى أمير قطر»: a «حيث» clause happens in the place
    named right before «حيث»."""
    if not where_clause(verb):
        return []
    where_start = doc._.offsets[verb.i - 1][0]
    text = doc._.article.text
    return [
        m
        for m in sentence.mentions
        if m.entity.type in PLACE_TYPES and _only_a_date(sentence, text, m.end, where_start)
    ][-1:]


def _held_before(doc: Doc, sentence: Sentence, verb: Token) -> list[Mention]:
    """«عُقدت القمة في الدوحة …، وشارك فيها X»: a meeting attended through «فيها/فيه» was
    held where the verb that held it earlier in the sentence says."""
    following = doc._.folded[verb.i + 1 : verb.i + 3]
    if following[:1] not in (["فيها"], ["فيه"]) and following != ["في", _IT]:
        return []
    lexicon = triggers()
    start = doc._.offsets[verb.i][0]
    for mention in sentence.mentions:
        head = head_token(doc, mention)
        if mention.entity.type not in PLACE_TYPES or mention.end > start or head is None:
            continue
        held = lexicon.of(head.head)
        if held is not None and held.pos == "verb" and held.frame in _HOLDING:
            return [mention]
    return []


_IT = "ها"
_HOLDING = {"passive", "light", "host", "open"}  # «انعقدت/عُقدت في», «استضافت … في», «افتتحت في»


def _only_a_date(sentence: Sentence, text: str, start: int, end: int) -> bool:
    """Whether nothing but marks, and a date with its «في», stands between `start` and `end`
    («زار فياض عمان في السادس من تشرين الأول 2021، حيث استقبله …»)."""
    if start > end:
        return False
    dates = [d for d in sentence.dates if start <= d.start and d.end <= end]
    gap = "".join(
        text[a:b]
        for a, b in zip(
            [start] + [d.end for d in dates], [d.start for d in dates] + [end], strict=True
        )
    )
    words = normalize(gap).replace("،", " ").replace(",", " ").split()
    return all(word in PLACE_PREPOSITIONS for word in words) and len(words) <= len(dates)


def _clause_bounds(doc: Doc, sentence: Sentence, trigger: Token, anchor: Token) -> tuple[int, int]:
    """The trigger's and its anchor's clauses, and a fronted verbless phrase before them."""
    first = min(clause_of(trigger)[0], clause_of(anchor)[0])
    end = max(clause_of(trigger)[1], clause_of(anchor)[1])
    if first > sentence.span.start:
        previous_first, _ = clause_of(doc[first - 1])
        fronted = doc[previous_first:first]
        if not any(t.pos_ in ("VERB", "AUX") for t in fronted):
            first = previous_first
    return first, end


def _is_meeting_place(doc: Doc, mention: Mention, anchors: list[Token]) -> bool:
    text = doc._.article.text
    before = normalize(text[max(0, mention.start - 40) : mention.start])
    words = _without_list_opener(before.split())
    before = " ".join(words)
    if any(word in TOPIC_WORDS for word in words[-3:]) and not _after_a_topic_state(doc, mention):
        return False
    if any(word in COMING_FROM for word in words[-COMING_FROM_REACH:]):
        return False  # «…، العائدة من جولة في حمص»: where she came from
    if before.endswith("ب") or (words and words[-1] in PLACE_PREPOSITIONS):
        return True  # «بالدوحة», «في أنقرة»
    if words and (words[-1] in _SITE_NOUNS or words[-1].startswith(("بال", "بمدينه"))):
        return True  # «العاصمة أنقرة», «بمدينة إسطنبول», «في مطار البصرة الدولي»
    if len(words) >= 2 and words[-2] in PLACE_NOUNS | {"بالعاصمه", "بمدينه"}:
        return True  # «العاصمة القطرية الدوحة»
    if len(words) >= 3 and words[-3] in PLACE_PREPOSITIONS and words[-2] in _ONE_OF:
        return True  # «في أحد فنادق القاهرة», «في إحدى ضواحي الرباط»
    if len(words) >= 2 and words[-1] == TO and words[-2] in _ARRIVALS:
        return True  # «وكان في استقباله لدى وصوله إلى أبوظبي X»: received where he arrived
    if words and words[-1] in _DEPARTURES:
        return True  # «وكان في وداعه لدى مغادرته القاهرة X»: seen off where he left
    if len(words) >= 2 and words[-1] in _VISITING and words[-2] in RELATIVES:
        return True  # «التقى X، الذي يزور الرياض حاليا، بـ Y»: where he is visiting
    path = path_of(doc, mention, stop=anchors)
    if path is None or not path.markers or path.markers[-1] not in PLACE_PREPOSITIONS:
        return False
    return all(normalize(t.text).lstrip("وب") in _SITE_NOUNS for t in path.via[1:])


_SITE_NOUNS = PLACE_NOUNS | PORT_NOUNS  # a place word, or a port named after its city
_ONE_OF = {"احد", "احدي"}  # folded «أحد», «إحدى»: one of (the city's hotels, suburbs)
_ARRIVALS = {"وصوله", "وصولها", "وصولهما", "وصولهم"}  # folded: his (her, their) arrival
_DEPARTURES = {"مغادرته", "مغادرتها", "مغادرتهما", "مغادرتهم"}  # folded: his (…) leaving
_VISITING = {"يزور", "تزور", "يزوران", "تزوران", "يزورون"}  # folded: is visiting


def _after_a_topic_state(doc: Doc, city: Mention) -> bool:
    """«قمتها الاستثنائية بشأن السودان في كمبالا»: a city right after a state the talks were
    about, «في» between, is where they were held (a state's affairs are not in one city)."""
    if city.entity.type != "City":
        return False
    text = doc._.article.text
    return any(
        m.entity.type == "State" and normalize(text[m.end : city.start]).split() == ["في"]
        for m in doc._.mentions
        if m.end <= city.start
    )


def _without_list_opener(words: list[str]) -> list[str]:
    """The words before a place with «كل من» of a list dropped: «في كل من القاهرة وعمان» is
    «في القاهرة …», «بكل من» is «ب»."""
    if len(words) < 2 or words[-1] != LIST_OPENER[1] or not words[-2].endswith(LIST_OPENER[0]):
        return words
    prefix = words[-2].removesuffix(LIST_OPENER[0])
    return words[:-2] + ([prefix] if prefix else [])


def _host_city(doc: Doc, sentence: Sentence, anchor: Token) -> Entity | None:
    """The city that hosts the meeting: the subject of «استضاف/احتضن» when it is a city, or a
    capital named as a state («استضافت الرباط»: the city hosts, the state does not meet)."""
    from kg.extract.triggers import triggers

    trigger = triggers().of(anchor)
    if trigger is None or trigger.frame not in _HOST_FRAMES:
        return None
    # «وكانت كوالالمبور قد استضافت»: the subject of «كان» the host verb completes
    verbs = {anchor.i, anchor.head.i} if anchor.dep_ == "xcomp" else {anchor.i}
    for mention in sentence.mentions:
        path = path_of(doc, mention, stop=[anchor])
        if path is None or path.markers or path.top.head.i not in verbs:
            continue
        if _in_a_title(doc._.article.text, mention):
            continue  # «استضاف X … وولي عهد أبوظبي Y»: the guest's title
        # a verb has no noun modifier: «استضافت العاصمة الإثيوبية» parsed as one is its
        # subject; nor does it host a city («استضافت الرياض قمة», the city read an object)
        if not path.top.dep_.startswith(("nsubj", "obj")) and path.top.dep_ != "nmod":
            continue
        if mention.entity.type in PLACE_TYPES:
            return mention.entity
        if mention.alternative is not None:
            return mention.alternative
    return None


def dated_by_a_meeting_from(doc: Doc, trigger: Token) -> int | None:
    """Where a meeting that dates the trigger's («غداة لقاء», «عشية قمة») is named after it:
    the character its noun starts at. Whatever starts past it is that meeting's."""
    nouns = triggers().nouns
    folded = doc._.folded  # read once: each `doc._` makes a new accessor
    # the trigger's sentence only: its callers read no name past it
    dating = next(
        (
            i
            for i in range(trigger.i + 1, min(trigger.sent.end, len(doc) - 1))
            if folded[i] in DATING_WORDS and nouns.lookup(doc[i + 1].text) is not None
        ),
        None,
    )
    return None if dating is None else doc._.offsets[dating + 1][0]
