"""Drøftelse: run den årlige arbejdsmiljødrøftelse and the kompetencedrøftelse from one laptop."""

APP_NAME = "Drøftelse"


def __getattr__(name: str):
    """`__version__` is read when asked for: importlib.metadata costs 25 ms, on the way to the first window."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib import metadata  # noqa: PLC0415 (the start-up path)

    try:
        version = metadata.version("droeftelse")  # pyproject.toml is the one place the version is written
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        version = "0+ukendt"
    globals()["__version__"] = version
    return version
