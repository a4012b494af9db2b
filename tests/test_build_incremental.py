"""`kg build --jobs N` and the incremental cache write the same graph as one clean build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kg.buildcache import pipeline_version
from kg.kb import KnowledgeBase, default_kb
from kg.pipeline import Extractor, build, process_article
from kg.reader import read_folder

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LATE = "003_d816d484b0658707.txt"  # one article, in the middle of the seeds in name order


@pytest.fixture
def seeds_but_one(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        if path.name != LATE:
            shutil.copy(path, folder)
    return folder


@pytest.fixture
def parsed_sources(arabic_parser, monkeypatch) -> list[str]:
    """The file name of every article the parser is given, in order."""
    seen: list[str] = []
    pipe = arabic_parser.pipe

    def counting_pipe(articles, *args, **kwargs):
        def recorded():
            for article in articles:
                seen.append(article.source)
                yield article

        return pipe(recorded(), *args, **kwargs)

    monkeypatch.setattr(arabic_parser, "pipe", counting_pipe)
    return seen


def test_adding_an_article_parses_only_that_article(
    seed_build, arabic_parser, seeds_but_one, parsed_sources, tmp_path
):
    cache = tmp_path / "cache"
    first = build(seeds_but_one, tmp_path / "first.ttl", arabic_parser, cache_dir=cache)
    assert (first.parsed, first.cached) == (6, 0)
    parsed_sources.clear()

    shutil.copy(SEEDS / LATE, seeds_but_one)
    output = tmp_path / "kg.ttl"
    second = build(seeds_but_one, output, arabic_parser, cache_dir=cache)
    assert parsed_sources == [LATE]
    assert (second.parsed, second.cached, second.documents) == (1, 6, 7)
    assert output.read_bytes() == seed_build[0].read_bytes()  # as a clean full build


def test_two_jobs_write_the_same_graph_as_one(seed_build, arabic_parser, tmp_path):
    output = tmp_path / "kg.ttl"
    report = build(SEEDS, output, arabic_parser, jobs=2)
    assert report.parsed == 7
    assert output.read_bytes() == seed_build[0].read_bytes()


def test_two_jobs_with_a_partly_filled_cache(seed_build, arabic_parser, seeds_but_one, tmp_path):
    cache = tmp_path / "cache"
    build(seeds_but_one, tmp_path / "first.ttl", arabic_parser, cache_dir=cache)
    shutil.copy(SEEDS / LATE, seeds_but_one)
    output = tmp_path / "kg.ttl"
    report = build(seeds_but_one, output, arabic_parser, jobs=2, cache_dir=cache)
    assert (report.parsed, report.cached) == (1, 6)
    assert output.read_bytes() == seed_build[0].read_bytes()


def test_the_cache_version_follows_parser_and_knowledge_base(arabic_parser):
    kb = default_kb()
    version = pipeline_version(arabic_parser.spec, kb)
    assert pipeline_version(arabic_parser.spec, kb) == version
    assert pipeline_version(replace(arabic_parser.spec, parser="udpipe"), kb) != version
    assert pipeline_version(replace(arabic_parser.spec, ner_everywhere=True), kb) != version
    assert pipeline_version(arabic_parser.spec, KnowledgeBase(kb.entries[1:], kb.roles)) != version


def test_process_article_is_the_per_article_step(arabic_parser):
    article = next(iter(read_folder(SEEDS)))
    (expected,) = Extractor(arabic_parser).process([article])
    assert process_article(article, default_kb(), arabic_parser.spec) == expected


@pytest.mark.model
def test_cli_rebuild_reads_the_cache(tmp_path):
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "user-cache")}

    def kg_build() -> str:
        command = [sys.executable, "-m", "kg", "build", "-i", str(SEEDS), "-o", "out/kg.ttl"]
        done = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "7 / 0" in kg_build()
    assert "0 / 7" in kg_build()
    assert (tmp_path / "user-cache" / "builds").is_dir()  # kg's per-user cache, not out/
    assert sorted(os.listdir(tmp_path / "out")) == ["kg.oxigraph", "kg.ttl"]  # no cache there
