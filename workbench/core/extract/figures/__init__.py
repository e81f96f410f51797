"""Money, percentages, physical quantities and counts: every figure that is not a time expression.

Importing the package registers its recognisers: ``figure`` (numbers at number triggers, classified by the
rules in ``recogniser.RULES``) and ``share`` (fractions and "one in five" written as words).
"""

from __future__ import annotations

from workbench.core.extract.figures import percent, recogniser  # noqa: F401  (register)
