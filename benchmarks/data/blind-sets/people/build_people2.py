"""Build benchmarks/data/blind-people-2.jsonl (blind set, people and quotes).

Written from the contract alone (issue 12, docs/claims.md "person" and "quote", the docstring of
benchmarks/bench_accuracy_people.py). Every person, organisation and quotation is invented.

Each article lists its people mentions and its quotes in order of appearance. A mention or quote is
given as the literal span text, optionally wrapped in context: "Mr [Hale] said" means find
"Mr Hale said" and keep only "Hale". Searches run forward from the previous item of the same list, so
repeated surnames are found in order. Offsets are never typed by hand.

    python3 benchmarks/data/blind-sets/people/build_people2.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "blind-people-2.jsonl"

OPEN_MARKS = "\u201c\u2018\"'"
CLOSE_MARKS = "\u201d\u2019\"'"
DIR, IND = True, False  # direct / indirect
SAME = "="          # name equal to the span text
PARTICLES = {"ap", "de", "da", "di", "du", "des", "del", "la", "le", "van", "von", "der", "den", "ter", "bin", "bint", "ibn", "al", "el"}

ARTICLES: list[dict] = []


def art(id, published, style, text, people, quotes):
    ARTICLES.append(dict(id=id, published=published, style=style, text=text.strip("\n"),
                         people=people, quotes=quotes))


def _locate(text, spec, pos, what, aid):
    if "[" in spec:
        pre, rest = spec.split("[", 1)
        core, post = rest.split("]", 1)
    else:
        pre, core, post = "", spec, ""
    needle = pre + core + post
    at = text.find(needle, pos)
    if at < 0:
        raise SystemExit(f"{aid}: {what} not found after {pos}: {spec!r}")
    start = at + len(pre)
    return start, start + len(core)


def _isword(ch):
    return ch.isalnum()


def build():
    lines = []
    for a in ARTICLES:
        aid, text = a["id"], a["text"]
        words = len(text.split())
        if not 120 <= words <= 300:
            raise SystemExit(f"{aid}: {words} words")
        people, first = [], {}
        pos = 0
        for surface, name, title in a["people"]:
            start, end = _locate(text, surface, pos, "person", aid)
            span = text[start:end]
            if (start > 0 and _isword(text[start - 1])) or (end < len(text) and _isword(text[end])):
                raise SystemExit(f"{aid}: person {span!r} not on word boundary")
            for tok in span.replace("-", " ").split():
                if not (tok[0].isupper() or tok in PARTICLES):
                    raise SystemExit(f"{aid}: person span {span!r} has a non-name token {tok!r}")
            name = span if name == SAME else name
            ref = first.get(name)
            if ref is None:
                first[name] = len(people)
            people.append(dict(start=start, end=end, text=span, name=name, title=title,
                               refers_to=ref))
            pos = end
        quotes = []
        pos = 0
        for surface, speaker, verb, direct in a["quotes"]:
            start, end = _locate(text, surface, pos, "quote", aid)
            span = text[start:end]
            if direct:
                if text[start - 1] not in OPEN_MARKS:
                    raise SystemExit(f"{aid}: direct quote not after a mark: {span[:30]!r}")
                if end < len(text) and text[end] not in CLOSE_MARKS and text[end] != "\n":
                    raise SystemExit(f"{aid}: direct quote not before a mark: {span[-30:]!r}")
            if speaker not in [p["name"] for p in people] and speaker not in text:
                raise SystemExit(f"{aid}: speaker {speaker!r} neither a person nor in the text")
            quotes.append(dict(start=start, end=end, text=span, speaker=speaker, verb=verb,
                               direct=direct))
            pos = end
        lines.append(dict(id=aid, published=a["published"], style=a["style"], text=text,
                          people=people, quotes=quotes))
    return lines


def main():
    lines = build()
    with OUT.open("w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_people = sum(len(r["people"]) for r in lines)
    n_titled = sum(1 for r in lines for p in r["people"] if p["title"])
    n_first = sum(1 for r in lines for p in r["people"] if p["refers_to"] is None)
    n_direct = sum(1 for r in lines for q in r["quotes"] if q["direct"])
    n_indirect = sum(1 for r in lines for q in r["quotes"] if not q["direct"])
    print(f"{len(lines)} paragraphs, {n_people} mentions ({n_first} first, {n_people - n_first} later), "
          f"{n_titled} titled, {n_direct} direct quotes, {n_indirect} indirect -> {OUT}")
    if "--words" in sys.argv:
        for r in lines:
            print(r["id"], len(r["text"].split()))


# ---------------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------------

art("bp2-01", "2025-03-11", "UK broadsheet, politics (curly double quotes)", """
Health Secretary Daniel Okonjo-Price has ordered an urgent review of ambulance waiting times in the north-west after figures showed that one in five patients waited more than an hour for a crew last month. Speaking in the Commons on Tuesday, Mr Okonjo-Price said the delays were “simply not acceptable in a modern health service”. He added that the review would report before the summer recess.

The shadow health secretary, Rachel Imrie, accused the government of “sitting on its hands for two years”. She told MPs that trusts in Cumbria and Lancashire had warned ministers repeatedly. “Every one of these delays is a family waiting by a phone,” Ms Imrie said.

Mr Okonjo-Price’s department later confirmed that Sir Alan Whitcombe, a former chief executive of NHS Providers, would lead the inquiry. Sir Alan said he would “go wherever the evidence takes us”. A senior Whitehall source said the review was likely to recommend more money for rural stations, but cautioned that the Treasury had yet to agree.
""", [
    ("Daniel Okonjo-Price", SAME, "Health Secretary"),
    ("Mr [Okonjo-Price] said", "Daniel Okonjo-Price", None),
    ("Rachel Imrie", SAME, "shadow health secretary"),
    ("Ms [Imrie]", "Rachel Imrie", None),
    ("Mr [Okonjo-Price]’s", "Daniel Okonjo-Price", None),
    ("Alan Whitcombe", SAME, "former chief executive of NHS Providers"),
    ("Sir [Alan] said", "Alan Whitcombe", None),
], [
    ("the delays were “simply not acceptable in a modern health service”", "Daniel Okonjo-Price", "said", IND),
    ("the review would report before the summer recess", "Daniel Okonjo-Price", "added", IND),
    ("sitting on its hands for two years", "Rachel Imrie", "accused", DIR),
    ("trusts in Cumbria and Lancashire had warned ministers repeatedly", "Rachel Imrie", "told", IND),
    ("Every one of these delays is a family waiting by a phone,", "Rachel Imrie", "said", DIR),
    ("he would “go wherever the evidence takes us”", "Alan Whitcombe", "said", IND),
    ("the review was likely to recommend more money for rural stations", "A senior Whitehall source", "said", IND),
])

art("bp2-02", "2024-06-13", "US wire (AP style), politics, straight quotes", """
WASHINGTON (AP) — Sen. Marisol Ortega-Baines, D-N.M., said Thursday that she would block a Pentagon nominee until the Defense Department released records on a 2023 helicopter crash that killed four soldiers.

"Families have waited long enough for answers," Ortega-Baines told reporters outside the Capitol. "I'm not going to vote to confirm anyone until they get them."

Douglas Petrakis, a retired Air Force general, was nominated in March to lead the Pentagon's logistics agency. A spokesperson for Petrakis declined to comment.

Defense Secretary Harold Finch-Adeyemi defended the delay in a letter to senators on Wednesday, writing that the investigation was "thorough and ongoing." Two congressional aides familiar with the letter said it did not give a date for the records' release.

Ortega-Baines, who chairs a subcommittee on military readiness, said she had spoken with Finch-Adeyemi twice. "He was polite. He wasn't helpful," she said.
""", [
    ("Marisol Ortega-Baines", SAME, "Sen."),
    ("Ortega-Baines", "Marisol Ortega-Baines", None),
    ("Douglas Petrakis", SAME, "retired Air Force general"),
    ("Petrakis", "Douglas Petrakis", None),
    ("Harold Finch-Adeyemi", SAME, "Defense Secretary"),
    ("Ortega-Baines", "Marisol Ortega-Baines", None),
    ("Finch-Adeyemi", "Harold Finch-Adeyemi", None),
], [
    ("she would block a Pentagon nominee until the Defense Department released records on a 2023 helicopter crash that killed four soldiers", "Marisol Ortega-Baines", "said", IND),
    ("Families have waited long enough for answers,", "Marisol Ortega-Baines", "told", DIR),
    ("I'm not going to vote to confirm anyone until they get them.", "Marisol Ortega-Baines", "told", DIR),
    ('the investigation was "thorough and ongoing."', "Harold Finch-Adeyemi", "writing", IND),
    ("it did not give a date for the records' release", "Two congressional aides familiar with the letter", "said", IND),
    ("she had spoken with Finch-Adeyemi twice", "Marisol Ortega-Baines", "said", IND),
    ("He was polite. He wasn't helpful,", "Marisol Ortega-Baines", "said", DIR),
])

art("bp2-03", "2023-09-04", "Australian, state politics (straight quotes)", """
The NSW Premier, Catherine Mulvaney, has rejected calls for an inquiry into the collapse of a Western Sydney housing developer, saying the matter was "properly before the courts".

Speaking in Parramatta on Monday, Ms Mulvaney said her government had acted "within days" of learning that Brightwater Homes had stopped paying its subcontractors. "We moved faster than any government in this country has moved on a builder collapse," she said.

Opposition Leader Tom Kavanagh-Reid said the premier was "hiding behind the lawyers". Mr Kavanagh-Reid, a former union official, told 2GB radio that more than 400 families had been left with half-built homes.

Brightwater's founder, Greg Dunstan, could not be reached for comment. In a statement issued through his solicitors, Hollis Brown Partners, he said he "deeply regretted" the hardship caused and was working with administrators.

The Master Builders Association of NSW said the collapse showed the need for a statutory trust for builders' payments, a reform it has sought since 2019.
""", [
    ("Catherine Mulvaney", SAME, "NSW Premier"),
    ("Ms [Mulvaney]", "Catherine Mulvaney", None),
    ("Tom Kavanagh-Reid", SAME, "Opposition Leader"),
    ("Mr [Kavanagh-Reid]", "Tom Kavanagh-Reid", "former union official"),
    ("Greg Dunstan", SAME, "Brightwater's founder"),
], [
    ('the matter was "properly before the courts"', "Catherine Mulvaney", "saying", IND),
    ('her government had acted "within days" of learning that Brightwater Homes had stopped paying its subcontractors', "Catherine Mulvaney", "said", IND),
    ("We moved faster than any government in this country has moved on a builder collapse,", "Catherine Mulvaney", "said", DIR),
    ('the premier was "hiding behind the lawyers"', "Tom Kavanagh-Reid", "said", IND),
    ("more than 400 families had been left with half-built homes", "Tom Kavanagh-Reid", "told", IND),
    ('he "deeply regretted" the hardship caused and was working with administrators', "Greg Dunstan", "said", IND),
    ("the collapse showed the need for a statutory trust for builders' payments", "The Master Builders Association of NSW", "said", IND),
])

art("bp2-04", "2024-11-16", "Indian English, state politics", """
BENGALURU: Karnataka Chief Minister H.S. Ramaiah on Saturday announced a Rs 2,400-crore package for drought-hit farmers in the northern districts, days after the Opposition staged a walkout in the Assembly over the issue.

Addressing reporters after a Cabinet meeting, Mr. Ramaiah said the funds would be released in two instalments and that no farmer would be "left behind". "We have listened to the farmers, not to the politicians," he said.

Leader of the Opposition in the Assembly, R. Ashok Kumar, dismissed the package as "too little, too late". According to Mr. Kumar, the government had ignored repeated warnings from the Agriculture Department since June.

Revenue Minister Lakshmi Narayanappa said relief camps had been set up in 14 taluks and that fodder banks would open in Vijayapura and Kalaburagi next week. Officials in the Chief Minister's Office said the first instalment would reach bank accounts by the end of the month.

Meanwhile, the Sri Siddaganga Educational Trust announced free hostel places for the children of affected families.
""", [
    ("H.S. Ramaiah", SAME, "Karnataka Chief Minister"),
    ("Mr. [Ramaiah]", "H.S. Ramaiah", None),
    ("R. Ashok Kumar", SAME, "Leader of the Opposition in the Assembly"),
    ("Mr. [Kumar]", "R. Ashok Kumar", None),
    ("Lakshmi Narayanappa", SAME, "Revenue Minister"),
], [
    ('the funds would be released in two instalments and that no farmer would be "left behind"', "H.S. Ramaiah", "said", IND),
    ("We have listened to the farmers, not to the politicians,", "H.S. Ramaiah", "said", DIR),
    ("too little, too late", "R. Ashok Kumar", "dismissed", DIR),
    ("the government had ignored repeated warnings from the Agriculture Department since June", "R. Ashok Kumar", "according to", IND),
    ("relief camps had been set up in 14 taluks and that fodder banks would open in Vijayapura and Kalaburagi next week", "Lakshmi Narayanappa", "said", IND),
    ("the first instalment would reach bank accounts by the end of the month", "Officials in the Chief Minister's Office", "said", IND),
])

art("bp2-05", "2025-01-23", "UK local paper, planning (straight quotes, scare quotes)", """
Plans for 120 homes on the edge of Thornbury Green have been thrown out by councillors after a three-hour meeting at the Guildhall on Wednesday night.

Residents packed the public gallery to oppose the scheme, which developer Ashcroft & Lyle calls Thornbury Meadows. Campaigners prefer another word for it: 'sprawl'.

Councillor Bernadette Froome, who chairs the planning committee, said the site flooded "most winters" and that the drainage report had not convinced her. "I've lived here forty years and I've watched that field turn into a lake," she told the meeting.

Mr Idris Penhaligon, speaking for the Save Thornbury Green group, said: "This is a victory for common sense. The Ashcroft name is on half the buildings in town - they should know better."

A spokesman for Ashcroft & Lyle said the company was "disappointed" and would consider an appeal. The scheme's architect, Dr Helen Vasquez-Moore, said the flood concerns had been "addressed in full" and that the homes would sit well above the flood plain.
""", [
    ("Bernadette Froome", SAME, "Councillor"),
    ("Idris Penhaligon", SAME, None),
    ("Helen Vasquez-Moore", SAME, "scheme's architect"),
], [
    ('the site flooded "most winters" and that the drainage report had not convinced her', "Bernadette Froome", "said", IND),
    ("I've lived here forty years and I've watched that field turn into a lake,", "Bernadette Froome", "told", DIR),
    ("This is a victory for common sense. The Ashcroft name is on half the buildings in town - they should know better.", "Idris Penhaligon", "said", DIR),
    ('the company was "disappointed" and would consider an appeal', "A spokesman for Ashcroft & Lyle", "said", IND),
    ('the flood concerns had been "addressed in full" and that the homes would sit well above the flood plain', "Helen Vasquez-Moore", "said", IND),
])

art("bp2-06", "2024-10-17", "UK business (curly quotes, typographic apostrophes)", """
Shares in Pemberton Shaw, the FTSE 250 wealth manager, fell 9 per cent on Thursday after the company warned that annual profits would come in below expectations.

Chief executive Fiona Achterberg blamed a slump in new client money during the autumn. “Clients have been sitting on their hands, and frankly I don’t blame them,” she told analysts on a call. “But the pipeline for the new year is the strongest we have seen.”

Ms Achterberg, who joined from Barclays in 2022, said the group would cut about 150 jobs, mainly in back-office roles in Edinburgh.

Analysts were unconvinced. Mark Oyelaran, an analyst at Shore Capital, said the guidance implied “a second profit warning in all but name”. Another City analyst, who asked not to be named, said the board had lost patience with the strategy.

Pemberton Shaw’s chairman, Lord Tennant, said the board “fully supports” the chief executive. The company’s founder, the late Sir Walter Pemberton, set up the business in a single office above a Leith bakery in 1971.
""", [
    ("Fiona Achterberg", SAME, "Chief executive"),
    ("Ms [Achterberg]", "Fiona Achterberg", None),
    ("Mark Oyelaran", SAME, "analyst at Shore Capital"),
    ("Lord [Tennant]", "Tennant", "Pemberton Shaw’s chairman"),
    ("Walter Pemberton", SAME, "company’s founder"),
], [
    ("annual profits would come in below expectations", "the company", "warned", IND),
    ("Clients have been sitting on their hands, and frankly I don’t blame them,", "Fiona Achterberg", "told", DIR),
    ("But the pipeline for the new year is the strongest we have seen.", "Fiona Achterberg", "told", DIR),
    ("the group would cut about 150 jobs, mainly in back-office roles in Edinburgh", "Fiona Achterberg", "said", IND),
    ("the guidance implied “a second profit warning in all but name”", "Mark Oyelaran", "said", IND),
    ("the board had lost patience with the strategy", "Another City analyst", "said", IND),
    ("the board “fully supports” the chief executive", "Tennant", "said", IND),
])

art("bp2-07", "2025-03-02", "UK sport, football (British single quotes)", """
Carlton Rovers manager Jonas Ekwueme-Lind insists his side can still avoid relegation despite Saturday’s 3-0 defeat at Brampton Athletic.

‘We’re not dead yet,’ Ekwueme-Lind said. ‘There are nine games left and I’ve seen this group do remarkable things.’

The Swede, appointed in November after the sacking of Phil Dacre, was without captain Sean O’Halloran, who is nursing a hamstring injury. O’Halloran is expected back for the trip to Harbury next weekend, according to the club.

Brampton striker Marcus de Souza, who scored twice, was typically modest. ‘The lads did the hard work – I just had to put it in the net,’ said the 23-year-old, whose ‘Samba Shuffle’ goal celebration has become a fixture on social media.

Former Rovers defender Tony Gildart, now a pundit on Radio Trent, was less forgiving. He said the players had ‘given up’ long before half-time and that Ekwueme-Lind had picked the wrong side.
""", [
    ("Jonas Ekwueme-Lind", SAME, "Carlton Rovers manager"),
    ("Ekwueme-Lind", "Jonas Ekwueme-Lind", None),
    ("Phil Dacre", SAME, None),
    ("Sean O’Halloran", SAME, "captain"),
    ("O’Halloran", "Sean O’Halloran", None),
    ("Marcus de Souza", SAME, "Brampton striker"),
    ("Tony Gildart", SAME, "Former Rovers defender"),
    ("Ekwueme-Lind", "Jonas Ekwueme-Lind", None),
], [
    ("his side can still avoid relegation despite Saturday’s 3-0 defeat at Brampton Athletic", "Jonas Ekwueme-Lind", "insists", IND),
    ("We’re not dead yet,", "Jonas Ekwueme-Lind", "said", DIR),
    ("There are nine games left and I’ve seen this group do remarkable things.", "Jonas Ekwueme-Lind", "said", DIR),
    ("O’Halloran is expected back for the trip to Harbury next weekend", "the club", "according to", IND),
    ("The lads did the hard work – I just had to put it in the net,", "Marcus de Souza", "said", DIR),
    ("the players had ‘given up’ long before half-time and that Ekwueme-Lind had picked the wrong side", "Tony Gildart", "said", IND),
])

art("bp2-08", "2024-05-11", "UK courts, Crown Court sentencing", """
A former hospital porter who stole more than £40,000 from a charity for sick children has been jailed for two years and eight months.

Gareth Linwood-Hayes, 47, of Cardiff, admitted fraud by abuse of position at an earlier hearing. Over four years he siphoned donations from the Bethan Rees Foundation to pay gambling debts.

Sentencing him at Cardiff Crown Court on Friday, Judge Eleri Vaughan said Linwood-Hayes had "betrayed the trust of every family who put a coin in a bucket". She told him: "You knew exactly where this money was meant to go."

Prosecuting, Owen Prothero said the charity, set up in memory of a seven-year-old girl who died of leukaemia in 2009, had been forced to cancel a summer respite trip. In mitigation, his barrister, Nadia Chaudhry-Evans, said her client was "deeply ashamed" and had begun treatment for his addiction.

The foundation's chair of trustees, Mrs Carys Rees, said afterwards that the family was relieved the case was over.
""", [
    ("Gareth Linwood-Hayes", SAME, None),
    ("Eleri Vaughan", SAME, "Judge"),
    ("Linwood-Hayes", "Gareth Linwood-Hayes", None),
    ("Owen Prothero", SAME, None),
    ("Nadia Chaudhry-Evans", SAME, "barrister"),
    ("Carys Rees", SAME, "foundation's chair of trustees"),
], [
    ('Linwood-Hayes had "betrayed the trust of every family who put a coin in a bucket"', "Eleri Vaughan", "said", IND),
    ("You knew exactly where this money was meant to go.", "Eleri Vaughan", "told", DIR),
    ("the charity, set up in memory of a seven-year-old girl who died of leukaemia in 2009, had been forced to cancel a summer respite trip", "Owen Prothero", "said", IND),
    ('her client was "deeply ashamed" and had begun treatment for his addiction', "Nadia Chaudhry-Evans", "said", IND),
    ("the family was relieved the case was over", "Carys Rees", "said", IND),
])

art("bp2-09", "2025-07-09", "UK science (straight quotes, title of a paper in quotes)", """
A common antifungal drug may slow the spread of an aggressive form of brain cancer, according to a study published on Wednesday in the journal Cell Reports Medicine.

Researchers at the University of Leeds found that the drug, itraconazole, shrank glioblastoma tumours in mice by almost half over six weeks. The paper, titled "Repurposing azoles against glioma stem cells", is the first to test the drug in animals carrying human tumour grafts.

"We were genuinely surprised by the size of the effect," said Dr Priyanka Raghunathan, who led the work. She cautioned that mouse results often failed to carry over to patients. "Nobody should be asking their GP for this drug tomorrow."

Colin Ashworth-Blake, a neuro-oncologist at King's College London who was not involved in the research, said the findings were "intriguing but preliminary". A trial in 40 patients is due to begin at the Christie hospital in Manchester next year, Dr Raghunathan said.

The work was funded by the charity Brain Tumour Research and the Medical Research Council.
""", [
    ("Priyanka Raghunathan", SAME, None),
    ("Colin Ashworth-Blake", SAME, "neuro-oncologist at King's College London"),
    ("Dr [Raghunathan] said", "Priyanka Raghunathan", None),
], [
    ("A common antifungal drug may slow the spread of an aggressive form of brain cancer", "a study published on Wednesday in the journal Cell Reports Medicine", "according to", IND),
    ("We were genuinely surprised by the size of the effect,", "Priyanka Raghunathan", "said", DIR),
    ("mouse results often failed to carry over to patients", "Priyanka Raghunathan", "cautioned", IND),
    ("Nobody should be asking their GP for this drug tomorrow.", "Priyanka Raghunathan", "cautioned", DIR),
    ('the findings were "intriguing but preliminary"', "Colin Ashworth-Blake", "said", IND),
    ("A trial in 40 patients is due to begin at the Christie hospital in Manchester next year", "Priyanka Raghunathan", "said", IND),
])

art("bp2-10", "2025-04-14", "Foreign affairs, Reuters style (straight quotes)", """
BRUSSELS (Reuters) - European Union foreign ministers failed on Monday to agree new sanctions on Belarus, with Hungary and Slovakia blocking a package that would have targeted the country's potash exports, three diplomats said.

The bloc's foreign policy chief, Henrike van der Velde, told reporters after the meeting that she still hoped for a deal "within weeks, not months".

"We are not there yet, but we are close," van der Velde said. "Nobody in that room wants to reward Minsk."

Hungarian Foreign Minister Zoltán Baráthy said his country could not support measures that would "hurt our own farmers more than they hurt the regime".

One senior EU diplomat said the package could be revived at a summit in June if the potash measures were softened. According to two officials briefed on the talks, Slovakia had privately indicated it could abstain.

Belarus's ambassador to the EU, Ihar Lazovik, called the proposals "economic warfare dressed up as diplomacy" and said Minsk would respond "in kind".
""", [
    ("Henrike van der Velde", SAME, "bloc's foreign policy chief"),
    ("van der Velde", "Henrike van der Velde", None),
    ("Zoltán Baráthy", SAME, "Hungarian Foreign Minister"),
    ("Ihar Lazovik", SAME, "Belarus's ambassador to the EU"),
], [
    ("European Union foreign ministers failed on Monday to agree new sanctions on Belarus, with Hungary and Slovakia blocking a package that would have targeted the country's potash exports", "three diplomats", "said", IND),
    ('she still hoped for a deal "within weeks, not months"', "Henrike van der Velde", "told", IND),
    ("We are not there yet, but we are close,", "Henrike van der Velde", "said", DIR),
    ("Nobody in that room wants to reward Minsk.", "Henrike van der Velde", "said", DIR),
    ('his country could not support measures that would "hurt our own farmers more than they hurt the regime"', "Zoltán Baráthy", "said", IND),
    ("the package could be revived at a summit in June if the potash measures were softened", "One senior EU diplomat", "said", IND),
    ("Slovakia had privately indicated it could abstain", "two officials briefed on the talks", "according to", IND),
    ("economic warfare dressed up as diplomacy", "Ihar Lazovik", "called", DIR),
    ('Minsk would respond "in kind"', "Ihar Lazovik", "said", IND),
])

art("bp2-11", "2025-05-20", "US wire (Reuters style), business / deals", """
NEW YORK (Reuters) - Fairhaven Foods is exploring a sale of its frozen-desserts unit that could value the business at about $3 billion, according to three people familiar with the matter.

The company has hired investment bank Keller Brandt & Co to run the process, which is at an early stage, the sources said, asking not to be identified because the talks are private. Private equity firms including Greyfield Partners and Martin Ames Capital are expected to consider bids, one of the people said.

Fairhaven Chief Executive Officer Dana Whitlock-Soares told analysts in February that the company was "reviewing every part of the portfolio." A Fairhaven spokeswoman said the company did not comment on market rumours.

Whitlock-Soares, who joined from a rival snacks maker in 2022, has already sold the group's pet-food brands. Shares of Fairhaven rose 6% in after-hours trading.

"We think a sale makes a lot of sense," said Ritu Malhotra, a consumer analyst at Bernstein. "Frozen desserts have been a drag on margins for three years."
""", [
    ("Dana Whitlock-Soares", SAME, "Fairhaven Chief Executive Officer"),
    ("Whitlock-Soares", "Dana Whitlock-Soares", None),
    ("Ritu Malhotra", SAME, "consumer analyst at Bernstein"),
], [
    ("Fairhaven Foods is exploring a sale of its frozen-desserts unit that could value the business at about $3 billion", "three people familiar with the matter", "according to", IND),
    ("The company has hired investment bank Keller Brandt & Co to run the process, which is at an early stage", "the sources", "said", IND),
    ("Private equity firms including Greyfield Partners and Martin Ames Capital are expected to consider bids", "one of the people", "said", IND),
    ('the company was "reviewing every part of the portfolio."', "Dana Whitlock-Soares", "told", IND),
    ("the company did not comment on market rumours", "A Fairhaven spokeswoman", "said", IND),
    ("We think a sale makes a lot of sense,", "Ritu Malhotra", "said", DIR),
    ("Frozen desserts have been a drag on margins for three years.", "Ritu Malhotra", "said", DIR),
])

art("bp2-12", "2024-12-19", "Australian sport, cricket (straight quotes)", """
PERTH: Australia captain Lachlan Pryce-Tully has backed Darcy Nguyen to keep his place at the top of the order for the Boxing Day Test despite a run of four single-figure scores.

"Darcy is a class player and he'll come good," Pryce-Tully told reporters on Thursday. "You don't become a bad player in a month."

Nguyen, 26, made 4 and 7 in the second Test in Adelaide and was dismissed twice by the same short-pitched plan. He won the Keith Ransome Medal as Western Australia's best player last season.

Chair of selectors Bronwyn Carmody said the panel had "full faith" in the top order, but she conceded that Queensland batter Will Fenech had "knocked the door down" with three Sheffield Shield hundreds.

Former Test spinner Ray Kostakis was less diplomatic on Fox Cricket, saying Nguyen looked scrambled at the crease and should be sent back to state cricket. "He needs runs, not a pep talk," Kostakis said. "Fenech has earned a go."
""", [
    ("Lachlan Pryce-Tully", SAME, "Australia captain"),
    ("Darcy Nguyen", SAME, None),
    ("Darcy", "Darcy Nguyen", None),
    ("Pryce-Tully", "Lachlan Pryce-Tully", None),
    ("[Nguyen], 26", "Darcy Nguyen", None),
    ("Bronwyn Carmody", SAME, "Chair of selectors"),
    ("Will Fenech", SAME, "Queensland batter"),
    ("Ray Kostakis", SAME, "Former Test spinner"),
    ("[Nguyen] looked", "Darcy Nguyen", None),
    ("Kostakis", "Ray Kostakis", None),
    ("[Fenech] has", "Will Fenech", None),
], [
    ("Darcy is a class player and he'll come good,", "Lachlan Pryce-Tully", "told", DIR),
    ("You don't become a bad player in a month.", "Lachlan Pryce-Tully", "told", DIR),
    ('the panel had "full faith" in the top order', "Bronwyn Carmody", "said", IND),
    ('Queensland batter Will Fenech had "knocked the door down" with three Sheffield Shield hundreds', "Bronwyn Carmody", "conceded", IND),
    ("Nguyen looked scrambled at the crease and should be sent back to state cricket", "Ray Kostakis", "saying", IND),
    ("He needs runs, not a pep talk,", "Ray Kostakis", "said", DIR),
    ("Fenech has earned a go.", "Ray Kostakis", "said", DIR),
])

art("bp2-13", "2025-08-05", "Indian English, business (curly quotes, mid-quote attribution)", """
MUMBAI: Shares of Shreeji Polymers rose 8 per cent on Tuesday after the company’s Chairman and Managing Director, Anil Kumar Bhansali, said the firm would double capacity at its Dahej plant by 2027.

“Demand from the packaging sector is very strong and we see no slowdown,” Mr. Bhansali told analysts on a post-earnings call. He said the expansion would cost about Rs 1,800 crore and would be funded largely through internal accruals.

The company’s Chief Financial Officer, Ms. Kavita Deshpande, added that net debt would stay below one times operating profit.

Analysts at Motilal Oswal said in a note that the expansion was well timed, given the anti-dumping duties imposed on Chinese imports earlier this year. Not everyone was convinced.

“The numbers look solid,” said Rajiv Menon, a fund manager at a Mumbai-based asset management company, “but the valuation already prices in a lot of good news.” Mr. Menon said his fund had trimmed its holding in the stock.

The promoter group, led by the Bhansali family, holds about 62 per cent of the company.
""", [
    ("Anil Kumar Bhansali", SAME, "company’s Chairman and Managing Director"),
    ("Mr. [Bhansali]", "Anil Kumar Bhansali", None),
    ("Kavita Deshpande", SAME, "company’s Chief Financial Officer"),
    ("Rajiv Menon", SAME, "fund manager at a Mumbai-based asset management company"),
    ("Mr. [Menon]", "Rajiv Menon", None),
], [
    ("the firm would double capacity at its Dahej plant by 2027", "Anil Kumar Bhansali", "said", IND),
    ("Demand from the packaging sector is very strong and we see no slowdown,", "Anil Kumar Bhansali", "told", DIR),
    ("the expansion would cost about Rs 1,800 crore and would be funded largely through internal accruals", "Anil Kumar Bhansali", "said", IND),
    ("net debt would stay below one times operating profit", "Kavita Deshpande", "added", IND),
    ("the expansion was well timed, given the anti-dumping duties imposed on Chinese imports earlier this year", "Analysts at Motilal Oswal", "said", IND),
    ("The numbers look solid,", "Rajiv Menon", "said", DIR),
    ("but the valuation already prices in a lot of good news.", "Rajiv Menon", "said", DIR),
    ("his fund had trimmed its holding in the stock", "Rajiv Menon", "said", IND),
])

art("bp2-14", "2023-11-28", "UK local paper, magistrates' court (British single quotes)", """
A Ledbury man whose dog attacked a postwoman on her round has been banned from keeping animals for five years.

Kieran Blaxhall, 34, of Orchard Close, pleaded guilty at Hereford Magistrates’ Court to owning a dog that was dangerously out of control. The attack happened in July, when Janet Okafor-Bell, 58, was delivering parcels to a neighbouring house.

Mrs Okafor-Bell needed 14 stitches to her arm and has not returned to work. In a statement read to the court, she said: ‘I loved my round. Now I cross the road when I see a dog.’

Defending, Ms Rhiannon Price-Jones said her client had not realised the gate had been left open and was ‘devastated’ by what had happened.

Chairman of the bench Geoffrey Tamblyn told Blaxhall he had ignored two warnings from neighbours. ‘You were told this animal was a danger and you did nothing,’ Mr Tamblyn said. Blaxhall was also ordered to pay £1,200 in compensation.

A Royal Mail spokesperson said attacks on postal staff in Herefordshire had risen by a fifth last year.
""", [
    ("Kieran Blaxhall", SAME, None),
    ("Janet Okafor-Bell", SAME, None),
    ("Mrs [Okafor-Bell]", "Janet Okafor-Bell", None),
    ("Rhiannon Price-Jones", SAME, None),
    ("Geoffrey Tamblyn", SAME, "Chairman of the bench"),
    ("told [Blaxhall]", "Kieran Blaxhall", None),
    ("Mr [Tamblyn]", "Geoffrey Tamblyn", None),
    ("[Blaxhall] was also", "Kieran Blaxhall", None),
], [
    ("I loved my round. Now I cross the road when I see a dog.", "Janet Okafor-Bell", "said", DIR),
    ("her client had not realised the gate had been left open and was ‘devastated’ by what had happened", "Rhiannon Price-Jones", "said", IND),
    ("he had ignored two warnings from neighbours", "Geoffrey Tamblyn", "told", IND),
    ("You were told this animal was a danger and you did nothing,", "Geoffrey Tamblyn", "said", DIR),
    ("attacks on postal staff in Herefordshire had risen by a fifth last year", "A Royal Mail spokesperson", "said", IND),
])

art("bp2-15", "2024-03-08", "US wire (AP style), science / space", """
CAPE CANAVERAL, Fla. (AP) — A privately built lunar lander tipped over shortly after touching down near the moon's south pole on Thursday, its operator said, cutting short a mission that had been meant to last two weeks.

Selene Dynamics, the Houston company that built the craft, said the lander was still sending data but that its solar panels were pointing the wrong way.

"We landed on the moon. We just didn't land the way we wanted to," mission director Raúl Etxeberria told reporters. He said engineers believed one of the six legs had caught the edge of a small crater.

NASA, which paid the company $118 million to carry five science instruments, said at least three of them had already returned useful measurements. The agency's associate administrator for science, Gwendolyn Asante-Frye, called the landing "a partial success and a real one."

"Every one of these flights teaches us something," she said. "This one taught us about crater rims."

Etxeberria said the company's next lander, nicknamed "Tortoise," would fly in 2026.
""", [
    ("Raúl Etxeberria", SAME, "mission director"),
    ("Gwendolyn Asante-Frye", SAME, "agency's associate administrator for science"),
    ("[Etxeberria] said the company", "Raúl Etxeberria", None),
], [
    ("A privately built lunar lander tipped over shortly after touching down near the moon's south pole on Thursday", "its operator", "said", IND),
    ("the lander was still sending data but that its solar panels were pointing the wrong way", "Selene Dynamics", "said", IND),
    ("We landed on the moon. We just didn't land the way we wanted to,", "Raúl Etxeberria", "told", DIR),
    ("engineers believed one of the six legs had caught the edge of a small crater", "Raúl Etxeberria", "said", IND),
    ("at least three of them had already returned useful measurements", "NASA", "said", IND),
    ("a partial success and a real one.", "Gwendolyn Asante-Frye", "called", DIR),
    ("Every one of these flights teaches us something,", "Gwendolyn Asante-Frye", "said", DIR),
    ("This one taught us about crater rims.", "Gwendolyn Asante-Frye", "said", DIR),
    ('the company\'s next lander, nicknamed "Tortoise," would fly in 2026', "Raúl Etxeberria", "said", IND),
])

art("bp2-16", "2025-10-12", "Foreign affairs, Gulf (straight quotes; bin / Al names)", """
RIYADH — Saudi Foreign Minister Adel bin Nasser Al Qahtani said on Sunday that talks on a regional maritime security pact had made "real progress", after two days of meetings with Gulf and Jordanian counterparts at the King Fahd Conference Centre.

"We agreed on the principles. The details will take longer," Al Qahtani said, standing beside Jordanian Foreign Minister Rami Haddad-Khoury.

Mr Haddad-Khoury told Al Jazeera later that a draft text could be ready "before the end of the year", but he declined to say whether Iran had been consulted.

A senior Western diplomat in the Saudi capital said the pact was largely about protecting shipping lanes in the Red Sea. Gulf officials were more guarded. They said the text would not name any country as a threat.

Omani Minister of State for Foreign Affairs Khalid bin Hamad Al Rawahi, who attended as an observer, said his country "supports any arrangement that lowers the temperature". Oman has long acted as a go-between in the region, and Al Rawahi is expected to travel to Tehran next month.
""", [
    ("Adel bin Nasser Al Qahtani", SAME, "Saudi Foreign Minister"),
    ("[Al Qahtani] said", "Adel bin Nasser Al Qahtani", None),
    ("Rami Haddad-Khoury", SAME, "Jordanian Foreign Minister"),
    ("Mr [Haddad-Khoury]", "Rami Haddad-Khoury", None),
    ("Khalid bin Hamad Al Rawahi", SAME, "Omani Minister of State for Foreign Affairs"),
    ("[Al Rawahi] is expected", "Khalid bin Hamad Al Rawahi", None),
], [
    ('talks on a regional maritime security pact had made "real progress"', "Adel bin Nasser Al Qahtani", "said", IND),
    ("We agreed on the principles. The details will take longer,", "Adel bin Nasser Al Qahtani", "said", DIR),
    ('a draft text could be ready "before the end of the year"', "Rami Haddad-Khoury", "told", IND),
    ("the pact was largely about protecting shipping lanes in the Red Sea", "A senior Western diplomat in the Saudi capital", "said", IND),
    ("the text would not name any country as a threat", "Gulf officials", "said", IND),
    ('his country "supports any arrangement that lowers the temperature"', "Khalid bin Hamad Al Rawahi", "said", IND),
])

art("bp2-17", "2025-02-06", "UK broadsheet, politics, House of Lords (Baroness, Lady, Lord, Dame)", """
The government suffered its third defeat in the House of Lords in a week on Wednesday night, when peers backed an amendment to the Children’s Wellbeing Bill that would require councils to publish waiting times for mental health assessments.

The amendment, tabled by former schools minister Baroness Ferrier-Quaye, was passed by 241 votes to 196, with more than 20 Labour peers voting against the whips.

“This amendment,” Lady Ferrier-Quaye told the chamber, “is about children who have nobody else to speak for them.” Lord Hallworth, a former Court of Appeal judge, told peers the amendment was “modest and overdue”.

Outside the chamber, Dame Sheila Ngata, a former children’s commissioner for England, said the figures were already collected and that publishing them would cost “next to nothing”. Dame Sheila added that some families in the north-east had waited more than a year for an assessment.

Schools minister Jacob Trelawney-Smith said the government shared the aim but that the amendment would “tie councils in red tape”. A Department for Education source said: “We will look at this carefully, but nobody should assume we will accept it.”

Asked whether he would meet the rebels, Mr Trelawney-Smith said his door was “always open”.
""", [
    ("Baroness [Ferrier-Quaye]", "Ferrier-Quaye", "former schools minister"),
    ("Lady [Ferrier-Quaye]", "Ferrier-Quaye", None),
    ("Lord [Hallworth]", "Hallworth", "former Court of Appeal judge"),
    ("Sheila Ngata", SAME, "former children’s commissioner for England"),
    ("Dame [Sheila] added", "Sheila Ngata", None),
    ("Jacob Trelawney-Smith", SAME, "Schools minister"),
    ("Mr [Trelawney-Smith]", "Jacob Trelawney-Smith", None),
], [
    ("This amendment,", "Ferrier-Quaye", "told", DIR),
    ("is about children who have nobody else to speak for them.", "Ferrier-Quaye", "told", DIR),
    ("the amendment was “modest and overdue”", "Hallworth", "told", IND),
    ("the figures were already collected and that publishing them would cost “next to nothing”", "Sheila Ngata", "said", IND),
    ("some families in the north-east had waited more than a year for an assessment", "Sheila Ngata", "added", IND),
    ("the government shared the aim but that the amendment would “tie councils in red tape”", "Jacob Trelawney-Smith", "said", IND),
    ("We will look at this carefully, but nobody should assume we will accept it.", "A Department for Education source", "said", DIR),
    ("his door was “always open”", "Jacob Trelawney-Smith", "said", IND),
])

art("bp2-18", "2024-09-17", "US wire (AP style), federal court", """
CHICAGO (AP) — A former suburban mayor was sentenced Tuesday to six years in federal prison for steering more than $2.3 million in city contracts to a paving company secretly owned by his brother-in-law.

U.S. District Judge Miriam Castellanos-Reyes said former Elmhurst Park Mayor Richard J. Kowalczyk had treated his office "like a family business" during his 12 years in charge.

"This was not a lapse. This was a business model," Assistant U.S. Attorney Keisha Langford told the court. Prosecutors had asked for eight years.

Kowalczyk, 63, apologized to residents before the sentence was handed down. "I let down the people who trusted me, and I will carry that," he said, reading from a prepared statement.

His attorney, Leonard Bassey, said outside the Dirksen Federal Building that his client would appeal. The brother-in-law, Thomas Ruane, pleaded guilty last year and is awaiting sentencing.

Kowalczyk resigned in 2023, weeks after FBI agents searched City Hall. Elmhurst Park's current mayor, Denise Oyelowo-Hart, said the city had since "rebuilt every contract from scratch."
""", [
    ("Miriam Castellanos-Reyes", SAME, "U.S. District Judge"),
    ("Richard J. Kowalczyk", SAME, "former Elmhurst Park Mayor"),
    ("Keisha Langford", SAME, "Assistant U.S. Attorney"),
    ("[Kowalczyk], 63", "Richard J. Kowalczyk", None),
    ("Leonard Bassey", SAME, "attorney"),
    ("Thomas Ruane", SAME, None),
    ("[Kowalczyk] resigned", "Richard J. Kowalczyk", None),
    ("Denise Oyelowo-Hart", SAME, "Elmhurst Park's current mayor"),
], [
    ('former Elmhurst Park Mayor Richard J. Kowalczyk had treated his office "like a family business" during his 12 years in charge', "Miriam Castellanos-Reyes", "said", IND),
    ("This was not a lapse. This was a business model,", "Keisha Langford", "told", DIR),
    ("I let down the people who trusted me, and I will carry that,", "Richard J. Kowalczyk", "said", DIR),
    ("his client would appeal", "Leonard Bassey", "said", IND),
    ('the city had since "rebuilt every contract from scratch."', "Denise Oyelowo-Hart", "said", IND),
])

art("bp2-19", "2025-06-30", "Sport, tennis (mixed straight double and single quotes)", """
Britain's Oliver Shah-Haddon reached his first Grand Slam quarter-final on Monday, beating Jean-Luc Moreau-Duval of France 6-4 3-6 7-6 6-2 in a match that lasted just under four hours.

The 22-year-old from Bolton, who was ranked outside the top 200 only 18 months ago, dropped to his knees after the final point. "I honestly can't put it into words," Shah-Haddon said in his on-court interview. "My mum has been driving me to tournaments since I was eight."

Moreau-Duval, who needed treatment on his shoulder in the third set, refused to blame the injury. 'He was better than me today, simple as that,' the Frenchman said.

Shah-Haddon's coach, Pieter van Rensburg, said the pair had spent the winter working on his second serve. "We knew he could stay with these guys from the baseline," van Rensburg said. "The serve was the missing piece."

He will next face Mateo de la Fuente, who won the title last year and has not dropped a set all tournament.
""", [
    ("Oliver Shah-Haddon", SAME, None),
    ("Jean-Luc Moreau-Duval", SAME, None),
    ("Shah-Haddon", "Oliver Shah-Haddon", None),
    ("Moreau-Duval", "Jean-Luc Moreau-Duval", None),
    ("Shah-Haddon", "Oliver Shah-Haddon", None),
    ("Pieter van Rensburg", SAME, "Shah-Haddon's coach"),
    ("van Rensburg", "Pieter van Rensburg", None),
    ("Mateo de la Fuente", SAME, None),
], [
    ("I honestly can't put it into words,", "Oliver Shah-Haddon", "said", DIR),
    ("My mum has been driving me to tournaments since I was eight.", "Oliver Shah-Haddon", "said", DIR),
    ("He was better than me today, simple as that,", "Jean-Luc Moreau-Duval", "said", DIR),
    ("the pair had spent the winter working on his second serve", "Pieter van Rensburg", "said", IND),
    ("We knew he could stay with these guys from the baseline,", "Pieter van Rensburg", "said", DIR),
    ("The serve was the missing piece.", "Pieter van Rensburg", "said", DIR),
])

art("bp2-20", "2024-04-23", "European business (straight quotes; organisations with particles and surnames)", """
AMSTERDAM — Van Leeuwen Groep, the Dutch dredging and marine engineering company, has agreed to buy its French rival Dumas-Lefèvre Marine for €1.4 billion, creating Europe's second-largest operator of seagoing dredgers.

Chief executive Maarten de Jong said the deal would give the combined group "the scale to bid for the really big coastal defence contracts", particularly in Asia. He told a conference call that about 300 jobs could go, mostly in overlapping head-office functions.

Dumas-Lefèvre's chairwoman, Anne-Sophie de La Tour, said the family shareholders had accepted the offer "with some sadness but no hesitation". Her grandfather, Henri Dumas, co-founded the company in Le Havre in 1948.

The French finance ministry is expected to examine the deal, according to a person close to the matter. A ministry spokesman said Paris would "look closely at the commitments on employment".

ING analyst Femke Bakker-Visser said the price was "full but not crazy". "They are paying for the order book, not for the ships," she said.

Van Leeuwen's shares rose 3.2 per cent in Amsterdam on Tuesday.
""", [
    ("Maarten de Jong", SAME, "Chief executive"),
    ("Anne-Sophie de La Tour", SAME, "Dumas-Lefèvre's chairwoman"),
    ("Henri Dumas", SAME, None),
    ("Femke Bakker-Visser", SAME, "ING analyst"),
], [
    ('the deal would give the combined group "the scale to bid for the really big coastal defence contracts", particularly in Asia', "Maarten de Jong", "said", IND),
    ("about 300 jobs could go, mostly in overlapping head-office functions", "Maarten de Jong", "told", IND),
    ('the family shareholders had accepted the offer "with some sadness but no hesitation"', "Anne-Sophie de La Tour", "said", IND),
    ("The French finance ministry is expected to examine the deal", "a person close to the matter", "according to", IND),
    ('Paris would "look closely at the commitments on employment"', "A ministry spokesman", "said", IND),
    ('the price was "full but not crazy"', "Femke Bakker-Visser", "said", IND),
    ("They are paying for the order book, not for the ships,", "Femke Bakker-Visser", "said", DIR),
])

art("bp2-21", "2025-06-16", "UK broadsheet, arts/books (titles of works and scare quotes are not quotes)", """
Dame Imogen Strachan-Lowe has won the Walter Scott Prize for historical fiction for her tenth novel, “The Salt Orchard”, the story of two sisters running a smuggling ring on the Essex marshes in the 1820s.

The chair of the judges, Amara Quist, called the book “a quiet masterpiece” and said the panel had reached its decision “in under an hour”.

Strachan-Lowe, 71, who collected the £25,000 prize at a ceremony in Melrose on Saturday, said she had written most of it in a garden shed “with a paraffin heater and a great deal of tea”. “I thought I had retired from novels,” she told the audience. “Apparently the novels had not retired from me.”

Her win caps a remarkable year for her publisher, Harcourt Lyall, whose list also includes several of the “cosy crime” writers whose sales have soared since the pandemic. The BBC has already announced a six-part adaptation, ‘Orchard’, to be written by Tobias Ekland, whose last play ran for a year in the West End.

Dame Imogen said she would “stay well out of his way”.
""", [
    ("Imogen Strachan-Lowe", SAME, None),
    ("Amara Quist", SAME, "chair of the judges"),
    ("Strachan-Lowe", "Imogen Strachan-Lowe", None),
    ("Tobias Ekland", SAME, None),
    ("Dame [Imogen] said", "Imogen Strachan-Lowe", None),
], [
    ("a quiet masterpiece", "Amara Quist", "called", DIR),
    ("the panel had reached its decision “in under an hour”", "Amara Quist", "said", IND),
    ("she had written most of it in a garden shed “with a paraffin heater and a great deal of tea”", "Imogen Strachan-Lowe", "said", IND),
    ("I thought I had retired from novels,", "Imogen Strachan-Lowe", "told", DIR),
    ("Apparently the novels had not retired from me.", "Imogen Strachan-Lowe", "told", DIR),
    ("she would “stay well out of his way”", "Imogen Strachan-Lowe", "said", IND),
])

art("bp2-22", "2024-08-29", "Australian courts (straight quotes; a racehorse name in single quotes)", """
A Melbourne man who ran a sham disability support business has been jailed for at least six years after a County Court judge found he had taken more than $3.1 million from the National Disability Insurance Scheme.

Judge Philippa Strathmore said Bradley Quan-Whitfield, 41, had "preyed on a system built to help the most vulnerable people in this state". He had pleaded guilty to 27 charges of obtaining a financial advantage by deception.

Crown prosecutor Damien O'Rourke said the money had paid for a Brighton apartment, two boats and a share in a racehorse named 'Lucky Legend'.

Quan-Whitfield's barrister, Yvette Lim, told the court her client had been "consumed" by gambling and had already repaid $400,000. Judge Strathmore said she had taken his early plea into account but that general deterrence was "paramount".

Outside court, Detective Superintendent Karen Mulholland, who leads the state's NDIS fraud taskforce, said more arrests were very likely. "We are coming for every dollar," she said. "People who think this is a victimless crime should talk to the families on our waiting lists."

Mr Quan-Whitfield will be eligible for parole in 2030.
""", [
    ("Philippa Strathmore", SAME, "Judge"),
    ("Bradley Quan-Whitfield", SAME, None),
    ("Damien O'Rourke", SAME, "Crown prosecutor"),
    ("[Quan-Whitfield]'s barrister", "Bradley Quan-Whitfield", None),
    ("Yvette Lim", SAME, "Quan-Whitfield's barrister"),
    ("Judge [Strathmore] said", "Philippa Strathmore", "Judge"),
    ("Karen Mulholland", SAME, "Detective Superintendent"),
    ("Mr [Quan-Whitfield]", "Bradley Quan-Whitfield", None),
], [
    ('Bradley Quan-Whitfield, 41, had "preyed on a system built to help the most vulnerable people in this state"', "Philippa Strathmore", "said", IND),
    ("the money had paid for a Brighton apartment, two boats and a share in a racehorse named 'Lucky Legend'", "Damien O'Rourke", "said", IND),
    ('her client had been "consumed" by gambling and had already repaid $400,000', "Yvette Lim", "told", IND),
    ('she had taken his early plea into account but that general deterrence was "paramount"', "Philippa Strathmore", "said", IND),
    ("more arrests were very likely", "Karen Mulholland", "said", IND),
    ("We are coming for every dollar,", "Karen Mulholland", "said", DIR),
    ("People who think this is a victimless crime should talk to the families on our waiting lists.", "Karen Mulholland", "said", DIR),
])

art("bp2-23", "2025-01-10", "Indian English, sport / cricket", """
NEW DELHI: India captain Aarav Deshmukh on Friday defended the team management's decision to rest Harpreet Sandhu for the third ODI against Sri Lanka, saying workload management was "non-negotiable" ahead of the Champions Trophy.

"Harpreet has bowled close to 200 overs in the last three months. We want him fresh for the big games," Deshmukh told reporters at the Arun Jaitley Stadium.

Sandhu, 29, had been the leading wicket-taker in the series with nine wickets. Mohit Chaudhary, who has been named as his replacement, is yet to play an international match.

Former India selector K. Srinath Rao criticised the move, saying the BCCI was "treating a bilateral series like a net session". According to Mr. Rao, fans who had bought tickets deserved to see the best XI.

BCCI secretary Manohar Pillai said the board fully backed the captain. Team sources said Sandhu would return for the first Test in Chennai next month.
""", [
    ("Aarav Deshmukh", SAME, "India captain"),
    ("Harpreet Sandhu", SAME, None),
    ("Harpreet", "Harpreet Sandhu", None),
    ("[Deshmukh] told", "Aarav Deshmukh", None),
    ("[Sandhu], 29", "Harpreet Sandhu", None),
    ("Mohit Chaudhary", SAME, None),
    ("K. Srinath Rao", SAME, "Former India selector"),
    ("Mr. [Rao]", "K. Srinath Rao", None),
    ("Manohar Pillai", SAME, "BCCI secretary"),
    ("[Sandhu] would", "Harpreet Sandhu", None),
], [
    ('workload management was "non-negotiable" ahead of the Champions Trophy', "Aarav Deshmukh", "saying", IND),
    ("Harpreet has bowled close to 200 overs in the last three months. We want him fresh for the big games,", "Aarav Deshmukh", "told", DIR),
    ('the BCCI was "treating a bilateral series like a net session"', "K. Srinath Rao", "saying", IND),
    ("fans who had bought tickets deserved to see the best XI", "K. Srinath Rao", "according to", IND),
    ("the board fully backed the captain", "Manohar Pillai", "said", IND),
    ("Sandhu would return for the first Test in Chennai next month", "Team sources", "said", IND),
])

art("bp2-24", "2024-02-14", "US local paper, school board (schools named after people)", """
HARLAN FALLS — The Harlan Falls school board voted 5-2 Tuesday night to close Lincoln Elementary at the end of the school year, despite more than two hours of public comment urging members to keep the 94-year-old building open.

Superintendent Lorraine Hutchins-Baker told the board that enrollment at Lincoln had fallen by a third since 2015 and that repairing its roof and boiler would cost $4.7 million. "I don't like this recommendation any more than you do," she said. "But I can't ask taxpayers to heat empty classrooms."

Ana Ruiz, whose two children attend the school, said families had been "blindsided." Ruiz said she would ask the district to keep a before-school program running for Lincoln families.

Board President Mike Delgado, who voted for the closure, said the decision was "the hardest vote I've taken in eight years." Board member Theresa Quinlan-Park, one of the two no votes, said the district had not "done its homework" on where displaced students would go.

Lincoln's roughly 210 students will move to Roosevelt Elementary in the fall, district spokesperson Carla Jenkins said.
""", [
    ("Lorraine Hutchins-Baker", SAME, "Superintendent"),
    ("Ana Ruiz", SAME, None),
    ("[Ruiz] said she", "Ana Ruiz", None),
    ("Mike Delgado", SAME, "Board President"),
    ("Theresa Quinlan-Park", SAME, "Board member"),
    ("Carla Jenkins", SAME, "district spokesperson"),
], [
    ("enrollment at Lincoln had fallen by a third since 2015 and that repairing its roof and boiler would cost $4.7 million", "Lorraine Hutchins-Baker", "told", IND),
    ("I don't like this recommendation any more than you do,", "Lorraine Hutchins-Baker", "said", DIR),
    ("But I can't ask taxpayers to heat empty classrooms.", "Lorraine Hutchins-Baker", "said", DIR),
    ('families had been "blindsided."', "Ana Ruiz", "said", IND),
    ("she would ask the district to keep a before-school program running for Lincoln families", "Ana Ruiz", "said", IND),
    ('the decision was "the hardest vote I\'ve taken in eight years."', "Mike Delgado", "said", IND),
    ('the district had not "done its homework" on where displaced students would go', "Theresa Quinlan-Park", "said", IND),
    ("Lincoln's roughly 210 students will move to Roosevelt Elementary in the fall", "Carla Jenkins", "said", IND),
])

art("bp2-25", "2025-11-21", "UK broadsheet, foreign affairs (a quote running over two paragraphs)", """
The French President, Étienne Marchetti, and Germany’s Chancellor, Helga Brandauer-Stein, have called for the European Union to raise a second round of joint debt to pay for air defence, setting up a clash with the bloc’s so-called “frugal” members.

In a joint article published in Le Monde and the Frankfurter Allgemeine Zeitung, the two leaders wrote that Europe could “no longer assume that someone else will guard our skies”.

Speaking in Berlin on Thursday, Mr Marchetti said Europe had been “too slow, for too long”. “We borrowed together to survive a pandemic. We can borrow together to survive a war on our doorstep.

“Anyone who tells you this is a luxury has not looked at a map.”

Ms Brandauer-Stein was more cautious, saying that any new borrowing would need “strict conditions” and a fixed end date. The Dutch Prime Minister, Joost Verhoeven, said his government remained “sceptical” but would “listen to the arguments”.

A senior EU official said the proposal would be discussed at a summit in Brussels next month but was unlikely to be agreed before the summer.
""", [
    ("Étienne Marchetti", SAME, "French President"),
    ("Helga Brandauer-Stein", SAME, "Germany’s Chancellor"),
    ("Mr [Marchetti]", "Étienne Marchetti", None),
    ("Ms [Brandauer-Stein]", "Helga Brandauer-Stein", None),
    ("Joost Verhoeven", SAME, "Dutch Prime Minister"),
], [
    ("Europe could “no longer assume that someone else will guard our skies”", "the two leaders", "wrote", IND),
    ("Europe had been “too slow, for too long”", "Étienne Marchetti", "said", IND),
    ("We borrowed together to survive a pandemic. We can borrow together to survive a war on our doorstep.", "Étienne Marchetti", "said", DIR),
    ("Anyone who tells you this is a luxury has not looked at a map.", "Étienne Marchetti", "said", DIR),
    ("any new borrowing would need “strict conditions” and a fixed end date", "Helga Brandauer-Stein", "saying", IND),
    ("his government remained “sceptical” but would “listen to the arguments”", "Joost Verhoeven", "said", IND),
    ("the proposal would be discussed at a summit in Brussels next month but was unlikely to be agreed before the summer", "A senior EU official", "said", IND),
])

art("bp2-26", "2024-03-04", "UK science / weather (Professor as title, ex- role, Sir)", """
Britain has recorded its wettest 18 months since records began in 1836, the Met Office said on Monday, with rainfall across England and Wales running at 127 per cent of the long-term average.

Professor Hannah Ellery-Jones, of the University of Reading, said the figures were “exactly what the climate models have been telling us for thirty years”. She added that warmer air holds more moisture, so heavy downpours were becoming both more frequent and more intense.

Ex-Met Office chief scientist Sir Duncan Abernethy warned that drainage built for the last century would not cope. “We keep calling these events freak weather,” Sir Duncan said. “They are not freaks any more.”

Tom Pendleton, who farms 400 acres near Boston in Lincolnshire, has not drilled a single field of wheat this winter. “I’ve got ground that has been under water since October,” he said. Mr Pendleton said his insurer had told him crop losses from waterlogging were not covered.

The Environment Agency said more than 1,900 properties had flooded in England since the start of the year.
""", [
    ("Hannah Ellery-Jones", SAME, "Professor"),
    ("Duncan Abernethy", SAME, "Ex-Met Office chief scientist"),
    ("Sir [Duncan] said", "Duncan Abernethy", None),
    ("Tom Pendleton", SAME, None),
    ("Mr [Pendleton]", "Tom Pendleton", None),
], [
    ("Britain has recorded its wettest 18 months since records began in 1836", "the Met Office", "said", IND),
    ("the figures were “exactly what the climate models have been telling us for thirty years”", "Hannah Ellery-Jones", "said", IND),
    ("warmer air holds more moisture, so heavy downpours were becoming both more frequent and more intense", "Hannah Ellery-Jones", "added", IND),
    ("drainage built for the last century would not cope", "Duncan Abernethy", "warned", IND),
    ("We keep calling these events freak weather,", "Duncan Abernethy", "said", DIR),
    ("They are not freaks any more.", "Duncan Abernethy", "said", DIR),
    ("I’ve got ground that has been under water since October,", "Tom Pendleton", "said", DIR),
    ("his insurer had told him crop losses from waterlogging were not covered", "Tom Pendleton", "said", IND),
    ("more than 1,900 properties had flooded in England since the start of the year", "The Environment Agency", "said", IND),
])

art("bp2-27", "2025-04-30", "US wire (AP style), state politics (pronoun speakers, 'they')", """
ATLANTA (AP) — Gov. Beau Whitaker-Lyons signed a bill Wednesday banning cellphones in Georgia's public school classrooms from next fall, the first such statewide ban in the Southeast.

"Kids learn better when they're not staring at a screen," Whitaker-Lyons said at a signing ceremony at the state Capitol. He said districts would have until August to adopt their own rules.

Rep. Shanice Odom of Macon, who voted against the bill, said it left too many decisions to individual school boards. "We passed a slogan, not a policy," she said. Odom said she would push next year for state money to buy lockable phone pouches.

Two teachers' groups issued a joint statement backing the law. They said it would "give teachers back their classrooms."

Some parents have raised safety concerns. "If there's a shooting, I want to be able to reach my daughter," said Kendra Boyle, a mother of two in suburban Cobb County.

A spokeswoman for the governor, Ellie Marsh, said schools could allow exceptions for students with medical needs.
""", [
    ("Beau Whitaker-Lyons", SAME, "Gov."),
    ("Whitaker-Lyons", "Beau Whitaker-Lyons", None),
    ("Shanice Odom", SAME, "Rep."),
    ("[Odom] said she", "Shanice Odom", None),
    ("Kendra Boyle", SAME, None),
    ("Ellie Marsh", SAME, "spokeswoman for the governor"),
], [
    ("Kids learn better when they're not staring at a screen,", "Beau Whitaker-Lyons", "said", DIR),
    ("districts would have until August to adopt their own rules", "Beau Whitaker-Lyons", "said", IND),
    ("it left too many decisions to individual school boards", "Shanice Odom", "said", IND),
    ("We passed a slogan, not a policy,", "Shanice Odom", "said", DIR),
    ("she would push next year for state money to buy lockable phone pouches", "Shanice Odom", "said", IND),
    ('it would "give teachers back their classrooms."', "Two teachers' groups", "said", IND),
    ("If there's a shooting, I want to be able to reach my daughter,", "Kendra Boyle", "said", DIR),
    ("schools could allow exceptions for students with medical needs", "Ellie Marsh", "said", IND),
])

art("bp2-28", "2025-09-26", "UK business (a company named like a person, and its founder)", """
Harvey Nolan, the upmarket department store chain, has closed its Leeds flagship and put its remaining six stores up for sale, according to a filing at Companies House published on Friday.

The accounts show the retailer lost £38.6 million in the year to February, its fourth annual loss in a row. Harvey Nolan said in a statement that trading since Christmas had been "extremely challenging" and that it was in talks with "several interested parties".

Managing director Simon Carradine-Webb, who took over last April, told staff in an email seen by this newspaper that he was "confident" a buyer would be found. Mr Carradine-Webb wrote: "I know how unsettling this is. Nobody is giving up on this business."

Retail analyst Gillian Forsythe, of the consultancy Sawyer Kemp, said the brand was "worth far more than the buildings". "Harvey Nolan still means something to shoppers over 50. The question is whether anyone under 30 has heard of it," she said.

The store's founder, Harvey Nolan, opened the first shop in Harrogate in 1923 with a loan from his father-in-law.

The GMB union said about 900 jobs were at risk.
""", [
    ("Simon Carradine-Webb", SAME, "Managing director"),
    ("Mr [Carradine-Webb]", "Simon Carradine-Webb", None),
    ("Gillian Forsythe", SAME, "Retail analyst"),
    ("founder, [Harvey Nolan]", "Harvey Nolan", "store's founder"),
], [
    ("Harvey Nolan, the upmarket department store chain, has closed its Leeds flagship and put its remaining six stores up for sale", "a filing at Companies House published on Friday", "according to", IND),
    ('trading since Christmas had been "extremely challenging" and that it was in talks with "several interested parties"', "Harvey Nolan", "said", IND),
    ('he was "confident" a buyer would be found', "Simon Carradine-Webb", "told", IND),
    ("I know how unsettling this is. Nobody is giving up on this business.", "Simon Carradine-Webb", "wrote", DIR),
    ('the brand was "worth far more than the buildings"', "Gillian Forsythe", "said", IND),
    ("Harvey Nolan still means something to shoppers over 50. The question is whether anyone under 30 has heard of it,", "Gillian Forsythe", "said", DIR),
    ("about 900 jobs were at risk", "The GMB union", "said", IND),
])

art("bp2-29", "2025-02-18", "Foreign affairs / economics, Reuters style (Kenya; described sources)", """
NAIROBI (Reuters) - Kenya will seek a new $1.5 billion loan programme from the International Monetary Fund after its current arrangement expires in April, Treasury Cabinet Secretary Wanjiru Kamau-Otieno said on Tuesday.

Speaking to parliament's budget committee, Kamau-Otieno said the government had "no intention" of reviving the tax increases that sparked deadly protests last year. She said talks with the Fund would begin next month.

"We will not balance the books on the backs of young people," she told lawmakers.

Opposition MP Daniel Mutua-Kiprono accused the Treasury of "running to the IMF every time the sums stop adding up". Mutua-Kiprono, who sits on the committee, said debt repayments were now swallowing more than half of revenue.

An IMF spokesperson in Washington said the Fund "stands ready to engage" with Nairobi. Two Western diplomats in the capital said donors were likely to insist on tighter controls on state-owned companies. They said the issue had been raised privately with State House.

A government spokesman, Isaac Mwangi-Ouma, said the president had been "fully briefed".
""", [
    ("Wanjiru Kamau-Otieno", SAME, "Treasury Cabinet Secretary"),
    ("[Kamau-Otieno] said", "Wanjiru Kamau-Otieno", None),
    ("Daniel Mutua-Kiprono", SAME, "Opposition MP"),
    ("[Mutua-Kiprono], who", "Daniel Mutua-Kiprono", None),
    ("Isaac Mwangi-Ouma", SAME, "government spokesman"),
], [
    ("Kenya will seek a new $1.5 billion loan programme from the International Monetary Fund after its current arrangement expires in April", "Wanjiru Kamau-Otieno", "said", IND),
    ('the government had "no intention" of reviving the tax increases that sparked deadly protests last year', "Wanjiru Kamau-Otieno", "said", IND),
    ("talks with the Fund would begin next month", "Wanjiru Kamau-Otieno", "said", IND),
    ("We will not balance the books on the backs of young people,", "Wanjiru Kamau-Otieno", "told", DIR),
    ("running to the IMF every time the sums stop adding up", "Daniel Mutua-Kiprono", "accused", DIR),
    ("debt repayments were now swallowing more than half of revenue", "Daniel Mutua-Kiprono", "said", IND),
    ('the Fund "stands ready to engage" with Nairobi', "An IMF spokesperson in Washington", "said", IND),
    ("donors were likely to insist on tighter controls on state-owned companies", "Two Western diplomats in the capital", "said", IND),
    ("the issue had been raised privately with State House", "Two Western diplomats in the capital", "said", IND),
    ('the president had been "fully briefed"', "Isaac Mwangi-Ouma", "said", IND),
])

art("bp2-30", "2026-02-26", "UK sport, rugby union (first-name later mentions, Sir, ex-, Welsh 'ap')", """
England head coach Callum Fairbairn-Mace has dropped Ben Ashdown for Saturday’s Six Nations match against Ireland at Twickenham, handing a first Test start to the 20-year-old Kofi Adjei-Brennan.

“Ben is a huge part of what we do, but Kofi has earned this,” Fairbairn-Mace said at the squad announcement. He added that Ashdown had “taken it like a professional”.

Sir Gareth Tolland, the former England captain who lifted the Calcutta Cup four times, said on the BBC’s Rugby Union Weekly podcast that the decision was “brave and probably right”. “I’d have picked the kid three weeks ago,” Sir Gareth added.

Ireland head coach Niall de Búrca said his side were “not reading anything” into the selection. Ex-Wales wing Rhodri ap Huw, now a pundit for S4C, was less sure. “You don’t drop your best kicker in a Six Nations unless you know something we don’t,” ap Huw said.

England have not beaten Ireland at Twickenham since 2020.
""", [
    ("Callum Fairbairn-Mace", SAME, "England head coach"),
    ("Ben Ashdown", SAME, None),
    ("Kofi Adjei-Brennan", SAME, None),
    ("Ben", "Ben Ashdown", None),
    ("Kofi", "Kofi Adjei-Brennan", None),
    ("Fairbairn-Mace", "Callum Fairbairn-Mace", None),
    ("[Ashdown] had", "Ben Ashdown", None),
    ("Gareth Tolland", SAME, "former England captain"),
    ("Sir [Gareth] added", "Gareth Tolland", None),
    ("Niall de Búrca", SAME, "Ireland head coach"),
    ("Rhodri ap Huw", SAME, "Ex-Wales wing"),
    ("[ap Huw] said", "Rhodri ap Huw", None),
], [
    ("Ben is a huge part of what we do, but Kofi has earned this,", "Callum Fairbairn-Mace", "said", DIR),
    ("Ashdown had “taken it like a professional”", "Callum Fairbairn-Mace", "added", IND),
    ("the decision was “brave and probably right”", "Gareth Tolland", "said", IND),
    ("I’d have picked the kid three weeks ago,", "Gareth Tolland", "added", DIR),
    ("his side were “not reading anything” into the selection", "Niall de Búrca", "said", IND),
    ("You don’t drop your best kicker in a Six Nations unless you know something we don’t,", "Rhodri ap Huw", "said", DIR),
])

if __name__ == "__main__":
    main()
