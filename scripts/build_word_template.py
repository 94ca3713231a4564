"""Build the default Word template of the Sachstandsbericht (iq_desktop/resources/vorlagen/sachstandsbericht.docx).

    .venv/bin/python scripts/build_word_template.py [-o FILE]

The template shipped with the program is this script's output; a city replaces
it with its own corporate-design template (docs/word-vorlage.md), edited in
Word, not here. It starts from python-docx's blank document and sets what the
report uses: A4 with German margins, Arial (metric twins exist on every
system), German language and hyphenation, headings 1–3 with outline levels,
title and subtitle, a bulleted list, a note paragraph, two table styles
("IQ Tabelle" with a repeated, shaded header row; "IQ Angaben" for label–value
pairs), a header line and a footer with "Seite X von Y". A test keeps the
shipped file and this script in step (tests/exports/test_word_template.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "iq_desktop" / "resources" / "vorlagen" / "sachstandsbericht.docx"
_NS = nsdecls("w")
FONT = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
BLUE = "1F3864"
GREY = "595959"

#: paragraph styles: styleId → (name, basedOn, pPr, rPr); existing ones are rewritten
PARAGRAPH_STYLES: dict[str, tuple[str, str | None, str, str]] = {
    "Normal": ("Normal", None, "", ""),
    "Title": ("Title", "Normal", '<w:spacing w:before="0" w:after="60"/>',
              f'<w:b/><w:color w:val="{BLUE}"/><w:kern w:val="28"/><w:sz w:val="44"/><w:szCs w:val="44"/>'),
    "Subtitle": ("Subtitle", "Normal", '<w:spacing w:before="0" w:after="240"/>',
                 f'<w:color w:val="{GREY}"/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
    "Heading1": ("heading 1", "Normal",
                 '<w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" '
                 f'w:color="{BLUE}"/></w:pBdr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
                 f'<w:b/><w:color w:val="{BLUE}"/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
    "Heading2": ("heading 2", "Normal",
                 '<w:keepNext/><w:keepLines/><w:spacing w:before="320" w:after="100"/><w:outlineLvl w:val="1"/>',
                 f'<w:b/><w:color w:val="{BLUE}"/><w:sz w:val="26"/><w:szCs w:val="26"/>'),
    "Heading3": ("heading 3", "Normal",
                 '<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/>',
                 '<w:b/><w:color w:val="404040"/><w:sz w:val="21"/><w:szCs w:val="21"/>'),
    "ListBullet": ("List Bullet", "Normal",
                   '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/><w:ind w:left="357" '
                   'w:hanging="357"/>', ""),
    "Caption": ("caption", "Normal", '<w:spacing w:before="40" w:after="160"/>',
                f'<w:i/><w:color w:val="{GREY}"/><w:sz w:val="17"/><w:szCs w:val="17"/>'),
    "Header": ("header", "Normal",
               '<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/><w:jc w:val="right"/>',
               f'<w:color w:val="{GREY}"/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
    "Footer": ("footer", "Normal",
               '<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/><w:jc w:val="right"/>',
               f'<w:color w:val="{GREY}"/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
    "IQHinweis": ("IQ Hinweis", "Normal",
                  '<w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="' + BLUE + '"/></w:pBdr>'
                  '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F7"/><w:spacing w:before="120" w:after="120"/>'
                  '<w:ind w:left="170" w:right="170"/>', '<w:sz w:val="19"/><w:szCs w:val="19"/>'),
    "IQKlein": ("IQ Klein", "Normal", '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
                '<w:sz w:val="12"/><w:szCs w:val="12"/>'),
}

_CELL_MARGINS = ('<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
                 '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>')
TABLE_STYLES = {
    "IQTabelle": (
        "IQ Tabelle",
        '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders>' + _CELL_MARGINS,
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{BLUE}"/></w:tcPr></w:tblStylePr>',
    ),
    "IQAngaben": (
        "IQ Angaben",
        '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders>' + _CELL_MARGINS,
        '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr>',
    ),
}


def _style(document: DocxDocument, style_id: str, kind: str, name: str) -> object:
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return style
    style = parse_xml(f'<w:style {_NS} w:type="{kind}" w:customStyle="1" w:styleId="{style_id}">'
                      f'<w:name w:val="{name}"/><w:qFormat/></w:style>')
    styles.append(style)
    return style


def _rewrite(style, based_on: str | None, p_pr: str, r_pr: str) -> None:
    for tag in ("w:basedOn", "w:pPr", "w:rPr", "w:rsid"):
        for old in style.findall(qn(tag)):
            style.remove(old)
    if based_on:
        style.find(qn("w:name")).addnext(parse_xml(f'<w:basedOn {_NS} w:val="{based_on}"/>'))
    if p_pr:
        style.append(parse_xml(f"<w:pPr {_NS}>{p_pr}</w:pPr>"))
    if r_pr:
        style.append(parse_xml(f"<w:rPr {_NS}>{r_pr}</w:rPr>"))


def _defaults(document: DocxDocument) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    defaults.find(qn("w:rPrDefault")).getparent().replace(defaults.find(qn("w:rPrDefault")), parse_xml(
        f'<w:rPrDefault {_NS}><w:rPr>{FONT}<w:sz w:val="20"/><w:szCs w:val="20"/>'
        '<w:lang w:val="de-DE" w:eastAsia="de-DE" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'))
    defaults.replace(defaults.find(qn("w:pPrDefault")), parse_xml(
        f'<w:pPrDefault {_NS}><w:pPr><w:spacing w:after="100" w:line="264" w:lineRule="auto"/></w:pPr>'
        "</w:pPrDefault>"))


def _settings(document: DocxDocument) -> None:
    settings = document.settings.element
    settings.find(qn("w:themeFontLang")).set(qn("w:val"), "de-DE")
    settings.find(qn("w:decimalSymbol")).set(qn("w:val"), ",")
    settings.find(qn("w:listSeparator")).set(qn("w:val"), ";")
    settings.find(qn("w:defaultTabStop")).addnext(parse_xml(f"<w:autoHyphenation {_NS}/>"))
    for rsids in settings.findall(qn("w:rsids")):
        settings.remove(rsids)


def _page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.0)
    section.header.paragraphs[0].style = document.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    fields = "".join(
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {name} '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + (
            '<w:r><w:t xml:space="preserve"> von </w:t></w:r>' if name == "PAGE" else "")
        for name in ("PAGE", "NUMPAGES"))
    for run in parse_xml(f'<w:p {_NS}><w:r><w:t xml:space="preserve">Seite </w:t></w:r>{fields}</w:p>'):
        footer._p.append(run)


def build(target: Path) -> Path:
    document = Document()
    _defaults(document)
    for style_id, (name, based_on, p_pr, r_pr) in PARAGRAPH_STYLES.items():
        _rewrite(_style(document, style_id, "paragraph", name), based_on, p_pr, r_pr)
    for style_id, (name, tbl_pr, conditional) in TABLE_STYLES.items():
        style = _style(document, style_id, "table", name)
        _rewrite(style, "TableNormal", '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
                 '<w:sz w:val="18"/><w:szCs w:val="18"/>')
        style.append(parse_xml(f"<w:tblPr {_NS}>{tbl_pr}</w:tblPr>"))
        style.append(parse_xml(f"<w:x {_NS}>{conditional}</w:x>")[0])
    _settings(document)
    _page(document)
    core = document.core_properties
    core.title, core.author, core.last_modified_by = "Vorlage Sachstandsbericht", "IQ Desktop", "IQ Desktop"
    core.language, core.comments, core.keywords, core.subject = "de-DE", "", "", ""
    core.created = core.modified = dt.datetime(2026, 1, 1)
    core.revision = 1
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=TARGET)
    print(build(parser.parse_args(argv).output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
