"""Workbench: a desktop fact-checking workbench for newsroom editors."""

__version__ = "0.1.0"
