"""Readers for the fetched snapshots that kg/data/holders.tsv is built from.

Every reader takes the folder that holds the bare git snapshots brought by the search tool's
`fetch` (default /work/.mirror) and reads files straight out of the snapshot's HEAD commit, so
nothing from those repositories is copied into this one.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

EP_OWNER = "every-politician-scrapers"
REIGN_REPO = "OEFDataScience/REIGN.github.io"
REIGN_FILE = "data_sets/leaderlist_3_21.csv"


@dataclass(frozen=True)
class Term:
    """One office term as a source states it (dates as the source writes them).

    `as_of` is set for an open term when the source says on which day it last saw the person
    in office (a dated snapshot or a "current holders" list).
    """

    name: str
    qid: str
    start: str
    end: str
    source: str
    as_of: str = ""


def git_dir(mirror: Path, repo: str) -> Path:
    """The git directory of a fetched snapshot (fetch lays out owner+name/repo[/.git])."""
    base = mirror / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def show(mirror: Path, repo: str, path: str) -> str | None:
    """A file's text at the snapshot's HEAD, or None when the file is not there."""
    proc = subprocess.run(
        ["git", "-C", str(git_dir(mirror, repo)), "show", f"HEAD:{path}"],
        capture_output=True,
    )
    # REIGN's CSV is Windows-1252 in places; every other file read here is UTF-8.
    if proc.returncode != 0:
        return None
    try:
        return proc.stdout.decode("utf-8")
    except UnicodeDecodeError:
        return proc.stdout.decode("cp1252", errors="replace")


def ls(mirror: Path, repo: str) -> list[str]:
    proc = subprocess.run(
        ["git", "-C", str(git_dir(mirror, repo)), "ls-tree", "-r", "--name-only", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout.split("\n")


def head_date(mirror: Path, repo: str, path: str = "") -> str:
    """Date of the snapshot's newest commit (touching `path` when given)."""
    cmd = ["git", "-C", str(git_dir(mirror, repo)), "log", "-1", "--format=%ad", "--date=short"]
    proc = subprocess.run([*cmd, *(["--", path] if path else [])], capture_output=True, text=True)
    return proc.stdout.strip()


def rows(text: str | None) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text))) if text else []


def wikidata_holders(mirror: Path, repo: str) -> dict[str, list[Term]]:
    """Wikidata P39 terms since 2000 (html/holders21.csv), keyed by the position's title."""
    full = f"{EP_OWNER}/{repo}"
    label = f"Wikidata P39 via {full} html/holders21.csv ({head_date(mirror, full)})"
    out: dict[str, list[Term]] = {}
    for row in rows(show(mirror, full, "html/holders21.csv")):
        term = Term(row["person"], row["personID"], row["start"], row["end"], label)
        out.setdefault(row["position"], []).append(term)
    return out


def position_ids(mirror: Path, repo: str) -> dict[str, str]:
    """Title -> Wikidata position QID, from wikidata/wanted-positions.csv."""
    text = show(mirror, f"{EP_OWNER}/{repo}", "wikidata/wanted-positions.csv")
    return {row["title"]: row["position"] for row in rows(text)}


def wikipedia_lists(mirror: Path, repo: str) -> dict[str, list[Term]]:
    """Terms scraped from Wikipedia pages (sources/**/scraped.csv), keyed by position QID.

    A list whose meta.json names one position gives all its rows to that position; a cabinet
    list with a `position` column gives each row to its own position. Lists scraped from
    official sites carry no dates and are skipped; so are the Wikidata copies (wikidata.csv).
    """
    full = f"{EP_OWNER}/{repo}"
    out: dict[str, list[Term]] = {}
    for path in ls(mirror, full):
        if not path.startswith("sources/") or not path.endswith("/scraped.csv"):
            continue
        folder = path[: -len("scraped.csv")]
        meta_text = show(mirror, full, folder + "meta.json") or "{}"
        try:
            meta = json.loads(meta_text)
        except json.JSONDecodeError:
            continue
        url = meta.get("source")
        if isinstance(url, dict):
            url = url.get("url")
        if not isinstance(url, str) or "wikipedia.org" not in url:
            continue
        label = f"Wikipedia list {url} as scraped in {full} {path}"
        for row in rows(show(mirror, full, path)):
            if "startDate" not in row:
                continue
            pos = row.get("position") or meta.get("position") or ""
            name = row.get("itemLabel") or row.get("name") or ""
            term = Term(name, row.get("item", ""), row["startDate"], row.get("endDate", ""), label)
            out.setdefault(pos, []).append(term)
    return out


REIGN_ABB = {
    "AF": "AFG", "DZ": "ALG", "BH": "BAH", "CN": "CHN", "KM": "COM", "DJ": "DJI", "EG": "EGY",
    "ET": "ETH", "FR": "FRN", "IN": "IND", "ID": "INS", "IR": "IRN", "IQ": "IRQ", "IL": "ISR",
    "IT": "ITA", "JO": "JOR", "KW": "KUW", "LB": "LEB", "LY": "LIB", "MY": "MAL", "MR": "MAA",
    "MA": "MOR", "OM": "OMA", "PK": "PAK", "QA": "QAT", "RU": "RUS", "SA": "SAU", "SO": "SOM",
    "ZA": "SAF", "ES": "SPN", "SD": "SUD", "SY": "SYR", "TN": "TUN", "TR": "TUR", "AE": "UAE",
    "GB": "UKG", "US": "USA", "YE": "YEM", "DE": "GMY", "JP": "JPN", "CA": "CAN", "BR": "BRA",
    "NL": "NTH", "BE": "BEL", "NO": "NOR", "SE": "SWD", "UA": "UKR", "CH": "SWZ", "GR": "GRC",
    "KR": "ROK", "CY": "CYP", "AT": "AUS", "PL": "POL", "IE": "IRE",
    "NG": "NIG", "AZ": "AZE", "VE": "VEN", "HU": "HUN", "RO": "ROM", "VN": "DRV", "KP": "PRK",
    "CZ": "CZR", "PT": "POR", "UZ": "UZB", "CU": "CUB", "KZ": "KZK", "BG": "BUL", "SN": "SEN",
    "KE": "KEN", "SS": "SSD", "TH": "THI", "AR": "ARG", "GE": "GRG", "FI": "FIN", "RS": "YUG",
    "AU": "AUL", "NE": "NIR", "GH": "GHA", "PH": "PHI", "CO": "COL",
    "MX": "MEX", "HR": "CRO", "SG": "SIN", "ZW": "ZIM", "CD": "DRC", "RW": "RWA", "UG": "UGA",
    "TZ": "TAZ", "BF": "BFO", "TD": "CHA", "ER": "ERI",
    "SI": "SLV", "CL": "CHL", "BO": "BOL", "BD": "BNG",
    "GM": "GAM", "CI": "CDI", "GW": "GNB", "SL": "SIE", "LR": "LBR", "BJ": "BEN", "TG": "TOG",
    "CV": "CAP", "GN": "GUI", "CM": "CAO", "GA": "GAB", "CF": "CEN", "CG": "CON", "GQ": "EQG",
    "AO": "ANG", "MZ": "MZM", "NA": "NAM", "BW": "BOT", "ZM": "ZAM", "MW": "MAW", "MG": "MAG",
    "MU": "MAS", "BI": "BUI",
    "PE": "PER", "EC": "ECU", "PY": "PAR", "UY": "URU", "NI": "NIC", "LK": "SRI", "NP": "NEP",
    "MM": "MYA", "KH": "CAM", "LA": "LAO", "MN": "MON", "KG": "KYR", "TJ": "TAJ", "TM": "TKM",
    "AM": "ARM",
}  # fmt: skip


def reign_leaders(mirror: Path) -> dict[str, list[Term]]:
    """REIGN's leader list (effective leaders to March 2021), keyed by ISO code.

    REIGN names a leader by surname only and gives the start day but only the end month,
    so it can confirm a head of state's or government's start date, not the full name.
    """
    text = show(mirror, REIGN_REPO, REIGN_FILE)
    iso_of = {abb: iso for iso, abb in REIGN_ABB.items()}
    label = f"REIGN leader list ({REIGN_REPO} {REIGN_FILE})"
    out: dict[str, list[Term]] = {}
    for row in rows(text):
        iso = iso_of.get(row["stateabb"])
        if not iso or not row["syear"].isdigit():
            continue
        start = f"{int(row['syear']):04d}-{int(row['smonth']):02d}-{int(row['sdate']):02d}"
        end = ""
        if row["eyear"].isdigit() and row["emonth"].isdigit():
            end = f"{int(row['eyear']):04d}-{int(row['emonth']):02d}"
        out.setdefault(iso, []).append(Term(row["leader"], "", start, end, label))
    return out


ARABIC_ONLY = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة "
PERSIAN_LETTERS = set("پچژگکی")


def arabic_labels(mirror: Path, repo: str) -> dict[str, tuple[str, str]]:
    """QID -> (Arabic name, where it was read) from any CSV of the snapshot.

    Some lists are scraped from Arabic Wikipedia, and Wikidata items with no English label
    show their Arabic label; a name written only with Arabic letters (no Persian or Urdu
    letters) is kept as the person's Arabic name.
    """
    full = f"{EP_OWNER}/{repo}"
    out: dict[str, tuple[str, str]] = {}
    for path in ls(mirror, full):
        if not path.endswith(".csv"):
            continue
        for row in rows(show(mirror, full, path)):
            qid = row.get("item") or row.get("personID") or row.get("id") or row.get("wdid") or ""
            name = (row.get("itemLabel") or row.get("person") or row.get("name") or "").strip()
            if not qid.startswith("Q") or not name or set(name) & PERSIAN_LETTERS:
                continue
            if all(c in ARABIC_ONLY for c in name):
                out.setdefault(qid, (name, f"{full} {path}"))
    return out


# --- Sources added in the second pass (terms after the 2022-2023 Wikidata snapshots) ---

IFG_REPO = "instituteforgov/ifg-ministers-database-public"
IFG_POSTS = {
    "Prime Minister": "head-of-government",
    "Secretary of State for Foreign and Commonwealth Affairs": "foreign-minister",
    "Secretary of State for Foreign, Commonwealth and Development Affairs": "foreign-minister",
    "Secretary of State for Defence": "defence-minister",
}


def ifg_ministers(mirror: Path) -> dict[str, list[Term]]:
    """UK Prime Ministers, Foreign and Defence Secretaries from the IfG Ministers Database.

    The database (CC BY 4.0) lists every appointment since 1979 with start and end days; an
    open appointment is current as of the snapshot's last data commit.
    """
    if not git_dir(mirror, IFG_REPO).exists():
        return {}
    as_of = head_date(mirror, IFG_REPO, "data/appointment.csv")
    label = f"IfG Ministers Database ({IFG_REPO} data/appointment.csv, {as_of})"
    posts = {
        p["id"]: IFG_POSTS.get(p["name"]) for p in rows(show(mirror, IFG_REPO, "data/post.csv"))
    }
    names: dict[str, str] = {}
    for p in rows(show(mirror, IFG_REPO, "data/person.csv")):
        # A person's record is split when the name changes (a peerage, "Lord Cameron of
        # Chipping Norton"): keep the personal name, which the other sources use.
        if p["id"] not in names or not p["name"].startswith(("Lord ", "Baroness ")):
            names[p["id"]] = p["name"]
    out: dict[str, list[Term]] = {}
    for a in rows(show(mirror, IFG_REPO, "data/appointment.csv")):
        kind = posts.get(a["post_id"])
        if kind:
            end = a["end_date"]
            term = Term(
                names[a["person_id"]], "", a["start_date"], end, label, "" if end else as_of
            )
            out.setdefault(kind, []).append(term)
    return out


WORLD_REPO = f"{EP_OWNER}/world"
WORLD_COUNTRIES = {
    "Algeria": "DZ", "Bahrain": "BH", "China": "CN", "Egypt": "EG", "France": "FR",
    "Germany": "DE", "Iran": "IR", "Iraq": "IQ", "Israel": "IL", "Jordan": "JO",
    "Kuwait": "KW", "Lebanon": "LB", "Libya": "LY", "Morocco": "MA", "Oman": "OM",
    "Pakistan": "PK", "Palestine": "PS", "Qatar": "QA", "Russian Federation": "RU",
    "Saudi Arabia": "SA", "Sudan": "SD", "Syria": "SY", "Tunisia": "TN", "Turkey": "TR",
    "United Arab Emirates": "AE", "United Kingdom": "GB", "United States": "US", "Yemen": "YE",
    "Japan": "JP", "Canada": "CA", "Brazil": "BR", "Netherlands": "NL", "Belgium": "BE",
    "Norway": "NO", "Sweden": "SE", "Ukraine": "UA", "Switzerland": "CH",
    "Greece": "GR", "South Korea": "KR", "Cyprus": "CY", "Austria": "AT", "Poland": "PL",
    "Ireland": "IE", "Nigeria": "NG", "Azerbaijan": "AZ", "Venezuela": "VE",
    "Hungary": "HU", "Romania": "RO", "Vietnam": "VN", "North Korea": "KP", "Czech Republic": "CZ",
    "Portugal": "PT", "Uzbekistan": "UZ", "Cuba": "CU", "Kazakhstan": "KZ", "Bulgaria": "BG",
    "Senegal": "SN", "Kenya": "KE", "South Sudan": "SS", "Thailand": "TH", "Argentina": "AR",
    "Georgia": "GE", "Finland": "FI", "Serbia": "RS", "Australia": "AU",
    "Niger": "NE", "Ghana": "GH", "Philippines": "PH", "Colombia": "CO",
    "Mexico": "MX", "Croatia": "HR", "Singapore": "SG",
    "Gambia, The": "GM", "The Gambia": "GM", "Ivory Coast": "CI", "Guinea-Bissau": "GW",
    "Sierra Leone": "SL", "Liberia": "LR", "Benin": "BJ", "Togo": "TG", "Cape Verde": "CV",
    "Guinea": "GN", "Cameroon": "CM", "Gabon": "GA", "Central African Republic": "CF",
    "Congo, Republic of the": "CG", "Equatorial Guinea": "GQ", "Angola": "AO",
    "Mozambique": "MZ", "Namibia": "NA", "Botswana": "BW", "Zambia": "ZM", "Malawi": "MW",
    "Madagascar": "MG", "Mauritius": "MU", "Burundi": "BI",
    "Peru": "PE", "Ecuador": "EC", "Paraguay": "PY", "Uruguay": "UY", "Nicaragua": "NI",
    "Sri Lanka": "LK", "Nepal": "NP", "Myanmar": "MM", "Cambodia": "KH", "Laos": "LA",
    "Mongolia": "MN", "Kyrgyzstan": "KG", "Tajikistan": "TJ", "Turkmenistan": "TM",
    "Armenia": "AM",
}  # fmt: skip


def world_foreign_ministers(mirror: Path) -> dict[str, list[Term]]:
    """Foreign ministers in office in December 2022, keyed by ISO code.

    Two lists from every-politician-scrapers/world: Wikipedia's "List of current foreign
    ministers" (scraped.csv, with the QID of the linked article) and the matching Wikidata
    P39 statements (wikidata.csv). Both are "current" lists, so a term is open as of the
    date the lists were last committed.
    """
    if not git_dir(mirror, WORLD_REPO).exists():
        return {}
    as_of = head_date(mirror, WORLD_REPO, "sources/foreign/scraped.csv")
    out: dict[str, list[Term]] = {}
    for path, what in (("scraped.csv", "Wikipedia"), ("wikidata.csv", "Wikidata")):
        full = f"sources/foreign/{path}"
        label = f"{what} current foreign ministers via {WORLD_REPO} {full} ({as_of})"
        for row in rows(show(mirror, WORLD_REPO, full)):
            iso = WORLD_COUNTRIES.get(row["countryLabel"])
            if iso and row["name"] and row["start"]:
                term = Term(row["name"], row["person"], row["start"], "", label, as_of)
                out.setdefault(iso, []).append(term)
    return out


CURRENT_REPO = "open-data-archive/world-leaders-current"
CURRENT_COUNTRIES = {
    "usa": "US", "uk": "GB", "france": "FR", "russia": "RU", "china": "CN",
    "saudi_arabia": "SA", "turkey": "TR", "germany": "DE", "india": "IN",
    "indonesia": "ID", "italy": "IT", "malaysia": "MY", "south_africa": "ZA",
    "japan": "JP", "canada": "CA", "brazil": "BR",
}  # fmt: skip
# The dataset's head of state of Saudi Arabia is the Crown Prince (its parser takes the Prime
# Minister for the King), so that position is not used.
CURRENT_SKIP = {("SA", "head-of-state")}
CURRENT_POSITIONS = {"head_of_state": "head-of-state", "head_of_government": "head-of-government"}


def current_leaders(mirror: Path) -> dict[tuple[str, str], list[Term]]:
    """Heads of state and government seen in the daily snapshots of world-leaders-current.

    Each run of one holder in one position becomes a term: its start is the dataset's
    "since" date (from Wikidata/Wikipedia), its end the next holder's "since" date when the
    holder changed within the snapshots, and an open term is current as of the last snapshot
    that shows the holder. Positions a president holds alone (is_same_as_head_of_state) are
    read as head of state only.
    """
    if not git_dir(mirror, CURRENT_REPO).exists():
        return {}
    paths = sorted(p for p in ls(mirror, CURRENT_REPO) if re.match(r"snapshots/.*\.json$", p))
    runs: dict[tuple[str, str], list[dict[str, str]]] = {}
    for path in paths:
        day = path.rsplit("/", 1)[-1].removesuffix(".json")
        snap = json.loads(show(mirror, CURRENT_REPO, path) or "{}")
        for country, data in snap.get("countries", {}).items():
            iso = CURRENT_COUNTRIES.get(country)
            for key, pos in (data.get("positions") or {}).items():
                kind = CURRENT_POSITIONS
                if not iso or key not in kind or (iso, kind[key]) in CURRENT_SKIP:
                    continue
                if key == "head_of_government" and pos.get("is_same_as_head_of_state"):
                    continue
                holder = pos.get("current_holder") or {}
                if not holder.get("name_en"):
                    continue
                seq = runs.setdefault((iso, kind[key]), [])
                same = seq and (
                    seq[-1]["qid"] == (holder.get("wikidata_id") or "-")
                    or seq[-1]["name"] == holder["name_en"]
                )
                if same:
                    seq[-1]["last"] = day
                else:
                    seq.append(
                        {
                            "name": holder["name_en"],
                            "qid": holder.get("wikidata_id") or "",
                            "since": holder.get("since") or "",
                            "last": day,
                        }
                    )
    out: dict[tuple[str, str], list[Term]] = {}
    for key, seq in runs.items():
        for i, run in enumerate(seq):
            label = f"{CURRENT_REPO} daily snapshots (holder seen to {run['last']})"
            end = seq[i + 1]["since"] if i + 1 < len(seq) else ""
            term = Term(
                run["name"], run["qid"], run["since"], end, label, "" if end else run["last"]
            )
            out.setdefault(key, []).append(term)
    return out


US_EXECUTIVE_REPO = "unitedstates/congress-legislators"
US_EXECUTIVE_FILE = "executive.yaml"


def us_vice_presidents(mirror: Path) -> list[Term]:
    """US vice-presidents from unitedstates/congress-legislators (executive.yaml, CC0).

    The file lists each president and vice-president with the QID of his Wikidata item (not
    for all) and his terms (start and end days, the end of an unfinished term being its
    scheduled day); consecutive terms of one person make one term here, and a term whose end
    is after the file's last change is open, current as of that day. Read line by line: the
    YAML is plain (a person a list item, `terms` a list of mappings), and no YAML parser is
    needed.
    """
    text = show(mirror, US_EXECUTIVE_REPO, US_EXECUTIVE_FILE)
    if text is None:
        return []
    as_of = head_date(mirror, US_EXECUTIVE_REPO, US_EXECUTIVE_FILE)
    label = f"{US_EXECUTIVE_REPO} {US_EXECUTIVE_FILE} ({as_of})"
    people: list[dict] = []
    for line in text.splitlines():
        if line.startswith("- "):
            people.append({"terms": []})
        if not people:
            continue
        key, _, value = line.strip().removeprefix("- ").partition(":")
        value = value.strip().strip("'\"")
        if line.startswith("  - type:"):
            people[-1]["terms"].append({"type": value})
        elif line.startswith("    ") and people[-1]["terms"] and key in ("start", "end"):
            people[-1]["terms"][-1][key] = value
        elif line.startswith("    ") and key in ("wikidata", "first", "nickname", "last"):
            people[-1].setdefault(key, value)
    out = []
    for person in people:
        # the name he went by («Dick Cheney», «Al Gore»), as Wikidata labels him
        given = person.get("nickname") or person.get("first", "")
        name = f"{given} {person.get('last', '')}"
        spans: list[list[str]] = []
        for term in person["terms"]:
            if term["type"] != "viceprez":
                continue
            if spans and spans[-1][1] == term["start"]:
                spans[-1][1] = term["end"]
            else:
                spans.append([term["start"], term["end"]])
        qid = person.get("wikidata", "")
        for start, end in spans:
            if end > as_of:  # an unfinished term, scheduled to end later
                out.append(Term(name, qid, start, "", label, as_of))
            else:
                out.append(Term(name, qid, start, end, label))
    return out


def wikipedia_qids(mirror: Path, repos: list[str]) -> dict[str, set[str]]:
    """Person name -> QIDs of the articles Wikipedia lists link for that name.

    Read from every scraped Wikipedia list of the every-politician snapshots and from the
    world list of current foreign ministers; used as the Wikipedia-side confirmation of a
    QID that a Wikidata-derived source gives for a term added in this pass.
    """
    out: dict[str, set[str]] = {}
    for repo in repos:
        for terms in wikipedia_lists(mirror, repo).values():
            for t in terms:
                if t.qid.startswith("Q") and t.name:
                    out.setdefault(t.name, set()).add(t.qid)
    for terms in world_foreign_ministers(mirror).values():
        for t in terms:
            if t.qid.startswith("Q") and t.source.startswith("Wikipedia"):
                out.setdefault(t.name, set()).add(t.qid)
    return out
