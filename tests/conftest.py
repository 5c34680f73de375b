"""Shared setup of the unit tests.

The example tables import their markup helper as ``from markup import …``; this puts the tests
folder on ``sys.path`` whatever pytest's import mode is.
"""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
