"""Drøftelse: run den årlige arbejdsmiljødrøftelse and the kompetencedrøftelse from one laptop."""

__version__ = "0.1.0"
APP_NAME = "Drøftelse"
