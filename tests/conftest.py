"""Shared pytest fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.serve import OxigraphServer


def run_kg(
    *args: str,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
) -> subprocess.CompletedProcess[str]:
    """`kg` as a user runs it: a new interpreter, output captured, a failure returned, not
    raised. `env` replaces the environment (default: this process's)."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        cwd=cwd,
        env=dict(os.environ if env is None else env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


# ------------------------------------------------ endpoints: kg load / query / serve

DATA_DIR = Path(__file__).parent / "data"
SAMPLE_GRAPH = DATA_DIR / "sample.ttl"
SAMPLE_QUERIES = sorted((DATA_DIR / "queries").glob("*.rq"))


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A real, empty `oxigraph serve` on 127.0.0.1 at a free port, storing in a temp folder.

    Its `endpoints` are the query, update and store URLs; the process is stopped afterwards.
    """
    with OxigraphServer.running(location=tmp_path / "store", port=0) as server:
        yield server


@dataclass(frozen=True)
class Answer:
    """One canned HTTP answer of a `FaultServer`, sent after `delay` seconds."""

    status: int
    body: bytes = b""
    content_type: str = "text/plain"
    delay: float = 0.0


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FaultServer:
    """A tiny local HTTP server that answers with `answers` in turn (the last one repeats)
    and records every request it gets."""

    url: str
    answers: list[Answer]
    received: list[Received] = field(default_factory=list)


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that keeps the test output free of access logs."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[Callable[[type[BaseHTTPRequestHandler]], str]]:
    """Serve a handler class on 127.0.0.1 in a thread: ``url = http_server(Handler)``.

    Every server started is stopped after the test."""
    started: list[ThreadingHTTPServer] = []

    def start(handler: type[BaseHTTPRequestHandler]) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


@pytest.fixture
def fault_server(http_server) -> Callable[..., FaultServer]:
    """Start a `FaultServer` on 127.0.0.1: ``fault_server(Answer(500, b"boom"), ...)``."""

    def start(*answers: Answer) -> FaultServer:
        state = FaultServer(url="", answers=list(answers))
        lock = threading.Lock()

        class Handler(QuietHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with lock:
                    state.received.append(
                        Received(self.command, self.path, dict(self.headers.items()), body)
                    )
                    answer = state.answers[min(len(state.received), len(state.answers)) - 1]
                time.sleep(answer.delay)
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(answer.body)

            do_GET = do_POST = do_PUT = do_HEAD = _answer

        state.url = http_server(Handler)
        return state

    return start


# ---------------------------------------------------------------- build: the seed graph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _model_missing() -> str | None:
    """Why the Arabic model cannot be used here, or None when it is installed."""
    from kg.errors import ModelNotFound
    from kg.nlp import ModelFiles, resolve_model_dir

    try:
        ModelFiles.find(resolve_model_dir())
    except ModelNotFound as error:
        return f"the Arabic model is not installed ({error})"
    return None


MODEL_MISSING = _model_missing()


def pytest_collection_modifyitems(items) -> None:
    """Tests marked `model` are skipped, with the reason, where the model is not installed."""
    if MODEL_MISSING is None:
        return
    for item in items:
        if "model" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=MODEL_MISSING))


@pytest.fixture(scope="session")
def arabic_parser():
    """The installed Arabic model (`kg models install`); a test that needs it is skipped, with
    the reason, where it is not installed."""
    from kg.nlp import ArabicParser

    if MODEL_MISSING is not None:
        pytest.skip(MODEL_MISSING)
    return ArabicParser()


@pytest.fixture(scope="session")
def seed_build(arabic_parser, tmp_path_factory):
    """`kg build` of the seed articles, once per session: (graph path, build report)."""
    from kg.pipeline import build

    output = tmp_path_factory.mktemp("seed-build") / "kg.ttl"
    report = build(SEEDS, output, arabic_parser)
    return output, report


@pytest.fixture(scope="session")
def seed_graph(seed_build) -> Path:
    """Path of the Turtle graph built from the seeds."""
    return seed_build[0]


@pytest.fixture(scope="session")
def extract(arabic_parser):
    """Mentions and events of one Arabic text, parsed as an article published on `published`."""
    import datetime

    from kg.pipeline import Extractor
    from kg.types import Article

    extractor = Extractor(arabic_parser)

    def run(text: str, published: datetime.date | None = datetime.date(2025, 3, 10)):
        article = Article("test", "test.txt", text, ((0, len(text)),), published)
        ((_, _, mentions, events),) = extractor.process([article])
        return mentions, events

    return run


# ---------------------------------------------------------------- Wikidata: kb update, link


@pytest.fixture(autouse=True, scope="session")
def _no_user_knowledge_base(tmp_path_factory) -> Iterator[None]:
    """Keep every test, and every `kg` it runs, off the user's own `kg kb update` tables and
    WDQS cache: the seed build must not depend on what a developer has fetched."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KG_KB_DIR", str(tmp_path_factory.mktemp("no-kb-update")))
        patch.setenv("KG_CACHE_DIR", str(tmp_path_factory.mktemp("wdqs-cache")))
        yield


WIKIDATA_SAMPLE = DATA_DIR / "wikidata" / "sample.ttl"


@pytest.fixture(scope="session")
def wikidata_server() -> Iterator[OxigraphServer]:
    """`oxigraph serve` on 127.0.0.1 holding a small Wikidata-shaped sample (real WDQS
    vocabulary): the stand-in for query.wikidata.org, which the tests cannot reach."""
    with OxigraphServer.running(graph=WIKIDATA_SAMPLE, port=0) as server:
        yield server
