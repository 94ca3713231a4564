"""The Word Sachstandsbericht for one project, one corridor or the whole process, for a meeting and a Stichtag.

:func:`write_word_report` is the one entry point for the command line and the
Berichte dialog. It reads through the services, writes the file beside the
target and renames it at the end (a failed export leaves no half-written
report), then records the report history: each project's Sachstand that went
into a report for a Sitzung is linked to that Sitzung, so the next report can
say what changed since. Content: :mod:`report_content`; layout:
:mod:`word_layout`; the template and its styles: :mod:`docx_builder` and
docs/word-vorlage.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from iq_desktop.db.database import Database
from iq_desktop.errors import IQError
from iq_desktop.exports.docx_builder import DocxBuilder
from iq_desktop.exports.report_content import BerichtInhalt, collect
from iq_desktop.exports.word_layout import art_word, header_line, write_document
from iq_desktop.formatting import format_date
from iq_desktop.i18n import translate
from iq_desktop.services import meetings, users
from iq_desktop.services.read_models import SitzungZeile


def default_template() -> Path:
    """The template shipped with the program (iq_desktop/resources/vorlagen/sachstandsbericht.docx)."""
    return Path(__file__).resolve().parent.parent / "resources" / "vorlagen" / "sachstandsbericht.docx"


@dataclass(frozen=True)
class WordBericht:
    """What an export did: the file, how many projects it reports, and the report history it recorded."""

    pfad: Path
    projekte: int
    sitzung: SitzungZeile | None
    #: Sachstände newly linked to the Sitzung
    verknuepft: int


def write_word_report(
    db: Database,
    path: Path,
    *,
    korridor_id: int | None = None,
    projekt_id: int | None = None,
    gremium_id: int | None = None,
    sitzung_id: int | None = None,
    stichtag: dt.date | None = None,
    autor: str | None = None,
    organisation: str | None = None,
    template: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the Sachstandsbericht to ``path`` (.docx) and return it.

    Scope: ``projekt_id`` (one project, also an archived one), ``korridor_id``
    (its running and planned projects) or neither (the whole process).
    ``sitzung_id`` names the meeting (its Gremium, date, TOP, ö/nö); a public
    one leaves out everything marked nicht öffentlich. ``gremium_id`` alone
    names the audience without a meeting. ``stichtag`` defaults to today,
    ``autor`` to the user's name, ``template`` to :func:`default_template`.
    ``progress(done, total)`` is called after each project and once at the end;
    it may come from a worker thread. Errors are IQError with a German message.
    """
    return export_word_report(
        db, path, korridor_id=korridor_id, projekt_id=projekt_id, gremium_id=gremium_id, sitzung_id=sitzung_id,
        stichtag=stichtag, autor=autor, organisation=organisation, template=template, progress=progress,
    ).pfad


def export_word_report(
    db: Database,
    path: Path,
    *,
    korridor_id: int | None = None,
    projekt_id: int | None = None,
    gremium_id: int | None = None,
    sitzung_id: int | None = None,
    stichtag: dt.date | None = None,
    autor: str | None = None,
    organisation: str | None = None,
    template: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> WordBericht:
    """:func:`write_word_report`, telling also what it recorded in the report history (for a status line)."""
    target = check_target(Path(path))
    with db.snapshot():  # every project as of one moment, even while another desk saves
        inhalt = collect(
            db, korridor_id=korridor_id, projekt_id=projekt_id, gremium_id=gremium_id, sitzung_id=sitzung_id,
            stichtag=stichtag or db.today(), autor=autor or users.display_name(db), organisation=organisation,
        )
    total = len(inhalt.projekte) + 1
    report = progress or (lambda _done, _total: None)
    builder = DocxBuilder(template or default_template())
    write_document(builder, inhalt, lambda done: report(done, total))
    _finish(builder, inhalt)
    _save(builder, target)
    verknuepft = _record_history(db, inhalt)
    report(total, total)
    return WordBericht(target, len(inhalt.projekte), inhalt.rahmen.sitzung, verknuepft)


def _finish(builder: DocxBuilder, inhalt: BerichtInhalt) -> None:
    rahmen = inhalt.rahmen
    title = f"{rahmen.titel} – {rahmen.umfang}"
    if rahmen.gremium:
        title += f" – {rahmen.gremium}" + (f" {format_date(rahmen.sitzung.datum)}" if rahmen.sitzung else "")
    builder.header_text(header_line(rahmen))
    builder.ensure_page_numbers()
    builder.set_language()
    builder.properties(
        title=title, author=rahmen.autor,
        subject=translate("Sachstandsbericht", "Sachstand zum {d}").format(d=format_date(rahmen.stichtag)),
        keywords="; ".join(k for k in (rahmen.titel, rahmen.gremium, art_word(rahmen)) if k),
    )


def _record_history(db: Database, inhalt: BerichtInhalt) -> int:
    sitzung = inhalt.rahmen.sitzung
    links = [p.zu_verknuepfen for p in inhalt.projekte if p.zu_verknuepfen is not None]
    if sitzung is None or not links:
        return 0
    try:
        return meetings.record_report_history(db, sitzung_id=sitzung.id, sachstaende=links)
    except IQError as exc:
        raise IQError(translate(
            "Sachstandsbericht", "Der Bericht wurde geschrieben, aber nicht als in der Sitzung berichtet vermerkt: "
            "{grund} Bitte den Bericht erneut erzeugen.").format(grund=exc.message)) from exc


# --- the target file ----------------------------------------------------------------------------------


def word_lock_files(target: Path) -> list[Path]:
    """The owner files Word keeps beside a document it has open ("~$" replaces the first two letters)."""
    name = target.name
    candidates = {target.with_name("~$" + name)}
    if len(name) > 2:
        candidates.add(target.with_name("~$" + name[2:]))
    if len(name) > 1:
        candidates.add(target.with_name("~$" + name[1:]))
    return sorted(candidates)


def _in_use(target: Path) -> IQError:
    return IQError(translate(
        "Sachstandsbericht", "„{ziel}“ ist gerade geöffnet, vermutlich in Word, und kann nicht ersetzt werden. Bitte "
        "die Datei schließen oder einen anderen Dateinamen angeben.").format(ziel=target))


def check_target(target: Path) -> Path:
    """Refuse a target that cannot become a Word report before any work is done."""
    if target.suffix.lower() != ".docx":
        raise IQError(translate("Sachstandsbericht", "Der Sachstandsbericht ist eine Word-Datei: bitte einen "
                                "Dateinamen mit der Endung .docx angeben (statt „{ziel}“).")
                      .format(ziel=target.name))
    folder = target.parent
    if not folder.is_dir():
        raise IQError(translate("Sachstandsbericht", "Den Ordner „{ordner}“ gibt es nicht. Bitte einen vorhandenen "
                                "Ordner angeben.").format(ordner=folder))
    if target.is_dir():
        raise IQError(translate("Sachstandsbericht", "„{ziel}“ ist ein Ordner. Bitte einen Dateinamen angeben.").format(
            ziel=target))
    if any(lock.exists() for lock in word_lock_files(target)):
        raise _in_use(target)
    return target


def _save(builder: DocxBuilder, target: Path) -> None:
    """Write beside the target, then rename: the old report stays until the new one is complete."""
    temporary = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}.docx.tmp")
    try:
        try:
            builder.save(temporary)
        except PermissionError as exc:
            raise IQError(translate("Sachstandsbericht", "In den Ordner „{ordner}“ darf nicht geschrieben werden. "
                                    "Bitte einen anderen Ordner wählen.")
                          .format(ordner=target.parent)) from exc
        except OSError as exc:
            raise IQError(translate("Sachstandsbericht", "Der Bericht konnte nicht gespeichert werden ({grund}). Bitte "
                                    "Speicherplatz und Schreibrechte im Ordner „{ordner}“ prüfen.").format(
                grund=exc.strerror or exc, ordner=target.parent)) from exc
        try:
            os.replace(temporary, target)
        except PermissionError as exc:  # Windows: the old file is open in Word
            raise _in_use(target) from exc
        except OSError as exc:
            raise IQError(translate("Sachstandsbericht", "„{ziel}“ kann nicht geschrieben werden ({grund}).").format(
                ziel=target, grund=exc.strerror or exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
