"""Make the README screenshots: ``python docs/screenshots/take_screenshots.py`` (under Xvfb or a desktop).

Imports the sample article into a throwaway library through the real importer and extractor, checks a few
claims, and saves seed-review.png, claim-editor.png, library.png and checks-tab.png (a story whose weekday and
parts do not add up, on the Checks tab) beside this script.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from workbench.core.importers import load_article  # noqa: E402
from workbench.core.model import Source  # noqa: E402
from workbench.core.services import import_article  # noqa: E402
from workbench.core.store import Library  # noqa: E402
from workbench.gui.app import application, create_window  # noqa: E402
from workbench.gui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parent
SEED = ROOT / "seeds" / "000_aad1b39bc9a57caa.txt"
INCONSISTENT = ("The city council met on Tuesday, 15 February 2018, to approve emergency relief for families "
                "hit by the storm.\n\n"
                "Of the 30 injured, 12 were children and 20 adults, the fire service said.\n\n"
                "The storm brought down power lines across the east of the city, and about 4,000 homes were "
                "without electricity for two days.\n\n"
                "The government sends £350m a week, or £5bn a year, to the regional fund, the council leader "
                "said.\n")


def settle(app: QApplication, ms: int = 300) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(ms)
    while timer.isActive():
        app.processEvents()


def main() -> None:
    size = (1280, 800)
    theme = "light"
    for arg in sys.argv[1:]:
        if arg.startswith("--size="):
            size = tuple(int(n) for n in arg.split("=", 1)[1].split("x"))  # type: ignore[assignment]
        elif arg.startswith("--theme="):
            theme = arg.split("=", 1)[1]
    suffix = "" if theme == "light" else f"-{theme}"
    app = application()
    folder = Path(tempfile.mkdtemp(prefix="workbench-shots-"))
    library_path = folder / "library.sqlite3"
    with Library.open(library_path) as library:
        seed_id = import_article(library, load_article(SEED), reviewer="Amira Haddad")
        others = [
            ("Kuwait donor conference pledges $30 billion for Iraq", "2018-02-14"),
            ("Germany to cut troop numbers in Iraq, minister says", "2018-02-16"),
            ("NATO summit in Brussels set for July", "2018-02-20"),
        ]
        for n, (title, published) in enumerate(others):
            text = (f"{title}.\n\nOfficials said on Tuesday that 1,200 people would be affected over three years, "
                    f"at a cost of $4.5 billion, up 12% on last year.\n")
            import datetime as dt

            from workbench.core.extract import extract

            review = library.create_review(title=title, reviewer="Amira Haddad", text=text,
                                           extractions=extract(text, dt.date.fromisoformat(published)),
                                           publisher="Gulf News", published=published)
            for i, claim in enumerate(library.list_claims(review)):
                if i <= n:
                    library.set_claim_status(claim.id, "verified" if i != 1 else "disputed", actor="Amira Haddad")
        import datetime as dt

        from workbench.core.extract import extract

        checks_id = library.create_review(title="Council approves flood relief after storm", reviewer="Amira Haddad",
                                          text=INCONSISTENT, extractions=extract(INCONSISTENT, dt.date(2018, 2, 16)),
                                          publisher="Gulf News", published="2018-02-16")
        claims = library.list_claims(seed_id)
        marks = {0: "verified", 1: "verified", 2: "verified", 3: "disputed", 5: "verified", 7: "verified",
                 8: "verified", 10: "disputed", 11: "verified", 12: "verified"}
        for index, status in marks.items():
            library.set_claim_status(claims[index].id, status, actor="Amira Haddad")
        money = next(c for c in claims if c.text == "$88 billion")
        library.set_claim_status(money.id, "verified", actor="Amira Haddad",
                                 note="Kuwait conference figure; Iraq's planning ministry gave $88.2bn.",
                                 sources=[Source(None, "https://www.reuters.com/article/us-mideast-crisis-iraq-reconstruction",
                                                 "Iraq says reconstruction will cost $88 billion", "Reuters",
                                                 "2018-02-15")])
    settings = Settings(str(folder / "settings.ini"))
    settings.set("reviewer", "Amira Haddad")
    settings.set("last_review", seed_id)
    settings.set("theme", theme)
    window = create_window(library_path=str(library_path), settings=settings)
    window.resize(*size)
    settle(app, 500)
    page = window.review_page
    page.select_claim(money.id)
    settle(app, 400)
    window.grab().save(str(OUT / f"seed-review{suffix}.png"))

    sizes = page.side_splitter.sizes()
    page.side_splitter.setSizes([260, sum(sizes) - 260])
    settle(app, 300)
    page.side_splitter.grab().save(str(OUT / f"claim-editor{suffix}.png"))
    page.side_splitter.setSizes(sizes)
    window.add_source()
    settle(app, 400)
    dialog = next(w for w in app.topLevelWidgets() if w.objectName() == "sourceDialog" and w.isVisible())
    dialog.citation.setText("https://www.kuna.net.kw/kuwait-international-conference-reconstruction-iraq")
    dialog.title.setText("Kuwait International Conference for Reconstruction of Iraq: final statement")
    dialog.publisher.setText("KUNA")
    dialog.excerpt.setPlainText("Iraq estimates reconstruction needs at US$88.2 billion.")
    settle(app, 200)
    dialog.grab().save(str(OUT / f"source-dialog{suffix}.png"))
    dialog.reject()

    window.show_library()
    settle(app, 400)
    window.grab().save(str(OUT / f"library{suffix}.png"))

    window.open_review(checks_id)
    settle(app, 400)
    page.show_checks()
    page.checks.move(+1)  # the parts that do not add up: their three figures filled together
    settle(app, 300)
    window.grab().save(str(OUT / f"checks-tab{suffix}.png"))
    window.show_start_page()
    settle(app, 300)
    window.grab().save(str(folder / "start-page.png"))
    print(f"saved in {OUT}; start page in {folder}")
    window.close()
    window.library.close()


if __name__ == "__main__":
    main()
