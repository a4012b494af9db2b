"""Office holders named by their family name alone: «بوش», «بوتين», «الأسد», «رامسفيلد».

News names a head of state or government, a minister or a spy chief by the family name
without ever writing the full name («وقال بوش إن …»). The roles table says who held which
office on which day, so a family name that only one holder of any office bore on the
article's date names that holder. The rule is guarded because a wrong link is worse than none:

- the word is the last of the holder's Arabic name, is no one's given name (عباس is also
  Araghchi's first name), follows no «بن/آل», and is no title or date word;
- in the text it is tagged a proper noun or a foreign word, or is a name with the article
  (الأسد, tagged NOUN by the parse) that modifies nothing (not «الحكم العثماني»);
- a name word right before it must be the holder's given name, in any vowel spelling
  («كولين باول» for «كولن باول»), else it is someone else's name («لورا بوش»);
- the article has a date (a family name held by two leaders over the years names neither).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer, overlaps
from kg.kb import KnowledgeBase
from kg.lang.ar.morphology import VOWEL_LETTERS, glued_name, opens_a_phrase
from kg.lang.ar.words import (
    FAMILY_NAME_FIRST,
    FILIATION,
    HOLDER_NAME_LINKS,
    HONORIFICS,
    NAMESAKE_FAMILY_NAMES,
    TITLE_HEADS,
    WORD_FAMILY_NAMES,
)
from kg.mention_spans import ends_a_sentence, starts_a_sentence
from kg.normalize import normalize
from kg.title_days import SentenceDays
from kg.types import Mention, Role

Span = tuple[int, int]

_NAME_TAGS = ("PROPN", "X")
CLOSED_TAGS = ("ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "PUNCT", "SCONJ")
_MODIFIERS = ("amod", "det", "nummod")
_TITLE_WORDS = TITLE_HEADS | HONORIFICS  # a name runs on after one
_CONFIDENCE = 0.6


class FamilyNames:
    """The family names of the office holders the roles table knows; built once per base."""

    def __init__(self, kb: KnowledgeBase, is_common: Callable[[str], bool]) -> None:
        self._kb = kb
        self.names_of = {e.entity.key: (e.entity.label, *e.aliases) for e in kb.entries}
        self._names: Gazetteer[Role] = Gazetteer()
        self.given = _given_names(kb)  # the words that are not the last of a known name
        self.families: set[str] = set()  # the holders' family names, folded
        for family, role in holders_family_names(kb):
            if family not in WORD_FAMILY_NAMES | NAMESAKE_FAMILY_NAMES and not is_common(family):
                self._names.add(family, role)
                self.families.add(normalize(family))
        # «الرئيس مبارك»: a family name that is also someone's given name names the holder
        # only right after a title word
        self._titled: Gazetteer[Role] = Gazetteer()
        for family, role in holders_family_names(kb, given_too=True):
            if normalize(family) not in self.families and not is_common(family):
                self._titled.add(family, role)

    def find(
        self, doc: Doc, covering: Callable[[int, int], list[Token]], taken: list[Mention]
    ) -> list[Mention]:
        """Mentions of leaders by family name in `doc`'s sentences, outside the spans of
        `taken`. `covering(start, end)` lists the tokens over those characters. An undated
        article names the holder of the day its sentence gives, and none where it gives no
        day («غالي» alone in an undated wire may be Boutros-Ghali, no holder of the tables)."""
        day = doc._.article.published
        text = doc._.article.text
        spans = [(m.start, m.end) for m in taken]
        found = []
        for sentence in doc.sents:
            first, last = doc._.offsets[sentence.start][0], doc._.offsets[sentence.end - 1][1]
            written = text[first:last]
            if day is None and not any(character.isdigit() for character in written):
                continue  # undated, and no day in the sentence: no holder to name
            matches = [(m, False) for m in self._names.find(written)]
            matches += [(m, True) for m in self._titled.find(written)]
            if not matches:
                continue
            days = SentenceDays(doc, sentence)  # read once, for every name of the sentence
            for match, after_title_only in matches:
                start, end = first + match.start, first + match.end
                holder = _one_holder(match.payloads, days.at(start))
                if holder is None and day is not None:
                    holder = _one_holder(match.payloads, (day, day))
                words = covering(start, end)
                if holder is None or overlaps((start, end), spans) or not words:
                    continue  # none: a set phrase the parser was not given («حفظه الله»)
                if after_title_only and not _titled(words[0], holder):
                    continue
                if _in_a_quoted_title(text, start, end):
                    continue  # «مناورات «الأسد الإفريقي 2022»»: the name of a thing
                if match.prefix and match.prefix + normalize(text[start:end]) in self.given:
                    continue  # «فؤاد» is a given name, not «ف» + «واد» (Abdoulaye Wade)
                if match.prefix.startswith("ف") and _after_a_name_word(words[0]):
                    continue  # «أورور فغالي»: a family name of its own, not «ف» + «غالي»
                mention = self._mention(doc, words[-1], holder, spans, start, end)
                if mention is not None:
                    found.append(mention)
                    spans.append((mention.start, mention.end))
        return found

    def _mention(
        self,
        doc: Doc,
        token: Token,
        holder: Role,
        spans: list[tuple[int, int]],
        start: int,
        end: int,
    ) -> Mention | None:
        if not _reads_as_name(token, normalize(doc._.article.text[start:end])):
            return None
        if self._name_goes_on(doc, token, spans):
            return None
        start = self._start(doc, token, holder, spans, start)
        if start is None:
            return None
        office = self._kb.office_by_key.get(holder.office_key or "")
        return Mention(
            start,
            end,
            holder.holder,
            "leader-family-name",
            _CONFIDENCE,
            role=holder,
            represents=office.state if office else None,
            office=holder.office_key,
        )

    def _name_goes_on(self, doc: Doc, token: Token, spans: list[tuple[int, int]]) -> bool:
        """Whether the word is the first of a longer name: a name word follows that the parse
        joins to it («سعيد جليلي» is not Kais Saied) and that is no known mention of its own
        (the parse leaves «التقى بوتين أردوغان» apart), or any name word after a title («الرئيس
        أوغو شافيز» is not Joy Ogwu)."""
        if ends_a_sentence(token):
            return False
        following = doc[token.i + 1]
        previous = None if starts_a_sentence(token) else doc[token.i - 1]
        if previous is not None and previous.pos_ == "ADJ" and _bare_name_word(following):
            # «مدير شركة النفط النيجيرية ميلي كياري»: after a title's adjective, a name runs
            # on, however the tagger reads its next word (not Javier Milei)
            return True
        word = normalize(following.text)
        if following.pos_ not in _NAME_TAGS or opens_a_phrase(word) or word in _TITLE_WORDS:
            return False  # «الرئيس السيسي الملك عبد الله»: the next title opens the next name
        if previous is not None and normalize(previous.text) in _TITLE_WORDS:
            return True  # after a title a name runs on: «الرئيس أوغو شافيز»
        if overlaps(doc._.offsets[following.i], spans) or self._joined_by_and(following):
            return False
        return following.head.i == token.i or token.head.i == following.i

    def _joined_by_and(self, following: Token) -> bool:
        """A holder's family name with «و» glued on: the next name of a list («بوش وبلير»)."""
        return any(m.prefix.startswith("و") for m in self._names.find(following.text))

    def _start(
        self, doc: Doc, token: Token, role: Role, spans: list[tuple[int, int]], start: int
    ) -> int | None:
        """Where the mention starts: at the family name, or at the given name written right
        before it in another spelling («كولين باول»); None when the word before it is another
        name word («لورا بوش»: the parse reads the two as one name, or the word is a name).
        A family name with «و» glued on starts a name of its own («عباس وأولمرت»)."""
        if starts_a_sentence(token) or doc._.offsets[token.i][0] < start:
            return start
        previous = doc[token.i - 1]
        previous_span = doc._.offsets[previous.i]
        if overlaps(previous_span, spans):
            return start
        written = doc._.article.text[previous_span[0] : doc._.offsets[token.i][1]]
        names = self.names_of.get(role.holder.key, ())
        if written.startswith("ال") and spells(written.removeprefix("ال"), names):
            return previous_span[0]  # «المنصف المرزوقي»: a given name may take the article
        one_name = token.dep_.startswith("flat") and token.head.i == previous.i
        if not one_name and previous.pos_ not in _NAME_TAGS:
            return start
        return previous_span[0] if spells(written, names) else None


def holders_family_names(kb: KnowledgeBase, given_too: bool = False) -> Iterator[tuple[str, Role]]:
    """Each term of the roles table with its holder's family name, if it may name him alone:
    the last word of his name (the first, where names put the family first: China, Korea,
    Vietnam), of three letters or more, after no «بن/آل», and no one's given name (عباس is
    also Araghchi's first name) unless `given_too`."""
    given = HOLDER_NAME_LINKS if given_too else _given_names(kb) | HOLDER_NAME_LINKS
    for role in kb.roles:
        words = normalize(role.holder.label).split()
        if len(words) < 2 or words[-2] in HOLDER_NAME_LINKS:
            continue
        if family_name_first(role.office_key):
            words = words[:1]  # «تشوي سون هوي»: «هوي» ends her given name
        if len(words[-1]) >= 3 and words[-1] not in given:
            yield words[-1], role


def family_name_first(office: str | None) -> bool:
    """Whether the holder of an office («head-of-state:CN») is of a state whose names put the
    family name first («شي جين بينغ»: «شي»)."""
    return (office or "").rpartition(":")[2] in FAMILY_NAME_FIRST


def _bare_name_word(token: Token) -> bool:
    """A word that may go on a name: tagged a name, or an adjective without the article."""
    bare = token.pos_ == "ADJ" and not normalize(token.text).startswith("ال")
    return token.is_alpha and (token.pos_ in _NAME_TAGS or bare)


def _after_a_name_word(token: Token) -> bool:
    """Whether the word before `token` is tagged a name («أورور فغالي»)."""
    return not starts_a_sentence(token) and token.doc[token.i - 1].pos_ in _NAME_TAGS


def _titled(token: Token, holder: Role) -> bool:
    """Whether a title word of the holder's office stands right before `token` («الرئيس
    مبارك»: a head of state or government; «الوزير X»: a minister)."""
    if starts_a_sentence(token):
        return False
    title = normalize(token.doc[token.i - 1].text).removeprefix("و")
    kinds = _TITLE_KINDS.get(title.removeprefix("ال"), ())
    return any(kind in (holder.office_key or holder.office) for kind in kinds)


_TITLE_KINDS = {"رييس": ("head-of-state", "head-of-government"), "وزير": ("minister",)}


def _given_names(kb: KnowledgeBase) -> set[str]:
    """Every word that is not the last of some person's name in the knowledge base."""
    given = set()
    for entry in kb.entries:
        if entry.entity.type != "Person":
            continue
        for name in (entry.entity.label, *entry.aliases):
            given.update(normalize(name).split()[:-1])
    return given


def _one_holder(
    roles: tuple[Role, ...], days: tuple[datetime.date, datetime.date] | None
) -> Role | None:
    """The term held on the first and last of `days` (the day its sentence names,
    `SentenceDays.at`, else the article's), if the family name names one person then."""
    if days is None:
        return None
    held = [role for role in roles if role.held_on(days[0]) and role.held_on(days[1])]
    return held[0] if len({role.holder.key for role in held}) == 1 else None


def stands_alone(
    token: Token, written: str, start: int, words: set[str], known: bool, taken: list[Span]
) -> bool:
    """Whether a one-word short name, `written` at `token` from `start` on, reads as a person
    the article named with `words`. The parse may tag a name a noun, a verb or an adjective
    («الصفدي»), never a word of a closed class («على»); a family name that is an ordinary word
    is no noun's modifier or number («من جانب واحد»). For a person the tables do not know
    (`known` false), read from the text only, the name may be a common noun's phrase («مديرو
    الفنادق», «نائب رئيس التحرير بان الأمطار الغزيرة»): a word is a name only if the NER or
    the parse says so, or it is bare: no article, no modifier or genitive hung on it («عام
    1885», «لإعادة الشرطة»). No name word of someone else that the parse or the NER joins to
    it, and that is no mention of `taken`, comes right before it («صباح خالد الحمد الصباح» is
    not «مشعل الأحمد الجابر الصباح»; «جاووش أوغلو» is «مولود جاووش أوغلو»)."""
    word = normalize(written)
    tagged = token.pos_ in _NAME_TAGS or token.ent_type_ == "PER"
    # «12:50 — السوداني وأردوغان»: a number or a mark is no noun an adjective describes
    described = token.head.pos_ not in ("NUM", "PUNCT")
    modifier = token.dep_ in ("amod", "nummod") and described and not _set_off(token)
    if token.pos_ in CLOSED_TAGS or (word in WORD_FAMILY_NAMES and modifier and not tagged):
        return False
    if not (known or tagged or _bare(token, word) or _subject_after_verb(token)):
        return False
    offsets = token.doc._.offsets
    if starts_a_sentence(token) or offsets[token.i][0] < start:
        return True
    previous = token.doc[token.i - 1]
    joined = (token.dep_.startswith("flat") and token.head.i == previous.i) or (
        previous.head.i == token.i and previous.pos_ in _NAME_TAGS
    )
    if overlaps(offsets[previous.i], taken) or not (joined or token.ent_iob_ == "I"):
        return True  # the parse or the NER reads the word before in one name with it
    return normalize(previous.text) in words


def _in_a_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the words at `start`..`end` are one of more in «» quotation marks: the name of
    an exercise, a plan or a document, not a person («رؤية 2030», «الأسد الإفريقي»)."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("«", line_start, start)
    if opening == -1 or text.rfind("»", opening, start) != -1:
        return False
    closing = text.find("»", end)
    newline = text.find("\n", end)
    if closing == -1 or (newline != -1 and newline < closing):
        return False
    return len(text[opening + 1 : closing].split()) > len(text[start:end].split())


def _subject_after_verb(token: Token) -> bool:
    """«استقبل الرويلي», «وكان العيسى قد التقى»: a family name with the article right after a
    verb (or «كان … قد»), which no noun stands before for it to qualify, and which heads no
    adjective of its own."""
    if token.i == 0 or any(child.dep_ == "amod" for child in token.children):
        return False
    before = token.doc[token.i - 1]
    following = token.doc._.folded[token.i + 1] if token.i + 1 < len(token.doc) else ""
    return (before.pos_ in ("VERB", "AUX") and before.dep_ != "amod") or following == "قد"


def _set_off(token: Token) -> bool:
    """Whether a comma stands between the word and the head the parse hung it from: no
    modifier is set off so («والتقى باتيلي، اليوم الإثنين، المنفي»: a name, not «the exiled
    Monday»)."""
    low, high = sorted((token.i, token.head.i))
    return any(t.text in ("،", ",") for t in token.doc[low + 1 : high])


def _bare(token: Token, word: str) -> bool:
    """A word without the article that heads no modifier, number or genitive noun (a phrase
    with a preposition may hang on a name: «لقاء مع ميلوني بعد الفاتيكان»)."""
    if word.startswith("ال"):
        return False
    return not any(_modifies(child) for child in token.children)


def _modifies(child: Token) -> bool:
    if child.dep_ == "nmod":
        return not any(grandchild.dep_ == "case" for grandchild in child.children)
    return child.dep_ in _MODIFIERS


def _reads_as_name(token: Token, family: str) -> bool:
    """The parse reads the word as a name: a proper noun or foreign word, or a name with the
    article that modifies no noun («الأسد», not «الحكم العثماني»); or the NER reads it as a
    person's name («والتقى عباس وأولمرت», where the parse made «وأولمرت» a verb); or it
    follows a title word."""
    if token.pos_ in _NAME_TAGS or token.ent_type_ == "PER":
        return True
    if not starts_a_sentence(token) and normalize(token.nbor(-1).text) in _TITLE_WORDS:
        return True  # «بحضور الرئيس ماكرون», «الرئيس السيسي»: a title's name, however tagged
    return family.startswith("ال") and token.pos_ != "ADJ" and token.dep_ != "amod"


def spells(written: str, names: Iterable[str]) -> bool:
    """Whether `written` («بوش», «كولين باول», «تميم بن حمد») is one of `names` («جورج دبليو
    بوش», «كولن باول», «تميم بن حمد آل ثاني») shortened to the family name or to its first
    words, or with its words transliterated with other long vowels (`same_name`)."""
    words = glued_name(normalize(written).split())  # «عبدالله» or «عبد الله»: one spelling
    for name in names:
        full = glued_name(normalize(name).split())
        if len(full) < 2 or not words:
            continue
        if len(words) == 1 and words[0] == full[-1]:
            return True  # «بوش»
        if len(words) == 2 and _same_words(words, [full[0], full[-1]]):
            return True  # «كولين باول», «جورج بوش»
        if len(words) >= 2 and _same_words(words, full[: len(words)]):
            return True  # «تميم بن حمد», «مولود جاووش أوغلو»
        if _with_fathers_name(words, full):
            return True  # «نوري كامل المالكي» for «نوري المالكي»
    return False


def _with_fathers_name(words: list[str], full: list[str]) -> bool:
    """A two-word name written with the father's name between its words, as Arabic full names
    are («حيدر جواد العبادي»); not with a link («عبدالله بن فيصل آل سعود»), another lineage."""
    return (
        len(full) == 2
        and len(words) == 3
        and words[1] not in HOLDER_NAME_LINKS
        and _same_words([words[0], words[2]], full)
    )


def same_name(a: str, b: str) -> bool:
    """Whether two spellings of a name are one transliteration: word by word the same
    letters but for long vowels («كولين/كولن», «جاووش/جاويش»), at least half the words
    spelt alike. «محمد علي» is not «محمود علوي»: no word of them is spelt alike."""
    return _same_words(normalize(a).split(), normalize(b).split())


def _same_words(words: list[str], others: list[str]) -> bool:
    if len(words) != len(others) or not words:
        return False
    if any(_skeleton(w) != _skeleton(o) for w, o in zip(words, others, strict=True)):
        return False
    return 2 * sum(w == o for w, o in zip(words, others, strict=True)) >= len(words)


def _skeleton(word: str) -> str:
    """A foreign name without its long-vowel letters, which transliterations vary."""
    return word.translate(VOWEL_LETTERS)


def without_patronym(name: str) -> str | None:
    """«عادل بن أحمد الجبير» → «عادل الجبير»: a given name, «بن» and the father's name, then
    a family name with the article, as the short name news and the tables also use; None for
    any other name (a dynasty's «آل X» is two words: «تميم بن حمد آل ثاني» keeps its father,
    whom the dynasty's other princes share the given name with)."""
    words = normalize(name).split()
    if len(words) != _WITH_PATRONYM or words[1] not in FILIATION:
        return None
    family = words[3]
    return f"{words[0]} {family}" if family.startswith("ال") and len(family) > 3 else None


_WITH_PATRONYM = 4  # «عادل», «بن», «أحمد», «الجبير»


def skeleton(name: str) -> str:
    """A whole name folded and without long-vowel letters: the key of its transliterations."""
    return " ".join(_skeleton(word) for word in normalize(name).split())
