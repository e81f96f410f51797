"""Who is working: the reviewer name recorded on every verdict."""

from __future__ import annotations

import getpass
import os


def default_reviewer() -> str:
    """``$WORKBENCH_REVIEWER``, else the login name, else "editor"."""
    name = os.environ.get("WORKBENCH_REVIEWER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "editor"
    except (OSError, KeyError):
        return "editor"
