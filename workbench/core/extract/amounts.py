"""Money, percentages, physical quantities and counts: every figure that is not a time expression."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.numbers import (
    ABBREV_SCALES,
    DIGITS,
    FRACTION_WORDS,
    SCALES,
    SPOKEN_DECIMAL,
    WORD_NUMBER,
    clean_value,
    parse_fraction,
    parse_number,
)
from workbench.core.extract.temporal import APPROX_MODS, MOD_CODES

_VAGUE = (r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|hundreds\s+of\s+millions"
          r"|several\s+(?:hundred|thousand|million|billion|dozen)|a\s+few\s+(?:hundred|thousand|million|billion|dozen)"
          r"|(?:a\s+)?couple\s+(?:of\s+)?(?:hundred|thousand|million|billion|dozen)|many\s+(?:hundreds|thousands)"
          r"|dozens|hundreds|thousands|millions|billions|trillions|scores)")

_FRACTION_DIGITS = r"\d{1,2}/(?:64|32|16|8|4|3|2)(?![\d/])"
"""A vulgar fraction as stock prices and rates write it: "5/8", "3/4" (also after a whole number)."""

R_NUMBER = re.compile(
    rf"(?:(?<![\w.,])|(?<=\bDh)|(?<=\bDhs)|(?<=\bKSh)|(?<=\bKsh)|(?<=\bTSh)|(?<=\bUSh)|(?<=\bSR)|(?<=\bQR)"
    rf"|(?<=\bRM)|(?<=\bR)|(?<=\bRs)|(?<=\bTk)|(?<=\bRp))(?P<d>{_FRACTION_DIGITS}|{DIGITS}(?:\s{_FRACTION_DIGITS})?)(?!\d)"
    rf"|(?<![\w-])(?P<v>{_VAGUE})(?![\w-])"
    r"|(?<![\w-])(?P<h>(?:a\s+)?half(?:\s+an?)?[\s-]+(?P<hs>dozen|hundred|thousand|million|billion|trillion))(?![\w-])"
    rf"|(?<![\w-])(?P<p>{SPOKEN_DECIMAL})(?![\w-])"
    rf"|(?<![\w-])(?P<f>{FRACTION_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?P<w>(?:a\s+)?dozen|{WORD_NUMBER})(?!\w|-(?!(?-i:[a-z]{{2}})))",
    re.I,
)
_HALF_BEFORE = re.compile(r"(?<![\w-])(?:a\s+)?half(?:\s+an?)?[\s-]+$")
_SCALE_AFTER = re.compile(
    r"(?:\s*-?\s*(?P<w>hundred|thousand|million|billion|trillion|crore|crores|lakh|lakhs)(?!\w|-(?:odd|plus)\b)"
    r"|(?P<a>bn|mn|mln|bln|m|k|b|tn|trn)(?![\w]))",
    re.I,
)
_CODE_ALT = ("INR|USD|EUR|GBP|JPY|CHF|CNY|RMB|AUD|CAD|NZD|HKD|SGD|ZAR|SEK|NOK|DKK|RUB|BRL|MXN|KRW|TRY|AED|SAR"
             "|NGN|KES|EGP|PKR|BDT|QAR|KWD|OMR|BHD|JOD|MYR|IDR|THB|PHP|VND|PLN|CZK|HUF|ILS|TWD|NAD|GHS|ETB|TZS"
             "|UGX|ZMW|MAD|ARS|CLP|COP|PEN|UAH|KZT|LKR|NPR|IRR|IQD")
"""ISO 4217 codes written before or after an amount ("AED 6.2 billion", "SAR 15bn", "500m EUR")."""
_CUR_PREFIX = re.compile(
    rf"(?:(?P<sym>(?:US|U\.S\.|A|AU|C|CA|NZ|HK|S|NT|R|Z|N)?\$|\u20ac|\u00a3|\u00a5|\u20b9|\u20a6|\u20a9|\u20bd|\u20ba"
    rf"|\u20b1|GH\u00a2)\s?|(?P<code>Rs\.?|dlrs\.?|{_CODE_ALT}|Tk\.?|Rp\.?|Dhs?|KShs?|Kshs?|TShs?|USh|SR|QR|RM|R)\s?)$"
)
_CUR_WORDS = (
    r"(?P<adj>(?:US|U\.S\.|American|Canadian|Australian|Hong\s+Kong|New\s+Zealand|Singapore|Taiwan(?:ese)?"
    r"|Swiss|French|Belgian|Japanese|Chinese|Indian|Pakistani|South\s+African|Mexican|Brazilian|Russian"
    r"|Turkish|Egyptian|Saudi|Iranian|Israeli|British|Irish|Deutsche|German|Dutch|Swedish|Norwegian|Danish"
    r"|Philippine|Argentine|Chilean|Colombian|Nigerian|Kenyan|Ugandan|Tanzanian|Somali|Czech|Icelandic)\s+)?"
    r"(?P<cw>dollars?|euros?|pounds?(?:\s+sterling)?|sterling|yen|yuan|renminbi|rupees?|cents?|pence|francs?"
    r"|guilders?|marks?|pesos?|roubles?|rubles?|won|lira|liras|lire|riyals?|rials?|dirhams?|shekels?|rand"
    r"|naira|kronor|kroner|krona|krone|zloty|baht|ringgit|dinars?|reais|real|bucks|dlrs|shillings?|pesetas?|markkaa?"
    r"|escudos?|drachmas?|forints?|hryvnias?|tenge|rupiah|dong|taka|kwacha|cedis?|birr|leu|lei|levs?|kuna"
    r"|bolivars?|soles|sol|crowns?)(?![\w-])"
)
_CUR_SUFFIX = re.compile(
    rf"\s*(?:{_CUR_WORDS}|(?P<code>{_CODE_ALT})(?!\w)"
    r"|(?P<sym>[$\u20ac\u00a3\u00a5\u20b9])(?!\s*\d))",
    re.I,
)
_PERCENT = re.compile(
    r"\s*(?:(?P<pct>%|per\s*cent(?![\w-])|percent(?![\w-])|pct(?![\w-])|(?-i:pc)(?![\w-])|p\.c\.(?!\w))"
    r"|(?P<pp>(?:per\s*cent(?:age)?|percentage)\s+points?)(?![\w-])|(?P<bp>basis\s+points?|bps?)(?![\w-]))"
    r"|-(?:(?P<hpp>(?:per-?cent(?:age)?|percentage)-points?)|(?P<hbp>basis-points?)|(?P<hpct>per-?cent))(?![\w-])",
    re.I,
)
_QUANTITY = re.compile(
    r"(?:\s*(?P<u>(?:square|sq\.?|cubic)\s+(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|feet|foot|yards?)"
    r"|km/h|kmph|kph|kmh|(?:kilomet(?:er|re)s?|km|miles?)\s+(?:per|an)\s+hour|parts\s+per\s+(?:million|billion)|ppm|ppb"
    r"|micrograms?\s+per\s+cubic\s+met(?:er|re)|\u00b5g/m(?:3|\u00b3)"
    r"|kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|cm|mm|centimet(?:er|re)s?|millimet(?:er|re)s?|ft|feet|foot"
    r"|inch(?:es)?|yards?|kg|kilo(?:gram(?:me)?)?s?|grams?|metric\s+tons?|tonnes?|tons?|lbs?|pounds|ounces?|oz"
    r"|barrels?|bpd|ml|millilit(?:er|re)s?|mg|milligrams?"
    r"|litres?|liters?|gallons?|acres?|hectares?|ha|degrees?(?:\s+(?:Celsius|Fahrenheit|C|F)(?![\w]))?"
    r"|\u00b0\s?[CF]?|mph|km/h|kph|knots?|mw|gw|kw|kwh|mwh|gwh|twh"
    r"|(?:kilo|mega|giga|tera)watt[-\s]hours?|megawatts?|gigawatts?|kilowatts?|cubic\s+feet|bcm|tcf|mcm|mb/d|kt|mt|gt|sq\s*km|km2|m2|m3|light-years?|nautical\s+miles?"
    r"|calories|kcal|volts?|watts?|decibels?|db|magnitude)(?![\w-])"
    r"|(?P<t>[CF])(?![\w])"
    r"|-(?P<h>mile|foot|inch|acre|gallon|ton|tonne|meter|metre|kilometer|kilometre|km|kilogram|kg|yard|hectare"
    r"|megawatt|gigawatt|barrel|liter|litre|cm|mm|ounce|pound|square-mile|square-foot|square-meter"
    r"|square-metre|mph|degree|magnitude)(?![\w-]))",
    re.I,
)
_PENCE = re.compile(r"p(?![\w\u00b0&]|\.[a-zA-Z])")
_PENCE_NOT_BEFORE = re.compile(r"\b(?:pages?|pp?\.|vol\.?|no\.?|version|v)\s*$", re.I)
_METRE_CUE_AFTER = re.compile(
    r"(?:-|\s+)(?:high|long|deep|tall|wide|above|below|underground|away|race|final|heats?|hurdles|freestyle"
    r"|butterfly|backstroke|breaststroke|medley|relay|sprint|dash|steeplechase|world|title|record|event|gold"
    r"|silver|bronze|champion|metres?)\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_MINUS_BEFORE = re.compile(r"(?:\b(?:minus|negative)\s+|(?<![\w.,-])-)$", re.I)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+$", re.I)
_RICHTER_AFTER = re.compile(r"\s+on\s+the\s+Richter(?:\s+scale)?\b", re.I)
_HYPHEN_IDIOM = re.compile(
    r"-(?:state|way|wheel|wheeler|wheeled|party|tier|sided|off|horse|bedroom|bed|door|seater|star|pointers?|point(?=\s+(?:range|line|shot"
    r"|attempt|play|arc|basket|conversion)\b))(?![\w-])", re.I)
"""Compounds that name a kind of thing rather than count: "a two-state solution", "a one-way street", "a
three-point shot", "a four-wheel drive", "a two-bedroom flat", "a five-star hotel"."""
_RATE = re.compile(r"\s*(?:a|per|an|/)\s*(?P<r>day|year|hour|month|week|second|d|yr|h)(?![\w-])", re.I)
_TIME_UNIT_AFTER = re.compile(
    r"(?:\s+|-)(?:(?:more|additional|extra|full|straight|consecutive|trading|business|working|calendar|long)\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries"
    r"|century|yrs?|hrs?)(?![\w])",
    re.I,
)
_MOD_BEFORE = re.compile(
    r"(?P<m>more\s+than|less\s+than|fewer\s+than|over|under|about|around|approximately|roughly|nearly|almost"
    r"|at\s+least|at\s+most|up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|as\s+little\s+as|no\s+more\s+than"
    r"|no\s+less\s+than|no\s+fewer\s+than|just\s+over|just\s+under|close\s+to|well\s+over|upwards\s+of"
    r"|in\s+excess\s+of|some|an\s+estimated|estimated|above|below|barely|a\s+little\s+over"
    r"|a\s+little\s+more\s+than)\s+$",
    re.I,
)
_RANGE_SEP = re.compile(r"\s*(?:-|\u2013|\u2014|to)\s*", re.I)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.I)
_NAME_WORDS = {
    "page", "pages", "p.", "pp.", "chapter", "section", "article", "paragraph", "no.", "nos.", "number", "room",
    "flight", "route", "highway", "platform", "gate", "exit", "item", "rule", "clause", "resolution", "vol.",
    "volume", "issue", "episode", "season", "round", "level", "grade", "class", "division", "unit", "apartment",
    "suite", "tier", "phase", "track", "lane", "pier", "block", "sector", "district", "ward", "zone", "line",
    "bus", "channel", "version", "model", "category", "size", "figure", "fig.", "table", "verse", "act",
    "scene", "step", "stage", "code", "ext.", "extension", "box", "lot", "id", "pin", "plot", "row", "seat",
    "bay", "floor", "storey", "hole", "lap", "game", "match", "leg", "stanza", "part", "book", "appendix",
    "annex", "schedule", "exhibit", "amendment", "protocol", "title", "docket", "file", "reference", "ref.",
    "tel.", "tel", "phone", "fax", "call", "dial", "#", "no", "nos", "vol", "fig", "ext", "ref", "p", "pp",
}
_MONTH_WORDS = {
    "jan", "jan.", "january", "feb", "feb.", "february", "mar", "mar.", "march", "apr", "apr.", "april", "may",
    "jun", "jun.", "june", "jul", "jul.", "july", "aug", "aug.", "august", "sep", "sep.", "sept", "sept.",
    "september", "oct", "oct.", "october", "nov", "nov.", "november", "dec", "dec.", "december",
}
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){2,4}(?!\d)"
    r"|\+\d{6,}|\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}-\d{4}\b"
)
_QUALIFIED_CUR = re.compile(rf"(?<![\w-]){_CUR_WORDS}")
_VAGUE_MONEY = re.compile(rf"\s+of\s+{_CUR_WORDS}", re.I)
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|BST|CET|[ECMP][SD]T|hours?\s+(?:GMT|local))\b")
_WORD = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z'\u2019-]*)")
_OF = re.compile(r"\s+of(?:\s+(?:the|these|those|them|us|which|whom|its|their|his|her|our))?(?=\s)", re.I)
_ALLOWED_TOKEN = re.compile(
    r"(?:(?:[A-Z]{1,3})?\$|\u20ac|\u00a3|\u00a5|\u20b9|Rs\.?|#|\u20a6|\u20a9|\u20bd|\u20ba|\u20b1"
    r"|Dhs?|KShs?|Kshs?|TShs?|USh|SR|QR|RM|R|GH\u00a2|-(?=\d))?"
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?:(?:(?:bn|mn|m|k|tn|%)?[-\u2013/](?:(?:[A-Z]{1,3})?\$|\u20ac|\u00a3)?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))"
    r"|(?:m|km|ft)?(?:-[a-zA-Z]+)+)?"
    r"(?:%(?:-[a-zA-Z]+)*|[a-zA-Z\u00b0]{1,7}(?:/[a-zA-Z]+)?|['\u2019]?s)?",
)

_IRREGULAR_PLURALS = {
    "people", "police", "children", "men", "women", "staff", "personnel", "cattle", "sheep", "fish", "aircraft",
    "deer", "livestock", "crew", "militia", "youth", "infantry", "clergy", "faculty", "offspring", "folk",
    "teeth", "feet", "mice", "geese", "data", "media", "criteria", "bacteria", "alumni", "refugees",
}
_STOP = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "than",
    "that", "which", "who", "whom", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "will", "would", "could", "should", "may", "might", "can", "did", "do", "does", "not", "per",
    "percent", "cent", "its", "their", "his", "her", "our", "it", "they", "he", "she", "we", "you", "i", "so",
    "more", "less", "fewer", "up", "down", "out", "about", "over", "under", "into", "between", "after",
    "before", "since", "until", "during", "while", "when", "where", "if", "because", "said", "says", "say",
    "times", "percentage", "point", "yesterday", "today", "tomorrow", "ago", "earlier", "later",
    "each", "apiece", "respectively", "all", "both", "either", "neither", "other", "others", "another",
    "against", "across", "among", "amid", "around", "through", "toward", "towards", "within", "without",
    "last", "next", "also", "only", "just", "again", "too", "very", "yet", "still", "even", "then", "there",
    "here", "what", "how", "why", "own", "such", "same", "no", "nor", "any", "some", "every", "many", "much",
    "most", "least", "well", "back", "away", "off", "ahead", "behind", "along", "onto", "upon", "via",
    "once", "twice", "thus", "hence", "whose", "s", "being", "having", "got", "get", "gets", "making", "make",
    "made", "rose", "fell", "rise", "fall", "rising", "falling", "increase", "decrease", "jumped", "dropped",
    "climbed", "slipped", "gained", "lost", "ended", "closed", "opened", "traded", "stood", "reached", "hit",
    "killed", "died", "wounded", "injured", "remain", "remained", "left", "including", "included",
    "like", "unlike", "plus", "minus", "versus", "vs", "o'clock", "am", "pm", "a.m", "p.m", "year", "years",
}
_NOT_PLURAL = {
    "is", "was", "has", "does", "its", "this", "thus", "his", "hers", "ours", "yours", "theirs", "us", "as",
    "always", "perhaps", "less", "unless", "across", "plus", "bus", "gas", "news", "series", "species",
    "means", "status", "various", "previous", "serious", "famous", "bonus", "virus", "census", "campus",
    "chaos", "analysis", "basis", "crisis", "thesis", "axis", "tennis", "physics", "economics", "politics",
    "says", "remains", "seems", "becomes", "includes", "gets", "makes", "takes", "comes", "goes", "shows",
    "sets", "puts", "loses", "rises", "falls", "stands", "leads", "needs", "wants", "adds",
    "helps", "lets", "besides", "whereas", "sometimes", "nevertheless", "afterwards", "towards", "upwards",
    "downwards", "overseas", "whereabouts", "ss", "yes", "alias", "bias", "atlas", "canvas", "apiece",
}
_ADJ_OK = {
    "new", "more", "other", "additional", "extra", "armed", "young", "old", "foreign", "senior", "junior",
    "full-time", "part-time", "local", "international", "national", "civilian", "military", "elderly",
    "registered", "confirmed", "suspected", "alleged", "unarmed", "small", "large", "big", "major", "minor",
    "active", "former", "retired", "displaced", "unaccompanied", "undocumented", "illegal", "eligible",
    "first-time", "skilled", "unemployed", "private", "public", "state", "federal", "regional", "rural",
    "urban", "key", "top", "leading", "separate", "different", "rival", "opposition", "pro-government",
    "anti-government", "individual", "independent", "democratic", "republican", "female", "male", "adult",
    "teenage", "black", "white", "poor", "wealthy", "rich", "low-income", "high-school", "primary",
    "secondary", "medical", "health", "aid", "rescue", "security", "police", "army", "government", "border",
    "combat", "ground", "peacekeeping", "coalition", "special", "heavy", "light", "fighter", "nuclear",
    "ballistic", "cruise", "electric", "passenger", "cargo", "commercial", "residential", "industrial",
    "affordable", "coal-fired", "solar", "wind", "oil", "gas", "news", "tv", "television", "radio",
    "social", "online", "mobile", "retail", "corporate", "daily", "weekly", "monthly", "annual", "permanent",
    "temporary", "seasonal", "migrant", "asylum", "newly", "so-called", "identical", "similar", "main",
}
_FRACTION_KIND_NOUN = re.compile(r"\s+of\b", re.I)
_FRACTION_AS_SHARE = re.compile(r"\s+(?:majority|minority|stake|cut|drop|fall|rise|increase|reduction)\b", re.I)
_PP_FRACTION = re.compile(r"\s+(?:of\s+)?(?:a|one)\s+percentage[\s-]+point(?![\w-])"
                          r"|[\s-](?:percentage[\s-]+)?point(?![\w-])", re.I)
"""After a fraction, a share of one percentage point: "a quarter of a percentage point", "a half-point cut"."""
_TIME_NOUNS = (r"(?:hours?|minutes?|days?|weeks?|months?|years?|decades?|century|centuries|seasons?|matches?"
               r"|games?|terms?|sessions?|innings|periods?|quarters?|races?|fights?|bouts?|laps?|way)")
_FRACTION_OF_TIME = re.compile(rf"\s+of\s+(?:an?|the|this|that|last|next|its|their|his|her)?\s*{_TIME_NOUNS}\b",
                               re.I)
_HALF_OF_AFTER = re.compile(r"\s+(?:of\b|the\s|all\s|its\s|their\s)", re.I)
_HALF_NOT_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|final|other|the|a|one|and|latter|former|back|top|bottom|lower|upper|opening"
    r"|closing|this|each|its|their|his|her)\s+$", re.I)
_HALF_TIME_WORDS = set(_TIME_NOUNS.replace("?", "").replace("(?:", "").replace(")", "").split("|")) | {
    "year", "hour", "minute", "day", "week", "month", "decade", "season", "match", "game", "term", "session",
    "period", "quarter", "race", "fight", "bout", "lap", "century", "campaign", "fiscal", "calendar", "half",
    "time", "way", "distance", "journey",
}
_WORD_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+(?:ly)?\s+)?(?:majority|minority|stake)\b", re.I)
_SHARE_RE = re.compile(
    r"(?<![\w-])(?:(?P<fr>an?\s+(?:third|fifth|quarter|tenth))(?=-point\b|(?![\w-]))"
    r"|(?P<half>half)(?=-point\b|(?![\w-]))"
    r"|(?P<a>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<b>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\s+hundred|\d{1,3}(?:,\d{3})?)(?![\w-]))",
    re.I,
)
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|some\s+|over\s+"
    r"|around\s+|close\s+to\s+)?$", re.I)
_MONTH_ALT = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY_LIST_BEFORE = re.compile(
    rf"\b{_MONTH_ALT}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?)*"
    r"\s*,?\s*(?:and|or|&|to|through|thru|until|till|-|\u2013)\s*$", re.I)
_DAY_LIST_AFTER = re.compile(
    r"(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|or|&|to|through|-|\u2013)\s*"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_ALT}\b", re.I)
_MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][A-Za-z'-]+\.?\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Place"
    r"|Pl|Parkway|Pkwy|Terrace)\b")
_TALLY_AT = re.compile(r"\d+[-\u2013]\d+\b")
_OF_AT = re.compile(r"\s+of\s")
_VOTE_WORD = re.compile(
    r"\s*\b(?:vot(?:e|es|ed|ing)|majority|passed|approved|rejected|defeated|ballots?|tally|margin|ruled|ruling"
    r"|verdict|decision|beat|beats|beating|won|win|wins|winning|victory|defeat|lost|loss|losing|lead|led|leads"
    r"|draw|drew|drawn|level|score|scored|scoreline|thrashed|routed|edged|downed|trounced|hammered|crushed"
    r"|record)\b", re.I)
"""Words around "89-52" that make it a tally of two counts: a vote, a court ruling or a sports score."""
_AGE_AFTER = re.compile(r"-(?P<u>year|month|week|day)s?-old(?![\w-])", re.I)
_HYPHEN_WORD = re.compile(r"-(?P<w>[a-z]{3,})(?![\w-])")
_HYPHEN_NOT_COUNTED = re.compile(
    r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth"
    r"|[a-z]+ieth|hundredth|thousandth|millionth|thirds?|quarters?|halves|half|fifths?|sixths?|sevenths?"
    r"|eighths?|ninths?|tenths?|for|to|and|or|in|of|on|by|and-a-half|plus|odd|some|ish|something|somethings"
    r"|(?:year|month|week|day)-olds)(?![a-z])",
    re.I,
)
_NAME_WORDS_FOR_WORDS = {
    "page", "pages", "chapter", "section", "article", "paragraph", "no.", "number", "flight", "route",
    "highway", "platform", "gate", "resolution", "volume", "episode", "season", "round", "level", "grade",
    "phase", "stage", "category", "part", "channel", "apartment", "suite", "room", "amendment",
}
_ONE_CUE_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|hurt|arrested|detained|rescued|executed"
    r"|only|just|exactly|at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|no\s+more\s+than"
    r"|nearly|almost)\s+$",
    re.I,
)
_ONE_NOT_NOUN = {
    "another", "thing", "things", "way", "day", "time", "point", "side", "hand", "case", "more", "less",
    "other", "kind", "sort", "type", "piece", "bit", "moment", "place", "reason", "hundred", "thousand",
    "million", "billion", "trillion", "or", "who", "that", "which", "whom", "whose", "else", "apiece", "each",
}
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|rise|rising|fell|fallen|falls|fall|falling|dropped|drops|drop|dropping|declined"
    r"|declines|decline|declining|slipped|slips|slid|gained|gains|gain|lost|loses|lose|climbed|climbs|jumped"
    r"|jumps|surged|surges|soared|soars|plunged|plunges|plummeted|tumbled|tumbles|eased|eases|edged|skidded"
    r"|shed|sheds|sank|sinks|advanced|advances|added|adds|increased|increases|decreased|decreases|cut|cuts"
    r"|raised|raises|boosted|lowered|reduced|rallied|retreated|dipped|dips|slumped|slumps|widened|narrowed"
    r"|grew|grows|shrank|swelled|up|down|off|higher|lower)"
    r"(?:\s+(?:by|a\s+further|another|some|about|nearly|almost|around|roughly|just|only|more\s+than"
    r"|less\s+than|over|under))*\s+$",
    re.I,
)
_RANGE_FROM_OK = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|somewhere)\s+from\s+$",
                            re.I)
_PREPOSITIONS = {
    "near", "outside", "inside", "beyond", "throughout", "aboard", "despite", "except", "beneath", "beside",
    "besides", "alongside", "past", "worth", "including", "following", "concerning", "regarding", "unlike",
    "opposite", "round", "till", "amongst", "whilst", "though", "although", "unless", "whether", "nearly",
    "almost", "already", "instead", "ago", "later", "soon", "now", "here", "nowhere", "somewhere", "elsewhere",
    "ever", "never", "always", "often", "together", "apart", "abroad", "overseas", "home", "alone",
}
_TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "second", "seconds",
    "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks", "month",
    "months", "year", "years", "decade", "decades", "morning", "afternoon", "evening", "tonight", "weekend",
}


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    s, e = start, end
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    while e < len(text) and not text[e].isspace():
        e += 1
    while e > end and text[e - 1] in ".,;:!?)]}\"'\u201d\u2019":
        e -= 1
    while s < start and text[s] in "([{\"'\u201c\u2018":
        s += 1
    return s, e


class Amounts:
    """Finds money, percentages, quantities and counts; numbers covered by ``blocked`` spans are skipped."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self._qualified: list[tuple[int, str, str | None]] | None = None

    @staticmethod
    def _phone_like(s: str) -> bool:
        digits = sum(ch.isdigit() for ch in s)
        if s.startswith("+") or s.startswith("("):
            return digits >= 7
        groups = re.split(r"[\s.-]", s)
        if "," in s:
            return False
        if len(groups) >= 3 and all(g.isdigit() for g in groups) and digits >= 9:
            return True
        return bool(re.fullmatch(r"\d{3}-\d{4}", s)) or bool(re.fullmatch(r"\d{3}[.-]\d{3}[.-]\d{4}", s))

    def run(self) -> Iterator[Candidate]:
        text, low = self.text, self.ctx.low
        pos_done = -1
        for t in self.ctx.triggers:
            if t.start < pos_done or t.kind not in ("dig", "num", "dec", "sp"):
                continue
            starts: tuple[int, ...] = (t.start,)
            if t.kind != "dig":
                half = _HALF_BEFORE.search(low, max(0, t.start - 8), t.start)
                if half:
                    starts = (half.start(), t.start)
                elif low[t.start - 2:t.start] == "a ":
                    starts = (t.start - 2, t.start)
            for st in starts:
                if st < pos_done:
                    continue
                m = R_NUMBER.match(text, st)
                if m is None or m.end() <= t.start:
                    continue
                c = self.handle(m)
                if c is None and m.group("p") is not None:
                    continue  # "at one point six people": read the words again as plain numbers
                pos_done = max(pos_done, m.end())
                if c is not None:
                    pos_done = max(pos_done, c.end)
                    yield c
                break

    # ------------------------------------------------------------------ pieces

    def _in_phone(self, pos: int) -> bool:
        for m in _PHONE.finditer(self.text, max(0, pos - 24), min(len(self.text), pos + 28)):
            if m.start() <= pos < m.end() and self._phone_like(m.group(0)):
                return True
        return False

    def _bad_token(self, m: re.Match[str]) -> bool:
        """True for identifiers, codes, ordinals and numbers glued into names ("G20", "1.21-1070")."""
        text = self.text
        first = m.group("d").split()[0]  # "4 5/8": the whole number is the token; the fraction follows
        s, e = _token_bounds(text, m.start(), m.start() + len(first))
        token = text[s:e]
        if not _ALLOWED_TOKEN.fullmatch(token):
            return True
        low = token.lower()
        if re.search(r"\d(?:st|nd|rd|th)$", low):
            return True
        digits = m.group("d")
        if "." in digits and re.search(r"\.\d{5,}", digits):
            return True
        if "." in digits and re.search(r"\.\d{4}", digits) and not self._currency_before(m.start()) and not (
                (cur := _CUR_SUFFIX.match(text, m.end())) and (cur.group("cw") or cur.group("code"))):
            return True  # four decimals: a code, unless an exchange rate ("$1.5765", "1.8400 marks")
        if "," not in first and len(first.split(".")[0]) >= 7:
            return True
        if s < m.start() and text[s] == "#" and not re.search(r"#\d+(?:\.\d+)?\s+(?:million|billion)", text[s:e + 9]):
            return True
        parts = re.fullmatch(r"[^\d]*([\d.,]+)[-\u2013]([\d.,]+)", token)
        if parts:
            try:
                a = float(parts.group(1).replace(",", ""))
                b = float(parts.group(2).replace(",", ""))
            except ValueError:
                return True
            if b <= a and not (a >= 1900 and b < 100) and not self._vote_tally(s, e):
                return True
        return False

    def _vote_tally(self, s: int, e: int) -> bool:
        """True for "voted 89-52", "a 6-3 vote", "passed the Senate 68-31", "a 221-212 majority"."""
        return bool(_VOTE_WORD.search(self.text, max(0, s - 25), s) or _VOTE_WORD.match(self.text, e))

    def _name_before(self, start: int) -> bool:
        """True after "page", "Flight", a month name, or a capitalised name word ("Boeing 737")."""
        text = self.text
        before = text[max(0, start - 30):start]
        parts = before.rsplit(None, 1)
        if not parts or not before[-1:].isspace() and before[-1:] not in ("#",):
            return False
        word = parts[-1]
        low = word.lower()
        if low in _NAME_WORDS or low.rstrip(".") in _NAME_WORDS or low in _MONTH_WORDS:
            return True
        if not word[:1].isupper() or word in _CAP_FUNCTION or word.upper() in _CUR_CODES \
                or _CUR_PREFIX.fullmatch(word):
            return False
        if not re.fullmatch(r"[A-Z][\w&.-]*", word):
            return False
        j = start - len(before) + before.rfind(word) - 1
        while j >= 0 and text[j] in " \t\"'\u201c\u2018(":
            j -= 1
        return not (j < 0 or text[j] in ".!?\n:;\u201d\u2014\u2013")

    def _not_a_figure(self, start: int, end: int, value: float) -> bool:
        """Digits that belong to something else: a day in "April 24 and 25", an address, "in his 30s"."""
        text = self.text
        if text[end:end + 1] in ("s", "'", "\u2019") and re.match(r"['\u2019]?s(?!\w)", text[end:end + 3]):
            return True  # "in his 30s", "747s": decades and plurals of names
        if value == int(value) and 1 <= value <= 31:
            if _DAY_LIST_BEFORE.search(text, max(0, start - 40), start) and self._noun(end, False) is None:
                return True  # "on April 24 and 25" (but "on April 24 and 25 people were hurt")
            if _DAY_LIST_AFTER.match(text, end) or _MONTH_AFTER.match(text, end):
                return True
        sm = _STREET_AFTER.match(text, end)
        if sm is None:
            return False
        nm = _WORD.match(text, sm.end())  # "3 Fleet Street editors" counts editors
        return not (nm and nm.group("w").islower() and nm.group("w") not in _STOP and self._is_plural(nm.group("w")))

    def _one_is_figure(self, start: int, end: int) -> bool:
        """"one" is a figure before a currency, percent or measure word ("one cent", "one foot"), or as a
        count after a word that asks for a number ("killed one person", "only one cancellation")."""
        text = self.text
        if text[end:end + 1] == "-":
            return False
        sm = _CUR_SUFFIX.match(text, end)
        if sm and (sm.group("cw") or sm.group("code")):
            return True
        if _PERCENT.match(text, end):
            return True
        qm = _QUANTITY.match(text, end)
        if qm and qm.group("u") and qm.start() == end and len(qm.group("u")) > 2:
            return True
        if not _ONE_CUE_BEFORE.search(text, max(0, start - 20), start):
            return False
        return self._one_noun(end) is not None

    def _one_noun(self, pos: int) -> tuple[int, str] | None:
        """The singular noun counted by "one": (end offset, noun), skipping up to two adjectives."""
        text = self.text
        for _ in range(3):
            wm = _WORD.match(text, pos)
            if not wm or "\n" in text[pos:wm.start("w")]:
                return None
            w = wm.group("w")
            if w.endswith(("'s", "\u2019s")):
                w = w[:-2]
            low = w.lower()
            if low in _STOP or low in _ONE_NOT_NOUN or low in _TIME_WORDS or "-" in low and low.startswith("of"):
                return None
            if low in _ADJ_OK or low.endswith(("ed", "ing", "ful", "ous", "ive")) and not low.endswith("ness"):
                pos = wm.end("w")
                continue
            if not w.islower():
                return None
            return wm.start("w") + len(w), low
        return None

    def _modifier(self, start: int) -> tuple[str | None, bool]:
        m = _MOD_BEFORE.search(self.text, max(0, start - 24), start)
        if not m:
            return None, False
        code = MOD_CODES.get(" ".join(m.group("m").lower().split()))
        return code, code in APPROX_MODS

    def handle(self, m: re.Match[str]) -> Candidate | None:
        text = self.text
        start, end = m.start(), m.end()
        approx = False
        value: float | None
        word = ""
        if m.group("d") is not None:
            if self._in_phone(start) or self._bad_token(m):
                return None
            if start > 1 and text[start - 1] in "-\u2013" and text[start - 2].isdigit():
                ts, te = _token_bounds(text, start, end)
                if not (re.fullmatch(r"\d+[-\u2013]\d+", text[ts:te]) and self._vote_tally(ts, te)):
                    return None  # the second half of a range whose first half belongs to something else
            if "/" in m.group("d"):
                frac = re.search(r"(\d+)/(\d+)$", m.group("d"))
                if frac is None or int(frac.group(1)) >= int(frac.group(2)):
                    return None  # "9/11", "24/7": not a fraction
            value = parse_number(m.group("d"))
            digits = True
            if value is not None and self._not_a_figure(start, end, value):
                return None
        elif m.group("v") is not None:
            value = None
            approx = True
            digits = False
        elif m.group("h") is not None:  # "half a million", "a half-dozen"
            hs = m.group("hs").lower()
            value = 6.0 if hs == "dozen" else SCALES[hs] / 2
            digits = False
        elif m.group("p") is not None:  # "one point six billion dollars"
            value = parse_number(m.group("p"))
            digits = False
            if value is None or not (_SCALE_AFTER.match(text, end) or _PERCENT.match(text, end)
                                     or _CUR_SUFFIX.match(text, end) or _QUANTITY.match(text, end)):
                return None
        elif m.group("f") is not None:
            value = parse_fraction(m.group("f"))
            if value is None:
                return None
            if m.group("f").lower().strip() in ("half", "half a", "half an"):
                return None
            return self._fraction(m, value)
        else:
            word = " ".join(m.group("w").lower().split())
            if word in ("a", "an", "zero") and not _SCALE_AFTER.match(text, end):
                return None
            if word == "one" and not self._one_is_figure(start, end):
                return None
            if text[end:end + 1] == "-" and _HYPHEN_NOT_COUNTED.match(text, end):
                return None  # "twenty-first", "two-for-one", "two-thirds"
            if word.startswith(("eighteen ", "nineteen ")) and re.match(r"(?:eighteen|nineteen)\s+(?:oh|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b",
                        word):
                return None  # a year read out: "nineteen ninety-eight"
            value = parse_number(word)
            digits = False
            if value is None:
                return None
            before = text[max(0, start - 20):start].split()
            if before and (before[-1].lower() in _NAME_WORDS_FOR_WORDS or re.fullmatch(r"[A-Z]{2,5}", before[-1])
                           and before[-1] not in _CUR_CODES):
                return None  # "Flight eight hundred", "TWA eight hundred", "the number two official"
        if value is not None and digits and not _PERCENT.match(text, end) and "," not in m.group("d") \
                and self._name_before(start) and not (
                    _TALLY_AT.match(text, start) and self._vote_tally(start, _token_bounds(text, start, end)[1])):
            return None  # "Boeing 737", but not "passed the Senate 68-31"
        # scale words and abbreviations: "1.5 million", "3bn", "€5m"
        scale_m = _SCALE_AFTER.match(text, end)
        if scale_m and value is not None:
            if scale_m.group("a") is not None:
                ab = scale_m.group("a").lower()
                glued_m = ab == "m" and digits and scale_m.start() == end and not self._currency_before(start) \
                    and not _CUR_SUFFIX.match(text, scale_m.end())
                if glued_m and (_METRE_CUE_AFTER.match(text, scale_m.end()) or (
                        _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
                        and re.match(r"[^\S\n]*(?:[,;:.)]|$)", text[scale_m.end():scale_m.end() + 3]))):
                    # "the 1,500m world record", "a 300m-high tower", "in the 10,000m,": metres
                    mod, approx = self._modifier(start)
                    return Candidate(start, scale_m.end(), "quantity", {"amount": clean_value(value), "unit": "m"},
                                     unit="m", mod=mod, approximate=approx, confidence=0.7)
                if glued_m and (self._noun(scale_m.end(), False) or _OF_AT.match(text, scale_m.end())):
                    glued_m = False  # "2.3m attendances", "5m of them": millions of a counted thing
                elif ab == "m" and not self._currency_before(start) and not _CUR_SUFFIX.match(text, scale_m.end()):
                    scale_m = None
                if scale_m is not None and ab in ("m", "b", "k") and not (digits and scale_m.start() == end):
                    scale_m = None
                if scale_m is not None:
                    value *= ABBREV_SCALES[ab]
                    end = scale_m.end()
            else:
                value *= SCALES[scale_m.group("w").lower()]
                end = scale_m.end()
                more = _SCALE_AFTER.match(text, end)
                if more and more.group("w"):
                    value *= SCALES[more.group("w").lower()]
                    end = more.end()
        # ranges: "$2-3 billion", "200 to 300", "between 200 and 300"
        high: float | None = None
        lo_start = start
        cur_start = self._cur_start(start)
        between = _BETWEEN_BEFORE.search(text, max(0, start - 9), cur_start)
        rng = re.compile(r"\s+and\s+" if between and between.group(0).lower().startswith("between")
                         else r"\s*(?:-|\u2013|\u2014|to)\s*", re.I).match(text, end)
        if rng and rng.group(0).strip().lower() == "to" and value is not None:
            # "fell $1.125 to $13.625", "rose from 5% to 7%": a change and the new level, not a range
            from_change = between is not None and between.group(0).lower().startswith("from") \
                and not _RANGE_FROM_OK.search(text, max(0, cur_start - 30), cur_start)
            if from_change or _CHANGE_BEFORE.search(text, max(0, cur_start - 40), cur_start):
                own_unit = bool(cur_start < start or _PERCENT.match(text, end) or _CUR_SUFFIX.match(text, end)
                                or _QUANTITY.match(text, end))
                nxt = R_NUMBER.match(text, self._skip_currency(rng.end()))
                nxt_unit = nxt is not None and (self._skip_currency(rng.end()) > rng.end() or bool(
                    _PERCENT.match(text, nxt.end()) or _CUR_SUFFIX.match(text, nxt.end())
                    or _QUANTITY.match(text, nxt.end()) or _SCALE_AFTER.match(text, nxt.end())))
                if own_unit or not nxt_unit:
                    rng = None
                    between = None
        if rng and value is not None:
            nxt = R_NUMBER.match(text, self._skip_currency(rng.end()))
            if nxt and nxt.group("d") is not None:
                hv = parse_number(nxt.group("d"))
                hend = nxt.end()
                sm = _SCALE_AFTER.match(text, hend)
                mult = 1.0
                if sm and (sm.group("w") or (sm.group("a") and sm.start() == hend)):
                    key = (sm.group("w") or sm.group("a")).lower()
                    mult = SCALES.get(key) or ABBREV_SCALES.get(key, 1)
                    hend = sm.end()
                if hv is not None:
                    hv *= mult
                    if scale_m is None and mult != 1:
                        value *= mult
                    if hv > value and (between or rng.group(0).strip() in ("-", "\u2013", "\u2014")
                                       or self._no_unit(text, end, rng.end())):
                        high = hv
                        end = hend
        if high is None and value is not None and digits:
            # "between 5.5% and 6.5%", "2%-3%": a range with the percent sign written twice
            pm = _PERCENT.match(text, end)
            if pm and pm.group("pct") and pm.group("pct") == "%":
                sep = re.compile(r"\s+and\s+" if between and between.group(0).lower().startswith("between")
                                 else r"\s*[-\u2013]\s*").match(text, pm.end())
                nxt = R_NUMBER.match(text, sep.end()) if sep else None
                if nxt and nxt.group("d") and text[nxt.end():nxt.end() + 1] == "%":
                    hv = parse_number(nxt.group("d"))
                    if hv is not None and hv > value:
                        high, end = hv, nxt.end()
        kind_c = self._classify(start, end, value, approx, digits, one=word == "one")
        if kind_c is None:
            return None
        kind_c.value = self._with_high(kind_c, high)
        del lo_start
        return kind_c

    @staticmethod
    def _no_unit(text: str, end: int, nxt: int) -> bool:
        return not _CUR_SUFFIX.match(text, end) and not _PERCENT.match(text, end) and not _QUANTITY.match(text, end)

    def _cur_start(self, start: int) -> int:
        cm = _CUR_PREFIX.search(self.text, max(0, start - 5), start)
        return cm.start() if cm else start

    def _skip_currency(self, pos: int) -> int:
        m = re.compile(r"(?:(?:US|A|C|NZ|HK|S)?\$|\u20ac|\u00a3|\u00a5|\u20b9)").match(self.text, pos)
        return m.end() if m else pos

    def _currency_before(self, start: int) -> str | None:
        cm = _CUR_PREFIX.search(self.text, max(0, start - 5), start)
        if not cm:
            return None
        return _currency_code(cm.group("sym") or "", cm.group("code") or "")

    @staticmethod
    def _with_high(c: Candidate, high: float | None) -> object:
        if high is None:
            return c.value
        if isinstance(c.value, dict):
            c.value["max"] = clean_value(high * c.value.pop("_mult", 1))
        return c.value

    def _classify(self, start: int, end: int, value: float | None, approx: bool,
                  digits: bool, one: bool = False) -> Candidate | None:
        text = self.text
        mod, mod_approx = self._modifier(self._cur_start(start))
        approx = approx or mod_approx
        # money, currency first: "$88 billion", "US$1.2 trillion", "Rs 200 crore"
        cm = _CUR_PREFIX.search(text, max(0, start - 5), start)
        if cm and (cm.group("sym") or cm.group("code")):
            code = _currency_code(cm.group("sym") or "", (cm.group("code") or "").strip())
            if cm.group("code") == "R" and value is not None and value < 100 and end - start <= 2:
                return None  # "the R5 road", "R44": a road or a code, not five rand
            if code and not (cm.group("code") and cm.group("code").strip() == "R" and not digits):
                amount = value
                sm = _CUR_SUFFIX.match(text, end)
                if sm and sm.group("cw") and sm.group("cw").lower() in ("cents", "cent"):
                    pass
                mod2, ap2 = self._modifier(cm.start())
                return Candidate(cm.start(), end, "money", self._money_value(amount, code), currency=code,
                                 mod=mod2 or mod, approximate=approx or ap2, confidence=0.95)
        sm = _CUR_SUFFIX.match(text, end)
        if sm:
            adj = (sm.group("adj") or "").strip()
            word = (sm.group("cw") or "").lower()
            code = (_currency_code(sm.group("sym"), "") if sm.group("sym")
                    else _currency_code_word(adj, word, sm.group("code") or ""))
            if adj and word in ("cent", "cents", "pence"):  # "18 Canadian cents" are CAD
                code = _currency_code_word(adj, "pound" if word == "pence" else "dollar", "") or code
            elif word and not adj and not sm.group("code"):
                code = self._inherited_code(word, start) or code
            if word == "real" and not adj:
                code = None  # "18,700 real estate deals": only "Brazilian real" or "reais" is money
            if code and not (word.startswith("pound") and not word.endswith("sterling") and value is not None
                             and value < 1_000_000 and not adj):
                amount = value
                if word in ("cents", "cent", "pence") and amount is not None:
                    amount = amount / 100
                if word in ("mark", "marks") and not adj and (value is None or value < 1000) and not re.search(
                        r"\b(?:deutsche|german|dollar)\b", text[max(0, start - 60):start], re.I) \
                        and not re.search(r"\.\d\d", text[start:end]):
                    code = None
                if code:
                    return Candidate(start, sm.end(), "money", self._money_value(amount, code), currency=code,
                                     mod=mod, approximate=approx, confidence=0.9)
        if digits and value is not None and _PENCE.match(text, end) and not _PENCE_NOT_BEFORE.search(
                text, max(0, start - 8), start):
            # UK prices in pence: "fell 14p to 290p", "141.9p a litre"
            return Candidate(start, end + 1, "money", self._money_value(value / 100, "GBP"), currency="GBP",
                             mod=mod, approximate=approx, confidence=0.85)
        pm = _PERCENT.match(text, end)
        if pm:
            unit = "pp" if pm.group("pp") or pm.group("hpp") else "bp" if pm.group("bp") or pm.group("hbp") else None
            if pm.group("bp") and pm.group("bp").lower().startswith("bp") and not digits:
                return None
            return Candidate(start, pm.end(), "percent", clean_value(value) if value is not None else None,
                             unit=unit, mod=mod, approximate=approx, confidence=0.95)
        am = _AGE_AFTER.match(text, end)
        if am and value is not None and self._cur_start(start) == start and 0 <= value < 150:
            # an age: "a 6-year-old boy", "the 50-year-old alliance", "an 8-month-old truce"
            return Candidate(start, am.end(), "count", clean_value(value), unit=f"{am.group('u').lower()}s old",
                             mod=mod, approximate=approx, confidence=0.8)
        if _TIME_UNIT_AFTER.match(text, end) or _CLOCK_AFTER.match(text, end):
            return None
        if digits and value is not None and self._cur_start(start) == start:
            mag = _MAGNITUDE_BEFORE.search(text, max(0, start - 12), start)
            rich = _RICHTER_AFTER.match(text, end)
            if (mag or rich) and 0 < value < 10:  # "magnitude 5.9", "5.9 on the Richter scale"
                return Candidate(mag.start() if mag else start, end, "quantity",
                                 {"amount": clean_value(value), "unit": "magnitude"}, unit="magnitude", mod=mod,
                                 approximate=approx, confidence=0.85)
        qm = _QUANTITY.match(text, end)
        if qm and value is not None:
            if qm.group("t"):
                if not digits or qm.start() != end or not -90 <= value <= 140:
                    qm = None
            elif qm.group("u") and qm.group("u").lower() in ("m", "mt", "kt", "ha", "db", "mg", "ml") \
                    and qm.start() != end:
                qm = None
            if qm is not None:
                unit = _unit_name((qm.group("u") or qm.group("t") or qm.group("h") or "").replace("-", " "))
                qend = qm.end()
                rm = _RATE.match(text, qend)
                if rm and unit in ("barrel", "tonne", "ton", "litre", "gallon", "cubic foot", "kWh", "MWh"):
                    unit = f"{unit}/{_rate_unit(rm.group('r'))}"
                    qend = rm.end()
                neg = _MINUS_BEFORE.search(text, max(0, start - 9), start) if unit.startswith("\u00b0") else None
                if neg:  # "minus 7C", "-12C": below zero
                    start, value = neg.start(), -value
                return Candidate(start, qend, "quantity", {"amount": clean_value(value), "unit": unit},
                                 unit=unit, mod=mod, approximate=approx, confidence=0.85)
        # counts: "1,350 people", "eight ministers", "thousands of refugees"
        if value is None:
            vm = _VAGUE_MONEY.match(text, end)
            if vm:
                code = _currency_code_word((vm.group("adj") or "").strip(), vm.group("cw"), "")
                if code:
                    return Candidate(start, vm.end(), "money", self._money_value(None, code), currency=code,
                                     mod=mod, approximate=True, confidence=0.8)
        if one:
            noun = self._one_noun(end)
            if noun is None:
                return None
            return Candidate(start, noun[0], "count", 1, unit=noun[1], mod=mod, approximate=approx,
                             confidence=0.7)
        if digits and text[end:end + 1] == "-" and text[end + 1:end + 2].isupper():
            return None  # "7-Eleven": a number glued to a name
        if _HYPHEN_IDIOM.match(text, end):
            return None
        hm = _HYPHEN_WORD.match(text, end)
        if hm and value is not None and not hm.group("w").lower().endswith("ed"):
            # "a four-member panel", "the 22-story building": the number counts the noun after the hyphen
            return Candidate(start, hm.end(), "count", clean_value(value), unit=hm.group("w").lower(), mod=mod,
                             approximate=approx, confidence=0.7)
        noun = self._noun(end, vague=value is None)
        if value is None:
            if noun is None:
                vague = " ".join(text[start:end].lower().split())
                if not re.fullmatch(r"(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands)"
                                    r"|(?:several|a\s+few)\s+(?:hundred|thousand|dozen)", vague):
                    return None
                if re.match(r"\s+(?:of\s+)?(?:years|miles|dollars|times)\b|-", text[end:end + 12], re.I):
                    return None
                # "among hundreds injured", "thousands of Army, Navy and Air Force troops"
                return Candidate(start, end, "count", None, mod=mod, approximate=True, confidence=0.6)
            return Candidate(start, noun[0], "count", None, unit=noun[1], mod=mod, approximate=True,
                             confidence=0.8)
        if digits and 1000 <= value <= 2100 and noun is None and "," not in text[start:end] \
                and "." not in text[start:end]:
            return None
        if digits and noun is None and len(text[start:end]) >= 5 and text[start:end].isdigit():
            return None  # "80486", "35527": long digit strings without separators are codes, not counts
        if noun is not None:
            return Candidate(start, noun[0], "count", clean_value(value), unit=noun[1], mod=mod,
                             approximate=approx, confidence=0.85)
        conf = 0.6 if digits else 0.5
        if not digits and value < 10:
            conf = 0.45
        return Candidate(start, end, "count", clean_value(value), mod=mod, approximate=approx, confidence=conf)

    def _inherited_code(self, word: str, start: int) -> str | None:
        """A bare currency word takes the country of its last qualified mention: "1,015 French francs ...
        528 million francs" are both FRF. Dollars, cents and pence are left to their default."""
        base = word.lower().split()[0]
        if base.startswith(("dollar", "cent", "pence", "buck")):
            return None
        if self._qualified is None:
            self._qualified = [(m.start(), m.group("cw").lower(), _currency_code_word(m.group("adj").strip(),
                                                                                    m.group("cw"), ""))
                               for m in _QUALIFIED_CUR.finditer(self.text) if m.group("adj")]
        stem = base.rstrip("s")
        code = None
        for pos, cw, c in self._qualified:
            if pos >= start:
                break
            if cw.rstrip("s") == stem:
                code = c
        return code

    @staticmethod
    def _money_value(amount: float | None, code: str) -> dict[str, object]:
        return {"amount": clean_value(amount) if amount is not None else None, "currency": code}

    def _fraction(self, m: re.Match[str], value: float) -> Candidate | None:
        return self._fraction_at(m.start(), m.end(), "-" in m.group("f"), value)

    def _fraction_at(self, start: int, end: int, hyphened: bool, value: float) -> Candidate | None:
        text = self.text
        mod, approx = self._modifier(start)
        pp = _PP_FRACTION.match(text, end)
        if pp:  # "a quarter of a percentage point", "half a percentage point"
            return Candidate(start, pp.end(), "percent", clean_value(round(value, 4)), unit="pp", mod=mod,
                             approximate=approx, confidence=0.8)
        if _FRACTION_OF_TIME.match(text, end):
            return None  # "a quarter of an hour", "a third of the season": time, not a share
        change = _BY_BEFORE.search(text, max(0, start - 30), start) or _CHANGE_BEFORE.search(
            text, max(0, start - 40), start)
        if not _FRACTION_KIND_NOUN.match(text, end) and not (change and not _WORD_NOUN_AFTER.match(text, end)) \
                and not (hyphened and _FRACTION_AS_SHARE.match(text, end)):
            return None  # "two-thirds of voters", "a two-thirds majority", "cut by one-third", "down a fifth"
        return Candidate(start, end, "percent", clean_value(round(value * 100, 4)), mod=mod,
                         approximate=True, confidence=0.6)

    def _shares(self) -> Iterator[Candidate]:
        """Shares written as words that no number trigger starts: "a third of", "down a fifth", "half of the
        country", "one in five adults", "3 in 10 voters"."""
        text = self.text
        for m in _SHARE_RE.finditer(text):
            if m.group("fr"):
                c = self._fraction_at(m.start(), m.end(), False, parse_fraction(m.group(0)) or 0.0)
            elif m.group("half"):
                c = self._half_of(m.start(), m.end())
            else:
                a, b = parse_number(m.group("a")), parse_number(m.group("b"))
                if a is None or b is None or not 0 < a < b or _TIME_UNIT_AFTER.match(text, m.end()) \
                        or _QUANTITY.match(text, m.end()) or _PERCENT.match(text, m.end()) \
                        or _CUR_SUFFIX.match(text, m.end()) or _SCALE_AFTER.match(text, m.end()):
                    continue
                mod, _ = self._modifier(m.start())
                c = Candidate(m.start(), m.end(), "percent", clean_value(round(100 * a / b, 4)), mod=mod,
                              approximate=True, confidence=0.75)
            if c is not None:
                yield c

    def _half_of(self, start: int, end: int) -> Candidate | None:
        """"half of the country's population", "half the respondents": a share of 50 percent; not "the second
        half of the match", "half of them left early" is still a share."""
        text = self.text
        if _PP_FRACTION.match(text, end) and not re.search(r"\b(?:first|second|third|fourth|final|other)\s+$",
                                                             text[max(0, start - 10):start], re.I):
            return self._fraction_at(start, end, False, 0.5)  # "half a percentage point", "a half-point cut"
        if _HALF_NOT_BEFORE.search(text, max(0, start - 12), start):
            return None
        if not _HALF_OF_AFTER.match(text, end) and not (
                _BY_BEFORE.search(text, max(0, start - 30), start) and not re.match(r"[\w-]", text[end:end + 2])
                and not re.match(r"\s+an?\b", text[end:end + 4])):
            return None  # "half of the voters", "halved": "cut by half" is a share too
        words = re.findall(r"[a-z0-9]+", text[end:end + 40].lower())[:4]
        if any(w in _HALF_TIME_WORDS or w.isdigit() and len(w) == 4 for w in words):
            return None  # "half of the season", "half of 2025", "half the time"
        mod, _ = self._modifier(start)
        return Candidate(start, end, "percent", 50, mod=mod, approximate=True, confidence=0.6)

    @staticmethod
    def _is_plural(w: str) -> bool:
        low = w.lower()
        return low in _IRREGULAR_PLURALS or (len(low) > 3 and low.endswith("s") and low.isalpha()
                                              and not low.endswith(("ss", "us", "is")) and low not in _NOT_PLURAL)

    def _noun(self, pos: int, vague: bool) -> tuple[int, str] | None:
        """The counted noun after a number: (end offset, noun), skipping a few adjectives."""
        text = self.text
        om = _OF.match(text, pos)
        if om and vague:
            pos = om.end()
        elif om:
            return None
        for _ in range(4):
            wm = _WORD.match(text, pos)
            if not wm:
                return None
            if "\n" in text[pos:wm.start("w")]:
                return None
            w = wm.group("w").rstrip("'\u2019")
            low = w.lower()
            if low in _STOP:
                return None
            if low in _IRREGULAR_PLURALS or (
                len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "\u2019s"))
                and low not in _NOT_PLURAL
            ):
                return wm.end("w") - (len(wm.group("w")) - len(w)), w if w[:1].isupper() else low  # "Palestinians"
            if low in _TIME_WORDS:
                return None
            if low in _ADJ_OK or (w[:1].isupper() and not w.isupper() and len(w) > 2) or w.isupper() \
                    or "-" in low or low.endswith(("ian", "ese", "ish", "al", "ic", "ive", "ed", "ful", "ous")):
                pos = wm.end("w")
                continue
            if w.isalpha() and w.islower() and len(w) > 2 and low not in _ONE_NOT_NOUN \
                    and low not in _PREPOSITIONS:
                pos = wm.end("w")  # a noun used as a modifier: "700 university students"
                continue
            return None
        return None


_CAP_FUNCTION = {
    "A", "An", "In", "Since", "By", "From", "Until", "Before", "After", "During", "Of", "The", "And", "Or", "To",
    "Between", "Through", "Around", "About", "Some", "Nearly", "Almost", "Over", "Under", "More", "Less",
    "Fewer", "Only", "Just", "At", "On", "For", "With", "Than", "Up", "Roughly", "Approximately", "Another",
    "All", "Those", "These", "Its", "His", "Her", "Their", "Our", "Still", "Even", "But", "Yet",
    "Estimated", "Reported", "Like", "As", "Per", "Plus", "Minus", "Below",
    "Above", "Killed", "Total", "Least", "Most", "Now", "Then", "Also", "While", "When", "If",
    "Where", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
    "Dec.", "Rs", "Rs.", "US", "Mr", "I", "We", "They", "He", "She", "It", "Who", "Which", "That", "This",
    "Has", "Have", "Had", "Was", "Were", "Is", "Are", "Will", "Would", "Said", "Says", "Tk", "Tk.",
}
_CUR_CODES = set(_CODE_ALT.split("|"))


def _currency_code(sym: str, code: str) -> str | None:
    sym = sym.strip().replace(" ", "")
    code = code.strip().rstrip(".")
    table = {"$": "USD", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
             "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "Z$": "ZWL", "N$": "NAD",
             "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY", "\u20b9": "INR", "\u20a6": "NGN",
             "\u20a9": "KRW", "\u20bd": "RUB", "\u20ba": "TRY", "\u20b1": "PHP", "GH\u00a2": "GHS"}
    if sym:
        return table.get(sym)
    if code in ("Rs", "INR"):
        return "INR"
    if code == "RMB":
        return "CNY"
    if code == "dlrs":
        return "USD"
    if code == "Tk":
        return "BDT"
    if code == "Rp":
        return "IDR"
    if code == "R":
        return "ZAR"
    prefixes = {"Dh": "AED", "Dhs": "AED", "KSh": "KES", "KShs": "KES", "Ksh": "KES", "Kshs": "KES", "TSh": "TZS",
                "TShs": "TZS", "USh": "UGX", "SR": "SAR", "QR": "QAR", "RM": "MYR"}
    if code in prefixes:
        return prefixes[code]
    return code or None


_WORD_CODES = {
    "dollar": "USD", "buck": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "cent": "USD", "pence": "GBP", "franc": "CHF",
    "guilder": "NLG", "mark": "DEM", "peso": "MXN", "rouble": "RUB", "ruble": "RUB", "won": "KRW",
    "lira": "TRY", "liras": "TRY", "lire": "ITL", "riyal": "SAR", "rial": "IRR", "dirham": "AED",
    "shekel": "ILS", "rand": "ZAR", "naira": "NGN", "kronor": "SEK", "krona": "SEK", "kroner": "NOK",
    "krone": "DKK", "zloty": "PLN", "baht": "THB", "ringgit": "MYR", "dinar": "IQD", "reais": "BRL",
    "real": "BRL", "dlr": "USD", "shilling": "KES", "peseta": "ESP", "markka": "FIM", "markkaa": "FIM",
    "escudo": "PTE", "drachma": "GRD", "forint": "HUF", "hryvnia": "UAH", "tenge": "KZT", "rupiah": "IDR",
    "dong": "VND", "taka": "BDT", "kwacha": "ZMW", "cedi": "GHS", "birr": "ETB", "leu": "RON", "lei": "RON",
    "lev": "BGN", "kuna": "HRK", "bolivar": "VES", "sol": "PEN", "soles": "PEN",
}
_ADJ_CODES = {
    ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD", ("hong kong", "dollar"): "HKD",
    ("new zealand", "dollar"): "NZD", ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD",
    ("taiwanese", "dollar"): "TWD", ("swiss", "franc"): "CHF", ("french", "franc"): "FRF",
    ("belgian", "franc"): "BEF", ("japanese", "yen"): "JPY", ("chinese", "yuan"): "CNY",
    ("indian", "rupee"): "INR", ("pakistani", "rupee"): "PKR", ("south african", "rand"): "ZAR",
    ("mexican", "peso"): "MXN", ("philippine", "peso"): "PHP", ("argentine", "peso"): "ARS",
    ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP", ("brazilian", "real"): "BRL",
    ("russian", "ruble"): "RUB", ("russian", "rouble"): "RUB", ("turkish", "lira"): "TRY",
    ("egyptian", "pound"): "EGP", ("saudi", "riyal"): "SAR", ("iranian", "rial"): "IRR",
    ("israeli", "shekel"): "ILS", ("british", "pound"): "GBP", ("irish", "pound"): "IEP",
    ("deutsche", "mark"): "DEM", ("german", "mark"): "DEM", ("dutch", "guilder"): "NLG",
    ("swedish", "krona"): "SEK", ("norwegian", "krone"): "NOK", ("danish", "krone"): "DKK",
    ("nigerian", "naira"): "NGN", ("kenyan", "shilling"): "KES", ("ugandan", "shilling"): "UGX",
    ("tanzanian", "shilling"): "TZS", ("somali", "shilling"): "SOS", ("us", "dollar"): "USD",
    ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD", ("norwegian", "crown"): "NOK",
    ("swedish", "crown"): "SEK", ("danish", "crown"): "DKK", ("czech", "crown"): "CZK", ("icelandic", "crown"): "ISK",
}


def _currency_code_word(adj: str, word: str, code: str) -> str | None:
    if code:
        return "CNY" if code.upper() == "RMB" else code.upper()
    w = word.lower().split()[0]
    if w.endswith("s") and w not in ("rand", "reais", "kronor", "pence", "lira", "liras", "soles"):
        w = w[:-1]
    a = " ".join(adj.lower().split())
    if a:
        return _ADJ_CODES.get((a, w), _WORD_CODES.get(w))
    return _WORD_CODES.get(w)


def _unit_name(raw: str) -> str:
    u = " ".join(raw.lower().replace(".", "").split())
    table = [
        (("square", "sq"), "km", "km\u00b2"), (("square", "sq"), "kilomet", "km\u00b2"),
        (("square", "sq"), "mile", "sq mi"), (("square", "sq"), "met", "m\u00b2"),
        (("square", "sq"), "feet", "sq ft"), (("square", "sq"), "foot", "sq ft"), (("cubic",), "met", "m\u00b3"),
        (("cubic",), "feet", "cubic foot"), (("cubic",), "foot", "cubic foot"),
    ]
    for prefixes, stem, name in table:
        if u.startswith(prefixes) and stem in u:
            return name
    simple = {
        "km": "km", "kilometer": "km", "kilometre": "km", "kilometers": "km", "kilometres": "km", "mile": "mi",
        "miles": "mi", "meter": "m", "metre": "m", "meters": "m", "metres": "m", "cm": "cm", "mm": "mm",
        "centimeter": "cm", "centimetre": "cm", "centimeters": "cm", "centimetres": "cm", "millimeter": "mm",
        "millimetre": "mm", "millimeters": "mm", "millimetres": "mm", "ft": "ft", "feet": "ft", "foot": "ft",
        "inch": "in", "inches": "in", "yard": "yd", "yards": "yd", "kg": "kg", "kilo": "kg", "kilos": "kg",
        "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "gram": "g",
        "grams": "g", "tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton", "lb": "lb",
        "lbs": "lb", "pounds": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz", "barrel": "barrel",
        "barrels": "barrel", "bpd": "barrel/day", "litre": "litre", "litres": "litre", "liter": "litre",
        "liters": "litre", "gallon": "gallon", "gallons": "gallon", "acre": "acre", "acres": "acre",
        "hectare": "ha", "hectares": "ha", "ha": "ha", "mph": "mph", "km/h": "km/h", "kph": "km/h",
        "kmph": "km/h", "kmh": "km/h", "ppm": "ppm", "ppb": "ppb", "parts per million": "ppm",
        "parts per billion": "ppb", "\u00b5g/m3": "\u00b5g/m\u00b3", "\u00b5g/m\u00b3": "\u00b5g/m\u00b3",
        "knot": "knot", "knots": "knot", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh",
        "gwh": "GWh", "twh": "TWh", "megawatt": "MW", "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW",
        "kilowatt": "kW", "kilowatts": "kW", "c": "\u00b0C", "f": "\u00b0F", "\u00b0c": "\u00b0C",
        "\u00b0f": "\u00b0F", "\u00b0 c": "\u00b0C", "\u00b0 f": "\u00b0F", "\u00b0": "\u00b0",
        "degree": "\u00b0", "degrees": "\u00b0", "degrees celsius": "\u00b0C", "degrees c": "\u00b0C",
        "degrees fahrenheit": "\u00b0F", "degrees f": "\u00b0F", "degree celsius": "\u00b0C",
        "bcm": "bcm", "tcf": "tcf", "mcm": "mcm", "mb/d": "Mb/d", "kt": "kt", "mt": "Mt", "gt": "Gt",
        "sqkm": "km\u00b2", "sq km": "km\u00b2", "km2": "km\u00b2", "m2": "m\u00b2", "m3": "m\u00b3",
        "calories": "kcal", "kcal": "kcal", "db": "dB", "decibel": "dB", "decibels": "dB",
        "magnitude": "magnitude", "metric ton": "tonne", "metric tons": "tonne", "ml": "ml",
        "milliliter": "ml", "millilitre": "ml", "milliliters": "ml", "millilitres": "ml", "mg": "mg",
        "milligram": "mg", "milligrams": "mg", "pound": "lb", "square mile": "sq mi", "square foot": "sq ft",
        "square meter": "m\u00b2", "square metre": "m\u00b2",
    }
    if u in simple:
        return simple[u]
    if u.startswith("microgram"):
        return "\u00b5g/m\u00b3"
    if " per hour" in u or " an hour" in u:
        return "mph" if u.startswith("mile") else "km/h"
    if "watt hour" in u or "watt-hour" in u:  # "40 gigawatt hours" -> GWh
        return {"k": "kWh", "m": "MWh", "g": "GWh", "t": "TWh"}[u[0]]
    if u.startswith("light-year"):
        return "light-year"
    if u.startswith("nautical"):
        return "nmi"
    return u.rstrip("s") if len(u) > 3 else u


def _rate_unit(r: str) -> str:
    r = r.lower()
    return {"d": "day", "yr": "year", "h": "hour"}.get(r, r)


def find_amounts(ctx: Context) -> list[Candidate]:
    """Every money, percent, quantity and count candidate in the text."""
    amounts = Amounts(ctx)
    return [*amounts.run(), *amounts._shares()]
