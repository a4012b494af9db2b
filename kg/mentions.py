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
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kg.family_names import FamilyNames, spells
from kg.gazetteer import Gazetteer, Match, overlaps
from kg.kb import KnowledgeBase
from kg.lang.ar import FOLDER as ARABIC_FOLDER
from kg.lang.ar.words import (
    ACCOMPANYING,
    ACTING,
    BARE_TITLE,
    BODY_ANAPHORS,
    BODY_HEADS,
    CLITICS,
    COLLECTIVES,
    COUNTERPARTS,
    COUNTRY_ANAPHORS,
    DUAL_COLLECTIVES,
    FIRST_NAME_TITLES,
    HONORIFIC_ANAPHORS,
    HONORIFIC_PRONOUNS,
    HONORIFICS,
    LEADERSHIP,
    MEDIA_HEADS,
    NAME_ENDS,
    NAME_LINKS,
    NOT_NAMES,
    OFF_TERM,
    OFF_TERM_NEXT,
    ORGANISATION_HEADS,
    PARTY_WORDS,
    PLACE_CONTEXT,
    PLACE_WORDS,
    POSTED_TO,
    REGNAL,
    RELATIONAL_NOUNS,
    RELATIVE_PRONOUNS,
    STATES_ANAPHOR,
    SUMMIT_NOUNS,
    SUMMIT_PREFIXES,
    TITLE_HEADS,
    TITLE_PLACES,
    TOWN,
)
from kg.lexicon import with_bi_article
from kg.normalize import normalize, normalize_with_offsets, original_span
from kg.short_names import family_name, first_name
from kg.tsv import read_rows
from kg.types import Entity, Mention, Office, Role

_NAME_POS = {"X", "PROPN"}
_NOT_NAME_POS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "NUM", "PUNCT", "PART"}
_INTRODUCED = {"name-after-title", "title-unknown-name", "title-off-term", "ner"}
_NAMED = {"title-name", "alias"}  # a known person named in full
_QUOTES = {"«", "»", '"', "“", "”", "'"}
_MAX_TITLE_WORDS = 12
_MAX_NAME_WORDS = 7
_MAX_BRACKETED = 4  # words of a body's short name in brackets


@dataclass(frozen=True)
class _Title:
    """An office title: the office it names (if the base knows it) and the terms of office."""

    key: str  # the office's key, or its English name for a term of an office kg does not know
    roles: tuple[Role, ...]
    state: Entity | None  # the state the office serves


@dataclass(frozen=True)
class _Minister:
    """«الوزير المصري»: the minister of a state the article has named with his office."""

    state: Entity
    country: str


@dataclass(frozen=True)
class _Summit:
    """A regional adjective after a summit noun names the body holding it («القمة العربية»)."""

    body: Entity


@dataclass(frozen=True)
class _Guarded:
    """A place name to take only after a place word («في دور», «مدينة بيرا»)."""

    entity: Entity


class MentionFinder:
    """Finds mentions in a parsed article; built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.family_names = FamilyNames(kb, _common_word)
        self._offices_of: dict[str, set[str]] = {}  # person → the offices the tables give him
        for role in kb.roles:
            self._offices_of.setdefault(role.holder.key, set()).add(role.office_key or role.office)
        self.gazetteer: Gazetteer = Gazetteer()
        self.nisba: Gazetteer[Entity] = Gazetteer()  # «التركي», «المصرية» → the state
        for entry in kb.entries:
            for alias in entry.aliases:
                self.gazetteer.add(alias, entry.entity)
            for metonym in entry.metonyms:
                self.gazetteer.add(metonym, ("metonym", entry.entity))
            for adjective in entry.nisba if entry.entity.type == "State" else ():
                for form in _nisba_forms(adjective):
                    self.nisba.add(form, entry.entity)
        for entry in kb.guarded:
            for alias in entry.aliases:
                self.gazetteer.add(alias, _Guarded(entry.entity))
        self._terms: dict[str, tuple[Role, ...]] = {}
        for title in _titles(kb):
            self._terms[title[0].key] = title[0].roles
            for name in title[1]:
                self.gazetteer.add(name, title[0])
        self._offices = {(o.kind, o.state.key): o for o in kb.offices}
        # the country of every place and state, to tell places of one name apart
        self._country = {e.entity.key: e.country for e in (*kb.entries, *kb.guarded) if e.country}
        for adjective, body in _summit_adjectives(kb):
            self.gazetteer.add(adjective, _Summit(body))
        for phrase, city in _capital_phrases(kb):
            self.gazetteer.add(phrase, city)
        for entry in kb.entries:
            if entry.entity.type == "State" and entry.country:
                for adjective in entry.nisba:
                    for noun in ("الوزير", "الوزيرة"):
                        self.gazetteer.add(
                            f"{noun} ال{adjective}", _Minister(entry.entity, entry.country)
                        )

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
                elif (minister := _first(match.payloads, _Minister)) is not None:
                    mention = _minister_named(minister, start, end, mentions + found)
                else:
                    mention = self._named(match, start, end, doc, tokens)
                if mention is not None:
                    found.append(mention)
            found.extend(self._unknown_people(doc, tokens, sentence_start, sentence_end, found))
            found.extend(self._collectives(doc, tokens, sentence_start, sentence_end, found))
            found.extend(self._counterparts(doc, tokens, sentence_start, sentence_end, found))
            found.extend(_unknown_organisations(doc, tokens, sentence_start, sentence_end, found))
            found.extend(
                _recognised_names(doc, tokens, sentence_start, sentence_end, found, self.nisba)
            )
            found = _names_before_titles(_without_overlaps(found), doc, tokens)
            found = _holders_named_after(found, article.text, bound_titles)
            found.extend(_state_list_anaphors(text, sentence_start, last_state_list))
            states = list(dict.fromkeys(m.entity for m in found if m.entity.type == "State"))
            if len(states) >= 2:
                last_state_list = states
            mentions.extend(found)
        mentions = _titles_named_later(mentions)
        coreferences = _name_coreferences(article.text, _sentences(doc), mentions)
        mentions = _replacing_guesses(mentions, coreferences)
        mentions = self._with_family_names(doc, tokens, mentions)
        mentions = _short_body_names(article.text, mentions)
        mentions = _bare_title_coreferences(article.text, mentions)
        mentions += _repeated_titles(article.text, mentions)
        mentions = _replacing_guesses(mentions, _body_anaphors(article.text, mentions))
        mentions += _country_anaphors(article.text, mentions, self.nisba)
        mentions += _honorific_anaphors(article.text, mentions)
        mentions += _accompanying_delegations(article.text, mentions)
        return sorted(self._disambiguated(mentions), key=lambda m: (m.start, m.end))

    def _with_family_names(
        self, doc: Doc, tokens: _TokenIndex, mentions: list[Mention]
    ) -> list[Mention]:
        """`mentions` with the leaders named by family name alone; such a name replaces the
        unlinked person the NER component (or a title rule) read in its place."""
        known = [m for m in mentions if not _is_guess(m)]
        return _replacing_guesses(mentions, self.family_names.find(doc, tokens.covering, known))

    def _named(
        self, match: Match, start: int, end: int, doc: Doc, tokens: _TokenIndex
    ) -> Mention | None:
        entities = [p for p in match.payloads if isinstance(p, Entity)]
        states = [p[1] for p in match.payloads if isinstance(p, tuple) and p[0] == "metonym"]
        summit = _first(match.payloads, _Summit)
        if summit is not None and not entities and not states:
            if not _after_summit_noun(doc._.article.text, start):
                return None
            return Mention(start, end, summit.body, "summit-adjective", 0.7)
        if not entities and not states:
            # «في القصر» is as often «in the palace», and «مدينة فلوريدا» may be a namesake
            # abroad: a town that needs context is read only after a town word, in an article
            # that names its country (`_disambiguated`)
            guarded = _first(match.payloads, _Guarded)
            if guarded is None or not _after_place_word(doc._.article.text, start, TOWN):
                return None
            return Mention(start, end, guarded.entity, "guarded", 0.7, candidates=(guarded.entity,))
        if len(entities) > 1 and not states:
            return self._one_of(entities, match, start, end, doc, tokens)
        if not states:
            return Mention(start, end, entities[0], "alias", 0.95 if entities[0].qid else 0.8)
        if entities:
            city = entities[0]
        else:
            label = doc._.article.text[start:end]
            city = Entity(_unlinked_key("City", label), "City", label)
        if _acts(match.prefix, start, end, doc, tokens):
            return Mention(start, end, states[0], "metonym-state", 0.8, alternative=city)
        if len(entities) > 1:  # «في طرابلس»: Libya's capital, or Lebanon's Tripoli?
            return self._one_of(entities, match, start, end, doc, tokens)
        return Mention(start, end, city, "metonym-city", 0.85 if city.qid else 0.6)

    def _one_of(
        self,
        entities: list[Entity],
        match: Match,
        start: int,
        end: int,
        doc: Doc,
        tokens: _TokenIndex,
    ) -> Mention:
        """A name several entities share. A state and its own city of that name («الكويت»,
        «تونس») are one: the state when it acts, the city when it is a place. Places of one
        name in different countries («طرابلس» in Libya and Lebanon, «عمان» and «عمّان») wait for
        the article: `_disambiguated` keeps the one whose country the article names."""
        states = [e for e in entities if e.type == "State"]
        cities = [e for e in entities if e.type != "State"]
        if len(states) == 1 and all(
            self._country.get(c.key) == self._country.get(states[0].key) for c in cities
        ):
            if _acts(match.prefix, start, end, doc, tokens) or not _in_place(
                match.prefix, doc, start
            ):
                return Mention(start, end, states[0], "alias", 0.9, alternative=cities[0])
            return Mention(start, end, cities[0], "alias", 0.85)
        # a place and an actor of one name («مدريد»: the city, and a group's alias): the place
        # reading after «في»/«ب», the actor's otherwise
        places = [e for e in entities if e.type in ("City", "Place", "Territory")]
        if places and len(places) < len(entities):
            in_place = _in_place(match.prefix, doc, start)
            entities = places if in_place else [e for e in entities if e not in places]
            if len(entities) == 1:
                return Mention(start, end, entities[0], "alias", 0.85)
        return Mention(start, end, entities[0], "ambiguous", 0.5, candidates=tuple(entities))

    def _disambiguated(self, mentions: list[Mention]) -> list[Mention]:
        """Each ambiguous mention as the one candidate whose country the article names, else
        as an unlinked entity of its name (a wrong link is worse than none); a guarded town
        only in an article that names its country, else not at all."""
        named = {
            self._country.get(m.entity.key)
            for m in mentions
            if m.rule not in ("ambiguous", "guarded")
        }
        named |= {self._country.get(m.represents.key) for m in mentions if m.represents}
        named.discard(None)
        resolved = []
        for mention in mentions:
            if mention.rule not in ("ambiguous", "guarded"):
                resolved.append(mention)
                continue
            fitting = [c for c in mention.candidates if self._country.get(c.key) in named]
            if mention.rule == "guarded" and not fitting:
                continue  # a town name that is also a word, in an article not about its country
            states = [c for c in mention.candidates if c.type == "State"]
            if len(fitting) != 1 and len(states) == 1:
                fitting = states  # «كولومبيا»: the state, not a town of that name abroad
            countries = {self._country.get(c.key) for c in fitting}
            if len(fitting) > 1 and len(countries) == 1 and len({c.type for c in fitting}) == 1:
                fitting = fitting[:1]  # one country's two entries: the curated table's comes first
            if len(fitting) == 1:
                resolved.append(
                    replace(
                        mention,
                        entity=fitting[0],
                        rule="alias-in-context",
                        confidence=0.8,
                        candidates=(),
                    )
                )
                continue
            kind = mention.candidates[0].type
            label = mention.candidates[0].label
            entity = Entity(_unlinked_key(kind, label), kind, label)
            resolved.append(replace(mention, entity=entity, rule="ambiguous-name", candidates=()))
        return resolved

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
        office = title.key
        text = doc._.article.text
        possessed = _is_possessed(tokens.covering(start, end))
        state = title.state
        if (off_term := _off_term_end(text, end)) is not None:
            return self._off_term(start, off_term, following, sentence_start, tokens)
        if (posted := _posting_end(text, end, following, sentence_start)) is not None:
            # «السفير الأمريكي لدى تركيا توم باراك»: the posting is part of the title
            end, following = posted, following[1:]
        if following and not possessed:
            after = following[0]
            named = _first(after.payloads, Entity)
            gap = text[end : sentence_start + after.start]
            if (
                named is not None
                and named.type == "Person"
                and gap.strip(" ،,") == ""
                and self._may_hold(named, title)
            ):
                bound[office] = named
                end = sentence_start + after.end
                return Mention(
                    start, end, named, "title-name", 0.95, represents=state, office=office
                )
        spans = [  # people the tables know, who start the next argument
            (sentence_start + m.start, sentence_start + m.end)
            for m in following
            if any(isinstance(p, Entity) and p.type == "Person" for p in m.payloads)
        ]
        name = _name_after(tokens.after(end), text, spans)
        if name is not None and _title_starts_name(name, following, sentence_start, text):
            name = None  # «وزير الخارجية المصري بأمين عام الجامعة العربية»: «أمين» is a title
        known = _known_person_within(name, following, sentence_start) if name else None
        if known is not None and not self._may_hold(known, title):
            known = None  # «العاهل الأردني الملك عبد الله الثاني» is not Saudi Arabia's Abdullah
        if known is not None and not possessed:  # «الرئيس الأمريكي دونالد ترمب»: ترمب is known
            bound[office] = known
            return Mention(
                start, name[1], known, "title-name", 0.9, represents=state, office=office
            )
        holder = self._holder_named(title, name[2], doc) if name and not possessed else None
        if holder is not None:  # «الرئيس الأمريكي بوش», «وزير الخارجية الأمريكي كولين باول»
            bound[office] = holder[1]
            return Mention(
                start,
                name[1],
                holder[1],
                "title-name",
                0.9,
                holder[0],
                represents=state,
                office=office,
            )
        if name is not None:
            person = Entity(_unlinked_key("Person", name[2]), "Person", name[2])
            if possessed:  # «مبعوث الرئيس الأمريكي ستيف ويتكوف»: the envoy is named
                return Mention(name[0], name[1], person, "name-after-title", 0.5)
            bound[office] = person
            return Mention(
                start, name[1], person, "title-unknown-name", 0.6, represents=state, office=office
            )
        if possessed:  # «مبعوث الرئيس الأمريكي» is the envoy, not the president
            return None
        named_before = self._holder_named_before(title, start, end, tokens)
        if named_before is not None:
            bound[office] = named_before.entity
            return named_before
        return self._office_mention(title, start, end, doc, bound)

    def _holder_named_before(
        self, title: _Title, start: int, end: int, tokens: _TokenIndex
    ) -> Mention | None:
        """«كولن باول وزير الخارجية الأمريكي», «باول، وزير الخارجية»: wire style puts the name
        first and the title after it. A name right before a title, of someone who held that very
        office at any time, is that person, not whoever held the office on the article's date."""
        doc = tokens.doc
        index = bisect_left(tokens.starts, start) - 1
        if index >= 0 and doc[index].text in ("،", ","):
            index -= 1
        words: list[Token] = []
        while index >= doc[max(index, 0)].sent.start and len(words) < 4 and doc[index].is_alpha:
            words.insert(0, doc[index])
            index -= 1
        text = doc._.article.text
        for first in words:  # the longest name first
            written = text[tokens.span(first)[0] : tokens.span(words[-1])[1]]
            for role in title.roles:
                names = self.family_names.names_of.get(role.holder.key, (role.holder.label,))
                if spells(written, names):
                    return Mention(
                        tokens.span(first)[0],
                        end,
                        role.holder,
                        "name-before-title",
                        0.9,
                        role,
                        represents=title.state,
                        office=title.key,
                    )
        return None

    def _off_term(
        self,
        start: int,
        end: int,
        following: list[Match],
        sentence_start: int,
        tokens: _TokenIndex,
    ) -> Mention | None:
        """«وزير الخارجية المصري الأسبق عمرو موسى»: a former, late or elected holder is the
        person named after the title, never the office's holder on the article's date and no
        voice of the state; unnamed («الرئيس الأمريكي السابق»), nobody kg can tell."""
        text = tokens.doc._.article.text
        name = _name_after(tokens.after(end), text)
        if name is None:
            return None
        known = _known_person_within(name, following, sentence_start)
        person = known or Entity(_unlinked_key("Person", name[2]), "Person", name[2])
        return Mention(start, name[1], person, "title-off-term", 0.6)

    def _may_hold(self, person: Entity, title: _Title) -> bool:
        """Whether a known person named after a title may be its holder: the tables give him
        that office, or no office at all."""
        offices = self._offices_of.get(person.key)
        return not offices or title.key in offices

    def _holder_named(self, title: _Title, name: str, doc: Doc) -> tuple[Role, Entity] | None:
        """The office's holder on the article's date, when `name` is how one writes his name
        (his family name, or his name in another vowel spelling)."""
        published = doc._.article.published
        resolved = self.kb.holder(list(title.roles), published) if published else None
        if resolved is None or not spells(
            name, self.family_names.names_of.get(resolved[1].key, ())
        ):
            return None
        return resolved

    def _office_mention(
        self, title: _Title, start: int, end: int, doc: Doc, bound: dict[str, Entity]
    ) -> Mention | None:
        """The person a title with no name after it names: the one this article named with it,
        else the holder on the article's date, else the office's unnamed holder."""
        office, state = title.key, title.state
        if office in bound:
            return Mention(
                start,
                end,
                bound[office],
                "title-coreference",
                0.85,
                represents=state,
                office=office,
            )
        published = doc._.article.published
        resolved = self.kb.holder(list(title.roles), published) if published else None
        if resolved is not None:
            role, holder = resolved
            return Mention(
                start, end, holder, "title-role", 0.85, role=role, represents=state, office=office
            )
        if state is None:
            return None
        # Nobody the tables know held the office then: the holder, unnamed, still acts for
        # the state («وزير الخارجية المصري» in an undated 2003 wire). One person per office
        # and month of publication (or article, when undated), never one across the years.
        holder = _office_holder(doc._.article.text[start:end], office, doc._.article)
        bound[office] = holder
        return Mention(
            start, end, holder, "title-unknown-holder", 0.6, represents=state, office=office
        )

    def _unknown_people(
        self, doc: Doc, tokens: _TokenIndex, start: int, end: int, known: list[Mention]
    ) -> list[Mention]:
        """People named after a title the roles table does not know.

        «وزير الخارجية الأردني أيمن الصفدي» → an unlinked Person «أيمن الصفدي»;
        «رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني»
        → «محمد بن عبد الرحمن آل ثاني».
        """
        found = []
        text = doc._.article.text
        taken = [(m.start, m.end) for m in known]
        bodies = [(m.start, m.end) for m in known if m.entity.type != "Person"]
        for token in tokens.words_within(start, end, TITLE_HEADS):
            if overlaps(tokens.span(token), taken):
                continue
            title = _title_phrase(token, tokens, bodies)  # a title names bodies, not people
            following = tokens.after(tokens.span(title[-1])[1])
            while len(following) > 2 and _is_adjective(following[0].text, self.nisba):
                following = following[1:]  # «نظيره العماني بدر البوسعيدي»: the title's adjective
            name = _name_after(following, text, taken)
            if name is None or _is_adjective(name[2], self.nisba):
                continue  # «نظيره البرازيلي»: an adjective, not a name
            # The mention spans the title too, so a body named inside it («رئيس المكتب
            # السياسي لحركة حماس إسماعيل هنية») is part of the title, not another actor.
            span_start = tokens.span(token)[0]
            if overlaps((name[0], name[1]), taken):
                # «نظيره الأمريكي دونالد ترامب»: a known person after a title the base does
                # not list; the title joins the mention (its «مع» is the person's). Not after
                # «برئاسة» (the delegation's head) or a possessed title («صهر الرئيس …»).
                person = _person_within(name, known)
                leads = normalize(token.text) in LEADERSHIP
                if person is not None and not leads and not _is_possessed(title):
                    represents = self._represented(text, span_start, name[0], known)
                    found.append(
                        Mention(
                            span_start,
                            person.end,
                            person.entity,
                            "title-name",
                            0.9,
                            represents=represents,
                        )
                    )
                continue
            person = Entity(_unlinked_key("Person", name[2]), "Person", name[2])
            represents = self._represented(text, span_start, name[0], known)
            found.append(
                Mention(span_start, name[1], person, "name-after-title", 0.5, represents=represents)
            )
            taken.append((span_start, name[1]))
        return found

    def _represented(self, text: str, start: int, end: int, known: list[Mention]) -> Entity | None:
        """The state or body a title names: a nisba («وزير الخارجية الأردني»), else a state or
        organisation named inside it («رئيس المكتب السياسي لحركة حماس»)."""
        nisba = self.nisba.find(text[start:end])
        if nisba:
            return nisba[-1].payloads[0]
        inside = [
            m.entity
            for m in known
            if start <= m.start and m.end <= end and m.entity.type in ("State", "Organization")
        ]
        return inside[-1] if inside else None

    def _counterparts(
        self, doc: Doc, tokens: _TokenIndex, start: int, end: int, known: list[Mention]
    ) -> list[Mention]:
        """«نظيره الإيراني» with no name: the holder of the same office as the person named
        before it, for the state its adjective names («وزير الخارجية التركي … نظيره
        الإيراني» → Iran's foreign minister on the article's date)."""
        text = doc._.article.text
        taken = [(m.start, m.end) for m in known]
        found = []
        for token in tokens.words_within(start, end, COUNTERPARTS):
            head_start, head_end = tokens.span(token)
            if overlaps((head_start, head_end), taken):
                continue
            nisba = self.nisba.find(text[head_end : min(end, head_end + 40)])
            if not nisba:
                continue
            gap = normalize(text[head_end : head_end + nisba[0].start]).strip()
            if gap not in ("", "ه", "ها", "هم", "هما"):  # «نظير|ها الإندونيسي»
                continue
            offices = [m.office for m in known if m.office and m.end <= head_start]
            state = nisba[0].payloads[0]
            office = self._office_of(offices[-1].split(":")[0], state) if offices else None
            if office is None:
                continue
            span = (head_start, head_end + nisba[0].end)
            title = _Title(office.key, self._terms.get(office.key, ()), state)
            mention = self._office_mention(title, *span, doc, {})
            if mention is not None:
                found.append(mention)
                taken.append(span)
        return found

    def _office_of(self, kind: str, state: Entity) -> Office | None:
        return self._offices.get((kind, state.key))

    def _collectives(
        self, doc: Doc, tokens: _TokenIndex, start: int, end: int, known: list[Mention]
    ) -> list[Mention]:
        """«الجانب الكويتي», «الوفد المصري», «الحكومة الإسرائيلية», «المسؤولين السوريين»: a
        body of a state's people, named by the state's adjective, stands for the state."""
        taken = [(m.start, m.end) for m in known]
        found = []
        for token in tokens.words_within(start, end, COLLECTIVES):
            head_start = tokens.span(token)[0]
            if normalize(token.text)[:1] == "و" and normalize(token.text)[1:] in COLLECTIVES:
                head_start += 1  # «ووفد موزمبيقي»: the conjunction is not the delegation
            following = self._nisba_after(doc, tokens, token, end)
            if following is None:
                continue
            following_start, matches = following
            span = (head_start, following_start + matches[0].end)
            if overlaps(span, taken):
                continue
            state = matches[0].payloads[0]
            found.append(Mention(*span, state, "nisba-collective", 0.7, represents=state))
            taken.append(span)
            if normalize(token.text).removeprefix("و") in DUAL_COLLECTIVES:
                text = doc._.article.text
                found += self._second_of_two(text, span[1], min(end, span[1] + 30), taken)
        return found

    def _second_of_two(
        self, text: str, start: int, end: int, taken: list[tuple[int, int]]
    ) -> list[Mention]:
        """«الجانبان المصري والقطري»: the second body of a dual, its adjective after «و»."""
        gap = len(text[start:end]) - len(text[start:end].lstrip())
        if not text[start + gap : end].startswith("و"):
            return []
        matches = self.nisba.find(text[start + gap + 1 : end])
        if not matches or text[start + gap + 1 : start + gap + 1 + matches[0].start].strip():
            return []
        span = (start + gap + 1 + matches[0].start, start + gap + 1 + matches[0].end)
        if overlaps(span, taken):
            return []
        state = matches[0].payloads[0]
        taken.append(span)
        return [Mention(*span, state, "nisba-collective", 0.7, represents=state)]

    def _nisba_after(
        self, doc: Doc, tokens: _TokenIndex, collective: Token, end: int
    ) -> tuple[int, list[Match[Entity]]] | None:
        """The state adjective of a collective, right after it or past up to two adjectives of
        its own («الوفد الوزاري اللبناني», «الجانب الأمني المصري»): where it starts, and the
        state adjectives found from there."""
        text = doc._.article.text
        for index in range(collective.i + 1, min(collective.i + 4, collective.sent.end)):
            start, token_end = tokens.span(doc[index])
            matches = self.nisba.find(text[start : min(end, token_end + 30)])
            if matches and matches[0].start == 0:
                return start, matches
            if doc[index].pos_ != "ADJ":
                return None
        return None


def _body_anaphors(text: str, mentions: list[Mention]) -> list[Mention]:
    """«الحركة», «الجماعة», «الحزب», «الرابطة», «الجامعة», «المجلس», «الحلف»: the organisation
    of that kind the article named last («القاهرة تبحث مع الحركة» after «وفد من حماس»: Hamas;
    «تضم الرابطة» after «رابطة دول جنوب شرق آسيا»: ASEAN). It beats the NER's unlinked guess
    at the word."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions if m.rule != "ner"]
    bodies = sorted((m for m in mentions if m.entity.type == "Organization"), key=lambda m: m.start)
    found = []
    for match in BODY_ANAPHORS.finditer(folded):
        start, end = original_span(offsets, *match.span())
        if overlaps((start, end), taken):
            continue
        kind = match.group(1)
        earlier = [
            m
            for m in bodies
            if m.end <= start
            and (
                normalize(m.entity.label).startswith(kind)
                or normalize(text[m.start : m.end]).startswith(kind)
            )
        ]
        if earlier:
            found.append(Mention(start, end, earlier[-1].entity, "body-anaphor", 0.6))
    return found


def _honorific_anaphors(text: str, mentions: list[Mention]) -> list[Mention]:
    """«كما التقى جلالته رئيس الوزراء الكندي»: the King the article named before."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    people = sorted((m for m in mentions if m.entity.type == "Person"), key=lambda m: m.start)
    found = []
    for match in HONORIFIC_ANAPHORS.finditer(folded):
        start, end = original_span(offsets, match.start(1), match.end())
        if overlaps((start, end), taken):
            continue
        stems = HONORIFIC_PRONOUNS[match.group(1)]
        named = [
            m
            for m in people
            if m.end <= start
            and any(w in normalize(text[max(0, m.start - 25) : m.end]) for w in stems)
        ]
        # Those whose honorific stands right before the name: the first of them is the
        # article's host, whom a guest's honorific after him does not displace («استقبل
        # معالي X … معالي Y … كما التقى معاليه»); else the last named near one.
        styled = [m for m in named if _styled(text, m, stems)]
        if named:
            person = styled[0] if styled else named[-1]
            found.append(Mention(start, end, person.entity, "honorific-anaphor", 0.6))
    return found


def _styled(text: str, mention: Mention, stems: tuple[str, ...]) -> bool:
    """Whether an honorific of `stems` opens the name or stands before it with only other
    honorifics between («معالي السيد بدر», «جلالة الملك عبدالله»)."""
    words = normalize(text[max(0, mention.start - 25) : mention.end]).split()
    for index in range(len(words) - 1, -1, -1):
        if any(stem in words[index] for stem in stems):
            between = words[index + 1 :]
            named = normalize(text[mention.start : mention.end]).split()
            rest = between[: len(between) - len(named)] if named else between
            return all(w in HONORIFICS or w in FIRST_NAME_TITLES for w in rest)
    return False


def _titles_named_later(mentions: list[Mention]) -> list[Mention]:
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
        if mention.rule in ("title-role", "title-unknown-holder") and len(people) == 1:
            (person,) = people
            if person != mention.entity:  # the tables' holder of the day keeps his term
                mention = replace(mention, entity=person, rule="title-coreference", role=None)
        resolved.append(mention)
    return resolved


def _bare_title_coreferences(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the persons a title with no state names: written right after a person's
    name («الأمير فيصل بن فرحان وزير الخارجية»), it names that person again later in the
    article («التقى سمو وزير الخارجية …»), as the paper's own country's office. Before another
    title («سمو وزير الخارجية رئيسَ الوزراء الفلسطيني محمد مصطفى») it is not a title chain of
    the next person but his host."""
    folded, offsets = normalize_with_offsets(text)
    people = sorted((m for m in mentions if m.entity.type == "Person"), key=lambda m: m.start)
    taken = [(m.start, m.end) for m in mentions]
    bound: dict[str, tuple[int, Entity]] = {}
    for person in people:
        start = len(normalize(text[: person.end]))
        match = BARE_TITLE.match(folded, start + 1 if folded[start : start + 1] == " " else start)
        if match is not None and match.start() - start <= 2 and not _title_goes_on(folded, match):
            bound.setdefault(match.group(), (offsets[match.end() - 1] + 1, person.entity))
    found, kept = [], list(mentions)
    for title, (after, person) in bound.items():
        for begin, end, match in _written_again(folded, offsets, title, after):
            if _title_goes_on(folded, match):
                continue
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


def _repeated_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A title no table knows, written before a person's name («ولي العهد السعودي الأمير محمد
    بن سلمان», «المندوب الروسي فاسيلي نيبينزيا»), names that person when the article writes it
    again alone («عقد زيلينسكي لقاءً مع ولي العهد السعودي»); only when one person carries it."""
    folded, offsets = normalize_with_offsets(text)
    bound: dict[str, set[Entity]] = {}
    after: dict[str, int] = {}
    for mention in mentions:
        if mention.entity.type != "Person" or mention.office:
            continue  # a known office is read by the tables and `_titles_named_later`
        title = _leading_title(normalize(text[mention.start : mention.end]).split())
        if title:
            bound.setdefault(title, set()).add(mention.entity)
            after.setdefault(title, mention.end)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for title, people in bound.items():
        if len(people) != 1:
            continue
        (person,) = people
        for begin, end, _ in _written_again(folded, offsets, title, after[title], clitics="[وب]?"):
            if not overlaps((begin, end), taken):
                found.append(Mention(begin, end, person, "title-repeated", 0.6))
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
    بن سلمان»): a title head and the definite words after it, at least two."""
    if not words or words[0] not in TITLE_HEADS:
        return None
    title = words[:1]
    for word in words[1:]:
        if word in FIRST_NAME_TITLES or word in HONORIFICS or not word.startswith("ال"):
            break
        title.append(word)
    return " ".join(title) if len(title) >= 2 and len(title) < len(words) else None


def _title_goes_on(folded: str, match: re.Match[str]) -> bool:
    """Whether an adjective follows the title and makes it another one: «وزير التجارة
    الخارجية», «وزير التجارة اللبناني» are not «وزير التجارة»."""
    following = folded[match.end() :].split()[:1]
    word = following[0] if following else ""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and word not in TITLE_HEADS


def _short_body_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation the article named as head noun and name («حركة فتح») is then named
    by its name alone («حركتا فتح وحماس»): the NER's unlinked guess at that name is it."""
    short: dict[str, Entity] = {}
    for mention in mentions:
        words = normalize(text[mention.start : mention.end]).split()
        if mention.entity.type != "Organization" or mention.rule == "ner" or len(words) != 2:
            continue
        if any(words[0].endswith(h) and len(words[0]) <= len(h) + 2 for h in BODY_HEADS):
            short.setdefault(words[1], mention.entity)
    return [
        replace(m, entity=short[name], rule="body-short-name", confidence=0.6)
        if m.rule == "ner" and (name := normalize(text[m.start : m.end])) in short
        else m
        for m in mentions
    ]


def _accompanying_delegations(text: str, mentions: list[Mention]) -> list[Mention]:
    """«إسماعيل هنية والوفد المرافق له»: the delegation with the person named right before it
    stands for the body or state his title names (Hamas)."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for match in ACCOMPANYING.finditer(folded):
        start, end = original_span(offsets, *match.span())
        if overlaps((start, end), taken):
            continue
        before = [m for m in mentions if m.end <= start and m.entity.type == "Person"]
        leader = max(before, key=lambda m: m.end, default=None)
        if leader is None or leader.represents is None:
            continue
        if normalize(text[leader.end : start]).strip(" ،,") not in ("", "و"):
            continue
        found.append(Mention(start, end, leader.represents, "accompanying-delegation", 0.6))
    return found


def _country_anaphors(text: str, mentions: list[Mention], adjectives: Gazetteer) -> list[Mention]:
    """«بلاده», «بلادها» (his/her country): the state the person or ministry named last speaks
    for («أعلن وزير الخارجية الكندي أن بلاده ستتدخل» → Canada; «أعلنت وزارة الخارجية
    التشيلية أن بلادها …» → Chile), if a title or an adjective said which."""
    folded, offsets = normalize_with_offsets(text)
    taken = [(m.start, m.end) for m in mentions]
    speakers = sorted(
        ((m, state) for m in mentions if (state := _speaks_for(m, adjectives)) is not None),
        key=lambda pair: pair[0].start,
    )
    found = []
    for match in COUNTRY_ANAPHORS.finditer(folded):
        start, end = original_span(offsets, *match.span())
        earlier = [state for m, state in speakers if m.end <= start and start - m.end < 300]
        if earlier and earlier[-1].type == "State" and not overlaps((start, end), taken):
            found.append(Mention(start, end, earlier[-1], "country-anaphor", 0.7))
    return found


def _speaks_for(mention: Mention, adjectives: Gazetteer) -> Entity | None:
    """The state a person's title names, or the state adjective an organisation kg read by its
    head noun ends with («وزارة الخارجية التشيلية»)."""
    if mention.entity.type == "Person":
        return mention.represents
    if mention.rule != "organisation-name":
        return None
    label = mention.entity.label
    found = adjectives.find(label)
    return found[-1].payloads[0] if found and found[-1].end == len(label) else None


def _names_before_titles(mentions: list[Mention], doc: Doc, tokens: _TokenIndex) -> list[Mention]:
    """«جون هوارد رئيس الوزراء الأسترالي»: a name right before a title nobody was found to hold
    is the holder (wire style puts the name first)."""
    text = doc._.article.text
    taken = [(m.start, m.end) for m in mentions if m.rule != "ner"]
    kept, named = [], []
    for mention in mentions:
        name = None
        if mention.rule == "title-unknown-holder":
            name = _name_before(tokens, mention.start, text, taken)
        if name is None:
            kept.append(mention)
            continue
        person = Entity(_unlinked_key("Person", name[2]), "Person", name[2])
        named.append(replace(mention, start=name[0], entity=person, rule="name-before-title"))
    return _replacing_guesses(kept, named)


def _name_before(
    tokens: _TokenIndex, start: int, text: str, taken: list[tuple[int, int]]
) -> tuple[int, int, str] | None:
    """Two to four name words right before `start` (a comma between allowed)."""
    index = bisect_left(tokens.starts, start) - 1
    doc = tokens.doc
    if index >= 0 and doc[index].text in ("،", ","):
        index -= 1
    run = []
    while index >= 0 and len(run) < _MAX_NAME_WORDS - 3:
        token = doc[index]
        word = normalize(token.text)
        if (
            token.pos_ not in _NAME_POS
            or not token.is_alpha
            or word in NOT_NAMES
            or overlaps(tokens.span(token), taken)
            or index < token.sent.start
        ):
            break
        run.insert(0, token)
        index -= 1
    if len(run) < 2:
        return None
    first, last = tokens.span(run[0])[0], tokens.span(run[-1])[1]
    return first, last, text[first:last]


def _holders_named_after(
    mentions: list[Mention], text: str, bound: dict[str, Entity]
) -> list[Mention]:
    """A title whose holder on the date the tables do not know, right before a person the NER
    read, names that person («وزير الخارجية البرازيلي ماورو فييرا», where the parse hung the
    name apart); later uses of the title in the article name him too."""
    ordered = sorted(mentions, key=lambda m: m.start)
    kept: list[Mention] = []
    for mention in ordered:
        title = kept[-1] if kept else None
        if (
            title is not None
            and title.rule == "title-unknown-holder"
            and mention.rule == "ner"
            and mention.entity.type == "Person"
            and text[title.end : mention.start].strip() == ""
        ):
            if title.office:
                bound[title.office] = mention.entity
            kept[-1] = replace(
                title, end=mention.end, entity=mention.entity, rule="title-unknown-name"
            )
            continue
        kept.append(mention)
    return kept


def _person_within(name: tuple[int, int, str], mentions: list[Mention]) -> Mention | None:
    """A person mention that starts where a name read after a title starts."""
    return next((m for m in mentions if m.entity.type == "Person" and m.start == name[0]), None)


def _name_coreferences(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Later (or headline) mentions of a person the article introduced by a title or a full
    name.

    News names a person in full once («وزير الخارجية الأردني أيمن الصفدي», «عباس عراقجي») and
    then by the family name («الصفدي», «عراقجي»), often already in the headline.
    """
    names: Gazetteer = Gazetteer()
    # the NER's unlinked guesses last: «عبد العاطي» in a headline is the minister the body
    # names in full, not a person of its own
    for mention in sorted(mentions, key=lambda m: m.rule == "ner"):
        if mention.entity.type != "Person" or mention.rule not in _INTRODUCED | _NAMED:
            continue
        label = mention.entity.label
        words = label.split()
        if _is_guess(mention) and len(words) < 2:
            continue  # a lone word guessed a name introduces nobody, and would hide the full name
        if normalize(words[0]) in NOT_NAMES | RELATIONAL_NOUNS:
            continue  # «نائب سليمان»: the NER read a title with the name; no person's name
        names.add(label, mention.entity)
        folded = normalize(label).split()
        if (family := family_name(folded)) is not None:
            names.add(family, mention.entity)
        if (first := first_name(folded)) is not None:
            # «الأمير نايف» for «نايف بن عبد العزيز»: a title and the first name
            for title in FIRST_NAME_TITLES:
                names.add(f"{title} {first}", mention.entity)
    taken = [(m.start, m.end) for m in mentions if not _is_guess(m)]
    guesses = {(m.start, m.end): m.entity for m in mentions if _is_guess(m)}
    guessed = set(guesses.values()) - {m.entity for m in mentions if not _is_guess(m)}
    found = []
    for start, end in sentences:
        for match in names.find(text[start:end]):
            span = (start + match.start, start + match.end)
            people = set(match.payloads)
            people = (people - guessed) or people  # a name the tables know beats the NER's
            if len(people) > 1:
                continue  # two people of the article bear the name: never guess
            (person,) = people
            if not overlaps(span, taken) and guesses.get(span) != person:
                found.append(Mention(*span, person, "name-coreference", 0.6))
                taken.append(span)
    return found


def _replacing_guesses(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`mentions` and `found`, without the guesses (`_is_guess`) at words `found` covers: a
    rule that knows who the words name beats an unlinked guess at them."""
    spans = [(m.start, m.end) for m in found]
    kept = [m for m in mentions if not _is_guess(m) or not overlaps((m.start, m.end), spans)]
    return kept + found


def _is_guess(mention: Mention) -> bool:
    """An unlinked reading of a name: the NER's, or one word after a title («الأمير نايف»),
    which may be the first or family name of a person the article names in full."""
    if mention.rule == "ner":
        return True
    return mention.rule == "name-after-title" and len(mention.entity.label.split()) == 1


# What an NER label makes of a name no table knows: people and organisations act; a place
# the gazetteer does not know is kept as a place, not guessed to be a state.
_NER_TYPES = {"PER": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place"}
_NER_CONFIDENCE = 0.5


def _nisba_forms(adjective: str) -> list[str]:
    """A state's adjective with and without the article, and its plurals («مصري»: «مصريين»,
    «المصريون»; «مصرية»: «مصريات»), for «مسؤولين مصريين» as for «الوفد المصري»."""
    forms = [adjective]
    if " " not in adjective and adjective.endswith("ي"):
        forms += [adjective + "ين", adjective + "ون"]
    elif " " not in adjective and adjective.endswith("ية"):
        forms.append(adjective[:-1] + "ات")
    return forms + ["ال" + form for form in forms]


def _recognised_names(
    doc: Doc,
    tokens: _TokenIndex,
    start: int,
    end: int,
    known: list[Mention],
    adjectives: Gazetteer,
) -> list[Mention]:
    """Names the NER component found (`doc.ents`) that no table or title rule did: unlinked
    Person, Organization or Place nodes with their Arabic label.

    The NER's weakest guesses are left out: a one-word person that is a common word («وزير»,
    «الرئيس») or a state's adjective («مصريين»: `adjectives`), initials alone («ج» of «ج. ل.
    بايريس»), and a place the tables do not know unless a place word stands before it («في»,
    «مدينة»), as for the tables' own small towns («بالإضافة إلى» is no place)."""
    text = doc._.article.text
    taken = [(m.start, m.end) for m in known]
    found = []
    for entity in tokens.entities_starting(start, end):
        kind = _NER_TYPES.get(entity.label_)
        first, last = tokens.span(doc[entity.start])[0], tokens.span(doc[entity.end - 1])[1]
        if kind is None or overlaps((first, last), taken):
            continue
        words = [normalize(t.text) for t in entity if t.is_alpha]
        opening = entity.start
        if words and words[0] in CLITICS:  # «و | محمد رعد»: a clitic the tokenizer split off
            opening += 1 if len(entity) > 1 else 0
            first = tokens.span(doc[opening])[0]
            words = words[1:]
        if kind == "Person":  # «ستيف | ويتكوف»: the NER may stop inside a foreign name
            name = _name_after(list(doc[opening : entity.sent.end]), text)
            last = max(last, name[1]) if name and name[0] == first else last
            last = _without_clause_verb(tokens.covering(first, last), last, tokens)
            first, last = _name_without_apposition(tokens.covering(first, last), tokens)
            words = [normalize(t.text) for t in tokens.covering(first, last) if t.is_alpha]
        elif kind == "Organization" and _not_a_side(doc, opening, entity.end):
            continue
        if (
            all(len(word) == 1 for word in words)
            or (kind == "Person" and len(words) == 1 and _common_word(words[0]))
            or (kind == "Person" and _is_adjective(text[first:last], adjectives))
            or (kind == "Place" and not _after_place_word(text, first))
        ):
            continue
        label = _article_restored(" ".join(text[first:last].split()), tokens.covering(first, last))
        entity = Entity(_unlinked_key(kind, label), kind, label)
        state = _apposed_state(text, last, adjectives) if kind == "Person" else None
        found.append(Mention(first, last, entity, "ner", _NER_CONFIDENCE, represents=state))
        taken.append((first, last))
    return found


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


def _name_without_apposition(words: list[Token], tokens: _TokenIndex) -> tuple[int, int]:
    """The span of a person's name the NER read with its title: without the honorifics and
    titles before it («الدكتور محمد حبيب») and the apposition after it («محمد باقر الحكيم
    زعيم المجلس», «كريستينا روكا مساعدة وزير الخارجية»)."""
    while len(words) > 1 and _common_word(normalize(words[0].text)):
        words = words[1:]
    cut = next((i for i, t in enumerate(words) if i and _ends_a_name(normalize(t.text))), None)
    words = words[:cut]
    return tokens.span(words[0])[0], tokens.span(words[-1])[1]


def _ends_a_name(word: str) -> bool:
    """A title word, or a word with «ب» and the article glued on («جي دي فانس بالمستشار
    الألماني»): no name goes on past it."""
    return word in NAME_ENDS or with_bi_article(word)


def _not_a_side(doc: Doc, start: int, end: int) -> bool:
    """An organisation the NER read that cannot act in an event: a newspaper, agency or
    channel («صحيفة "معاريف"», «وكالة أنباء الشرق الأوسط»), or the body a title names
    («زعيم حزب الاتحاد الكردستاني», «مدير المخابرات الخارجية الإسرائيلية»)."""
    before = [t for t in doc[doc[start].sent.start : start] if t.is_alpha][-2:]
    opening = [normalize(t.text) for t in doc[start : min(end, start + 2)]]
    if any(word in MEDIA_HEADS for word in [normalize(t.text) for t in before[-1:]] + opening):
        return True
    if before and before[-1].pos_ == "NOUN" and normalize(before[-1].text) not in TITLE_HEADS:
        if not opening[0].startswith("ال"):
            return False  # «وزير الخارجية | حركة الجهاد»: a definite noun ends the title
        before = before[:-1]  # «مدير المخابرات | الخارجية»: a noun between title and body
    return bool(before) and normalize(before[-1].text) in TITLE_HEADS


def _without_clause_verb(words: list[Token], last: int, tokens: _TokenIndex) -> int:
    """«بوتين وباراك شددا»: a name ends before a verb that has a subject of its own (the NER
    took the clause's verb for the name's last word)."""
    while len(words) > 1 and words[-1].pos_ == "VERB":
        if not any(child.dep_ == "nsubj" for child in words[-1].children):
            break
        words = words[:-1]
        last = tokens.span(words[-1])[1]
    return last


def _in_title(token: Token) -> bool:
    """An organisation word right after a title head names an office, not an actor: «آل ثاني
    رئيس مجلس الوزراء»."""
    return token.i > token.sent.start and normalize(token.doc[token.i - 1].text) in TITLE_HEADS


def _is_adjective(words: str, adjectives: Gazetteer) -> bool:
    """Whether `words` are one of `adjectives` and nothing else («مصريين»)."""
    found = adjectives.find(words)
    return bool(found) and found[0].start == 0 and found[0].end == len(words)


def _common_word(word: str) -> bool:
    """A title, honorific or date word, with or without the article («الوزير»)."""
    return word in NOT_NAMES or word.removeprefix("ال") in NOT_NAMES


def _unknown_organisations(
    doc: Doc, tokens: _TokenIndex, start: int, end: int, known: list[Mention]
) -> list[Mention]:
    """Organisations the knowledge base does not know, named by a head noun and its name.

    «حركة الجهاد الإسلامي», «وزارة الخارجية القطرية», «منظمة الصحة العالمية»: an organisation
    noun followed by definite nouns and adjectives becomes an unlinked Organization.
    """
    found = []
    text = doc._.article.text
    # a place may be part of the name («لجنة القدس»); an actor may not
    taken = [(m.start, m.end) for m in known if m.entity.type not in ("City", "Place")]
    for token in tokens.words_within(start, end, ORGANISATION_HEADS):
        if overlaps(tokens.span(token), taken) or _in_title(token):
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
        if overlaps(span, taken):
            continue
        label = _article_restored(" ".join(text[span[0] : span[1]].split()), name[:1])
        organisation = Entity(_unlinked_key("Organization", label), "Organization", label)
        found.append(Mention(span[0], span[1], organisation, "organisation-name", 0.5))
        taken.append(span)
    return found


class _TokenIndex:
    """Tokens of a Doc by character offset in the article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.offsets: list[tuple[int, int]] = doc._.offsets  # read once: `doc._` is slow
        self.starts = [start for start, _ in self.offsets]
        self.folded: list[str] = doc._.folded

    def span(self, token: Token) -> tuple[int, int]:
        return self.offsets[token.i]

    @cached_property
    def _entities(self) -> list[tuple[int, Span]]:
        """The NER's entities with the offset each starts at, read once: each read of
        ``doc.ents`` makes a new Span of every entity of the article."""
        return [(self.offsets[entity.start][0], entity) for entity in self.doc.ents]

    def entities_starting(self, start: int, end: int) -> list[Span]:
        """The NER's entities (``doc.ents``, in order) whose first character is at an offset
        from `start` to before `end`."""
        return [entity for first, entity in self._entities if start <= first < end]

    def covering(self, start: int, end: int) -> list[Token]:
        return [self.doc[index] for index in self._indices(start, end)]

    def words_within(self, start: int, end: int, words: set[str]) -> list[Token]:
        """Tokens between `start` and `end` whose folded form is one of `words`."""
        return [self.doc[i] for i in self._indices(start, end) if self.folded[i] in words]

    def _indices(self, start: int, end: int) -> range:
        """Indices of the tokens that overlap the characters `start`..`end`."""
        first = max(bisect_left(self.starts, start) - 1, 0)
        if first < len(self.offsets) and self.offsets[first][1] <= start:
            first += 1
        return range(first, bisect_left(self.starts, end))

    def after(self, offset: int) -> list[Token]:
        index = bisect_left(self.starts, offset)
        if index >= len(self.doc):
            return []
        sentence = self.doc[index].sent
        return list(self.doc[index : sentence.end])


def _state_list_anaphors(text: str, offset: int, states: list[Entity]) -> list[Mention]:
    """«هذه الدول» (these states) stands for the states of the latest sentence naming several.

    Each of those states gets a mention on the anaphor's span.
    """
    if not states:
        return []
    folded, offsets = normalize_with_offsets(text)
    found = []
    for match in STATES_ANAPHOR.finditer(folded):
        start, end = (offset + at for at in original_span(offsets, *match.span()))
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
    if previous in PLACE_WORDS:
        return False
    if previous in PARTY_WORDS:
        return True
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


def _title_phrase(head: Token, tokens: _TokenIndex, taken: list[tuple[int, int]]) -> list[Token]:
    """The title word and what completes it: definite nouns and adjectives (وزير الخارجية
    الإيراني), a construct chain (رئيس مجلس الوزراء), stacked titles and honorifics
    (وزير الخارجية القطري الشيخ), and named bodies (رئيس المكتب السياسي لحركة «حماس»)."""
    phrase = [head]
    doc = head.doc
    for token in doc[head.i + 1 : min(head.sent.end, head.i + _MAX_TITLE_WORDS)]:
        word = normalize(token.text)
        following = doc[token.i + 1] if token.i + 1 < head.sent.end else None
        if phrase[-1].i != token.i - 1:
            continue  # the word a place noun or «ب» took along («إقليم كردستان»، «بالنيابة»)
        if following is not None and (
            word in TITLE_PLACES or (word == "ب" and normalize(following.text) in ACTING)
        ):
            phrase += [token, following]
            continue
        if word[:1] == "ب" and word[1:] in ACTING:
            phrase.append(token)
            continue
        construct = (
            token.pos_ == "NOUN"
            and following is not None
            and normalize(following.text).startswith("ال")
        )
        possessive = token.i == head.i + 1 and token.pos_ == "PRON"  # «نظير|ه المصري»
        if word in RELATIVE_PRONOUNS:
            break  # «ونظيره القطري اللذان وصلا»: a relative clause follows, not a name
        if (
            possessive
            or word in TITLE_HEADS
            or word in HONORIFICS
            or overlaps(tokens.span(token), taken)
            or (word.startswith("ال") and token.pos_ in ("NOUN", "ADJ"))
            or token.text in _QUOTES
            or _in_brackets(token, head)  # «مدير المخابرات (الموساد) مئير دغان»
            or (word == "ل" and token.pos_ == "ADP")
            or construct
        ):
            phrase.append(token)
        else:
            break
    return phrase


def _in_brackets(token: Token, head: Token) -> bool:
    """Whether `token` is within a short bracketed name after the title `head`, brackets
    included: the body's acronym or short name, «(الموساد)», «(سي آي إيه)»."""
    doc = head.doc
    before = doc[max(head.i + 1, token.i - _MAX_BRACKETED - 1) : token.i]
    opening = next((t.i for t in reversed(before) if t.text in ("(", ")")), None)
    if token.text == "(":
        opening = token.i
    elif opening is None or doc[opening].text != "(":
        return False
    closing = next(
        (t.i for t in doc[opening + 1 : opening + 2 + _MAX_BRACKETED] if t.text == ")"), None
    )
    return closing is not None and token.i <= closing


def _title_starts_name(
    name: tuple[int, int, str], following: list[Match], sentence_start: int, text: str
) -> bool:
    """Whether another office title starts in the first word of `name` (after its clitics):
    the word is that title's head («بأمين عام الجامعة العربية»), not a given name."""
    for match in following:
        start = sentence_start + match.start
        if _first(match.payloads, _Title) is not None and name[0] <= start < name[1]:
            return not any(c.isspace() for c in text[name[0] : start])
    return False


def _known_person_within(
    name: tuple[int, int, str], matches: list[Match], offset: int
) -> Entity | None:
    """A knowledge-base person whose alias lies inside a name read after a title."""
    for match in matches:
        person = _first(match.payloads, Entity)
        inside = name[0] <= offset + match.start and offset + match.end <= name[1]
        if inside and person is not None and person.type == "Person":
            return person
    return None


def _is_possessed(title: list[Token]) -> bool:
    """Whether the title names whose envoy, adviser or deputy someone is («مبعوث الرئيس
    الأمريكي»): then a name after it is that person's, not the office holder's. After other
    nouns («إصرار رئيس الوزراء الإسرائيلي بنيامين نتنياهو») the name is the holder's."""
    if not title:
        return False
    first = title[0]
    if first.i == first.sent.start:
        return False
    return _strip_conjunction(normalize(first.doc[first.i - 1].text)) in RELATIONAL_NOUNS


def _strip_conjunction(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _name_after(
    tokens: list[Token], text: str, known: list[tuple[int, int]] = ()
) -> tuple[int, int, str] | None:
    """The personal name right after a title, with its span and text.

    Honorifics before the name are skipped (الشيخ، اللواء، السيد). The name starts with a word
    without the article (أيمن، ستيف) or one tagged as a proper or foreign name, and runs over
    name words, family names with the article (الصفدي) and the links بن، آل، عبد, up to a
    comma, a preposition, a verb or a date word, as long as the parse keeps the words together.
    Two exceptions to the parse: a foreign word right after a foreign word goes on the name
    however it is attached («لويز إيناسيو لولا دا سيلفا»), unless it starts a name in `known`
    («نائبة الرئيس كامالا هاريس نتنياهو»); a ruler's regnal number ends it («عبدالله الثاني»).
    """
    run: list[Token] = []
    for token in tokens:
        word = normalize(token.text)
        if not run and (word in HONORIFICS or token.text in "،," or token.text in _QUOTES):
            continue
        after_link = bool(run) and normalize(run[-1].text) in NAME_LINKS
        if token.is_alpha and run and (after_link or word in NAME_LINKS):
            # «بن عبد الرحمن آل ثاني»: a link and the word after it belong to the name,
            # however they are tagged and attached
            run.append(token)
            continue
        if not _name_word(token, word, first=not run) or (run and _ends_a_name(word)):
            break
        if len(run) > 1 and _starts_known(token, known) and not word.startswith("ال"):
            # «كامالا هاريس نتنياهو»: a person the tables know starts the next argument (a
            # family name with the article goes on the name: «مشعل الأحمد الجابر الصباح»)
            break
        heads_name = any(r.head == token for r in run)
        attached = token.head in run or heads_name
        sibling = token.pos_ in _NAME_POS and token.head == run[-1].head if run else False
        if run and not (attached or sibling or _foreign_next(run[-1], token, known)):
            break  # the parse attaches it elsewhere: the next argument, not the name
        if run and not heads_name and _common_noun(token):
            break  # «وليام روتو الأوضاع»: a noun hung from the name is the next phrase
        run.append(token)
        if len(run) == _MAX_NAME_WORDS:
            break
    while run and normalize(run[-1].text) in NAME_LINKS:
        run.pop()
    following = run[-1].doc[run[-1].i + 1] if run and run[-1].i + 1 < len(run[-1].doc) else None
    if following is not None and normalize(following.text) in REGNAL:
        run.append(following)
    if not run or (len(run) == 1 and run[0].pos_ not in _NAME_POS):
        return None
    if all(len(token.text) == 1 for token in run):  # «ج» of «ج. ل. بايريس»: initials alone
        return None
    offsets = run[0].doc._.offsets
    start, end = offsets[run[0].i][0], offsets[run[-1].i][1]
    return start, end, text[start:end]


def _foreign_next(previous: Token, token: Token, known: list[tuple[int, int]]) -> bool:
    """A foreign word right after another, which the parse often hangs elsewhere."""
    adjacent = token.i == previous.i + 1 and previous.pos_ == "X" and token.pos_ == "X"
    return adjacent and not _starts_known(token, known)


def _starts_known(token: Token, known: list[tuple[int, int]]) -> bool:
    start = token.doc._.offsets[token.i][0]
    return any(s <= start < e for s, e in known)


def _name_word(token: Token, word: str, first: bool) -> bool:
    if not first and token.dep_.startswith("flat") and token.is_alpha:
        return True  # «دونالد ترامب»: a foreign name's parts, however tagged («ترامب» VERB)
    if not token.is_alpha or (token.pos_ in _NOT_NAME_POS and not _mistagged_name(token)):
        return False
    if word in NOT_NAMES:
        return False
    if first:
        if token.pos_ in _NAME_POS or any(c.dep_.startswith("flat") for c in token.children):
            return True  # a proper name, or the head of a foreign name («بيني | وونغ»)
        if _object_in_construct(token, word):
            return False  # «بحث مع وزير الطاقة التركي سبل دعم التعاون»: the verb's object
        # «العاهل الأردني اتصالاً هاتفياً»: an indefinite noun in the accusative is no name
        adverbial = token.morph.get("Case") == ["Acc"] and token.morph.get("Definite") == ["Ind"]
        # «موساليا مودافادي»: a foreign name after it says the first word is a name too
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        adverbial = adverbial and not (following is not None and following.pos_ == "X")
        return not word.startswith("ال") and token.pos_ != "ADJ" and not adverbial
    # «ستيف ويتكوف وصهر الرئيس»: a word with the conjunction و starts the next phrase; a
    # foreign name that starts with و («ويتكوف») is tagged as a name and continues this one.
    # «فو كونغ بالمندوبة البريطانية»: a title with «ب» or «ل» the tokenizer left on it ends it.
    rest = word[1:]
    named = len(word) > 3 and rest in TITLE_HEADS | RELATIONAL_NOUNS | HONORIFICS
    if word[:1] in ("ب", "ل") and named:
        return False
    if not (word.startswith("و") and len(word) > 3):
        return True
    return token.pos_ in _NAME_POS and not named


def _object_in_construct(token: Token, word: str) -> bool:
    """A verb's object noun in the construct state («سبل دعم», «آفاق تعزيز»): the topic of
    the talks after a title, not a name («مامادو» the parse made the object is indefinite;
    «عبد الله», «أبو مازن» start with a name link)."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "obj"
        and token.head.pos_ == "VERB"
        and token.morph.get("Definite") == ["Cons"]
        and word not in NAME_LINKS
    )


def _common_noun(token: Token) -> bool:
    """A noun with the article that is not a flat part of a name: a family name with the
    article («زياد النخالة») heads the words before it instead."""
    definite = token.morph.get("Definite") == ["Def"]
    return token.pos_ == "NOUN" and definite and not token.dep_.startswith("flat")


def _mistagged_name(token: Token) -> bool:
    """A foreign name tagged as a verb («ريتنو مارسودي»): a verb cannot modify a noun."""
    return token.pos_ == "VERB" and token.dep_ in ("nmod", "flat", "appos")


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (a title covers the organisation it names)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not overlaps((mention.start, mention.end), [(k.start, k.end) for k in kept]):
            kept.append(mention)
    return kept


def _unlinked_key(kind: str, label: str) -> str:
    """A stable key for an entity kg knows only by its Arabic name."""
    digest = hashlib.sha1(normalize(label).encode("utf-8")).hexdigest()[:12]
    return f"{kind.lower()}-{digest}"


def _minister_named(
    minister: _Minister, start: int, end: int, known: list[Mention]
) -> Mention | None:
    """«وكان الوزير المصري قد التقى …»: the one minister of that state the article named."""
    named = {
        m.entity: m.office
        for m in known
        if m.entity.type == "Person"
        and m.office
        and m.office.endswith(f":{minister.country}")
        and m.office.split(":")[0].endswith("-minister")
    }
    if len(named) != 1:
        return None
    ((person, office),) = named.items()
    return Mention(
        start, end, person, "title-coreference", 0.8, represents=minister.state, office=office
    )


def _titles(kb: KnowledgeBase) -> list[tuple[_Title, tuple[str, ...]]]:
    """Every office title of the base with the terms of its office: the generated offices
    (holders or none) and terms of offices kg does not generate, by their own titles."""
    terms: dict[str, list[Role]] = {}
    for role in kb.roles:
        terms.setdefault(role.office_key or role.office, []).append(role)
    found = [
        (_Title(office.key, tuple(terms.pop(office.key, ())), office.state), office.titles)
        for office in kb.offices
    ]
    for key, roles in terms.items():
        titles = tuple(dict.fromkeys(t for role in roles for t in role.titles))
        found.append((_Title(key, tuple(roles), None), titles))
    return found


def _office_holder(title: str, office: str, article) -> Entity:
    """An unlinked person standing for an office's unnamed holder, labelled by the title."""
    when = article.published.isoformat()[:7] if article.published else article.doc_id
    digest = hashlib.sha1(f"{office}|{when}".encode()).hexdigest()[:12]
    return Entity(f"person-{digest}", "Person", " ".join(title.split()))


def _in_place(prefix: str, doc: Doc, start: int) -> bool:
    """A place reading: «في الكويت», «بالكويت», «إلى تونس», «في العاصمة الإسبانية مدريد»."""
    words = normalize(doc._.article.text[max(0, start - 30) : start]).split()
    # «من» is a place word only as «from» («وصل من القاهرة»), not in «كل من كولومبيا»
    near = [w for w in words[-3:] if w != "من"] + words[-1:]
    return prefix.endswith(("ب", "ل")) or (
        any(w in PLACE_WORDS for w in near) and (words[-2:-1] != ["كل"] and words[-2:-1] != ["بكل"])
    )


def _posting_end(text: str, end: int, following: list[Match], sentence_start: int) -> int | None:
    """Where «لدى X» right after a title ends, X a state or a body its holder is posted to
    («السفير الفرنسي لدى تايلاند», «المندوب الفلسطيني لدى الأمم المتحدة»)."""
    if not following or normalize(text[end : sentence_start + following[0].start]).split() != [
        POSTED_TO
    ]:
        return None
    posted = _first(following[0].payloads, Entity)
    if posted is None or posted.type not in ("State", "Organization"):
        return None
    return sentence_start + following[0].end


def _off_term_end(text: str, end: int) -> int | None:
    """The end of an off-term word right after a title ending at `end`, else None."""
    found = OFF_TERM_NEXT.match(text, end)
    if found is None or normalize(found.group(1)) not in OFF_TERM:
        return None
    return found.end()


def _after_place_word(text: str, start: int, context: frozenset[str] = PLACE_CONTEXT) -> bool:
    """Whether a place word of `context` stands right before `start` («في دور», «مدينة بيرا»)."""
    words = normalize(text[max(0, start - 25) : start]).split()
    return bool(words) and words[-1] in context


def _summit_adjectives(kb: KnowledgeBase) -> list[tuple[str, Entity]]:
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


def _capital_phrases(kb: KnowledgeBase) -> list[tuple[str, Entity]]:
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


def _after_summit_noun(text: str, start: int) -> bool:
    """Whether a summit, conference or session noun stands right before `start`."""
    words = normalize(text[max(0, start - 20) : start]).split()
    if not words:
        return False
    word = words[-1]
    return word in SUMMIT_NOUNS or any(
        word.startswith(prefix) and word[len(prefix) :] in SUMMIT_NOUNS
        for prefix in SUMMIT_PREFIXES
    )
