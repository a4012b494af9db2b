"""Does the working tree (or revision TO) build the same graphs, byte for byte, as revision REV?

A refactoring that should change nothing (the language seam, issue 13) is checked here: the
seed and held-out article sets are built with REV's code (a git worktree in a temporary
folder, run with this checkout's venv) and with the working tree's, from the same input
folders, and the Turtle files compared byte by byte. Each comparison is printed.

Exit status: 0 when every graph is identical, 1 when one differs or a build fails.

    python scripts/same_graphs.py REV [--to REV2] [--sets seeds tests/heldout/articles ...]

With `--to`, two revisions are compared, so a refactoring stays proved after later commits
change the graphs on purpose (`.ci/run` compares the commit before the seam with the seam).
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
    parser.add_argument("--to", help="the revision to compare REV with (default: the working tree)")
    parser.add_argument("--sets", nargs="+", default=SETS, help="article folders (repo-relative)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="same-graphs-") as scratch:
        trees = {"before": options.rev, "after": options.to}
        made = []
        try:
            for name, rev in trees.items():
                if rev is not None:
                    made.append(checkout(rev, Path(scratch) / name))
            after = Path(scratch) / "after" if options.to else ROOT
            return compare(Path(scratch) / "before", after, Path(scratch), options)
        finally:
            for tree in made:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)])


def checkout(rev: str, folder: Path) -> Path:
    """A detached worktree of `rev` in `folder`."""
    command = ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(folder), rev]
    subprocess.run(command, check=True)
    return folder


def compare(before: Path, after: Path, scratch: Path, options: argparse.Namespace) -> int:
    for code in (before, after):
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
            build(after, articles, new)
        except subprocess.CalledProcessError as error:
            print(f"FAILED  {name}: {error}")
            different += 1
            continue
        same = old.read_bytes() == new.read_bytes()
        different += not same
        size = new.stat().st_size
        verdict = "same" if same else "DIFFERENT"
        other = options.to or "the working tree"
        print(f"{verdict:9} {name}: {options.rev} and {other} ({size:,} bytes)")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
