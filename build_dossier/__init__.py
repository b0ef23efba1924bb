"""build_dossier: turn news articles into a sourced, browsable policy dossier built with MkDocs."""

__version__ = "0.1.0"
