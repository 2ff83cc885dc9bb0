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
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "&Meetings",
        "The committee's action &plan",
        "&Organisation",
    ]
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


def _messages(ts):
    import xml.etree.ElementTree as ET

    for context in ET.parse(ts).getroot().iter("context"):
        for m in context.iter("message"):
            yield context.findtext("name"), m.findtext("source"), m.find("translation")


def test_the_english_catalogue_is_complete_and_keeps_placeholders_and_shortcuts():
    import re

    placeholders = re.compile(r"\{[^{}]*\}|%\(\w+\)\w|%s")
    english = list(_messages(i18n.i18n_dir() / "droeftelse_en.ts"))
    assert len(english) > 700
    problems = []
    for context, source, translation in english:
        text = translation.text or ""
        if translation.get("type") is not None or not text:
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(placeholders.findall(source)) != sorted(placeholders.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
        elif source.replace("&&", "").count("&") != text.replace("&&", "").count("&") and "<" not in source:
            problems.append(f"{context}: {source!r} -> {text!r} loses or adds a keyboard shortcut")
    assert not problems, "\n".join(problems)


def test_the_qm_built_by_lrelease_says_what_the_catalogue_says(tmp_path):
    """The build's step (pyside6-lrelease, as make and build.spec run it) and the Qt-free reader agree."""
    import subprocess
    import sys

    from PySide6.QtCore import QTranslator

    for lang in i18n.LANGUAGES:
        ts = i18n.i18n_dir() / f"droeftelse_{lang}.ts"
        qm = tmp_path / f"droeftelse_{lang}.qm"
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        catalogue = i18n.catalogue(lang)
        assert catalogue
        for (context, source), text in catalogue.items():
            assert translator.translate(context, source) == text, (context, source)


def test_a_document_in_english_while_the_app_speaks_danish():
    """`with language("en")` translates on this thread only (an export on a worker, the app in Danish)."""
    import threading

    from drøftelse.domain.actions import Status
    from drøftelse.domain.danish_dates import long_date

    i18n.set_language("da")
    seen = {}

    def other_thread():
        seen["other"] = Status.AABEN.label

    with i18n.language("en"):
        assert Status.AABEN.label == "open"
        assert long_date(__import__("datetime").date(2026, 11, 20)) == "20 November 2026"
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
    assert seen["other"] == "åben"
    assert Status.AABEN.label == "åben"
    assert long_date(__import__("datetime").date(2026, 11, 20)) == "20. november 2026"


def test_an_english_sheet_and_handleplan_from_the_danish_window(danish_app, qtbot, db, db_path, templates, tmp_path):
    """A participant who reads English better gets an English forberedelsesark; the window stays Danish."""
    from conftest import finished, when_dialog, window_at_step
    from pypdf import PdfReader

    from drøftelse.services.meetings import create_demo
    from drøftelse.ui.hand_in_dialog import HandInDialog

    meeting = create_demo(db, templates)
    window, page = window_at_step(qtbot, db_path, meeting, "forberedelse")
    page.sheet_language.setCurrentIndex(page.sheet_language.findData("en"))
    when_dialog(lambda dialog: dialog.accept(), kind=HandInDialog)  # the demo meets today: when to hand in, asked
    written = finished(page.export_sheets(tmp_path / "ark"))
    sheet = next(p for p in written if "Łukasz" in p.name)
    assert sheet.name.startswith("Preparation sheet – Łukasz Wiśniewski")
    text = " ".join(PdfReader(sheet).pages[0].extract_text().split())
    assert "For: Łukasz Wiśniewski" in text and "Look at your APV action plan" in text
    assert page.make_sheets.text() == "Lav forberedelsesark (PDF) …"  # the window's own language is unchanged

    window.view.go_to_step("afslut")
    finish = window.view.page
    assert finish.document_language.currentData() == "en"  # one choice for the window's documents
    plan = finished(window.view.export_pdf(tmp_path / "plan.pdf", open_after=False))
    assert "What?" in PdfReader(plan).pages[0].extract_text()
    finish.document_language.setCurrentIndex(finish.document_language.findData("da"))
    plan = finished(window.view.export_pdf(tmp_path / "handleplan.pdf", open_after=False))
    assert "Hvad?" in PdfReader(plan).pages[0].extract_text()
    window.view.flush()


def test_the_text_fields_own_menu_speaks_danish(danish_app, qtbot):
    """The right-click menu of every text box is Qt's own (qtbase_da has it): no English word in it."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    for widget in (QLineEdit("Støj i pakkeriet"), QPlainTextEdit("Støj i pakkeriet")):
        qtbot.addWidget(widget)
        menu = widget.createStandardContextMenu()
        texts = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]
        assert "Fortryd" in texts and "Sæt ind" in texts, texts
        assert not [t for t in texts if t in ("Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All")], texts
