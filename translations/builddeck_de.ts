<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildDeck::Runtime::DockerEngineRuntime</name>
    <message>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <source>%1: %2 failed with HTTP %3: %4</source>
        <translation>%1: %2 ist mit HTTP %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>%1 answered /version without an ApiVersion; it does not look like a Docker-compatible engine.</source>
        <translation>%1 hat auf /version ohne ApiVersion geantwortet; es scheint keine Docker-kompatible Engine zu sein.</translation>
    </message>
    <message>
        <source>No image name was given to inspect.</source>
        <translation>Es wurde kein Image-Name zum Prüfen angegeben.</translation>
    </message>
    <message>
        <source>inspecting image %1</source>
        <translation>Abfragen des Images %1</translation>
    </message>
    <message>
        <source>%1: the answer to %2 is not a JSON object (%3)</source>
        <translation>%1: Die Antwort auf %2 ist kein JSON-Objekt (%3)</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::EngineEndpoint</name>
    <message>
        <source>Write unix:///path/to/engine.sock or tcp://host:port.</source>
        <translation>Geben Sie unix:///path/to/engine.sock oder tcp://host:port an.</translation>
    </message>
    <message>
        <source>%1 is empty. %2</source>
        <translation>%1 ist leer. %2</translation>
    </message>
    <message>
        <source>%1: the socket path in &apos;%2&apos; must be absolute. %3</source>
        <translation>%1: Der Socket-Pfad in &apos;%2&apos; muss absolut sein. %3</translation>
    </message>
    <message>
        <source>%1: the socket path &apos;%2&apos; is longer than %3 bytes, which Linux cannot connect to; link the socket from a shorter path.</source>
        <translation>%1: Der Socket-Pfad &apos;%2&apos; ist länger als %3 Bytes, damit kann Linux keine Verbindung herstellen; legen Sie unter einem kürzeren Pfad einen Link auf den Socket an.</translation>
    </message>
    <message>
        <source>%1: ssh:// engines are reached through a forwarded socket: run &apos;ssh -N -L /tmp/builddeck-engine.sock:/var/run/docker.sock HOST&apos; and use unix:///tmp/builddeck-engine.sock.</source>
        <translation>%1: ssh://-Engines werden über einen weitergeleiteten Socket erreicht: Führen Sie &apos;ssh -N -L /tmp/builddeck-engine.sock:/var/run/docker.sock HOST&apos; aus und verwenden Sie unix:///tmp/builddeck-engine.sock.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an engine address. %3</source>
        <translation>%1: &apos;%2&apos; ist keine Engine-Adresse. %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no host name. %3</source>
        <translation>%1: &apos;%2&apos; hat keinen Hostnamen. %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must not have a path after the port. %3</source>
        <translation>%1: &apos;%2&apos; darf nach dem Port keinen Pfad enthalten. %3</translation>
    </message>
    <message>
        <source>%1: the port in &apos;%2&apos; must be between 1 and 65535.</source>
        <translation>%1: Der Port in &apos;%2&apos; muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::EngineHttpClient</name>
    <message>
        <source>libcurl could not create a connection handle.</source>
        <translation>libcurl konnte kein Verbindungs-Handle erzeugen.</translation>
    </message>
    <message>
        <source>%1: no socket at %2</source>
        <translation>%1: kein Socket unter %2</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms (%3)</source>
        <translation>%1: keine Antwort innerhalb von %2 ms (%3)</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::EngineLocator</name>
    <message>
        <source>  %1 (%2): not tried, the time allowed ran out</source>
        <translation>  %1 (%2): nicht versucht, die verfügbare Zeit ist abgelaufen</translation>
    </message>
    <message>
        <source>No container engine answered. Tried:
%1
Start one: as root run &apos;dockerd &amp;&apos; (or &apos;systemctl start docker&apos;), or for Podman &apos;systemctl --user start podman.socket&apos;; &apos;scripts/dev.sh engine&apos; does it for you. Or name a running engine with --engine URL or BUILDDECK_ENGINE=URL (unix:///path/to/engine.sock or tcp://host:port).</source>
        <translation>Keine Container-Engine hat geantwortet. Versucht:
%1
Starten Sie eine: als root &apos;dockerd &amp;&apos; ausführen (oder &apos;systemctl start docker&apos;), für Podman &apos;systemctl --user start podman.socket&apos;; &apos;scripts/dev.sh engine&apos; erledigt das für Sie. Oder geben Sie eine laufende Engine mit --engine URL oder BUILDDECK_ENGINE=URL an (unix:///path/to/engine.sock oder tcp://host:port).</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::AboutDialog</name>
    <message>
        <source>About BuildDeck</source>
        <translation>Über BuildDeck</translation>
    </message>
    <message>
        <source>&lt;h2&gt;BuildDeck %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;BuildDeck %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>AWS CodeBuild on your own machine: build projects, buildspecs with validation, and builds in local containers with CodeBuild&apos;s phases, logs, artifacts and reports.</source>
        <translation>AWS CodeBuild auf Ihrem eigenen Rechner: Build-Projekte, buildspecs mit Validierung und Builds in lokalen Containern mit den Phasen, Logs, Artefakten und Berichten von CodeBuild.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Erstellt mit:</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::EngineStatusWidget</name>
    <message>
        <source>Engine: looking for a container engine…</source>
        <translation>Engine: Suche nach einer Container-Engine…</translation>
    </message>
    <message>
        <source>Engine: %1 %2 (API %3) at %4</source>
        <translation>Engine: %1 %2 (API %3) unter %4</translation>
    </message>
    <message>
        <source>%1 %2 on %3/%4, kernel %5.
Endpoint %6, chosen by: %7.</source>
        <translation>%1 %2 auf %3/%4, Kernel %5.
Endpunkt %6, gewählt durch: %7.</translation>
    </message>
    <message>
        <source>Engine: not connected: %1</source>
        <translation>Engine: nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::MainWindow</name>
    <message>
        <source>BuildDeck</source>
        <translation>BuildDeck</translation>
    </message>
    <message>
        <source>Run AWS CodeBuild builds in local containers. The buildspec editor opens here.</source>
        <translation>Führen Sie AWS-CodeBuild-Builds in lokalen Containern aus. Hier öffnet sich der buildspec-Editor.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Check &amp;Engine Now</source>
        <translation>&amp;Engine jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About BuildDeck</source>
        <translation>Ü&amp;ber BuildDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Print the versions of BuildDeck and its libraries as JSON.</source>
        <translation>Gibt die Versionen von BuildDeck und seinen Bibliotheken als JSON aus.</translation>
    </message>
    <message>
        <source>Print the container engine in use (name, version, API, endpoint) as JSON.</source>
        <translation>Gibt die verwendete Container-Engine (Name, Version, API, Endpunkt) als JSON aus.</translation>
    </message>
    <message>
        <source>BuildDeck: AWS CodeBuild builds in local containers, headless.</source>
        <translation>BuildDeck: AWS-CodeBuild-Builds in lokalen Containern, ohne grafische Oberfläche.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Where projects, builds and logs are kept.</source>
        <translation>Verzeichnis, in dem Projekte, Builds und Protokolle gespeichert werden.</translation>
    </message>
    <message>
        <source>Container engine to use: unix:///path/to/engine.sock or tcp://host:port.</source>
        <translation>Zu verwendende Container-Engine: unix:///path/to/engine.sock oder tcp://host:port.</translation>
    </message>
    <message>
        <source>What to do; see the list of verbs below.</source>
        <translation>Was getan werden soll; siehe die Liste der Befehle unten.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>no verb given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no argument, but &apos;%2&apos; was given.</source>
        <translation>&apos;%1&apos; erwartet kein Argument, aber &apos;%2&apos; wurde angegeben.</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>builddeck-cli: %1
Verbs: %2. Run &apos;builddeck-cli --help&apos; for details.
</source>
        <translation>builddeck-cli: %1
Befehle: %2. Details erhalten Sie mit &apos;builddeck-cli --help&apos;.
</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory could be determined: set BUILDDECK_DATA_DIR or pass --data-dir DIR.</source>
        <translation>Es konnte kein Datenverzeichnis ermittelt werden: Setzen Sie BUILDDECK_DATA_DIR oder übergeben Sie --data-dir DIR.</translation>
    </message>
    <message>
        <source>The data directory %1 (from %2) is a file, not a directory: choose another path.</source>
        <translation>Das Datenverzeichnis %1 (aus %2) ist eine Datei, kein Verzeichnis: Wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>The data directory %1 (from %2) could not be created: check its parent&apos;s permissions.</source>
        <translation>Das Datenverzeichnis %1 (aus %2) konnte nicht angelegt werden: Prüfen Sie die Berechtigungen des übergeordneten Verzeichnisses.</translation>
    </message>
    <message>
        <source>The data directory %1 (from %2) is not writable: fix its permissions or choose another path.</source>
        <translation>Das Datenverzeichnis %1 (aus %2) ist nicht beschreibbar: Korrigieren Sie die Berechtigungen oder wählen Sie einen anderen Pfad.</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>Keine Projekte</translation>
    </message>
    <message>
        <source>Build projects will be listed here with the status of their last build.</source>
        <translation>Build-Projekte werden hier mit dem Status ihres letzten Builds aufgelistet.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No builds</source>
        <translation>Keine Builds</translation>
    </message>
    <message>
        <source>Every build run on this machine will be kept here to browse, filter and compare.</source>
        <translation>Alle Builds, die auf diesem Rechner laufen, werden hier zum Durchsuchen, Filtern und Vergleichen aufbewahrt.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>No build selected</source>
        <translation>Kein Build ausgewählt</translation>
    </message>
    <message>
        <source>The phases, environment and source version of the selected build appear here.</source>
        <translation>Phasen, Umgebung und Quellversion des ausgewählten Builds werden hier angezeigt.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The log of the selected build appears here, live while it runs.</source>
        <translation>Das Protokoll des ausgewählten Builds erscheint hier, live während der Ausführung.</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>No artifacts</source>
        <translation>Keine Artefakte</translation>
    </message>
    <message>
        <source>The files the selected build produced appear here.</source>
        <translation>Die vom ausgewählten Build erzeugten Dateien werden hier angezeigt.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>No test reports</source>
        <translation>Keine Testberichte</translation>
    </message>
    <message>
        <source>Test results and code coverage of the selected build appear here.</source>
        <translation>Testergebnisse und Codeabdeckung des ausgewählten Builds werden hier angezeigt.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Mistakes found in the buildspec being edited are listed here, with their line.</source>
        <translation>Fehler in der gerade bearbeiteten buildspec werden hier mit ihrer Zeilennummer aufgelistet.</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>BuildDeck: AWS CodeBuild builds in local containers.</source>
        <translation>BuildDeck: AWS-CodeBuild-Builds in lokalen Containern.</translation>
    </message>
    <message>
        <source>Container engine to use: unix:///path/to/engine.sock or tcp://host:port.</source>
        <translation>Zu verwendende Container-Engine: unix:///path/to/engine.sock oder tcp://host:port.</translation>
    </message>
    <message>
        <source>Where projects, builds and logs are kept.</source>
        <translation>Verzeichnis, in dem Projekte, Builds und Protokolle gespeichert werden.</translation>
    </message>
    <message>
        <source>Language of the user interface, such as de or fr, instead of the system&apos;s.</source>
        <translation>Sprache der Benutzeroberfläche, etwa de oder fr, statt der Systemsprache.</translation>
    </message>
    <message>
        <source>builddeck: %1
Run &apos;builddeck --help&apos; for the options.</source>
        <translation>builddeck: %1
Die Optionen zeigt &apos;builddeck --help&apos; an.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>builddeck: no display to show a window on. Set DISPLAY or WAYLAND_DISPLAY, or run with QT_QPA_PLATFORM=offscreen, or use builddeck-cli for headless builds.
</source>
        <translation>builddeck: Kein Display zum Anzeigen eines Fensters vorhanden. Setzen Sie DISPLAY oder WAYLAND_DISPLAY, starten Sie mit QT_QPA_PLATFORM=offscreen oder verwenden Sie builddeck-cli für Builds ohne grafische Oberfläche.
</translation>
    </message>
    <message>
        <source>BuildDeck</source>
        <translation>BuildDeck</translation>
    </message>
</context>
</TS>
