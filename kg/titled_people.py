"""People named after a title the roles table does not know («وزير الخارجية الأردني أيمن
الصفدي»): the title phrase, the name after it, and the state or body the title names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer, overlaps
from kg.lang.ar.grammar import IN_TITLE_MARKERS
from kg.lang.ar.meetings import SPOUSES
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.words import (
    ACTING,
    COLLECTIVES,
    HONORIFICS,
    INSTITUTIONS,
    LEADERSHIP,
    NAME_LINKS,
    ORGANISATION_HEADS,
    RANK_GRADES,
    RANKS,
    RELATIONAL_NOUNS,
    RELATIVE_PRONOUNS,
    TITLE_CONSTRUCTS,
    TITLE_GIVEN_NAMES,
    TITLE_HEADS,
    TITLE_PLACES,
)
from kg.mention_spans import TokenIndex, end_in_sentence, ends_a_sentence, unlinked_key
from kg.normalize import normalize
from kg.person_names import (
    ABBREVIATED_TITLES,
    NAME_POS,
    QUOTES,
    abbreviated_title,
    accusative_noun,
    is_adjective,
    leading_adjective,
    name_after,
    names_an_institution,
    next_in_a_list,
    title_in_a_name,
)
from kg.title_holders import SENDS, family_names_again, possessor
from kg.types import Entity, Mention

_MAX_TITLE_WORDS = 12
_MAX_BRACKETED = 4  # words of a body's short name in brackets


def _her_husbands_name(
    following: list[Token], text: str, spouse_start: int, known: list[Mention]
) -> tuple[int, int, str] | None:
    """«فوميو كيشيدا وقرينته يوكو كيشيدا»: a spouse's name that ends in the family name of
    the person named right before the spouse word, however the parse tagged its words (a
    foreign given name read as a verb)."""
    husband = next(
        (m for m in known if m.entity.type == "Person" and not text[m.end : spouse_start].strip()),
        None,
    )
    if husband is None or not following:
        return None
    family = normalize(text[husband.start : husband.end]).split()[-1]
    words = following[: _SPOUSE_NAME_WORDS + 1]
    last = next((i for i, t in enumerate(words) if i and normalize(t.text) == family), None)
    if last is None or not all(t.is_alpha for t in words[:last]):
        return None
    offsets = following[0].doc._.offsets
    start, end = offsets[following[0].i][0], offsets[following[last].i][1]
    return start, end, text[start:end]


_SPOUSE_NAME_WORDS = 2  # «يوكو كيشيدا», «جيل تريسي بايدن»: a given name or two before it


def _person_within(name: tuple[int, int, str], mentions: list[Mention]) -> Mention | None:
    """A person mention that starts where a name read after a title starts."""
    return next((m for m in mentions if m.entity.type == "Person" and m.start == name[0]), None)


def _known_person_at(following: list[Token], known: list[Mention]) -> tuple[int, int, str] | None:
    """A person the tables know whose name starts right after a title, however the parse
    tagged its words («مع المبعوثة الأممية هانا تيتيه», «هانا» a noun, «تيتيه» a verb)."""
    # past honorifics and a rank's grades («الفريق أول الركن عبد الفتاح البرهان»)
    while following and (
        normalize(following[0].text) in HONORIFICS | RANK_GRADES
        or abbreviated_title(following[0])  # «د. عبد الله حمدوك»
    ):
        following = following[1:]
    if not following:
        return None
    start = following[0].doc._.offsets[following[0].i][0]
    person = next((m for m in known if m.entity.type == "Person" and m.start == start), None)
    if person is None:
        return None
    return person.start, person.end, following[0].doc._.article.text[person.start : person.end]


def _on_behalf_of(doc: Doc, i: int) -> int:
    """Where «باسم» (however the tokenizer cut it) and a pronoun glued to it end, from word
    `i` on; 0 if no «باسم» is there."""
    folded = doc._.folded
    end = i + 1 if folded[i] == "باسم" else i + 2 if folded[i : i + 2] == ["ب", "اسم"] else 0
    if end and end < len(doc) and doc[end].pos_ == "PRON":
        end += 1
    return end


def _title_phrase(head: Token, tokens: TokenIndex, taken: list[tuple[int, int]]) -> list[Token]:
    """The title word and what completes it: definite nouns and adjectives (وزير الخارجية
    الإيراني), a construct chain (رئيس مجلس الوزراء), stacked titles and honorifics
    (وزير الخارجية القطري الشيخ), and named bodies (رئيس المكتب السياسي لحركة «حماس»)."""
    phrase = [head]
    doc = head.doc
    sentence_end = head.sent.end  # once: `Token.sent` walks the sentence and makes Spans
    for token in doc[head.i + 1 : min(sentence_end, head.i + _MAX_TITLE_WORDS)]:
        word = normalize(token.text)
        following = doc[token.i + 1] if token.i + 1 < sentence_end else None
        if phrase[-1].i != token.i - 1:
            continue  # the word a place noun or «ب» took along («إقليم كردستان»، «بالنيابة»)
        if following is not None and (
            word in TITLE_PLACES
            or (word[:1] in ("ب", "ل") and word[1:] in TITLE_PLACES)  # «بمملكة ليسوتو»
            or (word == "ب" and normalize(following.text) in ACTING)
        ):
            phrase += [token, following]
            continue
        if word[:1] == "ب" and word[1:] in ACTING:
            phrase.append(token)
            continue
        if phrase[-1] == head and (behalf_end := _on_behalf_of(doc, token.i)):
            # «المتحدث باسمها», «الناطق باسم الحكومة»: whose spokesman goes with the title
            phrase += list(doc[token.i : behalf_end])
            continue
        if following is not None and phrase == [head] and word in _POSSESSING:
            # «محافظ ذي قار مرتضى الإبراهيمي»: a place named «ذي X» is two words, and the
            # name follows it
            phrase += [token, following]
            break
        if following is not None and (
            (word == "و" and _portfolio_goes_on(following))
            or (
                word in _WHERE_POSTED
                and overlaps(tokens.span(following), taken)
                and not (phrase == [head] and normalize(head.text) in _RULERS)
            )
        ):
            # «وزيرة الخارجية والشؤون الأوروبية لجمهورية سلوفينيا»: the portfolio goes on
            # after «و»; «سفير لبنان في الإمارات», «المبعوث الروسي الخاص إلى أفغانستان»:
            # where he is posted, a place or body the tables know, is the title's
            phrase.append(token)
            continue
        # «رئيس مجلس الوزراء», and before a place noun «رئيس حكومة إقليم كردستان»
        construct = (
            token.pos_ == "NOUN"
            and word not in NAME_LINKS  # «… للإعلام عبد الهادي محفوظ»: the name's «عبد»
            and following is not None
            and (
                normalize(following.text).startswith("ال")
                or normalize(following.text) in TITLE_PLACES
                or _chain_to_a_body(following, tokens, taken)
                or _pronoun_and_adjective(following, tokens)  # «عضو لجنت|ها المركزية»
            )
        )
        # «نظير|ه المصري», «عضو لجنت|ها المركزية»: a pronoun glued to the title's noun
        possessive = token.pos_ == "PRON" and (
            token.i == head.i + 1 or _pronoun_and_adjective(token, tokens)
        )
        # «… الخاصة لمكافحة تبييض الأموال محمد البعاصيري»: a common noun after «ل» is the
        # body's purpose, not a name (no name follows «ل» in a title)
        purpose = normalize(phrase[-1].text) == "ل" and token.pos_ == "NOUN"
        purpose = purpose and word not in _PORTFOLIO_NOUNS  # «لشؤون»: read on its own above
        # «المدير الإداري لـ تشلسي كولين هاتشينسون»: the body a split «ل» names, however tagged,
        # when a name follows it
        owned = normalize(phrase[-1].text) == "ل" and token.pos_ in NAME_POS
        owned = owned and following is not None and following.pos_ in NAME_POS
        if word in RELATIVE_PRONOUNS:
            break  # «ونظيره القطري اللذان وصلا»: a relative clause follows, not a name
        if _another_title_styled(phrase, word, following):
            break
        if normalize(phrase[-1].text) in HONORIFICS and word not in TITLE_HEADS | HONORIFICS:
            break  # «ولي العهد الشيخ صباح الخالد»: after the style, the name
        # «نائب مساعد وزير الخارجية»: a relational noun right after a title word goes on with it
        stacked = word in RELATIONAL_NOUNS and normalize(phrase[-1].text) in TITLE_HEADS
        # «عضو الكنيست», «محافظ ميسان», «والي الخرطوم»: the seat's body or the governed
        # place, however tagged
        seat = phrase == [head] and without_conjunction(normalize(head.text)) in _SEATS
        if (
            possessive
            or stacked
            or seat
            or word in TITLE_HEADS
            or word in HONORIFICS
            or overlaps(tokens.span(token), taken)
            or (word.startswith("ال") and token.pos_ in ("NOUN", "ADJ"))
            or _glued_to_the(word, token)
            or token.text in QUOTES
            or _in_brackets(token, head)  # «مدير المخابرات (الموساد) مئير دغان»
            or (word == "ل" and token.pos_ == "ADP")
            or (word in _PORTFOLIO_NOUNS and _definite_within_two(token))
            # «الرئيس الحالي لمنظمة الأوبك»: the body's name after its head noun, however tagged
            or (word.startswith("ال") and _a_body_head(normalize(phrase[-1].text)))
            or construct
            or purpose
            or owned
        ):
            phrase.append(token)
        else:
            break
    return phrase


def _in_construct(token: Token) -> bool:
    """Whether a definite noun or «سر», «عام» follows a word: a title in construct with a body
    («أمين المجلس», «أمين سر اللجنة»), not a given name."""
    if token.i + 1 >= len(token.doc):
        return False
    word = normalize(token.doc[token.i + 1].text)
    return word in TITLE_CONSTRUCTS or (word.startswith("ال") and word not in NAME_LINKS)


def _before_a_city(token: Token, tokens: TokenIndex, known: list[Mention]) -> bool:
    """Whether a city the article names comes right after the word («أمين بغداد», «أمين
    عمّان»: the mayor of a capital)."""
    if token.i + 1 >= len(token.doc):
        return False
    start = tokens.span(token.doc[token.i + 1])[0]
    return any(m.start == start and m.entity.type == "City" for m in known)


def _another_title_styled(phrase: list[Token], word: str, following: Token | None) -> bool:
    """Whether a style and a title after where the phrase's holder is («وزير الدفاع في طهران
    فخامة الرئيس الإيراني …») open another person's title: the holder's own style and title
    come before the place."""
    posted = any(normalize(token.text) in _WHERE_POSTED for token in phrase)
    titled = following is not None and normalize(following.text) in TITLE_HEADS
    return posted and titled and word in HONORIFICS and word not in TITLE_HEADS


def _glued_to_the(word: str, token: Token) -> bool:
    """A body's word with «ل» glued on that the tokenizer left whole: a definite noun or
    adjective («الهيئة القيادية للتنسيقية»), or a body's head noun («لتنسيقية القوى …»,
    however tagged). The title's body goes on."""
    if word.startswith("لل") and len(word) > 5 and token.pos_ in ("NOUN", "ADJ"):
        return True
    return word[:1] == "ل" and _a_body_head(word)


def _a_body_head(word: str) -> bool:
    """A body's head noun, with «ل» glued on or not («حركة», «لتنسيقية»)."""
    return word in ORGANISATION_HEADS or (word[:1] == "ل" and word[1:] in ORGANISATION_HEADS)


def _pronoun_and_adjective(token: Token, tokens: TokenIndex) -> bool:
    """A pronoun glued to the noun before it and an adjective after it («لجنت|ها المركزية»),
    not a verb's object and a noun («حفظ|ه الله»)."""
    after = None if ends_a_sentence(token) else token.doc[token.i + 1]
    return _glued_pronoun(token, tokens) and after is not None and after.pos_ == "ADJ"


def _glued_pronoun(token: Token, tokens: TokenIndex) -> bool:
    """A pronoun the tokenizer split off the noun before it, with no space between."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.pos_ == "PRON"
        and previous is not None
        and tokens.span(previous)[1] == tokens.span(token)[0]
    )


def _chain_to_a_body(word: Token, tokens: TokenIndex, taken: list[tuple[int, int]]) -> bool:
    """«رئيس مجلس وزراء دولة الكويت»: a chain of indefinite nouns that ends, within two words,
    on a state or body the tables know goes on in the title."""
    for token in word.doc[word.i : end_in_sentence(word, word.i + 2)]:
        if overlaps(tokens.span(token), taken):
            return True
        if token.pos_ != "NOUN":
            return False
    return False


_WHERE_POSTED = IN_TITLE_MARKERS - {"ل"}  # «في», «إلى», «لدى»: where a holder is posted
# a ruler is posted nowhere: «استقبل الأمير في قصر بيان المبعوث X» is where he received him
_RULERS = {"الامير", "الملك", "السلطان", "العاهل", "الرييس", "الشيخ"}
_POSTED_AT = re.compile(r"\s(?:في|لدى|لدي|إلى|الى|إلي)\s")  # as written: not «فى»
_PORTFOLIO_NOUNS = {"شوون", "الشوون"}


def _definite_within_two(portfolio: Token) -> bool:
    """«لشؤون الشرق الأوسط», «لشؤون منطقة البحر المتوسط»: the portfolio's own words end in a
    definite one, so the title runs over them; after «لشؤون جنوب آسيا» kg cannot tell where
    the name starts."""
    words = portfolio.doc[portfolio.i + 1 : portfolio.i + 3]
    return any(normalize(t.text).startswith("ال") for t in words) and words[0].pos_ == "NOUN"


def _portfolio_goes_on(word: Token) -> bool:
    """A definite noun or adjective after «و» in a title that starts no one else's title
    or side: «والشؤون», «والمغتربين»; not «والسفير», «والسيد», «والوفد»."""
    folded = normalize(word.text)
    bare = folded.removeprefix("ال")
    return (
        folded.startswith("ال")
        and word.pos_ in ("NOUN", "ADJ")
        and not {folded, bare} & (TITLE_HEADS | HONORIFICS | COLLECTIVES)
    )


_OPENING = {"(": ")", "«": "»"}
_BRACKETS = set(_OPENING) | set(_OPENING.values())


def _in_brackets(token: Token, head: Token) -> bool:
    """Whether `token` is within a short bracketed or quoted name after the title `head`,
    brackets included: the body's acronym or short name, «(الموساد)», «(سي آي إيه)», «تقدم»
    in quotes after the body's full name."""
    doc = head.doc
    before = doc[max(head.i + 1, token.i - _MAX_BRACKETED - 1) : token.i]
    opening = next((t.i for t in reversed(before) if t.text in _BRACKETS), None)
    if token.text in _OPENING:
        opening = token.i
    elif opening is None or doc[opening].text not in _OPENING:
        return False
    closing = _OPENING[doc[opening].text]
    inside = doc[opening + 1 : opening + 2 + _MAX_BRACKETED]
    end = next((t.i for t in inside if t.text == closing), None)
    return end is not None and token.i <= end


_PLACE_EPITHETS = {"الكبري", "العظمي"}  # folded: «إزمير الكبرى», «لندن الكبرى»
_AGENT = {"وكيل"}  # a title only with what it is under-secretary of («وكيل وزارة الخارجية»)
_MEMBER = {"عضو", "العضو"}  # a seat's title only in the construct: «عضو الكنيست», not «عضو في»
# the governor or mayor of a place: «محافظ ميسان», «عمدة روما», «والي الخرطوم» (folded)
_SEATS = _MEMBER | {"محافظ", "عمده", "والي", "قايمقام"}
_POSSESSING = {"ذي", "ذو", "ذات"}  # «ذي قار»: «of»


def _followed_by_in(token: Token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and normalize(following.text) in ("في", "فى")


# a title head, and one with «و» the tokenizer left on it («وقائد قوات الدعم السريع …»)
_UNGLUED_HEADS = TITLE_HEADS | TITLE_GIVEN_NAMES | RANKS
_TITLE_HEADS_JOINED = _UNGLUED_HEADS | {"و" + word for word in TITLE_HEADS}
# «وقرينته جيل بايدن»: a spouse named after the word, which the tokenizer cuts before «ه»
_SPOUSE_HEADS = frozenset(spouse.removesuffix("ه") for spouse in SPOUSES)
_TITLE_HEADS_JOINED |= _SPOUSE_HEADS


def unknown_people(
    nisba: Gazetteer,
    doc: Doc,
    tokens: TokenIndex,
    span: tuple[int, int],
    known: list[Mention],
    named_before: list[Mention],
) -> list[Mention]:
    """People named after a title the roles table does not know, in the sentence `span`.

    «وزير الخارجية الأردني أيمن الصفدي» → an unlinked Person «أيمن الصفدي»;
    «رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني»
    → «محمد بن عبد الرحمن آل ثاني». A person the article named before, written again by his
    family name, ends the name («المبعوث ستيف ويتكوف ببوتين»).
    """
    start, end = span
    found = []
    text = doc._.article.text
    taken = [(m.start, m.end) for m in known]
    bodies = [(m.start, m.end) for m in known if m.entity.type != "Person"]
    for token in tokens.words_within(start, end, _TITLE_HEADS_JOINED):
        if overlaps(tokens.span(token), taken) or title_in_a_name(token):
            continue
        if normalize(token.text) in TITLE_GIVEN_NAMES and not (
            _in_construct(token) or _before_a_city(token, tokens, known)
        ):
            # «أمين» a given name, not «أمين المجلس الأعلى للأمن القومي X», «أمين بغداد X»
            continue
        title = _title_phrase(token, tokens, bodies)  # a title names bodies, not people
        head = normalize(token.text)
        if len(title) == 1 and (head in _AGENT or without_conjunction(head) in _AGENT):
            continue  # «شقيق ووكيل محمد باقر الحكيم»: whose agent, not who is one
        if without_conjunction(head) in _MEMBER and _followed_by_in(token):
            continue  # «تركيا عضو في حلف شمال الأطلسي "ناتو"»: a membership, not a seat's title
        following = tokens.after(tokens.span(title[-1])[1])
        if len(following) > 1 and _another_title_styled(
            title, normalize(following[0].text), following[1]
        ):
            continue  # «وزير الدفاع في طهران فخامة الرئيس الإيراني X»: X is the president
        while len(following) > 2 and (
            leading_adjective(following, nisba)
            or _belonging(following)
            or normalize(following[0].text) in _PLACE_EPITHETS
        ):
            # «نظيره العماني بدر البوسعيدي», «رئيس بلدية إزمير الكبرى تونتش سوير»: the title's
            # adjective, the city's epithet
            following = following[1:]
        known_next = _known_person_at(following, known)
        title_start = tokens.span(token)[0]
        earlier = named_before + [m for m in known if m.end <= title_start]
        again = family_names_again(following, earlier)
        name = known_next or name_after(following, text, taken + again)
        if name is None and head in _SPOUSE_HEADS:
            name = _her_husbands_name(following, text, tokens.span(token)[0], known)
        if (
            name is None
            or is_adjective(name[2], nisba)
            or names_an_institution(text, name[0])
            or normalize(name[2]) in INSTITUTIONS
        ):
            # «نظيره البرازيلي»: an adjective; «رئيس جامعة الملك سعود»: a namesake; «رئيسة
            # الحكومه»: the institution, its «ة» written «ه» and split off as a pronoun
            continue
        # The mention spans the title too, so a body named inside it («رئيس المكتب
        # السياسي لحركة حماس إسماعيل هنية») is part of the title, not another actor.
        glued = normalize(token.text) not in _UNGLUED_HEADS
        span_start = tokens.span(token)[0] + glued  # past «و»
        # «وقرينته جيل بايدن»: her name ends in her husband's, which is no one of hers
        spouse = head in _SPOUSE_HEADS and _person_within(name, known) is None
        if overlaps((name[0], name[1]), taken) and not spouse:
            if glued:
                continue  # «… وولي عهد أبوظبي الشيخ محمد بن زايد»: the «و» joins the next name
            # «نظيره الأمريكي دونالد ترامب»: a known person after a title the base does
            # not list; the title joins the mention (its «مع» is the person's). Not after
            # «برئاسة» (the delegation's head) or a possessed title («صهر الرئيس …»), unless
            # a title word possesses it, as it heads it without «ب» («بنائب رئيس المكتب»).
            person = _person_within(name, known)
            leads = normalize(token.text) in LEADERSHIP
            owner = possessor(title)
            possessed = owner is not None and owner not in TITLE_HEADS
            # «لودريان، مبعوث الرئيس الفرنسي إيمانويل ماكرون»: the envoy is named before the
            # comma; the name after his title is who sent him
            sender = _sends(token) and _apposed_to_a_person(text, span_start, known)
            sender = sender or _envoy_of_the_name(title)
            if person is not None and not leads and not possessed and not sender:
                represents = _represented(nisba, text, span_start, name[0], known)
                found.append(
                    Mention(
                        span_start,
                        person.end,
                        person.entity,
                        "title-name",
                        0.9,
                        represents=represents,
                    )
                )
            continue
        if accusative_noun(tokens.covering(name[0], name[1])):
            continue  # «أصدر وزير العدل الروماني مرسوما»: the verb's object, not a name
        if next_in_a_list(token, name[2]):
            continue  # «وليد المعلم وزير الخارجية السوري وسالم الزعابي»: the next person
        person = Entity(unlinked_key("Person", name[2]), "Person", name[2])
        represents = _represented(nisba, text, span_start, name[0], known)
        found.append(
            Mention(span_start, name[1], person, "name-after-title", 0.5, represents=represents)
        )
        taken.append((span_start, name[1]))
    return found


def abbreviated_title_names(
    doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
) -> list[Mention]:
    """People named after an abbreviated title («د. غالي»), often by the family name alone,
    which the NER misses after the stop."""
    found = []
    text = doc._.article.text
    taken = [(m.start, m.end) for m in known]
    for letter in tokens.words_within(start, end, ABBREVIATED_TITLES):
        if not abbreviated_title(letter):
            continue
        name = name_after(tokens.after(doc._.offsets[letter.i + 1][1]), text, taken)
        if name is None or overlaps((name[0], name[1]), taken):
            continue
        person = Entity(unlinked_key("Person", name[2]), "Person", name[2])
        found.append(Mention(name[0], name[1], person, "name-after-title", 0.5))
        taken.append((name[0], name[1]))
    return found


def _belonging(words: list[Token]) -> bool:
    """A definite adjective of belonging («الماروني», «الدرزي», «الاشتراكي») right after a
    title and before a name: it says whose title it is («البطريرك الماروني بشارة الراعي»). A
    name does not open with one; a family name that looks like one stands alone after the
    title («رئيس الوزراء الحريري في …») or after the given name («محمد شياع السوداني»)."""
    first, second = normalize(words[0].text), normalize(words[1].text)
    nisba = first.startswith("ال") and first.endswith(("ي", "يه")) and len(first) > 4
    tagged = words[1].pos_ in NAME_POS or words[1].pos_ == "NOUN"
    named_next = second.isalpha() and not second.startswith("ال") and tagged
    return nisba and named_next


def _apposed_to_a_person(text: str, start: int, known: list[Mention]) -> bool:
    """Whether a comma sets the title at `start` off right after a person's name."""
    before = text[:start].rstrip()
    if not before.endswith(("،", ",")):
        return False
    end = len(before[:-1].rstrip())
    return any(m.entity.type == "Person" and m.end == end for m in known)


def _sends(token: Token) -> bool:
    """Whether a title word is an envoy's in the construct («مبعوث», «وموفد»): whom it names
    after it is who sent him."""
    return without_conjunction(normalize(token.text)) in SENDS


def _envoy_of_the_name(title: list[Token]) -> bool:
    """Whether the titles stacked before a name end in an envoy's of someone («رئيس الوزراء
    السابق والمبعوث الخاص لرئيس الوزراء X»): X sent the one the titles describe."""
    folded = [without_conjunction(normalize(t.text)).removeprefix("ال") for t in title[1:]]
    return any(
        word in SENDS and any(w.startswith("ل") for w in folded[i + 1 : i + 4])
        for i, word in enumerate(folded)
    )


def _represented(
    nisba: Gazetteer[Entity], text: str, start: int, end: int, known: list[Mention]
) -> Entity | None:
    """The state or body a title names: a nisba («وزير الخارجية الأردني»), else a state or
    organisation named inside it («رئيس المكتب السياسي لحركة حماس»); where he is posted
    («مدير مكتب الاتحاد الأوروبي في الأردن») is not whom he stands for."""
    posted = _POSTED_AT.search(text, start, end)
    end = posted.start() if posted else end
    nisba = nisba.find(text[start:end])
    if nisba:
        return nisba[-1].payloads[0]
    inside = [
        m.entity
        for m in known
        if start <= m.start and m.end <= end and m.entity.type in ("State", "Organization")
    ]
    return inside[-1] if inside else None
