#!/usr/bin/env python3
"""Build the blind evaluation set for the internal-consistency checker.

Writes, next to this script:
  blind-checks.jsonl           short passages, one rule each, consistent / inconsistent twins
  blind-checks-articles.jsonl  20 articles, each as a clean version and a planted twin

Everything is written from the contract alone.  Each passage carries a
machine-checkable statement of the arithmetic it contains (a "check").  The
build recomputes every check and asserts that the label is right:

  * a consistent item must pass its check in TIGHT mode
    (rounding bands of the stated precision, hedge widths x1);
  * an inconsistent item must fail its check in LENIENT mode
    (rounding bands, hedge widths x2, currency bands widened by 10%,
    +-1 extra year on year-only ages), so the label survives any reasonable
    choice of rounding tolerance;
  * every figure a check uses must appear verbatim in the passage, and every
    span phrase must occur exactly once (at token boundaries) unless an
    occurrence index is given; offsets are computed, never typed.

Run:  python3 build.py
"""
import calendar
import json
import math
import os
import re
from datetime import date, datetime, timedelta
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
INF = float("inf")
EPS = 1e-9

# --------------------------------------------------------------------------
# intervals
# --------------------------------------------------------------------------


class Iv:
    def __init__(self, lo, hi=None):
        self.lo = float(lo)
        self.hi = float(lo if hi is None else hi)
        assert self.lo <= self.hi + EPS, (lo, hi)

    def __add__(self, o):
        o = iv(o)
        return Iv(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o):
        o = iv(o)
        return Iv(self.lo - o.hi, self.hi - o.lo)

    def __mul__(self, o):
        o = iv(o)
        c = [a * b for a in (self.lo, self.hi) for b in (o.lo, o.hi)
             if not (math.isinf(a) and b == 0) and not (math.isinf(b) and a == 0)]
        return Iv(min(c), max(c))

    def __truediv__(self, o):
        o = iv(o)
        assert o.lo > 0, "division by an interval that includes 0"
        return self * Iv(1 / o.hi, 1 / o.lo)

    def overlaps(self, o):
        o = iv(o)
        return self.lo <= o.hi + EPS and o.lo <= self.hi + EPS

    def __repr__(self):
        return "[%g, %g]" % (self.lo, self.hi)


def iv(x):
    return x if isinstance(x, Iv) else Iv(x)


# --------------------------------------------------------------------------
# stated quantities
# --------------------------------------------------------------------------

WORDNUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}
FRACTIONS = {
    "half": Fraction(1, 2), "a half": Fraction(1, 2),
    "a third": Fraction(1, 3), "one third": Fraction(1, 3),
    "two-thirds": Fraction(2, 3), "two thirds": Fraction(2, 3),
    "a quarter": Fraction(1, 4), "one quarter": Fraction(1, 4),
    "three-quarters": Fraction(3, 4), "a fifth": Fraction(1, 5),
    "three in five": Fraction(3, 5), "one in four": Fraction(1, 4),
    "a tenth": Fraction(1, 10),
}
SCALES = [
    (" trillion", 1e12), ("tn", 1e12), ("trn", 1e12),
    (" billion", 1e9), ("bn", 1e9),
    (" million", 1e6), ("mn", 1e6), ("m", 1e6),
    (" thousand", 1e3), ("k", 1e3),
]
FRACTION_HALFUNIT = 1.5          # "a third" covers 31.8%-34.8%, in percent points
HEDGE_REL = 0.10                 # fuzzy width of about / nearly / some, relative
MORE_REL = 0.05                  # lenient slack on more than / less than, relative


class Q:
    """A stated quantity: value, rounding half-unit implied by its precision,
    and the hedge attached to it in the text.

    s      numeric string as written ("£350m", "25%", "1,200", "a third", "2.5mn")
    hedge  '', 'about', 'nearly', 'more', 'less', 'just over'
    disp   the exact text of the figure in the passage (defaults to s)
    h      override of the rounding half-unit
    """

    def __init__(self, s, hedge="", disp=None, h=None, implicit=False):
        self.s = s
        self.implicit = implicit      # not written in the passage (e.g. the 100% of a poll)
        self.disp = s if disp is None else disp
        self.hedge = hedge
        self.kind, self.v, self.h = self._parse(s)
        if h is not None:
            self.h = h

    @staticmethod
    def _parse(s):
        t = s.strip().lower()
        if t in FRACTIONS:
            return "pct", float(FRACTIONS[t]) * 100, FRACTION_HALFUNIT
        if t in WORDNUM:
            return "num", float(WORDNUM[t]), 0.0
        pct = False
        for suf in ("%", " per cent", " percent", " percentage points", " points", " pp"):
            if t.endswith(suf):
                t = t[: -len(suf)].strip()
                pct = True
                break
        t = t.lstrip("£$€¥").replace("us$", "").replace("a$", "").replace("chf ", "")
        t = t.lstrip("£$€¥")
        scale, scaled = 1.0, False
        for suf, mult in SCALES:
            if t.endswith(suf) and re.match(r"^[\d.,]+$", t[: -len(suf)].strip()):
                t = t[: -len(suf)].strip()
                scale, scaled = mult, True
                break
        assert re.match(r"^[\d,]*\.?\d+$", t), "cannot parse %r" % s
        dec = len(t.split(".")[1]) if "." in t else 0
        val = float(t.replace(",", ""))
        if pct or scaled or dec:
            h = 0.5 * 10 ** (-dec) * scale
        else:
            h = 0.0            # a bare integer count is taken as exact
        return ("pct" if pct else "num"), val * scale, h

    def iv(self, mode="tight"):
        k = 1 if mode == "tight" else 2
        v, h = self.v, self.h
        w = HEDGE_REL * abs(v)
        m = MORE_REL * abs(v)
        hd = self.hedge
        if hd == "":
            return Iv(v - h, v + h)
        if hd == "about":
            return Iv(v - h - k * w, v + h + k * w)
        if hd == "nearly":
            return Iv(v - h - k * w, v + h)
        if hd == "just over":
            return Iv(v - (k - 1) * h, v + h + k * w)
        if hd == "more":
            return Iv(v - (k - 1) * (h + m), INF)
        if hd == "less":
            return Iv(-INF, v + (k - 1) * (h + m))
        raise ValueError(hd)

    def point(self):
        return Iv(self.v)

    def __repr__(self):
        return "%s%s" % ((self.hedge + " ") if self.hedge else "", self.disp)


def fmt(x, dp=None):
    """Readable number for explanations."""
    if dp is not None:
        return ("{:,.%df}" % dp).format(x)
    if abs(x - round(x)) < 1e-9:
        return "{:,}".format(int(round(x)))
    for d in (1, 2, 3):
        if abs(x * 10 ** d - round(x * 10 ** d)) < 1e-6:
            return ("{:,.%df}" % d).format(x)
    return "{:,.2f}".format(x)


def money(x):
    for name, mult in (("tn", 1e12), ("bn", 1e9), ("m", 1e6)):
        if abs(x) >= mult:
            return fmt(round(x / mult, 3)) + name
    return fmt(round(x, 2))


HEDGE_WORDS = {"": "", "about": "about ", "nearly": "nearly ", "more": "more than ",
               "less": "less than ", "just over": "just over "}


_HEDGE_LEAD = ("about", "around", "nearly", "almost", "more than", "over", "some", "roughly",
               "close to", "up to", "just over", "less than", "under", "approximately")


def said(q):
    d = q.disp
    if d[:1].isupper() and d.split()[0].replace("-", "").isalpha():
        d = d[0].lower() + d[1:]
    if d.lower().startswith(_HEDGE_LEAD):
        return d
    return HEDGE_WORDS[q.hedge] + d


def cur(q):
    for sym in ("US$", "A$", "£", "$", "€", "¥"):
        if q.disp.startswith(sym):
            return sym
    return ""


# --------------------------------------------------------------------------
# checks.  evaluate(mode) -> bool ; words() -> the arithmetic in words ;
# disps() -> figures that must appear in the passage
# --------------------------------------------------------------------------


class Check:
    def ok(self, mode):
        raise NotImplementedError

    def face_ok(self):
        return self.ok("tight")

    def disps(self):
        return []

    def subchecks(self):
        return [self]


class All(Check):
    """Several relations in one passage; consistent only if all hold."""

    def __init__(self, *checks):
        self.checks = list(checks)

    def ok(self, mode):
        return all(c.ok(mode) for c in self.checks)

    def face_ok(self):
        return all(c.face_ok() for c in self.checks)

    def words(self):
        bad = [c for c in self.checks if not c.ok("lenient")]
        use = bad if bad else self.checks
        return "; ".join(c.words() for c in use)

    def disps(self):
        return [d for c in self.checks for d in c.disps()]

    def subchecks(self):
        return self.checks


class Unrelated(Check):
    """Hard negative: figures that look related but are not asserted to be."""

    def __init__(self, why, *disps):
        self.why = why
        self._d = list(disps)

    def ok(self, mode):
        return True

    def words(self):
        return "no check applies: " + self.why

    def disps(self):
        return self._d


DAYNAMES = list(calendar.day_name)
MONTHNAMES = list(calendar.month_name)


def parse_date(s):
    return datetime.strptime(s, "%Y-%m-%d").date()


class Weekday(Check):
    def __init__(self, d, stated, ddisp, wdisp=None, resolved=None):
        self.d = parse_date(d)
        self.stated = stated
        self.ddisp = ddisp
        self.wdisp = wdisp or stated
        self.resolved = resolved      # e.g. "year from publication date" / "yesterday"

    def ok(self, mode):
        return DAYNAMES[self.d.weekday()] == self.stated

    def words(self):
        actual = DAYNAMES[self.d.weekday()]
        res = " (%s)" % self.resolved if self.resolved else ""
        dstr = "%d %s %d" % (self.d.day, MONTHNAMES[self.d.month], self.d.year)
        if actual == self.stated:
            return "%s%s was a %s, as stated" % (dstr, res, actual)
        return "%s%s was a %s, but the text calls it %s" % (dstr, res, actual, self.stated)

    def disps(self):
        return [self.ddisp, self.wdisp]


class Sum(Check):
    """parts against a total.  mode 'exact': parts partition the total;
    'including': parts are a non-exhaustive list, so their sum must not exceed it."""

    def __init__(self, parts, total, mode="exact", unit=""):
        self.parts, self.total, self.mode, self.unit = parts, total, mode, unit

    def _sum(self, m, face=False):
        s = Iv(0)
        for p in self.parts:
            s = s + (p.point() if face else p.iv(m))
        return s

    def ok(self, mode, face=False):
        s = self._sum(mode, face)
        t = self.total.iv(mode)
        if self.mode == "exact":
            return s.overlaps(t)
        return s.lo <= t.hi + EPS

    def face_ok(self):
        return self.ok("tight", face=True)

    def words(self):
        tot = sum(p.v for p in self.parts)
        big = any(p.v >= 1e6 for p in self.parts)
        show = (lambda x: cur(self.total) + money(x)) if big else fmt
        expr = " + ".join(p.disp for p in self.parts)
        u = (" " + self.unit) if self.unit else ""
        if self.mode == "exact":
            if self.ok("tight"):
                return "%s = %s%s, matching the total of %s" % (expr, show(tot), u, said(self.total))
            return "%s = %s%s, but the stated total is %s" % (expr, show(tot), u, said(self.total))
        if self.ok("tight"):
            return "the listed parts (%s = %s%s) do not exceed the total of %s" % (
                expr, show(tot), u, said(self.total))
        return "the listed parts alone (%s = %s%s) exceed the stated total of %s" % (
            expr, show(tot), u, said(self.total))

    def disps(self):
        return [q.disp for q in self.parts + [self.total] if not q.implicit]


class Share(Check):
    """num out of den against a stated percentage or fraction."""

    def __init__(self, num, den, stated):
        self.num, self.den, self.stated = num, den, stated

    def _actual(self, mode, face=False):
        if face:
            return self.num.point() / self.den.point() * 100
        return self.num.iv(mode) / self.den.iv(mode) * 100

    def ok(self, mode, face=False):
        return self._actual(mode, face).overlaps(self.stated.iv(mode))

    def face_ok(self):
        return self.ok("tight", face=True)

    def words(self):
        a = self.num.v / self.den.v * 100
        st = said(self.stated)
        if self.stated.s.lower() in FRACTIONS:
            st += " (%s%%)" % fmt(self.stated.v, 1)
        if self.ok("tight"):
            return "%s of %s is %s%%, consistent with %s" % (self.num.disp, self.den.disp, fmt(a, 1), st)
        return "%s of %s is %s%%, not %s" % (self.num.disp, self.den.disp, fmt(a, 1), st)

    def disps(self):
        return [self.num.disp, self.den.disp, self.stated.disp]


class Change(Check):
    """from a to b against a stated change.
    kind 'pct'    relative change in per cent (stated may be a fraction word)
         'pp'     difference in percentage points
         'abs'    absolute difference in the same unit
         'factor' ratio b/a ("doubled" = 2, "tripled" = 3)"""

    def __init__(self, a, b, stated, kind, direction):
        assert direction in ("up", "down")
        self.a, self.b, self.stated, self.kind, self.dir = a, b, stated, kind, direction
        assert (b.v > a.v) == (direction == "up"), "direction word disagrees with figures"

    def _actual(self, mode, face=False):
        a = self.a.point() if face else self.a.iv(mode)
        b = self.b.point() if face else self.b.iv(mode)
        if self.kind == "pct":
            r = b / a
            return (r - 1) * 100 if self.dir == "up" else (Iv(1) - r) * 100
        if self.kind in ("pp", "abs"):
            return (b - a) if self.dir == "up" else (a - b)
        if self.kind == "factor":
            return b / a
        raise ValueError(self.kind)

    def ok(self, mode, face=False):
        return self._actual(mode, face).overlaps(self.stated.iv(mode))

    def face_ok(self):
        return self.ok("tight", face=True)

    def words(self):
        a, b = self.a.v, self.b.v
        verb = "rise" if self.dir == "up" else "fall"
        st = said(self.stated)
        good = self.ok("tight")
        join = "consistent with" if good else "not"
        if self.kind == "pct":
            rel = abs(b - a) / a * 100
            extra = ""
            if self.a.kind == "pct":
                extra = " (%s percentage points)" % fmt(abs(b - a), 1)
            if self.stated.s.lower() in FRACTIONS:
                st += " (%s%%)" % fmt(self.stated.v, 1)
            return "from %s to %s is a %s%% %s%s, %s %s" % (
                self.a.disp, self.b.disp, fmt(rel, 1), verb, extra, join, st)
        if self.kind == "pp":
            rel = abs(b - a) / a * 100
            return "from %s to %s is a %s of %s percentage points (%s%% in relative terms), %s %s" % (
                self.a.disp, self.b.disp, verb, fmt(abs(b - a), 1), fmt(rel, 1), join, st)
        if self.kind == "abs":
            show = (lambda x: cur(self.a) + money(x)) if max(a, b) >= 1e6 else (lambda x: cur(self.a) + fmt(x))
            return "from %s to %s is a %s of %s, %s %s" % (
                self.a.disp, self.b.disp, verb, show(abs(b - a)), join, st)
        return "from %s to %s is a factor of %s, %s %s (x%s)" % (
            self.a.disp, self.b.disp, fmt(b / a, 2), join, st, fmt(self.stated.v))

    def disps(self):
        return [q.disp for q in (self.a, self.b, self.stated) if not q.implicit]


# periods per period, as [lo, hi] to allow for calendar variation
MULT = {
    ("week", "year"): (52, 52.18),
    ("day", "year"): (365, 366),
    ("month", "year"): (12, 12),
    ("day", "week"): (7, 7),
    ("hour", "day"): (24, 24),
    ("minute", "day"): (1440, 1440),
    ("day", "month"): (28, 31),
    ("week", "month"): (4, 4.43),
    ("weekday", "week"): (5, 5),
    ("hour", "week40"): (40, 40),
    ("hour", "6 hours"): (6, 6),
}


class Rate(Check):
    def __init__(self, per, per_unit, total, total_unit, mult=None, how=None):
        self.per, self.total = per, total
        self.pu, self.tu = per_unit, total_unit
        self.mult = mult or MULT[(per_unit, total_unit)]
        self.how = how

    def _expected(self, mode, face=False):
        p = self.per.point() if face else self.per.iv(mode)
        return p * Iv(*self.mult)

    def ok(self, mode, face=False):
        return self._expected(mode, face).overlaps(self.total.iv(mode))

    def face_ok(self):
        return self.ok("tight", face=True)

    def words(self):
        lo, hi = self.mult
        m = fmt(lo) if lo == hi else "%s-%s" % (fmt(lo), fmt(hi))
        e0, e1 = self.per.v * lo, self.per.v * hi

        def show(x):
            c = cur(self.per)
            if x >= 1e6:
                return c + money(x)
            return c + (fmt(round(x)) if x >= 100 else fmt(x))
        how = self.how or "%s %ss a %s" % (m, self.pu, self.tu)
        res = show(e0) if abs(e1 - e0) < 1e-9 else "%s to %s" % (show(min(e0, e1)), show(max(e0, e1)))
        good = self.ok("tight")
        art = "an" if self.pu[0] in "aeiouh" else "a"
        return "%s %s %s x %s = %s, %s %s" % (
            said(self.per), art, self.pu, how, res, "consistent with" if good else "not", said(self.total))

    def disps(self):
        return [self.per.disp, self.total.disp]


class Same(Check):
    """the same quantity stated twice."""

    def __init__(self, q1, q2, what):
        self.q1, self.q2, self.what = q1, q2, what

    def ok(self, mode):
        return self.q1.iv(mode).overlaps(self.q2.iv(mode))

    def words(self):
        if self.ok("tight"):
            return "the %s is given as %s and %s, the same figure" % (self.what, said(self.q1), said(self.q2))
        r = max(self.q1.v, self.q2.v) / min(self.q1.v, self.q2.v)
        return "the same %s is given as %s and later as %s (a factor of %s apart)" % (
            self.what, said(self.q1), said(self.q2), fmt(r, 2) if r < 10 else fmt(round(r)))

    def disps(self):
        return [self.q1.disp, self.q2.disp]


# plausible 2000-2025 bands, units of B per unit of A, deliberately generous
FXBAND = {
    ("EUR", "GBP"): (0.55, 1.02),
    ("USD", "GBP"): (0.47, 0.98),
    ("EUR", "USD"): (0.80, 1.62),
    ("USD", "JPY"): (75.0, 162.0),
    ("AUD", "USD"): (0.47, 1.11),
}
CURNAME = {"EUR": "euro", "GBP": "pound", "USD": "US dollar", "JPY": "yen", "AUD": "Australian dollar"}


def plural(name):
    return name if name == "yen" else name + "s"


def fxband(a, b):
    if (a, b) in FXBAND:
        return FXBAND[(a, b)]
    lo, hi = FXBAND[(b, a)]
    return (1 / hi, 1 / lo)


class Fx(Check):
    def __init__(self, qa, ca, qb, cb):
        self.qa, self.ca, self.qb, self.cb = qa, ca, qb, cb

    def ok(self, mode):
        lo, hi = fxband(self.ca, self.cb)
        if mode == "tight":       # the face-value rate must sit inside the band
            r = self.qb.v / self.qa.v
            return lo <= r <= hi
        r = self.qb.iv("lenient") / self.qa.iv("lenient")
        return r.overlaps(Iv(lo * 0.9, hi * 1.1))

    def words(self):
        lo, hi = fxband(self.ca, self.cb)
        r = self.qb.v / self.qa.v
        inside = lo <= r <= hi
        if r < 0.1:
            return "%s = %s implies %s %s per %s, %s the plausible 2000-2025 band of %s-%s" % (
                self.qa.disp, said(self.qb), fmt(1 / r, 1), plural(CURNAME[self.ca]), CURNAME[self.cb],
                "inside" if inside else "outside", fmt(1 / hi, 0 if 1 / lo > 20 else 2),
                fmt(1 / lo, 0 if 1 / lo > 20 else 2))
        return "%s = %s implies %s %s per %s, %s the plausible 2000-2025 band of %s-%s" % (
            self.qa.disp, said(self.qb), fmt(r, 3) if r < 10 else fmt(r, 1), plural(CURNAME[self.cb]),
            CURNAME[self.ca], "inside" if inside else "outside",
            fmt(lo, 2), fmt(hi, 2))

    def disps(self):
        return [self.qa.disp, self.qb.disp]


def _point_range(x):
    """a time reference -> (earliest, latest) datetime it can denote."""
    if isinstance(x, int):
        return datetime(x, 1, 1), datetime(x, 12, 31, 23, 59)
    if isinstance(x, tuple):
        y, m = x
        last = calendar.monthrange(y, m)[1]
        return datetime(y, m, 1), datetime(y, m, last, 23, 59)
    if isinstance(x, str):
        if "T" in x:
            d = datetime.strptime(x, "%Y-%m-%dT%H:%M")
            return d, d
        d = parse_date(x)
        return datetime(d.year, d.month, d.day), datetime(d.year, d.month, d.day)
    raise TypeError(x)


def _desc(x):
    if isinstance(x, int):
        return str(x)
    if isinstance(x, tuple):
        return "%s %d" % (MONTHNAMES[x[1]], x[0])
    if "T" in x:
        d = datetime.strptime(x, "%Y-%m-%dT%H:%M")
        return d.strftime("%H:%M on ") + "%d %s %d" % (d.day, MONTHNAMES[d.month], d.year)
    d = parse_date(x)
    return "%d %s %d" % (d.day, MONTHNAMES[d.month], d.year)


class Age(Check):
    """stated age (int, or (lo, hi) for 'in his seventies') against a birth
    reference (year, (year, month) or 'YYYY-MM-DD') at a reference time."""

    def __init__(self, stated, born, at, disp, bdisp, who="the person"):
        self.stated = stated if isinstance(stated, tuple) else (stated, stated)
        self.born, self.at, self.disp, self.bdisp, self.who = born, at, disp, bdisp, who

    def possible(self, mode):
        b0, b1 = _point_range(self.born)
        a0, a1 = _point_range(self.at)

        def age(b, a):
            return a.year - b.year - ((a.month, a.day) < (b.month, b.day))

        lo, hi = age(b1, a0), age(b0, a1)
        if mode == "lenient" and not (isinstance(self.born, str) and isinstance(self.at, str)):
            lo, hi = lo - 1, hi + 1
        return lo, hi

    def ok(self, mode):
        lo, hi = self.possible(mode)
        return self.stated[0] <= hi and lo <= self.stated[1]

    def words(self):
        lo, hi = self.possible("tight")
        ages = str(lo) if lo == hi else "%d or %d" % (lo, hi) if hi == lo + 1 else "%d-%d" % (lo, hi)
        st = str(self.stated[0]) if self.stated[0] == self.stated[1] else "%d-%d" % self.stated
        join = "consistent with" if self.ok("tight") else "not"
        when = ("in %s" if isinstance(self.at, int) else "on %s") % _desc(self.at)
        return "born %s, %s would be %s %s, %s the stated age %s" % (
            _desc(self.born), self.who, ages, when, join, st)

    def disps(self):
        return [self.disp, self.bdisp]


DUR_UNITS = {"years": 365.25, "months": 30.44, "weeks": 7.0, "days": 1.0, "hours": 1 / 24}


class Dur(Check):
    """stated duration against the span between two time references.
    unit 'years'|'months'|'weeks'|'days'|'hours'; 'days_inclusive' counts both
    ends (a festival from 12 to 14 July lasts three days); 'week_ordinal'
    ("now in its fifth week", counting the start day as day 1)."""

    def __init__(self, stated, start, end, unit, disp, sdisp, edisp=None, h=None):
        self.stated, self.start, self.end, self.unit = stated, start, end, unit
        self.disp, self.sdisp, self.edisp = disp, sdisp, edisp
        if h is not None:
            self.stated.h = h
        elif unit in ("years", "months") and self.stated.h == 0:
            self.stated.h = 1.0        # "seven years" of a year-granular span: +-1
        elif unit == "hours" and self.stated.h == 0:
            self.stated.h = 0.5

    def actual(self):
        s0, s1 = _point_range(self.start)
        e0, e1 = _point_range(self.end)
        if self.unit == "days_inclusive":
            return Iv((e0 - s1).days + 1, (e1 - s0).days + 1)
        if self.unit == "week_ordinal":
            lo = math.ceil(((e0 - s1).days + 1) / 7)
            hi = math.ceil(((e1 - s0).days + 1) / 7)
            return Iv(lo, hi)
        u = DUR_UNITS[self.unit]
        return Iv((e0 - s1).total_seconds() / 86400 / u, (e1 - s0).total_seconds() / 86400 / u)

    def ok(self, mode):
        return self.actual().overlaps(self.stated.iv(mode))

    def words(self):
        a = self.actual()
        u = {"days_inclusive": "days (counting both ends)", "week_ordinal": "th week"}.get(self.unit, self.unit)
        if self.unit == "week_ordinal":
            span = "week %d" % a.lo if a.lo == a.hi else "weeks %d-%d" % (a.lo, a.hi)
        elif fmt(round(a.lo, 1)) == fmt(round(a.hi, 1)):
            span = "%s%s %s" % ("" if abs(a.hi - a.lo) < 1e-6 else "about ", fmt(round(a.lo, 1)), u)
        else:
            span = "between %s and %s %s" % (fmt(round(a.lo, 1)), fmt(round(a.hi, 1)), u)
        join = "consistent with" if self.ok("tight") else "not"
        unit = {"days_inclusive": "days", "week_ordinal": "week"}.get(self.unit, self.unit)
        if self.unit == "week_ordinal":
            st = "week %s ('%s')" % (fmt(self.stated.v), self.disp)
        else:
            st = "%s%s %s ('%s')" % (HEDGE_WORDS[self.stated.hedge], fmt(self.stated.v), unit, self.disp)
        return "from %s to %s is %s, %s %s" % (_desc(self.start), _desc(self.end), span, join, st)

    def disps(self):
        return [d for d in (self.disp, self.sdisp, self.edisp) if d]


# --------------------------------------------------------------------------
# spans
# --------------------------------------------------------------------------


def _boundary_ok(text, a, b):
    if a > 0:
        c = text[a - 1]
        if c.isalnum() or (c in ",." and a >= 2 and text[a - 2].isdigit() and text[a].isdigit()):
            return False
    if b < len(text):
        c = text[b]
        if c.isalnum() or (c in ",." and b + 1 < len(text) and text[b + 1].isdigit() and text[b - 1].isdigit()):
            return False
    return True


def occurrences(text, phrase):
    out, i = [], text.find(phrase)
    while i >= 0:
        if _boundary_ok(text, i, i + len(phrase)):
            out.append(i)
        i = text.find(phrase, i + 1)
    return out


def find_span(text, ph):
    if isinstance(ph, tuple):
        phrase, n = ph
    else:
        phrase, n = ph, None
    occ = occurrences(text, phrase)
    assert occ, "span %r not found in: %s" % (phrase, text)
    if n is None:
        assert len(occ) == 1, "span %r occurs %d times; give an index: %s" % (phrase, len(occ), text)
        n = 0
    s = occ[n]
    e = s + len(phrase)
    assert text[s:e] == phrase
    return [s, e]


# --------------------------------------------------------------------------
# weekday safety net: every "weekday + date" pattern in a passage that is not
# meant to be a weekday error must be right
# --------------------------------------------------------------------------

_D = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_M = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
_MABBR = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
WD_PATTERNS = [
    re.compile(_D + r",? (?:the )?(\d{1,2})(?:st|nd|rd|th)? " + _M + r"(?:,? (\d{4}))?"),
    re.compile(_D + r",? " + _M + r" (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?"),
    re.compile(_D + r" \((\d{1,2}) " + _M + r"(?: (\d{4}))?\)"),
    re.compile(r"(\d{1,2}) " + _M + r"(?: (\d{4}))?, a " + _D),
]


def _mnum(m):
    return _MABBR.get(m) or MONTHNAMES.index(m)


def scan_weekdays(text, published):
    found = []
    pub = parse_date(published)
    for k, pat in enumerate(WD_PATTERNS):
        for m in pat.finditer(text):
            g = m.groups()
            if k == 0 or k == 2:
                wd, d, mo, y = g[0], int(g[1]), _mnum(g[2]), g[3]
            elif k == 1:
                wd, mo, d, y = g[0], _mnum(g[1]), int(g[2]), g[3]
            else:
                d, mo, y, wd = int(g[0]), _mnum(g[1]), g[2], g[3]
            if y:
                dt = date(int(y), mo, d)
            else:     # nearest occurrence to the publication date
                dt = min((date(pub.year + dy, mo, d) for dy in (-1, 0, 1)),
                         key=lambda x: abs((x - pub).days))
            found.append((m.group(0), dt, wd, DAYNAMES[dt.weekday()] == wd))
    return found


# --------------------------------------------------------------------------
# item registry
# --------------------------------------------------------------------------

RULES = ["weekday", "parts_total", "percentage", "change", "rate",
         "repeated_quantity", "currency_conversion", "age", "duration"]
ITEMS = []
_count = {}


def _failing(check, mode="lenient"):
    return [c for c in check.subchecks() if not c.ok(mode)]


def item(rule, consistent, published, text, check, spans=None, note=None, twin=False,
         expected=None):
    assert rule in RULES
    _count[rule] = _count.get(rule, 0) + 1
    iid = "C-%s-%02d" % (rule, _count[rule])
    for d in check.disps():
        if d is None:
            continue
        assert occurrences(text, d), "%s: figure %r not in text" % (iid, d)
    notes = []
    if consistent:
        assert check.ok("tight"), "%s labelled consistent but fails: %s" % (iid, check.words())
        if not check.face_ok():
            assert note and "rounding" in note, "%s relies on rounding; say so in the note" % iid
        notes.append("consistent: " + check.words())
        sp = []
        exp = None
    else:
        bad = _failing(check, "lenient")
        assert len(bad) == 1, "%s: expected exactly one failing relation, got %d: %s" % (
            iid, len(bad), check.words())
        exp = expected or bad[0].words()
        sp = [find_span(text, p) for p in (spans or bad[0].disps())]
        sp.sort()
    if note:
        notes.append(note)
    for frag, dt, wd, good in scan_weekdays(text, published):
        if not good:
            assert rule == "weekday" and not consistent, "%s: stray weekday error %r" % (iid, frag)
    if twin:
        prev = ITEMS[-1]
        assert prev["rule"] == rule and prev["consistent"] != consistent, iid
        notes.append("twin of %s" % prev["id"])
        prev["note"] = (prev["note"] + "; " if prev["note"] else "") + "twin of %s" % iid
    ITEMS.append({"id": iid, "rule": rule, "consistent": consistent, "published": published,
                  "text": text, "spans": sp, "expected": exp, "note": "; ".join(notes)})


C, X = True, False      # consistent / inconsistent
T = True                # twin of the previous item

# ==========================================================================
# weekday
# ==========================================================================
R = "weekday"
item(R, X, "2018-02-16",
     "The inquiry opened on Tuesday, 15 February 2018, with a minute's silence for the victims.",
     Weekday("2018-02-15", "Tuesday", "15 February 2018"))
item(R, C, "2018-02-16",
     "The inquiry opened on Thursday, 15 February 2018, with a minute's silence for the victims.",
     Weekday("2018-02-15", "Thursday", "15 February 2018"), twin=T)
item(R, C, "2020-03-04",
     "Voters in 14 states went to the polls on Tuesday, March 3, in the biggest single day of the primary calendar.",
     Weekday("2020-03-03", "Tuesday", "March 3", resolved="year taken from the publication date"),
     note="US order, no year")
item(R, X, "2020-03-04",
     "Voters in 14 states went to the polls on Wednesday, March 3, in the biggest single day of the primary calendar.",
     Weekday("2020-03-03", "Wednesday", "March 3", resolved="year taken from the publication date"), twin=T)
item(R, C, "2020-02-28",
     "The council confirmed that the central library would close on Tuesday (3 March) for urgent repairs to its roof.",
     Weekday("2020-03-03", "Tuesday", "3 March", resolved="year taken from the publication date"),
     note="parenthesised date, future reference")
item(R, X, "2020-02-28",
     "The council confirmed that the central library would close on Monday (3 March) for urgent repairs to its roof.",
     Weekday("2020-03-03", "Monday", "3 March", resolved="year taken from the publication date"), twin=T)
item(R, C, "2020-02-20",
     "The ballot closes on 3 March, a Tuesday, and results are expected within 48 hours.",
     Weekday("2020-03-03", "Tuesday", "3 March", resolved="year taken from the publication date"),
     note="date-then-weekday order")
item(R, X, "2021-02-20",
     "The ballot closes on 3 March, a Tuesday, and results are expected within 48 hours.",
     Weekday("2021-03-03", "Tuesday", "3 March", resolved="year taken from the publication date"), twin=T,
     note="same text as its twin; only the publication year differs, so the year must be resolved from it")
item(R, C, "2017-10-14",
     "Thousands of runners took part in the night race on Friday 13 October 2017, organisers said.",
     Weekday("2017-10-13", "Friday", "13 October 2017"))
item(R, X, "2016-10-14",
     "Thousands of runners took part in the night race on Friday 13 October 2016, organisers said.",
     Weekday("2016-10-13", "Friday", "13 October 2016"), twin=T)
item(R, C, "2019-06-25",
     "New parking charges come into force on Monday 1st July, the council said.",
     Weekday("2019-07-01", "Monday", "1st July", resolved="year taken from the publication date"),
     note="ordinal day")
item(R, X, "2019-06-25",
     "New parking charges come into force on Sunday 1st July, the council said.",
     Weekday("2019-07-01", "Sunday", "1st July", resolved="year taken from the publication date"), twin=T)
item(R, C, "2019-06-05",
     "The vote, originally scheduled for Thursday, has been moved to 12 June to allow more time for debate.",
     Unrelated("Thursday is the old date, 12 June (a Wednesday) the new one; no weekday is claimed for 12 June",
               "Thursday", "12 June"),
     note="hard negative: weekday and date belong to different events")
item(R, C, "2019-10-30",
     "The exhibition runs from Monday 4 to Friday 8 November 2019 at the town hall.",
     All(Weekday("2019-11-04", "Monday", "Monday 4"), Weekday("2019-11-08", "Friday", "8 November 2019")),
     note="date range with two weekdays")
item(R, X, "2019-10-30",
     "The exhibition runs from Monday 4 to Friday 9 November 2019 at the town hall.",
     All(Weekday("2019-11-04", "Monday", "Monday 4"), Weekday("2019-11-09", "Friday", "9 November 2019")),
     twin=T, note="only the end of the range is wrong")
item(R, C, "2019-11-29",
     "Shoppers lined up before dawn on Thursday, Nov. 28, 2019, as stores opened early for holiday deals.",
     Weekday("2019-11-28", "Thursday", "Nov. 28, 2019"), note="AP-style abbreviated month")
item(R, X, "2019-11-30",
     "Shoppers lined up before dawn on Thursday, Nov. 29, 2019, as stores opened early for holiday deals.",
     Weekday("2019-11-29", "Thursday", "Nov. 29, 2019"), twin=T)
item(R, C, "2017-12-20",
     "Christmas Day fell on a Sunday last year; this year 25 December is a Monday.",
     All(Weekday("2016-12-25", "Sunday", "last year", resolved="'last year' resolved from publication"),
         Weekday("2017-12-25", "Monday", "25 December")),
     note="hard negative: same day-month, two years, two different weekdays, both right")
item(R, X, "2021-03-09",
     "Firefighters were called to the warehouse in the early hours of yesterday (Sunday) and the blaze was not brought under control until the afternoon.",
     Weekday("2021-03-08", "Sunday", "yesterday", resolved="'yesterday' resolved from the publication date"),
     note="relative date: yesterday = 8 March 2021 if the story is read as published on 9 March")
item(R, C, "2021-03-09",
     "Firefighters were called to the warehouse in the early hours of yesterday (Monday) and the blaze was not brought under control until the afternoon.",
     Weekday("2021-03-08", "Monday", "yesterday", resolved="'yesterday' resolved from the publication date"),
     twin=T)
item(R, X, "2024-02-20",
     "The hearing has been listed for Saturday, 29 February 2024, a date lawyers for both sides described as unusual.",
     Weekday("2024-02-29", "Saturday", "29 February 2024"), note="leap day")
item(R, X, "2019-06-20",
     "The referendum was held on Wednesday 23 June 2016, three years ago this week.",
     Weekday("2016-06-23", "Wednesday", "23 June 2016"),
     note="past year stated explicitly; the three years are right")

# ==========================================================================
# parts_total
# ==========================================================================
R = "parts_total"
item(R, X, "2019-04-02",
     "Of the 30 injured, 12 were children and 20 adults, the ambulance service said.",
     Sum([Q("12"), Q("20")], Q("30")))
item(R, C, "2019-04-02",
     "Of the 30 injured, 12 were children and 18 adults, the ambulance service said.",
     Sum([Q("12"), Q("18")], Q("30")), twin=T)
item(R, C, "2018-08-13",
     "Britain's team returned from the championships with a total of 47 medals: 12 gold, 15 silver and 20 bronze.",
     Sum([Q("12"), Q("15"), Q("20")], Q("47")))
item(R, X, "2018-08-13",
     "Britain's team returned from the championships with a total of 45 medals: 12 gold, 15 silver and 20 bronze.",
     Sum([Q("12"), Q("15"), Q("20")], Q("45")), twin=T)
item(R, C, "2022-05-07",
     "Labour won 18 seats, the Conservatives 11, the Liberal Democrats 5 and independents 2, 36 in all.",
     Sum([Q("18"), Q("11"), Q("5"), Q("2")], Q("36")))
item(R, X, "2022-05-07",
     "Labour won 18 seats, the Conservatives 11, the Liberal Democrats 5 and independents 2, 38 in all.",
     Sum([Q("18"), Q("11"), Q("5"), Q("2")], Q("38")), twin=T)
item(R, C, "2021-07-19",
     "Twelve of the twenty passengers were British, five were French and the remaining three were German.",
     Sum([Q("twelve", disp="Twelve"), Q("five"), Q("three")], Q("twenty")), note="numbers in words")
item(R, X, "2021-07-19",
     "Twelve of the twenty passengers were British, five were French and the remaining four were German.",
     Sum([Q("twelve", disp="Twelve"), Q("five"), Q("four")], Q("twenty")), twin=T)
item(R, C, "2019-04-02",
     "Of the 30 injured, 12 were children; 20 of the injured were taken to hospital and the rest were treated at the scene.",
     Unrelated("children and hospital cases are overlapping categories, not parts of one partition",
               "30", "12", "20"),
     note="hard negative: 12 + 20 != 30 but the groups overlap")
item(R, C, "2020-01-14",
     "More than 40 people were hurt, including 25 adults and 12 children.",
     Sum([Q("25"), Q("12")], Q("40", "more", disp="More than 40"), mode="including"),
     note="silent case: 'more than 40' with a non-exhaustive list")
item(R, X, "2020-01-14",
     "Twenty people were hurt, including 15 adults and 8 children.",
     Sum([Q("15"), Q("8")], Q("twenty", disp="Twenty"), mode="including"),
     note="'including' is non-exhaustive, but the parts already exceed the total")
item(R, C, "2023-03-16",
     "The £2.4bn package is split between health (£1.1bn), education (£800m) and transport (£500m).",
     Sum([Q("£1.1bn"), Q("£800m"), Q("£500m")], Q("£2.4bn")), note="mixed bn/m")
item(R, X, "2023-03-16",
     "The £2.4bn package is split between health (£1.1bn), education (£800m) and transport (£700m).",
     Sum([Q("£1.1bn"), Q("£800m"), Q("£700m")], Q("£2.4bn")), twin=T)
item(R, C, "2021-10-04",
     "The poll found 45% in favour, 38% against and 17% undecided.",
     Sum([Q("45%"), Q("38%"), Q("17%")], Q("100%", h=0, disp="100%", implicit=True)), note="shares of an implicit 100%")
item(R, X, "2021-10-04",
     "The poll found 45% in favour, 38% against and 22% undecided.",
     Sum([Q("45%"), Q("38%"), Q("22%")], Q("100%", h=0, disp="100%", implicit=True)), twin=T,
     expected="45% + 38% + 22% = 105%, but the three answers should make up 100% (at most about 101.5% with rounding)",
     spans=["45%", "38%", "22%"])
item(R, C, "2021-10-11",
     "Support for the plan stood at 34%, opposition at 41%, and 26% said they did not know.",
     Sum([Q("34%"), Q("41%"), Q("26%")], Q("100%", h=0, disp="100%", implicit=True)),
     note="rounding: 34 + 41 + 26 = 101, within the rounding of three whole-number shares")
item(R, C, "2017-09-05",
     "The 22 victims included 14 in the north of the city, nine of them women, and eight in the south.",
     Sum([Q("14"), Q("eight")], Q("22")),
     note="hard negative: 'nine of them women' is a subset of the 14, not a third part")
item(R, X, "2017-09-05",
     "The 22 victims included 14 in the north of the city, nine of them women, and nine in the south.",
     Sum([Q("14"), Q("nine", disp=("nine"))], Q("22")), twin=T,
     spans=["22", "14", ("nine", 1)])
item(R, X, "2016-06-28",
     "The city will spend a total of $14.5 million on the project: $6 million for roads, $4.5 million for drainage and $2 million for lighting.",
     Sum([Q("$6 million"), Q("$4.5 million"), Q("$2 million")], Q("$14.5 million")))
item(R, C, "2016-06-28",
     "The city will spend a total of $14.5 million on the project: $8 million for roads, $4.5 million for drainage and $2 million for lighting.",
     Sum([Q("$8 million"), Q("$4.5 million"), Q("$2 million")], Q("$14.5 million")), twin=T)
item(R, C, "2023-05-30",
     "The club scored 62 goals in the league this season, 41 at home and 21 away; last season it managed 55.",
     Sum([Q("41"), Q("21")], Q("62")), note="hard negative: last season's 55 is not a part")
item(R, X, "2018-01-09",
     "The 11-member committee comprises six councillors, three officers and three residents.",
     Sum([Q("six"), Q("three", disp="three"), Q("three", disp="three")], Q("11")),
     spans=["11-member", "six", ("three", 0), ("three", 1)],
     expected="six + three + three = 12 members, but the committee is said to have 11")
item(R, X, "2021-02-01",
     "In all, 1,240 people have been vaccinated at the centre, 830 in the first week and 310 in the second.",
     Sum([Q("830"), Q("310")], Q("1,240")))
item(R, X, "2019-12-14",
     "Of the 650 seats, the government holds 365, the opposition parties 202 and smaller parties 93.",
     Sum([Q("365"), Q("202"), Q("93")], Q("650")))
item(R, C, "2015-03-02",
     "Up to 40 people may have been on board; 25 have been rescued and 12 are still missing.",
     Sum([Q("25"), Q("12")], Q("40", "less", disp="Up to 40"), mode="including"),
     note="hard negative: 'up to 40' is a ceiling; 37 accounted for does not contradict it")
item(R, X, "2015-03-10",
     "Police said 14 people had been arrested: nine men and four women.",
     Sum([Q("nine"), Q("four")], Q("14")))

# ==========================================================================
# percentage (including fractions)
# ==========================================================================
R = "percentage"
item(R, X, "2019-09-12",
     "The firm said 25%, or 60 of its 200 staff, would lose their jobs.",
     Share(Q("60"), Q("200"), Q("25%")))
item(R, C, "2019-09-12",
     "The firm said 30%, or 60 of its 200 staff, would lose their jobs.",
     Share(Q("60"), Q("200"), Q("30%")), twin=T)
item(R, X, "2020-11-20",
     "A third of the 90 members, or 40, voted against the motion.",
     Share(Q("40"), Q("90"), Q("a third", disp="A third")))
item(R, C, "2020-11-20",
     "A third of the 90 members, or 30, voted against the motion.",
     Share(Q("30"), Q("90"), Q("a third", disp="A third")), twin=T)
item(R, C, "2021-03-30",
     "Of the 1,000 respondents, 249 (25%) said they had been victims of online fraud.",
     Share(Q("249"), Q("1,000"), Q("25%")), note="24.9% reported as 25%")
item(R, X, "2021-03-30",
     "Of the 1,000 respondents, 294 (25%) said they had been victims of online fraud.",
     Share(Q("294"), Q("1,000"), Q("25%")), twin=T)
item(R, C, "2022-01-25",
     "About a third of the 30 schools inspected, 10 in all, were rated inadequate.",
     Share(Q("10"), Q("30"), Q("a third", "about", disp="About a third")))
item(R, X, "2022-01-25",
     "About a third of the 30 schools inspected, 15 in all, were rated inadequate.",
     Share(Q("15"), Q("30"), Q("a third", "about", disp="About a third")), twin=T)
item(R, C, "2017-05-02",
     "Nearly half of the 250 respondents, 118, said they would not vote.",
     Share(Q("118"), Q("250"), Q("half", "nearly", disp="Nearly half")))
item(R, X, "2017-05-02",
     "Nearly half of the 250 respondents, 88, said they would not vote.",
     Share(Q("88"), Q("250"), Q("half", "nearly", disp="Nearly half")), twin=T)
item(R, C, "2018-11-07",
     "More than 40% of the 1,500 homes surveyed - 640 - had problems with damp.",
     Share(Q("640"), Q("1,500"), Q("40%", "more", disp="More than 40%")))
item(R, X, "2018-11-07",
     "More than 40% of the 1,500 homes surveyed - 540 - had problems with damp.",
     Share(Q("540"), Q("1,500"), Q("40%", "more", disp="More than 40%")), twin=T)
item(R, C, "2022-10-03",
     "Three in five of the 800 members, or 480, backed strike action.",
     Share(Q("480"), Q("800"), Q("three in five", disp="Three in five")))
item(R, X, "2022-10-03",
     "Three in five of the 800 members, or 560, backed strike action.",
     Share(Q("560"), Q("800"), Q("three in five", disp="Three in five")), twin=T)
item(R, C, "2016-10-27",
     "Fifty-one percent of the 3,000 likely voters polled, or 1,530, said they favored the measure.",
     Share(Q("1,530"), Q("3,000"), Q("51%", disp="Fifty-one percent")), note="US spelling, number in words")
item(R, X, "2016-10-27",
     "Fifty-one percent of the 3,000 likely voters polled, or 1,350, said they favored the measure.",
     Share(Q("1,350"), Q("3,000"), Q("51%", disp="Fifty-one percent")), twin=T)
item(R, C, "2018-02-06",
     "Of the company's 200 staff, 60 work in London, where 25% are part-time.",
     Unrelated("25% is a share of the London staff, not of all 200", "200", "60", "25%"),
     note="hard negative: 60/200 = 30% but 25% has a different base")
item(R, C, "2018-02-06",
     "The firm cut 60 of its 200 jobs last year and reduced its costs by 25%.",
     Unrelated("25% describes costs, not jobs", "60", "200", "25%"),
     note="hard negative: different quantity")
item(R, C, "2023-09-19",
     "Some 3,400 of the city's 28,000 households, or 12 per cent, are on the housing waiting list.",
     Share(Q("3,400", "about", disp="Some 3,400"), Q("28,000"), Q("12 per cent")), note="'per cent'")
item(R, X, "2023-09-19",
     "Some 3,400 of the city's 28,000 households, or 21 per cent, are on the housing waiting list.",
     Share(Q("3,400", "about", disp="Some 3,400"), Q("28,000"), Q("21 per cent")), twin=T)
item(R, C, "2024-04-15",
     "Two-thirds of the 1,200 workers - around 800 - have signed the petition.",
     Share(Q("800", "about", disp="around 800"), Q("1,200"), Q("two-thirds", disp="Two-thirds")))
item(R, X, "2024-04-15",
     "Two-thirds of the 1,200 workers - around 600 - have signed the petition.",
     Share(Q("600", "about", disp="around 600"), Q("1,200"), Q("two-thirds", disp="Two-thirds")), twin=T)
item(R, C, "2019-08-22",
     "Thirty-five of the 200 pupils, 17.5%, achieved the top grade.",
     Share(Q("35", disp="Thirty-five"), Q("200"), Q("17.5%")), note="decimal percentage")
item(R, C, "2015-09-08",
     "One in four of the 400 pupils, about 100, walk to school.",
     Share(Q("100", "about", disp="about 100"), Q("400"), Q("one in four", disp="One in four")))
item(R, X, "2015-09-08",
     "One in four of the 400 pupils, about 160, walk to school.",
     Share(Q("160", "about", disp="about 160"), Q("400"), Q("one in four", disp="One in four")), twin=T)
item(R, X, "2020-06-18",
     "Only 8% of the 250 applicants - 40 people - were offered a place.",
     Share(Q("40"), Q("250"), Q("8%")))
item(R, X, "2017-06-09",
     "Turnout was 62.4%, with 31,900 of the 50,000 registered voters casting ballots.",
     Share(Q("31,900"), Q("50,000"), Q("62.4%")),
     note="hard call: only 1.4 points out, but a one-decimal figure claims 0.05-point precision")
item(R, X, "2021-11-23",
     "A quarter of the 48 MPs on the committee, or 16, signed the letter.",
     Share(Q("16"), Q("48"), Q("a quarter", disp="A quarter")))
item(R, C, "2023-02-14",
     "Between 30 and 35 per cent of the 2,000 jobs - 600 to 700 posts - will go.",
     All(Share(Q("600"), Q("2,000"), Q("30", h=0.5)), Share(Q("700"), Q("2,000"), Q("35 per cent"))),
     note="range")
item(R, X, "2023-02-14",
     "Between 30 and 35 per cent of the 2,000 jobs - 600 to 800 posts - will go.",
     All(Share(Q("600"), Q("2,000"), Q("30", h=0.5)), Share(Q("800"), Q("2,000"), Q("35 per cent"))),
     twin=T, note="range; only the upper end is wrong")

# ==========================================================================
# change
# ==========================================================================
R = "change"
item(R, X, "2022-03-03",
     "Revenue rose from £40m to £50m, a 50% increase, the company said.",
     Change(Q("£40m"), Q("£50m"), Q("50%"), "pct", "up"))
item(R, C, "2022-03-03",
     "Revenue rose from £40m to £50m, a 25% increase, the company said.",
     Change(Q("£40m"), Q("£50m"), Q("25%"), "pct", "up"), twin=T)
item(R, C, "2021-08-12",
     "Unemployment rose from 4% to 6%, a rise of 2 percentage points.",
     Change(Q("4%"), Q("6%"), Q("2 percentage points"), "pp", "up"))
item(R, C, "2021-08-12",
     "Unemployment rose from 4% to 6%, a 50% rise.",
     Change(Q("4%"), Q("6%"), Q("50%"), "pct", "up"), note="relative change of a rate, correctly computed")
item(R, X, "2021-08-12",
     "Unemployment rose from 4% to 6%, a 2% rise.",
     Change(Q("4%"), Q("6%"), Q("2%"), "pct", "up"), twin=T,
     note="points/percent confusion: the contract treats 'a 2% rise' for 4% -> 6% as inconsistent "
          "('2 percentage points' and 'a 50% rise' are the consistent phrasings)")
item(R, C, "2016-02-09",
     "Passenger numbers fell from 1,200 to 900 a day, a drop of a quarter.",
     Change(Q("1,200"), Q("900"), Q("a quarter"), "pct", "down"))
item(R, X, "2016-02-09",
     "Passenger numbers fell from 1,200 to 900 a day, a drop of a third.",
     Change(Q("1,200"), Q("900"), Q("a third"), "pct", "down"), twin=T)
item(R, C, "2019-01-22",
     "Membership more than doubled, from 3,000 to 6,400.",
     Change(Q("3,000"), Q("6,400"), Q("2", "more", disp="more than doubled", h=0.1), "factor", "up"))
item(R, X, "2019-01-22",
     "Membership doubled, from 3,000 to 4,500.",
     Change(Q("3,000"), Q("4,500"), Q("2", disp="doubled", h=0.1), "factor", "up"), twin=T)
item(R, C, "2023-07-27",
     "Profits fell 12 per cent to $88m, from $100m a year earlier.",
     Change(Q("$100m"), Q("$88m"), Q("12 per cent"), "pct", "down"), note="'to B, from A' order")
item(R, X, "2023-07-27",
     "Profits fell 20 per cent to $88m, from $100m a year earlier.",
     Change(Q("$100m"), Q("$88m"), Q("20 per cent"), "pct", "down"), twin=T)
item(R, C, "2017-11-28",
     "The number of hospital beds increased by 300, from 1,200 to 1,500.",
     Change(Q("1,200"), Q("1,500"), Q("300"), "abs", "up"))
item(R, X, "2017-11-28",
     "The number of hospital beds increased by 300, from 1,200 to 1,600.",
     Change(Q("1,200"), Q("1,600"), Q("300"), "abs", "up"), twin=T)
item(R, C, "2022-03-03",
     "Revenue rose from £40m to £50m, while costs rose 10%.",
     Unrelated("the 10% is about costs, not revenue", "£40m", "£50m", "10%"),
     note="hard negative: a percentage next to a from-to pair, describing something else")
item(R, C, "2020-09-15",
     "Sales of the drug nearly tripled, from 1.2 million packs to 3.4 million.",
     Change(Q("1.2 million"), Q("3.4 million"), Q("3", "nearly", disp="nearly tripled", h=0.1), "factor", "up"))
item(R, X, "2020-09-15",
     "Sales of the drug nearly tripled, from 1.2 million packs to 2.1 million.",
     Change(Q("1.2 million"), Q("2.1 million"), Q("3", "nearly", disp="nearly tripled", h=0.1), "factor", "up"),
     twin=T)
item(R, C, "2018-12-27",
     "Visitor numbers rose by about a fifth, from 52,000 last year to 63,000.",
     Change(Q("52,000"), Q("63,000"), Q("a fifth", "about", disp="about a fifth"), "pct", "up"))
item(R, X, "2018-12-27",
     "Visitor numbers rose by about a half, from 52,000 last year to 63,000.",
     Change(Q("52,000"), Q("63,000"), Q("a half", "about", disp="about a half"), "pct", "up"), twin=T)
item(R, C, "2023-06-21",
     "Inflation fell from 10.1% to 6.7%, a fall of 3.4 points.",
     Change(Q("10.1%"), Q("6.7%"), Q("3.4 points"), "pp", "down"))
item(R, X, "2023-06-21",
     "Inflation fell from 10.1% to 6.7%, a fall of 4.3 points.",
     Change(Q("10.1%"), Q("6.7%"), Q("4.3 points"), "pp", "down"), twin=T)
item(R, C, "2020-02-11",
     "Passenger numbers grew from 2.1m in 2015 to 2.6m in 2018, and rose a further 3% in 2019.",
     Unrelated("the 3% is 2019 over 2018; 2015 to 2018 was +23.8% and is not given a percentage",
               "2.1m", "2.6m", "3%"),
     note="hard negative: different years")
item(R, C, "2024-01-30",
     "Shares in the company fell 40p to 160p, a fall of a fifth.",
     Change(Q("200", disp="200p (160p + 40p)", implicit=True), Q("160", disp="160p"), Q("a fifth"), "pct", "down"),
     note="starting price derived: 160p + 40p = 200p")
item(R, X, "2024-01-30",
     "Shares in the company fell 40p to 160p, a fall of a third.",
     Change(Q("200", disp="200p (160p + 40p)", implicit=True), Q("160", disp="160p"), Q("a third"), "pct", "down"),
     twin=T, spans=["40p", "160p", "a third"])
item(R, X, "2015-10-16",
     "The deficit narrowed from $1.4 trillion to $984 billion, a reduction of more than $600 billion.",
     Change(Q("$1.4 trillion"), Q("$984 billion"), Q("$600 billion", "more", disp="more than $600 billion"),
            "abs", "down"))
item(R, X, "2017-06-10",
     "Turnout was down from 68.8% to 67.3%, a drop of 2.5 points.",
     Change(Q("68.8%"), Q("67.3%"), Q("2.5 points"), "pp", "down"))
item(R, X, "2023-04-20",
     "Home sales jumped 35% year on year, from 8,200 in March 2022 to 9,020 in March 2023.",
     Change(Q("8,200"), Q("9,020"), Q("35%"), "pct", "up"))
item(R, C, "2019-02-28",
     "Operating profit rose 15 percent to $46mn from $40mn.",
     Change(Q("$40mn"), Q("$46mn"), Q("15 percent"), "pct", "up"), note="'mn', 'percent'")
item(R, X, "2019-02-28",
     "Operating profit rose 51 percent to $46mn from $40mn.",
     Change(Q("$40mn"), Q("$46mn"), Q("51 percent"), "pct", "up"), twin=T)

# ==========================================================================
# rate
# ==========================================================================
R = "rate"
item(R, X, "2016-05-20",
     "The campaign claimed Britain sent £350m a week to Brussels, or £5bn a year.",
     Rate(Q("£350m"), "week", Q("£5bn"), "year"))
item(R, C, "2016-05-20",
     "The campaign claimed Britain sent £350m a week to Brussels, or more than £18bn a year.",
     Rate(Q("£350m"), "week", Q("£18bn", "more", disp="more than £18bn"), "year"), twin=T)
item(R, C, "2021-06-08",
     "The contract is worth $2.5mn a month, or $30mn a year.",
     Rate(Q("$2.5mn"), "month", Q("$30mn"), "year"))
item(R, X, "2021-06-08",
     "The contract is worth $2.5mn a month, or $25mn a year.",
     Rate(Q("$2.5mn"), "month", Q("$25mn"), "year"), twin=T)
item(R, C, "2015-09-03",
     "The reception centre is receiving 120 new arrivals a day, about 850 a week.",
     Rate(Q("120"), "day", Q("850", "about", disp="about 850"), "week"), note="840 rounded to 'about 850'")
item(R, X, "2015-09-03",
     "The reception centre is receiving 120 new arrivals a day, about 1,200 a week.",
     Rate(Q("120"), "day", Q("1,200", "about", disp="about 1,200"), "week"), twin=T)
item(R, C, "2019-04-01",
     "Staff are paid £9.50 an hour, or £380 for a 40-hour week.",
     Rate(Q("£9.50"), "hour", Q("£380"), "week", mult=(40, 40), how="40 hours"))
item(R, X, "2019-04-01",
     "Staff are paid £9.50 an hour, or £480 for a 40-hour week.",
     Rate(Q("£9.50"), "hour", Q("£480"), "week", mult=(40, 40), how="40 hours"), twin=T)
item(R, C, "2020-12-01",
     "He earns £1,500 a week, £78,000 a year.",
     Rate(Q("£1,500"), "week", Q("£78,000"), "year"))
item(R, X, "2020-12-01",
     "He earns £1,500 a week, equivalent to £60,000 a year.",
     Rate(Q("£1,500"), "week", Q("£60,000"), "year"), twin=T)
item(R, C, "2017-03-21",
     "The airline operates three flights a day on the route, more than 1,000 a year.",
     Rate(Q("three"), "day", Q("1,000", "more", disp="more than 1,000"), "year"))
item(R, X, "2017-03-21",
     "The airline operates three flights a day on the route, more than 2,000 a year.",
     Rate(Q("three"), "day", Q("2,000", "more", disp="more than 2,000"), "year"), twin=T)
item(R, C, "2014-07-15",
     "The field produces 40,000 barrels a day, some 14.6 million barrels a year.",
     Rate(Q("40,000"), "day", Q("14.6 million", "about", disp="some 14.6 million"), "year"))
item(R, X, "2014-07-15",
     "The field produces 40,000 barrels a day, some 1.46 million barrels a year.",
     Rate(Q("40,000"), "day", Q("1.46 million", "about", disp="some 1.46 million"), "year"), twin=T)
item(R, C, "2022-02-15",
     "The project costs £3m a month, or roughly £100,000 a day.",
     Rate(Q("£3m"), "month", Q("£100,000", "about", disp="roughly £100,000"), "day",
          mult=(1 / 31, 1 / 28), how="1/31 to 1/28 of a month per day"))
item(R, X, "2022-02-15",
     "The project costs £3m a month, or roughly £1m a day.",
     Rate(Q("£3m"), "month", Q("£1m", "about", disp="roughly £1m"), "day",
          mult=(1 / 31, 1 / 28), how="1/31 to 1/28 of a month per day"), twin=T)
item(R, C, "2023-01-17",
     "The scheme pays up to £50 a day; last year it paid out £2m in total.",
     Unrelated("a per-person ceiling and an annual total with an unknown number of claimants", "£50", "£2m"),
     note="hard negative: 'up to' and no link between the two figures")
item(R, C, "2018-10-09",
     "The clinic sees 60 patients a day, Monday to Friday, about 300 a week.",
     Rate(Q("60"), "weekday", Q("300", "about", disp="about 300"), "week", how="5 working days"),
     note="hard negative for a naive x7 (420): the text says Monday to Friday")
item(R, C, "2020-02-18",
     "The pumps move a million litres an hour - 24 million litres a day.",
     Rate(Q("1 million", disp="a million"), "hour", Q("24 million"), "day"))
item(R, X, "2020-02-18",
     "The pumps move a million litres an hour - 2.4 million litres a day.",
     Rate(Q("1 million", disp="a million"), "hour", Q("2.4 million"), "day"), twin=T)
item(R, C, "2022-08-30",
     "Nearly 2,000 people a day are crossing the border, close to 60,000 a month.",
     Rate(Q("2,000", "nearly", disp="Nearly 2,000"), "day", Q("60,000", "nearly", disp="close to 60,000"), "month"))
item(R, X, "2022-08-30",
     "Nearly 2,000 people a day are crossing the border, close to 600,000 a month.",
     Rate(Q("2,000", "nearly", disp="Nearly 2,000"), "day", Q("600,000", "nearly", disp="close to 600,000"), "month"),
     twin=T)
item(R, X, "2019-07-23",
     "The hospital trust spends £45,000 a day on agency staff, over £30 million a year.",
     Rate(Q("£45,000"), "day", Q("£30 million", "more", disp="over £30 million"), "year"))
item(R, X, "2018-06-26",
     "The burst main was losing 500 litres a minute, or 30,000 litres a day.",
     Rate(Q("500"), "minute", Q("30,000"), "day"), note="30,000 is the hourly figure")

# ==========================================================================
# repeated_quantity
# ==========================================================================
R = "repeated_quantity"
item(R, X, "2019-03-05",
     "The charity has received a $2 million grant from the Hallam Foundation to expand its literacy programme.\n\n"
     "Chief executive Mara Lind said the $2 billion grant would fund 40 new teachers over three years.",
     Same(Q("$2 million"), Q("$2 billion"), "grant"))
item(R, C, "2019-03-05",
     "The charity has received a $2 million grant from the Hallam Foundation to expand its literacy programme.\n\n"
     "Chief executive Mara Lind said the $2m grant would fund 40 new teachers over three years.",
     Same(Q("$2 million"), Q("$2m"), "grant"), twin=T)
item(R, C, "2016-11-15",
     "The plant will create 3,200 jobs, the company said. Ministers welcomed the roughly 3,000 new jobs as a vote of confidence in the region.",
     Same(Q("3,200"), Q("3,000", "about", disp="roughly 3,000"), "number of jobs"), note="rounded restatement")
item(R, X, "2021-05-11",
     "The firm's 1,200-strong workforce will be balloted next week. Union officials said all 2,100 workers had been sent voting papers.",
     Same(Q("1,200"), Q("2,100"), "workforce"))
item(R, C, "2021-05-11",
     "The firm's 1,200-strong workforce will be balloted next week. Union officials said all 1,200 workers had been sent voting papers.",
     Same(Q("1,200"), Q("1,200"), "workforce"), twin=T)
item(R, X, "2017-08-21",
     "The attack killed 43 people, officials said. Funerals for the 34 victims were held on Saturday.",
     Same(Q("43"), Q("34"), "death toll"), note="digit transposition")
item(R, C, "2017-08-21",
     "The attack killed 43 people, officials said. Funerals for the 43 victims were held on Saturday.",
     Same(Q("43"), Q("43"), "death toll"), twin=T)
item(R, C, "2020-01-28",
     "The council spent £2m on the scheme in 2019; the whole programme will cost £2bn over 20 years.",
     Unrelated("one year's spending versus the whole programme", "£2m", "£2bn"),
     note="hard negative: m vs bn, but different quantities")
item(R, X, "2018-09-17",
     "A crowd of 40,000 packed the stadium on Saturday. Police later praised the behaviour of the 4,000-strong crowd.",
     Same(Q("40,000"), Q("4,000"), "crowd"))
item(R, C, "2022-09-30",
     "Initial estimates put the damage at $2 million; by Friday the figure had been revised to $20 million.",
     Unrelated("an explicit revision, not a repetition", "$2 million", "$20 million"),
     note="hard negative: the text says the figure changed")
item(R, X, "2015-12-08",
     "The inquiry published its 250-page report on Monday. Critics said the 25-page report ignored key evidence.",
     Same(Q("250"), Q("25"), "report length"))
item(R, C, "2023-02-06",
     "A 7.2-magnitude earthquake struck off the coast early on Sunday. The magnitude-7.2 quake was felt 300km away.",
     Same(Q("7.2"), Q("7.2"), "magnitude"))
item(R, X, "2023-02-06",
     "A 7.2-magnitude earthquake struck off the coast early on Sunday. The magnitude 6.2 quake was felt 300km away.",
     Same(Q("7.2"), Q("6.2"), "magnitude"), twin=T)
item(R, C, "2024-06-12",
     "Britain's 67 million people will be affected, including London's nine million residents.",
     Unrelated("a part and the whole", "67 million", "nine million"), note="hard negative: different groups")
item(R, X, "2020-10-06",
     "The company, which employs 8,000 people, said the restructuring would affect all of its 80,000 employees.",
     Same(Q("8,000"), Q("80,000"), "headcount"))
item(R, C, "2020-10-06",
     "The company, which employs 8,000 people, said the restructuring would affect all of its eight thousand employees.",
     Same(Q("8,000"), Q("8,000", disp="eight thousand"), "headcount"), twin=T, note="digits vs words")
item(R, C, "2018-04-16",
     "About 500 people attended the vigil on Sunday. Organisers thanked the 480 who came despite the rain.",
     Same(Q("500", "about", disp="About 500"), Q("480"), "attendance"), note="'about 500' covers 480")
item(R, X, "2022-11-29",
     "Shareholders approved the £1.2bn deal on Tuesday. The £12bn takeover is expected to complete in March.",
     Same(Q("£1.2bn"), Q("£12bn"), "deal value"))
item(R, C, "2022-11-29",
     "Shareholders approved the £1.2bn deal on Tuesday. The £1.2 billion takeover is expected to complete in March.",
     Same(Q("£1.2bn"), Q("£1.2 billion"), "deal value"), twin=T, note="bn vs billion")
item(R, X, "2019-05-14",
     "The bridge is 1.4km long and carries four lanes of traffic. The 14km bridge took six years to build.",
     Same(Q("1.4", disp="1.4km"), Q("14", disp="14km"), "bridge length"))
item(R, X, "2021-09-02",
     "The museum holds 2.5 million objects, but only about 1% are on display. Curators hope the new wing will let visitors see more of its 250,000 objects.",
     Same(Q("2.5 million"), Q("250,000"), "size of the collection"))
item(R, X, "2023-10-10",
     "The fund has $3.4 billion under management. Investors in the $4.3 billion fund have been told to expect lower returns.",
     Same(Q("$3.4 billion"), Q("$4.3 billion"), "fund size"))
item(R, C, "2024-01-22",
     "Storm Ewan left 120,000 homes without power on Sunday; by Monday evening 12,000 were still waiting to be reconnected.",
     Unrelated("the homes still cut off are a subset of those that lost power", "120,000", "12,000"),
     note="hard negative: a factor of ten, but a subset")
item(R, X, "2017-02-13",
     "Police seized 2.3 tonnes of cocaine in the raid. Officers said the 230kg haul had a street value of £180m.",
     Same(Q("2300", disp="2.3 tonnes"), Q("230", disp="230kg"), "size of the seizure"))

# ==========================================================================
# currency_conversion
# ==========================================================================
R = "currency_conversion"
item(R, C, "2019-01-31",
     "The club paid €5m (£4.3m) for the striker, who has signed a four-year contract.",
     Fx(Q("€5m"), "EUR", Q("£4.3m"), "GBP"))
item(R, X, "2019-01-31",
     "The club paid €5m (£8.3m) for the striker, who has signed a four-year contract.",
     Fx(Q("€5m"), "EUR", Q("£8.3m"), "GBP"), twin=T)
item(R, C, "2017-07-20",
     "The company was fined $10 million (£7.7 million) for breaching sanctions.",
     Fx(Q("$10 million"), "USD", Q("£7.7 million"), "GBP"))
item(R, X, "2017-07-20",
     "The company was fined $10 million (£17 million) for breaching sanctions.",
     Fx(Q("$10 million"), "USD", Q("£17 million"), "GBP"), twin=T)
item(R, C, "2022-11-29",
     "Shareholders backed the £1.2bn ($1.5bn) takeover by a large majority.",
     Fx(Q("£1.2bn"), "GBP", Q("$1.5bn"), "USD"))
item(R, X, "2022-11-29",
     "Shareholders backed the £1.2bn ($960m) takeover by a large majority.",
     Fx(Q("£1.2bn"), "GBP", Q("$960m"), "USD"), twin=T, note="pounds converted at a euro-like rate")
item(R, C, "2018-05-03",
     "The town received a grant of €200,000 ($220,000) to restore its harbour wall.",
     Fx(Q("€200,000"), "EUR", Q("$220,000"), "USD"))
item(R, X, "2018-05-03",
     "The town received a grant of €200,000 ($22,000) to restore its harbour wall.",
     Fx(Q("€200,000"), "EUR", Q("$22,000"), "USD"), twin=T)
item(R, C, "2016-08-02",
     "The government unveiled a ¥1 trillion ($9bn) stimulus package on Tuesday.",
     Fx(Q("¥1 trillion"), "JPY", Q("$9bn"), "USD"))
item(R, X, "2016-08-02",
     "The government unveiled a ¥1 trillion ($90bn) stimulus package on Tuesday.",
     Fx(Q("¥1 trillion"), "JPY", Q("$90bn"), "USD"), twin=T)
item(R, C, "2019-06-18",
     "Canberra pledged A$50m (US$35m) to the reef protection fund.",
     Fx(Q("A$50m"), "AUD", Q("US$35m"), "USD"))
item(R, X, "2019-06-18",
     "Canberra pledged A$50m (US$70m) to the reef protection fund.",
     Fx(Q("A$50m"), "AUD", Q("US$70m"), "USD"), twin=T)
item(R, C, "2023-05-09",
     "Tickets for the final cost £450 (€520) on the official site.",
     Fx(Q("£450"), "GBP", Q("€520"), "EUR"))
item(R, X, "2023-05-09",
     "Tickets for the final cost £450 (€320) on the official site.",
     Fx(Q("£450"), "GBP", Q("€320"), "EUR"), twin=T)
item(R, C, "2021-04-27",
     "The start-up raised €5m from investors and £2m from a government grant.",
     Unrelated("two separate sums, not a conversion", "€5m", "£2m"),
     note="hard negative: two currencies side by side")
item(R, C, "2018-07-19",
     "Regulators imposed a fine of €2.4bn, equivalent to about £2.1bn.",
     Fx(Q("€2.4bn"), "EUR", Q("£2.1bn", "about", disp="about £2.1bn"), "GBP"), note="'equivalent to' instead of brackets")
item(R, X, "2018-07-19",
     "Regulators imposed a fine of €2.4bn, equivalent to about £4.1bn.",
     Fx(Q("€2.4bn"), "EUR", Q("£4.1bn", "about", disp="about £4.1bn"), "GBP"), twin=T)
item(R, C, "2020-04-14",
     "Analysts estimate the losses at $1.5 trillion (£1.1tn).",
     Fx(Q("$1.5 trillion"), "USD", Q("£1.1tn"), "GBP"))
item(R, X, "2020-04-14",
     "Analysts estimate the losses at $1.5 trillion (£1.1bn).",
     Fx(Q("$1.5 trillion"), "USD", Q("£1.1bn"), "GBP"), twin=T, note="scale slip tn -> bn")
item(R, C, "2019-10-22",
     "A ticket for the show costs $120 in New York and £120 in London.",
     Unrelated("prices in two markets, not a conversion", "$120", "£120"),
     note="hard negative: the 1:1 ratio would be outside the dollar-pound band if read as a conversion")
item(R, X, "2016-03-01",
     "The agency's budget of €850m (£1.2bn) will be cut by a tenth next year.",
     Fx(Q("€850m"), "EUR", Q("£1.2bn"), "GBP"))
item(R, X, "2021-01-12",
     "Her salary of $400,000 (£520,000) makes her the best-paid official in the state.",
     Fx(Q("$400,000"), "USD", Q("£520,000"), "GBP"))

# ==========================================================================
# age
# ==========================================================================
R = "age"
item(R, X, "2018-05-10",
     "Peter Calloway, 45, who was born in 1960, has led the company since 2009.",
     Age(45, 1960, "2018-05-10", "45", "1960"))
item(R, C, "2018-05-10",
     "Peter Calloway, 57, who was born in 1960, has led the company since 2009.",
     Age(57, 1960, "2018-05-10", "57", "1960"), twin=T)
item(R, C, "2018-06-01",
     "Born in 1990 in Leeds, the 28-year-old has won three national titles.",
     Age(28, 1990, "2018-06-01", "28-year-old", "1990"))
item(R, X, "2018-05-20",
     "The 31-year-old, who was born in March 1982, joined the club from a rival last summer.",
     Age(31, (1982, 3), "2018-05-20", "31-year-old", "March 1982"))
item(R, C, "2018-07-01",
     "Gareth Jones, 41, was born on 4 July 1976 in Swansea.",
     Age(41, "1976-07-04", "2018-07-01", "41", "4 July 1976"),
     note="birthday three days after publication")
item(R, X, "2018-07-10",
     "Gareth Jones, 41, was born on 4 July 1976 in Swansea.",
     Age(41, "1976-07-04", "2018-07-10", "41", "4 July 1976"), twin=T,
     note="same text as its twin; the 42nd birthday (4 July 2018) falls before this publication date")
item(R, C, "2019-03-15",
     "Dame Olive Tarrant, who died on Tuesday aged 88, was born in 1931 in Bristol.",
     Age(88, 1931, "2019-03-12", "88", "1931", who="she"), note="age at death (Tuesday = 12 March 2019)")
item(R, X, "2019-03-15",
     "Dame Olive Tarrant, who died on Tuesday aged 78, was born in 1931 in Bristol.",
     Age(78, 1931, "2019-03-12", "78", "1931", who="she"), twin=T)
item(R, C, "2016-08-01",
     "In 1998, aged 22, she became the youngest winner of the award. Born in 1976 in Cork, she now runs a design studio in Dublin.",
     Age(22, 1976, 1998, "22", "1976", who="she"), note="age at a past event, not at publication")
item(R, X, "2016-08-01",
     "In 1998, aged 32, she became the youngest winner of the award. Born in 1976 in Cork, she now runs a design studio in Dublin.",
     Age(32, 1976, 1998, "32", "1976", who="she"), twin=T)
item(R, C, "2018-03-01",
     "Marsh, 45, whose mother was born in 1950, is the third generation of the family to run the business.",
     Unrelated("the birth year is the mother's", "45", "1950"), note="hard negative: different person")
item(R, C, "2021-04-01",
     "The former mayor, now in his seventies, was born in 1948.",
     Age((70, 79), 1948, "2021-04-01", "in his seventies", "1948", who="he"), note="age band")
item(R, X, "2020-02-01",
     "The actress, who is in her eighties, was born in 1950 in Manchester.",
     Age((80, 89), 1950, "2020-02-01", "in her eighties", "1950", who="she"), note="age band")
item(R, C, "2023-08-15",
     "The 19-year-old, born in 2004, made her senior debut last season.",
     Age(19, 2004, "2023-08-15", "19-year-old", "2004", who="she"))
item(R, X, "2022-09-01",
     "The 17-year-old, born in 2001, made her senior debut last season.",
     Age(17, 2001, "2022-09-01", "17-year-old", "2001", who="she"), twin=T)
item(R, C, "2019-10-01",
     "Harold Finch (1940-2019), who has died aged 79, taught at the school for 35 years.",
     Age(79, 1940, 2019, "79", "1940", who="he"), note="life dates in brackets")
item(R, X, "2019-10-01",
     "Harold Finch (1932-2019), who has died aged 79, taught at the school for 35 years.",
     Age(79, 1932, 2019, "79", "1932", who="he"), twin=T)
item(R, C, "2018-11-07",
     "Rep. Dana Whitlock, 52, was born in 1966 in Dayton, Ohio.",
     Age(52, 1966, "2018-11-07", "52", "1966", who="she"))
item(R, X, "2024-03-01",
     "Kerry Ames, 25, a mother of three who was born in 1989, said she would stand again.",
     Age(25, 1989, "2024-03-01", "25", "1989", who="she"))
item(R, X, "2015-06-01",
     "The youngest member of the new parliament, 20-year-old Ellie Marr, was born in 1998.",
     Age(20, 1998, "2015-06-01", "20-year-old", "1998", who="she"))

# ==========================================================================
# duration
# ==========================================================================
R = "duration"
item(R, X, "2018-03-15",
     "After three years of war, the country's economy has shrunk by half. The war began in 2011, when peaceful protests were crushed.",
     Dur(Q("three"), 2011, "2018-03-15", "years", "three years", "2011"))
item(R, C, "2018-03-15",
     "After seven years of war, the country's economy has shrunk by half. The war began in 2011, when peaceful protests were crushed.",
     Dur(Q("seven"), 2011, "2018-03-15", "years", "seven years", "2011"), twin=T)
item(R, C, "2018-06-01",
     "The couple, who wed in 1968, are celebrating 50 years of marriage this week.",
     Dur(Q("50"), 1968, "2018-06-01", "years", "50 years", "1968"))
item(R, X, "2018-06-01",
     "The couple, who wed in 1978, are celebrating 50 years of marriage this week.",
     Dur(Q("50"), 1978, "2018-06-01", "years", "50 years", "1978"), twin=T)
item(R, C, "2019-05-01",
     "She has run the shop for two decades, since opening it in 1998.",
     Dur(Q("20", "about", disp="two decades"), 1998, "2019-05-01", "years", "two decades", "1998"),
     note="'two decades' read as a round figure")
item(R, X, "2019-05-01",
     "She has run the shop for two decades, since opening it in 2008.",
     Dur(Q("20", "about", disp="two decades"), 2008, "2019-05-01", "years", "two decades", "2008"), twin=T)
item(R, X, "2018-04-01",
     "The 10-year contract, signed in 2015, runs until 2030.",
     Dur(Q("10"), 2015, 2030, "years", "10-year", "2015", "2030"))
item(R, C, "2018-04-01",
     "The 10-year contract, signed in 2015, runs until 2025.",
     Dur(Q("10"), 2015, 2025, "years", "10-year", "2015", "2025"), twin=T)
item(R, C, "2013-02-01",
     "The bridge, which took four years to build, opened in 2012; work began in 2008.",
     Dur(Q("four"), 2008, 2012, "years", "four years", "2008", "2012"))
item(R, X, "2013-02-01",
     "The bridge, which took four years to build, opened in 2012; work began in 2003.",
     Dur(Q("four"), 2003, 2012, "years", "four years", "2003", "2012"), twin=T)
item(R, X, "2019-04-10",
     "The six-month investigation began in January and concluded in March.",
     Dur(Q("six"), (2019, 1), (2019, 3), "months", "six-month", "January", "March"))
item(R, C, "2019-04-10",
     "The six-month investigation began in September and concluded in March.",
     Dur(Q("six"), (2018, 9), (2019, 3), "months", "six-month", "September", "March"), twin=T,
     note="September resolved to 2018 (the March before publication is 2019)")
item(R, C, "2019-07-01",
     "The three-day festival runs from 12 to 14 July.",
     Dur(Q("three"), "2019-07-12", "2019-07-14", "days_inclusive", "three-day", "12", "14 July"))
item(R, X, "2019-07-01",
     "The three-day festival runs from 12 to 18 July.",
     Dur(Q("three"), "2019-07-12", "2019-07-18", "days_inclusive", "three-day", "12", "18 July"), twin=T)
item(R, C, "2019-09-01",
     "For nearly a decade, since 2010, the site has stood empty.",
     Dur(Q("10", "nearly", disp="nearly a decade"), 2010, "2019-09-01", "years", "nearly a decade", "2010"))
item(R, X, "2019-09-01",
     "For more than a decade, since 2014, the site has stood empty.",
     Dur(Q("10", "more", disp="more than a decade"), 2014, "2019-09-01", "years", "more than a decade", "2014"),
     twin=T)
item(R, C, "2018-05-01",
     "After 12 years in office, having first been elected in 2006 and re-elected in 2010, the mayor is stepping down.",
     Dur(Q("12"), 2006, "2018-05-01", "years", "12 years", "2006"),
     note="hard negative: count from the first election, not the re-election")
item(R, X, "2018-05-01",
     "After 12 years in office, having first been elected in 2010 and re-elected in 2014, the mayor is stepping down.",
     Dur(Q("12"), 2010, "2018-05-01", "years", "12 years", "2010"), twin=T)
item(R, C, "2020-04-02",
     "The strike, now in its fifth week, began on 3 March.",
     Dur(Q("5", disp="fifth"), "2020-03-03", "2020-04-02", "week_ordinal", "fifth week", "3 March"),
     note="ordinal week: 2 April is day 31 counting 3 March as day 1")
item(R, X, "2020-03-20",
     "The strike, now in its fifth week, began on 3 March.",
     Dur(Q("5", disp="fifth"), "2020-03-03", "2020-03-20", "week_ordinal", "fifth week", "3 March"), twin=T,
     note="same text as its twin; on 20 March the strike is only in its third week (day 18)")
item(R, X, "2023-01-20",
     "The 48-hour stoppage ran from 6am on 16 January to 6am on 17 January.",
     Dur(Q("48"), "2023-01-16T06:00", "2023-01-17T06:00", "hours", "48-hour", "6am on 16 January", "6am on 17 January"))
item(R, C, "2023-01-20",
     "The 48-hour stoppage ran from 6am on 16 January to 6am on 18 January.",
     Dur(Q("48"), "2023-01-16T06:00", "2023-01-18T06:00", "hours", "48-hour", "6am on 16 January", "6am on 18 January"),
     twin=T)

# ==========================================================================
# articles: a clean version whose every checkable relation is listed (and
# must hold), and a planted twin made by replacing ONE phrase, which breaks
# exactly one relation of the named rule.
# ==========================================================================
ARTICLES = []


def article(aid, published, text, checks, old, new, rule, planted_check, replaces=None, spans=None,
            note=None, expected=None):
    text = text.strip()
    assert rule in RULES
    for t in (text,):
        n = len(t.split())
        assert 200 <= n <= 400, "%s: %d words" % (aid, n)
    for c in checks:
        assert c.ok("tight"), "%s clean fails: %s" % (aid, c.words())
        for d in c.disps():
            if d is not None:
                assert occurrences(text, d), "%s: %r not in clean text" % (aid, d)
    for frag, dt, wd, good in scan_weekdays(text, published):
        assert good, "%s: weekday error in clean text %r" % (aid, frag)
    occ = occurrences(text, old)
    assert len(occ) == 1, "%s: planted phrase %r occurs %d times" % (aid, old, len(occ))
    region = (occ[0], occ[0] + len(old))
    # every other relation must be untouched by the replacement
    for k, c in enumerate(checks):
        if k == replaces:
            continue
        for d in c.disps():
            if d is None:
                continue
            for o in occurrences(text, d):
                assert o + len(d) <= region[0] or o >= region[1], \
                    "%s: planted phrase overlaps figure %r of another check" % (aid, d)
    ptext = text[:region[0]] + new + text[region[1]:]
    n = len(ptext.split())
    assert 200 <= n <= 400, "%s planted: %d words" % (aid, n)
    bad = _failing(planted_check, "lenient")
    assert len(bad) == 1, "%s: planted check should fail once: %s" % (aid, planted_check.words())
    for d in planted_check.disps():
        if d is not None:
            assert occurrences(ptext, d), "%s: %r not in planted text" % (aid, d)
    if replaces is not None:
        assert checks[replaces].__class__ is planted_check.__class__ or isinstance(planted_check, All)
    for frag, dt, wd, good in scan_weekdays(ptext, published):
        if not good:
            assert rule == "weekday", "%s: stray weekday error in planted text %r" % (aid, frag)
    sp = sorted(find_span(ptext, p) for p in (spans or bad[0].disps()))
    assert any(a <= region[0] + len(new) and b >= region[0] for a, b in sp), \
        "%s: spans do not cover the planted change" % aid
    ARTICLES.append({"id": aid + "-clean", "published": published, "text": text, "planted": None})
    rec = {"id": aid + "-planted", "published": published, "text": ptext,
           "planted": {"rule": rule, "spans": sp, "expected": expected or bad[0].words()}}
    if note:
        rec["planted"]["note"] = note
    rec["planted"]["changed"] = {"from": old, "to": new}
    ARTICLES.append(rec)


# --------------------------------------------------------------------------
article("A01", "2024-02-22", """
Harrowby council approves £412m budget as tax bills rise

Councillors in Harrowby approved a £412m budget for 2024-25 on Wednesday night, including a 4.99% rise in council tax that will add £88 a year, or about £1.70 a week, to the bill for a typical Band D home. Band D bills will rise to £1,851.

The budget was passed by 38 votes to 21, with three abstentions, a full turnout of the council's 62 members.

Adult social care will again take the largest share, £148m, followed by children's services (£97m), housing and environment (£83m) and transport (£52m). The remaining £32m will go on central services and debt repayments.

Council leader Sarah Okafor said the authority's grant from central government had fallen from £96m in 2015 to £71m this year, a drop of more than a quarter, while demand for adult care had risen every year. "We have had to find £61m of savings since 2019 and we must find another £18.5m by 2026," she said.

The opposition leader, Tom Whitcombe, said the council was "balancing the books on the backs of residents". His group's alternative budget, which would have frozen council tax and paid for it by cutting £9m from the transport programme and selling two office buildings, was rejected by 40 votes to 19, with the same three councillors abstaining.

About 1,100 posts will be affected by a restructuring of back-office services, although the council said most of the reductions would come from not filling vacancies. Unison said 230 of its members faced compulsory redundancy.

The finance director, Helen Marsh, told the meeting that the council's reserves stood at £40m, enough to cover about five weeks of spending, and warned that the authority could not rely on them to fill future gaps.
""", [
    Rate(Q("£1.70", "about", disp="about £1.70"), "week", Q("£88"), "year"),
    Change(Q("1763", disp="£1,763 (£1,851 - £88)", implicit=True), Q("£1,851"), Q("4.99%"), "pct", "up"),
    Sum([Q("38"), Q("21"), Q("three")], Q("62")),
    Sum([Q("£148m"), Q("£97m"), Q("£83m"), Q("£52m"), Q("£32m")], Q("£412m")),
    Change(Q("£96m"), Q("£71m"), Q("a quarter", "more", disp="more than a quarter"), "pct", "down"),
    Sum([Q("40"), Q("19"), Q("three", disp="three councillors")], Q("62")),
    Rate(Q("£412m"), "year", Q("£40m"), "five weeks", mult=(5 / 52.18, 5 / 52), how="5 weeks out of 52"),
], "children's services (£97m)", "children's services (£117m)", "parts_total",
    Sum([Q("£148m"), Q("£117m"), Q("£83m"), Q("£52m"), Q("£32m")], Q("£412m")), replaces=3,
    spans=["£148m", "£117m", "£83m", "£52m", "£32m", ("£412m", 1)])

# --------------------------------------------------------------------------
article("A02", "2023-11-13", """
Lorry driver arrested after six-vehicle crash on M6

A lorry driver has been arrested on suspicion of dangerous driving after a six-vehicle crash on the M6 near Stafford on Saturday 11 November left 14 people in hospital.

Staffordshire Police said the collision happened at about 7.40am on the southbound carriageway between junctions 14 and 13. A coach carrying 38 passengers, most of them members of a youth football club travelling to a tournament in Birmingham, was among the vehicles involved.

Of the 14 people taken to hospital, three were seriously injured and 11 had minor injuries. Nine of those treated were children. The ambulance service said it sent 12 ambulances, two air ambulances and a hazardous area response team to the scene.

The motorway was closed in both directions for nine hours, from 8am until 5pm, while investigators examined the scene and a damaged section of the central barrier was replaced. Traffic was diverted along the A34, where queues stretched for more than five miles.

The driver, a 52-year-old man from Warrington, was released on bail on Sunday pending further inquiries.

National Highways said the stretch between junctions 13 and 15 carried about 120,000 vehicles a day and had been the scene of 43 collisions in the past five years, 17 of them serious. Campaigners have long called for a lower speed limit on the section.

Superintendent Claire Dobson said: "This was a frightening incident for everyone involved, particularly the young people on the coach. We are grateful that no one lost their life." Police have appealed for dashcam footage and asked anyone who was on the motorway between 7am and 8am that morning to come forward.
""", [
    Weekday("2023-11-11", "Saturday", "11 November"),
    Sum([Q("three"), Q("11", disp="11 had minor injuries")], Q("14")),
    Dur(Q("nine"), "2023-11-11T08:00", "2023-11-11T17:00", "hours", "nine hours", "8am", "5pm"),
], "on Saturday 11 November", "on Friday 11 November", "weekday",
    Weekday("2023-11-11", "Friday", "11 November"), replaces=0)

# --------------------------------------------------------------------------
article("A03", "2023-07-21", """
Labour takes Thornbury from Conservatives in by-election upset

Labour has won the Thornbury and Elm Vale by-election, taking a seat the Conservatives had held since it was created.

Aisha Rahman won 13,965 votes, 47.3% of the 29,500 valid votes cast, giving her a majority of 4,734 over the Conservative candidate, James Pellow, who polled 9,231.

The Conservative share of the vote fell from 52.1% at the 2019 general election to 31.3%, a drop of 20.8 percentage points, while Labour's share rose from 28.4% to 47.3%, up 18.9 points.

The Liberal Democrats came third with 3,420 votes (11.6%), the Greens fourth with 1,544 and Reform UK fifth with 812. Four other candidates shared the remaining 528 votes.

Turnout was 41.4%, with 29,500 of the constituency's 71,250 registered electors casting a valid vote, compared with 67.9% at the general election. By-election turnouts are typically far lower than at general elections, and polling day fell during the school holidays in parts of the constituency.

In her victory speech Ms Rahman, a former nurse, said voters had "sent a message about the cost of living and the state of our hospitals". Mr Pellow said the result was "disappointing but not surprising in mid-term" and that his party would win the seat back.

The by-election was called after the former MP, Sir Geoffrey Lane, resigned in May. Labour now needs to gain 124 seats at the next general election to win a majority.

Polling expert Professor Ruth Gill said the result was one of the largest falls in a Conservative vote share at a by-election since 1997. "A swing of this size, if repeated nationally, would leave the government with very few seats," she said.
""", [
    Share(Q("13,965"), Q("29,500"), Q("47.3%", disp=("47.3%"))),
    Sum([Q("9,231"), Q("4,734")], Q("13,965")),
    Share(Q("9,231"), Q("29,500"), Q("31.3%")),
    Change(Q("52.1%"), Q("31.3%"), Q("20.8 percentage points"), "pp", "down"),
    Change(Q("28.4%"), Q("47.3%"), Q("18.9 points"), "pp", "up"),
    Share(Q("3,420"), Q("29,500"), Q("11.6%")),
    Sum([Q("13,965"), Q("9,231"), Q("3,420"), Q("1,544"), Q("812"), Q("528")], Q("29,500")),
    Share(Q("29,500"), Q("71,250"), Q("41.4%")),
], "(11.6%)", "(16.1%)", "percentage",
    Share(Q("3,420"), Q("29,500"), Q("16.1%")), replaces=5, spans=["3,420", "16.1%", ("29,500", 0)])

# --------------------------------------------------------------------------
article("A04", "2024-03-14", """
Brightwell profits slide as wage and energy costs bite

Brightwell, the homewares and garden retailer, said pre-tax profit fell from £184m to £151m in the year to 31 January, a drop of 18%, as higher wages and energy bills more than offset a rise in sales.

Revenue rose 9% to £2.16bn, from £1.98bn a year earlier, helped by a strong Christmas and the opening of 11 new stores. Online sales now account for 38% of revenue, about £821m, compared with less than a third before the pandemic.

The company will close 23 of its 310 stores, about 7% of the estate, over the next two years, putting about 1,400 of its 21,000 jobs at risk. Chief executive Rachel Imrie said most affected staff would be offered roles in nearby branches and that the closures were "almost all in towns where we have a second shop within a few miles".

Ms Imrie said the wage bill had risen by £46m after the increase in the national living wage, while energy costs were £19m higher. "We have absorbed most of that rather than pass it on to customers," she said.

The final dividend is held at 6.2p a share, giving a total for the year of 9.1p.

Shares fell 14p to 212p in early trading, a fall of 6.2%. Analysts at the broker Dunmore Price said the profit figure was slightly below forecasts of £155m but that the closures would save about £30m a year from 2026.

Brightwell, which was founded in Leicester and floated on the stock market in 2005, has resisted the move to smaller high-street formats adopted by several rivals, arguing that its customers prefer large out-of-town sites with car parking.
""", [
    Change(Q("£184m"), Q("£151m"), Q("18%"), "pct", "down"),
    Change(Q("£1.98bn"), Q("£2.16bn"), Q("9%"), "pct", "up"),
    Share(Q("£821m", "about", disp="about £821m"), Q("£2.16bn"), Q("38%")),
    Share(Q("23"), Q("310"), Q("7%", "about", disp="about 7%")),
    Change(Q("226", disp="226p (212p + 14p)", implicit=True), Q("212", disp="212p"), Q("6.2%"), "pct", "down"),
], "a drop of 18%", "a drop of 28%", "change",
    Change(Q("£184m"), Q("£151m"), Q("28%", disp="a drop of 28%"), "pct", "down"), replaces=0)

# --------------------------------------------------------------------------
article("A05", "2023-10-21", """
Storm Idris: hundreds of homes flooded as river reaches record level

More than 300 homes were flooded in the Calder valley after Storm Idris brought up to 120mm of rain in 24 hours and gusts of 81mph on the exposed coast.

The River Hebble rose by 30cm an hour for six hours on Friday morning, 1.8 metres in all, before peaking at 4.1 metres at Elland Bridge just after midday, the highest level since records began in 1968.

The Environment Agency issued 48 flood warnings and 112 flood alerts, 160 in total, across northern England, as well as three severe flood warnings, meaning danger to life, in West Yorkshire.

About 2,300 homes lost power at the height of the storm. By Friday evening 1,900 had been reconnected, leaving 400 still without electricity overnight, Northern Powergrid said.

The Met Office said 164mm of rain had fallen at its Bingley station so far this month, 184% of the October average of 89mm, with more than a week of the month still to go.

Rail services between Leeds and Manchester were suspended for most of Friday after a landslip near Todmorden, and 27 schools were closed. Several roads, including the A646, remained shut on Saturday morning.

Forecasters expect a drier day on Saturday but have issued a yellow warning for rain for Sunday and Monday, when a further 30mm to 40mm could fall on saturated ground.

Council leader Jane Scott said 140 people had spent the night in rest centres and praised volunteers who had helped to evacuate a care home in Sowerby Bridge. "The clean-up will take weeks, not days," she said. "Some families will not be back in their homes before Christmas."
""", [
    Rate(Q("30", disp="30cm"), "hour", Q("180", disp="1.8 metres", h=5), "6 hours", mult=(6, 6),
         how="6 hours (cm)"),
    Sum([Q("48"), Q("112")], Q("160")),
    Sum([Q("1,900"), Q("400")], Q("2,300", "about", disp="About 2,300")),
    Share(Q("164", disp="164mm"), Q("89", disp="89mm"), Q("184%")),
], "1.8 metres in all", "3.6 metres in all", "rate",
    Rate(Q("30", disp="30cm"), "hour", Q("360", disp="3.6 metres", h=5), "6 hours", mult=(6, 6),
         how="6 hours (cm)"), replaces=0, spans=["30cm an hour", "six hours", "3.6 metres"],
    expected="30cm an hour for six hours is 180cm = 1.8 metres, not 3.6 metres")

# --------------------------------------------------------------------------
article("A06", "2023-08-10", """
Northbridge break transfer record with €58m move for Duarte

Northbridge have broken their transfer record to sign the Portuguese striker Tiago Duarte from Vitoria do Mar for an initial €58m (£50m), rising to €70m (£60.3m) with add-ons.

The 24-year-old, who was born in Braga in 1999, has signed a five-year contract worth £200,000 a week, or about £10.4m a year, making him the club's highest-paid player.

Duarte scored 22 goals in 37 appearances last season, 14 in the league and eight in cup competitions, and has won nine caps for Portugal. He was the second-highest scorer in the Portuguese top flight and was named in the league's team of the season.

The fee surpasses the £38m Northbridge paid for the midfielder Sam Keller two years ago and takes the club's spending this summer to £214m. With sales of £96m, that leaves a net spend of £118m, a figure that will be examined closely under the league's financial rules.

Manager Luis Ortega said Duarte was "exactly the kind of forward we have been missing", and confirmed that the striker would be in the squad for Saturday's opening match against Castlegate. "He is quick, he presses, and he finishes. We created a lot of chances last season and did not take enough of them," Ortega said.

Northbridge finished fourth last season, 11 points behind the champions, and scored fewer goals than any of the other teams in the top six. Their top scorer, the now-departed Marco Lind, managed 13 league goals.

The club's chief executive, Anna Frost, said the deal had been "structured responsibly", with the fee paid in instalments over four years. Vitoria do Mar will also receive 10% of any future sale.
""", [
    Fx(Q("€58m"), "EUR", Q("£50m"), "GBP"),
    Fx(Q("€70m"), "EUR", Q("£60.3m"), "GBP"),
    Age(24, 1999, "2023-08-10", "24-year-old", "1999", who="he"),
    Rate(Q("£200,000"), "week", Q("£10.4m", "about", disp="about £10.4m"), "year"),
    Sum([Q("14"), Q("eight")], Q("22")),
    Sum([Q("£96m"), Q("£118m")], Q("£214m")),
], "€70m (£60.3m)", "€70m (£96.3m)", "currency_conversion",
    Fx(Q("€70m"), "EUR", Q("£96.3m"), "GBP"), replaces=1)

# --------------------------------------------------------------------------
article("A07", "2022-04-09", """
Margaret Ellery, chronicler of the northern seaside, dies

Margaret Ellery, whose novels of northern seaside life sold more than five million copies, has died aged 91. Her publisher said she died peacefully at her home in Scarborough on Thursday.

Born in Hull on 12 May 1930, the daughter of a trawlerman and a school cook, Ellery left school at 15 and worked in a fish-processing plant before winning a scholarship to Ruskin College, Oxford, in 1952.

Her first novel, Harbour Lights, appeared in 1958 and her last, The Long Tide, in 2016: 23 novels in 58 years. The best known, The Salt Year, published in 1974, sold more than two million copies on its own and was adapted for television in 1981, when it drew audiences of up to 14 million.

In 1961, aged 31, she married the painter Donald Ellery, whom she had met at an exhibition in Whitby. He died in 2003, after 42 years of marriage, and she wrote about his death in a memoir, Low Water, which many critics consider her finest book.

She was shortlisted for the Booker Prize three times, in 1977, 1983 and 1991, and was appointed OBE in 1995. She never won a major prize and claimed not to mind. "Prizes are for people who need telling they are good," she told an interviewer in 2010.

Ellery was a fierce defender of public libraries, which she said had given her an education, and campaigned against closures in North Yorkshire well into her eighties.

She is survived by her two sons, five grandchildren and three great-grandchildren.
""", [
    Age(91, "1930-05-12", "2022-04-07", "91", "12 May 1930", who="she"),
    Age(31, "1930-05-12", 1961, "31", "12 May 1930", who="she"),
    Dur(Q("58"), 1958, 2016, "years", "58 years", "1958", "2016"),
    Dur(Q("42"), 1961, 2003, "years", "42 years", "1961", "2003"),
], "has died aged 91", "has died aged 86", "age",
    Age(86, "1930-05-12", "2022-04-07", "86", "12 May 1930", who="she"), replaces=0,
    note="death on Thursday = 7 April 2022 (publication Saturday 9 April); birthday 12 May not yet reached")

# --------------------------------------------------------------------------
article("A08", "2024-09-12", """
Dalmar war shows no sign of ending as aid runs short

Five years after fighting broke out in September 2019, the war in the northern province of Dalmar has killed an estimated 48,000 people, including at least 11,500 civilians, according to the United Nations.

Of the 2.4 million people who have fled their homes, 1.6 million are displaced within the country and 800,000 have crossed into neighbouring states, most of them to camps along the eastern border where conditions are described by aid workers as desperate.

The UN's humanitarian appeal for this year, $1.8bn, is only 27% funded, leaving agencies with about $486m so far. The World Food Programme said it had cut rations in the camps by a third in July and would have to cut them again in November unless more money arrived.

In the provincial capital, Kessra, the population has fallen from about 900,000 before the war to roughly 350,000, a decline of more than half. Much of the old city has been destroyed by shelling, and the main hospital has been hit at least four times.

A ceasefire agreed in March 2021 lasted 11 weeks before collapsing amid accusations from both sides. Talks hosted by regional governments resumed this summer but have made little progress, and neither the government nor the rebel alliance has shown much interest in compromise.

"There is a generation of children in Dalmar who have known nothing but war," said Amira Haddad, the UN's humanitarian co-ordinator. "Every year we say it cannot get worse, and every year it does."

Diplomats say the conflict has drawn in at least three foreign powers, which supply weapons and, in some cases, fighters to the warring parties.
""", [
    Dur(Q("five", disp="Five"), (2019, 9), "2024-09-12", "years", "Five years", "September 2019"),
    Sum([Q("11,500")], Q("48,000"), mode="including"),
    Sum([Q("1.6 million"), Q("800,000")], Q("2.4 million")),
    Share(Q("$486m", "about", disp="about $486m"), Q("$1.8bn"), Q("27%")),
    Change(Q("900,000", "about", disp="about 900,000"), Q("350,000", "about", disp="roughly 350,000"),
           Q("half", "more", disp="more than half"), "pct", "down"),
], "Five years after fighting broke out", "Eight years after fighting broke out", "duration",
    Dur(Q("eight", disp="Eight"), (2019, 9), "2024-09-12", "years", "Eight years", "September 2019"), replaces=0)

# --------------------------------------------------------------------------
article("A09", "2022-06-07", """
Norvale agrees $4.2bn cash deal for rival Quillpoint

Norvale, the Texas-based payroll software company, has agreed to buy its rival Quillpoint for $4.2bn in cash, creating the second-largest provider of workplace software in North America.

The offer of $38 a share is a 31% premium to Quillpoint's closing price of $29 on Friday, before reports of the talks emerged over the weekend. Quillpoint shares jumped in early trading on Monday but remained below the offer price, suggesting some investors doubt the deal will be completed.

Quillpoint's revenue rose from $740m to $910m last year, an increase of 23%, but the company has yet to make an annual profit. It employs about 3,600 people, mostly in Austin and Toronto.

Norvale's chief executive, Dana Ruiz, said the combined company would serve more than 90,000 businesses. She expects to cut costs by $180m a year within three years, partly by closing overlapping offices, but would not say how many jobs would go. "This is about growth, not cuts," she said.

Both boards have approved the deal, but it needs clearance from competition regulators in the US and Canada. If it is blocked on competition grounds, Norvale will pay Quillpoint a break fee of $150m. Shareholders will vote on the $4.2bn deal in September, and the companies expect it to complete before the end of the year.

Analysts said the price was steep for a business that is still losing money, but that Norvale had little choice after losing several large customers to Quillpoint in the past two years. "They are buying the competitor they could not beat," said Leah Morton of the research firm Carrow & Bell.

Norvale shares fell 4% on the news.
""", [
    Change(Q("$29"), Q("$38"), Q("31%"), "pct", "up"),
    Change(Q("$740m"), Q("$910m"), Q("23%"), "pct", "up"),
    Same(Q("$4.2bn", disp=("$4.2bn")), Q("$4.2bn"), "deal value"),
], "the $4.2bn deal in September", "the $2.4bn deal in September", "repeated_quantity",
    Same(Q("$4.2bn"), Q("$2.4bn"), "deal value"), replaces=2, spans=[("$4.2bn", 1), "$2.4bn"],
    note="the headline repeats the correct $4.2bn")

# --------------------------------------------------------------------------
article("A10", "2023-03-17", """
Financial adviser 'defrauded 212 investors of £6.4m', court hears

A financial adviser defrauded 212 investors of £6.4m over four years, spending the money on racehorses, a villa in Portugal and a collection of classic cars, a court has heard.

Daniel Royce, 34, of Knutsford, Cheshire, denies 19 counts of fraud and three of money laundering. His trial began at Manchester Crown Court on Monday 13 March 2023 and is expected to last about six weeks, with the jury due to be sent out by Friday 21 April.

Opening the case for the prosecution, Catherine Bell KC told the 12-strong jury of seven women and five men that between 2015 and 2019 Royce had persuaded clients, most of them retired, to move their savings into what he described as a low-risk property bond. The bond did not exist, she said.

Of the 212 investors, 147 lost their entire savings. One couple in their eighties handed over £310,000, the proceeds of the sale of their house.

Ms Bell said Royce, who was born in 1988 and qualified as an adviser at 23, had "a likeable manner and a complete absence of conscience". He sent clients regular statements showing healthy returns, the court heard, while transferring their money to accounts in his own name and that of his former partner.

The scheme collapsed in November 2019 when a client's son, an accountant, asked to see the bond's documentation. Royce was arrested at Manchester Airport the following month with £18,000 in cash and a one-way ticket to Faro.

The Financial Conduct Authority, which brought the prosecution, said it had recovered about £1.9m of the missing money so far.

The trial continues.
""", [
    Weekday("2023-03-13", "Monday", "13 March 2023"),
    Weekday("2023-04-21", "Friday", "21 April"),
    Dur(Q("six", "about", disp="about six weeks"), "2023-03-13", "2023-04-21", "weeks", "about six weeks",
        "13 March 2023", "21 April"),
    Sum([Q("seven"), Q("five")], Q("12", disp="12-strong")),
    Age(34, 1988, "2023-03-17", "34", "1988", who="he"),
    Dur(Q("four"), 2015, 2019, "years", "four years", "2015", "2019"),
], "on Monday", "on Tuesday", "weekday",
    Weekday("2023-03-13", "Tuesday", "13 March 2023"), replaces=0)

# --------------------------------------------------------------------------
article("A11", "2024-01-11", """
Hospital waits rise again as A&E has worst December on record

The number of patients in England waiting more than 18 weeks for planned hospital treatment rose from 412,000 to 468,000 in the year to November, an increase of 14%, according to figures published on Thursday.

The proportion of A&E patients seen within four hours fell from 74.1% in November to 70.3% in December, a drop of 3.8 percentage points, against a target of 76% by March. Of the 1.48 million attendances in December, 1.04 million were seen within four hours.

Ambulances took an average of 47 minutes to reach category two patients, such as those with suspected strokes or heart attacks, against a target of 18 minutes. Some 2,100 patients waited more than 12 hours on trolleys in corridors after a decision to admit them.

Health leaders blamed a combination of flu, Covid and a strike by junior doctors in the first week of the month. NHS England said 88,000 appointments and operations had been rescheduled because of the strike.

The overall waiting list stood at 7.6 million, slightly down on the previous month. The government has promised to eliminate waits of more than 65 weeks by September, a target it has already missed once.

"Staff are working incredibly hard, but the system is under enormous strain," said Dr Miriam Shah, medical director of the Royal College of Emergency Medicine. "Patients are being treated in corridors and ambulances are queuing outside. This is not safe."

A Department of Health spokesperson said record funding had been made available and that the number of patients waiting more than 18 months had fallen by two-thirds over the past year.
""", [
    Change(Q("412,000"), Q("468,000"), Q("14%"), "pct", "up"),
    Change(Q("74.1%"), Q("70.3%"), Q("3.8 percentage points"), "pp", "down"),
    Share(Q("1.04 million"), Q("1.48 million"), Q("70.3%")),
], "an increase of 14%", "an increase of 41%", "change",
    Change(Q("412,000"), Q("468,000"), Q("41%", disp="an increase of 41%"), "pct", "up"), replaces=0)

# --------------------------------------------------------------------------
article("A12", "2023-06-26", """
Festival crowds brave heat as record 210,000 attend

A record crowd of 210,000 attended the Wyvern Fields festival over five days, from Wednesday 21 June to Sunday 25 June, despite temperatures of more than 30C on the site near Glastonbury.

Organisers said more than 1,000 acts had performed on 90 stages. Saturday's headliners drew the largest audience of the weekend, with police estimating 95,000 people in front of the main stage.

Tickets, priced at £335, sold out in 40 minutes last October. The festival raised £3.2m for charity: £1.5m for WaterAid, £1m for a wildlife trust and £700,000 for a homelessness charity.

St John Ambulance treated 2,850 people, most of them for heat exhaustion, sunburn and minor injuries, and 41 were taken to hospital. Water stations handed out free drinking water throughout the weekend, and organisers brought in extra misting tents after Thursday's temperatures reached 31C.

Avon and Somerset Police made 38 arrests, down from 52 last year, mostly for drug offences and theft from tents. Superintendent Mark Dunne said the behaviour of the vast majority of the 210,000 festival-goers had been "exemplary".

The clean-up, which involves about 1,500 volunteers, is expected to take six weeks. Organisers said 72% of rubbish collected last year had been recycled and they hoped to beat that figure.

Founder Michael Avis said the festival would take a fallow year in 2024 to let the land recover, as it does every five years. "The farm needs a rest and so do we," he said. Tickets for 2025 go on sale in the autumn.
""", [
    Dur(Q("five"), "2023-06-21", "2023-06-25", "days_inclusive", "five days", "21 June", "25 June"),
    Weekday("2023-06-21", "Wednesday", "21 June"),
    Weekday("2023-06-25", "Sunday", "25 June"),
    Sum([Q("£1.5m"), Q("£1m"), Q("£700,000")], Q("£3.2m")),
    Same(Q("210,000"), Q("210,000"), "attendance"),
], "of the 210,000 festival-goers", "of the 120,000 festival-goers", "repeated_quantity",
    Same(Q("210,000"), Q("120,000"), "attendance"), replaces=4, spans=[("210,000", 1), "120,000"],
    note="the headline also gives 210,000; the span is the body's first mention")

# --------------------------------------------------------------------------
article("A13", "2018-07-19", """
Brussels fines Veritek record €4.3bn over app store rules

The European Commission has fined the US technology company Veritek a record €4.3bn (£3.8bn) for abusing its dominance of app distribution on mobile phones, and ordered it to change its practices within 90 days or face further penalties.

The fine is the largest ever imposed by the EU on a single company for breaching competition rules, surpassing the €2.4bn penalty imposed on Veritek last year for favouring its own shopping service in search results. Together the two fines total €6.7bn.

The competition commissioner said Veritek had used its control of the app store to block rival payment services since 2011, seven years ago, denying consumers choice and pushing up prices for developers. "This is not about the size of the company. It is about the way it has behaved," she said.

Veritek, which made a profit of $12.7bn last year on revenue of $110bn, said it would appeal. "Our platform has created more choice, not less, and we will challenge this decision in the courts," a spokesman said.

The company could face penalties of up to 5% of its average daily worldwide turnover if it fails to comply with the order. It has already paid the fine imposed last year while it appeals against it.

App developers welcomed the ruling. A coalition of 40 European software firms, which lodged the original complaint in 2015, said the decision would "finally open up the market".

Shares in Veritek fell 1.6% in pre-market trading in New York. Analysts said the fine itself would have little effect on the company, which holds about $90bn in cash, but that changes to its business model could cost it far more.
""", [
    Fx(Q("€4.3bn"), "EUR", Q("£3.8bn"), "GBP"),
    Sum([Q("€4.3bn"), Q("€2.4bn")], Q("€6.7bn")),
    Dur(Q("seven"), 2011, "2018-07-19", "years", "seven years", "2011"),
], "(£3.8bn)", "(£5.8bn)", "currency_conversion",
    Fx(Q("€4.3bn"), "EUR", Q("£5.8bn"), "GBP"), replaces=0, spans=[("€4.3bn", 1), "£5.8bn"])

# --------------------------------------------------------------------------
article("A14", "2021-11-02", """
Chemicals group Halden names Priya Anand as first female chief executive

Halden, the speciality chemicals group, has appointed Priya Anand, 47, as its chief executive, making her the first woman to run the company in its 130-year history.

Anand, who was born in Nairobi in 1974 and grew up in Leicester, joined Halden in 2004, aged 30, after a doctorate in chemical engineering at Imperial College London. She has run its coatings division since 2016 and is credited with turning it from a loss-making business into the group's most profitable unit.

She succeeds Tom Hale, 64, who has led the company for 14 years since taking over in 2007 and will retire at the end of March. Under Hale, Halden doubled in size through a series of acquisitions, the largest of them the purchase of the Dutch firm Verbeek in 2014.

Anand takes over a business with 18,400 employees in 31 countries and sales last year of $6.8bn, 62% of them outside North America, or about $4.2bn. The company is under pressure from investors to cut its carbon emissions, and last month it set a target of reaching net zero by 2040.

"Priya has a deep understanding of our customers and our technology, and a clear view of where the industry is going," said the chairman, Sir Colin Maitland. Analysts welcomed the appointment, though some had expected an external candidate.

Halden shares rose 2% on the news. Anand's pay package will include a base salary of $1.3m, a figure the company said was below that of her predecessor.

She said her priorities would be "growth in Asia, faster innovation and making sure we are a place where the best people want to work".
""", [
    Age(47, 1974, "2021-11-02", "47", "1974", who="she"),
    Age(30, 1974, 2004, "30", "1974", who="she"),
    Dur(Q("14"), 2007, "2021-11-02", "years", "14 years", "2007"),
    Share(Q("$4.2bn", "about", disp="about $4.2bn"), Q("$6.8bn"), Q("62%")),
], "Priya Anand, 47", "Priya Anand, 53", "age",
    Age(53, 1974, "2021-11-02", "53", "1974", who="she"), replaces=0)

# --------------------------------------------------------------------------
article("A15", "2023-08-18", """
Wildfire burns 54,000 hectares as thousands flee

A wildfire in the hills north of Valdora has burned 54,000 hectares, an area of 540 square kilometres, since it began on 6 August, making it the largest in the region's recorded history.

Fire chiefs said the 12-day-old blaze had at times spread at up to 9,000 hectares a day, driven by strong winds and temperatures above 40C. About 26,000 residents have been evacuated from 14 towns and villages, and 320 homes have been destroyed.

Some 1,850 firefighters are tackling the flames, including 620 sent from neighbouring countries under a European mutual aid scheme. Water-bombing aircraft are dropping 2.1 million litres a day, about 14.7 million litres a week, taken from reservoirs and the sea.

Five people have died, three firefighters and two residents who refused to leave their homes. Regional president Elena Vasquez declared three days of mourning and said the dead firefighters would receive the region's highest civilian honour.

Scientists said the fire had been made more likely by a winter and spring with less than half the normal rainfall. The region has had its hottest July since records began, with an average temperature of 29.4C.

The fire front was about 60km long on Thursday evening, but officials said that cooler weather forecast for the weekend offered the first real chance to bring it under control.

"We are fighting a monster," said fire service spokesman Jorge Salas. "Our people are exhausted, but they will not stop."

Insurers estimate the damage at more than €700m. The European Union's satellite monitoring service said the smoke had been detected more than 1,000km away.
""", [
    Dur(Q("12"), "2023-08-06", "2023-08-18", "days", "12-day-old", "6 August"),
    Same(Q("54,000"), Q("54,000", disp="540 square kilometres"), "area burned, in hectares"),
    Sum([Q("620")], Q("1,850", "about", disp="Some 1,850"), mode="including"),
    Rate(Q("2.1 million"), "day", Q("14.7 million", "about", disp="about 14.7 million"), "week"),
    Sum([Q("three"), Q("two")], Q("five", disp="Five")),
], "about 14.7 million", "about 4.7 million", "rate",
    Rate(Q("2.1 million"), "day", Q("4.7 million", "about", disp="about 4.7 million"), "week"), replaces=3)

# --------------------------------------------------------------------------
article("A16", "2024-08-15", """
Fernhill College celebrates best A-level results in a decade

Students at Fernhill College in Stockport celebrated on results day, Thursday 15 August, after the sixth-form college recorded its best A-level grades for ten years.

The college's 1,240 entries produced 340 A* or A grades, 410 Bs, 280 Cs and 210 grades of D or below. That means 27.4% of entries were graded A* or A, up from 25.1% last year, a rise of 2.3 percentage points. Nationally, 27.8% of entries achieved the top two grades.

Of the 512 students who sat A-levels this summer, 431, or 84%, secured a place at their first-choice university, and a further 38 found places through clearing. Fourteen students won places at Oxford or Cambridge, the most in the college's history.

Principal Gemma Okonkwo said the results were a tribute to students who had begun their courses while schools were still recovering from the pandemic. "Many of them missed large parts of their GCSE years. What they have achieved is remarkable," she said.

Among the highest achievers was 18-year-old Kasia Nowak, who gained four A* grades in maths, further maths, physics and chemistry and will study engineering at Cambridge. "I still can't quite believe it," she said. "I was awake at five this morning."

The college, which has about 1,050 students across its two year groups, was rated outstanding by Ofsted in March. It has expanded its science laboratories and plans to open a new digital skills centre next year.

Teachers' unions said the national picture was more mixed, with a widening gap between results in state and independent schools, and called for more funding for sixth-form education, which they said had fallen in real terms since 2010.
""", [
    Weekday("2024-08-15", "Thursday", "15 August"),
    Sum([Q("340"), Q("410"), Q("280"), Q("210")], Q("1,240")),
    Share(Q("340"), Q("1,240"), Q("27.4%")),
    Change(Q("25.1%"), Q("27.4%"), Q("2.3 percentage points"), "pp", "up"),
    Share(Q("431"), Q("512"), Q("84%")),
], "280 Cs", "310 Cs", "parts_total",
    Sum([Q("340"), Q("410"), Q("310"), Q("210")], Q("1,240")), replaces=1)

# --------------------------------------------------------------------------
article("A17", "2022-05-05", """
Nearly four in ten adults skipping meals to save money, survey finds

Almost four in ten adults in Britain have skipped meals in the past month to save money, according to a survey for the food poverty charity Fairshare.

The poll of 2,046 adults, carried out last week, found that 38%, or 777 people, had skipped a meal. Among the 512 respondents aged 18 to 24 the figure rose to 51%, or 261 people, the highest of any age group.

Nearly a quarter (23%) said they had used a food bank or community pantry at least once since the start of the year, and 14% said they had gone a whole day without eating.

The proportion who said they were struggling to pay their energy bills rose from 31% last October to 44% in the latest survey, an increase of 13 points, ahead of a further rise in the price cap in October. Among households with a prepayment meter, the figure was 61%.

Two-thirds of parents with children under five said they had cut back on food for themselves so that their children could eat, the survey found.

Fairshare's chief executive, Lorna Beattie, said: "These are not people who have never had to worry before. They are nurses, carers and delivery drivers, working full time and still going hungry." The charity is calling on the government to raise benefits in line with inflation, which reached 9% in March, and to extend free school meals to all children in families receiving universal credit.

A government spokesperson said it was providing £22bn of support with the cost of living this year, including a £150 council tax rebate for most households, and that it would "keep the situation under review".

The survey was weighted to be representative of the adult population.
""", [
    Share(Q("777"), Q("2,046"), Q("38%")),
    Share(Q("777"), Q("2,046"), Q("40%", "nearly", disp="Almost four in ten")),
    Share(Q("261"), Q("512"), Q("51%")),
    Same(Q("a quarter", "nearly", disp="Nearly a quarter"), Q("23%"), "food bank share"),
    Change(Q("31%"), Q("44%"), Q("13 points"), "pp", "up"),
], "or 261 people", "or 216 people", "percentage",
    Share(Q("216"), Q("512"), Q("51%")), replaces=2)

# --------------------------------------------------------------------------
article("A18", "2022-12-15", """
Rail passengers face more disruption as strikes continue

Rail workers began a 48-hour strike at 00:01 on Tuesday 13 December, ending at 23:59 on Wednesday 14 December, the latest walkout in a long-running dispute over pay, jobs and working conditions.

Only about 20% of services ran, around 4,000 of the usual 20,000 trains, with some lines closed altogether and most services that did run finishing by 6pm. Network Rail said it had drafted in managers to work as signallers on key routes.

The dispute began in June, six months ago, when members of the RMT union first walked out. The union, which represents about 40,000 workers at Network Rail and 14 train companies, says the offer of a 5% pay rise this year and 4% next year falls well short of inflation, which stood at 10.7% in November.

A further 48-hour strike is planned from Friday 16 December to Saturday 17 December, and an overtime ban will run over Christmas and the new year. Union leaders said they were willing to return to talks "at any time", but only if the offer was improved.

Retailers and hospitality firms have warned that the strikes are costing them heavily in what should be their busiest weeks of the year. UKHospitality estimated that the December walkouts would cost the sector £1.5bn in lost trade.

The transport secretary said the offer was "fair and reasonable" and urged union members to accept it. "Passengers and businesses have had enough of this disruption," he said.

Commuters at London Bridge described a quiet but frustrating morning. "I have been working from home whenever I can," said Sarah Pike, 41, an accountant. "But I can't keep doing this."
""", [
    Dur(Q("48"), "2022-12-13T00:01", "2022-12-14T23:59", "hours", "48-hour", "00:01 on Tuesday 13 December",
        "23:59 on Wednesday 14 December"),
    Weekday("2022-12-13", "Tuesday", "13 December"),
    Weekday("2022-12-14", "Wednesday", "14 December"),
    Share(Q("4,000", "about", disp="around 4,000"), Q("20,000"), Q("20%", "about", disp="about 20%")),
    Dur(Q("six"), (2022, 6), "2022-12-15", "months", "six months", "June"),
    Weekday("2022-12-16", "Friday", "16 December"),
    Weekday("2022-12-17", "Saturday", "17 December"),
], "a 48-hour strike at 00:01", "a 72-hour strike at 00:01", "duration",
    Dur(Q("72"), "2022-12-13T00:01", "2022-12-14T23:59", "hours", "72-hour", "00:01 on Tuesday 13 December",
        "23:59 on Wednesday 14 December"), replaces=0,
    note="the second strike, 16-17 December, is also 48 hours and is untouched")

# --------------------------------------------------------------------------
article("A19", "2024-05-20", """
Ashworth Town seal promotion after record-breaking season

Ashworth Town finished the season with 86 points, an improvement of 25 on last season's 61, to win the league title and promotion for the first time since 1998.

They won 26 of their 38 matches, drew eight and lost four, scoring 81 goals and conceding 33, a goal difference of 48. Their home record was the best in the country: they were unbeaten at Mill Lane all season.

Average home attendance rose from 24,300 to 29,800, an increase of 23%, and the club says it has a waiting list of 4,000 for season tickets next year, when the ground's capacity will rise to 32,000 after the completion of a new stand.

Striker Leo Marsh, 27, scored 29 of the goals, more than a third of the team's total, and was named player of the year by both the supporters' club and the league. Marsh, who was born in 1996 in Rochdale, joined from a non-league club four years ago for a fee of £45,000.

Manager Kath Doyle, appointed in 2021, three years ago, when the club was close to the relegation places, said the squad had "earned every single point". She added: "The players have been magnificent. When I arrived, people were talking about survival. Now look at us."

Owner Raj Sethi said he would increase the playing budget for next season but would not "gamble the future of the club". Ashworth's wage bill this season was £6.1m, less than half that of several rivals.

The club will parade the trophy through the town centre on Sunday, and organisers expect a crowd of more than 20,000.
""", [
    Change(Q("61"), Q("86"), Q("25"), "abs", "up"),
    Sum([Q("26"), Q("eight"), Q("four", disp="lost four")], Q("38")),
    Sum([Q("33"), Q("48")], Q("81")),
    Change(Q("24,300"), Q("29,800"), Q("23%"), "pct", "up"),
    Share(Q("29"), Q("81"), Q("a third", "more", disp="more than a third")),
    Age(27, 1996, "2024-05-20", "27", "1996", who="he"),
    Dur(Q("three"), 2021, "2024-05-20", "years", "three years", "2021"),
], "an increase of 23%", "an increase of 32%", "change",
    Change(Q("24,300"), Q("29,800"), Q("32%", disp="an increase of 32%"), "pct", "up"), replaces=3)

# --------------------------------------------------------------------------
article("A20", "2022-10-20", """
Asylum hotel bill reaches £6.5m a day

The Home Office is spending £6.5m a day on hotels for asylum seekers, about £2.4bn a year, as a backlog of claims leaves tens of thousands of people waiting months for a decision.

The number of people housed in hotels rose from 26,000 in June to 37,000 in September, a rise of more than 40%, according to figures given to MPs on the home affairs committee. About 9,000 of them are children.

The department now has 395 hotels in use, up from 202 in June, many of them in seaside towns where local councils have complained about the pressure on schools and GP surgeries.

The backlog of asylum claims awaiting an initial decision has reached 96,000, of which 63,000 have waited more than six months, almost two-thirds. In 2014, fewer than one in ten applicants waited that long.

The permanent secretary told the committee that the number of asylum caseworkers had risen from 600 to 1,000 over the past year, but that many were newly trained and were processing fewer cases than experienced staff. The department aimed to have 1,300 caseworkers in post by March.

Charities said the use of hotels was expensive and unsuitable for families, and called for a faster decision-making process. "People are stuck in single rooms for a year or more, unable to work and unable to plan their lives," said Enver Solomon of the Refugee Council.

The Home Office said it was working to find cheaper accommodation, including former military sites, and that the number of people crossing the Channel in small boats, more than 33,000 so far this year, was putting the system under unprecedented strain.

Ministers have said they want to cut the hotel bill by half within a year.
""", [
    Rate(Q("£6.5m"), "day", Q("£2.4bn", "about", disp="about £2.4bn"), "year"),
    Change(Q("26,000"), Q("37,000"), Q("40%", "more", disp="more than 40%"), "pct", "up"),
    Share(Q("63,000"), Q("96,000"), Q("two-thirds", "nearly", disp="almost two-thirds")),
], "about £2.4bn a year", "about £1.4bn a year", "rate",
    Rate(Q("£6.5m"), "day", Q("£1.4bn", "about", disp="about £1.4bn"), "year"), replaces=0,
    spans=[("£6.5m", 1), "about £1.4bn"], note="the headline repeats £6.5m a day")


# ==========================================================================
# output
# ==========================================================================

def main():
    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids))
    summary = {}
    for r in RULES:
        c = sum(1 for it in ITEMS if it["rule"] == r and it["consistent"])
        x = sum(1 for it in ITEMS if it["rule"] == r and not it["consistent"])
        assert c == x and c + x >= 16, (r, c, x)
        summary[r] = (c, x)
    for it in ITEMS:
        for a, b in it["spans"]:
            assert 0 <= a < b <= len(it["text"])
    assert len(ARTICLES) == 40
    planted_rules = [a["planted"]["rule"] for a in ARTICLES if a["planted"]]
    assert set(planted_rules) == set(RULES), set(RULES) - set(planted_rules)

    with open(os.path.join(HERE, "blind-checks.jsonl"), "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "blind-checks-articles.jsonl"), "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")

    print("blind-checks.jsonl: %d items" % len(ITEMS))
    for r in RULES:
        print("  %-20s consistent %2d  inconsistent %2d" % (r, *summary[r]))
    print("blind-checks-articles.jsonl: %d lines (%d articles)" % (len(ARTICLES), len(ARTICLES) // 2))
    for r in RULES:
        print("  planted %-20s %d" % (r, planted_rules.count(r)))
    words = [len(a["text"].split()) for a in ARTICLES]
    print("  article length %d-%d words" % (min(words), max(words)))


if __name__ == "__main__":
    main()
