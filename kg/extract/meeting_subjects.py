"""Who holds a meeting the parse gives no subject to: a pronoun owner («خلال لقائه»), the dual
«هما», the subject of the clause or sentence before, the antecedent of a relative, a name
right before the verb; and whether the subject is a word no mention names.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from kg.extract.clauses import clause_characters, clause_of
from kg.extract.grammar import (
    Roles,
    governing_subjects,
    head_token,
    leads,
    listed_with,
    of_a_clause,
    path_of,
    pronoun_child,
    relative_antecedents,
    tokens_between,
    tokens_of,
)
from kg.extract.meeting_lists import (
    all_joined,
    companion_marker,
    joined_before,
    listed_from,
    split_first,
)
from kg.extract.sentence import Sentence
from kg.extract.triggers import Trigger, triggers, visit_word
from kg.lang.ar.clauses import WHEN, WHERE
from kg.lang.ar.grammar import KANA, MESSAGES
from kg.lang.ar.meetings import (
    ALSO,
    CARRY_ON,
    FEMININE_MARKS,
    GUEST_OF,
    NEXT_STOP_OPENERS,
    RECEPTION,
    RELATIVES,
    TAKING_PART_STEMS,
    THAT,
    TIME_WORDS,
    TOURS,
)
from kg.lang.ar.morphology import without_conjunction
from kg.lang.ar.words import CAME, EPITHETS, GOING, HONORIFICS, TO
from kg.mention_spans import end_in_sentence, starts_a_sentence
from kg.normalize import normalize
from kg.person_names import last_words
from kg.schema import ACTORS
from kg.types import Mention


def unnamed_subject(doc: Doc, verb: Token, found: Roles, mentions: list[Mention]) -> bool:
    """Whether the verb's subject is a word no actor mention names (a family name or a title
    kg does not know), not a pronoun, a relative or a time word the parse took for one, nor
    the meeting noun itself when «بين» names its sides («إن اجتماعا سريا عقد بين …»: a
    passive; «مشاورات تجري مع عدة دول» is held by someone the sentence leaves unnamed)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    named = {path.top.i for m in found.all() if (path := path_of(doc, m)) is not None}
    # a word of any mention («العاصمة الماليزية»), or one the names right after it specify
    # («حركتا فتح وحماس», «رئيس مخابراتها حسن رشاد»)
    named |= {t.i + shift for m in mentions for t in tokens_of(doc, m) for shift in (0, -1)}
    # «استقبل صاحب السمو الشيخ X»: the styles before a name are his
    named |= {i for m in mentions for i in _styles_before(doc, m)}
    # «الرئيسان التركي رجب طيب أردوغان والروسي …»: through the adjective of a dual's title
    named |= {i - 1 for i in list(named) if i > 0 and doc[i].pos_ == "ADJ"}
    people = {t.i for m in mentions if m.entity.type == "Person" for t in tokens_of(doc, m)}
    if any(c.dep_ == "nsubj" and c.i in named for c in verb.children):
        return False  # «أجرى وزير الشؤون الخارجية والمغاربة …، السيد X، مباحثات»: X's title
    return any(
        child.dep_ == "nsubj"
        and (child.pos_ in ("NOUN", "PROPN", "X") or _family_nisba(child))
        and child.i not in named
        and not _title_chain(doc, child, people)
        and not _named_between_commas(doc, child, mentions)
        and normalize(child.text) not in TIME_WORDS | EPITHETS  # «أمير البلاد المفدى»
        and normalize(child.text) not in RELATIVES  # «…، الذي التقى»: tagged X at times
        and not (found.between and triggers().nouns.lookup(child.text) is not None)
        for child in verb.children
    )


def _styles_before(doc: Doc, mention: Mention) -> list[int]:
    """The indices of the styles right before a mention («صاحب السمو», «فخامة»)."""
    first = tokens_of(doc, mention)
    index = first[0].i - 1 if first else -1
    found = []
    while index >= 0 and doc._.folded[index] in HONORIFICS:
        found.append(index)
        index -= 1
    return found


def _family_nisba(token: Token) -> bool:
    """«التقى الإبراهيمي مع …»: a family name shaped like a definite adjective (a nisba), which
    the parse tags one, as the verb's subject."""
    word = normalize(token.text)
    return token.pos_ == "ADJ" and word.startswith("ال") and word.endswith("ي")


def _named_between_commas(doc: Doc, subject: Token, mentions: list[Mention]) -> bool:
    """«أجرى وزير الخارجية والتعاون … بالخارج، السيد X، مباحثات»: a title kg does not know,
    however long, then the person it is, set off by commas."""
    text = doc._.article.text
    start = doc._.offsets[subject.i][0]
    after = [m for m in mentions if m.entity.type == "Person" and m.start > start]
    if not after:
        return False
    first = min(after, key=lambda m: m.start)
    gap = text[start : first.start]
    title, _, honorifics = gap.rpartition("،")
    return (
        bool(title)
        and len(gap.split()) <= _TITLE_REACH
        and len(honorifics.split()) <= 1
        and text[first.end :].lstrip().startswith("،")
    )


_TITLE_REACH = 12  # the words of a long title and its honorific before the name


def _title_chain(doc: Doc, subject: Token, people: set[int]) -> bool:
    """«التقى رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول X»: titles
    the parse split in two, the first as the subject and the next, with the person's name,
    as the object; the name names the subject (also past a comma: «أجرى وزير الشؤون
    الخارجية …، السيد X، مباحثات»)."""
    after = subject.right_edge.i + 1
    while after < len(doc) and doc[after].is_punct:
        after += 1
    return (
        after < len(doc)
        and after != subject.head.i  # the verb right after its subject: «جلالة الملك يستقبل»
        and doc[after].head.i == subject.head.i
        and any(t.i in people for t in doc[after].subtree)
    )


def unnamed_relative(noun: Token, support: tuple[Token, Trigger]) -> bool:
    """Whether the verb holding the meeting noun is a relative clause on it whose subject
    is left unsaid («المباحثات التي عقدها مع X»)."""
    verb = support[0]
    if verb.head.i != noun.i or not verb.dep_.startswith("acl"):
        return False
    return not any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)


def and_clause(verb: Token) -> bool:
    """Whether the verb opens a clause joined by «و» (or «ف»: «وصل X، فالتقى Y») to a verb
    before it in its sentence, or by «، و» to the predicate of a clause before it however
    tagged («X كان أول وزير يزور دمشق، والتقى Y»)."""
    previous = None if starts_a_sentence(verb) else verb.doc[verb.i - 1]
    joined = previous is not None and normalize(previous.text) in _AND_THEN
    comma = joined and previous.i > verb.sent.start and verb.doc[previous.i - 1].text in "،,"
    before = verb.dep_ == "conj" and verb.head.i < verb.i
    # «… قد زارت طرابلس في مايو الماضي والتقت X»: «و» glued to a verb the tagger could not
    # read, hung on the verb before
    glued = normalize(verb.text)[:1] in _AND_THEN and verb.pos_ == "X"
    glued = glued and verb.head.i < verb.i and verb.head.pos_ == "VERB"
    return (joined and before and (verb.head.pos_ == "VERB" or comma)) or glued


_AND_THEN = frozenset({"و", "ف"})


def then_clause(verb: Token) -> bool:
    """Whether the verb opens its sentence after «ثم» or «كما» («… . ثم التقى رئيس مجلس
    النواب», «… . كما استقبل رئيس مجلس الشورى الإيراني X»): the sentence goes on about the
    subject of the one before."""
    opening = [normalize(t.text) for t in verb.doc[verb.sent.start : verb.i]]
    opening = opening[1:] if opening[:1] == ["و"] else opening
    return len(opening) == 1 and without_conjunction(opening[0]) in ALSO


def also_clause(verb: Token) -> bool:
    """Whether the verb's clause opens after its sentence's first with «ثم» or «كما» («التقى X
    رئيس الوزراء Y، …، ثم التقى الرئيس Z»), or the verb follows «قبل أن» or «بعد أن» there
    («استقبل X Y، …، قبل أن يستقبل Z»): it goes on about the same subject."""
    first, _ = clause_of(verb)
    start = verb.sent.start
    folded = verb.doc._.folded
    sequence = verb.i - 2 > start and folded[verb.i - 1] == "ان" and folded[verb.i - 2] in _SEQUENCE
    return first > start and (without_conjunction(folded[first]) in ALSO or sequence)


_SEQUENCE = {"قبل", "بعد"}  # «قبل أن يستقبل», «بعد أن التقى»


def right_before(doc: Doc, verb: Token, loose: list[Mention]) -> list[Mention]:
    """A loose name that ends right before the verb, only «قد» between («X قد التقى»), with
    the names «و» joins before it («برهم صالح والكاظمي قد استقبلا»)."""
    start = doc._.offsets[verb.i][0]
    text = doc._.article.text
    last = [m for m in loose if m.end <= start and normalize(text[m.end : start]).split() == ["قد"]]
    return joined_before(doc, last[0], loose) if last else []


def person_right_before(doc: Doc, verb: Token, mentions: list[Mention]) -> list[Mention]:
    """A person's name with nothing between it and the verb («… ضد داعش وتيلرسون يلتقي
    العبادي»): the verb's subject, whatever phrase the parse hung it in."""
    start = doc._.offsets[verb.i][0]
    text = doc._.article.text
    return [
        m
        for m in mentions
        if m.entity.type == "Person" and m.end <= start and not text[m.end : start].strip()
    ]


def during_clause(verb: Token) -> bool:
    """Whether «خلالها» right after the verb points back at a stay («قام بزيارة إلى الدوحة
    التقى خلالها أمير قطر»): the visitor is its subject, the name after the verb its object."""
    words = "".join(verb.doc._.folded[verb.i + 1 : end_in_sentence(verb, verb.i + 3)])
    return any(words.startswith(during) for during in _DURING_IT)


# «خلالها» as one word or as «خلال» + «ها», as the tokenizer splits it
_DURING_IT = ("خلالها", "خلاله", "اثناءها", "اثناءه")


def lam_owners(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """«القمة الاستثنائية المشتركة لمنظمة التعاون الإسلامي وجامعة الدول العربية»: the bodies
    named with «ل» right after the noun and its adjectives own it, however the parse hung them."""
    index = noun.i + 1
    while index < noun.sent.end and doc[index].pos_ == "ADJ":
        index += 1
    if index >= noun.sent.end:
        return []
    text = doc._.article.text
    start = doc._.offsets[index][0]
    first = next((m for m in actors if start <= m.start <= start + 2), None)
    if first is None or not normalize(text[start : first.start + 1]).startswith("ل"):
        return []
    return [m for m in listed_from(sorted(actors, key=lambda m: m.start), text, first.start)]


def previous_subject(doc: Doc, verb: Token, object_pronoun: bool = False) -> list[Mention]:
    """«وأعلن الوزير X … . وقال خلال لقائه بـ Y», «وصل X إلى عمّان. والتقى بالملك»: a
    sentence that opens with «و» and a verb with no subject of its own goes on about the
    subject of the sentence before it; so does the object pronoun of one that has a subject
    («وصل وفد حماس إلى القاهرة. واستقبله رئيس المخابرات»)."""
    sentence = verb.sent
    # «واستقبله»: the sentence's first word, «و» glued on, is the verb whatever its tag
    glued = verb.i == sentence.start and normalize(verb.text)[:1] in ("و", "ف")
    if not (verb.pos_ in ("VERB", "AUX") or glued) or sentence.start == 0:
        return []
    if not object_pronoun and any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    opening = doc[sentence.start : verb.i]
    if not (glued or (opening and all(normalize(t.text) in CARRY_ON for t in opening))):
        return []
    before = doc[sentence.start - 1].sent
    start, end = doc._.offsets[before.start][0], doc._.offsets[before.end - 1][1]
    subjects = []
    for mention in doc._.mentions:
        if mention.entity.type not in ACTORS or not start <= mention.start < end:
            continue
        path = path_of(doc, mention)
        top = path.top if path is not None and not path.markers else None
        if top is not None and top.dep_.startswith("nsubj") and _main_verb(top.head):
            subjects.append(mention)
    return split_first(sorted(subjects, key=lambda m: m.start))[0]


def taken_part_in(noun: Token) -> bool:
    """«واكتفى X بلقاء Y», «استهل زيارته بلقاء Y»: the verb's subject holds the meeting and
    the name after the noun is whom he met; so does a traveller's («توجه X إلى عين التينة
    للقاء Y», «ثم ينتقل … للقاء Y»: he went there to meet Y)."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    written = normalize(verb.text)
    word = written.removeprefix("و").removeprefix("ف")
    return (_glued(noun, "ب") and word.startswith(TAKING_PART_STEMS)) or (
        # «وصل», «ووصل»; not «لاستقبال»: a delegation sent to receive a freed hostage
        _glued(noun, "ل") and (written in GOING or word in GOING) and not _a_reception(noun)
    )


def _a_reception(noun: Token) -> bool:
    trigger = triggers().of(noun)
    return trigger is not None and trigger.lemma == RECEPTION


def _glued(noun: Token, preposition: str) -> bool:
    """Whether `preposition` is glued to `noun` or split off before it as its own word."""
    return normalize(noun.text).startswith(preposition) or any(
        normalize(c.text) == preposition for c in noun.children
    )


def _main_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.dep_ in ("ROOT", "parataxis")


def pronoun_owner(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """«خلال لقائه مع X»: the pronoun owner is the subject of the verb the noun depends on."""
    if not pronoun_child(noun):
        return []
    owners = governing_subjects(doc, noun, actors)
    if not owners and any(_relative_subject(c) for c in noun.head.children):
        # «للحزب الديموقراطي الذي يعقد مؤتمره العام في …»: the name the relative stands for
        owners = relative_antecedents(doc, noun, actors)
    return (
        owners
        or _agent_of_the_noun_above(doc, noun, actors)
        or the_one_named_before(doc, noun, actors)
    )


def _agent_of_the_noun_above(doc: Doc, noun: Token, actors: list[Mention]) -> list[Mention]:
    """«بعد ساعات من مغادرة الوزير X أنجامينا إثر مباحثاته مع Y»: a meeting noun hung on a
    verbal noun has the pronoun of that noun's agent, its genitive (no preposition before it)."""
    above = noun.head
    if above.i >= noun.i or above.pos_ != "NOUN":
        return []
    for mention in actors:
        head = head_token(doc, mention)
        if (
            head is not None
            and head.i == above.i + 1
            and head.head.i == above.i
            and head.dep_ == "nmod"
            and mention.entity.type == "Person"
        ):
            return [mention]
    return []


def the_one_named_before(
    doc: Doc, noun: Token, actors: list[Mention], kinds: frozenset[str] = frozenset({"Person"})
) -> list[Mention]:
    """«واستهل الرئيس الروسي بوتين لقاءاته مع X», under a verb the parse did not know: the
    one actor named before the noun in its clause, of one of `kinds` (a person), which no
    preposition marks."""
    first, _ = clause_of(noun)
    start, noun_start = doc._.offsets[first][0], doc._.offsets[noun.i][0]
    before = [m for m in actors if start <= m.start and m.end <= noun_start]
    if len(before) != 1 or before[0].entity.type not in kinds:
        return []
    if ":" in doc._.article.text[before[0].end : noun_start]:
        return []  # «كتب X يقول: … في لقائه مع …»: the writer is not whose meeting it is
    path = path_of(doc, before[0])
    return before if path is not None and not path.markers else []


def _relative_subject(token: Token) -> bool:
    return normalize(token.text) in RELATIVES and token.dep_.startswith("nsubj")


def dual_owner(noun: Token) -> bool:
    """«خلال لقائهما», «في اجتماعهما», «عقب مباحثات بينهما»: a meeting noun owned by the dual
    «هما», or held between them."""
    split = any(normalize(c.text) == "هما" and c.pos_ == "PRON" for c in noun.children)
    following = noun.doc._.folded[noun.i + 1 : noun.i + 3]
    between = following[:1] == ["بينهما"] or following == ["بين", "هما"]  # «عقب مباحثات بينهما»
    return split or between or normalize(noun.text).endswith(("يهما", "وهما"))


def the_two(doc: Doc, noun: Token, actors: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """«نقل الوزير X تحيات الرئيس إلى الرئيس Y خلال لقائهما»: the owners of «هما» are the
    subject of the clause and the one other person it names (none if it names more)."""
    subjects = governing_subjects(doc, noun, actors)
    if not subjects:
        return _joined_before(doc, noun, actors)
    start, stop = clause_characters(noun.head)
    taken = {m.entity for m in subjects}
    others = [
        m
        for m in actors
        if start <= m.start < stop and m.entity.type == "Person" and m.entity not in taken
    ]
    if len({m.entity for m in others}) > 1:
        # «نقل X رسالة من السلطان إلى الرئيس Y خلال لقائهما»: the sender is not one of the two
        others = [m for m in others if not _sent_from(doc, m)]
    if not others and len({m.entity for m in subjects}) == 2:
        # «اتفق X و Y، خلال لقائهما، على …»: the two are the subjects
        return split_first(subjects)
    if len({m.entity for m in others}) != 1:
        return subjects, []
    return subjects, others


def _sent_from(doc: Doc, mention: Mention) -> bool:
    """Whether «من» («from») stands right before the name, or a message's noun owns it («نقل
    تحيات الرئيس السيسي»: the sender, a title word between)."""
    before = [normalize(word) for word in last_words(doc._.article.text, mention.start, 2)]
    return before[-1:] == ["من"] or bool(set(before) & MESSAGES)


def _joined_before(
    doc: Doc, noun: Token, actors: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """«وتبادل X وY وجهات النظر خلال لقائهما», the parse lost the verb: the two people the
    sentence names before the noun, joined by «و», are the two."""
    start, end = doc._.offsets[noun.sent.start][0], doc._.offsets[noun.i][0]
    people = [m for m in actors if start <= m.start < end and m.entity.type == "Person"]
    if len({m.entity for m in people}) != 2 or not all_joined(doc, people):
        return [], []
    return split_first(people)


def glued_pronoun(noun: Token) -> bool:
    """A meeting noun that carries its owner as a suffix the tokenizer left on it: after the
    hamza's seat («لقائه», «لقاؤهم»), which the tokenizer does not split off."""
    word = normalize(noun.text)
    return word.endswith(("يه", "وه", "يها", "وها", "يهم", "وهم")) and noun.pos_ == "NOUN"


def split_pronoun(noun: Token) -> bool:
    """A noun whose owner suffix the tokenizer split off («استقبال | ه»), whatever follows."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return following is not None and following.pos_ == "PRON" and following.head == noun


def suffixed_pronoun(noun: Token) -> bool:
    """A meeting noun whose owner suffix the tokenizer split off («استقبال | ه»), with its
    object right after it: «لدى استقباله شافيز» (not «في لقاءه مع نواب»)."""
    if noun.i + 2 >= len(noun.doc) or not split_pronoun(noun):
        return False
    following = noun.nbor(2)
    return following.head == noun and following.pos_ in ("NOUN", "PROPN", "X")


def object_pronoun(verb: Token) -> Token | None:
    """«استقبله»: the pronoun glued on the verb as its object (a genitive, when the parse
    tagged the verb a noun), if any."""
    deps = ("obj",) if verb.pos_ in ("VERB", "AUX") else ("obj", "nmod")
    return next(
        (c for c in verb.children if c.pos_ == "PRON" and c.dep_ in deps and c.i == verb.i + 1),
        None,
    )


def has_object_pronoun(verb: Token) -> bool:
    return object_pronoun(verb) is not None


def her(doc: Doc, verb: Token) -> list[Mention]:
    """«وفي وقت لاحق، استقبلها رئيس الجمهورية»: the feminine object pronoun stands for the
    woman the article named last before this sentence, if her honorific or title says she is
    one («السيدة تانيا فايون», «وزيرة الخارجية الأسترالية بيني وونغ») and she is near."""
    pronoun = object_pronoun(verb)
    if pronoun is None or normalize(pronoun.text) != "ها":
        return []
    start = doc._.offsets[verb.sent.start][0]
    text = doc._.article.text
    women = [
        m
        for m in doc._.mentions
        if m.entity.type == "Person"
        and start - _HER_REACH <= m.start
        and m.end <= start
        and _a_woman(text, m)
    ]
    return women[-1:]


def him(doc: Doc, verb: Token, chosen: list[Mention], taken: list[Mention]) -> list[Mention]:
    """«التقت مساعدة الوزير X قائد الإدارة Y، ثم التقاه Z»: the masculine object pronoun is
    not the woman `chosen` for it, but the last man the sentence named before the verb (none
    of `taken`, the verb's own side)."""
    pronoun = object_pronoun(verb)
    text = doc._.article.text
    masculine = pronoun is not None and normalize(pronoun.text) == "ه"
    if not masculine or not chosen or not all(_a_woman(text, m, _TITLE_WORDS) for m in chosen):
        return chosen
    start, verb_start = doc._.offsets[verb.sent.start][0], doc._.offsets[verb.i][0]
    men = [
        m
        for m in doc._.mentions
        if m.entity.type == "Person"
        and start <= m.start
        and m.end <= verb_start
        and m not in taken
        and not _a_woman(text, m)
    ]
    return men[-1:]


def _a_woman(text: str, person: Mention, reach: int = 2) -> bool:
    """Whether her honorific or title, in the `reach` words before her name or opening it,
    says so."""
    words = [*last_words(text, person.start, reach), *text[person.start : person.end].split()[:2]]
    return bool({normalize(w) for w in words} & FEMININE_MARKS)


_HER_REACH = 600  # characters: a few sentences back
_TITLE_WORDS = 4  # «مساعدة وزير الخارجية الأمريكي»: a title's words before the name


_BARE_THAT = {"ان", "بان"}  # «إن/أن» with no pronoun on it


def _own_subject_after(doc: Doc, opener: int, verb: Token) -> bool:
    """Whether a word other than the verb (and its «قد») follows «إن/أن» at `opener`: the
    clause's own subject («إن ترامب يعتبر»), not «إنه» (he), «أن التقوا» (they) nor «أن
    لقاءاته» (his meetings)."""
    following = opener + 1
    while following < verb.i and doc._.folded[following] in _AUXILIARIES:
        following += 1
    if following >= len(doc) or following == verb.i or doc[following].pos_ == "PRON":
        return False
    owner = doc[following + 1] if following + 1 < len(doc) else None
    return not (owner is not None and owner.pos_ == "PRON" and owner.head.i == following)


def _with_its_head(doc: Doc, chosen: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """«وصل وفد من حماس برئاسة X إلى القاهرة حيث التقى …»: a delegation's head, named right
    after it, goes where it goes."""
    if not chosen:
        return chosen
    group = chosen[-1]
    after = [m for m in mentions if m.start >= group.end]
    head = min(after, key=lambda m: m.start, default=None)
    return [*chosen, head] if head is not None and leads(doc, group, head) else chosen


def missing_subject(
    doc: Doc,
    sentence: Sentence,
    verb: Token,
    found: Roles,
    actors: list[Mention],
    pronoun: bool = False,
) -> list[Mention]:
    """A subject the parse did not give: the antecedent of a relative pronoun («الذي التقى»),
    the subject of the clause this one is coordinated with («استقبل X Y وبحث معه»), else an
    unmarked mention before the verb in its clause."""
    first, _ = clause_of(verb)
    offsets = doc._.offsets
    verb_start = offsets[verb.i][0]
    before = [m for m in actors if m.end <= verb_start and m.start >= sentence.start]
    # «الذي التقى», «الذي كان قد التقى»: the relative, past «كان» and «قد»
    opening = verb.i
    while opening - 1 > first and doc._.folded[opening - 1] in _AUXILIARIES:
        opening -= 1
    relative = next(
        (t for t in doc[max(first, opening - 2) : opening] if normalize(t.text) in RELATIVES),
        None,
    )
    if relative is None and pronoun:
        relative = _relative_goes_on(verb)
    trip = _trip_it_describes(doc, verb) if relative is None and pronoun else None
    if trip is not None:
        # «مهّد X للقرار بجولة إقليمية استقبله خلالها Y»: «ه» is who made the tour, the first
        # person no preposition marks before it
        start = offsets[trip.i][0]
        people = [m for m in before if m.end <= start and m.entity.type == "Person"]
        return _unmarked(doc, people)[:1]
    if relative is not None:
        # «أحمد ماهر الذي استقبله شيراك»: the relative's antecedent, the name right before it
        # (also for the pronoun «ه»); «شيخ الأزهر الذي استقبل»: a title kg does not know is
        # no one, not the last name before it.
        return _antecedent(doc, before, offsets[relative.i][0])
    # a name a preposition marks is no subject («المؤتمر الإنساني لشعب السودان»)
    loose = [m for m in found.loose if m.end <= verb_start and not _marked(doc, m)]
    if loose:
        return loose[-1:]
    others = found.partners + found.objects
    if others:
        # «أجرى …، السيد X، مباحثات مع Y»: an unmarked name between the verb and the other
        # side, hung nowhere, is the subject (verb, subject, object)
        bound = min(m.start for m in others)
        between = [m for m in found.loose if verb_start < m.start and m.end <= bound]
        between = [m for m in between if not _marked(doc, m)]  # «المؤتمر … لشعب السودان»
        if between:
            return between[:1]
    # with a pronoun object, whoever the clause before is about («… وصل X، حيث استقبله Y»)
    opener = "و" if pronoun else normalize(doc[first].text)
    # «… وبحث معه», «زار بيروت حيث التقى …»: the clause goes on about the same subject
    coordinated = opener[:1] in ("و", "ف", "،") or opener in ALSO or opener in WHERE | WHEN
    if opener in _BARE_THAT and _own_subject_after(doc, first, verb):
        return []  # «قال المتحدث X إن ترامب يعتبر الاجتماع …»: the clause's own subject
    if first > sentence.span.start and (coordinated or opener in THAT):
        # «… وبحث معه»: coordinated; «سبق لـ X أن التقوا Y», «قال X إنه التقى Y»: reported.
        previous = [m for m in before if m.start < offsets[first][0]]
        reach = max(sentence.span.start, first - _REPORT_REACH)
        teller = _relative_before(doc, reach, first, "،,.؛") if opener in THAT else None
        if teller is not None:
            # «… هاكان فيدان، الذي قالت الخارجية التركية إنه بحث مع X»: «ه» is the antecedent
            told = offsets[teller.i][0]
            return _antecedent(doc, [m for m in previous if m.end <= told], told)
        subjects = [m for m in previous if _is_subject(doc, m)]
        where = without_conjunction(normalize(doc[first].text)) in WHERE
        if pronoun and not where and opener not in WHERE:
            # «وبعد انتخابه رئيساً لجمهورية العراق، استقبله X»: a state or city is no one
            # «ه» stands for
            subjects = [m for m in subjects if m.entity.type not in _VISITED_TYPES]
        # «حيث استقبله X»: the pronoun is who went there
        mover = _mover(doc, doc[first], actors) if opener in WHERE or where else None
        if mover is not None:
            # «وصل وفد من حماس برئاسة X إلى القاهرة، حيث التقى …»: the delegation and its head
            return _with_its_head(doc, mover, previous)
        if opener in WHERE:
            # «ووصلت X إسرائيل قادمة من بيروت حيث عقدت اجتماعا»: «حيث» is the place, and
            # the state or city reached is no one who met there
            subjects = [m for m in subjects if m.entity.type not in _VISITED_TYPES]
        if not subjects and (opener in WHERE | WHEN or where or pronoun):
            # «حط البرهان في الدوحة، حيث عقد …», «حيث كان X في استقباله»: a verb the parse
            # took for a noun leaves its subject hung nowhere; the first person no
            # preposition marks went there (also in a headline's present: «الرئيس X يصل إلى
            # المطار، وكان في استقباله Y»)
            people = [m for m in _unmarked(doc, previous) if m.entity.type == "Person"]
            subjects = _visitors(doc, previous) or people[:1]
        went = next((a for a in verb.ancestors if a.pos_ == "VERB" and a.i < verb.i), None)
        if not subjects and not previous and (where or pronoun) and went is not None:
            # «ثم حل بنواكشوط، حيث استقبله X», «واختتم الأسبوع في باريس، إذ استقبله X»: who
            # went there, or ended his week there, is whom the sentence before is about
            subjects = previous_subject(doc, went, object_pronoun=True)
        if not subjects and opener == "،":
            subjects = _fronted(doc, sentence, before, offsets[first][0])
        if opener in THAT:
            return split_first(subjects)[0]
        went_on = opener in WHERE | WHEN or where or opener[:1] == "و"
        people = [m for m in subjects if m.entity.type == "Person"] if went_on else []
        went = [m for m in people if _went_there(doc, m)]
        # «قرر مجلس الجامعة …، وحضر الأسد قمة جدة حيث استقبله X», «زار X دمشق والتقى Y، ثم
        # جاء Z إلى عمان والتقى W»: who went there is the one who visited, attended or came
        # last before the verb, else the sentence's first subject
        return _with_its_head(doc, went[-1:] or subjects[:1], previous)
    if during_clause(verb):
        # the visitor: the subject before, else the first name no preposition marks
        return ([m for m in before if _is_subject(doc, m)] or _unmarked(doc, before))[:1]
    if first != sentence.span.start:
        return _fronted(doc, sentence, before, offsets[first][0])
    # «وكان ترامب قد أمضى الليلة ضيفا على …»: the name the opening «كان» takes, which the
    # parse may tag a verb
    opening = [m for m in before if _after_opening_kana(doc, m)]
    return opening[:1] or previous_subject(doc, verb, object_pronoun=pronoun)


def both_of_a_dual(
    doc: Doc, sentence: Sentence, verb: Token, subjects: list[Mention], actors: list[Mention]
) -> list[Mention]:
    """The two a dual verb («والتقيا») stands for when one subject was read for it: that one
    and whom he is listed with or went along with before the verb; else `subjects`."""
    if len(subjects) != 1 or not _dual_verb(verb):
        return subjects
    verb_start = doc._.offsets[verb.i][0]
    before = [m for m in actors if m.end <= verb_start and m.start >= sentence.start]
    return _the_pair(doc, subjects, before)


def _dual_verb(verb: Token) -> bool:
    """«والتقيا», «واجتمعا»: a meeting verb of the dual, its singular a trigger's form."""
    word = without_conjunction(normalize(verb.text))
    return word.endswith("ا") and triggers().any.lookup(word[:-1]) is not None


def _the_pair(doc: Doc, chosen: list[Mention], previous: list[Mention]) -> list[Mention]:
    """The two a dual verb's missing subject stands for: the person chosen and whom he is
    listed with («وصل X و Y إلى دمشق، والتقيا»), or who went with him («زار X دمشق برفقة
    نظيرته Y، والتقيا»); only the one chosen when neither is named."""
    listed = listed_with(doc, chosen, previous)
    if len(listed) == 2:
        return listed
    person = chosen[0]
    if person.entity.type != "Person":
        return chosen
    people = [m for m in previous if m.entity.type == "Person" and m is not person]
    before = [m for m in people if m.end <= person.start][-1:]
    after = [m for m in people if m.start >= person.end][:1]
    for first, second in [(m, person) for m in before] + [(person, m) for m in after]:
        # «X ومعه Y», «X برفقة Y»: one went along with the other
        if any(companion_marker(t) for t in tokens_between(doc, first.end, second.start)):
            return [first, second]
    return chosen


def _went_there(doc: Doc, subject: Mention) -> bool:
    """Whether the subject's verb is one of visiting, attending or going («زار», «حضر»,
    «جاء»)."""
    path = path_of(doc, subject)
    if path is None:
        return False
    verb = path.top.head
    trigger = triggers().of(verb)
    going = without_conjunction(normalize(verb.text)) in GOING | CAME
    return going or (trigger is not None and trigger.frame in ("visit", "attend"))


_AUXILIARIES = KANA | {"قد", "لقد"}
_REPORT_REACH = 12  # «الذي قالت الخارجية التركية في منشور على "إكس" إنه»: the words between


def _relative_before(doc: Doc, first: int, end: int, stops: str) -> Token | None:
    """The relative pronoun nearest before token `end` (from token `first` on) with a verb of
    its own right after it, before `end`; none past one of `stops` (a comma: another clause)."""
    for token in reversed(doc[first:end]):
        if token.text in stops:
            return None
        if normalize(token.text) in RELATIVES:
            following = doc[token.i + 1]
            return token if following.pos_ == "VERB" and following.i < end else None
    return None


def _unmarked(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions no preposition marks, nor a voweled accusative."""
    text = doc._.article.text
    return [
        m
        for m in mentions
        if (path := path_of(doc, m)) and not path.markers and not _voweled(text, m, _ACCUSATIVE)
    ]


def _fronted(
    doc: Doc, sentence: Sentence, before: list[Mention], clause_start: int
) -> list[Mention]:
    """«خافيير ميلي، الرئيس الأرجنتيني، اجتمع مع …»: the name that opens the sentence, right
    before the verb's clause (a comma between), is its subject, however the parse hung it."""
    text = doc._.article.text
    return [
        m
        for m in before
        if not text[sentence.start : m.start].strip()
        and not text[m.end : clause_start].strip(" ،,")
    ][:1]


def _mover(doc: Doc, where: Token, actors: list[Mention]) -> list[Mention] | None:
    """«جولة قادت الوزير الأميركي إلى أنقرة حيث التقى X، ثم إلى بغداد حيث التقى Y»: who
    went to the place «حيث» follows is the subject or object of the verb that took him there
    (none when no name is given him: «الوزير الأميركي» alone), and at a next stop («ثم إلى
    بغداد حيث») whoever went to the stop before; None when no «إلى» phrase comes right
    before «حيث»."""
    start = where.sent.start
    to = next(
        (t for t in reversed(doc[max(start, where.i - 6) : where.i]) if _to_a_place(doc, t)),
        None,
    )
    if to is None or any(t.pos_ == "VERB" for t in doc[to.i + 1 : where.i]):
        return None
    place = to.head
    before = [t for t in doc[start : to.i] if t.pos_ != "PUNCT"]
    if before and doc._.folded[before[-1].i] in NEXT_STOP_OPENERS:
        earlier = [t for t in doc[start : to.i] if doc._.folded[t.i] in WHERE]
        return _mover(doc, earlier[-1], actors) if earlier else None
    verb = place.head if place.pos_ != "VERB" else place
    if verb.pos_ != "VERB" or verb.i >= where.i or triggers().of(verb) is not None:
        return None
    # «قادت الجولة الوزير إلى»: the object went; «غادر X متوجها إلى»: the subject; not the
    # pronoun of the place left, nor the day the parse took for a subject («وغادرها الأحد»)
    movers = [
        c
        for c in verb.children
        if ((c.dep_ == "obj" and c.pos_ != "PRON") or c.dep_.startswith("nsubj"))
        and doc._.folded[c.i] not in TIME_WORDS
    ]
    offsets = doc._.offsets
    named = [
        m
        for mover in sorted(movers, key=lambda c: (c.dep_ != "obj", c.i))
        for m in sorted(actors, key=lambda m: m.start)
        if offsets[mover.left_edge.i][0] <= m.start < offsets[mover.right_edge.i][1]
    ]
    earlier = [t for t in doc[start : verb.i] if doc._.folded[t.i] in WHERE]
    if not named and earlier:
        # «… بدأها من ليوبليانا، حيث التقى X، قبل أن يحل ضيفا على مدريد، حيث …»: who went to
        # the stop before
        first = doc._.offsets[start][0]
        before = [m for m in actors if first <= m.start < doc._.offsets[earlier[-1].i][0]]
        went = _mover(doc, earlier[-1], actors) or _visitors(doc, before)
        if went:
            return went[:1]
    if not movers:
        # «… . ثم انتقل إلى عين التينة حيث التقى X»: the sentence goes on about the one before
        return previous_subject(doc, verb) or None
    return named[:1]


def _to_a_place(doc: Doc, token: Token) -> bool:
    """«إلى», or the «على» of «حل ضيفا على مدريد»: what names where someone went."""
    folded = doc._.folded
    guest = token.i > 0 and folded[token.i - 1] in GUEST_OF
    return folded[token.i] == TO or (folded[token.i] == _ON and guest)


_ON = "علي"  # «على», folded


def _visitors(doc: Doc, previous: list[Mention]) -> list[Mention]:
    """«بعد زيارة الرئيس X إلى أنقرة، حيث اجتمع مع Y»: the clause before names no subject, but
    «حيث» is the place of a visit, and whoever paid it (the visit noun's owner, right after
    it) is who met there."""
    return [m for m in previous if _visit_noun_before(doc, m)]


def _visit_noun_before(doc: Doc, mention: Mention) -> bool:
    """Whether a visit or a tour noun stands before `mention`, past the adjectives that
    describe it and a glued «ل» («جولة أوروبية لسمو الأمير»)."""
    # the token before the one the mention starts in («لسمو»: a preposition glued on)
    return _trip_ending_at(doc, bisect_right(doc._.token_starts, mention.start) - 2, 0) is not None


_ADJECTIVES_BEFORE = 2  # «جولة خليجية أوروبية لـ»
_TO = {"الي", "ل"}  # «زيارة إلى القاهرة», «زيارة لأبوظبي» (folded)


def _trip_it_describes(doc: Doc, verb: Token) -> Token | None:
    """«بجولة إقليمية استقبله خلالها X», «زيارة رسمية إلى القاهرة التقاه خلالها X»: the visit
    or tour noun a verb right after it (past its adjectives and where it went) describes, with
    no relative pronoun between, if any."""
    first, index = verb.sent.start, verb.i - 1
    offsets = doc._.offsets
    places = [m for m in doc._.mentions if m.entity.type in _VISITED_TYPES]
    while index > first and (
        doc._.folded[index] in _TO
        or any(m.start <= offsets[index][0] and offsets[index][1] <= m.end for m in places)
    ):
        index -= 1
    return _trip_ending_at(doc, index, first)


def _trip_ending_at(doc: Doc, index: int, first: int) -> Token | None:
    """The visit or tour noun at token `index`, or before the adjectives that end there (not
    before token `first`), if any."""
    for _ in range(_ADJECTIVES_BEFORE + 1):
        if index < first:
            return None
        visit = visit_word(doc[index])
        if (visit is not None and visit.pos == "noun") or doc._.folded[index] in TOURS:
            return doc[index]
        if doc[index].pos_ != "ADJ":
            return None
        index -= 1
    return None


def _visit_before(doc: Doc, mention: Mention) -> Trigger | None:
    """The visit verb or noun right before `mention` («زيارة الرئيس X», «وزار عمان»), if any."""
    index = bisect_left(doc._.token_starts, mention.start) - 1
    return visit_word(doc[index]) if index >= 0 else None


def _relative_goes_on(verb: Token) -> Token | None:
    """«زيلينسكي، الذي حضر من خارج الجامعة والتقاه ولي العهد»: the relative pronoun whose
    clause a verb with «و» goes on, with no comma or colon between: its «ه» is the antecedent."""
    if not normalize(verb.text).startswith("و"):
        return None
    first = max(verb.sent.start, verb.i - _RELATIVE_REACH)
    return _relative_before(verb.doc, first, verb.i, "،,.؛:")


_RELATIVE_REACH = 10  # words: «الذي حضر من خارج الجامعة و…»


def _antecedent(doc: Doc, before: list[Mention], relative_start: int) -> list[Mention]:
    """The mentions that end right before a relative pronoun (a comma or a bracket between)."""
    before = [m for m in before if m.end <= relative_start]
    if not before:
        return []
    gap = doc._.article.text[before[-1].end : relative_start]
    if gap.strip(" ،,()") or len(gap) > 3:
        return []
    return [m for m in before if (m.start, m.end) == (before[-1].start, before[-1].end)]


def _marked(doc: Doc, mention: Mention) -> bool:
    path = path_of(doc, mention)
    return path is not None and bool(path.markers)


def _is_subject(doc: Doc, mention: Mention) -> bool:
    path = path_of(doc, mention)
    subject = path is not None and not path.markers and path.top.dep_.startswith("nsubj")
    subject = subject and not _accompanying(doc, mention)
    text = doc._.article.text
    subject = (subject and not _voweled(text, mention, _ACCUSATIVE)) or _voweled(
        text, mention, _NOMINATIVE
    )
    return (subject or _after_opening_kana(doc, mention)) and not _visited(doc, mention)


def _voweled(text: str, mention: Mention, vowels: set[str]) -> bool:
    """Whether the writer voweled the mention's first or last word with one of `vowels`: «وسبق
    الجبيرَ إلى العاصمتين وزيرُ الخارجية الإيراني X» marks the object with a fatha and the
    subject with a damma, whatever the parse made of them."""
    first = text.find(" ", mention.start, mention.end)
    ends = {first if first != -1 else mention.end, mention.end}
    return any(vowel in vowels for end in ends for vowel in text[end - 1 : end + 1])


_ACCUSATIVE = {"\u064e", "\u064b"}  # fatha, fathatan
_NOMINATIVE = {"\u064f", "\u064c"}  # damma, dammatan


def _accompanying(doc: Doc, mention: Mention) -> bool:
    """«وصل الملك إلى باريس ومعه ولي عهده»: a name right after a companion word goes along
    with the one the sentence is about (the parse makes it the subject of «ومعه»)."""
    tokens = tokens_of(doc, mention)
    if not tokens:
        return False
    before = doc[max(tokens[0].sent.start, tokens[0].i - _COMPANION_REACH) : tokens[0].i]
    return any(companion_marker(t) for t in before) and not any(t.is_punct for t in before)


_COMPANION_REACH = 3  # tokens: «و | مع | ه» before the name


def _after_opening_kana(doc: Doc, mention: Mention) -> bool:
    """«وكان سموه قد استهل جولته»: the name right after the «كان» that opens the sentence is
    its subject, whatever the parse made of it (it often hangs an honorific elsewhere)."""
    tokens = tokens_of(doc, mention)
    if not tokens or starts_a_sentence(tokens[0]):
        return False
    kana = doc[tokens[0].i - 1]
    if doc._.folded[kana.i].removeprefix("و") not in KANA:
        return False
    return all(doc._.folded[t.i] == "و" for t in doc[kana.sent.start : kana.i])


def _visited(doc: Doc, mention: Mention) -> bool:
    """«وزار عمان في مارس والتقى …»: a state or city right after a visit verb is the place
    visited, also where the parse made it the subject."""
    if mention.entity.type not in _VISITED_TYPES:
        return False
    visit = _visit_before(doc, mention)
    return visit is not None and visit.pos == "verb"


_VISITED_TYPES = {"State", "City", "Place"}


def first_after(doc: Doc, token: Token, loose: list[Mention], past: int = 0) -> list[Mention]:
    """The first loose mention after the verb (or `past`), leaving out the arguments of a
    clause of their own («… على نص الخطاب الذي ألقاه الرئيس X»: X gave the speech)."""
    start = max(doc._.offsets[token.i][1], past)
    after = [m for m in loose if m.start >= start and not _in_another_clause(doc, m, token)]
    return split_first(after)[0]


def _in_another_clause(doc: Doc, mention: Mention, verb: Token) -> bool:
    path = path_of(doc, mention)
    return path is not None and of_a_clause(path.top, [verb])
