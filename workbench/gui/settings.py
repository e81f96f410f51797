"""Every window preference in one place, kept with QSettings, each with a default.

Read and write through :class:`Settings`; no other module touches QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from workbench.core.identity import default_reviewer
from workbench.core.store import default_library_path

ORGANIZATION = "Workbench"
APPLICATION = "Workbench"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    description: str


DEFAULT_TEXT_SIZE = 12

SETTINGS: dict[str, Setting] = {
    "reviewer": Setting("identity/reviewer", str, "Name recorded on every verdict (default: the login name)"),
    "library_path": Setting("library/path", str, "The review library file (default: the user data folder)"),
    "library_kind": Setting("library/kind", str, "file (a library file on this computer) or server (PostgreSQL)"),
    "library_server": Setting("library/server", str, "A libpq service name or postgresql:// URL, never a password"),
    "text_size": Setting("view/text_size", int, "Point size of the article text"),
    "last_review": Setting("session/last_review", int, "The review open when the window last closed"),
    "export_folder": Setting("export/folder", str, "The folder the last report was exported to"),
    "geometry": Setting("window/geometry", QByteArray, "Window position and size"),
    "window_state": Setting("window/state", QByteArray, "Toolbars and docks"),
    "main_splitter": Setting("window/main_splitter", QByteArray, "Article | claims split"),
    "side_splitter": Setting("window/side_splitter", QByteArray, "Claims table | claim editor split"),
    "claims_header": Setting("window/claims_header", QByteArray, "Claims table columns"),
    "library_header": Setting("window/library_header", QByteArray, "Library table columns"),
    "advance_after_verdict": Setting("review/advance_after_verdict", bool,
                                     "V and D go on to the next unchecked claim"),
    "theme": Setting("view/theme", str, "system, light or dark"),
}


def _defaults() -> dict[str, Any]:
    return {
        "reviewer": default_reviewer(),
        "library_path": str(default_library_path()),
        "library_kind": "file",
        "library_server": "",
        "text_size": DEFAULT_TEXT_SIZE,
        "last_review": 0,
        "export_folder": "",
        "geometry": QByteArray(),
        "window_state": QByteArray(),
        "main_splitter": QByteArray(),
        "side_splitter": QByteArray(),
        "claims_header": QByteArray(),
        "library_header": QByteArray(),
        "advance_after_verdict": True,
        "theme": "system",
    }


class Settings:
    """Typed access to the settings file. ``Settings(path)`` uses an INI file (tests do this)."""

    def __init__(self, path: str | None = None) -> None:
        if path:
            self._store = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
        self._defaults = _defaults()

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def default(self, name: str) -> Any:
        return self._defaults[name]

    def get(self, name: str) -> Any:
        setting = SETTINGS[name]
        default = self._defaults[name]
        value = self._store.value(setting.key, default)
        if value is None or value == "":
            return default
        try:
            if setting.type is bool:
                return value if isinstance(value, bool) else str(value).strip().lower() in ("true", "1", "yes")
            if setting.type is int:
                return int(value)
            if setting.type is QByteArray:
                return value if isinstance(value, QByteArray) else QByteArray(value)
            return str(value)
        except (TypeError, ValueError):
            return default

    def set(self, name: str, value: Any) -> None:
        self._store.setValue(SETTINGS[name].key, value)

    def is_set(self, name: str) -> bool:
        """Whether the person chose a value (rather than living with the default)."""
        return self._store.contains(SETTINGS[name].key) and str(self._store.value(SETTINGS[name].key)).strip() != ""

    def reset(self, name: str) -> None:
        self._store.remove(SETTINGS[name].key)

    def sync(self) -> None:
        self._store.sync()

    # Typed shortcuts for the values read most often.

    @property
    def reviewer(self) -> str:
        return self.get("reviewer").strip() or default_reviewer()

    @property
    def library_path(self) -> str:
        return self.get("library_path")

    @property
    def library_location(self) -> str:
        """The library chosen in Settings: the server's URL when a server is chosen, else the file."""
        server = self.get("library_server").strip()
        if self.get("library_kind") == "server" and server:
            from workbench.core.errors import WorkbenchError
            from workbench.gui.server import server_target

            try:
                return server_target(server)
            except WorkbenchError:
                pass  # a value stored by hand that cannot be used: the file it is
        return self.library_path

    @property
    def text_size(self) -> int:
        return max(8, min(32, self.get("text_size")))
