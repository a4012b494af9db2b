"""People named short in one article and in full in another (`kg.short_names`)."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest
from rdflib.namespace import RDF

from kg.graph import GraphBuilder, entity_iri
from kg.namespaces import KG
from kg.pipeline import build
from kg.types import Article, Entity, Event, Evidence, Mention

KOVAC = Entity("person-kovac", "Person", "مارتن كوفاتش")
PETER = Entity("person-peter", "Person", "بيتر كوفاتش")
SHORT = Entity("person-short", "Person", "كوفاتش")
NAYEF = Entity("person-nayef", "Person", "نايف بن عبد العزيز")
FIRST = Entity("person-first", "Person", "نايف")
SAFADI = Entity("ayman-safadi", "Person", "أيمن الصفدي", "Ayman Safadi")


def _article(doc_id: str, text: str) -> Article:
    return Article(doc_id, f"{doc_id}.txt", text, ((0, len(text)),), None)


def _known(doc_id: str, text: str, *people: tuple[str, Entity, str]) -> tuple:
    """An article and its mentions (the words, who they name, the rule), no event."""
    mentions = []
    for words, entity, rule in people:
        start = text.index(words)
        mentions.append(Mention(start, start + len(words), entity, rule, 0.5))
    return _article(doc_id, text), mentions, []


def _named(doc_id: str, text: str, *people: tuple[str, Entity, str]) -> tuple:
    """`_known`, and a meeting of the last person named with Safadi."""
    article, mentions, _ = _known(doc_id, text, *people)
    last = mentions[-1]
    meeting = Event(
        "Meeting",
        ((last.entity,), (SAFADI,)),
        Evidence(doc_id, 0, len(text), last.start, last.end),
        0.8,
        "test",
    )
    return article, mentions, [meeting]


def _graph(*articles: tuple):
    builder = GraphBuilder()
    for article, mentions, events in articles:
        builder.add(article, mentions, events)
    return builder.graph()


FULL = _known(
    "a",
    "وصل رئيس وزراء سلوفاكيا مارتن كوفاتش إلى عمان.",
    ("مارتن كوفاتش", KOVAC, "title-unknown-name"),
)
FAMILY = _named(
    "b",
    "والتقى كوفاتش وزير الخارجية الأردني أيمن الصفدي.",
    ("كوفاتش", SHORT, "ner"),
)


def test_a_family_name_alone_is_the_one_person_the_build_names_in_full():
    graph = _graph(FULL, FAMILY)
    assert (entity_iri(KOVAC), KG.met, entity_iri(SAFADI)) in graph
    assert (entity_iri(SHORT), RDF.type, None) not in graph  # no node for the short name


def test_a_foreign_family_name_read_as_a_meeting_verbs_subject_is_resolved_too():
    """The rule of «والتقى كوفاتش …» (a foreign word as the subject, `foreign-subject`)
    leaves a short name as the NER does."""
    article, mentions, events = FAMILY
    guessed = [replace(m, rule="foreign-subject") for m in mentions]
    assert (entity_iri(KOVAC), KG.met, entity_iri(SAFADI)) in _graph(
        FULL, (article, guessed, events)
    )


def test_full_names_that_differ_only_in_long_vowels_are_one_person_for_a_short_name():
    """«كولن باول» (linked) and «كولين باول» (unlinked elsewhere) are one man's spellings."""
    linked = Entity("colin-powell", "Person", "كولن باول", "Colin Powell")
    spelt = Entity("person-spelt", "Person", "كولين باول")
    short = Entity("person-powell", "Person", "باول")
    graph = _graph(
        _known("a", "وقال وزير الخارجية كولن باول إن …", ("كولن باول", linked, "title-name")),
        _known(
            "c", "وزار وزير الخارجية كولين باول دمشق.", ("كولين باول", spelt, "name-after-title")
        ),
        _named("b", "والتقى باول وزير الخارجية الأردني أيمن الصفدي.", ("باول", short, "ner")),
    )
    assert (entity_iri(linked), KG.met, entity_iri(SAFADI)) in graph


def test_the_order_of_the_articles_and_their_dates_do_not_matter():
    assert _graph(FAMILY, FULL).isomorphic(_graph(FULL, FAMILY))
    assert (entity_iri(KOVAC), KG.met, entity_iri(SAFADI)) in _graph(FAMILY, FULL)
    article, mentions, events = FAMILY
    dated = (replace(article, published=datetime.date(2003, 5, 4)), mentions, events)
    assert (entity_iri(KOVAC), KG.met, entity_iri(SAFADI)) in _graph(FULL, dated)


def test_a_family_name_two_people_of_the_build_bear_stays_unlinked():
    both = _known(
        "a",
        "وصل مارتن كوفاتش وبيتر كوفاتش إلى عمان.",
        ("مارتن كوفاتش", KOVAC, "ner"),
        ("بيتر كوفاتش", PETER, "ner"),
    )
    graph = _graph(both, FAMILY)
    assert (entity_iri(SHORT), KG.met, entity_iri(SAFADI)) in graph
    assert not set(graph.subject_objects(KG.met)) & {
        (entity_iri(person), entity_iri(SAFADI)) for person in (KOVAC, PETER)
    }


@pytest.mark.parametrize(
    ("text", "words", "linked"),
    [
        # a title and the first name: «الأمير نايف» for «نايف بن عبد العزيز»
        ("وعقد الأمير نايف اجتماعا مع أيمن الصفدي.", "نايف", True),
        # the first name alone may be anyone's
        ("وعقد نايف اجتماعا مع أيمن الصفدي.", "نايف", False),
    ],
)
def test_a_title_and_a_first_name_are_the_person_named_in_full(text, words, linked):
    full = _known(
        "a",
        "وصل وزير الداخلية السعودي الأمير نايف بن عبد العزيز.",
        ("نايف بن عبد العزيز", NAYEF, "name-after-title"),
    )
    graph = _graph(full, _named("b", text, (words, FIRST, "name-after-title")))
    assert ((entity_iri(NAYEF), KG.met, entity_iri(SAFADI)) in graph) is linked


def _write(folder, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.model
def test_a_build_links_the_family_name_to_the_full_name_of_another_article(arabic_parser, tmp_path):
    news = tmp_path / "news"
    _write(news, "1.txt", "وصل جورج بوش إلى لندن مساء أمس في زيارة رسمية.\n")
    _write(
        news,
        "2.txt",
        "وقال بوش في مؤتمر صحفي مشترك مع جون هوارد رئيس الوزراء الأسترالي إن الخطة جيدة.\n",
    )
    one, two = tmp_path / "one.ttl", tmp_path / "two.ttl"
    build(news, one, arabic_parser)
    build(news, two, arabic_parser, jobs=2)
    assert one.read_bytes() == two.read_bytes()
    text = one.read_text(encoding="utf-8")
    assert "Meeting: George W. Bush – John Howard" in text
    assert '"بوش"@ar' not in text  # one actor: no node of its own for the family name


@pytest.mark.model
def test_a_build_leaves_a_family_name_two_people_bear(arabic_parser, tmp_path):
    news = tmp_path / "news"
    _write(
        news,
        "1.txt",
        "وصل رئيس وزراء سلوفاكيا مارتن كوفاتش ووزير الخارجية السلوفاكي بيتر كوفاتش إلى عمان.\n",
    )
    _write(news, "2.txt", "والتقى رئيس الوزراء كوفاتش وزير الخارجية الأردني أيمن الصفدي في عمان.\n")
    output = tmp_path / "kg.ttl"
    build(news, output, arabic_parser)
    text = output.read_text(encoding="utf-8")
    assert '"Meeting: كوفاتش – ' in text
    assert "Meeting: مارتن" not in text and "Meeting: بيتر" not in text


IRAQ = Entity("Q796", "State", "العراق", "Iraq")
BARHAM = Entity("barham-salih", "Person", "برهم صالح", "Barham Salih")


@pytest.mark.parametrize(
    ("place", "linked"),
    [
        (Entity("Q1016", "State", "ليبيا", "Libya"), False),
        (IRAQ, True),
        (Entity("Q1530", "City", "بغداد", "Baghdad"), True),
    ],
    ids=["libya", "iraq", "baghdad"],
)
def test_a_family_name_is_not_someone_whose_states_its_article_never_names(place, linked):
    """«صالح» in a report on Libya is not Iraq's president named in full in a report from
    Baghdad: his title ties him to Iraq, which the Libyan report never names; a report
    that names Iraq, or one of its cities, may mean him."""
    text = "واستقبل الرئيس العراقي برهم صالح السفير في بغداد."
    start = text.index("برهم صالح")
    full = (
        _article("a", text),
        [Mention(start, start + 9, BARHAM, "title-name", 0.9, represents=IRAQ)],
        [],
    )
    short = Entity("person-salih", "Person", "صالح")
    report = _named(
        "b",
        f"وفي {place.label} التقى صالح وزير الخارجية الأردني أيمن الصفدي.",
        (place.label, place, "alias"),
        ("صالح", short, "ner"),
    )
    graph = _graph(full, report)
    assert ((entity_iri(BARHAM), KG.met, entity_iri(SAFADI)) in graph) is linked
    assert ((entity_iri(short), KG.met, entity_iri(SAFADI)) in graph) is not linked


BUSAIDI = Entity("badr-albusaidi", "Person", "بدر بن حمد البوسعيدي", "Badr Albusaidi")
BADR = Entity("person-badr", "Person", "بدر البوسعيدي")


def test_a_given_and_a_family_name_are_the_known_person_named_with_names_between():
    full = _known(
        "a",
        "ألقى وزير الخارجية العماني بدر بن حمد البوسعيدي كلمة في المنامة.",
        ("بدر بن حمد البوسعيدي", BUSAIDI, "title-name"),
    )
    short = _named(
        "b",
        "والتقى الوزير العماني بدر البوسعيدي نظيره الأردني أيمن الصفدي.",
        ("بدر البوسعيدي", BADR, "name-after-title"),
    )
    graph = _graph(full, short)
    assert (entity_iri(BUSAIDI), KG.met, entity_iri(SAFADI)) in graph
    # one the tables do not know is no one's short name: two namesakes may share it
    unknown = replace(BUSAIDI, label_en=None)
    mentions = [replace(m, entity=unknown) for m in full[1]]
    graph = _graph((full[0], mentions, []), short)
    assert (entity_iri(BADR), KG.met, entity_iri(SAFADI)) in graph
