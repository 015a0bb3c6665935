"""The templates chidao fills (see README.md here); this file makes them ship with it."""
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent
