"""The scorer protocol, the default lexicon scorer and ``score_attribution``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final, Protocol, runtime_checkable

from selfefficacy.attribution.labels import Outcome, coerce_outcome
from selfefficacy.attribution.lexicon import Lexicon
from selfefficacy.attribution.result import Attribution

__all__ = ["MAX_CHARS", "AttributionScorer", "LexiconScorer", "score_attribution"]

#: Texts longer than this many characters are cut before scoring (``truncated=True``).
MAX_CHARS: Final = 5_000


@runtime_checkable
class AttributionScorer(Protocol):
    """Anything that reads an explanation of an outcome into an :class:`Attribution`.

    A host can pass its own (a language-model call, a fine-tuned classifier) to the
    coach; it must return ``impact == impact_of(outcome, locus, stability, control)``.
    """

    def score(self, text: str, *, outcome: Outcome) -> Attribution:
        """Read ``text``, a person's explanation of ``outcome``."""
        ...


class LexiconScorer:
    """The default scorer: English rules and a lexicon, deterministic, no dependencies.

    ``lexicon`` replaces the built-in one (see :meth:`Lexicon.extend`);
    ``max_chars`` caps the text read. ``learned`` adds the learned tier's vote to the
    rules' (see :mod:`selfefficacy.attribution.learned`); it defaults to on with the
    built-in lexicon and off with a host's own, so that its entries decide.
    ``cache_size`` results are kept, keyed by text and outcome, because the engine
    re-reads the same answers when it replays a session (0 turns the cache off;
    results are immutable, so sharing is safe).
    Scoring never raises on a ``str``; a non-``str`` text raises ``TypeError``. It
    labels what the words say; it diagnoses nothing.
    """

    __slots__ = ("_cached", "lexicon", "max_chars")

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        *,
        max_chars: int = MAX_CHARS,
        cache_size: int = 1024,
        learned: bool | None = None,
    ) -> None:
        for name, value, low in (("max_chars", max_chars, 1), ("cache_size", cache_size, 0)):
            if not isinstance(value, int) or isinstance(value, bool) or value < low:
                raise TypeError(f"{name} must be an int >= {low}, not {value!r}")
        if lexicon is not None and not isinstance(lexicon, Lexicon):
            raise TypeError(f"lexicon must be a Lexicon, not {type(lexicon).__name__}")
        # Imported here so that importing the package neither reads the lexicon data
        # nor loads the engine; both load with the first scorer.
        if learned is None:
            # The learned tier was trained beside the built-in lexicon; with a host's
            # own lexicon, its entries should decide.
            learned = lexicon is None
        if lexicon is None:
            from selfefficacy.attribution.defaults import default_lexicon

            lexicon = default_lexicon()
        self.lexicon: Final = lexicon
        self.max_chars: Final = max_chars
        # A partial, not a method: one Python call less on every uncached score.
        score: Callable[[str, Outcome], Attribution] = functools.partial(
            _read, lexicon=lexicon, max_chars=max_chars, learned=learned
        )
        self._cached: Callable[[str, Outcome], Attribution] = (
            functools.lru_cache(maxsize=cache_size)(score) if cache_size else score
        )

    def clear_cache(self) -> None:
        """Forget cached results (for benchmarks; results never go stale)."""
        clear = getattr(self._cached, "cache_clear", None)
        if clear is not None:
            clear()

    def __repr__(self) -> str:
        return f"LexiconScorer(<{len(self.lexicon)} entries>, max_chars={self.max_chars})"

    def score(self, text: str, *, outcome: Outcome | str) -> Attribution:
        """Read ``text``, a person's explanation of ``outcome``.

        ``outcome`` is an :class:`Outcome` or ``"success"`` / ``"failure"``; another
        string raises :class:`InvalidOutcomeError`.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        outcome = coerce_outcome(outcome)
        if len(text) > self.max_chars:
            text = text[: self.max_chars + 1]  # one past the cap keeps ``truncated`` right
        return self._cached(text, outcome)


def _read(
    text: str, outcome: Outcome, *, lexicon: Lexicon, max_chars: int, learned: bool
) -> Attribution:
    from selfefficacy.attribution._engine import score_text
    from selfefficacy.attribution.learned import blend

    result = score_text(text, outcome, lexicon, max_chars)
    return blend(result, text[:max_chars]) if learned else result


_DEFAULT: LexiconScorer | None = None


def score_attribution(text: str, outcome: Outcome | str) -> Attribution:
    """Read ``text`` with the default :class:`LexiconScorer`.

    >>> score_attribution("I bombed it because I winged it", outcome="failure").cause.value
    'effort'
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = LexiconScorer()
    return _DEFAULT.score(text, outcome=outcome)
