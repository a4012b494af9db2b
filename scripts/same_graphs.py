"""Does the working tree build the same graphs, byte for byte, as git revision REV?

A refactoring that should change nothing (the language seam, issue 13) is checked here: the
seed and held-out article sets are built with REV's code (a git worktree in a temporary
folder, run with this checkout's venv) and with the working tree's, from the same input
folders, and the Turtle files compared byte by byte. Each comparison is printed.

Exit status: 0 when every graph is identical, 1 when one differs or a build fails.

    python scripts/same_graphs.py REV [--sets seeds tests/heldout/articles ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ("seeds", "tests/heldout/articles", "tests/heldout2/articles", "tests/padt/dev/articles")


def package(code: Path) -> Path:
    """The kg package Python imports with `code` first on its path (checked, since the venv's
    own kg is an editable install of this checkout)."""
    environment = dict(os.environ, PYTHONPATH=str(code))
    command = [sys.executable, "-c", "import kg; print(kg.__file__)"]
    found = subprocess.run(command, env=environment, cwd=code, check=True, capture_output=True)
    return Path(found.stdout.decode().strip()).parent


def build(code: Path, articles: Path, output: Path) -> None:
    """`kg build` of `articles` with the kg package of the checkout `code`."""
    environment = dict(os.environ, PYTHONPATH=str(code))
    command = [sys.executable, "-m", "kg", "build", "--no-cache", "-i", str(articles)]
    subprocess.run(
        [*command, "-o", str(output)],
        env=environment,
        cwd=code,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the git revision to compare with, e.g. seam-base")
    parser.add_argument("--sets", nargs="+", default=SETS, help="article folders (repo-relative)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="same-graphs-") as scratch:
        before = Path(scratch) / "before"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(before), options.rev],
            check=True,
        )
        try:
            return compare(before, Path(scratch), options)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)])


def compare(before: Path, scratch: Path, options: argparse.Namespace) -> int:
    for code in (before, ROOT):
        if package(code) != code / "kg":
            raise SystemExit(f"kg is not imported from {code}: {package(code)}")
        print(f"kg from {package(code)}")
    different = 0
    for name in options.sets:
        articles = ROOT / name
        stem = name.replace("/", "-")
        old, new = scratch / f"{stem}-old.ttl", scratch / f"{stem}-new.ttl"
        try:
            build(before, articles, old)
            build(ROOT, articles, new)
        except subprocess.CalledProcessError as error:
            print(f"FAILED  {name}: {error}")
            different += 1
            continue
        same = old.read_bytes() == new.read_bytes()
        different += not same
        size = new.stat().st_size
        verdict = "same" if same else "DIFFERENT"
        print(f"{verdict:9} {name}: {options.rev} and the working tree ({size:,} bytes)")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
