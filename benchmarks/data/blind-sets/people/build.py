#!/usr/bin/env python3
"""Build blind-people.jsonl: invented news articles with labelled person
mentions and quotes.

Articles are written below as plain text (paragraphs separated by a blank
line, each paragraph on one line). Labels are written as phrases; this script
finds them in the text, computes character offsets (Python str indices, i.e.
Unicode code points) and asserts text[start:end] == label text for every span.

Locator syntax (used for both people and quotes):
  "Mattis"                      the next occurrence (after the previous label
                                of the same kind) of the phrase
  "said ⟦Mr Smith⟧"             context search: the span is the bracketed part
  "We will<...>the end."        span from the first fragment to the end of the
                                second fragment (for long quotes)

People tuple:  (locator, full name, title-as-written-or-None)
               refers_to is computed: index of the first mention with the
               same full name, or None.
Quote tuple:   (locator, speaker, verb, direct)
scare:         inner text of quotation-marked strings that are NOT quotes
               (scare quotes, titles of works, nicknames, single words)
ignore:        context locators (⟦ ⟧) for name-like strings that are not person
               mentions (names inside organisation/place/prize/building names,
               company names)

Run:  python3 build.py   -> writes blind-people.jsonl next to this file and
prints statistics; any labelling inconsistency raises AssertionError.
"""
import json
import os
import re
import sys

L, R = "⟦", "⟧"
SEP = "<...>"
OPEN_MARKS = "‘“\""
CLOSE_MARKS = "’”\""
HONORIFICS = ["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady",
              "Baroness", "Prof"]

ARTICLES = []


def A(id, published, style, text, people, quotes, scare=(), ignore=()):
    ARTICLES.append(dict(id=id, published=published, style=style, text=text,
                         people=people, quotes=quotes, scare=list(scare),
                         ignore=list(ignore)))


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def norm_text(raw):
    paras = [p.strip() for p in re.split(r"\n\s*\n", raw.strip())]
    for p in paras:
        assert "\n" not in p, "paragraph contains a line break: %r" % p[:60]
    return "\n\n".join(paras)


def is_word_char(c):
    return c.isalnum() or c == "-"


def bounded(text, s, e):
    before_ok = s == 0 or not is_word_char(text[s - 1])
    after_ok = e == len(text) or not is_word_char(text[e])
    return before_ok and after_ok


def find_all(text, sub, start=0):
    out = []
    i = text.find(sub, start)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def locate(text, loc, cursor, word_bound, avoid=()):
    """Return (start, end) of the first match of locator `loc` whose start is
    >= cursor (and, for plain locators, not inside an `avoid` span)."""
    if L in loc:
        pre, rest = loc.split(L, 1)
        tgt, post = rest.split(R, 1)
        ctx = pre + tgt + post
        for p in find_all(text, ctx, max(0, cursor - len(pre))):
            s = p + len(pre)
            e = s + len(tgt)
            if s >= cursor and (not word_bound or bounded(text, s, e)):
                return s, e
        raise AssertionError("context locator not found: %r" % loc)
    if SEP in loc:
        a, b = loc.split(SEP)
        for s in find_all(text, a, cursor):
            if word_bound and not bounded(text, s, s + len(a)):
                continue
            j = text.find(b, s + len(a))
            assert j != -1, "end fragment not found: %r" % loc
            # the span must stay within one paragraph
            assert "\n" not in text[s:j + len(b)], "span crosses paragraph: %r" % loc
            return s, j + len(b)
        raise AssertionError("start fragment not found: %r" % loc)
    for s in find_all(text, loc, cursor):
        e = s + len(loc)
        if any(a_s <= s < a_e for a_s, a_e in avoid):
            continue
        if not word_bound or bounded(text, s, e):
            return s, e
    raise AssertionError("locator not found: %r" % loc)


def paragraph_bounds(text):
    bounds = []
    pos = 0
    for p in text.split("\n\n"):
        bounds.append((pos, pos + len(p)))
        pos += len(p) + 2
    return bounds


def opening_marks(text):
    """Positions of opening quotation marks (curly double, curly single when
    not an apostrophe, and straight double by parity within a paragraph)."""
    out = []
    for ps, pe in paragraph_bounds(text):
        straight = 0
        for i in range(ps, pe):
            c = text[i]
            prev = text[i - 1] if i > ps else " "
            if c == "“":
                out.append(i)
            elif c == "‘":
                if prev.isspace() or prev in "(“\"—–":
                    out.append(i)
            elif c == '"':
                if straight % 2 == 0:
                    out.append(i)
                straight += 1
    return out


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def build_article(a):
    text = norm_text(a["text"])
    n_words = len(text.split())
    assert 150 <= n_words <= 350, "%s: %d words" % (a["id"], n_words)

    # ---- ignore spans (name-like strings that are not person mentions)
    ignore_spans = []
    for loc in a["ignore"]:
        ignore_spans.append(locate(text, loc, 0, word_bound=False))

    # ---- people
    people = []
    first_by_name = {}
    cursor = 0
    for item in a["people"]:
        loc, name, title = item
        s, e = locate(text, loc, cursor, word_bound=True, avoid=ignore_spans)
        span = text[s:e]
        assert text[s:e] == span
        for h in HONORIFICS:
            assert not span.startswith(h + " ") and not span.startswith(h + ". "), \
                "%s: honorific inside span %r" % (a["id"], span)
        if title is not None:
            window = text[max(0, s - 130):e + 160]
            assert title in window, "%s: title %r not near %r" % (a["id"], title, span)
            assert not re.match(r"(the|a|an|his|her|its|their) ", title, re.I), \
                "%s: leading determiner in title %r" % (a["id"], title)
        ref = first_by_name.get(name)
        if ref is None:
            first_by_name[name] = len(people)
        people.append(dict(start=s, end=e, text=span, name=name, title=title,
                           refers_to=ref))
        cursor = e
    for x, y in zip(people, people[1:]):
        assert x["end"] <= y["start"], "%s: overlapping people" % a["id"]

    # ---- scare quotes / titles of works (not quotes)
    scare_spans = []
    for loc in a["scare"]:
        s, e = locate(text, loc, 0, word_bound=False)
        assert text[s - 1] in OPEN_MARKS and text[e] in CLOSE_MARKS, \
            "%s: scare item not in marks: %r" % (a["id"], loc)
        scare_spans.append((s, e))

    # ---- quotes
    quotes = []
    cursor = 0
    pbounds = paragraph_bounds(text)
    for loc, speaker, verb, direct in a["quotes"]:
        s, e = locate(text, loc, cursor, word_bound=False)
        span = text[s:e]
        assert span == span.strip() and span, "%s: whitespace at quote edge %r" % (a["id"], span)
        if direct:
            assert text[s - 1] in OPEN_MARKS, "%s: no opening mark before %r" % (a["id"], span[:40])
            para_end = any(e == pe for ps, pe in pbounds)
            if para_end:
                # continuing quote: paragraph ends without a closing mark and
                # the next paragraph opens with a mark
                assert text[e - 1] not in CLOSE_MARKS
                assert e + 2 < len(text) and text[e + 2] in OPEN_MARKS, \
                    "%s: paragraph-end quote not continued: %r" % (a["id"], span[-40:])
            else:
                assert text[e] in CLOSE_MARKS, "%s: no closing mark after %r" % (a["id"], span[-40:])
        else:
            assert not span.lower().startswith("that "), "%s: indirect starts with that" % a["id"]
            assert text[e] in ".,?!;", "%s: indirect not ending at clause end: %r" % (a["id"], span[-40:])
        # speaker: a labelled person's full name or a source written in the text
        assert speaker in first_by_name or speaker in text, \
            "%s: speaker %r neither a labelled person nor in text" % (a["id"], speaker)
        window = text[max(0, s - 250):e + 250]
        assert re.search(r"\b" + re.escape(verb) + r"\b", window, re.I), \
            "%s: verb %r not near quote %r" % (a["id"], verb, span[:40])
        quotes.append(dict(start=s, end=e, text=span, speaker=speaker,
                           verb=verb, direct=direct))
        cursor = s + 1

    # ---- every opening quotation mark is a direct quote, nested inside one,
    #      or a declared scare/title item
    dstarts = {q["start"] for q in quotes if q["direct"]}
    sstarts = {s for s, e in scare_spans}
    for p in opening_marks(text):
        ok = (p + 1 in dstarts or p + 1 in sstarts or
              any(q["direct"] and q["start"] <= p < q["end"] for q in quotes))
        assert ok, "%s: unlabelled quotation mark at %d: %r" % (a["id"], p, text[p:p + 40])
    for s, e in scare_spans:
        assert s not in dstarts, "%s: scare item also a direct quote" % a["id"]

    # ---- coverage: every occurrence of a labelled name token is inside a
    #      person span or an ignore span
    covered = [(p["start"], p["end"]) for p in people] + ignore_spans
    tokens = set()
    for p in people:
        for src in (p["name"], p["text"]):
            for t in src.split():
                t = t.strip('".,')
                if len(t) >= 3:
                    tokens.add(t)
    for t in sorted(tokens):
        for m in re.finditer(re.escape(t), text, re.I):
            s, e = m.start(), m.end()
            if not bounded(text, s, e):
                continue
            if not (text[s].isupper() or text[s:e] == t):
                continue
            assert any(cs <= s and e <= ce for cs, ce in covered), \
                "%s: unlabelled occurrence of %r at %d: %r" % (a["id"], t, s, text[max(0, s - 30):e + 30])

    # ---- every honorific followed by a word starts a person span or is ignored
    starts = {p["start"] for p in people}
    for m in re.finditer(r"\b(%s)\.? (?=\w)" % "|".join(HONORIFICS), text):
        e = m.end()
        ok = e in starts or any(cs <= e < ce for cs, ce in ignore_spans)
        assert ok, "%s: honorific not followed by a labelled name: %r" % (a["id"], text[m.start():e + 30])

    return dict(id=a["id"], published=a["published"], style=a["style"],
                text=text, people=people, quotes=quotes), dict(
        words=n_words, scare=[text[s:e] for s, e in scare_spans],
        ignore=[text[s:e] for s, e in ignore_spans])


# ==========================================================================
# ARTICLES
# ==========================================================================

A("P01", "2024-03-07", "UK broadsheet", """
The Chancellor of the Exchequer, Helen Marchbank, last night defended her decision to freeze fuel duty for a fifth consecutive year, despite a £4bn hole in the public finances identified by independent forecasters.

Speaking on BBC Radio 4’s Today programme, Mrs Marchbank said: ‘Families are facing real pressure at the pump. I am not going to add to that pressure while I have the means to avoid it.’

‘We have made our choices,’ she added, ‘and I will defend every one of them.’

The shadow chancellor, Tom Eddery, said the freeze was a pre-election bribe that working families would end up paying for twice over.

‘This is a Chancellor who has run out of ideas and is now running out of money,’ said Mr Eddery. ‘Every pound she gives away today will be clawed back after polling day.’

Ruth Kavanagh, director of the Institute for Fiscal Studies, told the Guardian that the Treasury’s own forecasts still assumed the freeze would end next year. ‘Nobody seriously believes that any more,’ she said.

Downing Street said the Prime Minister, Alistair Crewe, had ‘full confidence’ in his Chancellor. Mr Crewe is expected to visit a petrol station in Kent today alongside the Chancellor, Mrs Marchbank.

Treasury sources said a further announcement on business rates would follow before Easter.
""",
  people=[
    ("Helen Marchbank", "Helen Marchbank", "Chancellor of the Exchequer"),
    ("Marchbank", "Helen Marchbank", None),
    ("Tom Eddery", "Tom Eddery", "shadow chancellor"),
    ("Eddery", "Tom Eddery", None),
    ("Ruth Kavanagh", "Ruth Kavanagh", "director of the Institute for Fiscal Studies"),
    ("Alistair Crewe", "Alistair Crewe", "Prime Minister"),
    ("Crewe", "Alistair Crewe", None),
    ("Marchbank", "Helen Marchbank", "Chancellor"),
  ],
  quotes=[
    ("Families are facing<...>avoid it.", "Helen Marchbank", "said", True),
    ("We have made our choices,", "Helen Marchbank", "added", True),
    ("and I will defend every one of them.", "Helen Marchbank", "added", True),
    ("the freeze was a pre-election bribe that working families would end up paying for twice over", "Tom Eddery", "said", False),
    ("This is a Chancellor<...>money,", "Tom Eddery", "said", True),
    ("Every pound she gives<...>polling day.", "Tom Eddery", "said", True),
    ("the Treasury’s own forecasts still assumed the freeze would end next year", "Ruth Kavanagh", "told", False),
    ("Nobody seriously believes that any more,", "Ruth Kavanagh", "said", True),
    ("the Prime Minister, Alistair Crewe, had ‘full confidence’ in his Chancellor", "Downing Street", "said", False),
    ("full confidence", "Downing Street", "said", True),
    ("a further announcement on business rates would follow before Easter", "Treasury sources", "said", False),
  ])

A("P02", "2023-09-14", "US wire", """
WASHINGTON (AP) — U.S. Secretary of Defense Mark Delaney said Wednesday that the United States would send about 300 additional troops to Iraq to expand a "train-and-advise" mission against remnants of the Islamic State group.

"We are not going back into a combat role," Delaney told reporters traveling with him to Baghdad. "This is about making sure the Iraqis can finish the job themselves."

Gen. Patricia Holloway, who oversees U.S. forces in the Middle East, said the new troops would be drawn mostly from units already stationed in Kuwait.

The deployment will bring the total U.S. force in Iraq to roughly 2,800, according to two defense officials who spoke on condition of anonymity because they were not authorized to discuss troop numbers publicly.

Iraqi Prime Minister Hamid al-Jubouri welcomed the move but insisted that all foreign forces would remain under Iraqi command. A government spokesman, Saad Hadithi, told state television the request had come from Baghdad, not Washington.

The last significant increase in the U.S. presence was ordered in 2016 by then-Defense Secretary Leon Whitcombe, who said at the time that the troops would be home within a year. Most of them stayed until 2021.

Some lawmakers were skeptical. Sen. Roy Calder, a Montana Republican, wrote on X: "Three hundred today, three thousand next year. We have seen this movie before."

Delaney dismissed the comparison. "Nobody in this building wants another Iraq war," he said.
""",
  people=[
    ("Mark Delaney", "Mark Delaney", "U.S. Secretary of Defense"),
    ("Delaney", "Mark Delaney", None),
    ("Patricia Holloway", "Patricia Holloway", "Gen."),
    ("Hamid al-Jubouri", "Hamid al-Jubouri", "Iraqi Prime Minister"),
    ("Saad Hadithi", "Saad Hadithi", "government spokesman"),
    ("Leon Whitcombe", "Leon Whitcombe", "then-Defense Secretary"),
    ("Roy Calder", "Roy Calder", "Sen."),
    ("Delaney", "Mark Delaney", None),
  ],
  quotes=[
    ("the United States would send<...>Islamic State group", "Mark Delaney", "said", False),
    ("We are not going back into a combat role,", "Mark Delaney", "told", True),
    ("This is about making sure the Iraqis can finish the job themselves.", "Mark Delaney", "told", True),
    ("the new troops would be drawn mostly from units already stationed in Kuwait", "Patricia Holloway", "said", False),
    ("The deployment will bring the total U.S. force in Iraq to roughly 2,800", "two defense officials", "according to", False),
    ("all foreign forces would remain under Iraqi command", "Hamid al-Jubouri", "insisted", False),
    ("the request had come from Baghdad, not Washington", "Saad Hadithi", "told", False),
    ("the troops would be home within a year", "Leon Whitcombe", "said", False),
    ("Three hundred today<...>movie before.", "Roy Calder", "wrote", True),
    ("Nobody in this building wants another Iraq war,", "Mark Delaney", "said", True),
  ],
  scare=["train-and-advise"])

A("P03", "2019-02-13", "UK broadsheet", """
Despite mounting scepticism in Washington, German Defence Minister Ursula von der Heyden has told Nato allies that Berlin will meet its spending pledge ‘in full and on time’.

Speaking at the alliance’s headquarters in Brussels, Ms von der Heyden said Germany’s defence budget would rise to 1.5 per cent of GDP by 2024. ‘We know what we promised. We know our partners are watching,’ she said.

Her remarks came hours after the US ambassador to Nato, Kay Bellamy Hutchins, warned that American patience with slow-paying allies was running out.

Nato’s secretary general, Lars Halvorsen, struck a more conciliatory tone. ‘Germany is moving in the right direction,’ he told reporters. ‘The question is speed.’

Diplomats said the German figure still fell well short of the 2 per cent target agreed at the Wales summit in 2014. One senior Nato diplomat said several eastern European members regarded Berlin’s plan as unrealistic.

Ms Hutchins met Ms von der Heyden and Mr Halvorsen over dinner on Wednesday evening and is expected to brief the White House today. ‘We judge allies by their budgets, not by their speeches,’ she said last month.

The French armed forces minister, Florence Dumontel, is due to address the meeting on Thursday, when ministers will also discuss the alliance’s training mission in Iraq and a new command centre for the Atlantic.
""",
  people=[
    ("Ursula von der Heyden", "Ursula von der Heyden", "German Defence Minister"),
    ("von der Heyden", "Ursula von der Heyden", None),
    ("Kay Bellamy Hutchins", "Kay Bellamy Hutchins", "US ambassador to Nato"),
    ("Lars Halvorsen", "Lars Halvorsen", "Nato’s secretary general"),
    ("Hutchins", "Kay Bellamy Hutchins", None),
    ("von der Heyden", "Ursula von der Heyden", None),
    ("Halvorsen", "Lars Halvorsen", None),
    ("Florence Dumontel", "Florence Dumontel", "French armed forces minister"),
  ],
  quotes=[
    ("Berlin will meet its spending pledge ‘in full and on time’", "Ursula von der Heyden", "told", False),
    ("in full and on time", "Ursula von der Heyden", "told", True),
    ("Germany’s defence budget would rise to 1.5 per cent of GDP by 2024", "Ursula von der Heyden", "said", False),
    ("We know what we promised. We know our partners are watching,", "Ursula von der Heyden", "said", True),
    ("American patience with slow-paying allies was running out", "Kay Bellamy Hutchins", "warned", False),
    ("Germany is moving in the right direction,", "Lars Halvorsen", "told", True),
    ("The question is speed.", "Lars Halvorsen", "told", True),
    ("the German figure<...>in 2014", "Diplomats", "said", False),
    ("several eastern European members regarded Berlin’s plan as unrealistic", "One senior Nato diplomat", "said", False),
    ("We judge allies by their budgets, not by their speeches,", "Kay Bellamy Hutchins", "said", True),
  ])

A("P04", "2021-07-08", "wire (Reuters, South Africa)", """
JOHANNESBURG (Reuters) - South Africa's ex-president Sipho Mahlangu handed himself over to police late on Wednesday to begin a 15-month jail term for contempt of court, the Sipho Mahlangu Foundation said.

The Constitutional Court last month found Mahlangu guilty of defying an order to testify before a commission investigating corruption during his nine years in office. Acting Chief Justice Lindiwe Mokoena said at the time that no one was above the law.

"He has complied with the order," foundation spokesman Mzwanele Dube wrote on Twitter shortly before midnight.

Police Minister Bheki Ndlovu told a news conference in Pretoria on Thursday that the former president was being held at the Estcourt Correctional Centre in KwaZulu-Natal province. "He will be treated like any other inmate," Ndlovu said.

It is the first time a former head of state has been jailed since the end of apartheid. The Nelson Mandela Foundation said in a statement that the ruling was a victory for constitutional democracy.

Hundreds of supporters had gathered outside Mahlangu's rural homestead at Mahlabathini over the weekend, some of them armed with sticks and spears. One of them, Thulani Zungu, 43, said he had travelled from Durban to stand with the former president. "They are punishing him for fighting for us," he said.

Mahlangu has said he is the victim of a political witch-hunt. His lawyers have asked the court to rescind its ruling.
""",
  people=[
    ("Sipho Mahlangu", "Sipho Mahlangu", "South Africa's ex-president"),
    ("Mahlangu", "Sipho Mahlangu", None),
    ("Lindiwe Mokoena", "Lindiwe Mokoena", "Acting Chief Justice"),
    ("Mzwanele Dube", "Mzwanele Dube", "foundation spokesman"),
    ("Bheki Ndlovu", "Bheki Ndlovu", "Police Minister"),
    ("Ndlovu", "Bheki Ndlovu", None),
    ("Mahlangu", "Sipho Mahlangu", None),
    ("Thulani Zungu", "Thulani Zungu", None),
    ("Mahlangu", "Sipho Mahlangu", None),
  ],
  quotes=[
    ("South Africa's ex-president Sipho Mahlangu<...>contempt of court", "the Sipho Mahlangu Foundation", "said", False),
    ("no one was above the law", "Lindiwe Mokoena", "said", False),
    ("He has complied with the order,", "Mzwanele Dube", "wrote", True),
    ("the former president was being held<...>KwaZulu-Natal province", "Bheki Ndlovu", "told", False),
    ("He will be treated like any other inmate,", "Bheki Ndlovu", "said", True),
    ("the ruling was a victory for constitutional democracy", "The Nelson Mandela Foundation", "said", False),
    ("he had travelled from Durban to stand with the former president", "Thulani Zungu", "said", False),
    ("They are punishing him for fighting for us,", "Thulani Zungu", "said", True),
    ("he is the victim of a political witch-hunt", "Sipho Mahlangu", "said", False),
  ],
  ignore=["the ⟦Sipho Mahlangu⟧ Foundation", "The ⟦Nelson Mandela⟧ Foundation"])

A("P05", "2017-03-31", "US newspaper", """
RALEIGH, N.C. — Gov. Daniel Whitaker on Thursday signed a compromise measure repealing the so-called “bathroom bill,” the law that cost North Carolina hundreds of millions of dollars in canceled concerts, conventions and sporting events.

“This is not a perfect deal, but it is a good deal for North Carolina,” Whitaker said at a news conference at the state Capitol. “It begins to repair our reputation.”

The original law was signed last year by then-Gov. Patrick McElroy, who lost his re-election bid to Whitaker in November by about 10,000 votes. McElroy said in a statement that the repeal was a betrayal of the voters who had supported the law.

State Rep. Cecilia Navarro-Burke, a Democrat who voted against the compromise, argued that it left gay and transgender residents without legal protection. “We traded our principles for a basketball tournament,” she said.

The NCAA, which had moved championship games out of the state, said it would review the new law before awarding future events. Senate leader Douglas Faircloth, a Republican, tweeted: “Promise made, promise kept. The bathroom bill is history.”

Equality NC director Marisol Quintero called the measure “a fake repeal” and said her group would keep fighting in the courts.

Whitaker, a Democrat, said he expected legal challenges from both sides.
""",
  people=[
    ("Daniel Whitaker", "Daniel Whitaker", "Gov."),
    ("Whitaker", "Daniel Whitaker", None),
    ("Patrick McElroy", "Patrick McElroy", "then-Gov."),
    ("Whitaker", "Daniel Whitaker", None),
    ("McElroy", "Patrick McElroy", None),
    ("Cecilia Navarro-Burke", "Cecilia Navarro-Burke", "State Rep."),
    ("Douglas Faircloth", "Douglas Faircloth", "Senate leader"),
    ("Marisol Quintero", "Marisol Quintero", "Equality NC director"),
    ("Whitaker", "Daniel Whitaker", None),
  ],
  quotes=[
    ("This is not a perfect deal, but it is a good deal for North Carolina,", "Daniel Whitaker", "said", True),
    ("It begins to repair our reputation.", "Daniel Whitaker", "said", True),
    ("the repeal was a betrayal of the voters who had supported the law", "Patrick McElroy", "said", False),
    ("it left gay and transgender residents without legal protection", "Cecilia Navarro-Burke", "argued", False),
    ("We traded our principles for a basketball tournament,", "Cecilia Navarro-Burke", "said", True),
    ("it would review the new law before awarding future events", "The NCAA", "said", False),
    ("Promise made, promise kept. The bathroom bill is history.", "Douglas Faircloth", "tweeted", True),
    ("a fake repeal", "Marisol Quintero", "called", True),
    ("her group would keep fighting in the courts", "Marisol Quintero", "said", False),
    ("he expected legal challenges from both sides", "Daniel Whitaker", "said", False),
  ],
  scare=["bathroom bill,"])

A("P06", "2022-11-02", "Australian newspaper", """
Treasurer Daniel Okafor has warned that Australians face higher power bills next year, with last week’s budget forecasting a 56 per cent rise in electricity prices over two years.

“There is no point pretending this is going to be easy,” Dr Okafor told ABC Radio National on Wednesday. “Families are doing it tough and they will keep doing it tough for a while yet.”

Opposition Leader Mark Tuckwell said Labor had promised at the election to cut power bills by $275 and had now broken that promise. “They took that number to the people and now they can’t even say it out loud,” Mr Tuckwell told reporters in Brisbane.

Greens senator Larissa Pham-Kennedy argued the government should tax the windfall profits of gas exporters to fund rebates for low-income households.

The Prime Minister, Richard Ashby, said on Wednesday that the government was considering a temporary cap on the domestic gas price.

Energy Minister Tom Ngata told Sky News the cap would be designed in consultation with industry. “We’re not going to do anything that scares off investment,” he said. “But we’re not going to sit on our hands either.”

The Australian Energy Market Operator is due to release its quarterly report on Thursday. According to its chief executive, Kerry Blundell, wholesale prices have already begun to ease from their winter peak.
""",
  people=[
    ("Daniel Okafor", "Daniel Okafor", "Treasurer"),
    ("Okafor", "Daniel Okafor", None),
    ("Mark Tuckwell", "Mark Tuckwell", "Opposition Leader"),
    ("Tuckwell", "Mark Tuckwell", None),
    ("Larissa Pham-Kennedy", "Larissa Pham-Kennedy", "Greens senator"),
    ("Richard Ashby", "Richard Ashby", "Prime Minister"),
    ("Tom Ngata", "Tom Ngata", "Energy Minister"),
    ("Kerry Blundell", "Kerry Blundell", "chief executive"),
  ],
  quotes=[
    ("Australians face higher power bills next year<...>over two years", "Daniel Okafor", "warned", False),
    ("There is no point pretending this is going to be easy,", "Daniel Okafor", "told", True),
    ("Families are doing it tough and they will keep doing it tough for a while yet.", "Daniel Okafor", "told", True),
    ("Labor had promised at the election to cut power bills by $275 and had now broken that promise", "Mark Tuckwell", "said", False),
    ("They took that number<...>out loud,", "Mark Tuckwell", "told", True),
    ("the government should tax the windfall profits of gas exporters to fund rebates for low-income households", "Larissa Pham-Kennedy", "argued", False),
    ("the government was considering a temporary cap on the domestic gas price", "Richard Ashby", "said", False),
    ("the cap would be designed in consultation with industry", "Tom Ngata", "told", False),
    ("We’re not going to do anything that scares off investment,", "Tom Ngata", "said", True),
    ("But we’re not going to sit on our hands either.", "Tom Ngata", "said", True),
    ("wholesale prices have already begun to ease from their winter peak", "Kerry Blundell", "according to", False),
  ])

A("P07", "2023-02-01", "Indian English daily", """
NEW DELHI: Union Finance Minister Meenakshi Raghavan on Wednesday presented the Union Budget for 2023-24 in the Lok Sabha, announcing a 33 per cent hike in capital expenditure to Rs 10 lakh crore.

"This budget will lay the foundation for a developed India by 2047," Ms Raghavan said, adding that the government remained committed to bringing the fiscal deficit below 4.5 per cent of GDP by 2025-26.

Prime Minister Arvind Deshpande termed the budget "historic" and stated that it would fulfil the dreams of the aspirational middle class.

Congress president K. S. Venugopalan said the budget had nothing for the poor. "Only the rich have been remembered. The unemployed youth, the farmers, the daily wagers have all been forgotten," he told mediapersons outside Parliament.

Tamil Nadu Chief Minister M. K. Thirunavukkarasu alleged that the southern states had once again been ignored in the allocation of central funds.

According to Revenue Secretary Alok Chaturvedi, the new income tax regime will become the default option from April 1.

Industry body CII said the budget struck a fine balance between growth and fiscal prudence. CII president Rajiv Menon informed that member companies were ready to step up investment in the coming year.

The Sensex rose over 1,200 points in early trade before closing marginally higher. "The market wanted more for consumption," said Vikram Kulkarni, managing director of Mahindra Capital Advisors.
""",
  people=[
    ("Meenakshi Raghavan", "Meenakshi Raghavan", "Union Finance Minister"),
    ("Raghavan", "Meenakshi Raghavan", None),
    ("Arvind Deshpande", "Arvind Deshpande", "Prime Minister"),
    ("K. S. Venugopalan", "K. S. Venugopalan", "Congress president"),
    ("M. K. Thirunavukkarasu", "M. K. Thirunavukkarasu", "Tamil Nadu Chief Minister"),
    ("Alok Chaturvedi", "Alok Chaturvedi", "Revenue Secretary"),
    ("Rajiv Menon", "Rajiv Menon", "CII president"),
    ("Vikram Kulkarni", "Vikram Kulkarni", "managing director of Mahindra Capital Advisors"),
  ],
  quotes=[
    ("This budget will lay the foundation for a developed India by 2047,", "Meenakshi Raghavan", "said", True),
    ("the government remained committed<...>by 2025-26", "Meenakshi Raghavan", "adding", False),
    ("it would fulfil the dreams of the aspirational middle class", "Arvind Deshpande", "stated", False),
    ("the budget had nothing for the poor", "K. S. Venugopalan", "said", False),
    ("Only the rich have been remembered<...>forgotten,", "K. S. Venugopalan", "told", True),
    ("the southern states had once again been ignored in the allocation of central funds", "M. K. Thirunavukkarasu", "alleged", False),
    ("the new income tax regime will become the default option from April 1", "Alok Chaturvedi", "according to", False),
    ("the budget struck a fine balance between growth and fiscal prudence", "Industry body CII", "said", False),
    ("member companies were ready to step up investment in the coming year", "Rajiv Menon", "informed", False),
    ("The market wanted more for consumption,", "Vikram Kulkarni", "said", True),
  ],
  scare=["historic"])

A("P08", "2024-01-21", "UK sports pages", """
After a 2-1 defeat at Kingsmead City on Saturday, Eastbridge Rovers manager Ruud van Berkel insisted his side’s title challenge was still alive.

‘We lost a game, not the league,’ Van Berkel said. ‘There are 16 matches left and we’re two points behind. I’d take that at the start of any season.’

Rovers had taken the lead through Thiaguinho, the Brazilian’s 14th goal of the season, before Kingsmead’s captain, Declan O’Rourke, equalised with a header from a corner. Amadou Diallo-Sène then struck the winner in the 88th minute.

Before kick-off, both sets of supporters applauded in memory of Kingsmead’s former chairman, Sir Gerald Finch, who died last week aged 79, with the two teams lined up in front of the Sir Gerald Finch Stand.

O’Rourke, 31, dedicated the win to him. ‘Sir Gerald was Kingsmead,’ he said. ‘Everything good about this club came from him.’

Van Berkel also confirmed that Kees de Groot would miss three weeks with a hamstring injury. He said he would not be rushed into the transfer market.

‘I’m not going to panic-buy a centre-half because of one bad afternoon at Kingsmead,’ he added.
""",
  people=[
    ("Ruud van Berkel", "Ruud van Berkel", "Eastbridge Rovers manager"),
    ("Van Berkel", "Ruud van Berkel", None),
    ("Thiaguinho", "Thiaguinho", None),
    ("Declan O’Rourke", "Declan O’Rourke", "Kingsmead’s captain"),
    ("Amadou Diallo-Sène", "Amadou Diallo-Sène", None),
    ("Gerald Finch", "Gerald Finch", "Kingsmead’s former chairman"),
    ("O’Rourke", "Declan O’Rourke", None),
    ("Sir ⟦Gerald⟧ was", "Gerald Finch", None),
    ("Van Berkel", "Ruud van Berkel", None),
    ("Kees de Groot", "Kees de Groot", None),
  ],
  quotes=[
    ("his side’s title challenge was still alive", "Ruud van Berkel", "insisted", False),
    ("We lost a game, not the league,", "Ruud van Berkel", "said", True),
    ("There are 16 matches left<...>any season.", "Ruud van Berkel", "said", True),
    ("Sir Gerald was Kingsmead,", "Declan O’Rourke", "said", True),
    ("Everything good about this club came from him.", "Declan O’Rourke", "said", True),
    ("Kees de Groot would miss three weeks with a hamstring injury", "Ruud van Berkel", "confirmed", False),
    ("he would not be rushed into the transfer market", "Ruud van Berkel", "said", False),
    ("I’m not going to panic-buy<...>at Kingsmead,", "Ruud van Berkel", "added", True),
  ],
  ignore=["the Sir ⟦Gerald Finch⟧ Stand"])

A("P09", "2019-05-10", "US wire", """
VATICAN CITY — Pope Innocent XIV on Thursday issued a new law requiring all Catholic priests and nuns around the world to report clergy sexual abuse, and cover-ups by their superiors, to church authorities.

The decree, titled “You Are the Light of the World,” takes effect on June 1 and applies to every diocese.

“The crimes of sexual abuse offend Our Lord, cause physical, psychological and spiritual damage to the victims and harm the community of the faithful,” the pope wrote in the document.

Tomasz Wierzbicki, the Vatican’s top sex crimes investigator, told Vatican News that bishops could no longer claim ignorance. “There is now a legal obligation. Nobody can say, ‘I did not know what to do,’” he said.

Survivors’ groups were less impressed. Marguerite Lacombe, co-founder of the survivors’ network Ending Clergy Abuse, said the law did not go far enough because it did not require reporting to police. “The church is still policing itself,” she said.

Vatican spokesman Lorenzo Ferrante said the pope had met privately with a group of survivors before signing the decree.

Innocent XIV, who was elected in 2017, has faced criticism over his handling of abuse cases in his native Philippines. The announcement came hours before he was due to address pilgrims in St. Peter’s Square.
""",
  people=[
    ("Innocent XIV", "Innocent XIV", "Pope"),
    ("Tomasz Wierzbicki", "Tomasz Wierzbicki", "Vatican’s top sex crimes investigator"),
    ("Marguerite Lacombe", "Marguerite Lacombe", "co-founder of the survivors’ network Ending Clergy Abuse"),
    ("Lorenzo Ferrante", "Lorenzo Ferrante", "Vatican spokesman"),
    ("Innocent XIV", "Innocent XIV", None),
  ],
  quotes=[
    ("The crimes of sexual abuse<...>the faithful,", "Innocent XIV", "wrote", True),
    ("bishops could no longer claim ignorance", "Tomasz Wierzbicki", "told", False),
    ("There is now a legal obligation. Nobody can say, ‘I did not know what to do,’", "Tomasz Wierzbicki", "said", True),
    ("the law did not go far enough because it did not require reporting to police", "Marguerite Lacombe", "said", False),
    ("The church is still policing itself,", "Marguerite Lacombe", "said", True),
    ("the pope had met privately with a group of survivors before signing the decree", "Lorenzo Ferrante", "said", False),
  ],
  scare=["You Are the Light of the World,"])

A("P10", "2025-04-09", "UK broadsheet", """
Sweden’s King Gustaf VII yesterday became the first Swedish monarch in more than a decade to address both Houses of Parliament, in a speech that drew a standing ovation from MPs and peers.

Speaking in Westminster Hall, the King said: ‘Our two nations have always looked to the same sea. Today, we look to the same future.’

He was introduced by the Speaker of the House of Commons, Dame Eleanor Pryce-Jones, who described the visit as ‘a moment of real warmth between old friends’.

The prime minister, Sir Michael Okonjo, later hosted the King and Queen Annika at a lunch in Downing Street, where the two governments signed an agreement on offshore wind and carbon storage in the North Sea.

Sir Michael told reporters the deal would create 3,000 jobs on both sides of the North Sea by 2030. ‘This is what a modern partnership looks like,’ he said.

Sweden’s foreign minister, Ebba Lindqvist-Haag, said Stockholm hoped to sign a similar agreement with Norway before the end of the year.

The royal couple will today visit HMS Queen Elizabeth in Portsmouth before attending the London premiere of the Swedish drama ‘The Last Summer at Fårö’.
""",
  people=[
    ("Gustaf VII", "Gustaf VII", "Sweden’s King"),
    ("Eleanor Pryce-Jones", "Eleanor Pryce-Jones", "Speaker of the House of Commons"),
    ("Michael Okonjo", "Michael Okonjo", "prime minister"),
    ("Annika", "Annika", "Queen"),
    ("Michael", "Michael Okonjo", None),
    ("Ebba Lindqvist-Haag", "Ebba Lindqvist-Haag", "Sweden’s foreign minister"),
  ],
  quotes=[
    ("Our two nations<...>the same future.", "Gustaf VII", "said", True),
    ("a moment of real warmth between old friends", "Eleanor Pryce-Jones", "described", True),
    ("the deal would create 3,000 jobs on both sides of the North Sea by 2030", "Michael Okonjo", "told", False),
    ("This is what a modern partnership looks like,", "Michael Okonjo", "said", True),
    ("Stockholm hoped to sign a similar agreement with Norway before the end of the year", "Ebba Lindqvist-Haag", "said", False),
  ],
  scare=["The Last Summer at Fårö"])

A("P11", "2022-08-03", "US business wire", """
NEW YORK, Aug 3 (Reuters) - Brightwater Foods Inc said on Wednesday its outgoing chief executive, Carl Jameson, would be replaced by finance chief Olivia Sandoval-Reyes on Oct. 1.

Jameson, 64, has led the packaged foods maker since 2015, a period in which its shares have lost about a third of their value as shoppers switched to cheaper store brands. Shares rose 3% in early trading.

"Olivia understands this business from the numbers up," Jameson said in a statement. "I can't think of anyone better to lead Brightwater into its next chapter."

Acting chairman Thomas Pruitt, who took over from the retiring Gregory Lind in May, said the board had been planning the succession for two years.

"This is the right move, but it's not a turnaround plan," Morgan Stanley analyst Priya Natarajan wrote in a note to clients. She said investors would want to see details of cost cuts at the company's investor day in November.

Brightwater has lost market share in eight of the last ten quarters, according to data from market research firm Circana.

Sandoval-Reyes, who joined the company from Mondelez in 2019, will be the first Latina chief executive of a Fortune 500 food company, Brightwater said.
""",
  people=[
    ("Carl Jameson", "Carl Jameson", "outgoing chief executive"),
    ("Olivia Sandoval-Reyes", "Olivia Sandoval-Reyes", "finance chief"),
    ("Jameson", "Carl Jameson", None),
    ("Olivia", "Olivia Sandoval-Reyes", None),
    ("Jameson", "Carl Jameson", None),
    ("Thomas Pruitt", "Thomas Pruitt", "Acting chairman"),
    ("Gregory Lind", "Gregory Lind", None),
    ("Priya Natarajan", "Priya Natarajan", "Morgan Stanley analyst"),
    ("Sandoval-Reyes", "Olivia Sandoval-Reyes", None),
  ],
  quotes=[
    ("its outgoing chief executive, Carl Jameson, would be replaced by finance chief Olivia Sandoval-Reyes on Oct. 1", "Brightwater Foods Inc", "said", False),
    ("Olivia understands this business from the numbers up,", "Carl Jameson", "said", True),
    ("I can't think of anyone better to lead Brightwater into its next chapter.", "Carl Jameson", "said", True),
    ("the board had been planning the succession for two years", "Thomas Pruitt", "said", False),
    ("This is the right move, but it's not a turnaround plan,", "Priya Natarajan", "wrote", True),
    ("investors would want to see<...>in November", "Priya Natarajan", "said", False),
    ("Brightwater has lost market share in eight of the last ten quarters", "data from market research firm Circana", "according to", False),
    ("Sandoval-Reyes, who joined<...>food company", "Brightwater", "said", False),
  ])

A("P12", "2023-06-19", "US wire", """
BEIJING — Chinese Foreign Minister Wang Liqun told visiting U.S. Secretary of State Andrew Blakely on Monday that Washington must stop “hyping” the threat posed by China if relations were to recover.

Blakely also met Vice President Zhou Mingde and is expected to see President Xu Haifeng on Tuesday, a State Department official said.

“The ball is now in the American court,” Chinese foreign ministry spokeswoman Hua Meiling told a regular news briefing. Hua said the two sides had agreed to keep channels of communication open.

Wang also warned that Beijing would not compromise on Taiwan.

In Seoul, South Korean President Park Ji-hoon said he welcomed the dialogue. Park, who will travel to Washington next month, told reporters that stable relations between the two powers were essential for peace on the Korean Peninsula.

Japan’s chief cabinet secretary, Matsuda Hiroshi, said Tokyo hoped the talks would lower tensions in the Taiwan Strait. Matsuda added that Japan had been briefed by Washington in advance.

Indonesia’s foreign minister, Sugiharto, who like many Indonesians uses only one name, said Southeast Asian nations did not want to be forced to choose sides.

Chinese state media did not say whether Blakely would meet Xu.
""",
  people=[
    ("Wang Liqun", "Wang Liqun", "Chinese Foreign Minister"),
    ("Andrew Blakely", "Andrew Blakely", "U.S. Secretary of State"),
    ("Blakely", "Andrew Blakely", None),
    ("Zhou Mingde", "Zhou Mingde", "Vice President"),
    ("Xu Haifeng", "Xu Haifeng", "President"),
    ("Hua Meiling", "Hua Meiling", "Chinese foreign ministry spokeswoman"),
    ("Hua", "Hua Meiling", None),
    ("Wang", "Wang Liqun", None),
    ("Park Ji-hoon", "Park Ji-hoon", "South Korean President"),
    ("Park", "Park Ji-hoon", None),
    ("Matsuda Hiroshi", "Matsuda Hiroshi", "Japan’s chief cabinet secretary"),
    ("Matsuda", "Matsuda Hiroshi", None),
    ("Sugiharto", "Sugiharto", "Indonesia’s foreign minister"),
    ("Blakely", "Andrew Blakely", None),
    ("Xu", "Xu Haifeng", None),
  ],
  quotes=[
    ("Washington must stop “hyping” the threat posed by China if relations were to recover", "Wang Liqun", "told", False),
    ("Blakely also met<...>on Tuesday", "a State Department official", "said", False),
    ("The ball is now in the American court,", "Hua Meiling", "told", True),
    ("the two sides had agreed to keep channels of communication open", "Hua Meiling", "said", False),
    ("Beijing would not compromise on Taiwan", "Wang Liqun", "warned", False),
    ("he welcomed the dialogue", "Park Ji-hoon", "said", False),
    ("stable relations between the two powers were essential for peace on the Korean Peninsula", "Park Ji-hoon", "told", False),
    ("Tokyo hoped the talks would lower tensions in the Taiwan Strait", "Matsuda Hiroshi", "said", False),
    ("Japan had been briefed by Washington in advance", "Matsuda Hiroshi", "added", False),
    ("Southeast Asian nations did not want to be forced to choose sides", "Sugiharto", "said", False),
  ],
  scare=["hyping"])

A("P13", "2022-10-14", "UK broadsheet (courts)", """
A man who stabbed a 17-year-old boy to death outside a fried chicken shop in south London has been jailed for life with a minimum term of 21 years.

Kyle Brennan-Walsh, 24, of Thornton Heath, was convicted at the Old Bailey last month of murdering Tobi Adeyemi-Clarke, who had been celebrating the end of his A-level exams with friends.

Sentencing him on Thursday, Judge Rosalind Hargreaves told Brennan-Walsh: ‘You brought a knife to a dispute over nothing and you used it on a boy who had his whole life ahead of him.’

She said she had seen no genuine remorse from the defendant at any stage of the trial.

In a victim impact statement read to the court, Tobi’s mother, Grace Adeyemi-Clarke, said: ‘When the police officer knocked on my door and said, “I’m so sorry,” I knew. I knew before he said another word.

‘Tobi wanted to be a paramedic. He wanted to help people. Now I set a place at the table for a boy who will never come home.’

Detective Inspector Mark Kaye, of the Metropolitan Police, said outside court that the sentence sent a clear message to anyone who carried a knife.

‘Knife crime destroys families,’ DI Kaye added. ‘We will keep doing everything we can to get weapons off our streets.’

Brennan-Walsh showed no reaction as the sentence was passed.
""",
  people=[
    ("Kyle Brennan-Walsh", "Kyle Brennan-Walsh", None),
    ("Tobi Adeyemi-Clarke", "Tobi Adeyemi-Clarke", None),
    ("Rosalind Hargreaves", "Rosalind Hargreaves", "Judge"),
    ("Brennan-Walsh", "Kyle Brennan-Walsh", None),
    ("Tobi", "Tobi Adeyemi-Clarke", None),
    ("Grace Adeyemi-Clarke", "Grace Adeyemi-Clarke", None),
    ("Tobi", "Tobi Adeyemi-Clarke", None),
    ("Mark Kaye", "Mark Kaye", "Detective Inspector"),
    ("Kaye", "Mark Kaye", "DI"),
    ("Brennan-Walsh", "Kyle Brennan-Walsh", None),
  ],
  quotes=[
    ("You brought a knife<...>ahead of him.", "Rosalind Hargreaves", "told", True),
    ("she had seen no genuine remorse from the defendant at any stage of the trial", "Rosalind Hargreaves", "said", False),
    ("When the police officer<...>another word.", "Grace Adeyemi-Clarke", "said", True),
    ("Tobi wanted to be a paramedic.<...>never come home.", "Grace Adeyemi-Clarke", "said", True),
    ("the sentence sent a clear message to anyone who carried a knife", "Mark Kaye", "said", False),
    ("Knife crime destroys families,", "Mark Kaye", "added", True),
    ("We will keep doing<...>our streets.", "Mark Kaye", "added", True),
  ])

A("P14", "2021-06-07", "US wire", """
MILWAUKEE (AP) — Three people were killed and two others wounded early Sunday when a gunman opened fire outside a nightclub on the city's south side, police said.

Police Chief Dana Whitlock told reporters that officers arrived within two minutes of the first 911 call. "This was a senseless, cowardly act," Whitlock said. "We will find the person responsible."

The Milwaukee County Medical Examiner's Office identified the dead as Marcus Greene, 27; Latoya Simmons, 31; and DeShawn Ellis Jr., 22. The two wounded were in stable condition, according to a hospital spokeswoman.

Greene's sister, Keisha Greene, said her brother had just been promoted at the warehouse where he worked. "He called me at midnight to tell me he was going out to celebrate," she said. "That's the last thing he ever said to me."

A witness, Roberto Alvarez-Cruz, who lives across the street, said he heard at least a dozen shots. "It sounded like fireworks at first," he told The Associated Press. "Then people started screaming."

Mayor Renee Castellanos said in a statement that the city would add patrols in the area over the summer. Police spokesman Alan Drury said no arrests had been made as of Sunday evening.

Anyone with information is asked to call the department's tip line.
""",
  people=[
    ("Dana Whitlock", "Dana Whitlock", "Police Chief"),
    ("Whitlock", "Dana Whitlock", None),
    ("Marcus Greene", "Marcus Greene", None),
    ("Latoya Simmons", "Latoya Simmons", None),
    ("DeShawn Ellis Jr.", "DeShawn Ellis Jr.", None),
    ("Greene", "Marcus Greene", None),
    ("Keisha Greene", "Keisha Greene", None),
    ("Roberto Alvarez-Cruz", "Roberto Alvarez-Cruz", None),
    ("Renee Castellanos", "Renee Castellanos", "Mayor"),
    ("Alan Drury", "Alan Drury", "Police spokesman"),
  ],
  quotes=[
    ("Three people were killed<...>south side", "police", "said", False),
    ("officers arrived within two minutes of the first 911 call", "Dana Whitlock", "told", False),
    ("This was a senseless, cowardly act,", "Dana Whitlock", "said", True),
    ("We will find the person responsible.", "Dana Whitlock", "said", True),
    ("The two wounded were in stable condition", "a hospital spokeswoman", "according to", False),
    ("her brother had just been promoted at the warehouse where he worked", "Keisha Greene", "said", False),
    ("He called me at midnight to tell me he was going out to celebrate,", "Keisha Greene", "said", True),
    ("That's the last thing he ever said to me.", "Keisha Greene", "said", True),
    ("he heard at least a dozen shots", "Roberto Alvarez-Cruz", "said", False),
    ("It sounded like fireworks at first,", "Roberto Alvarez-Cruz", "told", True),
    ("Then people started screaming.", "Roberto Alvarez-Cruz", "told", True),
    ("the city would add patrols in the area over the summer", "Renee Castellanos", "said", False),
    ("no arrests had been made as of Sunday evening", "Alan Drury", "said", False),
  ])

A("P15", "2020-01-12", "wire (Gulf)", """
MUSCAT — Omani Foreign Minister Badr bin Saif Al-Harthy said on Sunday that Muscat was ready to host talks between Iran and its Gulf Arab neighbours to defuse tensions in the region.

“Oman has always been a bridge, and we remain one,” Al-Harthy told a news conference alongside Iraq’s foreign minister, Fuad Abdul-Karim al-Dulaimi.

Al-Dulaimi said Baghdad had passed messages between Tehran and Riyadh in recent weeks.

Saudi Arabia’s minister of state for foreign affairs, Khalid bin Mohammed Al-Otaibi, told Al Arabiya television the kingdom would defend itself against any attack but had no interest in escalation.

“We welcome any initiative that respects the sovereignty of the countries of the region,” Iranian foreign ministry spokesman Hossein Rezaei-Nejad told reporters in Tehran.

The talks would be the first direct contact between the two rivals since 2016, when Riyadh cut ties after protesters stormed its embassy in Tehran following the execution of Nimr al-Nimr.

A first meeting could take place as early as next month, a Gulf diplomat in Muscat said.

UN special envoy for Yemen Ingrid Lykke, who is also in Muscat, tweeted that she was “encouraged” by the Omani effort.
""",
  people=[
    ("Badr bin Saif Al-Harthy", "Badr bin Saif Al-Harthy", "Omani Foreign Minister"),
    ("Al-Harthy", "Badr bin Saif Al-Harthy", None),
    ("Fuad Abdul-Karim al-Dulaimi", "Fuad Abdul-Karim al-Dulaimi", "Iraq’s foreign minister"),
    ("Al-Dulaimi", "Fuad Abdul-Karim al-Dulaimi", None),
    ("Khalid bin Mohammed Al-Otaibi", "Khalid bin Mohammed Al-Otaibi", "Saudi Arabia’s minister of state for foreign affairs"),
    ("Hossein Rezaei-Nejad", "Hossein Rezaei-Nejad", "Iranian foreign ministry spokesman"),
    ("Nimr al-Nimr", "Nimr al-Nimr", None),
    ("Ingrid Lykke", "Ingrid Lykke", "UN special envoy for Yemen"),
  ],
  quotes=[
    ("Muscat was ready to host talks<...>in the region", "Badr bin Saif Al-Harthy", "said", False),
    ("Oman has always been a bridge, and we remain one,", "Badr bin Saif Al-Harthy", "told", True),
    ("Baghdad had passed messages between Tehran and Riyadh in recent weeks", "Fuad Abdul-Karim al-Dulaimi", "said", False),
    ("the kingdom would defend itself against any attack but had no interest in escalation", "Khalid bin Mohammed Al-Otaibi", "told", False),
    ("We welcome any initiative<...>of the region,", "Hossein Rezaei-Nejad", "told", True),
    ("A first meeting could take place as early as next month", "a Gulf diplomat in Muscat", "said", False),
    ("she was “encouraged” by the Omani effort", "Ingrid Lykke", "tweeted", False),
  ],
  scare=["encouraged"])

A("P16", "2024-07-10", "UK broadsheet (Europe)", """
France’s president, Henri de La Tour, has asked his outgoing prime minister, Claire Dufresne-Laval, to stay on in a caretaker role after Sunday’s inconclusive parliamentary election left no party close to a majority.

In a statement, the Élysée Palace said the president wanted her to remain in post while the parties negotiated.

Mr de La Tour’s centrist alliance came second behind the leftwing New Popular Front, which won 182 seats in the 577-seat National Assembly.

The leader of France Unbowed, Jean-Baptiste Morvan, insisted that the left had earned the right to govern. ‘The president must bow to the verdict of the ballot box,’ Mr Morvan told supporters in Paris. ‘He cannot pretend that Sunday did not happen.’

Marion Le Goff, the National Rally’s parliamentary leader, claimed her party had been robbed by tactical withdrawals between the two rounds. Ms Le Goff, speaking at Charles de Gaulle airport on her return from Brussels, said she would not take part in any ‘national unity’ talks.

The acting interior minister, Olivier Saint-Amand, warned that police would not tolerate violence during protests planned for this weekend.

Speaking on TF1, Ms Dufresne-Laval said: ‘I will do my duty for as long as necessary, and not a day longer.’
""",
  people=[
    ("Henri de La Tour", "Henri de La Tour", "France’s president"),
    ("Claire Dufresne-Laval", "Claire Dufresne-Laval", "outgoing prime minister"),
    ("de La Tour", "Henri de La Tour", None),
    ("Jean-Baptiste Morvan", "Jean-Baptiste Morvan", "leader of France Unbowed"),
    ("Morvan", "Jean-Baptiste Morvan", None),
    ("Marion Le Goff", "Marion Le Goff", "National Rally’s parliamentary leader"),
    ("Le Goff", "Marion Le Goff", None),
    ("Olivier Saint-Amand", "Olivier Saint-Amand", "acting interior minister"),
    ("Dufresne-Laval", "Claire Dufresne-Laval", None),
  ],
  quotes=[
    ("the president wanted her to remain in post while the parties negotiated", "the Élysée Palace", "said", False),
    ("the left had earned the right to govern", "Jean-Baptiste Morvan", "insisted", False),
    ("The president must bow to the verdict of the ballot box,", "Jean-Baptiste Morvan", "told", True),
    ("He cannot pretend that Sunday did not happen.", "Jean-Baptiste Morvan", "told", True),
    ("her party had been robbed by tactical withdrawals between the two rounds", "Marion Le Goff", "claimed", False),
    ("she would not take part in any ‘national unity’ talks", "Marion Le Goff", "said", False),
    ("police would not tolerate violence during protests planned for this weekend", "Olivier Saint-Amand", "warned", False),
    ("I will do my duty for as long as necessary, and not a day longer.", "Claire Dufresne-Laval", "said", True),
  ],
  scare=["national unity"])

A("P17", "2018-12-02", "US wire (Latin America)", """
MEXICO CITY (AP) — Mexico's new president, Luis Alberto Ramírez Soto, was sworn in on Saturday, becoming the first leftist to lead the country in more than seven decades.

"Today begins not just a change of government, but a change of regime," Ramírez Soto told lawmakers in a speech that lasted nearly an hour and a half. "There will be no more corruption and no more impunity."

Ramírez, as he is widely known, said he would cut his own salary by 60% and sell the presidential jet.

Outgoing President Jorge Eduardo Villaseñor handed over the presidential sash and left the chamber without speaking to reporters.

Among the foreign guests were U.S. Vice President Michael Dorsey and Colombia's foreign minister, María Fernanda López Ortega. López Ortega told reporters that Colombia hoped to deepen trade with the new administration.

Interior Minister Olga Sánchez de la Vega said the government would open talks with the families of the 43 students who disappeared in Guerrero in 2014 within its first week.

Not everyone was celebrating. "He has promised everything to everyone," said Gustavo Madero-Ruiz, a senator for the conservative National Action Party. "Sooner or later, the bill will come due."
""",
  people=[
    ("Luis Alberto Ramírez Soto", "Luis Alberto Ramírez Soto", "Mexico's new president"),
    ("Ramírez Soto", "Luis Alberto Ramírez Soto", None),
    ("Ramírez", "Luis Alberto Ramírez Soto", None),
    ("Jorge Eduardo Villaseñor", "Jorge Eduardo Villaseñor", "Outgoing President"),
    ("Michael Dorsey", "Michael Dorsey", "U.S. Vice President"),
    ("María Fernanda López Ortega", "María Fernanda López Ortega", "Colombia's foreign minister"),
    ("López Ortega", "María Fernanda López Ortega", None),
    ("Olga Sánchez de la Vega", "Olga Sánchez de la Vega", "Interior Minister"),
    ("Gustavo Madero-Ruiz", "Gustavo Madero-Ruiz", "senator for the conservative National Action Party"),
  ],
  quotes=[
    ("Today begins not just a change of government, but a change of regime,", "Luis Alberto Ramírez Soto", "told", True),
    ("There will be no more corruption and no more impunity.", "Luis Alberto Ramírez Soto", "told", True),
    ("he would cut his own salary by 60% and sell the presidential jet", "Luis Alberto Ramírez Soto", "said", False),
    ("Colombia hoped to deepen trade with the new administration", "María Fernanda López Ortega", "told", False),
    ("the government would open talks<...>within its first week", "Olga Sánchez de la Vega", "said", False),
    ("He has promised everything to everyone,", "Gustavo Madero-Ruiz", "said", True),
    ("Sooner or later, the bill will come due.", "Gustavo Madero-Ruiz", "said", True),
  ])

A("P18", "2023-11-15", "UK broadsheet (politics)", """
The home secretary, Priya Chandran-Moss, last night insisted her plan to process asylum claims on Ascension Island was lawful. Her comments followed reports that the attorney general, Sir Malcolm Tarrant, had raised concerns about the scheme in private.

‘I have been absolutely clear: this scheme complies with every one of our international obligations,’ Ms Chandran-Moss told MPs.

Sir Malcolm declined to comment. A spokeswoman for the Attorney General’s Office said it did not comment on legal advice.

Labour’s shadow home secretary, Daniel O’Connell-Hayes, said the row showed the government had lost control of its own policy. ‘If the government’s own lawyer won’t back it, why on earth should anyone else?’ he said.

In the House of Lords, Baroness Adaeze Nwosu, a former president of the Supreme Court, warned that the courts would strike the scheme down within months.

The Conservative MP for Penrith, Dame Harriet Lowther, said she could not support the bill in its current form.

Downing Street said the prime minister retained full confidence in Ms Chandran-Moss.
""",
  people=[
    ("Priya Chandran-Moss", "Priya Chandran-Moss", "home secretary"),
    ("Malcolm Tarrant", "Malcolm Tarrant", "attorney general"),
    ("Chandran-Moss", "Priya Chandran-Moss", None),
    ("Malcolm", "Malcolm Tarrant", None),
    ("Daniel O’Connell-Hayes", "Daniel O’Connell-Hayes", "Labour’s shadow home secretary"),
    ("Adaeze Nwosu", "Adaeze Nwosu", "former president of the Supreme Court"),
    ("Harriet Lowther", "Harriet Lowther", "Conservative MP for Penrith"),
    ("Chandran-Moss", "Priya Chandran-Moss", None),
  ],
  quotes=[
    ("her plan to process asylum claims on Ascension Island was lawful", "Priya Chandran-Moss", "insisted", False),
    ("I have been absolutely clear<...>obligations,", "Priya Chandran-Moss", "told", True),
    ("it did not comment on legal advice", "A spokeswoman for the Attorney General’s Office", "said", False),
    ("the row showed the government had lost control of its own policy", "Daniel O’Connell-Hayes", "said", False),
    ("If the government’s own lawyer won’t back it, why on earth should anyone else?", "Daniel O’Connell-Hayes", "said", True),
    ("the courts would strike the scheme down within months", "Adaeze Nwosu", "warned", False),
    ("she could not support the bill in its current form", "Harriet Lowther", "said", False),
    ("the prime minister retained full confidence in Ms Chandran-Moss", "Downing Street", "said", False),
  ])

A("P19", "2019-10-23", "US newspaper (Congress)", """
WASHINGTON — Sen. Ruth Kennedy, D-Mass., said Tuesday that the Pentagon owed Congress an explanation for the delay of $250 million in military aid to Ukraine.

“I asked the deputy secretary point-blank, ‘Who gave the order?’ and he could not tell me,” Kennedy said after a closed-door briefing.

The deputy secretary of defense, Alan Whitford, told senators that the decision had been made at the White House. Rep. Marcus Bell, R-Ohio, who attended a separate briefing for House members, said Whitford had appeared uncomfortable.

Rep. Dana Ostrowski, D-Mich., left the House briefing before it ended. “Nobody in that room wanted to say the president’s name,” she said later, adding that she would push for a subpoena.

A White House spokesman, Tyler Brandt, said the aid had been released in full. He called the inquiry “a partisan fishing expedition.”

Kennedy, who sits on the Armed Services Committee, is due to speak Thursday at the John F. Kennedy Presidential Library in Boston, where she is expected to call for new limits on the president’s power to withhold funds approved by Congress.
""",
  people=[
    ("Ruth Kennedy", "Ruth Kennedy", "Sen."),
    ("Kennedy", "Ruth Kennedy", None),
    ("Alan Whitford", "Alan Whitford", "deputy secretary of defense"),
    ("Marcus Bell", "Marcus Bell", "Rep."),
    ("Whitford", "Alan Whitford", None),
    ("Dana Ostrowski", "Dana Ostrowski", "Rep."),
    ("Tyler Brandt", "Tyler Brandt", "White House spokesman"),
    ("Kennedy", "Ruth Kennedy", None),
  ],
  quotes=[
    ("the Pentagon owed Congress<...>to Ukraine", "Ruth Kennedy", "said", False),
    ("I asked the deputy secretary point-blank, ‘Who gave the order?’ and he could not tell me,", "Ruth Kennedy", "said", True),
    ("the decision had been made at the White House", "Alan Whitford", "told", False),
    ("Whitford had appeared uncomfortable", "Marcus Bell", "said", False),
    ("Nobody in that room wanted to say the president’s name,", "Dana Ostrowski", "said", True),
    ("she would push for a subpoena", "Dana Ostrowski", "adding", False),
    ("the aid had been released in full", "Tyler Brandt", "said", False),
    ("a partisan fishing expedition.", "Tyler Brandt", "called", True),
  ],
  ignore=["John F. ⟦Kennedy⟧ Presidential Library"])

A("P20", "2021-04-15", "UK broadsheet (science)", """
A new malaria vaccine has become the first to meet the World Health Organization’s target of 75 per cent efficacy, researchers said.

Prof Helena Marsh, director of the Jenner Institute at the University of Oxford, which developed the vaccine, said it could be licensed within two years.

‘These are the results we have been waiting for since the 1980s,’ Prof Marsh told the BBC. ‘Malaria kills a child every two minutes. We finally have a tool that could change that.’

The trial, involving 450 children in Burkina Faso, was led by Dr Issa Ouédraogo, principal investigator at the Clinical Research Unit of Nanoro. Writing in The Lancet, Dr Ouédraogo said the vaccine should be rolled out alongside bed nets, not instead of them.

The vaccine, known as R21, is given in three doses with a ‘booster’ a year later. It is cheap to make, and the Serum Institute of India has agreed to produce more than 200 million doses a year.

Dr Kwame Asante-Boateng, head of malaria research at the London School of Hygiene & Tropical Medicine, cautioned that the results covered only one year of follow-up in a single country.

In his 2019 book ‘The Mosquito Wars’, Dr Asante-Boateng argued that funding, not science, had long been the main obstacle to defeating the disease in the so-called ‘malaria belt’ of sub-Saharan Africa.
""",
  people=[
    ("Helena Marsh", "Helena Marsh", "director of the Jenner Institute at the University of Oxford"),
    ("Marsh", "Helena Marsh", None),
    ("Issa Ouédraogo", "Issa Ouédraogo", "principal investigator at the Clinical Research Unit of Nanoro"),
    ("Ouédraogo", "Issa Ouédraogo", None),
    ("Kwame Asante-Boateng", "Kwame Asante-Boateng", "head of malaria research at the London School of Hygiene & Tropical Medicine"),
    ("Asante-Boateng", "Kwame Asante-Boateng", None),
  ],
  quotes=[
    ("A new malaria vaccine<...>75 per cent efficacy", "researchers", "said", False),
    ("it could be licensed within two years", "Helena Marsh", "said", False),
    ("These are the results we have been waiting for since the 1980s,", "Helena Marsh", "told", True),
    ("Malaria kills a child<...>change that.", "Helena Marsh", "told", True),
    ("the vaccine should be rolled out alongside bed nets, not instead of them", "Issa Ouédraogo", "said", False),
    ("the results covered only one year of follow-up in a single country", "Kwame Asante-Boateng", "cautioned", False),
    ("funding, not science,<...>of sub-Saharan Africa", "Kwame Asante-Boateng", "argued", False),
  ],
  scare=["booster", "The Mosquito Wars", "malaria belt"])

A("P21", "2023-07-12", "wire (Reuters) with photo caption", """
VILNIUS, July 12 (Reuters) - NATO leaders on Wednesday promised Ukraine long-term security support but stopped short of setting a timetable for membership, a decision Ukrainian President Oleksandr Kovalenko had called "absurd" on the eve of the summit.

"Ukraine will be in NATO. That is not in question," NATO Secretary General Lars Halvorsen told a news conference at the end of the two-day meeting. "The question is when, and allies have decided it will be when conditions are met."

Kovalenko struck a warmer tone on Wednesday after meeting U.S. President Thomas Wyatt and British Prime Minister Rebecca Lowe-Harding on the sidelines. "We are grateful. We will remember it," he said.

Wyatt told reporters the alliance was more united than at any time in its 74-year history.

Former NATO chief Henrik Fogh Andersen, who now advises Kyiv, said the summit's final communique was a missed opportunity. "Ambiguity invites aggression," Fogh Andersen wrote on X.

The Kremlin said Western weapons deliveries to Ukraine would only prolong the conflict.

From left: Lithuanian President Aušra Vaitkevičienė, U.S. President Thomas Wyatt, NATO Secretary General Lars Halvorsen and Ukrainian President Oleksandr Kovalenko pose for a family photo at the summit in Vilnius, Lithuania, July 12, 2023. REUTERS/Ieva Ozola
""",
  people=[
    ("Oleksandr Kovalenko", "Oleksandr Kovalenko", "Ukrainian President"),
    ("Lars Halvorsen", "Lars Halvorsen", "NATO Secretary General"),
    ("Kovalenko", "Oleksandr Kovalenko", None),
    ("Thomas Wyatt", "Thomas Wyatt", "U.S. President"),
    ("Rebecca Lowe-Harding", "Rebecca Lowe-Harding", "British Prime Minister"),
    ("Wyatt", "Thomas Wyatt", None),
    ("Henrik Fogh Andersen", "Henrik Fogh Andersen", "Former NATO chief"),
    ("Fogh Andersen", "Henrik Fogh Andersen", None),
    ("Aušra Vaitkevičienė", "Aušra Vaitkevičienė", "Lithuanian President"),
    ("Thomas Wyatt", "Thomas Wyatt", "U.S. President"),
    ("Lars Halvorsen", "Lars Halvorsen", "NATO Secretary General"),
    ("Oleksandr Kovalenko", "Oleksandr Kovalenko", "Ukrainian President"),
    ("Ieva Ozola", "Ieva Ozola", None),
  ],
  quotes=[
    ("Ukraine will be in NATO. That is not in question,", "Lars Halvorsen", "told", True),
    ("The question is when, and allies have decided it will be when conditions are met.", "Lars Halvorsen", "told", True),
    ("We are grateful. We will remember it,", "Oleksandr Kovalenko", "said", True),
    ("the alliance was more united than at any time in its 74-year history", "Thomas Wyatt", "told", False),
    ("the summit's final communique was a missed opportunity", "Henrik Fogh Andersen", "said", False),
    ("Ambiguity invites aggression,", "Henrik Fogh Andersen", "wrote", True),
    ("Western weapons deliveries to Ukraine would only prolong the conflict", "The Kremlin", "said", False),
  ],
  scare=["absurd"])

A("P22", "2020-06-27", "Irish broadsheet", """
Fianna Fáil leader Micheál Ó Briain was elected Taoiseach on Saturday at a special sitting of the Dáil held in the Convention Centre in Dublin, ending four months of political deadlock.

‘I am deeply conscious of the responsibility that has been placed on my shoulders,’ the new Taoiseach told TDs. ‘This is not a moment for triumph. It is a moment for work.’

The outgoing Taoiseach and Fine Gael leader, Ciarán Fitzmaurice, who will serve as Tánaiste until December 2022 under the rotation agreement, said the three parties had put the national interest first.

Green Party leader Siobhán Nic Giolla Phádraig said her party had secured a commitment to cut emissions by an average of 7 per cent a year. ‘It was not easy, and it should not have been easy,’ Ms Nic Giolla Phádraig said.

Sinn Féin leader Róisín O’Dwyer, whose party won the most first-preference votes in February, told the Dáil: ‘You have formed a government of the past. The people voted for change and you have given them more of the same.’

Ms O’Dwyer’s party has said it will lead a strong opposition.

President Máire Ní Bhraonáin will formally appoint Mr Ó Briain at Áras an Uachtaráin this evening. A spokesman for Mr Fitzmaurice said he would take up his new role on Monday.
""",
  people=[
    ("Micheál Ó Briain", "Micheál Ó Briain", "Fianna Fáil leader"),
    ("Ciarán Fitzmaurice", "Ciarán Fitzmaurice", "outgoing Taoiseach and Fine Gael leader"),
    ("Siobhán Nic Giolla Phádraig", "Siobhán Nic Giolla Phádraig", "Green Party leader"),
    ("Nic Giolla Phádraig", "Siobhán Nic Giolla Phádraig", None),
    ("Róisín O’Dwyer", "Róisín O’Dwyer", "Sinn Féin leader"),
    ("O’Dwyer", "Róisín O’Dwyer", None),
    ("Máire Ní Bhraonáin", "Máire Ní Bhraonáin", "President"),
    ("Ó Briain", "Micheál Ó Briain", None),
    ("Fitzmaurice", "Ciarán Fitzmaurice", None),
  ],
  quotes=[
    ("I am deeply conscious<...>my shoulders,", "Micheál Ó Briain", "told", True),
    ("This is not a moment for triumph. It is a moment for work.", "Micheál Ó Briain", "told", True),
    ("the three parties had put the national interest first", "Ciarán Fitzmaurice", "said", False),
    ("her party had secured a commitment to cut emissions by an average of 7 per cent a year", "Siobhán Nic Giolla Phádraig", "said", False),
    ("It was not easy, and it should not have been easy,", "Siobhán Nic Giolla Phádraig", "said", True),
    ("You have formed a government<...>more of the same.", "Róisín O’Dwyer", "told", True),
    ("it will lead a strong opposition", "Ms O’Dwyer’s party", "said", False),
    ("he would take up his new role on Monday", "A spokesman for Mr Fitzmaurice", "said", False),
  ])

A("P23", "2023-04-20", "US tech wire", """
SAN FRANCISCO (Reuters) - Jonathan Hartley, the co-founder and chief executive of Hartley Systems, said on Thursday the company would cut about 2,000 jobs, or 11% of its workforce, as it shifts resources toward artificial intelligence.

"This is the hardest decision I have made since we started this company in my garage," Hartley wrote in a memo to employees that was seen by Reuters. "I take full responsibility."

Shares of Hartley rose 4% in after-hours trading.

The company's chief financial officer, Mei-Ling Okonkwo, told analysts on a conference call that the cuts would save about $800 million a year from 2024.

Former Hartley executive Raj Patel-Sørensen, who left the company in 2021, tweeted: "Layoffs are not a strategy. Ask anyone who was there in 2015."

The cuts will fall hardest on the company's hardware division, which has struggled since the launch of its "AI-first" strategy last year, according to two people familiar with the plans.

In his 2019 memoir, "Garage to Global," Hartley wrote that he hoped never to lay off a single employee.

Rep. Priscilla Tan-Whitmore, D-Calif., whose district includes the company's headquarters, said she had asked to meet Jonathan Hartley next week.
""",
  people=[
    ("Jonathan Hartley", "Jonathan Hartley", "co-founder and chief executive of Hartley Systems"),
    ("Hartley", "Jonathan Hartley", None),
    ("Mei-Ling Okonkwo", "Mei-Ling Okonkwo", "company's chief financial officer"),
    ("Raj Patel-Sørensen", "Raj Patel-Sørensen", "Former Hartley executive"),
    ("⟦Hartley⟧ wrote that", "Jonathan Hartley", None),
    ("Priscilla Tan-Whitmore", "Priscilla Tan-Whitmore", "Rep."),
    ("Jonathan Hartley", "Jonathan Hartley", None),
  ],
  quotes=[
    ("the company would cut about 2,000 jobs<...>artificial intelligence", "Jonathan Hartley", "said", False),
    ("This is the hardest decision<...>in my garage,", "Jonathan Hartley", "wrote", True),
    ("I take full responsibility.", "Jonathan Hartley", "wrote", True),
    ("the cuts would save about $800 million a year from 2024", "Mei-Ling Okonkwo", "told", False),
    ("Layoffs are not a strategy. Ask anyone who was there in 2015.", "Raj Patel-Sørensen", "tweeted", True),
    ("The cuts will fall hardest<...>strategy last year", "two people familiar with the plans", "according to", False),
    ("he hoped never to lay off a single employee", "Jonathan Hartley", "wrote", False),
    ("she had asked to meet Jonathan Hartley next week", "Priscilla Tan-Whitmore", "said", False),
  ],
  scare=["AI-first", "Garage to Global,"],
  ignore=["chief executive of ⟦Hartley⟧ Systems", "Shares of ⟦Hartley⟧ rose", "Former ⟦Hartley⟧ executive"])

A("P24", "2023-05-29", "wire (Nigeria)", """
ABUJA (Reuters) - Nigeria's new president, Adewale Olumide Bankole, was sworn in on Monday and immediately announced the end of a costly petrol subsidy that has drained public finances for decades.

"The era of fuel subsidy is gone," Bankole declared in his inaugural address at Eagle Square in Abuja, to loud cheers from the crowd.

The ceremony was attended by outgoing President Ibrahim Garba Musa, who has governed since 2015, and by several African heads of state, many of whom had flown into Nnamdi Azikiwe International Airport on Sunday.

Among those absent was Chukwuemeka Obi-Nwosu, ex-governor of Anambra State, who finished second in February's election and has challenged the result in court. A spokesman for Obi-Nwosu, Valentine Ezeh, said the tribunal would vindicate his principal.

Petrol stations in Lagos raised prices within hours of the speech, according to Reuters witnesses.

The Nigeria Labour Congress warned that it would call a general strike if the government did not agree to a new minimum wage.

"Nigeria is open for business," Vice President Hadiza Yar'Adua-Lawal told foreign delegates at a reception after the ceremony. "We want your investment and we will protect it."
""",
  people=[
    ("Adewale Olumide Bankole", "Adewale Olumide Bankole", "Nigeria's new president"),
    ("Bankole", "Adewale Olumide Bankole", None),
    ("Ibrahim Garba Musa", "Ibrahim Garba Musa", "outgoing President"),
    ("Chukwuemeka Obi-Nwosu", "Chukwuemeka Obi-Nwosu", "ex-governor of Anambra State"),
    ("Obi-Nwosu", "Chukwuemeka Obi-Nwosu", None),
    ("Valentine Ezeh", "Valentine Ezeh", "spokesman for Obi-Nwosu"),
    ("Hadiza Yar'Adua-Lawal", "Hadiza Yar'Adua-Lawal", "Vice President"),
  ],
  quotes=[
    ("The era of fuel subsidy is gone,", "Adewale Olumide Bankole", "declared", True),
    ("the tribunal would vindicate his principal", "Valentine Ezeh", "said", False),
    ("Petrol stations in Lagos raised prices within hours of the speech", "Reuters witnesses", "according to", False),
    ("it would call a general strike if the government did not agree to a new minimum wage", "The Nigeria Labour Congress", "warned", False),
    ("Nigeria is open for business,", "Hadiza Yar'Adua-Lawal", "told", True),
    ("We want your investment and we will protect it.", "Hadiza Yar'Adua-Lawal", "told", True),
  ])

A("P25", "2022-04-10", "Pakistani English daily", """
ISLAMABAD: Pakistan's National Assembly on Sunday voted out Prime Minister Tariq Mahmood Qureshi in a no-confidence motion, making him the first premier in the country's history to be removed this way.

The vote was conducted by Acting Speaker Ayaz Khan Lodhi after Speaker Malik Nadeem Awan resigned minutes before midnight, saying that he could not preside over the vote.

Leader of the Opposition Syed Ali Raza Gilani, who is expected to be elected prime minister on Monday, said that the vote marked a new dawn for Pakistan. "We will not take revenge. We will not send anyone to jail unjustly," Gilani told the house after the result was announced.

Qureshi, who was not present in the house, tweeted that his supporters should take to the streets peacefully after evening prayers.

Former information minister Shireen Bano Chaudhry alleged that the vote was the result of a plot hatched abroad. "This is not the end. This is the beginning of a freedom movement," she stated.

Opposition parties have long said the 2018 election that brought Qureshi to power was rigged with the help of then-army chief Naveed Akhtar Rana. The military denies the charge.

In a statement, the military's media wing stated that the army had no role in the political process.
""",
  people=[
    ("Tariq Mahmood Qureshi", "Tariq Mahmood Qureshi", "Prime Minister"),
    ("Ayaz Khan Lodhi", "Ayaz Khan Lodhi", "Acting Speaker"),
    ("Malik Nadeem Awan", "Malik Nadeem Awan", "Speaker"),
    ("Syed Ali Raza Gilani", "Syed Ali Raza Gilani", "Leader of the Opposition"),
    ("Gilani", "Syed Ali Raza Gilani", None),
    ("Qureshi", "Tariq Mahmood Qureshi", None),
    ("Shireen Bano Chaudhry", "Shireen Bano Chaudhry", "Former information minister"),
    ("Qureshi", "Tariq Mahmood Qureshi", None),
    ("Naveed Akhtar Rana", "Naveed Akhtar Rana", "then-army chief"),
  ],
  quotes=[
    ("he could not preside over the vote", "Malik Nadeem Awan", "saying", False),
    ("the vote marked a new dawn for Pakistan", "Syed Ali Raza Gilani", "said", False),
    ("We will not take revenge. We will not send anyone to jail unjustly,", "Syed Ali Raza Gilani", "told", True),
    ("his supporters should take to the streets peacefully after evening prayers", "Tariq Mahmood Qureshi", "tweeted", False),
    ("the vote was the result of a plot hatched abroad", "Shireen Bano Chaudhry", "alleged", False),
    ("This is not the end. This is the beginning of a freedom movement,", "Shireen Bano Chaudhry", "stated", True),
    ("the 2018 election that brought Qureshi to power was rigged with the help of then-army chief Naveed Akhtar Rana", "Opposition parties", "said", False),
    ("the army had no role in the political process", "the military's media wing", "stated", False),
  ])

A("P26", "2016-08-30", "UK broadsheet (obituary)", """
Sir Anthony Caldwell-Boyd, the former BBC director general who oversaw the launch of Radio 5 Live, has died aged 86, his family said.

His widow, Margaret Caldwell-Boyd, said he had died peacefully at their home in Dorset, surrounded by his children and grandchildren.

Caldwell-Boyd joined the BBC as a news trainee in 1954 and rose to become its youngest director general in 1977. He was a close friend and sometime sparring partner of the late Sir Hugh Pemberton, with whom he launched the corporation’s first overnight news bulletins.

The BBC’s current director general, James Okoye, described him as ‘a giant of public service broadcasting who never forgot that the licence fee payer came first’.

In his 1998 memoir, ‘Auntie and Me’, Sir Anthony recalled that the governors had laughed at him when he first proposed a rolling news station. ‘They thought I was mad. Perhaps I was,’ he wrote.

Dame Philippa Renshaw, the ex-controller of Radio 4, told the Today programme: ‘He hired me when nobody else would, and he defended me when it would have been much easier not to.’

Lady Caldwell-Boyd said the family would hold a private funeral, followed by a memorial service in London in the autumn. Donations may be made to the Caldwell-Boyd Trust, which funds bursaries for young journalists from state schools.
""",
  people=[
    ("Anthony Caldwell-Boyd", "Anthony Caldwell-Boyd", "former BBC director general"),
    ("Margaret Caldwell-Boyd", "Margaret Caldwell-Boyd", None),
    ("Caldwell-Boyd", "Anthony Caldwell-Boyd", None),
    ("Hugh Pemberton", "Hugh Pemberton", None),
    ("James Okoye", "James Okoye", "BBC’s current director general"),
    ("Sir ⟦Anthony⟧ recalled", "Anthony Caldwell-Boyd", None),
    ("Philippa Renshaw", "Philippa Renshaw", "ex-controller of Radio 4"),
    ("Lady ⟦Caldwell-Boyd⟧ said", "Margaret Caldwell-Boyd", None),
  ],
  quotes=[
    ("Sir Anthony Caldwell-Boyd, the former BBC director general<...>has died aged 86", "his family", "said", False),
    ("he had died peacefully<...>and grandchildren", "Margaret Caldwell-Boyd", "said", False),
    ("a giant of public service broadcasting<...>came first", "James Okoye", "described", True),
    ("the governors had laughed at him when he first proposed a rolling news station", "Anthony Caldwell-Boyd", "recalled", False),
    ("They thought I was mad. Perhaps I was,", "Anthony Caldwell-Boyd", "wrote", True),
    ("He hired me when nobody else would<...>easier not to.", "Philippa Renshaw", "told", True),
    ("the family would hold a private funeral, followed by a memorial service in London in the autumn", "Margaret Caldwell-Boyd", "said", False),
  ],
  scare=["Auntie and Me"],
  ignore=["the ⟦Caldwell-Boyd⟧ Trust"])

A("P27", "2022-05-30", "US sports wire", """
MIAMI (AP) — Marcus Delacroix scored 33 points, and the Boston Celtics beat the Miami Heat 100-96 in Game 7 on Sunday night to reach the NBA Finals for the first time since 2010.

"I can't even put it into words," Delacroix said. "We've been through so much this year. Nobody outside this locker room believed in us."

Delacroix was named winner of the Larry Bird Trophy as the Eastern Conference finals MVP.

Celtics captain Luis "Lucho" Herrera added 18 rebounds. "Seven games, man. Seven games," Herrera said, shaking his head.

Celtics coach Dominic Ferraro, in his first season, said his team had learned from losing to Miami in the 2020 playoffs. "Those guys taught us what it takes," Ferraro said of the Heat.

Miami's Andre Whitfield, who scored 35 points, missed a go-ahead 3-pointer with 17 seconds left. "I'll live with that shot," Whitfield told reporters. "I'd take it again."

Heat coach Walt Brennan said his players had nothing to be ashamed of. "Nobody in that locker room should hang their head," Brennan said.

Boston will face Golden State in Game 1 of the Finals on Thursday.
""",
  people=[
    ("Marcus Delacroix", "Marcus Delacroix", None),
    ("Delacroix", "Marcus Delacroix", None),
    ("Delacroix", "Marcus Delacroix", None),
    ('Luis "Lucho" Herrera', "Luis Herrera", "Celtics captain"),
    ("Herrera", "Luis Herrera", None),
    ("Dominic Ferraro", "Dominic Ferraro", "Celtics coach"),
    ("Ferraro", "Dominic Ferraro", None),
    ("Andre Whitfield", "Andre Whitfield", None),
    ("Whitfield", "Andre Whitfield", None),
    ("Walt Brennan", "Walt Brennan", "Heat coach"),
    ("Brennan", "Walt Brennan", None),
  ],
  quotes=[
    ("I can't even put it into words,", "Marcus Delacroix", "said", True),
    ("We've been through so much this year. Nobody outside this locker room believed in us.", "Marcus Delacroix", "said", True),
    ("Seven games, man. Seven games,", "Luis Herrera", "said", True),
    ("his team had learned from losing to Miami in the 2020 playoffs", "Dominic Ferraro", "said", False),
    ("Those guys taught us what it takes,", "Dominic Ferraro", "said", True),
    ("I'll live with that shot,", "Andre Whitfield", "told", True),
    ("I'd take it again.", "Andre Whitfield", "told", True),
    ("his players had nothing to be ashamed of", "Walt Brennan", "said", False),
    ("Nobody in that locker room should hang their head,", "Walt Brennan", "said", True),
  ],
  scare=["Lucho"])

A("P28", "2022-10-11", "US wire (Ukraine)", """
KYIV, Ukraine (AP) — Russia launched a second day of missile strikes on Ukrainian cities on Tuesday, hitting power stations in the west of the country, Ukraine's energy ministry said.

Ukrainian President Oleksandr Kovalenko said in his nightly video address that about 30% of the country's power stations had been damaged since Monday.

Kremlin spokesman Yuri Vetrov told reporters the strikes were a response to the weekend explosion on the Crimean Bridge. Russia's Defense Ministry claimed that all designated targets had been hit.

Acting Energy Minister Svitlana Hrytsenko urged residents to limit electricity use between 5 p.m. and 11 p.m. "Every switched-off kettle helps," she wrote on Telegram.

Lviv Mayor Taras Melnychuk said about 30% of the city was without power. According to Melnychuk, hot water supplies had also been cut to several districts.

German Chancellor Friedrich Albers said after a call with Kovalenko that Berlin would deliver the first of four IRIS-T air defense systems within days. Diplomats said the Group of Seven would hold an emergency video call on Tuesday afternoon.

A 58-year-old woman, Halyna Bondar, was killed when a missile struck her apartment building in Zaporizhzhia, according to the regional governor, Yevhen Kostyuk. "She was a schoolteacher. She taught half the children on this street," her neighbor Olena Savchuk told the AP.
""",
  people=[
    ("Oleksandr Kovalenko", "Oleksandr Kovalenko", "Ukrainian President"),
    ("Yuri Vetrov", "Yuri Vetrov", "Kremlin spokesman"),
    ("Svitlana Hrytsenko", "Svitlana Hrytsenko", "Acting Energy Minister"),
    ("Taras Melnychuk", "Taras Melnychuk", "Lviv Mayor"),
    ("Melnychuk", "Taras Melnychuk", None),
    ("Friedrich Albers", "Friedrich Albers", "German Chancellor"),
    ("Kovalenko", "Oleksandr Kovalenko", None),
    ("Halyna Bondar", "Halyna Bondar", None),
    ("Yevhen Kostyuk", "Yevhen Kostyuk", "regional governor"),
    ("Olena Savchuk", "Olena Savchuk", None),
  ],
  quotes=[
    ("Russia launched a second day<...>west of the country", "Ukraine's energy ministry", "said", False),
    ("about 30% of the country's power stations had been damaged since Monday", "Oleksandr Kovalenko", "said", False),
    ("the strikes were a response to the weekend explosion on the Crimean Bridge", "Yuri Vetrov", "told", False),
    ("all designated targets had been hit", "Russia's Defense Ministry", "claimed", False),
    ("Every switched-off kettle helps,", "Svitlana Hrytsenko", "wrote", True),
    ("about 30% of the city was without power", "Taras Melnychuk", "said", False),
    ("hot water supplies had also been cut to several districts", "Taras Melnychuk", "according to", False),
    ("Berlin would deliver the first<...>within days", "Friedrich Albers", "said", False),
    ("the Group of Seven would hold an emergency video call on Tuesday afternoon", "Diplomats", "said", False),
    ("A 58-year-old woman, Halyna Bondar,<...>in Zaporizhzhia", "Yevhen Kostyuk", "according to", False),
    ("She was a schoolteacher. She taught half the children on this street,", "Olena Savchuk", "told", True),
  ])

A("P29", "2024-02-22", "UK local newspaper", """
Residents in Walkley say they have been left without a bus service for six weeks since the council closed Howard Road for gas main repairs.

Pensioner Margaret Holroyd, 81, said she had missed two hospital appointments because the nearest stop was now at the bottom of a steep hill.

‘I can’t walk up that hill any more, and a taxi costs me £12 each way,’ Mrs Holroyd said. ‘Nobody from the council has knocked on a single door.’

The council’s cabinet member for transport, Ayesha Qureshi-Brook, said the works were essential and would be finished by the end of March.

‘I completely understand residents’ frustration,’ Cllr Qureshi-Brook added. ‘But the alternative was a gas leak under a primary school.’

A spokeswoman for Cadent, the gas network operator, said engineers had found more corroded pipe than expected.

Local MP Gareth Pennington-Wade has written to the South Yorkshire mayor, Nadia Hussain-Lee, asking for a temporary shuttle bus. Dave Latham, who runs the corner shop on Howard Road, said takings were down by a third since the closure.
""",
  people=[
    ("Margaret Holroyd", "Margaret Holroyd", None),
    ("Holroyd", "Margaret Holroyd", None),
    ("Ayesha Qureshi-Brook", "Ayesha Qureshi-Brook", "council’s cabinet member for transport"),
    ("Qureshi-Brook", "Ayesha Qureshi-Brook", "Cllr"),
    ("Gareth Pennington-Wade", "Gareth Pennington-Wade", "Local MP"),
    ("Nadia Hussain-Lee", "Nadia Hussain-Lee", "South Yorkshire mayor"),
    ("Dave Latham", "Dave Latham", None),
  ],
  quotes=[
    ("they have been left without a bus service<...>gas main repairs", "Residents in Walkley", "say", False),
    ("she had missed two hospital appointments<...>steep hill", "Margaret Holroyd", "said", False),
    ("I can’t walk up that hill any more, and a taxi costs me £12 each way,", "Margaret Holroyd", "said", True),
    ("Nobody from the council has knocked on a single door.", "Margaret Holroyd", "said", True),
    ("the works were essential and would be finished by the end of March", "Ayesha Qureshi-Brook", "said", False),
    ("I completely understand residents’ frustration,", "Ayesha Qureshi-Brook", "added", True),
    ("But the alternative was a gas leak under a primary school.", "Ayesha Qureshi-Brook", "added", True),
    ("engineers had found more corroded pipe than expected", "A spokeswoman for Cadent", "said", False),
    ("takings were down by a third since the closure", "Dave Latham", "said", False),
  ])

A("P30", "2023-01-18", "Canadian newspaper", """
TORONTO — Ontario Premier Stuart Kendrick said Wednesday his government would allow private clinics to perform more publicly funded surgeries in a bid to clear a pandemic backlog of more than 200,000 procedures.

“We’re not going to keep doing the same thing and expecting different results,” Kendrick told a news conference at a Toronto clinic.

Federal Health Minister Marie-Ève Gagnon-Tremblay said Ottawa would be watching closely to ensure the changes respected the Canada Health Act.

Prime Minister Daniel Arsenault, asked about the plan in Hamilton, said the federal government would not stand in the way of innovation as long as no patient ever paid out of pocket.

Ontario NDP interim leader Pierre-Luc St-Onge called the plan “a back door to American-style health care.”

Dr. Anjali Venkataraman, president of the Ontario Medical Association, said the province should first fix staffing in public hospitals. “Private clinics don’t create new doctors or nurses,” she said. “They move them.”

The province’s outgoing deputy health minister, Claude Bérubé, wrote in a memo to hospital chief executives that the first new clinic licences would be issued in April.
""",
  people=[
    ("Stuart Kendrick", "Stuart Kendrick", "Ontario Premier"),
    ("Kendrick", "Stuart Kendrick", None),
    ("Marie-Ève Gagnon-Tremblay", "Marie-Ève Gagnon-Tremblay", "Federal Health Minister"),
    ("Daniel Arsenault", "Daniel Arsenault", "Prime Minister"),
    ("Pierre-Luc St-Onge", "Pierre-Luc St-Onge", "Ontario NDP interim leader"),
    ("Anjali Venkataraman", "Anjali Venkataraman", "president of the Ontario Medical Association"),
    ("Claude Bérubé", "Claude Bérubé", "province’s outgoing deputy health minister"),
  ],
  quotes=[
    ("his government would allow private clinics<...>200,000 procedures", "Stuart Kendrick", "said", False),
    ("We’re not going to keep doing the same thing and expecting different results,", "Stuart Kendrick", "told", True),
    ("Ottawa would be watching closely to ensure the changes respected the Canada Health Act", "Marie-Ève Gagnon-Tremblay", "said", False),
    ("the federal government would not stand in the way of innovation as long as no patient ever paid out of pocket", "Daniel Arsenault", "said", False),
    ("a back door to American-style health care.", "Pierre-Luc St-Onge", "called", True),
    ("the province should first fix staffing in public hospitals", "Anjali Venkataraman", "said", False),
    ("Private clinics don’t create new doctors or nurses,", "Anjali Venkataraman", "said", True),
    ("They move them.", "Anjali Venkataraman", "said", True),
    ("the first new clinic licences would be issued in April", "Claude Bérubé", "wrote", False),
  ])


# ==========================================================================

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "blind-people.jsonl")
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids)) == 30, ids
    records, infos = [], []
    for a in ARTICLES:
        rec, info = build_article(a)
        # round-trip check of every span
        for p in rec["people"]:
            assert rec["text"][p["start"]:p["end"]] == p["text"]
        for q in rec["quotes"]:
            assert rec["text"][q["start"]:q["end"]] == q["text"]
        records.append(rec)
        infos.append(info)
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---- read the file back and re-check every record independently
    with open(out_path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == records
    for r in back:
        assert set(r) == {"id", "published", "style", "text", "people", "quotes"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"])
        for i, p in enumerate(r["people"]):
            assert set(p) == {"start", "end", "text", "name", "title", "refers_to"}
            assert r["text"][p["start"]:p["end"]] == p["text"]
            if p["refers_to"] is not None:
                first = r["people"][p["refers_to"]]
                assert p["refers_to"] < i and first["refers_to"] is None
                assert first["name"] == p["name"]
        for q in r["quotes"]:
            assert set(q) == {"start", "end", "text", "speaker", "verb", "direct"}
            assert r["text"][q["start"]:q["end"]] == q["text"]
            assert isinstance(q["direct"], bool)

    n_people = sum(len(r["people"]) for r in records)
    first = [p for r in records for p in r["people"] if p["refers_to"] is None]
    later = [p for r in records for p in r["people"] if p["refers_to"] is not None]
    first_t = [p for p in first if p["title"]]
    later_t = [p for p in later if p["title"]]
    direct = [q for r in records for q in r["quotes"] if q["direct"]]
    indirect = [q for r in records for q in r["quotes"] if not q["direct"]]
    words = [i["words"] for i in infos]
    print("articles:", len(records))
    print("words per article: min %d max %d mean %.0f" % (min(words), max(words), sum(words) / len(words)))
    print("person mentions:", n_people)
    print("  first mentions:", len(first), "(with title: %d, without: %d)" % (len(first_t), len(first) - len(first_t)))
    print("  later mentions:", len(later), "(with repeated title: %d)" % len(later_t))
    print("quotes:", len(direct) + len(indirect), "(direct %d, indirect %d)" % (len(direct), len(indirect)))
    named = {p["name"] for r in records for p in r["people"]}
    spk_named = [q for r in records for q in r["quotes"]
                 if q["speaker"] in {p["name"] for p in r["people"]}]
    print("  quotes with a named-person speaker:", len(spk_named),
          "; with a described/organisation source:", len(direct) + len(indirect) - len(spk_named))
    print("traps: scare/title quotes %d, non-person name strings %d" % (
        sum(len(i["scare"]) for i in infos), sum(len(i["ignore"]) for i in infos)))
    verbs = {}
    for q in direct + indirect:
        verbs[q["verb"]] = verbs.get(q["verb"], 0) + 1
    print("verbs:", dict(sorted(verbs.items(), key=lambda kv: -kv[1])))
    print("wrote", out_path)


if __name__ == "__main__":
    main()
