; Inno Setup 6.3+ script of IQ Desktop: installs the one-folder bundle dist\IQ-Desktop\ built from
; installer\iq-desktop.spec. installer\build-windows.ps1 runs it as
;
;   ISCC.exe /DAppVersion=<iq_desktop.__version__> installer\iq-desktop.iss
;
; Per user and without administrator rights by default ({autopf} is then
; %LOCALAPPDATA%\Programs); IT installs for all users with /ALLUSERS. The program writes nothing
; into {app}: settings, databases and logs live in %LOCALAPPDATA%\IQ-Desktop (platformdirs), which
; the uninstaller leaves alone. The one file this setup writes itself is {app}\vorgaben.json, at
; install time and only when IT passes /DATENBANK= or /GEMEINSAM= (see installer\README.md).

#if VER < EncodeVer(6, 3, 0)
  #error "Inno Setup 6.3 oder neuer wird benötigt (x64compatible, UTF-8-Skript)"
#endif
#ifndef AppVersion
  #error "Die Version fehlt: ISCC /DAppVersion=... (installer\build-windows.ps1 übergibt iq_desktop.__version__)"
#endif
; four numbers for the version resource of the setup; build-windows.ps1 passes them
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\IQ-Desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

#define AppName "IQ Desktop"
#define AppPublisher "Stadt Karlsruhe"
; the windowed executable (start menu) and the console one (IT's scripts): installer\iq-desktop.spec
#define GuiExe "IQ-Desktop.exe"
#define ConsoleExe "iq-desktop-konsole.exe"
#define PresetsFile "vorgaben.json"

[Setup]
; fixed forever: upgrades, the uninstall entry and IT's detection rule hang on it
AppId={{8329C887-E028-4474-A3E5-D2AE40FE9E40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
VersionInfoCompany={#AppPublisher}
; per user without administrator rights; /ALLUSERS (or the dialog) installs for everyone
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#GuiExe}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\iq-desktop.ico
OutputDir={#OutputDir}
OutputBaseFilename=IQ-Desktop-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; a running IQ Desktop is closed through the Restart Manager before its files are replaced
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
#ifdef SignToolName
; build-windows.ps1 defines the sign tool (/S...) when a certificate is configured:
; ISCC then signs the setup and the uninstaller it creates
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.StartMenuComment=Leitprojekte des IQ-Prozesses pflegen und berichten
en.StartMenuComment=Keep and report the lead projects of the IQ process
de.BadSharedValue=/GEMEINSAM erwartet 1 oder 0, nicht „%1“.
en.BadSharedValue=/GEMEINSAM expects 1 or 0, not "%1".
de.PresetsNotWritten=Die Vorgaben konnten nicht nach %1 geschrieben werden.
en.PresetsNotWritten=The presets could not be written to %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole bundle: libraries the new version no longer ships must not linger
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:StartMenuComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:StartMenuComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; written by this setup (not by the program), so the uninstaller does not know it from [Files];
; the user's data in %LOCALAPPDATA%\IQ-Desktop is not touched
Type: files; Name: "{app}\{#PresetsFile}"

[Code]
// IT presets the database for everyone at install time:
//   /DATENBANK="\\server\freigabe\iq.sqlite"   (a path or a SQLAlchemy URL)
//   /GEMEINSAM=1                               (a database several people use at once)
// and the setup writes them as UTF-8 JSON (no BOM) to vorgaben.json in the program folder:
//   {"datenbank": "\\\\server\\freigabe\\iq.sqlite", "datenbank_gemeinsam": true}
// The program reads that file (and %ProgramData%\IQ-Desktop\vorgaben.json) at its first start.
// Without either parameter an existing vorgaben.json (from an earlier install) stays as it is.
// (Comments here use //: a brace in a { } comment would end it.)

function JsonString(const Value: String): String;
// Value as a JSON string literal: backslash and quote escaped, control characters as \uXXXX
var
  I: Integer;
  C: Char;
begin
  Result := '"';
  for I := 1 to Length(Value) do
  begin
    C := Value[I];
    if C = '\' then
      Result := Result + '\\'
    else if C = '"' then
      Result := Result + '\"'
    else if Ord(C) < 32 then
      Result := Result + Format('\u%.4x', [Ord(C)])
    else
      Result := Result + C;
  end;
  Result := Result + '"';
end;

function SharedParameter(var Shared: String): Boolean;
// True when /GEMEINSAM= is valid or absent; Shared is 'true', 'false' or '' (not given)
var
  Value: String;
begin
  Value := Lowercase(Trim(ExpandConstant('{param:GEMEINSAM|}')));
  Result := True;
  if Value = '' then
    Shared := ''
  else if (Value = '1') or (Value = 'ja') or (Value = 'yes') or (Value = 'true') then
    Shared := 'true'
  else if (Value = '0') or (Value = 'nein') or (Value = 'no') or (Value = 'false') then
    Shared := 'false'
  else
    Result := False;
end;

function PresetsJson(const Database, Shared: String): String;
// The file's text; empty when IT passed neither parameter
begin
  Result := '';
  if Database <> '' then
    Result := '"datenbank": ' + JsonString(Database);
  if Shared <> '' then
  begin
    if Result <> '' then
      Result := Result + ', ';
    Result := Result + '"datenbank_gemeinsam": ' + Shared;
  end;
  if Result <> '' then
    Result := '{' + Result + '}';
end;

function InitializeSetup(): Boolean;
var
  Shared: String;
begin
  Result := SharedParameter(Shared);
  if not Result then
    SuppressibleMsgBox(FmtMessage(CustomMessage('BadSharedValue'), [ExpandConstant('{param:GEMEINSAM|}')]),
      mbCriticalError, MB_OK, IDOK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Shared, Json, Target: String;
  Lines: TArrayOfString;
begin
  if CurStep <> ssPostInstall then
    exit;
  SharedParameter(Shared);
  Json := PresetsJson(Trim(ExpandConstant('{param:DATENBANK|}')), Shared);
  if Json = '' then
    exit;
  Target := ExpandConstant('{app}\{#PresetsFile}');
  SetArrayLength(Lines, 1);
  Lines[0] := Json;
  if SaveStringsToUTF8FileWithoutBOM(Target, Lines, False) then
    Log('Vorgaben geschrieben: ' + Target + ': ' + Json)
  else
    SuppressibleMsgBox(FmtMessage(CustomMessage('PresetsNotWritten'), [Target]), mbError, MB_OK, IDOK);
end;
