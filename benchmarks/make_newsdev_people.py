"""Build benchmarks/data/newsdev-people.jsonl from the marked-up paragraphs below (offsets by script).

    python benchmarks/make_newsdev_people.py

Each paragraph was written for this project (invented people, quotes and events in the styles of UK, US,
Indian, Australian and Gulf wire copy; real office holders appear only in invented sentences). Markup:

    <p t="TITLE">Name</p>           a person's first mention, with the title the text gives them here
    <p r="Full Name">Mattis</p>      a later mention of the person first written as "Full Name"
    <p r="Full Name" t="TITLE">..</p> a later mention with a title of its own
    <q s="SPEAKER" v="VERB" d="1">..</q>  a quote (d="1" direct, "0" indirect)

The seed article is labelled by substrings (``SEED``), found in the file's text in order.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "newsdev-people.jsonl"
CHECK_OUT = ROOT / "benchmarks" / "data" / "newsdev-people-check.jsonl"
"""Paragraphs written after the extractor was tuned on the first set, to see how far it carries."""
SEED = ROOT / "seeds" / "000_aad1b39bc9a57caa.txt"

PARAGRAPHS: list[tuple[str, str, str]] = [
    ("uk_budget", "2024-11-01",
     'Chancellor <p t="Chancellor">Rachel Reeves</p> has defended her first Budget, saying <q s="Rachel Reeves" '
     'v="saying" d="0">the tax rises were needed to repair the public finances</q>. Speaking on the BBC\'s Today '
     'programme, Ms <p r="Rachel Reeves">Reeves</p> said: \u2018<q s="Rachel Reeves" v="said" d="1">I will not '
     'pretend that these choices were easy. But they were the right choices for the country.</q>\u2019 Her '
     'Conservative shadow, <p t="Conservative shadow">Mel Stride</p>, said <q s="Mel Stride" v="said" d="0">the '
     'Budget had broken Labour\u2019s promises to working people</q>.'),
    ("us_senate", "2023-06-08",
     'WASHINGTON (AP) \u2014 Sen. <p t="Sen.">Elizabeth Warren</p>, D-Mass., on Thursday urged regulators to '
     'block the merger, arguing that <q s="Elizabeth Warren" v="arguing" d="0">it would drive up prices for '
     'millions of families</q>. "<q s="Elizabeth Warren" v="said" d="1">This deal is bad for consumers and bad '
     'for workers</q>," <p r="Elizabeth Warren">Warren</p> said in a statement. <q s="a spokesperson" v="said" '
     'd="0">Treasury Secretary <p t="Treasury Secretary">Janet Yellen</p> declined to comment</q>, a '
     'spokesperson said.'),
    ("india_budget", "2024-02-01",
     'NEW DELHI: Union Finance Minister <p t="Union Finance Minister">Nirmala Sitharaman</p> on Thursday said '
     '<q s="Nirmala Sitharaman" v="said" d="0">the government would keep the fiscal deficit at 5.1 per cent of '
     'GDP in 2024-25</q>. Presenting the interim budget in the Lok Sabha, <p r="Nirmala Sitharaman">Sitharaman'
     '</p> said: "<q s="Nirmala Sitharaman" v="said" d="1">Our economy is doing well, and the people are '
     'looking to the future with hope and optimism.</q>" Congress president <p t="Congress president">'
     'Mallikarjun Kharge</p> called it a \u2018farewell budget\u2019 and said <q s="Mallikarjun Kharge" '
     'v="said" d="0">the government had failed the young and the unemployed</q>.'),
    ("au_referendum", "2023-10-15",
     'CANBERRA (AAP) - Prime Minister <p t="Prime Minister">Anthony Albanese</p> says <q s="Anthony Albanese" '
     'v="says" d="0">he respects the outcome of the referendum</q> after Australians voted against the Voice '
     'to Parliament. "<q s="Anthony Albanese" v="told" d="1">When you take a risk for a good cause, you never '
     'regret it</q>," Mr <p r="Anthony Albanese">Albanese</p> told reporters in Canberra on Sunday. Opposition '
     'Leader <p t="Opposition Leader">Peter Dutton</p> said <q s="Peter Dutton" v="said" d="0">the result '
     'showed the government had been out of touch with ordinary Australians</q>.'),
    ("caption_g7", "2022-05-20",
     'From left: British Foreign Secretary <p t="British Foreign Secretary">Liz Truss</p>, US Secretary of '
     'State <p t="US Secretary of State">Antony Blinken</p>, French Foreign Minister <p t="French Foreign '
     'Minister">Catherine Colonna</p> and Japanese Foreign Minister <p t="Japanese Foreign Minister">Yoshimasa '
     'Hayashi</p> pose for a family photo at the G7 meeting in Weissenhaus, Germany, on Friday. Photo: Reuters'),
    ("business_profit_warning", "2024-04-25",
     'Shares in Meridian Foods fell 8% on Thursday after chief executive <p t="chief executive">Sarah Okafor'
     '</p> warned that <q s="Sarah Okafor" v="warned" d="0">cost pressures would persist well into next year'
     '</q>. "<q s="Sarah Okafor" v="said" d="1">We are not immune to what is happening to our customers,</q>" '
     'she said on a call with analysts. <q s="a stock exchange filing" v="according to" d="0">The company\'s '
     'chairman, <p t="company\'s chairman">David Pike</p>, will step down in June</q>, according to a stock '
     'exchange filing.'),
    ("sport_england", "2023-11-20",
     'England manager <p t="England manager">Gareth Southgate</p> said <q s="Gareth Southgate" v="said" '
     'd="0">his squad was ready for the pressure of a major tournament</q>. "<q s="Gareth Southgate" v="said" '
     'd="1">We\'ve got a group of players who have been through big moments,</q>" <p r="Gareth Southgate">'
     'Southgate</p> said. Captain <p t="Captain">Harry Kane</p>, who scored twice at Wembley, added: "<q '
     's="Harry Kane" v="added" d="1">The belief in this dressing room is massive.</q>"'),
    ("court_fraud", "2023-03-02",
     'A former council leader has been jailed for fraud. Judge <p t="Judge">Helen Mayer</p> told <p>Mark '
     'Dunne</p>, 52, that <q s="Helen Mayer" v="told" d="0">he had abused the trust placed in him by voters'
     '</q>. <p r="Mark Dunne" t="former leader of Eastfield Council">Dunne</p>, the former leader of Eastfield '
     'Council, had admitted four counts of fraud. His lawyer, <p t="lawyer">Priya Nair</p>, said <q '
     's="Priya Nair" v="said" d="0">he was deeply sorry and had repaid the money</q>.'),
    ("gulf_metro", "2024-01-10",
     'Dubai: <q s="Mattar Al Tayer" v="said" d="0">The Roads and Transport Authority will open two new metro '
     'stations next year</q>, its director-general <p t="director-general">Mattar Al Tayer</p> said on '
     'Wednesday.\n\n\u201c<q s="Mattar Al Tayer" v="said" d="1">The expansion will serve more than 300,000 '
     'residents in the new districts.</q>\n\n\u201c<q s="Mattar Al Tayer" v="said" d="1">Construction has '
     'already started on the first station and will finish on schedule,</q>\u201d he said.'),
    ("us_book", "2018-01-06",
     'President <p t="President">Donald Trump</p> on Saturday called himself a \u201cstable genius\u201d after '
     'the publication of the book \u201cFire and Fury\u201d by <p>Michael Wolff</p>. <p r="Michael Wolff">Wolff'
     '</p> told NBC that <q s="Michael Wolff" v="told" d="0">he stood by every word of the book</q>. White House '
     'press secretary <p t="White House press secretary">Sarah Sanders</p> said <q s="Sarah Sanders" v="said" '
     'd="0">the book was full of false and misleading accounts</q>.'),
    ("sa_foundation", "2023-07-18",
     'JOHANNESBURG - <p>Gra\u00e7a Machel</p> spoke at the Nelson Mandela Foundation in Johannesburg on '
     'Tuesday. The foundation\'s chief executive, <p t="foundation\'s chief executive">Verne Harris</p>, said '
     '<q s="Verne Harris" v="said" d="0">the organisation would double its funding for rural schools</q>. The '
     'Nobel prize winner <p t="Nobel prize winner">Wole Soyinka</p>, who had flown in from Kennedy airport, '
     'told the audience that <q s="Wole Soyinka" v="told" d="0">Africa needed more libraries than stadiums</q>.'),
    ("us_iran", "2019-09-10",
     'Ambassador <p t="Ambassador">Kelly Craft</p> and Secretary of State <p t="Secretary of State">Mike '
     'Pompeo</p> announced new sanctions on Iran on Tuesday. <p r="Mike Pompeo">Pompeo</p> told reporters that '
     '<q s="Mike Pompeo" v="told" d="0">the administration would keep up its pressure campaign</q>. "<q '
     's="Kelly Craft" v="said" d="1">Iran must change its behaviour, and the council must hold it to account,'
     '</q>" Ms <p r="Kelly Craft">Craft</p> said. Treasury Secretary <p t="Treasury Secretary">Steven Mnuchin'
     '</p> said <q s="Steven Mnuchin" v="said" d="0">more measures were ready</q>. "<q s="Kelly Craft" '
     'v="said" d="1">We will not stop,</q>" she said.'),
    ("india_karnataka", "2023-05-20",
     'BENGALURU: Karnataka Chief Minister <p t="Karnataka Chief Minister">Siddaramaiah</p> and Deputy Chief '
     'Minister <p t="Deputy Chief Minister">D.K. Shivakumar</p> were sworn in on Saturday. <p r="Siddaramaiah">'
     'Siddaramaiah</p> said <q s="Siddaramaiah" v="said" d="0">the five guarantees promised by the Congress '
     'would be implemented at the first cabinet meeting</q>. BJP leader <p t="BJP leader">B.S. Yediyurappa</p> '
     'said <q s="B.S. Yediyurappa" v="said" d="0">his party would play the role of a responsible opposition'
     '</q>.'),
    ("uk_hs2", "2023-10-04",
     'The prime minister, <p t="prime minister">Rishi Sunak</p>, has scrapped the northern leg of HS2. Speaking '
     'in Manchester, Mr <p r="Rishi Sunak">Sunak</p> said: \u2018<q s="Rishi Sunak" v="said" d="1">I am ending '
     'this long-running saga.</q>\u2019 The mayor of Greater Manchester, <p t="mayor of Greater Manchester">Andy '
     'Burnham</p>, said <q s="Andy Burnham" v="said" d="0">the north had been treated like second-class '
     'citizens</q>. \u2018<q s="Andy Burnham" v="added" d="1">People here will not forget this,</q>\u2019 he '
     'added.'),
    ("ukraine_tanks", "2023-01-25",
     'German Chancellor <p t="German Chancellor">Olaf Scholz</p> said on Wednesday that <q s="Olaf Scholz" '
     'v="said" d="0">Germany would send Leopard 2 tanks to Ukraine</q>. Ukrainian President <p t="Ukrainian '
     'President">Volodymyr Zelensky</p> thanked him in a late-night video address. <q s="a government '
     'spokesman" v="according to" d="0">The first tanks could arrive within three months</q>, according to a '
     'government spokesman. <p r="Olaf Scholz">Scholz</p> told the Bundestag: "<q s="Olaf Scholz" v="told" '
     'd="1">We are doing this in close co-ordination with our allies.</q>"'),
    ("tributes_charlton", "2023-10-23",
     'Tributes poured in on Monday for Sir <p>Bobby Charlton</p>, who has died aged 86. Former US president '
     '<p t="Former US president">Barack Obama</p> wrote on X that <q s="Barack Obama" v="wrote" d="0">the '
     'world had lost a gentleman of the game</q>. Ex-England captain <p t="Ex-England captain">Wayne Rooney</p> '
     'tweeted: "<q s="Wayne Rooney" v="tweeted" d="1">Rest in peace, Sir <p r="Bobby Charlton">Bobby</p>. You '
     'were the best of us.</q>" The then-Manchester United manager <p t="then-Manchester United manager">Alex '
     'Ferguson</p> once called him the greatest player the club had produced.'),
    ("rbi_sources", "2024-03-05",
     'MUMBAI (Reuters) - <q s="three sources familiar with the matter" v="told" d="0">The Reserve Bank of India '
     'is likely to hold interest rates at its next meeting</q>, three sources familiar with the matter told '
     'Reuters. <q s="one of the sources" v="said" d="0">Policymakers are increasingly worried about food '
     'prices</q>, one of the sources said. Governor <p t="Governor">Shaktikanta Das</p> has said <q '
     's="Shaktikanta Das" v="said" d="0">inflation must come down to 4% on a durable basis</q>.'),
    ("nsw_covid", "2021-08-16",
     'SYDNEY (AAP) - NSW Premier <p t="NSW Premier">Gladys Berejiklian</p> has warned <q s="Gladys '
     'Berejiklian" v="warned" d="0">restrictions will stay in place beyond the end of the month</q>. <q '
     's="Brad Hazzard" v="according to" d="0">The state recorded 478 new cases overnight</q>, according to '
     'Health Minister <p t="Health Minister">Brad Hazzard</p>. "<q s="Gladys Berejiklian" v="said" d="1">I '
     'know how hard this is for everyone,</q>" Ms <p r="Gladys Berejiklian">Berejiklian</p> said. "<q '
     's="Gladys Berejiklian" v="said" d="1">But we have to hold our nerve.</q>"'),
    ("caption_g20", "2023-09-09",
     '(L-R) Brazil\'s President <p t="Brazil\'s President">Luiz In\u00e1cio Lula da Silva</p>, India\'s Prime '
     'Minister <p t="India\'s Prime Minister">Narendra Modi</p> and South Africa\'s President <p '
     't="South Africa\'s President">Cyril Ramaphosa</p> at the G20 summit in New Delhi on Saturday. (Photo by '
     '<p>Evan Vucci</p> / POOL / AFP)'),
    ("uk_election_2005", "2005-04-20",
     '<p t="Labour\'s election co-ordinator">Alan Milburn</p>, Labour\'s election co-ordinator, said <q '
     's="Alan Milburn" v="said" d="0">the Conservatives would cut \u00a335bn from public services</q>. Tory '
     'leader <p t="Tory leader">Michael Howard</p> denied the claim. \u2018<q s="Michael Howard" v="said" '
     'd="1">It is simply not true,</q>\u2019 Mr <p r="Michael Howard">Howard</p> said. Chancellor <p '
     't="Chancellor">Gordon Brown</p> told a rally in Birmingham that <q s="Gordon Brown" v="told" d="0">the '
     'economy was stronger than at any time in a generation</q>.'),
    ("nyc_mayor", "2022-06-14",
     'NEW YORK (AP) \u2014 Mayor <p t="Mayor">Eric Adams</p> on Tuesday announced an extra 1,000 officers for '
     'the subway. "<q s="Eric Adams" v="said" d="1">New Yorkers deserve to feel safe when they ride the '
     'trains,</q>" <p r="Eric Adams">Adams</p> said at a news conference. Police Commissioner <p t="Police '
     'Commissioner">Keechant Sewell</p> said <q s="Keechant Sewell" v="said" d="0">crime on the subway had '
     'fallen by a fifth since March</q>.'),
    ("tech_ceo", "2024-05-02",
     'Tesla CEO <p t="Tesla CEO">Elon Musk</p> said on Wednesday that <q s="Elon Musk" v="said" d="0">the '
     'company would spend $10 billion on artificial intelligence this year</q>. Apple chief executive <p '
     't="Apple chief executive">Tim Cook</p> told investors that <q s="Tim Cook" v="told" d="0">the iPhone '
     'maker was investing heavily in generative AI</q>. <p r="Elon Musk">Musk</p> later wrote on X: "<q '
     's="Elon Musk" v="wrote" d="1">Most people have no idea how fast this is moving.</q>"'),
    ("airport_strike", "2023-08-03",
     'Passengers at Kennedy airport faced long delays on Thursday. The Port Authority, which runs the airport, '
     'said <q s="The Port Authority" v="said" d="0">extra staff had been brought in</q>. <q s="Amy Lee" '
     'v="said" d="0">Flights were running about two hours late</q>, said <p t="spokeswoman for the airport">Amy '
     'Lee</p>, a spokeswoman for the airport. The Bill & Melinda Gates Foundation and the John Lewis '
     'Partnership were not affected.'),
    ("guardian_blair", "2024-06-20",
     'The former prime minister <p t="former prime minister">Tony Blair</p> has warned that <q s="Tony Blair" '
     'v="warned" d="0">Labour must not take voters for granted</q>. Writing in the Sunday Times, <p r="Tony Blair">Blair</p>\u2019s '
     'former adviser <p t="Blair\u2019s former adviser">Alastair Campbell</p> said <q s="Alastair Campbell" '
     'v="said" d="0">the party should be ready for a long campaign</q>. Mr <p r="Tony Blair">Blair</p> told '
     'the Guardian: \u2018<q s="Tony Blair" v="told" d="1">Nothing is won until the votes are counted.</q>'
     '\u2019'),
    ("dr_lord", "2022-09-01",
     'Dr <p t="consultant at St Thomas\u2019 Hospital">Hannah Brooks</p>, a consultant at St Thomas\u2019 Hospital, said <q s="Hannah Brooks" v="said" '
     'd="0">waiting times had doubled in two years</q>. Lord <p>Patel</p>, who chairs the Lords science '
     'committee, claimed <q s="Patel" v="claimed" d="0">the government had ignored the warnings</q>. Health '
     'Secretary <p t="Health Secretary">Steve Barclay</p> insisted <q s="Steve Barclay" v="insisted" d="0">'
     'record sums were being spent on the NHS</q>.'),
]

CHECK_PARAGRAPHS: list[tuple[str, str, str]] = [
    ("pti_railways", "2024-07-12",
     'NEW DELHI: Railway Minister <p t="Railway Minister">Ashwini Vaishnaw</p> on Friday announced 50 new '
     'Vande Bharat trains, saying <q s="Ashwini Vaishnaw" v="saying" d="0">the network would cover every state '
     'by next year</q>. Opposition leader <p t="Opposition leader">Rahul Gandhi</p> said <q s="Rahul Gandhi" '
     'v="said" d="0">the government was ignoring safety on older lines</q>. "<q s="Rahul Gandhi" v="told" '
     'd="1">Passengers are dying while the ministry builds showpieces,</q>" <p r="Rahul Gandhi">Gandhi</p> '
     'told reporters outside Parliament.'),
    ("ap_texas", "2019-03-14",
     'AUSTIN, Texas (AP) \u2014 Former Rep. <p t="Former Rep.">Beto O\'Rourke</p> entered the Democratic race '
     'for president on Thursday. "<q s="Beto O\'Rourke" v="said" d="1">This is a defining moment of truth for '
     'this country,</q>" <p r="Beto O\'Rourke">O\'Rourke</p> said in a video. Texas Gov. <p t="Texas Gov.">Greg '
     'Abbott</p>, a Republican, said <q s="Greg Abbott" v="said" d="0">voters in the state had already '
     'rejected him once</q>.'),
    ("obit_scientist", "2022-11-02",
     'Professor <p t="Professor">Ruth Adeyemi</p>, the chemist who pioneered cheaper solar cells, has died '
     'aged 79. Her former student <p t="former student">Daniel Kessler</p> said <q s="Daniel Kessler" v="said" '
     'd="0">she had changed the field twice over</q>. \u2018<q s="Daniel Kessler" v="said" d="1">She never '
     'stopped asking questions,</q>\u2019 he said. The Royal Society, of which <p r="Ruth Adeyemi">Adeyemi</p> '
     'was a fellow, said <q s="The Royal Society" v="said" d="0">it would name a lecture after her</q>.'),
    ("reuters_oil", "2023-04-03",
     'LONDON (Reuters) - <q s="analysts" v="said" d="0">Oil prices jumped 6% on Monday after OPEC+ announced '
     'a surprise cut to output</q>, analysts said. Saudi Energy Minister Prince <p t="Saudi Energy Minister '
     'Prince">Abdulaziz bin Salman</p> said <q s="Abdulaziz bin Salman" v="said" d="0">the cut was a '
     'precaution</q>. "<q s="Helima Croft" v="said" d="1">The market was caught completely off guard,</q>" said '
     '<p t="head of global commodity strategy at RBC Capital Markets">Helima Croft</p>, head of global '
     'commodity strategy at RBC Capital Markets.'),
    ("uk_pmqs", "2024-01-17",
     'At Prime Minister\'s Questions, Labour leader Sir <p t="Labour leader">Keir Starmer</p> accused the '
     'government of losing control of the asylum system. Sir <p r="Keir Starmer">Keir</p> said: "<q s="Keir '
     'Starmer" v="said" d="1">The prime minister has run out of excuses.</q>" The Speaker, Sir <p '
     't="Speaker">Lindsay Hoyle</p>, twice called for order. Home Secretary <p t="Home Secretary">James '
     'Cleverly</p> insisted <q s="James Cleverly" v="insisted" d="0">the Rwanda plan would work</q>.'),
    ("aus_cricket", "2023-06-29",
     'Australia captain <p t="Australia captain">Pat Cummins</p> said <q s="Pat Cummins" v="said" d="0">his '
     'side would not change its approach at Lord\'s</q>. "<q s="Pat Cummins" v="said" d="1">We back the way '
     'we play,</q>" <p r="Pat Cummins">Cummins</p> said. England coach <p t="England coach">Brendon '
     'McCullum</p> told the BBC that <q s="Brendon McCullum" v="told" d="0">his players were relaxed</q>.'),
    ("xi_summit", "2023-11-16",
     'Chinese President <p t="Chinese President">Xi Jinping</p> and US President <p t="US President">Joe '
     'Biden</p> met for four hours near San Francisco on Wednesday. <p r="Joe Biden">Biden</p> told reporters '
     'that <q s="Joe Biden" v="told" d="0">the talks had been among the most constructive</q>. <q s="Chinese '
     'state media" v="according to" d="0"><p r="Xi Jinping">Xi</p> warned against decoupling</q>, according to '
     'Chinese state media.'),
    ("court_us", "2021-05-20",
     'A federal judge on Thursday blocked the law. U.S. District Judge <p t="U.S. District Judge">Robert '
     'Pitman</p> wrote that <q s="Robert Pitman" v="wrote" d="0">the state had failed to show any harm</q>. '
     'The state\'s attorney general, <p t="state\'s attorney general">Ken Paxton</p>, said <q s="Ken Paxton" '
     'v="said" d="0">he would appeal</q>. "<q s="Ken Paxton" v="said" d="1">We will fight this all the way to '
     'the Supreme Court</q>," he said.'),
    ("caption_pictured", "2024-02-20",
     'Pictured: Foreign Secretary Lord <p t="Foreign Secretary">Cameron</p> with Ukrainian Foreign Minister <p '
     't="Ukrainian Foreign Minister">Dmytro Kuleba</p> in Kyiv. Lord <p r="Cameron">Cameron</p> said <q '
     's="Cameron" v="said" d="0">Britain would stand with Ukraine for as long as it takes</q>.'),
    ("kenya_finance", "2024-06-25",
     'NAIROBI - President <p t="President">William Ruto</p> said on Tuesday that <q s="William Ruto" v="said" '
     'd="0">the finance bill would not be signed in its current form</q>. Protesters, who stormed parliament, '
     'said <q s="Protesters" v="said" d="0">the tax rises would hurt the poor</q>. "<q s="William Ruto" '
     'v="said" d="1">We have listened,</q>" <p r="William Ruto">Ruto</p> said in a televised address.'),
    ("uk_bank", "2023-08-03",
     'The Bank of England raised interest rates to 5.25%. Governor <p t="Governor">Andrew Bailey</p> said <q '
     's="Andrew Bailey" v="said" d="0">rates would stay high for some time</q>. "<q s="Andrew Bailey" '
     'v="said" d="1">It is too early to say that we have reached the peak,</q>" Mr <p r="Andrew Bailey">Bailey'
     '</p> said. The Chancellor, <p t="Chancellor">Jeremy Hunt</p>, said <q s="Jeremy Hunt" v="said" '
     'd="0">the decision showed the fight against inflation was not over</q>.'),
    ("multi_para", "2024-09-02",
     'Firefighter <p t="Firefighter">Jo Marsh</p> was first on the scene.\n\n\u201c<q s="Jo Marsh" v="said" '
     'd="1">The smoke was so thick we could not see the stairs. We went in anyway because we heard children '
     'calling.</q>\n\n\u201c<q s="Jo Marsh" v="said" d="1">I have never been so frightened in my life,</q>'
     '\u201d she said.'),
]


# The seed article, labelled by substrings in text order: (text, name, title, refers_to name or None)
SEED_PEOPLE = [
    ("Harjit Singh Sajjan", "Canadian's Defence Minister", None),
    ("Florence Parly", "French Defence Minister", None),
    ("Ursula von der Leyen", "German Defence Minister", None),
    ("Panos Kammenos", "Greek Defence Minister", None),
    ("Roberta Pinotti", "Italian Defence Minister", None),
    ("Mariusz Blaszczak", "Polish Defence Minister", None),
    ("Maria Dolores de Cospedal", "Spanish Defence Minister", None),
    ("Nurettin Canikli", "Turkish Defence Minister", None),
    ("Jim Mattis", "US Secretary of Defense", None),
    ("Mattis", None, "Jim Mattis"),
    ("Donald Trump", "US President", None),
    ("Trump", None, "Donald Trump"),
    ("Mattis", None, "Jim Mattis"),
    ("Haider Al Abadi", "Iraqi Prime Minister", None),
    ("Jens Stoltenberg", "NATO Secretary-General", None),
    ("Ursula von der Leyen", "Germany\u2019s Defence Minister", "Ursula von der Leyen"),
    ("Anders Fogh Rasmussen", "Former NATO chief", None),
]
SEED_QUOTES = [  # (text, speaker, verb, direct)
    ("We will go to a consistent mission in Iraq,", "Jim Mattis", "told", True),
    ("the NATO mission would train Iraqis to \u201cprotect their people against an uprising of another type "
     "of terrorism organisation,\u201d", "Jim Mattis", "said", False),
    ("the alliance do more to counter militants in Iraq", "Donald Trump", "insisted", False),
    ("Talks with Turkey have been complicated by a dispute between Ankara and Washington in the fight against "
     "Daesh in Syria", "diplomats", "said", False),
    ("all allies now back a larger, formal mission", "diplomats", "said", False),
    ("Iraqi Prime Minister Haider Al Abadi sent a letter requesting NATO help this week", "diplomats", "said",
     False),
    ("NATO\u2019s involvement comes as Iraq faces a bill of more than $88 billion to rebuild the country",
     "officials", "told", False),
    ("The lesson learned from Iraq it is dangerous to leave too early because we may be forced back into "
     "combat operations,", "Jens Stoltenberg", "told", True),
    ("she supported a training mission for Iraq, with a special focus on training soldiers in bomb disposal, "
     "military medicine and building up the country\u2019s security institutions", "Ursula von der Leyen",
     "said", False),
    ("Germany\u2019s presence would be less than the country\u2019s combat operations deployed to support the "
     "US-led coalition fighting Daesh", "Ursula von der Leyen", "insisted", False),
    ("It will be smaller than what we have at the moment with 1,350 people deployed in Iraq and Syria.",
     "Ursula von der Leyen", "insisted", True),
    ("the mission will need to be more than several hundred troops to be effective and to have training "
     "centres beyond the capital", "one senior NATO diplomat", "said", False),
    ("NATO\u2019s reluctance to do more in the Middle East until now had been bad for the alliance\u2019s image",
     "Anders Fogh Rasmussen", "told", False),
    ("I fully agree with the Americans. If NATO is to live up it its name, it must do more on "
     "counter-terrorism,", "Anders Fogh Rasmussen", "said", True),
]

_TAG = re.compile(r'<(/?)([pq])((?:\s+\w+="[^"]*")*)\s*>')
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """The plain text and its people and quotes, offsets counted on the plain text."""
    out: list[str] = []
    pos = 0
    length = 0
    stack: list[tuple[str, int, dict[str, str]]] = []
    people: list[dict] = []
    quotes: list[dict] = []
    for m in _TAG.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2), dict(_ATTR.findall(m.group(3)))
        if not closing:
            stack.append((tag, length, attrs))
            continue
        open_tag, start, attrs = stack.pop()
        assert open_tag == tag, (open_tag, tag, marked[:60])
        if tag == "p":
            people.append({"start": start, "end": length, "attrs": attrs})
        else:
            quotes.append({"start": start, "end": length, "attrs": attrs})
    out.append(marked[pos:])
    assert not stack, marked[:60]
    text = "".join(out)
    return text, _people(text, people), _quotes(text, quotes)


def _people(text: str, marks: list[dict]) -> list[dict]:
    marks.sort(key=lambda p: p["start"])
    first: dict[str, int] = {}
    out = []
    for i, p in enumerate(marks):
        a = p["attrs"]
        mention = text[p["start"]:p["end"]]
        ref = a.get("r")
        name = ref or mention
        if ref is None:
            first.setdefault(name, i)
        else:
            assert ref in first, (ref, text[:60])
        out.append({"start": p["start"], "end": p["end"], "text": mention, "name": name, "title": a.get("t"),
                    "refers_to": first[ref] if ref is not None else None})
    return out


def _quotes(text: str, marks: list[dict]) -> list[dict]:
    marks.sort(key=lambda q: q["start"])
    return [{"start": q["start"], "end": q["end"], "text": text[q["start"]:q["end"]], "speaker": q["attrs"]["s"],
             "verb": q["attrs"]["v"], "direct": q["attrs"]["d"] == "1"} for q in marks]


def seed_item() -> dict:
    text = SEED.read_text(encoding="utf-8")
    people: list[dict] = []
    first: dict[str, int] = {}
    pos = 0
    for mention, title, ref in SEED_PEOPLE:
        start = _find_word(text, mention, pos)
        pos = start + len(mention)
        name = ref or mention
        if ref is None:
            first[name] = len(people)
        people.append({"start": start, "end": pos, "text": mention, "name": name, "title": title,
                       "refers_to": first[ref] if ref is not None else None})
    quotes = []
    for quote, speaker, verb, direct in SEED_QUOTES:
        start = text.index(quote)
        quotes.append({"start": start, "end": start + len(quote), "text": quote, "speaker": speaker,
                       "verb": verb, "direct": direct})
    quotes.sort(key=lambda q: q["start"])
    return {"id": "seed", "published": "2018-02-15", "text": text, "people": people, "quotes": quotes}


def _find_word(text: str, word: str, pos: int) -> int:
    m = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)").search(text, pos)
    if m is None:
        sys.exit(f"{word!r} not found after {pos}")
    return m.start()


def main() -> None:
    items = [seed_item()]
    for ident, published, marked in PARAGRAPHS:
        text, people, quotes = parse(marked)
        items.append({"id": ident, "published": published, "text": text, "people": people, "quotes": quotes})
    check = []
    for ident, published, marked in CHECK_PARAGRAPHS:
        text, people, quotes = parse(marked)
        check.append({"id": ident, "published": published, "text": text, "people": people, "quotes": quotes})
    for path, rows in ((OUT, items), (CHECK_OUT, check)):
        with open(path, "w", encoding="utf-8") as f:
            for item in rows:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        n_people = sum(len(i["people"]) for i in rows)
        n_quotes = sum(len(i["quotes"]) for i in rows)
        print(f"{len(rows)} paragraphs, {n_people} person mentions, {n_quotes} quotes -> {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
