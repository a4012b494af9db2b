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

`MentionFinder` reads the table names here and calls the rules of the modules
`title_holders`, `titled_people`, `state_collectives`, `unlinked_names`,
`mention_coreferences`, `mention_anaphors` and `place_names`; `person_names` reads a name
after a title, and `mention_spans` holds what they share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Token

from kg.cooperation_formats import cooperation_formats
from kg.dual_bodies import dual_body_names
from kg.family_names import CLOSED_TAGS, FamilyNames, stands_alone, without_patronym
from kg.gazetteer import Gazetteer, Match, overlaps
from kg.kb import KnowledgeBase
from kg.kin_names import kin_names
from kg.lang.ar.morphology import (
    glued_name,
    hard_g_spellings,
    name_parts,
    person_spellings,
    without_conjunction,
)
from kg.lang.ar.orthography import CLAUSE_MARKS
from kg.lang.ar.words import (
    ADJECTIVE_OWNED,
    FILIATION,
    GOING,
    NATIONAL,
    PLACE_WORDS,
    PLURAL_TITLES,
    REGION_ADJECTIVES,
    RELATIONAL_NOUNS,
    TITLE_HEADS,
    TO,
    TOWN,
)
from kg.mention_anaphors import (
    accompanying_delegations,
    body_anaphors,
    counted_anaphors,
    country_anaphors,
    delegation_adjectives,
    dual_anaphors,
    dual_delegations,
    honorific_anaphors,
    kingdom_anaphors,
    leaders_by_state,
    listed_states,
    ministers_by_state,
    short_body_names,
    state_list_anaphors,
    styled_offices,
    the_latter,
)
from kg.mention_coreferences import (
    bare_title_coreferences,
    guests_by_adjective,
    ministers_by_adjective,
    name_coreferences,
    other_names,
    repeated_titles,
    shortened_names,
    styled_titles,
    the_countrys_emir,
    titles_named_later,
    un_envoy_again,
)
from kg.mention_spans import (
    METONYM_STATE,
    TokenIndex,
    first_of,
    hyphenated_names,
    is_guess,
    replacing_guesses,
    sentence_spans,
    unlinked_key,
    without_guesses_at,
    without_overlaps,
)
from kg.normalize import normalize
from kg.person_names import common_word, is_adjective, names_an_institution_at
from kg.place_names import (
    Guarded,
    Summit,
    acts_as_state,
    after_place_word,
    after_summit_noun,
    capital_phrases,
    landmark_phrases,
    reads_as_place,
    summit_adjectives,
)
from kg.schema import BODIES
from kg.state_collectives import collectives, joint_committees
from kg.title_holders import (
    HOLDER_ON_THE_DAY,
    Minister,
    Title,
    TitleHolders,
    holders_named_after,
    minister_named,
    names_before_titles,
    office_titles,
)
from kg.titled_people import abbreviated_title_names, unknown_people
from kg.types import Entity, Mention, Office, Role
from kg.unlinked_names import (
    NAMED_AFTER,
    count_named_groups,
    counted_groups,
    foreign_subjects,
    recognised_names,
    unknown_organisations,
    unknown_towns,
)

SUMMIT_ADJECTIVE = "summit-adjective"  # «القمة العربية»: the body that holds it


class MentionFinder(TitleHolders):
    """Finds mentions in a parsed article; built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.family_names = FamilyNames(kb, common_word)
        self._offices_of: dict[str, set[str]] = {}  # person → the offices the tables give him
        for role in kb.roles:
            self._offices_of.setdefault(role.holder.key, set()).add(role.office_key or role.office)
        self.gazetteer: Gazetteer = Gazetteer()
        self.nisba: Gazetteer[Entity] = Gazetteer()  # «التركي», «المصرية» → the state
        for entry in kb.entries:
            for alias in entry.aliases:
                self.gazetteer.add(alias, entry.entity)
            for alias in entry.aliases if entry.entity.type == "State" else ():
                for spelling in hard_g_spellings(alias):
                    self.gazetteer.add(spelling, entry.entity)
            for alias in entry.aliases if entry.entity.type == "Person" else ():
                for spelling in person_spellings(alias):
                    self.gazetteer.add(spelling, entry.entity)
            for metonym in entry.metonyms:
                self.gazetteer.add(metonym, ("metonym", entry.entity))
            for adjective in entry.nisba if entry.entity.type == "State" else ():
                for form in _nisba_forms(adjective):
                    self.nisba.add(form, entry.entity)
        for entry in kb.guarded:
            for alias in entry.aliases:
                self.gazetteer.add(alias, Guarded(entry.entity, entry.capital))
        self._terms: dict[str, tuple[Role, ...]] = {}
        for title in office_titles(kb):
            self._terms[title[0].key] = title[0].roles
            for name in title[1]:
                self.gazetteer.add(name, title[0])
        self._offices = {(o.kind, o.state.key): o for o in kb.offices}
        self._kingdoms = {  # states named «المملكة …» or «مملكة …»
            entry.entity.key
            for entry in kb.entries
            if entry.entity.type == "State"
            and any(normalize(alias).startswith(("المملكه ", "مملكه ")) for alias in entry.aliases)
        }
        self._served = _one_state_served(self._offices_of, kb.offices)
        # the country of every place and state, to tell places of one name apart
        self._country = {e.entity.key: e.country for e in (*kb.entries, *kb.guarded) if e.country}
        summits = summit_adjectives(kb)
        for adjective, body in summits:
            self.gazetteer.add(adjective, Summit(body))
        self._summit_words = frozenset(normalize(adjective) for adjective, _ in summits)
        for phrase, city in capital_phrases(kb) + landmark_phrases(kb):
            self.gazetteer.add(phrase, city)
        for entry in kb.entries:
            if entry.entity.type == "State" and entry.country:
                for adjective in entry.nisba:
                    for noun in ("الوزير", "الوزيرة"):
                        self.gazetteer.add(
                            f"{noun} ال{adjective}", Minister(entry.entity, entry.country)
                        )

    def find(self, doc: Doc) -> list[Mention]:
        article = doc._.article
        tokens = TokenIndex(doc)
        mentions: list[Mention] = []
        bound_titles: dict[str, Entity] = {}  # office → person named with it in this article
        state_lists: list[list[Entity]] = []  # the states of sentences naming two or more
        state_runs: list[list[Entity]] = []  # states listed together («تونس والجزائر ومصر»)
        for sentence_start, sentence_end in sentence_spans(doc):
            text = article.text[sentence_start:sentence_end]
            matches = self.gazetteer.find(text)
            found: list[Mention] = []
            for index, match in enumerate(matches):
                start, end = sentence_start + match.start, sentence_start + match.end
                title = first_of(match.payloads, Title)
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
                        mentions,
                    )
                elif (minister := first_of(match.payloads, Minister)) is not None:
                    mention = minister_named(minister, start, end, mentions + found)
                else:
                    mention = self._named(match, start, end, doc, tokens)
                if mention is not None:
                    found.append(mention)
            found.extend(_states_in_a_list(article.text, matches, sentence_start, found))
            found.extend(
                unknown_people(
                    self.nisba, doc, tokens, (sentence_start, sentence_end), found, mentions
                )
            )
            found.extend(abbreviated_title_names(doc, tokens, sentence_start, sentence_end, found))
            found = [self.with_state_served(m, article.text) for m in found]
            found.extend(collectives(self.nisba, doc, tokens, sentence_start, sentence_end, found))
            joint = joint_committees(self.nisba, doc, tokens, sentence_start, sentence_end)
            spans = [(m.start, m.end) for m in joint]
            found = [m for m in found if not overlaps((m.start, m.end), spans)] + joint
            found = self._counterparts(doc, tokens, sentence_start, sentence_end, found, mentions)
            found.extend(self._heirs(doc, tokens, sentence_start, sentence_end, found))
            found = self._dual_titles(doc, tokens, sentence_start, sentence_end, found)
            found = self.plural_titles(doc, tokens, sentence_start, sentence_end, found)
            found.extend(
                counted_groups(doc, tokens, sentence_start, sentence_end, mentions + found)
            )
            named, inside = count_named_groups(
                doc, tokens, sentence_start, sentence_end, mentions + found
            )
            found = [m for m in found if m not in inside] + named
            found.extend(
                cooperation_formats(article.text, sentence_start, sentence_end, mentions + found)
            )
            found.extend(unknown_organisations(doc, tokens, sentence_start, sentence_end, found))
            found.extend(unknown_towns(doc, tokens, sentence_start, sentence_end, found))
            found.extend(
                dual_body_names(article.text, sentence_start, sentence_end, found, self.kb.named)
            )
            found.extend(
                recognised_names(
                    doc,
                    tokens,
                    (sentence_start, sentence_end),
                    found,
                    self.nisba,
                    self.family_names.families,
                    self.family_names.given,
                )
            )
            found.extend(foreign_subjects(doc, tokens, sentence_start, sentence_end, found))
            found = hyphenated_names(article.text, found)
            found = [m for m in found if not _names_an_institution(m, article.text)]
            found = names_before_titles(without_overlaps(found), doc, tokens, self._offices_of)
            found = holders_named_after(found, article.text, bound_titles)
            found.extend(state_list_anaphors(text, sentence_start, state_lists, state_runs))
            states = list(dict.fromkeys(m.entity for m in found if m.entity.type == "State"))
            if len(states) >= 2:
                state_lists.append(states)
            state_runs += listed_states(article.text, found)
            mentions.extend(found)
        mentions = shortened_names(titles_named_later(mentions))
        mentions = [self._known_without_patronym(m) for m in mentions]
        mentions = replacing_guesses(mentions, kin_names(article.text, mentions))
        coreferences, ambiguous = name_coreferences(
            article.text, sentence_spans(doc), mentions, partial(_stands_alone, tokens)
        )
        # a coreference lands only on a guess, or on a city a person's name reads as
        spans = [(m.start, m.end) for m in coreferences]
        mentions = [m for m in mentions if not overlaps((m.start, m.end), spans)] + coreferences
        # the NER's guess at a name two people of the article bear is no third person
        mentions = without_guesses_at(mentions, ambiguous)
        given = other_names(article.text, sentence_spans(doc), mentions, partial(_a_name, tokens))
        mentions = replacing_guesses(mentions, given)
        mentions = self._with_family_names(doc, tokens, mentions)
        mentions = short_body_names(article.text, mentions)
        mentions = bare_title_coreferences(article.text, mentions)
        mentions += repeated_titles(article.text, mentions)
        mentions += styled_titles(article.text, mentions)
        mentions += the_countrys_emir(article.text, mentions)
        mentions += un_envoy_again(article.text, mentions)
        mentions = replacing_guesses(mentions, body_anaphors(article.text, mentions))
        mentions += country_anaphors(article.text, mentions, self.nisba)
        mentions += ministers_by_adjective(article.text, mentions, self.nisba)
        mentions += guests_by_adjective(article.text, mentions, self.nisba)
        mentions += kingdom_anaphors(article.text, mentions, self._kingdoms)
        mentions += honorific_anaphors(article.text, mentions)
        mentions += styled_offices(article.text, mentions)
        mentions += the_latter(article.text, mentions)
        mentions += accompanying_delegations(article.text, mentions)
        mentions += dual_anaphors(article.text, sentence_spans(doc), mentions, self.nisba)
        mentions += counted_anaphors(article.text, mentions)
        mentions = ministers_by_state(article.text, mentions)
        mentions = leaders_by_state(article.text, mentions)
        mentions += dual_delegations(article.text, mentions)
        mentions = delegation_adjectives(article.text, mentions, self.kb.named)
        ordered = sorted(self._disambiguated(mentions), key=lambda m: (m.start, m.end))
        return _own_titles_joined(article.text, ordered)

    def _known_without_patronym(self, mention: Mention) -> Mention:
        """«وزير الدولة عادل بن أحمد الجبير»: a name kg read in full, with the father's name,
        that the tables know without it («عادل الجبير»), as one person only, is that person."""
        entity = mention.entity
        if entity.type != "Person" or entity.key != unlinked_key("Person", entity.label):
            return mention
        short = without_patronym(entity.label)
        people = [e for e in self.kb.named(short) if e.type == "Person"] if short else []
        return replace(mention, entity=people[0]) if len(people) == 1 else mention

    def _with_family_names(
        self, doc: Doc, tokens: TokenIndex, mentions: list[Mention]
    ) -> list[Mention]:
        """`mentions` with the leaders named by family name alone; such a name replaces the
        unlinked person the NER component (or a title rule) read in its place."""
        known = [m for m in mentions if not is_guess(m)]
        return replacing_guesses(mentions, self.family_names.find(doc, tokens.covering, known))

    def _named(
        self, match: Match, start: int, end: int, doc: Doc, tokens: TokenIndex
    ) -> Mention | None:
        # one entity may come twice (its label and an alias spelt alike once folded)
        entities = list(dict.fromkeys(p for p in match.payloads if isinstance(p, Entity)))
        if _SHADDA in doc._.article.text[start:end]:
            # «عمّان»: the shadda the text keeps spells the city, not the state folding makes
            # the name look like («عمان»: Oman)
            entities = [e for e in entities if e.type != "State"] or entities
        states = [p[1] for p in match.payloads if isinstance(p, tuple) and p[0] == "metonym"]
        summit = first_of(match.payloads, Summit)
        if summit is not None and not entities and not states:
            if not after_summit_noun(doc._.article.text, start, self._summit_words):
                return None
            following = _FIRST_WORD.match(doc._.article.text, end).group(1).strip("،,.")
            if following and is_adjective(following, self.nisba):
                return None  # «قمة عربية أمريكية»: a summit of two parties, not the body's
            return Mention(start, end, summit.body, SUMMIT_ADJECTIVE, 0.7)
        if not entities and not states:
            # «في القصر» is as often «in the palace», and «مدينة فلوريدا» may be a namesake
            # abroad: a town that needs context is read only after a town word, in an article
            # that names its country (`_disambiguated`)
            guarded = first_of(match.payloads, Guarded)
            text = doc._.article.text
            context = TOWN | _TO_A_CAPITAL if guarded and guarded.capital else TOWN
            if guarded is None or not after_place_word(text, start, context):
                return None
            following = normalize(text[end : end + _NEXT_REACH]).split()
            after_in = after_place_word(text, start, frozenset({"في"}))
            if after_in and following and following[0].startswith("ال"):
                return None  # «في القصر الملكي»: the common word and its adjective
            if guarded.capital and not (following and following[0].startswith(_HEAD)):
                # «محادثات في مسقط»: a capital after a place word is the city, whatever the
                # parse hangs on it («مسقط رأسه»: a birthplace, no city)
                return Mention(start, end, guarded.entity, "guarded-capital", 0.7)
            if after_in and self._described(tokens.covering(start, end)):
                return None  # «في بيان صادر عن الديوان»: the common word, described
            return Mention(start, end, guarded.entity, "guarded", 0.7, candidates=(guarded.entity,))
        if entities and entities[0].type == "State" and _a_region(doc._.article.text, end):
            return None  # «دول أميركا اللاتينية»: a region, not the United States
        if len(entities) > 1 and not states:
            return self._one_of(entities, match, start, end, doc, tokens)
        if not states and self._anothers_occupation(doc._.article.text, start, end, match.prefix):
            return None
        if not states:
            one_word = " " not in doc._.article.text[start:end].strip()
            if entities[0].type == "Person" and not one_word and _ends_a_longer_name(tokens, start):
                return None
            if _a_fathers_name(doc._.article.text, start):
                # «عبدالعزيز بن عبدالله بن عبدالعزيز»: the son, not King Abdullah; «فيصل بن
                # بندر»: a father's name, not the town of Bender
                return None
            if entities[0].type == "Person" and self._another_lineage(entities[0], doc, start, end):
                return None  # «عبدالله بن عبدالعزيز بن مساعد»: another prince
            if entities[0].type == "Person":
                end = self._lineage_end(entities[0], doc, start, end)
            if entities[0].type == "City" and self._given_name(doc._.article.text, start, end):
                return None  # «الموفد الأميركي آموس هوكشتاين»: Amos, not the town of Imus
            body = entities[0].type in BODIES
            if (
                body
                and entities[0].key not in self._country
                and self._national(doc._.article.text, end)
            ):
                return None  # «مجلس الأمن القومي الفلسطيني»: a state's own council, not the UN's
            rule = "body-word" if one_word and body else "alias"  # «ميرتس»: see `is_guess`
            return Mention(start, end, entities[0], rule, 0.95 if entities[0].qid else 0.8)
        if entities:
            city = entities[0]
        else:
            label = doc._.article.text[start:end]
            city = Entity(unlinked_key("City", label), "City", label)
        if acts_as_state(match.prefix, start, end, doc, tokens):
            own = [e for e in entities if e.type == "State" and e.key != states[0].key]
            if own:
                # «والبحرين وعمان»: Oman itself, or Amman standing for Jordan; the states the
                # article names tell (`_disambiguated`), else the name's own state
                candidates = (own[0], states[0])
                return Mention(start, end, own[0], "ambiguous", 0.5, candidates=candidates)
            return Mention(start, end, states[0], METONYM_STATE, 0.8, alternative=city)
        if len(entities) > 1:  # «في طرابلس»: Libya's capital, or Lebanon's Tripoli?
            return self._one_of(entities, match, start, end, doc, tokens)
        return Mention(start, end, city, "metonym-city", 0.85 if city.qid else 0.6)

    def _given_name(self, text: str, start: int, end: int) -> bool:
        """Whether a town's name is the first name of someone a title introduces: right after
        a title and its state's adjective, with a word after it that is no common word and has
        no article («الموفد الأميركي آموس هوكشتاين»). A capital, which stands for its
        state («زار الرئيس الفرنسي بيروت»), is not read here."""
        before = re.split(
            f"[{CLAUSE_MARKS}]", normalize(text[max(0, start - _TITLE_REACH) : start])
        )
        before = before[-1].split()[-_TITLE_WORDS:]
        title_word = before[-1].removeprefix("و") if before else ""
        if title_word.startswith("ال") and title_word[2:] in TITLE_HEADS:
            return True  # «والرئيس بخاري»: a title right before it, not Bukhara
        if len(before) < 2:
            return False
        # «وزراء الطاقة في الأردن هالة زواتي ومصر طارق الملا»: a plural title's state by name
        state = is_adjective(before[-1], self.nisba) or self._names_a_state(before[-1])
        if not state:
            return False  # «حاكم دبي»: a title in construct with its town
        # «رئيسة الجمعية الوطنية الأنغولية كارولينا سيركيرا»: the title may run over a body
        heads = [word.removeprefix("ال") for word in before[:-1]]  # «وزراء»: no «و» to drop
        heads += [without_conjunction(word).removeprefix("ال") for word in before[:-1]]
        title = any(
            head in TITLE_HEADS or head in RELATIONAL_NOUNS or head in PLURAL_TITLES
            for head in heads
        )
        # the name may end the sentence or a clause («… آموس هوكشتاين.»)
        following = normalize(_FIRST_WORD.match(text, end).group(1)).rstrip(CLAUSE_MARKS)
        name_like = following.isalpha() and not following.startswith("ال")
        return title and name_like and not common_word(following)

    def _names_a_state(self, word: str) -> bool:
        """Whether a folded word is a state's name («الأردن», «ومصر»)."""
        matches = self.gazetteer.find(word)
        return (
            any(isinstance(p, Entity) and p.type == "State" for m in matches for p in m.payloads)
            and len(matches) == 1
            and matches[0].end == len(word)
        )

    @staticmethod
    def _national(text: str, end: int) -> bool:
        """Whether the name of an international body goes on with «القومي/الوطني», which make
        it one state's body of that name (a state's adjective does not: «وكالة الأناضول
        التركية» is the agency the tables know)."""
        return normalize(_FIRST_WORD.match(text, end).group(1).strip("،,.")) in NATIONAL

    def _anothers_occupation(self, text: str, start: int, end: int, prefix: str) -> bool:
        """«للاحتلال الأمريكي للعراق»: «الاحتلال» is Israel's in news, unless a state's
        adjective names another occupier («الاحتلال الإسرائيلي» is a name of its own)."""
        word = normalize(text[start:end])
        bare = "ال" + word[2:] if word.startswith("لل") else word.removeprefix(prefix)
        if bare not in ADJECTIVE_OWNED:
            return False
        following = _FIRST_WORD.match(text, end).group(1).strip("،,.")
        return bool(following) and is_adjective(following, self.nisba)

    def _one_of(
        self,
        entities: list[Entity],
        match: Match,
        start: int,
        end: int,
        doc: Doc,
        tokens: TokenIndex,
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
            if acts_as_state(match.prefix, start, end, doc, tokens) or not reads_as_place(
                match.prefix, doc, start
            ):
                return Mention(start, end, states[0], "alias", 0.9, alternative=cities[0])
            return Mention(start, end, cities[0], "alias", 0.85)
        # a place and an actor of one name («مدريد»: the city, and a group's alias): the place
        # reading after «في»/«ب», the actor's otherwise
        places = [e for e in entities if e.type in ("City", "Place", "Territory")]
        if places and len(places) < len(entities):
            # not after «إلى»: «انضمت إسبانيا إلى كولومبيا» is the state, not a town so named
            in_place = reads_as_place(match.prefix, doc, start, _NOT_TO)
            in_place = in_place or _gone_to(doc._.article.text, start)
            entities = places if in_place else [e for e in entities if e not in places]
            if len(entities) == 1:
                return Mention(start, end, entities[0], "alias", 0.85)
        return Mention(start, end, entities[0], "ambiguous", 0.5, candidates=tuple(entities))

    def _described(self, words: list[Token]) -> bool:
        """Whether an adjective other than a state's describes the last of `words`: a town's
        name takes none but its state's («الجهراء الكويتية»), a common noun does."""
        return bool(words) and any(
            child.dep_ == "amod" and not is_adjective(child.text, self.nisba)
            for child in words[-1].children
        )

    def _another_lineage(self, person: Entity, doc: Doc, start: int, end: int) -> bool:
        """Whether the name at `start`..`end` goes on with «بن» and a grandfather's name that
        none of the person's known names has («محمد بن سلمان بن عبد العزيز» is his; «عبدالله
        بن عبدالعزيز بن مساعد» is not King Abdullah's)."""
        text = doc._.article.text
        after = glued_name(re.findall(r"\w+", normalize(text[end : end + _LOOKAHEAD]))[:3])
        if len(after) < 2 or after[0] not in FILIATION:
            return False
        written = _untitled(glued_name(normalize(text[start:end]).split())) + after[:2]
        return not any(
            _untitled(glued_name(normalize(name).split()))[: len(written)] == written
            for name in self._names_of(person)
        )

    def _lineage_end(self, person: Entity, doc: Doc, start: int, end: int) -> int:
        """Where the name at `start`..`end` ends with the «بن X» and «آل X» that go on with it
        as in one of the person's known names («الملك سلمان بن عبد العزيز آل سعود», whose alias
        is «الملك سلمان»): part of the mention, not words between it and the next name."""
        text = doc._.article.text
        following = text[end : end + _LOOKAHEAD]
        words: list[re.Match] = []  # the words right after the name, spaces only between
        for word in re.finditer(r"\w+", following):
            if following[words[-1].end() if words else 0 : word.start()].strip():
                break
            words.append(word)
        folded = [normalize(w.group()) for w in words]
        parts = name_parts(list(range(len(words))), fold=lambda i: folded[i])
        written = _untitled(glued_name(normalize(text[start:end]).split()))
        known = [_untitled(glued_name(normalize(name).split())) for name in self._names_of(person)]
        name_end = end
        for link, father in zip(parts[::2], parts[1::2], strict=False):
            if len(link) != 1 or folded[link[0]] not in _NAME_LINKS:
                break
            longer = [*written, folded[link[0]], "".join(folded[i] for i in father)]
            if not any(name[: len(longer)] == longer for name in known):
                break
            written, name_end = longer, end + words[father[-1]].end()
        return name_end

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
            if not fitting and states == list(mention.candidates):
                fitting = states[:1]  # «عمان» of neither Oman nor Jordan's article: Oman
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
            entity = Entity(unlinked_key(kind, label), kind, label)
            resolved.append(replace(mention, entity=entity, rule="ambiguous-name", candidates=()))
        return resolved


_HEAD = "راس"  # folded «رأس»: «مسقط رأسه», a birthplace, not Muscat
_SHADDA = "\u0651"
_TO_A_CAPITAL = frozenset({"الي", "والي", "من", "ومن", "وفي"})  # «توجه إلى مسقط» (folded)
_NEXT_REACH = 12  # enough of the text after a name to see how its next word begins
_NOT_TO = frozenset(PLACE_WORDS - {TO})  # the place words but «إلى»


def _gone_to(text: str, start: int) -> bool:
    """Whether «إلى» stands right before `start` after a verb of going in its clause («وصل
    المقداد إلى», «ووصل وزير الخارجية المصري بدر عبد العاطي إلى»)."""
    clause = re.split(r"[،,.؛]", text[max(0, start - _GOING_REACH) : start])[-1]
    words = normalize(clause).split()
    going = {without_conjunction(word) for word in words[:-1]}  # «ووصل»; «وصل» keeps its «و»
    return words[-1:] == [TO] and bool(going & GOING)


_GOING_REACH = 80  # characters: the verb, a long title and a name before «إلى»


_FIRST_WORD = re.compile(r"\s*(\S*)")  # the next word, read no further than its end
_TITLE_REACH = 60  # characters before a name: a title, the body it heads, its state's adjective
_TITLE_WORDS = 5


def _states_in_a_list(
    text: str, matches: list[Match], offset: int, found: list[Mention]
) -> list[Mention]:
    """A state's name that is mostly a word («مالي», financial), listed with «و» or a comma
    right beside a state the sentence names («قادة مالي وبوركينا فاسو والنيجر»): the state."""
    states = [m for m in found if m.entity.type == "State"]
    listed = []
    for match in matches:
        guarded = first_of(match.payloads, Guarded)
        if guarded is None or guarded.entity.type != "State" or len(match.payloads) > 1:
            continue
        start, end = offset + match.start, offset + match.end
        gaps = [text[m.end : start] for m in states if m.end <= start]
        gaps += [text[end : m.start] for m in states if end <= m.start]
        beside = any(gap.strip(" ،,") in ("و", "") for gap in gaps)
        if beside and not any(m.start < end and start < m.end for m in found):
            listed.append(Mention(start, end, guarded.entity, "state-in-list", 0.8))
    return listed


def _stands_alone(
    tokens: TokenIndex,
    start: int,
    end: int,
    words: set[str],
    known: bool,
    taken: list[tuple[int, int]],
) -> bool:
    """Whether the one-word name at `start`..`end` reads as a person named again
    (`stands_alone` on the word's last token)."""
    words = tokens.covering(start, end)
    while len(words) > 1 and words[-1].pos_ == "PRON":
        words = words[:-1]  # «جيله» cut as «جيل» and «ه»: the name is the word before
    token = words[-1]
    written = tokens.doc._.article.text[start:end]
    return stands_alone(token, written, start, words, known, taken)


def _a_name(tokens: TokenIndex, start: int, end: int) -> bool:
    """Whether the words at `start`..`end` may read as a name there: no verb («تقدم» is also
    «came forward»), no word of a closed class, and no adjective outside the name hung on it
    («تقدم كبير», great progress). The tokenizer may cut an unknown name («حميدتي» as «حميدة»
    and «ي»): the pieces inside the span do not count."""
    words = tokens.covering(start, end)
    if not words or words[0].pos_ in CLOSED_TAGS or any(w.pos_ in ("VERB", "AUX") for w in words):
        return False
    inside = {word.i for word in words}
    return not any(
        child.i not in inside and child.dep_ in _ADJECTIVAL
        for word in words
        for child in word.children
    )


# a name takes no adjective, number or determiner (a genitive, yes: the parse often hangs the
# verb's object under its subject)
_ADJECTIVAL = ("amod", "det", "nummod")


def _ends_a_longer_name(tokens: TokenIndex, start: int) -> bool:
    """Whether a known person's full name at `start` is only the end of a longer name the NER
    read: «السفير محمد حسين محمد بحر العلوم» is Muhammad, son of Hussein, grandson of Muhammad
    Bahr al-Uloum, not the grandfather whom the tables know. The NER's words before the name
    must be bare names (no article, title or honorific), as given names are."""
    first = tokens.covering(start, start + 1)
    if not first or first[0].ent_type_ != "PER" or first[0].ent_iob_ != "I":
        return False
    doc, index, before = tokens.doc, first[0].i - 1, []
    while index >= 0 and doc[index].ent_type_ == "PER":
        before.append(normalize(doc[index].text))
        if doc[index].ent_iob_ == "B":
            break
        index -= 1
    # («قيس سعيد والجزائري عبد المجيد تبون»: a state's adjective with «و» glued on is none)
    return bool(before) and all(
        word.isalpha() and not without_conjunction(word).startswith("ال") and not common_word(word)
        for word in before
    )


def _a_region(text: str, end: int) -> bool:
    """Whether a state's name goes on with a region's adjective that makes it a region
    («أميركا اللاتينية», «أمريكا الجنوبية»); a state named so («كوريا الشمالية») is matched
    whole before."""
    return normalize(_FIRST_WORD.match(text, end).group(1).strip("،,.")) in REGION_ADJECTIVES


def _a_fathers_name(text: str, start: int) -> bool:
    """Whether a name at `start` follows «بن/بنت» (son or daughter of): it is then the father's
    name inside someone else's."""
    before = normalize(text[max(0, start - 6) : start]).split()
    return bool(before) and before[-1] in FILIATION


def _untitled(words: list[str]) -> list[str]:
    """A name's folded words without the style or title before it («الملك سلمان»)."""
    while words and words[0] in NAMED_AFTER:
        words = words[1:]
    return words


_LOOKAHEAD = 40  # characters: «بن» and a name after a known name
_NAME_LINKS = FILIATION | {"ال"}  # «بن», «بنت», «آل» (folded) before a father's or a family name


def _names_an_institution(mention: Mention, text: str) -> bool:
    """A person who only names an institution («مستشفى الملك فيصل»): not mentioned."""
    return mention.entity.type == "Person" and names_an_institution_at(text, mention)


def _nisba_forms(adjective: str) -> list[str]:
    """A state's adjective with and without the article, its plurals («مصري»: «مصريين»,
    «المصريون»; «مصرية»: «مصريات») and its indefinite accusative («وفداً مصرياً»), for
    «مسؤولين مصريين» as for «الوفد المصري»."""
    forms = [adjective]
    if " " not in adjective and adjective.endswith("ي"):
        forms += [adjective + "ين", adjective + "ون", adjective + "ا"]
    elif " " not in adjective and adjective.endswith("ية"):
        forms.append(adjective[:-1] + "ات")
    # «كوري جنوبي»: each word takes the article («الكوري الجنوبي»)
    return forms + [" ".join("ال" + word for word in form.split()) for form in forms]


def _one_state_served(
    offices_of: dict[str, set[str]], offices: Iterable[Office]
) -> dict[str, Entity]:
    """Each person → the one state or body whose offices the tables give him (none for a
    person with offices in two)."""
    state_of = {office.key: office.state for office in offices}
    served: dict[str, Entity] = {}
    for person, held in offices_of.items():
        states = {state_of[key] for key in held if key in state_of}
        if len(states) == 1:
            served[person] = states.pop()
    return served


def _own_titles_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """«الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء السعودي»: a title right after a
    person's name that names him again is part of his mention, not a second person beside him
    (whom a rule would set on the other side of his own meeting)."""
    joined: list[Mention] = []
    for mention in mentions:
        before = joined[-1] if joined else None
        if (
            before is not None
            and mention.entity.type == "Person"
            and mention.rule.startswith(HOLDER_ON_THE_DAY)
            and mention.entity == before.entity
            and before.end <= mention.start
            and _title_words_only(text[before.end : mention.start])
        ):
            joined[-1] = replace(before, end=mention.end)
            continue
        joined.append(mention)
    return joined


def _title_words_only(gap: str) -> bool:
    words = normalize(gap).split()
    return len(words) <= _OWN_TITLE_WORDS and all(
        word in TITLE_HEADS or word.startswith("ال") for word in words
    )


_OWN_TITLE_WORDS = 3  # «ولي العهد» between the name and the title that names him again
