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
        metavar="PATH",
        help="the review library file (default: $WORKBENCH_LIBRARY, else the user data folder)",
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

    p = sub.add_parser("restore", help="list the library's backups, or put one in place of the library")
    p.add_argument("backup", nargs="?", help="a backup's number from the list, or its path")
    p.add_argument("--yes", action="store_true", help="restore without asking (the current file is kept aside)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("extract", help="print the claims found in files, without storing anything")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for standard input")
    p.add_argument("--published", type=_parse_date, metavar="YYYY-MM-DD",
                   help="publication date, to resolve relative dates")
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("check", help="consistency checks: the arithmetic and the calendar inside a story")
    p.add_argument("targets", nargs="+", metavar="FILE|REVIEW",
                   help="article files (or - for standard input), or one stored review's id")
    p.add_argument("--published", type=_parse_date, metavar="YYYY-MM-DD",
                   help="publication date (default: the article's own, when the file gives one)")
    p.add_argument("--format", choices=["jsonl", "table"], default=None,
                   help="for files: one JSON object per finding (default), or a table")
    p.add_argument("--json", action="store_true", help="for a review: print a JSON array")
    p.set_defaults(func=cmd_check)

    return parser


# --------------------------------------------------------------------------- helpers


def _library_path(args: argparse.Namespace) -> Path:
    from workbench.core.store import default_library_path

    return Path(args.library).expanduser() if args.library else default_library_path()


def _open_library(args: argparse.Namespace, *, for_writing: bool = False):  # -> Library (imported lazily)
    """The library for a command. Reading commands open it read-only, so they leave its file exactly as
    it was; only a library that needs a schema upgrade is opened for writing once (with a backup first)."""
    from workbench.core.errors import LibraryUpgradeNeededError
    from workbench.core.store import Library

    path = _library_path(args)
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

    several = len(args.files) > 1
    texts = [(path, _read_text_argument(path)) for path in args.files]
    for path, text in texts:
        claims = extract(text, args.published)
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


def _review_target(targets: list[str]) -> int | None:
    """The review id when ``check`` is given one positive whole number that names no file."""
    if len(targets) != 1 or not (targets[0].isascii() and targets[0].isdigit()) or Path(targets[0]).exists():
        return None
    number = int(targets[0])
    return number if number >= 1 else None


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    review_id = _review_target(args.targets)
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


def _decision_key(decision: Any) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """The (rule, spans) a stored decision is about, however the store hands it over."""
    key = getattr(decision, "key", None)
    if key is None:
        get = decision.get if isinstance(decision, dict) else lambda name: getattr(decision, name, None)
        rule, spans = get("rule"), get("spans")
        if isinstance(spans, str):
            try:
                spans = json.loads(spans)
            except ValueError:
                return None
        key = (rule, spans)
    try:
        rule, spans = key
        return str(rule), tuple((int(s), int(e)) for s, e in spans)
    except (TypeError, ValueError):
        return None


def _field(decision: Any, name: str) -> Any:
    return decision.get(name) if isinstance(decision, dict) else getattr(decision, name, None)


def _check_review(args: argparse.Namespace, review_id: int, out: TextIO) -> int:
    from workbench.core.checks import check_story

    _check_id(review_id, "review")
    with _open_library(args) as library:
        bundle = library.bundle(review_id)
        read_decisions = getattr(library, "check_decisions", None)
        decisions = list(read_decisions(review_id)) if callable(read_decisions) else None
    article = bundle.article
    published = _iso_day(article.published or bundle.review.published)
    findings = check_story(article.text, published, claims=bundle.claims)
    by_key = {}
    for d in decisions or []:
        key = _decision_key(d)
        if key is not None:
            by_key[key] = d
    rows = []
    for number, f in enumerate(findings, 1):
        decision = by_key.get(f.key)
        rows.append({"id": number, **f.to_dict(),
                     "decision": _field(decision, "decision") if decision is not None else None,
                     "reason": _field(decision, "reason") if decision is not None else None})
    if args.json:
        _print_json(rows, out)
        return EXIT_OK
    if not rows:
        out.write("No inconsistencies found in this review's claims.\n")
    for row in rows:
        quoted = " / ".join(terminal_safe(repr(article.text[s:e]), one_line=True) for s, e in row["spans"])
        decided = f"  [{row['decision']}]" if row["decision"] else ""
        out.write(f"{row['id']:>4}  {row['rule']:<20} {terminal_safe(row['message'], one_line=True)}{decided}\n"
                  f"      {quoted}\n")
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
    if args.json:
        _print_json([claim_to_json(c) for c in claims], out)
        return EXIT_OK
    if not claims:
        out.write("This review has no claims.\n")
    for c in claims:
        sources = f"  [{len(c.sources)} source{'s' if len(c.sources) != 1 else ''}]" if c.sources else ""
        value = terminal_safe(json.dumps(c.value, ensure_ascii=False), one_line=True)
        out.write(f"{c.id:>6}  {c.status:<9}  {c.kind:<8}  {terminal_safe(repr(c.text), one_line=True)}  = {value}{sources}\n")
    return EXIT_OK


def claim_to_json(c) -> dict[str, Any]:
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


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.formatting import format_size
    from workbench.core.store.backups import list_backups, restore_backup

    path = _library_path(args)
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
