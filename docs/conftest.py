"""Run every Python block of the documentation (and the README) as a test, with Sybil.

Plain ```python blocks are executed; blocks written as ``>>>`` sessions are checked as
doctests. Blocks in one page share a namespace, top to bottom, so a page reads as one
script. A block that only sketches code for a framework the tests do not install is
preceded by ``% skip: next``.
"""

from __future__ import annotations

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.myst import DocTestDirectiveParser, PythonCodeBlockParser, SkipParser

OPTIONS = ELLIPSIS | NORMALIZE_WHITESPACE

#: Generated pages and the built site are not sources of examples.
collect_ignore = ["conf.py", "_build", "_generated"]

pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=OPTIONS),
        DocTestDirectiveParser(optionflags=OPTIONS),
        SkipParser(),
    ],
    patterns=["*.md"],
    excludes=["_build/*", "_generated/*"],
).pytest()
