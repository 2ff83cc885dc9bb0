"""The window's size on each screen (issue 31): it opens sized to what the screen it is on has free for windows,
never larger – on a 1280×720 laptop the bottom buttons stay in sight – and at the size it had when last closed on
that screen. A projector or a bigger monitor remembers its own size; the laptop keeps the one it had."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen

PREFERRED = QSize(1280, 760)  # what a first start asks for; cut down to the screen
SMALLEST = QSize(900, 560)  # below this the steps' pages no longer fit side by side with the list of steps
FRAME = QSize(0, 32)  # a window manager's title bar, not counted in the window's own size


def screen_key(screen: QScreen | None, room: QRect) -> str:
    """A screen by its name and the room it has for windows: the laptop alone and with a projector differ."""
    name = (screen.name() if screen is not None else "") or "skærm"
    return f"vindue/{name}-{room.width()}x{room.height()}"


def room_on(screen: QScreen) -> QRect:
    """Where a window may stand on `screen`: its free area (no panels), less the title bar a window manager adds."""
    free = screen.availableGeometry()
    return QRect(free.topLeft(), free.size() - FRAME)


def fitted_size(wanted: QSize, room: QSize) -> QSize:
    """`wanted`, cut down to `room`; never below the smallest size the pages need unless the room is smaller."""
    return wanted.boundedTo(room).expandedTo(SMALLEST.boundedTo(room))


def fit_to_screen(window, settings: QSettings | None = None, room: QRect | None = None) -> None:
    """Size `window` for the screen it is on (else the primary): the size remembered there, or the preferred one,
    never larger than the screen's free area (`room`, when given); maximised again if it was closed so."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if room is None:
        if screen is None or QGuiApplication.platformName() == "offscreen":
            window.resize(PREFERRED)  # no real screen (tests, screenshots): nothing to fit, nothing to remember
            return
        room = room_on(screen)
    settings = settings or QSettings()
    key = screen_key(screen, room)
    saved = settings.value(f"{key}/størrelse")
    wanted = saved if isinstance(saved, QSize) and saved.isValid() else PREFERRED
    window.setMinimumSize(SMALLEST.boundedTo(room.size()))  # a minimum larger than the screen would push it off
    size = fitted_size(wanted, room.size())
    window.resize(size)
    if not room.contains(QRect(window.pos(), size)):  # keep the whole window, its buttons too, on the screen
        window.move(room.topLeft() + QRect(QRect().topLeft(), room.size() - size).center())
    window.setProperty("open_maximised", settings.value(f"{key}/maksimeret", False) in (True, "true"))


def remember_size(window, settings: QSettings | None = None, room: QRect | None = None) -> None:
    """Keep the window's size for the screen it is on, for the next start there."""
    screen = window.screen()
    if room is None:
        if screen is None or QGuiApplication.platformName() == "offscreen":
            return
        room = room_on(screen)
    settings = settings or QSettings()
    key = screen_key(screen, room)
    maximised = window.isMaximized() or window.isFullScreen()
    size = window.normalGeometry().size() if maximised else window.size()
    if size.isValid():
        settings.setValue(f"{key}/størrelse", size)
    settings.setValue(f"{key}/maksimeret", maximised)
