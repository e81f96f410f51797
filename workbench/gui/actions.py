"""Every command of the window, created in one place and referred to by id.

Standard key sequences are used wherever Qt has one; each action has a tooltip that names its shortcut,
and every action appears in a menu (so every shortcut can be discovered).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    tip: str
    keys: tuple[Key | str, ...] = ()
    checkable: bool = False
    group: str | None = None
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    extra: dict[str, str] = field(default_factory=dict)


SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open_article", "&Open Article…", "Import an article file and check its claims", (Key.Open,)),
    ActionSpec("open_web_address", "Open &Web Address…", "Fetch an article from its http(s) address",
               ("Ctrl+Shift+O",)),
    ActionSpec("new_version", "New &Version of Article…",
               "Add a revised text of this article: claims are re-anchored, verdicts carried where they hold",
               ("Ctrl+Shift+N",)),
    ActionSpec("paste_new_version", "Paste New Ve&rsion…", "Paste a revised text of this article", ()),
    ActionSpec("what_changed", "&What Changed", "The differences from the version before, word by word",
               ("Ctrl+Shift+D",)),
    ActionSpec("paste_article", "&Paste Article…", "Paste an article's text and check its claims", ("Ctrl+Shift+V",)),
    ActionSpec("open_sample", "Open the &Sample Article", "Import the sample article that comes with Workbench"),
    ActionSpec("show_library", "&Library", "All reviews: search, open, rename, delete and restore", ("Ctrl+Shift+L",)),
    ActionSpec("show_start", "Start &Page", "Recent reviews and ways to bring in an article", ("Ctrl+Shift+H",)),
    ActionSpec("article_details", "Article &Details…", "Title, publication date, publisher and URL of the article",
               ("Ctrl+I",)),
    ActionSpec("export_report", "&Export Report…", "Write a verification report of this review", ("Ctrl+E",)),
    ActionSpec("export_copy", "Export Republication &Copy…",
               "Write the article with the accepted rewrites, ready to publish again", ("Ctrl+Shift+E",)),
    ActionSpec("back_up_now", "&Back Up Library Now", "Copy the whole library to its backups folder now"),
    ActionSpec("restore_backup", "&Restore from Backup…", "Put an earlier backup in place of the library"),
    ActionSpec("close_review", "&Close Review", "Close this review (everything is already saved)", (Key.Close,)),
    ActionSpec("settings", "Se&ttings…", "Reviewer name, library location, text size", (Key.Preferences, "Ctrl+,"),
               role=QAction.MenuRole.PreferencesRole),
    ActionSpec("quit", "&Quit", "Close Workbench (everything is already saved)", (Key.Quit, "Ctrl+Q"),
               role=QAction.MenuRole.QuitRole),
    # Edit
    ActionSpec("undo", "&Undo", "Undo the last change", (Key.Undo,)),
    ActionSpec("redo", "&Redo", "Redo the change just undone", (Key.Redo,)),
    ActionSpec("find", "&Find…", "Find words in the article and the claims", (Key.Find,)),
    ActionSpec("find_next", "Find &Next", "Go to the next place the words occur in the article", (Key.FindNext,)),
    ActionSpec("find_previous", "Find Pre&vious", "Go to the previous place the words occur in the article",
               (Key.FindPrevious,)),
    ActionSpec("add_claim", "&Add Claim from Selection", "Make the text selected in the article a claim",
               ("A", "Ctrl+Shift+A")),
    ActionSpec("office_holders", "&Office Holders…", "Who held which office when, as editors confirmed it", ()),
    ActionSpec("delete_claim", "&Delete Claim", "Remove the selected claim (it can be undone)", ("Del",)),
    # Claim
    ActionSpec("next_claim", "&Next Claim", "Go to the next claim in the list", ("J", "Ctrl+Down")),
    ActionSpec("previous_claim", "&Previous Claim", "Go to the previous claim in the list", ("K", "Ctrl+Up")),
    ActionSpec("next_unchecked", "Next &Unchecked Claim", "Go to the next claim still to check", ("Ctrl+J",)),
    ActionSpec("mark_verified", "Mark &Verified", "The claim is right", ("V",)),
    ActionSpec("mark_disputed", "Mark &Disputed",
               "The claim is wrong or cannot be supported (on the Checks list: every claim of the check)", ("D",)),
    ActionSpec("mark_unchecked", "&Reset to Unchecked", "Take back the verdict", ("U",)),
    ActionSpec("add_source", "Add &Source…", "Add a source backing the verdict", ("S",)),
    ActionSpec("edit_note", "Edit &Note", "Write a note on the selected claim", ("N",)),
    ActionSpec("edit_value", "Edit Va&lue", "Correct the value of the selected claim", ("F2",)),
    # Dated wording (the republication lens)
    ActionSpec("toggle_dated_wording", "&Dated Wording", "Switch between the claims and the wording that dates",
               ("Ctrl+L",), checkable=True),
    ActionSpec("lens_accept", "&Accept Rewrite", "Put the suggested (or edited) words in the republication copy",
               ("Y",)),
    ActionSpec("lens_dismiss", "&Dismiss",
               "Leave the wording as it is (give a reason in the field); on the Checks list, asks why", ("X",)),
    ActionSpec("lens_still_true", "Still &True", "The wording is still true on the republication date", ("T",)),
    ActionSpec("lens_reopen", "&Open Again", "Take the decision on the dated wording or the check back", ("O",)),
    # Consistency checks (the same X, D and O act on the check shown)
    ActionSpec("toggle_checks", "Consistency &Checks",
               "Switch between the claims and the checks of the story's arithmetic and calendar",
               ("Ctrl+Shift+C",), checkable=True),
    # View
    ActionSpec("filter_all", "&All Claims", "Show every claim", ("Ctrl+0",), checkable=True, group="status"),
    ActionSpec("filter_unchecked", "&Unchecked Only", "Show only claims still to check", ("Ctrl+1",), checkable=True,
               group="status"),
    ActionSpec("filter_verified", "&Verified Only", "Show only verified claims", ("Ctrl+2",), checkable=True,
               group="status"),
    ActionSpec("filter_disputed", "&Disputed Only", "Show only disputed claims", ("Ctrl+3",), checkable=True,
               group="status"),
    ActionSpec("filter_kind", "Filter by &Kind", "Show only claims of one kind", ("Ctrl+K",)),
    ActionSpec("clear_filters", "&Clear Filters", "Show every claim again", ("Ctrl+Shift+0",)),
    ActionSpec("zoom_in", "&Larger Text", "Make the article text larger", (Key.ZoomIn, "Ctrl+=")),
    ActionSpec("zoom_out", "S&maller Text", "Make the article text smaller", (Key.ZoomOut,)),
    ActionSpec("zoom_reset", "&Normal Size", "Article text at the size set in Settings", ("Ctrl+Alt+0",)),
    ActionSpec("theme_system", "&System Colours", "Light or dark as the desktop is", checkable=True, group="theme"),
    ActionSpec("theme_light", "&Light", "Dark text on light backgrounds", checkable=True, group="theme"),
    ActionSpec("theme_dark", "&Dark", "Light text on dark backgrounds", checkable=True, group="theme"),
    # Help
    ActionSpec("shortcuts", "&Keyboard Shortcuts", "List every keyboard shortcut", (Key.HelpContents, "F1")),
    ActionSpec("about", "&About Workbench", "Version and licence", role=QAction.MenuRole.AboutRole),
)

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&File", ("open_article", "open_web_address", "paste_article", "open_sample", "-", "new_version",
               "paste_new_version", "-", "show_start", "show_library", "-",
               "article_details", "export_report", "export_copy", "-", "close_review", "-", "back_up_now", "restore_backup", "-",
               "settings", "-", "quit")),
    ("&Edit", ("undo", "redo", "-", "find", "find_next", "find_previous", "-", "add_claim", "delete_claim", "-",
               "office_holders")),
    ("&Claim", ("next_claim", "previous_claim", "next_unchecked", "-", "mark_verified", "mark_disputed",
                "mark_unchecked", "-", "add_source", "edit_note", "edit_value")),
    ("&Wording", ("toggle_dated_wording", "-", "lens_accept", "lens_dismiss", "lens_still_true", "lens_reopen")),
    ("Chec&ks", ("toggle_checks", "-", "lens_dismiss", "mark_disputed", "lens_reopen")),
    ("&View", ("filter_all", "filter_unchecked", "filter_verified", "filter_disputed", "filter_kind",
               "clear_filters", "-", "what_changed", "-", "zoom_in", "zoom_out", "zoom_reset", "-", "Theme:theme_system,theme_light,theme_dark")),
    ("&Help", ("shortcuts", "-", "about")),
)


def menu_entries(ids: tuple[str, ...]) -> list[str]:
    """The action ids of one menu's entries, submenus ("Title:id,id") opened up, separators left out."""
    found: list[str] = []
    for entry in ids:
        if entry == "-":
            continue
        found.extend(entry.split(":", 1)[1].split(",") if ":" in entry else [entry])
    return found


def _sequences(keys: tuple[Key | str, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        for sequence in found:
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
    return sequences


class Actions(QObject):
    """All actions of the main window: ``actions["mark_verified"]``."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        self.groups: dict[str, QActionGroup] = {}
        for spec in SPECS:
            action = QAction(spec.text, parent)
            action.setObjectName(spec.id)
            sequences = _sequences(spec.keys)
            if sequences:
                action.setShortcuts(sequences)
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            shown = sequences[0].toString(QKeySequence.SequenceFormat.NativeText) if sequences else ""
            action.setToolTip(f"{spec.tip} ({shown})" if shown else spec.tip)
            action.setStatusTip(spec.tip)
            action.setMenuRole(spec.role)
            action.setCheckable(spec.checkable)
            if spec.group:
                group = self.groups.get(spec.group)
                if group is None:
                    group = self.groups[spec.group] = QActionGroup(parent)
                    group.setExclusive(True)
                group.addAction(action)
            self._actions[spec.id] = action
        self._actions["filter_all"].setChecked(True)

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actions.values())

    def ids(self) -> list[str]:
        return list(self._actions)

    def build_menus(self, menu_bar: QMenuBar) -> dict[str, QMenu]:
        menus: dict[str, QMenu] = {}
        for title, ids in MENUS:
            menu = menu_bar.addMenu(title)
            menu.setToolTipsVisible(True)
            for action_id in ids:
                if action_id == "-":
                    menu.addSeparator()
                elif ":" in action_id:  # a submenu: "Title:id,id,id"
                    sub_title, sub_ids = action_id.split(":", 1)
                    sub = menu.addMenu(sub_title)
                    for sub_id in sub_ids.split(","):
                        sub.addAction(self._actions[sub_id])
                else:
                    menu.addAction(self._actions[action_id])
            menus[title.replace("&", "")] = menu
        return menus

    def set_enabled(self, ids: list[str] | tuple[str, ...], enabled: bool) -> None:
        for action_id in ids:
            self._actions[action_id].setEnabled(enabled)

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(menu, command, shortcuts) for the shortcuts window, in words a person reads."""
        rows = []
        for title, ids in MENUS:
            for action_id in menu_entries(ids):
                action = self._actions[action_id]
                keys = ", ".join(dict.fromkeys(k for k in (readable_keys(s) for s in action.shortcuts()) if k))
                rows.append((title.replace("&", ""), action.text().replace("&", "").rstrip("…"), keys))
        return rows

    def window_keys(self) -> list[QKeySequence]:
        """Every shortcut with Ctrl or Alt: window commands a text field must not swallow."""
        found = []
        for action in self._actions.values():
            for sequence in action.shortcuts():
                combo = sequence[0] if sequence.count() else None
                if combo is not None and combo.keyboardModifiers() & (Qt.KeyboardModifier.ControlModifier
                                                                      | Qt.KeyboardModifier.AltModifier):
                    found.append(sequence)
        return found


_SPECIAL_KEYS = {"+": "Plus", "-": "Minus", "=": "Equals", ",": "Comma", ".": "Full stop"}


_UNCOMMON_KEYS = {Qt.Key.Key_Open, Qt.Key.Key_Close, Qt.Key.Key_Undo, Qt.Key.Key_Redo, Qt.Key.Key_Find,
                  Qt.Key.Key_Help, Qt.Key.Key_ZoomIn, Qt.Key.Key_ZoomOut, Qt.Key.Key_Copy, Qt.Key.Key_Paste,
                  Qt.Key.Key_Cut, Qt.Key.Key_Save}


def readable_keys(sequence: QKeySequence) -> str:
    """A shortcut as people say it: "Ctrl+Plus", never "Ctrl++"; keys few keyboards have (F13 and up, a
    dedicated Undo or Help key) left out."""
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    if not text or not sequence.count():
        return ""
    key_code = sequence[0].key()
    if key_code in _UNCOMMON_KEYS or Qt.Key.Key_F13.value <= key_code.value <= Qt.Key.Key_F35.value:
        return ""
    *mods, key = text.split("+") if not text.endswith("++") else [*text[:-2].split("+"), "+"]
    key = _SPECIAL_KEYS.get(key, key)
    return "+".join([*mods, key])
