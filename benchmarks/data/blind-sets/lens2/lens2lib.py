"""Helpers for the second blind lens set: a date resolver (datetime only),
anchor formatting, span location and checks. Written from the contract."""
import datetime as dt
import re

D = dt.date
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PREPS = {"on", "in", "since", "by", "until", "from", "of", "before", "after", "during",
         "for", "at", "through", "to", "as", "till", "between", "and"}


def iso(d):
    return d.isoformat()


def week_val(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_monday(y, w):
    return D.fromisocalendar(y, w, 1)


def add_months(d, n):
    m = d.month - 1 + n
    return D(d.year + m // 12, m % 12 + 1, 1)


def ym(d):
    return f"{d.year}-{d.month:02d}"


def resolve(spec, p):
    """Return the TIMEX3 value for a spec relative to publication date p."""
    if spec.startswith("raw:"):
        return spec[4:]
    if "@" in spec and spec.split("@")[1].startswith("T"):   # e.g. wd+Tuesday@TEV
        base, part = spec.split("@")
        return resolve(base, p) + part
    if spec == "midnight":          # the midnight that opens the publication day
        return iso(p) + "T00:00"
    if spec == "yearago+1":         # "a year ago tomorrow"
        t = p + dt.timedelta(1)
        return iso(t.replace(year=t.year - 1))
    m = re.fullmatch(r"mon@year([+-]\d+):(\w+)", spec)   # "January last year"
    if m:
        return f"{p.year + int(m.group(1))}-{MONTHS.index(m.group(2)) + 1:02d}"
    m = re.fullmatch(r"lastseason:(SP|SU|FA|WI)", spec)  # most recent such season ended before p
    if m:
        code = m.group(1)
        for y in (p.year, p.year - 1, p.year - 2):
            iv = interval(f"{y}-{code}")
            if iv[1] < p:
                return f"{y}-{code}"
    if spec in ("today",):
        return iso(p)
    if spec == "yesterday":
        return iso(p - dt.timedelta(1))
    if spec == "dby":
        return iso(p - dt.timedelta(2))
    if spec == "tomorrow":
        return iso(p + dt.timedelta(1))
    if spec == "tonight":
        return iso(p) + "TNI"
    if spec == "lastnight":
        return iso(p - dt.timedelta(1)) + "TNI"
    if spec == "tomorrownight":
        return iso(p + dt.timedelta(1)) + "TNI"
    for part, code in (("morning", "TMO"), ("afternoon", "TAF"), ("evening", "TEV")):
        if spec == "this" + part:
            return iso(p) + code
        if spec == "yesterday" + part:
            return iso(p - dt.timedelta(1)) + code
        if spec == "tomorrow" + part:
            return iso(p + dt.timedelta(1)) + code
    m = re.fullmatch(r"wd(--|-|\+|\+\+|w\+)(\w+)", spec)
    if m:
        sign, name = m.groups()
        k = DAYS.index(name)
        if sign == "-":      # most recent such day, publication day included
            delta = (p.weekday() - k) % 7
            return iso(p - dt.timedelta(delta))
        if sign == "--":     # most recent strictly before publication
            delta = (p.weekday() - k) % 7 or 7
            return iso(p - dt.timedelta(delta))
        if sign == "+":      # next strictly after publication
            delta = (k - p.weekday()) % 7 or 7
            return iso(p + dt.timedelta(delta))
        if sign == "w+":     # "a week on Thursday": the next such day, plus seven
            delta = (k - p.weekday()) % 7 or 7
            return iso(p + dt.timedelta(delta + 7))
        if sign == "++":     # the one in the following ISO week ("next Tuesday" said as week after)
            mon = p - dt.timedelta(p.weekday()) + dt.timedelta(7)
            return iso(mon + dt.timedelta(k))
    m = re.fullmatch(r"week([+-]\d+)?", spec)
    if m:
        n = int(m.group(1) or 0)
        return week_val(p + dt.timedelta(7 * n))
    m = re.fullmatch(r"weekend([+-])", spec)
    if m:
        if m.group(1) == "-":   # most recent Saturday strictly before p (or Sat/Sun containing p)
            delta = (p.weekday() - 5) % 7
            sat = p - dt.timedelta(delta if delta else 7) if p.weekday() != 6 else p - dt.timedelta(1)
        else:
            delta = (5 - p.weekday()) % 7
            sat = p + dt.timedelta(delta)
        return week_val(sat) + "-WE"
    m = re.fullmatch(r"month([+-]\d+)?", spec)
    if m:
        return ym(add_months(p, int(m.group(1) or 0)))
    m = re.fullmatch(r"year([+-]\d+)?", spec)
    if m:
        return str(p.year + int(m.group(1) or 0))
    m = re.fullmatch(r"quarter([+-]\d+)?", spec)
    if m:
        q = (p.month - 1) // 3 + int(m.group(1) or 0)
        y = p.year + q // 4
        return f"{y}-Q{q % 4 + 1}"
    m = re.fullmatch(r"mon([+-])(\w+)", spec)
    if m:
        sign, name = m.groups()
        k = MONTHS.index(name) + 1
        if sign == "-":   # most recent such month strictly before the publication month
            y = p.year if k < p.month else p.year - 1
        else:             # next such month strictly after the publication month
            y = p.year if k > p.month else p.year + 1
        return f"{y}-{k:02d}"
    m = re.fullmatch(r"ago:(\d+):(\w+)", spec)
    if m:
        n, u = int(m.group(1)), m.group(2)
        if u == "days":
            return iso(p - dt.timedelta(n))
        if u == "weeks":
            return week_val(p - dt.timedelta(7 * n))
        if u == "months":
            return ym(add_months(p, -n))
        if u == "years":
            return str(p.year - n)
    m = re.fullmatch(r"ahead:(\d+):(\w+)", spec)
    if m:
        n, u = int(m.group(1)), m.group(2)
        if u == "days":
            return iso(p + dt.timedelta(n))
        if u == "weeks":
            return week_val(p + dt.timedelta(7 * n))
        if u == "months":
            return ym(add_months(p, n))
        if u == "years":
            return str(p.year + n)
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", spec)
    if m:
        return spec
    if re.fullmatch(r"\d{4}(-\d\d)?", spec):
        return spec
    if spec in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return spec
    raise ValueError(spec)


def interval(v):
    """(first day, last day) covered by a date-like anchor, or None."""
    if v is None:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", v)
    if m:
        d = D.fromisoformat(m.group(0))
        return d, d
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v)
    if m:
        mon = week_monday(int(m.group(1)), int(m.group(2)))
        if m.group(3):
            return mon + dt.timedelta(5), mon + dt.timedelta(6)
        return mon, mon + dt.timedelta(6)
    m = re.fullmatch(r"(\d{4})-(\d\d)", v)
    if m:
        d = D(int(m.group(1)), int(m.group(2)), 1)
        return d, add_months(d, 1) - dt.timedelta(1)
    m = re.fullmatch(r"(\d{4})-Q(\d)", v)
    if m:
        d = D(int(m.group(1)), 3 * int(m.group(2)) - 2, 1)
        return d, add_months(d, 3) - dt.timedelta(1)
    m = re.fullmatch(r"(\d{4})-H(\d)", v)
    if m:
        d = D(int(m.group(1)), 6 * int(m.group(2)) - 5, 1)
        return d, add_months(d, 6) - dt.timedelta(1)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:   # meteorological, northern hemisphere
        y = int(m.group(1))
        start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(2)]
        d = D(y, start, 1)
        return d, add_months(d, 3) - dt.timedelta(1)
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        y = int(v)
        return D(y, 1, 1), D(y, 12, 31)
    return None


def dmy(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt(v, with_day=False):
    """House-style reading of an anchor."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)(T(NI|MO|AF|EV))?", v)
    if m:
        d = D.fromisoformat(m.group(1))
        if m.group(3):
            part = {"NI": "night", "MO": "morning", "AF": "afternoon", "EV": "evening"}[m.group(3)]
            return f"the {part} of {dmy(d)}"
        return (DAYS[d.weekday()] + " " if with_day else "") + dmy(d)
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v)
    if m:
        mon = week_monday(int(m.group(1)), int(m.group(2)))
        if m.group(3):
            sat, sun = mon + dt.timedelta(5), mon + dt.timedelta(6)
            if sat.month == sun.month:
                return f"the weekend of {sat.day}-{sun.day} {MONTHS[sun.month-1]} {sun.year}"
            return f"the weekend of {dmy(sat)} and {dmy(sun)}"
        return f"the week of {dmy(mon)}"
    m = re.fullmatch(r"(\d{4})-(\d\d)", v)
    if m:
        return f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-Q(\d)", v)
    if m:
        return ["the first", "the second", "the third", "the fourth"][int(m.group(2)) - 1] + f" quarter of {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-H(\d)", v)
    if m:
        return ["the first", "the second"][int(m.group(2)) - 1] + f" half of {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        return {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}[m.group(2)] + " " + m.group(1)
    if re.fullmatch(r"\d{4}", v):
        return v
    raise ValueError(v)


def default_prep(v):
    if re.fullmatch(r"\d{4}-\d\d-\d\d(T..)?", v):
        return "on "
    if re.fullmatch(r"\d{4}-W\d\d-WE", v):
        return "on "
    return "in "


def month_of(p):
    return f"{MONTHS[p.month - 1]} {p.year}"


def find_span(text, phrase, occ=1, ctx=None):
    """Locate phrase as a whole word; occ = nth occurrence, or inside ctx."""
    pat = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w])")
    if ctx is not None:
        c = text.find(ctx)
        assert c >= 0, ("ctx not found", ctx)
        assert text.find(ctx, c + 1) < 0, ("ctx not unique", ctx)
        m = pat.search(text, c)
        assert m and m.end() <= c + len(ctx), ("phrase not in ctx", phrase, ctx)
        return m.start(), m.end()
    ms = list(pat.finditer(text))
    assert len(ms) >= occ, ("phrase not found", phrase, occ)
    if occ == 1 and len(ms) > 1:
        pass
    return ms[occ - 1].start(), ms[occ - 1].end()


def quote_spans(text):
    spans, start = [], None
    for i, ch in enumerate(text):
        if ch in '"\u201c\u201d':
            if start is None:
                start = i
            else:
                spans.append((start, i))
                start = None
    assert start is None, "unbalanced quotes"
    return spans


def in_quote(text, s, e):
    return any(a < s and e <= b for a, b in quote_spans(text))


def sentence_initial(text, s):
    before = text[:s].rstrip(' "\u201c')
    return before == "" or before[-1] in ".!?"


def prev_word(text, s):
    m = re.search(r"(\w+)\W*$", text[:s])
    return m.group(1).lower() if m else ""
