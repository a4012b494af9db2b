"""Issue 11, items 4, 10 and 12: the build cache cannot run code, one writer at a time,
nothing left behind by a signal, and output errors reported before the parse."""

from __future__ import annotations

import datetime
import fcntl
import hashlib
import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import SAMPLE_GRAPH, SEEDS, run_kg

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


def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


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


# ------------------------------------------------ item 10: one writer at a time


def hold_lock(graph: Path) -> Callable[[], None]:
    """Lock `graph` as a running kg would (flock on GRAPH.lock, our pid in it)."""
    handle = open(graph.with_name(graph.name + ".lock"), "w")  # noqa: SIM115
    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    handle.write(str(os.getpid()))
    handle.flush()
    return handle.close


def test_kg_link_fails_while_another_kg_writes_the_graph(warm, tmp_path):
    graph = tmp_path / "kg.ttl"
    graph.write_bytes(warm[1])
    release = hold_lock(graph)
    try:
        result = run_kg("link", "-g", str(graph), env=kg_env(tmp_path))
    finally:
        release()
    assert_one_line_error(result, str(graph), f"pid {os.getpid()}")
    assert graph.read_bytes() == warm[1]


def test_kg_build_fails_before_parsing_while_the_graph_is_locked(few_seeds, tmp_path):
    graph, cache = tmp_path / "kg.ttl", tmp_path / "cache"
    graph.write_bytes(SAMPLE_GRAPH.read_bytes())
    release = hold_lock(graph)
    try:
        args = ("build", "-i", str(few_seeds), "-o", str(graph), "--cache", str(cache))
        result = run_kg(*args, env=kg_env(tmp_path))
    finally:
        release()
    assert_one_line_error(result, str(graph), f"pid {os.getpid()}")
    assert cache_entries(cache) == []  # nothing was parsed
    assert graph.read_bytes() == SAMPLE_GRAPH.read_bytes()


def wait_until(condition: Callable[[], bool], process: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + 300
    while not condition():
        assert process.poll() is None, f"kg ended ({process.returncode}) before {what}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


def stop(process: subprocess.Popen) -> None:
    """SIGSTOP `process` and wait until the kernel has stopped it: the signal is delivered
    asynchronously, and a process still running could finish what the test means to catch."""
    if process.poll() is not None:
        return  # it ended first (a fast build): nothing to stop, nothing caught
    process.send_signal(signal.SIGSTOP)
    stat = Path(f"/proc/{process.pid}/stat")
    deadline = time.monotonic() + 10
    while process.poll() is None and stat.read_text().rsplit(")", 1)[1].split()[0] not in "Tt":
        assert time.monotonic() < deadline, "the build did not stop"
        time.sleep(0.001)


def stop_holding(process: subprocess.Popen, lock: Path) -> None:
    """Stop `process` at a moment it holds `lock`. The build claims the graph for an instant
    at start too (to fail before the parse): a stop that lands just after that claim finds
    the lock released (its file unlinked), so the process is let go and the next claim
    waited for."""
    while True:
        wait_until(lambda: holder(lock) == str(process.pid), process, f"it held {lock}")
        stop(process)
        if holder(lock) == str(process.pid):
            return
        process.send_signal(signal.SIGCONT)


def holder(lock: Path) -> str | None:
    """The pid written in `lock`, or None: the build also claims the graph for a moment at
    start (to fail before the parse), so the lock file may vanish between two looks."""
    try:
        return lock.read_text()
    except FileNotFoundError:
        return None


def test_kg_link_during_a_build_fails_and_the_build_keeps_its_graph(warm, few_seeds, tmp_path):
    cache, seed_graph = warm
    reference = tmp_path / "reference.ttl"
    args = ("build", "-i", str(few_seeds), "--cache", str(cache))
    done = run_kg(*args, "-o", str(reference), env=kg_env(tmp_path))
    assert done.returncode == 0, done.stderr
    graph = tmp_path / "out" / "kg.ttl"
    graph.parent.mkdir()
    graph.write_bytes(seed_graph)  # the previous build's graph, which `kg link` would read
    lock = graph.with_name("kg.ttl.lock")
    building = subprocess.Popen(
        kg_command(*args, "-o", str(graph)), env=kg_env(tmp_path), stdout=subprocess.DEVNULL
    )
    try:
        stop_holding(building, lock)  # mid-build, lock held: now a second writer
        linking = run_kg("link", "-g", str(graph), env=kg_env(tmp_path))
        building.send_signal(signal.SIGCONT)
        assert building.wait(timeout=300) == 0
    finally:
        building.kill()
        building.wait()
    assert_one_line_error(linking, str(graph), f"pid {building.pid}")
    assert graph.read_bytes() == reference.read_bytes()  # the build's graph, not lost


def temp_files(folder: Path, prefix: str = ".") -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(".tmp"))


@pytest.mark.parametrize(
    "signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=["TERM", "HUP", "INT"]
)
def test_a_signal_during_the_write_leaves_no_temp_file(warm, tmp_path, signum):
    cache, _ = warm
    out = tmp_path / "out"
    out.mkdir()
    graph = out / "kg.ttl"
    graph.write_bytes(SAMPLE_GRAPH.read_bytes())
    command = kg_command("build", "-i", str(SEEDS), "-o", str(graph), "--cache", str(cache))
    for _attempt in range(5):  # the write lasts a few ms: catch the build inside it
        building = subprocess.Popen(command, env=kg_env(tmp_path), stdout=subprocess.DEVNULL)
        try:
            while building.poll() is None and not temp_files(out, ".kg.ttl."):
                pass
            stop(building)
            caught = bool(temp_files(out, ".kg.ttl."))
            if caught:
                building.send_signal(signum)
            building.send_signal(signal.SIGCONT)
            code = building.wait(timeout=300)
        finally:
            building.kill()
            building.wait()
        if caught:
            break
        graph.write_bytes(SAMPLE_GRAPH.read_bytes())
    else:
        pytest.fail("never caught the build while it wrote the graph")
    assert temp_files(out) == []
    assert graph.read_bytes() == SAMPLE_GRAPH.read_bytes()  # the previous graph
    assert code == (130 if signum == signal.SIGINT else -signum)


# ------------------------------------------------ item 12: output errors before the parse


@pytest.fixture
def tmpfs(tmp_path) -> Iterator[Callable[..., Path]]:
    """Mount a real tmpfs of `size` bytes (read-only with ``readonly=True``); needs root."""
    mounted: list[Path] = []

    def mount(name: str, size: int, readonly: bool = False) -> Path:
        point = tmp_path / name
        point.mkdir()
        options = f"size={size},mode=0755" + (",ro" if readonly else "")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


def build_fails_before_parsing(
    few_seeds: Path, tmp_path: Path, output: Path, cache: Path, *fragments: str
) -> None:
    """`kg build` fails with one line, having parsed nothing (no cache entry written)."""
    args = ("build", "-i", str(few_seeds), "-o", str(output), "--cache", str(cache))
    result = run_kg(*args, env=kg_env(tmp_path))
    assert_one_line_error(result, *fragments)
    assert cache_entries(cache) == [], "the articles were parsed before the error"


def test_an_output_path_that_is_a_folder_fails_before_parsing(few_seeds, tmp_path):
    output = tmp_path / "graphs"
    output.mkdir()
    build_fails_before_parsing(few_seeds, tmp_path, output, tmp_path / "cache", str(output))
    assert os.listdir(output) == []


def test_an_output_under_a_file_fails_before_parsing(few_seeds, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the graph's folder should be")
    output = blocker / "kg.ttl"
    build_fails_before_parsing(few_seeds, tmp_path, output, tmp_path / "cache", str(output))


def test_a_read_only_output_folder_fails_before_parsing(few_seeds, tmp_path, tmpfs):
    if os.geteuid() == 0:
        folder = tmpfs("readonly", 1 << 20, readonly=True)
    else:
        folder = tmp_path / "readonly"
        folder.mkdir(mode=0o555)
    output = folder / "kg.ttl"
    build_fails_before_parsing(few_seeds, tmp_path, output, tmp_path / "cache", str(folder))


def test_an_unwritable_cache_fails_before_parsing(few_seeds, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder's parent should be")
    cache = blocker / "cache"
    build_fails_before_parsing(few_seeds, tmp_path, tmp_path / "kg.ttl", cache, str(cache))
    assert not (tmp_path / "kg.ttl").exists()


def test_a_read_only_cache_fails_before_parsing(few_seeds, tmp_path, tmpfs):
    cache = tmpfs("cache", 1 << 20, readonly=True)
    build_fails_before_parsing(few_seeds, tmp_path, tmp_path / "kg.ttl", cache, str(cache))


def test_a_full_disk_fails_before_parsing(few_seeds, tmp_path, tmpfs):
    disk = tmpfs("disk", 64 * 1024)
    with pytest.raises(OSError, match="No space left"), (disk / "filler").open("wb") as filler:
        while True:
            filler.write(b"x" * 4096)
            filler.flush()
    output = disk / "kg.ttl"
    build_fails_before_parsing(
        few_seeds, tmp_path, output, tmp_path / "cache", str(output), "No space left on device"
    )


def test_a_full_disk_mid_write_is_one_line_and_keeps_the_previous_graph(warm, tmp_path, tmpfs):
    cache, graph_bytes = warm
    disk = tmpfs("disk", 48 * 1024)  # room for the previous graph, not for the seeds' 58 kB
    assert len(graph_bytes) > 48 * 1024
    graph = disk / "kg.ttl"
    graph.write_bytes(SAMPLE_GRAPH.read_bytes())
    args = ("build", "-i", str(SEEDS), "-o", str(graph), "--cache", str(cache))
    result = run_kg(*args, env=kg_env(tmp_path))
    assert_one_line_error(result, str(graph), "No space left on device")
    assert graph.read_bytes() == SAMPLE_GRAPH.read_bytes()
    assert temp_files(disk) == []
