"""Names no table knows: people, organisations and places the NER component read (trimmed
of titles, appositions and clause verbs), and organisations named by a head noun and the
definite words after it («حركة الجهاد الإسلامي»).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.triggers import triggers
from kg.gazetteer import Gazetteer, overlaps
from kg.lang.ar.meetings import MEETING_KINDS, PARTY_COUNTS, TIME_WORDS
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.orthography import DASHES
from kg.lang.ar.words import (
    BODY_ANAPHORS,
    BROTHERLY,
    CIRCUMSTANCES,
    CLITICS,
    DATE_WORDS,
    DEMONSTRATIVES,
    FILIATION,
    FIRST_NAME_TITLES,
    HOLDER_NAME_LINKS,
    HONORIFICS,
    MEDIA_HEADS,
    NAME_STOPS,
    ORGANISATION_HEADS,
    PHRASE_NOUNS,
    RELATIONAL_NOUNS,
    REPORT_NOUNS,
    TITLE_HEADS,
    ends_a_title,
)
from kg.mention_anaphors import named_in_full
from kg.mention_spans import (
    METONYM_STATE,
    TokenIndex,
    end_in_sentence,
    start_in_sentence,
    unlinked_key,
)
from kg.normalize import normalize
from kg.person_names import (
    IN_FRONT_OF,
    MAX_NAME_WORDS,
    NAME_LINKS,
    accusative_alef,
    clerical_style,
    common_word,
    ends_a_name,
    indefinite_accusative,
    is_adjective,
    joined_common_word,
    leading_adjective,
    name_after,
    name_end,
    title_in_a_name,
)
from kg.place_names import after_place_word
from kg.schema import BODIES
from kg.types import Entity, Mention

# What an NER label makes of a name no table knows: people and organisations act; a place
# the gazetteer does not know is kept as a place, not guessed to be a state.
_NER_TYPES = {"PER": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place"}
_NER_CONFIDENCE = 0.5
_NAME_POS = ("NOUN", "ADJ", "PROPN", "X", "NUM")


def recognised_names(
    doc: Doc,
    tokens: TokenIndex,
    sentence: tuple[int, int],
    known: list[Mention],
    adjectives: Gazetteer,
    families: set[str],
    given: set[str],
) -> list[Mention]:
    """Names the NER component found (`doc.ents`) that no table or title rule did: unlinked
    Person, Organization or Place nodes with their Arabic label.

    The NER's weakest guesses are left out: one word with «ل» and the article («للديوان»),
    a one-word person that is a common word («وزير»,
    «الرئيس») or a state's adjective («مصريين»: `adjectives`), initials alone («ج» of «ج. ل.
    بايريس»), and a place the tables do not know unless a place word stands before it («في»,
    «مدينة»), as for the tables' own small towns («بالإضافة إلى» is no place).

    Two people the NER read as one («عراقجي وغروسي») are two when the word glued to «و» is
    the family name of an office holder the tables know (`families`)."""
    text = doc._.article.text
    taken = [(m.start, m.end) for m in known]
    found = []
    for entity in tokens.entities_starting(*sentence):
        kind = _NER_TYPES.get(entity.label_)
        first, last = tokens.span(doc[entity.start])[0], tokens.span(doc[entity.end - 1])[1]
        if kind is None or overlaps((first, last), taken):
            continue
        words = [normalize(t.text) for t in entity if t.is_alpha]
        opening = entity.start
        # «و | محمد رعد»: a clitic the tokenizer split off; «للتذكير ميلوني»: a preposition's
        # noun before the name
        lead = kind == "Person" and len(words) > 1 and words[0].startswith("لل")
        if words and (words[0] in CLITICS or lead):
            opening += 1 if len(entity) > 1 else 0
            first = tokens.span(doc[opening])[0]
            words = words[1:]
        if kind == "Person":  # «ستيف | ويتكوف»: the NER may stop inside a foreign name
            name = name_after(list(doc[opening : entity.sent.end]), text)
            last = max(last, name[1]) if name and name[0] == first else last
            last = _name_goes_on(doc, tokens, entity, last)
            first, last = _from_honorific(doc, opening, first, last, text)
            first = _from_foreign_word(doc, tokens, first, taken)
            last = _without_clause_verb(tokens.covering(first, last), last, tokens)
            last = _without_time_of_day(tokens.covering(first, last), last, tokens)
            last = _without_circumstance(tokens.covering(first, last), last, tokens)
            span = tokens.covering(first, last)
            first, last = _name_without_apposition(span, tokens, adjectives)
            glued = first == tokens.span(doc[opening])[0]
            if glued and _second_of_two(doc, opening, tokens, known):
                first += 1  # «محمد يحيى وأكرم شهيب»: the «و» the tokenizer left on the second
            last = name_end(text, last)
            if overlaps((first, last), taken):
                continue
            linked_on = _name_linked_on(tokens, last)
            split = _second_person(
                tokens.covering(first, last), families, given, tokens, linked_on > last
            )
            if split is not None:
                second = (split[1], linked_on)
                found.append(_unlinked_person(text, second))
                taken.append(second)
                last = split[0]
            words = [normalize(t.text) for t in tokens.covering(first, last) if t.is_alpha]
        elif kind == "Organization":
            if _not_a_side(doc, opening, entity.end):
                continue
            last = _without_clause_verb(tokens.covering(first, last), last, tokens)
            words = [normalize(t.text) for t in tokens.covering(first, last) if t.is_alpha]
        if (
            all(len(word) == 1 for word in words)
            or words[0] in NAME_STOPS  # «وبحثا فتح المعابر»: a verb, and what it is about
            or (len(words) == 1 and words[0].startswith("لل"))  # «للديوان»: «to the …»
            or (len(words) == 1 and words[0] in REPORT_NOUNS)  # «ونوّه الخبر إلى أن …»
            # «بمشاركة نحو 90 دولة ومنظمة»: what kind of body, with no name
            or (kind == "Organization" and len(words) == 1 and _a_kind_of_body(words[0]))
            or (kind == "Person" and len(words) == 1 and joined_common_word(words[0]))
            # «فالتقيا في جدة»: a meeting verb the NER took for a name (one word: «نزار
            # مدني» is a name, though «نزار» is also a form of «زار»)
            or (kind == "Person" and len(words) == 1 and triggers().verbs.lookup(text[first:last]))
            or _only_a_title(words, adjectives)
            or (kind == "Person" and is_adjective(text[first:last], adjectives))
            or (kind == "Person" and _adverbial(tokens.covering(first, last)[0]))
            or (kind == "Place" and not after_place_word(text, first))
            or (kind == "Place" and len(words) == 1 and words[0] in PHRASE_NOUNS)
        ):
            continue
        label = _article_restored(" ".join(text[first:last].split()), tokens.covering(first, last))
        entity = Entity(unlinked_key(kind, label), kind, label)
        state = _apposed_state(text, last, adjectives) if kind == "Person" else None
        found.append(Mention(first, last, entity, "ner", _NER_CONFIDENCE, represents=state))
        taken.append((first, last))
    return found


def _second_person(
    words: list[Token],
    families: set[str],
    given: set[str],
    tokens: TokenIndex,
    linked_on: bool,
) -> tuple[int, int] | None:
    """Where the first person ends and a second starts inside a name the NER read: at a dash
    between two names («عباس ـ هنية», «مبارك - شالوم»: a meeting's two sides), or at a word
    past the first with «و» glued on whose rest is a holder's family name («عراقجي وغروسي»;
    not «عبد الرحمن وحيد»), or a given name that opens a full name: inside the span, or as
    its last word when the name goes on past a link after it (`linked_on`: «معمر القذافي
    ومعاوية | ولد سيدي أحمد الطايع»)."""
    for before, word, after in zip(words, words[1:], words[2:], strict=False):
        if word.text in DASHES:
            return tokens.span(before)[1], tokens.span(after)[0]
    for index, (before, word) in enumerate(itertools.pairwise(words), start=1):
        folded = normalize(word.text)
        if not word.text.startswith("و"):
            continue
        # «محمد ولد عبد الفتاح ومنصور إليمان كان»: a given name (not one that starts with «و»
        # itself: «وسام») opens a second full name after a first of two words or more
        given_name = folded[1:] in given and folded not in given
        two_full_names = index >= 2 and (index + 1 < len(words) or linked_on)
        if folded[1:] in families or (given_name and two_full_names):
            return tokens.span(before)[1], tokens.span(word)[0] + 1  # past the glued «و»
    return None


def _name_goes_on(doc: Doc, tokens: TokenIndex, entity: Span, last: int) -> int:
    """Where a one-word person the NER read ends when his name goes on in the next word: «باربرا
    | ليف», which the parse took for a noun in construct (no name rule starts there); `last`
    otherwise. The next word must be bare: no article, no «و», no title, relation or style, no
    accusative, no other name the NER read."""
    if len(entity) != 1 or entity.end >= entity.sent.end:
        return last
    token = doc[entity.end]
    word = normalize(token.text)
    start, end = tokens.span(token)
    bare = (
        token.is_alpha
        and token.ent_iob_ == "O"
        and token.pos_ in ("NOUN", "PROPN", "X")
        and not word.startswith(("ال", "لل", "بال", "و"))
        and not ends_a_name(word)
        and not common_word(word)
        and not accusative_alef(token)
    )
    return end if bare and start - last <= 1 and last == tokens.span(doc[entity.start])[1] else last


def _name_linked_on(tokens: TokenIndex, end: int) -> int:
    """Where a name the NER ended at `end` goes on: through the person the NER read right
    after a name link («ولد», «بن») that follows it, else `end`."""
    following = tokens.covering(end, end + _LINK_REACH)
    if not following or normalize(following[0].text) not in HOLDER_NAME_LINKS:
        return end
    link_end = tokens.span(following[0])[1]
    after = tokens.entities_starting(link_end, link_end + 2)
    if not after or _NER_TYPES.get(after[0].label_) != "Person":
        return end
    person = after[0]
    named = name_after(list(person.doc[person.start : person.sent.end]), person.doc._.article.text)
    # «سيدي أحمد | الطايع»: the NER may stop inside the name, as for a first person
    opening = tokens.span(person[0])[0]
    return max(tokens.span(person[-1])[1], named[1] if named and named[0] == opening else 0)


_LINK_REACH = 6  # characters: « ولد »


def _unlinked_person(text: str, span: tuple[int, int], rule: str = "ner") -> Mention:
    """A person no table knows, named by the words of `span`."""
    label = " ".join(text[span[0] : span[1]].split())
    person = Entity(unlinked_key("Person", label), "Person", label)
    return Mention(*span, person, rule, _NER_CONFIDENCE)


def _second_of_two(doc: Doc, index: int, tokens: TokenIndex, known: list[Mention]) -> bool:
    """A name word glued to «و» right after a person's name («محمد يحيى وأكرم شهيب»): the
    «و» joins two names (a name that starts with «و» would be written «ووليد» there)."""
    word = normalize(doc[index].text)
    if not word.startswith("و") or len(word) < 4 or index == doc[index].sent.start:
        return False
    previous = doc[index - 1]
    end = tokens.span(previous)[1]
    named = any(m.end == end and m.entity.type == "Person" for m in known)
    return previous.ent_type_ == "PER" or named or _after_apposed_title(previous, tokens, known)


def _after_apposed_title(comma: Token, tokens: TokenIndex, known: list[Mention]) -> bool:
    """«جاريد كوشنر، كبير مستشاري الرئيس الأمريكي، ومئير بن شبات»: after a person's name, his
    title between commas, the «و» that follows joins the next name to the list."""
    if comma.text not in "،,":
        return False
    start = tokens.span(comma)[0]
    sentence_start = tokens.span(comma.doc[comma.sent.start])[0]
    people = [m for m in known if m.entity.type == "Person" and sentence_start <= m.end <= start]
    if not people:
        return False
    between = tokens.covering(max(m.end for m in people), start)
    return (
        bool(between)
        and between[0].text in "،,"
        and len(between) <= _APPOSED_TITLE_WORDS
        and not any(token.pos_ in ("VERB", "AUX") for token in between)
    )


_APPOSED_TITLE_WORDS = 8  # the comma and a title of up to seven words


def foreign_subjects(
    doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
) -> list[Mention]:
    """A foreign name as the subject of a meeting verb, or of a verb said at a meeting, that
    the NER missed («والتقى لارسن بعد ذلك …», «واستقبل شيراك امس …», «وقال باول في مؤتمر
    صحفي مشترك …»): agency copy names a foreigner by his family name alone after the first
    mention, and the parse tags such a word X (foreign). The run of X words that ends on the
    subject is an unlinked person; X is noisy on common words, so no word of it may have the
    article («المجلة», «للحكومات», «هو جين تاو والأسد») or be a demonstrative («قال ذلك باول»),
    and one word alone may not have the accusative alef («لافتاً»); no word may say what kind
    of meeting it was («موسعة»)."""
    taken = [(m.start, m.end) for m in known]
    found = []
    for token in tokens.covering(start, end):
        if token.pos_ != "X" or token.dep_ != "nsubj" or not _at_a_meeting(token.head):
            continue
        first = token.i
        while first > token.sent.start and token.i - first < _FOREIGN_RUN:
            if doc[first - 1].pos_ != "X" or normalize(doc[first - 1].text) in DEMONSTRATIVES:
                break
            first -= 1
        run = doc[first : token.i + 1]
        words = [normalize(t.text) for t in run]
        span = (tokens.span(run[0])[0], tokens.span(token)[1])
        definite = any(w.startswith(("ال", "وال", "لل", "بال")) for w in words)
        alone = len(words) == 1 and accusative_alef(token)
        if (
            alone
            or definite
            or words[-1] in DEMONSTRATIVES
            or words[-1] in FILIATION  # «زار ابن فرحان دمشق»: «ابن» begins a name, ends none
            or overlaps(span, taken)
            or not all(_ARABIC_WORD.fullmatch(w) for w in words)
            or any(joined_common_word(w) or w in MEETING_KINDS for w in words)  # «جلسة موسعة»
            or any(clerical_style(t) for t in run)  # «آية الله العظمى»: a style
            or words[0] in BROTHERLY  # «التقى أخي فيدان»: the speaker's brother, a style
            or any(without_conjunction(w) in HONORIFICS for w in words)  # «وفخامة الرئيس»
            or len("".join(words)) < _SHORTEST_NAME
        ):
            continue
        found.append(_unlinked_person(doc._.article.text, span, "foreign-subject"))
        taken.append(span)
    return found


def _at_a_meeting(verb: Token) -> bool:
    """A meeting verb, or a verb whose oblique is a meeting noun («قال في مؤتمر», «أكد خلال
    لقائه»)."""
    if verb.pos_ != "VERB":
        return False
    lexicon = triggers()
    return any(
        (trigger := lexicon.of(token)) is not None and trigger.family == "meeting"
        for token in (verb, *(child for child in verb.children if child.dep_ == "obl"))
    )


_FOREIGN_RUN = 3  # at most the given names before the family name
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_SHORTEST_NAME = 3  # letters: no initial, no stray clitic


def _only_a_title(words: list[str], adjectives: Gazetteer) -> bool:
    """«والمبعوث الأمريكي» (which the NER may read as a person or a body): a person's title
    word, with «و» or the article, and only common words and state adjectives after it."""
    head = without_conjunction(words[0]).removeprefix("ال") if words else ""
    if head not in TITLE_HEADS | RELATIONAL_NOUNS:
        return False
    return all(common_word(w) or is_adjective(w, adjectives) for w in words[1:])


def _adverbial(token: Token) -> bool:
    """«مع الرئيس الفرنسي هاتفيا العلاقات»: an indefinite adjective in the accusative, its
    alef written («هاتفيا», «رسميا»), says how, it starts no person's name."""
    return token.pos_ in ("ADJ", "ADV") and indefinite_accusative(token) and accusative_alef(token)


def _from_honorific(doc: Doc, opening: int, first: int, last: int, text: str) -> tuple[int, int]:
    """The span of a person's name the NER read from its last words only («معالي إنريكي
    مانالو» read «مانالو»): after an honorific, the name starts right after it."""
    reach = doc[start_in_sentence(doc[opening], opening - _HONORIFIC_REACH) : opening]
    honorific = next((t for t in reversed(reach) if normalize(t.text) in HONORIFICS), None)
    if honorific is None:
        return first, last
    name = name_after(list(doc[honorific.i : doc[opening].sent.end]), text)
    if name is None or not name[0] < first < name[1]:
        return first, last
    return name[0], max(last, name[1])


_HONORIFIC_REACH = 3  # words between an honorific and the NER's name


def _from_foreign_word(doc: Doc, tokens: TokenIndex, first: int, taken: list) -> int:
    """The start of a foreign name the NER read without its first word («مع نيكي نيوين
    كينج» read «نيوين كينج»): one word the parse marks foreign (X, Foreign=Yes), bare, right
    after a preposition, «و» or a comma, belongs to the name."""
    at = tokens.covering(first, first + 1)
    index = at[0].i if at else 0
    if index < 2 or at[0].sent.start > index - 2:
        return first
    word, before = doc[index - 1], doc[index - 2]
    folded = normalize(word.text)
    if (
        word.pos_ != "X"
        or word.morph.get("Foreign") != ["Yes"]  # not «هما», «ولكن», «اجل» tagged X
        or not word.is_alpha
        or len(folded) < _FOREIGN_MIN
        or folded.startswith(("ال", "وال", "بال", "لل", "فال"))  # «والنائبين»: a noun
        or folded in NAME_STOPS | DEMONSTRATIVES | HONORIFICS | TITLE_HEADS
        or before.pos_ not in ("ADP", "CCONJ", "PUNCT")
        or overlaps(tokens.span(word), taken)
    ):
        return first
    return tokens.span(word)[0]


_FOREIGN_MIN = 3  # letters of a first name read on


def _apposed_state(text: str, end: int, adjectives: Gazetteer[Entity]) -> Entity | None:
    """The state a title right after a name gives its bearer («مروان حمادة وزير التجارة
    اللبناني»): a state adjective within the title's first words, before any punctuation."""
    window = re.split(r"[،,.:(«\"]", text[end : end + 60])[0]
    words = window.split()[:_APPOSED_TITLE_WORDS]
    if not words or normalize(words[0]) not in TITLE_HEADS:
        return None
    found = adjectives.find(" ".join(words))
    return found[0].payloads[0] if found else None


_APPOSED_TITLE_WORDS = 5


def _article_restored(label: str, words: list[Token]) -> str:
    """«للحزب الديموقراطي», «للحريري»: after «ل» the article's alif is not written, and the
    name the NER read there starts with «ل» where the word is «ال…» (the parse's word says so)."""
    word = normalize(words[0].text) if words else ""
    if word.startswith("ال") and label.startswith("ل") and word[1:] == normalize(label.split()[0]):
        return "ا" + label
    return label


def _name_without_apposition(
    words: list[Token], tokens: TokenIndex, adjectives: Gazetteer
) -> tuple[int, int]:
    """The span of a person's name the NER read with its title: without the honorifics,
    titles and the title's state adjective before it («الدكتور محمد حبيب», «الأمريكي روبرت
    زوليك») and the apposition after it («محمد باقر الحكيم زعيم المجلس», «كريستينا روكا
    مساعدة وزير الخارجية»)."""
    while len(words) > 1 and (
        joined_common_word(normalize(words[0].text)) or leading_adjective(words, adjectives)
    ):
        words = words[1:]
    cut = next(
        (
            i
            for i, t in enumerate(words)
            if i
            and ends_a_name(normalize(t.text))
            and not title_in_a_name(t)
            # «أسعد عبد الأمير العيداني»: the word after a name link is the name's own
            and normalize(words[i - 1].text) not in NAME_LINKS
        ),
        None,
    )
    words = words[:cut]
    return tokens.span(words[0])[0], tokens.span(words[-1])[1]


def _a_kind_of_body(word: str) -> bool:
    """«منظمة», «والمجلس», «الحركة»: a word for a kind of body (folded), no body's name."""
    return without_conjunction(word) in _HEADS


def _not_a_side(doc: Doc, start: int, end: int) -> bool:
    """An organisation the NER read that cannot act in an event: a newspaper, agency or
    channel («صحيفة "معاريف"», «وكالة أنباء الشرق الأوسط»), or the body a title names
    («زعيم حزب الاتحاد الكردستاني», «مدير المخابرات الخارجية الإسرائيلية»)."""
    before = [t for t in doc[doc[start].sent.start : start] if t.is_alpha][-2:]
    opening = [normalize(t.text) for t in doc[start : min(end, start + 2)]]
    if any(word in MEDIA_HEADS for word in [normalize(t.text) for t in before[-1:]] + opening):
        return True
    after_lam = start > 0 and normalize(doc[start - 1].text) == "ل"
    if (opening[0] == "ل" or after_lam) and _titled_before(doc, start):
        return True  # «الممثلة الخاصة للأمين العام للأمم المتحدة»: whose envoy she is
    words = [normalize(t.text) for t in before]
    if ends_a_title(words):
        return True
    if before and before[-1].pos_ == "NOUN":
        if not opening[0].startswith("ال"):
            return False  # «وزير الخارجية | حركة الجهاد»: a definite noun ends the title
        words = words[:-1]  # «مدير المخابرات | الخارجية»: a noun between title and body
    return ends_a_title(words)


def _titled_before(doc: Doc, start: int) -> bool:
    """Whether an envoy's or representative's noun («الممثلة الخاصة للأمين العام», «مبعوث»)
    stands among the few words before `start`: the body he acts for is no side (a leader's
    body, «زعيم للحزب الذي يعقد مؤتمره», still acts)."""
    words = [normalize(t.text) for t in doc[start_in_sentence(doc[start], start - 7) : start]]
    bare = {w.removeprefix("ال").removeprefix("لل") for w in words}
    return any(w in RELATIONAL_NOUNS or w.removesuffix("ه") in RELATIONAL_NOUNS for w in bare)


def _without_clause_verb(words: list[Token], last: int, tokens: TokenIndex) -> int:
    """«بوتين وباراك شددا», «مع قرنق فوقعوا اتفاقا»: a name ends before the verb of the next
    clause (the NER took it for the name's last word): a verb with a subject of its own, or
    one glued to «ف» (and then) with a dual or plural subject ending («فبحثا», «فوقعوا»)."""
    while len(words) > 1 and (words[-1].pos_ == "VERB" or _and_their_verb(words[-1])):
        word = normalize(words[-1].text)
        subject = any(child.dep_ == "nsubj" for child in words[-1].children)
        if not subject and not _then_verb(word) and not _and_their_verb(words[-1]):
            break
        words = words[:-1]
        last = tokens.span(words[-1])[1]
    return last


def _without_time_of_day(words: list[Token], last: int, tokens: TokenIndex) -> int:
    """«التقى غروسي صباح اليوم X»: a name ends before a time of day the NER took for its last
    word, when a day word follows it («صباح الخالد» is a name)."""
    if len(words) < 2 or normalize(words[-1].text) not in _TIMES_OF_DAY:
        return last
    following = words[-1].doc[words[-1].i + 1] if words[-1].i + 1 < len(words[-1].doc) else None
    if following is None or normalize(following.text) not in DATE_WORDS:
        return last
    return tokens.span(words[-2])[1]


_TIMES_OF_DAY = {"صباح", "مساء", "ظهر", "عصر", "فجر"}  # folded


def _without_circumstance(words: list[Token], last: int, tokens: TokenIndex) -> int:
    """«جمال عبدالناصر بوساطة …», «… برعاية …»: a name ends before the noun with «ب» that
    opens the circumstance of the meeting (the NER took it for the name's last word), or
    before «أمام» («وعبد السلام أمام الكاميرات»: in front of)."""
    if len(words) < 2 or not (
        normalize(words[-1].text) in CIRCUMSTANCES or words[-1].text in IN_FRONT_OF
    ):
        return last
    return tokens.span(words[-2])[1]


def _then_verb(word: str) -> bool:
    return word.startswith("ف") and word.endswith(("وا", "ا")) and len(word) > 3


def _and_their_verb(token: Token) -> bool:
    """«التقت خلالها الرئيس السيسي وبحثا الأوضاع»: a meeting verb glued to «و» with a dual or
    plural ending, whatever the tagger made of it, opens the next clause."""
    word = normalize(token.text)
    glued = word.startswith("و") and word.endswith(("وا", "ا")) and len(word) > 3
    return glued and triggers().verbs.lookup(word) is not None


# The words a person's name follows: a body's name that ends on one is named after him.
NAMED_AFTER = HONORIFICS | FIRST_NAME_TITLES


def _in_title(token: Token) -> bool:
    """An organisation word right after a title head names an office, not an actor: «آل ثاني
    رئيس مجلس الوزراء», «أمين عام حزب جبهة المشاركة»."""
    before = token.doc[start_in_sentence(token, token.i - 2) : token.i]
    return ends_a_title([normalize(t.text) for t in before])


def _organ_of_another(name: list[Token]) -> bool:
    """A head, a construct noun and another organisation's name: the organ of that body."""
    inner = normalize(name[2].text).removeprefix("ال") if len(name) > 2 else ""
    return not normalize(name[1].text).startswith("ال") and inner in ORGANISATION_HEADS


# Time words that end a body's name («العام» goes on it: «المؤتمر الشعبي العام»)
_TIME_ENDS = (NAME_STOPS | TIME_WORDS) - {"العام"}
_HIGH, _LEVEL = "رفيع", "المستوي"  # «رفيع المستوى», folded


def _named_on(doc: Doc, count: Token) -> Token:
    """The last word of a counted group's name: its definite adjectives («اللجنة الثلاثية
    المشتركة») and what it is for, a «ل» on a verbal noun and the nouns it governs up to a
    definite or proper one («لمتابعة اتفاق بكين»)."""
    last, words, end = count, doc._.folded, end_in_sentence(count, count.i + 1 + MAX_NAME_WORDS)
    index = count.i + 1
    while index < end and doc[index].pos_ == "ADJ" and words[index].startswith("ال"):
        if index + 1 < end and _complement_opens(doc[index + 1], words[index + 1]):
            return last  # «اللجنة الخماسية المعنية بلبنان»: a participle and its complement
        last, index = doc[index], index + 1
    if index < end and words[index] == "ل":
        index += 1  # «ل» split off the verbal noun
    elif not (index < end and words[index].startswith("ل") and not words[index].startswith("لل")):
        return last
    for word in doc[index + 1 : end]:  # past the verbal noun, up to its definite or proper noun
        if word.pos_ not in ("NOUN", "PROPN", "X"):
            break
        if words[word.i].startswith("ال") or word.pos_ in ("PROPN", "X"):
            return word
    return last


def _complement_opens(token: Token, word: str) -> bool:
    """«بلبنان», «في», «على»: a preposition (not the «ل» of a purpose), glued or alone."""
    alone = token.pos_ == "ADP" and word != "ل"
    return alone or (word.startswith("ب") and not word.startswith("بال") and token.pos_ != "ADJ")


def counted_groups(
    doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
) -> list[Mention]:
    """«اللجنة الخماسية المعنية بلبنان», «المجموعة الرباعية»: a committee or group named by
    how many parties it has is a group of states the tables do not know, or the one the article
    named so in full before («اللجنة الرباعية الدولية … وتضم اللجنة الرباعية»)."""
    found = []
    text = doc._.article.text
    taken = [(m.start, m.end) for m in known]
    places = [(m.start, m.end) for m in known if m.entity.type in ("City", "Place")]
    for token in tokens.words_within(start, end, COUNTED_HEADS | {"لجنه"}):
        if end_in_sentence(token, token.i + 2) <= token.i + 1:
            continue
        following = doc[token.i + 1]
        if doc._.folded[following.i] not in COUNTED_PARTIES:
            continue
        # «للجنة الثلاثية»: «ل» and «اللجنة», the article written with one «ل»
        dropped = _lam_article_dropped(tokens, [token, following])
        if doc._.folded[token.i] not in COUNTED_HEADS and not dropped:
            continue
        last = _named_on(doc, following)
        span = (tokens.span(token)[0], tokens.span(last)[1])
        actors = [t for t in taken if t not in places]  # a city may be in its name
        if overlaps(span, actors):
            span = (span[0], tokens.span(following)[1])  # another's name after the count
        if overlaps(span, actors):
            continue
        label = ("ال" if dropped else "") + " ".join(text[span[0] : span[1]].split())
        group = named_in_full(text, normalize(label), known, span[0])
        group = group or Entity(unlinked_key("Group", label), "Group", label)
        found.append(Mention(span[0], span[1], group, "counted-group", 0.6))
        taken.append(span)
    return found


COUNTED_HEADS = {"اللجنه", "المجموعه"}  # «اللجنة الخماسية», «المجموعة الرباعية» (folded)
COUNTED_PARTIES = {"ال" + word for word in PARTY_COUNTS if word.endswith("ه")}


def count_named_groups(
    doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """«الرباعية الخاصة بالسودان», «رباعية إيغاد»: a group named by its count alone, with what
    it is for («الخاصة ب» and one word) or the body whose it is (IGAD's quartet is not IGAD),
    and «الرباعية» alone after the article named one so. The mentions found, and the bodies
    named inside them, which take no part of their own."""
    text = doc._.article.text
    bodies = [m for m in known if m.entity.type in BODIES]
    groups = [m for m in known if m.rule == _COUNT_NAMED]
    found, inside = [], []
    for token in tokens.words_within(start, end, _COUNT_NOUNS):
        word = without_conjunction(doc._.folded[token.i])
        word = word[1:] if word[:2] in ("بال", "لل") else word  # «بالرباعية», «للرباعية»
        first = tokens.span(token)[0] + len(doc._.folded[token.i]) - len(word)
        following = doc[token.i + 1] if token.i + 1 < end_in_sentence(token, len(doc)) else None
        after = doc._.folded[token.i + 1 : token.i + 3]
        owner = (
            None
            if word.startswith("ال") or following is None
            else next((m for m in bodies if m.start == tokens.span(following)[0]), None)
        )
        head = doc[token.i - 1] if token.i > start_in_sentence(token, 0) else None
        if head is not None and word.startswith("ال") and _definite_head(doc._.folded[head.i]):
            # «اللجنة الخماسية الخاصة بلبنان»: the committee's name is its head and its
            # count; what it is for describes it
            first, last = tokens.span(head)[0], tokens.span(token)[1]
        elif word.startswith("ال") and after[:1] == [_FOR] and len(after) > 1:
            # «الرباعية الخاصة باليمن», its «ب» split off or not
            split = after[1] == "ب" and token.i + 3 < len(doc)
            last = tokens.span(doc[token.i + (3 if split else 2)])[1]
        elif owner is not None:
            last = owner.end  # «رباعية إيغاد»
            inside.append(owner)
        elif word.startswith("ال") and groups:
            found.append(replace(groups[-1], start=first, end=tokens.span(token)[1]))
            continue  # «والرباعية، التي …»: the one named before
        else:
            continue
        label = " ".join(text[first:last].split())
        group = Entity(unlinked_key("Group", label), "Group", label)
        mention = Mention(first, last, group, _COUNT_NAMED, 0.6)
        found.append(mention)
        groups.append(mention)
    return found, inside


def _definite_head(word: str) -> bool:
    """«اللجنة», «واللجنة», «المجموعة»: an organisation's head noun with the article."""
    bare = without_conjunction(word)
    return bare.startswith("ال") and bare[2:] in ORGANISATION_HEADS


_COUNT_NAMED = "count-named-group"
_FOR = "الخاصه"  # folded «الخاصة»: «الرباعية الخاصة بالسودان»
# «رباعية», «الرباعية» and their clitics' forms, folded
_COUNT_NOUNS = {
    clitic + article + word
    for word in PARTY_COUNTS
    if word.endswith("ه")
    for article in ("", "ال")
    for clitic in ("", "و", "ب", "ل", "وب", "ول")
} | {"لل" + word for word in PARTY_COUNTS if word.endswith("ه")}


def _members_in(text: str, last: Token, end: int, known: list[Mention]) -> int:
    """Where a body's name ends that goes on «… الدول الأعضاء في» a body the tables know
    («اتحاد مجالس الدول الأعضاء في منظمة التعاون الإسلامي»): after that body; else `end`,
    where its last word `last` ends."""
    if normalize(last.text) != _MEMBERS:
        return end
    after = _IN_NEXT.match(text, end)
    body = next(
        (m for m in known if after and m.start == after.end() and m.entity.type in BODIES), None
    )
    return body.end if body is not None else end


def _concerning(text: str, end: int, known: list[Mention]) -> int:
    """Where a body's name ends that goes on with the state it is about («لجنة الاتصال العربية
    بشأن سوريا», «المجموعة الدولية حول اليمن»): after that state; else `end`."""
    about = _CONCERNING.match(text, end)
    state = next(
        (m for m in known if about and m.start == about.end() and m.entity.type == "State"), None
    )
    return state.end if state is not None else end


_CONCERNING = re.compile(r"\s+(?:بشأن|بشان|حول)\s+")
_MEMBERS = "الاعضاء"  # folded «الأعضاء»
_IN_NEXT = re.compile(r"\s+في\s+")


# «الاتحاد البرلماني العربي», «الجمعية البرلمانية الآسيوية»: a head with the article, and
# the adjectives that name the body after it
_HEADS = ORGANISATION_HEADS | {"ال" + head for head in ORGANISATION_HEADS}


def _quoted_name(text: str, head_end: int, end: int) -> tuple[int, int] | None:
    """The span of a name in quotation marks right after an organisation's head noun, of a
    few words on one line, or None."""
    quoted = _QUOTED.match(text, head_end, end)
    if quoted is None or quoted.end() - quoted.start("open") > _QUOTED_NAME_CHARS:
        return None
    name = quoted.group("name")
    return quoted.span("name") if name and len(name.split()) <= MAX_NAME_WORDS else None


def _opens_with_an_imperfect(words: list[Token]) -> bool:
    """Whether quoted words begin with a verb in the imperfect, the future's «س» before it
    or not («ستجتمع بانتظام»): what was said, not a name (a name may read as a verb in the
    perfect: «درع البحر»)."""
    verbs = words[1:] if words[:1] and words[0].pos_ == "AUX" else words
    return bool(verbs) and verbs[0].pos_ == "VERB" and verbs[0].morph.get("Aspect") == ["Imp"]


def _known_as(text: str, head_end: int, end: int) -> tuple[int, int] | None:
    """«لجنة الإشراف على تطبيق الاتفاق بين لبنان وإسرائيل، المعروفة بـ«الميكانيزم»»: the span
    of the quoted name a body described at length is known by, or None."""
    known = _KNOWN_AS.match(text, head_end, min(end, head_end + _DESCRIPTION_CHARS))
    return known.span("name") if known is not None else None


# the description on one line with no clause mark, a comma, «المعروف(ة)» and «ب(ـ)» or «باسم»,
# then the name in quotation marks
_KNOWN_AS = re.compile(
    r"[^\n،,.؛:«»]*[،,]\s*(?:ال)?معروف[ةه]?\s+(?:ب\s*ـ?|باسم\s*)\s*[«\"](?P<name>[^»\"\n]{1,40})[»\"]"
)
_DESCRIPTION_CHARS = 160


# «تحالف «حارس الازدهار»», «كتلة "اللقاء الديمقراطي"»: spaces, the opening mark, the name on
# one line, the closing mark
_QUOTED = re.compile(r' *(?P<open>[«“"])[^\S\n]*(?P<name>[^»”"\n]*?)[^\S\n]*[»”"]')
_QUOTED_NAME_CHARS = 60


def _described_twice(name: list[Token]) -> bool:
    """Whether a head with the article is named by two adjectives or more, and only by
    adjectives («الاتحاد البرلماني العربي»); not a joint committee of two parties («اللجنة
    العليا المشتركة»), which `joint_committees` reads."""
    words = [normalize(t.text) for t in name[1:]]
    return len(name) > 2 and all(t.pos_ == "ADJ" for t in name[1:]) and _JOINT not in words


_JOINT = "المشتركه"


def _lam_article_dropped(tokens: TokenIndex, name: list[Token]) -> bool:
    """«للجنة الوزارية المشتركة»: «ل» split off a head noun that begins with «ل», glued to it,
    before a definite adjective (not a genitive: «للجنة القدس»): the head had the article,
    which «ل» swallowed whole."""
    head = name[0]
    if head.i == 0 or len(name) < 2 or not normalize(head.text).startswith("ل"):
        return False
    before = head.doc[head.i - 1]
    glued = tokens.span(before)[1] == tokens.span(head)[0]
    adjective = name[1].pos_ == "ADJ" and normalize(name[1].text).startswith("ال")
    return glued and normalize(before.text) == "ل" and adjective


def _purpose_word(folded: list[str], last: Token, token: Token, sentence_end: int) -> bool:
    """«لمحاربة», «لدعم», «لتحرير»: «ل» on a verbal noun in construct, right before a definite
    word, names what a body is for («التحالف العربي لدعم الشرعية»), glued on or split off (the
    «ل» the tokenizer split off is already on the name, `last`). `folded`: the Doc's words."""
    word = folded[token.i]
    after = token.i + 1 < sentence_end and folded[token.i + 1].startswith("ال")
    glued = word.startswith("ل") and not word.startswith("لل") and len(word) > 3
    split = folded[last.i] == "ل" and not word.startswith("ال")
    return (glued or split) and token.pos_ == "NOUN" and after


_NAMED_AT_LENGTH = {"مجموعه"}  # heads that name a body with two words after them or more


def _named_after_cities(text: str, start: int, known: list[Mention]) -> list[Mention]:
    """Groups named by a head noun and the city they began in («حلف بغداد», «بمجموعة
    مينسك», «منتدى دافوس»), read on the characters: the tokenizer often leaves a proclitic
    on the head («بحلف»). The city may have been read as its state's metonym («مجموعة مينسك»
    is no Belarus)."""
    found = []
    cities = (m for m in known if m.entity.type == "City" or m.rule == METONYM_STATE)
    for city in (m for m in cities if m.start >= start):
        head = _HEAD_BEFORE.search(text, max(start, city.start - _HEAD_REACH), city.start)
        if head is None or normalize(head.group("head")) not in _NAMED_AFTER_A_CITY:
            continue
        label = f"{head.group('head')} {text[city.start : city.end]}"
        organisation = Entity(unlinked_key("Organization", label), "Organization", label)
        found.append(Mention(head.start("head"), city.end, organisation, "organisation-name", 0.5))
    return found


_HEAD_BEFORE = re.compile(r"(?<![\w\u064b-\u0652])(?:[وف]?[بل])?(?P<head>\w+)\s+$")
_HEAD_REACH = 12  # characters: «وبمجموعة »
_NAMED_AFTER_A_CITY = {"حلف", "مجموعه", "منتدي", "تكتل"}  # folded, without the article


def unknown_towns(
    doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
) -> list[Mention]:
    """«في مدينة عنتيبي الأوغندية»: a proper or foreign word right after «مدينة» is a town no
    table lists (not «مدينة كبيرة», an adjective, nor a word the tables know)."""
    taken = [(m.start, m.end) for m in known]
    found = []
    for word in tokens.words_within(start, end, _TOWN_WORDS):
        following = doc[word.i + 1] if word.i + 1 < end_in_sentence(word, len(doc)) else None
        if following is None or following.pos_ not in ("X", "PROPN") or not following.is_alpha:
            continue
        span = tokens.span(following)
        if overlaps(span, taken) or doc._.folded[following.i].startswith("ال"):
            continue
        label = doc._.article.text[span[0] : span[1]]
        town = Entity(unlinked_key("City", label), "City", label)
        found.append(Mention(*span, town, "town", _TOWN_CONFIDENCE))
    return found


_TOWN_WORDS = {"مدينه", "بمدينه", "لمدينه", "ومدينه"}  # folded
_TOWN_CONFIDENCE = 0.6


def unknown_organisations(
    doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
) -> list[Mention]:
    """Organisations the knowledge base does not know, named by a head noun and its name.

    «حركة الجهاد الإسلامي», «وزارة الخارجية القطرية», «منظمة الصحة العالمية»: an organisation
    noun followed by definite nouns and adjectives, a construct noun right after the head
    included («مجلس وزراء الخارجية العرب», «منظمة دول …»), becomes an unlinked Organization.
    """
    text = doc._.article.text
    found = _named_after_cities(text, start, [m for m in known if m.end <= end])
    # a place may be part of the name («لجنة القدس»); an actor may not
    taken = [(m.start, m.end) for m in known if m.entity.type not in ("City", "Place")]
    taken += [(m.start, m.end) for m in found]
    for token in tokens.words_within(start, end, _HEADS):
        if overlaps(tokens.span(token), taken) or _in_title(token):
            continue
        if token.i > 0 and normalize(doc[token.i - 1].text) in ORGANISATION_HEADS:
            continue  # «حزب الاتحاد الديمقراطي»: the name of the body the word before heads
        quoted = _quoted_name(text, tokens.span(token)[1], end) or _known_as(
            text, tokens.span(token)[1], end
        )
        if quoted is not None:
            # «تحالف «حارس الازدهار»»: the name the head noun puts in quotation marks; not
            # the words a statement said of it («أن اللجنة «ستجتمع بانتظام»»: a verb first)
            said = _opens_with_an_imperfect(tokens.covering(*quoted))
            if not said and not overlaps(quoted, taken):
                label = " ".join(text[quoted[0] : quoted[1]].split())
                organisation = Entity(unlinked_key("Organization", label), "Organization", label)
                # the mention spans the head noun too: the parse hangs the name on it
                span = (tokens.span(token)[0], quoted[1])
                found.append(Mention(*span, organisation, "organisation-name", 0.5))
                taken.append(span)
            continue
        name = [token]
        purpose = 0  # where «لمحاربة الإرهاب» begins: what the body is for, not its description
        sentence_end = token.sent.end
        for following in doc[token.i + 1 : end_in_sentence(token, token.i + 1 + MAX_NAME_WORDS)]:
            word = normalize(following.text)
            if word == "ل" and name[-1].i == following.i - 1 and len(name) > 1:
                name.append(following)  # «للغاز» split «ل» + «الغاز»: the name goes on
                continue
            if len(name) > 1 and _purpose_word(tokens.folded, name[-1], following, sentence_end):
                # the «ل» the tokenizer split off is the purpose's too
                purpose = purpose or len(name) - (tokens.folded[name[-1].i] == "ل")
                name.append(following)  # «… العسكري لمحاربة الإرهاب»: what it is for
                continue
            if word in _TIME_ENDS:
                break  # «عقد مجلس النواب اليوم جلسة»: a time word ends the name
            if word == _HIGH and tokens.folded[following.i + 1 : following.i + 2] == [_LEVEL]:
                # «مجلس التعاون رفيع المستوى»: the council of two states, named in full, with
                # their adjectives when they follow («… رفيع المستوى المصري التركي»)
                name += [following, doc[following.i + 1]]
                for adjective in doc[following.i + 2 : end_in_sentence(token, following.i + 4)]:
                    folded = tokens.folded[adjective.i]
                    if not (folded.startswith("ال") and folded.endswith("ي")):
                        break
                    name.append(adjective)
                break
            # «منتدى الدول المصدرة للغاز»: «ل» and the article on the name's last words
            definite = word.startswith(("ال", "لل"))
            construct = len(name) == 1 and following.pos_ == "NOUN"
            construct = construct and following.morph.get("Definite") == ["Cons"]
            if not (definite and following.pos_ in _NAME_POS) and not construct:
                break
            name.append(following)
        while len(name) > 1 and not normalize(name[-1].text).startswith(("ال", "لل")):
            name.pop()  # a construct noun right after the head, or «ل», never last
        if len(name) < 2 or normalize(name[-1].text) in NAMED_AFTER or _organ_of_another(name):
            # «مؤسسة الشيخ زايد …»: named after a person, whose name the rule cannot end;
            # «مجلس إدارة المؤسسة المصرفية العربية»: the bank's board, and the bank acts
            continue
        if len(name) == 2 and normalize(token.text).removeprefix("ال") in _NAMED_AT_LENGTH:
            continue  # «مجموعة الخمس», «مجموعة العمل»: a group's name is longer
        if len(name) == 2 and BODY_ANAPHORS.fullmatch(normalize(name[1].text)):
            continue  # «مجلس الجامعة»: the council of the body named before, which acts
        described = _described_twice(name[:purpose] if purpose else name)
        if normalize(token.text) not in ORGANISATION_HEADS and not described:
            continue  # «المجلس الست», «الاتحاد الكردستاني»: not named enough to be one body
        span = (tokens.span(name[0])[0], tokens.span(name[-1])[1])
        if overlaps(span, taken):
            continue
        span = (span[0], _members_in(text, name[-1], span[1], known))
        span = (span[0], _concerning(text, span[1], known))
        label = _article_restored(" ".join(text[span[0] : span[1]].split()), name[:1])
        if _lam_article_dropped(tokens, name):
            label = "ال" + label  # «للجنة الوزارية»: «ل» and «اللجنة», written with one «ل»
        if (quoted := _quoted_name(text, span[1], end)) is not None:
            # «منتدى الحوار "إيبسا"»: the name in quotation marks after what the body is
            span, label = (span[0], quoted[1]), " ".join(text[quoted[0] : quoted[1]].split())
        organisation = Entity(unlinked_key("Organization", label), "Organization", label)
        found.append(Mention(span[0], span[1], organisation, "organisation-name", 0.5))
        taken.append(span)
    return found
