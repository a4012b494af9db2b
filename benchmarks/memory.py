"""Peak memory of a whole `kg build --no-cache` against the size of one article.

    python benchmarks/memory.py                      # 1, 2 and 10 MB, with and without punctuation
    python benchmarks/memory.py --mb 1 --unpunctuated-only
    python benchmarks/memory.py --kg /other/clone/.venv/bin/kg --limit-gb 6

Each case is one article of real Arabic newswire: the `# text` sentences of UD Arabic-PADT
(``../shared/ud/``) in treebank order, five to a paragraph, repeated from the start when the
treebank (2.2 MB) runs out. The unpunctuated case drops every sentence end (. ! ? ؟ … and line
breaks), so the article is one "sentence" of the whole size: the worst case for a parser.
Each build runs as a fresh process under an address-space limit (default 6 GB), so a build whose
memory grows with the article ends there rather than taking the machine; its peak resident
memory is the kernel's (``wait4``'s ``ru_maxrss``), imports and model loading included. An
article over kg's default size limit (5 MB) is built with ``--max-article-bytes`` raised to it.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UD_DIR = ROOT.parent / "shared" / "ud"
PADT_FILES = ("ar_padt-train.conllu", "ar_padt-dev.conllu", "ar_padt-test.conllu")
_SENTENCE_END = re.compile(r"[.!?؟…]+")
_PARAGRAPH = 5  # sentences per paragraph
_DEFAULT_MAX_BYTES = 5_000_000  # kg build --max-article-bytes


def padt_sentences(ud_dir: Path = UD_DIR) -> list[str]:
    """The `# text` lines of PADT train, dev and test, in file order."""
    sentences = []
    for name in PADT_FILES:
        with (ud_dir / name).open(encoding="utf-8") as handle:
            sentences += [
                line[len("# text = ") :].strip() for line in handle if line.startswith("# text = ")
            ]
    return sentences


def make_article(size: int, punctuated: bool, sentences: list[str]) -> str:
    """An article of about `size` bytes (UTF-8) of PADT sentences; unpunctuated: one line with
    no sentence end at all."""
    parts, total, index = [], 0, 0
    while total < size:
        sentence = sentences[index % len(sentences)]
        if not punctuated:
            sentence = _SENTENCE_END.sub(" ", sentence)
        separator = "\n" if punctuated and index % _PARAGRAPH == _PARAGRAPH - 1 else " "
        parts.append(sentence + separator)
        total += len(parts[-1].encode("utf-8"))
        index += 1
    return "".join(parts).strip() + "\n"


@dataclass(frozen=True)
class Run:
    """One build: its exit status, peak resident memory (MB), wall time and last output line."""

    status: int
    peak_mb: float
    seconds: float
    last_line: str


def measure(kg: list[str], article: str, limit_bytes: int, workdir: Path) -> Run:
    """Peak memory of `kg build --no-cache` of a folder holding `article` alone."""
    folder = workdir / "in"
    folder.mkdir(exist_ok=True)
    (folder / "article.txt").write_text(article, encoding="utf-8")
    size = len(article.encode("utf-8"))
    over = ["--max-article-bytes", str(size)] if size > _DEFAULT_MAX_BYTES else []

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))

    started = time.perf_counter()
    with (workdir / "log").open("w+") as log:
        process = subprocess.Popen(
            [*kg, "build", "--no-cache", *over, "-i", str(folder), "-o", str(workdir / "kg.ttl")],
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=limit,
            cwd=workdir,
            env={**os.environ, "COLUMNS": "200"},
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        log.seek(0)
        lines = [line.strip() for line in log if line.strip()]
    code = os.waitstatus_to_exitcode(status)
    return Run(code, usage.ru_maxrss / 1024, seconds, lines[-1][:100] if lines else "")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--mb", type=float, nargs="+", default=[1, 2, 10], help="article sizes")
    options.add_argument(
        "--kg", default=str(ROOT / ".venv" / "bin" / "kg"), help="kg command to run"
    )
    options.add_argument("--limit-gb", type=float, default=6, help="address-space limit per build")
    options.add_argument("--unpunctuated-only", action="store_true")
    options.add_argument("--punctuated-only", action="store_true")
    args = options.parse_args()
    sentences = padt_sentences()
    kinds = [True, False]
    if args.unpunctuated_only:
        kinds = [False]
    if args.punctuated_only:
        kinds = [True]
    print(f"kg: {args.kg}; address-space limit {args.limit_gb:g} GB per build")
    print(f"{'article':>8} {'text':<14} {'peak RSS':>10} {'time':>8}  exit")
    for mb in args.mb:
        for punctuated in kinds:
            article = make_article(int(mb * 1_000_000), punctuated, sentences)
            with tempfile.TemporaryDirectory(prefix="kg-memory-") as work:
                run = measure(shlex.split(args.kg), article, int(args.limit_gb * 1e9), Path(work))
            kind = "sentences" if punctuated else "no punctuation"
            note = "" if run.status == 0 else f"  ({run.last_line})"
            print(
                f"{mb:>6g} MB {kind:<14} {run.peak_mb:>7,.0f} MB {run.seconds:>7.0f}s  "
                f"{run.status}{note}",
                flush=True,
            )


if __name__ == "__main__":
    sys.exit(main())
