"""Qt's translators for the chosen language: Qt's own Danish (qtbase_da) and ours (droeftelse_<lang>.qm).

Our .qm files are built from resources/i18n/*.ts by `pyside6-lrelease` (make, build.spec). The Danish one holds
only what qtbase_da lacks for Qt's own dialogs ("&Look in:", "Files of &type:"); the English one every text of
the app. Where a .qm was not built (a wheel made without make), the same .ts is read by drøftelse.domain.i18n.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QComboBox

from drøftelse.domain import i18n

SETTING = "language"
# Every text of the window goes through this: lupdate finds each translate("Context", "tekst") in the code
translate = QCoreApplication.translate


class CatalogueTranslator(QTranslator):
    """Translates from domain.i18n.s reading of a .ts (no .qm needed)."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.entries = i18n.catalogue(lang)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self.entries

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self.entries.get((context, source_text))  # None: not ours, ask the next translator


def chosen_language(settings: QSettings | None = None) -> str:
    """The language setting; the system locale's until the user has chosen."""
    value = (settings or QSettings()).value(SETTING, "")
    return value if value in i18n.LANGUAGES else i18n.language_from_locale()


def save_language(lang: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(SETTING, i18n.checked(lang))


def install_translators(app: QCoreApplication, lang: str, keep: list) -> None:
    """Install Qt's and our translators for `lang`, and make it the language of the documents too."""
    i18n.set_language(lang)
    _document_language[0] = None  # documents follow the window until chosen otherwise
    if lang == "da":
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators = []
    for name in (f"qtbase_{lang}", f"qt_{lang}"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            translators.append(translator)
    ours = QTranslator(app)
    if not ours.load(f"droeftelse_{lang}", str(i18n.i18n_dir())):
        ours = CatalogueTranslator(lang, app)
    translators.append(ours)  # installed last, so asked first: it fills what Qt's own lacks
    for translator in translators:
        app.installTranslator(translator)
        keep.append(translator)


def language_box(window) -> QComboBox:
    """The language setting in the status bar: Dansk / English, taken into use at the next start."""
    box = QComboBox()
    box.setAccessibleName(translate("MainWindow", "Sprog"))
    box.setToolTip(translate("MainWindow", "Sprog – bruges fra næste start"))
    for lang in i18n.LANGUAGES:
        box.addItem(i18n.LANGUAGE_NAMES[lang], lang)
    box.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))

    def chosen(index: int) -> None:
        lang = box.itemData(index)
        save_language(lang)
        text = translate("MainWindow", "Drøftelse taler {0} fra næste start.").format(i18n.LANGUAGE_NAMES[lang])
        window.show_message(text)

    box.currentIndexChanged.connect(chosen)
    return box


# The language documents are made in (PDFs, sheets, CSV): the window's unless chosen in a document_language_box
_document_language: list[str | None] = [None]
_language_boxes: list[QComboBox] = []  # every box shows the one choice


def document_language() -> str:
    return _document_language[0] or i18n.current_language()


def in_document_language(work):
    """`work` wrapped to run (on a worker) in the document language chosen now, on the GUI thread."""
    lang = document_language()

    def run(*args, **kwargs):
        with i18n.language(lang):
            return work(*args, **kwargs)

    return run


def document_language_box() -> QComboBox:
    """Dansk / English for the documents made from this window (a participant may want an English sheet)."""
    box = QComboBox()
    box.setAccessibleName(translate("MainWindow", "Dokumenternes sprog"))
    box.setToolTip(translate("MainWindow", "Sproget i PDF'er, forberedelsesark og regneark herfra"))
    for lang in i18n.LANGUAGES:
        box.addItem(translate("MainWindow", "Dokumenter på {0}").format(i18n.LANGUAGE_NAMES[lang]), lang)
    box.setCurrentIndex(i18n.LANGUAGES.index(document_language()))

    def chosen(index: int) -> None:
        _document_language[0] = box.itemData(index)
        for other in list(_language_boxes):
            if other is not box:
                other.blockSignals(True)
                other.setCurrentIndex(index)
                other.blockSignals(False)

    def gone(*_) -> None:
        if box in _language_boxes:
            _language_boxes.remove(box)

    box.currentIndexChanged.connect(chosen)
    box.destroyed.connect(gone)
    _language_boxes.append(box)
    return box
