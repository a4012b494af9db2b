"""Graph building: events merged across articles, and what persons stand for."""

from __future__ import annotations

import datetime
from dataclasses import replace

from rdflib.namespace import RDF

from kg.graph import GraphBuilder, entity_iri
from kg.namespaces import KG
from kg.types import Article, Entity, Event, EventDate, Evidence, Mention, Role

FIDAN = Entity("hakan-fidan", "Person", "هاكان فيدان", "Hakan Fidan")
HAMAS = Entity("Q38799", "Organization", "حماس", "Hamas", "Q38799")
TURKEY = Entity("Q43", "State", "تركيا", "Turkey", "Q43")


def _article(doc_id: str, published: datetime.date | None) -> Article:
    return Article(doc_id, f"{doc_id}.txt", "x" * 30, ((0, 30),), published)


def _meeting(doc_id: str, date: EventDate | None) -> Event:
    return Event(
        kind="Meeting",
        sides=((FIDAN,), (HAMAS,)),
        evidence=Evidence(doc_id, 0, 30, 0, 4),
        confidence=0.8,
        rule="test",
        date=date,
    )


def _published(month: str) -> EventDate:
    return EventDate(month, "month", "publication")


def _meetings(*reports: tuple[str, datetime.date | None, EventDate | None]) -> int:
    builder = GraphBuilder()
    for doc_id, published, date in reports:
        builder.add(_article(doc_id, published), [], [_meeting(doc_id, date)])
    return len(set(builder.graph().subjects(RDF.type, KG.Meeting)))


def test_reports_dated_only_by_publication_months_apart_are_two_meetings():
    march, june = datetime.date(2025, 3, 5), datetime.date(2025, 6, 5)
    assert _meetings(("a", march, _published("2025-03")), ("b", june, _published("2025-06"))) == 2


def test_reports_of_one_month_or_undated_are_one_meeting():
    march = datetime.date(2025, 3, 5)
    assert _meetings(("a", march, _published("2025-03")), ("b", march, _published("2025-03"))) == 1
    assert _meetings(("a", march, _published("2025-03")), ("b", None, None)) == 1


def test_a_person_represents_the_state_their_title_names():
    builder = GraphBuilder()
    mention = Mention(0, 4, FIDAN, "title-name", 0.9, represents=TURKEY)
    builder.add(_article("a", None), [mention], [])
    graph = builder.graph()
    assert (entity_iri(FIDAN), KG.represents, entity_iri(TURKEY)) in graph
    assert (entity_iri(TURKEY), RDF.type, KG.State) in graph


def test_an_open_term_holds_only_up_to_the_day_it_was_last_confirmed():
    term = Role(
        "Minister of Foreign Affairs of Turkey",
        (),
        FIDAN,
        datetime.date(2023, 6, 4),
        None,
        as_of=datetime.date(2026, 5, 1),
    )
    assert term.held_on(datetime.date(2025, 1, 1))
    assert not term.held_on(datetime.date(2026, 6, 1))
    assert not term.held_on(datetime.date(2020, 1, 1))


def _modal_meeting(doc_id: str, modality: str | None) -> Event:
    return replace(_meeting(doc_id, None), modality=modality)


def test_a_meeting_denied_in_one_report_and_held_in_another_stays_two_events():
    """The denial must not swallow the held meeting (nor lend it its evidence), in either order."""
    for order in (("denied", None), (None, "denied")):
        builder = GraphBuilder()
        for doc_id, modality in zip("ab", order, strict=True):
            builder.add(_article(doc_id, None), [], [_modal_meeting(doc_id, modality)])
        graph = builder.graph()
        meetings = set(graph.subjects(RDF.type, KG.Meeting))
        assert len(meetings) == 2
        assert [str(m) for m in graph.objects(None, KG.modality)] == ["denied"]
        assert (entity_iri(FIDAN), KG.met, entity_iri(HAMAS)) in graph
