"""A language is a folder (kg.lang): a toy English in tests/data/lang/en, which kg/ never
names, is read, parsed, extracted and written as a graph by the same core as Arabic."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest
from conftest import run_kg
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg import lang
from kg.errors import UnknownLanguage
from kg.namespaces import KG

TOY_FOLDERS = Path(__file__).parent / "data" / "lang"
PACKAGE = Path(__file__).parents[1] / "kg"
# What every language runs: these reach a language only through kg.lang.get.
CORE = ("reader", "nlp", "pipeline", "graph", "types", "extract/__init__", "lang/__init__")


def toy_environment(language: str = "en") -> dict[str, str]:
    return dict(os.environ, KG_LANG=language, KG_LANG_PATH=str(TOY_FOLDERS))


def test_a_folder_on_the_language_path_is_a_language_the_core_builds(tmp_path):
    articles = tmp_path / "news"
    articles.mkdir()
    text = (
        "Talks in Cairo\nEgypt met Turkey on Monday. Hamas was not there.\nAll rights reserved.\n"
    )
    (articles / "a.txt").write_text(text, encoding="utf-8")
    result = run_kg(
        "build", "--no-cache", "-i", "news", "-o", "kg.ttl", cwd=tmp_path, env=toy_environment()
    )
    assert result.returncode == 0, result.stderr
    graph = Graph().parse(tmp_path / "kg.ttl")
    (meeting,) = graph.subjects(RDF.type, KG.Meeting)
    names = {graph.value(actor, RDFS.label) for actor in graph.objects(meeting, KG.participant)}
    assert names == {Literal("Egypt", lang="en"), Literal("Turkey", lang="en")}
    evidence = graph.value(meeting, KG.evidence)
    assert graph.value(evidence, KG.sentence) == Literal("Egypt met Turkey on Monday.", lang="en")
    # the toy's page furniture is left out of the article, as Arabic's is
    assert "rights" not in " ".join(str(o) for o in graph.objects())


def test_the_toy_language_reads_no_arabic_news(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("التقى وزير الخارجية نظيره في القاهرة.", "utf-8")
    result = run_kg("build", "--no-cache", "-i", "news", cwd=tmp_path, env=toy_environment())
    assert result.returncode == 1
    assert "a.txt: a.txt is not English (most of its letters are not English)" in result.stderr


def test_an_unknown_language_is_a_one_line_error(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("نص", "utf-8")
    result = run_kg("build", "-i", "news", cwd=tmp_path, env=toy_environment("zz"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "error: no language 'zz': kg has a folder kg/lang/<code>/ per language (ar); "
        "$KG_LANG_PATH may name folders of more"
    ]


def test_kg_ships_arabic_and_finds_it_by_its_code():
    assert lang.available() == ["ar"]
    arabic = lang.get("ar")
    assert (arabic.code, arabic.name, arabic.folder("إسرائيل")) == ("ar", "Arabic", "اسراييل")
    with pytest.raises(UnknownLanguage, match="not a language code"):
        lang.get("../ar")


@pytest.mark.parametrize("module", CORE)
def test_the_core_imports_no_language_folder(module):
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {
        a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names
    }
    assert not {name for name in imported if name and name.startswith("kg.lang.")}
