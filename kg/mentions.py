"""Recognise and link the actors, places and cases an article names.

Three sources of mentions, in this order of trust:
1. names and aliases from the knowledge base, found on character spans (kg.gazetteer);
2. office titles («رئيس جهاز الاستخبارات التركي») resolved to a person: by a name that follows
   the title, else by the same title named earlier in the article, else by who held the office
   on the article's date (roles table) — never by a fixed alias;
3. people the knowledge base does not know, named after a title or «برئاسة»: kept as
   unlinked Person nodes with their Arabic label.

A capital that stands for its state («أنقرة تبحث مع حماس») is the state when it acts
(a subject, a party «مع»/«ضد») and the city when it is a place («في أنقرة», «إلى أنقرة»).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer, Match
from kg.kb import KnowledgeBase
from kg.normalize import normalize, normalize_with_offsets
from kg.types import Entity, Mention, Role

# Folded forms (kg.normalize): no hamza on alef, ه for ة.
_PLACE_WORDS = {"في", "الى", "من", "نحو", "العاصمه", "عاصمه", "مدينه", "بمدينه", "بالعاصمه"}
_PARTY_WORDS = {"مع", "ضد"}
_TITLE_HEADS = {
    "رييس",
    "الرييس",
    "وزير",
    "نايب",
    "السفير",
    "سفير",
    "الملك",
    "ملك",
    "الامير",
    "امير",
    "ولي",
    "الشيخ",
    "المتحدث",
    "الناطق",
    "المبعوث",
    "مبعوث",
    "قايد",
    "زعيم",
    "الامين",
    "مستشار",
    "مدير",
    "برياسه",
    "رياسه",
}
_ORGANISATION_HEADS = {
    "حركه",
    "منظمه",
    "وكاله",
    "جمعيه",
    "حزب",
    "جبهه",
    "هييه",
    "مويسسه",
    "وزاره",
    "جهاز",
    "اتحاد",
    "مجلس",
    "لجنه",
    "كتايب",
    "سرايا",
    "جماعه",
}
_NAME_POS = {"X", "PROPN"}
_MAX_TITLE_WORDS = 6
_MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class _Title:
    roles: tuple[Role, ...]


class MentionFinder:
    """Finds mentions in a parsed article; built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.gazetteer: Gazetteer = Gazetteer()
        for entry in kb.entries:
            for alias in entry.aliases:
                self.gazetteer.add(alias, entry.entity)
            for metonym in entry.metonyms:
                self.gazetteer.add(metonym, ("metonym", entry.entity))
        titles: dict[str, list[Role]] = {}
        for role in kb.roles:
            for title in role.titles:
                titles.setdefault(normalize(title), []).append(role)
        for title, roles in titles.items():
            self.gazetteer.add(title, _Title(tuple(roles)))

    def find(self, doc: Doc) -> list[Mention]:
        article = doc._.article
        tokens = _TokenIndex(doc)
        mentions: list[Mention] = []
        bound_titles: dict[str, Entity] = {}  # office → person named with it in this article
        last_state_list: list[Entity] = []  # the latest sentence naming two or more states
        for sentence_start, sentence_end in _sentences(doc):
            text = article.text[sentence_start:sentence_end]
            matches = self.gazetteer.find(text)
            found: list[Mention] = []
            for index, match in enumerate(matches):
                start, end = sentence_start + match.start, sentence_start + match.end
                title = _first(match.payloads, _Title)
                if title is not None:
                    mention = self._title(
                        title,
                        start,
                        end,
                        matches[index + 1 :],
                        sentence_start,
                        doc,
                        tokens,
                        bound_titles,
                    )
                else:
                    mention = self._named(match, start, end, doc, tokens)
                if mention is not None:
                    found.append(mention)
            found.extend(self._unknown_people(doc, tokens, sentence_start, sentence_end, found))
            found.extend(_unknown_organisations(doc, tokens, sentence_start, sentence_end, found))
            found = _without_overlaps(found)
            found.extend(_state_list_anaphors(text, sentence_start, last_state_list))
            states = list(dict.fromkeys(m.entity for m in found if m.entity.type == "State"))
            if len(states) >= 2:
                last_state_list = states
            mentions.extend(found)
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def _named(self, match: Match, start: int, end: int, doc: Doc, tokens: _TokenIndex) -> Mention:
        entities = [p for p in match.payloads if isinstance(p, Entity)]
        states = [p[1] for p in match.payloads if isinstance(p, tuple) and p[0] == "metonym"]
        if not states:
            return Mention(start, end, entities[0], "alias", 0.95 if entities[0].qid else 0.8)
        if _acts(match.prefix, start, end, doc, tokens):
            return Mention(start, end, states[0], "metonym-state", 0.8)
        if entities:
            return Mention(start, end, entities[0], "metonym-city", 0.85)
        label = doc._.article.text[start:end]
        city = Entity(_unlinked_key("City", label), "City", label)
        return Mention(start, end, city, "metonym-city", 0.6)

    def _title(
        self,
        title: _Title,
        start: int,
        end: int,
        following: list[Match],
        sentence_start: int,
        doc: Doc,
        tokens: _TokenIndex,
        bound: dict[str, Entity],
    ) -> Mention | None:
        office = title.roles[0].office
        text = doc._.article.text
        if following:
            after = following[0]
            named = _first(after.payloads, Entity)
            gap = text[end : sentence_start + after.start]
            if named is not None and named.type == "Person" and gap.strip(" ،,") == "":
                bound[office] = named
                return Mention(start, sentence_start + after.end, named, "title-name", 0.95)
        name = _name_after(tokens.after(end), text)
        if name is not None:
            person = Entity(_unlinked_key("Person", name[2]), "Person", name[2])
            bound[office] = person
            return Mention(start, name[1], person, "title-unknown-name", 0.6)
        if office in bound:
            return Mention(start, end, bound[office], "title-coreference", 0.85)
        published = doc._.article.published
        if published is None:
            return None
        resolved = self.kb.holder(list(title.roles), published)
        if resolved is None:
            return None
        role, holder = resolved
        return Mention(start, end, holder, "title-role", 0.85, role=role)

    def _unknown_people(
        self, doc: Doc, tokens: _TokenIndex, start: int, end: int, known: list[Mention]
    ) -> list[Mention]:
        """People named after a title the roles table does not know.

        «وزير الخارجية الإيراني عباس عراقجي» → an unlinked Person «عباس عراقجي».
        """
        found = []
        text = doc._.article.text
        taken = [(m.start, m.end) for m in known]
        for token in tokens.within(start, end):
            if normalize(token.text) not in _TITLE_HEADS or _covered(tokens.span(token), taken):
                continue
            title_tokens = _title_phrase(token)
            name = _name_after(tokens.after(tokens.span(title_tokens[-1])[1]), text)
            if name is None or _covered((name[0], name[1]), taken):
                continue
            person = Entity(_unlinked_key("Person", name[2]), "Person", name[2])
            found.append(Mention(name[0], name[1], person, "name-after-title", 0.5))
            taken.append((name[0], name[1]))
        return found


def _unknown_organisations(
    doc: Doc, tokens: _TokenIndex, start: int, end: int, known: list[Mention]
) -> list[Mention]:
    """Organisations the knowledge base does not know, named by a head noun and its name.

    «حركة الجهاد الإسلامي», «وزارة الخارجية القطرية», «منظمة الصحة العالمية»: an organisation
    noun followed by definite nouns and adjectives becomes an unlinked Organization.
    """
    found = []
    text = doc._.article.text
    taken = [(m.start, m.end) for m in known]
    for token in tokens.within(start, end):
        if normalize(token.text) not in _ORGANISATION_HEADS or _covered(tokens.span(token), taken):
            continue
        name = [token]
        for following in doc[token.i + 1 : min(token.sent.end, token.i + 1 + _MAX_NAME_WORDS)]:
            definite = normalize(following.text).startswith("ال")
            if not (definite and following.pos_ in ("NOUN", "ADJ", "PROPN", "X")):
                break
            name.append(following)
        if len(name) < 2:
            continue
        span = (tokens.span(name[0])[0], tokens.span(name[-1])[1])
        if _covered(span, taken):
            continue
        label = text[span[0] : span[1]]
        organisation = Entity(_unlinked_key("Organization", label), "Organization", label)
        found.append(Mention(span[0], span[1], organisation, "organisation-name", 0.5))
        taken.append(span)
    return found


class _TokenIndex:
    """Tokens of a Doc by character offset in the article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [start for start, _ in doc._.offsets]

    def span(self, token: Token) -> tuple[int, int]:
        return self.doc._.offsets[token.i]

    def covering(self, start: int, end: int) -> list[Token]:
        index = max(bisect_left(self.starts, start) - 1, 0)
        out = []
        while index < len(self.doc) and self.starts[index] < end:
            if self.doc._.offsets[index][1] > start:
                out.append(self.doc[index])
            index += 1
        return out

    def after(self, offset: int) -> list[Token]:
        index = bisect_left(self.starts, offset)
        if index >= len(self.doc):
            return []
        sentence = self.doc[index].sent
        return list(self.doc[index : sentence.end])

    def within(self, start: int, end: int) -> list[Token]:
        return self.covering(start, end)


_STATES_ANAPHOR = re.compile(r"\b(هذه|تلك|هاته) الدول\b")


def _state_list_anaphors(text: str, offset: int, states: list[Entity]) -> list[Mention]:
    """«هذه الدول» (these states) stands for the states of the latest sentence naming several.

    Each of those states gets a mention on the anaphor's span.
    """
    if not states:
        return []
    folded, offsets = normalize_with_offsets(text)
    found = []
    for match in _STATES_ANAPHOR.finditer(folded):
        start, end = offset + offsets[match.start()], offset + offsets[match.end() - 1] + 1
        found += [Mention(start, end, state, "anaphor-state-list", 0.6) for state in states]
    return found


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    return [(doc._.offsets[s.start][0], doc._.offsets[s.end - 1][1]) for s in doc.sents]


def _first(payloads, kind):
    return next((p for p in payloads if isinstance(p, kind)), None)


def _acts(prefix: str, start: int, end: int, doc: Doc, tokens: _TokenIndex) -> bool:
    """Whether a capital's name stands for its government here (subject or party), not a place."""
    if prefix.endswith("ب") or prefix.endswith("ل"):
        return False  # بأنقرة: in Ankara; لأنقرة: to Ankara
    covering = tokens.covering(start, end)
    if not covering:
        return False
    first = covering[0]
    previous = normalize(doc[first.i - 1].text) if first.i > first.sent.start else ""
    if previous in _PLACE_WORDS:
        return False
    if previous in _PARTY_WORDS:
        return True
    head = next((t for t in covering if t.head not in covering or t.head == t), first)
    if head.dep_ in ("nsubj", "csubj") or (head.dep_ == "conj" and head.head.dep_ == "nsubj"):
        return True
    following = doc[covering[-1].i + 1] if covering[-1].i + 1 < first.sent.end else None
    return following is not None and following.pos_ in ("VERB", "AUX")


def _title_phrase(head: Token) -> list[Token]:
    """The title word and the nouns and adjectives that complete it (وزير الخارجية الإيراني)."""
    tokens = [head]
    for token in head.doc[head.i + 1 : min(head.sent.end, head.i + _MAX_TITLE_WORDS)]:
        if token.pos_ not in ("NOUN", "ADJ", "DET") or token.pos_ in _NAME_POS:
            break
        tokens.append(token)
    return tokens


def _name_after(tokens: list[Token], text: str) -> tuple[int, int, str] | None:
    """A run of name-like words right after a title, with its span and text.

    A name word is tagged X or PROPN (the PADT tagger's tags for foreign and proper names);
    a word it leans on in the parse (the tagger took عراقجي for a noun, but عباس depends on it)
    continues the name too, unless it has the article.
    """
    run: list[Token] = []
    for token in tokens:
        leaned_on = bool(run) and run[-1].head == token and token.pos_ in ("NOUN", "ADJ")
        if token.is_alpha and (token.pos_ in _NAME_POS or leaned_on):
            if leaned_on and normalize(token.text).startswith("ال"):
                break
            run.append(token)
            if len(run) == _MAX_NAME_WORDS:
                break
        elif token.text in "،," and not run:
            continue
        else:
            break
    if not run:
        return None
    offsets = run[0].doc._.offsets
    start, end = offsets[run[0].i][0], offsets[run[-1].i][1]
    return start, end, text[start:end]


def _covered(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (a title covers the organisation it names)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not _covered((mention.start, mention.end), [(k.start, k.end) for k in kept]):
            kept.append(mention)
    return kept


def _unlinked_key(kind: str, label: str) -> str:
    """A stable key for an entity kg knows only by its Arabic name."""
    digest = hashlib.sha1(normalize(label).encode("utf-8")).hexdigest()[:12]
    return f"{kind.lower()}-{digest}"
