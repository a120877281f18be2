; Inno Setup script for the Windows kiosk installer.
;
; Build on Windows (see installers/README.md):
;   1. pyinstaller --noconfirm installers\faceapp.spec      -> dist\edgeface-kiosk\
;   2. "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installers\windows\edgeface-kiosk.iss
; The installer runs the bundle's --self-test before it finishes; uninstalling keeps the
; gallery in %LOCALAPPDATA%\edgeface-kiosk unless the user ticks "also delete".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "EdgeFace kiosk"
#define AppExe "faceapp.exe"

[Setup]
AppId={{6C4E1D7A-3B0F-4D4C-9E61-2F0B7A0C5E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=EdgeFace kiosk developers
DefaultDirName={autopf}\EdgeFace Kiosk
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=edgeface-kiosk-{#AppVersion}-setup
SetupIconFile=..\..\assets\icons\edgeface-kiosk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Tasks]
Name: "autostart"; Description: "Start the kiosk full screen when this user logs in"; GroupDescription: "Kiosk:"; Flags: unchecked
Name: "desktopicon"; Description: "Create a desktop shortcut"; GroupDescription: "Shortcuts:"; Flags: unchecked

[Files]
Source: "..\..\dist\edgeface-kiosk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (window)"; Filename: "{app}\{#AppExe}"; Parameters: "--windowed"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon
Name: "{userstartup}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: autostart

[Run]
; The post-install check: model, detector, alignment, embedding and matching on the shipped face.
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; StatusMsg: "Checking the installation..."; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Parameters: "--windowed"; Description: "Start the kiosk in a window now"; Flags: postinstall nowait skipifsilent unchecked

[UninstallDelete]
Type: filesandordirs; Name: "{app}"

[Code]
var
  DeleteData: Boolean;

function InitializeUninstall(): Boolean;
begin
  DeleteData := MsgBox('Also delete the gallery (enrolled people, face templates, events) and settings?'
    + #13#10 + 'Choose No to keep them for a later installation.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteData then
  begin
    DelTree(ExpandConstant('{localappdata}\edgeface-kiosk'), True, True, True);
    DelTree(ExpandConstant('{userappdata}\edgeface-kiosk'), True, True, True);
  end;
end;
