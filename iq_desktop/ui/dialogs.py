"""Every message box the window shows, one function per kind, so tests can replace them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from iq_desktop import logging_setup, paths
from iq_desktop.i18n import translate


def show_error(parent: QWidget | None, message: str) -> None:
    """A German message from the services (IQError.message) the user can act on."""
    QMessageBox.warning(parent, translate("Dialoge", "IQ Desktop – Hinweis"), message)


def show_unexpected_error(parent: QWidget | None, action: str) -> None:
    """A bug: a short German message naming the log file; the traceback is only in the log."""
    QMessageBox.critical(
        parent,
        translate("Dialoge", "IQ Desktop – Fehler"),
        translate("Dialoge", "{aktion} ist an einem unerwarteten Fehler gescheitert.\n\n"
                  "Einzelheiten stehen im Protokoll:\n{pfad}\n\n"
                  "Bitte diese Datei bei einer Rückfrage an die IT mitschicken.").format(
            aktion=action, pfad=logging_setup.current_log_file() or paths.log_file()
        ),
    )


def show_info(parent: QWidget | None, message: str) -> None:
    """A plain piece of information (no error): the language changes at the next start, where a file is."""
    QMessageBox.information(parent, translate("Dialoge", "IQ Desktop"), message)


def ask_retry(parent: QWidget | None, message: str) -> bool:
    """The database could not be reached: try again (True) or stop trying (False)."""
    retry, cancel = QMessageBox.StandardButton.Retry, QMessageBox.StandardButton.Cancel
    return _ask(translate("Dialoge", "IQ Desktop – Datenbank nicht erreichbar"), message, parent,
                {retry: translate("Dialoge", "&Erneut versuchen"), cancel: translate("Dialoge", "&Abbrechen")},
                retry, icon=QMessageBox.Icon.Warning) == retry


def _ask(title: str, text: str, parent: QWidget | None, buttons: dict[QMessageBox.StandardButton, str],
         default: QMessageBox.StandardButton, *,
         icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> QMessageBox.StandardButton:
    """A question box with German button texts (Qt's own would be English without its catalogue)."""
    choices = QMessageBox.StandardButton.NoButton
    for button in buttons:
        choices |= button
    box = QMessageBox(icon, title, text, choices, parent)
    for button, label in buttons.items():
        box.button(button).setText(label)
    box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def ask_unsaved(parent: QWidget | None, title: str) -> QMessageBox.StandardButton:
    """Leaving a form with unsaved changes: Speichern, Verwerfen or Abbrechen."""
    save, discard, cancel = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                             QMessageBox.StandardButton.Cancel)
    return _ask(translate("Dialoge", "IQ Desktop – Ungespeicherte Änderungen"),
                translate("Dialoge", "„{titel}“ hat ungespeicherte Änderungen. Speichern?").format(titel=title),
                parent, {save: translate("Dialoge", "&Speichern"), discard: translate("Dialoge", "&Verwerfen"),
                         cancel: translate("Dialoge", "&Abbrechen")}, save)


def confirm_discard(parent: QWidget | None, title: str) -> bool:
    """Verwerfen: really drop every unsaved change of ``title``?"""
    discard, cancel = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel
    return _ask(translate("Dialoge", "IQ Desktop – Änderungen verwerfen"),
                translate("Dialoge", "Alle ungespeicherten Änderungen an „{titel}“ verwerfen?").format(titel=title),
                parent, {discard: translate("Dialoge", "&Verwerfen"), cancel: translate("Dialoge", "&Abbrechen")},
                cancel) == discard


def confirm_drop_inputs(parent: QWidget | None, beschreibung: str) -> bool:
    """Leaving a project with input typed into an entry row but not added (``beschreibung``)."""
    discard, cancel = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel
    return _ask(translate("Dialoge", "IQ Desktop – Eingaben nicht übernommen"),
                translate("Dialoge", "Noch nicht übernommen: {was}.\n\nDiese Eingaben verwerfen?")
                .format(was=beschreibung), parent,
                {discard: translate("Dialoge", "&Verwerfen"), cancel: translate("Dialoge", "&Zurück zur Eingabe")},
                cancel) == discard


def confirm_delete(parent: QWidget | None, question: str) -> bool:
    """Löschen: ``question`` names what goes, e.g. "Die Sitzung von BMK am 03.12.2026 löschen?"."""
    return confirm(parent, question, translate("Dialoge", "&Löschen"),
                   title=translate("Dialoge", "IQ Desktop – Löschen"))


def confirm(parent: QWidget | None, question: str, action: str, *, title: str | None = None) -> bool:
    """A step the form cannot undo: ``action`` names it on the button (e.g. "&Entfallen lassen"); Abbrechen is
    the default."""
    yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
    return _ask(title or translate("Dialoge", "IQ Desktop – Rückfrage"), question, parent,
                {yes: action, cancel: translate("Dialoge", "&Abbrechen")}, cancel) == yes
