"""`kg view`: one HTML page, opened in a real browser (Debian's Chromium, headless).

The page is loaded from its file, and from `kg serve`, with the network cut off (a dead proxy),
after its script has run; what is drawn is read through the DOM (Chromium's --dump-dom, or a
page driven over the DevTools protocol by tests/browser.py, which also clicks with the mouse)
and compared with what SPARQL queries written here, independently of kg/view.py, find in the
graph. Without Chromium the browser tests skip (run .ci/browser.sh), except in CI (CI=true),
where they fail."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from browser import QUIET, Browser
from conftest import SAMPLE_GRAPH, run_kg

from kg.errors import ViewAssetsMissing
from kg.namespaces import PREFIXES
from kg.results import compact_iri
from kg.view import Library

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
ACTOR_TYPES = "VALUES ?type { kg:Person kg:State kg:Organization kg:Group }"
HAMAS = "https://w3id.org/arabic-news-kg/id/entity/Q38799"


# ---------------------------------------------------------------- the graph, by SPARQL


def select(graph: Path, query: str) -> list[dict[str, str]]:
    store = ox.Store()
    store.load(path=graph, format=ox.RdfFormat.TURTLE)
    solutions = store.query(SPARQL_PREFIXES + query)
    names = [variable.value for variable in solutions.variables]
    return [
        {name: solution[name].value for name in names if solution[name] is not None}
        for solution in solutions
    ]


def meeting_actors(graph: Path) -> set[str]:
    """Every actor that takes part in a meeting."""
    rows = select(
        graph,
        f"SELECT DISTINCT ?actor WHERE {{ {ACTOR_TYPES} "
        "?meeting a kg:Meeting ; kg:participant ?actor . ?actor a ?type }",
    )
    return {compact_iri(row["actor"]) for row in rows}


def meeting_pairs(graph: Path) -> set[str]:
    """Every pair of actors that take part in the same meeting."""
    rows = select(
        graph,
        f"SELECT DISTINCT ?a ?b WHERE {{ {ACTOR_TYPES} "
        "?meeting a kg:Meeting ; kg:participant ?a, ?b . ?a a ?type . ?b a ?other "
        "FILTER(STR(?a) < STR(?b)) "
        "VALUES ?other { kg:Person kg:State kg:Organization kg:Group } }",
    )
    return {f"{compact_iri(row['a'])}|{compact_iri(row['b'])}" for row in rows}


def arabic_labels(graph: Path) -> dict[str, str]:
    rows = select(
        graph, 'SELECT ?e ?label WHERE { ?e rdfs:label ?label FILTER(LANG(?label) = "ar") }'
    )
    return {compact_iri(row["e"]): row["label"] for row in rows}


# ---------------------------------------------------------------- the page


def payload(page: Path) -> dict:
    """The JSON the page draws from."""
    text = page.read_text(encoding="utf-8")
    found = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S)
    assert found, "the page carries no data"
    return json.loads(found.group(1))


def kg_view(graph: Path, output: Path, *args: str) -> Path:
    done = run_kg("view", "--graph", str(graph), "--output", str(output), *args)
    assert done.returncode == 0, done.stderr
    assert f"wrote {output}" in done.stdout
    return output


@pytest.fixture(scope="module")
def seed_page(seed_graph, tmp_path_factory) -> Path:
    return kg_view(seed_graph, tmp_path_factory.mktemp("view") / "view.html")


# ---------------------------------------------------------------- the browser


class Dom(HTMLParser):
    """The elements of a dumped DOM: (tag, attributes, the text directly inside)."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[dict] = []
        self._open: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        self._open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.elements.append({"tag": tag, "attrs": dict(attrs), "text": ""})

    def handle_endtag(self, tag):
        while self._open and self._open.pop()["tag"] != tag:
            pass

    def handle_data(self, data):
        if self._open:
            self._open[-1]["text"] += data

    def find(self, tag: str, css_class: str) -> list[dict]:
        return [
            e
            for e in self.elements
            if e["tag"] == tag and css_class in e["attrs"].get("class", "").split()
        ]


@pytest.fixture(scope="session")
def chromium_command() -> str:
    """Debian's Chromium; the test skips without it, except in CI, where it fails."""
    command = shutil.which("chromium")
    if command is None:
        reason = "chromium not found: run .ci/browser.sh (Debian's chromium package)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; in CI the browser test must run")
        pytest.skip(reason)
    return command


@pytest.fixture(scope="session")
def chromium(chromium_command, tmp_path_factory):
    """Run headless Chromium once on a page, with `args` (--dump-dom, --screenshot=…)."""
    profile = tmp_path_factory.mktemp("chromium-profile")

    def run(url: str, *args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [
                chromium_command,
                *QUIET,
                f"--user-data-dir={profile}",
                "--virtual-time-budget=10000",  # let the page's script run before the dump
                *args,
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done

    return run


@pytest.fixture
def browser(chromium_command, tmp_path) -> Iterator[Browser]:
    with Browser(chromium_command, tmp_path / "profile") as opened:
        yield opened


def dom(chromium, page: Path, fragment: str = "") -> Dom:
    return Dom(chromium(page.as_uri() + fragment, "--dump-dom").stdout)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is no PNG"
    return struct.unpack(">II", head[16:24])


# ---------------------------------------------------------------- tests


def test_the_browser_draws_every_actor_and_meeting_pair_of_the_seed_graph(
    chromium, seed_graph, seed_page
):
    page = dom(chromium, seed_page)
    nodes = {e["attrs"]["data-id"] for e in page.find("g", "node")}
    edges = {e["attrs"]["data-id"] for e in page.find("line", "edge")}
    actors, pairs = meeting_actors(seed_graph), meeting_pairs(seed_graph)
    assert len(actors) > 10 and len(pairs) > 10  # the seeds hold a network worth drawing
    assert nodes == actors
    assert edges == pairs
    assert len(page.find("g", "node")) == len(actors)
    assert len(page.find("line", "edge")) == len(pairs)
    # every event with a date is a point on the timeline
    dated = select(
        seed_graph,
        "SELECT DISTINCT ?event WHERE { ?event a ?kind ; kg:date ?date "
        "VALUES ?kind { kg:Meeting kg:Membership kg:CaseJoining } }",
    )
    assert {e["attrs"]["data-id"] for e in page.find("circle", "event")} == {
        compact_iri(row["event"]) for row in dated
    }


def test_arabic_labels_are_drawn_right_to_left_with_the_english_label(
    chromium, seed_graph, seed_page
):
    page = dom(chromium, seed_page)
    labels = arabic_labels(seed_graph)
    drawn = page.find("text", "label-ar")
    assert len(drawn) == len([a for a in meeting_actors(seed_graph) if a in labels])
    for text in drawn:
        assert text["attrs"]["direction"] == "rtl" and text["attrs"]["lang"] == "ar"
    hamas = [t["text"] for t in drawn if t["text"] == labels[compact_iri(HAMAS)]]
    assert hamas == ["حركة المقاومة الإسلامية"]
    assert "Hamas" in [t["text"] for t in page.find("text", "label-en")]


def test_choosing_an_actor_shows_its_facts_evidence_sources_and_wikidata_link(
    chromium, seed_graph, seed_page, tmp_path
):
    """What a click on Hamas's node shows: the click sets #actor=…, which is loaded here."""
    fragment = "#actor=" + quote(compact_iri(HAMAS), safe="")
    page = dom(chromium, seed_page, fragment)
    heading = page.find("div", "actor-heading")
    assert [h["attrs"]["data-actor"] for h in heading] == [compact_iri(HAMAS)]
    links = page.find("a", "wikidata")
    assert [a["attrs"]["href"] for a in links] == ["https://www.wikidata.org/wiki/Q38799"]
    facts = select(
        seed_graph,
        f"SELECT ?event ?sentence ?file WHERE {{ ?fact rdf:subject|rdf:object <{HAMAS}> ; "
        "kg:event ?event . ?event kg:evidence ?evidence . ?evidence kg:sentence ?sentence ; "
        "prov:wasDerivedFrom/kg:fileName ?file }",
    )
    assert facts, "the seed graph states facts about Hamas"
    cards = {c["attrs"]["data-event"] for c in page.find("section", "card")}
    assert {compact_iri(row["event"]) for row in facts} <= cards
    quotes = page.find("blockquote", "evidence")
    assert {row["sentence"] for row in facts} <= {q["text"] for q in quotes}
    assert all(q["attrs"]["dir"] == "rtl" for q in quotes)
    sources = " ".join(p["text"] for p in page.find("p", "source"))
    assert all(row["file"] in sources for row in facts)
    assert any(f["attrs"]["data-predicate"] == "met" for f in page.find("li", "fact"))
    # the artefact: a screenshot of the page with Hamas chosen
    shot = tmp_path / "view.png"
    chromium(seed_page.as_uri() + fragment, f"--screenshot={shot}")
    assert png_size(shot) == (1400, 950)
    assert shot.stat().st_size > 50_000  # a drawing, not a blank page


def test_choosing_an_edge_shows_the_meetings_of_the_pair(chromium, seed_graph, seed_page):
    pair = sorted(p for p in meeting_pairs(seed_graph) if compact_iri(HAMAS) in p)[0]
    page = dom(chromium, seed_page, "#edge=" + quote(pair, safe=""))
    a, b = (f"<{PREFIXES['kgr']}{part.removeprefix('kgr:')}>" for part in pair.split("|"))
    meetings = select(
        seed_graph, f"SELECT DISTINCT ?m WHERE {{ ?m a kg:Meeting ; kg:participant {a}, {b} }}"
    )
    assert {c["attrs"]["data-event"] for c in page.find("section", "card")} == {
        compact_iri(row["m"]) for row in meetings
    }
    assert [e["attrs"]["data-id"] for e in page.find("line", "selected")] == [pair]


def test_text_of_the_graph_cannot_break_out_of_the_page(chromium, tmp_path):
    hostile = '</script><script>document.title="pwned"</script><img src=x onerror="alert(1)">'
    graph = tmp_path / "kg.ttl"
    graph.write_text(
        "@prefix kg: <https://w3id.org/arabic-news-kg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix e: <https://w3id.org/arabic-news-kg/id/entity/> .\n"
        f"e:a a kg:Person ; rdfs:label {json.dumps(hostile)}@ar .\n"
        'e:b a kg:State ; rdfs:label "تركيا"@ar, "Turkey"@en .\n'
        "<https://w3id.org/arabic-news-kg/id/event/m> a kg:Meeting ; kg:participant e:a, e:b ;"
        ' kg:date "2025-03-01" .\n',
        encoding="utf-8",
    )
    page = dom(chromium, kg_view(graph, tmp_path / "view.html"))
    head_title = next(e for e in page.elements if e["tag"] == "title")
    assert head_title["text"] == "kg view: kg.ttl"  # no script of the graph ran
    assert not [e for e in page.elements if e["tag"] == "img"]
    assert hostile in [t["text"] for t in page.find("text", "label-ar")]


def test_actor_option_keeps_the_actors_meetings_whatever_the_spelling(seed_graph, tmp_path):
    rows = select(
        seed_graph,
        f"SELECT DISTINCT ?actor WHERE {{ {ACTOR_TYPES} ?meeting a kg:Meeting ; "
        f"kg:participant <{HAMAS}>, ?actor . ?actor a ?type }}",
    )
    expected = {compact_iri(row["actor"]) for row in rows}
    assert compact_iri(HAMAS) in expected and len(expected) > 2
    drawn = []
    # the graph's label, kg's alias in another spelling, English in any case, the QID
    for index, name in enumerate(("حركة المقاومة الإسلامية", "حماس", "hamas", "Q38799")):
        view = payload(kg_view(seed_graph, tmp_path / f"{index}.html", "--actor", name))
        assert {node["id"] for node in view["nodes"]} == expected, name
        drawn.append(view)
    assert all(view["edges"] == drawn[0]["edges"] for view in drawn)
    assert [n["focus"] for n in drawn[0]["nodes"]].count(True) == 1


def test_an_unknown_actor_is_one_line_naming_the_closest(seed_graph, tmp_path):
    output = tmp_path / "view.html"
    output.write_text("the previous page")
    done = run_kg("view", "--graph", str(seed_graph), "--output", str(output), "--actor", "Hamsa")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "no actor 'Hamsa'" in done.stderr and "Hamas" in done.stderr
    assert output.read_text() == "the previous page"
    assert [p.name for p in tmp_path.iterdir()] == ["view.html"]  # no temporary file left


def test_from_and_to_keep_the_events_dated_in_the_range(seed_graph, tmp_path):
    view = payload(kg_view(seed_graph, tmp_path / "v.html", "--from", "2025-01", "--to", "2025"))
    rows = select(
        seed_graph,
        "SELECT ?event WHERE { ?event a ?kind ; kg:date ?d FILTER(STRSTARTS(STR(?d), '2025')) "
        "VALUES ?kind { kg:Meeting kg:Membership kg:CaseJoining } }",
    )
    assert set(view["events"]) == {compact_iri(row["event"]) for row in rows}
    assert len(rows) >= 2
    for args, message in (
        (("--from", "2025-13"), "--from '2025-13' is not a date"),
        (("--from", "2025-06", "--to", "2025-01"), "--from 2025-06 is after --to 2025-01"),
    ):
        done = run_kg("view", "--graph", str(seed_graph), "-o", str(tmp_path / "x.html"), *args)
        assert done.returncode == 1 and message in done.stderr, done.stderr


def test_the_page_is_self_contained_and_names_the_librarys_licence(seed_page):
    text = seed_page.read_text(encoding="utf-8")
    lock = json.loads((Path(__file__).parents[1] / "kg/data/view/package-lock.json").read_text())
    version = lock["packages"]["node_modules/d3"]["version"]
    assert f"d3 {version}, ISC licence" in text
    assert "Permission to use, copy, modify, and/or distribute this software" in text
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", text)
    assert "default-src 'none'" in text  # the page may not load anything


def test_the_page_is_the_same_on_every_run(seed_graph, seed_page, tmp_path):
    again = kg_view(seed_graph, tmp_path / "again.html")
    assert again.read_bytes() == seed_page.read_bytes()


def test_without_d3_installed_the_error_says_how_to_install_it(tmp_path):
    with pytest.raises(ViewAssetsMissing, match=r"run scripts/setup\.sh"):
        Library.d3(tmp_path)


# Where a user clicks an element: the centre of its box on the screen.
CENTRE = (
    "(r => [r.x + r.width / 2, r.y + r.height / 2])"
    "(document.querySelector({!r}).getBoundingClientRect())"
)


def test_clicking_an_actor_an_edge_and_an_event_shows_what_the_graph_says_of_them(
    browser, seed_graph, seed_page
):
    browser.open(seed_page.as_uri())
    hamas = compact_iri(HAMAS)
    assert browser.evaluate("document.querySelectorAll('.card').length") == 0
    browser.click(*browser.evaluate(CENTRE.format(f'g.node[data-id="{hamas}"] circle')))
    shown = browser.wait_for("document.querySelector('.actor-heading')?.dataset.actor")
    assert shown == hamas
    assert browser.evaluate("location.hash") == "#actor=" + quote(hamas, safe="")
    met = select(
        seed_graph,
        f"SELECT DISTINCT ?event WHERE {{ ?fact rdf:predicate kg:met ; "
        f"rdf:subject|rdf:object <{HAMAS}> ; kg:event ?event }}",
    )
    cards = browser.evaluate("[...document.querySelectorAll('.card')].map(c => c.dataset.event)")
    assert {compact_iri(row["event"]) for row in met} <= set(cards)

    # an edge of Hamas, clicked where nothing else is drawn over it
    edge = browser.evaluate(
        f"""[...document.querySelectorAll('line.edge')].filter(l => l.dataset.source === '{hamas}'
            || l.dataset.target === '{hamas}').map(l => {{
              const r = l.getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;
              return document.elementFromPoint(x, y) === l ? [l.dataset.id, x, y] : null;
            }}).find(Boolean)"""
    )
    assert edge, "every edge of Hamas is hidden under something else"
    browser.click(edge[1], edge[2])
    headings = browser.wait_for(
        "(h => h.length === 2 && h)([...document.querySelectorAll('.actor-heading')]"
        ".map(h => h.dataset.actor))"
    )
    assert sorted(headings) == sorted(edge[0].split("|"))
    assert browser.evaluate("location.hash") == "#edge=" + quote(edge[0], safe="")

    # a point of the timeline
    event = browser.evaluate("document.querySelector('circle.event').dataset.id")
    browser.click(*browser.evaluate(CENTRE.format(f'circle.event[data-id="{event}"]')))
    browser.wait_for("document.querySelectorAll('.actor-heading').length === 0")
    cards = browser.evaluate("[...document.querySelectorAll('.card')].map(c => c.dataset.event)")
    assert cards == [event]
    assert browser.evaluate("location.hash") == "#event=" + quote(event, safe="")


# ---------------------------------------------------------------- kg serve


@contextmanager
def kg_serve(graph: Path, *options: str) -> Iterator[dict[str, str]]:
    """`kg serve` on `graph` at a free port: the lines of its announcement (query, view,
    user, password…); stopped afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        announced = {}
        for line in process.stdout or ():
            name, _, value = line.strip().partition(": ")
            announced[name] = value.strip().split(" ")[0]
            if line.startswith("press Ctrl-C"):
                break
        yield announced
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_kg_serve_serves_the_page_next_to_its_sparql_endpoints(browser, tmp_path):
    graph = tmp_path / "sample.ttl"
    shutil.copy(SAMPLE_GRAPH, graph)
    with kg_serve(graph) as announced:
        base = announced["query"].removesuffix("/query")
        assert announced["view"] == f"{base}/view"
        browser.open(announced["view"])
        nodes = browser.evaluate("[...document.querySelectorAll('g.node')].map(n => n.dataset.id)")
        edges = browser.evaluate("document.querySelectorAll('line.edge').length")
        assert set(nodes) == meeting_actors(graph) and len(nodes) == len(meeting_actors(graph))
        assert edges == len(meeting_pairs(graph)) > 0
        with urllib.request.urlopen(announced["view"], timeout=30) as answer:
            assert answer.headers["Content-Type"] == "text/html; charset=utf-8"
            assert "default-src 'none'" in answer.headers["Content-Security-Policy"]
        query = urllib.request.Request(
            announced["query"],
            data=b"ASK { ?s ?p ?o }",
            headers={"Content-Type": "application/sparql-query"},
        )
        with urllib.request.urlopen(query, timeout=30) as answer:
            assert json.loads(answer.read())["boolean"] is True


def test_writable_kg_serve_shows_the_page_only_with_its_password(tmp_path):
    graph = tmp_path / "sample.ttl"
    shutil.copy(SAMPLE_GRAPH, graph)
    with kg_serve(graph, "--writable") as announced:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(announced["view"], timeout=30)
        assert refused.value.code == 401
        token = base64.b64encode(f"{announced['user']}:{announced['password']}".encode())
        asked = urllib.request.Request(
            announced["view"], headers={"Authorization": f"Basic {token.decode()}"}
        )
        with urllib.request.urlopen(asked, timeout=30) as answer:
            assert answer.status == 200 and b'id="kg-data"' in answer.read()
