"""Issue 11, item 4: the build cache cannot run code."""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import pickle
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import SEEDS, run_kg

from kg.buildcache import Extraction, pipeline_version
from kg.kb import default_kb
from kg.reader import read_folder
from kg.types import Entity, Event, EventDate, Evidence, Mention, Role

pytestmark = pytest.mark.model

FIRST_SEEDS = ("000_aa6a5e2b2c7bcff8.txt", "001_e2929590db3c7432.txt")  # a quick, smaller build


def kg_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """This process's environment with kg's per-user cache in a folder of this test."""
    return {**os.environ, "KG_CACHE_DIR": str(tmp_path / "user-cache"), **extra}


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def cache_entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.fixture(scope="module")
def warm(tmp_path_factory) -> tuple[Path, bytes]:
    """A cache filled by one `kg build` of the seeds, and the graph that build wrote."""
    folder = tmp_path_factory.mktemp("warm")
    cache, output = folder / "cache", folder / "kg.ttl"
    done = run_kg("build", "-i", str(SEEDS), "-o", str(output), "--cache", str(cache))
    assert done.returncode == 0, done.stderr
    return cache, output.read_bytes()


@pytest.fixture
def few_seeds(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name in FIRST_SEEDS:
        shutil.copy(SEEDS / name, folder)
    return folder


# ------------------------------------------------ item 4: the cache cannot run code


class _Payload:
    """Unpickling this creates the file `marker`: what a hostile cache entry could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def plant_pickles(folder: Path, marker: Path, suffixes: tuple[str, ...]) -> int:
    """A hostile pickle where kg 0.x looked for each seed article's cache entry."""
    from kg.nlp import ArabicParser

    version = pipeline_version(ArabicParser().spec, default_kb())
    planted = 0
    for article in read_folder(SEEDS):
        key = hashlib.sha256(repr(article).encode()).hexdigest()
        for suffix in suffixes:
            path = folder / version[:16] / key[:2] / f"{key}{suffix}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps(_Payload(marker)))
            planted += 1
    return planted


def test_a_pickle_planted_in_the_old_default_cache_does_not_run(tmp_path):
    shared = tmp_path / "shared"  # /tmp, say: another local user made shared/.cache first
    marker = tmp_path / "pwned"
    assert plant_pickles(shared / ".cache", marker, (".pickle",)) == 7
    result = run_kg("build", "-i", str(SEEDS), "-o", str(shared / "x.ttl"), env=kg_env(tmp_path))
    assert not marker.exists(), "a cache entry ran code"
    assert result.returncode == 0, result.stderr
    assert "7 / 0" in result.stdout  # nothing came from the planted cache


def test_a_pickle_in_the_cache_folder_is_never_unpickled(tmp_path):
    cache, marker = tmp_path / "cache", tmp_path / "pwned"
    cache.mkdir(mode=0o700)
    plant_pickles(cache, marker, (".pickle", ".json"))
    output = tmp_path / "kg.ttl"
    args = ("build", "-i", str(SEEDS), "-o", str(output), "--cache", str(cache))
    result = run_kg(*args, env=kg_env(tmp_path))
    assert not marker.exists(), "a cache entry ran code"
    assert result.returncode == 0, result.stderr
    assert "7 / 0" in result.stdout  # a pickle where an entry is expected is a miss


def _every_field_set() -> Extraction:
    """A mention and an event with every optional field set, and values JSON could blur:
    an int where a float is expected, dates, nested tuples, None inside tuples' records."""
    turkey = Entity("state:TR", "State", "تركيا", "Turkey", "Q43", "table")
    ankara = Entity("city:ankara", "City", "أنقرة")
    fidan = Entity("person:fidan", "Person", "هاكان فيدان", None, "Q2", "role")
    role = Role(
        "foreign-minister",
        ("وزير الخارجية التركي", "وزير خارجية تركيا"),
        fidan,
        datetime.date(2023, 6, 3),
        None,
        "foreign-minister:TR",
        datetime.date(2025, 1, 31),
    )
    mention = Mention(
        3, 17, fidan, "title-role", 1, role, ankara, turkey, "foreign-minister:TR", (turkey, ankara)
    )
    evidence = Evidence("doc#1", 0, 120, 10, 20)
    event = Event(
        "Meeting",
        ((fidan,), (turkey, ankara)),
        evidence,
        0.85,
        "meet-verb",
        ankara,
        None,
        EventDate("2025-04", "month", "text", "2025-05-01", "day"),
        (("convener", turkey),),
        (Evidence("doc#2", 5, 60, 7, 9),),
        "planned",
    )
    return (4, (mention, Mention(0, 5, turkey, "alias", 0.5)), (event,))


def round_trip(extraction: Extraction) -> Extraction:
    from kg.codec import decode, encode

    return decode(json.loads(json.dumps(encode(extraction, Extraction))), Extraction)


def test_every_field_survives_the_json_round_trip():
    extraction = _every_field_set()
    back = round_trip(extraction)
    assert back == extraction
    assert repr(back) == repr(extraction)  # same types too: 1 stays an int, tuples stay tuples


def test_the_seed_extractions_survive_the_json_round_trip(arabic_parser):
    from kg.pipeline import Extractor

    results = list(Extractor(arabic_parser).process(read_folder(SEEDS)))
    assert len(results) == 7
    for result in results:
        extraction = (result.sentences, result.mentions, result.events)
        assert repr(round_trip(extraction)) == repr(extraction)


@pytest.mark.parametrize(
    "data",
    [
        [1, [], [{"start": 1}]],  # a record with fields missing
        [1, [], [], []],  # too many items
        ["1", [], []],  # a string for an int
        [1, {"a": 1}, []],  # a mapping for a tuple
        None,
    ],
)
def test_malformed_json_is_refused(data):
    from kg.codec import decode

    with pytest.raises(ValueError):
        decode(data, Extraction)


def test_a_build_from_the_cache_writes_the_same_graph_as_a_fresh_build(warm, tmp_path):
    cache, graph = warm
    fresh = tmp_path / "fresh.ttl"
    done = run_kg("build", "-i", str(SEEDS), "-o", str(fresh), "--no-cache", env=kg_env(tmp_path))
    assert done.returncode == 0, done.stderr
    cached = tmp_path / "cached.ttl"
    args = ("build", "-i", str(SEEDS), "-o", str(cached), "--cache", str(cache))
    done = run_kg(*args, env=kg_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "0 / 7" in done.stdout
    assert cached.read_bytes() == fresh.read_bytes() == graph
    entries = cache_entries(cache)
    assert len(entries) == 7 and all(p.suffix == ".json" for p in entries), entries
    for entry in entries:
        json.loads(entry.read_text(encoding="utf-8"))


def test_the_default_cache_is_private_and_per_user(few_seeds, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "KG_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg")
    output = tmp_path / "out" / "kg.ttl"
    done = run_kg("build", "-i", str(few_seeds), "-o", str(output), env=env)
    assert done.returncode == 0, done.stderr
    assert not (output.parent / ".cache").exists()
    builds = tmp_path / "xdg" / "kg" / "builds"
    assert builds.is_dir() and len(cache_entries(builds)) == 2
    assert builds.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o722])
def test_a_cache_folder_others_can_write_is_refused(few_seeds, tmp_path, mode):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(mode)
    args = ("build", "-i", str(few_seeds), "-o", str(tmp_path / "kg.ttl"), "--cache", str(cache))
    result = run_kg(*args, env=kg_env(tmp_path))
    assert_one_line_error(result, str(cache), "writable by")
    assert cache_entries(cache) == []
    assert not (tmp_path / "kg.ttl").exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_a_cache_folder_owned_by_another_user_is_refused(few_seeds, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    os.chown(cache, 65534, 65534)  # nobody
    args = ("build", "-i", str(few_seeds), "-o", str(tmp_path / "kg.ttl"), "--cache", str(cache))
    result = run_kg(*args, env=kg_env(tmp_path))
    assert_one_line_error(result, str(cache), "owned by")
    assert cache_entries(cache) == []
