"""The translation catalogues: complete, finished, and safe to format.

English texts are formatted with the German text's placeholders
(``.format(name=…)``): a placeholder the translation renames raises KeyError
on the user's screen. The catalogues must hold exactly what lupdate extracts
now, and every call site must be one lupdate can read.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
ENGLISH = TS_DIR / "iq_desktop_en.ts"
GERMAN = TS_DIR / "iq_desktop_de.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: English has no genitive: these texts use the nominative of the IQ term instead (their call sites
#: pass every form of the terms, ``Begriffe.format_args()``, so both names are filled)
NOMINATIVE_FOR_GENITIVE = {
    ("MainWindow", "Das Laden des {Leitprojekts}"),
    ("MainWindow", "Das Öffnen des {Leitprojekts}"),
    ("ReportDialog", "Ein Sachstandsbericht für eine Sitzung vermerkt, welcher Sachstand jedes {Leitprojekts} "
                     "darin berichtet wurde; für eine öffentliche Sitzung bleibt alles weg, was als nicht öffentlich "
                     "markiert ist."),
}
GENITIVE = {"{Leitprojekts}": "{Leitprojekt}", "{Korridorthemas}": "{Korridorthema}",
            "{Korridorbeauftragten}": "{Korridorbeauftragte}"}
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message."""
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def _placeholders(context: str, source: str) -> list[str]:
    """The placeholders an English text must have (the source's, or their nominative where English needs it)."""
    found = PLACEHOLDER.findall(source)
    if (context, source) in NOMINATIVE_FOR_GENITIVE:
        found = [GENITIVE.get(p, p) for p in found]
    return sorted(found)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the code now, extracted into a fresh file."""
    target = tmp_path_factory.mktemp("ts") / "fresh.ts"
    _script("update_translations").run_lupdate(target, "en")
    return {(context, source) for context, source, _ in _messages(target)}


@pytest.mark.parametrize("ts", [ENGLISH, GERMAN], ids=lambda p: p.name)
def test_the_catalogues_are_well_formed_and_name_their_languages(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    assert root.get("sourcelanguage") == "de_DE"
    assert root.get("language") == {"iq_desktop_en.ts": "en", "iq_desktop_de.ts": "de_DE"}[ts.name]


@pytest.mark.parametrize("ts", [ENGLISH, GERMAN], ids=lambda p: p.name)
def test_the_catalogues_hold_exactly_what_the_code_asks_for(ts: Path, extracted: set[tuple[str, str]]) -> None:
    held = {(context, source) for context, source, _ in _messages(ts)}
    new, gone = sorted(extracted - held), sorted(held - extracted)
    assert not new and not gone, (
        "run scripts/update_translations.py and translate what is new:\n"
        + "".join(f"  new: [{c}] {s!r}\n" for c, s in new)
        + "".join(f"  gone: [{c}] {s!r}\n" for c, s in gone)
    )
    assert len(extracted) > 1000  # the extraction itself works


def test_every_english_text_is_finished_and_not_empty() -> None:
    bad = [(context, source) for context, source, translation in _messages(ENGLISH)
           if translation is None or translation.get("type") is not None or not (translation.text or "").strip()]
    assert not bad, f"{len(bad)} without a finished English text:\n" + "\n".join(f"  [{c}] {s!r}" for c, s in bad)


def test_english_texts_keep_placeholders_markup_and_one_mnemonic_at_most() -> None:
    problems = []
    for context, source, translation in _messages(ENGLISH):
        text = translation.text or "" if translation is not None else ""
        where = f"[{context}] {source!r} → {text!r}"
        if _placeholders(context, source) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {where}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            problems.append(f"markup differs: {where}")
        if source.count("&&") != text.count("&&") or source.count("%n") != text.count("%n"):
            problems.append(f"&& or %n differ: {where}")
        if _mnemonics(source) > 1:  # not a mnemonic: Excel's header codes (&P, &N) stay as they are
            if sorted(re.findall(r"&\w", source)) != sorted(re.findall(r"&\w", text)):
                problems.append(f"& codes differ: {where}")
        elif _mnemonics(text) > 1 or _mnemonics(source) != _mnemonics(text):
            problems.append(f"mnemonic (&) missing, added or doubled: {where}")
        if source.count("\n\n") != text.count("\n\n"):
            problems.append(f"paragraphs differ: {where}")
        if source.rstrip().endswith("…") != text.rstrip().endswith("…"):
            problems.append(f"the ellipsis (…) differs: {where}")
    assert not problems, "\n".join(problems)


# --- call sites lupdate can read ----------------------------------------------------------------------
_TRANSLATE = {"translate", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _unreadable_calls(path: Path) -> list[str]:
    """Translation calls whose text lupdate skips without a word."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_fstring = {id(node) for joined in ast.walk(tree) if isinstance(joined, ast.JoinedStr)
                  for node in ast.walk(joined)}
    wrappers = {f.name for f in tree.body if isinstance(f, ast.FunctionDef) and f.name in ("tr", "_tr", "_t")
                and any(isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) == "translate"
                        for n in ast.walk(f))}
    found = []

    class Visitor(ast.NodeVisitor):
        def __init__(self) -> None:
            self.classes: list[str] = []

        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node: ast.Call) -> None:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            literal_text = None
            if name in _TRANSLATE and len(node.args) >= 2:
                literal_text = node.args[1] if _literal(node.args[1]) else None
                if literal_text is not None and not _literal(node.args[0]):
                    found.append(f"{path.name}:{node.lineno}: context not a string literal: {ast.unparse(node)[:80]}")
            elif name == "tr" and isinstance(func, ast.Attribute):
                literal_text = node.args[0] if node.args and _literal(node.args[0]) else None
                receiver = func.value
                if not (isinstance(receiver, ast.Name) and receiver.id == "self" and self.classes):
                    found.append(f"{path.name}:{node.lineno}: tr() not on self in a class (run-time context is "
                                 f"the object's class): {ast.unparse(node)[:80]}")
                elif literal_text is None:
                    found.append(f"{path.name}:{node.lineno}: self.tr() of a variable (use translate with the "
                                 f"context of its QT_TRANSLATE_NOOP): {ast.unparse(node)[:80]}")
            elif isinstance(func, ast.Name) and name in wrappers and node.args and _literal(node.args[0]):
                found.append(f"{path.name}:{node.lineno}: helper hides the context: {ast.unparse(node)[:80]}")
            if literal_text is not None and id(node) in in_fstring:
                found.append(f"{path.name}:{node.lineno}: inside an f-string: {ast.unparse(node)[:80]}")
            self.generic_visit(node)

    Visitor().visit(tree)
    return found


def test_every_translation_call_is_one_lupdate_reads() -> None:
    problems = [p for path in sorted((ROOT / "iq_desktop").rglob("*.py")) for p in _unreadable_calls(path)]
    assert not problems, "\n".join(problems)


def test_the_check_finds_what_lupdate_would_miss(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '_C = "X"\n'
        "def tr(text):\n    return translate(_C, text)\n"
        'a = translate(_C, "Hallo")\n'
        'b = tr("Hallo")\n'
        'c = f"{translate(\'X\', \'Hallo\')}"\n'
        'class K:\n    def f(self, box, name):\n        return box.tr("Hallo"), self.tr(name)\n',
        encoding="utf-8",
    )
    assert len(_unreadable_calls(sample)) == 5


def test_every_column_label_of_the_audit_trail_is_declared_for_the_catalogue() -> None:
    from iq_desktop.models.base import Base
    from iq_desktop.services import audit_trail

    columns = {column.name for table in Base.metadata.sorted_tables for column in table.columns}
    missing = sorted(label for label in {audit_trail.field_label(c) for c in columns - {"id", "leitprojekt_id"}}
                     if label not in audit_trail.FIELD_LABELS)
    assert not missing, f"add to FIELD_LABELS (services/audit_trail.py): {missing}"
