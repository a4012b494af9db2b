"""A person named again later: by his family or first name after the full name, by a title
the article bound to him (a title read before the name, a bare title after the name, a title
no table knows written again alone).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace

from kg.family_names import family_name_first
from kg.gazetteer import Gazetteer, overlaps
from kg.lang.ar.morphology import name_spellings, transliterations
from kg.lang.ar.orthography import CLAUSE_MARKS
from kg.lang.ar.places import PLACE_NOUNS, PLACE_PREPOSITIONS
from kg.lang.ar.words import (
    ANCESTRY,
    ARTICLE_FIRST_NAME_TITLES,
    BARE_TITLE,
    BLESSINGS,
    FILIATION,
    FIRST_NAME_TITLES,
    HONORIFICS,
    LEADERSHIP,
    NOT_NAMES,
    ONE_HOLDER_TITLES,
    POSTED_TO,
    RELATIONAL_NOUNS,
    ROYAL_STYLE,
    TITLE_HEADS,
)
from kg.mention_spans import is_guess, unlinked_key
from kg.normalize import normalize, normalize_with_offsets, original_span
from kg.short_names import family_name, first_name
from kg.title_holders import HOLDER_ON_THE_DAY, UNNAMED_HOLDER, possessor_before
from kg.types import Entity, Mention

_PRESIDENT = "الرييس"  # folded «الرئيس»
_INTRODUCED = {"name-after-title", "title-unknown-name", "title-off-term", "ner"}
_NAMED = {"title-name", "name-before-title", "alias"}  # a known person named in full
# The style of a church's head, which names him alone once the article named him in full
_CHURCH_HEADS = {"البابا", "البطريرك"}
_POSSESSOR_REACH = 40  # characters before a title that hold «نائب مساعد», «المتحدث باسم»


def titles_named_later(mentions: list[Mention]) -> list[Mention]:
    """A title read by the article's date before the article names its holder («عبد العاطي
    يلتقي رئيس مفوضية الاتحاد الأفريقي» in a headline, «… برئيس مفوضية الاتحاد الأفريقي محمود
    علي يوسف» in the text) is that named person, as a title after the name is (`bound`): the
    article says who holds the office, the tables only who held it on its date (a successor
    elected that day, a term the tables end too late). Only when the article names one person
    with that title."""
    named: dict[str, set[Entity]] = {}
    for mention in mentions:
        if mention.rule in ("title-name", "title-unknown-name") and mention.office:
            named.setdefault(mention.office, set()).add(mention.entity)
    resolved = []
    for mention in mentions:
        people = named.get(mention.office or "", set())
        if mention.rule in (HOLDER_ON_THE_DAY, UNNAMED_HOLDER) and len(people) == 1:
            (person,) = people
            if person != mention.entity:  # the tables' holder of the day keeps his term
                mention = replace(mention, entity=person, rule="title-coreference", role=None)
        resolved.append(mention)
    return resolved


def bare_title_coreferences(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the persons a title with no state names: written right after a person's
    name («الأمير فيصل بن فرحان وزير الخارجية»), it names that person again later in the
    article («التقى سمو وزير الخارجية …»), as the paper's own country's office. Before another
    title («سمو وزير الخارجية رئيسَ الوزراء الفلسطيني محمد مصطفى») it is not a title chain of
    the next person but his host."""
    folded, offsets = normalize_with_offsets(text)
    people = sorted((m for m in mentions if m.entity.type == "Person"), key=lambda m: m.start)
    taken = [(m.start, m.end) for m in mentions]
    # each title → where it follows a name (its end in the article) and whose, in order
    bound: dict[str, list[tuple[int, Entity]]] = {}
    for person in people:
        start = bisect_left(offsets, person.end)  # the folded length of the text before
        ancestry = ANCESTRY.match(folded, start)
        start = ancestry.end() if ancestry else start
        # «محمد بن زايد آل نهيان، رئيس الدولة،»: the title set off by a comma is his too
        start = _APPOSITION_GAP.match(folded, start).end()
        match = BARE_TITLE.match(folded, start)
        if match is not None and match.start() - start <= 2 and not _title_goes_on(folded, match):
            bound.setdefault(match.group(), []).append(
                (offsets[match.end() - 1] + 1, person.entity)
            )
    found, kept = [], list(mentions)
    for title, holders in bound.items():
        if title in ONE_HOLDER_TITLES and len({person for _, person in holders}) > 1:
            continue  # «ولي العهد» after the Bahraini and the Saudi crown prince: no guess
        appositions = {after for after, _ in holders}
        for begin, end, match in _written_again(folded, offsets, title, holders[0][0]):
            if _title_goes_on(folded, match) or end in appositions:
                continue  # «… البوسعيدي وزير الخارجية»: another name's own title
            # the title names the last person it followed («عراقجي وزير الخارجية … البوسعيدي
            # وزير الخارجية. وكان وزير الخارجية قد استقبل عراقجي»: al-Busaidi)
            person = [entity for after, entity in holders if after <= begin][-1]
            chained = next(
                (m for m in kept if m.start == begin and m.end > end + 1 and m.entity != person),
                None,
            )
            following = folded[match.end() :].split()[:1]
            if chained is not None and following and following[0] in TITLE_HEADS:
                kept[kept.index(chained)] = replace(chained, start=end + 1)
                taken = [(m.start, m.end) for m in kept]
            if not overlaps((begin, end), taken):
                found.append(Mention(begin, end, person, "bare-title-coreference", 0.6))
                taken.append((begin, end))
    return kept + found


_APPOSITION_GAP = re.compile(r"[ ،,]{0,3}")


def right_before_a_name(end: int, name_starts: set[int]) -> bool:
    """Whether a person's name starts at `end` or one space after it."""
    return end in name_starts or end + 1 in name_starts


def repeated_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A title no table knows, written before a person's name («ولي العهد السعودي الأمير محمد
    بن سلمان», «المندوب الروسي فاسيلي نيبينزيا»), names that person when the article writes it
    again alone («عقد زيلينسكي لقاءً مع ولي العهد السعودي»); only when one person carries it."""

    def title_of(mention: Mention, folded: str, offsets: list[int]) -> str | None:
        # a known office the tables read with its state again («الرئيس الفلسطيني»); not one
        # they cannot, with no state («رئيس الجمهورية، السيد عبد المجيد تبون»)
        words = normalize(text[mention.start : mention.end]).split()
        if words[:1] and words[0] in LEADERSHIP:
            words = words[1:]  # «برئاسة عميد البلدية X»: the delegation's head is «عميد البلدية»
        title = _leading_title(words)
        # «ولي العهد السعودي الأمير محمد بن سلمان» … «وحضره ولي العهد»: a title one person
        # holds in a state is his without the state's adjective too
        one_holder = [t for t in ONE_HOLDER_TITLES if title and title.startswith(f"{t} ")]
        if one_holder:
            return one_holder[0]
        return None if mention.office and not (title and BARE_TITLE.fullmatch(title)) else title

    name_ends = {m.end for m in mentions if m.entity.type == "Person"}

    def kept(match: re.Match[str], folded: str, begin: int) -> bool:
        before = folded[max(0, match.start() - _POSSESSOR_REACH) : match.start()]
        if possessor_before(before.split()):
            return False  # «نائب مساعد وزير الخارجية»: the deputy
        following = folded[match.end() :].split()[:1]
        if following and following[0].startswith("ل") and following[0] != POSTED_TO:
            return False  # «المبعوث الخاص للرئيس الروسي»: another's envoy, not the one named
        # «زامير كابولوف، المبعوث الخاص …»: a title set off after a name is that person's
        written = text[:begin].rstrip()
        return not (written.endswith(("،", ",")) and len(written[:-1].rstrip()) in name_ends)

    return _titles_again(text, mentions, title_of, "title-repeated", kept)


def styled_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A style and a bare title written before a person's name («السيد الرئيس بشار الأسد»,
    «فخامة الرئيس X», «صاحب الجلالة الملك محمد السادس») or a style before it and a title
    after it («صاحب السمو الملكي الأمير خالد بن سلمان وزير الدفاع») name that person when the
    article writes them again alone («أكد السيد الرئيس», «أجرى جلالة الملك», «التقى سمو
    وزير الدفاع»); only when one person carries them, and not when an adjective makes the
    title another one («فخامة الرئيس الرواندي»)."""

    def title_of(mention: Mention, folded: str, offsets: list[int]) -> str | None:
        before = folded[: bisect_left(offsets, mention.start)].split()
        if before and before[-1] == ROYAL_STYLE:
            before.pop()  # «صاحب السمو الملكي الأمير»
        style = before[-1] if before else ""
        # «صاحب الجلالة الملك» is written again «جلالة الملك»
        style = style if style in HONORIFICS else style.removeprefix("ال")
        if style not in HONORIFICS or style in TITLE_HEADS:
            return None
        after = _leading_title(folded[bisect_left(offsets, mention.end) :].split())
        head = normalize(text[mention.start : mention.end]).split()[:1]
        if after:
            return f"{style} {after}"
        return f"{style} {head[0]}" if head and head[0] in TITLE_HEADS else None

    def kept(match: re.Match[str], folded: str, begin: int) -> bool:
        return not _title_goes_on(folded, match)

    return _titles_again(text, mentions, title_of, "title-styled", kept)


def the_countrys_emir(text: str, mentions: list[Mention]) -> list[Mention]:
    """«الشيخ حمد بن خليفة آل ثاني أمير البلاد … بدعوة من سمو الأمير», «نعى الديوان أمير
    البلاد الشيخ X … استقبل الأمير»: «(سمو) الأمير» with no name after it is the emir the
    article named «أمير البلاد» (the paper's own), when it named one."""
    folded, offsets = normalize_with_offsets(text)
    emirs = {
        m.entity
        for m in mentions
        if m.entity.type == "Person"
        and (
            normalize(text[m.end : m.end + _EMIR_REACH]).lstrip(" ،,").startswith(_THE_EMIR)
            or normalize(text[m.start : m.end]).startswith(_THE_EMIR)
        )
    }
    if len(emirs) != 1:
        return []
    (emir,) = emirs
    taken = [(m.start, m.end) for m in mentions]
    named_from = {m.start for m in mentions if m.entity.type == "Person"}
    found = []
    for match in _STYLED_EMIR.finditer(folded):
        begin, end = original_span(offsets, *match.span("style"))
        if overlaps((begin, end), taken) or right_before_a_name(end, named_from):
            continue
        found.append(Mention(begin, end, emir, "styled-emir", 0.6))
    return found


_EMIR_REACH = 16  # «، أمير البلاد» after the name
_THE_EMIR = "امير البلاد"
# «لسمو الأمير», «وسمو الأمير»: a clitic before the style is no part of the mention
_STYLED_EMIR = re.compile(r"(?<![\w])[وفبل]{0,2}(?P<style>(?:سمو )?الامير)(?![\w])")


def _titles_again(
    text: str,
    mentions: list[Mention],
    title_of: Callable[[Mention, str, list[int]], str | None],
    rule: str,
    kept: Callable[[re.Match[str], str, int], bool] = lambda match, folded, begin: True,
) -> list[Mention]:
    """Mentions where a person's title (`title_of` his mention) is written again alone after
    him, when no one else carries it; not where a known mention is («السيد الرئيس X»: X's own
    title), nor right before a person's name («وصاحب السمو الشيخ تميم بن حمد»: Tamim's own
    style and title), nor where `kept` says no."""
    folded, offsets = normalize_with_offsets(text)
    bound: dict[str, set[Entity]] = {}
    after: dict[str, int] = {}
    for mention in mentions:
        title = title_of(mention, folded, offsets) if mention.entity.type == "Person" else None
        if title:
            bound.setdefault(title, set()).add(mention.entity)
            after.setdefault(title, mention.end)
    taken = [(m.start, m.end) for m in mentions]
    # «استقبل عميد البلدية السفير الإيطالي X»: a person named with his own title first is
    # no name this title is written before; a style is no title («وزير الخارجية الشيخ X»)
    named_from = {
        m.start
        for m in mentions
        if m.entity.type == "Person"
        and (
            (first := normalize(text[m.start : m.end]).split()[0]) not in TITLE_HEADS
            or first in HONORIFICS
        )
    }
    found = []
    for title, people in bound.items():
        if len(people) != 1:
            continue
        (person,) = people
        for begin, end, match in _written_again(folded, offsets, title, after[title], "[وب]?"):
            before_a_name = right_before_a_name(end, named_from)
            kept_here = kept(match, folded, begin)
            if kept_here and not before_a_name and not overlaps((begin, end), taken):
                found.append(Mention(begin, end, person, rule, 0.6))
                taken.append((begin, end))
    return found


def _written_again(
    folded: str, offsets: list[int], title: str, after: int, clitics: str = ""
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """Where a title is written again as whole words (after the optional `clitics` pattern)
    from the article offset `after` on: its span in the article, and the match in `folded`."""
    for match in re.finditer(rf"(?<![\w]){clitics}{re.escape(title)}(?![\w])", folded):
        begin, end = original_span(offsets, *match.span())
        if begin >= after:
            yield begin, end, match


def _leading_title(words: list[str]) -> str | None:
    """The title words before a name («ولي العهد السعودي» of «ولي العهد السعودي الأمير محمد
    بن سلمان»): a title head and the definite words after it, at least two; the first word
    after the head may be a noun in construct with a definite one («رئيس مجلس الوزراء»)."""
    if not words or words[0] not in TITLE_HEADS:
        return None
    title = words[:1]
    for index, word in enumerate(words[1:], start=1):
        bare = word.rstrip("،,")
        construct = index == 1 and bare == word and words[2:3] and words[2].startswith("ال")
        if bare in FIRST_NAME_TITLES or bare in HONORIFICS:
            break
        if not (bare.startswith("ال") or construct):
            break
        title.append(bare)
        if bare != word:
            break  # «رئيس الجمهورية، السيد X»: the comma ends the title
    return " ".join(title) if len(title) >= 2 and len(title) < len(words) else None


def _title_goes_on(folded: str, match: re.Match[str]) -> bool:
    """Whether an adjective follows the title and makes it another one: «وزير التجارة
    الخارجية», «وزير التجارة اللبناني» are not «وزير التجارة»."""
    following = folded[match.end() :].split()[:1]
    word = following[0] if following else ""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and word not in TITLE_HEADS


def shortened_names(mentions: list[Mention]) -> list[Mention]:
    """`mentions`, where a name read after a title or by the NER that no table knows ends the
    longer name of a person the article names («الرئيس أحمدي نجاد» after «محمود أحمدي نجاد»):
    that person, whose name the paper shortens. Never when the names of two people end so.
    The longer name may be the NER's («مئير بن شبات», then «بن شبات»)."""
    full: dict[tuple[str, ...], set[Entity]] = {}
    for mention in mentions:
        if mention.entity.type == "Person" and (mention.rule == "ner" or not is_guess(mention)):
            full.setdefault(tuple(normalize(mention.entity.label).split()), set()).add(
                mention.entity
            )
    resolved = []
    for mention in mentions:
        entity = mention.entity
        words = tuple(normalize(entity.label).split())
        # one word is left to `name_coreferences`, which tells whether it reads as a name
        shortened = len(words) > 1 and mention.rule in ("name-after-title", "ner")
        if shortened and entity.key == unlinked_key("Person", entity.label):
            people = {
                person
                for name, named in full.items()
                if len(name) > len(words) and name[-len(words) :] == words
                for person in named
            }
            if len(people) == 1:
                mention = replace(mention, entity=people.pop(), rule="name-coreference")
        resolved.append(mention)
    return resolved


def name_coreferences(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    alone: Callable[[int, int, set[str], bool, list[tuple[int, int]]], bool],
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Later (or headline) mentions of a person the article introduced by a title or a full
    name, and the spans of the names two of its people bear (no one's, to guess at).

    News names a person in full once («وزير الخارجية الأردني أيمن الصفدي», «عباس عراقجي») and
    then by the family name («الصفدي», «عراقجي»), often already in the headline. A one-word
    name is the person only where `alone(start, end, words, known, taken)` says it reads as a
    name there (`words`: those the article writes the person's name with; `known`: the tables
    know the person, not only a name read in the text; `taken`: the spans of the known
    mentions): «من جانب واحد» is not Abdurrahman Wahid, «على» not Ben Ali.
    """
    names: Gazetteer = Gazetteer()
    # the NER's unlinked guesses last: «عبد العاطي» in a headline is the minister the body
    # names in full, not a person of its own
    for mention in sorted(mentions, key=lambda m: m.rule == "ner"):
        if mention.entity.type != "Person" or mention.rule not in _INTRODUCED | _NAMED:
            continue
        label = mention.entity.label
        words = label.split()
        if is_guess(mention) and len(words) < 2:
            continue  # a lone word guessed a name introduces nobody, and would hide the full name
        if normalize(words[0]) in _CHURCH_HEADS and len(words) > 1 and mention.rule in _NAMED:
            names.add(words[0], mention.entity)  # «البابا فرنسيس», then «البابا» alone
            continue
        if mention.rule in _INTRODUCED and normalize(words[0]) in NOT_NAMES | RELATIONAL_NOUNS:
            # «نائب سليمان»: the NER read a title with the name; no person's name (a name
            # the tables know is one, whatever its first word: «أمير خان متقي»)
            continue
        names.add(label, mention.entity)
        folded = normalize(label).split()
        # the tables' spelling, and the article's («برنياع» in the tables, «برنيع» written)
        as_written = normalize(text[mention.start : mention.end]).split()[-len(folded) :]
        for spelling in {tuple(folded), tuple(as_written)}:
            if (family := family_name(list(spelling))) is not None:
                names.add(family, mention.entity)
                for other in transliterations(family):
                    names.add(other, mention.entity)  # «بزشكيان», then «بيزشكيان»
                if family.startswith(_SON_OF):
                    names.add(f"ا{family}", mention.entity)  # «بن فرحان», and «ابن فرحان»
        if family_name_first(mention.office) and len(folded) > 1:
            names.add(folded[0], mention.entity)  # «الرئيس الصيني شي جين بينغ», then «شي»
        if (first := first_name(folded)) is not None:
            # «الأمير نايف» for «نايف بن عبد العزيز»: a title and the first name, «الملك
            # عبدالله» and «الملك عبد الله» alike; «الرئيس إسياس» only for a man the article
            # titled so («الرئيس عباس» is Mahmoud Abbas, not the general Abbas Kamel)
            titled = normalize(text[mention.start : mention.end]).split()[:1] == [_PRESIDENT]
            titles = ARTICLE_FIRST_NAME_TITLES if titled else FIRST_NAME_TITLES
            for spelling in name_spellings([first]):
                for title in titles:
                    names.add(f"{title} {' '.join(spelling)}", mention.entity)
    written: dict[Entity, set[str]] = {}
    for mention in mentions:
        written.setdefault(mention.entity, set()).update(
            normalize(text[mention.start : mention.end]).split()
        )
    taken = [(m.start, m.end) for m in mentions if not is_guess(m) and not _city_or_name(text, m)]
    # «الملك سلمان بن عبدالعزيز»: «بن» right after a person's name goes on with his name
    name_ends = {m.end for m in mentions if m.entity.type == "Person"}
    guesses = {(m.start, m.end): m.entity for m in mentions if is_guess(m)}
    guessed = set(guesses.values()) - {m.entity for m in mentions if not is_guess(m)}
    found, ambiguous = [], []
    unread: list[tuple[tuple[int, int], Entity]] = []  # one-word names `alone` turned down
    for start, end in sentences:
        for match in names.find(text[start:end]):
            span = (start + match.start, start + match.end)
            people = set(match.payloads)
            people = (people - guessed) or people  # a name the tables know beats the NER's
            if len(people) > 1:
                # two people of the article bear the name: never guess, and the NER's guess
                # there («بارزاني» after Masrour and Masoud Barzani) is no third person
                ambiguous.append(span)
                continue
            (person,) = people
            one_word = len(text[span[0] : span[1]].split()) == 1
            known = person.key != unlinked_key("Person", person.label)
            if one_word and not alone(*span, written.get(person, set()), known, taken):
                unread.append((span, person))
                continue
            after_a_name = span[0] - 1 in name_ends and text[span[0] - 1].isspace()
            if after_a_name and normalize(text[span[0] : span[1]]).split()[0] in FILIATION:
                continue
            if not overlaps(span, taken) and not _inside_its_guess(span, person, guesses):
                found.append(Mention(*span, person, "name-coreference", 0.6))
                taken.append(span)
    found += _listed_with_people(text, unread, found, taken)
    return found, ambiguous


def _listed_with_people(
    text: str,
    unread: list[tuple[tuple[int, int], Entity]],
    found: list[Mention],
    taken: list[tuple[int, int]],
) -> list[Mention]:
    """The family names the parse took for a word's adjective («جمع X بالقاهرة المنفي وصالح»:
    «the exiled Cairo») that «و» joins to a person named again right after: a list of names."""
    people_at = {m.start for m in found if m.entity.type == "Person"}
    listed = []
    for span, person in unread:
        joined = _AND_NEXT.match(text, span[1])
        if joined is not None and joined.end() in people_at and not overlaps(span, taken):
            listed.append(Mention(*span, person, "name-coreference", 0.6))
    return listed


_AND_NEXT = re.compile(r"\s+و")  # «المنفي وصالح»: «و» glued to the next name


def _inside_its_guess(
    span: tuple[int, int], person: Entity, guesses: dict[tuple[int, int], Entity]
) -> bool:
    """Whether the NER read `person`'s name over `span` («السلطان حسن البلقية»: «السلطان حسن»
    and «البلقية» are parts of the name read whole, not two mentions of it)."""
    return any(
        start <= span[0] and span[1] <= end and guessed == person
        for (start, end), guessed in guesses.items()
    )


_SON_OF = "بن "  # a family name after «بن» («فيصل بن فرحان»), written «ابن» alone too


def _city_or_name(text: str, mention: Mention) -> bool:
    """A city one word names with no place word before it («وكان أوستن قد زار المنامة»):
    in an article that names a person so («لويد أوستن»), the person."""
    if (
        mention.entity.type != "City"
        or mention.rule != "alias"
        or " " in text[mention.start : mention.end]
    ):
        return False
    before = normalize(text[max(0, mention.start - _WORD_CHARS) : mention.start]).split()
    glued = mention.start > 0 and text[mention.start - 1].isalpha()
    return not glued and not set(before[-1:]) & (PLACE_PREPOSITIONS | PLACE_NOUNS | _GOING_TO)


_WORD_CHARS = 12
_GOING_TO = {"الي", "من"}  # folded


# A name in quotes or brackets right after an actor's name: his other name («حميدتي»), a body's
# short name («تقدم»); one or two words, no digits
_OTHER_NAME = re.compile(r"\s*[«\"(]\s*([^\W\d_]+(?: [^\W\d_]+)?)\s*[»\")]")
_OTHER_NAME_OF = ("Person", "Organization", "Group")
_NOT_OTHER_NAMES = BLESSINGS | {"الله"}
_OPENING, _CLOSING = ("«", '"', "("), ("»", '"', ")")


def other_names(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    named_there: Callable[[int, int], bool],
) -> list[Mention]:
    """The actor an article gives another name in quotes or brackets, right after his full
    name («قائد قوات الدعم السريع محمد حمدان دقلو «حميدتي»», «تنسيقية القوى الديمقراطية
    المدنية (تقدم)»), wherever the article writes that name again: in quotes, or where
    `named_there(start, end)` says the parse or the NER reads a name there. An ordinary word
    given as a short name («تقدم») is a verb elsewhere. A person's name counts in full only
    (two words or more); a name two actors are given names neither."""
    names: Gazetteer = Gazetteer()
    given: dict[str, set[Entity]] = {}
    taken = [(m.start, m.end) for m in mentions if not is_guess(m)]
    for mention in mentions:
        if mention.entity.type not in _OTHER_NAME_OF:
            continue
        if mention.entity.type == "Person" and len(mention.entity.label.split()) < 2:
            continue
        if (match := _OTHER_NAME.match(text, mention.end)) is None:
            continue
        span = match.span(1)
        if overlaps(span, [s for s in taken if s != (mention.start, mention.end)]):
            continue  # «حركة المقاومة الإسلامية (حماس)»: the tables know the name
        name = normalize(match.group(1))
        if not set(name.split()) & _NOT_OTHER_NAMES:  # «"حفظه الله"»: a blessing, no name
            given.setdefault(name, set()).add(mention.entity)
    for name, actors in given.items():
        if len(actors) == 1 and normalize(name) not in NOT_NAMES:
            names.add(name, next(iter(actors)))
    found = []
    for start, end in sentences:
        for match in names.find(text[start:end]):
            span = (start + match.start, start + match.end)
            before, after = text[span[0] - 1 : span[0]], text[span[1] : span[1] + 1]
            quoted = before in _OPENING and after in _CLOSING
            if overlaps(span, taken) or not (quoted or named_there(*span)):
                continue
            found.append(Mention(*span, match.payloads[0], "other-name", 0.6))
            taken.append(span)
    return found


# «المبعوث الأممي», «الموفد الدولي»: a UN envoy by his title alone (folded, with a clitic)
_UN_ENVOY_AGAIN = re.compile(
    r"(?<![\w])[وبل]?(?P<title>(?:ال|ل)(?:مبعوث|موفد)ه? (?:الاممي|الامميه|الدولي|الدوليه))(?![\w])"
)
# how his full title said it: an envoy, of the UN
_ENVOY_WORDS = re.compile(r"(?:مبعوث|موفد)")
_UN_WORDS = re.compile(r"(?:لامم المتحده|الاممي|الدولي)")


def un_envoy_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """«المبعوث الأممي» alone, after the article named one person with a UN envoy's full
    title («المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء، ستافان دي ميستورا»): him."""
    envoys = {
        m.entity
        for m in mentions
        if m.entity.type == "Person"
        and _ENVOY_WORDS.search(written := normalize(text[m.start : m.end]))
        and _UN_WORDS.search(written)
    }
    if len(envoys) != 1:
        return []
    (envoy,) = envoys
    first = min(m.start for m in mentions if m.entity == envoy)
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for match in _UN_ENVOY_AGAIN.finditer(folded):
        span = original_span(offsets, *match.span("title"))
        if span[0] > first and not overlaps(span, taken):
            found.append(Mention(*span, envoy, "envoy-title-again", 0.6))
    return found


def ministers_by_adjective(
    text: str, mentions: list[Mention], adjectives: Gazetteer[Entity]
) -> list[Mention]:
    """«بعد أن استقبل السوداني الوزير التركي»: «الوزير» and a state's adjective, with no name
    after them, is the minister of that state the article named before, when it named one
    («ونظيره التركي هاكان فيدان», a minister's counterpart); no guess when it named two."""
    return _by_adjective(text, mentions, adjectives, _MINISTER_OF_A_STATE, _MINISTERS)


def guests_by_adjective(
    text: str, mentions: list[Mention], adjectives: Gazetteer[Entity]
) -> list[Mention]:
    """«استقبل X ضيفه الياباني»: a guest and a state's adjective, with no name after them, is
    the one person of that state the article named before."""
    return _by_adjective(text, mentions, adjectives, _GUEST_OF_A_STATE)


def _by_adjective(
    text: str,
    mentions: list[Mention],
    adjectives: Gazetteer[Entity],
    pattern: re.Pattern,
    titles: tuple[str, ...] = (),
) -> list[Mention]:
    """The person a noun and a state's adjective (`pattern`: the phrase, then the adjective)
    stand for: the one named before who represents that state, with one of `titles` in his
    mention when any are given."""
    folded, offsets = normalize_with_offsets(text)
    people = [m for m in mentions if m.entity.type == "Person" and m.represents is not None]
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for match in pattern.finditer(folded):
        start, end = original_span(offsets, *match.span(1))
        adjective = adjectives.find(text[original_span(offsets, *match.span(2))[0] : end])
        if len(adjective) != 1 or overlaps((start, end), taken) or _named_at(mentions, end):
            continue
        state = adjective[0].payloads[0]
        named = {
            m.entity
            for m in people
            if m.end <= start
            and m.represents == state
            and (not titles or any(word in normalize(text[m.start : m.end]) for word in titles))
        }
        if len(named) == 1:
            rule = "minister-by-adjective" if titles else "guest-by-adjective"
            found.append(Mention(start, end, named.pop(), rule, 0.6))
    return found


_MINISTERS = ("وزير", "نظير")  # «وزير الخارجية التركي X», a minister's «نظيره التركي X»
# «الوزير التركي», «للوزير الإيراني», «والوزيرة الألمانية» (folded): the title and one word
_MINISTER_OF_A_STATE = re.compile(rf"(?<![\w])[وف]?[لب]?((?:ال|ل)وزيره? ([^\s{CLAUSE_MARKS}]+))")
# «ضيفه الياباني», «بضيفها الفرنسي» (folded): a guest with the host's pronoun and one word
_GUEST_OF_A_STATE = re.compile(rf"(?<![\w])[وف]?[لب]?(ضيف(?:ه|ها|هم|هما) ([^\s{CLAUSE_MARKS}]+))")


def _named_at(mentions: list[Mention], end: int) -> bool:
    """Whether a name starts right after `end` (one space between): the title is its own."""
    return any(end < m.start <= end + 2 for m in mentions)
