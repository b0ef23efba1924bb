"""Entry point for `python -m build_dossier`."""

from .cli import main

main()
