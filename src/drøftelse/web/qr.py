"""The QR code of a phone link, by segno: a matrix of dark modules that the window and the projector paint at any
size."""

from __future__ import annotations

import segno


def qr_matrix(text: str) -> list[list[bool]]:
    """Rows of modules (True: dark), with the quiet zone of four modules the standard asks for."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(v) for v in row] for row in code.matrix_iter(scale=1, border=4)]
