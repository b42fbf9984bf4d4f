; Inno Setup 6 script: a per-user installer of the PyInstaller folder, French by default.
; Build on Windows (packaging/README.md):  iscc /DAppVersion=0.1.0 packaging\windows\telecentre-desk.iss
; Input: build\dist\telecentre-desk\ (pyinstaller packaging\telecentre-desk.spec). Output: build\windows\.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B0F3C2E-5E0B-4F5C-9D3A-7C1E2A4B9D10}
AppName=Télécentre Desk
AppVersion={#AppVersion}
AppPublisher=SoLozère
; Per user: no administrator rights, installed under %LOCALAPPDATA%\Programs; the data stay in
; %LOCALAPPDATA%\SoLozere\telecentre-desk (platformdirs), never in the program folder, and survive an uninstall.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Télécentre Desk
DefaultGroupName=Télécentre Desk
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\telecentre-desk.exe
SetupIconFile=..\..\resources\windows\telecentre-desk.ico
SourceDir=.
OutputDir=..\..\build\windows
OutputBaseFilename=telecentre-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; French first: the wizard opens in French unless the host picks English.
ShowLanguageDialog=auto
LanguageDetectionMethod=none

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\build\dist\telecentre-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Télécentre Desk"; Filename: "{app}\telecentre-desk.exe"
Name: "{group}\{cm:UninstallProgram,Télécentre Desk}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Télécentre Desk"; Filename: "{app}\telecentre-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\telecentre-desk.exe"; Description: "{cm:LaunchProgram,Télécentre Desk}"; Flags: nowait postinstall skipifsilent
