"""A real SPARQL server on the built graph: Oxigraph's server from the `oxigraph` package.

Fuseki cannot be installed from the package registries; `oxigraph serve` can, and speaks the
same protocols (SPARQL 1.1 Query, Update and Graph Store), so `kg query --query-url`, `kg load`,
YASGUI and curl all work against it. The graph is bulk-loaded into a store directory with
`oxigraph load` first, then served from it.

`kg serve` is read-only unless asked (`oxigraph serve-read-only`): oxigraph has no
authentication, and an open /update lets any local program, or any web page by a form post,
drop the graph or make the server fetch URLs. Oxigraph listens on a private loopback address
behind `kg.authproxy` on the public one, which serves the `kg view` page of the graph at /view
next to oxigraph's routes and, with `--writable`, asks for a password generated at start. The
server dies with kg, however kg ends (Ctrl-C, SIGTERM, SIGHUP, or SIGKILL through the kernel).
"""

from __future__ import annotations

import ctypes
import ipaddress
import os
import secrets
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
from dataclasses import dataclass
from pathlib import Path

from kg.authproxy import AuthProxy, Credentials
from kg.errors import GraphNotBuilt, ServerError, ViewAssetsMissing
from kg.store import Endpoints, ondisk

VIEW_PATH = "/view"  # where `kg serve` serves the `kg view` page of its graph
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
# Signals that end `kg serve` cleanly: Ctrl-C, kill, and the terminal closing.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def oxigraph_command() -> str:
    """Path of the `oxigraph` executable, preferring the one installed beside this Python."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the `oxigraph` command is missing: pip install oxigraph")
    return found


def oxigraph_endpoints(base: str) -> Endpoints:
    """Oxigraph's layout: ``/query``, ``/update`` and the Graph Store at ``/store``."""
    return Endpoints(query=f"{base}/query", update=f"{base}/update", store=f"{base}/store")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now (the system picks it)."""
    return _claim_port(host, 0)


def _claim_port(host: str, port: int) -> int:
    """`port` (or a free one if 0) after checking nothing listens on it; fail early, and say
    so, otherwise: a readiness check could mistake another program for our server."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # Like the server will: only a listening socket, not old connections, blocks the port.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise _cannot_serve(host, port, error) from None
        return int(probe.getsockname()[1])


def _cannot_serve(host: str, port: int, error: OSError) -> ServerError:
    return ServerError(
        f"cannot serve on {host}:{port} ({error.strerror}): pick another --port "
        "(0 picks a free one) or --host"
    )


def is_loopback(host: str) -> bool:
    """Whether every address `host` names is a loopback one, reachable from this machine only
    (0.0.0.0 and names of this machine's network interfaces are not)."""
    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return False
    addresses = {ipaddress.ip_address(entry[4][0].split("%", 1)[0]) for entry in found}
    return bool(addresses) and all(address.is_loopback for address in addresses)


def _die_with_parent() -> Callable[[], None] | None:
    """A `preexec_fn` that makes the child get SIGTERM when kg dies, even by SIGKILL (Linux's
    PR_SET_PDEATHSIG), so that no server outlives kg; None where the call does not exist.

    The signal comes when the *thread* that started the child ends, so start servers from a
    thread that lives as long as they should (the main thread, in kg)."""
    if not sys.platform.startswith("linux"):
        return None
    # Looked up before the fork: the child must only make the call, not load libraries.
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent = os.getpid()

    def arm() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # kg died before the call: nobody would send the signal
            os._exit(1)

    return arm


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
        return oxigraph_endpoints(self.base_url)

    @classmethod
    @contextmanager
    def running(
        cls,
        *,
        graph: Path | None = None,
        port: int = 7878,
        host: str = "127.0.0.1",
        location: Path | None = None,
        read_only: bool = False,
        ready_timeout: float = 30.0,
    ) -> Iterator[OxigraphServer]:
        """Serve a store in `location` (a fresh temporary directory if None), preloaded with
        the Turtle file `graph`, on `host`:`port` (a free port if 0); stop it on exit, and
        when this process dies. `read_only` refuses every update and Graph Store write."""
        command = oxigraph_command()
        with tempfile.TemporaryDirectory(prefix="kg-serve-") as scratch:
            store_dir = location or Path(scratch) / "store"
            log = Path(scratch) / "oxigraph.log"
            if graph is not None:
                _fill(command, store_dir, Path(graph), log, read_only)
            port = _claim_port(host, port)
            mode = "serve-read-only" if read_only else "serve"
            with log.open("ab") as sink:
                process = subprocess.Popen(
                    [command, mode, "--location", str(store_dir), "--bind", f"{host}:{port}"],
                    stdin=subprocess.DEVNULL,
                    stdout=sink,
                    stderr=subprocess.STDOUT,
                    # Its own session: a Ctrl-C or hangup reaches kg only, and kg stops the
                    # server; if kg is killed outright, the kernel stops it.
                    start_new_session=True,
                    preexec_fn=_die_with_parent(),
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


def _fill(command: str, store_dir: Path, graph: Path, log: Path, read_only: bool) -> None:
    """Put `graph` in the server's store: a copy of the store `kg build` wrote beside it when
    that is fresh (hard links for a read-only server: RocksDB never changes a file in place
    and the server writes nothing, so a later build cannot disturb it), else a bulk load of
    the Turtle file."""
    if not ondisk.is_fresh(graph):
        _bulk_load(command, store_dir, graph, log)
        return
    try:
        shutil.copytree(
            ondisk.store_dir(graph), store_dir, copy_function=os.link if read_only else shutil.copy2
        )
    except OSError:  # another file system, no hard links: load the Turtle instead
        shutil.rmtree(store_dir, ignore_errors=True)
        _bulk_load(command, store_dir, graph, log)


def _bulk_load(command: str, store_dir: Path, graph: Path, log: Path) -> None:
    if not graph.is_file():
        raise GraphNotBuilt.missing(graph)
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


@dataclass(frozen=True)
class Served:
    """What `kg serve` offers: the public address, the credentials it takes (None when it is
    read-only), the oxigraph server behind it, and why the `kg view` page is missing at
    /view (None when it is there)."""

    base_url: str
    credentials: Credentials | None
    origin: OxigraphServer
    view_missing: str | None = None

    @property
    def endpoints(self) -> Endpoints:
        return oxigraph_endpoints(self.base_url)

    @property
    def view_url(self) -> str:
        return f"{self.base_url}{VIEW_PATH}"


def _private_loopback() -> str:
    """A random address of 127.0.0.0/8 on Linux, which routes all of it to this machine: a web
    page cannot aim a form post at a writable oxigraph it cannot find (other local users can,
    with `ss -ltn`; only the proxy's password keeps them out of the public port)."""
    if not sys.platform.startswith("linux"):
        return "127.0.0.1"
    return str(ipaddress.ip_address("127.0.0.0") + 2 + secrets.randbelow(2**24 - 3))


Pages = dict[str, Callable[[], bytes]]  # path → the function that makes the page


def _pages(graph: Path, server: OxigraphServer) -> tuple[Pages, str | None]:
    """kg's own pages (the `kg view` page of what `server` serves, made when first asked for),
    and why one is missing, if it is."""
    from kg import store
    from kg.view import Library, view_page

    try:
        Library.d3()
    except ViewAssetsMissing as error:
        return {}, str(error)

    def view() -> bytes:
        served = store.get("remote")(server.endpoints, timeout=3600)
        return view_page(served, graph.name)[0].encode("utf-8")

    return {VIEW_PATH: view}, None


@contextmanager
def _served(graph: Path, *, port: int, host: str, writable: bool) -> Iterator[Served]:
    """Oxigraph (read-only unless `writable`) on a private loopback port, behind an
    `AuthProxy` on the public address that serves kg's pages and, when writable, asks for a
    password generated here."""
    credentials = Credentials.generate() if writable else None
    with OxigraphServer.running(
        graph=graph, port=0, host=_private_loopback(), read_only=not writable
    ) as server:
        pages, view_missing = _pages(graph, server)
        try:
            proxy = AuthProxy((host, port), (server.host, server.port), credentials, pages)
        except OSError as error:
            raise _cannot_serve(host, port, error) from None
        proxy.start()
        try:
            yield Served(f"http://{host}:{proxy.port}", credentials, server, view_missing)
        finally:
            proxy.close()


def serve(
    graph: Path, *, port: int, host: str, writable: bool, on_ready: Callable[[Served], None]
) -> None:
    """Serve `graph` until Ctrl-C, SIGTERM or SIGHUP, calling `on_ready` once it answers."""
    previous = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    for number in STOP_SIGNALS:
        signal.signal(number, signal.default_int_handler)
    try:
        with _served(graph, port=port, host=host, writable=writable) as served:
            on_ready(served)
            status = served.origin.wait()
            raise ServerError(
                f"oxigraph serve stopped on its own (exit {status}: {_reason(served.origin.log)})"
            )
    except KeyboardInterrupt:
        return
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
