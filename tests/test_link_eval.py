"""`kg eval-links`: gold mentions against the links of a graph, and the seed graph's figures."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.graph import GraphBuilder, load_graph, write_turtle
from kg.link_eval import evaluate_links
from kg.linker import link
from kg.types import Article, Entity, Mention

GOLD = Path(__file__).parent / "gold"
HEADER = "document\tmention\tkey\ttype\tqid\n"


@pytest.fixture
def small(tmp_path) -> tuple[Path, Path]:
    """A gold folder and a graph that between them have every outcome."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "entities.tsv").write_text(
        "# a comment line, as in tests/gold\n"
        + HEADER
        + "d\tتركيا\tTurkey\tState\tQ43\n"
        + "d\tأنقرة\tAnkara\tCity\tQ3640\n"
        + "d\tهاكان فيدان\tHakan Fidan\tPerson\t\n"
        + "d\tحماس\tHamas\tOrganization\tQ38799\n"
        + "d\tقالن\tİbrahim Kalın\tPerson\t\n"
        + "d\tصفا\tar:صفا\tOrganization\t\n"
        + "d\tمصر\tEgypt\tState\tQ79\n",
        encoding="utf-8",
    )
    entities = [
        Entity("Q43", "State", "تركيا", "Turkey", "Q43", "table"),
        Entity("Q1", "City", "أنقرة", "Ankara", "Q1", "table"),  # the wrong item
        Entity("hakan-fidan", "Person", "هاكان فيدان", "Hakan Fidan"),
        Entity("hamas", "Organization", "حماس", "Hamas"),  # left unlinked
        Entity("Q2", "Person", "قالن", "İbrahim Kalın", "Q2", "table"),  # the gold has no QID
    ]
    text = "نص"
    builder = GraphBuilder()
    builder.add(
        Article("d", "d.txt", text, ((0, 2),), datetime.date(2025, 1, 1)),
        [Mention(0, 1, entity, "alias", 0.9) for entity in entities],
        [],
    )
    graph = tmp_path / "kg.ttl"
    write_turtle(builder.graph(), graph)
    return gold, graph


def test_each_gold_mention_gets_one_outcome(small):
    gold, graph = small
    outcomes = [o.outcome for o in evaluate_links(load_graph(graph), gold).outcomes]
    assert outcomes == [
        "correct",
        "wrong",
        "unlinked-correct",
        "unlinked-missed",
        "unverifiable",
        "missing",
        "missing",
    ]


@pytest.mark.model
def test_the_seed_graph_links_nothing_wrongly_before_or_after_kg_link(seed_graph, tmp_path):
    before = evaluate_links(load_graph(seed_graph), GOLD)
    copy = tmp_path / "kg.ttl"
    shutil.copy(seed_graph, copy)
    link(copy, online=False)
    after = evaluate_links(load_graph(copy), GOLD)
    for result in (before, after):
        counts = result.counts()
        assert counts["wrong"] == counts["unverifiable"] == 0
        assert result.accuracy >= 0.95
    assert after.counts()["correct"] >= before.counts()["correct"]


def test_kg_eval_links_prints_each_outcome_and_lists_errors(small, tmp_path):
    gold, graph = small
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "eval-links",
            "-g",
            str(graph),
            "--gold",
            str(gold),
            "--errors",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    counts = {line[:38].strip(): line[38:].split() for line in done.stdout.splitlines()[1:8]}
    assert counts["linked correctly"] == counts["left unlinked correctly"] == ["1", "/", "1"]
    assert counts["not in the graph"] == ["2", "/", "2"]
    assert counts["accuracy (mentions)"] == ["0.286"]  # 2 of 7 right
    assert "wrong            d «أنقرة» Ankara: gold Q3640, graph Q1" in done.stdout
