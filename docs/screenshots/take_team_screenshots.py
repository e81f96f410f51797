"""Make the team screenshots: ``python docs/screenshots/take_team_screenshots.py`` (under Xvfb or a desktop;
needs the PostgreSQL server binaries).

Starts a throwaway PostgreSQL server (tests/pg_cluster.py), opens three windows on one shared library as three
editors, and saves beside this script pg-presence.png (Ben's library list: who is in which review) and
pg-live.png (Ben's window a moment after Amira disputed a claim in hers).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from pg_cluster import Cluster, find_bindir  # noqa: E402

from tests.gui.conftest import create_seed_review  # noqa: E402
from workbench.core.store import Library  # noqa: E402
from workbench.gui.app import application, create_window  # noqa: E402
from workbench.gui.main_window import MainWindow  # noqa: E402
from workbench.gui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parent


def main() -> None:
    bindir = find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL server binaries not found (apt-get install postgresql)")
    cluster = Cluster(bindir).start()
    folder = Path(tempfile.mkdtemp(prefix="workbench-shots-"))
    try:
        cluster.create_database("newsroom")
        url = cluster.tcp_url("newsroom")
        with Library.open(url) as library:
            nato = create_seed_review(library)
            create_seed_review(library, title="Budget vote: the council's figures")
            hospital = create_seed_review(library, title="Hospital waiting lists, spring update")
        app = application()

        def wait(seconds: float) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.01)

        def window(name: str, review_id: int, x: int) -> MainWindow:
            settings = Settings(str(folder / f"{name.split()[0]}.ini"))
            settings.set("reviewer", name)
            settings.set("last_review", review_id)
            settings.set("theme", "light")
            settings.sync()
            made = create_window(library_path=url, reviewer=name, settings=settings)
            made.resize(1280, 780)
            made.move(x, 0)
            made.show()
            made.runner.wait_for_done(10000)
            wait(1)
            return made

        amira = window("Amira Haddad", nato, 0)
        carol = window("Carol Diaz", hospital, 40)
        ben = window("Ben Okafor", 0, 80)
        claims = sorted(amira.session.claims) if amira.session else []
        for claim_id, status in zip(claims[:4], ["verified", "verified", "disputed", "verified"], strict=False):
            amira.review_page.select_claim(claim_id)
            amira.review_page.set_status(claim_id, status)
        ben.show_library()
        ben.refresh_presence()
        wait(0.5)
        ben.grab().save(str(OUT / "pg-presence.png"))
        ben.open_review(nato)
        wait(1.5)
        amira.review_page.select_claim(claims[5])
        amira.review_page.set_status(claims[5], "disputed")
        wait(1.2)  # the change feed brings it to Ben's window
        ben.review_page.select_claim(claims[5])
        ben.refresh_presence()
        wait(0.3)
        ben.grab().save(str(OUT / "pg-live.png"))
        for made in (amira, ben, carol):
            made.close()
            if made.library is not None:
                made.library.close()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
