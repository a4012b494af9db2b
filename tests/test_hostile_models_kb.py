"""Hostile input for the models, the KB update and validation (issue 11, items 8, 9, 13): a bad
model never replaces a good one, a misbehaving Wikidata endpoint never replaces good tables, and
a file with no kg data is not called a conforming graph."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import Answer, run_kg

from kg.nlp import MODEL_ENV, resolve_model_dir


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


@pytest.mark.parametrize("link", ["spacy/vocab/strings.json", "udpipe/arabic.udpipe", "extra"])
def test_install_refuses_links_that_leave_the_folder(tmp_path, link):
    source = tmp_path / "source"
    (source / "udpipe").mkdir(parents=True)
    (source / "udpipe" / "arabic.udpipe").write_bytes(b"udpipe model")
    (source / "spacy" / "vocab").mkdir(parents=True)
    (source / "spacy" / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    (source / "spacy" / "meta.json").write_text("{}", encoding="utf-8")
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
