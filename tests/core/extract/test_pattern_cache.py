"""The compiled-pattern cache: a pattern read back from it matches what ``re.compile`` makes of its source,
and a missing, damaged or switched-off cache changes nothing but the speed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SEED

TEXTS = (
    SEED.read_text(encoding="utf-8")
    + "\nOn 3 March 2019 at 10:30 a.m. GMT the fund, worth US$1.2bn (Rs 500 crore), fell 4.5 percentage points"
    " over the last two years to 300,000 tonnes, \u20ac5m and 14p; Mrs May, 62, said: \u201cNot in 2020.\u201d\n"
)

EVERY_PATTERN = """
import json, re, sys
import workbench.core.extract.pipeline, workbench.core.extract.people.recognisers  # every pattern defined
from workbench.core.extract import pattern_cache
from workbench.core.extract.patterns import _ALL
text = sys.stdin.read()
hits = []
def behaviour(rx):
    return [rx.flags, rx.groups, rx.groupindex, rx.pattern,
            [(m.span(), m.groups()) for m in rx.finditer(text)], [m.span() for m in rx.finditer(text.lower())]]
for p in _ALL:
    source = p.source
    key = f"p{int(p._flags)}:{source}"
    hits.append(key in pattern_cache._load())
    cached = pattern_cache.compile_pattern(source, p._flags)
    assert behaviour(cached) == behaviour(re.compile(source, p._flags)), source[:200]
distinct = len({(int(p._flags), p.source) for p in _ALL})
print(json.dumps({"patterns": len(_ALL), "distinct": distinct, "hits": sum(hits)}))
"""


def _python(code: str, cache: Path | str, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(REPO), "WORKBENCH_PATTERN_CACHE": str(cache), **env}
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    full_env.update(env)
    return subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True, text=True, env=full_env,
                          timeout=300)


def _extract(cache: Path | str, **env: str) -> str:
    code = ("import io\nfrom workbench.cli import main\nout = io.StringIO()\n"
            f"main(['extract', {str(SEED)!r}, '--published', '2018-02-15'], out=out)\nprint(out.getvalue(), end='')")
    result = _python(code, cache, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_every_pattern_read_back_from_the_cache_matches_as_compiled(tmp_path: Path) -> None:
    first = _python(EVERY_PATTERN, tmp_path, TEXTS)
    assert first.returncode == 0, first.stderr
    counts = json.loads(first.stdout)
    assert counts["hits"] == counts["patterns"] - counts["distinct"]  # only a pattern defined twice
    assert len(list(tmp_path.glob("patterns-*.json"))) == 1
    second = _python(EVERY_PATTERN, tmp_path, TEXTS)  # every pattern now comes from the file
    assert second.returncode == 0, second.stderr
    counts = json.loads(second.stdout)
    assert counts["patterns"] > 100 and counts["hits"] == counts["patterns"]


def test_extract_prints_the_same_with_a_cold_warm_damaged_or_no_cache(tmp_path: Path) -> None:
    plain = _extract("")
    assert '"money"' in plain
    assert not any(tmp_path.iterdir())
    assert _extract(tmp_path) == plain  # cold: compiles and writes the file
    [cache_file] = tmp_path.glob("patterns-*.json")
    assert _extract(tmp_path) == plain  # warm: reads it
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    entries = data["patterns"]
    for i, key in enumerate(list(entries)):
        if key.startswith("t"):  # a prefix tree read back wrong would match other words
            entries[key][0] = "(?:x)"
        elif i % 3 == 0:  # a program the engine refuses
            entries[key][1] = "AAAA"
        elif i % 3 == 1:  # a valid program, but another pattern's
            entries[key][1] = entries[next(k for k in entries if k.startswith("p") and k != key)][1]
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    assert _extract(tmp_path) == plain
    cache_file.write_bytes(b"\x00not json")
    assert _extract(tmp_path) == plain


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path: Path) -> None:
    _extract(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert not any(tmp_path.iterdir())
