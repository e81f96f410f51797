"""Times the import of a ~1 MB HTML page and the writing of each report format for 2,000 claims.

Run: ``python benchmarks/bench_import_report.py`` (add ``--no-pdf`` to skip the Qt PDF, ``--history`` to
include the change history). Each report is written ``--repeat`` times and the best time is kept; the
PDF's time is then given as a multiple of the HTML report's, both measured in this run.
Everything is generated in memory or in a temporary folder; nothing touches the network.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.importers import load_article  # noqa: E402
from workbench.core.model import Article, Claim, Event, Review, ReviewBundle, Source  # noqa: E402
from workbench.core.report import FORMATS, write_report  # noqa: E402

WORDS = [
    "council",
    "minister",
    "budget",
    "bridge",
    "repair",
    "vehicles",
    "survey",
    "engineers",
    "corrosion",
    "opposition",
    "audit",
    "city",
    "transport",
    "committee",
    "statement",
    "officials",
    "million",
    "percent",
    "year",
    "spending",
    "report",
    "plan",
    "record",
    "rise",
]


def make_html(target_bytes: int = 1024 * 1024, seed: int = 1) -> str:
    """A news page of about ``target_bytes`` with menus, ads and a long article."""
    rng = random.Random(seed)
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(40))
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Long read | Ledger</title>"
        "<link rel='canonical' href='https://ledger.example.com/long-read'>"
        "<meta property='og:site_name' content='The Ledger'><meta name='author' content='A. Writer'>"
        "<meta property='article:published_time' content='2024-03-14'></head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header><div class='ad'>ADVERTISEMENT</div><main><article>"
        "<h1>Long read</h1>"
    )
    tail = "</article></main><footer>© 2024 The Ledger</footer></body></html>"
    parts = [head]
    size = len(head) + len(tail)
    i = 0
    while size < target_bytes:
        words = " ".join(rng.choice(WORDS) for _ in range(60))
        p = f"<p>In {2000 + i % 24} the {words} rose by {rng.randint(1, 99)}% to €{rng.randint(1, 900)} million.</p>"
        if i % 25 == 24:
            p += "<div class='ad ad-inline'>ADVERTISEMENT — buy now</div>"
        parts.append(p)
        size += len(p)
        i += 1
    parts.append(tail)
    return "".join(parts)


def make_bundle(n_claims: int = 2000, seed: int = 2) -> ReviewBundle:
    """A review of ``n_claims`` claims over a generated article, with sources, notes and history."""
    rng = random.Random(seed)
    pieces: list[str] = []
    claims: list[Claim] = []
    offset = 0
    statuses = ("verified", "disputed", "unchecked")
    for i in range(n_claims):
        lead = " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + " rose to "
        value = f"€{rng.randint(1, 999)}.{rng.randint(0, 9)} million"
        said = f"{lead}{value} in {2000 + i % 24}, officials said."
        sentence = f"{said}{' ' if i % 5 else chr(10) * 2}"
        start = offset + len(lead)
        status = statuses[i % 3]
        claims.append(
            Claim(
                id=i + 1,
                review_id=1,
                article_id=1,
                start=start,
                end=start + len(value),
                text=value,
                kind="money",
                value={"amount": rng.randint(1, 999) * 100000, "currency": "EUR"},
                status=status,
                note="" if status == "unchecked" else f"Checked against the budget <b>{i}</b>; =SUM(A1)",
                position=i,
                number=i + 1,
                sentence_start=offset,
                sentence_end=offset + len(said),
                marked_by="" if status == "unchecked" else "Editor",
                marked_at="" if status == "unchecked" else "2024-03-15T10:00:00+00:00",
                sources=[]
                if status == "unchecked"
                else [
                    Source(
                        id=i,
                        citation=f"https://budget.example.gov/{i}",
                        title=f"Budget line {i}",
                        publisher="Treasury",
                        accessed="2024-03-15",
                        excerpt="Line item as published.",
                    )
                ],
            )
        )
        pieces.append(sentence)
        offset += len(sentence)
    text = "".join(pieces)
    review = Review(
        id=1,
        title="Benchmark",
        reviewer="Editor",
        created="2024-03-15T09:00:00+00:00",
        updated="2024-03-15T12:00:00+00:00",
        total=n_claims,
    )
    article = Article(
        id=1,
        review_id=1,
        version=1,
        text=text,
        title="Benchmark article",
        publisher="The Ledger",
        origin="https://ledger.example.com/long-read",
        published="2024-03-14",
    )
    events = [
        Event(
            id=i,
            at="2024-03-15T10:00:00+00:00",
            actor="Editor",
            action="claim.status",
            review_id=1,
            claim_id=c.id,
            before="unchecked",
            after=c.status,
        )
        for i, c in enumerate(claims, start=1)
        if c.status != "unchecked"
    ]
    return ReviewBundle(review=review, article=article, claims=claims, events=events)


def _timed(label: str, func, repeat: int = 1) -> float:
    best = float("inf")
    result = ""
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - started)
    print(f"{label:<42} {best * 1000:9.1f} ms{result}")
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF (needs Qt)")
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="write each report this many times, keep the best")
    parser.add_argument("--history", action="store_true", help="include the change history in the reports")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        page = folder / "long-read.html"
        page.write_text(make_html(), encoding="utf-8")
        size = page.stat().st_size
        load_article(page)  # warm up: imports trafilatura, lxml, htmldate
        _timed(
            f"import HTML page ({size / 1024 / 1024:.2f} MB)",
            lambda: f"  ({len(load_article(page).text):,} characters of article text)",
        )
        bundle = make_bundle(args.claims)
        pdf_writer = None
        if not args.no_pdf:
            from workbench.gui.report_pdf import write_pdf

            pdf_writer = write_pdf
        if pdf_writer is not None:  # warm up: starts Qt's application and loads the fonts
            write_report(make_bundle(20), "pdf", folder / "warm-up.pdf", pdf_writer=pdf_writer)
        times: dict[str, float] = {}
        for fmt in FORMATS:
            if fmt == "pdf" and pdf_writer is None:
                continue
            target = folder / f"report.{fmt}"
            times[fmt] = _timed(
                f"write {fmt} report ({len(bundle.claims):,} claims)",
                lambda fmt=fmt, target=target: (
                    f"  ({write_report(bundle, fmt, target, pdf_writer=pdf_writer, include_history=args.history).stat().st_size / 1024:,.0f} KB)"
                ),
                args.repeat,
            )
        if "pdf" in times:
            # The ratio from runs taken turn about, so that a busy machine slows both alike.
            html_best, pdf_best = times["html"], times["pdf"]
            for _ in range(args.repeat):
                for fmt in ("html", "pdf"):
                    started = time.perf_counter()
                    write_report(bundle, fmt, folder / f"report.{fmt}", pdf_writer=pdf_writer,
                                 include_history=args.history)
                    elapsed = time.perf_counter() - started
                    if fmt == "html":
                        html_best = min(html_best, elapsed)
                    else:
                        pdf_best = min(pdf_best, elapsed)
            from subprocess import run

            pages = run(["pdfinfo", str(folder / "report.pdf")], capture_output=True, text=True, check=False)
            count = next((line.split()[-1] for line in pages.stdout.splitlines() if line.startswith("Pages:")), "?")
            print(f"PDF / HTML time at {len(bundle.claims):,} claims: {pdf_best / html_best:.1f}x "
                  f"(best of {args.repeat + 1}: html {html_best * 1000:.0f} ms, pdf {pdf_best * 1000:.0f} ms, "
                  f"{count} pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
