# Installs IQ Desktop (once) into .venv and starts it on its embedded default database.
#   .\scripts\start.ps1          start
#   .\scripts\start.ps1 -Demo    fill an empty database with the fictional demo portfolio first
param([switch]$Demo, [Parameter(ValueFromRemainingArguments = $true)] $Rest)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
& (Join-Path $PSScriptRoot "setup-env.ps1") -Variant gui
$exe = ".venv\Scripts\iq-desktop.exe"
if ($Demo) { & $exe init --demo @Rest }
& ".venv\Scripts\iq-desktop-gui.exe" @Rest
