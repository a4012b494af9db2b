"""The role a mention plays for a trigger: subject, object, «مع» partner, owner, topic, place.

A mention's role is read from the case markers and the dependency on its way up to the clause:
from the mention's head word, up through the words of its noun phrase (genitives, adjectives,
coordination, apposition), collecting the prepositions on the way, until a word that is an
argument of a verb or the trigger itself. The outermost preposition decides: «مع» makes a
partner, «بين» one of two sides, «حول/بشأن/عن» a topic, «في» a place or a topic; with none, the
dependency decides (subject, object, or the owner of a meeting noun: «لقاء فيدان»). «من» and
«ل» inside a phrase («وفد من حماس», «لحركة حماس») and «ب» on «برئاسة» are transparent.
A state or body under a topic noun («الوضع في العراق», «ملف إيران»), a discussion verb's
object, or in the «مع» phrase of a noun that takes «مع» itself («الحرب مع إيران») is a topic.

The parse attaches many phrases to the wrong word (a «مع» phrase under the subject instead of
the verb), so the role comes from the markers and the phrase, and only the clause bounds where
a mention may be; word order fills a subject the parse leaves out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import chain, pairwise

from spacy.tokens import Doc, Token

from kg.dates import MONTH_WORDS, DateMention
from kg.extract.clauses import clause_of
from kg.extract.triggers import triggers, visit_word
from kg.gazetteer import overlaps
from kg.lang.ar.clauses import THEN, WHEN, WHERE
from kg.lang.ar.grammar import (
    BEYOND,
    COINCIDING_NOUNS,
    COMPOSED_OF,
    COMPOSITION_ENDS,
    DELEGATION_LINKS,
    DISCUSSION_VERBS,
    IN_TITLE_MARKERS,
    KANA,
    LEADERSHIP,
    MESSAGES,
    OCCASIONS,
    PEOPLE_OF,
    PLACE_MARKERS,
    RELATIVES,
    TITLE_OPENERS,
    TITLE_WORDS,
    TOPIC_MARKERS,
    TOPIC_NOUNS,
    TRANSPARENT,
    VENUES,
    WITH_NOUNS,
)
from kg.lang.ar.meetings import PRONOUNS, TIME_WORDS
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.orthography import CLAUSE_MARKS
from kg.lang.ar.words import (
    BLESSINGS,
    BROTHERLY,
    HONORIFICS,
    PLURAL_TITLES,
    RELATIONAL_NOUNS,
    ROYAL_STYLE,
    TITLE_HEADS,
)
from kg.lexicon import nouns, verbs, with_bi_article
from kg.mention_spans import ends_a_sentence, start_in_sentence, starts_a_sentence
from kg.mentions import SUMMIT_ADJECTIVE
from kg.normalize import normalize, normalize_with_offsets, original_span
from kg.schema import BODIES, PLACES
from kg.types import Mention

# Dependencies inside a noun phrase, followed upwards to the phrase's top word.
_PHRASE_DEPS = {"nmod", "amod", "conj", "appos", "flat", "compound", "det", "nummod", "fixed"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "csubj"}
_NOMINAL = ("NOUN", "PROPN", "X", "ADJ")  # «مستقبلي» (receivers of) is tagged an adjective
_PLACES = ("City", "Place", "State")
_OWNER_SUFFIXES = ("ه", "ها", "هم", "هما")  # as written: «لقاءه», not «قمة»
_AGENT_NOUNS = ("طرف", "قبل", "جانب")  # «من طرف/قبل/جانب»: «by»
_OBJECT_DEPS = {"obj", "iobj"}
# «A، B و C»، «كل من A و B»; «A ثم B فC»: one after the other
_LIST_GLUE = ("و", "من", "كل", "،", "ثم", "ف")
_TOPIC_NOUNS = nouns(**{word: (word,) for word in TOPIC_NOUNS})
_WITH_NOUNS = nouns(**{word: (word,) for word in WITH_NOUNS})
_COINCIDING_NOUNS = nouns(**{word: (word,) for word in COINCIDING_NOUNS})
_DISCUSSION_VERBS = verbs(*DISCUSSION_VERBS)
_GLUED_TITLES = {w for w in TITLE_HEADS if not w.startswith("ال")} - LEADERSHIP | TITLE_OPENERS


@dataclass
class Roles:
    """The actor mentions of one clause, by the role they play for one trigger."""

    subjects: list[Mention] = field(default_factory=list)
    objects: list[Mention] = field(default_factory=list)
    partners: list[Mention] = field(default_factory=list)  # «مع X», «التقى بـ X»
    between: list[Mention] = field(default_factory=list)  # «بين X و Y»
    owners: list[Mention] = field(default_factory=list)  # «لقاء X»: a meeting noun's genitive
    topics: list[Mention] = field(default_factory=list)
    loose: list[Mention] = field(default_factory=list)  # no marker, no telling dependency

    def all(self) -> list[Mention]:
        return [
            *self.subjects,
            *self.objects,
            *self.partners,
            *self.between,
            *self.owners,
            *self.topics,
            *self.loose,
        ]


@dataclass(frozen=True)
class Path:
    """A mention's way up to its clause: the markers met and the word it hangs from."""

    markers: tuple[str, ...]  # folded prepositions, innermost first (transparent ones left out)
    top: Token  # the top word of its phrase
    via: tuple[Token, ...]  # every word passed, the mention's head first


def head_token(doc: Doc, mention: Mention) -> Token | None:
    """The word of the mention that its other words depend on (the first, if the parse split it)."""
    tokens = tokens_of(doc, mention)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def tokens_of(doc: Doc, mention: Mention) -> list[Token]:
    """The tokens whose characters overlap the mention."""
    extensions = doc._  # read once: each `doc._` makes a new accessor
    offsets = extensions.offsets
    first, end = _token_range(extensions.token_starts, offsets, mention.start, mention.end)
    return [doc[i] for i in range(first, end) if offsets[i][0] < mention.end]


def without_mentions(
    text: str, start: int, end: int, mentions: Iterable[Mention | DateMention]
) -> str:
    """text[start:end] with the characters of the mentions (or dates) that lie inside it
    blanked: the words that stand between names («تنتمي ليبيا وتركيا معا إلى»: «تنتمي معا
    إلى»)."""
    characters = list(text[start:end])
    for mention in mentions:
        if start <= mention.start and mention.end <= end:
            width = mention.end - mention.start
            characters[mention.start - start : mention.end - start] = " " * width
    return "".join(characters)


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens whose characters lie between the offsets `start` and `end`."""
    extensions = doc._
    offsets = extensions.offsets
    first, last = _token_range(extensions.token_starts, offsets, start, end)
    return [doc[i] for i in range(first, last) if offsets[i][1] <= end]


def token_at(doc: Doc, offset: int) -> Token:
    """The token that covers the character at `offset`, or the first one after it."""
    extensions = doc._
    first, _ = _token_range(extensions.token_starts, extensions.offsets, offset, offset)
    return doc[first]


def _token_range(
    starts: list[int], offsets: list[tuple[int, int]], start: int, end: int
) -> tuple[int, int]:
    """The indices of the first token that ends after `start` and of the first token that
    starts at or after `end` (`starts` and `offsets`: the Doc's ``token_starts`` and
    ``offsets``)."""
    first = max(bisect_right(starts, start) - 1, 0)
    if offsets[first][1] <= start:
        first += 1
    return first, bisect_left(starts, end)


def path_of(doc: Doc, mention: Mention, stop: Iterable[Token] = ()) -> Path | None:
    """Climb from the mention's head word through its phrase, gathering prepositions.

    The climb stops at a word that is an argument of a verb (its dependency is not one of a
    noun phrase), at a word whose head is in `stop` (the trigger and the verbs supporting it),
    or at the clause's edge. «من» and «ل» count only on the top word («تلقى اتصالاً من X»,
    «استقباله لـ X»), not inside the phrase («وفد من حماس»).
    """
    token = head_token(doc, mention)
    if token is None:
        return None
    stops = {t.i for t in stop}
    first, end = clause_of(token)
    found: list[tuple[Token, list[str]]] = []
    via = [token]
    while True:
        markers = _markers_of(token, (mention.start, mention.end))
        if markers == ["ب"] and via[1:] and _glued_place(token):
            markers = []  # «في مكتبه بالموصل وفدا من …»: the place's own «ب», not the phrase's
        found.append((token, markers))
        head = token.head
        if (
            token.dep_.split(":")[0] not in _PHRASE_DEPS
            or head.i == token.i
            or head.i in stops
            or not first <= head.i < end
            or (token.dep_ == "nmod" and _indefinite_adjective(head))
        ):
            # «في لقاء منفصل الرئيس إردوغان»: a name the parse hung under an indefinite
            # adjective is no genitive of the noun the adjective qualifies (a state's adjective
            # after a plural title heads its holder: «نظرائه السعودي الأمير فيصل»)
            break
        token = head
        via.append(token)
    markers = [
        word
        for word_token, words in found
        for word in words
        if word not in TRANSPARENT or word_token.i == token.i
    ]
    return Path(tuple(markers), token, tuple(via))


def _indefinite_adjective(token: Token) -> bool:
    """An adjective qualifying a noun, without the article («لقاء منفصل»); not a counterpart
    noun the parse tagged one («بحضور نظرائه X و Y»: the names are his counterparts)."""
    word = token.doc._.folded[token.i]
    indefinite = not word.startswith(("ال", "وال"))
    counterpart = without_conjunction(word).startswith(_COUNTERPART_STEMS)
    return token.pos_ == "ADJ" and token.dep_ == "amod" and indefinite and not counterpart


def hangs_from(doc: Doc, mention: Mention, others: list[Mention]) -> bool:
    """Whether the mention is a word in the title or apposition of a person among `others`:
    «خليل الحية رئيس حركة حماس», «X شقيق Y» (Hamas and Y hang from a person through a noun
    no mention covers, with no preposition on the way but one inside a title: «زعيم المجلس
    في العراق»). Not through a meeting's noun, not a conjunct, not a name hung
    from a delegation («وفد موزمبيقي برئاسة نظيره Y»), and not an object or a «ب/مع» phrase
    the parse hung under the subject («التقى الصفدي بوزير الخارجية …»)."""
    path = path_of(doc, mention)
    if path is None or _brother_before(doc, mention):
        return False
    if mention.entity.type == "Person" and any(
        joined_by_and(doc, other, mention) for other in others if other.end <= mention.start
    ):
        return False  # «X نائب رئيس الدولة … وولي عهد أبوظبي Y»: listed, whatever the parse
    heads = {
        token.i
        for other in others
        if (other.start, other.end) != (mention.start, mention.end)
        and other.entity.type == "Person"
        and (token := head_token(doc, other)) is not None
    }
    spans = [(m.start, m.end) for m in [mention, *others]]

    def named(token: Token) -> bool:
        start, end = doc._.offsets[token.i]
        return any(s <= start and end <= e for s, e in spans)

    # a person's own definite title right before him is his, not a noun he hangs from
    via = path.via[1:] if _after_own_title(doc, mention, path) else path.via
    through_noun = False
    for child, parent in pairwise(via):
        markers = {normalize(c.text) for c in child.children if _preposition(c)}
        markers |= {"ب"} if _glued_bi(child) else set()  # «التقى عون بنائب رئيس …»
        if markers and (parent.i in heads or not markers <= IN_TITLE_MARKERS):
            return False
        if child.dep_.startswith("conj"):  # «X ورئيس حكومة … Y»: a conjunct, not a title's
            return False
        if triggers().nouns.lookup(child.text) is not None:
            return False  # «X مراسم استقبال للرئيس Y»: no title holds a meeting's noun
        people_of = without_conjunction(doc._.folded[child.i])
        if not named(child) and PEOPLE_OF & {people_of, people_of.removeprefix("ب")}:
            return False  # «التقى X (ب)قادة حركة حماس»: a plural of people is no one's title
        if parent.i in heads:
            return through_noun and not _in_glued_phrase(doc, mention, others, parent)
        through_noun = through_noun or (parent.pos_ == "NOUN" and not named(parent))
    return False


def _brother_before(doc: Doc, mention: Mention) -> bool:
    """«التقى X أخاه فخامة الرئيس Y»: Y, whom the Gulf agencies' style calls X's brother, is
    the one met, however the parse hung him under X."""
    before = normalize(doc._.article.text[max(0, mention.start - _BROTHER_CHARS) : mention.start])
    words = [w for w in before.split() if not a_style(w)]
    return bool(words) and words[-1] in BROTHERLY


_BROTHER_CHARS = 24  # «أخاه صاحب السمو »


def a_style(word: str) -> bool:
    """Whether a folded word is a style or a title head, with the article or without it
    («سمو», «صاحب», «الرئيس», «الأمير»)."""
    return word in _STYLES or word.removeprefix("ال") in _STYLES


_STYLES = HONORIFICS | TITLE_HEADS


def _in_glued_phrase(doc: Doc, mention: Mention, others: list[Mention], head: Token) -> bool:
    """Whether a «ب» phrase opens between the person whose head word is `head` and the
    mention («X بعضو المكتب السياسي لحركة حماس»: Hamas is in the phrase, not X's title)."""
    person = next((m for m in others if (h := head_token(doc, m)) and h.i == head.i), None)
    if person is None or person.end > mention.start:
        return False
    phrase = glued_title_after(doc, person, others)
    return phrase is not None and phrase < mention.start


def _after_own_title(doc: Doc, mention: Mention, path: Path) -> bool:
    """«استقبل ولي العهد الأمير محمد بن سلمان الرئيسَ الأسد»: a person whose phrase first
    climbs to the definite title right before him («الرئيس») carries that title, unlike a
    genitive («شقيق محمد باقر الحكيم»), so the title is where his own phrase starts."""
    if mention.entity.type != "Person" or len(path.via) < 2:
        return False
    title = path.via[1]
    return (
        title.pos_ == "NOUN"
        and title.i == path.via[0].i - 1
        and doc._.offsets[title.i][1] <= mention.start
        and normalize(title.text).startswith("ال")
    )


def _markers_of(token: Token, name: tuple[int, int] = (0, 0)) -> list[str]:
    """The prepositions on the word; `name`: the span of the mention it heads, whose own
    «علي» («علي السيستاني») is the given name."""
    markers = []
    for child in token.children:
        if not _preposition(child) or _given_name_in(child, name):
            continue  # «سمو الأمير», «علي خامنئي»: a style or a name taken for a preposition
        word = normalize(child.text)
        # «ب شأن», «في شأن», «ب خصوص»: a preposition of several words, the rest hung as fixed
        whole = word + "".join(normalize(f.text) for f in child.children if f.dep_ == "fixed")
        word = whole if whole in TOPIC_MARKERS else word
        if not (word == "ب" and normalize(token.text) in LEADERSHIP):
            markers.append(word)
    if not markers and token.i > 0:
        # A preposition the parse hung elsewhere, right before the phrase («مع | الرئيس»).
        previous = token.doc[token.i - 1]
        # (a leaf: «واحتضنت» tagged ADP heads its clause, no preposition of the phrase)
        if (
            previous.pos_ == "ADP"
            and previous.head.i != token.i
            and not previous.n_lefts + previous.n_rights
        ):
            markers.append(normalize(previous.text))
        elif token.i > 1 and _by_agent(token.doc[token.i - 2], previous):
            markers.append("من")  # «من طرف/من قبل | نظيره»: «by», the agent of a passive
    if not markers and _glued_bi(token):
        markers.append("ب")
    return markers


def _styled(token: Token) -> bool:
    """Whether an honorific («سمو», «معالي») hangs on the word as if it were a preposition."""
    return any(_honorific_case(c) for c in token.children)


def _honorific_case(child: Token) -> bool:
    return child.dep_ == "case" and normalize(child.text) in HONORIFICS


def _given_name_in(child: Token, name: tuple[int, int]) -> bool:
    """Whether the child is «علي», written with ya, inside the mention's span."""
    return _written_ali(child) and name[0] <= child.doc._.offsets[child.i][0] < name[1]


def _written_ali(token: Token) -> bool:
    """The given name «علي», written with ya (the preposition «على» takes alif maqsura)."""
    return without_conjunction(token.text) == "علي"


def _preposition(child: Token) -> bool:
    """Whether a «case» child is a preposition: not an honorific, and not the given name
    «علي» before a name («استقبل علي خامنئي فلاديمير بوتين»), which the parse reads as «على»
    (the preposition is written with alif maqsura; the name, with ya, starts a name)."""
    if child.dep_ != "case" or _honorific_case(child):
        return False
    following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    named = following is not None and following.pos_ in ("X", "PROPN")
    return not (_written_ali(child) and named)


def _by_agent(first: Token, second: Token) -> bool:
    """«من طرف», «من قبل», «من جانب»: «by», a preposition of two words."""
    return normalize(first.text) == "من" and normalize(second.text) in _AGENT_NOUNS


def _glued_place(token: Token) -> bool:
    """Whether the word is a place written with «ب» glued on («بالموصل»), which the parse may
    take for the head of the phrase after it."""
    start, end = token.doc._.offsets[token.i]
    return normalize(token.text).startswith("ب") and any(
        m.entity.type in PLACES and m.start <= start + 1 and end <= m.end + 1
        for m in token.doc._.mentions
    )


def _glued_bi(token: Token) -> bool:
    """«بالمبعوث»: «ب» before the article the tokenizer left on the noun; «بنائب رئيس …»,
    «بعضو المكتب …»: «ب» before an indefinite title word that opens a construct, or before a
    plural of a body's people («بقادة حركة حماس»)."""
    if token.pos_ not in ("NOUN", "PROPN", "X"):
        return False
    word = normalize(token.text)
    # «بقادة حركة حماس», «بممثلي الفصائل»: a body's people
    glued_to = _GLUED_TITLES | PEOPLE_OF
    return with_bi_article(word) or (word.startswith("ب") and word[1:] in glued_to)


def roles(
    doc: Doc,
    trigger: Token,
    mentions: list[Mention],
    partner_markers: frozenset[str],
    support: Iterable[Token] = (),
    verb_reading: bool = False,
) -> Roles:
    """The roles the actor `mentions` of the trigger's clause play for it.

    `partner_markers` are the prepositions that introduce the other side for this trigger
    («مع», and «ب» for التقى/اجتمع); `support` are words the trigger shares its arguments with
    (the light verb of a meeting noun: «عقد ... اجتماعا»); `verb_reading`: the trigger is
    read as a verb, whatever its tag («واستقبلت» tagged a noun), so it has no genitive owners.
    """
    found = Roles()
    nominal = not support and not verb_reading and trigger.pos_ not in ("VERB", "AUX")
    noun = not verb_reading and trigger.pos_ in _NOMINAL
    anchors = [trigger, *support, *(_descriptor(trigger) if noun else ())]
    clause = _clause_span(anchors)
    members: list[Mention] = []  # people named as a delegation's head or members
    for mention in mentions:
        head = head_token(doc, mention)
        if head is None or not clause[0] <= head.i < clause[1] or _predicate(doc, mention, head):
            continue
        if on_behalf_of(doc._.article.text, mention):
            found.topics.append(mention)  # «شارك X نيابة عن الملك Y»: Y sent him, not there
            continue
        if _requested_by(doc._.article.text, mention, mentions):
            found.topics.append(mention)  # «جلسة بطلب من مصر والسودان»: who asked for it
            continue
        if (group := _delegation_listed(doc, mention, found)) is not None:
            if mention.entity.type == "Person":
                _in_the_role_of(found, group, mention)  # «وفد X، المكون من A، وزير …، و B»
            else:
                found.topics.append(mention)  # «…، وزير الشؤون الخارجية لبوركينا فاسو»
            continue
        if _heads_the_one_before(doc, mention, found, members):
            _beside(found, mention, doc)
            members.append(mention)
            continue
        path = path_of(doc, mention, stop=anchors)
        if path is None or trigger in path.via:
            continue
        if _counterparts_state(mention, path) or _listed_after_counterparts(doc, mention, mentions):
            found.topics.append(mention)  # «يلتقي نظراءه من مصر والسودان»: whose they are
            continue
        path = _title_ending_in_a_body(doc, mention, path, mentions, anchors)
        if nominal and not _attached(path, anchors):
            continue
        if _sender(doc, mention, path, mentions) or _from_a_message(path):
            continue
        led = normalize(path.top.text).lstrip("ب") in LEADERSHIP and "مع" not in path.markers
        if led and found.all():
            # «وفد من حماس، برئاسة خليل الحية»: the head is on the delegation's side, however
            # the parse attached «برئاسة» (a «مع» phrase hung there is the other side)
            _beside(found, mention, doc)
            continue
        if _accusative_under_a_noun(mention, path, not noun, bool(found.subjects or found.loose)):
            # the verb's object; a meeting noun's owner it is not
            (found.loose if noun else found.objects).append(mention)
            continue
        if _on_the_sidelines_of(doc, mention, trigger):
            found.topics.append(mention)  # «على هامش قمة تجمع «بريكس»»: the occasion's body
            continue
        if _after_a_relative_verb(doc, mention, trigger):
            found.topics.append(mention)  # «قمة … التي استضافتها القاهرة»: the host's
            continue
        if listed_as_absent(doc, mention) or declined_to_attend(doc, mention):
            # «في غياب البرهان وحميدتي», «وطالبان تعتذر عن الحضور»: not there
            found.topics.append(mention)
            continue
        _assign(found, mention, path, anchors, partner_markers, owned=not verb_reading)
    for mention in list(found.loose):
        if _second_subject(doc, mention, found.subjects, anchors):
            found.loose.remove(mention)
            found.subjects.append(mention)
        elif _listed_past_a_relative(doc, found.objects, mention) or _past_a_time_aside(
            doc, trigger, found, mention
        ):
            found.loose.remove(mention)
            found.objects.append(mention)
    for mention in [m for m in found.subjects if _listed_after_a_colon(doc, found.objects, m)]:
        found.subjects.remove(mention)  # «استقبل X سفراء دول Y: السفيرة A، والسفير B»
        found.objects.append(mention)
    if "ب" in partner_markers and found.subjects:
        _glued_phrase_partners(doc, found)
    if found.subjects and not nominal:
        found.subjects.extend(_subjects_then(doc, found.subjects, mentions, clause))
    if completes_kana(trigger):
        _named_after_the_verb(doc, trigger, found)
    if found.partners or (found.subjects and not nominal):
        _among_the_partners(doc, trigger, found)
    if not found.partners and found.objects and meeting_noun(trigger):
        _among_unnamed_partners(doc, trigger, found)
    if found.partners:
        _owners_after_the_partners(doc, found)
    elif not nominal:
        _partners_after_a_colon(doc, trigger, found)
    return found


_COMPOSING = ("ضم", "يضم", "تضم", "ترا", "يترا", "تترا")  # «الوفد الذي ضم X»: its members


def _after_a_relative_verb(doc: Doc, mention: Mention, trigger: Token) -> bool:
    """A name right after a relative pronoun and its verb, past the trigger («صباح انعقاد
    القمة التي استضافتها القاهرة»): the relative verb's argument, however the parse hung it
    (not a delegation's members or head: «الوفد الذي ضم X»)."""
    first = tokens_of(doc, mention)[0].i
    folded = doc._.folded
    for relative in range(max(first - 3, trigger.i + 1), first - 1):
        words = doc[relative + 1 : first]
        if (
            folded[relative] in RELATIVES
            and all(word.is_alpha for word in words)
            and not folded[relative + 1].startswith(_COMPOSING)
        ):
            return True
    return False


def _partners_after_a_colon(doc: Doc, trigger: Token, found: Roles) -> None:
    """«بلقاء جمع X بوزراء الخارجية الثلاثة: A و B و C», «عقد X لقاء مع القادة: A و B»: the
    names a colon lists after a «مع» or «ب» phrase that names no one are its partners, however
    the parse hung them (it hangs them from the verb)."""
    text, offsets = doc._.article.text, doc._.offsets
    end = min(trigger.sent.end, trigger.i + _COLON_REACH)
    colon = next((t for t in doc[trigger.i + 1 : end] if t.text == ":"), None)
    marker = next((t for t in doc[trigger.i + 1 : end] if _opens_partners(t)), None)
    if colon is None or marker is None or marker.i > colon.i:
        return
    named = found.subjects + found.objects + found.loose
    opened, closed = offsets[marker.i][0], offsets[colon.i][0]
    if any(opened <= m.start < closed for m in named):
        return  # «مع الرئيس X: …»: a name before the colon; the list is not the partners
    after = sorted((m for m in named if m.start > closed), key=lambda m: m.start)
    if not after or text[closed + 1 : after[0].start].strip():
        return  # the list opens right after the colon
    listed = listed_with(doc, after[:1], after)
    for group in (found.subjects, found.objects, found.loose):
        group[:] = [m for m in group if m not in listed]
    found.partners.extend(listed)


def _opens_partners(token: Token) -> bool:
    """«مع», «بالقادة», «بوزراء»: the preposition of a meeting's other side, glued to its
    noun or not."""
    word = normalize(token.text)
    return word == "مع" or _glued_bi(token) or (word[:1] == "ب" and word[1:] in PLURAL_TITLES)


_COLON_REACH = 16  # the words from the trigger to the colon: «جمع الرئيس … بوزراء الخارجية …:»


def _subjects_then(
    doc: Doc, subjects: list[Mention], mentions: list[Mention], clause: tuple[int, int]
) -> list[Mention]:
    """«حيث استقبله رئيس الوزراء X ثم رئيس الجمهورية Y»: a name past the clause's end that
    the parse joins by «ثم» to a subject, with no verb of its own, is the verb's subject too
    (one after the other: `meeting_lists.host_by_host` tells them apart)."""
    subject_words = {t.i for m in subjects for t in tokens_of(doc, m)}
    found = []
    for mention in mentions:
        head = head_token(doc, mention)
        if head is None or head.i < clause[1] or mention in subjects:
            continue
        conjunct = next((t for t in (head, *head.ancestors) if t.dep_ == "conj"), None)
        if (
            conjunct is not None
            and conjunct.head.i in subject_words
            and any(c.dep_ == "cc" and normalize(c.text) == THEN for c in conjunct.children)
        ):
            found.append(mention)
    return found


def _owners_after_the_partners(doc: Doc, found: Roles) -> None:
    """«اجتماعاً موسعاً مع A، و B، و C»: a name listed after the «مع» list is no genitive
    owner of the noun before it but the list's last partner; so is a summit's body named past
    the partners («ممثلة برئيسها X، في ثاني قمة عربية»)."""
    first = min(m.start for m in found.partners)
    listed = [
        m
        for m in found.owners
        if m in listed_with(doc, found.partners, [*found.partners, m])
        or (m.rule == SUMMIT_ADJECTIVE and m.start > first)
    ]
    found.owners = [m for m in found.owners if m not in listed]
    found.partners.extend(listed)


def _among_the_partners(doc: Doc, trigger: Token, found: Roles) -> None:
    """«بمشاركة قادة أكثر من عشرين دولة، من بينهم الملك X، والشيخ Y»: the first name of a
    list «من بينهم» opens is one of the partners listed with him (or of the objects, where
    there is no partner), whatever the parse hung it from."""
    text = doc._.article.text
    for mention in list(found.subjects):
        before = [
            word
            for word in normalize(text[max(0, mention.start - _AMONG_REACH) : mention.start])
            .replace("،", " ")
            .split()
            if word not in HONORIFICS
        ]
        among = any(tuple(before[-len(opener) :]) == opener for opener in _AMONG_PEOPLE)
        if not among or mention not in found.subjects:
            continue
        if found.partners:
            found.subjects.remove(mention)
            found.partners.insert(0, mention)
        elif mention.start > doc._.offsets[trigger.i][0]:
            # «استقبل X القادة المشاركين، ومن بينهم Y و Z»: with no partner, the guests listed
            group = [mention]
            for other in sorted(found.subjects + found.objects, key=lambda m: m.start):
                if other.start > group[-1].start and joined_by_and(doc, group[-1], other):
                    group.append(other)
            found.subjects[:] = [m for m in found.subjects if m not in group]
            found.objects[:] = group + [m for m in found.objects if m not in group]
            first = min(found.objects, key=lambda m: m.start)
            if not found.subjects and first.start < mention.start:
                # «التقى ماكرون ممثلي القوى، بينهم …»: the name after the verb is its subject
                found.objects.remove(first)
                found.subjects.append(first)
            if _RELATIVE_NEXT.match(text, group[-1].end):
                # «…، ومن بينهم Y، الذي التقى بدوره Z»: Z is whom Y met, not a guest here
                found.objects[:] = [m for m in found.objects if m.start <= group[-1].start]


def _among_unnamed_partners(doc: Doc, noun: Token, found: Roles) -> None:
    """«عقد X لقاءات مع عدد من القادة، بينهم Y و Z»: the names «بينهم» lists after a meeting
    noun's «مع» phrase that names no one are its partners, whatever the parse made of them."""
    text = doc._.article.text
    noun_end = doc._.offsets[noun.i][1]
    for mention in sorted(found.objects, key=lambda m: m.start):
        gap = normalize(text[noun_end : mention.start]).replace("،", " ").split()
        among = [w for w in gap if w not in HONORIFICS]
        if "مع" in gap and any(tuple(among[-len(o) :]) == o for o in _AMONG_PEOPLE):
            listed = [mention] + [
                m
                for m in found.objects
                if m.start > mention.start and joined_by_and(doc, mention, m)
            ]
            found.objects[:] = [m for m in found.objects if m not in listed]
            found.partners.extend(listed)
            return


_AMONG_REACH = 40  # «من بينهم جلالة الملك» before the name
_RELATIVE_NEXT = re.compile(r"\s*[،,]\s*(?:الذي|التي|الذين)\s")
_AMONG_PEOPLE = (("من", "بينهم"), ("منهم",), ("ومنهم",), ("بينهم",))


def _named_after_the_verb(doc: Doc, verb: Token, found: Roles) -> None:
    """«وكان السيد الرئيس قد استقبل … السيد X»: the names the parse hung from «كان» as its
    subjects are the verb's subject when they stand before the verb that completes it, and
    its object when they stand after it."""
    start = doc._.offsets[verb.i][0]
    hung = _subjects_of(doc, verb.head, found.subjects + found.loose)
    before = [m for m in hung if m.end <= start]
    if not before:
        return
    after = [m for m in hung if m.start > start]
    found.subjects = [m for m in found.subjects if m not in after] + [
        m for m in before if m not in found.subjects
    ]
    found.loose = [m for m in found.loose if m not in hung]
    found.objects.extend(after)


def _on_the_sidelines_of(doc: Doc, mention: Mention, trigger: Token) -> bool:
    """Whether «هامش» stands a few words before a body's or a state's name, with no comma
    between: the name is the occasion's («على هامش قمة تجمع «بريكس»»), however the parse hung
    it (a person after it is whom the meeting was with), unless the trigger is that occasion
    («قمة» itself: G20 holds the summit on whose sidelines others met)."""
    if mention.entity.type == "Person":
        return False
    tokens = tokens_of(doc, mention)
    if not tokens:
        return False
    first = tokens[0].i
    for index in range(first - 1, start_in_sentence(tokens[0], first - _SIDELINES_REACH) - 1, -1):
        word = doc._.folded[index]
        if word.removeprefix("ب") == _SIDELINES:
            return not index < trigger.i < first
        if not (word in _OCCASION_WORDS or word in _QUOTES or meeting_noun(doc[index])):
            return False  # «على هامش الاجتماع وفد حماس»: whom the meeting was with
    return False


def meeting_noun(token: Token) -> bool:
    """Whether the word is a meeting trigger read as a noun («اجتماع», «قمة»)."""
    trigger = triggers().of(token)
    return trigger is not None and trigger.family == "meeting" and trigger.pos == "noun"


_SIDELINES = "هامش"
_SIDELINES_REACH = 4  # «هامش قمة تجمع «بريكس»»
_OCCASION_WORDS = {"تجمع", "اعمال", "منتدي", "موتمر", "دوره", "الدوره"}
_QUOTES = {"«", "»", '"'}


def _accusative_under_a_noun(
    mention: Mention, path: Path, definite_above: bool, subject_named: bool
) -> bool:
    """«التقى X على هامش قمة الاتحاد الأفريقي الرئيسَ الكيني Y», «التقى X في السراي الحكومي
    السفيرَ Y»: a person's definite title with no preposition, hung as a noun's genitive, is
    the verb's argument when no construct can hold it: it is in the accusative, or (with
    `definite_above`, for a verb's arguments) the noun above has the article (a noun with «ال»
    governs no genitive); a title in the construct state («سفيرَ المملكة») only in the latter
    case. A meeting noun's own clause keeps the attendees the parse hung
    under it («وحضر الاستقبال … السيد X»)."""
    head = path.via[0]
    if mention.entity.type != "Person" or head.dep_ != "nmod" or _markers_of(head):
        return False
    if _verb_between(path.top, head):
        return False  # «… العلاقات التي أرسى دعائمها الشيخ X»: the nearer verb's, if anyone's
    if _owned_counterpart(head):
        return True  # «استقبل X نظيريه Y و Z»: a counterpart with his owner is no genitive
    if subject_named and _after_a_comma(head):
        # «استقبل X، في مقر انعقاد القمة، الأمينَ العام»: no genitive after a comma, and the
        # verb has its subject already
        return True
    construct = head.morph.get("Definite") == ["Cons"]
    definite = head.morph.get("Definite") == ["Def"] and normalize(head.text).startswith("ال")
    if not (construct or definite):
        return False
    above = head.head
    if pronoun_child(above) or above.text.endswith(_OWNER_SUFFIXES):
        return False  # «لقاءه الرئيسَ»: a verbal noun with its owner takes an object
    start, end = head.doc._.offsets[above.i]
    own = mention.start <= start and end <= mention.end
    definite_above = definite_above and above.pos_ in _NOMINAL
    definite_above = definite_above and normalize(above.text).startswith("ال")
    if construct:
        return not own and definite_above  # «في السراي الحكومي سفيرَ المملكة Y»
    return not own and (head.morph.get("Case") == ["Acc"] or definite_above)


def _after_a_comma(word: Token) -> bool:
    """Whether a title word the parse hung as a noun's genitive stands right after a comma
    that follows that noun's phrase: a genitive follows its noun with no comma between."""
    above = word.head
    return (
        above.i < word.i - 1
        and word.doc[word.i - 1].text in ("،", ",")
        and normalize(word.text).startswith("ال")
    )


def _verb_between(top: Token, word: Token) -> bool:
    """Whether a verb, not a word of a name, stands between a phrase's top and a word in it."""
    return any(t.pos_ == "VERB" and not in_a_name(t) for t in top.doc[top.i + 1 : word.i])


def _owned_counterpart(word: Token) -> bool:
    """«نظيره», «نظيرته», «نظيريه»: a counterpart noun with its owner's pronoun on it."""
    folded = normalize(word.text).removeprefix("و")
    return folded.startswith("نظير") and len(folded) > len("نظير")


def said_of(verb: Token) -> list[Token]:
    """The words a verb is said of: its subjects, and the noun its relative or adjectival
    clause qualifies («العلاقات التي تجمع», «قمة ثلاثية ضمت»)."""
    words = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if verb.dep_.startswith("acl"):
        words.append(verb.head)
    return words


def pronoun_child(noun: Token) -> bool:
    """Whether a third person's pronoun hangs on the word: its owner («لقاءه», «لقاءهما»)."""
    return any(normalize(c.text) in PRONOUNS and c.pos_ == "PRON" for c in noun.children)


def _descriptor(noun: Token) -> tuple[Token, ...]:
    """The indefinite noun right after a meeting noun that says what kind it is («زيارة
    مجاملة», «زيارة عمل», «لقاء عمل»): a phrase the parse hung under it is the meeting's
    («بزيارة مجاملة لوزير الخارجية»: whom the visit was paid to)."""
    if ends_a_sentence(noun):
        return ()
    kind = noun.doc[noun.i + 1]
    indefinite = kind.morph.get("Definite") == ["Ind"]
    bare = not any(child.dep_ == "case" for child in kind.children)
    if kind.head.i == noun.i and kind.dep_ == "nmod" and kind.pos_ == "NOUN" and indefinite:
        return (kind,) if bare else ()
    return ()


def _glued_phrase_partners(doc: Doc, found: Roles) -> None:
    """«التقى نائب وزير الخارجية الروسي X بعضو المكتب السياسي لحركة حماس Y», «التقى X على
    انفراد بكبير مستشاري الرئيس … Y»: the parse hung the words after «بعضو», «بكبير» under the
    subject or an adverbial; they are the «ب» phrase, the partner (a state there may be a
    topic: only people move from the topics)."""
    first = min(found.subjects, key=lambda m: m.start)
    phrase = glued_title_after(doc, first, found.all())
    if phrase is None:
        return
    moved = [m for m in found.subjects if m.start >= phrase]
    moved += [
        m for m in found.topics + found.loose if m.start >= phrase and m.entity.type == "Person"
    ]
    found.subjects = [m for m in found.subjects if m not in moved]
    found.topics = [m for m in found.topics if m not in moved]
    found.loose = [m for m in found.loose if m not in moved]
    found.partners.extend(moved)


def glued_title_after(doc: Doc, mention: Mention, mentions: list[Mention]) -> int | None:
    """Where the first title word with «ب» glued on («بعضو», «بوزير», «بالرئيس») after
    `mention` starts, outside every mention and before the clause ends: a «ب» phrase opens
    there, whatever the parse hung its words from."""
    spans = [(m.start, m.end) for m in mentions]
    head = head_token(doc, mention)
    if head is None:
        return None
    clause_end = clause_of(head)[1]
    for token in doc[head.i + 1 : clause_end]:
        offsets = doc._.offsets[token.i]
        if offsets[0] >= mention.end and _glued_title(token) and not overlaps(offsets, spans):
            return offsets[0]
    return None


def _glued_title(token: Token) -> bool:
    word = normalize(token.text)
    return (
        token.pos_ in ("NOUN", "ADJ", "PROPN", "X")  # «بكبير» is often tagged an adjective
        and word.startswith("ب")
        and (word[1:] in _GLUED_TITLES or word[1:] in TITLE_HEADS)
    )


def _heads_the_one_before(doc: Doc, mention: Mention, found: Roles, members: list[Mention]) -> bool:
    """«مع وفد تركي برئاسة وزير الدفاع يشار غولر», «وفد من حماس يضم خليل الحية ومحمد
    درويش»: a person named right after «برئاسة» or «يضم» (and his title) that follows a
    delegation already given a role heads it or is in it, on its side, however the parse hung
    the name (the tagger often reads a foreign first name as a verb); so is the next person
    listed with «و» after such a member."""
    before = [m for m in found.all() if m.end <= mention.start]
    if mention.entity.type != "Person" or not before:
        return False
    last = max(before, key=lambda m: m.end)
    if last in members and normalize(doc._.article.text[last.end : mention.start]).split() == ["و"]:
        return True
    return leads(doc, last, mention)


def leads(doc: Doc, group: Mention, person: Mention) -> bool:
    """Whether `person` is named right after `group` with «برئاسة» or «يضم» (and his title)
    before him: he heads the group or is in it («وفد من حماس برئاسة خليل الحية»)."""
    text = doc._.article.text
    gap = text[group.end : person.start]
    words = normalize(gap).split()
    # the person's span may hold «برئاسة» or «رئاسة» and his title («وفد إريتري برئاسة وزير»)
    own = normalize(text[person.start : person.end]).split()[:1]
    first = "".join(words + own) if words in ([], ["ب"]) else words[0]
    return (
        person.entity.type == "Person"
        and len(words) <= _HEAD_TITLE_WORDS
        and (first in DELEGATION_LINKS or (first[:1] == "ب" and first[1:] in LEADERSHIP))
        and not any(mark in gap for mark in CLAUSE_MARKS)
    )


_HEAD_TITLE_WORDS = 6  # «برئاسة» and a title: «نائب رئيس الوزراء وزير الخارجية»


def _predicate(doc: Doc, mention: Mention, head: Token) -> bool:
    """A name that is the predicate of a clause of its own: «ومقره إيران» (its headquarters
    are Iran) says where a body sits, not who took part. A subject inside the name's own
    words («نظيره الغامبي مامادو تانغارا», parsed so) is no clause, nor the title right
    before a name told again («والرئيس ميرضيائيف», the title read as its subject)."""
    own = {t.i for t in tokens_of(doc, mention)}
    first = min(own, default=head.i)
    return head.pos_ not in ("VERB", "AUX") and any(
        c.dep_ == "nsubj"
        and c.i not in own
        and not (c.i == first - 1 and doc._.folded[c.i].removeprefix("و") in TITLE_HEADS)
        for c in head.children
    )


def _title_ending_in_a_body(
    doc: Doc, mention: Mention, path: Path, mentions: list[Mention], anchors: list[Token]
) -> Path:
    """«مع الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي خافيير سولانا»: a person named
    right after a body or state that ends a title (the body hangs from a noun no mention
    covers) is the title's apposition, however the parse hung the name: from the body (whose
    name takes no person as its modifier) or, unmarked, from a verb. The name plays the
    title's role, marked by the preposition on the title's first word, not by those inside it
    («في الاتحاد»). A body that is itself an argument («استقبلت مصر محمود عباس») is no title,
    nor one before a name with a title of its own («على هامش اجتماعات الجمعية العامة للأمم
    المتحدة نظيره الإيراني X»)."""
    text = doc._.article.text
    words = normalize(text[mention.start : mention.end]).split()
    if mention.entity.type != "Person" or words[0] in TITLE_HEADS:
        return path  # «… للأمم المتحدة نظيره الإيراني X»: a name with its own title
    # a body left out of the actors as the title's own («الأمين العام للحلف مارك روته») too
    body = next(
        (
            m
            for m in chain(mentions, (m for m in doc._.mentions if m.entity.type in BODIES))
            if m.entity.type != "Person"
            and m.end <= mention.start
            and not text[m.end : mention.start].strip()
        ),
        None,
    )
    if body is None:
        return path
    title = path_of(doc, body, stop=anchors)
    if title is None or _within(doc, title.top, body):
        return path
    if path.markers and not (len(path.via) > 1 and _within(doc, path.via[1], body)):
        return path
    return replace(title, markers=title.markers[-1:])


def _within(doc: Doc, token: Token, mention: Mention) -> bool:
    start, end = doc._.offsets[token.i]
    return mention.start <= start and end <= mention.end


def _second_subject(
    doc: Doc, mention: Mention, subjects: list[Mention], anchors: list[Token]
) -> bool:
    """«عقد الرئيس X والعاهل الأردني Y ورئيس الوزراء العراقي Z قمة»: with «و» left on
    «والعاهل», the parse hangs a subject after the first from the verb as a noun modifier,
    which a verb does not take, or elsewhere; joined by «و» alone to a subject, with no
    preposition, it is one."""
    path = path_of(doc, mention, stop=anchors)
    if path is None or path.markers:
        return False
    before = [s for s in subjects if s.end <= mention.start]
    return bool(before) and joined_by_and(doc, before[-1], mention)


def _listed_past_a_relative(doc: Doc, objects: list[Mention], mention: Mention) -> bool:
    """«التقى نظيره التركي X، الذي تقدمت بلاده بطلب …، ثم الرئيس الإيراني Y»: a name after
    the «، ثم» (or «، و») that closes a relative clause on the verb's last object is one more
    object, which the parse leaves hanging."""
    before = [m for m in objects if m.end <= mention.start]
    if not before:
        return False
    gap = normalize(doc._.article.text[before[-1].end : mention.start]).replace("،", ",")
    pieces = [piece.split() for piece in gap.split(",")]
    return (
        len(pieces) > 2
        and not pieces[0]
        and bool(pieces[1])
        and pieces[1][0] in RELATIVES
        and pieces[-1] in ([THEN], ["و"])
    )


def _listed_after_a_colon(doc: Doc, objects: list[Mention], mention: Mention) -> bool:
    """Whether the mention is listed after a colon that closes the verb's object («استقبل X
    سفراء دول Y: السفيرة A …»): the names the object's phrase announced, not subjects, however
    the parse hung them."""
    text = doc._.article.text
    before = [m for m in objects if m.end <= mention.start]
    return bool(before) and text[before[-1].end : mention.start].lstrip().startswith(":")


def _past_a_time_aside(doc: Doc, verb: Token, found: Roles, mention: Mention) -> bool:
    """«التقى X، اليوم الأربعاء، نظيره Y»: a person right after a time set off by commas
    after the verb's subject is its object, which the parse leaves hanging."""
    if verb.pos_ != "VERB" or found.objects or found.partners or not found.subjects:
        return False
    subject = found.subjects[-1]
    if mention.entity.type != "Person" or not subject.end <= mention.start:
        return False
    gap = normalize(doc._.article.text[subject.end : mention.start]).replace("،", ",")
    pieces = [piece.split() for piece in gap.split(",")]
    return (
        len(pieces) == 3
        and not pieces[0]
        and not pieces[2]
        and 0 < len(pieces[1]) <= _TIME_ASIDE_WORDS
        and pieces[1][0] in TIME_WORDS
    )


_TIME_ASIDE_WORDS = 4


def joined_by_and(doc: Doc, first: Mention, second: Mention, then: bool = False) -> bool:
    """Whether «و» joins two mentions: «عون وماكرون», «X ووفد حماس», and across a title no
    table knows («بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي»); with `then`, «، ثم» too
    («التقت ميركل X، ثم القائد العام Y»)."""
    text = doc._.article.text
    joining = {"و", THEN} if then else {"و"}
    gap_words = normalize(text[first.end : second.start]).translate(_COMMAS).split()
    if len(gap_words) == 1 and gap_words[0] in joining:
        return True
    gap = [t for t in tokens_between(doc, first.end, second.start) if t.pos_ != "PUNCT"]
    gap = _without_blessings(gap)
    if gap and _title_head(gap[0]) and second.entity.type == "Person":
        # «محمد بن راشد نائب رئيس الدولة … وولي عهد أبوظبي محمد بن زايد»: the first's own
        # title, no table knows, before the «و» (not «… وزعيم حزب الليكود»: his party)
        opening = next((i for i, t in enumerate(gap) if _an_and(t)), len(gap))
        if not all(map(_title_word, gap[:opening])):
            return False
        gap = gap[opening:]
    if gap and gap[0].pos_ != "CCONJ" and _glued_and(normalize(gap[0].text)):
        # «والعاهل الأردني», «ومسؤول الملف النووي»: «و» not split off (and the word, whatever
        # its tag: «ومستشار» is read a verb)
        return all(map(_title_word, gap[1:]))
    if not gap or gap[0].pos_ != "CCONJ" or normalize(gap[0].text) not in joining:
        return False
    return all(map(_title_word, gap[1:]))


def _without_blessings(words: list[Token]) -> list[Token]:
    """The words without the blessing after a ruler's title («حاكم دبي «رعاه الله»»): a verb
    with its pronoun before «الله», whether the tokenizer split them («رعى» + «ه») or not."""
    folded = [normalize(word.text) for word in words]
    blessing: set[int] = set()
    for index, word in enumerate(folded):
        if word != "الله" or not index:
            continue
        if folded[index - 1] in BLESSINGS:
            blessing |= {index - 1, index}
        elif index > 1 and words[index - 1].pos_ == "PRON" and words[index - 2].pos_ == "VERB":
            blessing |= {index - 2, index - 1, index}
    return [word for index, word in enumerate(words) if index not in blessing]


def _title_head(token: Token) -> bool:
    return normalize(token.text).removeprefix("ال") in _TITLE_STARTS


_TITLE_STARTS = TITLE_WORDS | TITLE_HEADS


def _an_and(token: Token) -> bool:
    word = normalize(token.text)
    return (token.pos_ == "CCONJ" and word == "و") or _glued_and(word)


def _title_word(token: Token) -> bool:
    """A word of a title between two names, its possessive pronoun too («ووزير خارجيتها»), and
    the «ل» the tokeniser splits off a word of it («القائد العام للقوات المسلحة»)."""
    pronoun = token.pos_ == "PRON" and token.dep_ == "nmod"
    return token.pos_ in _TITLE_TAGS or pronoun or (token.pos_ == "ADP" and token.text == "ل")


_COMMAS = str.maketrans("،,", "  ")
_GLUED_TITLE_WORDS = TITLE_WORDS | TITLE_HEADS | RELATIONAL_NOUNS | HONORIFICS


def _glued_and(word: str) -> bool:
    """Whether a word is «و» glued to the title of a name: a definite word («والعاهل»), a
    title word («ووزير», «ومسؤول») or a style («وجلالة الملك», «وفخامة الرئيس»), not a word
    that starts with «و» («وزير»)."""
    return word.startswith("وال") or word[1:] in _GLUED_TITLE_WORDS


def _counterparts_state(mention: Mention, path: Path) -> bool:
    """Whether a state hangs from a counterpart noun («التقى نظراءه من مصر والسودان»,
    «نظيره من الكونغو»): it says whose counterparts they are, and is no side itself."""
    return mention.entity.type == "State" and any(
        without_conjunction(normalize(token.text)).startswith(_COUNTERPART_STEMS)
        for token in path.via[1:]
    )


_COUNTERPART_STEMS = ("نظير", "نظرا")  # «نظيره», «نظيرتها», «نظراءه», «نظرائه»


def _listed_after_counterparts(doc: Doc, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a state is listed after «نظراءه من» («يلتقي نظراءه من مصر والسودان واليمن»)
    with only other states, «و» and commas between, however the parse hung the list."""
    if mention.entity.type != "State":
        return False
    text = doc._.article.text
    begin = max(0, mention.start - _COUNTERPARTS_REACH)
    opening = None
    for match in _FROM_COUNTERPARTS.finditer(normalize(text[begin : mention.start])):
        opening = match
    if opening is None:
        return False
    states = [m for m in mentions if m.entity.type == "State"]
    rest = normalize(without_mentions(text, begin, mention.start, states))[opening.end() :]
    return all(word in ("و", "،", ",") for word in rest.replace("،", " ، ").split())


_FROM_COUNTERPARTS = re.compile(r"(?<![\w])(?:نظير|نظرا)\w*\s+من(?![\w])")
_COUNTERPARTS_REACH = 80  # «نظراءه من» and a few states before the name


def _delegation_listed(doc: Doc, mention: Mention, found: Roles) -> Mention | None:
    """«استقبل X وفد التحالف، المكون من السيد A، وزير …، والسيد B، وزير …»: the delegation
    (or its head: «ترأس الوفد Y، بعضوية A و B») named right before «المكون من» or «بعضوية»,
    of which a person listed after those words is a member, whatever titles stand between
    the members; until another clause or the attendees («بحضور») begin. A state or body named
    there is a member's own (his title's)."""
    text = doc._.article.text
    head = head_token(doc, mention)
    if head is None:
        return None
    sentence_start = doc._.offsets[head.sent.start][0]
    folded, offsets = normalize_with_offsets(text[sentence_start : mention.start])
    opening = list(COMPOSED_OF.finditer(folded))
    if not opening or COMPOSITION_ENDS.search(folded, opening[-1].end()):
        return None
    at = sentence_start + original_span(offsets, *opening[-1].span())[0]
    before = [m for m in found.all() if m.end <= at]
    if not before:
        return None
    group = max(before, key=lambda m: m.end)
    return group if normalize(text[group.end : at]).strip(" ،,") == "" else None


def _in_the_role_of(found: Roles, other: Mention, mention: Mention) -> None:
    """Put `mention` in the role `other` plays."""
    for group in found.__dict__.values():
        if other in group:
            group.append(mention)
            return


def _beside(found: Roles, mention: Mention, doc: Doc) -> None:
    """Put `mention` in the role of the mention just before it."""
    before = [m for m in found.all() if m.start < mention.start]
    if not before:
        found.loose.append(mention)
        return
    _in_the_role_of(found, max(before, key=lambda m: m.start), mention)


def _attached(path: Path, anchors: list[Token]) -> bool:
    """Whether a phrase belongs to a meeting noun: it hangs from the noun (or the verb that
    holds it), or a «مع» phrase the parse hung elsewhere. «تناول اللقاء مسار المفاوضات بين
    حماس وإسرائيل»: «بين» belongs to the negotiations, not to the meeting."""
    if path.top.head in anchors or _right_after(path.top, anchors[0]):
        return True
    return "مع" in path.markers and not _occasion(anchors[0])


def _right_after(top: Token, noun: Token) -> bool:
    """«خلال لقائه أمس بكل من X», «خلال اجتماعه بالمبعوث X»: a marked phrase that follows the
    meeting noun with only its pronoun or an adverb between is the noun's, wherever the parse
    hung it."""
    marked = any(c.dep_ == "case" for c in top.children)
    start = _phrase_start(top)
    if not (marked or _glued_bi(top)) or start <= noun.i:
        return False
    return all(t.pos_ in ("PRON", "ADV") for t in noun.doc[noun.i + 1 : start])


def _under_an_occasion(path: Path) -> bool:
    """A «ب/مع» phrase the parse hung from the meeting an «على هامش» names: the occasion takes
    no partner of its own, the verb before it does."""
    return len(path.markers) > 1 and any(normalize(t.text) in OCCASIONS for t in path.via[1:])


def _occasion(noun: Token) -> bool:
    """«على هامش اجتماعات المنظمة»: a meeting that is the occasion of other talks, whose «مع»
    phrase belongs to those talks."""
    return normalize(noun.head.text) in OCCASIONS


def _of_another_verb(top: Token, anchors: list[Token]) -> bool:
    """Whether a subject or object belongs to a verb other than the trigger and its support."""
    return top.head not in anchors and top.head.pos_ in ("VERB", "AUX")


def _of_a_marked_noun(top: Token, anchors: list[Token]) -> bool:
    """Whether a subject or object belongs to a noun in a phrase of its own («في إطار تعزيز
    العلاقات التي أرسى دعائمها الشيخ X»): that noun's, not the trigger's."""
    head = top.head
    return head not in anchors and head.pos_ == "NOUN" and bool(_markers_of(head))


def _of_another_predicate(path: Path, anchors: list[Token]) -> bool:
    """Whether a «مع» phrase belongs to another word than the trigger: the word it hangs
    from is no meeting noun, and neither it nor its own head is the trigger or its verb
    («…، مؤكداً وقوف المملكة مع اليمن», «وكلّف X الرئيس Y، المشارك في القمة، بمهمة الوساطة
    مع قادة مالي»: the standing's and the mediation's partners, not the meeting's)."""
    marked = next(
        (
            t
            for t in path.via
            if any(c.dep_ == "case" and normalize(c.text) == "مع" for c in t.children)
        ),
        None,
    )
    if marked is None or marked.head.i == marked.i:
        return False
    owner = marked.head
    if owner.pos_ not in ("NOUN", "ADJ") or owner in anchors or meeting_noun(owner):
        return False  # a verb's «مع» the parse hung there may still be the trigger's
    lexicon = triggers()
    for ancestor in list(owner.ancestors)[:_PREDICATE_REACH]:
        trigger = lexicon.of(ancestor)
        meeting_word = trigger is not None and trigger.family == "meeting"
        if ancestor in anchors or meeting_word or lexicon.verbs.lookup(ancestor.text):
            return False  # «اجتمع على انفراد مع X»: a meeting word's, however tagged
        if ancestor.pos_ in ("VERB", "AUX", "ADJ"):
            return True
    return False


_PREDICATE_REACH = 3  # heads up from the «مع» phrase's noun to the predicate that holds it


def of_a_clause(top: Token, anchors: list[Token]) -> bool:
    """Whether a phrase hangs from the verb of a clause of its own (a relative, adverbial or
    complement clause), not from a word the parse took for a verb in the trigger's clause
    (a name's word tagged VERB: «وانغ يي بوفد حماس»)."""
    verb = top.head
    clausal = verb.dep_.split(":")[0] in ("acl", "advcl", "ccomp", "csubj")
    return clausal and _of_another_verb(top, anchors) and not in_a_name(verb)


_MONTHS = MONTH_WORDS | {"الشهر"}  # «السابع من الشهر الجاري»: the month, named or not


def _hung_under_the_place(mention: Mention, path: Path) -> bool:
    """A person with no preposition of his own, hung under the place or the day the verb's
    «في» names: the parse took the verb's object for the place's genitive (the place at the
    top of the phrase, or itself hung under the subject: «التقى المبعوث … في دمشق الرئيس
    السوري X») or the month's («فالتقى في 12 أيلول رئيس الحكومة X»), or a day's of a month
    («التقت X في السابع من الشهر الجاري المشير Y»)."""
    if mention.entity.type != "Person" or len(path.markers) != 1 or len(path.via) < 2:
        return False
    marked = [token for token in path.via if _markers_of(token)]
    if path.markers[0] not in PLACE_MARKERS or len(marked) != 1 or marked[0] == path.via[0]:
        return False
    if any(normalize(token.text) in MONTH_WORDS for token in path.via[1:]):
        return True
    place = marked[0]
    if any(normalize(child.text) in _MONTHS for child in place.children):
        return True
    start, end = place.doc._.offsets[place.i]
    return any(
        m.entity.type in _PLACES and m.start <= start and end <= m.end
        for m in place.doc._.mentions or ()
    )


def _second_genitive_of_occasion(mention: Mention, path: Path) -> bool:
    """A person hung under an occasion that already has its pronoun («قد استقبل امس على
    هامشها الأمين العام …»): a noun takes one genitive, so the parse took the verb's object
    for a second one."""
    if mention.entity.type != "Person" or len(path.via) < 2:
        return False
    occasion, phrase = path.via[-1], path.via[-2]
    owned = any(c.pos_ == "PRON" and c.dep_ == "nmod" for c in occasion.children)
    return (
        normalize(occasion.text) in OCCASIONS
        and owned
        and phrase.dep_ == "nmod"
        and not any(_markers_of(t) for t in path.via[:-1])
    )


def _under_a_place(path: Path) -> bool:
    """Whether the phrase hangs from a city's or a state's name (which takes no «ب/مع»
    phrase of its own: the parse misplaced the verb's)."""
    if len(path.via) < 2:
        return False
    start, end = path.via[0].doc._.offsets[path.via[1].i]
    return any(
        m.entity.type in _PLACES and m.start <= start and end <= m.end
        for m in path.via[0].doc._.mentions or ()
    )


def in_a_name(token: Token) -> bool:
    """A word inside a mention's name («عبد المجيد تبون», with «تبون» tagged a verb)."""
    extensions = token.doc._  # read once: each `doc._` makes a new accessor
    start, end = extensions.offsets[token.i]
    return any(m.start <= start and end <= m.end for m in extensions.mentions or ())


def _phrase_start(top: Token) -> int:
    """The first word of a phrase: its preposition («ب | كل من»), else its top word."""
    return min([top.i, *(c.i for c in top.children if c.dep_ == "case")])


def past_parenthesis(top: Token) -> bool:
    """«التقى بارو، الذي يزور بيروت، برئيس الحكومة»: a relative clause set off by commas
    ends at the second; a phrase after it is not the relative verb's, however the parse hung
    it."""
    verb, doc = top.head, top.doc
    start = _phrase_start(top)
    opener = next(
        (t for t in doc[max(verb.i - 2, 0) : verb.i] if normalize(t.text) in RELATIVES), None
    )
    if opener is None or opener.i == 0 or doc[opener.i - 1].text not in "،,":
        return False
    return any(t.text in "،," for t in doc[verb.i + 1 : start])


def _clause_span(anchors: list[Token]) -> tuple[int, int]:
    spans = [clause_of(token) for token in anchors]
    return min(s for s, _ in spans), max(e for _, e in spans)


def _assign(
    found: Roles,
    mention: Mention,
    path: Path,
    anchors: list[Token],
    partner_markers: frozenset[str],
    owned: bool = True,
) -> None:
    outer = path.markers[-1] if path.markers else None
    inner = path.markers[0] if path.markers else None
    top = path.top
    if _each_apart(path) and not owned:
        # «استقبل X كلا على حدة الرئيس Y والرئيس Z»: the parse hung the guests under «حدة»
        found.objects.append(mention)
    elif _absent(path):
        found.topics.append(mention)  # «بحضور X وغياب Y»: Y was not there
    elif _is_topic(mention, path, anchors) or _coinciding(path):
        # «بحث معه الوضع في العراق», «الحرب مع إيران», «مع وصول وفد فتح»
        found.topics.append(mention)
    elif outer == "بين" and _between_of_another_noun(path, anchors):
        found.topics.append(mention)  # «بحث زيادة التبادل التجاري بين مصر والمغرب»
    elif outer == "بين" and any(normalize(t.text) in _HANDS for t in path.via):
        found.topics.append(mention)  # «وقع X و Y بين يدي جلالة الملك»: before him, no side
    elif outer == "بين":
        found.between.append(mention)
    elif outer in PLACE_MARKERS and _hung_from_venue(path, mention):
        found.objects.append(mention)  # «استقبل بقصر قرطاج وزير الخارجية»: the guest
    elif outer == "ب" and normalize(path.via[-1].text) in VENUES:
        found.topics.append(mention)  # «اجتماع بمقر الأمم المتحدة»: where, not with whom
    elif inner in partner_markers and mention.entity.type == "Person" and _under_a_place(path):
        found.partners.append(mention)  # «التقى X في النجف بالسفير Y»: a place has no partner
    elif _hung_under_the_place(mention, path) or _second_genitive_of_occasion(mention, path):
        # «التقت X في بنغازي القائدَ العام … المشير Y»: a place's name takes no person
        (found.loose if owned else found.objects).append(mention)
    elif inner in partner_markers and _under_an_occasion(path):
        found.partners.append(mention)  # «التقى X على هامش الاجتماع بنظيره Y»: the verb's
    elif len(path.markers) > 1 and (inner in TOPIC_MARKERS or inner in PLACE_MARKERS):
        found.topics.append(mention)  # «مع الرئيس الكيني … في السودان»: the partner's topic
    elif (
        outer in partner_markers
        and "مع" not in path.markers
        and of_a_clause(top, anchors)
        and not past_parenthesis(top)
    ):
        found.loose.append(mention)  # «جلسة … لقرار طلب بخروج القوات من لبنان»: طلب's «ب»
    elif "مع" in path.markers and _of_another_predicate(path, anchors):
        found.topics.append(mention)  # «التقى الوفد، مؤكداً وقوف المملكة مع اليمن»
    elif outer is not None and (outer in partner_markers or "مع" in path.markers):
        found.partners.append(mention)
    elif outer in TOPIC_MARKERS or outer in PLACE_MARKERS:
        found.topics.append(mention)
    elif owned and outer == "ل" and top.head in anchors and top.head.pos_ in _NOMINAL:
        found.owners.append(mention)  # «اجتماع لمجموعة الاتصال»: the group's meeting
    elif outer is not None:
        found.loose.append(mention)
    elif top.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS and (
        _of_another_verb(top, anchors) or _of_a_marked_noun(top, anchors)
    ):
        found.loose.append(mention)  # «أبلغ شعث ماهر نتائج المحادثات التي أجراها باول»
    elif _hung_on_the_verb(top, anchors):
        found.subjects.append(mention)
    elif top.dep_ in _SUBJECT_DEPS or (top.dep_ == "obl" and _styled(top)):
        found.subjects.append(mention)  # «التقى سمو الأمير X»: «سمو» taken for a preposition
    elif top.dep_ in _OBJECT_DEPS:
        found.objects.append(mention)
    elif (
        owned
        and top.head in anchors
        and top.head.pos_ in _NOMINAL
        and top.dep_ != "dep"  # «دورة انديانابوليس: فوز X وخسارة Y»: past a colon, no genitive
        and not _hung_after_the(mention, top.head)
    ):
        found.owners.append(mention)
    elif not owned and top.head in anchors and top.dep_ == "nmod" and top.i > top.head.i:
        # a verb tagged a noun («واستقبلت» X) has no genitive: the noun the parse hung after
        # it as one is its subject (the next such, its object: word order tells them apart)
        found.subjects.append(mention)
    else:
        found.loose.append(mention)


def _hung_on_the_verb(top: Token, anchors: list[Token]) -> bool:
    """«عقد مجاهد لقاءين»: a word right after the verb that the parse hung on it as a
    genitive (a verb has none) is its subject, and so is one it took for the object of a
    light verb whose object, the meeting noun, comes after it."""
    verb, trigger = top.head, anchors[0]
    if verb not in anchors or verb.pos_ != "VERB" or top.i != verb.i + 1:
        return False
    light = trigger != verb and trigger.i > top.i
    return top.dep_ == "nmod" or (top.dep_ in _OBJECT_DEPS and light)


def _hung_after_the(mention: Mention, noun: Token) -> bool:
    """A person hung right under a meeting noun with the article («بعد الاجتماع الحاكم
    الأمريكي بول بريمر»): such a noun governs no genitive, so he does not own the meeting (a
    body may: «القمة العربية» names the League by its adjective)."""
    word = without_conjunction(normalize(noun.text))
    return mention.entity.type == "Person" and word.startswith(("ال", "بال", "لل", "كال"))


def _absent(path: Path) -> bool:
    """Whether the phrase hangs from «غياب» (absence), however glued: «وغياب Y», «في غياب Y»."""
    return any(
        without_conjunction(normalize(word.text)).removeprefix("ب") == _ABSENCE
        for word in path.via[1:]
    )


_ABSENCE = "غياب"


def declined_to_attend(doc: Doc, mention: Mention) -> bool:
    """«وطالبان تعتذر عن الحضور», «واعتذرت طالبان عن المشاركة»: the one who declined to
    attend, with the verb of excuse right before or after the name."""
    text = doc._.article.text
    before = normalize(text[max(0, mention.start - _EXCUSE_CHARS) : mention.start])
    after = normalize(text[mention.end : mention.end + _EXCUSE_CHARS])
    if _EXCUSE_AFTER.match(after):
        return True
    return bool(_EXCUSE_BEFORE.search(before)) and _ATTENDING_AFTER.match(after) is not None


_EXCUSE = r"[وف]?(?:اعتذر|[يت]عتذر)\w*"
_ATTENDING = r"\s*عن\s+(?:ال)?(?:حضور|مشارك)"
_EXCUSE_AFTER = re.compile(rf"\s*{_EXCUSE}{_ATTENDING}")
_EXCUSE_BEFORE = re.compile(rf"(?<!\w){_EXCUSE}\s*$")
_ATTENDING_AFTER = re.compile(_ATTENDING)
_EXCUSE_CHARS = 30


def listed_as_absent(doc: Doc, mention: Mention) -> bool:
    """«في غياب X و Y»: a name listed right after «غياب», whatever the parse hung it from
    (only names, titles and «و» between)."""
    text = doc._.article.text
    before = normalize(text[max(0, mention.start - _ABSENT_CHARS) : mention.start])
    words = before.replace("،", " ، ").split()
    absence = [
        i for i, w in enumerate(words) if without_conjunction(w).removeprefix("ب") == _ABSENCE
    ]
    if not absence:
        return False
    after = words[absence[-1] + 1 :]
    return bool(after) and not set(after) & _NOT_LISTED and len(after) <= _ABSENT_WORDS


_ABSENT_CHARS = 60  # «في غياب رئيس مجلس السيادة عبد الفتاح البرهان و»
_ABSENT_WORDS = 8
_NOT_LISTED = {"،", "في", "مع", "الي", "علي", "من", "عن", "بعد", "قبل"}  # the list ends there


def _each_apart(path: Path) -> bool:
    """Whether the phrase hangs from «على حدة» («كلا على حدة»: each apart), an adverb of
    the verb's: what the parse put under it is the verb's object, not a topic."""
    return any(
        normalize(word.text) == "حده" and normalize(word.doc[word.i - 1].text) == "علي"
        for word in path.via[1:]
        if word.i > 0
    )


def _coinciding(path: Path) -> bool:
    """«تتزامن زيارة وفد حماس مع وصول وفد من فتح»: a «مع» phrase on an event noun (an
    arrival, a visit, a start) tells when; whoever it names is no partner."""
    return any(
        "مع" in _markers_of(word) and word.text in _COINCIDING_NOUNS
        for word in (*path.via, path.top)
    )


_PLACE_TYPES = ("State", "City", "Place", "Territory")


def _is_topic(mention: Mention, path: Path, anchors: list[Token]) -> bool:
    """Whether a state, party or place is what the talks were about: named under a topic noun
    («بحث معه الوضع في العراق», «ملف إيران النووي», «العلاقات بين البلدين»), as the object
    of a discussion verb («وتناولا فلسطين»), or in a «مع» phrase of a noun that takes «مع»
    itself («الحرب مع إيران»), or of talks that are a topic («ملف المفاوضات مع إسرائيل»), or
    where a visit went («زيارة الرئيس للولايات المتحدة»).
    A «مع» phrase hung from any other word is the parse's place for the talks' partner («بحث
    الأوضاع مع وفد حماس»), and a person is not read as a topic: a title («وزير شؤون الخليج»)
    puts topic nouns above a participant's name."""
    if mention.entity.type == "Person":
        return False
    if _after_about(mention, path.via[0]):
        return True
    top = path.top
    hung = top.head not in anchors and top.head.i != top.i
    child = path.via[0]
    destination = mention.entity.type in _PLACE_TYPES and _markers_of(child) in (["ل"], ["الي"])
    for word in [*path.via[1:], *([top.head] if hung else [])]:
        start, end = word.doc._.offsets[word.i]
        if mention.start <= start and end <= mention.end:
            continue  # a word of the name itself («مجلس الأمن»)
        if destination and visit_word(word) is not None:
            return True  # «أول زيارة للرئيس المصري للولايات المتحدة»: where he went
        if "مع" in _markers_of(child) and triggers().nouns.lookup(word.text) is None:
            return word.text in _WITH_NOUNS
        # past a meeting noun's «مع» («ملف المفاوضات مع إسرائيل»): those talks' partner,
        # a topic if the talks are
        if word.text in _TOPIC_NOUNS or word.text in _WITH_NOUNS:
            return True
        child = word
    return top.dep_ in _OBJECT_DEPS and top.head.text in _DISCUSSION_VERBS


def _after_about(mention: Mention, head: Token) -> bool:
    """«محادثات بشأن السودان», «حول ليبيا»: the words right before the name say what the talks
    were about, however the parse hung them («شأن» under the name)."""
    doc = head.doc
    index = bisect_left(doc._.token_starts, mention.start)
    before = [doc._.folded[i] for i in range(max(head.sent.start, index - 2), index)]
    return bool(before) and (before[-1] in _ABOUT or "".join(before[-2:]) in _ABOUT)


_ABOUT = {"بشان", "حول", "بخصوص"}  # folded


def _sender(doc: Doc, mention: Mention, path: Path, mentions: list[Mention]) -> bool:
    """«سعيد حفيانة، موفد الزعيم الليبي معمر القذافي», «رايس مستشارة المرشح بوش»: a person
    named after «X, envoy (adviser, son) of» sent X; X takes part, not the sender. Without an X
    before it, the name is the envoy's own («مبعوث الرئيس الأمريكي ستيف ويتكوف»), and so it is
    when the relational noun is the verb's own argument with no comma before it («استقبل
    الرئيس X مساعدَ وزير الخارجية الأمريكي Y»: Y is the assistant, received by X). In the
    accusative with «من» or «عن», the state the guest came in («…، مبعوثا من الملك Y»,
    «ممثلا عن الرئيس Y»), Y sent him, whoever the parse made of the guest."""
    if mention.entity.type != "Person":
        return False
    own = set(tokens_of(doc, mention))
    relational = [
        t
        for t in path.via
        if t not in own
        and normalize(t.text) in RELATIONAL_NOUNS
        and (t.dep_ not in _SUBJECT_DEPS | _OBJECT_DEPS or _after_comma(t))
    ]
    return (
        any(_after_person(doc, token, mentions) for token in relational)
        or any(t not in own and _sent_from(t) for t in path.via)
        or envoy_in_an_apposition(doc, mention)
    )


def envoy_in_an_apposition(doc: Doc, mention: Mention) -> bool:
    """«X، رئيس الوزراء السابق والمبعوث الخاص لرئيس الوزراء Y،»: Y, named right after a
    relational noun in the titles set off after X, sent X, however the parse hung Y."""
    first = tokens_of(doc, mention)[0]
    before = doc[max(first.sent.start, first.i - _ENVOY_WORDS) : first.i]
    envoy = next(
        (
            t
            for t in before
            if without_conjunction(doc._.folded[t.i]).removeprefix("ال") in RELATIONAL_NOUNS
        ),
        None,
    )
    if envoy is None:
        return False
    if not any(doc._.folded[t.i].startswith("ل") for t in doc[envoy.i + 1 : first.i + 1]):
        return False  # «والمستشار بالديوان الملكي Y»: the next of a list, no one's envoy
    text, start = doc._.article.text, doc._.offsets[envoy.i][0]
    people = [m for m in doc._.mentions if m.entity.type == "Person" and m.end <= start]
    if not people:
        return False
    titles = text[max(m.end for m in people) : start].strip()
    # a title of X's own before the envoy's («رئيس الوزراء السابق»), no comma after it
    return (
        titles[:1] in ("،", ",")
        and titles[1:].strip() != ""
        and not any(c in titles[1:] for c in "،,.")
    )


_ENVOY_WORDS = 4  # «والمبعوث الخاص لـ»: the noun, an adjective or two, then the name


def _from_a_message(path: Path) -> bool:
    """«الذي نقل رسالة شفوية من صاحب السمو الشيخ X»: whoever a message is from sent it and
    is not there, however far up the parse hung the clause that carries it."""
    return any(
        normalize(noun.text) in MESSAGES and "من" in _markers_of(word)
        for word, noun in pairwise(path.via)
    )


def _sent_from(word: Token) -> bool:
    """«مبعوثا من», «موفدا من», «ممثلا عن»: a relational noun in the accusative, then «من/عن»."""
    folded = normalize(word.text)
    following = None if ends_a_sentence(word) else word.doc[word.i + 1]
    accusative = folded.endswith("ا") and folded[:-1] in RELATIONAL_NOUNS
    return accusative and following is not None and normalize(following.text) in ("من", "عن")


def _after_comma(token: Token) -> bool:
    return not starts_a_sentence(token) and token.doc[token.i - 1].text in "،,"


def _after_person(doc: Doc, token: Token, mentions: list[Mention]) -> bool:
    """Whether a person's name ends right before `token` (a comma between), or takes it in."""
    start, end = doc._.offsets[token.i]
    text = doc._.article.text
    return any(
        m.entity.type == "Person"
        and m.start < start
        and (m.end >= end or text[m.end : start].strip(" ،,") == "")
        for m in mentions
    )


_HANDS = {"يدي", "ايدي"}  # «بين يدي X»: in X's presence
# «نيابة عن X», «نائباً عن أمير الكويت X»: for X, who is not there (folded)
_ON_BEHALF = {"نيابه", "بالنيابه", "نايبا"}


def on_behalf_of(text: str, mention: Mention) -> bool:
    """Whether «نيابة عن» and only styles stand right before a mention («نيابة عن صاحب السمو
    الشيخ محمد بن زايد»): who sent someone in his place, absent."""
    words = normalize(text[max(0, mention.start - _BEHALF_REACH) : mention.start])
    before = words.split()
    while before and (before[-1] in HONORIFICS or before[-1] == ROYAL_STYLE):
        before.pop()
    return before[-2:-1] and before[-1] == "عن" and before[-2] in _ON_BEHALF


_BEHALF_REACH = 60  # characters: «نيابة عن صاحب السمو الملكي الأمير»


def _requested_by(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether the mention is one of a list «بطلب من» opens («بطلب من مصر والسودان»): who asked
    for the meeting, which does not say they sat at it."""
    first = mention
    for other in sorted((m for m in mentions if m.end <= mention.start), key=lambda m: -m.end):
        if normalize(text[other.end : first.start]).strip(" ،,") not in ("", "و"):
            break
        first = other
    before = normalize(text[max(0, first.start - _REQUEST_REACH) : first.start]).split()
    return before[-2:] == ["بطلب", "من"] or before[-3:] == ["علي", "طلب", "من"]


_REQUEST_REACH = 20  # characters: «بناء على طلب من »


def _between_of_another_noun(path: Path, anchors: list[Token]) -> bool:
    """Whether a «بين» phrase hangs from a noun other than the trigger (trade, a deal, the
    border, the relations) or a participle («الصفقة الموقعة بين X وY»): it names that word's
    sides, not the meeting's. A noun of the trigger lexicon («جولة من المحادثات بين X وY»)
    keeps them."""
    carrier = next((t for t in path.via if "بين" in _markers_of(t)), None)
    if carrier is None or carrier.head in anchors or carrier.head.pos_ not in ("NOUN", "ADJ"):
        return False
    return triggers().nouns.lookup(carrier.head.text) is None


def _venue_word(token: Token) -> bool:
    """A venue's noun («القصر»), also with the «ب» the tokenizer left on it («بالقصر»)."""
    word = normalize(token.text)
    return word in VENUES or (with_bi_article(word) and word[1:] in VENUES)


def _hung_from_venue(path: Path, mention: Mention) -> bool:
    """A person the parse hung from the venue of a reception, past the venue's own name or
    pronoun («استقبل بقصر قرطاج وزير الخارجية», «في مكتبه رئيس الوفد»), also when the parse
    hung the venue under the subject, or right after a
    place's name («التقى الملك … في نيويورك رئيسة الوزراء الإيطالية»): the guest. A place's
    name takes no person after it as its modifier. A delegation («الوفد الأمريكي») is a guest
    as a person is, and so is a body's («بقصر لوسيل وفد حركة حماس»)."""
    delegation = mention.represents is not None and mention.rule == "nisba-collective"
    if mention.entity.type in BODIES and len(path.via) > 2 and _delegation_word(path.via[1]):
        delegation, path = True, replace(path, via=path.via[1:])
    if not (mention.entity.type == "Person" or delegation) or len(path.via) < 2:
        return False
    head, venue = path.via[0], path.via[-1]
    if len(path.via) > 3:
        # «بقصر قرطاج، وزير الخارجية والمغتربين بالجمهورية العربية السورية فيصل المقداد»: the
        # guest's long title, opened by its head word, between the venue and his name
        title = path.via[-2]
        between = all(venue.i < t.i < head.i for t in path.via[1:-1])
        return _venue_word(venue) and normalize(title.text) in TITLE_HEADS and between
    inner = path.via[1]
    if len(path.via) == 3 and normalize(inner.text) in VENUES and _markers_of(inner):
        # «استقبل العاهل … في القصر الملكي بالرباط وزيرَ الخارجية»: the venue hung under the
        # subject, and the guest under the venue
        return head.i > inner.i + 1
    if len(path.via) == 3:  # «في قصر بيان رئيسَ وزراء باكستان»: hung from the venue's name
        name = path.via[1]
        named = normalize(venue.text) in VENUES and name.i == venue.i + 1
        return named and head.i == name.i + 1
    if _venue_word(venue):
        return head.i > venue.i + 1
    named_place = (venue.pos_ in ("PROPN", "X") or _place_name(venue)) and head.i > venue.i
    # the place's own words may stand between («في رام الله المبعوثَ الأمريكي»)
    words = head.doc[venue.i + 1 : head.i]
    named_place = named_place and all(
        w.head.i == venue.i and w.pos_ in ("PROPN", "X") for w in words
    )
    return named_place and not _markers_of(head)


def _delegation_word(token: Token) -> bool:
    return without_conjunction(normalize(token.text)) == _DELEGATION


_DELEGATION = "وفد"


def _place_name(token: Token) -> bool:
    """Whether the word is a city's or place's name the tables know, however it is tagged
    («في دمشق», tagged as a common noun)."""
    start, end = token.doc._.offsets[token.i]
    return any(
        m.entity.type in ("City", "Place") and m.start <= start and end <= m.end
        for m in token.doc._.mentions
    )


_TITLE_TAGS = {"NOUN", "ADJ", "PROPN", "X"}  # the words of a title between two names


def governing_subjects(doc: Doc, token: Token, mentions: list[Mention]) -> list[Mention]:
    """The subject of the verb a noun depends on: whose «لقائه» or «انضمامها» it is, or who
    «قررت الانضمام» or «قدمت إعلان تدخل». A verb with no subject of its own under «كان»
    takes that one's («وكانت نيكاراغوا قد طلبت الانضمام»)."""
    verb = token.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.i == token.i or any(t.text == ":" for t in doc[verb.i + 1 : token.i]):
        return []  # «كتب X يقول: … في لقاءه مع …»: the writer is not whose meeting it is
    subjects = _subjects_of(doc, verb, mentions)
    if not subjects and (completes_kana(verb) or (verb.dep_ == "xcomp" and verb.i == token.head.i)):
        # «وكان بوتفليقة أشاد لدى استقباله …», «كان شارون كرر خلال محادثاته»: the verb a
        # complement verb depends on lends its subject
        subjects = _kana_subjects(doc, verb, mentions)
    if not subjects and completes_kana(verb):
        # «وكانت نيكاراجوا قد تقدمت بطلب …»: the parse took the name it does not know for a
        # verb; the names between «كان» and the verb are its subject
        start, end = doc._.offsets[verb.head.i][1], doc._.offsets[verb.i][0]
        subjects = [m for m in mentions if start <= m.start and m.end <= end]
    return subjects


def where_clause(verb: Token) -> bool:
    """Whether the verb opens a «حيث» (or «أين») clause («… إلى عين التينة حيث التقى …»)."""
    return _opened_by(verb, WHERE)


def when_clause(verb: Token) -> bool:
    """Whether the verb opens a «حين» (or «إذ», «عندما») clause («…، حين التقى X»)."""
    return _opened_by(verb, WHEN)


def _opened_by(verb: Token, words: set[str]) -> bool:
    """Whether the word right before the verb, «و» or «ف» aside, is one of `words`."""
    before = normalize(verb.doc[verb.i - 1].text) if not starts_a_sentence(verb) else ""
    return without_conjunction(before) in words


def completes_kana(verb: Token | None) -> bool:
    """Whether the verb is the complement of «كان» (or «ظل»، «بات» …), whose subject it shares."""
    return verb is not None and verb.dep_ == "xcomp" and normalize(verb.head.text) in KANA


def verb_subjects(doc: Doc, verb: Token, mentions: list[Mention]) -> list[Mention]:
    """The verb's own subject, or under «كان» that one's («وكان رئيس الجمهورية قد جمع …»)."""
    subjects = _subjects_of(doc, verb, mentions)
    return subjects or (_kana_subjects(doc, verb, mentions) if completes_kana(verb) else [])


def _kana_subjects(doc: Doc, verb: Token, mentions: list[Mention]) -> list[Mention]:
    """The subjects of the word `verb` completes («كان»), those before `verb` when some are:
    «وكان السيد الرئيس قد استقبل … السيد X» says who received before the verb, and a name
    the parse hung from «كان» after it is the guest."""
    subjects = _subjects_of(doc, verb.head, mentions)
    start = doc._.offsets[verb.i][0]
    before = [m for m in subjects if m.end <= start]
    return before or subjects


def _subjects_of(doc: Doc, verb: Token, mentions: list[Mention]) -> list[Mention]:
    subjects = []
    for mention in mentions:
        path = path_of(doc, mention)
        if path and not path.markers and _subject_of(path.top, verb):
            subjects.append(mention)
    return subjects


def _subject_of(token: Token, verb: Token) -> bool:
    return token.dep_.startswith("nsubj") and token.head.i == verb.i


def relative_antecedents(doc: Doc, token: Token, mentions: list[Mention]) -> list[Mention]:
    """The names a relative clause describes, when the trigger is in it: «كولومبيا والمكسيك،
    التي تقدمت بطلبات للتدخل» (the coordinated names right before the pronoun)."""
    first, _ = clause_of(token)
    window = doc[max(first, token.i - 6) : token.i]
    pronoun = next((t for t in window if normalize(t.text) in RELATIVES), None)
    pronoun = pronoun or _relative_subject_above(token)
    if pronoun is None:
        return []
    pronoun_start = doc._.offsets[pronoun.i][0]
    text = doc._.article.text
    before = [m for m in mentions if m.end <= pronoun_start]
    last = max(before, key=lambda m: m.end, default=None)
    if last is None or not _glued(text, last.end, pronoun_start, empty=True):
        return []
    return listed_with(doc, [last], mentions)


def _relative_subject_above(token: Token) -> Token | None:
    """The relative pronoun subject of a verb the trigger hangs under, however far before it
    («… وإسبانيا، التي سبق أن تقدمت بطلبات أو إعلانات تدخل»: «التي» is the subject of «سبق»,
    over «تقدمت» and «طلبات»)."""
    for ancestor in token.ancestors:
        for child in ancestor.children:
            subject = child.i < token.i and child.dep_.startswith("nsubj")
            if subject and normalize(child.text) in RELATIVES:
                return child
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("csubj", "ccomp", "xcomp"):
            return None  # the clause's own verb: a relative above it describes something else
    return None


def listed_with(doc: Doc, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """`found` with the names listed beside them, joined only by «و», commas or «كل من»,
    whatever the parse made of the list: «وكانت كولومبيا والمكسيك وإسبانيا قد تقدمت» gives
    all three when the parse hangs only the first from the verb."""
    text = doc._.article.text
    ordered = sorted(mentions, key=lambda m: m.start)
    listed = {id(m): m for m in found}
    for mention in found:
        if mention not in ordered:
            continue
        at = ordered.index(mention)
        for step in (-1, 1):
            current, index = mention, at + step
            while 0 <= index < len(ordered):
                other = ordered[index]
                first, second = (other, current) if step < 0 else (current, other)
                if not _glued(text, first.end, second.start):
                    break
                listed[id(other)] = current = other
                index += step
    return sorted(listed.values(), key=lambda m: m.start)


def listed_after(
    doc: Doc, start: int, mentions: list[Mention], openers: tuple[tuple[str, ...], ...]
) -> list[Mention]:
    """The first list one of `openers` opens after `start` («… كل من كندا وهولندا», «…،
    من بينها كولومبيا والمكسيك»): a subject put after a long phrase, which the parse often
    hangs from the phrase's last noun."""
    text = doc._.article.text
    for mention in sorted(mentions, key=lambda m: m.start):
        words = normalize(text[start : mention.start]).replace("،", " ").split()
        if mention.start > start and any(tuple(words[-len(o) :]) == o for o in openers):
            return listed_with(doc, [mention], mentions)
    return []


def _glued(text: str, end: int, start: int, empty: bool = False) -> bool:
    """Whether only list glue (و، «كل من», «إضافة إلى», commas) stands between two places of
    the text."""
    if end > start:
        return False
    gap = normalize(text[end:start]).replace("،", " ، ").replace(",", " ، ")
    gap = BEYOND.sub(" و ", gap).split()
    if gap[:1] == [_BY_DECLARATION] and "،" in gap:
        gap = gap[gap.index("،") :]  # «تدخلت فيها X بإعلان منفرد، و Y»: how X intervened
    return (empty or bool(gap)) and all(word in _LIST_GLUE for word in gap)


_BY_DECLARATION = "باعلان"  # folded «بإعلان»
