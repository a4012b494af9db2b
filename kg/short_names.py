"""People named short in one article and in full in another: «بوش» for «جورج دبليو بوش».

News names a person in full once and then by the family name («بوش», «صالح»), or by a title
and the first name («الأمير نايف» for «نايف بن عبد العزيز»), sometimes only in a follow-up
article. Within one article `kg.mentions` links such a name to the full name it follows; this
module does it across a build, where all articles meet (`kg.graph.GraphBuilder`): a short
name the NER (or a title rule) left unlinked is the one person of the whole build whose full
name ends with it (or, after a title, starts with it); a given name and a family name
(«بدر البوسعيدي») are the one known person whose full name has them with names between. When
two people of the build bear it, it stays as it is: a wrong link is worse than none; so it
does when the full name's titles tie him to states none of which the short name's article
names, itself or by a city of its own («صالح» in a Libyan report is not Iraq's president
Barham Salih named in full in a report from Baghdad; «بوتفليقة» in a report from Algiers is
Algeria's president).

The index depends only on the set of articles, not on their order or on which process read
them, so `--jobs N` and the build cache give the same graph as one process.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from kg.family_names import skeleton
from kg.kb import default_kb
from kg.lang.ar.morphology import glued_name
from kg.lang.ar.words import (
    FAMILY_LINKS,
    FAMILY_PARTICLES,
    FILIATION,
    FIRST_NAME_TITLES,
    NAME_LINKS,
    REGNAL,
)
from kg.normalize import normalize
from kg.types import Article, Entity, Mention

# Rules whose person is named by a full name (not a title standing for an unnamed holder).
_FULL_NAME_RULES = frozenset(
    {
        "alias",
        "title-name",
        "name-before-title",
        "name-after-title",
        "title-unknown-name",
        "title-off-term",
        "ner",
    }
)
_SHORT_NAME_RULES = frozenset({"ner", "name-after-title", "foreign-subject"})
_MIN_LETTERS = 3
_NO_FAMILY_NAME = NAME_LINKS | REGNAL  # «الثاني» alone is not «عبد الله الثاني»


def family_name(words: list[str]) -> str | None:
    """The family name of a full name's folded words: the last word, or the last two when
    the family name starts with a link («عبد العاطي», «أبو الغيط»), ends in «الله» («نصر
    الله»: «الله» alone is no one's name) or follows «بن» («بن علي»; «عبدالعزيز» alone is not
    «فيصل بن بندر بن عبدالعزيز»), with the European particles before it («فون دير لاين», «دا
    سيلفا»); None for one word."""
    if len(words) < 2 or len(words[-1]) < _MIN_LETTERS or words[-1] in _NO_FAMILY_NAME:
        return None
    linked = len(words) > 2 and (words[-2] in FAMILY_LINKS | FILIATION or words[-1] == _GOD)
    particles = 0  # «أورسولا فون دير لاين»: «فون دير لاين»
    while particles + 2 < len(words) and words[-2 - particles] in FAMILY_PARTICLES:
        particles += 1
    if particles:
        return " ".join(words[-1 - particles :])
    return " ".join(words[-2:]) if linked else words[-1]


_GOD = "الله"


def first_name(words: list[str]) -> str | None:
    """The first name of a full name's folded words, if it is a name and not a link; «عبد
    الله» is one name, written as one word («عبدالله»)."""
    words = glued_name(words)
    if len(words) < 2 or len(words[0]) < _MIN_LETTERS or words[0] in NAME_LINKS:
        return None
    return words[0]


def titled(text: str, start: int) -> bool:
    """Whether the word right before `start` is a title used with a first name."""
    before = text[max(0, start - 30) : start].split()
    if not before:
        return False
    word = normalize(before[-1])
    return word in FIRST_NAME_TITLES or (word[:1] in "وف" and word[1:] in FIRST_NAME_TITLES)


class ShortNames:
    """The people of a build by family and first name, and the short names to resolve."""

    def __init__(self) -> None:
        self._by_family: dict[str, set[Entity]] = {}
        self._by_first: dict[str, set[Entity]] = {}
        self._by_ends: dict[str, set[Entity]] = {}  # «بدر البوسعيدي» → «بدر بن حمد البوسعيدي»
        self._short: dict[tuple[str, Entity], bool] = {}  # (document, entity) → after a title
        self._states_of: dict[Entity, set[str]] = {}  # a person → the countries he stands for
        self._states_in: dict[str, set[str]] = {}  # a document → the countries it names

    def add(self, article: Article, mentions: Iterable[Mention]) -> None:
        """Index the article's people: full names as targets, unlinked short names to
        resolve. `article` still carries its text (the word before a short name)."""
        named = self._states_in.setdefault(article.doc_id, set())
        for mention in mentions:
            entity = mention.entity
            represents = mention.represents
            named |= {_country(e) for e in (entity, represents) if e is not None and _placed(e)}
            if entity.type != "Person":
                continue
            words = normalize(entity.label).split()
            if len(words) >= 2 and mention.rule in _FULL_NAME_RULES:
                if represents is not None and represents.type == "State":
                    self._states_of.setdefault(entity, set()).add(_country(represents))
                if (family := family_name(words)) is not None:
                    self._by_family.setdefault(family, set()).add(entity)
                if (first := first_name(words)) is not None:
                    self._by_first.setdefault(first, set()).add(entity)
                if (ends := _first_and_family(words)) is not None and entity.label_en:
                    self._by_ends.setdefault(ends, set()).add(entity)
            if (
                len(words) == 2
                and entity.qid is None
                and not entity.label_en
                and mention.rule in _SHORT_NAME_RULES
            ):
                self._short.setdefault((article.doc_id, entity), False)
            elif (
                len(words) == 1
                and len(words[0]) >= _MIN_LETTERS
                and entity.qid is None
                and mention.rule in _SHORT_NAME_RULES
            ):
                key = (article.doc_id, entity)
                after_title = titled(article.text, mention.start)
                self._short[key] = self._short.get(key, False) or after_title

    def resolved(self) -> dict[tuple[str, str], Entity]:
        """(document, short entity's key) → the one person of the build the name stands for."""
        found: dict[tuple[str, str], Entity] = {}
        for (doc_id, entity), after_title in self._short.items():
            word = normalize(entity.label)
            people = set(self._by_family.get(word, ())) if " " not in word else set()
            if after_title:
                people |= self._by_first.get(word, set())
            people |= self._by_ends.get(word, set()) if " " in word else set()
            person = _one_person(people)
            if person is not None and self._in_context(person, doc_id):
                found[doc_id, entity.key] = person
        return found

    def _in_context(self, person: Entity, doc_id: str) -> bool:
        """Whether the article names a state the person stands for, or he stands for none
        the build knows of."""
        states = self._states_of.get(person)
        return not states or bool(states & self._states_in.get(doc_id, set()))

    def replaced_everywhere(self, resolved: dict[tuple[str, str], Entity]) -> set[str]:
        """The keys of short names resolved in every document that uses them: their own
        unlinked nodes would stand for nobody."""
        unresolved = {e.key for doc_id, e in self._short if (doc_id, e.key) not in resolved}
        return {e.key for _, e in self._short if e.key not in unresolved}


def _first_and_family(words: list[str]) -> str | None:
    """«بدر البوسعيدي» of «بدر بن حمد البوسعيدي»: the given name and the family name of a
    known person's full name that has names between them, which news leaves out."""
    first, family = first_name(words), family_name(words)
    if first is None or family is None or " " in family:
        return None
    return f"{first} {family}" if len(words) > 2 else None


def _placed(entity: Entity) -> bool:
    """A state, or a city, whose country an article names by naming it («وصل إلى الجزائر»)."""
    return entity.type in ("State", "City")


def _country(entity: Entity) -> str:
    """The country code of a state or city the knowledge base knows, else its key."""
    return _countries().get(entity.key, entity.key)


@cache
def _countries() -> dict[str, str]:
    """Each state's or city's key → its country code; where two towns share a key (Moscow and
    Moscow, Idaho, both «موسكو»), the larger one's."""
    kb = default_kb()
    entries = sorted(
        (e for e in (*kb.entries, *kb.guarded) if e.country), key=lambda e: e.population
    )
    return {e.entity.key: e.country for e in entries}


def _one_person(people: set[Entity]) -> Entity | None:
    """The one person of `people`: names that differ only in long vowels are one man's
    transliterations («كولن باول», «كولين باول», the first linked to Colin Powell, the
    second unlinked in an undated article), which the linked one stands for."""
    if len(people) == 1:
        return next(iter(people))
    linked = [person for person in people if person.label_en is not None]
    if len({skeleton(person.label) for person in people}) == 1 and len(linked) == 1:
        return linked[0]
    return None
