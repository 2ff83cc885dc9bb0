"""The app's icon as PNGs in the sizes desktops ask for, rendered from resources/icons/droeftelse.svg by Qt.

Run after changing the SVG: `.venv/bin/python scripts/render_icons.py`. The PNGs are kept in git, so neither the
bundle (build.spec makes the Windows .ico and the macOS .icns from the 256 px one) nor the .deb needs Qt to build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 - Qt's painting needs it
    renderer = QSvgRenderer(str(ICONS / "droeftelse.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"droeftelse-{size}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
