"""Microsoft Recognizers-Text specification cases (MIT, tests/data/recognizers-text/LICENSE) as development cases.

Their resolution format is mapped onto our contract:

- DateTime ``date``/``daterange``/``duration`` results whose TIMEX is a plain value we also produce
  ("2016-11-07", "2016-W45", "2016-11", "2016", "P3D", "PT2H") must be found as a temporal claim overlapping
  the text with an equal value; TIMEX ranges "(start,end,P..)", times, datetimes and sets are not part of our
  contract and are skipped. Inputs with no results must yield no temporal claim.
- Number ``number`` results must be found as a numeric claim with the same value (ordinals are not claims).
- Percent results must be found as a percent claim; currency results as money with the same amount (and
  currency where the unit maps to an ISO code); dimension results as a quantity with the same amount.

Cases we do not pass yet are listed in ``known_unsupported.txt`` beside the data; every other case must pass,
and ``test_pass_rates`` reports (and guards) the overall pass rates.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from workbench.core.extract import extract

DATA = Path(__file__).resolve().parents[2] / "data" / "recognizers-text"
KNOWN_FILE = DATA / "known_unsupported.txt"
FILES = {
    "datetime": "DateTimeModel.json",
    "number": "NumberModel.json",
    "percent": "PercentModel.json",
    "currency": "CurrencyModel.json",
    "dimension": "DimensionModel.json",
}
TEMPORAL = {"date", "time", "duration"}
_PLAIN_TIMEX = re.compile(
    r"(?:\d{4}|XXXX)(?:-(?:\d\d|W\d\d|SP|SU|FA|WI|Q[1-4]|H[12])(?:-\d\d)?)?|\d{3}"
    r"|P\d+(?:\.\d+)?[YMWD]|PT\d+(?:\.\d+)?[HMS]"
)
CURRENCY_UNITS = {
    "Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "British pound": "GBP", "Pound": "GBP",
    "Japanese yen": "JPY", "Chinese yuan": "CNY", "Canadian dollar": "CAD", "Australian dollar": "AUD",
    "Indian rupee": "INR", "Swiss franc": "CHF", "Cent": "USD", "Penny": "GBP", "Pence": "GBP",
}


def _load(model: str) -> list[dict]:
    return json.loads((DATA / FILES[model]).read_text(encoding="utf-8-sig"))


def _ref(case: dict) -> dt.date:
    raw = (case.get("Context") or {}).get("ReferenceDateTime") or "2016-11-07T00:00:00"
    return dt.date.fromisoformat(raw[:10])


def _expectations(model: str, case: dict) -> list[tuple[int, int, str, object]] | None:
    """(start, end, kind group, accepted values) to find; None when no result maps onto our contract."""
    out: list[tuple[int, int, str, object]] = []
    results = case.get("Results") or []
    for r in results:
        typ = (r.get("TypeName") or r.get("Typename") or "").lower()
        start, end = int(r.get("Start", 0)), int(r.get("End", 0)) + 1
        res = r.get("Resolution") or {}
        if model == "datetime":
            if typ not in ("datetimev2.date", "datetimev2.daterange", "datetimev2.duration"):
                continue
            values = {v.get("timex") for v in res.get("values", []) if v.get("timex")}
            values = {v for v in values if _PLAIN_TIMEX.fullmatch(v)}
            if values:
                out.append((start, end, "temporal", values))
        elif model == "number":
            if typ != "number" or res.get("value") is None:
                continue
            out.append((start, end, "number", float(res["value"])))
        elif model == "percent":
            value = str(res.get("value", "")).rstrip("%")
            try:
                out.append((start, end, "percent", float(value)))
            except ValueError:
                continue
        elif model == "currency":
            try:
                amount = float(res.get("value"))
            except (TypeError, ValueError):
                continue
            if res.get("unit") in ("Cent", "Penny", "Pence"):
                amount /= 100  # our contract values "50 cents" as 0.5 of the currency
            out.append((start, end, "money", (amount, CURRENCY_UNITS.get(res.get("unit", "")))))
        elif model == "dimension":
            try:
                out.append((start, end, "quantity", float(res.get("value"))))
            except (TypeError, ValueError):
                continue
    if results and not out:
        return None
    return out


_DUR_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
_DUR_SECONDS = {"Y": 365 * 86400, "W": 7 * 86400, "D": 86400, "H": 3600, "S": 1}


def _duration_seconds(value: str) -> float | None:
    """Seconds in an ISO duration ("P3.5Y" and "P3Y6M" agree); None if not a concrete duration."""
    if not re.fullmatch(r"P(?:[\d.]+[YMWD])*(?:T(?:[\d.]+[HMS])+)?", value or ""):
        return None
    date_part, _, time_part = value[1:].partition("T")
    total = 0.0
    for part, is_time in ((date_part, False), (time_part, True)):
        for num, unit in _DUR_PART.findall(part):
            secs = 60 if (unit == "M" and is_time) else 30 * 86400 if unit == "M" else _DUR_SECONDS[unit]
            total += float(num) * secs
    return total or None


def same_timex(ours: object, want: str) -> bool:
    """Equal TIMEX values; an unspecified year ("XXXX-10-02") matches any resolved year."""
    if not isinstance(ours, str):
        return False
    if ours == want:
        return True
    if want.startswith("XXXX") and re.fullmatch(r"\d{4}", ours[:4]) and ours[4:] == want[4:]:
        return True
    a, b = _duration_seconds(ours), _duration_seconds(want)
    return a is not None and b is not None and abs(a - b) <= 0.01 * b


def _amount(claim) -> float | None:
    v = claim.value
    if isinstance(v, dict):
        v = v.get("amount")
    return float(v) if isinstance(v, (int, float)) else None


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 0.005 * max(abs(b), 1e-9)


def passes(model: str, case: dict) -> bool | None:
    """True/False for a mappable case, None when the case is outside our contract."""
    expected = _expectations(model, case)
    if expected is None:
        return None
    claims = extract(case["Input"], _ref(case))
    if not expected:  # a negative case: nothing of this family may be found
        if model == "datetime":
            return not any(c.kind in TEMPORAL for c in claims)
        if model == "number":
            return not any(c.kind == "count" for c in claims)
        return not any(c.kind == {"percent": "percent", "currency": "money", "dimension": "quantity"}[model]
                       for c in claims)
    for start, end, group, want in expected:
        near = [c for c in claims if c.start < end and start < c.end]
        if group == "temporal":
            ok = any(c.kind in TEMPORAL and any(same_timex(c.value, w) for w in want) for c in near)
        elif group == "number":
            ok = any(_close(_amount(c), want) for c in near)
        elif group == "money":
            amount, code = want
            ok = any(c.kind == "money" and _close(_amount(c), amount) and (code is None or c.currency == code)
                     for c in near)
        else:
            ok = any(c.kind == group and _close(_amount(c), want) for c in near)
        if not ok:
            return False
    return True


def _case_id(model: str, index: int) -> str:
    return f"{model}:{index}"


def _all_cases() -> list[tuple[str, str, dict]]:
    out = []
    for model in FILES:
        for i, case in enumerate(_load(model)):
            out.append((_case_id(model, i), model, case))
    return out


ALL_CASES = _all_cases()
KNOWN = {line.split("#")[0].strip() for line in KNOWN_FILE.read_text(encoding="utf-8").splitlines()} - {""}
SUPPORTED = [(cid, model, case) for cid, model, case in ALL_CASES
             if cid not in KNOWN and _expectations(model, case) is not None]


@pytest.mark.parametrize(("cid", "model", "case"), SUPPORTED, ids=[c[0] for c in SUPPORTED])
def test_recognizers_case(cid: str, model: str, case: dict) -> None:
    assert passes(model, case), f"{cid}: {case['Input']!r} expected {case.get('Results')}"


# the pass rates over every mappable case (known-unsupported included), measured when this was written
MIN_RATES = {"datetime": 0.50, "number": 0.30, "percent": 0.50, "currency": 0.68, "dimension": 0.45}


def test_pass_rates() -> None:
    for model, floor in MIN_RATES.items():
        results = [passes(model, case) for cid, m, case in ALL_CASES if m == model]
        scored = [r for r in results if r is not None]
        rate = sum(scored) / len(scored)
        assert rate >= floor, f"{model}: pass rate {rate:.3f} of {len(scored)} fell below {floor}"
