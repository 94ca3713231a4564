<#
.SYNOPSIS
    Baut IQ Desktop für Windows: das Programmbündel (PyInstaller, ein Ordner) und das Setup (Inno Setup 6.3+).

.DESCRIPTION
    1. eigene Build-Umgebung .venv-build (Python 3.11 oder neuer) mit dem Paket und PyInstaller
       (Zusatz "bundle" aus pyproject.toml); mit -ServerTreiber auch psycopg (PostgreSQL) und pyodbc (SQL Server)
    2. Version aus iq_desktop.__version__ (nie von Hand)
    3. Übersetzungen (scripts\build_translations.py, wenn vorhanden) und Programmsymbol (nur wenn es fehlt)
    4. PyInstaller mit installer\iq-desktop.spec -> dist\IQ-Desktop\
    5. Rauchtest: die Konsolen-EXE legt eine Demo-Datenbank an und zeichnet das Hauptfenster (--self-test)
    6. optional: signieren der beiden EXE mit signtool (Zertifikat über Umgebungsvariablen, siehe unten)
    7. ISCC /DAppVersion=... installer\iq-desktop.iss -> dist\IQ-Desktop-Setup-<Version>.exe
       (ISCC signiert das Setup und seinen Uninstaller selbst, wenn ein Zertifikat eingerichtet ist)

    Signieren, wenn eine dieser Variablen gesetzt ist:
      IQ_SIGN_CERT_THUMBPRINT   SHA1-Fingerabdruck eines Zertifikats im Zertifikatspeicher (auch Smartcard/HSM)
      IQ_SIGN_CERT_FILE         PFX-Datei; Kennwort in IQ_SIGN_CERT_PASSWORD
    dazu immer:
      IQ_SIGN_TIMESTAMP_URL     RFC-3161-Zeitstempeldienst des Zertifikatsanbieters
    und wahlweise:
      IQ_SIGNTOOL               Pfad zu signtool.exe (sonst aus dem Windows SDK gesucht)

.PARAMETER Python
    Python-Interpreter für die Build-Umgebung (Standard: "py -3.11", sonst "python").

.PARAMETER Iscc
    Pfad zu ISCC.exe (Standard: Umgebungsvariable ISCC oder die üblichen Installationsorte von Inno Setup 6).

.PARAMETER NurBuendel
    Nur das Bündel bauen (Schritte 1-6), kein Setup.

.PARAMETER ServerTreiber
    Die Datenbanktreiber für PostgreSQL (psycopg) und SQL Server (pyodbc) mit ins Bündel nehmen.

.PARAMETER AuchBibliotheken
    Beim Signieren auch alle noch unsignierten DLL/PYD im Bündel signieren (für AppLocker-DLL-Regeln).

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File installer\build-windows.ps1 -ServerTreiber
#>
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$NurBuendel,
    [switch]$ServerTreiber,
    [switch]$AuchBibliotheken
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Say([string]$Text) { Write-Host "build: $Text" }

function Invoke-Native([string]$File, [string[]]$Arguments) {
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "fehlgeschlagen (Exitcode $LASTEXITCODE): $File $($Arguments -join ' ')" }
}

# --- 1. Build-Umgebung ---------------------------------------------------------------------------
$Venv = Join-Path $Root ".venv-build"
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
    if ($Python) {
        Invoke-Native $Python @("-m", "venv", $Venv)
    } elseif (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Native "py" @("-3.11", "-m", "venv", $Venv)
    } else {
        Invoke-Native "python" @("-m", "venv", $Venv)
    }
}
& $Py -c "import sys; sys.exit(sys.version_info < (3, 11))"
if ($LASTEXITCODE -ne 0) { throw "Python 3.11 oder neuer wird benötigt ($Py)." }
$Extras = if ($ServerTreiber) { ".[bundle,postgres]" } else { ".[bundle]" }
Say "installiere $Extras in .venv-build"
Invoke-Native $Py @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip")
Invoke-Native $Py @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", $Extras)
if ($ServerTreiber) {
    Invoke-Native $Py @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", "pyodbc")
}

# --- 2. Version aus dem Paket --------------------------------------------------------------------
# run from the checkout's root, so the source tree's iq_desktop answers
$Version = (& $Py -c "import iq_desktop, sys; sys.stdout.write(iq_desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "iq_desktop.__version__ nicht lesbar." }
$Numbers = @([regex]::Matches($Version, "\d+") | Select-Object -First 4 | ForEach-Object { $_.Value })
while ($Numbers.Count -lt 4) { $Numbers += "0" }
$VersionNumeric = $Numbers -join "."
Say "Version $Version ($VersionNumeric)"

# --- 3. Übersetzungen und Symbol -----------------------------------------------------------------
if (Test-Path "scripts\build_translations.py") {
    Say "übersetze (scripts\build_translations.py)"
    Invoke-Native $Py @("scripts\build_translations.py")
}
Invoke-Native $Py @("scripts\build_icon.py", "--if-missing")

# --- 4. PyInstaller ------------------------------------------------------------------------------
Say "baue dist\IQ-Desktop\ (PyInstaller)"
Invoke-Native $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "installer\iq-desktop.spec")
$Bundle = Join-Path $Root "dist\IQ-Desktop"
$GuiExe = Join-Path $Bundle "IQ-Desktop.exe"
$ConsoleExe = Join-Path $Bundle "iq-desktop-konsole.exe"
foreach ($Exe in @($GuiExe, $ConsoleExe)) { if (-not (Test-Path $Exe)) { throw "$Exe fehlt nach PyInstaller." } }

# --- 5. Rauchtest --------------------------------------------------------------------------------
$Smoke = Join-Path ([System.IO.Path]::GetTempPath()) ("iq-desktop-build-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Smoke | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
try {
    $Demo = Join-Path $Smoke "demo.sqlite"
    Invoke-Native $ConsoleExe @("--version")
    Invoke-Native $ConsoleExe @("--db", $Demo, "init", "--demo")
    Invoke-Native $ConsoleExe @("--self-test", "--db", $Demo)
    Invoke-Native $ConsoleExe @("export", "word", "-o", (Join-Path $Smoke "bericht.docx"), "--db", $Demo)
} finally {
    Remove-Item Env:\QT_QPA_PLATFORM
    Remove-Item -Recurse -Force $Smoke -ErrorAction SilentlyContinue
}
$Size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object -Property Length -Sum)
Say ("Bündel: {0:N0} MB in {1} Dateien" -f ($Size.Sum / 1MB), $Size.Count)

# --- 6. Signieren (optional) ---------------------------------------------------------------------
$SignArgs = $null
if ($env:IQ_SIGN_CERT_THUMBPRINT -or $env:IQ_SIGN_CERT_FILE) {
    if (-not $env:IQ_SIGN_TIMESTAMP_URL) { throw "IQ_SIGN_TIMESTAMP_URL fehlt: ohne Zeitstempel verfällt die Signatur mit dem Zertifikat." }
    $SignTool = $env:IQ_SIGNTOOL
    if (-not $SignTool) {
        $Kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
        $SignTool = Get-ChildItem $Kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -match "\\x64\\" } | Sort-Object FullName -Descending |
            Select-Object -First 1 -ExpandProperty FullName
    }
    if (-not $SignTool -or -not (Test-Path $SignTool)) { throw "signtool.exe nicht gefunden (Windows SDK; oder IQ_SIGNTOOL setzen)." }
    $SignArgs = @("sign", "/fd", "SHA256", "/tr", $env:IQ_SIGN_TIMESTAMP_URL, "/td", "SHA256")
    if ($env:IQ_SIGN_CERT_THUMBPRINT) {
        $SignArgs += @("/sha1", $env:IQ_SIGN_CERT_THUMBPRINT)
    } else {
        $SignArgs += @("/f", $env:IQ_SIGN_CERT_FILE)
        if ($env:IQ_SIGN_CERT_PASSWORD) { $SignArgs += @("/p", $env:IQ_SIGN_CERT_PASSWORD) }
    }
    $ToSign = @($GuiExe, $ConsoleExe)
    if ($AuchBibliotheken) {
        $ToSign += Get-ChildItem $Bundle -Recurse -Include *.dll, *.pyd |
            Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -eq "NotSigned" } |
            ForEach-Object { $_.FullName }
    }
    Say "signiere $($ToSign.Count) Dateien"
    Invoke-Native $SignTool ($SignArgs + $ToSign)
    Invoke-Native $SignTool @("verify", "/pa", $GuiExe, $ConsoleExe)
} else {
    Say "kein Zertifikat eingerichtet: EXE und Setup bleiben unsigniert"
}

if ($NurBuendel) { Say "fertig (ohne Setup)"; exit 0 }

# --- 7. Inno Setup -------------------------------------------------------------------------------
if (-not $Iscc) { $Iscc = $env:ISCC }
if (-not $Iscc) {
    $Iscc = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc -or -not (Test-Path $Iscc)) { throw "ISCC.exe (Inno Setup 6.3 oder neuer) nicht gefunden; -Iscc angeben." }
$IsccArgs = @("/Qp", "/DAppVersion=$Version", "/DAppVersionNumeric=$VersionNumeric")
if ($SignArgs) {
    # ISCC calls the sign tool for the setup and the uninstaller; $f is the file, $q a quote
    $Quoted = $SignArgs | ForEach-Object { if ($_ -match "\s") { '$q' + $_ + '$q' } else { $_ } }
    $IsccArgs += @("/Siqsign=`$q$SignTool`$q " + ($Quoted -join " ") + ' $f', "/DSignToolName=iqsign")
}
$IsccArgs += "installer\iq-desktop.iss"
Say "baue das Setup (ISCC)"
Invoke-Native $Iscc $IsccArgs
$Setup = Join-Path $Root "dist\IQ-Desktop-Setup-$Version.exe"
if (-not (Test-Path $Setup)) { throw "$Setup fehlt nach ISCC." }
$Hash = (Get-FileHash $Setup -Algorithm SHA256).Hash
Say ("Setup: {0} ({1:N0} MB), SHA256 {2}" -f $Setup, ((Get-Item $Setup).Length / 1MB), $Hash)
