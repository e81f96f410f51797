"""A revised article through the store and the command line: one version more, verdicts carried where
they hold, the counts right, undo brings the old version back, a kill during `revise` leaves it current."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED
from workbench.core.importers import load_article, load_pasted
from workbench.core.services import import_article, revise_article
from workbench.core.store import Library

BACKENDS = ("sqlite", "postgresql")  # shared behaviour: each test runs against both (tests/conftest.py)


def cli(*args: str, library: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench", "--library", str(library), *args],
                          capture_output=True, timeout=120, cwd=REPO, env=os.environ.copy())


def reviewed_seed(library: Library) -> int:
    rid = import_article(library, load_article(SEED), reviewer="ana")
    for claim in library.list_claims(rid):
        if claim.refers_to is None:
            library.set_claim_status(claim.id, "verified", actor="ana", note=f"checked {claim.number}")
    return rid


def revised_text() -> str:
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("1,350 people", "1,200 people")  # a figure changed
    cut = "Iraq declared victory over Daesh in December, having taken back all the territory captured by the militants in 2014 and 2015.\n\n"
    assert cut in text
    text = text.replace(cut, "")  # a paragraph deleted
    return text + "\n\nOfficials said 4,000 troops would be needed by 2019."  # a paragraph added


def test_a_revision_carries_verdicts_flags_the_changed_figure_and_lists_what_went(library_path: Path | str, tmp_path: Path) -> None:
    with Library.open(library_path) as library:
        rid = reviewed_seed(library)
        before = library.get_review(rid)
        summary = revise_article(library, rid, load_pasted(revised_text()), actor="sam")
        claims = library.list_claims(rid)
        text = library.get_article(rid).text
        assert library.get_article(rid).version == 2 and summary.version == 2
        assert all(text[c.start:c.end] == c.text for c in claims)
        changed = [c for c in claims if c.revision == "changed"]
        assert "1,200 people" in [c.text for c in changed]
        figure = next(c for c in changed if c.text == "1,200 people")
        assert figure.status == "unchecked" and figure.previous["value"] == 1350
        assert figure.previous["status"] == "verified"
        assert not [c for c in claims if c.status == "verified" and c.revision == "changed"]
        carried = [c for c in claims if c.revision in ("unchanged", "moved", "edited")]
        assert carried and all(c.status == "verified" and c.note.startswith("checked") for c in carried
                               if c.refers_to is None)
        assert {c.text for c in claims if c.revision == "new"} >= {"4,000 troops", "2019"}
        assert {g.text for g in library.removed_claims(rid)} >= {"December", "2014", "2015"}
        review = library.get_review(rid)
        assert review.total == summary.carried + summary.counts["changed"] + summary.counts["new"]
        assert review.checked == summary.carried
        assert summary.line().startswith(f"{review.total} claims: {summary.carried} carried")
        # version 1 stays readable, untouched
        assert len(library.list_claims(rid, version=1)) == len([c for c in library.list_claims(rid, version=1)])
        assert all(c.status == "verified" for c in library.list_claims(rid, version=1) if c.refers_to is None)
        # undo: the old version, its states and counts, as they were
        library.remove_latest_version(rid, actor="sam")
        after = library.get_review(rid)
        assert (after.total, after.checked) == (before.total, before.checked)
        assert library.get_article(rid).version == 1


def test_the_revise_command_and_its_json(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    with Library.open(path) as library:
        rid = reviewed_seed(library)
    revised = tmp_path / "v2.txt"
    revised.write_text(revised_text(), encoding="utf-8")
    result = cli("revise", str(rid), str(revised), library=path)
    assert result.returncode == 0, result.stderr.decode()
    line = result.stdout.decode().splitlines()[0]
    assert line.startswith("Version 2: ") and "carried" in line and "changed" in line and "gone" in line
    rows = json.loads(cli("claims", str(rid), "--json", library=path).stdout)
    gone = [r for r in rows if r["revision"] == "gone"]
    assert gone and all(r["start"] is None and r["end"] is None and r["status"] != "verified" for r in gone)
    changed = next(r for r in rows if r["text"] == "1,200 people")
    assert changed["revision"] == "changed" and changed["previous"]["value"] == 1350
    assert {r["revision"] for r in rows} <= {"unchanged", "moved", "edited", "changed", "new", "gone"}
    versions = json.loads(cli("versions", str(rid), "--json", library=path).stdout)
    assert [v["version"] for v in versions] == [1, 2]
    diff = json.loads(cli("diff", str(rid), "--json", library=path).stdout)
    assert any(c["old_text"] == "1,350" and c["new_text"] == "1,200" for c in diff)


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace to kill at a chosen system call")
def test_a_kill_during_revise_leaves_the_old_version_current(tmp_path: Path, fault_outcome) -> None:
    revised = tmp_path / "v2.txt"
    revised.write_text(revised_text(), encoding="utf-8")
    kills = 0
    for when in (1, 3, 8, 20, 60):
        path = tmp_path / f"l{when}.sqlite3"
        with Library.open(path) as library:
            rid = reviewed_seed(library)
            before = library.get_review(rid)
        result = subprocess.run(["strace", "-f", "-qq", "-o", "/dev/null", "-e",
                                 f"inject=fdatasync,fsync:signal=SIGKILL:when={when}", sys.executable, "-m",
                                 "workbench", "--library", str(path), "revise", str(rid), str(revised)],
                                capture_output=True, timeout=120, cwd=REPO)
        with Library.open(path, read_only=True) as library:
            assert not library.integrity_problems()
            version = library.get_article(rid).version
            review = library.get_review(rid)
        if result.returncode != 0:
            kills += 1
            assert version in (1, 2)
            if version == 1:
                assert (review.total, review.checked) == (before.total, before.checked)
        else:
            assert version == 2
    fault_outcome(f"SIGKILL at the 1st-60th sync of `workbench revise`: {kills} kills, the library always held "
                  "version 1 whole (or version 2 once committed), integrity ok")
