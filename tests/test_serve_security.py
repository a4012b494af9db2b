"""`kg serve` is read-only unless asked, writable only with the password it prints, and leaves
no server behind when it is killed: real `kg serve` processes, real HTTP requests."""

from __future__ import annotations

import base64
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import DATA_DIR, SAMPLE_GRAPH, run_kg

MEETINGS = str(DATA_DIR / "queries" / "meetings.rq")
ENV = {**os.environ, "COLUMNS": "160", "KG_DEBUG": ""}
NEW_TRIPLE = "<urn:x:a> <urn:x:b> <urn:x:c> ."
KG_SERVE = (sys.executable, "-m", "kg", "serve", "--graph", str(SAMPLE_GRAPH))
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@dataclass
class Served:
    """A running `kg serve` as its announcement describes it."""

    process: subprocess.Popen[str]
    base: str
    user: str | None
    password: str | None

    @property
    def port(self) -> int:
        return int(urllib.parse.urlsplit(self.base).port or 0)


@contextmanager
def kg_serve(*options: str, temp: Path | None = None) -> Iterator[Served]:
    """`kg serve` on the sample graph at a free port, with `temp` as its temp folder if given;
    stopped afterwards if still running, by SIGTERM, so it removes its temporary store (a test
    that kills it outright gives it a `temp` of its own: a SIGKILL leaves the store there)."""
    process = subprocess.Popen(
        [*KG_SERVE, "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV if temp is None else {**ENV, "TMPDIR": str(temp)},
    )
    try:
        yield _announced(process)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _announced(process: subprocess.Popen[str]) -> Served:
    assert process.stdout is not None
    fields: dict[str, str] = {}
    for line in process.stdout:
        match = re.match(r"\s*(query|user|password):\s+(\S+)", line)
        if match:
            fields[match.group(1)] = match.group(2)
        if line.startswith("press Ctrl-C"):
            break
    assert "query" in fields, process.stderr.read() if process.stderr else ""
    base = fields["query"].removesuffix("/query")
    return Served(process, base, fields.get("user"), fields.get("password"))


def request(
    url: str,
    method: str = "GET",
    body: bytes | Iterable[bytes] | None = None,
    headers: dict[str, str] | None = None,
    auth: tuple[str, str] | None = None,
) -> tuple[int, bytes]:
    """One real HTTP request; the status and body, also for error statuses."""
    headers = dict(headers or {})
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    sent = urllib.request.Request(url, data=body, method=method, headers=headers)  # type: ignore[arg-type]
    try:
        with urllib.request.urlopen(sent, timeout=30) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def count(base: str, auth: tuple[str, str] | None = None) -> int:
    status, body = request(
        f"{base}/query",
        "POST",
        COUNT.encode(),
        {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        auth,
    )
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def update(base: str, text: str, **options) -> int:
    headers = {"Content-Type": "application/sparql-update", **options.pop("headers", {})}
    return request(f"{base}/update", "POST", text.encode(), headers, **options)[0]


def store(base: str, method: str, **options) -> int:
    body = NEW_TRIPLE.encode() if method in ("POST", "PUT") else None
    headers = {"Content-Type": "text/turtle"} if body else {}
    return request(f"{base}/store?default", method, body, headers, **options)[0]


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return run_kg(*args, env=ENV, timeout=60)


# ---------------------------------------------------------------- read-only by default


def test_kg_serve_is_read_only_by_default_and_answers_queries():
    with kg_serve() as served:
        before = count(served.base)
        assert before > 0
        assert served.password is None
        assert update(served.base, "DROP ALL") >= 400
        assert update(served.base, f"INSERT DATA {{ {NEW_TRIPLE} }}") >= 400
        for method in ("POST", "PUT", "DELETE"):
            assert store(served.base, method) >= 400, method
        # A plain HTML form post, as any web page can send one.
        form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
        status, _ = request(
            f"{served.base}/update",
            "POST",
            form,
            {"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"},
        )
        assert status >= 400
        assert count(served.base) == before
        status, _ = request(f"{served.base}/store?default")
        assert status == 200
        done = kg("query", MEETINGS, "--query-url", f"{served.base}/query", "--format", "csv")
        local = kg("query", MEETINGS, "--graph", str(SAMPLE_GRAPH), "--format", "csv")
        assert done.returncode == 0 and done.stdout == local.stdout, done.stderr


# ---------------------------------------------------------------- --writable with a password


def test_writable_kg_serve_needs_the_password_it_printed():
    with kg_serve("--writable") as served:
        assert served.user and served.password and len(served.password) >= 20
        right = (served.user, served.password)
        wrong = (served.user, served.password[:-1] + ("x" if served.password[-1] != "x" else "y"))
        before = count(served.base, right)
        insert = f"INSERT DATA {{ {NEW_TRIPLE} }}"
        assert update(served.base, insert) == 401
        assert update(served.base, insert, auth=wrong) == 401
        assert update(served.base, "DROP ALL", auth=("admin", served.password)) == 401
        for method in ("POST", "PUT", "DELETE"):
            assert store(served.base, method) == 401, method
            assert store(served.base, method, auth=wrong) == 401, method
        assert request(f"{served.base}/query?query={urllib.parse.quote(COUNT)}")[0] == 401
        assert count(served.base, right) == before
        assert update(served.base, insert, auth=right) in (200, 204)
        assert count(served.base, right) == before + 1


def test_writable_kg_serve_refuses_a_cross_site_post_even_with_the_password():
    with kg_serve("--writable") as served:
        right = (served.user or "", served.password or "")
        before = count(served.base, right)
        form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
        formtype = {"Content-Type": "application/x-www-form-urlencoded"}
        for sign in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
            status, _ = request(f"{served.base}/update", "POST", form, {**formtype, **sign}, right)
            assert status == 403, sign
        assert count(served.base, right) == before
        # The server's own page (same origin) may still write.
        own = {"Origin": served.base}
        insert = f"INSERT DATA {{ {NEW_TRIPLE} }}"
        assert update(served.base, insert, headers=own, auth=right) in (200, 204)


def test_writable_kg_serve_forwards_streamed_bodies_and_answers(tmp_path: Path):
    with kg_serve("--writable") as served:
        right = (served.user or "", served.password or "")
        lines = [f"<urn:x:s{i}> <urn:x:p> <urn:x:o{i}> .\n".encode() for i in range(5000)]
        # An iterable body without a length: urllib sends it chunked.
        status, _ = request(
            f"{served.base}/store?graph=urn:x:g",
            "PUT",
            iter(lines),
            {"Content-Type": "text/turtle"},
            right,
        )
        assert status in (200, 201, 204)
        ntriples = {"Accept": "application/n-triples"}
        status, body = request(f"{served.base}/store?graph=urn:x:g", headers=ntriples, auth=right)
        assert status == 200 and body.count(b"\n") == 5000


def test_kg_load_and_query_work_with_the_printed_credentials(tmp_path: Path):
    with kg_serve("--writable") as served:
        credentials = ("--user", served.user or "", "--password", served.password or "")
        urls = ("--query-url", f"{served.base}/query", "--store-url", f"{served.base}/store")
        extra = tmp_path / "extra.ttl"
        extra.write_text(NEW_TRIPLE + "\n", encoding="utf-8")
        refused = kg("load", *urls, "--file", str(extra))
        assert refused.returncode == 1 and "401" in refused.stderr, refused.stderr
        loaded = kg("load", *urls, "--file", str(extra), "--graph", "urn:x:g", *credentials)
        assert loaded.returncode == 0, loaded.stderr
        assert "it now holds 1 triples" in loaded.stdout
        query = ("--query-url", f"{served.base}/query", "--format", "csv")
        done = kg("query", MEETINGS, *query, *credentials)
        local = kg("query", MEETINGS, "--graph", str(SAMPLE_GRAPH), "--format", "csv")
        assert done.returncode == 0 and done.stdout == local.stdout, done.stderr


# ---------------------------------------------------------------- --host


def test_kg_serve_warns_on_a_host_other_machines_reach():
    # 192.0.2.1 (TEST-NET-1) is no address of this machine: kg warns, then cannot bind it, so
    # the test never listens beyond loopback.
    done = kg("serve", "--graph", str(SAMPLE_GRAPH), "--port", "0", "--host", "192.0.2.1")
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 2, done.stderr
    assert lines[0].startswith("warning: ") and "192.0.2.1" in lines[0]
    assert lines[1].startswith("error: cannot serve on 192.0.2.1")


def test_kg_serve_on_loopback_does_not_warn():
    with kg_serve("--host", "localhost") as served:
        assert count(served.base) > 0
        served.process.send_signal(signal.SIGINT)
        _, err = served.process.communicate(timeout=30)
    assert "warning" not in err


# ---------------------------------------------------------------- no orphan server


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue  # a thread that ended between the listing and the read
    return found


def _gone(pid: int) -> bool:
    """Whether every thread of `pid` has ended (a zombie leader alone is gone: its parent has
    yet to reap it, but it holds no socket any more)."""
    try:
        states = [
            re.search(r"^State:\s+(\S)", (task / "status").read_text(), re.MULTILINE)
            for task in Path(f"/proc/{pid}/task").iterdir()
        ]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return all(state is None or state.group(1) in "ZX" for state in states)


def _refuses_connections(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as probe:
        return probe.connect_ex((host, port)) != 0


def _stopped(child: int, host: str, port: int) -> bool:
    return _gone(child) and _refuses_connections(port, host)


def _oxigraph_child(served: Served) -> tuple[int, tuple[str, int]]:
    """The oxigraph process `kg serve` started, and the address it listens on."""
    (child,) = _children(served.process.pid)
    command = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
    host, port = command[command.index(b"--bind") + 1].decode().rsplit(":", 1)
    return child, (host, int(port))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("options", [(), ("--writable",)], ids=["read-only", "writable"])
def test_killing_kg_serve_stops_its_oxigraph(options, tmp_path):
    with kg_serve(*options, temp=tmp_path) as served:
        child, (host, port) = _oxigraph_child(served)
        assert not _refuses_connections(port, host)
        served.process.send_signal(signal.SIGKILL)
        served.process.wait()
        deadline = time.monotonic() + 5
        while not _stopped(child, host, port) and time.monotonic() < deadline:
            time.sleep(0.05)
        if not _gone(child):
            os.kill(child, signal.SIGKILL)
            pytest.fail("oxigraph outlived a killed `kg serve`")
    assert _refuses_connections(port, host) and _refuses_connections(served.port)
    # Killed outright, kg could not remove its scratch folder: the one left is in the test's
    # folder, not the machine's temp folder, and holds only the server's store and log.
    (scratch,) = tmp_path.glob("kg-serve-*")
    assert sorted(entry.name for entry in scratch.iterdir()) == ["oxigraph.log", "store"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("options", [(), ("--writable",)], ids=["read-only", "writable"])
def test_hangup_stops_kg_serve_cleanly(options, tmp_path):
    with kg_serve(*options, temp=tmp_path) as served:
        child, (host, port) = _oxigraph_child(served)
        served.process.send_signal(signal.SIGHUP)
        out, err = served.process.communicate(timeout=30)
        if not _gone(child):
            os.kill(child, signal.SIGKILL)
    assert served.process.returncode == 0, err
    assert out.strip().endswith("stopped")
    assert _gone(child) and _refuses_connections(port, host)
    assert _refuses_connections(served.port)
    assert not list(tmp_path.glob("kg-serve-*")), "a clean stop removes the temporary store"
