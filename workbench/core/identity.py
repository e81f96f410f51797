"""Who is working: the reviewer name recorded on every verdict and printed in reports."""

from __future__ import annotations

import getpass
import os

SYSTEM_ACCOUNTS = frozenset({"root", "admin", "administrator", "user", "guest", "ubuntu", "debian", "pi",
                             "vagrant", "docker", "nobody", "runner", "ci", "jenkins"})
"""Login names that name a machine's account rather than a person: never shown as a reviewer."""


def full_name() -> str:
    """The person's full name from the operating system's account record, or ``""``."""
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (ImportError, KeyError, OSError):
        return ""
    name = gecos.split(",")[0].strip()
    return "" if name.lower() in SYSTEM_ACCOUNTS or name.lower() == _login().lower() else name


def _login() -> str:
    try:
        return getpass.getuser() or ""
    except (OSError, KeyError):
        return ""


def looks_like_a_login(name: str) -> bool:
    """True for a system account ("root") or the login name itself, which a report should not print
    as if it were a person's name."""
    cleaned = name.strip().lower()
    return not cleaned or cleaned in SYSTEM_ACCOUNTS or cleaned == _login().lower()


def default_reviewer() -> str:
    """``$WORKBENCH_REVIEWER``, else the OS full name, else the login name unless it is a system account
    ("root"), else "editor"."""
    name = os.environ.get("WORKBENCH_REVIEWER", "").strip()
    if name:
        return name
    name = full_name()
    if name:
        return name
    login = _login()
    return login if login and login.lower() not in SYSTEM_ACCOUNTS else "editor"
