"""The window's choice of a shared database (issue 16): the address is checked and remembered by the window;
a password typed there goes into the user's own keyring, never into a file of ours."""

from __future__ import annotations

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.domain.server_address import KEYRING_SERVICE, ServerAddress, parse_server_address

__all__ = ["ServerAddress", "check_address", "remember_password"]


def check_address(text: str) -> ServerAddress:
    """The address's parts, or a Danish refusal; an address with a password in it is refused (it would be kept)."""
    address = parse_server_address(text.strip())
    if address.password is not None:
        raise DroeftelseError(
            translate(
                "server",
                "Skriv adressen uden adgangskode (postgresql://bruger@server/database); "
                "adgangskoden skrives i feltet nedenfor og gemmes i nøgleringen.",
            )
        )
    return address


def remember_password(address: ServerAddress, password: str) -> None:
    """Put the password in the user's keyring under the address, for libpq to be given at each connection."""
    try:
        import keyring  # noqa: PLC0415 - optional (droeftelse[postgres])
        from keyring.errors import KeyringError  # noqa: PLC0415
    except ImportError:
        raise DroeftelseError(
            translate(
                "server", "Nøgleringen (keyring) er ikke installeret. Læg adgangskoden i filen ~/.pgpass i stedet."
            )
        ) from None
    try:
        keyring.set_password(KEYRING_SERVICE, address.key, password)
    except (KeyringError, RuntimeError, OSError) as e:
        raise DroeftelseError(
            translate(
                "server", "Adgangskoden kunne ikke gemmes i nøgleringen ({0}). Læg den i filen ~/.pgpass i stedet."
            ).format(e)
        ) from None
