"""A Word document on a template, written fast: paragraphs, tables and pictures as WordprocessingML.

python-docx opens the template and saves the package; the body is written as
XML text in chunks. Its convenience API looks up a style by name for every
paragraph and, per picture, hashes every picture added before and searches the
whole document for the next free id, which grows quadratically with a
portfolio of a thousand projects. Here styles are resolved once and pictures
get their parts and ids directly.

The template supplies the styles, page margins, header and footer. A city's
own template may lack some of the styles used here; each then falls back to a
plain one (see :data:`PARAGRAPH_STYLES`), and headings keep their outline level
so the navigation pane still lists them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.image import ImagePart
from docx.shared import Mm

from iq_desktop.errors import IQError
from iq_desktop.i18n import translate

#: the document's language: every style inherits it from the document defaults
LANGUAGE = "de-DE"
#: EMU (English Metric Units) per centimetre, the unit of DrawingML sizes
EMU_PER_CM = 360000
_TWIPS_PER_CM = 1440 / 2.54
_NS = nsdecls("w", "r", "wp", "a", "pic")
#: characters XML 1.0 does not allow (a text pasted from elsewhere may carry them)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

#: paragraph styles by role: the style's name in the template (Word's built-in English names,
#: which Word shows translated, e.g. "Überschrift 1"), and the outline level of a heading
PARAGRAPH_STYLES: dict[str, tuple[str, int | None]] = {
    "title": ("Title", None),
    "subtitle": ("Subtitle", None),
    "heading 1": ("heading 1", 0),
    "heading 2": ("heading 2", 1),
    "heading 3": ("heading 3", 2),
    "normal": ("Normal", None),
    "bullet": ("List Bullet", None),
    "note": ("IQ Hinweis", None),
    "caption": ("caption", None),
    "small": ("IQ Klein", None),
}
#: table styles by role, each with fallbacks to Word's built-in grid
TABLE_STYLES: dict[str, tuple[str, ...]] = {
    "table": ("IQ Tabelle", "Table Grid"),
    "facts": ("IQ Angaben", "Table Grid"),
}
_PAGE_FIELD = ".//w:instrText[contains(., 'PAGE')] | .//w:fldSimple[contains(@w:instr, 'PAGE')]"
_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: text (lines become paragraphs), an optional background, optional bold."""

    text: str
    fill: str | None = None
    bold: bool = False


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A row spanning the whole table, e.g. a corridor's name above its projects."""

    text: str


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(clean(text))}</w:t>'


def open_template(path: Path) -> DocxDocument:
    """The template as a python-docx document; a Word template (.dotx) is opened as a document."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IQError(translate("Word", "Die Word-Vorlage „{p}“ gibt es nicht. Bitte den Pfad prüfen.").format(
            p=path)) from None
    except OSError as exc:
        raise IQError(translate("Word", "Die Word-Vorlage „{p}“ lässt sich nicht lesen ({e}).").format(
            p=path, e=exc.strerror or exc)) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            types = archive.read("[Content_Types].xml")
            if _TEMPLATE_TYPE.encode() in types:  # .dotx: python-docx only opens documents
                raw = _as_document(archive, types)
        return Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IQError(translate("Word", "„{p}“ ist keine Word-Vorlage (.docx oder .dotx).").format(p=path)) from exc


def _as_document(archive: zipfile.ZipFile, types: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in archive.infolist():
            data = archive.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = types.replace(_TEMPLATE_TYPE.encode(), _DOCUMENT_TYPE.encode())
            copy.writestr(item, data)
    return out.getvalue()


class DocxBuilder:
    """Appends content to the body of a template's copy; ``save`` writes the file."""

    def __init__(self, template: Path) -> None:
        self.document = open_template(template)
        self._body = self.document.element.body
        self._sect_pr = self._body.find(qn("w:sectPr"))
        for child in list(self._body):
            if child is not self._sect_pr:
                self._body.remove(child)
        self._chunks: list[str] = []
        self._paragraph_styles, self._table_styles = self._resolve_styles()
        self._next_shape_id = 1 + max(
            (int(v) for v in self.document.element.xpath("//wp:docPr/@id") if v.isdigit()), default=0)
        self._next_image = 1
        self._set_a4()
        section = self.document.sections[0]
        self.text_width_cm = (section.page_width - section.left_margin - section.right_margin) / EMU_PER_CM

    # --- styles and page -----------------------------------------------------------------------------
    def _resolve_styles(self) -> tuple[dict[str, tuple[str | None, int | None]], dict[str, str | None]]:
        by_name: dict[tuple[str, str], str] = {}
        default_paragraph = None
        for style in self.document.styles.element.findall(qn("w:style")):
            kind, ident = style.get(qn("w:type")), style.get(qn("w:styleId"))
            name = style.find(qn("w:name"))
            if name is not None:
                by_name[(kind, name.get(qn("w:val")).casefold())] = ident
            if kind == "paragraph" and style.get(qn("w:default")) in ("1", "true"):
                default_paragraph = ident
        paragraphs: dict[str, tuple[str | None, int | None]] = {}
        for role, (name, level) in PARAGRAPH_STYLES.items():
            ident = by_name.get(("paragraph", name.casefold()))
            # a heading found keeps its own outline level; a missing one falls back but stays a heading
            paragraphs[role] = (ident, None) if ident else (default_paragraph, level)
        tables = {role: next((by_name[("table", n.casefold())] for n in names if ("table", n.casefold()) in by_name),
                             None)
                  for role, names in TABLE_STYLES.items()}
        return paragraphs, tables

    def _set_a4(self) -> None:
        for section in self.document.sections:
            section.page_width, section.page_height = Mm(210), Mm(297)

    def set_language(self) -> None:
        """de-DE on the document defaults and on every style that names a language of its own."""
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = parse_xml(f"<w:docDefaults {_NS}/>")
            styles.insert(0, defaults)
        r_pr_default = defaults.find(qn("w:rPrDefault"))
        if r_pr_default is None:
            r_pr_default = parse_xml(f"<w:rPrDefault {_NS}/>")
            defaults.insert(0, r_pr_default)
        r_pr = r_pr_default.find(qn("w:rPr"))
        if r_pr is None:
            r_pr = parse_xml(f"<w:rPr {_NS}/>")
            r_pr_default.append(r_pr)
        languages = list(r_pr.findall(qn("w:lang")))
        if not languages:
            languages = [parse_xml(f"<w:lang {_NS}/>")]
            r_pr.append(languages[0])
        for lang in languages + styles.xpath("./w:style/w:rPr/w:lang"):
            lang.set(qn("w:val"), LANGUAGE)
        settings = self.document.settings.element
        theme_lang = settings.find(qn("w:themeFontLang"))
        if theme_lang is not None:
            theme_lang.set(qn("w:val"), LANGUAGE)

    # --- content -------------------------------------------------------------------------------------
    def _p_pr(self, role: str, *, page_break: bool = False, keep_next: bool = False) -> str:
        ident, level = self._paragraph_styles[role]
        parts = [f'<w:pStyle w:val="{ident}"/>' if ident else ""]
        if keep_next:
            parts.append("<w:keepNext/>")
        if page_break:
            parts.append("<w:pageBreakBefore/>")
        if level is not None:
            parts.append(f'<w:outlineLvl w:val="{level}"/>')
        return f"<w:pPr>{''.join(parts)}</w:pPr>"

    def paragraph(self, text: str, role: str = "normal", *, lead: str | None = None, page_break: bool = False,
                  keep_next: bool = False) -> None:
        """One paragraph; ``lead`` is a bold start ("Erreicht: ")."""
        runs = f"<w:r><w:rPr><w:b/></w:rPr>{_t(lead)}</w:r>" if lead else ""
        if text:
            runs += f"<w:r>{_t(text)}</w:r>"
        self._chunks.append(f"<w:p>{self._p_pr(role, page_break=page_break, keep_next=keep_next)}{runs}</w:p>")

    def text(self, text: str, role: str = "normal", *, lead: str | None = None) -> None:
        """A text typed in a form: each line its own paragraph, the lead before the first."""
        lines = [line.strip() for line in text.splitlines() if line.strip()] or [""]
        for index, line in enumerate(lines):
            self.paragraph(line, role, lead=lead if index == 0 else None)

    def numbered(self, label: str, text: str, level: int = 0) -> None:
        """A list item with its own label ("1.", "a)") and a hanging indent, e.g. a project's numbered goals."""
        indent = 357 * (level + 1)
        self._chunks.append(
            f'<w:p><w:pPr><w:spacing w:after="40"/><w:ind w:left="{indent}" w:hanging="357"/></w:pPr>'
            f"<w:r>{_t(label)}</w:r><w:r><w:tab/></w:r><w:r>{_t(text)}</w:r></w:p>")

    def heading(self, text: str, level: int, *, page_break: bool = False) -> None:
        self.paragraph(text, f"heading {level}", page_break=page_break, keep_next=True)

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            self.paragraph(item, "bullet")

    def table(
        self,
        widths_cm: Sequence[float],
        rows: Sequence[Sequence[Cell | str] | GroupRow],
        *,
        header: Sequence[str] | None = None,
        role: str = "table",
    ) -> None:
        """A table of fixed column widths (scaled to the text width); the header row repeats on each page."""
        scale = self.text_width_cm / sum(widths_cm)
        twips = [round(w * scale * _TWIPS_PER_CM) for w in widths_cm]
        style = self._table_styles[role]
        first_row = "1" if header else "0"
        first_column = "1" if role == "facts" else "0"
        # Word 2007 and LibreOffice read the bit mask, newer Word the attributes: both say the same
        mask = 0x0600 | (0x0020 if header else 0) | (0x0080 if role == "facts" else 0)
        out = [
            "<w:tbl><w:tblPr>",
            f'<w:tblStyle w:val="{style}"/>' if style else "",
            f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>',
            f'<w:tblLook w:val="{mask:04X}" w:firstRow="{first_row}" w:lastRow="0" w:firstColumn="{first_column}" '
            'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
            "</w:tblPr><w:tblGrid>",
            *(f'<w:gridCol w:w="{w}"/>' for w in twips),
            "</w:tblGrid>",
        ]
        if header:
            out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
            out.extend(self._cell(Cell(text, bold=True), w) for text, w in zip(header, twips, strict=True))
            out.append("</w:tr>")
        for row in rows:
            out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            if isinstance(row, GroupRow):
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{sum(twips)}" w:type="dxa"/><w:gridSpan w:val="{len(twips)}"/>'
                           '<w:shd w:val="clear" w:color="auto" w:fill="EDEFF2"/></w:tcPr>'
                           f'<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:rPr><w:b/></w:rPr>{_t(row.text)}</w:r></w:p>'
                           "</w:tc>")
            else:
                cells = (c if isinstance(c, Cell) else Cell(c) for c in row)
                out.extend(self._cell(c, w) for c, w in zip(cells, twips, strict=True))
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self._chunks.append("".join(out))
        # Word needs a paragraph between two tables, and a little room after one reads better
        self._chunks.append(f"<w:p>{self._p_pr('small')}</w:p>")

    @staticmethod
    def _cell(cell: Cell, width: int) -> str:
        shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill.lstrip("#")}"/>' if cell.fill else ""
        bold = "<w:rPr><w:b/></w:rPr>" if cell.bold else ""
        lines = [line for line in (cell.text or "").splitlines() if line.strip()] or [""]
        paragraphs = "".join(f"<w:p><w:r>{bold}{_t(line)}</w:r></w:p>" for line in lines)
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>{paragraphs}</w:tc>'

    def picture(self, png: bytes, width_cm: float, height_cm: float, alt: str, name: str) -> None:
        """A PNG in its own paragraph, with its alternative text (shown by Word, read by screen readers)."""
        number = self._next_image
        self._next_image += 1
        part = ImagePart(PackURI(f"/word/media/iq-bild{number}.png"), "image/png", png)
        r_id = f"rIdIqBild{number}"
        self.document.part.rels.add_relationship(RT.IMAGE, part, r_id)
        shape_id = self._next_shape_id
        self._next_shape_id += 1
        cx, cy = round(width_cm * EMU_PER_CM), round(height_cm * EMU_PER_CM)
        descr, title = escape(clean(alt), {'"': "&quot;"}), escape(clean(name), {'"': "&quot;"})
        self._chunks.append(
            f"<w:p>{self._p_pr('normal', keep_next=True)}<w:r><w:drawing>"
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{shape_id}" name="{title}" descr="{descr}"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{shape_id}" name="{title}" descr="{descr}"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{r_id}"/><a:stretch><a:fillRect/></a:stretch>'
            f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            "</wp:inline></w:drawing></w:r></w:p>"
        )

    def flush(self) -> None:
        """Move what was written so far into the body (one parse per chunk of content)."""
        if not self._chunks:
            return
        fragment = parse_xml(f"<w:body {_NS}>{''.join(self._chunks)}</w:body>")
        self._chunks.clear()
        for child in list(fragment):
            if self._sect_pr is not None:
                self._sect_pr.addprevious(child)
            else:
                self._body.append(child)

    # --- header, footer, properties ------------------------------------------------------------------
    def header_text(self, text: str) -> None:
        """Fill the header with ``text`` where the template left it empty (a city's own header stays)."""
        for section in self.document.sections:
            header = section.header
            if "".join(p.text for p in header.paragraphs).strip() or header._element.xpath(".//w:drawing"):
                continue
            paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
            paragraph.text = clean(text)

    def ensure_page_numbers(self) -> None:
        """A footer with "Seite X von Y" (PAGE and NUMPAGES fields) unless the template has a page field."""
        for section in self.document.sections:
            footer = section.footer
            if footer._element.xpath(_PAGE_FIELD):
                continue
            paragraph = footer.add_paragraph()
            page = translate("Word", "Seite ")
            paragraph._p.append(parse_xml(
                f'<w:r {_NS}>{_t(page)}</w:r>'))
            for field, after in (("PAGE", translate("Word", " von ")), ("NUMPAGES", "")):
                paragraph._p.append(parse_xml(f'<w:fldSimple {_NS} w:instr=" {field} "><w:r><w:t>1</w:t></w:r>'
                                              "</w:fldSimple>"))
                if after:
                    paragraph._p.append(parse_xml(f"<w:r {_NS}>{_t(after)}</w:r>"))

    def properties(self, *, title: str, author: str, subject: str, keywords: str) -> None:
        """Title and author in the document's properties (File → Info), in German."""
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        core = self.document.core_properties
        core.title, core.author, core.subject, core.keywords = clean(title), clean(author), clean(subject), keywords
        core.last_modified_by = clean(author)
        core.language = LANGUAGE
        core.comments, core.category, core.content_status = "", "", ""
        core.created, core.modified, core.revision = now, now, 1

    def save(self, target: Path) -> None:
        self.flush()
        self.document.save(str(target))
