"""Legal cases, recognised by their structure, and the states that join them (`kg:joinedCase`).

A case is a case noun (دعوى، قضية، شكوى) with its parties: the filer («التي رفعتها X»,
«المرفوعة من قبل X», or a genitive: «دعوى جنوب أفريقيا») and the respondent («ضد Y»), often
before a court («أمام محكمة العدل الدولية»). A case the knowledge base knows with the same
parties is that case; another is kept as an unlinked case named by its parties. A bare
«القضية» or «الدعوى» refers back to the last case the article named.

A state joins a case by a joining verb or noun (انضم، تدخل، التحق؛ انضمام، تدخل، إعلان تدخل،
طلب الانضمام) whose target is the case: its subject, the owner of the noun («انضمامها»: the
subject of «أعلنت»), the subject of the verb that governs the noun («قررت الدنمارك
الانضمام», «قدمت هولندا إعلان تدخل»), or the states a relative clause describes
(«كولومبيا والمكسيك، التي تقدمت بطلبات للتدخل»). A decided or future joining counts
(«ستنضم», «قررت الانضمام»); an intention, a consideration, a refusal or a negation does not
(«عزمها الانضمام دون أن تودع طلبها», «تدرس»). The plaintiff and the defendant never join.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.clauses import clause_characters, clause_of
from kg.extract.grammar import (
    governing_subjects,
    head_token,
    listed_after,
    listed_with,
    relative_antecedents,
    roles,
)
from kg.extract.meeting_lists import listed_from
from kg.extract.sentence import Sentence, event_date, evidence, sentences
from kg.extract.triggers import Trigger, TriggerLexicon, triggers
from kg.gazetteer import Gazetteer
from kg.kb import KnowledgeBase, default_kb
from kg.lang.ar.cases import (
    AGAINST,
    AGAINST_FILER,
    ANAPHORS,
    FILED,
    FILED_AFTER,
    FILING_NOUNS,
    FILINGS,
    FILINGS_AGAIN,
    LIKEWISE,
    NEGATIONS,
    NOT_JOINING,
    REJECTED,
    SIMILAR,
)
from kg.lang.ar.clauses import COMPLEMENTISERS, CONNECTIVES
from kg.lang.ar.grammar import ALL_OF, AMONG, NAMELY
from kg.lang.ar.words import ALONGSIDE, TO
from kg.mention_spans import end_in_sentence, start_in_sentence, starts_a_sentence
from kg.normalize import normalize, normalize_with_offsets, original_span
from kg.types import Entity, Event, Mention

_WINDOW = 14  # words after a case noun where its parties are named
# «، لكنهما أودعتا»: a connective, a pronoun glued on or not, opens the next clause
_NEXT_CLAUSE = re.compile(rf"[،,]\s*(?:{'|'.join(sorted(CONNECTIVES))})(?:ه|ها|هما|هم)?(?!\w)")


@dataclass(frozen=True)
class _Case:
    mention: Mention
    plaintiff: Entity | None
    defendant: Entity | None


class CaseJoiningComponent:
    """Finds cases and the states that join them; knows the cases of the knowledge base."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], Entity] = {}
        self._states: Gazetteer[Entity] | None = None

    def use(self, kb: KnowledgeBase) -> None:
        self._states = Gazetteer()
        for entry in kb.entries:
            if entry.entity.type == "State":
                for name in (*entry.aliases, *entry.metonyms):
                    self._states.add(name, entry.entity)
        self._known = _known_cases(kb, self._states)

    def __call__(self, doc: Doc) -> Doc:
        if self._states is None:
            self.use(default_kb())
        named: list[_Case] = []
        joinings: list[Event] = []
        for sentence in sentences(doc, doc._.mentions):
            cases = self._cases(doc, sentence, named)
            named.extend(case for case in cases if case.mention.entity.type == "LegalCase")
            joinings.extend(_joinings(doc, sentence, cases, named))
        same = self._known_by_one_party(doc, named) | _named_in_full(named)
        doc._.events.extend(replace(e, target=same.get(e.target.key, e.target)) for e in joinings)
        return doc

    def _cases(self, doc: Doc, sentence: Sentence, named: list[_Case]) -> list[_Case]:
        """The cases a sentence names: by structure, by a name the base knows, or «القضية»."""
        text = doc._.article.text
        found: list[_Case] = []
        lexicon = triggers()
        for token in sentence.tokens_in(lexicon.nouns):
            trigger = lexicon.of(token)
            if trigger is None or trigger.frame != "case":
                continue
            start = _past_proclitics(text, doc._.offsets[token.i], lexicon)
            plaintiff, defendant, end, filer_start = self._parties(text, start, sentence.end)
            plaintiff = (
                plaintiff or _filer(doc, token, sentence) or _owner_before(doc, token, sentence)
            )
            if plaintiff is None and defendant is None:
                if normalize(token.text) in ANAPHORS and named:
                    found.append(
                        _Case(
                            Mention(
                                start,
                                doc._.offsets[token.i][1],
                                named[-1].mention.entity,
                                "case-anaphor",
                                0.7,
                            ),
                            named[-1].plaintiff,
                            named[-1].defendant,
                        )
                    )
                continue
            label = _name_of_case(text, (start, doc._.offsets[token.i][1]), filer_start, end)
            if plaintiff is not None and defendant is not None and _owned(doc, token):
                # «دعواها ضد ألمانيا»: the case of the state its pronoun stands for
                label = f"{plaintiff.label} {AGAINST} {defendant.label}"
            entity = self._case_entity(
                label,
                plaintiff,
                defendant,
                sentence,
                start,
                named,
            )
            found.append(
                _Case(Mention(start, end, entity, "case-structure", 0.8), plaintiff, defendant)
            )
        if (labelled := self._labelled(doc, sentence, named)) is not None:
            found.append(labelled)
        covered = [(c.mention.start, c.mention.end) for c in found]
        for mention in sentence.mentions:
            if mention.entity.type == "LegalCase" and not any(
                s <= mention.start < e for s, e in covered
            ):
                found.append(_Case(mention, None, None))
        return sorted(found, key=lambda c: c.mention.start)

    def _labelled(self, doc: Doc, sentence: Sentence, named: list[_Case]) -> _Case | None:
        """«القضية: غامبيا ضد ميانمار (…) | المدعية: …»: a line of a docket whose label (a case
        noun the reader took off as a speaker's cue, `Article.turns`) names its case by the
        parties right after it."""
        text = doc._.article.text
        label = next(
            (
                speaker
                for speaker, start, _ in doc._.article.turns
                if not text[start : sentence.start].strip() and start <= sentence.start
            ),
            None,
        )
        if label is None or triggers().noun_frame(label) != "case":
            return None
        plaintiff, defendant, end, _ = self._parties(text, sentence.start, sentence.end, True)
        if plaintiff is None or defendant is None:
            return None
        name = _name_of_case(text, (sentence.start, sentence.start), sentence.start, end)
        entity = self._case_entity(name, plaintiff, defendant, sentence, sentence.start, named)
        return _Case(Mention(sentence.start, end, entity, "case-label", 0.8), plaintiff, defendant)

    def _case_entity(
        self,
        label: str,
        plaintiff: Entity | None,
        defendant: Entity | None,
        sentence: Sentence,
        start: int,
        named: list[_Case],
    ) -> Entity:
        """The base's case with these parties, a case named at this place, the same parties'
        case named earlier in the article (so it keeps the name it was first given, often the
        headline's), or a new unlinked case."""
        keys = (plaintiff.key if plaintiff else "", defendant.key if defendant else "")
        known = self._known.get(keys)
        if known is None:
            here = [
                m.entity
                for m in sentence.mentions
                if m.entity.type == "LegalCase" and m.start >= start
            ]
            known = here[0] if here else None
        if known is not None:
            return known
        digest = hashlib.sha1("|".join(keys).encode("utf-8")).hexdigest()[:12]
        key = f"legalcase-{digest}"
        earlier = (case.mention.entity for case in named if case.mention.entity.key == key)
        return next(earlier, None) or Entity(key, "LegalCase", label)

    def _known_by_one_party(self, doc: Doc, cases: list[_Case]) -> dict[str, Entity]:
        """A case named with one party alone («قضية جنوب أفريقيا») is the one case the base
        knows with that party in that role, when the article names its other party too: its
        key → that case."""
        named_states = {m.entity.key for m in doc._.mentions if m.entity.type == "State"}
        same = {}
        for case in cases:
            if (case.plaintiff is None) == (case.defendant is None):
                continue
            named_as = 0 if case.plaintiff is not None else 1  # the role the party has
            party = case.plaintiff or case.defendant
            known = {
                entity
                for parties, entity in self._known.items()
                if parties[named_as] == party.key and parties[1 - named_as] in named_states
            }
            if len(known) == 1:
                same[case.mention.entity.key] = known.pop()
        return same

    def _parties(
        self, text: str, start: int, limit: int, labelled: bool = False
    ) -> tuple[Entity | None, Entity | None, int, int]:
        """The filer and respondent named within a few words after a case noun (or at `start`
        itself when a label names the case: `labelled`), where the case's name ends, and where
        the filer's name starts (the start if none). States are
        looked up in the text itself: a name the base knows for the whole case («دعوى جنوب
        أفريقيا ضد إسرائيل») hides its parties' mentions."""
        assert self._states is not None
        end = min(_word_end(text, start, _WINDOW), limit)
        # «… في القضية مطلع العام، ثم كولومبيا …، فيما أودعت ليبيا»: another clause names none
        folded, offsets = normalize_with_offsets(text[start:end])
        clause = _NEXT_CLAUSE.search(folded)
        end = start + original_span(offsets, *clause.span())[0] if clause else end
        plaintiff = defendant = None
        case_end = filer_start = start
        for match in self._states.find(text[start:end]):
            before = normalize(text[start : start + match.start]).split()
            state = match.payloads[0]
            if (
                defendant is None
                and before
                and (
                    before[-1] == AGAINST or (plaintiff is not None and before[-1] == AGAINST_FILER)
                )
            ):
                defendant, case_end = state, start + match.end
            elif (
                plaintiff is None
                and defendant is None
                and (
                    (len(before) == 1 and not _definite(before[0]))
                    or (labelled and not before)
                    or any(w.startswith(FILED) for w in before[-3:])
                )
            ):
                plaintiff, case_end, filer_start = state, start + match.end, start + match.start
        return plaintiff, defendant, case_end, filer_start


def _definite(noun: str) -> bool:
    """Whether a folded case noun has the article («القضية», «بالدعوى»): it governs no
    genitive, so a state right after it («تدخلت في القضية كندا») is not its filer."""
    return noun.removeprefix("و").removeprefix("ف").startswith(("ال", "بال", "لل", "كال"))


def _named_in_full(cases: list[_Case]) -> dict[str, Entity]:
    """A case named with one party alone, its respondent («دعوى الإبادة ضد إسرائيل», often in
    the headline) or its filer («وكانت غامبيا قد أقامت الدعوى عام 2019»), is the one case the
    article names with the same party in that role and the other too («الدعوى التي رفعتها جنوب
    أفريقيا ضد إسرائيل»): its key → that case."""
    full: dict[tuple[str, str], set[Entity]] = {}
    for case in cases:
        if case.plaintiff is not None and case.defendant is not None:
            full.setdefault(("defendant", case.defendant.key), set()).add(case.mention.entity)
            full.setdefault(("plaintiff", case.plaintiff.key), set()).add(case.mention.entity)
    same = {}
    for case in cases:
        if (case.plaintiff is None) == (case.defendant is None):
            continue
        party = (
            ("defendant", case.defendant.key)
            if case.defendant
            else ("plaintiff", case.plaintiff.key)
        )
        named = full.get(party, set())
        if len(named) == 1:
            same[case.mention.entity.key] = next(iter(named))
    return same


def _filer(doc: Doc, noun: Token, sentence: Sentence) -> Entity | None:
    """«رفعت جنوب أفريقيا دعوى ضد إسرائيل»: the subject of the filing verb before the noun."""
    lexicon = triggers()
    first, _ = clause_of(noun)
    for token in doc[first : noun.i]:
        trigger = lexicon.of(token)
        if trigger is not None and trigger.frame == "file":
            states = [m for m in sentence.mentions if m.entity.type == "State"]
            filers = roles(doc, token, states, frozenset()).subjects
            if filers:
                return filers[0].entity
            after = [m for m in states if doc._.offsets[token.i][1] <= m.start]
            return after[0].entity if after else None
    return None


def _owner_before(doc: Doc, noun: Token, sentence: Sentence) -> Entity | None:
    """«انضمت تركيا إلى جنوب أفريقيا في دعواها ضد إسرائيل»: the state a case noun's pronoun
    («دعواها», «قضيتها», glued or cut off) stands for: the last its sentence names before it."""
    if not _owned(doc, noun):
        return None
    start = doc._.offsets[noun.i][0]
    before = [m for m in sentence.mentions if m.entity.type == "State" and m.end <= start]
    return before[-1].entity if before else None


def _owned(doc: Doc, noun: Token) -> bool:
    """Whether a case noun carries a pronoun («دعواها», «قضيتها»), glued or cut off."""
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    cut = following is not None and following.pos_ == "PRON" and following.head.i == noun.i
    return cut or normalize(noun.text).endswith(_HERS)


_HERS = ("اها", "تها")  # «دعواها», «قضيتها», «شكواها» (folded)


def _known_cases(kb: KnowledgeBase, states: Gazetteer) -> dict[tuple[str, str], Entity]:
    """The base's cases by (plaintiff, defendant), read from names like «قضية X ضد Y»."""
    known = {}
    for entry in kb.entries:
        if entry.entity.type != "LegalCase":
            continue
        for alias in entry.aliases:
            before, _, after = normalize(alias).partition(f" {AGAINST} ")
            plaintiffs, defendants = states.find(before), states.find(after)
            if plaintiffs and defendants:
                key = (plaintiffs[-1].payloads[0].key, defendants[0].payloads[0].key)
                known.setdefault(key, entry.entity)
    return known


def _past_proclitics(text: str, span: tuple[int, int], lexicon: TriggerLexicon) -> int:
    """Where a case noun begins after the proclitics the tokenizer left on it («ولدعوى»)."""
    start, end = span
    while (
        text[start] in _PROCLITICS
        and not text.startswith("لل", start)  # «للقضية»: «ل» and the article
        and lexicon.nouns.lookup(text[start + 1 : end]) is not None
    ):
        start += 1
    return start


_PROCLITICS = "وفبل"


def _name_of_case(text: str, noun: tuple[int, int], filer_start: int, end: int) -> str:
    """The case's name: its words up to a comma that opens a relative clause on it («قضية
    الحدود بين الكاميرون ونيجيريا، التي رفعتها ياوندي ضد أبوجا»: the clause gives the
    parties, the name ends before it), else its noun and its parties, without the filing
    words between them («الدعوى التي رفعتها غامبيا ضد ميانمار» is «الدعوى غامبيا ضد ميانمار»,
    compared as «غامبيا ضد ميانمار»)."""
    start, noun_end = noun
    relative = _RELATIVE_AFTER_COMMA.search(text, start, end)
    if relative:
        name = text[start : relative.start()]
    elif filer_start > noun_end:
        name = f"{text[start:noun_end]} {text[filer_start:end]}"
    else:
        name = text[start:end]
    # «قضية «أوكرانيا ضد روسيا»»: the quotation marks around the parties are no part of it
    return " ".join(name.translate(_QUOTATION_MARKS).split())


_QUOTATION_MARKS = str.maketrans(dict.fromkeys('«»"“”', " "))


_RELATIVE_AFTER_COMMA = re.compile(r"\s*[،,]\s*(?:التي|الذي|اللتين|اللذين)\b")


def _word_end(text: str, start: int, words: int) -> int:
    position = start
    for _ in range(words):
        following = text.find(" ", position + 1)
        if following == -1:
            return len(text)
        position = following
    return position


def _joinings(doc: Doc, sentence: Sentence, cases: list[_Case], named: list[_Case]) -> list[Event]:
    states = [m for m in sentence.mentions if m.entity.type == "State"]
    events = []
    # each joining word: its lemma, and whether it is a filing (of a case named before)
    words = {t.i: (trigger.lemma, _a_filing_of(doc, t)) for t, trigger in _joining_words(sentence)}
    words |= {t.i: ("filing", True) for t in _filings_again(doc, sentence) if t.i not in words}
    for i, (lemma, a_filing) in sorted(words.items()):
        token = doc[i]
        case = _target(doc, token, cases)
        if case is None and named and a_filing:
            case = named[-1]  # «وكانت المحكمة قد قبلت إعلانات التدخل التي أودعتها X»
        if case is None or _not_joining(doc, token):
            continue
        excluded = {e.key for e in (case.plaintiff, case.defendant) if e is not None}
        likewise = _likewise(doc, sentence, token, states)
        joiners = _joiners(doc, token, states) + likewise
        joiners += _alongside(doc, token, states) if joiners else []
        joiners += _joined_before_it(doc, token, states)
        joiners = [m for m in joiners if m.entity.key not in excluded]
        if joiners:
            # «… تدخلت فيها دول بينها A و B، ولدعوى Y التي قبلت … منها C»: the list of the
            # states that join one case ends where another case is named
            others = [c for c in cases if c.mention.entity != case.mention.entity]
            joiners = [m for m in joiners if not _another_case_between(others, joiners[0], m)]
        if not joiners:
            continue
        parties = tuple(
            (role, party)
            for role, party in (("plaintiff", case.plaintiff), ("defendant", case.defendant))
            if party is not None
        )
        # «أودعت X في 28 حزيران إعلان تدخل …، ثم لحقت بها Y في 6 كانون الثاني»: who followed
        # joined on a day of its own, told after it
        later = [m for m in joiners if m in likewise]
        first = [m for m in joiners if m not in later]
        published = doc._.article.published
        bound = clause_characters(token)[1] if later else 0
        for group, start, end in (
            (first, doc._.offsets[token.i][0], bound),
            (later, later[0].start if later else 0, 0),
        ):
            if not group:
                continue
            events.append(
                Event(
                    kind="CaseJoining",
                    sides=(tuple(dict.fromkeys(m.entity for m in group)),),
                    evidence=evidence(doc, sentence, token),
                    confidence=0.8,
                    rule=f"join-case-{lemma}",
                    target=case.mention.entity,
                    date=event_date(sentence, start, published, end),
                    roles=parties,
                )
            )
    return events


def _another_case_between(cases: list[_Case], first: Mention, mention: Mention) -> bool:
    return any(first.end <= c.mention.start and c.mention.end <= mention.start for c in cases)


def _joining_words(sentence: Sentence) -> Iterator[tuple[Token, Trigger]]:
    """The words that join: not «انتمى», «عاد», «عودة», which belong or return to a body
    («منظمة … التي تنتمي إليها X»), never to a case."""
    lexicon = triggers()
    for token in sentence.tokens_in(lexicon.any):
        trigger = lexicon.of(token)
        if trigger is not None and trigger.family == "join" and trigger.lemma not in _TO_BODIES:
            yield token, trigger


_TO_BODIES = {"انتمي", "عاد", "عوده"}  # folded «انتمى», «عاد», «عودة»: to a body, never a case


def _filings_again(doc: Doc, sentence: Sentence) -> Iterator[Token]:
    """«قدمت جزر المالديف إعلانا منفصلا», «دول سبق أن تقدمت بطلبات مماثلة»: a filing noun
    with «separate» or «similar» after it, in a story of filings in a case, is one more
    filing to join it, told without the joining noun."""
    folded = doc._.folded
    for token in sentence.span[:-1]:
        if folded[token.i] in FILINGS_AGAIN and folded[token.i + 1].startswith(SIMILAR):
            yield token


def _target(doc: Doc, token: Token, cases: list[_Case]) -> _Case | None:
    """The case a joining word points to: the next case named in its sentence, else the last
    one before it there («تقدمت بطلب للتدخل في القضية …، فيما أودعت ليبيا إعلان تدخلها»); in
    a relative clause, the case it describes («دعوى X التي تدخلت فيها دول …»)."""
    described = relative_antecedents(doc, token, [c.mention for c in cases])
    if described:
        return next(c for c in cases if c.mention is described[-1])
    start = doc._.offsets[token.i][0]
    after = [c for c in cases if c.mention.start > start]
    before = [c for c in cases if c.mention.start < start]
    return after[0] if after else before[-1] if before else None


def _a_filing_of(doc: Doc, token: Token) -> bool:
    """Whether a joining noun is the object of a filing noun («إعلانات التدخل», «طلب
    الانضمام»): a filing in a case, told without naming the case again."""
    return (
        token.i > 0 and token.pos_ not in ("VERB", "AUX") and doc._.folded[token.i - 1] in FILINGS
    )


def _governing_verb(token: Token) -> Token | None:
    """The verb among the word's three nearest heads, up to a relative clause's verb, in its
    clause («لم تكن X طرفاً في القضية، لكنهما انضمتا إليها»: the negation is the clause's
    before)."""
    first, end = clause_of(token)
    for _ in range(_GOVERNING_REACH):
        if token.dep_ == "acl:relcl" or token.head.i == token.i:
            return None
        token = token.head
        if not first <= token.i < end:
            return None
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


_GOVERNING_REACH = 3


def _not_joining(doc: Doc, token: Token) -> bool:
    """An intention, a consideration, a refusal or a negation shortly before the word, a
    negation before the verb that governs it («لم تودع مصر حتى الآن إعلان تدخلها»), or the
    filing found inadmissible later in its clause. A relative clause is its own: «لم تنضم
    تركيا إلى دعوى X، خلافاً لدعوى Y التي تدخلت فيها دول» tells the joining of Y."""
    verb = _governing_verb(token)
    negated = verb is not None and not starts_a_sentence(verb)
    if negated and normalize(doc[verb.i - 1].text) in NEGATIONS:
        return True
    if REJECTED.search(" ".join(doc._.folded[token.i : clause_of(token)[1]])):
        return True  # «… إعلان التدخل الذي قدمته X غير مقبول»
    window = doc[start_in_sentence(token, token.i - 5) : token.i]
    for word in (normalize(t.text) for t in window):
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
        if bare.startswith(NOT_JOINING) or word in NEGATIONS or bare in NEGATIONS:
            return True
    return False


def _joiners(doc: Doc, token: Token, states: list[Mention]) -> list[Mention]:
    """The states that join, each with the states listed beside it: the subject of the joining
    verb (or its object, which a joining verb does not take: the parse's name for a subject
    after it), the owner of the joining noun, the antecedents of a relative clause, the subject
    of the verb governing the noun, a list «من بينها X و Y» or «هي X و Y» after the noun, or a
    list «كل من X و Y» however far after the verb. A state named inside a relative clause
    the word is not in («… منظمة الدول الأمريكية التي تنتمي إليها كولومبيا، كما أودعت إعلان
    تدخلها»: Colombia belongs to the body) is no joiner."""
    states = [m for m in states if not _in_another_relative(doc, m, token)]
    if token.pos_ not in ("VERB", "AUX") and (field := _field_value(doc, token, states)):
        return field
    found = roles(doc, token, states, frozenset())
    direct = found.subjects + found.owners
    if not direct and token.pos_ in ("VERB", "AUX"):
        direct = found.objects
    end = doc._.offsets[token.i][1]
    chosen = direct or relative_antecedents(doc, token, states)
    if not chosen and token.pos_ not in ("VERB", "AUX"):
        chosen = _filed_after(doc, end, states)
    if not chosen and token.pos_ not in ("VERB", "AUX"):
        # «بدول سبقتها إلى التدخل في القضية، من بينها X و Y», «… هي X و Y»: the states the
        # noun's phrase lists «among» them or names
        chosen = listed_after(doc, end, states, AMONG + NAMELY)
    if not chosen and token.pos_ not in ("VERB", "AUX"):
        # «وتقدمت كل من X و Y بإعلانات تدخل في …»: «كل من» opens the list before the noun
        first = doc._.offsets[start_in_sentence(token, token.i - _ALL_OF_REACH)][0]
        start = doc._.offsets[token.i][0]
        before = [m for m in states if first <= m.start and m.end <= start]
        listed = listed_after(doc, first, before, ALL_OF)
        gap = normalize(doc._.article.text[listed[-1].end : start]).split() if listed else []
        # not «وقالت كل من A و B إن إعلانات التدخل …»: a clause of its own
        chosen = listed if len(gap) <= _FILING_GAP and not set(gap) & COMPLEMENTISERS else []
    chosen = chosen or _handed_in_by(doc, token, states) or governing_subjects(doc, token, states)
    if not chosen and token.pos_ in ("VERB", "AUX"):
        chosen = listed_after(doc, end, states, ALL_OF)
    if not chosen:
        loose = [m for m in found.loose if m.start < doc._.offsets[token.i][0]]
        chosen = loose[-1:] or found.loose[:1] or _subject_before(doc, token, states)
    return _one_after_another(doc, listed_with(doc, chosen, states), states)


def _one_after_another(doc: Doc, chosen: list[Mention], states: list[Mention]) -> list[Mention]:
    """`chosen` with the states «ثم» adds after the last, each with its own date or place
    («أودعت ليبيا في مايو ثم تركيا في أغسطس إعلاني تدخل»)."""
    text = doc._.article.text
    for state in sorted(states, key=lambda m: m.start):
        if chosen and state.start >= chosen[-1].end:
            if not _THEN_GAP.fullmatch(normalize(text[chosen[-1].end : state.start])):
                break
            chosen = [*chosen, state]
    return chosen


# what stands between two states one after another: a «في» phrase, then «ثم» (folded)
_THEN_GAP = re.compile(r"\s*(?:في [^،,.؛]{1,30}?)?\s*ثم\s*")


def _field_value(doc: Doc, token: Token, states: list[Mention]) -> list[Mention]:
    """«المتدخلون: جزر المالديف بإعلان منفرد، وكندا والدنمارك … بإعلان مشترك |»: a joining
    noun that labels a field of a docket or a fact box (a colon within a few words after it)
    names as joiners every state of the field's value, a list right after the colon, up to
    the next «|» or the sentence's end."""
    end = end_in_sentence(token, token.i + _LABEL_REACH)
    colon = next((t for t in doc[token.i + 1 : end] if t.text == ":"), None)
    if colon is None:
        return []
    text = doc._.article.text
    value_start = doc._.offsets[colon.i][1]
    bar = text.find("|", value_start, doc._.offsets[token.sent.end - 1][1])
    value_end = bar if bar != -1 else doc._.offsets[token.sent.end - 1][1]
    value = [m for m in states if value_start <= m.start and m.end <= value_end]
    # the value is a list of states from the colon on («المتدخلون: لم تتقدم أي دولة …» is none)
    return value if value and not text[value_start : value[0].start].strip() else []


_LABEL_REACH = 8  # words from a field's joining noun to its colon: «المتدخلون بإعلانات أو …:»


def _subject_before(doc: Doc, token: Token, states: list[Mention]) -> list[Mention]:
    """«ويذكر أن X عضو في …، كما أودعت إعلان تدخلها»: a clause with no subject of its own
    goes on about the last state its sentence made a subject before it."""
    start = doc._.offsets[token.i][0]
    subjects = [
        m
        for m in states
        if m.end <= start and (head := head_token(doc, m)) is not None and head.dep_ == "nsubj"
    ]
    return subjects[-1:]


def _in_another_relative(doc: Doc, mention: Mention, token: Token) -> bool:
    """Whether the mention's words hang from a relative clause on a noun outside `token`'s
    phrase: not on the nouns above it («إعلانات التدخل التي أودعتها كندا»: on the filing,
    Canada's), nor on those under it (the parse may hang «كل من X و Y» on the case's)."""
    head = head_token(doc, mention)
    if head is None:
        return False
    holding = {token.i, *(a.i for a in token.ancestors)}
    return any(
        a.dep_ == "acl:relcl"
        and a.i not in holding
        and a.head.i not in holding
        and not token.is_ancestor(a.head)
        for a in (head, *head.ancestors)
    )


_ALL_OF_REACH = 12  # words before a joining noun: «وتقدمت كل من A و B و C بإعلانات تدخل»
_FILING_GAP = 2  # words from the list to the joining noun: «بإعلانات», «بطلبات»


def _filed_after(doc: Doc, end: int, states: list[Mention]) -> list[Mention]:
    """«قبول إعلانات التدخل التي أودعتها كندا والدنمارك وفرنسا», «طلبات التدخل المقدمة من X»:
    the states named right after a filing verb or participle that follows the joining noun
    (ending at `end`), with those listed beside them."""
    text = doc._.article.text
    after = sorted((m for m in states if m.start > end), key=lambda m: m.start)
    if not after:
        return []
    words = normalize(text[end : after[0].start]).split()
    if len(words) > _FILED_REACH or not any(w.startswith(FILED_AFTER) for w in words):
        return []
    return listed_with(doc, after[:1], states)


_FILED_REACH = 3  # «التي أودعتها», «المقدمة من», «التي تقدمت بها»


def _likewise(doc: Doc, sentence: Sentence, token: Token, states: list[Mention]) -> list[Mention]:
    """The states listed after «خطوات مماثلة أقدمت عليها» or «على غرار» later in the joining
    word's sentence: they took the same step («… طلبا للإذن بالتدخل، بعد خطوات مماثلة أقدمت
    عليها نيكاراغوا وكولومبيا»)."""
    start = doc._.offsets[token.i][1]
    folded, offsets = normalize_with_offsets(doc._.article.text[start : sentence.end])
    match = LIKEWISE.search(folded)
    if match is None:
        return []
    end = start + original_span(offsets, *match.span())[1]
    after = sorted((m for m in states if m.start >= end), key=lambda m: m.start)
    return listed_from(after, doc._.article.text, end)


def _alongside(doc: Doc, token: Token, states: list[Mention]) -> list[Mention]:
    """«كانت جزر المالديف … بين المتدخلين، إلى جانب كندا والدنمارك»: the states listed
    «alongside» the joiners right after the joining word joined too (the case's parties,
    «تدخلت X إلى جانب جنوب أفريقيا», are left out by the caller)."""
    end = doc._.offsets[token.i][1]
    listed = listed_after(doc, end, states, (ALONGSIDE,))
    if not listed:
        return []
    gap = normalize(doc._.article.text[end : listed[0].start]).replace("،", " ").split()
    return listed if len(gap) <= len(ALONGSIDE) else []


def _joined_before_it(doc: Doc, token: Token, states: list[Mention]) -> list[Mention]:
    """«وبذلك تنضم أنقرة إلى نيكاراغوا وكولومبيا …»: the states a joining verb's «إلى» lists
    right after its subject joined the case before it (its plaintiff, «انضمت X إلى جنوب
    أفريقيا في دعواها», is left out by the caller)."""
    if token.pos_ not in ("VERB", "AUX"):
        return []
    end = doc._.offsets[token.i][1]
    after = sorted((m for m in states if m.start > end), key=lambda m: m.start)
    if not after:
        return []
    words = normalize(doc._.article.text[end : after[0].start]).split()
    to = words.index(TO) if TO in words else -1
    if not 0 <= to <= _SUBJECT_WORDS or words[to + 1 :] not in ([], list(ALL_OF[0])):
        return []
    return listed_with(doc, after[:1], states)


_SUBJECT_WORDS = 3  # words between the joining verb and its «إلى»: «رسمياً», the subject's


def _handed_in_by(doc: Doc, token: Token, states: list[Mention]) -> list[Mention]:
    """The state named right after a noun of handing in shortly before the joining word
    («وتزامن الإعلان مع إيداع بليز، يوم الخميس، طلباً للإذن بالتدخل»): who handed the filing
    in, however the parse hung the filing."""
    window = range(token.i - 1, start_in_sentence(token, token.i - _FILER_REACH) - 1, -1)
    noun = next((i for i in window if doc._.folded[i] in FILING_NOUNS), None)
    if noun is None:
        return []
    start = doc._.offsets[noun + 1][0]
    return [m for m in states if m.start == start][:1]


_FILER_REACH = 10  # words between the noun of handing in and the joining word


@Language.factory("kg_case_joining")
def make_case_joining(nlp: Language, name: str) -> CaseJoiningComponent:
    return CaseJoiningComponent()
