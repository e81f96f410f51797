"""The Workbench window (Qt). Nothing here is imported by ``workbench.core``."""
