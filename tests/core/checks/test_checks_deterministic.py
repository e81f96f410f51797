"""A finding reads the same in every run: nothing in a message may depend on set order (hash randomisation)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

SCRIPT = """
import datetime as dt
from workbench.core.checks import check_story
text = "The inquiry published its 250-page report on Monday. Critics said the 25-page report ignored key evidence."
for f in check_story(text, dt.date(2021, 3, 3)):
    print(f.rule, f.message)
"""


def test_messages_do_not_depend_on_the_hash_seed() -> None:
    outputs = set()
    for seed in map(str, range(8)):  # seed 4 named the other noun before the fix
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, env=env, capture_output=True, text=True,
                             check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert "repeated_quantity" in outputs.pop()
