"""Every ``workbench extract`` output over a set of files, in one digest-able dump, to compare two checkouts.

    PYTHONPATH=CHECKOUT python benchmarks/extract_outputs.py OUT.txt [FILE_OR_FOLDER ...]

Runs the command line in this process for each file (default: the seeds and ../shared/devdata), in
both output formats, with and without ``--published``, and writes each run's exit status, standard
output and standard error to OUT.txt. Two checkouts extract alike when their dumps are byte-identical
(``cmp a.txt b.txt``). A tool for refactoring, not a test: it prints where it wrote and exits 0.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

from workbench.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "seeds", ROOT.parent / "shared" / "devdata"]


def files(targets: list[Path]) -> list[Path]:
    found: list[Path] = []
    for target in targets:
        found += sorted(p for p in target.rglob("*") if p.is_file()) if target.is_dir() else [target]
    return found


def run(argv: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            status = main(argv, out=out)
        except SystemExit as exc:
            status = exc.code
    return f"$ workbench {' '.join(argv)}\nexit {status}\n{out.getvalue()}--- stderr\n{err.getvalue()}"


def dump(out_path: Path, targets: list[Path]) -> None:
    with out_path.open("w", encoding="utf-8") as out:
        for path in files(targets):
            shown = str(path.relative_to(ROOT.parent)) if path.is_relative_to(ROOT.parent) else str(path)
            for options in ([], ["--published", "2018-02-15"], ["--format", "table", "--published", "2018-02-15"]):
                out.write(run(["extract", *options, str(path)]).replace(str(path), shown))


if __name__ == "__main__":
    dump(Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]] or DEFAULT)
    print(f"wrote {sys.argv[1]}")
