<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>faceapp</name>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="426" />
      <source> Beyond what this model was measured on: set stricter to be safe.</source>
      <translation> Fuera de lo medido para este modelo: elija un nivel más estricto por seguridad.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="65" />
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="236" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="66" />
      <source>(choose)</source>
      <translation>(elegir)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="184" />
      <source>(newest {n} shown)</source>
      <translation>(se muestran los {n} más recientes)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="107" />
      <source>0 = first camera, rtsp://..., a video file or folder</source>
      <translation>0 = primera cámara, rtsp://..., un archivo de vídeo o una carpeta</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="59" />
      <source>1 person</source>
      <translation>1 persona</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="42" />
      <source>95 of 100 faces take at most this long (95th percentile)</source>
      <translation>95 de cada 100 caras tardan como máximo esto (percentil 95)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="43" />
      <source>99 of 100 faces take at most this long (99th percentile)</source>
      <translation>99 de cada 100 caras tardan como máximo esto (percentil 99)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="171" />
      <source>A pairs.txt in LFW's format, with the photos in an images/ folder beside it, for verification accuracy</source>
      <translation>Un pairs.txt en formato LFW, con las fotos en una carpeta images/ al lado, para la precisión de verificación</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="9" />
      <source>API</source>
      <translation>API</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="29" />
      <source>API token created</source>
      <translation>Token de API creado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="30" />
      <source>API token revoked</source>
      <translation>Token de API revocado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="152" />
      <source>Access denied</source>
      <translation>Acceso denegado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="12" />
      <source>Access granted</source>
      <translation>Acceso permitido</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="45" />
      <source>Accuracy</source>
      <translation>Precisión</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="122" />
      <source>Accuracy against time per face</source>
      <translation>Precisión frente a tiempo por cara</translation>
    </message>
    <message>
      <location filename="faceapp/gui/pinpad.py" line="28" />
      <source>Admin</source>
      <translation>Administración</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="335" />
      <source>Admin PIN</source>
      <translation>PIN de administrador</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="610" />
      <source>Admin PIN changed</source>
      <translation>PIN de administrador cambiado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="24" />
      <source>Admin PIN set</source>
      <translation>PIN de administrador establecido</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="27" />
      <source>Admin area closed</source>
      <translation>Administración cerrada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="28" />
      <source>Admin area closed (idle)</source>
      <translation>Administración cerrada (inactividad)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="26" />
      <source>Admin area opened</source>
      <translation>Administración abierta</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="243" />
      <source>Admin locked after too many wrong PINs - try again in {s:.0f} s</source>
      <translation>Administración bloqueada tras demasiados PIN erróneos: inténtelo de nuevo en {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="330" />
      <source>Admin session ends after</source>
      <translation>La sesión de administración termina tras</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="60" />
      <source>Administration (admin PIN)</source>
      <translation>Administración (PIN de administrador)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="66" />
      <source>After a model change, faces enrolled before must be updated once: press Update gallery now at the top of this window. No one has to enroll again.</source>
      <translation>Tras cambiar de modelo, las caras registradas antes deben actualizarse una vez: pulse «Actualizar la galería ahora» en la parte superior de esta ventana. Nadie tiene que volver a registrarse.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="219" />
      <source>Allow opening the door from MQTT / Home Assistant</source>
      <translation>Permitir abrir la puerta desde MQTT / Home Assistant</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="19" />
      <source>Allowed in again</source>
      <translation>Permitido de nuevo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="98" />
      <source>Allowed to enter (enabled)</source>
      <translation>Puede entrar (activado)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="52" />
      <source>Amber</source>
      <translation>Ámbar</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="552" />
      <source>Anyone who can publish to the MQTT broker could open the door.</source>
      <translation>Cualquiera que pueda publicar en el bróker MQTT podría abrir la puerta.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="216" />
      <source>Appear in Home Assistant by itself (MQTT discovery)</source>
      <translation>Aparecer por sí solo en Home Assistant (descubrimiento MQTT)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="562" />
      <source>At most 1 stranger in {b} instead of 1 in {a} would be let in.</source>
      <translation>Se dejaría entrar como máximo a 1 desconocido de cada {b} en lugar de 1 de cada {a}.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="375" />
      <source>At most 1 stranger in {n} let in</source>
      <translation>Como máximo entra 1 desconocido de cada {n}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="67" />
      <source>Automatic deletion is set under Settings</source>
      <translation>El borrado automático se ajusta en Ajustes</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="123" />
      <source>Back to kiosk</source>
      <translation>Volver al quiosco</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="40" />
      <source>Back up now</source>
      <translation>Hacer copia ahora</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="89" />
      <source>Backed up to {path}</source>
      <translation>Copia guardada en {path}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="31" />
      <source>Backup made</source>
      <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="32" />
      <source>Backup restored</source>
      <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="102" />
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="96" />
      <source>Badge or staff number (optional)</source>
      <translation>Número de tarjeta o de empleado (opcional)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="271" />
      <source>Baud</source>
      <translation>Baudios</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="99" />
      <source>Benchmark</source>
      <translation>Prueba de rendimiento</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="277" />
      <source>Benchmark stopped: {why}</source>
      <translation>Prueba de rendimiento detenida: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="140" />
      <source>Both (slower)</source>
      <translation>Ambas (más lento)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="311" />
      <source>Broker</source>
      <translation>Bróker</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="57" />
      <source>Brown</source>
      <translation>Marrón</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="279" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="39" />
      <source>Camera back</source>
      <translation>Cámara recuperada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="38" />
      <source>Camera offline</source>
      <translation>Cámara desconectada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="127" />
      <source>Camera offline - retrying in {s:.0f} s</source>
      <translation>Cámara desconectada: nuevo intento en {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="152" />
      <source>Camera preview</source>
      <translation>Vista previa de la cámara</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="518" />
      <source>Camera test failed: {why}</source>
      <translation>La prueba de la cámara falló: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="523" />
      <source>Camera works: {w}x{h}</source>
      <translation>La cámara funciona: {w}x{h}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="165" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="244" />
      <source>Change PIN</source>
      <translation>Cambiar PIN</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="60" />
      <source>Check the cable or the network, and that no other program uses the camera. The kiosk reconnects on its own and logs every outage (Events). For another camera, change Settings → Camera → Source.</source>
      <translation>Compruebe el cable o la red, y que ningún otro programa use la cámara. El quiosco se reconecta solo y registra cada corte (Eventos). Para otra cámara, cambie Ajustes → Cámara → Fuente.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="131" />
      <source>Choose a pairs file for accuracy</source>
      <translation>Elegir un archivo de pares para la precisión</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="269" />
      <source>Command</source>
      <translation>Comando</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="59" />
      <source>Convenient: at most 1 stranger in 100 let in</source>
      <translation>Cómodo: como máximo entra 1 desconocido de cada 100</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="50" />
      <source>Copies of the gallery (people, face templates, events), newest first. The newest 7 are kept.</source>
      <translation>Copias de la galería (personas, plantillas faciales, eventos), la más reciente primero. Se conservan las 7 más recientes.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="37" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="94" />
      <source>Delete events older than</source>
      <translation>Borrar eventos de más de</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="68" />
      <source>Delete now</source>
      <translation>Borrar ahora</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="264" />
      <source>Delete {name} with all their face templates, crops and snapshots? This cannot be undone.</source>
      <translation>¿Borrar a {name} con todas sus plantillas faciales, recortes e instantáneas? No se puede deshacer.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="132" />
      <source>Delete...</source>
      <translation>Borrar...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="275" />
      <source>Deleted {name}</source>
      <translation>{name} borrado/a</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="18" />
      <source>Details changed</source>
      <translation>Datos cambiados</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="130" />
      <source>Disable</source>
      <translation>Desactivar</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="285" />
      <source>Distance</source>
      <translation>Distancia</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="214" />
      <source>Done - check the faces and press Next</source>
      <translation>Listo: revise las caras y pulse Siguiente</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="9" />
      <source>Door</source>
      <translation>Puerta</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="35" />
      <source>Door opened remotely</source>
      <translation>Puerta abierta a distancia</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="263" />
      <source>Door output</source>
      <translation>Salida de puerta</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="173" />
      <source>Door output: {name}</source>
      <translation>Salida de puerta: {name}</translation>
    </message>
    <message>
      <location filename="faceapp/app/system.py" line="190" />
      <source>Door test failed: {why}</source>
      <translation>La prueba de la puerta falló: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/app/system.py" line="188" />
      <source>Door test: {output} fired</source>
      <translation>Prueba de puerta: {output} activado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="34" />
      <source>Door tested</source>
      <translation>Puerta probada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="42" />
      <source>Dry run (log only)</source>
      <translation>Simulación (solo registro)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="370" />
      <source>EdgeFace kiosk</source>
      <translation>Quiosco EdgeFace</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="77" />
      <source>EdgeFace kiosk - administration</source>
      <translation>Quiosco EdgeFace: administración</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="96" />
      <source>Edit {name}</source>
      <translation>Editar a {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="129" />
      <source>Edit...</source>
      <translation>Editar...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="202" />
      <source>Enable</source>
      <translation>Activar</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="213" />
      <source>Encrypted (TLS)</source>
      <translation>Cifrado (TLS)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="326" />
      <source>Enroll a person</source>
      <translation>Registrar a una persona</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="281" />
      <source>Enroll anyway (a different person who looks alike)</source>
      <translation>Registrar de todos modos (otra persona que se parece)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="128" />
      <source>Enroll new person...</source>
      <translation>Registrar nueva persona...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="37" />
      <source>Enrolling someone</source>
      <translation>Registrar a alguien</translation>
    </message>
    <message>
      <location filename="faceapp/gui/pinpad.py" line="33" />
      <source>Enter the admin PIN</source>
      <translation>Introduzca el PIN de administrador</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="36" />
      <source>Event</source>
      <translation>Evento</translation>
    </message>
    <message>
      <location filename="faceapp/core/live.py" line="245" />
      <source>Event log not written ({why}) - recognition goes on</source>
      <translation>registro de eventos no escrito ({why}): el reconocimiento continúa</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="97" />
      <source>Events</source>
      <translation>Eventos</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="325" />
      <source>Events and kiosk</source>
      <translation>Eventos y quiosco</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="124" />
      <source>Exit kiosk</source>
      <translation>Salir del quiosco</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="167" />
      <source>Export CSV</source>
      <translation>Exportar CSV</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="63" />
      <source>Export CSV...</source>
      <translation>Exportar CSV...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="168" />
      <source>Export JSON</source>
      <translation>Exportar JSON</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="229" />
      <source>Export events</source>
      <translation>Exportar eventos</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="238" />
      <source>Export failed: {why}</source>
      <translation>La exportación falló: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="105" />
      <source>External id</source>
      <translation>ID externo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="45" />
      <source>Faces</source>
      <translation>Caras</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="54" />
      <source>Faces marked as not {name}</source>
      <translation>Caras marcadas como que no son {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="44" />
      <source>Faces per second</source>
      <translation>Caras por segundo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="44" />
      <source>Faces recognised per second in batches of 32</source>
      <translation>Caras reconocidas por segundo en lotes de 32</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="17" />
      <source>Faces taken again</source>
      <translation>Caras tomadas de nuevo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="139" />
      <source>Far (up to 5 m)</source>
      <translation>Lejos (hasta 5 m)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="197" />
      <source>Fire this output once now (a real door opens)</source>
      <translation>Activar esta salida una vez ahora (se abre una puerta real)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="232" />
      <source>Folder of the pairs' photos</source>
      <translation>Carpeta con las fotos de los pares</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="299" />
      <source>Frames considered</source>
      <translation>Imágenes consideradas</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="300" />
      <source>Frames that must agree</source>
      <translation>Imágenes que deben coincidir</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="94" />
      <source>Full name</source>
      <translation>Nombre completo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="70" />
      <source>Gallery needs updating - ask the administrator</source>
      <translation>Hay que actualizar la galería: avise al administrador</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="114" />
      <source>Gallery restored from {name}; the previous one is saved as {safety}</source>
      <translation>Galería restaurada desde {name}; la anterior se guardó como {safety}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="22" />
      <source>Gallery updated for the model</source>
      <translation>Galería actualizada para el modelo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="198" />
      <source>Gallery {db}; cosine threshold {th:.3f} ({how})</source>
      <translation>Galería {db}; umbral de coseno {th:.3f} ({how})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="45" />
      <source>Green</source>
      <translation>Verde</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="43" />
      <source>HTTP webhook</source>
      <translation>Webhook HTTP</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="104" />
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="218" />
      <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
      <translation>Imágenes (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="158" />
      <source>Import photos...</source>
      <translation>Importar fotos...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="228" />
      <source>Keep a small face snapshot with each access event (encrypted)</source>
      <translation>Guardar una pequeña instantánea de la cara con cada acceso (cifrada)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="328" />
      <source>Keep events for</source>
      <translation>Conservar los eventos durante</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="70" />
      <source>Keeping it safe</source>
      <translation>Mantenerlo seguro</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="20" />
      <source>Kept out (disabled)</source>
      <translation>Sin acceso (desactivado)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="37" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="316" />
      <source>Kiosk name in topics</source>
      <translation>Nombre del quiosco en los topics</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="331" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="579" />
      <source>Less secure</source>
      <translation>Menos seguro</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="61" />
      <source>Let this face be matched with {name} again</source>
      <translation>Permitir de nuevo que esta cara coincida con {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="40" />
      <source>Liveness</source>
      <translation>Prueba de vida</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="308" />
      <source>MQTT and Home Assistant</source>
      <translation>MQTT y Home Assistant</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="162" />
      <source>MQTT test failed: broker {at} not reachable ({why})</source>
      <translation>Prueba MQTT fallida: broker {at} inalcanzable ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="172" />
      <source>MQTT test failed: no answer from {at} within {s:.0f} s</source>
      <translation>Prueba MQTT fallida: sin respuesta de {at} en {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="176" />
      <source>MQTT test failed: {at} refused the connection ({why})</source>
      <translation>Prueba MQTT fallida: {at} rechazó la conexión ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="181" />
      <source>MQTT works: connected to {at}</source>
      <translation>MQTT funciona: conectado a {at}</translation>
    </message>
    <message>
      <location filename="faceapp/core/mqtt.py" line="180" />
      <source>MQTT works: connected to {at} with TLS</source>
      <translation>MQTT funciona: conectado a {at} con TLS</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="173" />
      <source>Manual threshold</source>
      <translation>Umbral manual</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="37" />
      <source>Mark removed</source>
      <translation>Marca quitada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="74" />
      <source>Marked {when}</source>
      <translation>Marcada el {when}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="36" />
      <source>Marked: not this person</source>
      <translation>Marcado: no es esta persona</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="222" />
      <source>Marked: this face is no longer let in as {name}</source>
      <translation>Marcado: esta cara ya no entra como {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="289" />
      <source>Measured {date} on {cpu} ({n} cores)</source>
      <translation>Medido el {date} en {cpu} ({n} núcleos)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="40" />
      <source>Memory (MB)</source>
      <translation>Memoria (MB)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="36" />
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="584" />
      <source>More strangers could get in. Save anyway?</source>
      <translation>Podrían entrar más desconocidos. ¿Guardar de todos modos?</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="40" />
      <source>Most memory a process used to load and run the model</source>
      <translation>Memoria máxima que usó un proceso para cargar y ejecutar el modelo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="104" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="138" />
      <source>Near (&lt; 2 m)</source>
      <translation>Cerca (&lt; 2 m)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="242" />
      <source>New PIN</source>
      <translation>PIN nuevo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="108" />
      <source>No admin PIN is set: anyone at the kiosk can open this. Set one under Settings.</source>
      <translation>No hay PIN de administrador: cualquiera en el quiosco puede abrir esto. Establezca uno en Ajustes.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="152" />
      <source>No camera: import photos</source>
      <translation>Sin cámara: importar fotos</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="156" />
      <source>Not recognised</source>
      <translation>No reconocido</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="154" />
      <source>Not recognised (live face required)</source>
      <translation>No reconocido (se necesita una cara real)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="585" />
      <source>Not saved</source>
      <translation>No guardado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="590" />
      <source>Not saved: {why}</source>
      <translation>No guardado: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="69" />
      <source>Not this person...</source>
      <translation>No es esta persona...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="108" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="37" />
      <source>Number format: full precision (32-bit float) or compact (8-bit integers)</source>
      <translation>Formato numérico: precisión completa (coma flotante de 32 bits) o compacto (enteros de 8 bits)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="33" />
      <source>Old events deleted</source>
      <translation>Eventos antiguos borrados</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="265" />
      <source>Output</source>
      <translation>Salida</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="227" />
      <source>Pairs (*.txt)</source>
      <translation>Pares (*.txt)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="227" />
      <source>Pairs file</source>
      <translation>Archivo de pares</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="169" />
      <source>Pairs file...</source>
      <translation>Archivo de pares...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="45" />
      <source>Pairs of photos told apart correctly (needs a pairs file)</source>
      <translation>Pares de fotos distinguidos correctamente (necesita un archivo de pares)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="237" />
      <source>Pairs: {name}</source>
      <translation>Pares: {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="314" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="96" />
      <source>People</source>
      <translation>Personas</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="38" />
      <source>People → Enroll new person. Type the name, then either let the camera take five pictures while the person follows the prompts, or add two or three sharp, well-lit photos with one face each. If the face already matches someone, you are warned before anything is saved.</source>
      <translation>Personas → Registrar nueva persona. Escriba el nombre y luego deje que la cámara tome cinco fotos mientras la persona sigue las indicaciones, o añada dos o tres fotos nítidas y bien iluminadas con una sola cara cada una. Si la cara ya coincide con alguien, se le avisa antes de guardar nada.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="38" />
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="21" />
      <source>Person deleted</source>
      <translation>Persona borrada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="16" />
      <source>Person enrolled</source>
      <translation>Persona registrada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="15" />
      <source>Photo or screen refused</source>
      <translation>Foto o pantalla rechazada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="218" />
      <source>Photos of this person</source>
      <translation>Fotos de esta persona</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="234" />
      <source>Play a tone on decisions</source>
      <translation>Reproducir un tono en cada decisión</translation>
    </message>
    <message>
      <location filename="faceapp/gui/ask.py" line="14" />
      <source>Please confirm</source>
      <translation>Confirme, por favor</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="114" />
      <source>Please look at the camera</source>
      <translation>Mire a la cámara, por favor</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="312" />
      <source>Port</source>
      <translation>Puerto</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="153" />
      <source>Press Start capture</source>
      <translation>Pulse Iniciar captura</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="208" />
      <source>Publish decisions to an MQTT broker</source>
      <translation>Publicar las decisiones en un bróker MQTT</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="266" />
      <source>Pulse</source>
      <translation>Pulso</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="327" />
      <source>Re-embedding the gallery for the new model...</source>
      <translation>Recalculando la galería para el nuevo modelo...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="326" />
      <source>Re-enroll {name}</source>
      <translation>Volver a registrar a {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="131" />
      <source>Re-enroll...</source>
      <translation>Volver a registrar...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="291" />
      <source>Recognition</source>
      <translation>Reconocimiento</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="60" />
      <source>Recommended: at most 1 stranger in 1,000 let in</source>
      <translation>Recomendado: como máximo entra 1 desconocido de cada 1.000</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="47" />
      <source>Red</source>
      <translation>Rojo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="62" />
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="60" />
      <source>Remove mark</source>
      <translation>Quitar la marca</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="159" />
      <source>Remove selected</source>
      <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="243" />
      <source>Repeat</source>
      <translation>Repetir</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="102" />
      <source>Replace the gallery by the backup {name}? People enrolled and events logged since then are removed (the current gallery is saved first).</source>
      <translation>¿Sustituir la galería por la copia {name}? Se quitan las personas registradas y los eventos anotados desde entonces (antes se guarda la galería actual).</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="188" />
      <source>Require a blink or a small head movement (stops printed photos and screens)</source>
      <translation>Exigir un parpadeo o un movimiento de cabeza (contra fotos y pantallas)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="284" />
      <source>Resolution</source>
      <translation>Resolución</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/backups.py" line="41" />
      <source>Restore selected...</source>
      <translation>Restaurar lo seleccionado...</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="77" />
      <source>Run a benchmark to see charts</source>
      <translation>Ejecute una prueba de rendimiento para ver gráficos</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="164" />
      <source>Run benchmark</source>
      <translation>Ejecutar prueba</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="118" />
      <source>Running now from {now} (given at start); saved setting: {saved}</source>
      <translation>Ahora funciona con {now} (indicado al inicio); ajuste guardado: {saved}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="123" />
      <source>Running now: {now} (given at start, not saved)</source>
      <translation>Ahora: {now} (indicado al inicio, sin guardar)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="196" />
      <source>Runs per model:</source>
      <translation>Ejecuciones por modelo:</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="301" />
      <source>Same person again after</source>
      <translation>La misma persona de nuevo tras</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="250" />
      <source>Save and apply</source>
      <translation>Guardar y aplicar</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="181" />
      <source>Saved to {where}</source>
      <translation>Guardado en {where}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="240" />
      <source>Saved {name}</source>
      <translation>{name} guardado/a</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="39" />
      <source>Score</source>
      <translation>Puntuación</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="126" />
      <source>Search name or external id</source>
      <translation>Buscar nombre o ID externo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="292" />
      <source>Security level</source>
      <translation>Nivel de seguridad</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="270" />
      <source>Serial port</source>
      <translation>Puerto serie</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="44" />
      <source>Serial relay</source>
      <translation>Relé serie</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="71" />
      <source>Set an admin PIN (Settings). Faces are encrypted on this machine and never sent anywhere unless you set a door output. Back up regularly (Backups); deleting a person deletes all their pictures.</source>
      <translation>Establezca un PIN de administrador (Ajustes). Las caras se cifran en este equipo y no se envían a ninguna parte salvo que configure una salida de puerta. Haga copias con regularidad (Copias de seguridad); borrar a una persona borra todas sus imágenes.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="98" />
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="23" />
      <source>Settings changed</source>
      <translation>Ajustes cambiados</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="81" />
      <source>Settings file not used ({why}): running on safe defaults until saved</source>
      <translation>Archivo de ajustes no usado ({why}): valores seguros por defecto hasta guardar</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="45" />
      <source>Shell command</source>
      <translation>Comando de shell</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="59" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="38" />
      <source>Size (MB)</source>
      <translation>Tamaño (MB)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="38" />
      <source>Size of the model file</source>
      <translation>Tamaño del archivo del modelo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="42" />
      <source>Slow case (ms)</source>
      <translation>Caso lento (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="41" />
      <source>Snapshot</source>
      <translation>Instantánea</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="327" />
      <source>Snapshots</source>
      <translation>Instantáneas</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="329" />
      <source>Sounds</source>
      <translation>Sonidos</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="281" />
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="125" />
      <source>Source ended</source>
      <translation>Fuente terminada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="46" />
      <source>Speed vs current</source>
      <translation>Velocidad frente al actual</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="144" />
      <source>Stand about an arm's length from the camera and follow the instructions, or import photos with one face each.</source>
      <translation>Colóquese a un brazo de distancia de la cámara y siga las indicaciones, o importe fotos con una sola cara cada una.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="157" />
      <source>Start capture</source>
      <translation>Iniciar captura</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="39" />
      <source>Start-up (ms)</source>
      <translation>Arranque (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="44" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="125" />
      <source>Step 1 of 3: who is being enrolled?</source>
      <translation>Paso 1 de 3: ¿a quién se registra?</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="142" />
      <source>Step 2 of 3: faces</source>
      <translation>Paso 2 de 3: caras</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="273" />
      <source>Step 3 of 3: check and save</source>
      <translation>Paso 3 de 3: revisar y guardar</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="185" />
      <source>Stop capture</source>
      <translation>Detener captura</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="61" />
      <source>Strict: at most 1 stranger in 10,000 let in</source>
      <translation>Estricto: como máximo entra 1 desconocido de cada 10.000</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="9" />
      <source>System</source>
      <translation>Sistema</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="238" />
      <source>System language</source>
      <translation>Idioma del sistema</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="109" />
      <source>Test camera</source>
      <translation>Probar la cámara</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="222" />
      <source>Test connection</source>
      <translation>Probar la conexión</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="196" />
      <source>Test door</source>
      <translation>Probar la puerta</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="71" />
      <source>The door took this face for someone it was not: keep that face out as them</source>
      <translation>La puerta tomó esta cara por otra persona: no dejarla entrar más como ella</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="36" />
      <source>The model's name</source>
      <translation>Nombre del modelo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="126" />
      <source>The name is shown on the kiosk when the door opens.</source>
      <translation>El nombre se muestra en el quiosco cuando se abre la puerta.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="557" />
      <source>The threshold drops from {a:.3f} to {b:.3f}.</source>
      <translation>El umbral baja de {a:.3f} a {b:.3f}.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="601" />
      <source>The two PINs differ</source>
      <translation>Los dos PIN no coinciden</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="274" />
      <source>These aligned faces will be stored (encrypted) for this person.</source>
      <translation>Estas caras alineadas se guardarán (cifradas) para esta persona.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="294" />
      <source>These faces will be stored (encrypted) for {name}.</source>
      <translation>Estas caras se guardarán (cifradas) para {name}.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="360" />
      <source>This face already matches {who}. Tick the box to enroll anyway.</source>
      <translation>Esta cara ya coincide con {who}. Marque la casilla para registrarla de todos modos.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="307" />
      <source>This face already matches: {who}</source>
      <translation>Esta cara ya coincide con: {who}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="512" />
      <source>This is the camera the kiosk is using now</source>
      <translation>Esta es la cámara que usa ahora el quiosco</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="35" />
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="41" />
      <source>Time per face (ms)</source>
      <translation>Tiempo por cara (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="46" />
      <source>Time per face relative to the running model: below 1 is faster</source>
      <translation>Tiempo por cara respecto al modelo en uso: menos de 1 es más rápido</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="88" />
      <source>Time per face, ms ({key}): typical, slow and worst case</source>
      <translation>Tiempo por cara, ms ({key}): típico, lento y peor caso</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="39" />
      <source>Time to load the model</source>
      <translation>Tiempo de carga del modelo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="41" />
      <source>Typical time to recognise one face (median)</source>
      <translation>Tiempo típico para reconocer una cara (mediana)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="114" />
      <source>Update gallery now</source>
      <translation>Actualizar la galería ahora</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="166" />
      <source>Use this model</source>
      <translation>Usar este modelo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="313" />
      <source>User name</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="36" />
      <source>Using the kiosk</source>
      <translation>Usar el quiosco</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="97" />
      <source>Valid from</source>
      <translation>Válido desde</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="99" />
      <source>Valid until</source>
      <translation>Válido hasta</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="62" />
      <source>Very strict: at most 1 stranger in 100,000 let in</source>
      <translation>Muy estricto: como máximo entra 1 desconocido de cada 100.000</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="211" />
      <source>Was this not {name}? This face will be refused as {name} from now on; {name} still gets in. The mark can be removed on {name}'s page.</source>
      <translation>¿No era {name}? Desde ahora esta cara se rechaza como {name}; {name} sigue entrando. La marca se puede quitar en la ficha de {name}.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="267" />
      <source>Webhook URL</source>
      <translation>URL del webhook</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="268" />
      <source>Webhook secret</source>
      <translation>Secreto del webhook</translation>
    </message>
    <message>
      <location filename="faceapp/gui/kiosk.py" line="149" />
      <source>Welcome, {name}</source>
      <translation>Bienvenido/a, {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="44" />
      <source>What the colours on the door screen mean</source>
      <translation>Qué significan los colores de la pantalla de la puerta</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="59" />
      <source>When the camera is offline</source>
      <translation>Cuando la cámara está desconectada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="65" />
      <source>When the gallery needs updating</source>
      <translation>Cuando hay que actualizar la galería</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="413" />
      <source>With 1 face template enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Con 1 plantilla facial registrada hace falta una puntuación de {th:.3f}; sube a medida que se registran personas, para que la tasa no cambie.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="401" />
      <source>With 1 person enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Con 1 persona registrada hace falta una puntuación de {th:.3f}; sube a medida que se registran personas, para que la tasa no cambie.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="418" />
      <source>With {n} face templates enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Con {n} plantillas faciales registradas hace falta una puntuación de {th:.3f}; sube a medida que se registran personas, para que la tasa no cambie.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="406" />
      <source>With {n} people enrolled this needs a score of {th:.3f}; it rises as people are enrolled, so the rate stays the same.</source>
      <translation>Con {n} personas registradas hace falta una puntuación de {th:.3f}; sube a medida que se registran personas, para que la tasa no cambie.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="43" />
      <source>Worst case (ms)</source>
      <translation>Peor caso (ms)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="263" />
      <source>Wrong PIN</source>
      <translation>PIN incorrecto</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="261" />
      <source>Wrong PIN - locked for {s:.0f} s</source>
      <translation>PIN incorrecto: bloqueado durante {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="25" />
      <source>Wrong admin PIN</source>
      <translation>PIN de administrador incorrecto</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="53" />
      <source>a face is seen but not usable yet (too far, turned, blurred), or the kiosk needs the administrator (e.g. the gallery needs updating).</source>
      <translation>se ve una cara pero aún no sirve (demasiado lejos, girada, borrosa), o el quiosco necesita al administrador (p. ej., hay que actualizar la galería).</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="77" />
      <source>a person needs a name</source>
      <translation>una persona necesita un nombre</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="36" />
      <source>a stored face crop is damaged</source>
      <translation>una imagen de cara guardada está dañada</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="74" />
      <source>a stored template failed its integrity check (damaged data or wrong key)</source>
      <translation>una plantilla guardada no superó la comprobación de integridad (datos dañados o clave incorrecta)</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="68" />
      <source>a stored template is not encrypted as expected</source>
      <translation>una plantilla guardada no está cifrada como se esperaba</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="284" />
      <source>active</source>
      <translation>activo</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="56" />
      <source>all decisions</source>
      <translation>todas las decisiones</translation>
    </message>
    <message>
      <location filename="faceapp/gui/app.py" line="182" />
      <source>applied</source>
      <translation>aplicado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="66" />
      <source>at most 1 stranger in {n} let in</source>
      <translation>como máximo entra 1 desconocido de cada {n}</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="45" />
      <source>backup failed ({why})</source>
      <translation>la copia de seguridad ha fallado ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="49" />
      <source>backup failed ({why}); the gallery is unchanged</source>
      <translation>la copia de seguridad ha fallado ({why}); la galería no ha cambiado</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="74" />
      <source>backup failed its integrity check ({why})</source>
      <translation>la copia de seguridad no superó la comprobación de integridad ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="262" />
      <source>camera</source>
      <translation>cámara</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/database.py" line="59" />
      <source>cannot create its folder ({why})</source>
      <translation>no se puede crear su carpeta ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="91" />
      <source>cannot open camera (unplugged, wrong index or no access)</source>
      <translation>no se puede abrir la cámara (desconectada, número incorrecto o sin acceso)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="34" />
      <source>cannot open the gallery file (missing folder or no permission)</source>
      <translation>no se puede abrir el archivo de la galería (falta la carpeta o no hay permiso)</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="93" />
      <source>cannot open video or stream (wrong URL or path, or no access)</source>
      <translation>no se puede abrir el vídeo o la transmisión (URL o ruta incorrecta, o sin acceso)</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="108" />
      <source>cannot read ({why})</source>
      <translation>no se puede leer ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/config.py" line="147" />
      <source>cannot read config ({why})</source>
      <translation>no se puede leer el archivo de ajustes ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="133" />
      <source>captured {n} of {t}</source>
      <translation>{n} de {t} capturas</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="136" />
      <source>captured {n} of {t} - {next}</source>
      <translation>{n} de {t} capturas - {next}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="164" />
      <source>close to {name}</source>
      <translation>parecido a {name}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="310" />
      <source>compact (8-bit)</source>
      <translation>compacto (8 bits)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="36" />
      <source>database error: {why}</source>
      <translation>error de la base de datos: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/app/frameloop.py" line="98" />
      <source>delivered no frame</source>
      <translation>no entregó ninguna imagen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="281" />
      <source>disabled</source>
      <translation>desactivado</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="31" />
      <source>disk full: the change was not saved</source>
      <translation>disco lleno: el cambio no se ha guardado</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="139" />
      <source>door command failed with exit code {code}</source>
      <translation>el comando de puerta falló con el código {code}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="135" />
      <source>door command failed with exit code {code} {last}</source>
      <translation>el comando de puerta falló con el código {code} {last}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="110" />
      <source>door command is empty</source>
      <translation>el comando de puerta está vacío</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="127" />
      <source>door command not found</source>
      <translation>comando de puerta no encontrado</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="130" />
      <source>door command took longer than {s} s</source>
      <translation>el comando de puerta tardó más de {s} s</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="56" />
      <source>empty file</source>
      <translation>archivo vacío</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="246" />
      <source>ended</source>
      <translation>terminado</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="122" />
      <source>enough captures</source>
      <translation>suficientes capturas</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="73" />
      <source>expected one NCHW image input</source>
      <translation>se esperaba una entrada de imagen NCHW</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="61" />
      <source>face does not match anyone enrolled</source>
      <translation>la cara no coincide con nadie registrado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="46" />
      <source>face not clear: look at the camera</source>
      <translation>cara poco clara: mire a la cámara</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="120" />
      <source>face not embedded</source>
      <translation>cara no procesada</translation>
    </message>
    <message>
      <location filename="faceapp/core/pipeline.py" line="162" />
      <source>face rejected: {why}</source>
      <translation>cara rechazada: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="47" />
      <source>face too small: come closer</source>
      <translation>cara demasiado pequeña: acérquese</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="52" />
      <source>file does not match its model card's sha256 (truncated, damaged or swapped)</source>
      <translation>el archivo no coincide con el sha256 de su ficha (truncado, dañado o cambiado)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="310" />
      <source>full precision</source>
      <translation>precisión completa</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="25" />
      <source>gallery is locked by another program (try again)</source>
      <translation>la galería está bloqueada por otro programa (inténtelo de nuevo)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="27" />
      <source>gallery is read-only (check the file's permissions)</source>
      <translation>la galería es de solo lectura (compruebe los permisos del archivo)</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="36" />
      <source>gallery key file is damaged</source>
      <translation>el archivo de clave de la galería está dañado</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="29" />
      <source>gallery not found</source>
      <translation>no se encuentra la galería</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/database.py" line="109" />
      <source>gallery opened read-only</source>
      <translation>galería abierta solo para lectura</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="51" />
      <source>head tilted sideways</source>
      <translation>cabeza inclinada hacia un lado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="50" />
      <source>head tilted up or down: look at the camera</source>
      <translation>cabeza inclinada arriba o abajo: mire a la cámara</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="49" />
      <source>head turned: look at the camera</source>
      <translation>cabeza girada: mire a la cámara</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="48" />
      <source>image blurred: hold still</source>
      <translation>imagen borrosa: quédese quieto</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="94" />
      <source>image too large ({w}x{h})</source>
      <translation>imagen demasiado grande ({w}x{h})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="60" />
      <source>image too large ({w}x{h}; at most {mp} MP)</source>
      <translation>imagen demasiado grande ({w}x{h}; como máximo {mp} MP)</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="90" />
      <source>image too small ({w}x{h}; at least {side} px a side)</source>
      <translation>imagen demasiado pequeña ({w}x{h}; al menos {side} px por lado)</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="109" />
      <source>invalid model card ({why})</source>
      <translation>ficha del modelo no válida ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="106" />
      <source>is a folder, not an image</source>
      <translation>es una carpeta, no una imagen</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="233" />
      <source>keep for ever</source>
      <translation>conservar para siempre</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="34" />
      <source>look straight at the camera</source>
      <translation>mire directamente a la cámara</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="38" />
      <source>lower your chin slightly</source>
      <translation>baje ligeramente la barbilla</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="65" />
      <source>manual security setting (score {th:.3f} or more)</source>
      <translation>ajuste de seguridad manual (puntuación {th:.3f} o más)</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="96" />
      <source>model card is not a JSON object</source>
      <translation>la ficha del modelo no es un objeto JSON</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="99" />
      <source>model card lacks {keys}</source>
      <translation>a la ficha del modelo le falta {keys}</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="118" />
      <source>model card not found</source>
      <translation>no se encuentra la ficha del modelo</translation>
    </message>
    <message>
      <location filename="faceapp/core/threshold.py" line="82" />
      <source>model card {name} has no measured thresholds; set one explicitly</source>
      <translation>la ficha del modelo {name} no tiene umbrales medidos; fije uno usted mismo</translation>
    </message>
    <message>
      <location filename="faceapp/core/threshold.py" line="78" />
      <source>model card {name}: a threshold key is not a number</source>
      <translation>ficha del modelo {name}: una clave de umbral no es un número</translation>
    </message>
    <message>
      <location filename="faceapp/app/models.py" line="36" />
      <source>model file not found</source>
      <translation>no se encuentra el archivo del modelo</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="103" />
      <source>model gives {n}-d embeddings, card says {size}</source>
      <translation>el modelo da vectores de {n} dimensiones, la ficha dice {size}</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="88" />
      <source>model input is {shape}, card says {size}</source>
      <translation>la entrada del modelo es {shape}, la ficha dice {size}</translation>
    </message>
    <message>
      <location filename="faceapp/core/pipeline.py" line="151" />
      <source>no face found</source>
      <translation>no se encontró ninguna cara</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="113" />
      <source>no face in view</source>
      <translation>ninguna cara a la vista</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="177" />
      <source>no face was kept with this event, so it cannot be marked</source>
      <translation>no se guardó ninguna cara con este evento, así que no se puede marcar</translation>
    </message>
    <message>
      <location filename="faceapp/app/frameloop.py" line="106" />
      <source>no frame within {s:.0f} s</source>
      <translation>ninguna imagen en {s:.0f} s</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="54" />
      <source>no images found</source>
      <translation>no se encontraron imágenes</translation>
    </message>
    <message>
      <location filename="faceapp/app/models.py" line="43" />
      <source>no installed model named {spec} (installed: {names})</source>
      <translation>ningún modelo instalado llamado {spec} (instalados: {names})</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="146" />
      <source>no person {key!r}</source>
      <translation>ninguna persona {key!r}</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="127" />
      <source>no photos</source>
      <translation>ninguna foto</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="62" />
      <source>no sign of life (blink or head movement): photo or screen?</source>
      <translation>ninguna señal de vida (parpadeo o movimiento de cabeza): ¿foto o pantalla?</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="104" />
      <source>no such file</source>
      <translation>no existe el archivo</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="140" />
      <source>no such file or folder</source>
      <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="165" />
      <source>no usable face</source>
      <translation>ninguna cara utilizable</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="125" />
      <source>no usable face in the photos ({why})</source>
      <translation>ninguna cara utilizable en las fotos ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="79" />
      <source>no usable face to enroll</source>
      <translation>ninguna cara utilizable para registrar</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="166" />
      <source>no usable face: {why}</source>
      <translation>ninguna cara utilizable: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/database.py" line="78" />
      <source>not a gallery (no people table)</source>
      <translation>no es una galería (no hay tabla de personas)</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="29" />
      <source>not a gallery database or damaged ({why})</source>
      <translation>no es una base de datos de galería o está dañada ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/embedding.py" line="69" />
      <source>not a loadable ONNX model ({why})</source>
      <translation>no es un modelo ONNX que se pueda cargar ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/backup.py" line="72" />
      <source>not a usable backup ({why})</source>
      <translation>no es una copia de seguridad utilizable ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="80" />
      <source>not an 8-bit image array</source>
      <translation>no es una imagen de 8 bits</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="73" />
      <source>not an image, or a corrupt one (cannot decode)</source>
      <translation>no es una imagen o está dañada (no se puede leer)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="48" />
      <source>not recognised, or recognised but not allowed (disabled or outside the dates set); the reason is shown and logged.</source>
      <translation>no reconocido, o reconocido pero sin permiso (desactivado o fuera de las fechas fijadas); el motivo se muestra y se registra.</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="116" />
      <source>one person at a time, please</source>
      <translation>una persona cada vez, por favor</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="60" />
      <source>outside the person's validity window</source>
      <translation>fuera del periodo de validez de la persona</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="283" />
      <source>outside validity</source>
      <translation>fuera de validez</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="59" />
      <source>person is disabled</source>
      <translation>persona desactivada</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="246" />
      <source>quality {q:.2f}, turned {yaw:+.0f}°, tilted {pitch:+.0f}°</source>
      <translation>calidad {q:.2f}, girada {yaw:+.0f}°, inclinada {pitch:+.0f}°</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="37" />
      <source>raise your chin slightly</source>
      <translation>levante ligeramente la barbilla</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="46" />
      <source>recognised and allowed in: the door opens.</source>
      <translation>reconocido y con permiso: la puerta se abre.</translation>
    </message>
    <message>
      <location filename="faceapp/app/system.py" line="54" />
      <source>recognition.target_fpir must be a fraction between 0 and 1, not {value}</source>
      <translation>recognition.target_fpir debe ser una fracción entre 0 y 1, no {value}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="172" />
      <source>relay not reachable ({why})</source>
      <translation>relé inalcanzable ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="292" />
      <source>saved as {name}</source>
      <translation>guardado como {name}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="191" />
      <source>serial relay needs a port (e.g. /dev/ttyUSB0)</source>
      <translation>el relé serie necesita un puerto (p. ej. /dev/ttyUSB0)</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="107" />
      <source>setting {name}: {value} is not a valid {type}</source>
      <translation>ajuste {name}: {value} no es un valor válido de tipo {type}</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="115" />
      <source>stopped delivering frames</source>
      <translation>ha dejado de enviar imágenes</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="87" />
      <source>the PIN must be 4 to 12 digits</source>
      <translation>el PIN debe tener de 4 a 12 dígitos</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/help.py" line="58" />
      <source>the camera is offline; the kiosk retries by itself.</source>
      <translation>la cámara está desconectada; el quiosco lo reintenta solo.</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="84" />
      <source>the file must be a mapping</source>
      <translation>el archivo debe ser una tabla (clave: valor)</translation>
    </message>
    <message>
      <location filename="faceapp/core/security.py" line="40" />
      <source>the gallery is encrypted and its key is missing (expected {path}); restore the key file to read it</source>
      <translation>la galería está cifrada y falta su clave (se esperaba {path}); restaure el archivo de clave para leerla</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/schema.py" line="48" />
      <source>this SQLite file is some other database, not a gallery</source>
      <translation>este archivo SQLite es otra base de datos, no una galería</translation>
    </message>
    <message>
      <location filename="faceapp/app/admin.py" line="166" />
      <source>this event names nobody to correct (only grants and near misses)</source>
      <translation>este evento no nombra a nadie que corregir (solo accesos concedidos y rechazos por poco)</translation>
    </message>
    <message>
      <location filename="faceapp/core/errors.py" line="107" />
      <source>this face already matches {who}; not enrolled</source>
      <translation>esta cara ya coincide con {who}; no se ha registrado</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="53" />
      <source>too bright</source>
      <translation>demasiado claro</translation>
    </message>
    <message>
      <location filename="faceapp/gui/words.py" line="52" />
      <source>too dark</source>
      <translation>demasiado oscuro</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="69" />
      <source>truncated JPEG (the file ends before the image does)</source>
      <translation>JPEG truncado (el archivo termina antes que la imagen)</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="36" />
      <source>turn your head slightly to your left</source>
      <translation>gire la cabeza ligeramente a su izquierda</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="35" />
      <source>turn your head slightly to your right</source>
      <translation>gire la cabeza ligeramente a su derecha</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="194" />
      <source>unknown door output {kind} (dryrun, webhook, command, serial)</source>
      <translation>salida de puerta desconocida {kind} (dryrun, webhook, command, serial)</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="96" />
      <source>unknown setting {name}</source>
      <translation>ajuste desconocido {name}</translation>
    </message>
    <message>
      <location filename="faceapp/core/modelcard.py" line="120" />
      <source>unreadable model card ({why})</source>
      <translation>ficha del modelo ilegible ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/core/images.py" line="86" />
      <source>unsupported channel count {n}</source>
      <translation>número de canales no admitido: {n}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="78" />
      <source>webhook URL must start with http:// or https:// (got {url})</source>
      <translation>la URL del webhook debe empezar por http:// o https:// (recibido: {url})</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="98" />
      <source>webhook answered HTTP {code}</source>
      <translation>el webhook respondió HTTP {code}</translation>
    </message>
    <message>
      <location filename="faceapp/core/door.py" line="101" />
      <source>webhook unreachable ({why})</source>
      <translation>webhook inalcanzable ({why})</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="253" />
      <source>{name} disabled</source>
      <translation>{name} desactivado/a</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="253" />
      <source>{name} enabled</source>
      <translation>{name} activado/a</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="185" />
      <source>{n} events</source>
      <translation>{n} eventos</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="240" />
      <source>{n} events exported</source>
      <translation>{n} eventos exportados</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="184" />
      <source>{n} face template(s) were made with another model or an earlier release of it: those people are not recognised until the gallery is updated for {model}.</source>
      <translation>{n} plantilla(s) facial(es) se hicieron con otro modelo o con una versión anterior de él: esas personas no se reconocen hasta actualizar la galería para {model}.</translation>
    </message>
    <message>
      <location filename="faceapp/core/pipeline.py" line="159" />
      <source>{n} faces of similar size; use a photo of one person</source>
      <translation>{n} caras de tamaño parecido; use una foto de una sola persona</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/bench_panel.py" line="178" />
      <source>{n} model(s) installed. Timings are taken on this machine, interleaved between models.</source>
      <translation>{n} modelo(s) instalado(s). Los tiempos se miden en este equipo, alternando entre modelos.</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="252" />
      <source>{n} of {t} faces</source>
      <translation>{n} de {t} caras</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/events.py" line="250" />
      <source>{n} old events deleted</source>
      <translation>{n} eventos antiguos borrados</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/people.py" line="195" />
      <source>{n} people</source>
      <translation>{n} personas</translation>
    </message>
    <message>
      <location filename="faceapp/core/gallery/people.py" line="149" />
      <source>{n} people are called {key!r}; use the id</source>
      <translation>{n} personas se llaman {key!r}; use el identificador</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/enroll.py" line="233" />
      <source>{n} photo(s) added</source>
      <translation>{n} foto(s) añadida(s)</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="217" />
      <source>{n} templates updated</source>
      <translation>{n} plantillas actualizadas</translation>
    </message>
    <message>
      <location filename="faceapp/core/errors.py" line="54" />
      <source>{path}: {reason}</source>
      <translation>{path}: {reason}</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/window.py" line="191" />
      <source>{people} enrolled - face model {model} - {level}</source>
      <translation>{people} registrado(s) – modelo facial {model} – {level}</translation>
    </message>
    <message>
      <location filename="faceapp/core/enrollment.py" line="157" />
      <source>{photo}: {why}</source>
      <translation>{photo}: {why}</translation>
    </message>
    <message>
      <location filename="faceapp/core/frames.py" line="250" />
      <source>{problem} - retrying in {s} s</source>
      <translation>{problem}: nuevo intento en {s} s</translation>
    </message>
    <message>
      <location filename="faceapp/gui/admin/settings.py" line="439" />
      <source>{th:.3f} in force</source>
      <translation>{th:.3f} en vigor</translation>
    </message>
    <message>
      <location filename="faceapp/core/typed.py" line="82" />
      <source>{where} must be a mapping</source>
      <translation>{where} debe ser una tabla (clave: valor)</translation>
    </message>
  </context>
</TS>
