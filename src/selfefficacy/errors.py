"""The exception tree: every error the library raises on purpose.

Public functions raise only these (and ``TypeError`` for an argument of the wrong
type at the API boundary), so a host can catch ``SelfEfficacyError`` once.
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "InvalidAnswer",
    "RegistrationError",
    "ReplayMismatchError",
    "SelfEfficacyError",
    "StateLoadError",
    "UnknownPracticeError",
]


class SelfEfficacyError(Exception):
    """Base class of every error this library raises on purpose."""


class InvalidAnswer(SelfEfficacyError, ValueError):  # noqa: N818 - name fixed by the contract
    """An answer does not fit the prompt awaiting it; the session passed in is unchanged."""


class StateLoadError(SelfEfficacyError, ValueError):
    """Stored data could not be loaded.

    ``problems`` lists each problem as ``"<what was wrong> @ <JSON path>"``.
    """

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        self.problems = problems
        detail = "".join(f"\n  - {p}" for p in problems)
        super().__init__(message + detail)


class ReplayMismatchError(StateLoadError):
    """A stored session no longer matches the code that should continue it.

    Raised when replaying a session's answers meets a prompt other than the one
    recorded (a practice's code changed between two answers), or when the practice
    it was walking is missing or has another version.
    """


class UnknownPracticeError(SelfEfficacyError, KeyError):
    """No practice with this id is registered."""

    def __init__(self, practice_id: str, known: tuple[str, ...]) -> None:
        self.practice_id = practice_id
        self.known = known
        super().__init__(practice_id)

    def __str__(self) -> str:
        return f"no practice with id {self.practice_id!r}; registered ids: {', '.join(self.known)}"


class RegistrationError(SelfEfficacyError, ValueError):
    """A practice cannot be registered: duplicate id or invalid metadata."""


class ConfigurationError(SelfEfficacyError, ValueError):
    """A ``Coach`` was built with an invalid setting (for example a bad text override)."""
