"""Fixtures shared by the scenario tests; the builders live in ``scenario.py``."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from hypothesis import settings
from scenario import T0, KeywordScorer

# In CI the property tests run derandomized, so a red run can be reproduced exactly and
# a lucky draw never decides whether a submission lands; locally they explore.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def t0() -> datetime:
    return T0


@pytest.fixture
def scorer() -> KeywordScorer:
    return KeywordScorer()
