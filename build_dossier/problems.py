"""Problems: one-line errors and warnings about a user's files, collected while the build goes on."""

from __future__ import annotations

from dataclasses import dataclass, field


class DossierError(Exception):
    """A user's mistake that stops one step; its message is one line naming the file."""


def yaml_error(where: str, error: Exception) -> str:
    """ "curation.yml: not valid YAML at line 3", from PyYAML's error and its position."""
    mark = getattr(error, "problem_mark", None)
    return f"{where}: not valid YAML{f' at line {mark.line + 1}' if mark else ''}"


@dataclass
class Problems:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, where: object, message: str) -> None:
        self.errors.append(f"{where}: {message}" if where else message)

    def warn(self, where: object, message: str) -> None:
        self.warnings.append(f"{where}: {message}")
