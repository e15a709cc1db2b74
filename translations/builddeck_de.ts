<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildDeck::Runtime::DockerEngineRuntime</name>
    <message>
        <source>no details given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed with HTTP %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered /version without an ApiVersion; it does not look like a Docker-compatible engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image name was given to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspecting image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer to %2 is not a JSON object (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::EngineEndpoint</name>
    <message>
        <source>Write unix:///path/to/engine.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the socket path in &apos;%2&apos; must be absolute. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the socket path &apos;%2&apos; is longer than %3 bytes, which Linux cannot connect to; link the socket from a shorter path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ssh:// engines are reached through a forwarded socket: run &apos;ssh -N -L /tmp/builddeck-engine.sock:/var/run/docker.sock HOST&apos; and use unix:///tmp/builddeck-engine.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an engine address. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no host name. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must not have a path after the port. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the port in &apos;%2&apos; must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::EngineHttpClient</name>
    <message>
        <source>libcurl could not create a connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no socket at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::EngineLocator</name>
    <message>
        <source>  %1 (%2): not tried, the time allowed ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container engine answered. Tried:
%1
Start one: as root run &apos;dockerd &amp;&apos; (or &apos;systemctl start docker&apos;), or for Podman &apos;systemctl --user start podman.socket&apos;; &apos;scripts/dev.sh engine&apos; does it for you. Or name a running engine with --engine URL or BUILDDECK_ENGINE=URL (unix:///path/to/engine.sock or tcp://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::AboutDialog</name>
    <message>
        <source>About BuildDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;BuildDeck %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CodeBuild on your own machine: build projects, buildspecs with validation, and builds in local containers with CodeBuild&apos;s phases, logs, artifacts and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::EngineStatusWidget</name>
    <message>
        <source>Engine: looking for a container engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1 %2 (API %3) at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3/%4, kernel %5.
Endpoint %6, chosen by: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::MainWindow</name>
    <message>
        <source>BuildDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run AWS CodeBuild builds in local containers. The buildspec editor opens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Engine Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BuildDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Print the versions of BuildDeck and its libraries as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the container engine in use (name, version, API, endpoint) as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BuildDeck: AWS CodeBuild builds in local containers, headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where projects, builds and logs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container engine to use: unix:///path/to/engine.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do; see the list of verbs below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verb given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no argument, but &apos;%2&apos; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builddeck-cli: %1
Verbs: %2. Run &apos;builddeck-cli --help&apos; for details.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory could be determined: set BUILDDECK_DATA_DIR or pass --data-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 (from %2) is a file, not a directory: choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 (from %2) could not be created: check its parent&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 (from %2) is not writable: fix its permissions or choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build projects will be listed here with the status of their last build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every build run on this machine will be kept here to browse, filter and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No build selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phases, environment and source version of the selected build appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the selected build appears here, live while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files the selected build produced appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results and code coverage of the selected build appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes found in the buildspec being edited are listed here, with their line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>BuildDeck: AWS CodeBuild builds in local containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container engine to use: unix:///path/to/engine.sock or tcp://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where projects, builds and logs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface, such as de or fr, instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builddeck: %1
Run &apos;builddeck --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>builddeck: no display to show a window on. Set DISPLAY or WAYLAND_DISPLAY, or run with QT_QPA_PLATFORM=offscreen, or use builddeck-cli for headless builds.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BuildDeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
