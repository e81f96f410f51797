"""Lens classes registered by name: adding a class touches one place (its module, or a test)."""

from __future__ import annotations

import re

from workbench.core.lens.model import LensClass

_CLASSES: dict[str, LensClass] = {}
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_builtins_loaded = False


def register_lens_class(lens_class: LensClass) -> None:
    """Add a class of dated wording; :func:`find_dated_wording` and the window pick it up from here.

    Raises ValueError for a name already registered, an empty name or label, or a colour that is not
    "#rrggbb".
    """
    _load_builtins()
    if not lens_class.name or not lens_class.label:
        raise ValueError("a lens class needs a name and a label")
    if not _COLOUR.fullmatch(lens_class.colour):
        raise ValueError(f"lens class {lens_class.name!r}: colour {lens_class.colour!r} is not #rrggbb")
    if not callable(lens_class.find):
        raise ValueError(f"lens class {lens_class.name!r}: find is not callable")
    if lens_class.name in _CLASSES:
        raise ValueError(f"a lens class named {lens_class.name!r} is already registered")
    _CLASSES[lens_class.name] = lens_class


def unregister_lens_class(name: str) -> None:
    """Remove a registered class (for tests and plug-ins that undo themselves); unknown names are ignored."""
    _CLASSES.pop(name, None)


def lens_classes() -> list[LensClass]:
    """The registered classes, in their order (then by name)."""
    _load_builtins()
    return sorted(_CLASSES.values(), key=lambda c: (c.order, c.name))


def lens_class(name: str) -> LensClass | None:
    """The registered class of that name, if any."""
    _load_builtins()
    return _CLASSES.get(name)


def _load_builtins() -> None:
    """The built-in classes register themselves when their modules are first imported."""
    global _builtins_loaded
    if not _builtins_loaded:
        _builtins_loaded = True
        import workbench.core.lens.classes  # noqa: F401
