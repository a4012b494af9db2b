"""The records that flow through the pipeline: articles, mentions, events.

All character offsets are code-point offsets into `Article.text`, the full text of the
source file as read, so provenance points at the file a user has, not at a cleaned copy.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from kg.settings import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Article:
    """One news article: a file, or the second article a file carries after «إقرأ أيضاً»."""

    doc_id: str  # stable: content hash of the file, plus the part number for tails
    source: str  # file name
    text: str  # the whole file
    regions: tuple[tuple[int, int], ...]  # the article's own lines: no furniture, no other part
    published: datetime.date | None
    title: str | None = None
    parent_id: str | None = None  # set on a tail article: the file's first article
    dateline: str | None = None  # the place an agency dateline names («القاهرة - أ ش أ»)
    read_as: str | None = None  # how a file that is not plain UTF-8 text was read: HTML, UTF-16…
    lang: str = DEFAULT_LANGUAGE  # the language of its text, a code of kg.lang
    # a transcript's turns: the speaker's label («غولر» of «غولر: …»), where the turn's
    # words begin and end
    turns: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True)
class Skipped:
    """A file that could not be read as an article, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Entity:
    """An actor, place or case. `key` is stable across documents and builds."""

    key: str
    type: str  # an ontology class: Person, State, Organization, Group, City, LegalCase, ...
    label: str  # its name in the news' language, `lang`
    label_en: str | None = None  # its English name, for people reading the graph in English
    qid: str | None = None
    link_source: str | None = None  # "table" | "role" | None when unlinked
    lang: str = DEFAULT_LANGUAGE  # the language of `label`, a code of kg.lang


@dataclass(frozen=True)
class Role:
    """One holder of one office over one period (a row of the roles table)."""

    office: str
    titles: tuple[str, ...]  # how Arabic news names the office
    holder: Entity
    start: datetime.date | None
    end: datetime.date | None
    office_key: str | None = None  # the Office it is a term of («foreign-minister:TR»), if known
    as_of: datetime.date | None = None  # a term with no end was last confirmed on this day

    def held_on(self, day: datetime.date) -> bool:
        """Whether the term covers `day`; a term still open when last checked covers no day
        after that check (the holder may have left since: better no name than a wrong one)."""
        if self.start is not None and day < self.start:
            return False
        if self.end is not None:
            return day < self.end
        return self.as_of is None or day <= self.as_of


@dataclass(frozen=True)
class Office:
    """An office of a state or an international body, with every title Arabic news gives it
    (kg/data/office_titles.tsv, kg/data/body_offices.tsv)."""

    key: str  # e.g. "foreign-minister:TR", "secretary-general:un"
    kind: str  # head-of-state | head-of-government | foreign-minister | defence-minister
    # | intelligence-chief | crown-prince | parliament-speaker | vice-president | ambassador;
    # a body's: secretary-general | director-general | …
    state: Entity  # the state (or the international body) it serves
    label_en: str  # "Minister of Foreign Affairs of Turkey"
    titles: tuple[str, ...]  # the Arabic forms


@dataclass(frozen=True)
class Mention:
    """A stretch of an article's text that names an entity."""

    start: int
    end: int
    entity: Entity
    rule: str  # alias | metonym-state | metonym-city | title-name | title-role | ...
    confidence: float
    role: Role | None = None  # the office statement that resolved a title to this person
    alternative: Entity | None = None  # a capital read as its state: the city it also names
    represents: Entity | None = None  # the state a title names («وزير الخارجية التركي»: Turkey)
    office: str | None = None  # the key of the office a title names («foreign-minister:TR»)
    candidates: tuple[Entity, ...] = ()  # a name several entities share, until the article tells


@dataclass(frozen=True)
class EventDate:
    value: str  # ISO lexical form: 2025-04-11 | 2025-04 | 2025
    precision: str  # day | month | year
    basis: str  # "text" or "publication"
    end_value: str | None = None
    end_precision: str | None = None


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    sentence_start: int
    sentence_end: int
    start: int  # the span that triggered the fact
    end: int


@dataclass(frozen=True)
class Event:
    """An n-ary event read from one sentence, before cross-document merging.

    `sides` groups participants: a meeting has two sides (host and guests), or more when
    peers or a third party meet («اجتماع ثلاثي», an attendee for a third state), and `met`
    pairs participants across sides only; a multilateral meeting and other events have one.
    """

    kind: str  # an event kind of kg.schema: Meeting | CaseJoining | Membership
    sides: tuple[tuple[Entity, ...], ...]
    evidence: Evidence
    confidence: float
    rule: str
    location: Entity | None = None
    target: Entity | None = None  # the case joined, or the group a member belongs to
    date: EventDate | None = None
    roles: tuple[tuple[str, Entity], ...] = ()  # ("plaintiff", South Africa), ("convener", G)
    supporting: tuple[Evidence, ...] = ()  # other sentences reporting the same event
    modality: str | None = None  # None: it took place; else one of kg.schema.MODALITIES

    @property
    def participants(self) -> tuple[Entity, ...]:
        return tuple(entity for side in self.sides for entity in side)
