"""A body of a state's people named by the state's adjective («الجانب الكويتي», «الوفد المصري»,
«الجانبان المصري والقطري»): it stands for the state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer, Match, overlaps
from kg.lang.ar.orthography import DASHES
from kg.lang.ar.words import COLLECTIVES, JOINT, JOINT_BODIES, PAIRED_TALKS
from kg.mention_spans import TokenIndex, end_in_sentence
from kg.normalize import normalize
from kg.types import Entity, Mention


def collectives(
    nisba: Gazetteer, doc: Doc, tokens: TokenIndex, start: int, end: int, known: list[Mention]
) -> list[Mention]:
    """«الجانب الكويتي», «الوفد المصري», «الحكومة الإسرائيلية», «المسؤولين السوريين»: a
    body of a state's people, named by the state's adjective, stands for the state."""
    taken = [(m.start, m.end) for m in known]
    found = []
    for token in tokens.words_within(start, end, COLLECTIVES):
        head_start = tokens.span(token)[0]
        if normalize(token.text)[:1] == "و" and normalize(token.text)[1:] in COLLECTIVES:
            head_start += 1  # «ووفد موزمبيقي»: the conjunction is not the delegation
        following = _nisba_after(nisba, doc, tokens, token, end)
        if following is None:
            continue
        following_start, matches = following
        span = (head_start, following_start + matches[0].end)
        if overlaps(span, taken):
            continue
        state = matches[0].payloads[0]
        found.append(Mention(*span, state, "nisba-collective", 0.7, represents=state))
        taken.append(span)
        # «الجانبان المصري والقطري», «مسؤولين إسرائيليين وسوريين»: a second state's
        # adjective after «و» names that state's body too
        text = doc._.article.text
        found += _second_of_two(nisba, text, span[1], min(end, span[1] + 30), taken)
    return found


def _second_of_two(
    nisba: Gazetteer[Entity], text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> list[Mention]:
    """«الجانبان المصري والقطري», «مسؤولين إسرائيليين وسوريين»: the second body of a dual
    or a plural, its adjective after «و»."""
    gap = len(text[start:end]) - len(text[start:end].lstrip())
    if not text[start + gap : end].startswith("و"):
        return []
    matches = nisba.find(text[start + gap + 1 : end])
    if not matches or text[start + gap + 1 : start + gap + 1 + matches[0].start].strip():
        return []
    span = (start + gap + 1 + matches[0].start, start + gap + 1 + matches[0].end)
    if overlaps(span, taken):
        return []
    state = matches[0].payloads[0]
    taken.append(span)
    return [Mention(*span, state, "nisba-collective", 0.7, represents=state)]


def _nisba_after(
    nisba: Gazetteer[Entity], doc: Doc, tokens: TokenIndex, collective: Token, end: int
) -> tuple[int, list[Match[Entity]]] | None:
    """The state adjective of a collective, right after it or past up to two adjectives of
    its own («الوفد الوزاري اللبناني», «الجانب الأمني المصري»): where it starts, and the
    state adjectives found from there."""
    text = doc._.article.text
    for index in range(collective.i + 1, end_in_sentence(collective, collective.i + 4)):
        start, token_end = tokens.span(doc[index])
        matches = nisba.find(text[start : min(end, token_end + 30)])
        if matches and matches[0].start == 0:
            return start, matches
        if doc[index].pos_ != "ADJ":
            return None
    return None


def joint_committees(
    nisba: Gazetteer[Entity], doc: Doc, tokens: TokenIndex, start: int, end: int
) -> list[Mention]:
    """«اللجنة العليا المشتركة السعودية اليمنية», «للجنة المصرية الأردنية المشتركة»: a joint
    committee of two states stands for both, each named by its adjective (what the committee
    holds, the two states hold together). «محادثات مصرية فلسطينية», «القمة السعودية
    الأمريكية»: talks named by two states' adjectives are the two states' own, the same way."""
    found = []
    for head in tokens.words_within(start, end, JOINT_BODIES | PAIRED_TALKS):
        named, joint = _committee_states(nisba, doc, tokens, head)
        joint = joint or tokens.folded[head.i] in PAIRED_TALKS
        if joint and len({state for *_, state in named}) == len(named) >= 2:
            found += [
                Mention(s, e, state, TWO_STATES_RULE, 0.7, represents=state)
                for s, e, state in named
            ]
    return found


TWO_STATES_RULE = "joint-committee"


_JOINING = {"و", *DASHES}  # «المصرية الأردنية», «المصرية ـ السورية»


def _committee_states(
    nisba: Gazetteer[Entity], doc: Doc, tokens: TokenIndex, head: Token
) -> tuple[list[tuple[int, int, Entity]], bool]:
    """The state adjectives of a committee's name, and whether the name says it is joint."""
    text = doc._.article.text
    named: list[tuple[int, int, Entity]] = []
    joint = False
    for index in range(head.i + 1, end_in_sentence(head, head.i + _COMMITTEE_WORDS)):
        word = tokens.folded[index]
        start, end = tokens.span(doc[index])
        matches = nisba.find(text[start:end])
        if matches and matches[0].start == 0 and matches[0].end == end - start:
            named.append((start, end, matches[0].payloads[0]))
        elif word in JOINT:
            joint = True
        elif word not in _JOINING and (named or not word.startswith("ال")):
            break  # the committee's own words («العليا», «الوزارية») come before the states
    return named, joint


_COMMITTEE_WORDS = 7  # «اللجنة العليا الوزارية المشتركة السعودية اليمنية»
