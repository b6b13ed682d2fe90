"""Entry point for ``python -m kg``."""

from kg.cli import app

if __name__ == "__main__":
    app()
