"""The built-in rules, one module each; importing this package registers them all.

Every module here is imported (in name order) and registers its rule with ``register_rule``: a new rule
is a new module, nothing else. Modules whose name starts with an underscore hold shared helpers.
"""

from __future__ import annotations

import importlib
import pkgutil

ORDER = ("weekday", "parts_total", "percentage", "change", "rate", "repeated_quantity", "currency_conversion",
         "age", "duration")
"""The order the built-in rules are listed in (the issue's order); other modules follow by name."""


def _load() -> None:
    names = [m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")]
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    for name in names:
        importlib.import_module(f"{__name__}.{name}")


_load()
