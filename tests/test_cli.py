"""Every command end to end, as a script or a person would run it (on a SQLite file and on PostgreSQL)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED
from workbench import __version__
from workbench.core.store import SCHEMA_VERSION, Library

BACKENDS = ("sqlite", "postgresql")  # every test here that uses a library runs against both back ends


def run(*args: str, library: Path | str | None = None, stdin: bytes | None = None, env: dict | None = None
        ) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "workbench"]
    if library is not None:
        cmd += ["--library", str(library)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(cmd + list(args), capture_output=True, input=stdin, env=full_env, timeout=120)


def out(result: subprocess.CompletedProcess) -> str:
    return result.stdout.decode("utf-8")


def err(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode("utf-8")


_SEEDED: dict[str, tuple[Path | str, int]] = {}


@pytest.fixture
def seeded(backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
           ) -> tuple[Path | str, int]:
    """A library with the seed article imported once per back end (import is the slowest command)."""
    if backend not in _SEEDED:
        if backend == "postgresql":
            cluster = request.getfixturevalue("pg_cluster")
            cluster.sql('DROP DATABASE IF EXISTS "cli_seeded" WITH (FORCE)')
            cluster.sql('CREATE DATABASE "cli_seeded" TEMPLATE workbench_template')
            library: Path | str = cluster.url("cli_seeded")
        else:
            library = tmp_path_factory.mktemp("cli") / "library.sqlite3"
        result = run("import", str(SEED), library=library)
        assert result.returncode == 0, err(result)
        _SEEDED[backend] = (library, int(out(result).strip().splitlines()[-1]))
    return _SEEDED[backend]


def test_version_and_help() -> None:
    result = run("--version")
    assert result.returncode == 0 and out(result).strip() == f"workbench {__version__}"
    helptext = out(run("--help"))
    for command in ("import", "reviews", "claims", "mark", "extract", "report"):
        assert command in helptext


def test_import_prints_review_id_last_and_uses_seed_metadata(seeded: tuple[Path | str, int]) -> None:
    library, review_id = seeded
    reviews = json.loads(out(run("reviews", "--json", library=library)))
    assert [r["id"] for r in reviews] == [review_id]
    seed = reviews[0]
    assert seed["title"] == "NATO agrees bigger training mission in Iraq after US call"
    assert seed["published"] == "2018-02-15"
    assert seed["total"] >= 15 and seed["checked"] == 0


def test_claims_json_has_documented_fields_and_exact_offsets(seeded: tuple[Path | str, int]) -> None:
    library, review_id = seeded
    claims = json.loads(out(run("claims", str(review_id), "--json", library=library)))
    text = SEED.read_text(encoding="utf-8")
    assert claims, "the seed has claims"
    for claim in claims:
        assert {"id", "start", "end", "text", "kind", "value", "status", "sources", "note"} <= claim.keys()
        assert text[claim["start"]:claim["end"]] == claim["text"]
    money = [c for c in claims if c["text"] == "$88 billion"]
    assert money and money[0]["value"] == {"amount": 88000000000, "currency": "USD"}
    last_month = [c for c in claims if c["text"] == "last month"]
    assert last_month and last_month[0]["value"] == "2018-01"


def test_mark_commits_verdict_source_and_note(seeded: tuple[Path | str, int]) -> None:
    library, review_id = seeded
    claims = json.loads(out(run("claims", str(review_id), "--json", library=library)))
    target = next(c for c in claims if c["text"] == "1,350 people")
    result = run("mark", str(target["id"]), "verified", "--source", "https://www.bundeswehr.de/einsatz",
                 "--source", "Bundestag mandate 19/1093", "--note", "Mandate caps at 1,350", library=library)
    assert result.returncode == 0, err(result)
    assert f"Claim {target['id']} marked verified" in out(result)
    with Library.open(library, read_only=True) as check:  # visible to anyone once the command has returned
        stored = check.get_claim(target["id"])
        assert (stored.status, stored.note, stored.marked_by) == ("verified", "Mandate caps at 1,350", "test-editor")
        assert [e.action for e in check.events(claim_id=target["id"])] == ["claim.mark"]
    claim = next(c for c in json.loads(out(run("claims", str(review_id), "--json", library=library)))
                 if c["id"] == target["id"])
    assert [s["citation"] for s in claim["sources"]] == ["https://www.bundeswehr.de/einsatz", "Bundestag mandate 19/1093"]
    assert claim["sources"][0]["url"] == "https://www.bundeswehr.de/einsatz" and claim["sources"][1]["url"] is None
    listing = out(run("reviews", library=library))
    assert "1/" in listing and "checked" in listing


def test_reviews_search(seeded: tuple[Path | str, int]) -> None:
    library, review_id = seeded
    assert [r["id"] for r in json.loads(out(run("reviews", "--search", "Stoltenberg", "--json", library=library)))] == [review_id]
    assert json.loads(out(run("reviews", "--search", "zeppelin", "--json", library=library))) == []
    assert "No reviews match" in out(run("reviews", "--search", "zeppelin", library=library))


def test_library_from_environment_variable(tmp_path: Path, library_path: Path | str) -> None:
    lib = library_path
    article = tmp_path / "story.txt"
    article.write_text("The city hired 40 teachers in 2019.", encoding="utf-8")
    result = run("import", str(article), "--title", "Teachers", "--published", "2020-01-10", env={"WORKBENCH_LIBRARY": str(lib)})
    assert result.returncode == 0, err(result)
    assert isinstance(lib, str) or lib.exists()
    reviews = json.loads(out(run("reviews", "--json", env={"WORKBENCH_LIBRARY": str(lib)})))
    assert reviews[0]["title"] == "Teachers" and reviews[0]["published"] == "2020-01-10"


def test_extract_jsonl_stdin_and_several_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Prices rose 12% last month.", encoding="utf-8")
    b.write_text("The fund holds $3 billion.", encoding="utf-8")
    result = run("extract", str(a), str(b), "--published", "2018-02-15")
    assert result.returncode == 0, err(result)
    records = [json.loads(line) for line in out(result).splitlines()]
    assert {r["file"] for r in records} == {str(a), str(b)}
    assert any(r["kind"] == "percent" and r["value"] == 12 for r in records)
    assert any(r["kind"] == "date" and r["value"] == "2018-01" for r in records)
    single = run("extract", "-", "--published", "2018-02-15", stdin=b"It cost $5 million.")
    rows = [json.loads(line) for line in out(single).splitlines()]
    assert rows and "file" not in rows[0] and rows[0]["value"] == {"amount": 5000000, "currency": "USD"}
    table = run("extract", str(a), "--format", "table", "--published", "2018-02-15")
    assert "percent" in out(table)


HEAVY_MODULES = ("dateparser", "trafilatura", "htmldate", "lxml", "jinja2", "docx", "PySide6", "sqlite3",
                 "sqlite_utils", "charset_normalizer", "rapidfuzz", "diff_match_patch", "platformdirs", "ssl",
                 "http", "email")
"""What ``workbench extract`` on a plain text file has no use for: HTML, Word, the store, the window, the web."""


def test_extract_on_a_text_file_imports_no_heavy_module(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("On Thursday, ministers agreed to spend $88 billion, 12% more than in 2014.\n", encoding="utf-8")
    code = (
        "import io, sys\n"
        "from workbench.cli import main\n"
        "out = io.StringIO()\n"
        f"assert main(['extract', {str(article)!r}, '--published', '2018-02-15'], out=out) == 0\n"
        "assert '\"money\"' in out.getvalue() and '\"percent\"' in out.getvalue(), out.getvalue()\n"
        f"heavy = {HEAVY_MODULES!r}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, err(result)
    assert out(result).strip() == "[]", f"extract on a .txt file imported {out(result).strip()}"


@pytest.mark.parametrize(
    "args, message",
    [
        (("claims", "999"), "no review 999"),
        (("mark", "999", "verified"), "no claim 999"),
        (("import", "/nonexistent/story.txt"), "no such file"),
        (("import", "story.txt", "--published", "15/02/2018"), "not a date"),
        (("mark", "1", "maybe"), "invalid choice"),
        (("claims", "abc"), "not a whole number"),
    ],
)
def test_errors_are_one_clear_line_without_traceback(library_path: Path | str, args: tuple[str, ...],
                                                    message: str) -> None:
    result = run(*args, library=library_path)
    assert result.returncode != 0
    stderr = err(result)
    assert message in stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1


def test_binary_file_is_refused_and_no_review_created(tmp_path: Path, library_path: Path | str) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    lib = library_path
    result = run("import", str(binary), library=lib)
    assert result.returncode != 0 and "binary" in err(result) and "Traceback" not in err(result)
    assert json.loads(out(run("reviews", "--json", library=lib))) == []


@pytest.mark.sqlite_only  # about the file itself
def test_damaged_library_gets_clear_message_and_is_not_touched(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite3"
    lib.write_bytes(b"garbage" * 500)
    result = run("reviews", library=lib)
    assert result.returncode != 0 and "not a Workbench library" in err(result)
    assert "Traceback" not in err(result)
    assert lib.read_bytes() == b"garbage" * 500


def test_newer_library_is_refused(library_path: Path | str) -> None:
    lib = library_path
    assert run("reviews", library=lib).returncode == 0
    if isinstance(lib, str):
        import psycopg

        with psycopg.connect(lib, autocommit=True) as conn:
            conn.execute("UPDATE workbench_meta SET value = %s WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 5)])
    else:
        with sqlite3.connect(lib) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    result = run("reviews", library=lib)
    assert result.returncode != 0 and "newer version" in err(result) and "Traceback" not in err(result)


@pytest.mark.sqlite_only  # about the file itself
def test_locked_library_reports_busy(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite3"
    article = tmp_path / "a.txt"
    article.write_text("Around 300 jobs went in 2019.", encoding="utf-8")
    assert run("import", str(article), library=lib).returncode == 0
    claim_id = json.loads(out(run("claims", "1", "--json", library=lib)))[0]["id"]
    holder = sqlite3.connect(lib, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run("mark", str(claim_id), "verified", library=lib, env={"WORKBENCH_BUSY_TIMEOUT_MS": "200"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode != 0 and "busy" in err(result) and "Traceback" not in err(result)
    assert json.loads(out(run("claims", "1", "--json", library=lib)))[0]["status"] == "unchecked"


@pytest.mark.sqlite_only  # about the file itself
def test_backup_and_restore_commands(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite3"
    article = tmp_path / "a.txt"
    article.write_text("About 70 schools closed in 2020.", encoding="utf-8")
    assert run("import", str(article), "--title", "Schools", library=lib).returncode == 0
    made = run("backup", library=lib)
    assert made.returncode == 0 and "Backed up to" in out(made)
    assert run("import", str(article), "--title", "Second", library=lib).returncode == 0
    listing = out(run("restore", library=lib))
    assert listing.splitlines()[0].lstrip().startswith("1 ")
    refused = run("restore", "1", library=lib)  # no terminal to ask: refuses without --yes
    assert refused.returncode != 0 and "--yes" in err(refused)
    manual = next(line for line in listing.splitlines() if "manual" in line)
    result = run("restore", manual.split()[0], "--yes", library=lib)
    assert result.returncode == 0, err(result)
    assert "kept as" in out(result)
    titles = [r["title"] for r in json.loads(out(run("reviews", "--json", library=lib)))]
    assert titles == ["Schools"]


@pytest.mark.sqlite_only  # about the file itself
def test_restore_works_when_the_library_is_damaged(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite3"
    article = tmp_path / "a.txt"
    article.write_text("Some 12 bridges were rebuilt.", encoding="utf-8")
    assert run("import", str(article), library=lib).returncode == 0
    assert run("backup", library=lib).returncode == 0
    for companion in (lib.with_name(lib.name + "-wal"), lib.with_name(lib.name + "-shm")):
        companion.unlink(missing_ok=True)
    lib.write_bytes(b"\x00" * 8192)
    assert run("reviews", library=lib).returncode != 0
    result = run("restore", "1", "--yes", library=lib)
    assert result.returncode == 0, err(result)
    assert len(json.loads(out(run("reviews", "--json", library=lib)))) == 1


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json", "claimreview", "pdf"])
def test_report_command_writes_every_format(seeded: tuple[Path | str, int], tmp_path: Path, fmt: str) -> None:
    library, review_id = seeded
    target = tmp_path / f"report.{fmt}"
    result = run("report", str(review_id), "--format", fmt, "-o", str(target), library=library)
    assert result.returncode == 0, err(result)
    assert "unchecked" in err(result)  # the seed still has unchecked claims: a warning, not a refusal
    data = target.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
        return
    text = data.decode("utf-8")
    if fmt == "claimreview":  # one ClaimReview per checked claim only
        assert isinstance(json.loads(text), list)
    else:
        assert "$88 billion" in text
    if fmt == "json":
        assert json.loads(text)["review"]["id"] == review_id
    assert not list(tmp_path.glob("*.tmp*")), "no temporary file left behind"


def test_report_to_stdout_and_pdf_needs_a_file(seeded: tuple[Path | str, int]) -> None:
    library, review_id = seeded
    result = run("report", str(review_id), "--format", "md", library=library)
    assert result.returncode == 0 and "$88 billion" in out(result)
    refused = run("report", str(review_id), "--format", "pdf", library=library)
    assert refused.returncode != 0 and "-o PATH" in err(refused)
    missing = run("report", "999", library=library)
    assert missing.returncode != 0 and "no review 999" in err(missing)


@pytest.mark.parametrize(
    ("argv", "expected_file"),
    [
        (["article.txt"], "article.txt"),
        (["--library", "x.sqlite3", "article.txt"], "article.txt"),
        (["--reviewer", "Amira", "open", "article.txt"], "article.txt"),
        (["--", "import"], "import"),
        ([], None),
    ],
)
def test_a_bare_file_opens_the_window_on_it(monkeypatch: pytest.MonkeyPatch, argv: list[str],
                                            expected_file: str | None) -> None:
    """`workbench FILE` (the README's first command) is `workbench open FILE`, whatever options come first."""
    import workbench.gui.app as app
    from workbench.cli import main

    calls: list[dict] = []
    monkeypatch.setattr(app, "run_window", lambda **kw: calls.append(kw) or 0)
    assert main(argv) == 0
    assert [c["file"] for c in calls] == [expected_file]


def test_every_command_is_documented() -> None:
    """Each command the parser knows has a row in the README and a section in docs/cli.md."""
    import argparse

    from workbench.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    reference = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, sub in commands.items():
        if name == "open":
            continue  # `workbench [FILE]`
        assert f"`workbench {name}" in readme, name
        assert f"## `workbench {name}" in reference, name
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in reference, f"{name} {option}"


LENS_FIELDS = {"file", "start", "end", "text", "class", "anchor", "reads_as", "suggestion", "in_quote"}


def test_lens_on_files_prints_the_contract_fields_and_stores_nothing(tmp_path: Path) -> None:
    library = tmp_path / "never-made.sqlite3"
    result = run("lens", str(SEED), "--as-of", "2026-11-25", library=library)
    assert result.returncode == 0, err(result)
    records = [json.loads(line) for line in out(result).splitlines()]
    text = SEED.read_text(encoding="utf-8")
    assert len(records) >= 14 and not library.exists()
    for record in records:
        assert record.keys() >= LENS_FIELDS and record["file"] == str(SEED)
        assert text[record["start"]:record["end"]] == record["text"]
    by_text = {r["text"]: r for r in records}
    # No --published: the date comes from the seed's .meta.json.
    assert (by_text["last month"]["anchor"], by_text["last month"]["suggestion"]) == ("2018-01", "in January 2018")
    assert by_text["July"]["class"] == "then_future"
    assert by_text["at the moment"]["in_quote"] is True


def test_lens_on_files_takes_published_as_of_and_table(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Officials met last month. They will meet again in July.\n", encoding="utf-8")
    undated = [json.loads(line) for line in out(run("lens", str(article))).splitlines()]
    assert [(r["text"], r["suggestion"]) for r in undated] == [("last month", None), ("July", None)]
    dated = [json.loads(line) for line in out(run("lens", str(article), "--published", "2018-02-15",
                                                  "--as-of", "2018-03-01")).splitlines()]
    assert [(r["class"], r["suggestion"]) for r in dated] == [("relative_date", "in January 2018"),
                                                              ("relative_date", "July 2018")]
    table = out(run("lens", str(article), "-", "--published", "2018-02-15", "--format", "table", stdin=b"Now."))
    assert f"== {article}" in table and "== -" in table and "in January 2018" in table


def test_a_number_that_names_a_file_is_read_as_a_file(tmp_path: Path) -> None:
    (tmp_path / "12").write_text("The alliance now agrees.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "workbench", "lens", "12", "--published", "2018-02-15"],
                            capture_output=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)},
                            timeout=120)
    assert result.returncode == 0, err(result)
    assert json.loads(out(result))["text"] == "now"


def test_lens_review_lists_findings_and_records_decisions(seeded: tuple[Path | str, int]) -> None:
    library, review_id = seeded
    listed = json.loads(out(run("lens", str(review_id), "--json", "--as-of", "2026-11-25", library=library)))
    assert [f["id"] for f in listed] == list(range(1, len(listed) + 1)) and len(listed) >= 14
    for f in listed:
        assert LENS_FIELDS - {"file"} | {"id", "decision", "rewrite", "reason", "decided_by", "decided_at"} <= f.keys()
    last_month = next(f for f in listed if f["text"] == "last month")
    now = next(f for f in listed if f["text"] == "now")
    july = next(f for f in listed if f["text"] == "July")
    assert last_month["decision"] is None

    accepted = run("lens", str(review_id), str(last_month["id"]), "accept", library=library)
    assert accepted.returncode == 0, err(accepted)
    edited = run("lens", str(review_id), str(now["id"]), "accept", "--text", "by February 2018", library=library)
    assert edited.returncode == 0, err(edited)
    assert run("lens", str(review_id), str(july["id"]), "still-true", "--reason", "it launched",
               library=library).returncode == 0

    after = {f["id"]: f for f in json.loads(out(run("lens", str(review_id), "--json", library=library)))}
    assert (after[last_month["id"]]["decision"], after[last_month["id"]]["rewrite"]) == ("accepted", "in January 2018")
    assert after[last_month["id"]]["decided_by"] == "test-editor" and after[last_month["id"]]["decided_at"]
    assert after[now["id"]]["rewrite"] == "by February 2018"
    assert (after[july["id"]]["decision"], after[july["id"]]["reason"]) == ("still_true", "it launched")
    assert "accepted by test-editor" in out(run("lens", str(review_id), library=library))

    dismissed = run("lens", str(review_id), str(last_month["id"]), "dismiss", library=library)
    assert dismissed.returncode == 0
    again = json.loads(out(run("lens", str(review_id), "--json", library=library)))
    assert again[last_month["id"] - 1]["decision"] == "dismissed"


@pytest.mark.parametrize(("args", "status", "message"), [
    (("REVIEW", "999", "accept"), 1, "findings"),
    (("REVIEW", "2", "maybe"), 2, "unknown decision"),
    (("REVIEW", "2"), 2, "review id alone"),
    (("REVIEW", "--published", "2018-02-15"), 2, "go with files"),
    (("REVIEW", "2", "dismiss", "--text", "x"), 2, "--text goes with accept"),
    (("4242",), 1, "there is no review 4242"),
])
def test_lens_review_errors_are_one_line(seeded: tuple[Path | str, int], args: tuple[str, ...], status: int,
                                         message: str) -> None:
    library, review_id = seeded
    result = run("lens", *[str(review_id) if a == "REVIEW" else a for a in args], library=library)
    assert result.returncode == status
    assert message in err(result) and len(err(result).strip().splitlines()) == 1
# --------------------------------------------------------------------------- check


INCONSISTENT = ("Of the 30 injured, 12 were children and 20 adults.\n\n"
                "The UK sends £350m a week, or £5bn a year, to Brussels.\n")


def test_check_prints_one_json_object_per_finding_with_its_file(tmp_path: Path) -> None:
    first, clean = tmp_path / "story.txt", tmp_path / "clean.txt"
    first.write_text(INCONSISTENT, encoding="utf-8")
    clean.write_text("Ministers met on Thursday, 15 February 2018.\n", encoding="utf-8")
    result = run("check", str(first), str(clean), "--published", "2018-02-15")
    assert result.returncode == 0, err(result)
    rows = [json.loads(line) for line in out(result).splitlines()]
    assert [(r["file"], r["rule"]) for r in rows] == [(str(first), "parts_total"), (str(first), "rate")]
    assert all({"file", "rule", "spans", "message", "expected", "found"} <= r.keys() for r in rows)
    assert [INCONSISTENT[s:e] for s, e in rows[0]["spans"]] == ["30", "12", "20 adults"]
    assert rows[1]["expected"] == "£18.2 billion a year" and rows[1]["found"] == "£5bn a year"
    single = [json.loads(line) for line in out(run("check", str(first))).splitlines()]
    assert all(r["file"] == str(first) for r in single)  # always named, even for one file


def test_check_reads_the_articles_own_date_unless_one_is_given(tmp_path: Path) -> None:
    story = tmp_path / "profile.txt"
    story.write_text("Smith, 45, who was born in 1960, said the plan would fail.\n", encoding="utf-8")
    assert out(run("check", str(story))) == ""  # no date: an age cannot be checked
    (tmp_path / "profile.meta.json").write_text(json.dumps({"published": "2018-02-15"}), encoding="utf-8")
    [row] = [json.loads(line) for line in out(run("check", str(story))).splitlines()]
    assert row["rule"] == "age" and row["expected"] == "57 or 58"
    assert out(run("check", str(story), "--published", "2005-06-01")) == ""  # 45 in 2005


def test_check_table_and_standard_input() -> None:
    result = run("check", "-", "--published", "2018-02-15", "--format", "table", stdin=INCONSISTENT.encode())
    assert result.returncode == 0, err(result)
    lines = out(result).splitlines()
    assert lines[0] == "== - (published 2018-02-15): 2 findings"
    assert lines[1].split()[:2] == ["parts_total", "7-9,"] and "12 + 20 = 32" in lines[1]
    assert run("check", "-", stdin=b"").returncode == 0  # nothing to read is no error


def test_check_review_lists_findings_of_the_stored_claims(tmp_path: Path, library_path: Path | str) -> None:
    library = library_path
    story = tmp_path / "story.txt"
    story.write_text(INCONSISTENT, encoding="utf-8")
    review = out(run("import", str(story), "--published", "2018-02-15", library=library)).splitlines()[-1]
    rows = json.loads(out(run("check", review, "--json", library=library)))
    assert [(r["id"], r["rule"], r["decision"], r["reason"]) for r in rows] == [
        (1, "parts_total", None, None), (2, "rate", None, None)]
    text = out(run("check", review, library=library))
    assert "12 + 20 = 32, but the total given is 30" in text and "'20 adults'" in text
    missing = run("check", "99", library=library)
    assert missing.returncode == 1 and "there is no review 99" in err(missing)
    assert run("check", review, "--format", "table", library=library).returncode == 1


def test_check_review_records_and_shows_decisions(tmp_path: Path, library_path: Path | str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.cli import main

    library = library_path
    story = tmp_path / "story.txt"
    story.write_text(INCONSISTENT, encoding="utf-8")
    assert main(["--library", str(library), "import", str(story), "--published", "2018-02-15"]) == 0
    review = int(capsys.readouterr().out.splitlines()[-1])
    assert main(["--library", str(library), "check", str(review), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["rule"], r["decision"]) for r in rows] == [("parts_total", None), ("rate", None)]
    # A dismissal needs a reason; with one it is stored, logged and listed.
    assert main(["--library", str(library), "check", str(review), "2", "dismiss"]) != 0
    capsys.readouterr()
    assert main(["--library", str(library), "check", str(review), "2", "dismiss",
                 "--reason", "the poster's own claim, quoted"]) == 0
    assert capsys.readouterr().out.strip() == "Finding 2 (rate) dismissed: the poster's own claim, quoted."
    # Disputing marks the finding's claims disputed, with the arithmetic as their note.
    assert main(["--library", str(library), "check", str(review), "1", "dispute"]) == 0
    capsys.readouterr()
    assert main(["--library", str(library), "check", str(review), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["rule"], r["decision"], r["reason"]) for r in rows] == [
        ("parts_total", "disputed", ""), ("rate", "dismissed", "the poster's own claim, quoted")]
    with Library.open(library, read_only=True) as lib:
        claims = {c.id: c for c in lib.list_claims(review)}
        assert rows[0]["claims"] and all(claims[i].status == "disputed" for i in rows[0]["claims"])
        assert all(rows[0]["message"] in claims[i].note for i in rows[0]["claims"])
        assert {e.action for e in lib.events(review_id=review)} >= {"check.decide", "claim.mark"}
    # Reopening takes the decision back.
    assert main(["--library", str(library), "check", str(review), "2", "reopen"]) == 0
    capsys.readouterr()
    assert main(["--library", str(library), "check", str(review), "--json"]) == 0
    assert [r["decision"] for r in json.loads(capsys.readouterr().out)] == ["disputed", None]


def test_check_reads_a_file_named_like_a_number(tmp_path: Path) -> None:
    (tmp_path / "7").write_text(INCONSISTENT, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "workbench", "check", "7", "--published", "2018-02-15"],
                            capture_output=True, cwd=tmp_path, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert result.returncode == 0, err(result)
    assert [json.loads(line)["file"] for line in out(result).splitlines()] == ["7", "7"]
