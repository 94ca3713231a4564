"""The Word Sachstandsbericht, read back with python-docx (and once through LibreOffice and pdftotext)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from iq_desktop.db.database import Database
from iq_desktop.errors import IQError
from iq_desktop.exports.word_report import default_template, export_word_report, write_word_report
from iq_desktop.services import corridors, meetings, status_reports
from tests.exports import office
from tests.exports.reports import TODAY, Bericht, body_text, build_report_portfolio, headings, read

# charts need a QGuiApplication: pytest-qt's QApplication comes first, so later GUI tests find the right kind
pytestmark = pytest.mark.usefixtures("qapp")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def bericht(db: Database) -> Bericht:
    return build_report_portfolio(db)


def _export(db: Database, tmp_path: Path, name: str = "bericht.docx", **kwargs) -> Path:
    kwargs.setdefault("stichtag", TODAY)
    kwargs.setdefault("autor", "Prüferin Müller")
    return write_word_report(db, tmp_path / name, **kwargs)


def _linked(db: Database, sitzung_id: int) -> list[int]:
    return [s.id for s in meetings.get_sitzung(db, sitzung_id).sachstaende]


def test_whole_process_report_uses_words_styles_and_marks_non_public_items(
        db: Database, bericht: Bericht, tmp_path: Path) -> None:
    document = read(_export(db, tmp_path))
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Sachstandsbericht"]
    assert headings(document, 1) == ["Übersicht", "Moderne Verwaltung", "Grüne Stadt"]
    # every running project, in German order; the archived one stays out of the whole process
    assert headings(document, 2) == ["Digital Booster", "Digitale Schule", "Grüne Höfe (nicht öffentlich)"]
    assert "Phasen und Etappenziele" in headings(document, 3) and "Risiken" in headings(document, 3)
    text = body_text(document)
    assert "Altes Projekt" not in text
    assert "interner Bericht ohne Sitzungsbezug" in text
    assert "Vertrauliche Personalfrage (nicht öffentlich)" in text
    assert "Verhandlung mit dem Personalrat (nicht öffentlich)" in text
    # the newest Sachstand on the Stichtag, marked; a project without one says so
    assert "Sachstand vom 10.11.2026 (nicht öffentlich)" in headings(document, 3)
    assert "Geheimer Zwischenstand mit dem Personalrat" in text
    assert "Zum Stichtag liegt kein Sachstand vor." in text
    # the overview: one row per project with the Ampel as a word
    overview = document.tables[1]
    rows = [[cell.text for cell in row.cells] for row in overview.rows]
    assert rows[0] == ["Leitprojekt", "Ampel", "Aktuelle Phase", "Nächstes Etappenziel", "Aktualisiert am"]
    assert rows[2][:4] == ["Digital Booster", "gelb", "Initiierungsphase", "Roadmap für alle Ämter (01.03.2027)"]
    assert {r[0] for r in rows} >= {"Moderne Verwaltung", "Digitale Schule", "Grüne Höfe (nicht öffentlich)"}


def test_footer_page_field_a4_language_and_properties(db: Database, bericht: Bericht, tmp_path: Path) -> None:
    document = read(_export(db, tmp_path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer = section.footer._element
    assert any(" PAGE " in (t.text or "") for t in footer.iter(f"{W}instrText")), "a PAGE field in the footer"
    assert "Sachstandsbericht · Stand 22.11.2026 · intern" in section.header.paragraphs[0].text
    styles = document.styles.element
    default_lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert default_lang.get(f"{W}val") == "de-DE"
    assert {lang.get(f"{W}val") for lang in styles.iter(f"{W}lang")} == {"de-DE"}
    core = document.core_properties
    assert core.title == "Sachstandsbericht – alle Leitprojekte (ohne abgeschlossene und abgebrochene)"
    assert core.author == "Prüferin Müller" and core.language == "de-DE"
    # the headings are Word's own: the navigation pane lists them by their outline level
    levels = {s.name: s.element.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val")
              for s in document.styles if s.name in ("Heading 1", "Heading 2")}
    assert levels == {"Heading 1": "0", "Heading 2": "1"}
    assert document.tables[1].style.name == "IQ Tabelle"


def test_pictures_carry_alternative_text(db: Database, bericht: Bericht, tmp_path: Path) -> None:
    path = _export(db, tmp_path)
    document = read(path)
    pictures = list(document.element.body.iter("{*}docPr"))
    # a timeline per project, a risk matrix for the one with risks
    assert len(pictures) == 4
    assert all(p.get("descr") for p in pictures)
    assert len({p.get("id") for p in pictures}) == 4
    descriptions = [p.get("descr") for p in pictures]
    assert "Etappenziel Workshop: fällig am 15.01.2027, erreicht am 20.10.2026" in descriptions[0]
    assert "R1 Vertrauliche Personalfrage: Wahrscheinlichkeit 4, Auswirkung 4, Risikowert 16 (hoch)" in descriptions[1]
    with zipfile.ZipFile(path) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert len(media) == 4
        assert all(archive.read(n).startswith(b"\x89PNG") for n in media)


@pytest.mark.parametrize(("scope", "expected"), [
    ("projekt", ["Digital Booster"]),
    ("archiv", ["Altes Projekt"]),
    ("korridor", ["Digital Booster", "Digitale Schule"]),
    ("alle", ["Digital Booster", "Digitale Schule", "Grüne Höfe (nicht öffentlich)"]),
])
def test_scopes(db: Database, bericht: Bericht, tmp_path: Path, scope: str, expected: list[str]) -> None:
    kwargs = {
        "projekt": {"projekt_id": bericht.booster},
        "archiv": {"projekt_id": bericht.archiv},
        "korridor": {"korridor_id": corridors.korridorthema_id(db, "Moderne Verwaltung")},
        "alle": {},
    }[scope]
    document = read(_export(db, tmp_path, **kwargs))
    assert headings(document, 2) == expected
    rows = [row.cells[0].text for row in document.tables[1].rows]
    assert all(title in rows for title in expected)


def test_a_report_for_a_public_session_leaves_out_what_is_not_public_and_says_so(
        db: Database, bericht: Bericht, tmp_path: Path) -> None:
    document = read(_export(db, tmp_path, sitzung_id=bericht.gr_dezember))
    text = body_text(document)
    assert "öffentliche Sitzung (ö)" in text
    assert "Bericht für eine öffentliche Sitzung: Inhalte, die als nicht öffentlich gekennzeichnet sind" in text
    for secret in ("Grüne Höfe", "Innenhöfe", "Vertrauliche Personalfrage", "Verhandlung mit dem Personalrat",
                   "Geheimer Zwischenstand", "Freigabe der Stelle", "nicht öffentlich)"):
        assert secret not in text, secret
    assert headings(document, 2) == ["Digital Booster", "Digitale Schule"]
    # the newest public Sachstand is reported instead of the non-public one
    assert "Sachstand vom 01.11.2026" in headings(document, 3)
    assert "Öffentlicher Zwischenstand: Roadmap im Entwurf" in text
    assert "R1 OA kann keinen PM stellen" in text and "R2" not in text
    assert document.sections[0].header.paragraphs[0].text.endswith("· öffentlich")
    with pytest.raises(IQError, match="„Grüne Höfe“ ist als nicht öffentlich gekennzeichnet"):
        _export(db, tmp_path, "hoefe.docx", projekt_id=bericht.hoefe, sitzung_id=bericht.gr_dezember)
    assert not (tmp_path / "hoefe.docx").exists()


def test_a_report_for_a_sitzung_records_which_sachstand_went_into_it_and_only_then(
        db: Database, bericht: Bericht, tmp_path: Path) -> None:
    ha = meetings.gremium_id(db, "Hauptausschuss")
    _export(db, tmp_path, "ohne-sitzung.docx", gremium_id=ha)
    _export(db, tmp_path, "intern.docx")
    assert _linked(db, bericht.ha_dezember) == []
    assert status_reports.frozen_states(db, [bericht.s3])  # still there, unlinked

    result = export_word_report(db, tmp_path / "ha.docx", sitzung_id=bericht.ha_dezember, stichtag=TODAY)
    # the newest Sachstand of each project that has one; the other project has none
    assert sorted(_linked(db, bericht.ha_dezember)) == sorted([bericht.s3, bericht.s_hoefe])
    assert result.verknuepft == 2 and result.sitzung is not None and result.sitzung.id == bericht.ha_dezember
    text = body_text(read(tmp_path / "ha.docx"))
    assert "Veränderungen seit der Sitzung Hauptausschuss am 15.09.2026" in text
    assert "TOP 7, Vorlage Nr. 2026/412" in text
    # the same report again links nothing twice
    assert export_word_report(db, tmp_path / "ha.docx", sitzung_id=bericht.ha_dezember, stichtag=TODAY).verknuepft == 0

    # the next meeting's report says what changed since this one
    maerz = meetings.plan_sitzung(db, gremium_id=ha, datum=dt.date(2027, 3, 9))
    status_reports.record_sachstand(db, projekt_id=bericht.booster, stichtag=dt.date(2027, 3, 1),
                                    erreicht="Roadmap beschlossen")
    text = body_text(read(_export(db, tmp_path, "maerz.docx", sitzung_id=maerz, stichtag=dt.date(2027, 3, 2))))
    assert "Veränderungen seit der Sitzung Hauptausschuss am 08.12.2026" in text


def test_a_sachstand_written_for_another_gremium_is_reported_but_not_linked(
        db: Database, bericht: Bericht, tmp_path: Path) -> None:
    # s1 went to the September Hauptausschuss; reported to the council as the newest public one before October
    result = export_word_report(db, tmp_path / "gr.docx", sitzung_id=bericht.gr_dezember,
                                stichtag=dt.date(2026, 10, 1), autor="x")
    assert result.verknuepft == 0
    assert _linked(db, bericht.gr_dezember) == []
    assert "geschrieben für Hauptausschuss" in body_text(read(tmp_path / "gr.docx"))


def test_progress_counts_projects_then_the_file(db: Database, bericht: Bericht, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    _export(db, tmp_path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_the_demo_portfolio_reports_every_running_project(tmp_path: Path, db: Database) -> None:
    from iq_desktop.services import portfolio
    from iq_desktop.services.demo import fill_demo

    fill_demo(db, heute=TODAY)
    document = read(_export(db, tmp_path))
    running = [r.titel + (" (nicht öffentlich)" if r.nicht_oeffentlich else "")
               for r in portfolio.list_projects(db, stichtag=TODAY)]
    assert len(running) > 15
    assert sorted(headings(document, 2)) == sorted(running)
    assert headings(document, 1)[0] == "Übersicht"


# --- the target file ---------------------------------------------------------------------------------


def test_a_failed_export_leaves_the_old_report_and_no_temporary_file(
        db: Database, bericht: Bericht, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "bericht.docx"
    target.write_bytes(b"the old report")

    def locked(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)  # what Windows does while Word has the file open
    with pytest.raises(IQError, match="ist gerade geöffnet, vermutlich in Word"):
        _export(db, tmp_path)
    assert target.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir() if "bericht" in p.name) == ["bericht.docx"]


@pytest.mark.parametrize(("name", "message"), [
    ("bericht.pdf", "Endung .docx"),
    ("fehlt/bericht.docx", "Den Ordner „.*fehlt“ gibt es nicht"),
    ("ordner.docx", "ist ein Ordner"),
    ("gesperrt.docx", "ist gerade geöffnet"),
])
def test_a_target_that_cannot_be_written_is_refused_in_german_before_any_work(
        db: Database, bericht: Bericht, tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "ordner.docx").mkdir()
    (tmp_path / "~$sperrt.docx").write_bytes(b"owner file of Word")
    with pytest.raises(IQError, match=message):
        _export(db, tmp_path, name)


def test_an_unwritable_folder_is_a_german_error(db: Database, bericht: Bericht, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from iq_desktop.exports import docx_builder

    def denied(_self: object, _target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(docx_builder.DocxBuilder, "save", denied)  # as root, a chmod would not stop it
    out = tmp_path / "nur-lesen"
    out.mkdir()
    with pytest.raises(IQError, match=r"In den Ordner „.*nur-lesen“ darf nicht geschrieben werden"):
        _export(db, out)
    assert list(out.iterdir()) == []


# --- templates ---------------------------------------------------------------------------------------


def test_a_city_template_without_our_styles_still_gives_headings_page_numbers_and_a4(
        db: Database, bericht: Bericht, tmp_path: Path) -> None:
    from docx import Document

    plain = tmp_path / "stadt.docx"
    Document().save(str(plain))  # Letter, no footer, no IQ table styles
    document = read(_export(db, tmp_path, template=plain, projekt_id=bericht.booster))
    assert headings(document, 2) == ["Digital Booster"]
    assert round(document.sections[0].page_width.mm) == 210
    assert any("PAGE" in (f.get(f"{W}instr") or "") for f in document.sections[0].footer._element.iter(f"{W}fldSimple"))
    assert document.tables[1].style.name == "Table Grid"


def test_a_dotx_template_is_used_and_a_broken_one_refused(db: Database, bericht: Bericht, tmp_path: Path) -> None:
    dotx = tmp_path / "stadt.dotx"
    with zipfile.ZipFile(default_template()) as source, zipfile.ZipFile(dotx, "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            copy.writestr(item, data)
    assert headings(read(_export(db, tmp_path, template=dotx)), 1)[0] == "Übersicht"
    broken = tmp_path / "kaputt.docx"
    broken.write_text("kein Word")
    with pytest.raises(IQError, match="keine Word-Vorlage"):
        _export(db, tmp_path, template=broken)
    with pytest.raises(IQError, match="gibt es nicht"):
        _export(db, tmp_path, template=tmp_path / "fehlt.docx")


def test_the_shipped_template_is_what_the_script_builds(tmp_path: Path) -> None:
    import runpy

    build = runpy.run_path(str(Path(__file__).resolve().parents[2] / "scripts" / "build_word_template.py"))["build"]
    built = build(tmp_path / "vorlage.docx")
    with zipfile.ZipFile(built) as new, zipfile.ZipFile(default_template()) as shipped:
        assert sorted(new.namelist()) == sorted(shipped.namelist())
        for name in new.namelist():
            if name != "docProps/core.xml":
                assert new.read(name) == shipped.read(name), name


# --- through LibreOffice -----------------------------------------------------------------------------


def test_libreoffice_prints_headings_titles_and_umlauts(db: Database, bericht: Bericht, tmp_path: Path) -> None:
    office.require_tools()
    pdf = office.to_pdf(_export(db, tmp_path, sitzung_id=bericht.ha_dezember), tmp_path / "pdf")
    text = office.pdf_text(pdf)
    for expected in ("Sachstandsbericht", "Übersicht", "Moderne Verwaltung", "Grüne Stadt", "Digital Booster",
                     "Grüne Höfe", "Geheimer Zwischenstand",
                     "Veränderungen seit der Sitzung Hauptausschuss am 15.09.2026", "nichtöffentliche Sitzung",
                     "Seite 1 von"):
        assert expected in text, expected
    assert office.pdf_pages(pdf) >= 3
    shutil.rmtree(tmp_path / "pdf")
