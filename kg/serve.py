"""A real SPARQL server on the built graph: Oxigraph's server from the `oxigraph` package.

Fuseki cannot be installed from the package registries; `oxigraph serve` can, and speaks the
same protocols (SPARQL 1.1 Query, Update and Graph Store), so `kg query --query-url`, `kg load`,
YASGUI and curl all work against it. The graph is bulk-loaded into a store directory with
`oxigraph load` first, then served from it.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import GraphNotBuilt, ServerError
from kg.store import Endpoints


def oxigraph_command() -> str:
    """Path of the `oxigraph` executable, preferring the one installed beside this Python."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the `oxigraph` command is missing: pip install oxigraph")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now (the system picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _ensure_port_free(host: str, port: int) -> None:
    """Fail early, and say so, when another program listens on `port`; otherwise a readiness
    check could mistake that program for our server."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # Like the server will: only a listening socket, not old connections, blocks the port.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise ServerError(
                f"cannot serve on {host}:{port} ({error.strerror}): pick another --port "
                "(0 picks a free one)"
            ) from None


def _reason(log: Path) -> str:
    """The error line of oxigraph's output (it follows it with a backtrace), else its last line."""
    lines = [line.strip() for line in log.read_text(errors="replace").splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("Error")]
    if errors:
        return errors[0]
    return lines[-1] if lines else "no output"


class OxigraphServer:
    """One running `oxigraph serve` process; use `OxigraphServer.running(...)` to get one."""

    def __init__(self, process: subprocess.Popen[bytes], host: str, port: int, log: Path) -> None:
        self.process = process
        self.host = host
        self.port = port
        self.log = log

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def endpoints(self) -> Endpoints:
        """Oxigraph's layout: ``/query``, ``/update`` and the Graph Store at ``/store``."""
        base = self.base_url
        return Endpoints(query=f"{base}/query", update=f"{base}/update", store=f"{base}/store")

    @classmethod
    @contextmanager
    def running(
        cls,
        *,
        graph: Path | None = None,
        port: int = 7878,
        host: str = "127.0.0.1",
        location: Path | None = None,
        ready_timeout: float = 30.0,
    ) -> Iterator[OxigraphServer]:
        """Serve a store in `location` (a fresh temporary directory if None), preloaded with
        the Turtle file `graph`, on `host`:`port` (a free port if 0); stop it on exit."""
        command = oxigraph_command()
        with tempfile.TemporaryDirectory(prefix="kg-serve-") as scratch:
            store_dir = location or Path(scratch) / "store"
            log = Path(scratch) / "oxigraph.log"
            if graph is not None:
                _bulk_load(command, store_dir, Path(graph), log)
            port = port or free_port(host)
            _ensure_port_free(host, port)
            with log.open("ab") as sink:
                process = subprocess.Popen(
                    [command, "serve", "--location", str(store_dir), "--bind", f"{host}:{port}"],
                    stdin=subprocess.DEVNULL,
                    stdout=sink,
                    stderr=subprocess.STDOUT,
                    # Its own session: a Ctrl-C reaches kg only, and kg stops the server.
                    start_new_session=True,
                )
            server = cls(process, host, port, log)
            try:
                server._wait_until_ready(ready_timeout)
                yield server
            finally:
                server.stop()

    def _wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(f"oxigraph serve stopped at start: {_reason(self.log)}")
            try:
                request = urllib.request.Request(f"{self.base_url}/", method="HEAD")
                with urllib.request.urlopen(request, timeout=1):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.05)
        raise ServerError(f"oxigraph serve did not answer at {self.base_url} within {timeout} s")

    def wait(self) -> int:
        """Block until the server process ends; return its exit status."""
        return self.process.wait()

    def stop(self) -> None:
        """Terminate the server process and wait for it (kill it if it lingers)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _bulk_load(command: str, store_dir: Path, graph: Path, log: Path) -> None:
    if not graph.is_file():
        raise GraphNotBuilt(f"no graph at {graph}: run `kg build` first")
    with log.open("ab") as sink:
        done = subprocess.run(
            [
                command,
                "load",
                "--location",
                str(store_dir),
                "--format",
                "ttl",
                "--file",
                str(graph),
            ],
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        raise GraphNotBuilt(f"oxigraph could not load {graph} ({_reason(log)}): rebuild it")


def serve(graph: Path, *, port: int, host: str, on_ready: Callable[[OxigraphServer], None]) -> None:
    """Serve `graph` until Ctrl-C (or SIGTERM), calling `on_ready` once it answers."""
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        with OxigraphServer.running(graph=graph, port=port, host=host) as server:
            on_ready(server)
            status = server.wait()
            raise ServerError(
                f"oxigraph serve stopped on its own (exit {status}: {_reason(server.log)})"
            )
    except KeyboardInterrupt:
        return
    finally:
        signal.signal(signal.SIGTERM, previous)
