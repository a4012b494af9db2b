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
from kg.kb import default_kb, shipped_kb, updated_kb
from kg.kb_update import update
from kg.namespaces import KG, WD
from kg.serve import OxigraphServer, free_port
from kg.store.http import Retry
from kg.types import Article
from kg.wikidata import Client

MINISTER = "وزير الخارجية التركي"
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
    assert "Q900000001" not in by_qid  # an office is a title, not an entity
    assert "Q900000022" not in by_qid  # a street: no kind kg links


def test_roles_are_office_terms_with_dates_and_arabic_titles(updated):
    terms = [
        (r["holder_qid"], r["start"], r["end"], r["country_qid"])
        for r in rows(updated / "roles.tsv")
    ]
    assert terms == [
        ("Q249206", "2014-08-29", "2015-08-28", "Q43"),
        ("Q249206", "2015-11-24", "2023-06-04", "Q43"),
        ("Q900000003", "2023-06-04", "", "Q43"),
        ("Q39259", "2014-08-28", "", "Q43"),
    ]  # the 1990s minister's term ended before 2000
    titles = {r["role_ar_examples"] for r in rows(updated / "roles.tsv")}
    # «رئيس الجمهورية (تركيا)» is generic without its qualifier: not a title.
    assert titles == {f"{MINISTER}|وزير خارجية تركيا", "رئيس تركيا"}


def test_kb_json_records_the_endpoint_and_when_it_answered(updated, wikidata_server):
    meta = json.loads((updated / "kb.json").read_text(encoding="utf-8"))
    assert meta["endpoint"] == wikidata_server.endpoints.query
    assert datetime.datetime.fromisoformat(meta["queried"]).tzinfo is not None
    assert (meta["entities"], meta["roles"]) == (13, 4)


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
    erdogan = [r for r in merged_kb.roles if r.office.startswith("President of Turkey")]
    assert {r.holder.link_source for r in erdogan} == {"table"}
    assert merged_kb.by_key["Q842"].label_ar == "عمان"  # new entities are added


def test_default_kb_adds_the_tables_in_KG_KB_DIR(updated, monkeypatch):
    monkeypatch.setenv("KG_KB_DIR", str(updated))
    default_kb.cache_clear()
    try:
        assert "Q900000030" in default_kb().by_key  # a city only the update knows
    finally:
        default_kb.cache_clear()
    monkeypatch.setenv("KG_KB_DIR", str(updated / "nothing-here"))
    assert "Q900000030" not in default_kb().by_key
    default_kb.cache_clear()


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
    if holder.startswith("Q"):
        # the shipped holders table knows him with a QID two sources agree on: its row wins
        node = entity_iri(mention.entity)
        assert graph.value(node, OWL.sameAs) == URIRef(WD[holder])
        assert str(graph.value(node, KG.linkSource)) == "table"


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
    assert "13 entities and 4 office terms" in done.stdout
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
