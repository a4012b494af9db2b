"""Hostile input for the models, the KB update and validation (issue 11, items 8, 9, 13): a bad
model never replaces a good one, a misbehaving Wikidata endpoint never replaces good tables, and
a file with no kg data is not called a conforming graph."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import WIKIDATA_SAMPLE, Answer, run_kg
from rdflib import Graph
from rdflib.namespace import RDFS

from kg.nlp import resolve_model_dir
from kg.serve import OxigraphServer
from kg.settings import MODEL_ENV


def one_line_error(done: subprocess.CompletedProcess[str], fragment: str) -> str:
    """The single stderr line of a failed `kg`, checked to hold `fragment`."""
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert fragment in line
    return line


# ---------------------------------------------------------------- 13. kg validate


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "is empty"),
        ("@prefix kg: <https://w3id.org/arabic-news-kg/ontology#> .\n# nothing\n", "no kg data"),
        ("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", "no kg data"),
    ],
    ids=["zero-bytes", "zero-triples", "no-kg-class"],
)
def test_validate_refuses_a_file_with_no_kg_data(tmp_path, text, fragment):
    graph = tmp_path / "kg.ttl"
    graph.write_text(text, encoding="utf-8")
    line = one_line_error(run_kg("validate", "--graph", str(graph), cwd=tmp_path), fragment)
    assert "conforms" not in line


# ---------------------------------------------------------------- 8. kg models install, download

SENTENCE = "قال وزير الخارجية التركي إنه التقى وفد حماس في أنقرة."


def kg_home(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`kg` whose per-user model cache is under `home` (XDG_DATA_HOME), never the user's own."""
    env = {key: value for key, value in os.environ.items() if key != MODEL_ENV}
    return run_kg(*args, env={**env, "XDG_DATA_HOME": str(home)}, cwd=home)


def manifest(home: Path) -> dict:
    return json.loads((home / "kg" / "models" / "ar_padt" / "model.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def good_home(tmp_path_factory) -> Path:
    """A per-user data folder where `kg models install` put the real model (checked there)."""
    home = tmp_path_factory.mktemp("good-home")
    done = kg_home("models", "install", "--from", str(resolve_model_dir()), home=home)
    assert done.returncode == 0, done.stderr
    return home


@pytest.fixture
def home(good_home, tmp_path) -> Path:
    """A copy of `good_home` this test may spoil."""
    return Path(shutil.copytree(good_home, tmp_path / "home", symlinks=True))


def copy_of_the_model(tmp_path: Path) -> Path:
    """A writable copy of the real model folder, to break."""
    copy = Path(shutil.copytree(resolve_model_dir(), tmp_path / "source"))
    for path in [copy, *copy.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return copy


def truncate_udpipe(folder: Path) -> None:
    (model,) = folder.glob("*.udpipe")
    model.write_bytes(model.read_bytes()[: model.stat().st_size // 2])


def garble_spacy_weights(folder: Path) -> None:
    (folder / "spacy" / "tok2vec" / "model").write_bytes(os.urandom(4096))


def assert_the_installed_model_still_builds(home: Path) -> None:
    articles = home / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(f"date: 2025-05-01\n{SENTENCE}\n", encoding="utf-8")
    built = kg_home("build", "-i", "articles", "-o", "out/kg.ttl", "--no-cache", home=home)
    assert built.returncode == 0, built.stderr
    assert "kg:Document" in (home / "out" / "kg.ttl").read_text(encoding="utf-8")


@pytest.mark.model
@pytest.mark.parametrize("spoil", [truncate_udpipe, garble_spacy_weights])
def test_a_broken_model_never_replaces_the_installed_one(home, tmp_path, spoil):
    before = manifest(home)
    broken = copy_of_the_model(tmp_path)
    spoil(broken)
    done = kg_home("models", "install", "--from", str(broken), home=home)
    line = one_line_error(done, "is not a usable model")
    assert "kept the installed model" in line
    assert manifest(home) == before
    assert not [p for p in (home / "kg" / "models").iterdir() if p.name != "ar_padt"]
    assert_the_installed_model_still_builds(home)


@pytest.mark.model
@pytest.mark.parametrize("spoil", [truncate_udpipe, garble_spacy_weights])
def test_a_build_with_a_broken_model_is_one_line(tmp_path, spoil):
    broken = copy_of_the_model(tmp_path)
    spoil(broken)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    done = run_kg("build", "-i", "articles", "--model", str(broken), "--no-cache", cwd=tmp_path)
    one_line_error(done, "kg models install --from PATH")


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [b"<html><body>Please log in</body></html>", b"\x00" * 1000],
    ids=["html-page", "zeros"],
)
def test_a_bad_download_never_replaces_the_installed_model(home, fault_server, body):
    before = manifest(home)
    server = fault_server(Answer(200, body, "application/octet-stream"))
    url = f"{server.url}/arabic-padt.udpipe"
    line = one_line_error(kg_home("models", "download", "--url", url, home=home), url)
    assert "is not a usable model" in line and "kept the installed model" in line
    assert manifest(home) == before
    assert_the_installed_model_still_builds(home)


def placeholder_model(source: Path) -> Path:
    """A folder shaped like a model (UDPipe file, spaCy pipeline) whose files are placeholders:
    for the refusals that come before any model is loaded."""
    (source / "udpipe").mkdir(parents=True)
    (source / "udpipe" / "arabic.udpipe").write_bytes(b"udpipe model")
    (source / "spacy").mkdir()
    (source / "spacy" / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    (source / "spacy" / "meta.json").write_text("{}", encoding="utf-8")
    return source


@pytest.mark.parametrize("link", ["spacy/vocab/strings.json", "udpipe/arabic.udpipe", "extra"])
def test_install_refuses_links_that_leave_the_folder(tmp_path, link):
    source = placeholder_model(tmp_path / "source")
    (source / "spacy" / "vocab").mkdir()
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key").write_text("not for copying", encoding="utf-8")
    (source / link).unlink(missing_ok=True)
    (source / link).symlink_to(secret if link == "extra" else secret / "key")
    home = tmp_path / "home"
    home.mkdir()
    done = kg_home("models", "install", "--from", str(source), home=home)
    line = one_line_error(done, "links outside")
    assert link.split("/")[-1] in line
    assert not (home / "kg" / "models" / "ar_padt").exists()


# ---------------------------------------------------------------- 9. kg kb update, kg link

WIKIDATA_PREFIXES = """
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wds: <http://www.wikidata.org/entity/statement/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix wikibase: <http://wikiba.se/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""

# What a misbehaving endpoint adds to the Wikidata-shaped sample, and the bad value the one
# line rejecting the update must name.
BAD_ANSWERS = {
    "malformed-qid": ('wd:Qfoo wdt:P31 wd:Q3624078 ; rdfs:label "Foo"@en, "فو"@ar .', "Qfoo"),
    "property-for-an-item": ("wd:Q43 wdt:P36 wd:P31 .", "P31"),
    "label-with-newline": (r'wd:Q43 skos:altLabel "الجمهورية\nالتركية\u0007"@ar .', r"\n"),
    "unparsable-date": ('wds:Q900000003-1 pq:P580 "31/02/2023" .', "31/02/2023"),
    "sitelinks-not-a-number": ('wd:Q842 wikibase:sitelinks "many" .', "many"),
}


@pytest.fixture
def misbehaving_wikidata(request, tmp_path) -> Iterator[OxigraphServer]:
    """`oxigraph serve` on 127.0.0.1 with the Wikidata-shaped sample plus `request.param`'s
    bad triples."""
    data = tmp_path / "wikidata.ttl"
    extra = BAD_ANSWERS[request.param][0]
    data.write_text(
        WIKIDATA_SAMPLE.read_text(encoding="utf-8") + WIKIDATA_PREFIXES + extra + "\n",
        encoding="utf-8",
    )
    with OxigraphServer.running(graph=data, port=0) as server:
        yield server


def kg_kb(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {"KG_KB_DIR": str(tmp_path / "kb"), "KG_CACHE_DIR": str(tmp_path / "cache")}
    return run_kg(*args, env={**os.environ, **env}, cwd=tmp_path)


@pytest.mark.parametrize("misbehaving_wikidata", list(BAD_ANSWERS), indirect=True)
def test_kb_update_rejects_a_bad_value_and_keeps_the_tables(
    wikidata_server, misbehaving_wikidata, tmp_path, request
):
    good = kg_kb("kb", "update", "--endpoint", wikidata_server.endpoints.query, tmp_path=tmp_path)
    assert good.returncode == 0, good.stderr
    tables = {path.name: path.read_bytes() for path in (tmp_path / "kb").iterdir()}
    url = misbehaving_wikidata.endpoints.query
    line = one_line_error(kg_kb("kb", "update", "--endpoint", url, tmp_path=tmp_path), url)
    bad_value = BAD_ANSWERS[request.node.callspec.params["misbehaving_wikidata"]][1]
    assert bad_value in line
    assert {path.name: path.read_bytes() for path in (tmp_path / "kb").iterdir()} == tables


def test_a_label_with_a_newline_does_not_break_kg_link_online(tmp_path):
    from test_link import YOUSSEF, article, candidates, write_graph

    data = tmp_path / "wikidata.ttl"
    namesake = (
        'wd:Q900000099 wdt:P31 wd:Q5 ; skos:altLabel "أحمد يوسف"@ar ;\n'
        r'    rdfs:label "أحمد\nيوسف\u0007"@ar, "Ahmed\r\nYoussef\u001b[31m"@en .'
    )
    data.write_text(
        WIKIDATA_SAMPLE.read_text(encoding="utf-8") + WIKIDATA_PREFIXES + namesake + "\n",
        encoding="utf-8",
    )
    text = "قال أحمد يوسف إن الوضع صعب."
    news = write_graph(tmp_path / "kg.ttl", article("d1", text, [YOUSSEF]))
    with OxigraphServer.running(graph=data, port=0) as server:
        url = server.endpoints.query
        done = kg_kb("link", "-g", str(news), "--online", "--endpoint", url, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    graph = Graph().parse(news)
    assert "Q900000099" in candidates(graph, YOUSSEF)
    labels = [str(label) for label in graph.objects(None, RDFS.label)]
    assert not [label for label in labels if any(not c.isprintable() for c in label)]
    run_kg("validate", "--graph", str(news), cwd=tmp_path).check_returncode()


def test_kb_update_leaves_out_wikidatas_unknown_values(tmp_path):
    """Wikidata's "unknown value" (a blank node, or a .well-known/genid IRI on WDQS) is not a
    malformed answer: a capital, a country or a start date of unknown value is left out."""
    data = tmp_path / "wikidata.ttl"
    unknown = (
        "wd:Q233 wdt:P36 _:somewhere .\n"
        "wd:Q249206 wdt:P27 <http://www.wikidata.org/.well-known/genid/0123abc> .\n"
        "wds:Q900000003-1 pq:P580 _:sometime .\n"
    )
    data.write_text(
        WIKIDATA_SAMPLE.read_text(encoding="utf-8") + WIKIDATA_PREFIXES + unknown,
        encoding="utf-8",
    )
    with OxigraphServer.running(graph=data, port=0) as server:
        done = kg_kb("kb", "update", "--endpoint", server.endpoints.query, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "27 entities and 12 office terms" in done.stdout


@pytest.mark.parametrize(
    ("binding", "fragment"),
    [
        ('{"x": {"type": "uri", "value": "http://www.wikidata.org/entity/Q43"}}', "?state"),
        ('{"state": {"type": "uri", "value": 43}}', "SPARQL JSON results"),
    ],
    ids=["variable-missing", "value-not-a-string"],
)
def test_kb_update_rejects_rows_that_are_not_what_was_asked(
    fault_server, tmp_path, binding, fragment
):
    body = f'{{"head": {{"vars": ["state"]}}, "results": {{"bindings": [{binding}]}}}}'
    server = fault_server(Answer(200, body.encode(), "application/sparql-results+json"))
    url = f"{server.url}/sparql"
    line = one_line_error(kg_kb("kb", "update", "--endpoint", url, tmp_path=tmp_path), url)
    assert fragment in line
    assert not (tmp_path / "kb" / "entities.tsv").exists()


def test_install_of_a_folder_with_a_dangling_link_is_one_line(tmp_path):
    source = placeholder_model(tmp_path / "source")
    (source / "spacy" / "vocab").symlink_to("gone")  # inside the folder, but nothing there
    home = tmp_path / "home"
    home.mkdir()
    done = kg_home("models", "install", "--from", str(source), home=home)
    one_line_error(done, "cannot copy the model")
    assert not [p for p in (home / "kg" / "models").iterdir()]


def test_kg_link_online_passes_over_lexemes_and_properties_of_the_same_name(tmp_path):
    """On WDQS lexemes and properties carry labels too: a name they share is no malformed
    answer, and they are no candidates."""
    from test_link import ANKARA, article, same_as, write_graph

    data = tmp_path / "wikidata.ttl"
    namesakes = 'wd:L900 rdfs:label "أنقرة"@ar .\nwd:P900 skos:altLabel "أنقرة"@ar .\n'
    data.write_text(
        WIKIDATA_SAMPLE.read_text(encoding="utf-8") + WIKIDATA_PREFIXES + namesakes,
        encoding="utf-8",
    )
    news = write_graph(tmp_path / "kg.ttl", article("d1", "خبر عن انقره.", [ANKARA]))
    with OxigraphServer.running(graph=data, port=0) as server:
        url = server.endpoints.query
        done = kg_kb("link", "-g", str(news), "--online", "--endpoint", url, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert same_as(Graph().parse(news), ANKARA) == "Q3640"
