<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>faceapp</name>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="426" />
      <source> Beyond what this model was measured on: set stricter to be safe.</source>
      <translation> Au-delà de ce qui a été mesuré pour ce modèle : choisissez plus strict par prudence.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="65" />
      <source> days</source>
      <translation> jours</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="236" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="66" />
      <source>(choose)</source>
      <translation>(choisir)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="184" />
      <source>(newest {n} shown)</source>
      <translation>({n} plus récents affichés)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="107" />
      <source>0 = first camera, rtsp://..., a video file or folder</source>
      <translation>0 = première caméra, rtsp://..., un fichier vidéo ou un dossier</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="59" />
      <source>1 person</source>
      <translation>1 personne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="42" />
      <source>95 of 100 faces take at most this long (95th percentile)</source>
      <translation>95 visages sur 100 prennent au plus ce temps (95e centile)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="43" />
      <source>99 of 100 faces take at most this long (99th percentile)</source>
      <translation>99 visages sur 100 prennent au plus ce temps (99e centile)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="171" />
      <source>A pairs.txt in LFW's format, with the photos in an images/ folder beside it, for verification accuracy</source>
      <translation>Un pairs.txt au format LFW, avec les photos dans un dossier images/ à côté, pour la précision de vérification</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="9" />
      <source>API</source>
      <translation>API</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="29" />
      <source>API token created</source>
      <translation>Jeton d'API créé</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="30" />
      <source>API token revoked</source>
      <translation>Jeton d'API révoqué</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="152" />
      <source>Access denied</source>
      <translation>Accès refusé</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="12" />
      <source>Access granted</source>
      <translation>Accès autorisé</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="45" />
      <source>Accuracy</source>
      <translation>Précision</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="122" />
      <source>Accuracy against time per face</source>
      <translation>Précision selon le temps par visage</translation>
    </message>
    <message>
      <location filename="faceapp/gui/pinpad.py" line="28" />
      <source>Admin</source>
      <translation>Admin</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="335" />
      <source>Admin PIN</source>
      <translation>Code PIN administrateur</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="610" />
      <source>Admin PIN changed</source>
      <translation>Code PIN administrateur modifié</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="24" />
      <source>Admin PIN set</source>
      <translation>Code PIN administrateur défini</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="27" />
      <source>Admin area closed</source>
      <translation>Administration fermée</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="28" />
      <source>Admin area closed (idle)</source>
      <translation>Administration fermée (inactivité)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="26" />
      <source>Admin area opened</source>
      <translation>Administration ouverte</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="243" />
      <source>Admin locked after too many wrong PINs - try again in {s:.0f} s</source>
      <translation>Administration bloquée après trop de codes PIN erronés – réessayez dans {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="330" />
      <source>Admin session ends after</source>
      <translation>La session d'administration se termine après</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="60" />
      <source>Administration (admin PIN)</source>
      <translation>Administration (code PIN)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="66" />
      <source>After a model change, faces enrolled before must be updated once: press Update gallery now at the top of this window. No one has to enroll again.</source>
      <translation>Après un changement de modèle, les visages enregistrés auparavant doivent être mis à jour une fois : appuyez sur « Mettre à jour la galerie » en haut de cette fenêtre. Personne n'a besoin de se réinscrire.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="219" />
      <source>Allow opening the door from MQTT / Home Assistant</source>
      <translation>Autoriser l'ouverture de la porte depuis MQTT / Home Assistant</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="19" />
      <source>Allowed in again</source>
      <translation>De nouveau autorisé</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="98" />
      <source>Allowed to enter (enabled)</source>
      <translation>Autorisé à entrer (activé)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="52" />
      <source>Amber</source>
      <translation>Orange</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="552" />
      <source>Anyone who can publish to the MQTT broker could open the door.</source>
      <translation>Quiconque peut publier sur le broker MQTT pourrait ouvrir la porte.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="216" />
      <source>Appear in Home Assistant by itself (MQTT discovery)</source>
      <translation>Apparaître tout seul dans Home Assistant (découverte MQTT)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="562" />
      <source>At most 1 stranger in {b} instead of 1 in {a} would be let in.</source>
      <translation>Au plus 1 inconnu sur {b} au lieu de 1 sur {a} serait admis.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="375" />
      <source>At most 1 stranger in {n} let in</source>
      <translation>Au plus 1 inconnu sur {n} admis</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="67" />
      <source>Automatic deletion is set under Settings</source>
      <translation>La suppression automatique se règle dans Paramètres</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="123" />
      <source>Back to kiosk</source>
      <translation>Retour au kiosque</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="40" />
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="89" />
      <source>Backed up to {path}</source>
      <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="31" />
      <source>Backup made</source>
      <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="32" />
      <source>Backup restored</source>
      <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="102" />
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="96" />
      <source>Badge or staff number (optional)</source>
      <translation>Numéro de badge ou de personnel (facultatif)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="271" />
      <source>Baud</source>
      <translation>Bauds</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="99" />
      <source>Benchmark</source>
      <translation>Banc d'essai</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="277" />
      <source>Benchmark stopped: {why}</source>
      <translation>Banc d'essai arrêté : {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="140" />
      <source>Both (slower)</source>
      <translation>Les deux (plus lent)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="311" />
      <source>Broker</source>
      <translation>Broker</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="57" />
      <source>Brown</source>
      <translation>Marron</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="279" />
      <source>Camera</source>
      <translation>Caméra</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="39" />
      <source>Camera back</source>
      <translation>Caméra revenue</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="38" />
      <source>Camera offline</source>
      <translation>Caméra hors ligne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="127" />
      <source>Camera offline - retrying in {s:.0f} s</source>
      <translation>Caméra hors ligne – nouvel essai dans {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="152" />
      <source>Camera preview</source>
      <translation>Aperçu de la caméra</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="518" />
      <source>Camera test failed: {why}</source>
      <translation>Échec du test de la caméra : {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="523" />
      <source>Camera works: {w}x{h}</source>
      <translation>La caméra fonctionne : {w}x{h}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="165" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="244" />
      <source>Change PIN</source>
      <translation>Changer le code PIN</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="60" />
      <source>Check the cable or the network, and that no other program uses the camera. The kiosk reconnects on its own and logs every outage (Events). For another camera, change Settings → Camera → Source.</source>
      <translation>Vérifiez le câble ou le réseau, et qu'aucun autre programme n'utilise la caméra. Le kiosque se reconnecte tout seul et consigne chaque coupure (Événements). Pour une autre caméra, modifiez Paramètres → Caméra → Source.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="131" />
      <source>Choose a pairs file for accuracy</source>
      <translation>Choisir un fichier de paires pour la précision</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="269" />
      <source>Command</source>
      <translation>Commande</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="59" />
      <source>Convenient: at most 1 stranger in 100 let in</source>
      <translation>Pratique : au plus 1 inconnu sur 100 admis</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="50" />
      <source>Copies of the gallery (people, face templates, events), newest first. The newest 7 are kept.</source>
      <translation>Copies de la galerie (personnes, modèles de visage, événements), les plus récentes d'abord. Les 7 plus récentes sont conservées.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="37" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="94" />
      <source>Delete events older than</source>
      <translation>Supprimer les événements de plus de</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="68" />
      <source>Delete now</source>
      <translation>Supprimer maintenant</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="264" />
      <source>Delete {name} with all their face templates, crops and snapshots? This cannot be undone.</source>
      <translation>Supprimer {name} avec tous ses modèles de visage, recadrages et instantanés ? C'est irréversible.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="132" />
      <source>Delete...</source>
      <translation>Supprimer...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="275" />
      <source>Deleted {name}</source>
      <translation>{name} supprimé(e)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="18" />
      <source>Details changed</source>
      <translation>Informations modifiées</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="130" />
      <source>Disable</source>
      <translation>Désactiver</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="285" />
      <source>Distance</source>
      <translation>Distance</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="214" />
      <source>Done - check the faces and press Next</source>
      <translation>Terminé – vérifiez les visages et appuyez sur Suivant</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="9" />
      <source>Door</source>
      <translation>Porte</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="35" />
      <source>Door opened remotely</source>
      <translation>Porte ouverte à distance</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="263" />
      <source>Door output</source>
      <translation>Sortie de porte</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="173" />
      <source>Door output: {name}</source>
      <translation>Sortie de porte : {name}</translation>
    </message>
    <message>
      <location filename="faceapp/app/system.py" line="190" />
      <source>Door test failed: {why}</source>
      <translation>Échec du test de la porte : {why}</translation>
    </message>
    <message>
      <location filename="faceapp/app/system.py" line="188" />
      <source>Door test: {output} fired</source>
      <translation>Test de porte : {output} déclenché</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="34" />
      <source>Door tested</source>
      <translation>Porte testée</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="42" />
      <source>Dry run (log only)</source>
      <translation>À blanc (journal seulement)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="370" />
      <source>EdgeFace kiosk</source>
      <translation>Kiosque EdgeFace</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="77" />
      <source>EdgeFace kiosk - administration</source>
      <translation>Kiosque EdgeFace – administration</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="96" />
      <source>Edit {name}</source>
      <translation>Modifier {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="129" />
      <source>Edit...</source>
      <translation>Modifier...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="202" />
      <source>Enable</source>
      <translation>Activer</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="213" />
      <source>Encrypted (TLS)</source>
      <translation>Chiffré (TLS)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="326" />
      <source>Enroll a person</source>
      <translation>Inscrire une personne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="281" />
      <source>Enroll anyway (a different person who looks alike)</source>
      <translation>Inscrire quand même (une autre personne qui se ressemble)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="128" />
      <source>Enroll new person...</source>
      <translation>Inscrire une nouvelle personne...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="37" />
      <source>Enrolling someone</source>
      <translation>Inscrire quelqu'un</translation>
    </message>
    <message>
      <location filename="faceapp/gui/pinpad.py" line="33" />
      <source>Enter the admin PIN</source>
      <translation>Saisissez le code PIN administrateur</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="36" />
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <location filename="faceapp/core/live.py" line="245" />
      <source>Event log not written ({why}) - recognition goes on</source>
      <translation>journal des événements non écrit ({why}) – la reconnaissance continue</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="97" />
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="325" />
      <source>Events and kiosk</source>
      <translation>Événements et kiosque</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="124" />
      <source>Exit kiosk</source>
      <translation>Quitter le kiosque</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="167" />
      <source>Export CSV</source>
      <translation>Exporter en CSV</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="63" />
      <source>Export CSV...</source>
      <translation>Exporter en CSV...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="168" />
      <source>Export JSON</source>
      <translation>Exporter en JSON</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="229" />
      <source>Export events</source>
      <translation>Exporter les événements</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="238" />
      <source>Export failed: {why}</source>
      <translation>Échec de l'export : {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="105" />
      <source>External id</source>
      <translation>Identifiant externe</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="45" />
      <source>Faces</source>
      <translation>Visages</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="54" />
      <source>Faces marked as not {name}</source>
      <translation>Visages marqués comme n'étant pas {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="44" />
      <source>Faces per second</source>
      <translation>Visages par seconde</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="44" />
      <source>Faces recognised per second in batches of 32</source>
      <translation>Visages reconnus par seconde par lots de 32</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="17" />
      <source>Faces taken again</source>
      <translation>Visages repris</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="139" />
      <source>Far (up to 5 m)</source>
      <translation>Loin (jusqu'à 5 m)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="197" />
      <source>Fire this output once now (a real door opens)</source>
      <translation>Déclencher cette sortie une fois maintenant (une vraie porte s'ouvre)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="232" />
      <source>Folder of the pairs' photos</source>
      <translation>Dossier des photos des paires</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="299" />
      <source>Frames considered</source>
      <translation>Images prises en compte</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="300" />
      <source>Frames that must agree</source>
      <translation>Images qui doivent concorder</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="94" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="70" />
      <source>Gallery needs updating - ask the administrator</source>
      <translation>La galerie doit être mise à jour – demandez à l'administrateur</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="114" />
      <source>Gallery restored from {name}; the previous one is saved as {safety}</source>
      <translation>Galerie restaurée depuis {name} ; la précédente est enregistrée sous {safety}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="22" />
      <source>Gallery updated for the model</source>
      <translation>Galerie mise à jour pour le modèle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="198" />
      <source>Gallery {db}; cosine threshold {th:.3f} ({how})</source>
      <translation>Galerie {db} ; seuil cosinus {th:.3f} ({how})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="45" />
      <source>Green</source>
      <translation>Vert</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="43" />
      <source>HTTP webhook</source>
      <translation>Webhook HTTP</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="104" />
      <source>Help</source>
      <translation>Aide</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="218" />
      <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
      <translation>Images (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="158" />
      <source>Import photos...</source>
      <translation>Importer des photos...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="228" />
      <source>Keep a small face snapshot with each access event (encrypted)</source>
      <translation>Garder un petit instantané du visage avec chaque accès (chiffré)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="328" />
      <source>Keep events for</source>
      <translation>Conserver les événements pendant</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="70" />
      <source>Keeping it safe</source>
      <translation>Garder les données en sécurité</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="20" />
      <source>Kept out (disabled)</source>
      <translation>Refusé (désactivé)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="37" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="316" />
      <source>Kiosk name in topics</source>
      <translation>Nom du kiosque dans les topics</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="331" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="579" />
      <source>Less secure</source>
      <translation>Moins sûr</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="61" />
      <source>Let this face be matched with {name} again</source>
      <translation>Permettre à nouveau d'associer ce visage à {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="40" />
      <source>Liveness</source>
      <translation>Détection du vivant</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="308" />
      <source>MQTT and Home Assistant</source>
      <translation>MQTT et Home Assistant</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="162" />
      <source>MQTT test failed: broker {at} not reachable ({why})</source>
      <translation>Échec du test MQTT : broker {at} injoignable ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="172" />
      <source>MQTT test failed: no answer from {at} within {s:.0f} s</source>
      <translation>Échec du test MQTT : pas de réponse de {at} en {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="176" />
      <source>MQTT test failed: {at} refused the connection ({why})</source>
      <translation>Échec du test MQTT : {at} a refusé la connexion ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="181" />
      <source>MQTT works: connected to {at}</source>
      <translation>MQTT fonctionne : connecté à {at}</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="180" />
      <source>MQTT works: connected to {at} with TLS</source>
      <translation>MQTT fonctionne : connecté à {at} avec TLS</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="173" />
      <source>Manual threshold</source>
      <translation>Seuil manuel</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="37" />
      <source>Mark removed</source>
      <translation>Marque retirée</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="74" />
      <source>Marked {when}</source>
      <translation>Marqué le {when}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="36" />
      <source>Marked: not this person</source>
      <translation>Marqué : pas cette personne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="222" />
      <source>Marked: this face is no longer let in as {name}</source>
      <translation>Marqué : ce visage n'est plus admis comme {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="289" />
      <source>Measured {date} on {cpu} ({n} cores)</source>
      <translation>Mesuré le {date} sur {cpu} ({n} cœurs)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="40" />
      <source>Memory (MB)</source>
      <translation>Mémoire (Mo)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="36" />
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="584" />
      <source>More strangers could get in. Save anyway?</source>
      <translation>Davantage d'inconnus pourraient entrer. Enregistrer quand même ?</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="40" />
      <source>Most memory a process used to load and run the model</source>
      <translation>Mémoire maximale utilisée par un processus pour charger et exécuter le modèle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="104" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="138" />
      <source>Near (&lt; 2 m)</source>
      <translation>Près (&lt; 2 m)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="242" />
      <source>New PIN</source>
      <translation>Nouveau code PIN</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="108" />
      <source>No admin PIN is set: anyone at the kiosk can open this. Set one under Settings.</source>
      <translation>Aucun code PIN administrateur : n'importe qui au kiosque peut ouvrir ceci. Définissez-en un dans Paramètres.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="152" />
      <source>No camera: import photos</source>
      <translation>Pas de caméra : importer des photos</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="156" />
      <source>Not recognised</source>
      <translation>Non reconnu</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="154" />
      <source>Not recognised (live face required)</source>
      <translation>Non reconnu (visage vivant requis)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="585" />
      <source>Not saved</source>
      <translation>Non enregistré</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="590" />
      <source>Not saved: {why}</source>
      <translation>Non enregistré : {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="69" />
      <source>Not this person...</source>
      <translation>Pas cette personne...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="108" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="37" />
      <source>Number format: full precision (32-bit float) or compact (8-bit integers)</source>
      <translation>Format des nombres : pleine précision (flottants 32 bits) ou compact (entiers 8 bits)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="33" />
      <source>Old events deleted</source>
      <translation>Anciens événements supprimés</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="265" />
      <source>Output</source>
      <translation>Sortie</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="227" />
      <source>Pairs (*.txt)</source>
      <translation>Paires (*.txt)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="227" />
      <source>Pairs file</source>
      <translation>Fichier de paires</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="169" />
      <source>Pairs file...</source>
      <translation>Fichier de paires...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="45" />
      <source>Pairs of photos told apart correctly (needs a pairs file)</source>
      <translation>Paires de photos correctement distinguées (nécessite un fichier de paires)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="237" />
      <source>Pairs: {name}</source>
      <translation>Paires : {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="314" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="96" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="38" />
      <source>People → Enroll new person. Type the name, then either let the camera take five pictures while the person follows the prompts, or add two or three sharp, well-lit photos with one face each. If the face already matches someone, you are warned before anything is saved.</source>
      <translation>Personnes → Inscrire une nouvelle personne. Tapez le nom, puis laissez la caméra prendre cinq photos pendant que la personne suit les consignes, ou ajoutez deux ou trois photos nettes et bien éclairées avec un seul visage chacune. Si le visage correspond déjà à quelqu'un, vous êtes averti avant tout enregistrement.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="38" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="21" />
      <source>Person deleted</source>
      <translation>Personne supprimée</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="16" />
      <source>Person enrolled</source>
      <translation>Personne inscrite</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="15" />
      <source>Photo or screen refused</source>
      <translation>Photo ou écran refusé</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="218" />
      <source>Photos of this person</source>
      <translation>Photos de cette personne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="234" />
      <source>Play a tone on decisions</source>
      <translation>Jouer un son à chaque décision</translation>
    </message>
    <message>
      <location filename="faceapp/gui/ask.py" line="14" />
      <source>Please confirm</source>
      <translation>Veuillez confirmer</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="114" />
      <source>Please look at the camera</source>
      <translation>Veuillez regarder la caméra</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="312" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="153" />
      <source>Press Start capture</source>
      <translation>Appuyez sur Démarrer la capture</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="208" />
      <source>Publish decisions to an MQTT broker</source>
      <translation>Publier les décisions sur un broker MQTT</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="266" />
      <source>Pulse</source>
      <translation>Impulsion</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="327" />
      <source>Re-embedding the gallery for the new model...</source>
      <translation>Recalcul de la galerie pour le nouveau modèle...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="326" />
      <source>Re-enroll {name}</source>
      <translation>Réinscrire {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="131" />
      <source>Re-enroll...</source>
      <translation>Réinscrire...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="291" />
      <source>Recognition</source>
      <translation>Reconnaissance</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="60" />
      <source>Recommended: at most 1 stranger in 1,000 let in</source>
      <translation>Recommandé : au plus 1 inconnu sur 1 000 admis</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="47" />
      <source>Red</source>
      <translation>Rouge</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="62" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="60" />
      <source>Remove mark</source>
      <translation>Retirer la marque</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="159" />
      <source>Remove selected</source>
      <translation>Retirer la sélection</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="243" />
      <source>Repeat</source>
      <translation>Répéter</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="102" />
      <source>Replace the gallery by the backup {name}? People enrolled and events logged since then are removed (the current gallery is saved first).</source>
      <translation>Remplacer la galerie par la sauvegarde {name} ? Les personnes inscrites et les événements consignés depuis sont retirés (la galerie actuelle est d'abord enregistrée).</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="188" />
      <source>Require a blink or a small head movement (stops printed photos and screens)</source>
      <translation>Exiger un clignement ou un mouvement de tête (contre photos et écrans)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="284" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="41" />
      <source>Restore selected...</source>
      <translation>Restaurer la sélection...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="77" />
      <source>Run a benchmark to see charts</source>
      <translation>Lancez un banc d'essai pour voir les graphiques</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="164" />
      <source>Run benchmark</source>
      <translation>Lancer le banc d'essai</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="118" />
      <source>Running now from {now} (given at start); saved setting: {saved}</source>
      <translation>Tourne actuellement sur {now} (donné au démarrage) ; réglage enregistré : {saved}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="123" />
      <source>Running now: {now} (given at start, not saved)</source>
      <translation>En cours : {now} (donné au démarrage, non enregistré)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="196" />
      <source>Runs per model:</source>
      <translation>Passages par modèle :</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="301" />
      <source>Same person again after</source>
      <translation>Même personne à nouveau après</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="250" />
      <source>Save and apply</source>
      <translation>Enregistrer et appliquer</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="181" />
      <source>Saved to {where}</source>
      <translation>Enregistré dans {where}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="240" />
      <source>Saved {name}</source>
      <translation>{name} enregistré(e)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="39" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="126" />
      <source>Search name or external id</source>
      <translation>Rechercher un nom ou un identifiant externe</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="292" />
      <source>Security level</source>
      <translation>Niveau de sécurité</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="270" />
      <source>Serial port</source>
      <translation>Port série</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="44" />
      <source>Serial relay</source>
      <translation>Relais série</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="71" />
      <source>Set an admin PIN (Settings). Faces are encrypted on this machine and never sent anywhere unless you set a door output. Back up regularly (Backups); deleting a person deletes all their pictures.</source>
      <translation>Définissez un code PIN administrateur (Paramètres). Les visages sont chiffrés sur cette machine et ne sont envoyés nulle part, sauf si vous configurez une sortie de porte. Sauvegardez régulièrement (Sauvegardes) ; supprimer une personne supprime toutes ses images.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="98" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="23" />
      <source>Settings changed</source>
      <translation>Paramètres modifiés</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="81" />
      <source>Settings file not used ({why}): running on safe defaults until saved</source>
      <translation>Fichier de paramètres non utilisé ({why}) : réglages sûrs par défaut jusqu'à l'enregistrement</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="45" />
      <source>Shell command</source>
      <translation>Commande shell</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="59" />
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="38" />
      <source>Size (MB)</source>
      <translation>Taille (Mo)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="38" />
      <source>Size of the model file</source>
      <translation>Taille du fichier du modèle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="42" />
      <source>Slow case (ms)</source>
      <translation>Cas lent (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="41" />
      <source>Snapshot</source>
      <translation>Instantané</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="327" />
      <source>Snapshots</source>
      <translation>Instantanés</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="329" />
      <source>Sounds</source>
      <translation>Sons</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="281" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="125" />
      <source>Source ended</source>
      <translation>Source terminée</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="46" />
      <source>Speed vs current</source>
      <translation>Vitesse vs actuel</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="144" />
      <source>Stand about an arm's length from the camera and follow the instructions, or import photos with one face each.</source>
      <translation>Tenez-vous à environ une longueur de bras de la caméra et suivez les consignes, ou importez des photos avec un seul visage chacune.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="157" />
      <source>Start capture</source>
      <translation>Démarrer la capture</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="39" />
      <source>Start-up (ms)</source>
      <translation>Démarrage (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="44" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="125" />
      <source>Step 1 of 3: who is being enrolled?</source>
      <translation>Étape 1 sur 3 : qui est inscrit ?</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="142" />
      <source>Step 2 of 3: faces</source>
      <translation>Étape 2 sur 3 : visages</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="273" />
      <source>Step 3 of 3: check and save</source>
      <translation>Étape 3 sur 3 : vérifier et enregistrer</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="185" />
      <source>Stop capture</source>
      <translation>Arrêter la capture</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="61" />
      <source>Strict: at most 1 stranger in 10,000 let in</source>
      <translation>Strict : au plus 1 inconnu sur 10 000 admis</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="9" />
      <source>System</source>
      <translation>Système</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="238" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="109" />
      <source>Test camera</source>
      <translation>Tester la caméra</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="222" />
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="196" />
      <source>Test door</source>
      <translation>Tester la porte</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="71" />
      <source>The door took this face for someone it was not: keep that face out as them</source>
      <translation>La porte a pris ce visage pour quelqu'un d'autre : ne plus l'admettre sous ce nom</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="36" />
      <source>The model's name</source>
      <translation>Nom du modèle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="126" />
      <source>The name is shown on the kiosk when the door opens.</source>
      <translation>Le nom s'affiche sur le kiosque quand la porte s'ouvre.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="557" />
      <source>The threshold drops from {a:.3f} to {b:.3f}.</source>
      <translation>Le seuil baisse de {a:.3f} à {b:.3f}.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="601" />
      <source>The two PINs differ</source>
      <translation>Les deux codes PIN diffèrent</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="274" />
      <source>These aligned faces will be stored (encrypted) for this person.</source>
      <translation>Ces visages alignés seront enregistrés (chiffrés) pour cette personne.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="294" />
      <source>These faces will be stored (encrypted) for {name}.</source>
      <translation>Ces visages seront enregistrés (chiffrés) pour {name}.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="360" />
      <source>This face already matches {who}. Tick the box to enroll anyway.</source>
      <translation>Ce visage correspond déjà à {who}. Cochez la case pour l'inscrire quand même.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="307" />
      <source>This face already matches: {who}</source>
      <translation>Ce visage correspond déjà à : {who}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="512" />
      <source>This is the camera the kiosk is using now</source>
      <translation>C'est la caméra que le kiosque utilise en ce moment</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="35" />
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="41" />
      <source>Time per face (ms)</source>
      <translation>Temps par visage (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="46" />
      <source>Time per face relative to the running model: below 1 is faster</source>
      <translation>Temps par visage par rapport au modèle en service : moins de 1 est plus rapide</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="88" />
      <source>Time per face, ms ({key}): typical, slow and worst case</source>
      <translation>Temps par visage, ms ({key}) : typique, lent et pire cas</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="39" />
      <source>Time to load the model</source>
      <translation>Temps de chargement du modèle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="41" />
      <source>Typical time to recognise one face (median)</source>
      <translation>Temps typique pour reconnaître un visage (médiane)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="114" />
      <source>Update gallery now</source>
      <translation>Mettre à jour la galerie</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="166" />
      <source>Use this model</source>
      <translation>Utiliser ce modèle</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="313" />
      <source>User name</source>
      <translation>Nom d'utilisateur</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="36" />
      <source>Using the kiosk</source>
      <translation>Utiliser le kiosque</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="97" />
      <source>Valid from</source>
      <translation>Valide à partir du</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="99" />
      <source>Valid until</source>
      <translation>Valide jusqu'au</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="62" />
      <source>Very strict: at most 1 stranger in 100,000 let in</source>
      <translation>Très strict : au plus 1 inconnu sur 100 000 admis</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="211" />
      <source>Was this not {name}? This face will be refused as {name} from now on; {name} still gets in. The mark can be removed on {name}'s page.</source>
      <translation>Ce n'était pas {name} ? Ce visage sera désormais refusé comme {name} ; {name} entre toujours. La marque peut être retirée sur la fiche de {name}.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="267" />
      <source>Webhook URL</source>
      <translation>URL du webhook</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="268" />
      <source>Webhook secret</source>
      <translation>Secret du webhook</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="149" />
      <source>Welcome, {name}</source>
      <translation>Bienvenue, {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="44" />
      <source>What the colours on the door screen mean</source>
      <translation>Ce que signifient les couleurs de l'écran de porte</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="59" />
      <source>When the camera is offline</source>
      <translation>Quand la caméra est hors ligne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="65" />
      <source>When the gallery needs updating</source>
      <translation>Quand la galerie doit être mise à jour</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="413" />
      <source>With 1 face template enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Avec 1 modèle de visage inscrit, il faut un score de {th:.3f} ; il augmente à mesure que des personnes sont inscrites, pour que le taux reste le même.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="401" />
      <source>With 1 person enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Avec 1 personne inscrite, il faut un score de {th:.3f} ; il augmente à mesure que des personnes sont inscrites, pour que le taux reste le même.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="418" />
      <source>With {n} face templates enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Avec {n} modèles de visage inscrits, il faut un score de {th:.3f} ; il augmente à mesure que des personnes sont inscrites, pour que le taux reste le même.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="406" />
      <source>With {n} people enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Avec {n} personnes inscrites, il faut un score de {th:.3f} ; il augmente à mesure que des personnes sont inscrites, pour que le taux reste le même.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="43" />
      <source>Worst case (ms)</source>
      <translation>Pire cas (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="263" />
      <source>Wrong PIN</source>
      <translation>Code PIN erroné</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="261" />
      <source>Wrong PIN - locked for {s:.0f} s</source>
      <translation>Code PIN erroné – bloqué pendant {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="25" />
      <source>Wrong admin PIN</source>
      <translation>Code PIN administrateur erroné</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="53" />
      <source>a face is seen but not usable yet (too far, turned, blurred), or the kiosk needs the administrator (e.g. the gallery needs updating).</source>
      <translation>un visage est vu mais pas encore utilisable (trop loin, tourné, flou), ou le kiosque a besoin de l'administrateur (par ex. la galerie doit être mise à jour).</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="77" />
      <source>a person needs a name</source>
      <translation>une personne doit avoir un nom</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="36" />
      <source>a stored face crop is damaged</source>
      <translation>une image de visage enregistrée est endommagée</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="74" />
      <source>a stored template failed its integrity check (damaged data or wrong key)</source>
      <translation>une empreinte enregistrée a échoué au contrôle d'intégrité (données endommagées ou mauvaise clé)</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="68" />
      <source>a stored template is not encrypted as expected</source>
      <translation>une empreinte enregistrée n'est pas chiffrée comme prévu</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="284" />
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="56" />
      <source>all decisions</source>
      <translation>toutes les décisions</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="182" />
      <source>applied</source>
      <translation>appliqué</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="66" />
      <source>at most 1 stranger in {n} let in</source>
      <translation>au plus 1 inconnu sur {n} admis</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="45" />
      <source>backup failed ({why})</source>
      <translation>échec de la sauvegarde ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="49" />
      <source>backup failed ({why}); the gallery is unchanged</source>
      <translation>échec de la sauvegarde ({why}) ; la galerie n'a pas changé</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="74" />
      <source>backup failed its integrity check ({why})</source>
      <translation>la sauvegarde a échoué au contrôle d'intégrité ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="262" />
      <source>camera</source>
      <translation>caméra</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/database.py" line="59" />
      <source>cannot create its folder ({why})</source>
      <translation>impossible de créer son dossier ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="91" />
      <source>cannot open camera (unplugged, wrong index or no access)</source>
      <translation>impossible d'ouvrir la caméra (débranchée, mauvais numéro ou accès refusé)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="34" />
      <source>cannot open the gallery file (missing folder or no permission)</source>
      <translation>impossible d'ouvrir le fichier de la galerie (dossier manquant ou droits insuffisants)</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="93" />
      <source>cannot open video or stream (wrong URL or path, or no access)</source>
      <translation>impossible d'ouvrir la vidéo ou le flux (mauvaise URL ou mauvais chemin, ou accès refusé)</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="108" />
      <source>cannot read ({why})</source>
      <translation>lecture impossible ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/config.py" line="147" />
      <source>cannot read config ({why})</source>
      <translation>fichier de réglages illisible ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="133" />
      <source>captured {n} of {t}</source>
      <translation>{n} sur {t} prises</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="136" />
      <source>captured {n} of {t} - {next}</source>
      <translation>{n} sur {t} prises - {next}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="164" />
      <source>close to {name}</source>
      <translation>proche de {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="310" />
      <source>compact (8-bit)</source>
      <translation>compact (8 bits)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="36" />
      <source>database error: {why}</source>
      <translation>erreur de base de données : {why}</translation>
    </message>
    <message>
      <location filename="faceapp/app/frameloop.py" line="98" />
      <source>delivered no frame</source>
      <translation>n'a fourni aucune image</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="281" />
      <source>disabled</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="31" />
      <source>disk full: the change was not saved</source>
      <translation>disque plein : la modification n'a pas été enregistrée</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="139" />
      <source>door command failed with exit code {code}</source>
      <translation>la commande de porte a échoué avec le code {code}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="135" />
      <source>door command failed with exit code {code} {last}</source>
      <translation>la commande de porte a échoué avec le code {code} {last}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="110" />
      <source>door command is empty</source>
      <translation>la commande de porte est vide</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="127" />
      <source>door command not found</source>
      <translation>commande de porte introuvable</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="130" />
      <source>door command took longer than {s} s</source>
      <translation>la commande de porte a duré plus de {s} s</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="56" />
      <source>empty file</source>
      <translation>fichier vide</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="246" />
      <source>ended</source>
      <translation>terminé</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="122" />
      <source>enough captures</source>
      <translation>assez de prises</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="73" />
      <source>expected one NCHW image input</source>
      <translation>une entrée d'image NCHW était attendue</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="61" />
      <source>face does not match anyone enrolled</source>
      <translation>le visage ne correspond à personne d'inscrit</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="46" />
      <source>face not clear: look at the camera</source>
      <translation>visage pas net : regardez la caméra</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="120" />
      <source>face not embedded</source>
      <translation>visage non analysé</translation>
    </message>
    <message>
      <location filename="faceapp/core/pipeline.py" line="162" />
      <source>face rejected: {why}</source>
      <translation>visage refusé : {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="47" />
      <source>face too small: come closer</source>
      <translation>visage trop petit : approchez-vous</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="52" />
      <source>file does not match its model card's sha256 (truncated, damaged or swapped)</source>
      <translation>le fichier ne correspond pas au sha256 de sa fiche (tronqué, endommagé ou remplacé)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="310" />
      <source>full precision</source>
      <translation>pleine précision</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="25" />
      <source>gallery is locked by another program (try again)</source>
      <translation>la galerie est verrouillée par un autre programme (réessayez)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="27" />
      <source>gallery is read-only (check the file's permissions)</source>
      <translation>la galerie est en lecture seule (vérifiez les droits du fichier)</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="36" />
      <source>gallery key file is damaged</source>
      <translation>le fichier de clé de la galerie est endommagé</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="29" />
      <source>gallery not found</source>
      <translation>galerie introuvable</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/database.py" line="109" />
      <source>gallery opened read-only</source>
      <translation>galerie ouverte en lecture seule</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="51" />
      <source>head tilted sideways</source>
      <translation>tête penchée sur le côté</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="50" />
      <source>head tilted up or down: look at the camera</source>
      <translation>tête penchée vers le haut ou le bas : regardez la caméra</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="49" />
      <source>head turned: look at the camera</source>
      <translation>tête tournée : regardez la caméra</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="48" />
      <source>image blurred: hold still</source>
      <translation>image floue : ne bougez pas</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="94" />
      <source>image too large ({w}x{h})</source>
      <translation>image trop grande ({w}x{h})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="60" />
      <source>image too large ({w}x{h}; at most {mp} MP)</source>
      <translation>image trop grande ({w}x{h} ; au plus {mp} Mpx)</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="90" />
      <source>image too small ({w}x{h}; at least {side} px a side)</source>
      <translation>image trop petite ({w}x{h} ; au moins {side} px de côté)</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="109" />
      <source>invalid model card ({why})</source>
      <translation>fiche du modèle non valide ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="106" />
      <source>is a folder, not an image</source>
      <translation>est un dossier, pas une image</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="233" />
      <source>keep for ever</source>
      <translation>conserver pour toujours</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="34" />
      <source>look straight at the camera</source>
      <translation>regardez droit vers la caméra</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="38" />
      <source>lower your chin slightly</source>
      <translation>baissez légèrement le menton</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="65" />
      <source>manual security setting (score {th:.3f} or more)</source>
      <translation>réglage de sécurité manuel (score de {th:.3f} ou plus)</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="96" />
      <source>model card is not a JSON object</source>
      <translation>la fiche du modèle n'est pas un objet JSON</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="99" />
      <source>model card lacks {keys}</source>
      <translation>il manque {keys} à la fiche du modèle</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="118" />
      <source>model card not found</source>
      <translation>fiche du modèle introuvable</translation>
    </message>
    <message>
      <location filename="faceapp/core/threshold.py" line="82" />
      <source>model card {name} has no measured thresholds; set one explicitly</source>
      <translation>la fiche du modèle {name} n'a pas de seuils mesurés ; fixez-en un vous-même</translation>
    </message>
    <message>
      <location filename="faceapp/core/threshold.py" line="78" />
      <source>model card {name}: a threshold key is not a number</source>
      <translation>fiche du modèle {name} : une clé de seuil n'est pas un nombre</translation>
    </message>
    <message>
      <location filename="faceapp/app/models.py" line="36" />
      <source>model file not found</source>
      <translation>fichier du modèle introuvable</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="103" />
      <source>model gives {n}-d embeddings, card says {size}</source>
      <translation>le modèle donne des empreintes de dimension {n}, la fiche indique {size}</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="88" />
      <source>model input is {shape}, card says {size}</source>
      <translation>l'entrée du modèle est {shape}, la fiche indique {size}</translation>
    </message>
    <message>
      <location filename="faceapp/core/pipeline.py" line="151" />
      <source>no face found</source>
      <translation>aucun visage trouvé</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="113" />
      <source>no face in view</source>
      <translation>aucun visage à l'image</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="177" />
      <source>no face was kept with this event, so it cannot be marked</source>
      <translation>aucun visage n'a été conservé avec cet événement : impossible de le marquer</translation>
    </message>
    <message>
      <location filename="faceapp/app/frameloop.py" line="106" />
      <source>no frame within {s:.0f} s</source>
      <translation>aucune image en {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="54" />
      <source>no images found</source>
      <translation>aucune image trouvée</translation>
    </message>
    <message>
      <location filename="faceapp/app/models.py" line="43" />
      <source>no installed model named {spec} (installed: {names})</source>
      <translation>aucun modèle installé nommé {spec} (installés : {names})</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="146" />
      <source>no person {key!r}</source>
      <translation>aucune personne {key!r}</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="127" />
      <source>no photos</source>
      <translation>aucune photo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="62" />
      <source>no sign of life (blink or head movement): photo or screen?</source>
      <translation>aucun signe de vie (clignement ou mouvement de tête) : photo ou écran ?</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="104" />
      <source>no such file</source>
      <translation>fichier introuvable</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="140" />
      <source>no such file or folder</source>
      <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="165" />
      <source>no usable face</source>
      <translation>aucun visage exploitable</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="125" />
      <source>no usable face in the photos ({why})</source>
      <translation>aucun visage exploitable sur les photos ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="79" />
      <source>no usable face to enroll</source>
      <translation>aucun visage exploitable à enregistrer</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="166" />
      <source>no usable face: {why}</source>
      <translation>aucun visage exploitable : {why}</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/database.py" line="78" />
      <source>not a gallery (no people table)</source>
      <translation>pas une galerie (aucune table des personnes)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="29" />
      <source>not a gallery database or damaged ({why})</source>
      <translation>pas une base de galerie, ou endommagée ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="69" />
      <source>not a loadable ONNX model ({why})</source>
      <translation>pas un modèle ONNX chargeable ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="72" />
      <source>not a usable backup ({why})</source>
      <translation>sauvegarde inutilisable ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="80" />
      <source>not an 8-bit image array</source>
      <translation>pas une image 8 bits</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="73" />
      <source>not an image, or a corrupt one (cannot decode)</source>
      <translation>pas une image, ou une image corrompue (illisible)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="48" />
      <source>not recognised, or recognised but not allowed (disabled or outside the dates set); the reason is shown and logged.</source>
      <translation>non reconnu, ou reconnu mais non autorisé (désactivé ou hors des dates fixées) ; la raison est affichée et consignée.</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="116" />
      <source>one person at a time, please</source>
      <translation>une personne à la fois, s'il vous plaît</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="60" />
      <source>outside the person's validity window</source>
      <translation>hors de la période de validité de la personne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="283" />
      <source>outside validity</source>
      <translation>hors validité</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="59" />
      <source>person is disabled</source>
      <translation>personne désactivée</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="246" />
      <source>quality {q:.2f}, turned {yaw:+.0f}°, tilted {pitch:+.0f}°</source>
      <translation>qualité {q:.2f}, tourné {yaw:+.0f}°, incliné {pitch:+.0f}°</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="37" />
      <source>raise your chin slightly</source>
      <translation>levez légèrement le menton</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="46" />
      <source>recognised and allowed in: the door opens.</source>
      <translation>reconnu et autorisé : la porte s'ouvre.</translation>
    </message>
    <message>
      <location filename="faceapp/app/system.py" line="54" />
      <source>recognition.target_fpir must be a fraction between 0 and 1, not {value}</source>
      <translation>recognition.target_fpir doit être une fraction entre 0 et 1, pas {value}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="172" />
      <source>relay not reachable ({why})</source>
      <translation>relais injoignable ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="292" />
      <source>saved as {name}</source>
      <translation>enregistré sous {name}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="191" />
      <source>serial relay needs a port (e.g. /dev/ttyUSB0)</source>
      <translation>le relais série a besoin d'un port (p. ex. /dev/ttyUSB0)</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="107" />
      <source>setting {name}: {value} is not a valid {type}</source>
      <translation>réglage {name} : {value} n'est pas une valeur valide de type {type}</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="115" />
      <source>stopped delivering frames</source>
      <translation>n'envoie plus d'images</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="87" />
      <source>the PIN must be 4 to 12 digits</source>
      <translation>le code PIN doit compter 4 à 12 chiffres</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="58" />
      <source>the camera is offline; the kiosk retries by itself.</source>
      <translation>la caméra est hors ligne ; le kiosque réessaie tout seul.</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="84" />
      <source>the file must be a mapping</source>
      <translation>le fichier doit être une table (clé : valeur)</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="40" />
      <source>the gallery is encrypted and its key is missing (expected {path}); restore the key file to read it</source>
      <translation>la galerie est chiffrée et sa clé manque (attendue : {path}) ; restaurez le fichier de clé pour la lire</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="48" />
      <source>this SQLite file is some other database, not a gallery</source>
      <translation>ce fichier SQLite est une autre base de données, pas une galerie</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="166" />
      <source>this event names nobody to correct (only grants and near misses)</source>
      <translation>cet événement ne désigne personne à corriger (seulement les accès accordés et les refus de justesse)</translation>
    </message>
    <message>
      <location filename="faceapp/core/errors.py" line="107" />
      <source>this face already matches {who}; not enrolled</source>
      <translation>ce visage correspond déjà à {who} ; non enregistré</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="53" />
      <source>too bright</source>
      <translation>trop clair</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="52" />
      <source>too dark</source>
      <translation>trop sombre</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="69" />
      <source>truncated JPEG (the file ends before the image does)</source>
      <translation>JPEG tronqué (le fichier s'arrête avant la fin de l'image)</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="36" />
      <source>turn your head slightly to your left</source>
      <translation>tournez légèrement la tête vers la gauche</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="35" />
      <source>turn your head slightly to your right</source>
      <translation>tournez légèrement la tête vers la droite</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="194" />
      <source>unknown door output {kind} (dryrun, webhook, command, serial)</source>
      <translation>sortie de porte inconnue {kind} (dryrun, webhook, command, serial)</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="96" />
      <source>unknown setting {name}</source>
      <translation>réglage inconnu {name}</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="120" />
      <source>unreadable model card ({why})</source>
      <translation>fiche du modèle illisible ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="86" />
      <source>unsupported channel count {n}</source>
      <translation>nombre de canaux non pris en charge : {n}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="78" />
      <source>webhook URL must start with http:// or https:// (got {url})</source>
      <translation>l'URL du webhook doit commencer par http:// ou https:// (reçu : {url})</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="98" />
      <source>webhook answered HTTP {code}</source>
      <translation>le webhook a répondu HTTP {code}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="101" />
      <source>webhook unreachable ({why})</source>
      <translation>webhook injoignable ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="253" />
      <source>{name} disabled</source>
      <translation>{name} désactivé(e)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="253" />
      <source>{name} enabled</source>
      <translation>{name} activé(e)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="185" />
      <source>{n} events</source>
      <translation>{n} événements</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="240" />
      <source>{n} events exported</source>
      <translation>{n} événements exportés</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="184" />
      <source>{n} face template(s) were made with another model or an earlier release of it: those people are not recognised until the gallery is updated for {model}.</source>
      <translation>{n} modèle(s) de visage ont été faits avec un autre modèle ou une version antérieure de celui-ci : ces personnes ne sont pas reconnues tant que la galerie n'est pas mise à jour pour {model}.</translation>
    </message>
    <message>
      <location filename="faceapp/core/pipeline.py" line="159" />
      <source>{n} faces of similar size; use a photo of one person</source>
      <translation>{n} visages de taille semblable ; utilisez une photo d'une seule personne</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="178" />
      <source>{n} model(s) installed. Timings are taken on this machine, interleaved between models.</source>
      <translation>{n} modèle(s) installé(s). Les temps sont mesurés sur cette machine, en alternant entre les modèles.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="252" />
      <source>{n} of {t} faces</source>
      <translation>{n} visages sur {t}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="250" />
      <source>{n} old events deleted</source>
      <translation>{n} anciens événements supprimés</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="195" />
      <source>{n} people</source>
      <translation>{n} personnes</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="149" />
      <source>{n} people are called {key!r}; use the id</source>
      <translation>{n} personnes s'appellent {key!r} ; utilisez l'identifiant</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="233" />
      <source>{n} photo(s) added</source>
      <translation>{n} photo(s) ajoutée(s)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="217" />
      <source>{n} templates updated</source>
      <translation>{n} modèles mis à jour</translation>
    </message>
    <message>
      <location filename="faceapp/core/errors.py" line="54" />
      <source>{path}: {reason}</source>
      <translation>{path} : {reason}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="191" />
      <source>{people} enrolled - face model {model} - {level}</source>
      <translation>{people} inscrit(s) – modèle de visage {model} – {level}</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="157" />
      <source>{photo}: {why}</source>
      <translation>{photo} : {why}</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="250" />
      <source>{problem} - retrying in {s} s</source>
      <translation>{problem} – nouvel essai dans {s} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="439" />
      <source>{th:.3f} in force</source>
      <translation>{th:.3f} en vigueur</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="82" />
      <source>{where} must be a mapping</source>
      <translation>{where} doit être une table (clé : valeur)</translation>
    </message>
  </context>
</TS>
