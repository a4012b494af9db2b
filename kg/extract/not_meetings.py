"""Triggers that report no meeting: a press conference or the press met, words «received»,
an interview «مع» a paper or its reporter, a sport's fixture, ties «جمع» binds, and media
named with their media word, which report or host an interview and meet no one, and a state
named as where someone is.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.extract.clauses import clause_characters, clause_of
from kg.extract.grammar import said_of
from kg.extract.triggers import TriggerLexicon, triggers
from kg.gazetteer import overlaps
from kg.lang.ar.meetings import (
    ABSENCE_VERBS,
    ACCOMPANY_VERBS,
    AFFILIATION_LINKS,
    AFFILIATIONS,
    CAPACITY,
    CHAIRMANSHIP,
    CORRESPONDENTS,
    ENVOYS,
    HEARINGS,
    LEVEL_WORDS,
    MANNER,
    OUTLET_WORDS,
    PERIODIC,
    PRESS,
    RECEIVED_WORDS,
    SEAT_HOLDERS,
    SPORT_WORDS,
    STADIUMS,
    TAKING_OVER,
    TIE_NOUNS,
    TIME_WORDS,
)
from kg.lang.ar.orthography import CLAUSE_MARKS
from kg.lang.ar.words import (
    DELIVERED_NOUNS,
    HONORIFICS,
    MEDIA_HEADS,
    RANK_GRADES,
    STATE_NOUNS,
    TITLE_HEADS,
    ends_a_title,
)
from kg.lexicon import nouns, verbs
from kg.mention_spans import end_in_sentence, start_in_sentence, starts_a_sentence
from kg.normalize import normalize
from kg.person_names import last_words, names_an_institution_at
from kg.schema import BODIES
from kg.types import Mention

# A line's opening place and the dash after it («الدوحة - », «رام الله – »).
_DATELINE = re.compile(r"\s*[^\s\-–—:،]+(?: [^\s\-–—:،]+)?\s*[\-–—]\s*")
_TIES = nouns(**{forms[0]: forms for forms in TIE_NOUNS})
# Words passed over on the way to the first word after a trigger.
_TIME_OR_MANNER = frozenset(TIME_WORDS | MANNER)


def sport_word(token: Token, lexicon: TriggerLexicon) -> bool:
    """A word only sport uses: «على ملعب» (a pitch; «في ملعب» may hold a mass or a rally),
    «مباراة», «المنتخب»; «الدوري» as an adjective is «periodic» («اجتماعه الدوري»), also when
    the parse tags it a noun after a meeting noun and its pronoun («اجتماعهم الدوري»)."""
    word = normalize(token.text)
    if word in STADIUMS:
        return token.i > 0 and normalize(token.doc[token.i - 1].text) == "علي"  # «على ملعب»
    if word not in SPORT_WORDS or token.pos_ == "ADJ":
        return False
    before = [t for t in token.doc[max(0, token.i - 2) : token.i] if t.pos_ != "PRON"]
    return not (word in PERIODIC and before and lexicon.nouns.lookup(before[-1].text))


def binds(verb: Token) -> bool:
    """«العلاقات التي تجمع البلدين», «اتفاق تجارة حرة يجمع بين X و Y»: «جمع» said of ties or
    a pact (its subject, or the noun its relative clause qualifies, and that noun's head)
    binds what it names; it brings no one together at a meeting."""
    words = said_of(verb)
    if verb.dep_.startswith("acl"):
        words.append(verb.head.head)  # «اتفاق تجارة حرة يجمع»: hung under «تجارة»
    if any(word.pos_ == "NOUN" and _TIES.lookup(word.text) for word in words):
        return True
    # «وتجمع مصر واليونان وقبرص عضوية منتدى غاز شرق المتوسط»: a tie named right after the
    # names (before any preposition, clause or meeting noun), whatever the parse made of it
    lexicon = triggers()
    doc = verb.doc
    for word in doc[verb.i + 1 : min(verb.i + _TIE_REACH, verb.sent.end)]:
        if word.pos_ in _CLAUSE_TAGS or normalize(word.text).startswith("ل"):
            return False
        spans = ((m.start, m.end) for m in doc._.mentions)  # a tie word in a name is none
        if _TIES.lookup(word.text) and not overlaps(doc._.offsets[word.i], spans):
            return True
        if (row := lexicon.of(word)) is not None and row.family == "meeting":
            return False
    return False


_TIE_REACH = 10  # «تجمع البلدين أيضا عضوية»: the names, an adverb and the tie
_CLAUSE_TAGS = {"ADP", "SCONJ", "VERB", "AUX", "PUNCT"}


def medium(doc: Doc, mention: Mention) -> bool:
    """A paper, channel or agency the tables know, named with its media word («وكالة أنباء
    الأناضول», «صحيفة معاريف», «وكالة الأنباء القطرية»), or the outlet of a dateline: it
    reports or hosts an interview, it meets no one."""
    text = doc._.article.text
    before = normalize(text[max(0, mention.start - 20) : mention.start]).split()
    first = normalize(text[mention.start : mention.end]).split()[:2]
    return (
        any(word in MEDIA_HEADS for word in before[-1:] + first)
        or _dateline_outlet(text, mention)
        or _reviewed_outlet(text, mention)
    )


def affiliation(doc: Doc, mention: Mention) -> bool:
    """A body named as what others oppose, back or belong to («قيادات قوى 14 آذار المعارضة
    لحزب الله», «وفد من الجماعات التابعة لحماس», «النائب عن حزب العدالة والتنمية»): it
    describes them and takes no part."""
    text = doc._.article.text
    words = normalize(text[max(0, mention.start - _AFFILIATION_REACH) : mention.start]).split()
    if len(words) < 2:
        return False
    seat = words[-1] == "عن" and words[-2] in SEAT_HOLDERS
    return seat or (words[-1] in AFFILIATION_LINKS and words[-2] in AFFILIATIONS)


_AFFILIATION_REACH = 24  # the adjective and its preposition, glued on the name or not


def no_chair_handed_over(verb: Token, lemma: str) -> bool:
    """«تسلم الرئيس رسالة من نظيره»: a handing-over verb reports a meeting only when what is
    handed over is a chairmanship («تسلم X الرئاسة الدورية للاتحاد من Y»), its object in the
    verb's clause, or, handed by one person to another, a letter or a draft («سلّمت X بري
    مسودة الاقتراح», «رسالة … سلّمها X إلى Y»: the pronoun stands for what the sentence named)."""
    _, end = clause_of(verb)
    words = verb.doc._.folded
    if any(words[t.i] in CHAIRMANSHIP for t in verb.doc[verb.i + 1 : end]):
        return False
    if lemma == TAKING_OVER:
        return True  # «تسلم رسالة من نظيره»: a letter sent, no one met
    pronoun = verb.i + 1 < end and verb.doc[verb.i + 1].pos_ == "PRON"  # «سلّمها»
    told = verb.sent if pronoun else verb.doc[verb.i + 1 : end]
    return not any(words[t.i] in _DELIVERED for t in told)


_DELIVERED = nouns(**{noun: (noun,) for noun in DELIVERED_NOUNS})


def in_capacity(doc: Doc, mention: Mention) -> bool:
    """A state or body in what someone is there as («ماكي سال بصفته رئيسا للاتحاد
    الإفريقي», «بوصفها عضوا في مجلس الأمن»): it describes him and takes no part."""
    if mention.entity.type not in BODIES | {"State"}:
        return False
    if _bracketed_after_a_person(doc, mention):
        return True
    before = doc._.article.text[max(0, mention.start - _CAPACITY_REACH) : mention.start]
    words = normalize(before.replace("،", " ، ").replace(",", " , ")).split()
    marks = [i for i, word in enumerate(words) if word in CAPACITY]
    return bool(marks) and not set(words[marks[-1] :]) & {"،", ","}


_CAPACITY_REACH = 40  # «بصفته الرئيس الدوري الحالي لمجموعة»: a title's words


def _bracketed_after_a_person(doc: Doc, mention: Mention) -> bool:
    """«ووزراء الخارجية X (السعودية) و Y (قطر)»: a state alone in brackets right after a
    person's name is whom he is there for."""
    text = doc._.article.text
    before = text[max(0, mention.start - _BRACKET_CHARS) : mention.start]
    opening = mention.start - (len(before) - len(before.rstrip())) - 1
    if text[opening : opening + 1] != "(" or text[mention.end : mention.end + 3].strip()[:1] != ")":
        return False
    return any(
        m.entity.type == "Person" and m.end <= opening and not text[m.end : opening].strip()
        for m in doc._.mentions
    )


_BRACKET_CHARS = 3  # «( »: the bracket and the spaces before the state


def titled_body(doc: Doc, mention: Mention) -> bool:
    """A body right after a title head set off by a comma, with no name of its own after it
    («ياسر عرفات، رئيس السلطة الوطنية الفلسطينية، …»), or a state right after the title word
    that follows a name («فيليب السادس ملك مملكة إسبانيا»): the office of the one named before,
    not a side. Without the comma the title's unnamed holder may stand for it («التقى X ممثلة
    منظمة الصحة العالمية»); with a name after it, the title and the name are one mention."""
    if mention.entity.type == "State":
        return _state_of_the_name_before(doc, mention)
    if mention.entity.type not in BODIES:
        return False
    text = doc._.article.text
    apposed = _AFTER_A_COMMA.search(text, max(0, mention.start - _TITLE_REACH), mention.start)
    if apposed is not None and ends_a_title(normalize(apposed.group(1)).split()):
        return True
    return _title_of_the_name_after(doc, mention)


def _title_of_the_name_after(doc: Doc, mention: Mention) -> bool:
    """«وقع رئيس مجلس إدارة المؤسسة الوطنية للنفط فرحات بن قدارة»: a body between a title head
    and the name right after it, which the NER read apart, is the person's office."""
    text = doc._.article.text
    before = re.split(
        f"[{CLAUSE_MARKS}]", normalize(text[max(0, mention.start - _TITLE_REACH) : mention.start])
    )
    words = [w.removeprefix("و").removeprefix("ال") for w in before[-1].split()[-_TITLE_WORDS:]]
    titled = any(word in TITLE_HEADS or "ال" + word in TITLE_HEADS for word in words)
    return titled and any(
        m.entity.type == "Person" and m.start > mention.end and _styles(text[mention.end : m.start])
        for m in doc._.mentions
    )


def _styles(gap: str) -> bool:
    """Whether nothing, or only honorifics and ranks, stand between a title's body and the
    name after it («الأمين العام للتحالف اللواء المغيدي»)."""
    return all(word in HONORIFICS or word in RANK_GRADES for word in normalize(gap).split())


_TITLE_WORDS = 4  # «رئيس مجلس إدارة»: the head, and the words of its body before the name


def _state_of_the_name_before(doc: Doc, mention: Mention) -> bool:
    """«الملك فيليب السادس ملك مملكة إسبانيا»: a state right after a title word (and a state's
    noun) that follows a person's name is his state, not a side."""
    ends = [m.end for m in doc._.mentions if m.entity.type == "Person" and m.end <= mention.start]
    if not ends:
        return False
    words = normalize(doc._.article.text[max(ends) : mention.start]).split()
    return 0 < len(words) <= 2 and words[0] in TITLE_HEADS and set(words[1:]) <= STATE_NOUNS


# a comma, then one or two words (a title's head: «رئيس», «أمين عام») right before a name
_AFTER_A_COMMA = re.compile(r"[،,]\s*(\S+(?:\s+\S+)?)\s+$")


_TITLE_REACH = 24


def namesake(doc: Doc, mention: Mention) -> bool:
    """A person or a state a place or an institution is named after («رئيس جامعة السلطان
    قابوس», «مؤسسة الشيخ عيد بن محمد الخيرية», «مدير معهد قطر لبحوث الطاقة»): no one present.
    Persons so named are mostly not mentioned at all (kg.mentions); a state keeps its mention."""
    return mention.entity.type in ("Person", "State") and names_an_institution_at(
        doc._.article.text, mention
    )


def located(doc: Doc, mention: Mention) -> bool:
    """A state after «ب», «في» or «لدى» («رجال الأعمال بالسعودية», «علماء الدين بمصر», «السفير
    الأمريكي في قطر», «سفيرة المملكة لدى الولايات المتحدة»): where someone is, is posted or
    something happens. News meets people «ب» a state's name never; its sides are its people,
    its delegations or the state as subject or object."""
    if mention.entity.type != "State" or mention.rule != "alias":
        return False  # «بالمسؤولين القطريين»: its people, met «ب»
    text = doc._.article.text
    glued = text[text.rfind(" ", 0, mention.start) + 1 : mention.start]
    if glued:
        return normalize(glued) in _IN_CLITICS
    before = [normalize(word) for word in last_words(text, mention.start, 1)]
    # «الجلسة الرئيسية لمؤتمر الكويت الدولي»: a conference named after where it is held
    conference = before and before[0].removeprefix("و").removeprefix("ل") in _CONFERENCES
    return before in (["في"], ["وفي"], ["لدي"]) or bool(conference)


_IN_CLITICS = frozenset({"ب", "وب", "فب"})
_CONFERENCES = frozenset({"موتمر", "الموتمر"})  # «مؤتمر», folded


def reserved_for(doc: Doc, mention: Mention) -> bool:
    """A state or person named as whom something was set aside for («المقاعد المخصصة لمالي
    والنيجر»: seats, empty or not, say nothing of who came), the first of a list and those
    «و» joins to it."""
    text = doc._.article.text
    start = mention.start
    for _ in range(_RESERVED_LIST):
        before = normalize(text[max(0, start - _RESERVED_REACH) : start]).split()
        if before[-2:] in _RESERVED:
            return True
        # the name right before, only list glue between («لمالي والنيجر»)
        glue_start = len(text[:start].rstrip(" ،و"))
        previous = None
        for other in doc._.mentions:
            if glue_start <= other.end <= start and (previous is None or other.end >= previous.end):
                previous = other
        if previous is None:
            return False
        start = previous.start
    return False


_RESERVED = (["المخصصه", "ل"], ["المخصص", "ل"], ["المخصصين", "ل"])
_RESERVED_REACH = 16  # characters: «المخصصة ل»
_RESERVED_LIST = 6  # names back along a list


def _dateline_outlet(text: str, mention: Mention) -> bool:
    """«الدوحة - الراية استقبل …»: the name after a line's opening place and its dash is the
    outlet that sends the news, whatever the outlet (no table lists every paper)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.entity.type != "Person" and bool(
        _DATELINE.fullmatch(text[line_start : mention.start])
    )


def _reviewed_outlet(text: str, mention: Mention) -> bool:
    """«الراية» (الدوحة): أشارت إلى …»: a name that opens a line, in quotes, with its city in
    brackets and a colon after it, is the paper a press review quotes."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return (
        mention.entity.type != "Person"
        and text[line_start : mention.start].strip() in _OPENING_QUOTES
        and _REVIEWED.match(text, mention.end) is not None
    )


_OPENING_QUOTES = {"«", '"', "“"}
_REVIEWED = re.compile(r"[»\"”]\s*(?:\([^()\n]{1,30}\))?\s*:")


def words_after(noun: Token) -> list[str]:
    """The two folded words right after a noun, within its sentence."""
    return noun.doc._.folded[noun.i + 1 : end_in_sentence(noun, noun.i + 3)]


def with_after(noun: Token) -> bool:
    """Whether «مع» follows the noun within two words («مقابلة مع», «مقابلة خاصة مع»)."""
    return any(word in ("مع", "معه", "معها") for word in words_after(noun))


def with_the_press(doc: Doc, trigger: Token, actors: list[Mention]) -> bool:
    """A press conference or press meeting («مؤتمر صحفي», «لقاءات صحافية», «التقى
    الصحفيين», «التقى X بالصحافيين»): a press word follows the trigger, or is the first word
    after it past the subject's name, a time word or a preposition. One held jointly with
    someone («مؤتمر صحفي مشترك مع», «في مؤتمر صحفي مع السيسي») is a meeting of its holders."""
    words = doc._.folded[trigger.i + 1 : end_in_sentence(trigger, trigger.i + 4)]
    words += _first_word_after(doc, trigger, actors)
    with_someone = any(w in PRESS and after == "مع" for w, after in pairwise(words))
    return any(w in PRESS for w in words) and not (
        with_someone or any(w.startswith(("مشترك", "المشترك")) for w in words)
    )


def a_hearing(doc: Doc, trigger: Token) -> bool:
    """«افتتحت المحكمة جلسات الاستماع», «جلسة النطق بالحكم»: a court's hearing, told by the
    word right after the session noun, is no meeting."""
    return trigger.i + 1 < len(doc) and doc._.folded[trigger.i + 1] in HEARINGS


def with_a_reporter(doc: Doc, trigger: Token) -> bool:
    """«قال X في لقاء مع موفد الجزيرة نت», «في حديث مع مراسل صحيفة …»: a reporter right
    after the trigger makes it an interview. An envoy («موفد», «مندوب») is a reporter only
    when an outlet follows: a media word or a word outlets' names end with («نت», «برس»),
    also for outlets kg does not know; «موفد الرئيس» is a state's envoy."""
    words = doc._.folded[trigger.i + 1 : end_in_sentence(trigger, trigger.i + 8)]
    reporters = CORRESPONDENTS | ENVOYS
    for index, word in enumerate(words[:3]):
        bare = word[1:] if word[:1] in ("ب", "ل") and word[1:] in reporters else word
        if bare in CORRESPONDENTS:
            return True
        if bare in ENVOYS:
            outlet = words[index + 1 : index + 5]
            return any(w in MEDIA_HEADS or w in OUTLET_WORDS for w in outlet)
    return False


def words_received(doc: Doc, trigger: Token, actors: list[Mention]) -> bool:
    """«استقبلت باريس بارتياح تصريحات X»: what a transitive verb receives is words
    (statements, a message, an offer), not a visitor."""
    first = _first_word_after(doc, trigger, actors)
    return bool(first) and first[0] in RECEIVED_WORDS


def _first_word_after(doc: Doc, trigger: Token, actors: list[Mention]) -> list[str]:
    """The first word after the trigger past names, prepositions, time and manner words."""
    folded = doc._.folded
    spans = [(m.start, m.end) for m in actors]
    for token in doc[trigger.i + 1 : trigger.sent.end]:
        start, end = doc._.offsets[token.i]
        named = any(s <= start and end <= e for s, e in spans)
        word = folded[token.i]
        if not (named or token.is_punct or token.pos_ == "ADP" or word in _TIME_OR_MANNER):
            return [word]
    return []


_ACCOMPANY = verbs(*ACCOMPANY_VERBS)
_ABSENT = verbs(*ABSENCE_VERBS)


def people_of_the_clause(doc: Doc, token: Token, actors: list[Mention]) -> list[Mention]:
    """The people named in the word's clause («وغاب عن المؤتمر المنسق العام … X»)."""
    start, stop = clause_characters(token)
    return [m for m in actors if m.entity.type == "Person" and start <= m.start < stop]


def stayed_away(noun: Token) -> bool:
    """«وغاب عن المؤتمر X», «قاطع القمة X»: the meeting noun of a verb of absence; whoever
    the clause names was not there."""
    verb = noun.head
    return verb.i != noun.i and verb.i < noun.i and verb.text in _ABSENT


def at_the_level_of(noun: Token) -> bool:
    """«محادثات على مستوى القمة»: a meeting noun after «مستوى» is the level of other talks;
    after «رئيس» («بصفته رئيس الدورة الحالية»), a chairmanship; after «شريك» («شريك حوار»),
    a status in a body."""
    return not starts_a_sentence(noun) and normalize(noun.doc[noun.i - 1].text) in LEVEL_WORDS


def accompanied(noun: Token) -> bool:
    """«ويرافق أنان في زيارته كل من مستشاره X»: a visit or meeting noun right after «في»,
    shortly after an accompanying verb, tells who went along, not a meeting between them."""
    before = noun.doc[start_in_sentence(noun, noun.i - 4) : noun.i]
    if not before or normalize(before[-1].text) != "في":
        return False
    return any(token.text in _ACCOMPANY for token in before[:-1])
