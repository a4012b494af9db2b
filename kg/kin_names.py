"""A person named by his given name as a named person's kin: «المشير خليفة حفتر ونجله صدام»,
«صدام، نجل المشير خليفة حفتر». The kin bears the family name (Saddam Haftar); the NER reads
only the given name, a guess kg would otherwise keep as a person of its own."""

from __future__ import annotations

import re

from kg.lang.ar.words import FILIATION, KIN_NOUNS
from kg.mention_spans import is_guess, unlinked_key
from kg.normalize import normalize
from kg.types import Entity, Mention

_KIN = "|".join(KIN_NOUNS)
# after the named person: «ونجله صدام», «وشقيقه الأصغر X»
_KIN_AFTER = re.compile(rf"\s*،?\s*و?(?:{_KIN})(?:ه|ها)(?:\s+ال\w+)?\s+")
# before him: «صدام، نجل المشير خليفة حفتر», «X ابن الرئيس Y»
_KIN_BEFORE = re.compile(rf"\s*،?\s*(?:{_KIN})(?:\s+ال\w+)?\s+")


def kin_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The given names of `mentions` that a named person's kin word introduces, as the
    kin's full name (given name and the person's family name)."""
    people = sorted(
        (m for m in mentions if m.entity.type == "Person" and not is_guess(m)),
        key=lambda m: m.start,
    )
    found = []
    for guess in mentions:
        if not is_guess(guess) or guess.entity.type != "Person" or " " in guess.entity.label:
            continue
        for person in people:
            gap = (
                text[person.end : guess.start]
                if person.end <= guess.start
                else text[guess.end : person.start]
            )
            kin = _KIN_AFTER if person.end <= guess.start else _KIN_BEFORE
            family = _family_name(person.entity.label)
            if family and kin.fullmatch(normalize(gap)):
                label = f"{guess.entity.label} {family}"
                entity = Entity(unlinked_key("Person", label), "Person", label)
                found.append(Mention(guess.start, guess.end, entity, "kin-name", 0.6))
                break
    return found


def _family_name(label: str) -> str | None:
    """The family name of a person's label: its last word («خليفة حفتر»: حفتر), with «آل»
    before it; none where the name is a patronymic chain («محمد بن زايد»: a son is «بن
    محمد») or a single word."""
    words = label.split()
    if len(words) < 2 or FILIATION.intersection(words):
        return None
    return " ".join(words[-2:]) if words[-2] == "آل" else words[-1]
