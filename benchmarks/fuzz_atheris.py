"""Coverage-guided fuzzing of the importers and the extractor with atheris (not part of the test run).

    python -m pip install atheris
    python benchmarks/fuzz_atheris.py [--target extract|import] [--seconds 120] [-- LIBFUZZER-FLAGS...]

``extract``: arbitrary text (and a publication date taken from the input) must never raise, and every
claim must satisfy ``text[start:end] == claim.text`` with offsets in order. ``import``: arbitrary bytes
as a file of every known format must either load or raise :class:`ImportFailedError`. Anything else is
a crash, which libFuzzer reports with the input that caused it. The hypothesis tests in
``tests/core/test_fuzz.py`` and ``tests/core/extract/test_extract_properties.py`` run in the normal suite;
this script digs deeper when there is time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

try:
    import atheris
except ImportError:  # pragma: no cover - an optional tool
    sys.exit("atheris is not installed: python -m pip install atheris")

with atheris.instrument_imports():
    from workbench.core.errors import ImportFailedError
    from workbench.core.extract import extract
    from workbench.core.importers import load_bytes

SEEDS = [
    "Police said 1,350 people and $88 billion were involved on Thursday, more than a decade after 2014.",
    "Rs 200 crore, £3.2bn, 40C, 2.5 million barrels a day, 12 per cent, next spring, 3 p.m. on Friday.",
]
FORMATS = ["text", "markdown", "html", "docx", None]


def fuzz_extract(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    days = provider.ConsumeIntInRange(0, 60_000)
    published = None if days == 0 else dt.date(1900, 1, 1) + dt.timedelta(days=days)
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    last_end = 0
    for claim in extract(text, published):
        if not (last_end <= claim.start < claim.end <= len(text)) or text[claim.start:claim.end] != claim.text:
            raise AssertionError(f"bad offsets {claim.start}:{claim.end} for {claim.text!r}")
        last_end = claim.end


def fuzz_import(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    kind = FORMATS[provider.ConsumeIntInRange(0, len(FORMATS) - 1)]
    body = provider.ConsumeBytes(provider.remaining_bytes())
    try:
        loaded = load_bytes(body, name=f"fuzzed.{kind or 'bin'}", kind=kind)
    except ImportFailedError:
        return
    if not isinstance(loaded.text, str) or not loaded.text.strip():
        raise AssertionError("an import succeeded with no text")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=["extract", "import"], default="extract")
    parser.add_argument("--seconds", type=int, default=120)
    args, rest = parser.parse_known_args()
    corpus = Path(__file__).resolve().parent / "fuzz-corpus" / args.target
    corpus.mkdir(parents=True, exist_ok=True)
    if not any(corpus.iterdir()):
        for i, seed in enumerate(SEEDS):
            (corpus / f"seed{i}").write_bytes(b"\x00\x40" + seed.encode())
    target = fuzz_extract if args.target == "extract" else fuzz_import
    started = time.perf_counter()
    atheris.Setup([sys.argv[0], f"-max_total_time={args.seconds}", "-rss_limit_mb=4096", *rest, str(corpus)],
                  target)
    try:
        atheris.Fuzz()
    finally:  # atheris exits through sys.exit when the time is up
        print(f"fuzzed {args.target} for {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
