<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildCommands</name>
    <message>
        <source>--project-name is required</source>
        <translation>--project-name ist erforderlich</translation>
    </message>
    <message>
        <source>--timeout-in-minutes-override: must be 5 to 2160</source>
        <translation>--timeout-in-minutes-override: muss zwischen 5 und 2160 liegen</translation>
    </message>
    <message>
        <source>--project-name: %1</source>
        <translation>--project-name: %1</translation>
    </message>
    <message>
        <source>--id is required</source>
        <translation>--id ist erforderlich</translation>
    </message>
    <message>
        <source>--ids is required</source>
        <translation>--ids ist erforderlich</translation>
    </message>
    <message>
        <source>--sort-order: %1 is not one of ASCENDING, DESCENDING</source>
        <translation>--sort-order: %1 ist keiner der Werte ASCENDING, DESCENDING</translation>
    </message>
    <message numerus="yes">
        <source>builddeck-cli: %n build(s) whose worker had ended were finalised as FAULT.
</source>
        <translation>
            <numerusform>builddeck-cli: %n Build, dessen Worker beendet war, wurde als FAULT abgeschlossen.
</numerusform>
            <numerusform>builddeck-cli: %n Builds, deren Worker beendet war, wurden als FAULT abgeschlossen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>--id: %1</source>
        <translation>--id: %1</translation>
    </message>
    <message>
        <source>--id: the project %1 of build %2 no longer exists</source>
        <translation>--id: Das Projekt %1 des Builds %2 existiert nicht mehr</translation>
    </message>
    <message>
        <source>builddeck-cli: build %1 ended %2; peak memory %3 KiB
</source>
        <translation>builddeck-cli: Build %1 endete mit %2; Spitzenspeicher %3 KiB
</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Artifacts::ArtifactContents</name>
    <message>
        <source>%1 cannot be read as a zip: %2</source>
        <translation>%1 kann nicht als ZIP-Datei gelesen werden: %2</translation>
    </message>
    <message>
        <source>The artifact %1 is not there any more; run the build again to make it.</source>
        <translation>Das Artefakt %1 ist nicht mehr vorhanden; führen Sie den Build erneut aus, um es zu erzeugen.</translation>
    </message>
    <message>
        <source>%1 is not a path inside the artifact.</source>
        <translation>%1 ist kein Pfad innerhalb des Artefakts.</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read from %2: %3</source>
        <translation>%1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 has no file %2.</source>
        <translation>%1 enthält keine Datei %2.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Artifacts::ArtifactDestination</name>
    <message>
        <source>%1.%2: &apos;%3&apos; would leave the artifact folder; use a path without &apos;..&apos;.</source>
        <translation>%1.%2: &apos;%3&apos; würde den Artefaktordner verlassen; verwenden Sie einen Pfad ohne &apos;..&apos;.</translation>
    </message>
    <message>
        <source>%1.location: an S3 artifact needs a location (the bucket, a folder under the data directory&apos;s s3/).</source>
        <translation>%1.location: Ein S3-Artefakt benötigt einen Ort (den Bucket, einen Ordner unter s3/ im Datenverzeichnis).</translation>
    </message>
    <message>
        <source>%1.name: a ZIP artifact needs a file name; give the artifact a name.</source>
        <translation>%1.name: Ein ZIP-Artefakt benötigt einen Dateinamen; geben Sie dem Artefakt einen Namen.</translation>
    </message>
    <message>
        <source>%1: with no path and the name &apos;/&apos;, the artifact would replace the whole bucket; give it a name or a path.</source>
        <translation>%1: Ohne Pfad und mit dem Namen &apos;/&apos; würde das Artefakt den ganzen Bucket ersetzen; geben Sie ihm einen Namen oder einen Pfad.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Artifacts::ArtifactPackager</name>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The link %1 cannot be read.</source>
        <translation>Der Link %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Artifacts::ArtifactSelection</name>
    <message>
        <source>The artifact path %1 leaves the source directory; give a path inside it.</source>
        <translation>Der Artefaktpfad %1 verlässt das Quellverzeichnis; geben Sie einen Pfad darin an.</translation>
    </message>
    <message>
        <source>The source directory %1 is not there.</source>
        <translation>Das Quellverzeichnis %1 ist nicht vorhanden.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildCache</name>
    <message>
        <source>The cache volume %1 cannot be removed (is a build of %2 running?): %3</source>
        <translation>Das Cache-Volume %1 kann nicht entfernt werden (läuft gerade ein Build von %2?): %3</translation>
    </message>
    <message>
        <source>The cache folder %1 cannot be removed.</source>
        <translation>Der Cache-Ordner %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The source cache %1 cannot be removed.</source>
        <translation>Der Quell-Cache %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>the engine</source>
        <translation>die Engine</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildEnvironment</name>
    <message>
        <source>%1 is reserved for CodeBuild&apos;s own variables and was not applied</source>
        <translation>%1 ist für die Variablen von CodeBuild reserviert und wurde nicht übernommen</translation>
    </message>
    <message>
        <source>no secret store is available to look up %1</source>
        <translation>es ist kein Secret-Speicher verfügbar, um %1 nachzuschlagen</translation>
    </message>
    <message>
        <source>Parameter %1 for %2: %3</source>
        <translation>Parameter %1 für %2: %3</translation>
    </message>
    <message>
        <source>Secret %1 for %2: %3</source>
        <translation>Secret %1 für %2: %3</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildLog</name>
    <message>
        <source>Writing the build log %1 failed: %2</source>
        <translation>Das Schreiben des Build-Protokolls %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The build log %1 cannot be read: %2</source>
        <translation>Das Build-Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The index of build log %1 cannot be read: %2</source>
        <translation>Der Index des Build-Protokolls %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a BuildDeck log index.</source>
        <translation>%1 ist kein BuildDeck-Protokollindex.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildService</name>
    <message>
        <source>The build worker %1 could not be started: %2</source>
        <translation>Der Build-Worker %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The logs of %1 in %2 could not all be removed.</source>
        <translation>Nicht alle Protokolle von %1 in %2 konnten entfernt werden.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildStore</name>
    <message>
        <source>A build needs a project name.</source>
        <translation>Ein Build benötigt einen Projektnamen.</translation>
    </message>
    <message>
        <source>Numbering a build of %1</source>
        <translation>Nummerieren eines Builds von %1</translation>
    </message>
    <message>
        <source>Saving build %1</source>
        <translation>Speichern des Builds %1</translation>
    </message>
    <message>
        <source>There is no build %1.</source>
        <translation>Es gibt keinen Build %1.</translation>
    </message>
    <message>
        <source>Reading build %1</source>
        <translation>Lesen des Builds %1</translation>
    </message>
    <message>
        <source>Listing builds</source>
        <translation>Auflisten der Builds</translation>
    </message>
    <message>
        <source>Counting builds</source>
        <translation>Zählen der Builds</translation>
    </message>
    <message>
        <source>Stopping build %1</source>
        <translation>Anhalten des Builds %1</translation>
    </message>
    <message>
        <source>Counting running builds</source>
        <translation>Zählen der laufenden Builds</translation>
    </message>
    <message>
        <source>Removing the builds of %1</source>
        <translation>Entfernen der Builds von %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::OrphanFinalizer</name>
    <message>
        <source>The BuildDeck worker running this build ended unexpectedly, during %1.</source>
        <translation>Der BuildDeck-Worker, der diesen Build ausführte, wurde während %1 unerwartet beendet.</translation>
    </message>
    <message>
        <source>No container engine answered, so the build&apos;s container may still exist.</source>
        <translation>Keine Container-Engine hat geantwortet; der Container des Builds existiert daher möglicherweise noch.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::History::Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The data directory %1 could not be created.</source>
        <translation>Das Datenverzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Starting a transaction on %1</source>
        <translation>Starten einer Transaktion in %1</translation>
    </message>
    <message>
        <source>Committing to %1</source>
        <translation>Festschreiben der Transaktion in %1</translation>
    </message>
    <message>
        <source>Reading the schema version of %1</source>
        <translation>Lesen der Schemaversion von %1</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this BuildDeck understands (%3); use a newer BuildDeck or another data directory.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2 und ist damit neuer, als diese BuildDeck-Version unterstützt (%3); verwenden Sie eine neuere BuildDeck-Version oder ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>Migrating %1 to schema version %2</source>
        <translation>Migrieren von %1 auf Schemaversion %2</translation>
    </message>
    <message>
        <source>Recording schema version %1</source>
        <translation>Speichern der Schemaversion %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Log::LogExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saving %1 was cancelled.</source>
        <translation>Das Speichern von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Log::LogMatcher</name>
    <message>
        <source>The regular expression is not valid at character %1: %2</source>
        <translation>Der reguläre Ausdruck ist bei Zeichen %1 ungültig: %2</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::JsonReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, gefunden wurde aber %1</translation>
    </message>
    <message>
        <source>unknown member; it is ignored</source>
        <translation>unbekanntes Element; es wird ignoriert</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>known members: %1</source>
        <translation>bekannte Elemente: %1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, gefunden wurde aber %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, gefunden wurde aber %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, gefunden wurde aber %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>muss eine Liste sein, gefunden wurde aber %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectImport</name>
    <message>
        <source>The JSON holds no project.</source>
        <translation>Das JSON enthält kein Projekt.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3</source>
        <translation>%1 ist kein JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 holds no JSON object; CodeBuild project JSON is an object.</source>
        <translation>%1 enthält kein JSON-Objekt; das JSON eines CodeBuild-Projekts ist ein Objekt.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectJson</name>
    <message>
        <source>is required in gitSubmodulesConfig</source>
        <translation>ist in gitSubmodulesConfig erforderlich</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectStore</name>
    <message>
        <source>Saving project %1</source>
        <translation>Speichern des Projekts %1</translation>
    </message>
    <message>
        <source>name: a project named %1 already exists; choose another name or update it</source>
        <translation>name: es gibt bereits ein Projekt namens %1; wählen Sie einen anderen Namen oder aktualisieren Sie das vorhandene Projekt</translation>
    </message>
    <message>
        <source>name: there is no project named %1</source>
        <translation>name: es gibt kein Projekt namens %1</translation>
    </message>
    <message>
        <source>Deleting project %1</source>
        <translation>Löschen des Projekts %1</translation>
    </message>
    <message>
        <source>Reading project %1</source>
        <translation>Lesen des Projekts %1</translation>
    </message>
    <message>
        <source>there is no project named %1</source>
        <translation>es gibt kein Projekt namens %1</translation>
    </message>
    <message>
        <source>Reading the projects</source>
        <translation>Lesen der Projekte</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectTemplates</name>
    <message>
        <source>Hello, BuildDeck</source>
        <translation>Hallo, BuildDeck</translation>
    </message>
    <message>
        <source>No source: the buildspec is part of the project. The quickest way to see a build run.</source>
        <translation>Ohne Quelle: Die buildspec ist Teil des Projekts. So sehen Sie am schnellsten einen Build laufen.</translation>
    </message>
    <message>
        <source>Folder on this machine</source>
        <translation>Ordner auf diesem Rechner</translation>
    </message>
    <message>
        <source>Builds a local folder with its buildspec.yml; the folder is copied, never changed.</source>
        <translation>Baut einen lokalen Ordner mit seiner buildspec.yml; der Ordner wird kopiert und nie verändert.</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Git-Repository</translation>
    </message>
    <message>
        <source>Builds a branch, tag or commit of a git repository, as CodeBuild&apos;s GitHub, GitLab, Bitbucket and CodeCommit sources do.</source>
        <translation>Baut einen Branch, ein Tag oder einen Commit eines git-Repositorys, so wie es die CodeBuild-Quellen GitHub, GitLab, Bitbucket und CodeCommit tun.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectValidator</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>ist erforderlich: einer der Werte %1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>schreiben Sie %1</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs von %2 bis %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain only letters, digits and underscores and be shorter than 128 characters</source>
        <translation>&apos;%1&apos; darf nur Buchstaben, Ziffern und Unterstriche enthalten und muss kürzer als 128 Zeichen sein</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>enthält %1 Einträge; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>is required for a LOCAL source: the directory to build</source>
        <translation>ist für eine Quelle vom Typ LOCAL erforderlich: das Verzeichnis, das gebaut werden soll</translation>
    </message>
    <message>
        <source>is required for a %1 source</source>
        <translation>ist für eine Quelle vom Typ %1 erforderlich</translation>
    </message>
    <message>
        <source>any URL git can clone: https://, ssh://, file:// or a path</source>
        <translation>jede URL, die git klonen kann: https://, ssh://, file:// oder ein Pfad</translation>
    </message>
    <message>
        <source>NO_SOURCE cannot be a secondary source</source>
        <translation>NO_SOURCE kann keine sekundäre Quelle sein</translation>
    </message>
    <message>
        <source>a NO_SOURCE project needs the buildspec itself here, not a file name</source>
        <translation>ein Projekt vom Typ NO_SOURCE benötigt hier die buildspec selbst, keinen Dateinamen</translation>
    </message>
    <message>
        <source>write the whole buildspec, for example &quot;version: 0.2\nphases: ...&quot;</source>
        <translation>schreiben Sie die vollständige buildspec, zum Beispiel &quot;version: 0.2\nphases: ...&quot;</translation>
    </message>
    <message>
        <source>CODEPIPELINE sources come from AWS CodePipeline and cannot be built locally</source>
        <translation>Quellen vom Typ CODEPIPELINE stammen aus AWS CodePipeline und können nicht lokal gebaut werden</translation>
    </message>
    <message>
        <source>only applies to git sources</source>
        <translation>gilt nur für git-Quellen</translation>
    </message>
    <message>
        <source>is only allowed for GitHub, GitHub Enterprise, GitLab and Bitbucket sources</source>
        <translation>ist nur für Quellen vom Typ GitHub, GitHub Enterprise, GitLab und Bitbucket erlaubt</translation>
    </message>
    <message>
        <source>is only allowed for GITHUB_ENTERPRISE sources</source>
        <translation>ist nur für Quellen vom Typ GITHUB_ENTERPRISE erlaubt</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>CODEPIPELINE cannot be a secondary artifact</source>
        <translation>CODEPIPELINE kann kein sekundäres Artefakt sein</translation>
    </message>
    <message>
        <source>CODEPIPELINE artifacts go to AWS CodePipeline; locally they are not kept</source>
        <translation>Artefakte vom Typ CODEPIPELINE gehen an AWS CodePipeline; lokal werden sie nicht aufbewahrt</translation>
    </message>
    <message>
        <source>%1 builds cannot run in a local Linux container</source>
        <translation>Builds vom Typ %1 können nicht in einem lokalen Linux-Container laufen</translation>
    </message>
    <message>
        <source>a variable needs a name</source>
        <translation>eine Variable benötigt einen Namen</translation>
    </message>
    <message>
        <source>%1 is reserved: names beginning with CODEBUILD_ are set by the build, and BuildDeck does not apply this one</source>
        <translation>%1 ist reserviert: Namen, die mit CODEBUILD_ beginnen, werden vom Build gesetzt, und BuildDeck übernimmt diese Variable nicht</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 ist doppelt definiert</translation>
    </message>
    <message>
        <source>must name the parameter or secret</source>
        <translation>muss den Parameter oder das Secret angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be 2 to 255 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; muss aus 2 bis 255 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>is %1 characters long; at most 255 are allowed</source>
        <translation>ist %1 Zeichen lang; erlaubt sind höchstens 255</translation>
    </message>
    <message>
        <source>%1 is used by another secondary source</source>
        <translation>%1 wird bereits von einer anderen sekundären Quelle verwendet</translation>
    </message>
    <message>
        <source>%1 is not the sourceIdentifier of a secondary source</source>
        <translation>%1 ist nicht der sourceIdentifier einer sekundären Quelle</translation>
    </message>
    <message>
        <source>%1 is used by another secondary artifact</source>
        <translation>%1 wird bereits von einem anderen sekundären Artefakt verwendet</translation>
    </message>
    <message>
        <source>a LOCAL cache needs at least one mode</source>
        <translation>ein Cache vom Typ LOCAL benötigt mindestens einen Modus</translation>
    </message>
    <message>
        <source>LOCAL_SOURCE_CACHE, LOCAL_DOCKER_LAYER_CACHE or LOCAL_CUSTOM_CACHE</source>
        <translation>LOCAL_SOURCE_CACHE, LOCAL_DOCKER_LAYER_CACHE oder LOCAL_CUSTOM_CACHE</translation>
    </message>
    <message>
        <source>only applies to LOCAL sources</source>
        <translation>gilt nur für Quellen vom Typ LOCAL</translation>
    </message>
    <message>
        <source>%1 is not an existing directory</source>
        <translation>%1 ist kein vorhandenes Verzeichnis</translation>
    </message>
    <message>
        <source>choose the folder that holds the code to build</source>
        <translation>wählen Sie den Ordner, der den zu bauenden Code enthält</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::CloverParser</name>
    <message>
        <source>a &lt;file&gt; without a path or name</source>
        <translation>ein &lt;file&gt; ohne Pfad oder Namen</translation>
    </message>
    <message>
        <source>this is a Cobertura report (a &lt;%1&gt; element), not Clover</source>
        <translation>dies ist ein Cobertura-Bericht (ein &lt;%1&gt;-Element), kein Clover-Bericht</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::CoberturaParser</name>
    <message>
        <source>a &lt;line&gt; without a line number of 1 or more; skipped</source>
        <translation>ein &lt;line&gt; ohne Zeilennummer von 1 oder mehr; übersprungen</translation>
    </message>
    <message>
        <source>condition-coverage=&quot;%1&quot; has no &quot;(covered/total)&quot;; its branches are not counted</source>
        <translation>condition-coverage=&quot;%1&quot; enthält kein &quot;(covered/total)&quot;; seine Verzweigungen werden nicht gezählt</translation>
    </message>
    <message>
        <source>this is a Clover report (a &lt;project&gt; element), not Cobertura</source>
        <translation>dies ist ein Clover-Bericht (ein &lt;project&gt;-Element), kein Cobertura-Bericht</translation>
    </message>
    <message>
        <source>a &lt;class&gt; without a filename; its lines are not counted</source>
        <translation>ein &lt;class&gt; ohne filename; seine Zeilen werden nicht gezählt</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::CucumberParser</name>
    <message>
        <source>expected a JSON array of features</source>
        <translation>erwartet wurde ein JSON-Array von Features</translation>
    </message>
    <message>
        <source>feature %1: not a JSON object, so it was left out</source>
        <translation>Feature %1: kein JSON-Objekt, daher ausgelassen</translation>
    </message>
    <message>
        <source>every duration in the file is below 1000, too short for nanoseconds; they are read as milliseconds, as cucumber-js 2 and 3 wrote them</source>
        <translation>jede Dauer in der Datei liegt unter 1000, zu kurz für Nanosekunden; sie werden als Millisekunden gelesen, wie cucumber-js 2 und 3 sie schrieben</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::JacocoParser</name>
    <message>
        <source>a &lt;sourcefile&gt; without a name</source>
        <translation>ein &lt;sourcefile&gt; ohne Namen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::JunitParser</name>
    <message>
        <source>a &lt;testcase&gt; without a name</source>
        <translation>ein &lt;testcase&gt; ohne Namen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::LcovParser</name>
    <message>
        <source>the last record has no end_of_record</source>
        <translation>der letzte Datensatz hat kein end_of_record</translation>
    </message>
    <message>
        <source>SF: before the previous record&apos;s end_of_record</source>
        <translation>SF: vor dem end_of_record des vorherigen Datensatzes</translation>
    </message>
    <message>
        <source>end_of_record without a record</source>
        <translation>end_of_record ohne Datensatz</translation>
    </message>
    <message>
        <source>%1: outside a record (no SF: before it)</source>
        <translation>%1: außerhalb eines Datensatzes (kein SF: davor)</translation>
    </message>
    <message>
        <source>not an LCOV line</source>
        <translation>keine LCOV-Zeile</translation>
    </message>
    <message>
        <source>a malformed %1: line</source>
        <translation>eine fehlerhafte %1:-Zeile</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>there is no SF: record; expected an LCOV tracefile</source>
        <translation>es gibt keinen SF:-Datensatz; erwartet wurde eine LCOV-Tracedatei</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::Nunit3Parser</name>
    <message>
        <source>a &lt;test-case&gt; without a name</source>
        <translation>ein &lt;test-case&gt; ohne Namen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::NunitParser</name>
    <message>
        <source>a &lt;test-case&gt; without a name</source>
        <translation>ein &lt;test-case&gt; ohne Namen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::ReportParser</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 is too large to read as a %2 report</source>
        <translation>%1 ist zu groß, um als %2-Bericht gelesen zu werden</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::ReportStore</name>
    <message>
        <source>Saving report %1</source>
        <translation>Speichern des Berichts %1</translation>
    </message>
    <message>
        <source>The report group %1 holds %2 reports; a %3 report cannot join it. Give the report another group name.</source>
        <translation>Die Berichtsgruppe %1 enthält %2-Berichte; ein %3-Bericht kann ihr nicht hinzugefügt werden. Geben Sie dem Bericht einen anderen Gruppennamen.</translation>
    </message>
    <message>
        <source>Listing report groups</source>
        <translation>Auflisten der Berichtsgruppen</translation>
    </message>
    <message>
        <source>Reading report group %1</source>
        <translation>Lesen der Berichtsgruppe %1</translation>
    </message>
    <message>
        <source>There is no report group %1.</source>
        <translation>Es gibt keine Berichtsgruppe %1.</translation>
    </message>
    <message>
        <source>Reading reports</source>
        <translation>Lesen der Berichte</translation>
    </message>
    <message>
        <source>Reading the test cases of %1</source>
        <translation>Lesen der Testfälle von %1</translation>
    </message>
    <message>
        <source>Reading the coverage of %1</source>
        <translation>Lesen der Abdeckung von %1</translation>
    </message>
    <message>
        <source>Removing the reports of %1</source>
        <translation>Entfernen der Berichte von %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::ReportValues</name>
    <message>
        <source>More warnings were left out.</source>
        <translation>Weitere Warnungen wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 report (line %3, column %4): %5</source>
        <translation>%1 ist kein gültiger %2-Bericht (Zeile %3, Spalte %4): %5</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::SimpleCovParser</name>
    <message>
        <source>%1: neither a list of lines nor an object; skipped</source>
        <translation>%1: weder eine Liste von Zeilen noch ein Objekt; übersprungen</translation>
    </message>
    <message>
        <source>expected SimpleCov&apos;s JSON ({&quot;coverage&quot;: {file: ...}}) or a .resultset.json ({command: {&quot;coverage&quot;: {file: ...}}})</source>
        <translation>erwartet wurde das JSON von SimpleCov ({&quot;coverage&quot;: {file: ...}}) oder eine .resultset.json ({command: {&quot;coverage&quot;: {file: ...}}})</translation>
    </message>
    <message>
        <source>%1: not a command with a &quot;coverage&quot; object; skipped</source>
        <translation>%1: kein Befehl mit einem &quot;coverage&quot;-Objekt; übersprungen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::TestNgParser</name>
    <message>
        <source>the configuration method %1 failed; it is not a test case, and the tests after it may have been skipped because of it</source>
        <translation>die Konfigurationsmethode %1 ist fehlgeschlagen; sie ist kein Testfall, und die Tests danach wurden deshalb möglicherweise übersprungen</translation>
    </message>
    <message>
        <source>a &lt;test-method&gt; without a name</source>
        <translation>ein &lt;test-method&gt; ohne Namen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::TrxParser</name>
    <message>
        <source>duration=&quot;%1&quot; is not a time span; it counts as 0</source>
        <translation>duration=&quot;%1&quot; ist keine Zeitspanne; sie zählt als 0</translation>
    </message>
    <message>
        <source>a &lt;UnitTestResult&gt; without a testName</source>
        <translation>ein &lt;UnitTestResult&gt; ohne testName</translation>
    </message>
    <message>
        <source>no &lt;UnitTest&gt; with the id %1, so the test&apos;s class is not known</source>
        <translation>kein &lt;UnitTest&gt; mit der ID %1, daher ist die Klasse des Tests unbekannt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::XmlReportReader</name>
    <message>
        <source>expected the root element %1, found &lt;%2&gt;</source>
        <translation>erwartet wurde das Wurzelelement %1, gefunden wurde &lt;%2&gt;</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>there is no root element</source>
        <translation>es gibt kein Wurzelelement</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a number; it counts as 0</source>
        <translation>%1=&quot;%2&quot; ist keine Zahl; es zählt als 0</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::DefaultImage</name>
    <message>
        <source>the engine</source>
        <translation>die Engine</translation>
    </message>
    <message>
        <source>No container engine answers (%1); start one, then build the image.</source>
        <translation>Keine Container-Engine antwortet (%1); starten Sie eine und erstellen Sie dann das Image.</translation>
    </message>
</context>
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
    <message>
        <source>pulling image %1</source>
        <translation>Herunterladen des Images %1</translation>
    </message>
    <message>
        <source>Pulling image %1 failed: %2</source>
        <translation>Das Herunterladen des Images %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>creating a container from %1</source>
        <translation>Anlegen eines Containers aus %1</translation>
    </message>
    <message>
        <source>%1 created a container but did not say its id</source>
        <translation>%1 hat einen Container angelegt, aber dessen ID nicht genannt</translation>
    </message>
    <message>
        <source>starting container %1</source>
        <translation>Starten des Containers %1</translation>
    </message>
    <message>
        <source>stopping container %1</source>
        <translation>Anhalten des Containers %1</translation>
    </message>
    <message>
        <source>removing container %1</source>
        <translation>Entfernen des Containers %1</translation>
    </message>
    <message>
        <source>listing containers</source>
        <translation>Auflisten der Container</translation>
    </message>
    <message>
        <source>running a command in container %1</source>
        <translation>Ausführen eines Befehls im Container %1</translation>
    </message>
    <message>
        <source>starting a command in container %1</source>
        <translation>Starten eines Befehls im Container %1</translation>
    </message>
    <message>
        <source>reading a command&apos;s exit status</source>
        <translation>Lesen des Exit-Status eines Befehls</translation>
    </message>
    <message>
        <source>%1 did not report the exit status of a finished command</source>
        <translation>%1 hat den Exit-Status eines beendeten Befehls nicht gemeldet</translation>
    </message>
    <message>
        <source>copying files into %1</source>
        <translation>Kopieren von Dateien nach %1</translation>
    </message>
    <message>
        <source>copying %1 out of the container</source>
        <translation>Kopieren von %1 aus dem Container</translation>
    </message>
    <message>
        <source>The container&apos;s output ended: the container stopped or the engine went away</source>
        <translation>Die Ausgabe des Containers endete: Der Container wurde beendet, oder die Engine ist nicht mehr erreichbar</translation>
    </message>
    <message>
        <source>listing images</source>
        <translation>beim Auflisten der Images</translation>
    </message>
    <message>
        <source>making volume %1</source>
        <translation>Anlegen des Volumes %1</translation>
    </message>
    <message>
        <source>listing volumes</source>
        <translation>Auflisten der Volumes</translation>
    </message>
    <message>
        <source>measuring volumes</source>
        <translation>Messen der Volumes</translation>
    </message>
    <message>
        <source>removing volume %1</source>
        <translation>Entfernen des Volumes %1</translation>
    </message>
    <message>
        <source>importing image %1</source>
        <translation>Importieren des Images %1</translation>
    </message>
    <message>
        <source>Importing image %1 failed: %2</source>
        <translation>Das Importieren des Images %1 ist fehlgeschlagen: %2</translation>
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
    <message>
        <source>%1: the transfer was stopped</source>
        <translation>%1: Die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 refused %2 with HTTP %3: %4</source>
        <translation>%1 hat %2 mit HTTP %3 abgelehnt: %4</translation>
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
    <name>BuildDeck::Runtime::ImageBuilder</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A folder cannot be made in %1: %2</source>
        <translation>In %1 kann kein Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>mmdebstrap, which makes the image from Debian&apos;s packages, is not installed. Install it (sudo apt install mmdebstrap) and try again.</source>
        <translation>mmdebstrap, das das Image aus den Debian-Paketen erstellt, ist nicht installiert. Installieren Sie es (sudo apt install mmdebstrap) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Making the file system from Debian %1</source>
        <translation>Dateisystem aus Debian %1 erstellen</translation>
    </message>
    <message>
        <source>mmdebstrap cannot be started: %1</source>
        <translation>mmdebstrap kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The image build was cancelled.</source>
        <translation>Das Erstellen des Images wurde abgebrochen.</translation>
    </message>
    <message>
        <source>mmdebstrap failed (exit status %1)</source>
        <translation>mmdebstrap ist fehlgeschlagen (Exit-Status %1)</translation>
    </message>
    <message>
        <source>As a user other than root, mmdebstrap needs user namespaces and the uidmap package; or build the image as root: sudo builddeck-cli build-image</source>
        <translation>Für andere Benutzer als root benötigt mmdebstrap User-Namespaces und das Paket uidmap; oder erstellen Sie das Image als root: sudo builddeck-cli build-image</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Importing into the engine</source>
        <translation>In die Engine importieren</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::ImageCatalog</name>
    <message>
        <source>the engine</source>
        <translation>die Engine</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::ImageRecipe</name>
    <message>
        <source>The image recipe %1 cannot be read: %2</source>
        <translation>Das Image-Rezept %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The image recipe %1 is not a JSON object (%2 at offset %3).</source>
        <translation>Das Image-Rezept %1 ist kein JSON-Objekt (%2 bei Position %3).</translation>
    </message>
    <message>
        <source>The image recipe %1: &quot;%2&quot; must be %3.</source>
        <translation>Das Image-Rezept %1: „%2“ muss %3 sein.</translation>
    </message>
    <message>
        <source>a name such as &quot;%1&quot;</source>
        <translation>ein Name wie „%1“</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>a list of apt source lines, such as &quot;deb ${mirror} bookworm main&quot;</source>
        <translation>eine Liste von APT-Quellzeilen wie „deb ${mirror} bookworm main“</translation>
    </message>
    <message>
        <source>a list of Debian package names (not &quot;%1&quot;)</source>
        <translation>eine Liste von Debian-Paketnamen (nicht „%1“)</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::UpgradedConnection</name>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1: sending to the engine failed: %2</source>
        <translation>%1: Senden an die Engine fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the engine&apos;s stream broke off: %2</source>
        <translation>%1: Der Datenstrom der Engine ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1: the transfer was stopped</source>
        <translation>%1: Die Übertragung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Secrets::SecretStore</name>
    <message>
        <source>%1: the keychain did not answer (%2). Start a keychain service: log in to a desktop session with GNOME Keyring or KWallet, or, without a desktop, run BuildDeck in &apos;dbus-run-session&apos; after &apos;gnome-keyring-daemon --unlock&apos;. BuildDeck never keeps secrets in a file.</source>
        <translation>%1: Der Schlüsselbund hat nicht geantwortet (%2). Starten Sie einen Schlüsselbund-Dienst: Melden Sie sich an einer Desktop-Sitzung mit GNOME Keyring oder KWallet an, oder führen Sie BuildDeck ohne Desktop in &apos;dbus-run-session&apos; nach &apos;gnome-keyring-daemon --unlock&apos; aus. BuildDeck speichert Geheimnisse nie in einer Datei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name: use letters, digits and / _ + = . @ ! - (at most 512).</source>
        <translation>&apos;%1&apos; ist kein gültiger Name: Verwenden Sie Buchstaben, Ziffern und / _ + = . @ ! - (höchstens 512).</translation>
    </message>
    <message>
        <source>The value of %1 is empty.</source>
        <translation>Der Wert von %1 ist leer.</translation>
    </message>
    <message>
        <source>%1 %2 exists already; overwrite it to change its value.</source>
        <translation>%1 %2 ist bereits vorhanden; überschreiben Sie den Eintrag, um seinen Wert zu ändern.</translation>
    </message>
    <message>
        <source>Storing %1 %2</source>
        <translation>Speichern von %1 %2</translation>
    </message>
    <message>
        <source>Recording %1 %2</source>
        <translation>Eintragen von %1 %2</translation>
    </message>
    <message>
        <source>There is no %1 named %2.</source>
        <translation>Es gibt keinen Eintrag der Art %1 mit dem Namen %2.</translation>
    </message>
    <message>
        <source>Reading %1 %2</source>
        <translation>Lesen von %1 %2</translation>
    </message>
    <message>
        <source>Deleting %1 %2</source>
        <translation>Löschen von %1 %2</translation>
    </message>
    <message>
        <source>Listing secrets</source>
        <translation>Auflisten der Geheimnisse</translation>
    </message>
    <message>
        <source>A git credential for %1 needs a password or token, or an SSH key file.</source>
        <translation>Git-Zugangsdaten für %1 benötigen ein Passwort oder Token oder eine SSH-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Secret %1 is not a JSON object, so it has no key %2.</source>
        <translation>Das Geheimnis %1 ist kein JSON-Objekt und hat daher keinen Schlüssel %2.</translation>
    </message>
    <message>
        <source>Secret %1 has no JSON key %2.</source>
        <translation>Das Geheimnis %1 hat keinen JSON-Schlüssel %2.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Source::DirectoryArchive</name>
    <message>
        <source>Copying %1 was stopped.</source>
        <translation>Das Kopieren von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The container engine stopped reading the files of %1.</source>
        <translation>Die Container-Engine hat aufgehört, die Dateien von %1 zu lesen.</translation>
    </message>
    <message>
        <source>Packing %1 failed: %2</source>
        <translation>Das Packen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The link %1 cannot be read.</source>
        <translation>Der Link %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Copying into %1 was stopped.</source>
        <translation>Das Kopieren nach %1 wurde angehalten.</translation>
    </message>
    <message>
        <source>The container engine stopped sending the files for %1.</source>
        <translation>Die Container-Engine hat aufgehört, die Dateien für %1 zu senden.</translation>
    </message>
    <message>
        <source>Unpacking into %1 failed: %2</source>
        <translation>Das Entpacken nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 would be written outside %2; refused.</source>
        <translation>%1 würde außerhalb von %2 geschrieben; abgelehnt.</translation>
    </message>
    <message>
        <source>%1 links to %2, outside %3; refused.</source>
        <translation>%1 verweist auf %2, außerhalb von %3; abgelehnt.</translation>
    </message>
    <message>
        <source>%1 cannot be written into %2: %3</source>
        <translation>%1 kann nicht nach %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1 is a sparse file of %2 bytes in the archive; refused.</source>
        <translation>%1 ist im Archiv eine Datei mit Lücken von %2 Bytes; abgelehnt.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Source::GitSource</name>
    <message>
        <source>the SSH key %1</source>
        <translation>der SSH-Schlüssel %1</translation>
    </message>
    <message>
        <source>the keys of ssh-agent</source>
        <translation>die Schlüssel von ssh-agent</translation>
    </message>
    <message>
        <source>no credential (none is kept for this host)</source>
        <translation>keine (für diesen Host sind keine Zugangsdaten hinterlegt)</translation>
    </message>
    <message>
        <source>the user %1 with a password or token</source>
        <translation>der Benutzer %1 mit Passwort oder Token</translation>
    </message>
    <message>
        <source>Receiving objects: %1% (%2/%3), %4 KiB</source>
        <translation>Empfange Objekte: %1% (%2/%3), %4 KiB</translation>
    </message>
    <message>
        <source>Fetching %1 was stopped.</source>
        <translation>Das Abrufen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>git could not fetch %1: %2</source>
        <translation>git konnte %1 nicht abrufen: %2</translation>
    </message>
    <message>
        <source>(credential tried: %1)</source>
        <translation>(versuchte Zugangsdaten: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The directory %1 cannot be made.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The git mirror %1 cannot be locked.</source>
        <translation>Der Git-Spiegel %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Making the git mirror %1</source>
        <translation>Anlegen des Git-Spiegels %1</translation>
    </message>
    <message>
        <source>Opening the git mirror %1</source>
        <translation>Öffnen des Git-Spiegels %1</translation>
    </message>
    <message>
        <source>Setting up the remote of %1</source>
        <translation>Einrichten des Remotes für %1</translation>
    </message>
    <message>
        <source>Cloning %1 into the source cache</source>
        <translation>Klone %1 in den Quellcache</translation>
    </message>
    <message>
        <source>Fetching what is new in %1</source>
        <translation>Hole Neues aus %1</translation>
    </message>
    <message>
        <source>%1 has no default branch to build.</source>
        <translation>%1 hat keinen Standard-Branch, der gebaut werden kann.</translation>
    </message>
    <message>
        <source>%1 has no branch, tag or commit %2. Give a branch, a tag, a commit id, refs/... or pr/&lt;number&gt;.</source>
        <translation>%1 hat keinen Branch, Tag oder Commit %2. Geben Sie einen Branch, einen Tag, eine Commit-ID, refs/... oder pr/&lt;number&gt; an.</translation>
    </message>
    <message>
        <source>Reading the git mirror</source>
        <translation>Lesen des Git-Spiegels</translation>
    </message>
    <message>
        <source>Writing the checkout&apos;s objects</source>
        <translation>Schreiben der Objekte des Checkouts</translation>
    </message>
    <message>
        <source>Reading commit %1</source>
        <translation>Lesen von Commit %1</translation>
    </message>
    <message>
        <source>Copying commit %1</source>
        <translation>Kopieren von Commit %1</translation>
    </message>
    <message>
        <source>Copying the files of commit %1</source>
        <translation>Kopieren der Dateien von Commit %1</translation>
    </message>
    <message>
        <source>Fetching submodule %1 from %2</source>
        <translation>Hole Submodul %1 von %2</translation>
    </message>
    <message>
        <source>Opening submodule %1</source>
        <translation>Öffnen von Submodul %1</translation>
    </message>
    <message>
        <source>%1 is not a commit id.</source>
        <translation>%1 ist keine Commit-ID.</translation>
    </message>
    <message>
        <source>Making the checkout in %1</source>
        <translation>Anlegen des Checkouts in %1</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Setting up the remote of the checkout</source>
        <translation>Einrichten des Remotes des Checkouts</translation>
    </message>
    <message>
        <source>Finding commit %1</source>
        <translation>Suchen von Commit %1</translation>
    </message>
    <message>
        <source>Checking out %1</source>
        <translation>Auschecken von %1</translation>
    </message>
    <message>
        <source>Making the branch %1</source>
        <translation>Anlegen des Branches %1</translation>
    </message>
    <message>
        <source>Checking out the branch %1</source>
        <translation>Auschecken des Branches %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::BatchReader</name>
    <message>
        <source>&apos;batch&apos; has both &apos;%1&apos; and &apos;%2&apos;; a batch has exactly one of build-list, build-graph, build-matrix and build-fanout</source>
        <translation>&apos;batch&apos; enthält sowohl &apos;%1&apos; als auch &apos;%2&apos;; ein Batch enthält genau einen der Schlüssel build-list, build-graph, build-matrix oder build-fanout</translation>
    </message>
    <message>
        <source>keep one of them</source>
        <translation>behalten Sie nur einen der beiden</translation>
    </message>
    <message>
        <source>&apos;batch&apos; has no build-list, build-graph, build-matrix or build-fanout, so a batch build runs nothing</source>
        <translation>&apos;batch&apos; enthält keinen der Schlüssel build-list, build-graph, build-matrix oder build-fanout, daher führt ein Batch-Build nichts aus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of tasks, each with an &apos;identifier&apos;</source>
        <translation>&apos;%1&apos; muss eine Liste von Aufgaben mit jeweils einem &apos;identifier&apos; sein</translation>
    </message>
    <message>
        <source>each task of &apos;%1&apos; must be a mapping with an &apos;identifier&apos;</source>
        <translation>jede Aufgabe in &apos;%1&apos; muss ein Mapping mit einem &apos;identifier&apos; sein</translation>
    </message>
    <message>
        <source>a task of &apos;%1&apos; has no &apos;identifier&apos;</source>
        <translation>eine Aufgabe in &apos;%1&apos; hat keinen &apos;identifier&apos;</translation>
    </message>
    <message>
        <source>add &apos;identifier: a_name&apos;</source>
        <translation>fügen Sie &apos;identifier: a_name&apos; hinzu</translation>
    </message>
    <message>
        <source>the task identifier &apos;%1&apos; must be letters, digits and &apos;_&apos; only, shorter than 128 characters</source>
        <translation>der Aufgabenbezeichner &apos;%1&apos; darf nur Buchstaben, Ziffern und &apos;_&apos; enthalten und muss kürzer als 128 Zeichen sein</translation>
    </message>
    <message>
        <source>for example &apos;%1&apos;</source>
        <translation>zum Beispiel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the task identifier &apos;%1&apos; is used twice (first at line %2)</source>
        <translation>der Aufgabenbezeichner &apos;%1&apos; wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>&apos;debug-session&apos; has no effect locally: BuildDeck builds run on this machine, where you can attach to the container directly</source>
        <translation>&apos;debug-session&apos; hat lokal keine Wirkung: BuildDeck-Builds laufen auf diesem Rechner, wo Sie sich direkt mit dem Container verbinden können</translation>
    </message>
    <message>
        <source>&apos;depend-on&apos; only has an effect in &apos;build-graph&apos;; build-list tasks all run at once</source>
        <translation>&apos;depend-on&apos; wirkt nur in &apos;build-graph&apos;; die Aufgaben einer build-list laufen alle gleichzeitig</translation>
    </message>
    <message>
        <source>use &apos;build-graph&apos; for tasks that depend on others</source>
        <translation>verwenden Sie &apos;build-graph&apos; für Aufgaben, die von anderen abhängen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;parallelism&apos;</source>
        <translation>&apos;%1&apos; benötigt &apos;parallelism&apos;</translation>
    </message>
    <message>
        <source>add &apos;parallelism: 2&apos;</source>
        <translation>fügen Sie &apos;parallelism: 2&apos; hinzu</translation>
    </message>
    <message>
        <source>&apos;%1.parallelism&apos; must be a whole number from 1 to 100, not &apos;%2&apos;</source>
        <translation>&apos;%1.parallelism&apos; muss eine ganze Zahl von 1 bis 100 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; depends on &apos;%2&apos;, which is not a task of this build-graph</source>
        <translation>die Aufgabe &apos;%1&apos; hängt von &apos;%2&apos; ab, aber dieser build-graph enthält keine solche Aufgabe</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; depends on itself</source>
        <translation>die Aufgabe &apos;%1&apos; hängt von sich selbst ab</translation>
    </message>
    <message>
        <source>the tasks %1 depend on each other in a cycle, so none of them can start</source>
        <translation>die Aufgaben %1 hängen zyklisch voneinander ab, daher kann keine von ihnen starten</translation>
    </message>
    <message>
        <source>remove one of the &apos;depend-on&apos; entries in the cycle</source>
        <translation>entfernen Sie einen der &apos;depend-on&apos;-Einträge im Zyklus</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::BuildSpecParser</name>
    <message>
        <source>move it under &apos;batch:&apos;</source>
        <translation>verschieben Sie ihn unter &apos;batch:&apos;</translation>
    </message>
    <message>
        <source>move it under &apos;phases:&apos;</source>
        <translation>verschieben Sie ihn unter &apos;phases:&apos;</translation>
    </message>
    <message>
        <source>move it into a phase under &apos;phases:&apos;</source>
        <translation>verschieben Sie ihn in eine Phase unter &apos;phases:&apos;</translation>
    </message>
    <message>
        <source>move it under &apos;env:&apos;</source>
        <translation>verschieben Sie ihn unter &apos;env:&apos;</translation>
    </message>
    <message>
        <source>move it under &apos;artifacts:&apos;</source>
        <translation>verschieben Sie ihn unter &apos;artifacts:&apos;</translation>
    </message>
    <message>
        <source>move it under &apos;cache:&apos;</source>
        <translation>verschieben Sie ihn unter &apos;cache:&apos;</translation>
    </message>
    <message>
        <source>the buildspec is empty</source>
        <translation>die buildspec ist leer</translation>
    </message>
    <message>
        <source>start with &apos;version: 0.2&apos; and a &apos;phases:&apos; section</source>
        <translation>beginnen Sie mit &apos;version: 0.2&apos; und einem Abschnitt &apos;phases:&apos;</translation>
    </message>
    <message>
        <source>a buildspec must be a mapping of keys such as &apos;version&apos; and &apos;phases&apos;</source>
        <translation>eine buildspec muss ein Mapping mit Schlüsseln wie &apos;version&apos; und &apos;phases&apos; sein</translation>
    </message>
    <message>
        <source>&apos;phases&apos; is missing; a buildspec needs at least one phase</source>
        <translation>&apos;phases&apos; fehlt; eine buildspec benötigt mindestens eine Phase</translation>
    </message>
    <message>
        <source>add &apos;phases:&apos; with a &apos;build:&apos; phase and its &apos;commands:&apos;</source>
        <translation>fügen Sie &apos;phases:&apos; mit einer Phase &apos;build:&apos; und deren &apos;commands:&apos; hinzu</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing</source>
        <translation>&apos;version&apos; fehlt</translation>
    </message>
    <message>
        <source>add &apos;version: 0.2&apos; as the first line</source>
        <translation>fügen Sie &apos;version: 0.2&apos; als erste Zeile hinzu</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be 0.1 or 0.2, not &apos;%1&apos;</source>
        <translation>&apos;version&apos; muss 0.1 oder 0.2 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>write &apos;version: 0.2&apos;</source>
        <translation>schreiben Sie &apos;version: 0.2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only defined for buildspec version 0.2, but this file is version 0.1</source>
        <translation>&apos;%1&apos; ist nur für buildspec-Version 0.2 definiert, diese Datei hat aber Version 0.1</translation>
    </message>
    <message>
        <source>change the version to 0.2</source>
        <translation>ändern Sie die Version auf 0.2</translation>
    </message>
    <message>
        <source>&apos;env&apos; is the version 0.2 name; version 0.1 files use &apos;environment_variables&apos;</source>
        <translation>&apos;env&apos; ist der Name aus Version 0.2; Dateien der Version 0.1 verwenden &apos;environment_variables&apos;</translation>
    </message>
    <message>
        <source>&apos;env.shell: %1&apos; is for Windows images, which BuildDeck cannot run</source>
        <translation>&apos;env.shell: %1&apos; ist für Windows-Images gedacht, die BuildDeck nicht ausführen kann</translation>
    </message>
    <message>
        <source>&apos;env.shell&apos; must be bash or /bin/sh, not &apos;%1&apos;</source>
        <translation>&apos;env.shell&apos; muss bash oder /bin/sh sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>write &apos;shell: bash&apos;</source>
        <translation>schreiben Sie &apos;shell: bash&apos;</translation>
    </message>
    <message>
        <source>&apos;env.parameter-store.%1&apos; must name a parameter</source>
        <translation>&apos;env.parameter-store.%1&apos; muss einen Parameternamen angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported: names beginning with AWS_ are reserved</source>
        <translation>&apos;%1&apos; kann nicht exportiert werden: Namen, die mit AWS_ beginnen, sind reserviert</translation>
    </message>
    <message>
        <source>&apos;env.git-credential-helper&apos; has no effect locally: git commands in the build use the container&apos;s own git configuration</source>
        <translation>&apos;env.git-credential-helper&apos; hat lokal keine Wirkung: git-Befehle im Build verwenden die eigene git-Konfiguration des Containers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set in both &apos;env.%2&apos; and &apos;env.%3&apos;; which value wins is not defined</source>
        <translation>&apos;%1&apos; ist sowohl in &apos;env.%2&apos; als auch in &apos;env.%3&apos; gesetzt; welcher Wert gilt, ist nicht definiert</translation>
    </message>
    <message>
        <source>keep only one of them</source>
        <translation>behalten Sie nur einen davon</translation>
    </message>
    <message>
        <source>&apos;environment_variables&apos; is the version 0.1 name; version 0.2 files use &apos;env&apos; with &apos;variables&apos;</source>
        <translation>&apos;environment_variables&apos; ist der Name aus Version 0.1; Dateien der Version 0.2 verwenden &apos;env&apos; mit &apos;variables&apos;</translation>
    </message>
    <message>
        <source>rename &apos;environment_variables&apos; to &apos;env&apos; and &apos;plaintext&apos; to &apos;variables&apos;</source>
        <translation>benennen Sie &apos;environment_variables&apos; in &apos;env&apos; und &apos;plaintext&apos; in &apos;variables&apos; um</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved: names beginning with CODEBUILD_ are set by the build, and BuildDeck does not apply this one</source>
        <translation>&apos;%1&apos; ist reserviert: Namen, die mit CODEBUILD_ beginnen, werden vom Build gesetzt, und BuildDeck übernimmt diese Variable nicht</translation>
    </message>
    <message>
        <source>choose a name without the CODEBUILD_ prefix</source>
        <translation>wählen Sie einen Namen ohne das Präfix CODEBUILD_</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid shell variable name, so commands cannot read it</source>
        <translation>&apos;%1&apos; ist kein gültiger Shell-Variablenname, daher können Befehle die Variable nicht lesen</translation>
    </message>
    <message>
        <source>use letters, digits and &apos;_&apos; only, not starting with a digit</source>
        <translation>verwenden Sie nur Buchstaben, Ziffern und &apos;_&apos;, und beginnen Sie nicht mit einer Ziffer</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; must name a secret: secret-id[:json-key[:version-stage[:version-id]]]</source>
        <translation>&apos;%1.%2&apos; muss ein Secret angeben: secret-id[:json-key[:version-stage[:version-id]]]</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; gives both a version stage and a version id; give one of them</source>
        <translation>&apos;%1.%2&apos; gibt sowohl eine Versionsstufe als auch eine Versions-ID an; geben Sie nur eines von beiden an</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; has too many &apos;:&apos; parts; write secret-id[:json-key[:version-stage[:version-id]]]</source>
        <translation>&apos;%1.%2&apos; hat zu viele durch &apos;:&apos; getrennte Teile; schreiben Sie secret-id[:json-key[:version-stage[:version-id]]]</translation>
    </message>
    <message>
        <source>&apos;proxy&apos; has no effect locally: builds reach the network the way the container engine allows</source>
        <translation>&apos;proxy&apos; hat lokal keine Wirkung: Builds erreichen das Netzwerk so, wie es die Container-Engine zulässt</translation>
    </message>
    <message>
        <source>&apos;phases&apos; is empty; a buildspec needs at least one phase</source>
        <translation>&apos;phases&apos; ist leer; eine buildspec benötigt mindestens eine Phase</translation>
    </message>
    <message>
        <source>add a &apos;build:&apos; phase with its &apos;commands:&apos;</source>
        <translation>fügen Sie eine Phase &apos;build:&apos; mit ihren &apos;commands:&apos; hinzu</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; is empty and runs nothing</source>
        <translation>die Phase &apos;%1&apos; ist leer und führt nichts aus</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; must be a mapping with &apos;commands:&apos;</source>
        <translation>die Phase &apos;%1&apos; muss ein Mapping mit &apos;commands:&apos; sein</translation>
    </message>
    <message>
        <source>put the commands under &apos;%1:&apos; -&gt; &apos;commands:&apos;</source>
        <translation>tragen Sie die Befehle unter &apos;%1:&apos; -&gt; &apos;commands:&apos; ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is indented inside &apos;%2&apos;; indent it like &apos;%2&apos;, directly under &apos;phases:&apos;</source>
        <translation>&apos;%1&apos; ist innerhalb von &apos;%2&apos; eingerückt; rücken Sie den Schlüssel wie &apos;%2&apos; direkt unter &apos;phases:&apos; ein</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; has no &apos;commands&apos; and runs nothing</source>
        <translation>die Phase &apos;%1&apos; hat keine &apos;commands&apos; und führt nichts aus</translation>
    </message>
    <message>
        <source>add &apos;commands:&apos; with at least one command</source>
        <translation>fügen Sie &apos;commands:&apos; mit mindestens einem Befehl hinzu</translation>
    </message>
    <message>
        <source>ABORT, CONTINUE, RETRY, RETRY-&lt;count&gt;, RETRY-&lt;regex&gt; or RETRY-&lt;count&gt;-&lt;regex&gt;</source>
        <translation>ABORT, CONTINUE, RETRY, RETRY-&lt;count&gt;, RETRY-&lt;regex&gt; oder RETRY-&lt;count&gt;-&lt;regex&gt;</translation>
    </message>
    <message>
        <source>&apos;%1.on-failure: %2&apos; ends with &apos;-&apos;</source>
        <translation>&apos;%1.on-failure: %2&apos; endet mit &apos;-&apos;</translation>
    </message>
    <message>
        <source>write RETRY, RETRY-&lt;count&gt; or RETRY-&lt;regex&gt;</source>
        <translation>schreiben Sie RETRY, RETRY-&lt;count&gt; oder RETRY-&lt;regex&gt;</translation>
    </message>
    <message>
        <source>&apos;%1.on-failure: %2&apos; retries %3 times; the count must be 0 to 100</source>
        <translation>&apos;%1.on-failure: %2&apos; verlangt %3 Wiederholungen; die Anzahl muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>write RETRY-&lt;count&gt;-&lt;regex&gt;</source>
        <translation>schreiben Sie RETRY-&lt;count&gt;-&lt;regex&gt;</translation>
    </message>
    <message>
        <source>&apos;%1.on-failure&apos; has an invalid regular expression &apos;%2&apos;: %3</source>
        <translation>&apos;%1.on-failure&apos; enthält einen ungültigen regulären Ausdruck &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>&apos;%1.on-failure&apos; must be %2, not &apos;%3&apos;</source>
        <translation>&apos;%1.on-failure&apos; muss %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>write it in capitals: %1</source>
        <translation>schreiben Sie den Wert in Großbuchstaben: %1</translation>
    </message>
    <message>
        <source>&apos;runtime-versions&apos; is only allowed in the install phase</source>
        <translation>&apos;runtime-versions&apos; ist nur in der install-Phase erlaubt</translation>
    </message>
    <message>
        <source>move &apos;runtime-versions&apos; to &apos;phases.install&apos;</source>
        <translation>verschieben Sie &apos;runtime-versions&apos; nach &apos;phases.install&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name at least one runtime</source>
        <translation>&apos;%1&apos; muss mindestens eine Laufzeitumgebung angeben</translation>
    </message>
    <message>
        <source>for example &apos;python: 3.12&apos;, or remove &apos;runtime-versions&apos;</source>
        <translation>zum Beispiel &apos;python: 3.12&apos;, oder entfernen Sie &apos;runtime-versions&apos;</translation>
    </message>
    <message>
        <source>YAML reads &apos;%1: %2&apos; as the number %3, so CodeBuild would select version %3</source>
        <translation>YAML liest &apos;%1: %2&apos; als die Zahl %3, daher würde CodeBuild die Version %3 auswählen</translation>
    </message>
    <message>
        <source>put the version in quotes: &quot;%1&quot;</source>
        <translation>setzen Sie die Version in Anführungszeichen: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::NodeReader</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>auf der obersten Ebene</translation>
    </message>
    <message>
        <source>in &apos;%1&apos;</source>
        <translation>in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not belong %2</source>
        <translation>&apos;%1&apos; ist %2 fehl am Platz</translation>
    </message>
    <message>
        <source>known keys %1: %2</source>
        <translation>bekannte Schlüssel %1: %2</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; %2</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>; it is ignored</source>
        <translation>; er wird ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping of keys, not %2</source>
        <translation>&apos;%1&apos; muss ein Mapping mit Schlüsseln sein, gefunden wurde aber %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation>&apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value, not %2</source>
        <translation>&apos;%1&apos; muss ein einzelner Wert sein, gefunden wurde aber %2</translation>
    </message>
    <message>
        <source>if the value contains &apos;: &apos;, put the whole value in quotes</source>
        <translation>wenn der Wert &apos;: &apos; enthält, setzen Sie den ganzen Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be yes or no, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss yes oder no sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>write yes or no</source>
        <translation>schreiben Sie yes oder no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be a list; the single value is read as one item</source>
        <translation>&apos;%1&apos; sollte eine Liste sein; der einzelne Wert wird als einziges Element gelesen</translation>
    </message>
    <message>
        <source>write it as a list item: &apos;- %1&apos;</source>
        <translation>schreiben Sie ihn als Listenelement: &apos;- %1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not a mapping</source>
        <translation>&apos;%1&apos; muss eine Liste sein, kein Mapping</translation>
    </message>
    <message>
        <source>start each item with &apos;- &apos;</source>
        <translation>beginnen Sie jedes Element mit &apos;- &apos;</translation>
    </message>
    <message>
        <source>an item of &apos;%1&apos; is empty and is skipped</source>
        <translation>ein Element von &apos;%1&apos; ist leer und wird übersprungen</translation>
    </message>
    <message>
        <source>an item of &apos;%1&apos; must be a single value, not %2</source>
        <translation>ein Element von &apos;%1&apos; muss ein einzelner Wert sein, gefunden wurde aber %2</translation>
    </message>
    <message>
        <source>YAML reads text with &apos;: &apos; as a mapping; put the whole item in quotes</source>
        <translation>YAML liest Text mit &apos;: &apos; als Mapping; setzen Sie das ganze Element in Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an entry without a name</source>
        <translation>&apos;%1&apos; hat einen Eintrag ohne Namen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::OutputsReader</name>
    <message>
        <source>&apos;reports&apos; has more than %1 report groups; a project can have at most %1</source>
        <translation>&apos;reports&apos; enthält mehr als %1 Berichtsgruppen; ein Projekt kann höchstens %1 haben</translation>
    </message>
    <message>
        <source>merge report groups or remove some</source>
        <translation>führen Sie Berichtsgruppen zusammen oder entfernen Sie einige</translation>
    </message>
    <message>
        <source>a report group has no name</source>
        <translation>eine Berichtsgruppe hat keinen Namen</translation>
    </message>
    <message>
        <source>report group &apos;%1&apos; must be a mapping with &apos;files:&apos;</source>
        <translation>die Berichtsgruppe &apos;%1&apos; muss ein Mapping mit &apos;files:&apos; sein</translation>
    </message>
    <message>
        <source>indent its &apos;files:&apos; under it; a long ARN must stay on one line</source>
        <translation>rücken Sie ihr &apos;files:&apos; darunter ein; ein langer ARN muss in einer Zeile bleiben</translation>
    </message>
    <message>
        <source>&apos;%1.file-format&apos; must be one of %2, not &apos;%3&apos;</source>
        <translation>&apos;%1.file-format&apos; muss einer der Werte %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>report group &apos;%1&apos; has no &apos;files&apos;</source>
        <translation>die Berichtsgruppe &apos;%1&apos; hat keine &apos;files&apos;</translation>
    </message>
    <message>
        <source>add &apos;files:&apos; with the report files&apos; paths</source>
        <translation>fügen Sie &apos;files:&apos; mit den Pfaden der Berichtsdateien hinzu</translation>
    </message>
    <message>
        <source>&apos;artifacts&apos; is empty; it needs &apos;files&apos;</source>
        <translation>&apos;artifacts&apos; ist leer, benötigt aber &apos;files&apos;</translation>
    </message>
    <message>
        <source>add &apos;files:&apos; or remove &apos;artifacts&apos;</source>
        <translation>fügen Sie &apos;files:&apos; hinzu oder entfernen Sie &apos;artifacts&apos;</translation>
    </message>
    <message>
        <source>secondary artifact &apos;%1&apos; must be a mapping with &apos;files:&apos;</source>
        <translation>das sekundäre Artefakt &apos;%1&apos; muss ein Mapping mit &apos;files:&apos; sein</translation>
    </message>
    <message>
        <source>secondary artifact &apos;%1&apos; has no &apos;files&apos;</source>
        <translation>das sekundäre Artefakt &apos;%1&apos; hat keine &apos;files&apos;</translation>
    </message>
    <message>
        <source>&apos;artifacts&apos; has secondary artifacts but no &apos;files&apos; of its own; CodeBuild fails with &quot;no definition for primary artifacts in buildspec&quot;</source>
        <translation>&apos;artifacts&apos; enthält sekundäre Artefakte, aber keine eigenen &apos;files&apos;; CodeBuild schlägt mit &quot;no definition for primary artifacts in buildspec&quot; fehl</translation>
    </message>
    <message>
        <source>add &apos;files:&apos; for the primary artifact</source>
        <translation>fügen Sie &apos;files:&apos; für das primäre Artefakt hinzu</translation>
    </message>
    <message>
        <source>&apos;artifacts&apos; has no &apos;files&apos;</source>
        <translation>&apos;artifacts&apos; hat keine &apos;files&apos;</translation>
    </message>
    <message>
        <source>add &apos;files:&apos; with the paths to keep, for example &apos;- &quot;**/*&quot;&apos;</source>
        <translation>fügen Sie &apos;files:&apos; mit den Pfaden hinzu, die aufbewahrt werden sollen, zum Beispiel &apos;- &quot;**/*&quot;&apos;</translation>
    </message>
    <message>
        <source>&apos;cache.fallback-keys&apos; has %1 keys; at most %2 are allowed</source>
        <translation>&apos;cache.fallback-keys&apos; enthält %1 Schlüssel; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>&apos;cache.fallback-keys&apos; is ignored without &apos;cache.key&apos;</source>
        <translation>&apos;cache.fallback-keys&apos; wird ohne &apos;cache.key&apos; ignoriert</translation>
    </message>
    <message>
        <source>add &apos;key:&apos;</source>
        <translation>fügen Sie &apos;key:&apos; hinzu</translation>
    </message>
    <message>
        <source>&apos;cache.action&apos; must be restore or save, not &apos;%1&apos;</source>
        <translation>&apos;cache.action&apos; muss restore oder save sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove &apos;action&apos; to both restore and save the cache</source>
        <translation>entfernen Sie &apos;action&apos;, damit der Cache sowohl wiederhergestellt als auch gespeichert wird</translation>
    </message>
    <message>
        <source>&apos;cache&apos; has no &apos;paths&apos;, so nothing is cached</source>
        <translation>&apos;cache&apos; hat keine &apos;paths&apos;, daher wird nichts zwischengespeichert</translation>
    </message>
    <message>
        <source>add &apos;paths:&apos; with the directories to keep between builds</source>
        <translation>fügen Sie &apos;paths:&apos; mit den Verzeichnissen hinzu, die zwischen Builds erhalten bleiben sollen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::QuickFixes</name>
    <message>
        <source>Replace &apos;%1&apos; with &apos;%2&apos;</source>
        <translation>„%1“ durch „%2“ ersetzen</translation>
    </message>
    <message>
        <source>Indent with spaces instead of tabs</source>
        <translation>Mit Leerzeichen statt Tabulatoren einrücken</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::YamlDocument</name>
    <message>
        <source>a &apos;:&apos; is not allowed here; if this is a command or a value that contains &apos;: &apos;, put it in quotes</source>
        <translation>ein &apos;:&apos; ist hier nicht erlaubt; wenn dies ein Befehl oder ein Wert ist, der &apos;: &apos; enthält, setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>the indentation does not line up with the lines above; indent each key of a mapping, and each &apos;- &apos; of a list, by the same number of spaces</source>
        <translation>die Einrückung passt nicht zu den Zeilen darüber; rücken Sie jeden Schlüssel eines Mappings und jedes &apos;- &apos; einer Liste um gleich viele Leerzeichen ein</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed by a &apos;}&apos;</source>
        <translation>ein &apos;{&apos; wird nicht durch ein &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <source>a &apos;[&apos; is not closed by a &apos;]&apos;</source>
        <translation>ein &apos;[&apos; wird nicht durch ein &apos;]&apos; geschlossen</translation>
    </message>
    <message>
        <source>a quoted value is not closed before the end of the file</source>
        <translation>ein Wert in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>the alias refers to an anchor (&amp;name) that is not defined before it</source>
        <translation>der Alias verweist auf einen Anker (&amp;name), der nicht vor ihm definiert ist</translation>
    </message>
    <message>
        <source>a list item &apos;- &apos; is not allowed here; check its indentation</source>
        <translation>ein Listenelement &apos;- &apos; ist hier nicht erlaubt; prüfen Sie seine Einrückung</translation>
    </message>
    <message>
        <source>a key is not allowed here; check the indentation</source>
        <translation>ein Schlüssel ist hier nicht erlaubt; prüfen Sie die Einrückung</translation>
    </message>
    <message>
        <source>the YAML parser cannot read this file; it is not YAML or is nested far too deeply</source>
        <translation>der YAML-Parser kann diese Datei nicht lesen; sie ist kein YAML oder viel zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>das Dokument ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>the alias refers to an anchor that is not defined</source>
        <translation>der Alias verweist auf einen nicht definierten Anker</translation>
    </message>
    <message>
        <source>the alias refers to the node that contains it, which would repeat forever</source>
        <translation>der Alias verweist auf den Knoten, der ihn enthält, was sich endlos wiederholen würde</translation>
    </message>
    <message>
        <source>aliases expand this document to more than %1 nodes, far more than any buildspec needs; remove the nested aliases</source>
        <translation>Aliase erweitern dieses Dokument auf mehr als %1 Knoten, weit mehr, als eine buildspec je benötigt; entfernen Sie die verschachtelten Aliase</translation>
    </message>
    <message>
        <source>a key must be a plain name, not a list or a mapping</source>
        <translation>ein Schlüssel muss ein einfacher Name sein, keine Liste und kein Mapping</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice in the same mapping (first at line %2); YAML keeps only one of them</source>
        <translation>&apos;%1&apos; ist im selben Mapping doppelt definiert (zuerst in Zeile %2); YAML behält nur einen der beiden Einträge</translation>
    </message>
    <message>
        <source>merge the two &apos;%1&apos; entries into one, or fix the indentation</source>
        <translation>führen Sie die beiden &apos;%1&apos;-Einträge zu einem zusammen oder korrigieren Sie die Einrückung</translation>
    </message>
    <message>
        <source>the file is %1 MB; a buildspec can be at most %2 MB</source>
        <translation>die Datei ist %1 MB groß; eine buildspec darf höchstens %2 MB groß sein</translation>
    </message>
    <message>
        <source>check that this is the buildspec and not a log or a binary file</source>
        <translation>prüfen Sie, ob dies die buildspec ist und nicht etwa ein Protokoll oder eine Binärdatei</translation>
    </message>
    <message>
        <source>the file contains a NUL byte, so it is not a text file</source>
        <translation>die Datei enthält ein NUL-Byte und ist daher keine Textdatei</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1)</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document; only the first is used</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument; nur das erste wird verwendet</translation>
    </message>
    <message>
        <source>remove the &apos;---&apos; lines after the first document</source>
        <translation>entfernen Sie die &apos;---&apos;-Zeilen nach dem ersten Dokument</translation>
    </message>
    <message>
        <source>line %1 is indented with a tab; YAML allows only spaces for indentation</source>
        <translation>Zeile %1 ist mit einem Tabulator eingerückt; YAML erlaubt zur Einrückung nur Leerzeichen</translation>
    </message>
    <message>
        <source>the YAML parser failed: %1</source>
        <translation>der YAML-Parser ist fehlgeschlagen: %1</translation>
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
    <name>BuildDeck::Ui::ArtifactsDock</name>
    <message>
        <source>The files the selected build produced appear here.</source>
        <translation>Hier erscheinen die Dateien, die der ausgewählte Build erzeugt hat.</translation>
    </message>
    <message>
        <source>This build made no artifacts. A project with S3 artifacts and a buildspec with an artifacts section makes them.</source>
        <translation>Dieser Build hat keine Artefakte erzeugt. Ein Projekt mit S3-Artefakten und eine buildspec mit einem Abschnitt artifacts erzeugen sie.</translation>
    </message>
    <message>
        <source>Primary artifact</source>
        <translation>Primäres Artefakt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>Save Artifact File</source>
        <translation>Artefaktdatei speichern</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected file with its application</source>
        <translation>Die ausgewählte Datei mit ihrer Anwendung öffnen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the selected artifact in the file manager</source>
        <translation>Den Ordner, der das ausgewählte Artefakt enthält, im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Speichern unter...</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Eine Kopie der ausgewählten Datei speichern</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ArtifactsPage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>S3 keeps the artifacts in BuildDeck&apos;s data directory, laid out as in the bucket; NO_ARTIFACTS keeps none.</source>
        <translation>S3 legt die Artefakte im Datenverzeichnis von BuildDeck ab, angeordnet wie im Bucket; NO_ARTIFACTS behält keine.</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>Namens&amp;raum:</translation>
    </message>
    <message>
        <source>P&amp;ackaging:</source>
        <translation>Ver&amp;packung:</translation>
    </message>
    <message>
        <source>The buildspec may &amp;override the name</source>
        <translation>Die Buildspec darf den Namen &amp;überschreiben</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>Secondary artifacts:</source>
        <translation>Weitere Artefakte:</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Verpackung</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::BuildActions</name>
    <message>
        <source>Stopping %1</source>
        <translation>Stoppen von %1</translation>
    </message>
    <message>
        <source>Retrying %1</source>
        <translation>Wiederholen von %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run a build of the selected project (Ctrl+R)</source>
        <translation>Einen Build des ausgewählten Projekts ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the selected build (Ctrl+.)</source>
        <translation>Den ausgewählten Build stoppen (Strg+.)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run the selected build again, with the same settings</source>
        <translation>Den ausgewählten Build mit denselben Einstellungen erneut ausführen</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Ausführen von %1</translation>
    </message>
    <message>
        <source>Run with &amp;Overrides...</source>
        <translation>Mit &amp;Überschreibungen ausführen...</translation>
    </message>
    <message>
        <source>Comparing builds</source>
        <translation>Vergleichen der Builds</translation>
    </message>
    <message>
        <source>&amp;Compare Builds</source>
        <translation>Builds &amp;vergleichen</translation>
    </message>
    <message>
        <source>Two builds selected in History, side by side</source>
        <translation>Zwei im Verlauf ausgewählte Builds nebeneinander</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::BuildDock</name>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <source>A %1 variable: its value is kept out of sight.</source>
        <translation>Eine Variable vom Typ %1: Ihr Wert wird nicht angezeigt.</translation>
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
        <source>Select a build in History to see its phases, environment and source version.</source>
        <translation>Wählen Sie im Verlauf einen Build aus, um seine Phasen, Umgebung und Quellversion zu sehen.</translation>
    </message>
    <message>
        <source>Source version:</source>
        <translation>Quellversion:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>Compute type:</source>
        <translation>Compute-Typ:</translation>
    </message>
    <message>
        <source>Initiator:</source>
        <translation>Auslöser:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::BuildHistoryModel</name>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source version</source>
        <translation>Quellversion</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Auslöser</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::BuildNotifier</name>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <source>The build took %1.</source>
        <translation>Der Build dauerte %1.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::BuildspecPane</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The buildspec of %1 comes with its %2 source; BuildDeck reads it when the build runs.</source>
        <translation>Die Buildspec von %1 kommt aus der %2-Quelle; BuildDeck liest sie, wenn der Build läuft.</translation>
    </message>
    <message>
        <source>The buildspec of %1, kept in the project.</source>
        <translation>Die Buildspec von %1, im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>%1 does not exist yet; Save creates it.</source>
        <translation>%1 existiert noch nicht; Speichern legt die Datei an.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>The file changed on disk; Save writes this version over it.</source>
        <translation>Die Datei wurde auf der Festplatte geändert; Speichern überschreibt sie mit dieser Fassung.</translation>
    </message>
    <message>
        <source>&amp;Save Buildspec</source>
        <translation>Buildspec &amp;speichern</translation>
    </message>
    <message>
        <source>BuildDeck</source>
        <translation>BuildDeck</translation>
    </message>
    <message>
        <source>Run AWS CodeBuild builds in local containers: pick a project on the left to edit its buildspec here, and press Run.</source>
        <translation>Führen Sie AWS-CodeBuild-Builds in lokalen Containern aus: Wählen Sie links ein Projekt, um hier seine Buildspec zu bearbeiten, und klicken Sie auf „Ausführen“.</translation>
    </message>
    <message>
        <source>There is no obvious fix for the problems on this line.</source>
        <translation>Für die Probleme in dieser Zeile gibt es keine naheliegende Korrektur.</translation>
    </message>
    <message>
        <source>Apply Quick &amp;Fix</source>
        <translation>Schnell&amp;korrektur anwenden</translation>
    </message>
    <message>
        <source>Insert a &amp;Phase</source>
        <translation>&amp;Phase einfügen</translation>
    </message>
    <message>
        <source>Insert a &amp;Command</source>
        <translation>&amp;Befehl einfügen</translation>
    </message>
    <message>
        <source>Insert &amp;Artifacts</source>
        <translation>&amp;Artefakte einfügen</translation>
    </message>
    <message>
        <source>Insert &amp;Reports</source>
        <translation>Be&amp;richte einfügen</translation>
    </message>
    <message>
        <source>Insert Ca&amp;che</source>
        <translation>&amp;Cache einfügen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::CachePage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Custom: the buildspec&apos;s cache paths, kept per project</source>
        <translation>&amp;Eigene: die Cache-Pfade der Buildspec, je Projekt aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Source: the git repositories, fetched only for what is new</source>
        <translation>&amp;Quelle: die Git-Repositorys, nur Neues wird geholt</translation>
    </message>
    <message>
        <source>&amp;Docker layers: for builds in privileged mode</source>
        <translation>&amp;Docker-Schichten: für Builds im privilegierten Modus</translation>
    </message>
    <message>
        <source>Modes:</source>
        <translation>Modi:</translation>
    </message>
    <message>
        <source>&amp;Bucket and prefix:</source>
        <translation>&amp;Bucket und Präfix:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namensraum:</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Caches live on this machine: an S3 cache in BuildDeck&apos;s data directory, per project (or per namespace, which projects share), the LOCAL ones in volumes of the container engine. File &gt; Clear Project Cache shows their size and forgets them.</source>
        <translation>Caches liegen auf diesem Rechner: ein S3-Cache im Datenverzeichnis von BuildDeck, je Projekt (oder je Namespace, den Projekte teilen), die LOCAL-Caches in Volumes der Container-Engine. Datei &gt; Projekt-Cache leeren zeigt ihre Größe und verwirft sie.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::CloudOnlyPage</name>
    <message>
        <source>These settings matter only on AWS CodeBuild: local builds do not use them. BuildDeck keeps them so that the project exports back to AWS unchanged.</source>
        <translation>Diese Einstellungen wirken nur in AWS CodeBuild; lokale Builds verwenden sie nicht. BuildDeck bewahrt sie auf, damit das Projekt unverändert zu AWS zurück exportiert wird.</translation>
    </message>
    <message>
        <source>Service &amp;role:</source>
        <translation>Dienst&amp;rolle:</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>&amp;Verschlüsselungsschlüssel:</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Image &amp;pull credentials:</source>
        <translation>Zugangsdaten zum Image-&amp;Laden:</translation>
    </message>
    <message>
        <source>Re&amp;gistry credential:</source>
        <translation>Re&amp;gistry-Zugangsdaten:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>&amp;Automatic retries:</source>
        <translation>&amp;Automatische Wiederholungen:</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>B&amp;adge</translation>
    </message>
    <message>
        <source>Report the build &amp;status to the source provider</source>
        <translation>Build-&amp;Status an den Quellanbieter melden</translation>
    </message>
    <message>
        <source>&amp;Insecure SSL (GitHub Enterprise)</source>
        <translation>&amp;Unsicheres SSL (GitHub Enterprise)</translation>
    </message>
    <message>
        <source>Artifacts &amp;unencrypted</source>
        <translation>Artefakte u&amp;nverschlüsselt</translation>
    </message>
    <message>
        <source>Bucket &amp;owner access:</source>
        <translation>Zugriff des Bucket-&amp;Eigentümers:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>VPC:</source>
        <translation>VPC:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Logs:</translation>
    </message>
    <message>
        <source>File systems:</source>
        <translation>Dateisysteme:</translation>
    </message>
    <message>
        <source>Batch builds:</source>
        <translation>Batch-Builds:</translation>
    </message>
    <message>
        <source>Fleet and compute:</source>
        <translation>Flotte und Rechenleistung:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Cloud Only</source>
        <translation>Nur in der Cloud</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::CompareDialog</name>
    <message>
        <source>Compare Builds</source>
        <translation>Builds vergleichen</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source version</source>
        <translation>Quellversion</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Compute type</source>
        <translation>Compute-Typ</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::DefaultImageBar</name>
    <message>
        <source>Built the default build image %1.</source>
        <translation>Das Standard-Build-Image %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Making the default build image %1.</source>
        <translation>Das Standard-Build-Image %1 wird erstellt.</translation>
    </message>
    <message>
        <source>%1: %p%</source>
        <translation>%1: %p %</translation>
    </message>
    <message>
        <source>The default build image %1 could not be made: %2</source>
        <translation>Das Standard-Build-Image %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The engine has no %1, the default build image. BuildDeck can make it from Debian&apos;s packages: it takes a few minutes and about 600 MB.</source>
        <translation>Die Engine hat kein %1, das Standard-Build-Image. BuildDeck kann es aus den Debian-Paketen erstellen: Das dauert einige Minuten und belegt etwa 600 MB.</translation>
    </message>
    <message>
        <source>Build &amp;Image</source>
        <translation>&amp;Image erstellen</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::DurationChart</name>
    <message>
        <source>#%1: %2, %3</source>
        <translation>#%1: %2, %3</translation>
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
    <message>
        <source>(unencrypted)</source>
        <translation>(unverschlüsselt)</translation>
    </message>
    <message>
        <source>The engine is reached over TCP without TLS: anyone who can reach that port can run containers as root on its machine, and can read the builds&apos; sources and secrets. Use TLS (DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH) or a unix socket.</source>
        <translation>Die Engine wird über TCP ohne TLS erreicht: Wer diesen Port erreicht, kann auf ihrem Rechner Container als root ausführen und die Quellen und Secrets der Builds lesen. Verwenden Sie TLS (DOCKER_TLS_VERIFY=1 und DOCKER_CERT_PATH) oder einen Unix-Socket.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::EnvironmentPage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>an image name, such as builddeck/standard:1.0 or ubuntu:24.04</source>
        <translation>ein Image-Name wie builddeck/standard:1.0 oder ubuntu:24.04</translation>
    </message>
    <message>
        <source>Asking the engine for its images...</source>
        <translation>Die Engine wird nach ihren Images gefragt...</translation>
    </message>
    <message>
        <source>&amp;Compute type:</source>
        <translation>&amp;Compute-Typ:</translation>
    </message>
    <message>
        <source>&amp;Privileged mode (lets the build run Docker itself)</source>
        <translation>&amp;Privilegierter Modus (der Build darf selbst Docker ausführen)</translation>
    </message>
    <message>
        <source>En&amp;vironment variables:</source>
        <translation>&amp;Umgebungsvariablen:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The engine has no images yet; type a name and the first build pulls it.</source>
        <translation>Die Engine hat noch keine Images; geben Sie einen Namen ein, der erste Build lädt es.</translation>
    </message>
    <message>
        <source>The list holds the images the engine has; a name typed that is not among them is pulled by the first build.</source>
        <translation>Die Liste enthält die Images der Engine; ein eingegebener Name, der nicht darunter ist, wird vom ersten Build geladen.</translation>
    </message>
    <message>
        <source>The engine&apos;s images cannot be listed (%1); type the image name.</source>
        <translation>Die Images der Engine lassen sich nicht auflisten (%1); geben Sie den Image-Namen ein.</translation>
    </message>
    <message>
        <source>Add a &amp;Parameter or Secret</source>
        <translation>Parameter oder &amp;Geheimnis hinzufügen</translation>
    </message>
    <message>
        <source>For PARAMETER_STORE and SECRETS_MANAGER, the value is the name of the parameter or secret, which the build looks up; the value itself is never stored in the project. File &gt; Secrets keeps them.</source>
        <translation>Bei PARAMETER_STORE und SECRETS_MANAGER ist der Wert der Name des Parameters oder Geheimnisses, den der Build nachschlägt; der Wert selbst wird nie im Projekt gespeichert. Datei &gt; Geheimnisse verwaltet sie.</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>Geheimnis %1</translation>
    </message>
    <message>
        <source>No parameters or secrets are kept yet: File &gt; Secrets adds them.</source>
        <translation>Es sind noch keine Parameter oder Geheimnisse hinterlegt: Datei &gt; Geheimnisse fügt sie hinzu.</translation>
    </message>
    <message>
        <source>Warning: a privileged build has every device and capability of this machine&apos;s kernel, so its commands can take the machine over. Use it only for buildspecs you trust.</source>
        <translation>Achtung: Ein privilegierter Build erhält alle Geräte und Capabilities des Kernels dieses Rechners; seine Befehle können den Rechner übernehmen. Verwenden Sie ihn nur für Buildspecs, denen Sie vertrauen.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::FailureMessage</name>
    <message>
        <source>BuildDeck</source>
        <translation>BuildDeck</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::GeneralPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A project&apos;s name cannot change. Duplicate Project makes a copy that you can then edit.</source>
        <translation>Der Name eines Projekts lässt sich nicht ändern. „Projekt duplizieren“ legt eine Kopie an, die Sie dann bearbeiten können.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Build &amp;timeout:</source>
        <translation>&amp;Zeitlimit des Builds:</translation>
    </message>
    <message>
        <source>Default (60 minutes)</source>
        <translation>Standard (60 Minuten)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Queued timeout:</source>
        <translation>Zeitlimit in der &amp;Warteschlange:</translation>
    </message>
    <message>
        <source>Default (480 minutes)</source>
        <translation>Standard (480 Minuten)</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>the engine of the settings</source>
        <translation>die Engine der Einstellungen</translation>
    </message>
    <message>
        <source>The engine runs this project&apos;s builds, for example unix:///run/podman/podman.sock or tcp://127.0.0.1:2375; left empty, builds use the engine BuildDeck is connected to.</source>
        <translation>Diese Engine führt die Builds des Projekts aus, zum Beispiel unix:///run/podman/podman.sock oder tcp://127.0.0.1:2375; leer gelassen, verwenden Builds die Engine, mit der BuildDeck verbunden ist.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Builds at &amp;once:</source>
        <translation>Builds &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>No limit of its own</source>
        <translation>Keine eigene Grenze</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::HistoryDock</name>
    <message>
        <source>Builds: %1</source>
        <translation>Builds: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Search build id, source version, initiator</source>
        <translation>Build-ID, Quellversion, Auslöser suchen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::IssueModel</name>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>No build selected</source>
        <translation>Kein Build ausgewählt</translation>
    </message>
    <message>
        <source>The log of the selected build appears here, live while it runs.</source>
        <translation>Das Protokoll des ausgewählten Builds wird hier angezeigt, bei laufenden Builds live.</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Log with colour codes (*.log)</source>
        <translation>Protokoll mit Farbcodes (*.log)</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>The log was saved as %1.</source>
        <translation>Das Protokoll wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saving the log</source>
        <translation>Speichern des Protokolls</translation>
    </message>
    <message>
        <source>Log Toolbar</source>
        <translation>Protokoll-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the end of the log in view while the build runs</source>
        <translation>Das Ende des Protokolls sichtbar halten, solange der Build läuft</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>When each line was written</source>
        <translation>Wann jede Zeile geschrieben wurde</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Time of Day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Since the Build Started</source>
        <translation>Seit Beginn des Builds</translation>
    </message>
    <message>
        <source>Fold All</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Speichern...</translation>
    </message>
    <message>
        <source>Save the log as plain text or with its colour codes</source>
        <translation>Das Protokoll als reinen Text oder mit seinen Farbcodes speichern</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::LogFindBar</name>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Next and Previous go through the first %1 lines with matches.</source>
        <translation>Weiter und Zurück gehen durch die ersten %1 Zeilen mit Treffern.</translation>
    </message>
    <message>
        <source>Find in the log (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Im Protokoll suchen (Eingabe: weiter, Umschalt+Eingabe: zurück, Esc: schließen)</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::LogView</name>
    <message>
        <source>Jump to End</source>
        <translation>Zum Ende springen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Reference to Line %1</source>
        <translation>&amp;Verweis auf Zeile %1 kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Fold All Sections</source>
        <translation>Alle Abschnitte &amp;einklappen</translation>
    </message>
    <message>
        <source>&amp;Unfold All Sections</source>
        <translation>Alle Abschnitte a&amp;usklappen</translation>
    </message>
    <message>
        <source>Only the first %1 MB of the selection were copied; Save in the Log panel keeps all of it.</source>
        <translation>Nur die ersten %1 MB der Auswahl wurden kopiert; „Speichern“ im Protokoll-Bereich behält alles.</translation>
    </message>
    <message>
        <source> [%1 more bytes not shown]</source>
        <translation> [%1 weitere Bytes nicht angezeigt]</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::MainWindow</name>
    <message>
        <source>BuildDeck</source>
        <translation>BuildDeck</translation>
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
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Saving the buildspec</source>
        <translation>Speichern der Buildspec</translation>
    </message>
    <message>
        <source>A buildspec has edits that are not saved.</source>
        <translation>Eine Buildspec hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Quit anyway and lose them, or go back and save them with File &gt; Save Buildspec.</source>
        <translation>Trotzdem beenden und die Änderungen verwerfen, oder zurückkehren und sie mit Datei &gt; Buildspec speichern sichern.</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>Beenden ohne Speichern</translation>
    </message>
    <message>
        <source>&amp;Find in Log...</source>
        <translation>Im Protokoll &amp;suchen...</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>Einstellun&amp;gen...</translation>
    </message>
    <message>
        <source>Build&amp;spec</source>
        <translation>Build&amp;spec</translation>
    </message>
    <message>
        <source>Sec&amp;rets...</source>
        <translation>Ge&amp;heimnisse...</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Build &amp;Default Image</source>
        <translation>Standard-&amp;Image erstellen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Name the project.</source>
        <translation>Geben Sie einen Namen für das Projekt ein.</translation>
    </message>
    <message>
        <source>A project named %1 exists already; choose another name.</source>
        <translation>Es gibt bereits ein Projekt namens %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>The Folder to Build</source>
        <translation>Der zu bauende Ordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>The folder has a buildspec.yml: it is the project&apos;s buildspec.</source>
        <translation>Der Ordner hat eine buildspec.yml: Sie ist die Buildspec des Projekts.</translation>
    </message>
    <message>
        <source>The folder has no buildspec.yml yet: write it in the editor, and Save creates it.</source>
        <translation>Der Ordner hat noch keine buildspec.yml: Schreiben Sie sie im Editor; Speichern legt die Datei an.</translation>
    </message>
    <message>
        <source>Choose the folder to build.</source>
        <translation>Wählen Sie den Ordner, der gebaut werden soll.</translation>
    </message>
    <message>
        <source>%1 is not a folder on this machine.</source>
        <translation>%1 ist kein Ordner auf diesem Rechner.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::PhaseModel</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProblemsDock</name>
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
        <translation>Fehler in der gerade bearbeiteten Buildspec werden hier mit ihrer Zeile aufgelistet.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProjectActions</name>
    <message>
        <source>Duplicating %1</source>
        <translation>Duplizieren von %1</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <source>&amp;Import Projects...</source>
        <translation>Projekte &amp;importieren...</translation>
    </message>
    <message>
        <source>&amp;Export Project...</source>
        <translation>Projekt &amp;exportieren...</translation>
    </message>
    <message>
        <source>D&amp;uplicate Project</source>
        <translation>Projekt &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Project...</source>
        <translation>Projekt &amp;löschen...</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Anlegen von %1</translation>
    </message>
    <message>
        <source>Import CodeBuild Project JSON</source>
        <translation>CodeBuild-Projekt-JSON importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importieren von %1</translation>
    </message>
    <message>
        <source>Export %1 as CodeBuild Project JSON</source>
        <translation>%1 als CodeBuild-Projekt-JSON exportieren</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportieren von %1</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Delete the project %1? Its builds can stay in the history.</source>
        <translation>Das Projekt %1 löschen? Seine Builds können im Verlauf erhalten bleiben.</translation>
    </message>
    <message>
        <source>Delete, Keep History</source>
        <translation>Löschen, Verlauf behalten</translation>
    </message>
    <message>
        <source>Delete with History</source>
        <translation>Mit Verlauf löschen</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>no engine answers</source>
        <translation>keine Engine antwortet</translation>
    </message>
    <message>
        <source>Edit Pro&amp;ject...</source>
        <translation>Projekt be&amp;arbeiten...</translation>
    </message>
    <message>
        <source>C&amp;lear Project Cache...</source>
        <translation>Projekt-&amp;Cache leeren...</translation>
    </message>
    <message>
        <source>Forget the project&apos;s cache on this machine: cached directories, Docker layers, S3 cache and git mirrors</source>
        <translation>Den Cache des Projekts auf diesem Rechner verwerfen: zwischengespeicherte Verzeichnisse, Docker-Layer, S3-Cache und Git-Spiegel</translation>
    </message>
    <message>
        <source>Clearing the cache of %1</source>
        <translation>Leeren des Caches von %1</translation>
    </message>
    <message>
        <source>The cache lives partly in the container engine, which has not answered yet; try again once the status bar shows it.</source>
        <translation>Der Cache liegt teilweise in der Container-Engine, die noch nicht geantwortet hat; versuchen Sie es erneut, sobald die Statusleiste sie anzeigt.</translation>
    </message>
    <message>
        <source>The cache lives partly in the container engine, and none answers: %1</source>
        <translation>Der Cache liegt teilweise in der Container-Engine, und keine antwortet: %1</translation>
    </message>
    <message>
        <source>Clear Project Cache</source>
        <translation>Projekt-Cache leeren</translation>
    </message>
    <message>
        <source>Clear the cache of %1?</source>
        <translation>Den Cache von %1 leeren?</translation>
    </message>
    <message>
        <source>It holds %1 on this machine.</source>
        <translation>Er belegt %1 auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Its size is not known: %1</source>
        <translation>Seine Größe ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>The next build starts without it and fills it again.</source>
        <translation>Der nächste Build beginnt ohne ihn und füllt ihn wieder.</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>The cache of %1 is cleared.</source>
        <translation>Der Cache von %1 ist geleert.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProjectEditor</name>
    <message>
        <source>Project %1 [*]</source>
        <translation>Projekt %1 [*]</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Problems on this page: %1</source>
        <translation>Probleme auf dieser Seite: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>The project has edits that are not saved.</source>
        <translation>Das Projekt hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProjectForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProjectListModel</name>
    <message>
        <source>Never built</source>
        <translation>Noch nie gebaut</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <source>Build #%1: %2</source>
        <translation>Build #%1: %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Last build</source>
        <translation>Letzter Build</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProjectsDock</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Projekte suchen</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>Keine Projekte</translation>
    </message>
    <message>
        <source>Create one with File &gt; New Project, or import CodeBuild JSON with File &gt; Import.</source>
        <translation>Legen Sie eines mit Datei &gt; Neues Projekt an, oder importieren Sie CodeBuild-JSON mit Datei &gt; Projekte importieren.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::RecordTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ReportTrendChart</name>
    <message>
        <source>%1 (%2): %3% passed, %4 s</source>
        <translation>%1 (%2): %3 % bestanden, %4 s</translation>
    </message>
    <message>
        <source>%1 (%2): %3% of lines covered</source>
        <translation>%1 (%2): %3 % der Zeilen abgedeckt</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ReportsDock</name>
    <message>
        <source>%1 test cases: %2 passed, %3 failed, %4 skipped; %5% passed in %6%7</source>
        <translation>%1 Testfälle: %2 bestanden, %3 fehlgeschlagen, %4 übersprungen; %5 % bestanden in %6%7</translation>
    </message>
    <message>
        <source> (the first 500 cases, failures first)</source>
        <translation> (die ersten 500 Fälle, Fehlschläge zuerst)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suite / class</source>
        <translation>Suite / Klasse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Lines %1% covered (%2 of %3), branches %4% (%5 of %6), %7 files</source>
        <translation>Zeilen zu %1 % abgedeckt (%2 von %3), Verzweigungen %4 % (%5 von %6), %7 Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Lines covered</source>
        <translation>Abgedeckte Zeilen</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Verzweigungen</translation>
    </message>
    <message>
        <source>Branches covered</source>
        <translation>Abgedeckte Verzweigungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
        <source>Test results and code coverage of the selected build appear here. A buildspec&apos;s reports section names the files a build leaves them in.</source>
        <translation>Hier erscheinen die Testergebnisse und die Codeabdeckung des ausgewählten Builds. Der Abschnitt reports einer buildspec nennt die Dateien, in denen ein Build sie ablegt.</translation>
    </message>
    <message>
        <source>Filter by name, class or message</source>
        <translation>Nach Name, Klasse oder Meldung filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::RunDialog</name>
    <message>
        <source>Run %1 with Overrides</source>
        <translation>%1 mit Überschreibungen ausführen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Add Variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Source version:</source>
        <translation>&amp;Quellversion:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>Environment variables (these win over the project&apos;s and the buildspec&apos;s):</source>
        <translation>Umgebungsvariablen (sie haben Vorrang vor denen des Projekts und der Buildspec):</translation>
    </message>
    <message>
        <source>Row %1: the variable has a value but no name.</source>
        <translation>Zeile %1: Die Variable hat einen Wert, aber keinen Namen.</translation>
    </message>
    <message>
        <source>Row %1: &apos;%2&apos; is not a name a command can read; use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>Zeile %1: „%2“ ist kein Name, den ein Befehl lesen kann; verwenden Sie Buchstaben, Ziffern und „_“, nicht mit einer Ziffer beginnend.</translation>
    </message>
    <message>
        <source>as in the project</source>
        <translation>wie im Projekt</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::SecretEditDialog</name>
    <message>
        <source>New Parameter or Secret</source>
        <translation>Neuer Parameter oder neues Geheimnis</translation>
    </message>
    <message>
        <source>New Value of %1</source>
        <translation>Neuer Wert für %1</translation>
    </message>
    <message>
        <source>Parameter (Parameter Store)</source>
        <translation>Parameter (Parameter Store)</translation>
    </message>
    <message>
        <source>Secret (Secrets Manager; text or JSON)</source>
        <translation>Geheimnis (Secrets Manager; Text oder JSON)</translation>
    </message>
    <message>
        <source>Git credential for a host</source>
        <translation>Git-Zugangsdaten für einen Host</translation>
    </message>
    <message>
        <source>an SSH private key file; empty for HTTPS or ssh-agent</source>
        <translation>eine private SSH-Schlüsseldatei; leer bei HTTPS oder ssh-agent</translation>
    </message>
    <message>
        <source>the value; for git, the password or token (or the SSH key&apos;s passphrase)</source>
        <translation>der Wert; bei git das Passwort oder Token (oder die Passphrase des SSH-Schlüssels)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>The value goes to the keychain; BuildDeck keeps only the name.</source>
        <translation>Der Wert kommt in den Schlüsselbund; BuildDeck speichert nur den Namen.</translation>
    </message>
    <message>
        <source>the git server&apos;s host, such as github.com</source>
        <translation>der Host des Git-Servers, etwa github.com</translation>
    </message>
    <message>
        <source>/prod/db-password</source>
        <translation>/prod/db-password</translation>
    </message>
    <message>
        <source>Name: give the host.</source>
        <translation>Name: Geben Sie den Host an.</translation>
    </message>
    <message>
        <source>Name: give one.</source>
        <translation>Name: Geben Sie einen an.</translation>
    </message>
    <message>
        <source>Name: &apos;%1&apos; may hold only letters, digits and / _ + = . @ ! -</source>
        <translation>Name: &apos;%1&apos; darf nur Buchstaben, Ziffern und / _ + = . @ ! - enthalten</translation>
    </message>
    <message>
        <source>Value: give the password or token, or an SSH key file.</source>
        <translation>Wert: Geben Sie das Passwort oder Token oder eine SSH-Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>Value: give one.</source>
        <translation>Wert: Geben Sie einen an.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::SecretsDialog</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Git credential</source>
        <translation>Git-Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>New &amp;Value...</source>
        <translation>Neuer &amp;Wert...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Parameters and secrets for builds (PARAMETER_STORE and SECRETS_MANAGER variables, the buildspec&apos;s env), and the credentials git uses per host. The values are in the keychain; BuildDeck keeps only the names.</source>
        <translation>Parameter und Geheimnisse für Builds (Variablen vom Typ PARAMETER_STORE und SECRETS_MANAGER, env der Buildspec) sowie die Zugangsdaten, die git je Host verwendet. Die Werte liegen im Schlüsselbund; BuildDeck speichert nur die Namen.</translation>
    </message>
    <message>
        <source>Asking the keychain...</source>
        <translation>Der Schlüsselbund wird abgefragt...</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 %2 from the keychain?</source>
        <translation>%1 %2 aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Delete %1 %2 from the keychain? %3 use it; their builds will fail until it is there again.</source>
        <translation>%1 %2 aus dem Schlüsselbund löschen? Verwendet von: %3. Deren Builds schlagen fehl, bis der Eintrag wieder vorhanden ist.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>the default sockets (unix:///var/run/docker.sock, Podman&apos;s)</source>
        <translation>die üblichen Sockets (unix:///var/run/docker.sock, die von Podman)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der übliche</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Durch&amp;suchen...</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Datenverzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Builds at &amp;once:</source>
        <translation>&amp;Gleichzeitige Builds:</translation>
    </message>
    <message>
        <source>The Data Directory</source>
        <translation>Das Datenverzeichnis</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Region: %1 is not an AWS region name such as us-east-1 or eu-west-2.</source>
        <translation>Region: %1 ist kein AWS-Regionsname wie us-east-1 oder eu-west-2.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Wird getestet...</translation>
    </message>
    <message>
        <source>It answers: %1 %2 (API %3) at %4</source>
        <translation>Sie antwortet: %1 %2 (API %3) unter %4</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Die des Systems (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>The engine and the data directory apply when BuildDeck starts next; --engine, --data-dir and the BUILDDECK_ENGINE, DOCKER_HOST and BUILDDECK_DATA_DIR variables win over them. The region and the number of builds at once apply to the next build; the language, to the next start.</source>
        <translation>Die Engine und das Datenverzeichnis gelten ab dem nächsten Start von BuildDeck; --engine, --data-dir und die Variablen BUILDDECK_ENGINE, DOCKER_HOST und BUILDDECK_DATA_DIR haben Vorrang. Die Region und die Zahl gleichzeitiger Builds gelten ab dem nächsten Build, die Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::SourcePage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>The Folder to Build</source>
        <translation>Der zu bauende Ordner</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>B&amp;uildspec:</source>
        <translation>B&amp;uildspec:</translation>
    </message>
    <message>
        <source>buildspec.yml in the source&apos;s root</source>
        <translation>buildspec.yml im Wurzelverzeichnis der Quelle</translation>
    </message>
    <message>
        <source>The buildspec is part of the project: edit it in the Buildspec editor.</source>
        <translation>Die Buildspec ist Teil des Projekts: Bearbeiten Sie sie im Buildspec-Editor.</translation>
    </message>
    <message>
        <source>Source &amp;version:</source>
        <translation>&amp;Quellversion:</translation>
    </message>
    <message>
        <source>the default branch</source>
        <translation>der Standard-Branch</translation>
    </message>
    <message>
        <source>Clone &amp;depth:</source>
        <translation>Klon&amp;tiefe:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Fetch &amp;submodules</source>
        <translation>&amp;Submodule holen</translation>
    </message>
    <message>
        <source>E&amp;xcluded files:</source>
        <translation>Ausgenommene &amp;Dateien:</translation>
    </message>
    <message>
        <source>globs, separated by commas: build/**, *.log</source>
        <translation>Globs, durch Kommas getrennt: build/**, *.log</translation>
    </message>
    <message>
        <source>Secondary sources:</source>
        <translation>Weitere Quellen:</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Repository URL:</source>
        <translation>&amp;Repository-URL:</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::StatusPresentation</name>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
    <message>
        <source>Check a buildspec (or standard input) and print each problem as FILE:LINE:COL; --json for JSON. Exit status 1 when there is an error.</source>
        <translation>Prüft eine buildspec (oder die Standardeingabe) und gibt jedes Problem als FILE:LINE:COL aus; --json für JSON. Exit-Status 1, wenn ein Fehler gefunden wird.</translation>
    </message>
    <message>
        <source>validate-buildspec: print the problems as JSON.</source>
        <translation>validate-buildspec: Gibt die Probleme als JSON aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 argument(s), but &apos;%3&apos; was given too.</source>
        <translation>&apos;%1&apos; erwartet %2 Argument(e), aber zusätzlich wurde &apos;%3&apos; angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; benötigt %2.</translation>
    </message>
    <message>
        <source>Create a project from create-project input (or batch-get-projects output).</source>
        <translation>Legt ein Projekt aus einer Eingabe für create-project (oder einer Ausgabe von batch-get-projects) an.</translation>
    </message>
    <message>
        <source>Change the members given of the project named in the input.</source>
        <translation>Ändert die angegebenen Elemente des in der Eingabe genannten Projekts.</translation>
    </message>
    <message>
        <source>Delete a project.</source>
        <translation>Löscht ein Projekt.</translation>
    </message>
    <message>
        <source>List the projects&apos; names as JSON.</source>
        <translation>Gibt die Namen der Projekte als JSON aus.</translation>
    </message>
    <message>
        <source>Print projects in batch-get-projects&apos; JSON shape.</source>
        <translation>Gibt Projekte in der JSON-Form von batch-get-projects aus.</translation>
    </message>
    <message>
        <source>create-project, update-project: the project JSON.</source>
        <translation>create-project, update-project: Das Projekt als JSON.</translation>
    </message>
    <message>
        <source>batch-get-projects: the projects.</source>
        <translation>batch-get-projects: Die Projekte.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Start a build; it goes on after this command returns. --wait waits for its end (exit status 0 only when it SUCCEEDED).</source>
        <translation>Startet einen Build; er läuft weiter, nachdem dieser Befehl zurückkehrt. --wait wartet auf sein Ende (Exit-Status 0 nur bei SUCCEEDED).</translation>
    </message>
    <message>
        <source>Stop a running build.</source>
        <translation>Hält einen laufenden Build an.</translation>
    </message>
    <message>
        <source>Print builds in batch-get-builds&apos; JSON shape.</source>
        <translation>Gibt Builds im JSON-Format von batch-get-builds aus.</translation>
    </message>
    <message>
        <source>List build ids, newest first.</source>
        <translation>Listet Build-IDs auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>List a project&apos;s build ids, newest first.</source>
        <translation>Listet die Build-IDs eines Projekts auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>--project-name is required</source>
        <translation>--project-name ist erforderlich</translation>
    </message>
    <message>
        <source>Print a build&apos;s raw log; --follow keeps printing until the build ends.</source>
        <translation>Gibt das unveränderte Protokoll eines Builds aus; mit --follow bis zum Ende des Builds.</translation>
    </message>
    <message>
        <source>Run a submitted build (the build worker).</source>
        <translation>Führt einen eingereichten Build aus (der Build-Worker).</translation>
    </message>
    <message>
        <source>start-build: the source version to build.</source>
        <translation>start-build: die zu bauende Quellversion.</translation>
    </message>
    <message>
        <source>start-build: a buildspec (text or path) instead of the project&apos;s.</source>
        <translation>start-build: eine buildspec (Text oder Pfad) anstelle der des Projekts.</translation>
    </message>
    <message>
        <source>start-build: name=K,value=V[,type=T]; repeat for more variables.</source>
        <translation>start-build: name=K,value=V[,type=T]; für weitere Variablen wiederholen.</translation>
    </message>
    <message>
        <source>start-build: the image to build in.</source>
        <translation>start-build: das Image, in dem gebaut wird.</translation>
    </message>
    <message>
        <source>start-build: the compute type.</source>
        <translation>start-build: der Compute-Typ.</translation>
    </message>
    <message>
        <source>start-build: run privileged.</source>
        <translation>start-build: privilegiert ausführen.</translation>
    </message>
    <message>
        <source>start-build: run unprivileged.</source>
        <translation>start-build: nicht privilegiert ausführen.</translation>
    </message>
    <message>
        <source>start-build: the timeout, 5 to 2160 minutes.</source>
        <translation>start-build: das Zeitlimit, 5 bis 2160 Minuten.</translation>
    </message>
    <message>
        <source>batch-get-builds: the builds.</source>
        <translation>batch-get-builds: die Builds.</translation>
    </message>
    <message>
        <source>logs: keep printing until the build ends.</source>
        <translation>logs: weiter ausgeben, bis der Build endet.</translation>
    </message>
    <message>
        <source>--timeout-in-minutes-override: &apos;%1&apos; is not a whole number</source>
        <translation>--timeout-in-minutes-override: &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>--environment-variables-override: &apos;%1&apos; is not name=K,value=V[,type=T]</source>
        <translation>--environment-variables-override: &apos;%1&apos; hat nicht die Form name=K,value=V[,type=T]</translation>
    </message>
    <message>
        <source>Start a new build with the same settings as an earlier one (its overrides included).</source>
        <translation>Einen neuen Build mit denselben Einstellungen wie ein früherer starten (einschließlich seiner Überschreibungen).</translation>
    </message>
    <message>
        <source>start-build, retry-build: wait for the build to end and print its final record.</source>
        <translation>start-build, retry-build: auf das Ende des Builds warten und seinen endgültigen Datensatz ausgeben.</translation>
    </message>
    <message>
        <source>stop-build, retry-build, logs, run-build: the build.</source>
        <translation>stop-build, retry-build, logs, run-build: der Build.</translation>
    </message>
    <message>
        <source>Keep a parameter (Parameter Store&apos;s stand-in) in the keychain.</source>
        <translation>Legt einen Parameter (Ersatz für Parameter Store) im Schlüsselbund ab.</translation>
    </message>
    <message>
        <source>Print a parameter; its value only with --with-decryption.</source>
        <translation>Gibt einen Parameter aus; seinen Wert nur mit --with-decryption.</translation>
    </message>
    <message>
        <source>Delete a parameter.</source>
        <translation>Löscht einen Parameter.</translation>
    </message>
    <message>
        <source>Keep a secret (Secrets Manager&apos;s stand-in; text or JSON) in the keychain.</source>
        <translation>Legt ein Geheimnis (Ersatz für Secrets Manager; Text oder JSON) im Schlüsselbund ab.</translation>
    </message>
    <message>
        <source>Change a secret&apos;s value.</source>
        <translation>Ändert den Wert eines Geheimnisses.</translation>
    </message>
    <message>
        <source>Delete a secret.</source>
        <translation>Löscht ein Geheimnis.</translation>
    </message>
    <message>
        <source>List the secrets&apos; names (never their values).</source>
        <translation>Listet die Namen der Geheimnisse auf (nie ihre Werte).</translation>
    </message>
    <message>
        <source>Keep the credential git uses for a host (HTTPS user and token, or an SSH key) in the keychain.</source>
        <translation>Legt die Zugangsdaten, die git für einen Host verwendet (HTTPS-Benutzer und Token oder einen SSH-Schlüssel), im Schlüsselbund ab.</translation>
    </message>
    <message>
        <source>Forget a host&apos;s git credential.</source>
        <translation>Entfernt die Git-Zugangsdaten eines Hosts.</translation>
    </message>
    <message>
        <source>List the hosts with a git credential.</source>
        <translation>Listet die Hosts mit Git-Zugangsdaten auf.</translation>
    </message>
    <message>
        <source>delete-project: the project; put-parameter, get-parameter, delete-parameter, create-secret: the name.</source>
        <translation>delete-project: das Projekt; put-parameter, get-parameter, delete-parameter, create-secret: der Name.</translation>
    </message>
    <message>
        <source>put-parameter: the value, or file://PATH to read it from.</source>
        <translation>put-parameter: der Wert oder file://PATH, um ihn aus einer Datei zu lesen.</translation>
    </message>
    <message>
        <source>put-parameter: replace the value of a parameter that exists.</source>
        <translation>put-parameter: den Wert eines vorhandenen Parameters ersetzen.</translation>
    </message>
    <message>
        <source>get-parameter: print the value.</source>
        <translation>get-parameter: den Wert ausgeben.</translation>
    </message>
    <message>
        <source>create-secret, put-secret-value: the value, or file://PATH.</source>
        <translation>create-secret, put-secret-value: der Wert oder file://PATH.</translation>
    </message>
    <message>
        <source>put-secret-value, delete-secret: the secret&apos;s name or ARN.</source>
        <translation>put-secret-value, delete-secret: der Name oder die ARN des Geheimnisses.</translation>
    </message>
    <message>
        <source>put-git-credential, delete-git-credential: the git server&apos;s host name.</source>
        <translation>put-git-credential, delete-git-credential: der Hostname des Git-Servers.</translation>
    </message>
    <message>
        <source>put-git-credential: the user name.</source>
        <translation>put-git-credential: der Benutzername.</translation>
    </message>
    <message>
        <source>put-git-credential: the password or token (or an SSH key&apos;s passphrase).</source>
        <translation>put-git-credential: das Passwort oder Token (oder die Passphrase eines SSH-Schlüssels).</translation>
    </message>
    <message>
        <source>put-git-credential: the SSH private key file.</source>
        <translation>put-git-credential: die private SSH-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>start-build: the primary artifact&apos;s settings as JSON (or file://PATH), instead of the project&apos;s.</source>
        <translation>start-build: die Einstellungen des primären Artefakts als JSON (oder file://PATH) anstelle der des Projekts.</translation>
    </message>
    <message>
        <source>start-build: the secondary artifacts&apos; settings as a JSON array (or file://PATH).</source>
        <translation>start-build: die Einstellungen der sekundären Artefakte als JSON-Array (oder file://PATH).</translation>
    </message>
    <message>
        <source>--artifacts-override: must be a JSON object such as {&quot;type&quot;: &quot;NO_ARTIFACTS&quot;}</source>
        <translation>--artifacts-override: muss ein JSON-Objekt sein, etwa {&quot;type&quot;: &quot;NO_ARTIFACTS&quot;}</translation>
    </message>
    <message>
        <source>--secondary-artifacts-override: must be a JSON array of artifacts</source>
        <translation>--secondary-artifacts-override: muss ein JSON-Array von Artefakten sein</translation>
    </message>
    <message>
        <source>Forget everything a project&apos;s cache holds on this machine: cache volumes, S3 cache and git mirrors.</source>
        <translation>Alles verwerfen, was der Cache eines Projekts auf diesem Rechner enthält: Cache-Volumes, S3-Cache und Git-Spiegel.</translation>
    </message>
    <message>
        <source>List the report groups&apos; ARNs as JSON.</source>
        <translation>Die ARNs der Berichtsgruppen als JSON auflisten.</translation>
    </message>
    <message>
        <source>Print report groups in batch-get-report-groups&apos; JSON shape.</source>
        <translation>Berichtsgruppen in der JSON-Form von batch-get-report-groups ausgeben.</translation>
    </message>
    <message>
        <source>List a report group&apos;s reports, newest first, as JSON.</source>
        <translation>Die Berichte einer Berichtsgruppe, neueste zuerst, als JSON auflisten.</translation>
    </message>
    <message>
        <source>Print reports in batch-get-reports&apos; JSON shape.</source>
        <translation>Berichte in der JSON-Form von batch-get-reports ausgeben.</translation>
    </message>
    <message>
        <source>Print a test report&apos;s cases as JSON.</source>
        <translation>Die Testfälle eines Testberichts als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print a coverage report&apos;s files as JSON.</source>
        <translation>Die Dateien eines Abdeckungsberichts als JSON ausgeben.</translation>
    </message>
    <message>
        <source>list-projects: NAME, CREATED_TIME or LAST_MODIFIED_TIME; describe-code-coverages: FILE_PATH or LINE_COVERAGE_PERCENTAGE.</source>
        <translation>list-projects: NAME, CREATED_TIME oder LAST_MODIFIED_TIME; describe-code-coverages: FILE_PATH oder LINE_COVERAGE_PERCENTAGE.</translation>
    </message>
    <message>
        <source>list-* and describe-code-coverages: ASCENDING or DESCENDING.</source>
        <translation>list-* und describe-code-coverages: ASCENDING oder DESCENDING.</translation>
    </message>
    <message>
        <source>list-reports-for-report-group: the report group (ARN or name).</source>
        <translation>list-reports-for-report-group: die Berichtsgruppe (ARN oder Name).</translation>
    </message>
    <message>
        <source>batch-get-report-groups: the report groups.</source>
        <translation>batch-get-report-groups: die Berichtsgruppen.</translation>
    </message>
    <message>
        <source>batch-get-reports: the reports.</source>
        <translation>batch-get-reports: die Berichte.</translation>
    </message>
    <message>
        <source>describe-test-cases, describe-code-coverages: the report.</source>
        <translation>describe-test-cases, describe-code-coverages: der Bericht.</translation>
    </message>
    <message>
        <source>list-reports-for-report-group, describe-test-cases: status=STATUS.</source>
        <translation>list-reports-for-report-group, describe-test-cases: status=STATUS.</translation>
    </message>
    <message>
        <source>describe-code-coverages: the lowest line coverage shown.</source>
        <translation>describe-code-coverages: die niedrigste angezeigte Zeilenabdeckung.</translation>
    </message>
    <message>
        <source>describe-code-coverages: the highest line coverage shown.</source>
        <translation>describe-code-coverages: die höchste angezeigte Zeilenabdeckung.</translation>
    </message>
    <message>
        <source>start-build, list-builds-for-project, invalidate-project-cache: the project.</source>
        <translation>start-build, list-builds-for-project, invalidate-project-cache: das Projekt.</translation>
    </message>
    <message>
        <source>Make the default build image (or the recipe&apos;s) from Debian&apos;s packages with mmdebstrap, when the engine lacks it; --force makes it again.</source>
        <translation>Erstellt das Standard-Build-Image (oder das des Rezepts) mit mmdebstrap aus den Debian-Paketen, wenn die Engine es nicht hat; --force erstellt es erneut.</translation>
    </message>
    <message>
        <source>build-image: the image recipe (image.json) instead of the default image&apos;s.</source>
        <translation>build-image: das Image-Rezept (image.json) statt dem des Standard-Images.</translation>
    </message>
    <message>
        <source>build-image: make the image even when the engine has it.</source>
        <translation>build-image: das Image auch dann erstellen, wenn die Engine es schon hat.</translation>
    </message>
    <message>
        <source>builddeck-cli: warning: %1 is reached without TLS: anyone who can reach that port can run containers as root on its machine and read the builds&apos; sources and secrets. Use TLS (DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH) or a unix socket.
</source>
        <translation>builddeck-cli: Warnung: %1 wird ohne TLS erreicht: Wer diesen Port erreicht, kann auf ihrem Rechner Container als root ausführen und die Quellen und Secrets der Builds lesen. Verwenden Sie TLS (DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH) oder einen Unix-Socket.
</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1: kein gültiges JSON bei Zeichen %2: %3</translation>
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
    <name>ImageCommands</name>
    <message>
        <source>--recipe: %1</source>
        <translation>--recipe: %1</translation>
    </message>
    <message>
        <source>The engine has %1 already; --force builds it again.
</source>
        <translation>Die Engine hat %1 bereits; --force erstellt es erneut.
</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>--cli-input-json is required: file://PATH or the JSON itself</source>
        <translation>--cli-input-json ist erforderlich: file://PATH oder das JSON selbst</translation>
    </message>
    <message>
        <source>--cli-input-json: must be a JSON object</source>
        <translation>--cli-input-json: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>name: is required: the project to update</source>
        <translation>name: ist erforderlich: das zu aktualisierende Projekt</translation>
    </message>
    <message>
        <source>--name is required: the project to delete</source>
        <translation>--name ist erforderlich: das zu löschende Projekt</translation>
    </message>
    <message>
        <source>--sort-by: %1 is not one of %2</source>
        <translation>--sort-by: %1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>--sort-order: %1 is not one of %2</source>
        <translation>--sort-order: %1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>--names is required: one or more project names or ARNs</source>
        <translation>--names ist erforderlich: ein oder mehrere Projektnamen oder ARNs</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>%1: &apos;%2&apos; is not status=STATUS (one of %3)</source>
        <translation>%1: &apos;%2&apos; hat nicht die Form status=STATUS (einer der Werte %3)</translation>
    </message>
    <message>
        <source>--sort-order: %1 is not one of ASCENDING, DESCENDING</source>
        <translation>--sort-order: %1 ist keiner der Werte ASCENDING, DESCENDING</translation>
    </message>
    <message>
        <source>--report-group-arns is required</source>
        <translation>--report-group-arns ist erforderlich</translation>
    </message>
    <message>
        <source>--report-group-arn is required</source>
        <translation>--report-group-arn ist erforderlich</translation>
    </message>
    <message>
        <source>--report-group-arn: %1</source>
        <translation>--report-group-arn: %1</translation>
    </message>
    <message>
        <source>--report-arns is required</source>
        <translation>--report-arns ist erforderlich</translation>
    </message>
    <message>
        <source>--report-arn is required</source>
        <translation>--report-arn ist erforderlich</translation>
    </message>
    <message>
        <source>--report-arn: there is no report %1</source>
        <translation>--report-arn: es gibt keinen Bericht %1</translation>
    </message>
    <message>
        <source>--sort-by: %1 is not one of FILE_PATH, LINE_COVERAGE_PERCENTAGE</source>
        <translation>--sort-by: %1 ist keiner der Werte FILE_PATH, LINE_COVERAGE_PERCENTAGE</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a percentage from 0 to 100</source>
        <translation>%1: &apos;%2&apos; ist kein Prozentwert von 0 bis 100</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>put-parameter needs --name and --value (text, or file://PATH)</source>
        <translation>put-parameter benötigt --name und --value (Text oder file://PATH)</translation>
    </message>
    <message>
        <source>get-parameter needs --name</source>
        <translation>get-parameter benötigt --name</translation>
    </message>
    <message>
        <source>ParameterNotFound: there is no parameter %1</source>
        <translation>ParameterNotFound: es gibt keinen Parameter %1</translation>
    </message>
    <message>
        <source>delete-parameter needs --name</source>
        <translation>delete-parameter benötigt --name</translation>
    </message>
    <message>
        <source>create-secret needs --name and --secret-string (text, or file://PATH)</source>
        <translation>create-secret benötigt --name und --secret-string (Text oder file://PATH)</translation>
    </message>
    <message>
        <source>put-secret-value needs --secret-id and --secret-string (text, or file://PATH)</source>
        <translation>put-secret-value benötigt --secret-id und --secret-string (Text oder file://PATH)</translation>
    </message>
    <message>
        <source>ResourceNotFoundException: there is no secret %1; create it with create-secret</source>
        <translation>ResourceNotFoundException: es gibt kein Geheimnis %1; legen Sie es mit create-secret an</translation>
    </message>
    <message>
        <source>delete-secret needs --secret-id</source>
        <translation>delete-secret benötigt --secret-id</translation>
    </message>
    <message>
        <source>put-git-credential needs --host, and --token (a password or token, or file://PATH) or --ssh-key-file (with --token as its passphrase, if it has one)</source>
        <translation>put-git-credential benötigt --host sowie --token (ein Passwort oder Token oder file://PATH) oder --ssh-key-file (mit --token als Passphrase, falls die Datei eine hat)</translation>
    </message>
    <message>
        <source>delete-git-credential needs --host</source>
        <translation>delete-git-credential benötigt --host</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
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
    <message numerus="yes">
        <source>%n build(s) whose worker had ended were finalised as FAULT.</source>
        <translation>
            <numerusform>%n Build, dessen Worker beendet war, wurde als FAULT abgeschlossen.</numerusform>
            <numerusform>%n Builds, deren Worker beendet war, wurden als FAULT abgeschlossen.</numerusform>
        </translation>
    </message>
</context>
</TS>
