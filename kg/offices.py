"""The offices of every state and international body, with the titles Arabic news gives them.

Each state of kg/data/states.tsv has fifteen offices (`KINDS`), the speaker of its parliament
(«رئيس مجلس النواب اللبناني») among them, and a monarchy a sixteenth, its crown prince («ولي
العهد السعودي»), a republic its vice-president («نائب الرئيس الأمريكي», «النائب الأول للرئيس
الإيراني»). Their titles are the patterns of kg/data/office_titles.tsv
filled with the state's names, its nisba adjectives («التركي»,
«التركية») and the names of its main intelligence service (organisations.tsv), plus the extra
titles the state's row lists («وزير الحرب الأمريكي»). The heads of international bodies
(kg/data/body_offices.tsv: the UN Secretary-General, the EU's High Representative, …), and
the heads of non-state actors and parties («الأمين العام لحزب الله», «رئيس المكتب السياسي
لحركة حماس»), have their own patterns, filled with the body's names («الأمين العام للأمم
المتحدة», «أمين عام الجامعة العربية»). A title that two offices would share («الرئيس
الكونغولي», both Congos) names neither: it is left out and listed in `ambiguous`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.normalize import normalize
from kg.types import Entity, Office

KINDS = (
    "head-of-state",
    "head-of-government",
    "foreign-minister",
    "defence-minister",
    "interior-minister",
    "finance-minister",
    "economy-minister",
    "oil-minister",
    "energy-minister",
    "trade-minister",
    "justice-minister",
    "intelligence-chief",
    "crown-prince",
    "parliament-speaker",
    "vice-president",
    "ambassador",
    "consul",
)
LABELS = {
    "head-of-state": "Head of State of {}",
    "head-of-government": "Head of Government of {}",
    "foreign-minister": "Minister of Foreign Affairs of {}",
    "defence-minister": "Minister of Defence of {}",
    "interior-minister": "Minister of the Interior of {}",
    "finance-minister": "Minister of Finance of {}",
    "economy-minister": "Minister of the Economy of {}",
    "oil-minister": "Minister of Oil of {}",
    "energy-minister": "Minister of Energy of {}",
    "trade-minister": "Minister of Trade of {}",
    "justice-minister": "Minister of Justice of {}",
    "intelligence-chief": "Head of the Intelligence Service of {}",
    "crown-prince": "Crown Prince of {}",
    "parliament-speaker": "Speaker of the Parliament of {}",
    "vice-president": "Vice-President of {}",
    "ambassador": "Ambassador of {}",
    "consul": "Consul of {}",
}
ANY = "*"
# Offices of a monarchy only: their patterns are for the state's head_of_state_title (ملك, أمير,
# سلطان, إمبراطور), and a state whose title has none (a republic) has no such office.
HEIR_KINDS = frozenset({"crown-prince"})
# Offices a state has only where a pattern is for its head of state: a monarchy's heir, a
# republic's vice-president (a kingdom has none).
BY_FORM_OF_STATE = HEIR_KINDS | {"vice-president"}
# Offices some of whose patterns are for one kind of head of state: «رئيس مجلس الأمة» is an
# emirate's (Kuwait's) speaker, not Algeria's (its upper house), «مجلس الشورى الإسلامي» Iran's;
# a republic's vice-president is «نائب الرئيس», Iran's (whose president heads the government
# under the Leader) only «النائب الأول للرئيس», for its president has a dozen vice-presidents.
BY_HEAD_OF_STATE = BY_FORM_OF_STATE | {"head-of-state", "parliament-speaker"}


@dataclass(frozen=True)
class StateTitles:
    """What the titles of one state's offices are made of."""

    iso2: str
    entity: Entity
    names: tuple[str, ...]  # «تركيا», «الجمهورية التركية»
    nisba_m: tuple[str, ...]  # indefinite: «تركي»
    nisba_f: tuple[str, ...]  # «تركية»
    head_of_state: str  # رئيس | ملك | أمير | سلطان | مرشد | إمبراطور | بابا
    head_of_government: str  # رئيس الوزراء | مستشار | رئيس
    services: tuple[str, ...] = ()  # names of the main intelligence service
    extra: tuple[tuple[str, str], ...] = ()  # (kind, title pattern) the state's row adds


@dataclass(frozen=True)
class BodyTitles:
    """One office of an international body and what its titles are made of."""

    key: str  # «secretary-general:un»
    kind: str  # secretary-general | high-representative | director-general | …
    body: Entity
    label_en: str  # "Secretary-General of the United Nations"
    names: tuple[str, ...]  # the body's names: «الأمم المتحدة», «منظمة الأمم المتحدة»
    patterns: tuple[str, ...]  # «الأمين العام {of}», «أمين عام {body}», «الأمين العام الأممي»


@dataclass
class Offices:
    offices: list[Office] = field(default_factory=list)
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded title → keys

    def by_key(self) -> dict[str, Office]:
        return {office.key: office for office in self.offices}


def definite(adjective: str) -> list[str]:
    """«تركي» → «التركي»; «كوري جنوبي» → «الكوري الجنوبي»; «جنوب أفريقي» → «الجنوب أفريقي»
    and «الجنوب الأفريقي» (news writes both)."""
    words = adjective.split()
    forms = [" ".join("ال" + w for w in words)]
    if len(words) > 1 and not words[0].endswith("ي"):
        forms.append(" ".join(["ال" + words[0], *words[1:]]))
    return forms


def fillers(state: StateTitles) -> dict[str, list[str]]:
    """What each placeholder of a title pattern stands for in `state`'s titles."""
    return {
        "{m}": [d for n in state.nisba_m for d in definite(n)],
        "{f}": [d for n in state.nisba_f for d in definite(n)],
        "{name}": list(state.names),
        "{of}": [with_lam(name) for name in state.names],
        "{service}": list(state.services),
    }


def expand(pattern: str, slots: dict[str, list[str]]) -> list[str]:
    """Every title a pattern gives for a state, from its `fillers` (one placeholder a
    pattern)."""
    for slot, values in slots.items():
        if slot in pattern:
            return [pattern.replace(slot, value) for value in values]
    return [pattern]


def with_lam(name: str) -> str:
    """«ل» before a name, the article's alef dropped: «الأمم المتحدة» → «للأمم المتحدة»."""
    return "ل" + name[1:] if name.startswith("ال") else "ل" + name


def body_titles(body: BodyTitles) -> list[str]:
    """Every title of a body's office: {body} is each of the body's names, {of} each with
    «ل» («الأمين العام للجامعة العربية»); a pattern without a slot is a title as it is."""
    titles = []
    for pattern in body.patterns:
        if "{body}" in pattern or "{of}" in pattern:
            titles += [
                pattern.replace("{body}", name).replace("{of}", with_lam(name))
                for name in body.names
            ]
        else:
            titles.append(pattern)
    return titles


def generate(
    states: Iterable[StateTitles],
    patterns: list[dict[str, str]],
    bodies: Iterable[BodyTitles] = (),
) -> Offices:
    """The offices of `states` and `bodies`; titles that would name two offices are left out
    of both."""
    drafts: list[tuple[str, str, Entity, str, list[str]]] = []
    for state in states:
        slots = fillers(state)
        for kind in KINDS:
            when = {ANY}
            if kind in BY_HEAD_OF_STATE:
                when.add(state.head_of_state)
            elif kind == "head-of-government":
                when.add(state.head_of_government)
            titles = [
                title
                for row in patterns
                if row["kind"] == kind and row["when"] in when
                for title in expand(row["pattern"], slots)
            ]
            titles += [
                title
                for extra_kind, pattern in state.extra
                if extra_kind == kind
                for title in expand(pattern, slots)
            ]
            if kind in BY_FORM_OF_STATE and not titles:
                continue  # a republic has no crown prince, a kingdom no vice-president
            label = LABELS[kind].format(state.entity.label_en or state.iso2)
            drafts.append((f"{kind}:{state.iso2}", kind, state.entity, label, titles))
    for body in bodies:
        drafts.append((body.key, body.kind, body.body, body.label_en, body_titles(body)))
    folded: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    for key, _, _, _, titles in drafts:
        for title in titles:
            if title not in folded:
                folded[title] = normalize(title)
            owners.setdefault(folded[title], set()).add(key)
    result = Offices()
    result.ambiguous = {t: tuple(sorted(keys)) for t, keys in owners.items() if len(keys) > 1}
    for key, kind, serves, label, titles in drafts:
        kept = _unique((t, folded[t]) for t in titles if folded[t] not in result.ambiguous)
        result.offices.append(Office(key, kind, serves, label, kept))
    return result


def _unique(titles: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """Titles (given with their folded spelling) once each, in order."""
    seen: set[str] = set()
    kept = []
    for title, folded in titles:
        if folded not in seen:
            seen.add(folded)
            kept.append(title)
    return tuple(kept)
