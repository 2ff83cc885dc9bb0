"""Drøftelse: run den årlige arbejdsmiljødrøftelse and the kompetencedrøftelse from one laptop."""

from importlib import metadata

try:
    __version__ = metadata.version("droeftelse")  # pyproject.toml is the one place the version is written
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+ukendt"
APP_NAME = "Drøftelse"
