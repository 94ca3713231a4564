# Installs IQ Desktop with its test tools (once) into .venv and runs all tests headless.
param([Parameter(ValueFromRemainingArguments = $true)] $Rest)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
& (Join-Path $PSScriptRoot "setup-env.ps1") -Variant test
$env:QT_QPA_PLATFORM = "offscreen"
& ".venv\Scripts\python.exe" -m pytest -p no:cacheprovider @Rest
exit $LASTEXITCODE
