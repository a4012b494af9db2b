"""Office titles the tables know, resolved to a person («وزير الخارجية التركي هاكان فيدان»,
«كولن باول وزير الخارجية الأمريكي», a title alone on the day its sentence gives, else on the
article's date), former holders («الأسبق»), postings («لدى»), titles possessed by an envoy
(«مبعوث الرئيس»), «الوزير المصري» for the minister the article named, and a name right before
or after a title nobody was found to hold.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kg.family_names import FamilyNames, spells
from kg.gazetteer import Gazetteer, Match, overlaps
from kg.kb import KnowledgeBase
from kg.lang.ar.morphology import NAME_PROCLITICS
from kg.lang.ar.orthography import CLAUSE_MARKS
from kg.lang.ar.words import (
    ABROAD,
    AT_THE_TIME,
    BRANCH_IN,
    COUNTERPARTS,
    DUAL_TITLES,
    HONORIFICS,
    IN_TERM,
    NOT_NAMES,
    OFF_TERM,
    OFF_TERM_NEXT,
    PLURAL_TITLES,
    POSTED_TO,
    POSTINGS,
    RANK_GRADES,
    RELATIONAL_NOUNS,
    TITLE_HEADS,
)
from kg.mention_spans import (
    TokenIndex,
    first_of,
    replacing_guesses,
    start_in_sentence,
    unlinked_key,
)
from kg.normalize import normalize, normalize_with_offsets, original_span
from kg.person_names import (
    MAX_NAME_WORDS,
    NAME_AFTER_TITLE,
    NAME_POS,
    QUOTES,
    accusative_noun,
    common_word,
    indefinite_accusative,
    name_after,
    names_an_institution,
    next_in_a_list,
)
from kg.short_names import family_name
from kg.title_days import days_meant
from kg.types import Entity, Mention, Office, Role

_DUAL_FORMS = set(DUAL_TITLES) | {"و" + word for word in DUAL_TITLES}
# titles of several holders, each named after his state: the plurals, and the duals too
# («وزيرا خارجية مصر سامح شكري والأردن أيمن الصفدي»)
_BY_STATE = PLURAL_TITLES | DUAL_TITLES
_PLURAL_FORMS = set(_BY_STATE) | {"و" + word for word in _BY_STATE}


@dataclass(frozen=True)
class Title:
    """An office title: the office it names (if the base knows it) and the terms of office."""

    key: str  # the office's key, or its English name for a term of an office kg does not know
    roles: tuple[Role, ...]
    state: Entity | None  # the state the office serves


@dataclass(frozen=True)
class Minister:
    """«الوزير المصري»: the minister of a state the article has named with his office."""

    state: Entity
    country: str


UNNAMED_HOLDER = "title-unknown-holder"  # «رئيس وزراء باكستان»: an office whose holder is not named
HOLDER_ON_THE_DAY = "title-role"  # «وزير الخارجية القطري»: the holder on the day meant


def names_before_titles(
    mentions: list[Mention], doc: Doc, tokens: TokenIndex, offices_of: dict[str, set[str]]
) -> list[Mention]:
    """«جون هوارد رئيس الوزراء الأسترالي»: a name right before a title nobody was found to hold
    (or whose holder on the day the article does not name) is the holder (wire style puts the
    name first); so is a known person right before the title
    of an office the tables say he held («تميم بن حمد آل ثاني أمير قطر» in an undated text;
    not «استقبل محمد بن زايد رئيسَ وزراء الهند», the verb's object)."""
    text = doc._.article.text
    taken = [(m.start, m.end) for m in mentions if m.rule != "ner"]
    people = {m.end: m for m in mentions if m.entity.type == "Person" and m.rule in _NAMED}
    known = {m.end: m for m in mentions if m.entity.key in offices_of}
    kept, named = [], []
    named_in_text = {m.entity.key for m in mentions if m.rule != HOLDER_ON_THE_DAY}
    for mention in mentions:
        name = None
        if mention.rule == HOLDER_ON_THE_DAY and mention.entity.key not in named_in_text:
            # «معالي X وزيرة خارجية بيرو»: a name kg does not know right before the title is
            # its holder, not whoever the tables say held it that day
            name = _name_before(tokens, mention.start, text, taken)
        elif mention.rule == UNNAMED_HOLDER:
            apposed = _apposed_to(people, mention, text)
            holder = _right_before(known, mention, text)
            if holder is not None and mention.office in offices_of.get(holder.entity.key, ()):
                apposed = holder
            if apposed is not None:  # «فخامة الرئيس X رئيس جمهورية زيمبابوي»: X's office
                named.append(replace(mention, entity=apposed.entity, rule="name-before-title"))
                continue
            name = _name_before(tokens, mention.start, text, taken)
        if name is None:
            kept.append(mention)
            continue
        person = Entity(unlinked_key("Person", name[2]), "Person", name[2])
        named.append(
            replace(mention, start=name[0], entity=person, rule="name-before-title", role=None)
        )
    return replacing_guesses(kept, named)


# The rules that read a name kg does not know
_NAMED = ("name-after-title", "title-unknown-name", "ner")


def _apposed_to(people: dict[int, Mention], title: Mention, text: str) -> Mention | None:
    """A person kg does not know, named after a title and right before the same title in
    construct with its state («الرئيس X رئيس جمهورية زيمبابوي»; not «السفيرَ الياباني» nor
    «رئيسَ وزراء الهند», which may be the verb's object): the title is his."""
    person = _right_before(people, title, text)
    head = normalize(text[title.start : title.end]).split()[0]
    if person is None or head.startswith("ال"):
        return None
    return person if normalize(text[person.start : person.end]).split()[0] == "ال" + head else None


def _right_before(people: dict[int, Mention], title: Mention, text: str) -> Mention | None:
    """Whoever of `people` (by where their mention ends) ends right before the title, a comma
    between allowed."""
    gap = text[: title.start].rstrip()
    return people.get(len(gap.removesuffix("،").rstrip())) or people.get(len(gap))


def _the_one_meant(roles: list[Role], day: datetime.date | None) -> Role | None:
    """Of the terms whose holder's name is written, the one held on `day`, else the one
    holder's; none when several people fit («آل نهيان» before «رئيس دولة الإمارات» in 2007 is
    Khalifa, not his father Zayed, who held it until 2004)."""
    held = [role for role in roles if day is not None and role.held_on(day)]
    if held:
        return held[0]
    return roles[0] if len({role.holder.key for role in roles}) == 1 else None


def _name_before(
    tokens: TokenIndex, start: int, text: str, taken: list[tuple[int, int]]
) -> tuple[int, int, str] | None:
    """Two to four name words right before `start` (a comma between allowed)."""
    index = bisect_left(tokens.starts, start) - 1
    doc = tokens.doc
    if index >= 0 and doc[index].text in ("،", ","):
        index -= 1
    run = []
    while index >= 0 and len(run) < MAX_NAME_WORDS - 3:
        token = doc[index]
        word = normalize(token.text)
        if (
            token.pos_ not in NAME_POS
            or not token.is_alpha
            or word in NOT_NAMES
            or overlaps(tokens.span(token), taken)
            or index < token.sent.start
        ):
            break
        run.insert(0, token)
        index -= 1
    if len(run) < 2 or (_titled(doc, index) and normalize(text[start:]).startswith("ال")):
        # «التقى الفريق مهندس X السفيرَ الياباني»: a name with its own title before it, and a
        # definite title after it, is the subject before the object (while «فخامة الرئيس X
        # رئيس جمهورية زيمبابوي» gives the name's office in construct)
        return None
    first, last = tokens.span(run[0])[0], tokens.span(run[-1])[1]
    return first, last, text[first:last]


def _titled(doc: Doc, index: int) -> bool:
    """Whether the word at `index` is a title, rank or honorific (a name follows it)."""
    word = normalize(doc[index].text) if index >= 0 else ""
    return common_word(word) or word in RANK_GRADES


_TITLED = ("title-name", "name-after-title")


def holders_named_after(
    mentions: list[Mention], text: str, bound: dict[str, Entity]
) -> list[Mention]:
    """A title whose holder on the date the tables do not know, right before a person the NER
    read, names that person («وزير الخارجية البرازيلي ماورو فييرا», where the parse hung the
    name apart), and so does one stacked with «و» on a title and its name; later uses of the
    title in the article name him too. A title read as its holder on the day right before
    another title and the name of that same holder is one mention of him, his titles stacked
    before his name («نائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي الشيخ محمد بن راشد»)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    kept: list[Mention] = []
    for mention in ordered:
        title = kept[-1] if kept else None
        if (
            title is not None
            and title.rule == HOLDER_ON_THE_DAY
            and mention.rule in _TITLED
            and mention.entity == title.entity
            and text[title.end : mention.start].strip() == ""
        ):
            kept[-1] = replace(title, end=mention.end, rule=mention.rule)
            continue
        if (
            title is not None
            and title.rule == UNNAMED_HOLDER
            and mention.entity.type == "Person"
            and (
                (mention.rule == "ner" and text[title.end : mention.start].strip() == "")
                # «رئيس حكومة إقليم كوردستان ونائب رئيس الحزب …، مسرور بارزاني»: one
                # person's titles, stacked, before his name
                or (mention.rule in _TITLED and text[title.end : mention.start].strip() == "و")
            )
        ):
            if title.office:
                bound[title.office] = mention.entity
            kept[-1] = replace(
                title, end=mention.end, entity=mention.entity, rule="title-unknown-name"
            )
            continue
        kept.append(mention)
    return kept


def _title_starts_name(
    name: tuple[int, int, str], following: list[Match], sentence_start: int, text: str
) -> bool:
    """Whether another office title starts in the first word of `name` (after its clitics):
    the word is that title's head («بأمين عام الجامعة العربية»), not a given name."""
    for match in following:
        start = sentence_start + match.start
        if first_of(match.payloads, Title) is not None and name[0] <= start < name[1]:
            return not any(c.isspace() for c in text[name[0] : start])
    return False


def _known_person_within(
    name: tuple[int, int, str], matches: list[Match], offset: int
) -> Entity | None:
    """A knowledge-base person whose alias lies inside a name read after a title."""
    for match in matches:
        person = first_of(match.payloads, Entity)
        inside = name[0] <= offset + match.start and offset + match.end <= name[1]
        if inside and person is not None and person.type == "Person":
            return person
    return None


def _unknown_holder(
    start: int, name: tuple[int, int, str], state: Entity | None, office: str | None
) -> Mention:
    """A person the tables do not know, named after a title from `start`: unlinked, standing
    for the title's state and holding its office."""
    person = Entity(unlinked_key("Person", name[2]), "Person", name[2])
    return Mention(
        start, name[1], person, "title-unknown-name", 0.6, represents=state, office=office
    )


def _known_person_from(
    name: tuple[int, int, str], matches: list[Match], offset: int
) -> tuple[Entity, int] | None:
    """A knowledge-base person whose alias starts where a name read after a title starts, and
    where that alias ends."""
    for match in matches:
        person = first_of(match.payloads, Entity)
        if offset + match.start == name[0] and person is not None and person.type == "Person":
            return person, max(name[1], offset + match.end)
    return None


def possessor(title: list[Token]) -> str | None:
    """The noun of whose envoy, adviser or deputy someone is, right before a title («مبعوث
    الرئيس الأمريكي», «بمستشار الرئيس», «المتحدث باسم الرئيس», «مدير مكتب الرئيس»), folded
    and bare: then the person is that someone, and a name after the title is theirs, not the
    office holder's. After other nouns («إصرار رئيس الوزراء الإسرائيلي بنيامين نتنياهو») the
    name is the holder's, and there is none."""
    if not title:
        return None
    first = title[0]
    before = [normalize(t.text) for t in first.doc[start_in_sentence(first, first.i - 4) : first.i]]
    if (
        normalize(first.text) == "ل"
        or normalize(first.text).startswith("لل")
        or before[-1:] == ["ل"]
    ):
        return _possessor_by_lam([w for w in before if w != "ل"])
    return possessor_before(before)


def _possessor_by_lam(words: list[str]) -> str | None:
    """«المبعوث الخاص للرئيس الأمريكي», «المستشار الإعلامي للرئيس»: a relational noun with the
    article, an adjective or two after it, and the title after «ل»."""
    for _ in range(3):
        if not words:
            return None
        noun = _RELATIONS.get(words[-1].removeprefix("ال"))
        if noun is not None and words[-1].startswith("ال"):
            return noun
        words = words[:-1]
    return None


# A relational noun, feminine («مساعدة») or plural in the construct («مستشاري»), with its
# proclitics («ونائب», «بمستشار», «لمبعوث»); with the article only before «باسم» («المتحدث
# باسم»): «المستشار الرئيس» is no construct. Each form gives its bare noun.
_RELATIONS = {noun + ending: noun for noun in RELATIONAL_NOUNS for ending in ("", "ه", "ي")}
_POSSESSORS = {
    clitic + form: noun for clitic in ("", *NAME_PROCLITICS) for form, noun in _RELATIONS.items()
}
_SPOKESMEN = _POSSESSORS | {
    clitic + article + form: noun
    for clitic, article in [(c, "ال") for c in ("", "و", "ف", "ب", "وب", "فب")]
    + [(c, "لل") for c in ("", "و", "ف")]
    for form, noun in _RELATIONS.items()
}
_ON_BEHALF = (["باسم"], ["ب", "اسم"])  # «المتحدث باسم», however the tokenizer cut it
_OFFICIAL = {"الرسمي", "الرسميه"}  # «المتحدث الرسمي باسم»
_OFFICE_OF = "مكتب"  # «مدير مكتب الرئيس»: the relational noun heads the office


def possessor_before(words: list[str]) -> str | None:
    """The bare noun for a person the next title defines that folded `words` end with: a
    relational noun in the construct («بمستشار», «ونائب»), through «مكتب» («مدير مكتب»), or
    a spokesman's noun before «باسم» («المتحدث الرسمي باسم», «للناطق باسم»)."""
    for behalf in _ON_BEHALF:
        if words[-len(behalf) :] == behalf:
            rest = words[: -len(behalf)]
            if rest[-1:] and rest[-1] in _OFFICIAL:
                rest = rest[:-1]
            return _SPOKESMEN.get(rest[-1]) if rest else None
    if words[-1:] == [_OFFICE_OF]:
        words = words[:-1]
    return _POSSESSORS.get(words[-1]) if words else None


def minister_named(
    minister: Minister, start: int, end: int, known: list[Mention]
) -> Mention | None:
    """«وكان الوزير المصري قد التقى …»: the one minister of that state the article named."""
    named = {
        m.entity: m.office
        for m in known
        if m.entity.type == "Person"
        and m.office
        and m.office.endswith(f":{minister.country}")
        and m.office.split(":")[0].endswith("-minister")
    }
    if len(named) != 1:
        return None
    ((person, office),) = named.items()
    return Mention(
        start, end, person, "title-coreference", 0.8, represents=minister.state, office=office
    )


def office_titles(kb: KnowledgeBase) -> list[tuple[Title, tuple[str, ...]]]:
    """Every office title of the base with the terms of its office: the generated offices
    (holders or none) and terms of offices kg does not generate, by their own titles."""
    terms: dict[str, list[Role]] = {}
    for role in kb.roles:
        terms.setdefault(role.office_key or role.office, []).append(role)
    found = [
        (Title(office.key, tuple(terms.pop(office.key, ())), office.state), office.titles)
        for office in kb.offices
    ]
    for key, roles in terms.items():
        titles = tuple(dict.fromkeys(t for role in roles for t in role.titles))
        found.append((Title(key, tuple(roles), None), titles))
    return found


def _office_holder(title: str, office: str, article) -> Entity:
    """An unlinked person standing for an office's unnamed holder, labelled by the title."""
    when = article.published.isoformat()[:7] if article.published else article.doc_id
    digest = hashlib.sha1(f"{office}|{when}".encode()).hexdigest()[:12]
    words = title.split()
    if words and words[0].startswith(_LAM_THE):
        words[0] = "ا" + words[0][1:]  # «للرئيس الإماراتي»: the title is «الرئيس الإماراتي»
    return Entity(f"person-{digest}", "Person", " ".join(words))


_LAM_THE = "لل"  # «ل» and the article, written together


def _envoy(
    tokens: TokenIndex, start: int, end: int, named_end: int, state: Entity | None, article
) -> Mention | None:
    """The unnamed envoy, adviser or deputy («ممثل», «المبعوث الخاص لـ») of the holder of the
    title at `start:end`, whose name ends at `named_end`: a person labelled by the relational
    noun and the title («ممثل الرئيس الروسي»), one per article, whose mention covers the
    holder's name so that the holder takes no part. None when a comma sets the title off
    after the envoy's own name («جان إيف لودريان، موفد الرئيس الفرنسي …»)."""
    first = tokens.covering(start, end)[0]
    before = first.doc[start_in_sentence(first, first.i - _ENVOY_REACH) : first.i]
    opening = next((w for w in before if normalize(w.text).lstrip("وبل") in _ENVOY_WORDS), first)
    begin = tokens.span(opening)[0]
    if article.text[:begin].rstrip().endswith(("،", ",")):
        return None
    label = " ".join(article.text[begin:end].split())
    person = Entity(unlinked_key("Person", f"{article.doc_id}|{label}"), "Person", label)
    return Mention(begin, named_end, person, "envoy-of-holder", 0.5, represents=state)


# Whom a holder sends or speaks through: a holder named after «مبعوث الرئيس الروسي» sent the
# envoy; after «نائب» or «مساعد» the name is the deputy's («نائب الرئيس السوري عبدالحليم خدام»,
# once acting president himself)
SENDS = {"مبعوث", "موفد", "ممثل", "مستشار", "متحدث", "ناطق"}
_ENVOY_REACH = 4  # «المبعوث الشخصي الخاص ل»: the noun, two adjectives and «ل»
_ENVOY_WORDS = set(_RELATIONS) | {"ال" + form for form in _RELATIONS}


def _one_adjective(gap: str) -> bool:
    """Whether one definite word stands between a title and a name: the body's adjective
    («زعيم جبهة البوليساريو الانفصالية إبراهيم غالي»)."""
    words = normalize(gap).translate(_NO_QUOTES).split()
    return len(words) == 1 and words[0].startswith("ال") and len(words[0]) > 4


def _rank_only(gap: str) -> bool:
    """Whether only a rank and its grades, or «at the time», stand between a title and a name
    («رئيس مجلس السيادة الفريق أول الركن عبد الفتاح البرهان», «رئيس المجلس حينها خالد
    المشري»: the name, not whoever held the office on the article's date)."""
    words = normalize(gap).split()
    return bool(words) and all(word in HONORIFICS | RANK_GRADES | AT_THE_TIME for word in words)


_NO_QUOTES = str.maketrans(dict.fromkeys('«»"', " "))  # «رئيس إقليم «أرض الصومال» الانفصالي X»


_TO_THE_KINGDOM = re.compile(rf"\s+{POSTED_TO}\s+المملكه(?!\w)")
_POSTING_CHARS = 16  # «لدى المملكة» and the spaces around it
_AFFILIATED = (["التابع"], ["التابعه"])  # folded «التابع/التابعة لـ»: belonging to


def family_names_again(after: list[Token], named_before: list[Mention]) -> list[tuple[int, int]]:
    """The spans of the words after a title that are the family name of a person the
    article named in full before (not as this title's holder), with or without a proclitic
    («ببوتين»), and not the end of that name written whole again («هو جين تاو»)."""
    before_family: dict[str, set[str]] = {}  # a family name → the words written before it
    for mention in named_before:
        words = normalize(mention.entity.label).split()
        family = family_name(words) if mention.entity.type == "Person" else None
        if family is not None and " " not in family:
            before_family.setdefault(family, set()).add(words[-2])
    offsets = after[0].doc._.offsets if after else []
    return [
        offsets[token.i]
        for index, token in enumerate(after)
        if (word := _family_word(normalize(token.text), before_family)) is not None
        and not (index and normalize(after[index - 1].text) in before_family[word])
    ]


def _family_word(word: str, families: dict[str, set[str]]) -> str | None:
    """The family name of `families` the word is, bare or after a proclitic («ببوتين»)."""
    for clitic in ("", *NAME_PROCLITICS):
        if word.startswith(clitic) and word[len(clitic) :] in families:
            return word[len(clitic) :]
    return None


def _posting_end(
    text: str, start: int, end: int, following: list[Match], sentence_start: int
) -> tuple[int, bool] | None:
    """Where «لدى X» right after a title ends, X a state or a body its holder is posted to
    («السفير الفرنسي لدى تايلاند», «المندوب الفلسطيني لدى الأمم المتحدة»), and whether
    «لدى» said so. An envoy's posting may take «في» and name the capital («السفير الفرنسي في
    لبنان هيرفيه ماغرو», «السفيرة الأمريكية في بيروت»), but «في» may as well say where he met
    someone, so the caller keeps it only before the envoy's name."""
    envoy = not POSTINGS.isdisjoint(normalize(text[start:end]).split())
    folded, offsets = normalize_with_offsets(text[end : end + _POSTING_CHARS])
    if envoy and (kingdom := _TO_THE_KINGDOM.match(folded)):
        # «السفير الفرنسي لدى المملكة X»: the host state
        return end + original_span(offsets, 0, kingdom.end())[1], True
    if not following:
        return None
    gap = normalize(text[end : sentence_start + following[0].start]).split()
    if gap[:1] in _AFFILIATED and gap[1:] in ([], ["ل"]):
        # «رئيس المجلس السياسي الأعلى التابع للحوثيين مهدي المشاط»: whose body it is
        body = first_of(following[0].payloads, Entity)
        if body is not None and body.type in ("Organization", "Group"):
            return sentence_start + following[0].end, False
    if gap != [POSTED_TO] and not (envoy and gap == ["في"]):
        return None
    posted = first_of(following[0].payloads, Entity)
    where = ("State", "Organization", "City") if envoy else ("State", "Organization")
    if posted is None or posted.type not in where:
        return None
    return sentence_start + following[0].end, gap == [POSTED_TO]


def _body_alias_end(
    text: str, end: int, following: list[Match], sentence_start: int, body: Entity | None
) -> int | None:
    """Where the body's other name, in quotes or brackets right after a title that names it,
    ends («رئيس المكتب السياسي لحركة المقاومة الإسلامية "حماس"»): part of the title, not the
    holder's name."""
    if body is None or not following:
        return None
    gap = text[end : sentence_start + following[0].start]
    if not gap.strip() or any(c not in QUOTES and c not in " (" for c in gap):
        return None
    named = first_of(following[0].payloads, Entity)
    if named is None or named.key != body.key:
        return None
    close = sentence_start + following[0].end
    while close < len(text) and (text[close] in QUOTES or text[close] == ")"):
        close += 1
    return close


def _branch_end(text: str, end: int, following: list[Match], sentence_start: int) -> int | None:
    """Where «في غزة» or «في الخارج» right after a title ends, else None."""
    found = BRANCH_IN.match(text, end)
    if found is None:
        return None
    if normalize(text[found.end() : found.end() + len(ABROAD)]) == ABROAD:
        return found.end() + len(ABROAD)
    if not following or sentence_start + following[0].start != found.end():
        return None
    if not any(_starts_an_argument(p) and not _is_person(p) for p in following[0].payloads):
        return None
    return sentence_start + following[0].end


def _is_person(payload: object) -> bool:
    return isinstance(payload, Entity) and payload.type == "Person"


def _bracket_closed(text: str, start: int, end: int) -> int:
    """The end of a title that ends inside a bracket, past the bracket's close («رئيس المكتب
    السياسي لحركة المقاومة الإسلامية (حماس) خالد مشعل»)."""
    if text.count("(", start, end) <= text.count(")", start, end):
        return end
    closing = _CLOSING.match(text, end)
    return closing.end() if closing else end


_CLOSING = re.compile(r"\s*\)")
_NEXT_WORD = re.compile(r"\s*(\S+)")


def _past_honorifics(text: str, start: int, end: int) -> int:
    """Where the next word after `start` that is no honorific («السيد», «الدكتور») starts."""
    position = start
    while (word := _NEXT_WORD.match(text, position, end)) is not None:
        if normalize(word.group(1)) not in HONORIFICS:
            return word.start(1)
        position = word.end()
    return position


def _in_term_end(text: str, end: int) -> int:
    """The end of the title ending at `end`, past a word that keeps the holder in office
    («الانتقالي», «المؤقت»)."""
    found = OFF_TERM_NEXT.match(text, end)
    return found.end(1) if found is not None and normalize(found.group(1)) in IN_TERM else end


def _off_term_end(text: str, end: int) -> int | None:
    """The end of an off-term word right after a title ending at `end`, else None."""
    found = OFF_TERM_NEXT.match(text, end)
    if found is None or normalize(found.group(1)) not in OFF_TERM:
        return None
    return found.end()


class TitleHolders:
    """The office-title rules of `kg.mentions.MentionFinder`: a title resolved to the person
    named after or before it, to the holder on the article's date, or to the office's unnamed
    holder; a counterpart («نظيره الإيراني») to the same office of another state."""

    kb: KnowledgeBase
    family_names: FamilyNames
    nisba: Gazetteer[Entity]
    _offices_of: dict[str, set[str]]
    _terms: dict[str, tuple[Role, ...]]
    _offices: dict[tuple[str, str], Office]
    _served: dict[str, Entity]  # person key → the one state or body his offices serve
    _country: dict[str, str]  # entity key → ISO2 of a state, place or national body

    def _title(
        self,
        title: Title,
        start: int,
        end: int,
        following: list[Match],
        sentence_start: int,
        doc: Doc,
        tokens: TokenIndex,
        bound: dict[str, Entity],
        named_before: list[Mention],
    ) -> Mention | None:
        """The holder of `title` at `start`..`end`; `named_before`: the article's mentions
        of earlier sentences (a person it named in full may come back by his family name
        right after another one's title: «لم يلتق وزير الخارجية الهندي X Y متقي»)."""
        office = title.key
        text = doc._.article.text
        owner = possessor(tokens.covering(start, end))
        possessed = owner is not None
        state = title.state
        if (off_term := _off_term_end(text, end)) is not None:
            return self._off_term(start, off_term, following, sentence_start, tokens)
        end = _in_term_end(text, _bracket_closed(text, start, end))
        posted = _posting_end(text, start, end, following, sentence_start)
        if posted is not None and (posted[1] or name_after(tokens.after(posted[0]), text, [])):
            # «السفير الأمريكي لدى تركيا توم باراك»: the posting is part of the title
            end, following = posted[0], following[1:]
        if (aliased := _body_alias_end(text, end, following, sentence_start, state)) is not None:
            end, following = aliased, following[1:]
        if self._another_bodys_title(state, text, end, following, sentence_start, tokens):
            return None
        if following and not possessed:
            after = following[0]
            named = first_of(after.payloads, Entity)
            gap = text[end : sentence_start + after.start]
            if (
                named is not None
                and named.type == "Person"
                and (gap.strip(" ،,") == "" or _one_adjective(gap) or _rank_only(gap))
                and self._may_hold(named, title)
            ):
                bound[office] = named
                end = sentence_start + after.end
                return Mention(
                    start, end, named, "title-name", 0.95, represents=state, office=office
                )
        after = tokens.after(end)
        spans = [  # people and places the tables know, which start the next argument
            (sentence_start + m.start, sentence_start + m.end)
            for m in following
            if any(_starts_an_argument(p) for p in m.payloads)
        ] + family_names_again(after, [m for m in named_before if m.office != office])
        name = name_after(after, text, spans)
        if name is not None and (
            _title_starts_name(name, following, sentence_start, text)
            or names_an_institution(text, name[0])
            or _only_a_place(name, following, sentence_start)
        ):
            # «وزير الخارجية المصري بأمين عام الجامعة العربية»: «أمين» is a title; «مدير
            # مستشفى الملك فيصل»: the king only names the hospital
            name = None
        known = _known_person_within(name, following, sentence_start) if name else None
        if known is not None and not self._may_hold(known, title):
            known = None  # «العاهل الأردني الملك عبد الله الثاني» is not Saudi Arabia's Abdullah
        if known is not None and owner in SENDS and office in self._offices_of.get(known.key, ()):
            # «ممثل الرئيس الروسي فلاديمير بوتين»: the name is the holder's, who sent the
            # envoy; the envoy, whom the text does not name, is who is there
            envoy = _envoy(tokens, start, end, name[1], state, doc._.article)
            if envoy is not None:
                return envoy
        if known is not None and not possessed:  # «الرئيس الأمريكي دونالد ترمب»: ترمب is known
            bound[office] = known
            return Mention(
                start, name[1], known, "title-name", 0.9, represents=state, office=office
            )
        holder = self._holder_named(title, name[2], doc, start) if name and not possessed else None
        if holder is not None:  # «الرئيس الأمريكي بوش», «وزير الخارجية الأمريكي كولين باول»
            bound[office] = holder[1]
            return Mention(
                start,
                name[1],
                holder[1],
                "title-name",
                0.9,
                holder[0],
                represents=state,
                office=office,
            )
        if name is not None and accusative_noun(tokens.covering(name[0], name[1])):
            name = None  # «أصدر الرئيس الروماني مرسوما»: the verb's object, not a name
        if name is not None and next_in_a_list(tokens.covering(start, end)[0], name[2]):
            name = None  # «وليد المعلم وزير الخارجية السوري وسالم الزعابي»: the next one
        if name is not None:
            person = Entity(unlinked_key("Person", name[2]), "Person", name[2])
            if possessed:  # «مبعوث الرئيس الأمريكي ستيف ويتكوف»: the envoy is named; the
                # title is his too, and a body in it («نائب رئيس المكتب السياسي لحركة حماس
                # صالح العاروري») no actor of its own; a person the tables know where the name
                # starts is that person, in full («خليل الحية», which the tokenizer may cut)
                person, name_end = _known_person_from(name, following, sentence_start) or (
                    person,
                    name[1],
                )
                # he serves the holder: he stands for the holder's state («نائب الرئيس
                # السوداني علي عثمان محمد طه» is Sudan's man at a signing)
                return Mention(start, name_end, person, "name-after-title", 0.5, represents=state)
            mention = _unknown_holder(start, name, state, office)
            bound[office] = mention.entity
            return mention
        if possessed:  # «مبعوث الرئيس الأمريكي» is the envoy, not the president
            return None
        named_before = self._holder_named_before(title, start, end, tokens)
        if named_before is not None:
            bound[office] = named_before.entity
            return named_before
        return self._office_mention(title, start, end, doc, bound)

    def _names_of(self, holder: Entity) -> tuple[str, ...]:
        return tuple(self.family_names.names_of.get(holder.key, (holder.label,)))

    def _holder_named_before(
        self, title: Title, start: int, end: int, tokens: TokenIndex
    ) -> Mention | None:
        """«كولن باول وزير الخارجية الأمريكي», «باول، وزير الخارجية»: wire style puts the name
        first and the title after it. A name right before a title, of someone who held that very
        office at any time, is that person, not whoever held the office on the article's date."""
        doc = tokens.doc
        index = bisect_left(tokens.starts, start) - 1
        if index >= 0 and doc[index].text in ("،", ","):
            index -= 1
        words: list[Token] = []
        while (
            index >= doc[max(index, 0)].sent.start
            and len(words) < _NAME_BEFORE_TITLE
            and doc[index].is_alpha
        ):
            words.insert(0, doc[index])
            index -= 1
        text = doc._.article.text
        for first in words:  # the longest name first
            written = text[tokens.span(first)[0] : tokens.span(words[-1])[1]]
            spelt = [role for role in title.roles if spells(written, self._names_of(role.holder))]
            role = _the_one_meant(spelt, doc._.article.published)
            if role is not None:
                return Mention(
                    tokens.span(first)[0],
                    end,
                    role.holder,
                    "name-before-title",
                    0.9,
                    role,
                    represents=title.state,
                    office=title.key,
                )
        return None

    def _off_term(
        self,
        start: int,
        end: int,
        following: list[Match],
        sentence_start: int,
        tokens: TokenIndex,
    ) -> Mention | None:
        """«وزير الخارجية المصري الأسبق عمرو موسى»: a former, late or elected holder is the
        person named after the title, never the office's holder on the article's date and no
        voice of the state; unnamed («الرئيس الأمريكي السابق»), nobody kg can tell."""
        text = tokens.doc._.article.text
        name = name_after(tokens.after(end), text)
        if name is None:
            return None
        known = _known_person_within(name, following, sentence_start)
        person = known or Entity(unlinked_key("Person", name[2]), "Person", name[2])
        return Mention(start, name[1], person, "title-off-term", 0.6)

    def _may_hold(self, person: Entity, title: Title) -> bool:
        """Whether a known person named after a title may be its holder: the tables give him
        that office, or no office at all."""
        offices = self._offices_of.get(person.key)
        return not offices or title.key in offices

    def _holder_named(
        self, title: Title, name: str, doc: Doc, start: int
    ) -> tuple[Role, Entity] | None:
        """The office's holder on the day the sentence names, else on the article's date, when
        `name` is how one writes his name (his family name, or his name in another vowel
        spelling)."""
        for held in (self._holder_on(title, doc, start), self._holder_published(title, doc)):
            if held is not None and spells(name, self.family_names.names_of.get(held[1].key, ())):
                return held
        return None

    def _holder_published(self, title: Title, doc: Doc) -> tuple[Role, Entity] | None:
        published = doc._.article.published
        return self.kb.holder(list(title.roles), published) if published else None

    def _holder_on(self, title: Title, doc: Doc, start: int) -> tuple[Role, Entity] | None:
        """Who held the office all through the days the title at `start` names (`days_meant`)."""
        days = days_meant(doc, start)
        if days is None:
            return None
        first, last = (self.kb.holder(list(title.roles), day) for day in days)
        return first if first and last and first[1].key == last[1].key else None

    def _office_mention(
        self,
        title: Title,
        start: int,
        end: int,
        doc: Doc,
        bound: dict[str, Entity],
        label: str | None = None,
    ) -> Mention | None:
        """The person a title with no name after it names: the one this article named with it,
        else the holder on the day its sentence names (the article's date if none), else the
        office's unnamed holder (labelled by `label`, else by the title's words)."""
        office, state = title.key, title.state
        if office in bound:
            return Mention(
                start,
                end,
                bound[office],
                "title-coreference",
                0.85,
                represents=state,
                office=office,
            )
        resolved = self._holder_on(title, doc, start)
        if resolved is not None:
            role, holder = resolved
            return Mention(
                start,
                end,
                holder,
                HOLDER_ON_THE_DAY,
                0.85,
                role=role,
                represents=state,
                office=office,
            )
        if state is None:
            return None
        # Nobody the tables know held the office then: the holder, unnamed, still acts for
        # the state («وزير الخارجية المصري» in an undated 2003 wire). One person per office
        # and month of publication (or article, when undated), never one across the years.
        holder = _office_holder(label or doc._.article.text[start:end], office, doc._.article)
        bound[office] = holder
        return Mention(start, end, holder, UNNAMED_HOLDER, 0.6, represents=state, office=office)

    def _another_bodys_title(
        self,
        body: Entity | None,
        text: str,
        end: int,
        following: list[Match],
        sentence_start: int,
        tokens: TokenIndex,
    ) -> bool:
        """Whether the words after a national body's title make it the title of another body:
        another state's party of the same name, or a branch of the body."""
        if body is None or body.type != "Organization" or not self._country.get(body.key):
            return False
        return self._of_another_state(body, text, end) or self._branch_head(
            text, end, following, sentence_start, tokens
        )

    @staticmethod
    def _branch_head(
        text: str, end: int, following: list[Match], sentence_start: int, tokens: TokenIndex
    ) -> bool:
        """Whether a national body's title goes on to name a branch of the body and its head
        («رئيس المكتب السياسي لحماس في غزة يحيى السنوار», «… في الخارج»): another office."""
        branch = _branch_end(text, end, following, sentence_start)
        if branch is None:
            return False
        if text[branch - len(ABROAD) : branch] == ABROAD:
            return True
        name = name_after(tokens.after(branch), text)
        return name is not None and not text[branch : name[0]].strip()

    def _of_another_state(self, body: Entity, text: str, end: int) -> bool:
        """Whether a state's adjective right after a national body's title names another state:
        the title's words then name another body («الحزب الديمقراطي الكردستاني الإيراني»)."""
        home = self._country.get(body.key)
        found = self.nisba.find(text[end : end + 40]) if home else []
        if not found or text[end : end + found[0].start].strip():
            return False
        states = [p for p in found[0].payloads if isinstance(p, Entity)]
        return bool(states) and all(self._country.get(p.key) != home for p in states)

    def _counterparts(
        self,
        doc: Doc,
        tokens: TokenIndex,
        start: int,
        end: int,
        known: list[Mention],
        earlier: list[Mention],
    ) -> list[Mention]:
        """«نظيره الإيراني» with no name: the holder of the same office as the person named
        before it, for the state its adjective names («وزير الخارجية التركي … نظيره
        الإيراني» → Iran's foreign minister on the article's date); with no office named
        before it in the sentence («كما التقى الوزير اليحيا نظيره البريطاني»), the last one
        the article gave the person named before it (`earlier`), else the one office the
        tables give him («كما التقى الشيخ عبدالله بن زايد نظيره الزيمبابوي»). Returns `known`
        with those found, and with a name read after «نظيره العماني» that is how one writes
        that office's holder («بدر البوسعيدي») linked to him."""
        text = doc._.article.text
        taken = [(m.start, m.end) for m in known]
        found = []
        for token in tokens.words_within(start, end, COUNTERPARTS):
            head_start, head_end = tokens.span(token)
            named_after = next(
                (m for m in known if m.start == head_start and m.rule == NAME_AFTER_TITLE), None
            )
            if overlaps((head_start, head_end), taken) and named_after is None:
                continue
            nisba = self.nisba.find(text[head_end : min(end, head_end + 40)])
            if not nisba:
                continue
            gap = normalize(text[head_end : head_end + nisba[0].start]).strip()
            if gap not in ("", "ه", "ها", "هم", "هما"):  # «نظير|ها الإندونيسي»
                continue
            offices = [m.office for m in known if m.office and m.end <= head_start]
            offices = offices or self._owners_offices(known, earlier, head_start)
            state = nisba[0].payloads[0]
            office = self._office_of(offices[-1].split(":")[0], state) if offices else None
            if office is None:
                continue
            if named_after is not None:
                title = Title(office.key, self._terms.get(office.key, ()), state)
                held = self._holder_named(title, named_after.entity.label, doc, head_start)
                if held is not None:
                    known = [m for m in known if m is not named_after]
                    found.append(
                        replace(
                            named_after,
                            entity=held[1],
                            rule="title-name",
                            confidence=0.9,
                            role=held[0],
                            represents=state,
                            office=office.key,
                        )
                    )
                continue
            span = (head_start, head_end + nisba[0].end)
            named = _person_recognised_after(tokens, text, span[1])
            if named is not None:  # «نظيره السوداني علي الصادق»: whoever held the office then
                found.append(_unknown_holder(head_start, named, state, office.key))
                taken.append((head_start, named[1]))
                continue
            title = Title(office.key, self._terms.get(office.key, ()), state)
            mention = self._office_mention(title, *span, doc, {})
            if mention is not None:
                found.append(mention)
                taken.append(span)
        return known + found

    def _heirs(
        self, doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
    ) -> list[Mention]:
        """«الملك عبد الله الثاني … بحضور ولي عهده الأمير الحسين», «وولي عهده»: the crown
        prince of the state whose ruler the sentence named last before «ولي عهده» (a state with
        an heir), on the article's date."""
        taken = [(m.start, m.end) for m in known]
        found = []
        for token in tokens.words_within(start, end, _HEIR_HEADS):
            head_start = tokens.span(token)[0] + len(tokens.folded[token.i]) - len("ولي")
            following = tokens.folded[token.i + 1 : token.i + 3]
            if following[:1] in (["عهده"], ["عهدها"]):
                span_end = tokens.span(doc[token.i + 1])[1]
            elif following[:1] == ["عهد"] and following[1:] in (["ه"], ["ها"]):
                span_end = tokens.span(doc[token.i + 2])[1]  # «عهد | ه»
            else:
                continue
            if overlaps((head_start, span_end), taken):
                continue
            states = [
                m.represents or self._served.get(m.entity.key)
                for m in known
                if m.end <= head_start and self._heads_a_state(m.entity)
            ]
            # the last ruler with an heir: «استقبل الملك X الرئيس Y بحضور ولي عهده» is X's
            heirs = [(s, o) for s in states if s and (o := self._office_of(_CROWN_PRINCE, s))]
            if not heirs:
                continue
            state, office = heirs[-1]
            title = Title(office.key, self._terms.get(office.key, ()), state)
            mention = self._office_mention(title, head_start, span_end, doc, {})
            if mention is not None:
                found.append(mention)
                taken.append((mention.start, mention.end))
        return found

    def _heads_a_state(self, person: Entity) -> bool:
        return any(o.startswith(_HEAD_OF_STATE) for o in self._offices_of.get(person.key, ()))

    def _owners_offices(
        self, known: list[Mention], earlier: list[Mention], head_start: int
    ) -> list[str]:
        """The offices of the person named last before a counterpart noun: as the article
        titled him before, else the one office kind the tables give him; with no one named
        before it («كما التقى الوزير اليحيا»: a name read later), the office named last."""
        people = [m.entity for m in known if m.entity.type == "Person" and m.end <= head_start]
        if not people:
            return [m.office for m in earlier if m.office][-1:]
        titled = [m.office for m in earlier if m.office and m.entity == people[-1]]
        held = sorted(self._offices_of.get(people[-1].key, ()))
        return titled or (held if len({o.split(":")[0] for o in held}) == 1 else [])

    def _dual_titles(
        self, doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
    ) -> list[Mention]:
        """`known` with the two holders a dual title names («الرئيسان المصري والفرنسي»,
        «وزيرا الخارجية المصري والأردني», «وزيرا خارجية مصر والأردن»): each state's holder of
        the office on the article's date, else its unnamed holder, in place of the states."""
        text = doc._.article.text
        found = list(known)
        for token in tokens.words_within(start, end, _DUAL_FORMS):
            word = tokens.folded[token.i]
            offices = DUAL_TITLES.get(word) or DUAL_TITLES[word[1:]]  # «وزيرا», «والرئيسان»
            following = tokens.folded[token.i + 1] if token.i + 1 < len(doc) else ""
            kind = offices.get(following) or offices.get("")
            if kind is None:
                continue
            after = tokens.span(token)[1]
            if following in offices:
                after = tokens.span(doc[token.i + 1])[1]
            pair = self._two_states(text, after, min(end, after + 60), found)
            if pair is None:
                continue
            spans = [(tokens.span(token)[0], pair[0][1]), pair[1][:2]]
            titles = [self._office_of(kind, state) for *_, state in pair]
            if None in titles:
                continue
            title_words = text[tokens.span(token)[0] : after]
            people = [
                self._office_mention(
                    Title(office.key, self._terms.get(office.key, ()), state),
                    *span,
                    doc,
                    {},
                    label=f"{title_words} {text[state_start:state_end]}",
                )
                for office, span, (state_start, state_end, state) in zip(
                    titles, spans, pair, strict=True
                )
            ]
            found = [m for m in found if not overlaps((m.start, m.end), spans)]
            found += [m for m in people if m is not None]
        return found

    def plural_titles(
        self, doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
    ) -> list[Mention]:
        """`known` with the holders a plural or dual title names state by state («وزراء خارجية
        سورية فيصل المقداد وروسيا سيرغي لافروف وإيران حسين أمير عبد اللهيان»): each name after a
        state is that state's holder of the office, in place of the state and the bare name.
        Two states with a name each at least; a state with no name after it ends the list."""
        text = doc._.article.text
        found = list(known)
        for token in tokens.words_within(start, end, _PLURAL_FORMS):
            word = tokens.folded[token.i]
            offices = _BY_STATE.get(word) or _BY_STATE[word[1:]]
            following = tokens.folded[token.i + 1] if token.i + 1 < len(doc) else ""
            kind = offices.get(following) or offices.get("")
            position = tokens.span(doc[token.i + 1] if following in offices else token)[1]
            glued = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if glued is not None and glued.pos_ == "PRON" and tokens.span(glued)[0] == position:
                position = tokens.span(glued)[1]  # «نظراء|ه التونسي X»: the pronoun cut off
            if kind is None and {word, word[1:]} & _MINISTERS_OF_A_PORTFOLIO:
                # «وزراء الطاقة في الأردن X ومصر Y»: ministers of a portfolio the office table
                # does not hold, each an unlinked person of his state
                position, kind = self._past_portfolio(text, position, end, found), _A_MINISTER
            if kind is None or position is None:
                continue
            # a dual in construct by states' names only («وزيرا خارجية مصر X والأردن Y»); a
            # definite one by adjectives too («الرئيسين الغاني X والتوغولي Y»)
            definite = word.removeprefix("و").startswith("ال")
            dual = word not in PLURAL_TITLES and word[1:] not in PLURAL_TITLES and not definite
            if not dual and (colon := _colon_after(text, position, end)) is not None:
                # «وزراء خارجية الدول الثلاث الأعضاء في التحالف: البوركينابي X، والمالي Y»
                first = self._state_and_name(tokens, text, position, end, found, True, dual)
                position = position if first is not None else colon
            held = []
            while (
                named := self._state_and_name(tokens, text, position, end, found, not held, dual)
            ) is not None:
                held.append(named)
                position = named[1]
            people = []
            if len(held) < 2 and {word, word[1:]} & _MINISTERS_OF_A_PORTFOLIO:
                # «وزيري الخارجية X والداخلية Y»: a portfolio before each name, no state
                people = self._by_portfolio(tokens, text, token, end, found)
            elif not held and {word, word[1:]} & _LEADERS:
                # «الرؤساء أداما بارو وعمر سيسوكو إمبالو»: names alone after the title
                people = self._by_name(tokens, text, token, position, end, found)
            if not held and not people and kind == _COUNTERPART_KIND:
                people = self._counterparts_by_state(doc, tokens, token, position, end, found)
            spans = [(m.start, m.end) for m in people]
            found = [m for m in found if not overlaps((m.start, m.end), spans)] + people
            if len(held) < 2:
                continue
            # each spans its state and name («وروسيا سيرغي لافروف» is one list item), the first
            # the title too («وزيري خارجية الأردن أيمن الصفدي»)
            starts = [tokens.span(token)[0]] + [state_start for state_start, *_ in held[1:]]
            named = list(zip(starts, held, strict=True))
            people = [
                self._holder_after_state(kind, state, person, (start_at, *name_span[1:]))
                for start_at, (_, _, state, person, name_span) in named
            ]
            spans = [(start_at, name_end) for start_at, (_, name_end, *_) in named]
            found = [m for m in found if not overlaps((m.start, m.end), spans)] + people
        return found

    def _counterparts_by_state(
        self,
        doc: Doc,
        tokens: TokenIndex,
        title: Token,
        position: int,
        end: int,
        known: list[Mention],
    ) -> list[Mention]:
        """«نظيريه المصري والأردني», «نظراءه من مصر والأردن وقطر»: counterparts with states
        alone after them, two at least: each state's holder, on the day, of the office of the
        person named before the title, else its unnamed holder, in place of the states. (A
        plural title's states alone, «وزراء خارجية مصر والأردن», stay states: who attended a
        ceremony, or whose ministers make up a committee.)"""
        text = doc._.article.text
        title_start = tokens.span(title)[0]
        offices = [m.office for m in known if m.office and m.end <= title_start]
        kind = offices[-1].split(":")[0] if offices else ""
        opener = _STATES_OPENER.match(text, position, end)
        position = opener.end() if opener else position
        states = self._states_alone(text, position, end, known)
        offices = [self._office_of(kind, state) for *_, state in states]
        if len(states) < 2 or None in offices:
            return []
        title_words = text[title_start : tokens.span(title)[1]]
        people = []
        for index, (office, (state_start, state_end, state)) in enumerate(
            zip(offices, states, strict=True)
        ):
            span = (title_start if index == 0 else state_start, state_end)
            mention = self._office_mention(
                Title(office.key, self._terms.get(office.key, ()), state),
                *span,
                doc,
                {},
                label=f"{title_words} {text[state_start:state_end]}",
            )
            if mention is not None:
                people.append(mention)
        return people

    def _states_alone(
        self, text: str, start: int, end: int, known: list[Mention]
    ) -> list[tuple[int, int, Entity]]:
        """The states listed from `start` on, by name or adjective, with «و» and commas between
        (a list with a name after each state is `_state_and_name`'s)."""
        states: list[tuple[int, int, Entity]] = []
        position = start
        while True:
            gap = _NEXT_NAME.match(text, position, end)
            if bool(gap["and"]) != bool(states) or (
                states and gap.end() - position > len(gap["and"]) + 3
            ):
                break
            state = self._state_at(text, gap.end(), end, known)
            if state is None:
                break
            states.append(state)
            position = state[1]
        return states

    def _state_and_name(
        self,
        tokens: TokenIndex,
        text: str,
        start: int,
        end: int,
        known: list[Mention],
        first: bool,
        by_name: bool,
    ) -> tuple[int, int, Entity, Entity | None, tuple[int, int, str]] | None:
        """The state at `start` (after «و» unless it is the first), by name or (unless
        `by_name`) adjective, and the name right after it: its span, the state, the person
        the tables know there (else None) and the name."""
        position = start + len(text[start:end]) - len(text[start:end].lstrip())
        if not first and text.startswith("،", position):
            # «رؤساء حكومات إيطاليا X، واليونان Y، وبلجيكا Z»: a comma before each «و»
            position += 1 + len(text[position + 1 : end]) - len(text[position + 1 : end].lstrip())
        if not first:
            if not text.startswith("و", position):
                return None
            position += 1
        state = self._state_at(text, position, end, known)
        if state is None or (by_name and not any(m.start == position for m in known)):
            return None
        after = _past_honorifics(text, state[1], end)  # «والروسي السيد فلاديمير بوتين»
        # «نظراءه المالي إبراهيم بوبكر كيتا»: the first may be read with the title before it
        person = next(
            (m for m in known if m.start <= after < m.end and m.entity.type == "Person"), None
        )
        if person is not None:
            return state[0], person.end, state[2], person.entity, (after, person.end, "")
        # a town inside the name is a name word («عبد القادر أورال أوغلو», not Oral)
        people = [(m.start, m.end) for m in known if m.entity.type not in _PLACES]
        name = name_after(tokens.after(after), text, people)
        name = name or _person_recognised_after(tokens, text, state[1])  # «ماثيو تولر»: a verb?
        name = name or _up_to_the_next_state(tokens, text, after, end, known)
        if name is None or name[0] != after:
            return None
        return state[0], name[1], state[2], None, name

    def _holder_after_state(
        self, kind: str, state: Entity, person: Entity | None, name: tuple[int, int, str]
    ) -> Mention:
        office = self._office_of(kind, state)
        key = office.key if office is not None else None
        if person is not None:
            return Mention(
                name[0], name[1], person, "title-name", 0.9, represents=state, office=key
            )
        return _unknown_holder(name[0], name, state, key)

    def _two_states(
        self, text: str, start: int, end: int, known: list[Mention]
    ) -> tuple[tuple[int, int, Entity], tuple[int, int, Entity]] | None:
        """The two states right after a dual title, by adjective («المصري والأردني») or by
        name («مصر والأردن»), each with its span."""
        states = []
        position = start
        for _ in range(2):
            gap = len(text[position:end]) - len(text[position:end].lstrip())
            position += gap
            if states:
                if not text.startswith("و", position):
                    return None
                position += 1
            state = self._state_at(text, position, end, known)
            if state is None:
                return None
            states.append(state)
            position = state[1]
        return states[0], states[1]

    def _by_portfolio(
        self, tokens: TokenIndex, text: str, title: Token, end: int, known: list[Mention]
    ) -> list[Mention]:
        """The people a plural or dual minister's title names portfolio by portfolio («وزيري
        الخارجية X والداخلية Y»): each after a definite portfolio word (the next ones with
        «و»), none after a state; two at least."""
        people: list[Mention] = []
        position = tokens.span(title)[1]
        while (word := _PORTFOLIO_WORD.match(text, position, end)) is not None:
            if bool(word["and"]) != bool(people) or self._state_at(
                text, word.start("word"), end, known
            ):
                break
            start = tokens.span(title)[0] if not people else word.start("word")
            person = _person_at(tokens, text, word.end(), end, known, start)
            if person is None:
                break
            people.append(person)
            position = person.end
        return people if len(people) > 1 else []

    def _by_name(
        self,
        tokens: TokenIndex,
        text: str,
        title: Token,
        position: int,
        end: int,
        known: list[Mention],
    ) -> list[Mention]:
        """The people a plural leaders' title names with no state: «الرؤساء أداما بارو وعمر
        سيسوكو إمبالو والحسن واتارا», each name after «و» from the second on (glued to it or
        not), none of them a state; two at least."""
        people: list[Mention] = []
        while (item := _NEXT_NAME.match(text, position, end)) is not None:
            if bool(item["and"]) != bool(people) or self._state_at(text, item.end(), end, known):
                break
            start = tokens.span(title)[0] if not people else item.end()
            person = _person_at(tokens, text, item.end(), end, known, start)
            if person is None:
                break
            people.append(person)
            position = person.end
        return people if len(people) > 1 else []

    def _past_portfolio(self, text: str, start: int, end: int, known: list[Mention]) -> int | None:
        """Where the first state after a plural minister's title and its portfolio starts,
        by name or adjective («وزراء الطاقة في الأردن X», «وزراء النقل العراقي X»), when only
        the portfolio's words (and «في») stand before it, no mark and no name."""
        window = text[start : min(end, start + _PORTFOLIO_REACH)]
        for word in re.finditer(r"\S+", window):
            position = start + word.start()
            if re.search(f"[{CLAUSE_MARKS}«»]", word.group()) or any(
                m.start == position for m in known if m.entity.type == "Person"
            ):
                return None
            if word.start() and self._state_at(text, position, end, known) is not None:
                return position
        return None

    def _state_at(
        self, text: str, start: int, end: int, known: list[Mention]
    ) -> tuple[int, int, Entity] | None:
        named = [m for m in known if m.start == start and m.entity.type == "State"]
        if named:
            return named[0].start, named[0].end, named[0].entity
        adjectives = self.nisba.find(text[start:end])
        if adjectives and adjectives[0].start == 0:
            return start, start + adjectives[0].end, adjectives[0].payloads[0]
        return None

    def with_state_served(self, mention: Mention, text: str) -> Mention:
        """A known person named after a title with no state («وزير الخارجية عباس عراقجي») or
        before one («رفيق الحريري رئيس مجلس الوزراء») represents the one state whose offices
        the tables give him."""
        if mention.represents is not None or mention.rule not in ("title-name", "alias"):
            return mention
        if mention.rule == "alias":  # the next word, read only for the rule that needs it
            after = normalize(text[mention.end : mention.end + _WORD_REACH]).strip(" ،,").split()
            if after[:1] not in ([w] for w in TITLE_HEADS) and not _listed_after_a_title(
                text, mention.start
            ):
                return mention
        served = self._served.get(mention.entity.key)
        return mention if served is None else replace(mention, represents=served)

    def _office_of(self, kind: str, state: Entity) -> Office | None:
        return self._offices.get((kind, state.key))


_WORD_REACH = 24  # the next word after a name, past a comma
_HEIR_HEADS = {"ولي", "وولي"}  # «ولي عهده»: the head of the crown prince's title (folded)
_HEAD_OF_STATE = "head-of-state:"  # the office kind of a ruler, whose heir «ولي عهده» is
_CROWN_PRINCE = "crown-prince"
_MINISTERS_OF_A_PORTFOLIO = {"وزراء", "الوزراء", "وزيرا", "وزيري"}
_LEADERS = {"روساء", "الروساء", "قاده", "القاده"}  # «الرؤساء X و Y»: leaders by name alone
# the next name of a list after a title: «و» from the second on, glued or not, a comma before
_NEXT_NAME = re.compile(r"\s*(?:،\s*)?(?P<and>و)?")
_COUNTERPART_KIND = "counterpart"  # «نظراءه»: the office of the person named before
_STATES_OPENER = re.compile(r"\s*(?:من|في)\s+")  # «نظراءه من مصر والأردن»
_PLACES = {"City", "Place"}
# «الخارجية», «والداخلية»: a portfolio after a dual minister's title, or the next with «و»
_PORTFOLIO_WORD = re.compile(r"\s*(?P<and>و)?(?P<word>ال\w+)")
_A_MINISTER = "minister"  # no office of the table: the holder is linked by his state alone
_PORTFOLIO_REACH = 30  # characters: «الطاقة والمياه في»


def _person_at(
    tokens: TokenIndex, text: str, position: int, end: int, known: list[Mention], start: int
) -> Mention | None:
    """The person named at `position` (past spaces) in a list after a title: the one the
    tables know there, else an unlinked one by the name of two words or more read there (a «و»
    glued to its first word left off), his mention from `start`."""
    while position < end and text[position].isspace():
        position += 1
    person = next((m for m in known if m.start == position and m.entity.type == "Person"), None)
    if person is not None:
        return replace(person, start=start)
    spans = [(m.start, m.end) for m in known if m.entity.type not in _PLACES]
    glued = position > 0 and text[position - 1] == "و"  # «وعمر»: one token with its «و»
    name = name_after(tokens.after(position - 1 if glued else position), text, spans)
    if name is not None and glued and name[0] == position - 1:
        name = (position, name[1], text[position : name[1]])
    if name is None or name[0] != position or len(name[2].split()) < 2:
        return None  # «والحسن واتارا»: a name cut at a word that starts with «و» is no name
    return _unknown_holder(start, name, None, None)


def _colon_after(text: str, start: int, end: int) -> int | None:
    """Where the list after a colon closing the title's phrase starts, no other mark before
    it, within reach."""
    phrase = text[start : min(end, start + _COLON_REACH)]
    colon = phrase.find(":")
    if colon < 0 or re.search(r"[،,.؛]", phrase[:colon]):
        return None
    return start + colon + 1


_COLON_REACH = 80  # «الدول الثلاث الأعضاء في تحالف دول الساحل:»


def _up_to_the_next_state(
    tokens: TokenIndex, text: str, start: int, end: int, known: list[Mention]
) -> tuple[int, int, str] | None:
    """«… وقيرغيزستان صدر جباروف وطاجيكستان إمام علي رحمن وتركمانستان سردار بردي محمدوف.»:
    the words between a state of a plural title's list and the «و» of the next state (or the
    list's end, unless a verb opens them: «رؤساء مصر والأردن يلتقون غدا»), which no rule
    read as a name (a name word that is also a verb or a title: «صدر», «إمام»); two to four
    words of letters, none with the article or a preposition."""
    following = [m.start - 1 for m in known if m.entity.type == "State" and m.start > start]
    stops = [at for at in following if text[at] == "و"]
    stop = min(stops, default=end)
    clause = re.search(r"[.،,؛:()\n]", text[start:stop])
    if clause is not None:
        stop = start + clause.start()
    elif not stops:
        return None  # a list's last name ends at a mark
    words = normalize(text[start:stop]).split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or any(
        not w.isalpha() or w.startswith("ال") or w in _PREPOSITIONS for w in words
    ):
        return None
    opening = tokens.after(start)[:1]
    if not stops and opening and opening[0].pos_ in ("VERB", "AUX"):
        return None
    name_end = start + len(text[start:stop].rstrip())
    return start, name_end, text[start:name_end]


_NAME_WORDS = (2, 4)  # the words of a name read between two states of a list
_PREPOSITIONS = {"في", "من", "الي", "علي", "مع", "عن", "حول", "خلال"}  # folded


def _person_recognised_after(
    tokens: TokenIndex, text: str, end: int
) -> tuple[int, int, str] | None:
    """The person's name the NER reads right after `end` (past spaces only), which a title
    rule could not read («علي» is also the preposition «على»), without the verb's object or an
    indefinite noun in the accusative it ran on into («علي الصادق اتفاقية»)."""
    start = end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip(" "))
    for entity in tokens.entities_starting(start, start + 1):
        words = list(entity)
        while len(words) > 1 and (
            indefinite_accusative(words[-1])
            or (words[-1].dep_ == "obj" and words[-1].head not in words)
        ):
            words.pop()
        if entity.label_ == "PER":
            name_end = tokens.span(words[-1])[1]
            return start, name_end, text[start:name_end]
    return None


def _listed_after_a_title(text: str, start: int) -> bool:
    """«انضم إلى اللقاء وزيرا خارجية البلدين سامح شكري وأيمن الصفدي», «ووزير الشؤون
    المغاربية والاتحاد الإفريقي وجامعة الدول العربية الجزائري عبد القادر مساهل»: a title
    (of one or two holders) among the words before the name, in the same phrase."""
    before = normalize(text[max(0, start - _TITLE_REACH) : start]).split()[-_TITLE_WORDS:]
    marks = [i for i, word in enumerate(before) if any(mark in word for mark in CLAUSE_MARKS)]
    return any(_title_word(word) for word in before[marks[-1] + 1 if marks else 0 :])


def _title_word(word: str) -> bool:
    """A title head, with «و» before it or in the dual («وزيرا», «وزيري»)."""
    bare = word.removeprefix("و") if word[1:] in TITLE_HEADS else word
    return bare in TITLE_HEADS or (bare[-1:] in ("ا", "ي") and bare[:-1] in TITLE_HEADS)


_TITLE_REACH = 100  # characters: a long title («وزير الشؤون المغاربية والاتحاد الإفريقي …»)
_TITLE_WORDS = 10


def _only_a_place(name: tuple[int, int, str], following: list[Match], sentence_start: int) -> bool:
    """«وزار وزير الخارجية الأمريكي عمان»: the word after the title is a place the tables
    know, all of it (the place he went to), not his name."""
    return any(
        (sentence_start + m.start, sentence_start + m.end) == name[:2]
        and any(_is_place(p) for p in m.payloads)
        for m in following
    )


def _is_place(payload: object) -> bool:
    return _tabled_type(payload) in ("City", "State")


def _starts_an_argument(payload: object) -> bool:
    """A person, city or state the tables know (a city read as its state's metonym too) is
    no word of the name before it: «مساعد وزير الخارجية الأمريكي وليم بيرنز بيروت» (he
    visited Beirut)."""
    return _tabled_type(payload) in ("Person", "City", "State")


def _tabled_type(payload: object) -> str | None:
    if isinstance(payload, tuple):
        payload = payload[1]  # («metonym», the city)
    return payload.type if isinstance(payload, Entity) else None


# the words of a name before its title: «محمد بن زايد آل نهيان رئيس دولة الإمارات», and one more
_NAME_BEFORE_TITLE = 6
