"""Helpers for building and checking the republication-lens blind sets.

Everything here is independent of the product: dates are computed with the
standard library only. The labels themselves are written by hand in build.py;
this module locates spans, derives the mechanical rewrite and cross-checks the
hand-written anchors against an independent resolver.
"""
import datetime as dt
import json
import re

D = dt.date
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
NUMS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "18": 18, "nine": 9}
CLASSES = {"relative_date", "present_state", "then_future", "running_figure"}


def fday(x):
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def fmonth(y, m):
    return f"{MONTHS[m - 1]} {y}"


def iso_monday(y, w):
    return D.fromisocalendar(y, w, 1)


def week_value(x):
    c = x.isocalendar()
    return f"{c.year}-W{c.week:02d}"


ANCHOR_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|NI|MO|AF|EV))?)?)?"
    r"|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{4}-H[12]|\d{4}-Q[1-4]|\d{3}"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF|P\d+[YMWD])$")


def anchor_bounds(a, southern=False):
    """(first day, last day) covered by a TIMEX3 value, or None."""
    if a is None or a.endswith("_REF") or a.startswith("P"):
        return None
    m = re.match(r"^(\d{4})-W(\d{2})(-WE)?$", a)
    if m:
        mon = iso_monday(int(m[1]), int(m[2]))
        if m[3]:
            return mon + dt.timedelta(5), mon + dt.timedelta(6)
        return mon, mon + dt.timedelta(6)
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)$", a)
    if m:
        y = int(m[1])
        if southern:
            return None
        start = {"SP": (y, 3), "SU": (y, 6), "FA": (y, 9), "WI": (y, 12)}[m[2]]
        s = D(start[0], start[1], 1)
        e = D(y + 1, 3, 1) - dt.timedelta(1) if m[2] == "WI" else \
            D(y, start[1] + 3, 1) - dt.timedelta(1)
        return s, e
    m = re.match(r"^(\d{4})-H([12])$", a)
    if m:
        y = int(m[1])
        return (D(y, 1, 1), D(y, 6, 30)) if m[2] == "1" else (D(y, 7, 1), D(y, 12, 31))
    m = re.match(r"^(\d{4})-Q([1-4])$", a)
    if m:
        y, q = int(m[1]), int(m[2])
        s = D(y, 3 * q - 2, 1)
        e = D(y + 1, 1, 1) - dt.timedelta(1) if q == 4 else D(y, 3 * q + 1, 1) - dt.timedelta(1)
        return s, e
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", a)
    if m:
        x = D(int(m[1]), int(m[2]), int(m[3]))
        return x, x
    m = re.match(r"^(\d{4})-(\d{2})$", a)
    if m:
        y, mo = int(m[1]), int(m[2])
        e = D(y + 1, 1, 1) if mo == 12 else D(y, mo + 1, 1)
        return D(y, mo, 1), e - dt.timedelta(1)
    m = re.match(r"^(\d{4})$", a)
    if m:
        y = int(m[1])
        return D(y, 1, 1), D(y, 12, 31)
    m = re.match(r"^(\d{3})$", a)
    if m:
        y = int(m[1]) * 10
        return D(y, 1, 1), D(y + 9, 12, 31)
    return None


def dates_in_anchor_text(a):
    """Strings that must appear in reads_as for a given anchor."""
    if a is None or a.endswith("_REF") or a.startswith("P"):
        return []
    m = re.match(r"^(\d{4})-W(\d{2})(-WE)?$", a)
    if m:
        mon = iso_monday(int(m[1]), int(m[2]))
        if m[3]:
            sun = mon + dt.timedelta(6)
            return [f"{sun.day} {MONTHS[sun.month - 1]} {sun.year}"]
        return [f"the week of {fday(mon)}"]
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", a)
    if m:
        return [fday(D(int(m[1]), int(m[2]), int(m[3])))]
    m = re.match(r"^(\d{4})-(\d{2})$", a)
    if m:
        return [fmonth(int(m[1]), int(m[2]))]
    m = re.match(r"^(\d{4})", a)
    if m:
        return [m[1]]
    m = re.match(r"^(\d{3})$", a)
    if m:
        return [m[1] + "0s"]
    return []


# ---------------------------------------------------------------- resolver
def _month_index(word):
    for i, n in enumerate(MONTHS):
        if word.lower() == n.lower():
            return i + 1
    return None


def resolve(span, ref, direction):
    """Independent resolver for the commoner expressions.

    Returns the expected TIMEX3 value or None when the expression is not
    covered. ``ref`` is the reference date (publication, or the day the
    quoted words were spoken); ``direction`` is 'past' or 'future'.
    """
    s = span.lower().strip()
    s = re.sub(r"^(early|late|earlier|later) (?=(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))", "", s)
    s = re.sub(r"^(early|late) (?=(next|last|this) (year|month|week))", "", s)
    s = re.sub(r"^the (start|beginning) of (?=(next|last|this) (year|month))", "", s)
    m = re.match(r"^(last|next) (january|february|march|april|may|june|july|august|september|october|november|december)$", s)
    if m:
        mo = _month_index(m[2])
        if m[1] == "last":
            y = ref.year if mo < ref.month else ref.year - 1
        else:
            y = ref.year if mo > ref.month else ref.year + 1
        return f"{y}-{mo:02d}"
    one = dt.timedelta(1)
    simple = {"yesterday": ref - one, "today": ref, "tomorrow": ref + one,
              "the day before yesterday": ref - 2 * one}
    if s in simple:
        return simple[s].isoformat()
    parts = {"tonight": (ref, "NI"), "last night": (ref - one, "NI"),
             "late last night": (ref - one, "NI"), "this morning": (ref, "MO"),
             "this afternoon": (ref, "AF"), "this evening": (ref, "EV"),
             "tomorrow morning": (ref + one, "MO"),
             "yesterday morning": (ref - one, "MO"),
             "yesterday afternoon": (ref - one, "AF")}
    if s in parts:
        x, p = parts[s]
        return f"{x.isoformat()}T{p}"
    m = re.match(r"^(last |next |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", s)
    if m:
        wd = WEEKDAYS.index(m[2].capitalize())
        if m[1] == "last " or (m[1] is None and direction == "past"):
            strict = m[1] == "last "
            x = ref if not strict else ref - one
            while x.weekday() != wd:
                x -= one
            return x.isoformat()
        x = ref + one
        while x.weekday() != wd:
            x += one
        return x.isoformat()
    weeks = {"last week": -7, "this week": 0, "next week": 7,
             "earlier this week": 0, "later this week": 0}
    if s in weeks:
        return week_value(ref + dt.timedelta(weeks[s]))
    if s in ("the weekend", "this weekend", "last weekend"):
        if direction == "past":
            x = ref
            while x.weekday() != 6:
                x -= one
        else:
            x = ref + one
            while x.weekday() != 6:
                x += one
        return week_value(x) + "-WE"

    def addm(k):
        y, mo = ref.year, ref.month + k
        while mo < 1:
            y, mo = y - 1, mo + 12
        while mo > 12:
            y, mo = y + 1, mo - 12
        return f"{y}-{mo:02d}"
    months = {"last month": -1, "this month": 0, "next month": 1,
              "earlier this month": 0, "later this month": 0,
              "the end of the month": 0, "the end of next month": 1,
              "this time last year": -12}
    if s in months:
        return addm(months[s])
    years = {"last year": -1, "this year": 0, "next year": 1,
             "earlier this year": 0, "later this year": 0,
             "the end of the year": 0, "the end of this year": 0,
             "the end of next year": 1}
    if s in years:
        return str(ref.year + years[s])
    m = re.match(r"^(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? (ago|from now)$", s)
    if m:
        n = NUMS.get(m[1]) or int(m[1])
        sign = -1 if m[3] == "ago" else 1
        if m[2] == "day":
            return (ref + sign * n * one).isoformat()
        if m[2] == "week":
            return week_value(ref + sign * 7 * n * one)
        if m[2] == "month":
            return addm(sign * n)
        return str(ref.year + sign * n)
    mo = _month_index(s)
    if mo:
        if direction == "past":
            y = ref.year if mo <= ref.month else ref.year - 1
        else:
            y = ref.year if mo > ref.month else ref.year + 1
        return f"{y}-{mo:02d}"
    m = re.match(r"^([a-z]+) (\d{1,2})$", s) or re.match(r"^(\d{1,2}) ([a-z]+)$", s)
    if m:
        a, b = m[1], m[2]
        mo = _month_index(a) or _month_index(b)
        day = int(b) if _month_index(a) else int(a)
        if mo:
            for y in (ref.year - 1, ref.year, ref.year + 1) if direction == "future" else (ref.year + 1, ref.year, ref.year - 1):
                x = D(y, mo, day)
                if direction == "future" and x > ref:
                    return x.isoformat()
                if direction == "past" and x <= ref:
                    return x.isoformat()
    m = re.match(r"^the (\d{1,2})(st|nd|rd|th)$", s)
    if m:
        day = int(m[1])
        if direction == "past":
            x = D(ref.year, ref.month, 1)
            if day > ref.day:
                x = (x - one).replace(day=1)
            return x.replace(day=day).isoformat()
        x = D(ref.year, ref.month, 1)
        if day <= ref.day:
            x = (x + dt.timedelta(32)).replace(day=1)
        return x.replace(day=day).isoformat()
    seasons = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
    m = re.match(r"^(last|this|next|the coming) (spring|summer|autumn|fall|winter)$", s)
    if m:
        code = seasons[m[2]]
        cands = [f"{y}-{code}" for y in range(ref.year - 2, ref.year + 3)]
        spans = [(c, anchor_bounds(c)) for c in cands]
        if m[1] == "last":
            done = [c for c, b in spans if b[1] < ref]
            return done[-1]
        if m[1] in ("next", "the coming"):
            fut = [c for c, b in spans if b[0] > ref]
            return fut[0]
        cur = [c for c, b in spans if b[0].year == ref.year or (code == "WI" and b[1].year == ref.year)]
        return cur[0] if code != "WI" else None
    return None


# ---------------------------------------------------------------- building
def locate(text, phrase, occ):
    i = -1
    for _ in range(occ):
        i = text.find(phrase, i + 1)
        if i < 0:
            raise ValueError(f"phrase {phrase!r} occurrence {occ} not in {text!r}")
    return i, i + len(phrase)


def in_quote(text, start, end):
    q1 = text[:start].count('"') % 2 == 1
    q2 = text[:end].count('"') % 2 == 1
    assert q1 == q2, (text, start, end)
    return q1


def pub_month(p):
    return fmonth(p.year, p.month)


def quote_note(f, said):
    """Attribution note used as the suggestion for findings inside quotes."""
    base = f"said in {said}" if not said[0].isdigit() else f"said on {said}"
    if f["class"] == "present_state":
        return base
    if f["class"] == "running_figure":
        return f"{base}; \"{f['text']}\" was {f['reads_as']}"
    tail = ": check what happened" if f["class"] == "then_future" else ""
    return f"{base}; \"{f['text']}\" meant {f['reads_as']}{tail}"


def apply_rewrites(text, findings):
    out = text
    for f in sorted(findings, key=lambda f: -f["start"]):
        if f["in_quote"] or f["class"] == "then_future":
            continue
        out = out[:f["start"]] + f["suggestion"] + out[f["end"]:]
    return out


def word_count(text):
    return len(re.findall(r"\S+", text))
