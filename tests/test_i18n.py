"""Languages: Qt's own dialogs in Danish, the English translation, the language setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import when_dialog
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QWidget

from drøftelse.domain import i18n


def _visible_texts(dialog: QWidget) -> dict[str, str]:
    texts = {}
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        name = w.objectName() or type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)) and w.text():
            texts[f"{name}:{w.text()}"] = w.text()
        if w.toolTip():
            texts[f"{name}.tip"] = w.toolTip()
    return texts


def _open_and_read(parent, ask, shot: Path | None = None) -> dict[str, str]:
    seen: dict[str, str] = {}

    def read(dialog) -> None:
        seen.update(_visible_texts(dialog))
        seen["window title"] = dialog.windowTitle()
        if shot is not None:
            dialog.resize(760, 460)
            dialog.grab().save(str(shot))
        dialog.reject()

    when_dialog(read)
    ask()
    return seen


def test_the_save_dialog_speaks_danish(danish_app, qtbot, tmp_path):
    from drøftelse.ui.dialogs import ask_save_path

    parent = QWidget()
    qtbot.addWidget(parent)
    seen = _open_and_read(
        parent,
        lambda: ask_save_path(parent, "Gem handleplanen", "handleplan.pdf", "PDF (*.pdf)"),
        tmp_path / "gem.png",
    )
    dialog_is_widget_based = any(k.startswith("lookInLabel") for k in seen)
    assert dialog_is_widget_based, seen  # offscreen Qt has no native dialog: Qt's own, the one that said "Look in:"
    labels = {k.split(":", 1)[0]: v for k, v in seen.items() if ":" in k}
    assert labels["lookInLabel"] == "&Kig i:"
    assert labels["fileTypeLabel"] == "Filer af &type:"
    assert labels["fileNameLabel"] == "&Filnavn:"
    buttons = {v for k, v in seen.items() if k.startswith("QPushButton:")}
    assert buttons == {"&Gem", "Annuller"}
    english = {"Look in", "Files of", "File name", "Save", "Cancel", "Back", "Forward", "Parent", "Create New", "View"}
    assert not [v for v in seen.values() if any(word in v.replace("&", "") for word in english)], seen
    assert (tmp_path / "gem.png").stat().st_size > 0


def test_the_folder_and_open_dialogs_speak_danish(danish_app, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    for ask in (
        lambda: QFileDialog.getExistingDirectory(parent, "Gem forberedelsesark i mappen", str(Path.home())),
        lambda: QFileDialog.getOpenFileNames(parent, "Indlæs udfyldte ark", str(Path.home()), "PDF (*.pdf)"),
    ):
        seen = _open_and_read(parent, ask)
        english = ("Look in", "Files of", "File name", "Directory:", "Open", "Choose", "Cancel")
        assert not [v for v in seen.values() if any(word in v.replace("&", "") for word in english)], seen
        assert any(v.replace("&", "") == "Kig i:" for v in seen.values()), seen


def test_qt_message_box_buttons_speak_danish(danish_app, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = _open_and_read(parent, lambda: QMessageBox.question(parent, "Fjern deltager", "Fjern Anna?"))
    assert {v for k, v in seen.items() if k.startswith("QPushButton:")} == {"&Ja", "&Nej"}


def test_in_english_qt_dialogs_speak_english(english_app, qtbot):
    from drøftelse.ui.dialogs import ask_save_path

    parent = QWidget()
    qtbot.addWidget(parent)
    seen = _open_and_read(parent, lambda: ask_save_path(parent, "Save", "plan.pdf", "PDF (*.pdf)"))
    labels = {k.split(":", 1)[0]: v for k, v in seen.items() if ":" in k}
    assert labels.get("lookInLabel") == "&Look in:", seen
    assert labels["fileTypeLabel"] == "Files of &type:"


def test_the_language_follows_the_system_locale_until_chosen():
    assert i18n.language_from_locale({"LANG": "en_GB.UTF-8"}) == "en"
    assert i18n.language_from_locale({"LANG": "da_DK.UTF-8"}) == "da"
    assert i18n.language_from_locale({"LC_ALL": "en_US.UTF-8", "LANG": "da_DK.UTF-8"}) == "en"
    assert i18n.language_from_locale({"LANG": "C.UTF-8"}) == "da"
    assert i18n.language_from_locale({}) == "da"
    with pytest.raises(ValueError):
        i18n.checked("de")


def test_a_chosen_language_is_kept_in_the_settings(danish_app, tmp_path):
    from PySide6.QtCore import QSettings

    from drøftelse.ui.translation import chosen_language, save_language

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings) == i18n.language_from_locale()
    save_language("en", settings)
    assert chosen_language(settings) == "en"
    save_language("da", settings)
    assert chosen_language(settings) == "da"


def test_the_window_in_english_and_the_language_chosen_in_it(english_app, qtbot, db_path, templates):
    from PySide6.QtCore import QSettings

    from drøftelse.services.database import open_database
    from drøftelse.services.meetings import create_demo
    from drøftelse.ui.app import open_main_window
    from drøftelse.ui.translation import chosen_language

    db = open_database(db_path)
    meeting = create_demo(db, templates)
    db.dispose()
    window = open_main_window(db_path, clock=lambda: 1000.0)
    qtbot.addWidget(window)
    window.show()
    tabs = window.list_page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["&Meetings", "The committee's action &plan"]
    window.open_meeting(meeting)
    view = window.view
    view.go_to_step("handleplan")
    from PySide6.QtCore import Qt

    model = view.page.view.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headings == ["What?", "Why?", "How?", "When?", "Who?", "Follow-up?", "Status", "Priority"]
    assert model.index(0, 6).data() == "open"
    assert view.next_button.text() == "&Next ▶"
    assert "Action plan" in [s.title for s in view.template.steps]

    # the setting: English now, Danish chosen in the status bar, kept for the next start
    assert window.language.currentText() == "English"
    window.language.setCurrentIndex(window.language.findData("da"))
    assert chosen_language(QSettings()) == "da"
    assert window.status.text() == "Drøftelse speaks Dansk from the next start."
    window.view.flush()
