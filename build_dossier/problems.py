"""Problems: one-line errors and warnings about a user's files, collected while the build goes on."""

from __future__ import annotations

from dataclasses import dataclass, field


class DossierError(Exception):
    """A user's mistake that stops one step; its message is one line naming the file."""


@dataclass
class Problems:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, where: object, message: str) -> None:
        self.errors.append(f"{where}: {message}" if where else message)

    def warn(self, where: object, message: str) -> None:
        self.warnings.append(f"{where}: {message}")
