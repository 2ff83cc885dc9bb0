"""The phones' way in: the laptop's addresses the server may listen on, and a QR code as a picture."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap


def local_addresses() -> list[str]:
    """The laptop's IPv4 addresses on interfaces that are up, the local network's first and loopback last."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp or not flags & QNetworkInterface.InterfaceFlag.IsRunning:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(ip.toString())
    found = sorted(set(found), key=lambda a: (a.startswith("127."), a))
    return found or ["127.0.0.1"]


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of `text`, black on white, `size` pixels square (whole pixels per module, so it scans)."""
    from drøftelse.web.qr import qr_matrix

    matrix = qr_matrix(text)
    n = len(matrix)
    scale = max(1, size // n)
    image = QImage(QSize(n * scale, n * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)
