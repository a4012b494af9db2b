"""Reading a personal name from the words after a title: honorifics skipped, name words,
links (بن، آل، عبد) and family names taken, up to a word that ends a name; and which words
are common words or state adjectives, never a name by themselves.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.triggers import triggers
from kg.gazetteer import Gazetteer, overlaps
from kg.lang.ar.grammar import TOPIC_NOUNS
from kg.lang.ar.morphology import PRONOUNS, opens_a_phrase, without_conjunction
from kg.lang.ar.words import (
    ACTING,
    ARTICLE_GIVEN_NAMES,
    AT_THE_TIME,
    CLERICAL_STYLE,
    COMPOUND_NAME_ENDS,
    FILIATION,
    FIRST_NAME_TITLES,
    GIVEN_DATE_WORDS,
    HONORIFICS,
    NAME_ENDS,
    NAME_LINKS,
    NAME_STOP_NOUNS,
    NAME_STOPS,
    NAME_SUFFIXES,
    NAMESAKE_HEADS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PREPOSED_NOUNS,
    RANK_GRADES,
    RANKS,
    REGNAL,
    RELATIONAL_NOUNS,
    TITLE_CONSTRUCTS,
    TITLE_GIVEN_NAMES,
    TITLE_HEADS,
    TITLES_IN_NAMES,
    TOMBS,
    general_title,
)
from kg.lexicon import nouns, with_bi_article
from kg.mention_spans import ends_a_sentence, starts_a_sentence
from kg.normalize import normalize
from kg.types import Mention

NAME_POS = {"X", "PROPN"}
_NOT_NAME_POS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "NUM", "PUNCT", "PART"}
QUOTES = {"«", "»", '"', "“", "”", "'"}
MAX_NAME_WORDS = 7
_STOP_NOUNS = nouns(**{noun: (noun,) for noun in NAME_STOP_NOUNS})
_TOPIC_WORDS = {normalize(noun) for noun in TOPIC_NOUNS}  # «سبل», «مستجدات», «ملف»
# A common noun behind a glued «ب» or «ل»: the nouns a name may stand where, and title words
# «لحكومة الوفاق», «لحزب الله»: a body's head noun with «ل» after a title is no given name
_PREPOSED = PREPOSED_NOUNS | TITLE_HEADS | RELATIONAL_NOUNS | HONORIFICS | ORGANISATION_HEADS
_PREPOSED |= {"حكومه"}


def ends_a_name(word: str) -> bool:
    """A title word, a word with «ب» and the article glued on («جي دي فانس بالمستشار
    الألماني»), an adverb or a meeting noun («نبيل عمرو لقاء مع», «رايس أيضا»): no name goes
    on past it."""
    return word in NAME_ENDS or with_bi_article(word) or _is_name_stop(word)


def _is_name_stop(word: str) -> bool:
    """An adverb, a time word or a meeting noun in any form («لقاء», «اجتماعا», «محادثات»),
    or a noun of what talks are about («مع سفير فرنسا مصطفى مهراج سبل الخروج …»)."""
    return word in NAME_STOPS or word in _STOP_NOUNS or word.removeprefix("ال") in _TOPIC_WORDS


def _glued_common_noun(word: str) -> bool:
    """A common noun with «ب» or «ل» glued on, and perhaps a pronoun after it («بديوان»,
    «بمكتبه», «لمناسبة»): the rest of the word is a known noun, not the rest of a name."""
    if word[:1] not in ("ب", "ل") or len(word) < 4:
        return False
    rest = word[1:]
    bare = [rest[: -len(p)] for p in PRONOUNS if rest.endswith(p) and len(rest) > len(p) + 1]
    return any(form in _PREPOSED for form in (rest, *bare))


def is_adjective(words: str, adjectives: Gazetteer) -> bool:
    """Whether `words` are one of `adjectives` and nothing else («مصريين»)."""
    found = adjectives.find(words)
    return bool(found) and found[0].start == 0 and found[0].end == len(words)


def leading_adjective(words: list[Token], adjectives: Gazetteer) -> bool:
    """Whether the first of `words` is a state's adjective before a name («نظيره العماني بدر
    البوسعيدي»), not a given name spelt like one: «تركي بن محمد» (a son of)."""
    son_of = len(words) > 1 and normalize(words[1].text) in FILIATION
    return not son_of and is_adjective(words[0].text, adjectives)


# A title's first letter and a full stop before a name, as Egyptian papers write «الدكتور»
# and «المهندس» («عقب لقاء د. غالي مع …», «م. أحمد عز»), folded
ABBREVIATED_TITLES = {"د", "م"}


def abbreviated_title(token: Token) -> bool:
    """Whether `token` is the letter of an abbreviated title («د» of «د. غالي») or the full
    stop after one; not «د.» after a number (minutes)."""
    doc, letter = token.doc, token.i - 1 if token.text == "." else token.i
    if normalize(doc[letter].text) not in ABBREVIATED_TITLES:  # most words: before `sent`
        return False
    sentence = token.sent
    if letter < sentence.start or letter + 1 >= sentence.end:
        return False
    if doc[letter + 1].text != ".":
        return False
    return not (letter > sentence.start and doc[letter - 1].like_num)  # «بعد 5 د.»: minutes


def common_word(word: str) -> bool:
    """A title, honorific or date word, with or without the article («الوزير»)."""
    return word in NOT_NAMES or word.removeprefix("ال") in NOT_NAMES


def joined_common_word(word: str) -> bool:
    """A common word, or one with «و» glued on («ونظراء», «والمبعوث»): the next phrase."""
    return common_word(word) or (word[:1] == "و" and len(word) > 3 and common_word(word[1:]))


def name_after(
    tokens: list[Token], text: str, known: list[tuple[int, int]] = ()
) -> tuple[int, int, str] | None:
    """The personal name right after a title, with its span and text.

    Honorifics before the name are skipped (الشيخ، اللواء، السيد). The name starts with a word
    without the article (أيمن، ستيف) or one tagged as a proper or foreign name, and runs over
    name words, family names with the article (الصفدي) and the links بن، آل، عبد, up to a
    comma, a preposition, a verb or a date word, as long as the parse keeps the words together
    and on one line.
    Two exceptions to the parse: a foreign word right after a foreign word goes on the name
    however it is attached («لويز إيناسيو لولا دا سيلفا»), unless it starts a name in `known`
    («نائبة الرئيس كامالا هاريس نتنياهو»); a ruler's regnal number ends it («عبدالله الثاني»).
    """
    run: list[Token] = []
    comma = False  # a comma before the name
    quoted_until = -1  # the closing quote of a body's own name before the person's
    for token in tokens:
        if token.i <= quoted_until:
            continue
        if not run and token.text in _OPENING_QUOTES:
            quoted_until = _quoted_before_a_name(token)
        if _after_line_break(token, text):
            break  # a headline's title and the dateline's city under it: no name runs on
        word = normalize(token.text)
        honorific = word in HONORIFICS or without_conjunction(word) in HONORIFICS  # «والسيد»
        honorific = honorific or abbreviated_title(token) or clerical_style(token)
        if not run and opens_a_phrase(word):
            break  # «برئاسة الرئيس السيسي وبمشاركة …»: the next phrase, no name
        if not run and without_conjunction(word) != word and (comma or honorific):
            # «سيريل رامافوزا رئيس جنوب أفريقيا، وفخامة X»: the next of a list; «جلالة الملك
            # وجلالة الملكة رانيا»: the style «و» joins opens the next person's title
            break
        comma = comma or token.text in "،,"
        if not run and (honorific or token.text in "،," or token.text in QUOTES):
            continue
        if not run and (word in AT_THE_TIME or _in_his_time(token, word)):
            continue  # «نظيره التركي آنذاك مولود جاويش أوغلو», «في حينه»: who held it then
        if not run and _acting(token, word):
            continue  # «رئيسة البعثة بالنيابة ستيفاني وليامز»: acting
        if not run and _portfolio_word(word, token):
            continue  # «وزير الخارجية والمغتربين»: the title's portfolio goes on with «و»
        if not run and word in RANK_GRADES and _after_honorific(token):
            continue  # «الفريق أول ركن», «اللواء الركن»: a rank's grade, after the rank
        if not run and word in GIVEN_DATE_WORDS and _after_honorific(token):
            run.append(token)  # «الشيخ صباح خالد الحمد الصباح»: after «الشيخ», a name
            continue
        if run and _ali_in_a_name(token):
            run.append(token)  # «محمد على ابطحى»: the name Ali, read as the preposition «على»
            continue
        after_link = bool(run) and normalize(run[-1].text) in NAME_LINKS
        if token.is_alpha and run and (after_link or word in NAME_LINKS):
            # «بن عبد الرحمن آل ثاني»: a link and the word after it belong to the name,
            # however they are tagged and attached
            run.append(token)
            continue
        if _family_after_patronym(run, token, word, known):
            run.append(token)  # «فيصل بن عبدالله الحنزاب»: the family name after «بن Y»
            break
        if run and word in _FAMILY_WORDS and not (_name_follows(token) or _title_goes_on(token)):
            run.append(token)  # «حسين الشيخ»: after a given name, no honorific but his family's
            break
        if run and word != without_conjunction(word) and _a_title(without_conjunction(word)):
            break  # «أحمد الصفدي ورئيسي برلماني فلسطين وليبيا»: the next people's title
        if run and _next_item_split(token, text):
            break  # «… كلام الله والنيجري X»: «والن|يجري», the next item cut by the tokenizer
        if run and word[:1] in _IMPERFECT and triggers().verbs.lookup(token.text) is not None:
            break  # «الرئيس السيسي يستقبل الرئيس أردوغان»: a caption's verb, no name's word
        if run and word[:1] == "و" and triggers().verbs.lookup(token.text) is not None:
            break  # «التقى نظيره جاويش اوغلو وعقدا مؤتمرا»: the next clause's verb, untagged
        if run and word.endswith("ا") and word[:-1] in TITLE_HEADS | {"عضو", "ممثل"}:
            break  # «سيمون كرم رئيساً للوفد»: his role, a title in the accusative
        if _after_a_theophoric_name(run, token, word):
            run.append(token)  # «ذبيح الله مجاهد»: the family name, however it is tagged
            continue
        ends = run and ends_a_name(word) and not title_in_a_name(token)
        if not _name_word(token, word, first=not run) or ends:
            break
        if run and _title_in_construct(token, word):
            break  # «علي شمخاني أمين المجلس الأعلى»: his title, not a third name
        if len(run) > 1 and (_accusative_object(token) or _object_chain(token)):
            # «بزعامة محمد مهدي علي اتفاقا», «عقيل مفتن حصيلة مشاركة العراق»: the verb's
            # object, which the parse hangs on the name
            break
        if word == "اول" and _day_before_yesterday(token):
            break  # «صباح الأحمد أول من أمس»: a date, not a name's word or a rank's grade
        if _given_and_family(run) and _starts_known(token, known) and not word.startswith("ال"):
            # «كامالا هاريس نتنياهو»: a person the tables know starts the next argument (a
            # family name with the article goes on the name: «مشعل الأحمد الجابر الصباح»)
            break
        heads_name = any(r.head == token for r in run)
        attached = token.head in run or heads_name
        sibling = token.pos_ in NAME_POS and token.head == run[-1].head if run else False
        # the NER may keep together what the parse hangs apart («شارل رزق»)
        together = attached or sibling or _in_ner_person(run, token) if run else True
        together = together or (token.pos_ == "VERB" and _before_its_title(token))
        # «محجوب بشرى أحمد رحمة»: the second name word, hung deeper under the first
        together = together or (
            len(run) == 1 and token.pos_ in NAME_POS and _right_under(run[0], token)
        )
        if not (together or _foreign_next(run[-1], token, known)):
            break  # the parse attaches it elsewhere: the next argument, not the name
        family = len(run) == 1 and _closes_phrase(token)  # «سليم الزعنون،»
        # «سراج الدين مهر الدين»: a given name's end; «نوري كامل المالكي»: a family name the
        # NER reads on in the name it started (the parse hung it on the adjective «كامل»)
        named = word in COMPOUND_NAME_ENDS or (attached and _in_ner_person(run, token))
        if run and not heads_name and _common_noun(token) and not family and not named:
            break  # «وليام روتو الأوضاع»: a noun hung from the name is the next phrase
        run.append(token)
        if len(run) == MAX_NAME_WORDS:
            break
    while run and normalize(run[-1].text) in NAME_LINKS and not _family_name_ben(run):
        run.pop()
    if run and normalize(run[0].text) in FILIATION and run[0].i > run[0].sent.start:
        # «برئاسة مساعد بن محمد العيبان»: no name starts with «بن»; the word before it, read
        # as a title, is the given name
        given = run[0].doc[run[0].i - 1]
        if given.is_alpha and not _definite(given):
            run.insert(0, given)
    following = run[-1].doc[run[-1].i + 1] if run and run[-1].i + 1 < len(run[-1].doc) else None
    if following is not None and normalize(following.text) in REGNAL:
        run.append(following)
    if not run or (
        len(run) == 1 and run[0].pos_ not in NAME_POS and not _adjective_read_as_name(run[0])
    ):
        return None
    if all(len(token.text) == 1 for token in run):  # «ج» of «ج. ل. بايريس»: initials alone
        return None
    offsets = run[0].doc._.offsets
    start, end = offsets[run[0].i][0], name_end(text, offsets[run[-1].i][1])
    return start, end, text[start:end]


def _next_item_split(token: Token, text: str) -> bool:
    """Whether the token opens a written word «و» + the article that the tokenizer cut in two
    («والنيجري» as «والن» + «يجري»): the next item of a list, not a name's word."""
    start, end = token.doc._.offsets[token.i]
    written = _WRITTEN_WORD.match(text, start)
    return written is not None and written.end() > end and normalize(written[0]).startswith("وال")


_WRITTEN_WORD = re.compile(r"\w+")


_OPENING_QUOTES = ("«", '"', "“")
_QUOTED_WORDS = 3  # «لوك سابها»: a body's own name in quotes is short


def _quoted_before_a_name(opening: Token) -> int:
    """«رئيس مجلس النواب الهندي «لوك سابها» أوم بيرلا»: the quotes after a title hold the
    body's own name, and the person's name follows them. The index of the closing quote when
    a word without the article follows it, else -1 (the quotes may hold the name itself)."""
    doc = opening.doc
    end = min(len(doc) - 1, opening.i + _QUOTED_WORDS + 2)
    closing = next((t for t in doc[opening.i + 1 : end] if t.text in QUOTES), None)
    if closing is None or closing.i + 1 >= len(doc):
        return -1
    following = doc[closing.i + 1]
    word = normalize(following.text)
    named = not word.startswith("ال") and _name_word(following, word, first=True)
    return closing.i if named and following.sent == opening.sent else -1


def _a_title(word: str) -> bool:
    """A title head, or its dual in construct («رئيسي», «وزيري»)."""
    return word in TITLE_HEADS or (word.endswith("ي") and word[:-1] in TITLE_HEADS)


def _acting(token: Token, word: str) -> bool:
    """«بالنيابة», «بالوكالة» (acting), with its «ب» glued on or split off."""
    if word == "ب":
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and normalize(following.text) in ACTING
    return word in ACTING or (word[:1] == "ب" and word[1:] in ACTING)


_WORD_REST = re.compile(r"\w*")
# The pronouns the tokenizer may cut off a name's last word («المشري» as «المشر» + «ي»)
_SUFFIXED = (*PRONOUNS, "ي", "نا", "ك")
_NEXT_WORD = re.compile(r"\s+(\w+)")


# Honorifics and time words that are family names too when they follow a given name
# («حسين الشيخ», «صباح خالد الحمد المبارك الصباح»)
_FAMILY_WORDS = {"الشيخ", "الامير", "السيد", "الصباح", "الامين"}  # and «عماد الدين الأمين»


def clerical_style(token: Token) -> bool:
    """Whether the word is one of «آية الله العظمى» in their order: a style, never a name."""
    word = normalize(token.text)
    if word not in CLERICAL_STYLE:
        return False
    position = CLERICAL_STYLE.index(word)
    start = token.i - position
    if start < token.sent.start:
        return False
    words = [normalize(t.text) for t in token.doc[start : max(token.i + 1, start + 2)]]
    return words[:2] == list(CLERICAL_STYLE[:2]) and words == list(CLERICAL_STYLE[: len(words)])


def _title_in_construct(token: Token, word: str) -> bool:
    """A given name that is a title head too, with a body or «سر» after it in construct («أمين
    المجلس الأعلى», «أمين سر اللجنة»): the title of the name before it."""
    following = _next_in_sentence(token)
    if word not in TITLE_GIVEN_NAMES or following is None:
        return False
    noun = normalize(following.text).removeprefix("ال")
    return noun in ORGANISATION_HEADS or noun in TITLE_CONSTRUCTS


def _family_after_patronym(
    run: list[Token], token: Token, word: str, known: list[tuple[int, int]]
) -> bool:
    """Whether a word with the article right after «X بن Y» ends the name as the family's
    («فيصل بن عبدالله الحنزاب»): not a common word, nor a nisba («السعودي»), nor the start of
    another name the text knows."""
    return (
        len(run) >= 3
        and normalize(run[-2].text) in FILIATION
        and word.startswith("ال")
        and len(word) > 4
        and not word.endswith(("ي", "يه"))
        and not common_word(word)
        and not overlaps(token.doc._.offsets[token.i], list(known))
    )


def _family_name_ben(run: list[Token]) -> bool:
    """«هيلاري بن.», «توني بن،»: «بن» closing a name before a stop is a family name (Benn),
    since «son of» always has the father's name after it."""
    last = run[-1]
    if len(run) < 2 or normalize(last.text) != "بن":
        return False
    following = _next_in_sentence(last)
    return following is None or following.is_punct


def _name_follows(token: Token) -> bool:
    """Whether a name word comes right after `token` in its sentence."""
    following = _next_in_sentence(token)
    return following is not None and following.is_alpha and following.pos_ in NAME_POS


def _title_goes_on(token: Token) -> bool:
    """«أحمد أبو الغيط الأمين العام للجامعة»: a title word with its adjective after it is his
    title, not his family's name."""
    following = _next_in_sentence(token)
    return following is not None and normalize(following.text) in _GENERAL


_GENERAL = {"العام", "العامه"}  # folded


def _next_in_sentence(token: Token) -> Token | None:
    """The word after `token`, if its sentence goes on."""
    return None if ends_a_sentence(token) else token.doc[token.i + 1]


def _portfolio_word(word: str, token: Token) -> bool:
    """A word that goes on a title's portfolio before the name: «والمغتربين», «والجالية
    الوطنية بالخارج», «والتعاون الدولي» («و» and the article, then words with the article);
    no name begins with «و» and the article («والتر» is too short to be read so)."""
    if _and_the(word):
        return word[1:] not in NAME_ENDS and word[1:].removeprefix("ال") not in TITLE_HEADS
    opened = token.i > 0 and _and_the(normalize(token.doc[token.i - 1].text))
    given = word in ARTICLE_GIVEN_NAMES  # «والليبي الطاهر الباعور»: a name, not a portfolio
    return opened and word.startswith(("ال", "بال")) and token.pos_ in ("ADJ", "NOUN") and not given


def _and_the(word: str) -> bool:
    """«و» and the article on a word («والمغتربين»); «والتر» is too short to be read so."""
    return word.startswith("وال") and len(word) >= 7


def _day_before_yesterday(first: Token) -> bool:
    """Whether «أول» opens «أول من أمس» or «أول أمس»."""
    following = [normalize(t.text) for t in first.doc[first.i + 1 : first.i + 3]]
    return following[:1] == ["امس"] or following == ["من", "امس"]


def _after_line_break(token: Token, text: str) -> bool:
    """Whether a line break stands between the word and the one before it."""
    if token.i == 0:
        return False
    offsets = token.doc._.offsets
    return "\n" in text[offsets[token.i - 1][1] : offsets[token.i][0]]


def _after_honorific(token: Token) -> bool:
    """Whether a rank or honorific, and any grade of the rank, comes right before the word."""
    index = _before_the_grades(token)
    return index >= 0 and normalize(token.doc[index].text) in HONORIFICS


def _before_the_grades(token: Token) -> int:
    """The index of the word before a word and the rank grades right before it («اللواء»
    in «اللواء البحري X»)."""
    index = token.i - 1
    while index > token.sent.start and normalize(token.doc[index].text) in RANK_GRADES:
        index -= 1
    return index


def name_end(text: str, end: int) -> int:
    """Where a name read up to `end` ends: at the end of the written word when the tokenizer
    cut a pronoun's letters off the name's last word («زاده» as «زاد» + «ه»; a word glued on
    by a missing space, «كيسنجرالذي», stays out), and past a Persian family name's last word
    («غلام رضا آغا زاده»)."""
    rest = _WORD_REST.match(text, end).group()
    if rest in _SUFFIXED:  # names take no pronoun: the letters end the name's word
        end += len(rest)
    following = _NEXT_WORD.match(text, end)
    if following is not None and normalize(following.group(1)) in NAME_SUFFIXES:
        end = following.end()
    return end


def names_an_institution_at(text: str, mention: Mention) -> bool:
    """`names_an_institution` where the mention's name starts: a name read after a title is
    looked at past the title («مدير مكتب الرئيس الأوكراني أندريه يرماك» names the director,
    whom «مكتب» before the president's title makes no namesake)."""
    start = mention.start
    if mention.rule == NAME_AFTER_TITLE:
        start = max(start, text.find(mention.entity.label, mention.start, mention.end))
    return names_an_institution(text, start)


NAME_AFTER_TITLE = "name-after-title"  # the rule of a name read after a title no table lists


def names_an_institution(text: str, start: int) -> bool:
    """Whether the person named at `start` only names an institution: a namesake head comes
    right before the name or its honorifics («جامعة السلطان قابوس», «بمطار الملك خالد»,
    «مؤسسة الشيخ عيد بن محمد آل ثاني الخيرية»)."""
    words = [normalize(word) for word in last_words(text, start, _NAMESAKE_REACH)]
    while words and (words[-1] in HONORIFICS or words[-1] in FIRST_NAME_TITLES):
        words.pop()
    if not words:
        return False
    if _at_a_tomb(words):
        return True
    head = words[-1]
    return any(head[len(p) :] in NAMESAKE_HEADS for p in _HEAD_PROCLITICS if head.startswith(p))


def _at_a_tomb(words: list[str]) -> bool:
    """«وزار ضريح الشاعر محمد إقبال», «قبر الزعيم الراحل X»: a tomb before the name and only
    words with the article (his calling, «الراحل») between: the dead, whom no one meets."""
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if any(word[len(p) :] in TOMBS for p in _HEAD_PROCLITICS if word.startswith(p)):
            return True
        if not word.startswith("ال"):
            return False
    return False


_NAMESAKE_REACH = 4  # the head, and the honorifics and titles between it and the name
_HEAD_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def last_words(text: str, end: int, count: int) -> list[str]:
    """The last `count` words of `text` before `end`, reading back only as far as needed (not
    the whole article before each name); a window's first word may be cut, so it must hold
    more than `count` words or reach the start of the text."""
    width = 64
    while True:
        begin = max(0, end - width)
        words = text[begin:end].split()
        if begin == 0 or len(words) > count:
            return words[-count:]
        width *= 2


def _foreign_next(previous: Token, token: Token, known: list[tuple[int, int]]) -> bool:
    """A foreign word right after another, which the parse often hangs elsewhere."""
    adjacent = token.i == previous.i + 1 and previous.pos_ == "X" and token.pos_ == "X"
    return adjacent and not _starts_known(token, known)


def _foreign_word_next(token: Token) -> bool:
    """Whether a foreign word without the article comes right after the word."""
    following = _next_in_sentence(token)
    return following is not None and following.pos_ == "X" and not following.text.startswith("ال")


def _in_ner_person(run: list[Token], token: Token) -> bool:
    """A word the NER reads inside a person's name it started at the name's first word or
    before («وزير العدل شارل رزق», where the parse made «رزق» a verb hung elsewhere)."""
    doc, index = token.doc, token.i
    while index > 0 and _continues_ner_person(doc[index]):
        index -= 1
    return index < token.i and doc[index].ent_type_ == "PER" and index <= run[0].i


def title_in_a_name(token: Token) -> bool:
    """A title head that is a word of a name here («أحمد قايد صالح»): one of TITLES_IN_NAMES,
    which the NER reads on, with the proper name after it, in the person's name it started
    (not «ويليان باينوموجيشا قائد الكتيبة»); or one right after «ولد» or «بن» («إسماعيل ولد
    الشيخ أحمد»: the son of the one so named)."""
    following = _next_in_sentence(token)
    if token.i > token.sent.start and normalize(token.doc[token.i - 1].text) in _SON_OF:
        return following is not None and following.is_alpha
    return (
        normalize(token.text) in TITLES_IN_NAMES
        and _continues_ner_person(token)
        and following is not None
        and following.pos_ in NAME_POS
        and _continues_ner_person(following)
    )


_SON_OF = {"ولد", "بن", "ابن"}  # folded


def _continues_ner_person(token: Token) -> bool:
    return token.ent_iob_ == "I" and token.ent_type_ == "PER"


def _starts_known(token: Token, known: list[tuple[int, int]]) -> bool:
    start = token.doc._.offsets[token.i][0]
    return any(s <= start < e for s, e in known)


def _definite(token: Token) -> bool:
    """Whether the word carries the article: «ال» with a bare alif. Folding makes «إليزابيت»,
    «ألكسندر» and «إلهام» look the same, but a hamza starts a name, never the article."""
    return normalize(token.text).startswith("ال") and not token.text.startswith(("إل", "أل"))


def _given_and_family(run: list[Token]) -> bool:
    """Whether the name read so far has two names of its own: a link and the word after it
    are one («عبد الرحيم»), so «عبد الرحيم دقلو» goes on to the family name."""
    words = [normalize(token.text) for token in run]
    linked = [
        w in NAME_LINKS or (i > 0 and words[i - 1] in NAME_LINKS) for i, w in enumerate(words)
    ]
    return linked.count(False) > 1


def _after_a_theophoric_name(run: list[Token], token: Token, word: str) -> bool:
    """A bare word right after a two-word given name ending in «الله» («ذبيح الله», «عبد
    الله»): the family name, which is often a common word too («مجاهد»)."""
    return (
        len(run) == 2
        and normalize(run[1].text) == "الله"
        and token.is_alpha
        and token.pos_ in ("NOUN", "ADJ", "X", "PROPN")
        and not word.startswith(("ال", "و"))
        and word not in NOT_NAMES | NAME_STOPS
    )


def _name_word(token: Token, word: str, first: bool) -> bool:
    if token.text in IN_FRONT_OF:
        return False  # «تصافح X وعبد السلام أمام الكاميرات»: a preposition, as written
    if not first and token.dep_.startswith("flat") and token.is_alpha:
        return True  # «دونالد ترامب»: a foreign name's parts, however tagged («ترامب» VERB)
    if first and word == "هو" and _foreign_word_next(token):
        return True  # «الرئيس الصيني هو جين تاو»: the family name, tagged a pronoun
    if not token.is_alpha or (token.pos_ in _NOT_NAME_POS and not _mistagged_name(token)):
        return False
    if not first and title_in_a_name(token):
        return True  # «أحمد قايد صالح»
    if word in NOT_NAMES or word in NAME_STOPS or (first and joined_common_word(word)):
        return False
    if first and (_is_name_stop(word) or {word, word[1:]} & _TWO_MINISTERS):
        # «مع نظيره القرغيزي سبل تطوير العلاقات»: the topic, however parsed; «برئاسة وزيري
        # خارجية البلدين»: the two ministers' title
        return False
    if word.startswith("لل") or (first and with_bi_article(word)):
        # «للوكالة», «بالديوان الأميري»: «ل» or «ب» and the article, a preposition's noun
        return False
    following = _next_in_sentence(token)
    if first and word in ARTICLE_GIVEN_NAMES and following is not None:
        return following.is_alpha  # «الحسن واتارا»: a given name with «ال»
    if first and following is not None and general_title(word, normalize(following.text)):
        return False  # «أمين عام الحزب»: a title, not the given name «أمين»
    if first:
        if _glued_common_noun(word):
            return False  # «بديوان عام الوزارة»: a preposition's noun, not a name
        if word.startswith("ال") and word.endswith("يه"):
            return False  # «وزير الشؤون المغاربية»: a feminine adjective of the portfolio
        if token.pos_ in NAME_POS or any(c.dep_.startswith("flat") for c in token.children):
            return True  # a proper name, or the head of a foreign name («بيني | وونغ»)
        # «موساليا مودافادي», «أسياس أفورقي»: a foreign name after it says the first word is a
        # name too, whatever case and role the parse gave it
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.pos_ == "X":
            return not _definite(token) and token.pos_ != "ADJ"
        if _object_in_construct(token, word):
            return False  # «بحث مع وزير الطاقة التركي سبل دعم التعاون»: the verb's object
        # «العاهل الأردني اتصالاً هاتفياً»: an indefinite noun in the accusative is no name
        adverbial = indefinite_accusative(token)
        adjective = token.pos_ == "ADJ" and not _adjective_read_as_name(token)
        return not _definite(token) and not adjective and not adverbial
    # «ستيف ويتكوف وصهر الرئيس»: a word with the conjunction و starts the next phrase; a
    # foreign name that starts with و («ويتكوف») is tagged as a name and continues this one.
    # «فو كونغ بالمندوبة البريطانية»: a title with «ب» or «ل» the tokenizer left on it ends it.
    if _glued_common_noun(word):
        return False
    if not (word.startswith("و") and len(word) > 3):
        return True
    if _and_the(word):
        return False  # «أسيمي غويتا والبوركيني إبراهيم تراوري»: «و» and the article
    # «دونالد إيفانز والممثل التجاري»: where the NER starts another name, «و» joins it on
    named = len(word) > 3 and word[1:] in TITLE_HEADS | RELATIONAL_NOUNS | HONORIFICS
    # the NER starting a name here says «و» joins another, unless it read no name before
    # («ستيفاني وليامز»: it missed «ستيفاني» and took «وليامز» for a name of its own)
    previous = token.doc[token.i - 1]
    another = token.ent_iob_ == "B" and previous.ent_iob_ != "O"
    # «ستيف ويتكوف»: the parse hangs the given name on the family name, however the NER cut
    another = another and not (previous.head == token and {previous.pos_, token.pos_} == {"X"})
    return token.pos_ in NAME_POS and not named and not another


def accusative_noun(name: list[Token]) -> bool:
    """Whether a name read after a title, nobody's the tables know, is an indefinite noun in
    the accusative (its alef: «مرسوما») the parse took for a foreign word: a word alone, the
    verb's object («أصدر الرئيس الروماني مرسوما بتعيين»), or with an adjective that agrees
    («عيّن الرئيس قاضيا جديدا», «وفدا أمريكيا»). A word the NER reads in a person's name stays
    a name, and so do two words whose second is neither tagged an adjective nor a nisba's
    accusative («دوبرافكا شويتسا»: many foreign names end in alef)."""
    first = name[0]
    if not accusative_alef(first) or first.ent_type_ == "PER":
        return False
    if len(name) == 1:
        return True
    second = name[1]
    agrees = second.pos_ == "ADJ" or normalize(second.text).endswith("يا")
    return accusative_alef(second) and agrees


def accusative_alef(token: Token) -> bool:
    """A word ending in the alef of the indefinite accusative («مرسوما», «هاتفيا»)."""
    return normalize(token.text).endswith("ا")


def _accusative_object(token: Token) -> bool:
    """An indefinite common noun with the alef of the accusative, which the NER reads in no
    name: a verb's object or an adverb after the name, not a word of it (the parse may give
    it another case: the alef says accusative)."""
    noun = token.pos_ == "NOUN" and token.ent_type_ != "PER"
    return noun and accusative_alef(token) and token.morph.get("Definite") == ["Ind"]


def _object_chain(token: Token) -> bool:
    """An accusative noun in the construct state that the NER reads in no name, with a noun in
    the genitive after it: a verb's object opening its chain of nouns, not a third name's
    word (a given name in construct, «عبد», «أبو», is a name link; a noun with «و» after the
    name starts the next person: «جيم يونغ كيم والممثلة العليا»)."""
    following = _next_in_sentence(token)
    construct = token.morph.get("Definite") == ["Cons"] and token.morph.get("Case") == ["Acc"]
    return (
        token.pos_ == "NOUN"
        and construct
        and token.ent_type_ != "PER"
        and following is not None
        and following.pos_ == "NOUN"
        and following.morph.get("Case") == ["Gen"]
        and following.ent_type_ != "PER"
        and not normalize(following.text).startswith("و")
    )


def indefinite_accusative(token: Token) -> bool:
    """The parse reads the word as indefinite and in the accusative."""
    return token.morph.get("Case") == ["Acc"] and token.morph.get("Definite") == ["Ind"]


def _object_in_construct(token: Token, word: str) -> bool:
    """A verb's object noun in the construct state («سبل دعم», «آفاق تعزيز»): the topic of
    the talks after a title, not a name («مامادو» the parse made the object is indefinite;
    «عبد الله», «أبو مازن» start with a name link)."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "obj"
        and token.head.pos_ == "VERB"
        and token.morph.get("Definite") == ["Cons"]
        and word not in NAME_LINKS
    )


def _closes_phrase(token: Token) -> bool:
    """A word right before a comma or the sentence's end («برئاسة سليم الزعنون، اطلعه …»):
    after a given name, a family name with the article ends the name there, where a noun the
    name governs would go on («الأوضاع في المنطقة»)."""
    following = _next_in_sentence(token)
    return following is None or following.text in ("،", ",", ".")


def _common_noun(token: Token) -> bool:
    """A noun with the article that is not a flat part of a name: a family name with the
    article («زياد النخالة») heads the words before it instead."""
    definite = token.morph.get("Definite") == ["Def"]
    return token.pos_ == "NOUN" and definite and not token.dep_.startswith("flat")


def next_in_a_list(title: Token, name: str) -> bool:
    """A name with «و» glued on after a title that follows a person's name («وليد المعلم وزير
    الخارجية السوري وسالم الزعابي»): the title is that person's, and the name starts the next
    member of a list. A title possessed by the nouns before it starts with them."""
    if not normalize(name).startswith("و"):
        return False
    while not starts_a_sentence(title) and title.head.i == title.i - 1 and title.dep_ == "nmod":
        title = title.head  # «كوشنر، كبير مستشاري الرئيس الأمريكي، ومئير»: the adviser's title
    before = title.doc[title.sent.start : title.i]
    previous = next((t for t in reversed(before) if t.text not in "،,"), None)
    return previous is not None and (previous.ent_type_ == "PER" or previous.pos_ in NAME_POS)


_TWO_MINISTERS = {"وزيري", "وزيرا"}  # folded: «وزيري/وزيرا الخارجية», the dual in construct


def _adjective_read_as_name(token: Token) -> bool:
    """A foreign name the parse tags an indefinite adjective but attaches as a noun to the
    words before it, as a name after a title is: «نظيره القرغيزي جباروف» (an adjective would be
    the title's `amod`), or the given name before such a family name («صادر جباروف»)."""
    if token.pos_ != "ADJ" or token.morph.get("Definite") != ["Ind"]:
        return False
    if indefinite_accusative(token) or any(_common_noun(c) for c in token.children):
        return False  # «نظيره القرغيزي رسميا»: an adverb; «جديد العلاقات»: a construct
    if token.dep_ == "nmod" and token.head.i < token.i:
        return True
    family = token.head
    return (
        family.i == token.i + 1
        and family.dep_ in ("nmod", "appos", "flat")
        and family.head.i < token.i
        and family.morph.get("Definite") != ["Def"]
    )


_ALI = {"علي", "وعلي"}


def _in_his_time(token: Token, word: str) -> bool:
    """«في» of «في حينه», «في حينها» (at the time), between a title and its holder's name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return word == "في" and following is not None and normalize(following.text) in AT_THE_TIME


def _ali_in_a_name(token: Token) -> bool:
    """«على» between a given name and a foreign or proper name («محمد على ابطحى»): the name Ali
    spelt with «ى»; before a common noun it is the preposition («التقى محمد على هامش القمة»)."""
    following = _next_in_sentence(token)
    return (
        token.pos_ == "ADP"
        and normalize(token.text) in _ALI
        and following is not None
        and following.pos_ in ("X", "PROPN")
        and normalize(following.text) not in _AFTER_ALA
    )


# folded nouns that make «على» the preposition of a set phrase: «على مدى يومين», «على هامش»
_AFTER_ALA = {"مدي", "هامش", "راس", "صعيد", "خلفيه", "حده", "مستوي", "طاوله", "امتداد", "متن"}


def _mistagged_name(token: Token) -> bool:
    """A foreign name tagged as a verb («ريتنو مارسودي»): a verb cannot modify a noun, and one
    the NER reads inside a person's name is a word of that name («شارل رزق»); or a number
    written in letters on a foreign word it belongs with («ألفا كوندي»: not «two thousand»)."""
    if token.pos_ == "ADP" and token.text in _ALI:
        # «علي أكبر أحمديان»: the name Ali, spelt with «ي», read as the preposition «على»
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and following.is_alpha and following.pos_ != "ADP"
    if token.pos_ == "NUM":
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return (
            token.is_alpha
            and following is not None
            and following.pos_ in ("X", "PROPN")
            and token.head == following
        )
    return token.pos_ == "VERB" and (
        token.dep_ in ("nmod", "flat", "appos")
        or _continues_ner_person(token)
        or _before_its_title(token)
        or _bare_clause(token)
        or _name_after_a_rank(token)
    )


def _name_after_a_rank(token: Token) -> bool:
    """«اللواء البحري محجوب بشرى أحمد»: a word right after a military rank (and its grades),
    a name word after it, is the name's first, whatever the tagger made of it; a verb kg knows
    («الشيخ X يختتم جولته») is none."""
    index = _before_the_grades(token)
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        index >= 0
        and normalize(token.doc[index].text) in RANKS
        and following is not None
        and following.pos_ in NAME_POS
        and triggers().verbs.lookup(token.text) is None
    )


# «أمام», «in front of», written with its hamza: the name «إمام» is written with hers below
IN_FRONT_OF = {"أمام", "وأمام"}


def _right_under(word: Token, token: Token) -> bool:
    """Whether `token` comes right after `word` and the parse hangs it somewhere under it."""
    return token.i == word.i + 1 and word.is_ancestor(token)


def _bare_clause(token: Token) -> bool:
    """«القنصل العام التركي في أربيل أرمان توبجو، مساء أمس»: a word the parse made a clause
    on the name before it, with nothing but a comma hung on it, is the name's next word (a
    verb in a clause takes a subject, an object or a complement)."""
    return token.dep_ == "acl" and all(child.dep_ == "punct" for child in token.children)


def _before_its_title(token: Token) -> bool:
    """«أحمد معلم فقي وزير الدفاع»: a word tagged a verb between a foreign name's words and
    the title set after the name; a verb there would have a subject or an object, not a bare
    title."""
    doc = token.doc
    if token.i < 1 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    title = normalize(after.text) in TITLE_HEADS and after.head.i == token.i
    return before.pos_ in ("X", "PROPN") and title


_IMPERFECT = ("ي", "ت")  # the present's prefixes of «he» and «she»
