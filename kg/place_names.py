"""Places and capitals: a capital that acts is its state and where something happens its
city, a town that needs a place word before it (`Guarded`), the summit adjective of a body
(«القمة العربية») and a capital named by its state («العاصمة الإثيوبية»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.triggers import visit_word
from kg.kb import KnowledgeBase
from kg.lang.ar import FOLDER as ARABIC_FOLDER
from kg.lang.ar.places import LANDMARKS
from kg.lang.ar.words import (
    ALONGSIDE,
    COMPOSED_OF,
    PARTY_WORDS,
    PLACE_CONTEXT,
    PLACE_WORDS,
    SUMMIT_NOUNS,
    SUMMIT_PREFIXES,
)
from kg.mention_spans import TokenIndex, starts_a_sentence
from kg.normalize import normalize
from kg.tsv import read_rows
from kg.types import Entity


@dataclass(frozen=True)
class Summit:
    """A regional adjective after a summit noun names the body holding it («القمة العربية»)."""

    body: Entity


@dataclass(frozen=True)
class Guarded:
    """A place name to take only after a place word («في دور», «مدينة بيرا»); a `capital`
    («في مسقط») is taken there even in an article that does not name its country."""

    entity: Entity
    capital: bool = False


def acts_as_state(prefix: str, start: int, end: int, doc: Doc, tokens: TokenIndex) -> bool:
    """Whether a capital's name stands for its government here (subject or party), not a place."""
    if prefix.endswith("ب") or prefix.endswith("ل"):
        return False  # بأنقرة: in Ankara; لأنقرة: to Ankara
    covering = tokens.covering(start, end)
    if not covering:
        return False
    first = covering[0]
    previous = "" if starts_a_sentence(first) else normalize(doc[first.i - 1].text)
    if previous in PLACE_WORDS:
        return False
    if previous in PARTY_WORDS:
        return True
    if not starts_a_sentence(first) and visit_word(doc[first.i - 1]) is not None:
        return False  # «وزار القاهرة والتقى …»: the capital visited, whatever the parse says
    head = next((t for t in covering if t.head not in covering or t.head == t), first)
    if head.dep_ in ("nsubj", "csubj") or (head.dep_ == "conj" and head.head.dep_ == "nsubj"):
        return True
    # «أنقرة تبحث», and «أنقرة والرياض تبحثان»: the verb after a coordinated partner
    index = covering[-1].i + 1
    while index < first.sent.end and _coordinated_name(doc[index]):
        # «و | الرياض»: the name after a split-off «و» goes with it
        index += 2 if normalize(doc[index].text) == "و" else 1
    return index < first.sent.end and doc[index].pos_ in ("VERB", "AUX")


def _coordinated_name(token: Token) -> bool:
    """«و» or a name joined by it («والرياض»), between a capital and its verb."""
    word = normalize(token.text)
    return word == "و" or (
        word.startswith("و") and token.pos_ in ("PROPN", "X", "NOUN") and len(word) > 3
    )


_CLAUSE_MARK = re.compile(r"[،,؛;:.]")


def reads_as_place(
    prefix: str, doc: Doc, start: int, place_words: frozenset[str] = PLACE_WORDS
) -> bool:
    """A place reading: «في الكويت», «بالكويت», «إلى تونس», «في العاصمة الإسبانية مدريد»."""
    before = doc._.article.text[max(0, start - 30) : start]
    # a place word does not reach past a comma («للتدخل في القضية، هي كولومبيا …»)
    before = _CLAUSE_MARK.split(before)[-1]
    words = normalize(before).split()
    # «من» is a place word only as «from» («وصل من القاهرة»), not in «كل من كولومبيا»
    near = [w for w in words[-3:] if w != "من"] + words[-1:]
    if (
        words[-1:] == ["من"]
        and len(words) > 1
        and words[-2].removeprefix("ال").startswith(COMPOSED_OF)
    ):
        near = []  # «اللجنة المؤلفة من الكويت وعمان»: made up of, not from
    if words[-2:] == list(ALONGSIDE):
        near = []  # «إلى جانب الجزائر»: alongside, not to
    return prefix.endswith(("ب", "ل")) or (
        any(w in place_words for w in near) and words[-2:-1] not in (["كل"], ["بكل"], ["كلا"])
    )


def after_place_word(text: str, start: int, context: frozenset[str] = PLACE_CONTEXT) -> bool:
    """Whether a place word of `context` stands right before `start` («في دور», «مدينة بيرا»)."""
    words = normalize(text[max(0, start - 25) : start]).split()
    return bool(words) and words[-1] in context


def summit_adjectives(kb: KnowledgeBase) -> list[tuple[str, Entity]]:
    """(adjective, body) from kg/lang/ar/summits.tsv, definite and indefinite («عربية»)."""
    by_label = {e.label_en: e for e in kb.by_key.values() if e.label_en}
    found = []
    for row in read_rows(ARABIC_FOLDER / "summits.tsv"):
        body = by_label.get(row["body"])
        for adjective in row["adjectives"].split("|") if body else ():
            found += [(adjective, body), (adjective.removeprefix("ال"), body)]
    return found


# Where news may mean another city by «the capital» than the table's (Tel Aviv, Ramallah).
_CONTESTED_CAPITALS = {"IL", "PS"}


def capital_phrases(kb: KnowledgeBase) -> list[tuple[str, Entity]]:
    """(phrase, city) for «العاصمة الإثيوبية» and «عاصمة إثيوبيا»: a state's capital named by
    the state's adjective or name, for every state with one capital in the tables."""
    capitals: dict[str, list[Entity]] = {}
    for entry in kb.entries:
        if entry.capital and entry.country:
            capitals.setdefault(entry.country, []).append(entry.entity)
    phrases = []
    for entry in kb.entries:
        cities = capitals.get(entry.country or "", [])
        if entry.entity.type != "State" or len(cities) != 1:
            continue
        if entry.country in _CONTESTED_CAPITALS:
            continue
        phrases += [(f"العاصمة ال{adjective}", cities[0]) for adjective in entry.nisba]
        phrases += [(f"عاصمة {name}", cities[0]) for name in entry.aliases]
    return phrases


def landmark_phrases(kb: KnowledgeBase) -> list[tuple[str, Entity]]:
    """(phrase, city) for a seat of government or a palace («قصر الاتحادية»: Cairo), for the
    cities the tables hold."""
    cities = {entry.entity.qid: entry.entity for entry in kb.entries if entry.entity.type == "City"}
    return [(name, cities[qid]) for name, qid in LANDMARKS.items() if qid in cities]


def after_summit_noun(text: str, start: int, adjectives: frozenset[str] = frozenset()) -> bool:
    """Whether a summit, conference or session noun stands right before `start`, or before
    one of `adjectives` there («القمة العربية الإسلامية»: the League's and the OIC's)."""
    words = normalize(text[max(0, start - 30) : start]).split()
    if len(words) > 1 and words[-1] in adjectives:
        words.pop()
    if not words:
        return False
    word = words[-1]
    return word in SUMMIT_NOUNS or any(
        word.startswith(prefix) and word[len(prefix) :] in SUMMIT_NOUNS
        for prefix in SUMMIT_PREFIXES
    )
