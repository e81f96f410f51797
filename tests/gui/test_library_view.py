"""Past reviews: find, open, rename, trash, restore, empty the trash; nothing vanishes with one click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import SEED_TITLE, create_seed_review
from tests.gui.helpers import wait_dialog, window_title
from workbench.core.model import Source
from workbench.core.store import Library
from workbench.gui.library_view import ReviewIdRole, ReviewsModel

BACKENDS = ("sqlite", "postgresql")  # every test here runs against both back ends


def test_reopen_an_old_review_from_the_library(make_window, library_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    with Library.open(library_path) as library:
        old = create_seed_review(library, "Old review of the NATO story")
        claims = library.list_claims(old)
        library.set_claim_status(claims[0].id, "verified", actor="tester")
        create_seed_review(library, "Newer review")
    window = make_window()
    assert window.pages.currentWidget() is window.start_page, "no last review: the start page"
    assert window.start_page.recent.count() == 2
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.library_page
    assert window.pages.currentWidget() is page
    assert page.proxy.rowCount() == 2
    assert page.select_review(old)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.session is not None and window.session.review_id == old
    assert window.windowTitle() == window_title(window, "Old review of the NATO story")
    assert window.progress_label.text() == "1 of 18 checked"


def test_search_finds_reviews_by_note_and_source(make_window, library_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    with Library.open(library_path) as library:
        first = create_seed_review(library, "First")
        create_seed_review(library, "Second")
        claim = library.list_claims(first)[3]
        library.set_claim_status(claim.id, "disputed", actor="tester", note="Contradicted by the spokesperson",
                                 sources=[Source(None, "https://nato.int/press-release-2018-02")])
    window = make_window()
    window.show_library()
    page = window.library_page
    qtbot.keyClicks(page.search, "spokesperson")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.proxy.index(0, 0).data() == "First"
    page.search.clear()
    qtbot.keyClicks(page.search, "press release")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.search.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    assert page.count_label.text() == "2 reviews"


def test_rename_trash_restore_and_empty_the_trash(make_window, library_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    with Library.open(library_path) as library:
        review_id = create_seed_review(library)
        create_seed_review(library, "Keep me")
    window = make_window()
    window.show_library()
    page = window.library_page
    assert page.select_review(review_id)
    index = page.table.currentIndex().siblingAtColumn(ReviewsModel.TITLE)
    assert page.proxy.setData(index, "NATO Iraq mission (checked)")
    assert window.library.get_review(review_id).title == "NATO Iraq mission (checked)"

    page.trash_button.click()
    assert page.proxy.rowCount() == 1
    assert window.library.get_review(review_id).state == "trashed"
    page.tabs.setCurrentIndex(1)
    assert page.proxy.rowCount() == 1
    assert page.restore_button.isVisible() and page.empty_button.isEnabled()
    page.restore_button.click()
    assert window.library.get_review(review_id).state == "open"

    page.tabs.setCurrentIndex(0)
    page.select_review(review_id)
    page.trash_button.click()
    page.tabs.setCurrentIndex(1)
    page.empty_button.click()
    box = wait_dialog(qtbot, QMessageBox, "confirmEmptyTrash")
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.library.list_reviews(trashed=True)[0].id == review_id, "cancel keeps the review"
    page.empty_button.click()
    box = wait_dialog(qtbot, QMessageBox, "confirmEmptyTrash")
    next(b for b in box.buttons() if b.text() == "Delete for Good").click()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0)
    assert window.library.list_reviews(trashed=True) == []
    assert [r.title for r in window.library.list_reviews()] == ["Keep me"]


def test_trashing_the_open_review_closes_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    review_id = window.session.review_id
    window.show_library()
    page = window.library_page
    assert page.back_button.isVisible()
    page.select_review(review_id)
    assert page.proxy.index(page.table.currentIndex().row(), 0).data(ReviewIdRole) == review_id
    assert page.table.currentIndex().siblingAtColumn(0).data() == SEED_TITLE
    page.trash_button.click()
    assert window.session is None
    assert window.windowTitle() == window_title(window)
