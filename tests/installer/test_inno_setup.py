"""The Inno Setup script (installer/iq-desktop.iss) keeps the promises made to the city's IT.

Read as text, since Inno Setup does not run here: per user without administrator rights, a
fixed AppId, the version from the package only, nothing that makes the program folder
writable or deletes the user's data, the start menu on the windowed executable, and the
presets file written at install time. The Pascal code that writes the presets' JSON is
compiled with Free Pascal and run when ``fpc`` is installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "iq-desktop.iss"
BUILD_SCRIPT = ROOT / "installer" / "build-windows.ps1"
SPEC = ROOT / "installer" / "iq-desktop.spec"


def _text() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, flags=re.MULTILINE))


def _sections(text: str) -> dict[str, list[str]]:
    """Section name -> its lines, without comments, blank lines and preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            current = heading.group(1)
            sections.setdefault(current, [])
        elif current and line and not line.startswith((";", "#")) and not (current == "Code" and line.startswith("//")):
            sections[current].append(line)
    return sections


def _setup() -> dict[str, str]:
    directives = {}
    for line in _sections(_text())["Setup"]:
        key, _, value = line.partition("=")
        directives[key.strip()] = value.strip()
    return directives


def _entries(section: str) -> list[dict[str, str]]:
    """Lines like `Name: "x"; Filename: "y"; Flags: z` as dicts."""
    entries = []
    for line in _sections(_text()).get(section, []):
        fields = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
            fields[part[0]] = part[1].strip().strip('"')
        entries.append(fields)
    return entries


def _expand(value: str) -> str:
    defines = _defines(_text())
    return re.sub(r"\{#(\w+)\}", lambda match: defines[match.group(1)], value)


def _pascal_function(code: str, name: str) -> str:
    """The source of one function of the [Code] section, up to its final `end;`."""
    start = code.index(f"function {name}(")
    following = re.search(r"^(function|procedure) ", code[start + 1:], flags=re.MULTILINE)
    end = start + 1 + following.start() if following else len(code)
    return code[start:end].strip()


def _code() -> str:
    return _text().split("\n[Code]\n", 1)[1]


def test_installs_per_user_without_admin_rights_and_allows_all_users_on_request() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    allowed = setup["PrivilegesRequiredOverridesAllowed"].split()
    assert "commandline" in allowed  # /ALLUSERS for IT
    assert "dialog" in allowed


def test_app_id_is_a_fixed_guid() -> None:
    app_id = _setup()["AppId"]
    # "{{" is Inno's escaped brace: the id is the GUID itself, not a constant or a preprocessor value
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", app_id), app_id


def test_version_comes_from_the_command_line_only() -> None:
    text = _text()
    setup = _setup()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert re.search(r"#ifndef AppVersion\s*\n\s*#error", text), "without /DAppVersion the compiler must stop"
    assert not re.search(r"#define\s+AppVersion\s", text), "the version is never defined in the script"
    assert not re.search(r"\d+\.\d+\.\d+", text), "no literal version anywhere in the script"


def test_build_script_passes_the_package_version() -> None:
    script = BUILD_SCRIPT.read_text(encoding="utf-8-sig")
    assert re.search(r'\$Version = .*import iq_desktop.*iq_desktop\.__version__', script)
    assert '"/DAppVersion=$Version"' in script
    assert "installer\\iq-desktop.iss" in script
    assert "installer\\iq-desktop.spec" in script


def test_installs_below_autopf() -> None:
    assert _setup()["DefaultDirName"].startswith("{autopf}\\")


def test_program_folder_is_never_made_writable_for_users() -> None:
    text = _text()
    assert "Dirs" not in _sections(text)
    assert not re.search(r"^\s*Permissions\s*:", text, flags=re.MULTILINE | re.IGNORECASE)
    assert not re.search(r"\bPermissions:", text)
    assert "icacls" not in text.lower() and "cacls" not in text.lower()


def test_uninstall_keeps_the_users_data() -> None:
    # what the uninstaller deletes lies in the program folder; the [Code] deletes nothing
    for section in ("UninstallDelete", "InstallDelete"):
        for entry in _entries(section):
            assert entry["Name"].startswith("{app}\\"), entry
    assert [_expand(entry["Name"]) for entry in _entries("UninstallDelete")] == ["{app}\\vorgaben.json"]
    code = _code()
    for call in ("DelTree", "DeleteFile", "RemoveDir", "Exec(", "ShellExec("):
        assert call not in code, call
    for user_folder in ("{localappdata}", "{userappdata}", "{commonappdata}", "{%LOCALAPPDATA", "IQ-Desktop\\"):
        for section in ("UninstallDelete", "InstallDelete", "Run", "UninstallRun"):
            assert all(user_folder not in " ".join(entry.values()) for entry in _entries(section))


def test_start_menu_entry_starts_the_windowed_executable() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    gui_name = re.search(r'^GUI_NAME = "([^"]+)"', spec, flags=re.MULTILINE).group(1)
    console_name = re.search(r'^CONSOLE_NAME = "([^"]+)"', spec, flags=re.MULTILINE).group(1)
    defines = _defines(_text())
    assert defines["GuiExe"] == gui_name + ".exe"
    assert defines["ConsoleExe"] == console_name + ".exe"
    start_menu = [entry for entry in _entries("Icons") if entry["Name"].startswith("{autoprograms}")]
    assert len(start_menu) == 1
    assert _expand(start_menu[0]["Filename"]) == f"{{app}}\\{gui_name}.exe"
    desktop = [entry for entry in _entries("Icons") if entry["Name"].startswith("{autodesktop}")]
    assert desktop and all(entry.get("Tasks") == "desktopicon" for entry in desktop)


def test_german_and_english_installer_languages() -> None:
    files = {entry["Name"]: entry["MessagesFile"] for entry in _entries("Languages")}
    assert files == {"de": "compiler:Languages\\German.isl", "en": "compiler:Default.isl"}


def test_bundle_is_installed_whole() -> None:
    files = _entries("Files")
    assert len(files) == 1
    assert _expand(files[0]["Source"]).endswith("\\*")
    assert files[0]["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(files[0]["Flags"].split())


def test_presets_are_written_into_the_program_folder_at_install_time_only() -> None:
    code = _code()
    assert _defines(_text())["PresetsFile"] == "vorgaben.json"
    writer = code[code.index("procedure CurStepChanged"):]
    assert "if CurStep <> ssPostInstall then" in writer
    assert "ExpandConstant('{app}\\{#PresetsFile}')" in writer
    assert "SaveStringsToUTF8FileWithoutBOM(Target" in writer
    assert code.count("SaveStringsTo") == 1, "no other place writes a file"
    assert "CurUninstallStepChanged" not in code
    assert "{param:DATENBANK|}" in code and "{param:GEMEINSAM|}" in code


_FPC_HARNESS = """program presets;
{$mode delphi}{$H+}
uses SysUtils;
var
  ParamDatenbank, ParamGemeinsam, Shared: String;

function ExpandConstant(const S: String): String;
begin
  if S = '{param:GEMEINSAM|}' then Result := ParamGemeinsam
  else if S = '{param:DATENBANK|}' then Result := ParamDatenbank
  else raise Exception.Create('unexpected constant ' + S);
end;

%s

begin
  ParamDatenbank := ParamStr(1);
  ParamGemeinsam := ParamStr(2);
  if not SharedParameter(Shared) then
    Halt(3);
  Write(PresetsJson(Trim(ParamDatenbank), Shared));
end.
"""


@pytest.fixture(scope="module")
def presets_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The [Code] section's JSON functions, compiled with Free Pascal around a stub ExpandConstant."""
    if shutil.which("fpc") is None:
        message = "Free Pascal (fpc) is not installed: apt-get install fp-compiler (scripts/setup-env.sh test)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs it: a skip there would hide the escaping test
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("pascal")
    code = _code()
    functions = "\n\n".join(_pascal_function(code, name) for name in ("JsonString", "SharedParameter", "PresetsJson"))
    (folder / "presets.pas").write_text(_FPC_HARNESS % functions, encoding="utf-8")
    result = subprocess.run(["fpc", "-v0", "presets.pas"], cwd=folder, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "presets"


def _presets(program: Path, database: str, shared: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(program), database, shared], capture_output=True, check=False)


@pytest.mark.parametrize(
    ("database", "shared", "expected"),
    [
        (r"\\server\freigabe\iq.sqlite", "1",
         {"datenbank": r"\\server\freigabe\iq.sqlite", "datenbank_gemeinsam": True}),
        (r"C:\Daten\Müller \"Ablage\"\iq.sqlite", "", {"datenbank": r"C:\Daten\Müller \"Ablage\"\iq.sqlite"}),
        ("mssql+pyodbc://sql01.stadt.local/iq_desktop", "nein", {
            "datenbank": "mssql+pyodbc://sql01.stadt.local/iq_desktop", "datenbank_gemeinsam": False}),
        ("", "ja", {"datenbank_gemeinsam": True}),
        ("tab\there\\", "0", {"datenbank": "tab\there\\", "datenbank_gemeinsam": False}),
    ],
)
def test_presets_json_escapes_backslashes_and_quotes(presets_program: Path, database: str, shared: str,
                                                     expected: dict) -> None:
    result = _presets(presets_program, database, shared)
    assert result.returncode == 0, result
    assert json.loads(result.stdout.decode("utf-8")) == expected


def test_presets_without_parameters_write_nothing(presets_program: Path) -> None:
    result = _presets(presets_program, "", "")
    assert result.returncode == 0 and result.stdout == b""


def test_presets_refuse_an_unclear_shared_flag(presets_program: Path) -> None:
    assert _presets(presets_program, r"\\server\iq.sqlite", "vielleicht").returncode == 3
