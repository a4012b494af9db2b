"""`kg link`: unlinked entities reconciled with the local tables and, online, with a real local
SPARQL server holding Wikidata-shaped data."""

from __future__ import annotations

import datetime
import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from conftest import run_kg
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDFS

from kg.errors import EndpointUnreachable
from kg.graph import GraphBuilder, entity_iri, write_turtle
from kg.kb_update import update
from kg.linker import Candidate, link, name_score, spellings
from kg.namespaces import KG, WD
from kg.serve import free_port
from kg.store.http import Retry
from kg.types import Article, Entity, Event, Evidence, Mention
from kg.validate import check_conforms
from kg.wikidata import Client

PALESTINE = Entity("Q219060", "State", "دولة فلسطين", "State of Palestine", "Q219060", "table")
EGYPT = Entity("Q79", "State", "مصر", "Egypt", "Q79", "table")


def unlinked(kind: str, label: str) -> Entity:
    return Entity(f"{kind.lower()}-{hashlib.sha1(label.encode()).hexdigest()[:12]}", kind, label)


ANKARA = unlinked("City", "انقره")  # no hamza, ه for ة: Wikidata writes «أنقرة»
IZMORA = unlinked("City", "ازمورا")  # a made-up city; Wikidata (the fixture) writes «إزمورا»
AMMAN = unlinked("City", "عمان")  # a city and a state share this name
OMAN = unlinked("State", "عمان")
MUSTAFA = unlinked("Person", "محمد مصطفى")  # two people share it
YOUSSEF = unlinked("Person", "أحمد يوسف")  # only an alias of two people, and a street's name
NOBODY = unlinked("Person", "زيد بن عمرو")  # no one by this name
MADRID_GROUP = Entity("madrid-group-gaza", "Group", "مجموعة مدريد", "Madrid Group (Gaza)")


def article(doc_id: str, text: str, mentions: list[Entity], events=()) -> tuple:
    item = Article(doc_id, f"{doc_id}.txt", text, ((0, len(text)),), datetime.date(2025, 5, 1))
    return item, [Mention(0, 1, entity, "alias", 0.9) for entity in mentions], list(events)


def meeting(doc_id: str, text: str, *sides: tuple[Entity, ...]) -> Event:
    return Event("Meeting", sides, Evidence(doc_id, 0, len(text), 0, 4), 0.9, "test")


def write_graph(path: Path, *articles: tuple) -> Path:
    builder = GraphBuilder()
    for item in articles:
        builder.add(*item)
    write_turtle(builder.graph(), path)
    return path


@pytest.fixture
def news(tmp_path) -> Path:
    """A built graph with the unlinked entities above; «محمد مصطفى» meets a Palestinian state
    in one article, so Palestine co-occurs with him."""
    one = "التقى محمد مصطفى وفدا من دولة فلسطين."
    two = "خبر عن انقره وازمورا وعمان وأحمد يوسف وزيد بن عمرو ومجموعة مدريد."
    return write_graph(
        tmp_path / "kg.ttl",
        article("d1", one, [MUSTAFA, PALESTINE], [meeting("d1", one, (MUSTAFA,), (PALESTINE,))]),
        article("d2", two, [ANKARA, IZMORA, AMMAN, OMAN, YOUSSEF, NOBODY, MADRID_GROUP]),
    )


def same_as(graph: Graph, entity: Entity) -> str | None:
    item = graph.value(entity_iri(entity), OWL.sameAs)
    return None if item is None else str(item).removeprefix(str(WD))


def candidates(graph: Graph, entity: Entity) -> dict[str, float]:
    return {
        str(graph.value(c, KG.item)).removeprefix(str(WD)): float(graph.value(c, KG.linkScore))
        for c in graph.objects(entity_iri(entity), KG.candidate)
    }


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("label", "wikidata"),
    [("انقره", "أنقرة"), ("ازمورا", "إزمورا"), ("الاردن", "الأردن"), ("عمّان", "عمان")],
)
def test_spellings_reach_how_wikidata_writes_a_name(label, wikidata):
    assert spellings(label)[0] == label
    assert wikidata in spellings(label)


def test_spellings_stay_bounded_for_long_names():
    assert len(spellings("ابو احمد ابراهيم اسماعيل اسامه امين")) <= 2 * (32 + 2)


def test_a_name_scores_by_what_it_matched():
    candidate = Candidate("Q1", "city", {"انقره": 1.0, "عاصمه تركيا": 0.8})
    assert name_score("أنقرة", candidate) == 1.0  # the label, spelt another way
    assert name_score("عاصمة تركيا", candidate) == 0.8  # an alias
    assert name_score("الانقرة", candidate) == 0.6  # only with the article removed
    assert name_score("إزمورا", candidate) == 0.0


# ---------------------------------------------------------------- online


@pytest.fixture
def linked_online(news, wikidata_server, tmp_path) -> tuple[Graph, object]:
    client = Client(wikidata_server.endpoints.query, cache=tmp_path / "cache")
    report = link(news, online=True, client=client)
    return Graph().parse(news), report


def test_spelling_variants_link_online(linked_online):
    graph, _ = linked_online
    assert same_as(graph, ANKARA) == "Q3640"
    assert same_as(graph, IZMORA) == "Q900000030"
    node = entity_iri(IZMORA)
    assert (node, KG.linkStatus, KG.Linked) in graph
    assert (node, KG.linkStatus, KG.Unlinked) not in graph
    assert str(graph.value(node, KG.linkSource)) == "online"
    assert 0.8 <= float(graph.value(node, KG.linkScore)) <= 1.0


def test_the_expected_kind_decides_between_a_city_and_a_state(linked_online):
    graph, _ = linked_online
    assert (same_as(graph, AMMAN), same_as(graph, OMAN)) == ("Q3805", "Q842")


def test_a_shared_name_goes_to_the_person_whose_country_is_in_the_news(linked_online):
    graph, _ = linked_online
    assert same_as(graph, MUSTAFA) == "Q900000010"  # not the Egyptian footballer Q900000011


def test_weak_candidates_are_recorded_for_a_person_to_decide(linked_online):
    graph, _ = linked_online
    assert same_as(graph, YOUSSEF) is None
    assert (entity_iri(YOUSSEF), KG.linkStatus, KG.Unlinked) in graph
    found = candidates(graph, YOUSSEF)
    assert found.keys() == {"Q900000020", "Q900000021"}  # the street is not a person
    assert all(score < 0.8 for score in found.values())
    (candidate, *_) = graph.objects(entity_iri(YOUSSEF), KG.candidate)
    assert str(candidate).startswith("https://w3id.org/arabic-news-kg/id/candidate/")
    assert {label.language for label in graph.objects(candidate, RDFS.label)} == {"ar", "en"}


def test_no_candidate_no_link_and_other_kinds_untouched(linked_online):
    graph, report = linked_online
    assert same_as(graph, NOBODY) is None and candidates(graph, NOBODY) == {}
    assert same_as(graph, MADRID_GROUP) is None
    assert (len(report.linked), report.undecided, report.unmatched, report.skipped) == (5, 1, 1, 1)


def test_the_linked_graph_conforms_and_a_rerun_changes_nothing(news, linked_online, tmp_path):
    graph, _ = linked_online
    check_conforms(graph)
    before = news.read_bytes()
    link(news, online=False)  # nothing is left that the local tables can link
    assert news.read_bytes() == before


def test_a_name_shared_without_context_stays_undecided(wikidata_server, tmp_path):
    text = "التقى محمد مصطفى وفدا من مصر."
    path = write_graph(
        tmp_path / "kg.ttl",
        article("d1", text, [MUSTAFA, EGYPT], [meeting("d1", text, (MUSTAFA,), (EGYPT,))]),
    )
    client = Client(wikidata_server.endpoints.query, cache=tmp_path / "cache")
    link(path, online=True, client=client)
    graph = Graph().parse(path)
    assert same_as(graph, MUSTAFA) == "Q900000011"  # now Egypt is the country in the news
    text = "قال محمد مصطفى إن الوضع صعب."
    path = write_graph(tmp_path / "alone.ttl", article("d2", text, [MUSTAFA]))
    link(path, online=True, client=client, threshold=0.8)
    assert candidates(Graph().parse(path), MUSTAFA).keys() == {"Q900000010", "Q900000011"}


def test_endpoint_down_is_one_line_and_leaves_the_graph_as_it_was(news, tmp_path):
    before = news.read_bytes()
    url = f"http://127.0.0.1:{free_port()}/sparql"
    with pytest.raises(EndpointUnreachable, match="cannot reach"):
        link(news, online=True, client=Client(url, cache=tmp_path, retry=Retry(1, 0.0)))
    assert news.read_bytes() == before


# ---------------------------------------------------------------- offline, from kg kb update


def test_offline_links_come_from_the_updated_tables(news, wikidata_server, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_KB_DIR", str(tmp_path / "kb"))
    update(Client(wikidata_server.endpoints.query, cache=tmp_path / "cache"), tmp_path / "kb")
    report = link(news, online=False)
    graph = Graph().parse(news)
    assert same_as(graph, IZMORA) == "Q900000030"
    assert str(graph.value(entity_iri(IZMORA), KG.linkSource)) == "kb"
    assert same_as(graph, ANKARA) == "Q3640"  # from the shipped table
    assert same_as(graph, YOUSSEF) is None  # the tables know no Ahmed Youssef
    assert ("ازمورا", "Q900000030") in {(label, qid) for label, qid, _ in report.linked}


def test_offline_without_updated_tables_uses_the_shipped_one(news):
    link(news, online=False)
    graph = Graph().parse(news)
    assert same_as(graph, ANKARA) == "Q3640"
    assert same_as(graph, IZMORA) is None  # no shipped table knows it


# ---------------------------------------------------------------- the command


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_kg(*args, env={**os.environ, "KG_CACHE_DIR": str(cwd / "cache")}, cwd=cwd)


def test_kg_link_online_prints_a_summary(news, wikidata_server, tmp_path):
    url = wikidata_server.endpoints.query
    done = kg("link", "-g", str(news), "--online", "--endpoint", url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "linked انقره → wd:Q3640" in done.stdout
    assert "5 linked, 1 kept unlinked with candidates, 1 without candidates" in done.stdout
    assert (entity_iri(IZMORA), OWL.sameAs, URIRef(WD["Q900000030"])) in Graph().parse(news)


def test_kg_link_with_the_endpoint_down_is_one_line(news, tmp_path):
    url = f"http://127.0.0.1:{free_port()}/sparql"
    done = kg("link", "-g", str(news), "--online", "--endpoint", url, cwd=tmp_path)
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert f"cannot reach {url}" in line


def test_kg_link_without_a_graph_says_to_build_it(tmp_path):
    done = kg("link", "-g", "nope.ttl", cwd=tmp_path)
    assert done.returncode == 1 and "run `kg build` first" in done.stderr
