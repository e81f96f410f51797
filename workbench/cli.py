"""The command line: every core job without the window.

Each command prints its result on stdout, one clear line on stderr for a failure, and exits non-zero
on failure. ``--json`` output is a JSON array whose shape is documented in ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from workbench import __version__
from workbench.core.errors import NotFoundError, WorkbenchError
from workbench.core.formatting import terminal_safe

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def _parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


MAX_ID = 2**63 - 1
"""The largest id SQLite can hold; a bigger one names nothing."""


def _parse_positive_int(value: str) -> int:
    # Digits only: int() would also take "1_0" (claim 10), " 7 " and other scripts' digits.
    if not (value.isascii() and value.isdigit()):
        raise argparse.ArgumentTypeError(f"not a whole number: {terminal_safe(value, one_line=True)!r}")
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return min(number, MAX_ID + 1)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"workbench: {terminal_safe(message, one_line=True)} "
                         f"(see 'workbench {self._command_name()}--help')\n")
        raise SystemExit(EXIT_USAGE)

    def _command_name(self) -> str:
        parts = self.prog.split()[1:]
        return " ".join(parts) + " " if parts else ""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workbench",
        description="Workbench: check the claims in a news article before it is republished.",
        epilog="Run 'workbench COMMAND --help' for a command's options. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH|URL",
        help="the review library: a file, or a PostgreSQL URL (postgresql://user@host/db) or service "
             "(service=name) (default: $WORKBENCH_LIBRARY, else a file in the user data folder)",
    )
    parser.add_argument("--reviewer", metavar="NAME", help="who is working (default: the login name)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("open", help="open the window (the default command)")
    p.add_argument("file", nargs="?", help="an article to import as a new review and open")
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("import", help="create a review from an article file, with its claims extracted")
    p.add_argument("file", help="the article: .txt, .md, .html, .docx, an http(s) address, or - for stdin")
    p.add_argument("--title", help="the review's title (default: the article's title or file name)")
    p.add_argument("--published", type=_parse_date, metavar="YYYY-MM-DD", help="publication date")
    p.add_argument("--publisher", help="the article's publisher")
    p.add_argument("--url", help="where the article was published")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("reviews", help="list reviews with their progress")
    p.add_argument("--search", metavar="TEXT", help="full-text search of articles, claims, notes, sources")
    p.add_argument("--trash", action="store_true", help="list the reviews in the trash instead")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_reviews)

    p = sub.add_parser("claims", help="list the claims of a review")
    p.add_argument("review", type=_parse_positive_int, help="the review id")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser("mark", help="record a verdict on a claim")
    p.add_argument("claim", type=_parse_positive_int, help="the claim id")
    p.add_argument("status", choices=["verified", "disputed", "unchecked"])
    p.add_argument("--source", metavar="URL-OR-CITATION", action="append", default=[],
                   help="a source backing the verdict (may be given more than once)")
    p.add_argument("--note", metavar="TEXT", help="a note on the verdict")
    p.set_defaults(func=cmd_mark)

    p = sub.add_parser("report", help="write a verification report of a review")
    p.add_argument("review", type=_parse_positive_int, help="the review id")
    p.add_argument("--format", default="html", choices=["html", "pdf", "md", "csv", "json", "claimreview"],
                   help="report format (default: html)")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="file to write (default: standard output; required for pdf)")
    p.add_argument("--history", action="store_true",
                   help="add the change history (who changed what and when, undone changes left out)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("backup", help="back up the library now (kept in a backups folder beside it)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("copy-library", help="copy a whole library between SQLite and PostgreSQL (either way), "
                                            "verified")
    p.add_argument("source", metavar="SRC", help="the library to copy: a file or a PostgreSQL URL/service")
    p.add_argument("dest", metavar="DEST", help="where to copy it: a file or a PostgreSQL URL/service")
    p.add_argument("--merge", action="store_true",
                   help="add to a destination that holds reviews (those already there are skipped)")
    p.set_defaults(func=cmd_copy_library)

    p = sub.add_parser("grant", help="give a PostgreSQL role what an editor needs on the library (or read-only)")
    p.add_argument("role", metavar="ROLE", help="the PostgreSQL role (user or group)")
    p.add_argument("--read-only", action="store_true", help="reading only (SELECT)")
    p.set_defaults(func=cmd_grant)

    p = sub.add_parser("restore", help="list the library's backups, or put one in place of the library")
    p.add_argument("backup", nargs="?", help="a backup's number from the list, or its path")
    p.add_argument("--yes", action="store_true", help="restore without asking (the current file is kept aside)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("revise", help="add a revised article as the review's new version, re-anchoring its claims")
    p.add_argument("review", type=_parse_positive_int, help="the review id")
    p.add_argument("file", help="the revised article: a file, an http(s) address, or - for stdin")
    p.add_argument("--published", type=_parse_date, metavar="YYYY-MM-DD",
                   help="publication date of the revised version (default: found in it, else the old one's)")
    p.set_defaults(func=cmd_revise)

    p = sub.add_parser("versions", help="list the versions of a review's article")
    p.add_argument("review", type=_parse_positive_int, help="the review id")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_versions)

    p = sub.add_parser("diff", help="what changed between two versions of a review's article, word by word")
    p.add_argument("review", type=_parse_positive_int, help="the review id")
    p.add_argument("--from", dest="old", type=_parse_positive_int, metavar="N", help="the older version (default: the one before --to)")
    p.add_argument("--to", dest="new", type=_parse_positive_int, metavar="N", help="the newer version (default: the current one)")
    p.add_argument("--json", action="store_true", help="print a JSON array of changes")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("extract", help="print the claims found in files, without storing anything")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for standard input")
    p.add_argument("--published", type=_parse_date, metavar="YYYY-MM-DD",
                   help="publication date, to resolve relative dates")
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "lens", help="flag wording that depends on the publication date, in files or a stored review",
        usage="workbench lens FILE... [--published YYYY-MM-DD] [--as-of YYYY-MM-DD] [--format jsonl|table]\n"
              "       workbench lens REVIEW [--as-of YYYY-MM-DD] [--json]\n"
              "       workbench lens REVIEW FINDING accept|dismiss|still-true [--text T] [--reason R]",
        description="With files, prints the dated wording found in each (storing nothing). With a review id "
                    "(a positive whole number that is not the name of an existing file), lists the review's "
                    "findings and their decisions, or records a decision on finding FINDING.")
    p.add_argument("targets", nargs="+", metavar="FILE|REVIEW", help="article files (- for stdin), or a review id")
    p.add_argument("--published", type=_parse_date, metavar="YYYY-MM-DD",
                   help="files: the publication date (default: the article's own, if the file gives one)")
    p.add_argument("--as-of", dest="as_of", type=_parse_date, metavar="YYYY-MM-DD",
                   help="the republication date (default: a review's republication date, else today)")
    p.add_argument("--format", choices=["jsonl", "table"], help="files: output format (default: jsonl)")
    p.add_argument("--json", action="store_true", help="a review: print a JSON array")
    p.add_argument("--text", metavar="T", help="accept: the rewrite to store (default: the suggestion)")
    p.add_argument("--reason", metavar="R", help="a decision: why (dismissed, still true)")
    p.set_defaults(func=cmd_lens)

    p = sub.add_parser(
        "check", help="consistency checks: the arithmetic and the calendar inside a story",
        usage="workbench check FILE... [--published YYYY-MM-DD] [--format jsonl|table]\n"
              "       workbench check REVIEW [--json]\n"
              "       workbench check REVIEW FINDING dismiss|dispute|reopen [--reason R]",
        description="With files, prints the inconsistencies found in each (storing nothing). With a review id "
                    "(a positive whole number that is not the name of an existing file), lists the findings on "
                    "its stored claims with the editor's decisions, or records a decision on finding FINDING: "
                    "dismiss (with a reason), dispute (marks its claims disputed too), or reopen.")
    p.add_argument("targets", nargs="+", metavar="FILE|REVIEW",
                   help="article files (or - for standard input), or one stored review's id")
    p.add_argument("--reason", metavar="R", help="a decision: why (needed to dismiss)")
    p.add_argument("--published", type=_parse_date, metavar="YYYY-MM-DD",
                   help="publication date (default: the article's own, when the file gives one)")
    p.add_argument("--format", choices=["jsonl", "table"], default=None,
                   help="for files: one JSON object per finding (default), or a table")
    p.add_argument("--json", action="store_true", help="for a review: print a JSON array")
    p.set_defaults(func=cmd_check)

    return parser


# --------------------------------------------------------------------------- helpers


def _library_path(args: argparse.Namespace) -> Path | str:
    """The library's file, or its PostgreSQL URL or service (a string) as given."""
    from workbench.core.store import default_library_path, library_target

    return library_target(args.library) if args.library else default_library_path()


def _open_library(args: argparse.Namespace, *, for_writing: bool = False):  # -> Library (imported lazily)
    """The library for a command. Reading commands open it read-only, so they leave its file exactly as
    it was; only a library that needs a schema upgrade is opened for writing once (with a backup first)."""
    from workbench.core.errors import LibraryUpgradeNeededError
    from workbench.core.store import Library

    path = _library_path(args)
    if isinstance(path, str):  # PostgreSQL: a role without write rights opens read-only by itself
        library = Library.open(path)
        if for_writing and library.read_only_reason:
            sys.stderr.write(f"workbench: {library.read_only_reason}\n")
        return library
    if not for_writing:
        if not path.exists():
            return Library.empty(path)  # nothing to read yet, and no file is made for it
        try:
            return Library.open(path, read_only=True)
        except LibraryUpgradeNeededError:
            pass
    from workbench.core.store.backups import backup_if_due

    library = Library.open(path)
    if for_writing:
        backup_if_due(library)
    return library


def _check_id(number: int, what: str) -> int:
    if number > MAX_ID:
        raise NotFoundError(f"there is no {what} {number}")
    return number


def _reviewer(args: argparse.Namespace) -> str:
    from workbench.core.identity import default_reviewer

    return args.reviewer or default_reviewer()


_C1_OR_DEL = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """JSON that is safe on a terminal: C0 controls are escaped by JSON itself; DEL, the C1 range (an
    8-bit CSI moves the cursor) and bidirectional overrides are escaped too. The data stays as stored."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _C1_OR_DEL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _print_json(data: Any, out: TextIO) -> None:
    out.write(json_text(data))
    out.write("\n")


def _read_text_argument(path: str) -> str:
    """The text ``extract`` reads: a file through the importers (so HTML or Word gives its article
    text), or standard input for '-'. An empty input has no claims rather than being an error."""
    from workbench.core.errors import EmptyArticleError
    from workbench.core.importers import load_article

    try:
        return load_article(path).text
    except EmptyArticleError:
        return ""


# --------------------------------------------------------------------------- commands


def cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.extract import extract
    from workbench.core.extract.pipeline import ALL_KINDS

    several = len(args.files) > 1
    texts = [(path, _read_text_argument(path)) for path in args.files]
    for path, text in texts:
        claims = extract(text, args.published, ALL_KINDS)
        if args.format == "jsonl":
            for claim in claims:
                record = claim.to_dict()
                if several:
                    record["file"] = path
                out.write(json_text(record, indent=None) + "\n")
        else:
            if several:
                out.write(f"== {path}\n")
            for claim in claims:
                value = terminal_safe(json.dumps(claim.value, ensure_ascii=False), one_line=True)
                text = terminal_safe(repr(claim.text), one_line=True)
                out.write(f"{claim.start:>7} {claim.end:>7}  {claim.kind:<9} {text:<40} {value}\n")
    return EXIT_OK


LENS_ACTIONS = {"accept": "accepted", "dismiss": "dismissed", "still-true": "still_true"}
"""The decisions ``workbench lens REVIEW FINDING ACTION`` records, and their stored names."""


def _lens_usage(message: str) -> int:
    sys.stderr.write(f"workbench: {terminal_safe(message, one_line=True)} (see 'workbench lens --help')\n")
    return EXIT_USAGE


def _lens_review_id(word: str) -> int | None:
    """A review id: a positive whole number that is not the name of an existing file."""
    if not (word.isascii() and word.isdigit()) or int(word) < 1 or Path(word).exists():
        return None
    return int(word)


def _lens_findings_json(finding: Any) -> dict[str, Any]:
    return {**finding.to_dict(), "substitutes": finding.substitutes, "explanation": finding.explanation}


def cmd_lens(args: argparse.Namespace, out: TextIO) -> int:
    targets: list[str] = args.targets
    review_id = _lens_review_id(targets[0])
    if review_id is None:
        if args.json or args.text is not None or args.reason is not None:
            return _lens_usage("--json, --text and --reason go with a review id, not with files")
        return _lens_files(args, out)
    if args.published or args.format:
        return _lens_usage("--published and --format go with files; a review uses its article's date")
    if len(targets) == 1:
        if args.text is not None or args.reason is not None:
            return _lens_usage("--text and --reason go with a decision: workbench lens REVIEW FINDING accept")
        return _lens_review(args, review_id, out)
    if len(targets) != 3:
        return _lens_usage("give a review id alone, or a review id, a finding number and a decision")
    finding, action = targets[1], targets[2]
    if not (finding.isascii() and finding.isdigit()) or int(finding) < 1:
        return _lens_usage(f"not a finding number: {finding!r}")
    if action not in LENS_ACTIONS:
        return _lens_usage(f"unknown decision {action!r}; use accept, dismiss or still-true")
    if args.text is not None and action != "accept":
        return _lens_usage("--text goes with accept")
    return _lens_decide(args, review_id, int(finding), LENS_ACTIONS[action], out)


def _lens_files(args: argparse.Namespace, out: TextIO) -> int:
    """Every file's findings, storing nothing: the files are read through the importers, as by extract."""
    from workbench.core.errors import EmptyArticleError
    from workbench.core.importers import load_article
    from workbench.core.lens import find_dated_wording

    as_of = args.as_of or dt.date.today()
    for path in args.targets:
        try:
            loaded = load_article(path)
            text, found = loaded.text, loaded.published
        except EmptyArticleError:
            text, found = "", None
        published = args.published
        if published is None and found:
            try:
                published = dt.date.fromisoformat(found)
            except ValueError:
                published = None
        findings = find_dated_wording(text, published, as_of)
        if args.format == "table":
            when = published.isoformat() if published else "publication date not set"
            out.write(f"== {terminal_safe(path, one_line=True)} ({when}; as of {as_of.isoformat()})\n")
            for f in findings:
                words = terminal_safe(repr(f.text), one_line=True)
                note = terminal_safe(f.suggestion or "", one_line=True)
                arrow = "->" if f.substitutes else "note:"
                quote = "  (quoted)" if f.in_quote else ""
                out.write(f"{f.start:>7} {f.end:>7}  {f.cls:<15} {words:<24} {arrow} {note}{quote}\n")
            continue
        for f in findings:
            out.write(json_text({"file": path, **_lens_findings_json(f)}, indent=None) + "\n")
    return EXIT_OK


def _lens_reading(library: Any, review_id: int, as_of: dt.date | None) -> tuple[Any, list[Any], dt.date]:
    """The review's latest article, its findings (from its stored claims) and the date they are read on."""
    from workbench.core.lens import find_dated_wording

    review = library.get_review(review_id)
    article = library.get_article(review_id)
    claims = [c for c in library.list_claims(review_id) if c.article_id == article.id]
    published = dt.date.fromisoformat(article.published) if article.published else None
    if as_of is None:
        as_of = dt.date.fromisoformat(review.republish_on) if review.republish_on else dt.date.today()
    return article, find_dated_wording(article.text, published, as_of, claims=claims), as_of


def _lens_review(args: argparse.Namespace, review_id: int, out: TextIO) -> int:
    _check_id(review_id, "review")
    with _open_library(args) as library:
        _, findings, as_of = _lens_reading(library, review_id, args.as_of)
        decisions = {(d.start, d.end, d.cls): d for d in library.lens_decisions(review_id)}
    rows = []
    for number, f in enumerate(findings, 1):
        d = decisions.get(f.key)
        rows.append({"id": number, **_lens_findings_json(f),
                     "decision": d.decision if d else None, "rewrite": d.rewrite if d else None,
                     "reason": d.reason if d else None, "decided_by": d.decided_by if d else None,
                     "decided_at": d.decided_at if d else None})
    if args.json:
        _print_json(rows, out)
        return EXIT_OK
    if not rows:
        out.write(f"No dated wording found (read as of {as_of.isoformat()}).\n")
    for row in rows:
        words = terminal_safe(repr(row["text"]), one_line=True)
        arrow = "->" if row["substitutes"] else "note:"
        note = terminal_safe(row["suggestion"] or "", one_line=True)
        decided = f"  [{row['decision'].replace('_', ' ')} by {terminal_safe(row['decided_by'], one_line=True)}]" \
            if row["decision"] else ""
        out.write(f"{row['id']:>4}  {row['class']:<15} {words:<24} {arrow} {note}{decided}\n")
    return EXIT_OK


def _lens_decide(args: argparse.Namespace, review_id: int, number: int, decision: str, out: TextIO) -> int:
    _check_id(review_id, "review")
    with _open_library(args, for_writing=True) as library:
        _, findings, _ = _lens_reading(library, review_id, args.as_of)
        if number > len(findings):
            raise NotFoundError(f"review {review_id} has {len(findings)} finding{'s' if len(findings) != 1 else ''}; "
                                f"'workbench lens {review_id}' lists them")
        f = findings[number - 1]
        seen = next((d.version for d in library.lens_decisions(review_id) if (d.start, d.end, d.cls) == f.key), 0)
        rewrite = ""
        if decision == "accepted":
            # A note (a passed date, a quote's attribution) keeps the words as written.
            rewrite = args.text if args.text is not None else (f.suggestion if f.substitutes and f.suggestion else f.text)
        stored = library.decide_finding(review_id, start=f.start, end=f.end, cls=f.cls, decision=decision,
                                        rewrite=rewrite, reason=args.reason or "", actor=_reviewer(args),
                                        expected_version=seen)
    said = f": {terminal_safe(stored.rewrite, one_line=True)}" if decision == "accepted" else ""
    out.write(f"Finding {number} ({terminal_safe(repr(f.text), one_line=True)}) "
              f"{decision.replace('_', ' ')}{said}.\n")
    return EXIT_OK


def _review_target(targets: list[str]) -> int | None:
    """The review id when ``check`` is given one positive whole number that names no file."""
    if len(targets) != 1 or not (targets[0].isascii() and targets[0].isdigit()) or Path(targets[0]).exists():
        return None
    number = int(targets[0])
    return number if number >= 1 else None


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    review_id = _review_target(args.targets[:1])
    if review_id is not None and len(args.targets) == 3 and not Path(args.targets[1]).exists():
        number, action = args.targets[1], args.targets[2]
        if not (number.isascii() and number.isdigit()) or int(number) < 1:
            raise WorkbenchError(f"FINDING must be a finding number from 'workbench check {review_id}', "
                                 f"not {number!r}")
        if action not in CHECK_ACTIONS:
            raise WorkbenchError(f"unknown decision {action!r}; use one of {', '.join(CHECK_ACTIONS)}")
        return _check_decide(args, review_id, int(number), action, out)
    if review_id is not None and len(args.targets) != 1:
        review_id = None
    if review_id is None and args.reason is not None:
        raise WorkbenchError("--reason is for a decision: workbench check REVIEW FINDING dismiss --reason R")
    if review_id is not None:
        if args.format is not None or args.published is not None:
            raise WorkbenchError("--format and --published are for files; a review is checked as stored "
                                 "(add --json for JSON)")
        return _check_review(args, review_id, out)
    if args.json:
        raise WorkbenchError("--json is for a stored review; for files use --format jsonl (the default)")
    return _check_files(args, out)


def _check_files(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.checks import check_story
    from workbench.core.errors import EmptyArticleError
    from workbench.core.importers import load_article

    for path in args.targets:
        try:
            loaded = load_article(path)
            text, own_date = loaded.text, loaded.published
        except EmptyArticleError:
            text, own_date = "", None
        published = args.published or _iso_day(own_date)
        findings = check_story(text, published)
        if args.format == "table":
            out.write(f"== {terminal_safe(path, one_line=True)}"
                      f"{f' (published {published.isoformat()})' if published else ''}: "
                      f"{len(findings)} finding{'' if len(findings) == 1 else 's'}\n")
            for f in findings:
                spans = ", ".join(f"{s}-{e}" for s, e in f.spans)
                out.write(f"  {f.rule:<20} {spans:<24} {terminal_safe(f.message, one_line=True)}\n")
            continue
        for f in findings:
            out.write(json_text({"file": path, **f.to_dict()}, indent=None) + "\n")
    return EXIT_OK


def _iso_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


CHECK_ACTIONS = {"dismiss": "dismissed", "dispute": "disputed", "reopen": None}
"""The decisions ``workbench check REVIEW FINDING ACTION`` records (``reopen`` takes one back)."""


def _check_row_json(number: int, row: Any) -> dict[str, Any]:
    d = row.decision
    return {"id": number, **row.finding.to_dict(), "claims": list(row.claim_ids),
            "decision": d.decision if d else None, "reason": d.reason if d else None,
            "decided_by": d.decided_by if d else None, "decided_at": d.decided_at if d else None}


def _check_review(args: argparse.Namespace, review_id: int, out: TextIO) -> int:
    from workbench.core.services import review_checks

    _check_id(review_id, "review")
    with _open_library(args) as library:
        article = library.get_article(review_id)
        rows = [_check_row_json(n, row) for n, row in enumerate(review_checks(library, review_id), 1)]
    if args.json:
        _print_json(rows, out)
        return EXIT_OK
    if not rows:
        out.write("No inconsistencies found in this review's claims.\n")
    for row in rows:
        quoted = " / ".join(terminal_safe(repr(article.text[s:e]), one_line=True) for s, e in row["spans"])
        decided = ""
        if row["decision"]:
            why = f": {terminal_safe(row['reason'], one_line=True)}" if row["reason"] else ""
            decided = f"  [{row['decision']} by {terminal_safe(row['decided_by'], one_line=True)}{why}]"
        out.write(f"{row['id']:>4}  {row['rule']:<20} {terminal_safe(row['message'], one_line=True)}{decided}\n"
                  f"      {quoted}\n")
    return EXIT_OK


def _check_decide(args: argparse.Namespace, review_id: int, number: int, action: str, out: TextIO) -> int:
    from workbench.core.services import review_checks

    _check_id(review_id, "review")
    with _open_library(args, for_writing=True) as library:
        rows = review_checks(library, review_id)
        if number > len(rows):
            raise NotFoundError(f"review {review_id} has {len(rows)} finding{'s' if len(rows) != 1 else ''}; "
                                f"'workbench check {review_id}' lists them")
        row = rows[number - 1]
        f = row.finding
        seen = row.decision.version if row.decision else 0
        decision = CHECK_ACTIONS[action]
        if decision is None:
            library.undecide_check(review_id, rule=f.rule, spans=f.spans, actor=_reviewer(args),
                                   expected_version=seen)
        else:
            if decision == "dismissed" and not (args.reason or "").strip():
                raise WorkbenchError("a dismissal needs a reason (--reason \"the total includes 2 unidentified\")")
            library.decide_check(review_id, rule=f.rule, spans=f.spans, decision=decision, actor=_reviewer(args),
                                 message=f.message, reason=args.reason or "",
                                 dispute_claims=row.claim_ids, expected_version=seen)
    if decision is None:
        out.write(f"Finding {number} ({f.rule}) reopened.\n")
    elif decision == "disputed":
        out.write(f"Finding {number} ({f.rule}) disputed; claim{'s' if len(row.claim_ids) != 1 else ''} "
                  f"{', '.join(map(str, row.claim_ids)) or '(none stored)'} marked disputed.\n")
    else:
        reason = terminal_safe(args.reason, one_line=True).rstrip()
        out.write(f"Finding {number} ({f.rule}) dismissed: {reason}{'' if reason.endswith(('.', '!', '?', '…')) else '.'}\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.importers import load_article
    from workbench.core.services import import_article

    loaded = load_article(args.file)
    if args.published:
        loaded.published = args.published.isoformat()
    if args.publisher:
        loaded.publisher = args.publisher
    if args.url:
        loaded.origin = args.url
    if args.title:
        loaded.title = args.title
    with _open_library(args, for_writing=True) as library:
        review_id = import_article(library, loaded, reviewer=_reviewer(args))
        review = library.get_review(review_id)
    for warning in loaded.warnings:
        sys.stderr.write(f"workbench: warning: {terminal_safe(warning, one_line=True)}\n")
    noun = "claim" if review.total == 1 else "claims"
    out.write(f"Imported {terminal_safe(repr(loaded.title), one_line=True)}: {review.total} {noun} found.\n")
    out.write(f"{review_id}\n")
    return EXIT_OK


def cmd_reviews(args: argparse.Namespace, out: TextIO) -> int:
    with _open_library(args) as library:
        if args.search:
            reviews = library.search_reviews(args.search, trashed=args.trash)
        else:
            reviews = library.list_reviews(trashed=args.trash)
    if args.json:
        _print_json([r.to_dict() for r in reviews], out)
        return EXIT_OK
    if not reviews:
        out.write("No reviews match.\n" if args.search else "No reviews yet. Import one with 'workbench import FILE'.\n")
        return EXIT_OK
    for r in reviews:
        ready = "  ready" if r.total and r.ready else ""
        out.write(
            f"{r.id:>5}  {r.checked}/{r.total} checked, {r.disputed} disputed{ready}  "
            f"{r.updated[:16].replace('T', ' ')}  {terminal_safe(r.title, one_line=True)}\n"
        )
    return EXIT_OK


def cmd_claims(args: argparse.Namespace, out: TextIO) -> int:
    _check_id(args.review, "review")
    with _open_library(args) as library:
        library.get_review(args.review)  # raises a clear error for an unknown id
        claims = library.list_claims(args.review)
        revised = library.get_article(args.review).version > 1
        gone = library.removed_claims(args.review) if revised else []
    if args.json:
        rows = [claim_to_json(c, revised=revised) for c in claims] + [gone_to_json(g) for g in gone]
        _print_json(rows, out)
        return EXIT_OK
    if not claims:
        out.write("This review has no claims.\n")
    for c in claims:
        sources = f"  [{len(c.sources)} source{'s' if len(c.sources) != 1 else ''}]" if c.sources else ""
        value = terminal_safe(json.dumps(c.value, ensure_ascii=False), one_line=True)
        state = f"  ({c.revision})" if revised and c.revision else ""
        out.write(f"{c.id:>6}  {c.status:<9}  {c.kind:<8}  {terminal_safe(repr(c.text), one_line=True)}  = {value}"
                  f"{sources}{state}\n")
    for g in gone:
        out.write(f"{'-':>6}  {'gone':<9}  {g.kind:<8}  {terminal_safe(repr(g.text), one_line=True)}  "
                  f"(was {g.status})\n")
    return EXIT_OK


def gone_to_json(g) -> dict[str, Any]:  # noqa: ANN001 - a RemovedClaim
    """A claim of the version before whose words are gone: no offsets, never verified."""
    return {"id": g.old_claim_id, "review_id": g.review_id, "start": None, "end": None, "text": g.text,
            "kind": g.kind, "value": g.value, "unit": None, "mod": None, "approximate": False, "qualifier": "",
            "origin": "auto", "status": "unchecked", "note": "", "marked_by": "", "marked_at": "", "sources": [],
            "number": g.number, "refers_to": None, "revision": "gone",
            "previous": {"text": g.text, "value": g.value, "status": g.status, "note": g.note, "sources": g.sources,
                         "marked_by": g.marked_by, "start": g.old_start, "end": g.old_end}}


def claim_to_json(c, *, revised: bool = False) -> dict[str, Any]:  # noqa: ANN001 - a Claim
    """The documented JSON form of a stored claim (``workbench claims --json``)."""
    return {
        "id": c.id,
        "review_id": c.review_id,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "kind": c.kind,
        "value": c.value,
        "unit": c.unit,
        "mod": c.mod,
        "approximate": c.approximate,
        "qualifier": c.qualifier,
        "origin": c.origin,
        "status": c.status,
        "note": c.note,
        "marked_by": c.marked_by,
        "marked_at": c.marked_at,
        "sources": [
            {"id": s.id, "citation": s.citation, "url": s.url, "title": s.title, "publisher": s.publisher,
             "accessed": s.accessed, "excerpt": s.excerpt}
            for s in c.sources
        ],
        "number": c.number,
        "refers_to": c.refers_to,
        "revision": (c.revision or "unchanged") if revised else None,
        "previous": c.previous if revised and c.revision in ("changed", "edited") else None,
    }


def cmd_mark(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.model import Source

    _check_id(args.claim, "claim")
    with _open_library(args, for_writing=True) as library:
        actor = _reviewer(args)
        claim = library.set_claim_status(args.claim, args.status, actor=actor, note=args.note,
                                         sources=[Source(None, s) for s in args.source])
    out.write(f"Claim {claim.id} marked {claim.status}.\n")
    return EXIT_OK


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.report import render_report, unchecked_warning, write_report

    if args.format == "pdf" and not args.output:
        raise WorkbenchError("a PDF report needs a file: add -o PATH")
    _check_id(args.review, "review")
    with _open_library(args) as library:
        bundle = library.bundle(args.review)
    warning = unchecked_warning(bundle)
    if warning:
        sys.stderr.write(f"workbench: warning: {terminal_safe(warning, one_line=True)}\n")
    if not args.output:
        text = render_report(bundle, args.format, include_history=args.history)
        if args.format in ("json", "claimreview"):
            out.write(_C1_OR_DEL.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
        else:
            out.write(terminal_safe(text))
        return EXIT_OK
    pdf_writer = None
    if args.format == "pdf":
        from workbench.gui.report_pdf import write_pdf as pdf_writer
    path = write_report(bundle, args.format, Path(args.output), pdf_writer=pdf_writer, include_history=args.history)
    out.write(f"Wrote {terminal_safe(path, one_line=True)}\n")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.store.backups import make_backup

    with _open_library(args) as library:
        backup = make_backup(library, "manual")
    out.write(f"Backed up to {terminal_safe(backup.path, one_line=True)}\n")
    return EXIT_OK


def cmd_copy_library(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.store import Library, library_target
    from workbench.core.store.copying import copy_library

    source, dest = library_target(args.source), library_target(args.dest)
    if isinstance(source, Path) and not source.exists():
        raise WorkbenchError(f"there is no library at {terminal_safe(source, one_line=True)} to copy")
    with Library.open(source, read_only=isinstance(source, Path)) as src, Library.open(dest) as target:
        if src.backend == target.backend and src.location == target.location:
            raise WorkbenchError("the source and the destination are the same library")
        report = copy_library(src, target, merge=args.merge)
        out.write(f"Copied {report.reviews_copied} review(s) from {terminal_safe(src.location, one_line=True)} "
                  f"to {terminal_safe(target.location, one_line=True)}:\n")
        for line in report.lines():
            out.write(f"  {terminal_safe(line, one_line=True)}\n")
        out.write("Verified: row counts and a content hash per review match.\n")
    return EXIT_OK


def cmd_grant(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.store import Library

    path = _library_path(args)
    if not isinstance(path, str):
        raise WorkbenchError("'workbench grant' is for a PostgreSQL library (--library postgresql://…); a SQLite "
                             "library is a file: its file permissions decide who may change it")
    with Library.open(path) as library:
        statements = library.grant(args.role, read_only=args.read_only)
    for statement in statements:
        out.write(f"{statement}\n")
    what = "read" if args.read_only else "read and edit (the event log: read and append only)"
    out.write(f"The role {args.role} may now {what} the library.\n")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.formatting import format_size
    from workbench.core.store.backups import list_backups, restore_backup

    path = _library_path(args)
    if isinstance(path, str):
        raise WorkbenchError("a PostgreSQL library is restored by its database's administrator (pg_dump, "
                             "point-in-time recovery), or from a snapshot with 'workbench copy-library SNAPSHOT "
                             "URL' into an empty database")
    backups = list_backups(path)
    if args.backup is None:
        if not backups:
            out.write(f"No backups of {terminal_safe(path, one_line=True)} yet; 'workbench backup' makes one.\n")
        for number, b in enumerate(backups, 1):
            out.write(f"{number:>3}  {b.taken:%Y-%m-%d %H:%M:%S}  {b.reason:<18} {format_size(b.size):>12}  {terminal_safe(b.path, one_line=True)}\n")
        return EXIT_OK
    if args.backup.isdigit() and 1 <= int(args.backup) <= len(backups):
        chosen = backups[int(args.backup) - 1].path
    else:
        chosen = Path(args.backup).expanduser()
        if not chosen.is_file():
            raise WorkbenchError(f"no backup {args.backup!r}; 'workbench restore' lists them")
    if not args.yes:
        if not sys.stdin.isatty():
            raise WorkbenchError("restoring replaces the library; add --yes to confirm")
        answer = input(f"Replace {path} with {chosen}? The current file is kept aside. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            out.write("Nothing was changed.\n")
            return EXIT_OK
    aside = restore_backup(chosen, path)
    out.write(f"Restored {terminal_safe(chosen, one_line=True)}.\n")
    if aside is not None:
        out.write(f"The previous library was kept as {terminal_safe(aside, one_line=True)}\n")
    return EXIT_OK


def cmd_revise(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.importers import load_article
    from workbench.core.services import recheck_text, revise_article

    _check_id(args.review, "review")
    loaded = load_article(args.file)
    with _open_library(args, for_writing=True) as library:
        library.get_review(args.review)
        summary = revise_article(library, args.review, loaded, actor=_reviewer(args),
                                 published=args.published.isoformat() if args.published else None)
    out.write(f"Version {summary.version}: {summary.line()}.\n")
    again = recheck_text(summary.counts)
    if again:
        out.write(again + ".\n")
    return EXIT_OK


def cmd_versions(args: argparse.Namespace, out: TextIO) -> int:
    _check_id(args.review, "review")
    with _open_library(args) as library:
        versions = library.versions(args.review)
    if args.json:
        _print_json([{"version": a.version, "title": a.title, "published": a.published, "imported_at": a.imported_at,
                      "revised_by": a.revised_by, "characters": len(a.text), "content_hash": a.content_hash}
                     for a in versions], out)
        return EXIT_OK
    for a in versions:
        by = f" by {terminal_safe(a.revised_by, one_line=True)}" if a.revised_by else ""
        out.write(f"{a.version:>3}  {a.imported_at[:16].replace('T', ' ')}{by}  {len(a.text):,} characters  "
                  f"published {a.published or 'unknown'}\n")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.revisions import word_diff

    _check_id(args.review, "review")
    with _open_library(args) as library:
        versions = {a.version: a for a in library.versions(args.review)}
    new = args.new or max(versions)
    old = args.old or new - 1
    if old not in versions or new not in versions or old >= new:
        raise WorkbenchError(f"review {args.review} has versions {', '.join(map(str, sorted(versions)))}; "
                             "choose --from an older one and --to a newer one")
    changes = word_diff(versions[old].text, versions[new].text)
    if args.json:
        _print_json([{"kind": c.kind, "old_start": c.old_start, "old_end": c.old_end, "new_start": c.new_start,
                      "new_end": c.new_end, "old_text": c.old_text, "new_text": c.new_text} for c in changes], out)
        return EXIT_OK
    if not changes:
        out.write(f"Versions {old} and {new} have the same words.\n")
    for c in changes:
        was = terminal_safe(c.old_text, one_line=True)
        now = terminal_safe(c.new_text, one_line=True)
        line = {"insert": f"+ “{now}”", "delete": f"- “{was}”"}.get(c.kind, f"~ “{was}” → “{now}”")
        out.write(f"{c.new_start:>7}  {line}\n")
    return EXIT_OK


def cmd_open(args: argparse.Namespace, out: TextIO) -> int:
    try:
        from workbench.gui.app import run_window
    except ImportError as exc:  # the GUI module or Qt itself is missing
        raise WorkbenchError(f"the window cannot start: {exc}") from None
    return run_window(library_path=args.library, file=getattr(args, "file", None), reviewer=args.reviewer)


# --------------------------------------------------------------------------- entry point


_GLOBAL_OPTIONS_WITH_VALUE = ("--library", "--reviewer")


def _with_default_command(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``workbench FILE`` means ``workbench open FILE``: put ``open`` before a first word that is no command."""
    commands: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            return [*argv[:i], "open", *argv[i + 1:]] if i + 1 < len(argv) else argv
        if word in _GLOBAL_OPTIONS_WITH_VALUE:
            i += 2
            continue
        if word.startswith("-") and word != "-":
            i += 1
            continue
        return argv if word in commands else [*argv[:i], "open", *argv[i:]]
    return argv


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(_with_default_command(parser, argv))
    if args.command is None:
        args.file = None
        args.func = cmd_open
    func: Callable[[argparse.Namespace, TextIO], int] = args.func
    try:
        return func(args, out)
    except WorkbenchError as exc:
        sys.stderr.write(f"workbench: {terminal_safe(exc, one_line=True)}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("workbench: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); silence the flush at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
