"""Fixtures shared by the scenario tests; the builders live in ``scenario.py``."""

from __future__ import annotations

from datetime import datetime

import pytest
from scenario import T0, KeywordScorer


@pytest.fixture
def t0() -> datetime:
    return T0


@pytest.fixture
def scorer() -> KeywordScorer:
    return KeywordScorer()
