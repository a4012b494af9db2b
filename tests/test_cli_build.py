"""The `kg` command as a user runs it: one-line errors, no partial output, a summary."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import run_kg

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run_kg(*args, cwd=cwd)


def assert_one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert fragment in lines[0]


def test_missing_input_folder(tmp_path):
    result = kg("build", "--input", "nope", cwd=tmp_path)
    assert_one_line_error(result, "input folder nope does not exist")
    assert not (tmp_path / "out").exists()


def test_folder_without_articles(tmp_path):
    (tmp_path / "empty").mkdir()
    result = kg("build", "--input", "empty", cwd=tmp_path)
    assert_one_line_error(result, "no .txt articles")


@pytest.mark.model
def test_only_unreadable_articles_leaves_no_output(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\x00\x00")
    output = tmp_path / "out" / "kg.ttl"
    result = kg("build", "--input", str(folder), "--output", str(output), cwd=tmp_path)
    assert result.returncode == 1
    assert "no readable article" in result.stderr
    assert not output.parent.exists()


@pytest.mark.model
def test_bad_articles_are_skipped_and_counted(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEEDS / "003_d816d484b0658707.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Réunion à Genève".encode("latin-1"))  # not Arabic
    output = tmp_path / "kg.ttl"
    result = kg("build", "--input", str(folder), "--output", str(output), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "skipped empty.txt" in result.stdout and "skipped latin1.txt" in result.stdout
    assert "│ skipped" in result.stdout and "│ 2" in result.stdout
    assert output.read_text(encoding="utf-8").startswith("@prefix")


@pytest.mark.model
def test_an_article_in_english_or_french_is_reported_and_skipped(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEEDS / "003_d816d484b0658707.txt", folder)
    (folder / "english.txt").write_text(
        "2025-03-10\nThe Turkish foreign minister met a Hamas delegation in Istanbul on Monday, "
        "the ministry said in a statement.\n",
        encoding="utf-8",
    )
    (folder / "french.txt").write_text(
        "Le ministre turc des Affaires étrangères a reçu une délégation du Hamas à Istanbul.\n",
        encoding="utf-8",
    )
    (folder / "quoted.txt").write_text(  # Arabic news quoting an English name stays in
        "التقى وزير الخارجية التركي وفد حماس في إسطنبول، بحسب وكالة Anadolu Agency.\n",
        encoding="utf-8",
    )
    result = kg("build", "--input", str(folder), "--output", str(tmp_path / "kg.ttl"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for name in ("english.txt", "french.txt"):
        assert f"skipped {name}: {name} is not Arabic" in " ".join(result.stdout.split())
    assert "quoted.txt" not in result.stdout and "│ 2" in result.stdout


def test_existing_graph_survives_a_failed_build(tmp_path):
    output = tmp_path / "kg.ttl"
    output.write_text("# previous build\n", encoding="utf-8")
    result = kg("build", "--input", "nope", "--output", str(output), cwd=tmp_path)
    assert result.returncode == 1
    assert output.read_text(encoding="utf-8") == "# previous build\n"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("query", "no-such-query"), "Unknown query 'no-such-query'. Available:"),
        (("validate", "--graph", "missing.ttl"), "no graph at missing.ttl"),
        (("eval", "--graph", "missing.ttl"), "no graph at missing.ttl"),
    ],
)
def test_user_errors_are_one_line(tmp_path, args, fragment):
    assert_one_line_error(kg(*args, cwd=tmp_path), fragment)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?x WHERE { ?x ?y }",
        "SELECT ?x WHERE { ?x ",  # the parser's message lists what may follow, over lines
    ],
)
def test_malformed_query_file(tmp_path, seed_graph, text):
    broken = tmp_path / "broken.rq"
    broken.write_text(text, encoding="utf-8")
    result = kg("query", str(broken), "--graph", str(seed_graph), cwd=tmp_path)
    assert_one_line_error(result, "broken.rq")


def test_broken_turtle_is_reported(tmp_path):
    graph = tmp_path / "kg.ttl"
    graph.write_text("@prefix x: <http://x/> .\nx:a x:b", encoding="utf-8")
    assert_one_line_error(kg("validate", "--graph", str(graph), cwd=tmp_path), "not valid Turtle")


def test_broken_turtle_is_reported_with_its_line_and_reason(tmp_path):
    graph = tmp_path / "kg.ttl"
    graph.write_text('@prefix x: <http://x/> .\nx:a x:b "open\nx:c x:d x:e .\n', encoding="utf-8")
    result = kg("validate", "--graph", str(graph), cwd=tmp_path)
    assert_one_line_error(result, "line 2: Bad syntax (newline found in string literal)")


def test_missing_model_is_reported(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("التقى الوزير وفدا.\n", encoding="utf-8")
    result = kg("build", "--model", str(tmp_path / "no-model"), cwd=tmp_path)
    assert_one_line_error(result, "kg models install")


def test_a_missing_input_folder_is_reported_before_the_model(tmp_path):
    result = kg("build", "--input", "nope", "--model", str(tmp_path / "no-model"), cwd=tmp_path)
    assert_one_line_error(result, "does not exist")


def test_an_output_kg_cannot_write_is_reported_before_the_model(tmp_path):
    (tmp_path / "out.ttl").mkdir()
    result = kg(
        "build", "--input", str(SEEDS), "--output", "out.ttl", "--model", "no-model", cwd=tmp_path
    )
    assert_one_line_error(result, "out.ttl is a folder")
