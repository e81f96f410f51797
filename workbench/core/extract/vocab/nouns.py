"""Words around a number that decide whether it counts a noun, and which one (see docs/claims.md, count)."""

from __future__ import annotations

from workbench.core.extract.vocab import calendar

IRREGULAR_PLURALS: set[str] = {
    "people", "police", "children", "men", "women", "staff", "personnel", "cattle", "sheep", "fish", "aircraft",
    "deer", "livestock", "crew", "militia", "youth", "infantry", "clergy", "faculty", "offspring", "folk",
    "teeth", "feet", "mice", "geese", "data", "media", "criteria", "bacteria", "alumni", "refugees",
}
"""Plural nouns that do not end in -s: "1,350 people", "40 police"."""

STOP_WORDS: set[str] = {
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
"""Words after a number that end the search for its counted noun: "5 of", "12 percent"."""

NOT_PLURAL: set[str] = {
    "is", "was", "has", "does", "its", "this", "thus", "his", "hers", "ours", "yours", "theirs", "us", "as",
    "always", "perhaps", "less", "unless", "across", "plus", "bus", "gas", "news", "series", "species",
    "means", "status", "various", "previous", "serious", "famous", "bonus", "virus", "census", "campus",
    "chaos", "analysis", "basis", "crisis", "thesis", "axis", "tennis", "physics", "economics", "politics",
    "says", "remains", "seems", "becomes", "includes", "gets", "makes", "takes", "comes", "goes", "shows",
    "sets", "puts", "loses", "rises", "falls", "stands", "leads", "needs", "wants", "adds",
    "helps", "lets", "besides", "whereas", "sometimes", "nevertheless", "afterwards", "towards", "upwards",
    "downwards", "overseas", "whereabouts", "ss", "yes", "alias", "bias", "atlas", "canvas", "apiece",
}
"""Words ending in -s that are not plural nouns: "3 is", "20 news"."""

NOUN_MODIFIERS: set[str] = {
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
"""Words between a number and its noun that are skipped: "1,200 new jobs", "12 armed men"."""

REFERENCE_WORDS: set[str] = {
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
"""Words before a number that make it a label, not a figure: "page 12", "Flight 370"."""

REFERENCE_WORDS_FOR_WORDS: set[str] = {
    "page", "pages", "chapter", "section", "article", "paragraph", "no.", "number", "flight", "route",
    "highway", "platform", "gate", "resolution", "volume", "episode", "season", "round", "level", "grade",
    "phase", "stage", "category", "part", "channel", "apartment", "suite", "room", "amendment",
}
"""The same, for numbers in words: "Flight eight hundred"."""

NOT_COUNTED_BY_ONE: set[str] = {
    "another", "thing", "things", "way", "day", "time", "point", "side", "hand", "case", "more", "less",
    "other", "kind", "sort", "type", "piece", "bit", "moment", "place", "reason", "hundred", "thousand",
    "million", "billion", "trillion", "or", "who", "that", "which", "whom", "whose", "else", "apiece", "each",
}
"""Words after "one" that it does not count: "one thing", "one of"."""

PREPOSITIONS: set[str] = {
    "near", "outside", "inside", "beyond", "throughout", "aboard", "despite", "except", "beneath", "beside",
    "besides", "alongside", "past", "worth", "including", "following", "concerning", "regarding", "unlike",
    "opposite", "round", "till", "amongst", "whilst", "though", "although", "unless", "whether", "nearly",
    "almost", "already", "instead", "ago", "later", "soon", "now", "here", "nowhere", "somewhere", "elsewhere",
    "ever", "never", "always", "often", "together", "apart", "abroad", "overseas", "home", "alone",
}
"""Words after a number that are not a noun used as a modifier: "5 near"."""

CAPITALISED_FUNCTION_WORDS: set[str] = {
    "A", "An", "In", "Since", "By", "From", "Until", "Before", "After", "During", "Of", "The", "And", "Or",
    "To", "Between", "Through", "Around", "About", "Some", "Nearly", "Almost", "Over", "Under", "More",
    "Less", "Fewer", "Only", "Just", "At", "On", "For", "With", "Than", "Up", "Roughly", "Approximately",
    "Another", "All", "Those", "These", "Its", "His", "Her", "Their", "Our", "Still", "Even", "But", "Yet",
    "Estimated", "Reported", "Like", "As", "Per", "Plus", "Minus", "Below", "Above", "Killed", "Total",
    "Least", "Most", "Now", "Then", "Also", "While", "When", "If", "Where", "Today", "Yesterday", "Tomorrow",
    "US", "Mr", "I", "We", "They", "He", "She", "It", "Who", "Which", "That", "This", "Has",
    "Have", "Had", "Was", "Were", "Is", "Are", "Will", "Would", "Said", "Says",
} | set(calendar.WEEKDAYS) | set(calendar.month_forms())
"""Capitalised words before a number that are not a name: "In 2014"."""


TIME_WORDS: set[str] = {w.lower() for w in calendar.WEEKDAYS} | set(calendar.month_words()) - {"may"} | {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "morning", "afternoon", "evening", "tonight",
    "weekend",
}
"""Words after a number that make it part of a time expression, not a count of them."""


EVENT_NOUNS: set[str] = {
    "elections", "polls", "games", "olympics", "riots", "protests", "talks", "floods", "attacks", "accords",
    "championships", "finals", "playoffs", "midterms", "primaries", "hearings", "negotiations", "results",
    "figures", "accounts", "rules", "sanctions", "reforms", "cuts", "levels", "prices", "dollars", "pounds",
    "euros", "terms", "standards", "emissions", "forecasts", "estimates", "numbers", "data", "budgets",
    "earnings", "sales", "profits", "losses", "revenues", "returns", "rates", "winters", "summers", "awards",
    "oscars", "grammys", "celebrations", "commemorations", "anniversaries", "wars", "bombings", "shootings",
    "killings", "massacres", "uprisings", "revolutions", "strikes", "walkouts", "crises", "recessions",
    "downturns", "crashes", "laws", "acts", "amendments", "guidelines", "regulations", "plans", "targets",
    "goals", "pledges", "commitments", "census", "surveys", "studies", "reports", "reviews", "models",
}
"""Plurals a year qualifies rather than a count: "the 2008 elections", "in 2010 dollars", "2015 prices"."""

COUNTED_BY_YEAR_SHAPE: set[str] = {
    "workers", "employees", "jobs", "companies", "firms", "businesses", "homes", "houses", "cars", "students",
    "patients", "troops", "soldiers", "residents", "members", "voters", "passengers", "offices", "stores",
    "shops", "schools", "families", "households", "customers", "users", "delegates", "officers", "doctors",
    "nurses", "teachers", "farmers", "migrants", "prisoners", "inmates", "villages", "hospitals", "beds",
    "units", "flats", "apartments", "vehicles", "buses", "trucks", "seats", "tickets", "signatures", "votes",
    "deaths", "arrests", "branches", "plants", "factories", "sites", "stations", "acres", "hectares",
    "miles", "kilometres", "kilometers", "tonnes", "tons", "barrels", "participants", "runners", "fans",
    "spectators", "protesters", "demonstrators", "volunteers", "applicants", "candidates", "pupils", "staff",
}
"""Plurals a number of a year's shape counts even after "the": "the 1500 workers", "its 2000 employees"."""
