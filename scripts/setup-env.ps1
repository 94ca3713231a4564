# Windows counterpart of setup-env.sh: a Python >= 3.11 virtual environment in .venv with the
# package and its test tools in it (Qt's libraries come inside the PySide6 wheel on Windows).
# Skips what is done. -Variant is accepted for symmetry with setup-env.sh.
param([ValidateSet("gui", "test")] [string]$Variant = "test")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path ".venv\Scripts\python.exe")) {
    $py = Get-Command py -ErrorAction SilentlyContinue
    if ($py) { & py -3 -m venv .venv } else { & python -m venv .venv }
    & ".venv\Scripts\python.exe" -c "import sys; sys.exit(sys.version_info < (3, 11))"
    if ($LASTEXITCODE -ne 0) { throw "Python 3.11 oder neuer wird benötigt (python.org oder Microsoft Store)." }
}
$hash = (Get-FileHash pyproject.toml -Algorithm SHA256).Hash.ToLower()
$want = "$hash"
$stamp = ".venv\.iq-desktop-installed"
if (-not (Test-Path $stamp) -or ((Get-Content $stamp -Raw).Trim() -ne $want)) {
    & ".venv\Scripts\python.exe" -m pip install --quiet --disable-pip-version-check --upgrade pip
    & ".venv\Scripts\python.exe" -m pip install --quiet --disable-pip-version-check -e ".[test,bench,postgres]"
    if ($LASTEXITCODE -ne 0) { throw "Installation fehlgeschlagen." }
    Set-Content $stamp $want
}
# The compiled translation catalogues (.qm, not in git) from resources/translations\*.ts; skipped when current.
& ".venv\Scripts\python.exe" scripts\build_translations.py
if ($LASTEXITCODE -ne 0) { throw "Übersetzungen konnten nicht gebaut werden." }
