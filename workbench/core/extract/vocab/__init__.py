"""The extractor's vocabularies as data, one module each; the regexes and lookups are generated from them.

- ``currencies``: symbols, ISO codes, regional prefixes, currency words, nationality adjectives, subunits
- ``scales``: thousand, million, bn, crore, lakh ...
- ``units``: units of measure and their short names
- ``calendar``: months, weekdays, seasons, parts of the day, holidays, time units
- ``qualifiers``: "more than", "about", "at least" ... and their ``mod`` codes
- ``nouns``: words that are, or are not, the noun a number counts
"""
