"""Titles of office and role, and the words that modify them ("former", "deputy", "shadow").

A title is read before a name ("US Secretary of Defense Jim Mattis", "Former NATO chief Anders Fogh
Rasmussen") or in apposition ("Alan Milburn, Labour's election co-ordinator,"): any number of modifiers
(the words below, capitalised words such as nationality adjectives and organisations, possessives such as
"Labour's") and then one of the ``OFFICES``, with an optional "of ..."/"for ..." complement ("Secretary of
State for Health"). Matching is case-insensitive; the title is kept as written.
"""

from __future__ import annotations

OFFICES: dict[str, str | None] = {
    # government and politics
    "minister": None, "prime minister": None, "chief minister": None, "first minister": None, "premier": None,
    "secretary": None, "secretary of state": None, "secretary-general": None, "secretary general": None,
    "undersecretary": None, "under-secretary": None, "chancellor": None, "vice-chancellor": None,
    "president": None, "vice-president": None, "president-elect": None, "vice president": None,
    "senator": None, "sen.": None, "rep.": None, "representative": None, "congressman": "m",
    "congresswoman": "f", "assemblyman": "m", "assemblywoman": "f", "lawmaker": None, "legislator": None,
    "governor": None, "gov.": None, "governor-general": None, "lieutenant governor": None, "mayor": None,
    "mayor-elect": None, "councillor": None, "councilman": "m", "councilwoman": "f", "alderman": None,
    "mp": None, "mep": None, "msp": None, "mla": None, "mlc": None, "td": None, "peer": None,
    "speaker": None, "whip": None, "leader": None, "deputy leader": None, "chairman": "m", "chairwoman": "f",
    "chair": None, "chairperson": None, "co-chair": None, "treasurer": None, "attorney general": None,
    "attorney-general": None, "solicitor general": None, "advocate general": None, "commissioner": None,
    "ambassador": None, "envoy": None, "high commissioner": None, "consul": None, "diplomat": None,
    "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "press secretary": None, "aide": None,
    "adviser": None, "advisor": None, "official": None, "candidate": None, "nominee": None, "challenger": None,
    "incumbent": None, "opponent": None, "rival": None, "hopeful": None, "shadow": None, "director": None,
    "director-general": None, "director general": None, "deputy director": None, "administrator": None,
    "head": None, "chief": None, "boss": None, "tsar": None, "czar": None, "regulator": None, "auditor": None,
    "ombudsman": None, "co-ordinator": None, "coordinator": None, "organiser": None, "organizer": None,
    "activist": None, "campaigner": None, "negotiator": None, "mediator": None, "delegate": None,
    "taoiseach": None, "tánaiste": None, "tanaiste": None, "cllr": None, "cllr.": None, "member": None,
    "controller": None, "investigator": None, "inspector general": None,
    # business
    "chief executive": None, "executive": None, "ceo": None, "cfo": None, "coo": None, "cto": None,
    "managing director": None, "md": None, "founder": None, "co-founder": None, "owner": None,
    "proprietor": None, "partner": None, "manager": None, "economist": None, "analyst": None,
    "strategist": None, "banker": None, "investor": None, "businessman": "m", "businesswoman": "f",
    "entrepreneur": None, "billionaire": None, "tycoon": None, "magnate": None, "chief economist": None,
    "trader": None, "broker": None, "consultant": None, "engineer": None, "scientist": None,
    "researcher": None, "fellow": None, "expert": None, "president and chief executive": None,
    # law and order, the military
    "judge": None, "justice": None, "chief justice": None, "magistrate": None, "prosecutor": None,
    "lawyer": None, "attorney": None, "barrister": None, "solicitor": None, "counsel": None, "qc": None,
    "kc": None, "police chief": None, "chief constable": None, "constable": None, "superintendent": None,
    "inspector": None, "detective": None, "di": None, "dci": None, "dsi": None, "sheriff": None, "officer": None, "sergeant": None, "general": None,
    "gen.": None, "lt.": None, "lt. gen.": None, "maj. gen.": None, "brig. gen.": None, "col.": None,
    "lieutenant": None, "lieutenant general": None, "major general": None, "brigadier": None,
    "colonel": None, "major": None, "captain": None, "capt.": None, "commander": None, "admiral": None,
    "adm.": None, "marshal": None, "air marshal": None, "field marshal": None, "commandant": None,
    "warden": None,
    # heads of state, royals, religion
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "crown prince": "m", "duke": "m",
    "duchess": "f", "emperor": "m", "empress": "f", "sultan": "m", "emir": "m", "sheikh": "m", "shah": "m",
    "monarch": None, "pope": "m", "archbishop": None, "bishop": None, "cardinal": None, "rabbi": None,
    "imam": None, "ayatollah": "m", "cleric": None, "pastor": None, "vicar": None, "priest": None,
    "dalai lama": "m",
    # sport, culture, media, academia
    "coach": None, "head coach": None, "skipper": None, "player": None,
    "striker": None, "midfielder": None, "defender": None, "goalkeeper": None, "winger": None,
    "quarterback": None, "pitcher": None, "batsman": None, "batter": None, "bowler": None, "opener": None,
    "all-rounder": None, "champion": None, "world champion": None, "star": None, "legend": None,
    "athlete": None, "driver": None, "rider": None, "jockey": None, "trainer": None, "boxer": None,
    "actor": None, "actress": "f", "singer": None, "musician": None, "rapper": None, "comedian": None,
    "author": None, "writer": None, "novelist": None, "poet": None, "artist": None, "filmmaker": None,
    "producer": None, "presenter": None, "host": None, "broadcaster": None, "journalist": None,
    "correspondent": None, "reporter": None, "columnist": None, "editor": None, "editor-in-chief": None,
    "photographer": None, "professor": None, "lecturer": None, "teacher": None, "headteacher": None,
    "headmaster": "m", "headmistress": "f", "principal": None, "dean": None, "provost": None, "doctor": None,
    "surgeon": None, "nurse": None, "epidemiologist": None, "historian": None,
    "winner": None, "laureate": None, "survivor": None, "witness": None, "victim": None, "suspect": None,
    "defendant": None, "resident": None, "student": None, "pupil": None, "graduate": None, "colleague": None,
    "firefighter": None, "paramedic": None, "soldier": None, "pilot": None, "farmer": None, "worker": None,
    "shopkeeper": None, "volunteer": None, "mother": "f", "father": "m",
}
"""Offices and roles, lower case, with the gender the word itself gives (``"m"``/``"f"``) or None."""

MODIFIERS: tuple[str, ...] = (
    "former", "ex", "then", "prize", "peace", "award", "acting", "outgoing", "incoming", "interim", "caretaker", "deputy", "vice",
    "assistant", "associate", "junior", "senior", "chief", "shadow", "new", "current", "sitting", "serving",
    "retired", "late", "longtime", "long-time", "veteran", "foreign", "finance", "defence", "defense",
    "health", "home", "press", "executive", "managing", "general", "principal", "first", "second",
    "permanent", "prime", "police", "state", "federal", "union", "cabinet", "opposition", "party", "election",
    "campaign", "communications", "national", "regional", "local", "county", "city", "district", "joint",
    "founding", "lead", "team", "club", "group", "company", "government", "security", "intelligence",
    "military", "army", "navy", "naval", "air", "trade", "treasury", "justice", "interior", "education",
    "environment", "energy", "transport", "culture", "sports", "sport", "economy", "economic", "financial",
    "technology", "legal", "medical", "research", "science", "political", "policy", "media", "news",
    "foreign-policy", "labour", "business", "industry", "housing", "immigration", "climate", "digital",
    "women's", "children's", "public", "private", "independent", "top", "leading", "prominent", "well-known",
    "renowned", "famous", "hollywood", "world", "global", "european", "international", "high", "supreme",
    "circuit", "appeals", "crown", "investment", "portfolio", "fund", "market", "equity", "credit",
    "currency", "rates", "oil", "commodities", "football", "cricket", "rugby", "tennis", "olympic",
    "paralympic", "nobel", "booker", "oscar-winning", "award-winning", "prize-winning", "bestselling",
    "best-selling", "star", "film", "television", "tv", "radio", "newspaper", "magazine", "backbench",
    "frontbench", "conservative", "democratic", "republican", "liberal", "green", "socialist", "communist",
    "nationalist", "tory", "majority", "minority", "superintendent", "detective", "head", "special", "armed",
    "forces", "parliamentary", "foreign", "information", "ministry", "foundation",
)
"""Lower-case words that may stand before an office in a title ("former", "shadow", "chief"), besides
capitalised words and possessives, which any title may have ("US", "German", "NATO", "Labour's")."""

DETERMINERS: tuple[str, ...] = ("the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "one")
"""Words before a title that are not part of it ("the prime minister, Rishi Sunak": title "prime minister")."""

NOUN_ENDINGS: tuple[str, ...] = ("tion", "sion", "ment", "ry", "ity", "ance", "ence", "ics", "ship", "ism",
                                 "ogy", "ure", "hood")
"""Endings of the lower-case nouns a compound title may carry before its office ("foreign ministry spokesman",
"foundation spokesman", "Former information minister", "regional transport authority chief")."""

NOT_NOUNS: tuple[str, ...] = ("every", "very", "sorry", "worry", "carry", "marry", "hurry", "hence", "once",
                              "being", "during", "nothing", "something", "anything", "everything", "according",
                              "including", "following", "saying", "adding", "visiting", "meeting", "bring")
"""Words with a noun's ending that are none."""

COMPLEMENT_WORDS: tuple[str, ...] = ("of", "for", "at", "to", "in", "on", "with")
"""Prepositions that carry a title's complement ("Secretary of State", "spokeswoman for the airport")."""
