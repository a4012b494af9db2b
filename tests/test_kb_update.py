"""`kg kb update` against a real local SPARQL server holding Wikidata-shaped data: the tables it
writes, how the build uses them (offline), titles resolved by date, the cache, and failures."""

from __future__ import annotations

import csv
import datetime
import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import WIKIDATA_SAMPLE, run_kg
from rdflib import URIRef
from rdflib.namespace import OWL

from kg.errors import EndpointUnreachable
from kg.graph import GraphBuilder, entity_iri
from kg.kb import KnowledgeBase, default_kb, shipped_kb, updated_kb
from kg.kb_update import update
from kg.namespaces import KG, WD
from kg.serve import OxigraphServer, free_port
from kg.store.http import Retry
from kg.tablecache import default_tables
from kg.types import Article
from kg.wikidata import Client

MINISTER = "وزير الخارجية التركي"
TURKISH_MINISTERS = {"Q249206", "Q900000003", "Q39259", "Q900000005"}
KENYAN_A, KENYAN_B, KENYAN_C = "Q900000072", "Q900000073", "Q900000074"
ROLE_HEADER = ["role_en", "role_ar_examples", "country_qid", "holder_en", "holder_qid", "start"]
ROLE_HEADER += ["end", "verified"]
STATEMENT = f"قال {MINISTER} إن بلاده تدعم وقف إطلاق النار."


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture(scope="module")
def updated(wikidata_server, tmp_path_factory) -> Path:
    """The folder `kg kb update` wrote from the Wikidata-shaped sample."""
    folder = tmp_path_factory.mktemp("kb")
    client = Client(wikidata_server.endpoints.query, cache=tmp_path_factory.mktemp("cache"))
    update(client, folder)
    return folder


@pytest.fixture(scope="module")
def merged_kb(updated):
    return shipped_kb().merged(updated_kb(updated))


def test_entities_have_labels_kinds_capitals_and_context(updated):
    by_qid = {row["qid"]: row for row in rows(updated / "entities.tsv")}
    turkey = by_qid["Q43"]
    assert (turkey["type"], turkey["label_ar"], turkey["metonyms_ar"]) == (
        "state",
        "تركيا",
        "أنقرة",
    )
    assert turkey["aliases_ar"].split("|") == ["تركيا", "الجمهورية التركية"]  # «تر»: too short
    assert by_qid["Q3640"]["type"] == by_qid["Q900000030"]["type"] == "city"  # P31/P279* Q515
    assert by_qid["Q842"]["metonyms_ar"] == "مسقط"
    assert by_qid["Q249206"]["countries"] == "Q43"
    assert {row["verified"] for row in by_qid.values()} == {"wikidata"}
    assert "Q900000032" not in by_qid  # below the population threshold
    assert "Q900000070" not in by_qid and "Q900000062" not in by_qid  # offices
    assert "Q900000001" not in by_qid  # an office is a title, not an entity
    assert "Q900000022" not in by_qid  # a street: no kind kg links


def test_roles_are_office_terms_with_dates_and_arabic_titles(updated):
    terms = [
        (r["holder_qid"], r["start"], r["end"], r["country_qid"])
        for r in rows(updated / "roles.tsv")
    ]
    turkish = [term for term in terms if term[3] == "Q43" and term[0] in TURKISH_MINISTERS]
    assert turkish == [
        ("Q249206", "2014-08-29", "2015-08-28", "Q43"),
        ("Q249206", "2015-11-24", "2023-06-04", "Q43"),
        ("Q900000003", "2023-06-04", "", "Q43"),
        ("Q39259", "2014-08-28", "", "Q43"),
    ]  # the 1990s minister's term ended before 2000
    titles = {r["role_en"]: r["role_ar_examples"] for r in rows(updated / "roles.tsv")}
    assert titles["Minister of Foreign Affairs of Turkey (test item)"] == (
        f"{MINISTER}|وزير خارجية تركيا"
    )
    # «رئيس الجمهورية (تركيا)» is generic without its qualifier: not a title.
    assert titles["President of Turkey (test item)"] == "رئيس تركيا"
    kinds = {r["role_en"]: r["office_kind"] for r in rows(updated / "roles.tsv")}
    assert kinds["President of Turkey (test item)"] == "head-of-state"
    assert kinds["Prime Minister of Turkey (test item)"] == "head-of-government"
    assert kinds["Minister of Culture of Turkey (test item)"] == ""  # no office kg generates
    assert kinds["Deputy President of Malta (test item)"] == ""  # a deputy's office


def test_kb_json_records_the_endpoint_and_when_it_answered(updated, wikidata_server):
    meta = json.loads((updated / "kb.json").read_text(encoding="utf-8"))
    assert meta["endpoint"] == wikidata_server.endpoints.query
    assert datetime.datetime.fromisoformat(meta["queried"]).tzinfo is not None
    assert (meta["entities"], meta["roles"]) == (27, 12)


def test_updated_entities_link_with_their_own_source(updated):
    kb = updated_kb(updated)
    oman = kb.by_key["Q842"]
    assert (oman.qid, oman.link_source) == ("Q842", "kb-update")
    assert kb.entries[0].countries == ("Q43",) and kb.entries[0].sitelinks == 330


def test_shipped_rows_win_where_both_tables_know_an_entity(merged_kb):
    assert merged_kb.by_key["Q3640"].link_source == "table"  # same QID: the shipped row
    assert "Q900000003" not in merged_kb.by_key  # same English label as shipped Hakan Fidan
    fidan = [r for r in merged_kb.roles if r.holder.label_en == "Hakan Fidan"]
    assert {r.holder.key for r in fidan} == {"hakan-fidan"}
    assert {r.holder.qid for r in fidan} == {"Q900000003"}  # every term: one linked person
    erdogan = [r for r in merged_kb.roles if r.office.startswith("President of Turkey")]
    assert {r.holder.link_source for r in erdogan} == {"table"}
    assert merged_kb.by_key["Q842"].label == "عمان"  # new entities are added


def test_default_kb_adds_the_tables_in_KG_KB_DIR(updated, monkeypatch):
    monkeypatch.setenv("KG_KB_DIR", str(updated))
    default_tables.cache_clear()
    try:
        assert "Q900000030" in default_kb().by_key  # a city only the update knows
    finally:
        default_tables.cache_clear()
    monkeypatch.setenv("KG_KB_DIR", str(updated / "nothing-here"))
    assert "Q900000030" not in default_kb().by_key
    default_tables.cache_clear()


@pytest.mark.model
@pytest.mark.parametrize(
    ("published", "holder", "start"),
    [
        (datetime.date(2022, 5, 1), "Q249206", datetime.date(2015, 11, 24)),
        (datetime.date(2025, 5, 1), "hakan-fidan", datetime.date(2023, 6, 4)),
    ],
)
def test_a_title_names_whoever_held_the_office_on_the_articles_date(
    arabic_parser, merged_kb, published, holder, start
):
    from kg.pipeline import Extractor

    article = Article("t", "t.txt", STATEMENT, ((0, len(STATEMENT)),), published)
    ((_, _, mentions, events),) = Extractor(arabic_parser, merged_kb).process([article])
    (mention,) = [m for m in mentions if m.rule == "title-role"]
    assert STATEMENT[mention.start : mention.end] == MINISTER
    assert (mention.entity.key, mention.role.start) == (holder, start)
    builder = GraphBuilder()
    builder.add(article, mentions, events)
    graph = builder.graph()
    (statement,) = graph.objects(entity_iri(mention.entity), KG.resolvedByRole)
    assert graph.value(statement, KG.startDate).toPython() == start
    node = entity_iri(mention.entity)
    if holder.startswith("Q"):
        # the shipped holders table knows him with a QID two sources agree on: its row wins
        assert graph.value(node, OWL.sameAs) == URIRef(WD[holder])
        assert str(graph.value(node, KG.linkSource)) == "table"
    else:
        # the shipped row has no QID; the update's, for the same man in the same office, links it
        assert graph.value(node, OWL.sameAs) == URIRef(WD["Q900000003"])
        assert str(graph.value(node, KG.linkSource)) == "kb-update"


# ------------------------------------------------------- statements: dates, ranks, office kinds


def terms_of(folder: Path, holder: str) -> list[tuple[str, str]]:
    return [(r["start"], r["end"]) for r in rows(folder / "roles.tsv") if r["holder_qid"] == holder]


def holder_on(kb, title: str, day: datetime.date):
    """Who `kb` says held the office `title` names on `day` (an Entity), or None."""
    office = kb.office_for_title(title)
    found = kb.holder([r for r in kb.roles if r.office_key == office.key], day)
    return found[1] if found else None


def test_a_statement_without_dates_is_kept_only_for_a_person_with_no_dated_one(updated):
    assert ("", "") not in terms_of(updated, KENYAN_A)  # beside his dated statements
    assert terms_of(updated, KENYAN_B) == [("", "")]  # his only statement


@pytest.mark.parametrize(
    ("day", "holder"),
    [
        (datetime.date(2020, 6, 1), KENYAN_A),  # a dated term covers the day: it alone counts
        (datetime.date(2025, 6, 1), KENYAN_B),  # no dated term does: the undated one resolves
    ],
)
def test_an_undated_term_never_makes_a_title_ambiguous(merged_kb, day, holder):
    assert holder_on(merged_kb, "وزير الخارجية المالطي", day).qid == holder


def test_a_deprecated_statement_counts_for_nothing(updated, merged_kb):
    assert terms_of(updated, KENYAN_C) == []
    assert KENYAN_C not in merged_kb.by_key
    # C's deprecated term (2024-03-01 – 2024-09-01) would have been the only dated one
    assert holder_on(merged_kb, "وزير خارجية مالطا", datetime.date(2024, 6, 1)).qid == KENYAN_B


def test_a_preferred_statement_overrides_the_normal_ones_that_disagree_with_it(updated):
    # a normal-rank statement says 2018-01-05 – 2023-01-01, the preferred one 2018-02-01
    assert terms_of(updated, KENYAN_A) == [("2018-02-01", "2023-01-01")]
    # two statements that do not overlap are two terms, both kept
    assert len(terms_of(updated, "Q249206")) == 2


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("وزير خارجية مالطا", datetime.date(2020, 6, 1), KENYAN_A),  # Wikidata's own label
        ("وزير الخارجية المالطي", datetime.date(2020, 6, 1), KENYAN_A),  # generated by kg
        ("وزيرة الخارجية المالطية", datetime.date(2020, 6, 1), KENYAN_A),
        ("وزير الدفاع المالطي", datetime.date(2021, 1, 1), "Q900000075"),  # no Arabic label at all
        ("رئيس جهاز الاستخبارات التركي", datetime.date(2025, 1, 1), "Q900000063"),  # P2388
    ],
)
def test_titles_in_news_form_come_from_the_generated_offices(merged_kb, title, day, holder):
    assert holder_on(merged_kb, title, day).qid == holder


def test_a_deputys_office_is_not_the_office_it_deputises(merged_kb):
    # Wikidata files the deputy's office under head of state here; his name says otherwise:
    # the title Wikidata gives it is the vice-president's, the office it joins
    assert holder_on(merged_kb, "رئيس مالطا", datetime.date(2023, 6, 1)) is None
    (term,) = [r for r in merged_kb.roles if r.holder.qid == "Q900000077"]
    assert term.office_key == "vice-president:MT" and "نائب رئيس مالطا" in term.titles
    assert holder_on(merged_kb, "نائب رئيس مالطا", datetime.date(2023, 6, 1)).qid == "Q900000077"


@pytest.mark.model
@pytest.mark.parametrize("title", ["وزير الخارجية المالطي", "وزير خارجية مالطا"])
def test_an_article_names_the_holder_by_either_form_of_the_title(arabic_parser, merged_kb, title):
    from kg.pipeline import Extractor

    text = f"قال {title} إن بلاده تدعم وقف إطلاق النار."
    article = Article("k", "k.txt", text, ((0, len(text)),), datetime.date(2020, 6, 1))
    ((_, _, mentions, _),) = Extractor(arabic_parser, merged_kb).process([article])
    (mention,) = [m for m in mentions if m.rule == "title-role"]
    assert text[mention.start : mention.end] == title
    assert (mention.entity.qid, mention.office) == (KENYAN_A, "foreign-minister:MT")


def test_an_updated_term_carries_every_title_of_its_office(merged_kb):
    (term,) = [r for r in merged_kb.roles if r.holder.qid == KENYAN_A]
    assert term.office_key == "foreign-minister:MT"
    assert term.titles[0] == "وزير خارجية مالطا"  # Wikidata's label first, then kg's titles
    assert set(merged_kb.office_by_key["foreign-minister:MT"].titles) <= set(term.titles)
    assert "وزير الخارجية المالطي" in term.titles


# ------------------------------------------------------- organisations and intelligence chiefs


def test_the_organisations_of_the_shipped_table_are_found_by_their_names(updated, merged_kb):
    by_qid = {row["qid"]: row for row in rows(updated / "entities.tsv")}
    assert by_qid["Q900000060"]["found_as"] == "National Intelligence Organization (MİT)"
    # named alike, but of another state, or one of two that carry the name: left out
    assert not {"Q900000064", "Q900000065", "Q900000066"} & set(by_qid)
    organisations = {e.label_en: e for e in merged_kb.by_key.values() if e.type == "Organization"}
    mit = organisations["National Intelligence Organization (MİT)"]
    assert (mit.qid, mit.link_source) == ("Q900000060", "kb-update")
    assert "Q900000060" not in merged_kb.by_key  # one entity, the shipped row's, now linked
    assert organisations["Fatah"].qid is None
    assert organisations["General Intelligence Service (Egypt)"].qid is None


def test_the_heads_of_the_main_intelligence_services_are_fetched(updated):
    (row,) = [r for r in rows(updated / "roles.tsv") if r["holder_qid"] == "Q900000063"]
    assert (row["office_kind"], row["country_qid"], row["start"]) == (
        "intelligence-chief",
        "Q43",
        "2023-06-04",
    )


# ------------------------------------------------------- a shipped person without a QID


def test_the_update_links_a_shipped_person_it_knows_in_the_same_office(merged_kb):
    fidan = merged_kb.by_key["hakan-fidan"]  # same English label, same office and term
    assert (fidan.qid, fidan.link_source) == ("Q900000003", "kb-update")
    kalin = merged_kb.by_key["ibrahim-kalin"]  # same Arabic name, same office and term
    assert (kalin.qid, kalin.link_source) == ("Q900000063", "kb-update")
    assert "Q900000063" not in merged_kb.by_key
    assert {r.holder.key for r in merged_kb.roles if r.holder.qid == "Q900000063"} == {
        "ibrahim-kalin"
    }


@pytest.mark.parametrize(
    ("shipped", "namesake"),
    [
        ("yasar-guler", None),  # same English label, but another office (culture)
        ("khalil-al-hayya", "Q900000082"),  # same Arabic name; he holds no office kg knows
        ("ahmet-davutoglu", "Q900000084"),  # same Arabic name and office, years apart
    ],
)
def test_a_namesake_in_the_update_does_not_link_a_shipped_person(merged_kb, shipped, namesake):
    assert merged_kb.by_key[shipped].qid is None
    if namesake is not None:  # kept apart, with its own QID
        assert merged_kb.by_key[namesake].qid == namesake


# ------------------------------------------------------- two cities of one name


def test_two_cities_of_one_name_stay_two(updated, tmp_path):
    by_qid = {row["qid"]: row for row in rows(updated / "entities.tsv")}
    libya, lebanon = by_qid["Q3579"], by_qid["Q900000050"]
    assert (libya["label_ar"], libya["countries"]) == ("طرابلس", "Q1016")
    assert (lebanon["label_ar"], lebanon["countries"]) == ("طرابلس", "Q822")
    assert by_qid["Q1016"]["metonyms_ar"] == "طرابلس" and by_qid["Q822"]["metonyms_ar"] == ""
    # A base that knows only Libya's Tripoli, without a QID: the update's Libyan Tripoli is
    # that city, the Lebanese one another.
    (tmp_path / "entities.tsv").write_text(
        "qid\ttype\tlabel_en\tlabel_ar\taliases_ar\tmetonyms_ar\tverified\tcountries\n"
        "\tcity\tTripoli\tطرابلس\tطرابلس\t\t\tQ1016\n",
        encoding="utf-8",
    )
    (tmp_path / "roles.tsv").write_text("\t".join(ROLE_HEADER) + "\n", encoding="utf-8")
    base = KnowledgeBase.from_tables(tmp_path / "entities.tsv", tmp_path / "roles.tsv")
    merged = base.merged(updated_kb(updated))
    tripolis = [e for e in merged.by_key.values() if e.label_en == "Tripoli"]
    assert sorted(e.key for e in tripolis) == ["Q900000050", "tripoli"]


def test_a_rerun_reads_the_cache_and_a_failed_one_keeps_the_tables(tmp_path):
    folder, cache = tmp_path / "kb", tmp_path / "cache"
    port = free_port()
    with OxigraphServer.running(graph=WIKIDATA_SAMPLE, port=port) as server:
        url = server.endpoints.query
        first = update(Client(url, cache=cache), folder)
    assert first.requests > 0
    tables = {name: (folder / name).read_bytes() for name in ("entities.tsv", "roles.tsv")}
    again = update(Client(url, cache=cache), folder)  # the server is gone: all from the cache
    assert (again.requests, again.entities, again.queried) == (0, first.entities, first.queried)
    with pytest.raises(EndpointUnreachable, match="cannot reach"):
        update(Client(url, cache=cache, refresh=True, retry=Retry(1, 0.0)), folder)
    assert {name: (folder / name).read_bytes() for name in tables} == tables


# ---------------------------------------------------------------- the command


def kg(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_kg(*args, env={**os.environ, **env}, cwd=cwd)


def test_kg_kb_update_prints_what_it_wrote(wikidata_server, tmp_path):
    env = {"KG_KB_DIR": str(tmp_path / "kb"), "KG_CACHE_DIR": str(tmp_path / "cache")}
    done = kg("kb", "update", "--endpoint", wikidata_server.endpoints.query, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "27 entities and 12 office terms" in done.stdout
    assert (tmp_path / "kb" / "roles.tsv").is_file()


@pytest.mark.model
def test_endpoint_down_is_one_line_and_the_build_still_works_offline(updated, tmp_path):
    env = {"KG_KB_DIR": str(updated), "KG_CACHE_DIR": str(tmp_path / "cache")}
    down = f"http://127.0.0.1:{free_port()}/sparql"
    failed = kg("kb", "update", "--endpoint", down, env=env, cwd=tmp_path)
    assert failed.returncode == 1
    (line,) = failed.stderr.strip().splitlines()
    assert f"cannot reach {down}" in line
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "2022.txt").write_text(f"date: 2022-05-01\n{STATEMENT}\n", encoding="utf-8")
    built = kg("build", "--input", "articles", "--output", "kg.ttl", env=env, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    turtle = (tmp_path / "kg.ttl").read_text(encoding="utf-8")
    assert "wd:Q249206" in turtle and '"2015-11-24"^^xsd:date' in turtle
