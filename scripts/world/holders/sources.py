"""Readers for the fetched snapshots that kg/data/holders.tsv is built from.

Every reader takes the folder that holds the bare git snapshots brought by the search tool's
`fetch` (default /work/.mirror) and reads files straight out of the snapshot's HEAD commit, so
nothing from those repositories is copied into this one.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

EP_OWNER = "every-politician-scrapers"
REIGN_REPO = "OEFDataScience/REIGN.github.io"
REIGN_FILE = "data_sets/leaderlist_3_21.csv"


@dataclass(frozen=True)
class Term:
    """One office term as a source states it (dates as the source writes them)."""

    name: str
    qid: str
    start: str
    end: str
    source: str


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


def head_date(mirror: Path, repo: str) -> str:
    proc = subprocess.run(
        ["git", "-C", str(git_dir(mirror, repo)), "log", "-1", "--format=%ad", "--date=short"],
        capture_output=True,
        text=True,
        check=True,
    )
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
    "GB": "UKG", "US": "USA", "YE": "YEM", "DE": "GMY",
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
