<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>faceapp</name>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="426" />
      <source> Beyond what this model was measured on: set stricter to be safe.</source>
      <translation> Außerhalb dessen, was für dieses Modell gemessen wurde: zur Sicherheit strenger einstellen.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="65" />
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="236" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="66" />
      <source>(choose)</source>
      <translation>(wählen)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="184" />
      <source>(newest {n} shown)</source>
      <translation>(die neuesten {n} angezeigt)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="107" />
      <source>0 = first camera, rtsp://..., a video file or folder</source>
      <translation>0 = erste Kamera, rtsp://..., eine Videodatei oder ein Ordner</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="59" />
      <source>1 person</source>
      <translation>1 Person</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="42" />
      <source>95 of 100 faces take at most this long (95th percentile)</source>
      <translation>95 von 100 Gesichtern brauchen höchstens so lange (95. Perzentil)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="43" />
      <source>99 of 100 faces take at most this long (99th percentile)</source>
      <translation>99 von 100 Gesichtern brauchen höchstens so lange (99. Perzentil)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="171" />
      <source>A pairs.txt in LFW's format, with the photos in an images/ folder beside it, for verification accuracy</source>
      <translation>Eine pairs.txt im LFW-Format, mit den Fotos in einem Ordner images/ daneben, für die Verifikationsgenauigkeit</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="9" />
      <source>API</source>
      <translation>API</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="29" />
      <source>API token created</source>
      <translation>API-Token erstellt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="30" />
      <source>API token revoked</source>
      <translation>API-Token widerrufen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="152" />
      <source>Access denied</source>
      <translation>Zutritt verweigert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="12" />
      <source>Access granted</source>
      <translation>Zutritt gewährt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="45" />
      <source>Accuracy</source>
      <translation>Genauigkeit</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="122" />
      <source>Accuracy against time per face</source>
      <translation>Genauigkeit gegen Zeit pro Gesicht</translation>
    </message>
    <message>
      <location filename="faceapp/gui/pinpad.py" line="28" />
      <source>Admin</source>
      <translation>Verwaltung</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="335" />
      <source>Admin PIN</source>
      <translation>Admin-PIN</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="610" />
      <source>Admin PIN changed</source>
      <translation>Admin-PIN geändert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="24" />
      <source>Admin PIN set</source>
      <translation>Admin-PIN festgelegt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="27" />
      <source>Admin area closed</source>
      <translation>Verwaltung geschlossen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="28" />
      <source>Admin area closed (idle)</source>
      <translation>Verwaltung geschlossen (inaktiv)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="26" />
      <source>Admin area opened</source>
      <translation>Verwaltung geöffnet</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="243" />
      <source>Admin locked after too many wrong PINs - try again in {s:.0f} s</source>
      <translation>Verwaltung nach zu vielen falschen PINs gesperrt – erneut versuchen in {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="330" />
      <source>Admin session ends after</source>
      <translation>Verwaltungssitzung endet nach</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="60" />
      <source>Administration (admin PIN)</source>
      <translation>Verwaltung (Admin-PIN)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="66" />
      <source>After a model change, faces enrolled before must be updated once: press Update gallery now at the top of this window. No one has to enroll again.</source>
      <translation>Nach einem Modellwechsel müssen früher erfasste Gesichter einmal aktualisiert werden: oben in diesem Fenster auf „Galerie jetzt aktualisieren“ drücken. Niemand muss sich neu erfassen lassen.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="219" />
      <source>Allow opening the door from MQTT / Home Assistant</source>
      <translation>Öffnen der Tür über MQTT / Home Assistant erlauben</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="19" />
      <source>Allowed in again</source>
      <translation>Wieder zugelassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="98" />
      <source>Allowed to enter (enabled)</source>
      <translation>Darf eintreten (aktiviert)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="52" />
      <source>Amber</source>
      <translation>Gelb</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="552" />
      <source>Anyone who can publish to the MQTT broker could open the door.</source>
      <translation>Jeder, der an den MQTT-Broker senden kann, könnte die Tür öffnen.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="216" />
      <source>Appear in Home Assistant by itself (MQTT discovery)</source>
      <translation>Von selbst in Home Assistant erscheinen (MQTT-Discovery)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="562" />
      <source>At most 1 stranger in {b} instead of 1 in {a} would be let in.</source>
      <translation>Höchstens 1 Fremder von {b} statt 1 von {a} würde eingelassen.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="375" />
      <source>At most 1 stranger in {n} let in</source>
      <translation>Höchstens 1 Fremder von {n} wird eingelassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="67" />
      <source>Automatic deletion is set under Settings</source>
      <translation>Das automatische Löschen wird unter Einstellungen festgelegt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="123" />
      <source>Back to kiosk</source>
      <translation>Zurück zum Kiosk</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="40" />
      <source>Back up now</source>
      <translation>Jetzt sichern</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="89" />
      <source>Backed up to {path}</source>
      <translation>Gesichert nach {path}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="31" />
      <source>Backup made</source>
      <translation>Sicherung erstellt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="32" />
      <source>Backup restored</source>
      <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="102" />
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="96" />
      <source>Badge or staff number (optional)</source>
      <translation>Ausweis- oder Personalnummer (optional)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="271" />
      <source>Baud</source>
      <translation>Baud</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="99" />
      <source>Benchmark</source>
      <translation>Leistungstest</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="277" />
      <source>Benchmark stopped: {why}</source>
      <translation>Leistungstest abgebrochen: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="140" />
      <source>Both (slower)</source>
      <translation>Beides (langsamer)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="311" />
      <source>Broker</source>
      <translation>Broker</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="57" />
      <source>Brown</source>
      <translation>Braun</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="279" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="39" />
      <source>Camera back</source>
      <translation>Kamera wieder da</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="38" />
      <source>Camera offline</source>
      <translation>Kamera offline</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="127" />
      <source>Camera offline - retrying in {s:.0f} s</source>
      <translation>Kamera offline – neuer Versuch in {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="152" />
      <source>Camera preview</source>
      <translation>Kameravorschau</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="518" />
      <source>Camera test failed: {why}</source>
      <translation>Kameratest fehlgeschlagen: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="523" />
      <source>Camera works: {w}x{h}</source>
      <translation>Kamera funktioniert: {w}x{h}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="165" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="244" />
      <source>Change PIN</source>
      <translation>PIN ändern</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="60" />
      <source>Check the cable or the network, and that no other program uses the camera. The kiosk reconnects on its own and logs every outage (Events). For another camera, change Settings → Camera → Source.</source>
      <translation>Kabel oder Netzwerk prüfen und sicherstellen, dass kein anderes Programm die Kamera nutzt. Der Kiosk verbindet sich von selbst neu und protokolliert jeden Ausfall (Ereignisse). Für eine andere Kamera: Einstellungen → Kamera → Quelle ändern.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="131" />
      <source>Choose a pairs file for accuracy</source>
      <translation>Paardatei für die Genauigkeit wählen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="269" />
      <source>Command</source>
      <translation>Befehl</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="59" />
      <source>Convenient: at most 1 stranger in 100 let in</source>
      <translation>Bequem: höchstens 1 Fremder von 100 wird eingelassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="50" />
      <source>Copies of the gallery (people, face templates, events), newest first. The newest 7 are kept.</source>
      <translation>Kopien der Galerie (Personen, Gesichtsvorlagen, Ereignisse), die neueste zuerst. Die 7 neuesten werden behalten.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="37" />
      <source>Decision</source>
      <translation>Entscheidung</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="94" />
      <source>Delete events older than</source>
      <translation>Ereignisse löschen, die älter sind als</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="68" />
      <source>Delete now</source>
      <translation>Jetzt löschen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="264" />
      <source>Delete {name} with all their face templates, crops and snapshots? This cannot be undone.</source>
      <translation>{name} mit allen Gesichtsvorlagen, Ausschnitten und Schnappschüssen löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="132" />
      <source>Delete...</source>
      <translation>Löschen...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="275" />
      <source>Deleted {name}</source>
      <translation>{name} gelöscht</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="18" />
      <source>Details changed</source>
      <translation>Angaben geändert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="130" />
      <source>Disable</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="285" />
      <source>Distance</source>
      <translation>Entfernung</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="214" />
      <source>Done - check the faces and press Next</source>
      <translation>Fertig – Gesichter prüfen und auf Weiter drücken</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="9" />
      <source>Door</source>
      <translation>Tür</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="35" />
      <source>Door opened remotely</source>
      <translation>Tür aus der Ferne geöffnet</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="263" />
      <source>Door output</source>
      <translation>Türausgang</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="173" />
      <source>Door output: {name}</source>
      <translation>Türausgang: {name}</translation>
    </message>
    <message>
      <location filename="faceapp/app/system.py" line="190" />
      <source>Door test failed: {why}</source>
      <translation>Türtest fehlgeschlagen: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/app/system.py" line="188" />
      <source>Door test: {output} fired</source>
      <translation>Türtest: {output} ausgelöst</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="34" />
      <source>Door tested</source>
      <translation>Tür getestet</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="42" />
      <source>Dry run (log only)</source>
      <translation>Probelauf (nur protokollieren)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="370" />
      <source>EdgeFace kiosk</source>
      <translation>EdgeFace-Kiosk</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="77" />
      <source>EdgeFace kiosk - administration</source>
      <translation>EdgeFace-Kiosk – Verwaltung</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="96" />
      <source>Edit {name}</source>
      <translation>{name} bearbeiten</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="129" />
      <source>Edit...</source>
      <translation>Bearbeiten...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="202" />
      <source>Enable</source>
      <translation>Freigeben</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="213" />
      <source>Encrypted (TLS)</source>
      <translation>Verschlüsselt (TLS)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="326" />
      <source>Enroll a person</source>
      <translation>Person erfassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="281" />
      <source>Enroll anyway (a different person who looks alike)</source>
      <translation>Trotzdem erfassen (eine andere, ähnlich aussehende Person)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="128" />
      <source>Enroll new person...</source>
      <translation>Neue Person erfassen...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="37" />
      <source>Enrolling someone</source>
      <translation>Jemanden erfassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/pinpad.py" line="33" />
      <source>Enter the admin PIN</source>
      <translation>Admin-PIN eingeben</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="36" />
      <source>Event</source>
      <translation>Ereignis</translation>
    </message>
    <message>
      <location filename="faceapp/core/live.py" line="245" />
      <source>Event log not written ({why}) - recognition goes on</source>
      <translation>Ereignisprotokoll nicht geschrieben ({why}) – die Erkennung läuft weiter</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="97" />
      <source>Events</source>
      <translation>Ereignisse</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="325" />
      <source>Events and kiosk</source>
      <translation>Ereignisse und Kiosk</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="124" />
      <source>Exit kiosk</source>
      <translation>Kiosk beenden</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="167" />
      <source>Export CSV</source>
      <translation>CSV exportieren</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="63" />
      <source>Export CSV...</source>
      <translation>CSV exportieren...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="168" />
      <source>Export JSON</source>
      <translation>JSON exportieren</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="229" />
      <source>Export events</source>
      <translation>Ereignisse exportieren</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="238" />
      <source>Export failed: {why}</source>
      <translation>Export fehlgeschlagen: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="105" />
      <source>External id</source>
      <translation>Externe ID</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="45" />
      <source>Faces</source>
      <translation>Gesichter</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="54" />
      <source>Faces marked as not {name}</source>
      <translation>Als nicht {name} markierte Gesichter</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="44" />
      <source>Faces per second</source>
      <translation>Gesichter pro Sekunde</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="44" />
      <source>Faces recognised per second in batches of 32</source>
      <translation>Erkannte Gesichter pro Sekunde in Stapeln zu 32</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="17" />
      <source>Faces taken again</source>
      <translation>Gesichter neu aufgenommen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="139" />
      <source>Far (up to 5 m)</source>
      <translation>Weit (bis 5 m)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="197" />
      <source>Fire this output once now (a real door opens)</source>
      <translation>Diesen Ausgang jetzt einmal auslösen (eine echte Tür öffnet sich)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="232" />
      <source>Folder of the pairs' photos</source>
      <translation>Ordner mit den Fotos der Paare</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="299" />
      <source>Frames considered</source>
      <translation>Berücksichtigte Bilder</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="300" />
      <source>Frames that must agree</source>
      <translation>Bilder, die übereinstimmen müssen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="94" />
      <source>Full name</source>
      <translation>Vollständiger Name</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="70" />
      <source>Gallery needs updating - ask the administrator</source>
      <translation>Galerie muss aktualisiert werden – bitte an die Verwaltung wenden</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="114" />
      <source>Gallery restored from {name}; the previous one is saved as {safety}</source>
      <translation>Galerie aus {name} wiederhergestellt; die vorherige ist als {safety} gesichert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="22" />
      <source>Gallery updated for the model</source>
      <translation>Galerie für das Modell aktualisiert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="198" />
      <source>Gallery {db}; cosine threshold {th:.3f} ({how})</source>
      <translation>Galerie {db}; Kosinus-Schwelle {th:.3f} ({how})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="45" />
      <source>Green</source>
      <translation>Grün</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="43" />
      <source>HTTP webhook</source>
      <translation>HTTP-Webhook</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="104" />
      <source>Help</source>
      <translation>Hilfe</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="218" />
      <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
      <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="158" />
      <source>Import photos...</source>
      <translation>Fotos importieren...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="228" />
      <source>Keep a small face snapshot with each access event (encrypted)</source>
      <translation>Kleinen Gesichtsschnappschuss je Zutritt speichern (verschlüsselt)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="328" />
      <source>Keep events for</source>
      <translation>Ereignisse aufbewahren für</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="70" />
      <source>Keeping it safe</source>
      <translation>Sicher aufbewahren</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="20" />
      <source>Kept out (disabled)</source>
      <translation>Ausgesperrt (gesperrt)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="37" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="316" />
      <source>Kiosk name in topics</source>
      <translation>Kioskname in den Topics</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="331" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="579" />
      <source>Less secure</source>
      <translation>Weniger sicher</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="61" />
      <source>Let this face be matched with {name} again</source>
      <translation>Dieses Gesicht wieder mit {name} abgleichen lassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="40" />
      <source>Liveness</source>
      <translation>Lebenderkennung</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="308" />
      <source>MQTT and Home Assistant</source>
      <translation>MQTT und Home Assistant</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="162" />
      <source>MQTT test failed: broker {at} not reachable ({why})</source>
      <translation>MQTT-Test fehlgeschlagen: Broker {at} nicht erreichbar ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="172" />
      <source>MQTT test failed: no answer from {at} within {s:.0f} s</source>
      <translation>MQTT-Test fehlgeschlagen: keine Antwort von {at} innerhalb von {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="176" />
      <source>MQTT test failed: {at} refused the connection ({why})</source>
      <translation>MQTT-Test fehlgeschlagen: {at} hat die Verbindung abgelehnt ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="181" />
      <source>MQTT works: connected to {at}</source>
      <translation>MQTT funktioniert: verbunden mit {at}</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="180" />
      <source>MQTT works: connected to {at} with TLS</source>
      <translation>MQTT funktioniert: verbunden mit {at} über TLS</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="173" />
      <source>Manual threshold</source>
      <translation>Manuelle Schwelle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="37" />
      <source>Mark removed</source>
      <translation>Markierung entfernt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="74" />
      <source>Marked {when}</source>
      <translation>Markiert am {when}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="36" />
      <source>Marked: not this person</source>
      <translation>Markiert: nicht diese Person</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="222" />
      <source>Marked: this face is no longer let in as {name}</source>
      <translation>Markiert: dieses Gesicht wird nicht mehr als {name} eingelassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="289" />
      <source>Measured {date} on {cpu} ({n} cores)</source>
      <translation>Gemessen am {date} auf {cpu} ({n} Kerne)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="40" />
      <source>Memory (MB)</source>
      <translation>Speicher (MB)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="36" />
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="584" />
      <source>More strangers could get in. Save anyway?</source>
      <translation>Mehr Fremde könnten hereinkommen. Trotzdem speichern?</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="40" />
      <source>Most memory a process used to load and run the model</source>
      <translation>Größter Speicherbedarf eines Prozesses, der das Modell lädt und ausführt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="104" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="138" />
      <source>Near (&lt; 2 m)</source>
      <translation>Nah (&lt; 2 m)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="242" />
      <source>New PIN</source>
      <translation>Neue PIN</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="108" />
      <source>No admin PIN is set: anyone at the kiosk can open this. Set one under Settings.</source>
      <translation>Keine Admin-PIN festgelegt: jeder am Kiosk kann dies öffnen. Unter Einstellungen eine festlegen.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="152" />
      <source>No camera: import photos</source>
      <translation>Keine Kamera: Fotos importieren</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="156" />
      <source>Not recognised</source>
      <translation>Nicht erkannt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="154" />
      <source>Not recognised (live face required)</source>
      <translation>Nicht erkannt (lebendes Gesicht nötig)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="585" />
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="590" />
      <source>Not saved: {why}</source>
      <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="69" />
      <source>Not this person...</source>
      <translation>Nicht diese Person...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="108" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="37" />
      <source>Number format: full precision (32-bit float) or compact (8-bit integers)</source>
      <translation>Zahlenformat: volle Genauigkeit (32-Bit-Gleitkomma) oder kompakt (8-Bit-Ganzzahlen)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="33" />
      <source>Old events deleted</source>
      <translation>Alte Ereignisse gelöscht</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="265" />
      <source>Output</source>
      <translation>Ausgang</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="227" />
      <source>Pairs (*.txt)</source>
      <translation>Paare (*.txt)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="227" />
      <source>Pairs file</source>
      <translation>Paardatei</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="169" />
      <source>Pairs file...</source>
      <translation>Paardatei...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="45" />
      <source>Pairs of photos told apart correctly (needs a pairs file)</source>
      <translation>Richtig unterschiedene Fotopaare (braucht eine Paardatei)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="237" />
      <source>Pairs: {name}</source>
      <translation>Paare: {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="314" />
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="96" />
      <source>People</source>
      <translation>Personen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="38" />
      <source>People → Enroll new person. Type the name, then either let the camera take five pictures while the person follows the prompts, or add two or three sharp, well-lit photos with one face each. If the face already matches someone, you are warned before anything is saved.</source>
      <translation>Personen → Neue Person erfassen. Den Namen eingeben, dann entweder die Kamera fünf Bilder aufnehmen lassen, während die Person den Hinweisen folgt, oder zwei bis drei scharfe, gut beleuchtete Fotos mit je einem Gesicht hinzufügen. Passt das Gesicht schon zu jemandem, erscheint vor dem Speichern eine Warnung.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="38" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="21" />
      <source>Person deleted</source>
      <translation>Person gelöscht</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="16" />
      <source>Person enrolled</source>
      <translation>Person erfasst</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="15" />
      <source>Photo or screen refused</source>
      <translation>Foto oder Bildschirm abgewiesen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="218" />
      <source>Photos of this person</source>
      <translation>Fotos dieser Person</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="234" />
      <source>Play a tone on decisions</source>
      <translation>Bei Entscheidungen einen Ton abspielen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/ask.py" line="14" />
      <source>Please confirm</source>
      <translation>Bitte bestätigen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="114" />
      <source>Please look at the camera</source>
      <translation>Bitte in die Kamera schauen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="312" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="153" />
      <source>Press Start capture</source>
      <translation>Auf „Aufnahme starten“ drücken</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="208" />
      <source>Publish decisions to an MQTT broker</source>
      <translation>Entscheidungen an einen MQTT-Broker senden</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="266" />
      <source>Pulse</source>
      <translation>Impuls</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="327" />
      <source>Re-embedding the gallery for the new model...</source>
      <translation>Galerie wird für das neue Modell neu berechnet...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="326" />
      <source>Re-enroll {name}</source>
      <translation>{name} neu erfassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="131" />
      <source>Re-enroll...</source>
      <translation>Neu erfassen...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="291" />
      <source>Recognition</source>
      <translation>Erkennung</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="60" />
      <source>Recommended: at most 1 stranger in 1,000 let in</source>
      <translation>Empfohlen: höchstens 1 Fremder von 1.000 wird eingelassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="47" />
      <source>Red</source>
      <translation>Rot</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="62" />
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="60" />
      <source>Remove mark</source>
      <translation>Markierung entfernen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="159" />
      <source>Remove selected</source>
      <translation>Auswahl entfernen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="243" />
      <source>Repeat</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="102" />
      <source>Replace the gallery by the backup {name}? People enrolled and events logged since then are removed (the current gallery is saved first).</source>
      <translation>Die Galerie durch die Sicherung {name} ersetzen? Seitdem erfasste Personen und protokollierte Ereignisse gehen verloren (die aktuelle Galerie wird vorher gesichert).</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="188" />
      <source>Require a blink or a small head movement (stops printed photos and screens)</source>
      <translation>Blinzeln oder Kopfbewegung verlangen (gegen Fotos und Bildschirme)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="284" />
      <source>Resolution</source>
      <translation>Auflösung</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="41" />
      <source>Restore selected...</source>
      <translation>Auswahl wiederherstellen...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="77" />
      <source>Run a benchmark to see charts</source>
      <translation>Einen Leistungstest starten, um Diagramme zu sehen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="164" />
      <source>Run benchmark</source>
      <translation>Leistungstest starten</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="118" />
      <source>Running now from {now} (given at start); saved setting: {saved}</source>
      <translation>Läuft jetzt mit {now} (beim Start angegeben); gespeicherte Einstellung: {saved}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="123" />
      <source>Running now: {now} (given at start, not saved)</source>
      <translation>Läuft jetzt: {now} (beim Start angegeben, nicht gespeichert)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="196" />
      <source>Runs per model:</source>
      <translation>Durchläufe pro Modell:</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="301" />
      <source>Same person again after</source>
      <translation>Dieselbe Person erneut nach</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="250" />
      <source>Save and apply</source>
      <translation>Speichern und anwenden</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="181" />
      <source>Saved to {where}</source>
      <translation>Gespeichert in {where}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="240" />
      <source>Saved {name}</source>
      <translation>{name} gespeichert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="39" />
      <source>Score</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="126" />
      <source>Search name or external id</source>
      <translation>Name oder externe ID suchen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="292" />
      <source>Security level</source>
      <translation>Sicherheitsstufe</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="270" />
      <source>Serial port</source>
      <translation>Serielle Schnittstelle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="44" />
      <source>Serial relay</source>
      <translation>Serielles Relais</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="71" />
      <source>Set an admin PIN (Settings). Faces are encrypted on this machine and never sent anywhere unless you set a door output. Back up regularly (Backups); deleting a person deletes all their pictures.</source>
      <translation>Eine Admin-PIN festlegen (Einstellungen). Gesichter werden auf diesem Gerät verschlüsselt und nirgendwohin gesendet, außer Sie richten einen Türausgang ein. Regelmäßig sichern (Sicherungen); das Löschen einer Person löscht alle ihre Bilder.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="98" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="23" />
      <source>Settings changed</source>
      <translation>Einstellungen geändert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="81" />
      <source>Settings file not used ({why}): running on safe defaults until saved</source>
      <translation>Einstellungsdatei nicht verwendet ({why}): sichere Voreinstellungen bis zum Speichern</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="45" />
      <source>Shell command</source>
      <translation>Shell-Befehl</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="59" />
      <source>Since</source>
      <translation>Seit</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="38" />
      <source>Size (MB)</source>
      <translation>Größe (MB)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="38" />
      <source>Size of the model file</source>
      <translation>Größe der Modelldatei</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="42" />
      <source>Slow case (ms)</source>
      <translation>Langsamer Fall (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="41" />
      <source>Snapshot</source>
      <translation>Schnappschuss</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="327" />
      <source>Snapshots</source>
      <translation>Schnappschüsse</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="329" />
      <source>Sounds</source>
      <translation>Töne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="281" />
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="125" />
      <source>Source ended</source>
      <translation>Quelle beendet</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="46" />
      <source>Speed vs current</source>
      <translation>Tempo ggü. aktuellem</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="144" />
      <source>Stand about an arm's length from the camera and follow the instructions, or import photos with one face each.</source>
      <translation>Etwa eine Armlänge vor der Kamera stehen und den Hinweisen folgen, oder Fotos mit je einem Gesicht importieren.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="157" />
      <source>Start capture</source>
      <translation>Aufnahme starten</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="39" />
      <source>Start-up (ms)</source>
      <translation>Start (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="44" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="125" />
      <source>Step 1 of 3: who is being enrolled?</source>
      <translation>Schritt 1 von 3: Wer wird erfasst?</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="142" />
      <source>Step 2 of 3: faces</source>
      <translation>Schritt 2 von 3: Gesichter</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="273" />
      <source>Step 3 of 3: check and save</source>
      <translation>Schritt 3 von 3: prüfen und speichern</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="185" />
      <source>Stop capture</source>
      <translation>Aufnahme stoppen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="61" />
      <source>Strict: at most 1 stranger in 10,000 let in</source>
      <translation>Streng: höchstens 1 Fremder von 10.000 wird eingelassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="9" />
      <source>System</source>
      <translation>System</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="238" />
      <source>System language</source>
      <translation>Systemsprache</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="109" />
      <source>Test camera</source>
      <translation>Kamera testen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="222" />
      <source>Test connection</source>
      <translation>Verbindung testen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="196" />
      <source>Test door</source>
      <translation>Tür testen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="71" />
      <source>The door took this face for someone it was not: keep that face out as them</source>
      <translation>Die Tür hielt dieses Gesicht für jemand anderen: dieses Gesicht nicht mehr als diese Person einlassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="36" />
      <source>The model's name</source>
      <translation>Name des Modells</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="126" />
      <source>The name is shown on the kiosk when the door opens.</source>
      <translation>Der Name wird am Kiosk angezeigt, wenn sich die Tür öffnet.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="557" />
      <source>The threshold drops from {a:.3f} to {b:.3f}.</source>
      <translation>Die Schwelle sinkt von {a:.3f} auf {b:.3f}.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="601" />
      <source>The two PINs differ</source>
      <translation>Die beiden PINs unterscheiden sich</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="274" />
      <source>These aligned faces will be stored (encrypted) for this person.</source>
      <translation>Diese ausgerichteten Gesichter werden (verschlüsselt) für diese Person gespeichert.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="294" />
      <source>These faces will be stored (encrypted) for {name}.</source>
      <translation>Diese Gesichter werden (verschlüsselt) für {name} gespeichert.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="360" />
      <source>This face already matches {who}. Tick the box to enroll anyway.</source>
      <translation>Dieses Gesicht passt bereits zu {who}. Kästchen ankreuzen, um trotzdem zu erfassen.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="307" />
      <source>This face already matches: {who}</source>
      <translation>Dieses Gesicht passt bereits zu: {who}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="512" />
      <source>This is the camera the kiosk is using now</source>
      <translation>Das ist die Kamera, die der Kiosk gerade nutzt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="35" />
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="41" />
      <source>Time per face (ms)</source>
      <translation>Zeit pro Gesicht (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="46" />
      <source>Time per face relative to the running model: below 1 is faster</source>
      <translation>Zeit pro Gesicht im Verhältnis zum laufenden Modell: unter 1 ist schneller</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="88" />
      <source>Time per face, ms ({key}): typical, slow and worst case</source>
      <translation>Zeit pro Gesicht, ms ({key}): typisch, langsam und schlechtester Fall</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="39" />
      <source>Time to load the model</source>
      <translation>Zeit zum Laden des Modells</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="41" />
      <source>Typical time to recognise one face (median)</source>
      <translation>Typische Zeit, um ein Gesicht zu erkennen (Median)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="114" />
      <source>Update gallery now</source>
      <translation>Galerie jetzt aktualisieren</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="166" />
      <source>Use this model</source>
      <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="313" />
      <source>User name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="36" />
      <source>Using the kiosk</source>
      <translation>Den Kiosk benutzen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="97" />
      <source>Valid from</source>
      <translation>Gültig ab</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="99" />
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="62" />
      <source>Very strict: at most 1 stranger in 100,000 let in</source>
      <translation>Sehr streng: höchstens 1 Fremder von 100.000 wird eingelassen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="211" />
      <source>Was this not {name}? This face will be refused as {name} from now on; {name} still gets in. The mark can be removed on {name}'s page.</source>
      <translation>War das nicht {name}? Dieses Gesicht wird ab jetzt nicht mehr als {name} eingelassen; {name} kommt weiterhin herein. Die Markierung lässt sich auf der Seite von {name} entfernen.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="267" />
      <source>Webhook URL</source>
      <translation>Webhook-URL</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="268" />
      <source>Webhook secret</source>
      <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="149" />
      <source>Welcome, {name}</source>
      <translation>Willkommen, {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="44" />
      <source>What the colours on the door screen mean</source>
      <translation>Was die Farben am Türbildschirm bedeuten</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="59" />
      <source>When the camera is offline</source>
      <translation>Wenn die Kamera offline ist</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="65" />
      <source>When the gallery needs updating</source>
      <translation>Wenn die Galerie aktualisiert werden muss</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="413" />
      <source>With 1 face template enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Bei 1 erfassten Gesichtsvorlage braucht das einen Wert von {th:.3f}; er steigt mit jeder erfassten Person, damit die Rate gleich bleibt.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="401" />
      <source>With 1 person enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Bei 1 erfassten Person braucht das einen Wert von {th:.3f}; er steigt mit jeder erfassten Person, damit die Rate gleich bleibt.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="418" />
      <source>With {n} face templates enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Bei {n} erfassten Gesichtsvorlagen braucht das einen Wert von {th:.3f}; er steigt mit jeder erfassten Person, damit die Rate gleich bleibt.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="406" />
      <source>With {n} people enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Bei {n} erfassten Personen braucht das einen Wert von {th:.3f}; er steigt mit jeder erfassten Person, damit die Rate gleich bleibt.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="43" />
      <source>Worst case (ms)</source>
      <translation>Schlechtester Fall (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="263" />
      <source>Wrong PIN</source>
      <translation>Falsche PIN</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="261" />
      <source>Wrong PIN - locked for {s:.0f} s</source>
      <translation>Falsche PIN – gesperrt für {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="25" />
      <source>Wrong admin PIN</source>
      <translation>Falsche Admin-PIN</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="53" />
      <source>a face is seen but not usable yet (too far, turned, blurred), or the kiosk needs the administrator (e.g. the gallery needs updating).</source>
      <translation>ein Gesicht ist zu sehen, aber noch nicht brauchbar (zu weit weg, abgewandt, unscharf), oder der Kiosk braucht die Verwaltung (z. B. muss die Galerie aktualisiert werden).</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="77" />
      <source>a person needs a name</source>
      <translation>eine Person braucht einen Namen</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="36" />
      <source>a stored face crop is damaged</source>
      <translation>ein gespeichertes Gesichtsbild ist beschädigt</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="74" />
      <source>a stored template failed its integrity check (damaged data or wrong key)</source>
      <translation>ein gespeichertes Gesichtsmerkmal hat die Integritätsprüfung nicht bestanden (beschädigte Daten oder falscher Schlüssel)</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="68" />
      <source>a stored template is not encrypted as expected</source>
      <translation>ein gespeichertes Gesichtsmerkmal ist nicht wie erwartet verschlüsselt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="284" />
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="56" />
      <source>all decisions</source>
      <translation>alle Entscheidungen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="182" />
      <source>applied</source>
      <translation>angewendet</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="66" />
      <source>at most 1 stranger in {n} let in</source>
      <translation>höchstens 1 Fremder von {n} wird eingelassen</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="45" />
      <source>backup failed ({why})</source>
      <translation>Sicherung fehlgeschlagen ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="49" />
      <source>backup failed ({why}); the gallery is unchanged</source>
      <translation>Sicherung fehlgeschlagen ({why}); die Galerie ist unverändert</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="74" />
      <source>backup failed its integrity check ({why})</source>
      <translation>die Sicherung hat die Integritätsprüfung nicht bestanden ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="262" />
      <source>camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/database.py" line="59" />
      <source>cannot create its folder ({why})</source>
      <translation>ihr Ordner lässt sich nicht anlegen ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="91" />
      <source>cannot open camera (unplugged, wrong index or no access)</source>
      <translation>Kamera lässt sich nicht öffnen (nicht angeschlossen, falsche Nummer oder kein Zugriff)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="34" />
      <source>cannot open the gallery file (missing folder or no permission)</source>
      <translation>die Galerie-Datei lässt sich nicht öffnen (Ordner fehlt oder keine Berechtigung)</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="93" />
      <source>cannot open video or stream (wrong URL or path, or no access)</source>
      <translation>Video oder Stream lässt sich nicht öffnen (falsche URL oder falscher Pfad, oder kein Zugriff)</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="108" />
      <source>cannot read ({why})</source>
      <translation>nicht lesbar ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/config.py" line="147" />
      <source>cannot read config ({why})</source>
      <translation>Einstellungsdatei nicht lesbar ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="133" />
      <source>captured {n} of {t}</source>
      <translation>{n} von {t} aufgenommen</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="136" />
      <source>captured {n} of {t} - {next}</source>
      <translation>{n} von {t} aufgenommen - {next}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="164" />
      <source>close to {name}</source>
      <translation>ähnlich wie {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="310" />
      <source>compact (8-bit)</source>
      <translation>kompakt (8 Bit)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="36" />
      <source>database error: {why}</source>
      <translation>Datenbankfehler: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/app/frameloop.py" line="98" />
      <source>delivered no frame</source>
      <translation>hat kein Bild geliefert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="281" />
      <source>disabled</source>
      <translation>gesperrt</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="31" />
      <source>disk full: the change was not saved</source>
      <translation>Datenträger voll: die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="139" />
      <source>door command failed with exit code {code}</source>
      <translation>Türbefehl fehlgeschlagen mit Exit-Code {code}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="135" />
      <source>door command failed with exit code {code} {last}</source>
      <translation>Türbefehl fehlgeschlagen mit Exit-Code {code} {last}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="110" />
      <source>door command is empty</source>
      <translation>Türbefehl ist leer</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="127" />
      <source>door command not found</source>
      <translation>Türbefehl nicht gefunden</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="130" />
      <source>door command took longer than {s} s</source>
      <translation>Türbefehl dauerte länger als {s} s</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="56" />
      <source>empty file</source>
      <translation>leere Datei</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="246" />
      <source>ended</source>
      <translation>beendet</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="122" />
      <source>enough captures</source>
      <translation>genug Aufnahmen</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="73" />
      <source>expected one NCHW image input</source>
      <translation>erwartet wird ein NCHW-Bildeingang</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="61" />
      <source>face does not match anyone enrolled</source>
      <translation>Gesicht passt zu niemandem, der erfasst ist</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="46" />
      <source>face not clear: look at the camera</source>
      <translation>Gesicht nicht deutlich: bitte in die Kamera schauen</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="120" />
      <source>face not embedded</source>
      <translation>Gesicht nicht ausgewertet</translation>
    </message>
    <message>
      <location filename="faceapp/core/pipeline.py" line="162" />
      <source>face rejected: {why}</source>
      <translation>Gesicht abgelehnt: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="47" />
      <source>face too small: come closer</source>
      <translation>Gesicht zu klein: bitte näher kommen</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="52" />
      <source>file does not match its model card's sha256 (truncated, damaged or swapped)</source>
      <translation>die Datei passt nicht zur sha256 ihrer Modellkarte (abgeschnitten, beschädigt oder vertauscht)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="310" />
      <source>full precision</source>
      <translation>volle Genauigkeit</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="25" />
      <source>gallery is locked by another program (try again)</source>
      <translation>die Galerie ist von einem anderen Programm gesperrt (erneut versuchen)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="27" />
      <source>gallery is read-only (check the file's permissions)</source>
      <translation>die Galerie ist schreibgeschützt (Dateirechte prüfen)</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="36" />
      <source>gallery key file is damaged</source>
      <translation>die Schlüsseldatei der Galerie ist beschädigt</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="29" />
      <source>gallery not found</source>
      <translation>Galerie nicht gefunden</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/database.py" line="109" />
      <source>gallery opened read-only</source>
      <translation>Galerie nur zum Lesen geöffnet</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="51" />
      <source>head tilted sideways</source>
      <translation>Kopf zur Seite geneigt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="50" />
      <source>head tilted up or down: look at the camera</source>
      <translation>Kopf nach oben oder unten geneigt: bitte in die Kamera schauen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="49" />
      <source>head turned: look at the camera</source>
      <translation>Kopf gedreht: bitte in die Kamera schauen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="48" />
      <source>image blurred: hold still</source>
      <translation>Bild unscharf: bitte stillhalten</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="94" />
      <source>image too large ({w}x{h})</source>
      <translation>Bild zu groß ({w}x{h})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="60" />
      <source>image too large ({w}x{h}; at most {mp} MP)</source>
      <translation>Bild zu groß ({w}x{h}; höchstens {mp} MP)</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="90" />
      <source>image too small ({w}x{h}; at least {side} px a side)</source>
      <translation>Bild zu klein ({w}x{h}; mindestens {side} px je Seite)</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="109" />
      <source>invalid model card ({why})</source>
      <translation>ungültige Modellkarte ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="106" />
      <source>is a folder, not an image</source>
      <translation>ist ein Ordner, kein Bild</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="233" />
      <source>keep for ever</source>
      <translation>für immer behalten</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="34" />
      <source>look straight at the camera</source>
      <translation>schauen Sie gerade in die Kamera</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="38" />
      <source>lower your chin slightly</source>
      <translation>senken Sie das Kinn etwas</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="65" />
      <source>manual security setting (score {th:.3f} or more)</source>
      <translation>manuelle Sicherheitseinstellung (Wert {th:.3f} oder mehr)</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="96" />
      <source>model card is not a JSON object</source>
      <translation>die Modellkarte ist kein JSON-Objekt</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="99" />
      <source>model card lacks {keys}</source>
      <translation>der Modellkarte fehlt {keys}</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="118" />
      <source>model card not found</source>
      <translation>Modellkarte nicht gefunden</translation>
    </message>
    <message>
      <location filename="faceapp/core/threshold.py" line="82" />
      <source>model card {name} has no measured thresholds; set one explicitly</source>
      <translation>Modellkarte {name} hat keine gemessenen Schwellen; bitte eine Schwelle selbst festlegen</translation>
    </message>
    <message>
      <location filename="faceapp/core/threshold.py" line="78" />
      <source>model card {name}: a threshold key is not a number</source>
      <translation>Modellkarte {name}: ein Schwellen-Schlüssel ist keine Zahl</translation>
    </message>
    <message>
      <location filename="faceapp/app/models.py" line="36" />
      <source>model file not found</source>
      <translation>Modelldatei nicht gefunden</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="103" />
      <source>model gives {n}-d embeddings, card says {size}</source>
      <translation>das Modell liefert {n}-dimensionale Merkmale, die Modellkarte sagt {size}</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="88" />
      <source>model input is {shape}, card says {size}</source>
      <translation>der Modelleingang ist {shape}, die Modellkarte sagt {size}</translation>
    </message>
    <message>
      <location filename="faceapp/core/pipeline.py" line="151" />
      <source>no face found</source>
      <translation>kein Gesicht gefunden</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="113" />
      <source>no face in view</source>
      <translation>kein Gesicht im Bild</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="177" />
      <source>no face was kept with this event, so it cannot be marked</source>
      <translation>zu diesem Ereignis wurde kein Gesicht gespeichert, es lässt sich daher nicht markieren</translation>
    </message>
    <message>
      <location filename="faceapp/app/frameloop.py" line="106" />
      <source>no frame within {s:.0f} s</source>
      <translation>kein Bild innerhalb von {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="54" />
      <source>no images found</source>
      <translation>keine Bilder gefunden</translation>
    </message>
    <message>
      <location filename="faceapp/app/models.py" line="43" />
      <source>no installed model named {spec} (installed: {names})</source>
      <translation>kein installiertes Modell namens {spec} (installiert: {names})</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="146" />
      <source>no person {key!r}</source>
      <translation>keine Person {key!r}</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="127" />
      <source>no photos</source>
      <translation>keine Fotos</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="62" />
      <source>no sign of life (blink or head movement): photo or screen?</source>
      <translation>kein Lebenszeichen (Blinzeln oder Kopfbewegung): Foto oder Bildschirm?</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="104" />
      <source>no such file</source>
      <translation>Datei nicht gefunden</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="140" />
      <source>no such file or folder</source>
      <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="165" />
      <source>no usable face</source>
      <translation>kein brauchbares Gesicht</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="125" />
      <source>no usable face in the photos ({why})</source>
      <translation>kein brauchbares Gesicht auf den Fotos ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="79" />
      <source>no usable face to enroll</source>
      <translation>kein brauchbares Gesicht zum Aufnehmen</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="166" />
      <source>no usable face: {why}</source>
      <translation>kein brauchbares Gesicht: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/database.py" line="78" />
      <source>not a gallery (no people table)</source>
      <translation>keine Galerie (keine Personentabelle)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="29" />
      <source>not a gallery database or damaged ({why})</source>
      <translation>keine Galerie-Datenbank oder beschädigt ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="69" />
      <source>not a loadable ONNX model ({why})</source>
      <translation>kein ladbares ONNX-Modell ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="72" />
      <source>not a usable backup ({why})</source>
      <translation>keine brauchbare Sicherung ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="80" />
      <source>not an 8-bit image array</source>
      <translation>kein 8-Bit-Bild</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="73" />
      <source>not an image, or a corrupt one (cannot decode)</source>
      <translation>kein Bild oder ein beschädigtes (nicht lesbar)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="48" />
      <source>not recognised, or recognised but not allowed (disabled or outside the dates set); the reason is shown and logged.</source>
      <translation>nicht erkannt, oder erkannt, aber nicht zugelassen (gesperrt oder außerhalb der festgelegten Daten); der Grund wird angezeigt und protokolliert.</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="116" />
      <source>one person at a time, please</source>
      <translation>bitte nur eine Person auf einmal</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="60" />
      <source>outside the person's validity window</source>
      <translation>außerhalb des Gültigkeitszeitraums der Person</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="283" />
      <source>outside validity</source>
      <translation>außerhalb der Gültigkeit</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="59" />
      <source>person is disabled</source>
      <translation>Person ist gesperrt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="246" />
      <source>quality {q:.2f}, turned {yaw:+.0f}°, tilted {pitch:+.0f}°</source>
      <translation>Qualität {q:.2f}, gedreht {yaw:+.0f}°, geneigt {pitch:+.0f}°</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="37" />
      <source>raise your chin slightly</source>
      <translation>heben Sie das Kinn etwas an</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="46" />
      <source>recognised and allowed in: the door opens.</source>
      <translation>erkannt und zugelassen: die Tür öffnet sich.</translation>
    </message>
    <message>
      <location filename="faceapp/app/system.py" line="54" />
      <source>recognition.target_fpir must be a fraction between 0 and 1, not {value}</source>
      <translation>recognition.target_fpir muss ein Bruchteil zwischen 0 und 1 sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="172" />
      <source>relay not reachable ({why})</source>
      <translation>Relais nicht erreichbar ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="292" />
      <source>saved as {name}</source>
      <translation>gespeichert als {name}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="191" />
      <source>serial relay needs a port (e.g. /dev/ttyUSB0)</source>
      <translation>serielles Relais braucht einen Anschluss (z. B. /dev/ttyUSB0)</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="107" />
      <source>setting {name}: {value} is not a valid {type}</source>
      <translation>Einstellung {name}: {value} ist kein gültiger Wert vom Typ {type}</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="115" />
      <source>stopped delivering frames</source>
      <translation>liefert keine Bilder mehr</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="87" />
      <source>the PIN must be 4 to 12 digits</source>
      <translation>die PIN muss 4 bis 12 Ziffern haben</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="58" />
      <source>the camera is offline; the kiosk retries by itself.</source>
      <translation>die Kamera ist offline; der Kiosk versucht es von selbst erneut.</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="84" />
      <source>the file must be a mapping</source>
      <translation>die Datei muss eine Zuordnung (Schlüssel: Wert) sein</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="40" />
      <source>the gallery is encrypted and its key is missing (expected {path}); restore the key file to read it</source>
      <translation>die Galerie ist verschlüsselt und ihr Schlüssel fehlt (erwartet: {path}); die Schlüsseldatei wiederherstellen, um sie zu lesen</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="48" />
      <source>this SQLite file is some other database, not a gallery</source>
      <translation>diese SQLite-Datei ist eine andere Datenbank, keine Galerie</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="166" />
      <source>this event names nobody to correct (only grants and near misses)</source>
      <translation>dieses Ereignis nennt niemanden, der sich korrigieren ließe (nur Einlässe und knappe Ablehnungen)</translation>
    </message>
    <message>
      <location filename="faceapp/core/errors.py" line="107" />
      <source>this face already matches {who}; not enrolled</source>
      <translation>dieses Gesicht passt bereits zu {who}; nicht aufgenommen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="53" />
      <source>too bright</source>
      <translation>zu hell</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="52" />
      <source>too dark</source>
      <translation>zu dunkel</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="69" />
      <source>truncated JPEG (the file ends before the image does)</source>
      <translation>abgeschnittenes JPEG (die Datei endet vor dem Bild)</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="36" />
      <source>turn your head slightly to your left</source>
      <translation>drehen Sie den Kopf etwas nach links</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="35" />
      <source>turn your head slightly to your right</source>
      <translation>drehen Sie den Kopf etwas nach rechts</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="194" />
      <source>unknown door output {kind} (dryrun, webhook, command, serial)</source>
      <translation>unbekannter Türausgang {kind} (dryrun, webhook, command, serial)</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="96" />
      <source>unknown setting {name}</source>
      <translation>unbekannte Einstellung {name}</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="120" />
      <source>unreadable model card ({why})</source>
      <translation>unlesbare Modellkarte ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="86" />
      <source>unsupported channel count {n}</source>
      <translation>nicht unterstützte Kanalzahl {n}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="78" />
      <source>webhook URL must start with http:// or https:// (got {url})</source>
      <translation>Webhook-URL muss mit http:// oder https:// beginnen (erhalten: {url})</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="98" />
      <source>webhook answered HTTP {code}</source>
      <translation>Webhook antwortete mit HTTP {code}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="101" />
      <source>webhook unreachable ({why})</source>
      <translation>Webhook nicht erreichbar ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="253" />
      <source>{name} disabled</source>
      <translation>{name} gesperrt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="253" />
      <source>{name} enabled</source>
      <translation>{name} freigegeben</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="185" />
      <source>{n} events</source>
      <translation>{n} Ereignisse</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="240" />
      <source>{n} events exported</source>
      <translation>{n} Ereignisse exportiert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="184" />
      <source>{n} face template(s) were made with another model or an earlier release of it: those people are not recognised until the gallery is updated for {model}.</source>
      <translation>{n} Gesichtsvorlage(n) stammen von einem anderen Modell oder einer früheren Version davon: diese Personen werden erst erkannt, wenn die Galerie für {model} aktualisiert ist.</translation>
    </message>
    <message>
      <location filename="faceapp/core/pipeline.py" line="159" />
      <source>{n} faces of similar size; use a photo of one person</source>
      <translation>{n} Gesichter ähnlicher Größe; bitte ein Foto mit nur einer Person verwenden</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="178" />
      <source>{n} model(s) installed. Timings are taken on this machine, interleaved between models.</source>
      <translation>{n} Modell(e) installiert. Die Zeiten werden auf diesem Gerät gemessen, abwechselnd zwischen den Modellen.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="252" />
      <source>{n} of {t} faces</source>
      <translation>{n} von {t} Gesichtern</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="250" />
      <source>{n} old events deleted</source>
      <translation>{n} alte Ereignisse gelöscht</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="195" />
      <source>{n} people</source>
      <translation>{n} Personen</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="149" />
      <source>{n} people are called {key!r}; use the id</source>
      <translation>{n} Personen heißen {key!r}; bitte die ID verwenden</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="233" />
      <source>{n} photo(s) added</source>
      <translation>{n} Foto(s) hinzugefügt</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="217" />
      <source>{n} templates updated</source>
      <translation>{n} Vorlagen aktualisiert</translation>
    </message>
    <message>
      <location filename="faceapp/core/errors.py" line="54" />
      <source>{path}: {reason}</source>
      <translation>{path}: {reason}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="191" />
      <source>{people} enrolled - face model {model} - {level}</source>
      <translation>{people} erfasst – Gesichtsmodell {model} – {level}</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="157" />
      <source>{photo}: {why}</source>
      <translation>{photo}: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="250" />
      <source>{problem} - retrying in {s} s</source>
      <translation>{problem} – neuer Versuch in {s} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="439" />
      <source>{th:.3f} in force</source>
      <translation>{th:.3f} in Kraft</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="82" />
      <source>{where} must be a mapping</source>
      <translation>{where} muss eine Zuordnung (Schlüssel: Wert) sein</translation>
    </message>
  </context>
</TS>
