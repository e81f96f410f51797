"""The built-in lens classes; importing a module registers its classes (see ``registry.py``)."""

from workbench.core.lens.classes import dates, figures, state, titles  # noqa: F401
