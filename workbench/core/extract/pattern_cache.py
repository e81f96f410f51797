"""Compiled regular expressions kept between runs, as Python keeps compiled modules in ``__pycache__``.

Compiling the extractor's patterns is most of what a short ``workbench extract`` costs: ``re`` parses and
compiles them in Python, tens of milliseconds for the patterns one article needs. The engine's compiled
form is a list of numbers, so it is written to a cache file (one per Python build and engine version) and
handed back to the engine on later runs, which skips the parsing. The engine checks the code it is given
(``_sre`` validates every program), and anything unexpected (another Python, a damaged or foreign file, an
unwritable folder) falls back to ``re.compile``: the cache changes how fast a pattern is ready, never what
it matches.

The file lives in the user cache folder (``$XDG_CACHE_HOME/Workbench``, ``~/Library/Caches/Workbench``,
``%LOCALAPPDATA%\\Workbench\\Cache``); ``$WORKBENCH_PATTERN_CACHE`` names another folder, or turns the
cache off when set to an empty string. Nothing is written when Python writes no bytecode
(``PYTHONDONTWRITEBYTECODE``). New patterns are added to the file when the process exits.
"""

from __future__ import annotations

import atexit
import binascii
import contextlib
import json
import os
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

try:  # the engine's internals, as re.compile uses them (CPython 3.11+)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter: compile as usual
    _sre = None  # type: ignore[assignment]

MAX_ENTRIES = 2000
"""More patterns than this (a vocabulary extended over and over) and the file starts afresh."""

_ENV = "WORKBENCH_PATTERN_CACHE"
_CODE_TYPE = next((t for t in "IL" if _sre is not None and array(t).itemsize == _sre.CODESIZE), "")
"""The array type of the engine's code words; the code is kept as their bytes in base64, quick to read."""
_entries: dict[str, Any] | None = None
"""``"p<flags>:<source>"`` -> ``[flags, code, groups, groupindex, indexgroup, crc]``; ``"t<name>:<input>"`` ->
``[text, crc]``."""
_file: Path | None = None
_dirty = False


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, taken from the cache when this build has compiled it before."""
    if not _CODE_TYPE or not isinstance(source, str):
        return re.compile(source, flags)
    flags = int(flags)
    entries = _load()
    key = f"p{flags}:{source}"
    entry = entries.get(key)
    if entry is not None:
        try:
            return _build(key, source, entry)
        except Exception:  # a damaged or foreign entry: compile it again below
            entries.pop(key, None)
    try:
        entry = _compile_entry(source, flags)
        entry.append(_checksum(key, entry[:5]))
        rx = _build(key, source, entry)
    except re.error:
        raise
    except Exception:  # the engine's internals changed: plain compiling always works
        return re.compile(source, flags)
    _remember(key, entry)
    return rx


def remembered_text(name: str, key: str, make: Callable[[], str], version: str = "") -> str:
    """``make()``, the text a pure function ``name`` builds from ``key``, kept between runs like a pattern.

    For generated pattern texts that are slow to build in Python (the vocabulary's prefix trees). ``version``
    names the builder's code (:func:`code_version`), so that a changed builder is never served old texts."""
    entries = _load()
    full_key = f"t{name}{version}:{key}"
    entry = entries.get(full_key)
    if isinstance(entry, list) and len(entry) == 2 and entry[1] == _checksum(full_key, entry[:1]):
        return entry[0]
    text = make()
    _remember(full_key, [text, _checksum(full_key, [text])])
    return text


def code_version(*functions: Callable[..., Any]) -> str:
    """A short fingerprint of functions' compiled code, for :func:`remembered_text`'s ``version``."""
    crc = 0
    codes = [function.__code__ for function in functions]
    while codes:
        code = codes.pop()
        codes += [c for c in code.co_consts if isinstance(c, CodeType)]  # their repr holds an address
        constants = [c for c in code.co_consts if not isinstance(c, CodeType)]
        crc = binascii.crc32(code.co_code + repr((constants, code.co_names)).encode("utf-8", "replace"), crc)
    return f"{crc:08x}"


def cache_file() -> Path | None:
    """The cache file this process reads and writes, or None when the cache is off."""
    folder = os.environ.get(_ENV)
    if folder is None:
        folder = str(_user_cache_folder())
    if not folder or not _CODE_TYPE:
        return None
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{sys.hexversion:x}"
    return Path(folder) / f"patterns-{tag}.json"


def _user_cache_folder() -> Path:
    # platformdirs' user_cache_path("Workbench", appauthor=False), without importing platformdirs (~20 ms)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "Workbench" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "Workbench"
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "Workbench"


def _compile_entry(source: str, flags: int) -> list[Any]:
    """What ``re._compiler.compile`` hands the engine, as plain data."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    code_text = binascii.b2a_base64(array(_CODE_TYPE, code).tobytes(), newline=False).decode("ascii")
    return [flags | state.flags, code_text, state.groups - 1, dict(state.groupdict), indexgroup]


def _checksum(key: str, fields: list[Any]) -> int:
    """A CRC of an entry and its key, so that a file damaged on disk is noticed rather than believed (the
    engine only checks that a program is safe to run, not that it is the pattern's)."""
    return binascii.crc32(f"{key}\x00{fields!r}".encode("utf-8", "surrogatepass"))


def _build(key: str, source: str, entry: list[Any]) -> re.Pattern[str]:
    flags, code_text, groups, groupindex, indexgroup, checksum = entry
    if checksum != _checksum(key, entry[:5]):
        raise ValueError("damaged cache entry")
    code = array(_CODE_TYPE, binascii.a2b_base64(code_text)).tolist()
    return _sre.compile(source, flags, code, groups, groupindex, tuple(indexgroup))


def _load() -> dict[str, Any]:
    global _entries, _file
    if _entries is not None:
        return _entries
    _entries = {}
    _file = cache_file()
    if _file is None:
        return _entries
    try:
        data = json.loads(_file.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("python") == sys.version and isinstance(data.get("patterns"), dict):
            _entries = data["patterns"]
    except (OSError, ValueError):
        pass
    return _entries


def _remember(key: str, entry: Any) -> None:
    global _dirty, _entries
    if _file is None or sys.dont_write_bytecode:
        return
    assert _entries is not None
    if len(_entries) >= MAX_ENTRIES:
        _entries = {}
    _entries[key] = entry
    if not _dirty:
        _dirty = True
        atexit.register(_save)


def _save() -> None:
    """Write the patterns compiled so far (atomically: a reader sees the old file or the new one)."""
    global _dirty
    if not _dirty or _file is None or _entries is None:
        return
    _dirty = False
    temporary = _file.with_name(f"{_file.name}.{os.getpid()}.tmp")
    try:
        _file.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps({"python": sys.version, "patterns": _entries}, separators=(",", ":")),
                             encoding="utf-8")
        os.replace(temporary, _file)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
