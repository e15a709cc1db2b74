<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BuildCommands</name>
    <message>
        <source>--project-name is required</source>
        <translation>--project-name est obligatoire</translation>
    </message>
    <message>
        <source>--timeout-in-minutes-override: must be 5 to 2160</source>
        <translation>--timeout-in-minutes-override: doit être compris entre 5 et 2160</translation>
    </message>
    <message>
        <source>--project-name: %1</source>
        <translation>--project-name: %1</translation>
    </message>
    <message>
        <source>--id is required</source>
        <translation>--id est obligatoire</translation>
    </message>
    <message>
        <source>--ids is required</source>
        <translation>--ids est obligatoire</translation>
    </message>
    <message>
        <source>--sort-order: %1 is not one of ASCENDING, DESCENDING</source>
        <translation>--sort-order: %1 n&apos;est pas l&apos;une des valeurs ASCENDING, DESCENDING</translation>
    </message>
    <message numerus="yes">
        <source>builddeck-cli: %n build(s) whose worker had ended were finalised as FAULT.
</source>
        <translation>
            <numerusform>builddeck-cli: %n build dont le processus de travail s&apos;était arrêté a été finalisé avec l&apos;état FAULT.
</numerusform>
            <numerusform>builddeck-cli: %n builds dont le processus de travail s&apos;était arrêté ont été finalisés avec l&apos;état FAULT.
</numerusform>
        </translation>
    </message>
    <message>
        <source>--id: %1</source>
        <translation>--id: %1</translation>
    </message>
    <message>
        <source>--id: the project %1 of build %2 no longer exists</source>
        <translation>--id: le projet %1 du build %2 n&apos;existe plus</translation>
    </message>
    <message>
        <source>builddeck-cli: build %1 ended %2; peak memory %3 KiB
</source>
        <translation>builddeck-cli: le build %1 s&apos;est terminé avec l&apos;état %2&#xa0;; pic de mémoire %3 Kio
</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Artifacts::ArtifactContents</name>
    <message>
        <source>%1 cannot be read as a zip: %2</source>
        <translation>%1 ne peut pas être lu comme une archive zip&#xa0;: %2</translation>
    </message>
    <message>
        <source>The artifact %1 is not there any more; run the build again to make it.</source>
        <translation>L&apos;artefact %1 n&apos;existe plus&#xa0;; relancez le build pour le recréer.</translation>
    </message>
    <message>
        <source>%1 is not a path inside the artifact.</source>
        <translation>%1 n&apos;est pas un chemin à l&apos;intérieur de l&apos;artefact.</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2: %3</source>
        <translation>Impossible de copier %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read from %2: %3</source>
        <translation>Impossible de lire %1 depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 has no file %2.</source>
        <translation>%1 ne contient pas de fichier %2.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Artifacts::ArtifactDestination</name>
    <message>
        <source>%1.%2: &apos;%3&apos; would leave the artifact folder; use a path without &apos;..&apos;.</source>
        <translation>%1.%2: &apos;%3&apos; sortirait du dossier de l&apos;artefact&#xa0;; utilisez un chemin sans &apos;..&apos;.</translation>
    </message>
    <message>
        <source>%1.location: an S3 artifact needs a location (the bucket, a folder under the data directory&apos;s s3/).</source>
        <translation>%1.location: un artefact S3 a besoin d&apos;un emplacement (le compartiment, un dossier sous s3/ dans le répertoire de données).</translation>
    </message>
    <message>
        <source>%1.name: a ZIP artifact needs a file name; give the artifact a name.</source>
        <translation>%1.name: un artefact ZIP a besoin d&apos;un nom de fichier&#xa0;; donnez un nom à l&apos;artefact.</translation>
    </message>
    <message>
        <source>%1: with no path and the name &apos;/&apos;, the artifact would replace the whole bucket; give it a name or a path.</source>
        <translation>%1: sans chemin et avec le nom &apos;/&apos;, l&apos;artefact remplacerait tout le compartiment&#xa0;; donnez-lui un nom ou un chemin.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Artifacts::ArtifactPackager</name>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2: %3</source>
        <translation>Impossible de copier %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The link %1 cannot be read.</source>
        <translation>Impossible de lire le lien %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Artifacts::ArtifactSelection</name>
    <message>
        <source>The artifact path %1 leaves the source directory; give a path inside it.</source>
        <translation>Le chemin d&apos;artefact %1 sort du répertoire source&#xa0;; indiquez un chemin à l&apos;intérieur de celui-ci.</translation>
    </message>
    <message>
        <source>The source directory %1 is not there.</source>
        <translation>Le répertoire source %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildCache</name>
    <message>
        <source>The cache volume %1 cannot be removed (is a build of %2 running?): %3</source>
        <translation>Impossible de supprimer le volume de cache %1 (un build de %2 est-il en cours&#xa0;?)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The cache folder %1 cannot be removed.</source>
        <translation>Impossible de supprimer le dossier de cache %1.</translation>
    </message>
    <message>
        <source>The source cache %1 cannot be removed.</source>
        <translation>Impossible de supprimer le cache de sources %1.</translation>
    </message>
    <message>
        <source>the engine</source>
        <translation>le moteur</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildEnvironment</name>
    <message>
        <source>%1 is reserved for CodeBuild&apos;s own variables and was not applied</source>
        <translation>%1 est réservé aux variables propres à CodeBuild et n&apos;a pas été appliqué</translation>
    </message>
    <message>
        <source>no secret store is available to look up %1</source>
        <translation>aucun stockage de secrets n&apos;est disponible pour rechercher %1</translation>
    </message>
    <message>
        <source>Parameter %1 for %2: %3</source>
        <translation>Paramètre %1 pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Secret %1 for %2: %3</source>
        <translation>Secret %1 pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 pour %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildLog</name>
    <message>
        <source>Writing the build log %1 failed: %2</source>
        <translation>L&apos;écriture du journal de build %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The build log %1 cannot be read: %2</source>
        <translation>Impossible de lire le journal de build %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The index of build log %1 cannot be read: %2</source>
        <translation>Impossible de lire l&apos;index du journal de build %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a BuildDeck log index.</source>
        <translation>%1 n&apos;est pas un index de journal BuildDeck.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildService</name>
    <message>
        <source>The build worker %1 could not be started: %2</source>
        <translation>Le processus de travail du build %1 n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The logs of %1 in %2 could not all be removed.</source>
        <translation>Les journaux de %1 dans %2 n&apos;ont pas tous pu être supprimés.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::BuildStore</name>
    <message>
        <source>A build needs a project name.</source>
        <translation>Un build a besoin d&apos;un nom de projet.</translation>
    </message>
    <message>
        <source>Numbering a build of %1</source>
        <translation>Numérotation d&apos;un build de %1</translation>
    </message>
    <message>
        <source>Saving build %1</source>
        <translation>Enregistrement du build %1</translation>
    </message>
    <message>
        <source>There is no build %1.</source>
        <translation>Il n&apos;y a pas de build %1.</translation>
    </message>
    <message>
        <source>Reading build %1</source>
        <translation>Lecture du build %1</translation>
    </message>
    <message>
        <source>Listing builds</source>
        <translation>Liste des builds</translation>
    </message>
    <message>
        <source>Counting builds</source>
        <translation>Comptage des builds</translation>
    </message>
    <message>
        <source>Stopping build %1</source>
        <translation>Arrêt du build %1</translation>
    </message>
    <message>
        <source>Counting running builds</source>
        <translation>Comptage des builds en cours</translation>
    </message>
    <message>
        <source>Removing the builds of %1</source>
        <translation>Suppression des builds de %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Engine::OrphanFinalizer</name>
    <message>
        <source>The BuildDeck worker running this build ended unexpectedly, during %1.</source>
        <translation>Le processus de travail BuildDeck qui exécutait ce build s&apos;est arrêté de manière inattendue, pendant %1.</translation>
    </message>
    <message>
        <source>No container engine answered, so the build&apos;s container may still exist.</source>
        <translation>Aucun moteur de conteneurs n&apos;a répondu, le conteneur du build existe donc peut-être encore.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::History::Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>The data directory %1 could not be created.</source>
        <translation>Le répertoire de données %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>La base de données %1 n&apos;a pas pu être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting a transaction on %1</source>
        <translation>Démarrage d&apos;une transaction sur %1</translation>
    </message>
    <message>
        <source>Committing to %1</source>
        <translation>Validation dans %1</translation>
    </message>
    <message>
        <source>Reading the schema version of %1</source>
        <translation>Lecture de la version du schéma de %1</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this BuildDeck understands (%3); use a newer BuildDeck or another data directory.</source>
        <translation>La base de données %1 a la version de schéma %2, plus récente que celle que cette version de BuildDeck comprend (%3)&#xa0;; utilisez une version plus récente de BuildDeck ou un autre répertoire de données.</translation>
    </message>
    <message>
        <source>Migrating %1 to schema version %2</source>
        <translation>Migration de %1 vers la version de schéma %2</translation>
    </message>
    <message>
        <source>Recording schema version %1</source>
        <translation>Enregistrement de la version de schéma %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Log::LogExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving %1 was cancelled.</source>
        <translation>L&apos;enregistrement de %1 a été annulé.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Log::LogMatcher</name>
    <message>
        <source>The regular expression is not valid at character %1: %2</source>
        <translation>L&apos;expression régulière n&apos;est pas valide au caractère %1&#xa0;: %2</translation>
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
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>unknown member; it is ignored</source>
        <translation>membre inconnu&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>vouliez-vous dire &apos;%1&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>known members: %1</source>
        <translation>membres connus&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>doit être une liste, pas %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectImport</name>
    <message>
        <source>The JSON holds no project.</source>
        <translation>Le JSON ne contient aucun projet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3</source>
        <translation>%1 n&apos;est pas du JSON&#xa0;: %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>%1 holds no JSON object; CodeBuild project JSON is an object.</source>
        <translation>%1 ne contient pas d&apos;objet JSON&#xa0;; le JSON d&apos;un projet CodeBuild est un objet.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectJson</name>
    <message>
        <source>is required in gitSubmodulesConfig</source>
        <translation>est obligatoire dans gitSubmodulesConfig</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectStore</name>
    <message>
        <source>Saving project %1</source>
        <translation>Enregistrement du projet %1</translation>
    </message>
    <message>
        <source>name: a project named %1 already exists; choose another name or update it</source>
        <translation>name: un projet nommé %1 existe déjà&#xa0;; choisissez un autre nom ou mettez-le à jour</translation>
    </message>
    <message>
        <source>name: there is no project named %1</source>
        <translation>name: il n&apos;existe aucun projet nommé %1</translation>
    </message>
    <message>
        <source>Deleting project %1</source>
        <translation>Suppression du projet %1</translation>
    </message>
    <message>
        <source>Reading project %1</source>
        <translation>Lecture du projet %1</translation>
    </message>
    <message>
        <source>there is no project named %1</source>
        <translation>il n&apos;existe aucun projet nommé %1</translation>
    </message>
    <message>
        <source>Reading the projects</source>
        <translation>Lecture des projets</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectTemplates</name>
    <message>
        <source>Hello, BuildDeck</source>
        <translation>Bonjour, BuildDeck</translation>
    </message>
    <message>
        <source>No source: the buildspec is part of the project. The quickest way to see a build run.</source>
        <translation>Sans source&#xa0;: le buildspec fait partie du projet. Le moyen le plus rapide de voir un build s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Folder on this machine</source>
        <translation>Dossier sur cette machine</translation>
    </message>
    <message>
        <source>Builds a local folder with its buildspec.yml; the folder is copied, never changed.</source>
        <translation>Construit un dossier local avec son buildspec.yml&#xa0;; le dossier est copié, jamais modifié.</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Dépôt git</translation>
    </message>
    <message>
        <source>Builds a branch, tag or commit of a git repository, as CodeBuild&apos;s GitHub, GitLab, Bitbucket and CodeCommit sources do.</source>
        <translation>Construit une branche, une étiquette ou un commit d&apos;un dépôt git, comme le font les sources GitHub, GitLab, Bitbucket et CodeCommit de CodeBuild.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Projects::ProjectValidator</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>est obligatoire&#xa0;: l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>écrivez %1</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3</source>
        <translation>%1 est en dehors de la plage autorisée, de %2 à %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain only letters, digits and underscores and be shorter than 128 characters</source>
        <translation>&apos;%1&apos; ne doit contenir que des lettres, des chiffres et des tirets bas, et faire moins de 128 caractères</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>contient %1 entrées&#xa0;; %2 au maximum sont autorisées</translation>
    </message>
    <message>
        <source>is required for a LOCAL source: the directory to build</source>
        <translation>est obligatoire pour une source LOCAL&#xa0;: le répertoire à construire</translation>
    </message>
    <message>
        <source>is required for a %1 source</source>
        <translation>est obligatoire pour une source %1</translation>
    </message>
    <message>
        <source>any URL git can clone: https://, ssh://, file:// or a path</source>
        <translation>toute URL que git peut cloner&#xa0;: https://, ssh://, file:// ou un chemin</translation>
    </message>
    <message>
        <source>NO_SOURCE cannot be a secondary source</source>
        <translation>NO_SOURCE ne peut pas être une source secondaire</translation>
    </message>
    <message>
        <source>a NO_SOURCE project needs the buildspec itself here, not a file name</source>
        <translation>un projet NO_SOURCE a besoin ici du buildspec lui-même, pas d&apos;un nom de fichier</translation>
    </message>
    <message>
        <source>write the whole buildspec, for example &quot;version: 0.2\nphases: ...&quot;</source>
        <translation>écrivez le buildspec complet, par exemple &quot;version: 0.2\nphases: ...&quot;</translation>
    </message>
    <message>
        <source>CODEPIPELINE sources come from AWS CodePipeline and cannot be built locally</source>
        <translation>les sources CODEPIPELINE proviennent d&apos;AWS CodePipeline et ne peuvent pas être construites localement</translation>
    </message>
    <message>
        <source>only applies to git sources</source>
        <translation>ne s&apos;applique qu&apos;aux sources git</translation>
    </message>
    <message>
        <source>is only allowed for GitHub, GitHub Enterprise, GitLab and Bitbucket sources</source>
        <translation>n&apos;est autorisé que pour les sources GitHub, GitHub Enterprise, GitLab et Bitbucket</translation>
    </message>
    <message>
        <source>is only allowed for GITHUB_ENTERPRISE sources</source>
        <translation>n&apos;est autorisé que pour les sources GITHUB_ENTERPRISE</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>CODEPIPELINE cannot be a secondary artifact</source>
        <translation>CODEPIPELINE ne peut pas être un artefact secondaire</translation>
    </message>
    <message>
        <source>CODEPIPELINE artifacts go to AWS CodePipeline; locally they are not kept</source>
        <translation>les artefacts CODEPIPELINE vont vers AWS CodePipeline&#xa0;; en local, ils ne sont pas conservés</translation>
    </message>
    <message>
        <source>%1 builds cannot run in a local Linux container</source>
        <translation>les builds %1 ne peuvent pas s&apos;exécuter dans un conteneur Linux local</translation>
    </message>
    <message>
        <source>a variable needs a name</source>
        <translation>une variable a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>%1 is reserved: names beginning with CODEBUILD_ are set by the build, and BuildDeck does not apply this one</source>
        <translation>%1 est réservé&#xa0;: les noms commençant par CODEBUILD_ sont définis par le build, et BuildDeck n&apos;applique pas celui-ci</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 est défini deux fois</translation>
    </message>
    <message>
        <source>must name the parameter or secret</source>
        <translation>doit indiquer le nom du paramètre ou du secret</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be 2 to 255 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; doit comporter de 2 à 255 lettres, chiffres, &apos;-&apos; ou &apos;_&apos;, et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>is %1 characters long; at most 255 are allowed</source>
        <translation>fait %1 caractères&#xa0;; 255 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>%1 is used by another secondary source</source>
        <translation>%1 est déjà utilisé par une autre source secondaire</translation>
    </message>
    <message>
        <source>%1 is not the sourceIdentifier of a secondary source</source>
        <translation>%1 n&apos;est le sourceIdentifier d&apos;aucune source secondaire</translation>
    </message>
    <message>
        <source>%1 is used by another secondary artifact</source>
        <translation>%1 est déjà utilisé par un autre artefact secondaire</translation>
    </message>
    <message>
        <source>a LOCAL cache needs at least one mode</source>
        <translation>un cache LOCAL a besoin d&apos;au moins un mode</translation>
    </message>
    <message>
        <source>LOCAL_SOURCE_CACHE, LOCAL_DOCKER_LAYER_CACHE or LOCAL_CUSTOM_CACHE</source>
        <translation>LOCAL_SOURCE_CACHE, LOCAL_DOCKER_LAYER_CACHE ou LOCAL_CUSTOM_CACHE</translation>
    </message>
    <message>
        <source>only applies to LOCAL sources</source>
        <translation>ne s&apos;applique qu&apos;aux sources LOCAL</translation>
    </message>
    <message>
        <source>%1 is not an existing directory</source>
        <translation>%1 n&apos;est pas un répertoire existant</translation>
    </message>
    <message>
        <source>choose the folder that holds the code to build</source>
        <translation>choisissez le dossier qui contient le code à construire</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::CloverParser</name>
    <message>
        <source>a &lt;file&gt; without a path or name</source>
        <translation>un élément &lt;file&gt; sans chemin ni nom</translation>
    </message>
    <message>
        <source>this is a Cobertura report (a &lt;%1&gt; element), not Clover</source>
        <translation>ceci est un rapport Cobertura (un élément &lt;%1&gt;), pas Clover</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::CoberturaParser</name>
    <message>
        <source>a &lt;line&gt; without a line number of 1 or more; skipped</source>
        <translation>un élément &lt;line&gt; sans numéro de ligne supérieur ou égal à 1&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>condition-coverage=&quot;%1&quot; has no &quot;(covered/total)&quot;; its branches are not counted</source>
        <translation>condition-coverage=&quot;%1&quot; ne contient pas de &quot;(couvertes/total)&quot;&#xa0;; ses branches ne sont pas comptées</translation>
    </message>
    <message>
        <source>this is a Clover report (a &lt;project&gt; element), not Cobertura</source>
        <translation>ceci est un rapport Clover (un élément &lt;project&gt;), pas Cobertura</translation>
    </message>
    <message>
        <source>a &lt;class&gt; without a filename; its lines are not counted</source>
        <translation>un élément &lt;class&gt; sans filename&#xa0;; ses lignes ne sont pas comptées</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::CucumberParser</name>
    <message>
        <source>expected a JSON array of features</source>
        <translation>un tableau JSON de fonctionnalités était attendu</translation>
    </message>
    <message>
        <source>feature %1: not a JSON object, so it was left out</source>
        <translation>fonctionnalité %1&#xa0;: ce n&apos;est pas un objet JSON, elle a donc été écartée</translation>
    </message>
    <message>
        <source>every duration in the file is below 1000, too short for nanoseconds; they are read as milliseconds, as cucumber-js 2 and 3 wrote them</source>
        <translation>toutes les durées du fichier sont inférieures à 1000, trop courtes pour des nanosecondes&#xa0;; elles sont lues comme des millisecondes, comme les écrivaient cucumber-js 2 et 3</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::JacocoParser</name>
    <message>
        <source>a &lt;sourcefile&gt; without a name</source>
        <translation>un élément &lt;sourcefile&gt; sans nom</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::JunitParser</name>
    <message>
        <source>a &lt;testcase&gt; without a name</source>
        <translation>un élément &lt;testcase&gt; sans nom</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::LcovParser</name>
    <message>
        <source>the last record has no end_of_record</source>
        <translation>le dernier enregistrement n&apos;a pas de end_of_record</translation>
    </message>
    <message>
        <source>SF: before the previous record&apos;s end_of_record</source>
        <translation>SF: avant le end_of_record de l&apos;enregistrement précédent</translation>
    </message>
    <message>
        <source>end_of_record without a record</source>
        <translation>end_of_record sans enregistrement</translation>
    </message>
    <message>
        <source>%1: outside a record (no SF: before it)</source>
        <translation>%1: en dehors d&apos;un enregistrement (aucun SF: avant)</translation>
    </message>
    <message>
        <source>not an LCOV line</source>
        <translation>ce n&apos;est pas une ligne LCOV</translation>
    </message>
    <message>
        <source>a malformed %1: line</source>
        <translation>une ligne %1: mal formée</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no SF: record; expected an LCOV tracefile</source>
        <translation>il n&apos;y a aucun enregistrement SF:&#xa0;; un fichier de trace LCOV était attendu</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::Nunit3Parser</name>
    <message>
        <source>a &lt;test-case&gt; without a name</source>
        <translation>un élément &lt;test-case&gt; sans nom</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::NunitParser</name>
    <message>
        <source>a &lt;test-case&gt; without a name</source>
        <translation>un élément &lt;test-case&gt; sans nom</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::ReportParser</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>%1 is too large to read as a %2 report</source>
        <translation>%1 est trop volumineux pour être lu comme un rapport %2</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::ReportStore</name>
    <message>
        <source>Saving report %1</source>
        <translation>Enregistrement du rapport %1</translation>
    </message>
    <message>
        <source>The report group %1 holds %2 reports; a %3 report cannot join it. Give the report another group name.</source>
        <translation>Le groupe de rapports %1 contient des rapports %2&#xa0;; un rapport %3 ne peut pas y être ajouté. Donnez un autre nom de groupe au rapport.</translation>
    </message>
    <message>
        <source>Listing report groups</source>
        <translation>Liste des groupes de rapports</translation>
    </message>
    <message>
        <source>Reading report group %1</source>
        <translation>Lecture du groupe de rapports %1</translation>
    </message>
    <message>
        <source>There is no report group %1.</source>
        <translation>Il n&apos;y a pas de groupe de rapports %1.</translation>
    </message>
    <message>
        <source>Reading reports</source>
        <translation>Lecture des rapports</translation>
    </message>
    <message>
        <source>Reading the test cases of %1</source>
        <translation>Lecture des cas de test de %1</translation>
    </message>
    <message>
        <source>Reading the coverage of %1</source>
        <translation>Lecture de la couverture de %1</translation>
    </message>
    <message>
        <source>Removing the reports of %1</source>
        <translation>Suppression des rapports de %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::ReportValues</name>
    <message>
        <source>More warnings were left out.</source>
        <translation>D&apos;autres avertissements ont été omis.</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 report (line %3, column %4): %5</source>
        <translation>%1 n&apos;est pas un rapport %2 valide (ligne %3, colonne %4)&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::SimpleCovParser</name>
    <message>
        <source>%1: neither a list of lines nor an object; skipped</source>
        <translation>%1: ni une liste de lignes ni un objet&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>expected SimpleCov&apos;s JSON ({&quot;coverage&quot;: {file: ...}}) or a .resultset.json ({command: {&quot;coverage&quot;: {file: ...}}})</source>
        <translation>le JSON de SimpleCov ({&quot;coverage&quot;: {file: ...}}) ou un fichier .resultset.json ({command: {&quot;coverage&quot;: {file: ...}}}) était attendu</translation>
    </message>
    <message>
        <source>%1: not a command with a &quot;coverage&quot; object; skipped</source>
        <translation>%1: ce n&apos;est pas une commande avec un objet &quot;coverage&quot;&#xa0;; ignoré</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::TestNgParser</name>
    <message>
        <source>the configuration method %1 failed; it is not a test case, and the tests after it may have been skipped because of it</source>
        <translation>la méthode de configuration %1 a échoué&#xa0;; ce n&apos;est pas un cas de test, et les tests suivants ont pu être ignorés à cause d&apos;elle</translation>
    </message>
    <message>
        <source>a &lt;test-method&gt; without a name</source>
        <translation>un élément &lt;test-method&gt; sans nom</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::TrxParser</name>
    <message>
        <source>duration=&quot;%1&quot; is not a time span; it counts as 0</source>
        <translation>duration=&quot;%1&quot; n&apos;est pas une durée&#xa0;; elle compte pour 0</translation>
    </message>
    <message>
        <source>a &lt;UnitTestResult&gt; without a testName</source>
        <translation>un élément &lt;UnitTestResult&gt; sans testName</translation>
    </message>
    <message>
        <source>no &lt;UnitTest&gt; with the id %1, so the test&apos;s class is not known</source>
        <translation>aucun élément &lt;UnitTest&gt; avec l&apos;id %1, la classe du test n&apos;est donc pas connue</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Reports::XmlReportReader</name>
    <message>
        <source>expected the root element %1, found &lt;%2&gt;</source>
        <translation>l&apos;élément racine %1 était attendu, &lt;%2&gt; trouvé</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>there is no root element</source>
        <translation>il n&apos;y a pas d&apos;élément racine</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a number; it counts as 0</source>
        <translation>%1=&quot;%2&quot; n&apos;est pas un nombre&#xa0;; il compte pour 0</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::DefaultImage</name>
    <message>
        <source>the engine</source>
        <translation>le moteur</translation>
    </message>
    <message>
        <source>No container engine answers (%1); start one, then build the image.</source>
        <translation>Aucun moteur de conteneurs ne répond (%1)&#xa0;; démarrez-en un, puis construisez l&apos;image.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::DockerEngineRuntime</name>
    <message>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>%1: %2 failed with HTTP %3: %4</source>
        <translation>%1: %2&#xa0;: échec avec le code HTTP %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 answered /version without an ApiVersion; it does not look like a Docker-compatible engine.</source>
        <translation>%1 a répondu à /version sans ApiVersion&#xa0;; cela ne ressemble pas à un moteur compatible Docker.</translation>
    </message>
    <message>
        <source>No image name was given to inspect.</source>
        <translation>Aucun nom d&apos;image n&apos;a été donné à inspecter.</translation>
    </message>
    <message>
        <source>inspecting image %1</source>
        <translation>inspection de l&apos;image %1</translation>
    </message>
    <message>
        <source>%1: the answer to %2 is not a JSON object (%3)</source>
        <translation>%1: la réponse à %2 n&apos;est pas un objet JSON (%3)</translation>
    </message>
    <message>
        <source>pulling image %1</source>
        <translation>téléchargement de l&apos;image %1</translation>
    </message>
    <message>
        <source>Pulling image %1 failed: %2</source>
        <translation>Le téléchargement de l&apos;image %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>creating a container from %1</source>
        <translation>création d&apos;un conteneur à partir de %1</translation>
    </message>
    <message>
        <source>%1 created a container but did not say its id</source>
        <translation>%1 a créé un conteneur mais n&apos;a pas indiqué son identifiant</translation>
    </message>
    <message>
        <source>starting container %1</source>
        <translation>démarrage du conteneur %1</translation>
    </message>
    <message>
        <source>stopping container %1</source>
        <translation>arrêt du conteneur %1</translation>
    </message>
    <message>
        <source>removing container %1</source>
        <translation>suppression du conteneur %1</translation>
    </message>
    <message>
        <source>listing containers</source>
        <translation>liste des conteneurs</translation>
    </message>
    <message>
        <source>running a command in container %1</source>
        <translation>exécution d&apos;une commande dans le conteneur %1</translation>
    </message>
    <message>
        <source>starting a command in container %1</source>
        <translation>démarrage d&apos;une commande dans le conteneur %1</translation>
    </message>
    <message>
        <source>reading a command&apos;s exit status</source>
        <translation>lecture du code de sortie d&apos;une commande</translation>
    </message>
    <message>
        <source>%1 did not report the exit status of a finished command</source>
        <translation>%1 n&apos;a pas indiqué le code de sortie d&apos;une commande terminée</translation>
    </message>
    <message>
        <source>copying files into %1</source>
        <translation>copie de fichiers dans %1</translation>
    </message>
    <message>
        <source>copying %1 out of the container</source>
        <translation>copie de %1 hors du conteneur</translation>
    </message>
    <message>
        <source>The container&apos;s output ended: the container stopped or the engine went away</source>
        <translation>La sortie du conteneur s&apos;est interrompue&#xa0;: le conteneur s&apos;est arrêté ou le moteur a disparu</translation>
    </message>
    <message>
        <source>listing images</source>
        <translation>liste des images</translation>
    </message>
    <message>
        <source>making volume %1</source>
        <translation>création du volume %1</translation>
    </message>
    <message>
        <source>listing volumes</source>
        <translation>liste des volumes</translation>
    </message>
    <message>
        <source>measuring volumes</source>
        <translation>mesure des volumes</translation>
    </message>
    <message>
        <source>removing volume %1</source>
        <translation>suppression du volume %1</translation>
    </message>
    <message>
        <source>importing image %1</source>
        <translation>import de l&apos;image %1</translation>
    </message>
    <message>
        <source>Importing image %1 failed: %2</source>
        <translation>L&apos;import de l&apos;image %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::EngineEndpoint</name>
    <message>
        <source>Write unix:///path/to/engine.sock or tcp://host:port.</source>
        <translation>Écrivez unix:///chemin/vers/moteur.sock ou tcp://hôte:port.</translation>
    </message>
    <message>
        <source>%1 is empty. %2</source>
        <translation>%1 est vide. %2</translation>
    </message>
    <message>
        <source>%1: the socket path in &apos;%2&apos; must be absolute. %3</source>
        <translation>%1: le chemin du socket dans &apos;%2&apos; doit être absolu. %3</translation>
    </message>
    <message>
        <source>%1: the socket path &apos;%2&apos; is longer than %3 bytes, which Linux cannot connect to; link the socket from a shorter path.</source>
        <translation>%1: le chemin du socket &apos;%2&apos; dépasse %3 octets, et Linux ne peut pas s&apos;y connecter&#xa0;; créez un lien vers le socket depuis un chemin plus court.</translation>
    </message>
    <message>
        <source>%1: ssh:// engines are reached through a forwarded socket: run &apos;ssh -N -L /tmp/builddeck-engine.sock:/var/run/docker.sock HOST&apos; and use unix:///tmp/builddeck-engine.sock.</source>
        <translation>%1: les moteurs ssh:// sont joints par un socket redirigé&#xa0;: lancez &apos;ssh -N -L /tmp/builddeck-engine.sock:/var/run/docker.sock HOST&apos; et utilisez unix:///tmp/builddeck-engine.sock.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an engine address. %3</source>
        <translation>%1: &apos;%2&apos; n&apos;est pas une adresse de moteur. %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no host name. %3</source>
        <translation>%1: &apos;%2&apos; n&apos;a pas de nom d&apos;hôte. %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must not have a path after the port. %3</source>
        <translation>%1: &apos;%2&apos; ne doit pas avoir de chemin après le port. %3</translation>
    </message>
    <message>
        <source>%1: the port in &apos;%2&apos; must be between 1 and 65535.</source>
        <translation>%1: le port dans &apos;%2&apos; doit être compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::EngineHttpClient</name>
    <message>
        <source>libcurl could not create a connection handle.</source>
        <translation>libcurl n&apos;a pas pu créer de descripteur de connexion.</translation>
    </message>
    <message>
        <source>%1: no socket at %2</source>
        <translation>%1: aucun socket à l&apos;emplacement %2</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms (%3)</source>
        <translation>%1: aucune réponse en %2 ms (%3)</translation>
    </message>
    <message>
        <source>%1: the transfer was stopped</source>
        <translation>%1: le transfert a été arrêté</translation>
    </message>
    <message>
        <source>%1 refused %2 with HTTP %3: %4</source>
        <translation>%1 a refusé %2 avec le code HTTP %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::EngineLocator</name>
    <message>
        <source>  %1 (%2): not tried, the time allowed ran out</source>
        <translation>  %1 (%2)&#xa0;: non essayé, le temps imparti est écoulé</translation>
    </message>
    <message>
        <source>No container engine answered. Tried:
%1
Start one: as root run &apos;dockerd &amp;&apos; (or &apos;systemctl start docker&apos;), or for Podman &apos;systemctl --user start podman.socket&apos;; &apos;scripts/dev.sh engine&apos; does it for you. Or name a running engine with --engine URL or BUILDDECK_ENGINE=URL (unix:///path/to/engine.sock or tcp://host:port).</source>
        <translation>Aucun moteur de conteneurs n&apos;a répondu. Essayés&#xa0;:
%1
Démarrez-en un&#xa0;: en tant que root, lancez &apos;dockerd &amp;&apos; (ou &apos;systemctl start docker&apos;), ou pour Podman &apos;systemctl --user start podman.socket&apos;&#xa0;; &apos;scripts/dev.sh engine&apos; le fait pour vous. Ou indiquez un moteur en cours d&apos;exécution avec --engine URL ou BUILDDECK_ENGINE=URL (unix:///chemin/vers/moteur.sock ou tcp://hôte:port).</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::ImageBuilder</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>A folder cannot be made in %1: %2</source>
        <translation>Impossible de créer un dossier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>mmdebstrap, which makes the image from Debian&apos;s packages, is not installed. Install it (sudo apt install mmdebstrap) and try again.</source>
        <translation>mmdebstrap, qui construit l&apos;image à partir des paquets Debian, n&apos;est pas installé. Installez-le (sudo apt install mmdebstrap) et réessayez.</translation>
    </message>
    <message>
        <source>Making the file system from Debian %1</source>
        <translation>Création du système de fichiers depuis Debian %1</translation>
    </message>
    <message>
        <source>mmdebstrap cannot be started: %1</source>
        <translation>mmdebstrap ne peut pas être lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The image build was cancelled.</source>
        <translation>La construction de l&apos;image a été annulée.</translation>
    </message>
    <message>
        <source>mmdebstrap failed (exit status %1)</source>
        <translation>mmdebstrap a échoué (code de sortie %1)</translation>
    </message>
    <message>
        <source>As a user other than root, mmdebstrap needs user namespaces and the uidmap package; or build the image as root: sudo builddeck-cli build-image</source>
        <translation>Pour un utilisateur autre que root, mmdebstrap a besoin des espaces de noms utilisateur et du paquet uidmap&#xa0;; sinon, construisez l&apos;image en tant que root&#xa0;: sudo builddeck-cli build-image</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing into the engine</source>
        <translation>Import dans le moteur</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::ImageCatalog</name>
    <message>
        <source>the engine</source>
        <translation>le moteur</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::ImageRecipe</name>
    <message>
        <source>The image recipe %1 cannot be read: %2</source>
        <translation>La recette d&apos;image %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image recipe %1 is not a JSON object (%2 at offset %3).</source>
        <translation>La recette d&apos;image %1 n&apos;est pas un objet JSON (%2 à la position %3).</translation>
    </message>
    <message>
        <source>The image recipe %1: &quot;%2&quot; must be %3.</source>
        <translation>La recette d&apos;image %1&#xa0;: «&#xa0;%2&#xa0;» doit être %3.</translation>
    </message>
    <message>
        <source>a name such as &quot;%1&quot;</source>
        <translation>un nom tel que «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>a list of apt source lines, such as &quot;deb ${mirror} bookworm main&quot;</source>
        <translation>une liste de lignes de sources apt, telle que «&#xa0;deb ${mirror} bookworm main&#xa0;»</translation>
    </message>
    <message>
        <source>a list of Debian package names (not &quot;%1&quot;)</source>
        <translation>une liste de noms de paquets Debian (pas «&#xa0;%1&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Runtime::UpgradedConnection</name>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>%1: sending to the engine failed: %2</source>
        <translation>%1: l&apos;envoi au moteur a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the engine&apos;s stream broke off: %2</source>
        <translation>%1: le flux du moteur s&apos;est interrompu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the transfer was stopped</source>
        <translation>%1: le transfert a été arrêté</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Secrets::SecretStore</name>
    <message>
        <source>%1: the keychain did not answer (%2). Start a keychain service: log in to a desktop session with GNOME Keyring or KWallet, or, without a desktop, run BuildDeck in &apos;dbus-run-session&apos; after &apos;gnome-keyring-daemon --unlock&apos;. BuildDeck never keeps secrets in a file.</source>
        <translation>%1: le trousseau n&apos;a pas répondu (%2). Démarrez un service de trousseau&#xa0;: ouvrez une session de bureau avec GNOME Keyring ou KWallet, ou, sans bureau, lancez BuildDeck dans &apos;dbus-run-session&apos; après &apos;gnome-keyring-daemon --unlock&apos;. BuildDeck ne conserve jamais de secrets dans un fichier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name: use letters, digits and / _ + = . @ ! - (at most 512).</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom valide&#xa0;: utilisez des lettres, des chiffres et / _ + = . @ ! - (512 au maximum).</translation>
    </message>
    <message>
        <source>The value of %1 is empty.</source>
        <translation>La valeur de %1 est vide.</translation>
    </message>
    <message>
        <source>%1 %2 exists already; overwrite it to change its value.</source>
        <translation>%1 %2 existe déjà&#xa0;; écrasez-le pour modifier sa valeur.</translation>
    </message>
    <message>
        <source>Storing %1 %2</source>
        <translation>Stockage de %1 %2</translation>
    </message>
    <message>
        <source>Recording %1 %2</source>
        <translation>Enregistrement de %1 %2</translation>
    </message>
    <message>
        <source>There is no %1 named %2.</source>
        <translation>Il n&apos;existe aucun %1 nommé %2.</translation>
    </message>
    <message>
        <source>Reading %1 %2</source>
        <translation>Lecture de %1 %2</translation>
    </message>
    <message>
        <source>Deleting %1 %2</source>
        <translation>Suppression de %1 %2</translation>
    </message>
    <message>
        <source>Listing secrets</source>
        <translation>Liste des secrets</translation>
    </message>
    <message>
        <source>A git credential for %1 needs a password or token, or an SSH key file.</source>
        <translation>Des identifiants git pour %1 nécessitent un mot de passe ou un jeton, ou un fichier de clé SSH.</translation>
    </message>
    <message>
        <source>Secret %1 is not a JSON object, so it has no key %2.</source>
        <translation>Le secret %1 n&apos;est pas un objet JSON, il n&apos;a donc pas de clé %2.</translation>
    </message>
    <message>
        <source>Secret %1 has no JSON key %2.</source>
        <translation>Le secret %1 n&apos;a pas de clé JSON %2.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Source::DirectoryArchive</name>
    <message>
        <source>Copying %1 was stopped.</source>
        <translation>La copie de %1 a été arrêtée.</translation>
    </message>
    <message>
        <source>The container engine stopped reading the files of %1.</source>
        <translation>Le moteur de conteneurs a cessé de lire les fichiers de %1.</translation>
    </message>
    <message>
        <source>Packing %1 failed: %2</source>
        <translation>L&apos;empaquetage de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The link %1 cannot be read.</source>
        <translation>Impossible de lire le lien %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n&apos;est pas un répertoire.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Copying into %1 was stopped.</source>
        <translation>La copie dans %1 a été arrêtée.</translation>
    </message>
    <message>
        <source>The container engine stopped sending the files for %1.</source>
        <translation>Le moteur de conteneurs a cessé d&apos;envoyer les fichiers pour %1.</translation>
    </message>
    <message>
        <source>Unpacking into %1 failed: %2</source>
        <translation>Le dépaquetage dans %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 would be written outside %2; refused.</source>
        <translation>%1 serait écrit en dehors de %2&#xa0;; refusé.</translation>
    </message>
    <message>
        <source>%1 links to %2, outside %3; refused.</source>
        <translation>%1 pointe vers %2, en dehors de %3&#xa0;; refusé.</translation>
    </message>
    <message>
        <source>%1 cannot be written into %2: %3</source>
        <translation>Impossible d&apos;écrire %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is a sparse file of %2 bytes in the archive; refused.</source>
        <translation>%1 est dans l&apos;archive un fichier creux de %2 octets&#xa0;; refusé.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Source::GitSource</name>
    <message>
        <source>the SSH key %1</source>
        <translation>la clé SSH %1</translation>
    </message>
    <message>
        <source>the keys of ssh-agent</source>
        <translation>les clés de ssh-agent</translation>
    </message>
    <message>
        <source>no credential (none is kept for this host)</source>
        <translation>aucun identifiant (aucun n&apos;est conservé pour cet hôte)</translation>
    </message>
    <message>
        <source>the user %1 with a password or token</source>
        <translation>l&apos;utilisateur %1 avec un mot de passe ou un jeton</translation>
    </message>
    <message>
        <source>Receiving objects: %1% (%2/%3), %4 KiB</source>
        <translation>Réception d&apos;objets&#xa0;: %1&#xa0;% (%2/%3), %4 Kio</translation>
    </message>
    <message>
        <source>Fetching %1 was stopped.</source>
        <translation>La récupération de %1 a été arrêtée.</translation>
    </message>
    <message>
        <source>git could not fetch %1: %2</source>
        <translation>git n&apos;a pas pu récupérer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(credential tried: %1)</source>
        <translation>(identifiant essayé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>The directory %1 cannot be made.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>The git mirror %1 cannot be locked.</source>
        <translation>Impossible de verrouiller le miroir git %1.</translation>
    </message>
    <message>
        <source>Making the git mirror %1</source>
        <translation>Création du miroir git %1</translation>
    </message>
    <message>
        <source>Opening the git mirror %1</source>
        <translation>Ouverture du miroir git %1</translation>
    </message>
    <message>
        <source>Setting up the remote of %1</source>
        <translation>Configuration du dépôt distant de %1</translation>
    </message>
    <message>
        <source>Cloning %1 into the source cache</source>
        <translation>Clonage de %1 dans le cache de sources</translation>
    </message>
    <message>
        <source>Fetching what is new in %1</source>
        <translation>Récupération des nouveautés de %1</translation>
    </message>
    <message>
        <source>%1 has no default branch to build.</source>
        <translation>%1 n&apos;a pas de branche par défaut à construire.</translation>
    </message>
    <message>
        <source>%1 has no branch, tag or commit %2. Give a branch, a tag, a commit id, refs/... or pr/&lt;number&gt;.</source>
        <translation>%1 n&apos;a pas de branche, d&apos;étiquette ou de commit %2. Indiquez une branche, une étiquette, un identifiant de commit, refs/... ou pr/&lt;numéro&gt;.</translation>
    </message>
    <message>
        <source>Reading the git mirror</source>
        <translation>Lecture du miroir git</translation>
    </message>
    <message>
        <source>Writing the checkout&apos;s objects</source>
        <translation>Écriture des objets de l&apos;extraction</translation>
    </message>
    <message>
        <source>Reading commit %1</source>
        <translation>Lecture du commit %1</translation>
    </message>
    <message>
        <source>Copying commit %1</source>
        <translation>Copie du commit %1</translation>
    </message>
    <message>
        <source>Copying the files of commit %1</source>
        <translation>Copie des fichiers du commit %1</translation>
    </message>
    <message>
        <source>Fetching submodule %1 from %2</source>
        <translation>Récupération du sous-module %1 depuis %2</translation>
    </message>
    <message>
        <source>Opening submodule %1</source>
        <translation>Ouverture du sous-module %1</translation>
    </message>
    <message>
        <source>%1 is not a commit id.</source>
        <translation>%1 n&apos;est pas un identifiant de commit.</translation>
    </message>
    <message>
        <source>Making the checkout in %1</source>
        <translation>Création de l&apos;extraction dans %1</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Setting up the remote of the checkout</source>
        <translation>Configuration du dépôt distant de l&apos;extraction</translation>
    </message>
    <message>
        <source>Finding commit %1</source>
        <translation>Recherche du commit %1</translation>
    </message>
    <message>
        <source>Checking out %1</source>
        <translation>Extraction de %1</translation>
    </message>
    <message>
        <source>Making the branch %1</source>
        <translation>Création de la branche %1</translation>
    </message>
    <message>
        <source>Checking out the branch %1</source>
        <translation>Extraction de la branche %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::BatchReader</name>
    <message>
        <source>&apos;batch&apos; has both &apos;%1&apos; and &apos;%2&apos;; a batch has exactly one of build-list, build-graph, build-matrix and build-fanout</source>
        <translation>&apos;batch&apos; contient à la fois &apos;%1&apos; et &apos;%2&apos;&#xa0;; une section batch contient exactement un élément parmi build-list, build-graph, build-matrix et build-fanout</translation>
    </message>
    <message>
        <source>keep one of them</source>
        <translation>gardez-en un seul</translation>
    </message>
    <message>
        <source>&apos;batch&apos; has no build-list, build-graph, build-matrix or build-fanout, so a batch build runs nothing</source>
        <translation>&apos;batch&apos; ne contient ni build-list, ni build-graph, ni build-matrix, ni build-fanout, un build par lots n&apos;exécute donc rien</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of tasks, each with an &apos;identifier&apos;</source>
        <translation>&apos;%1&apos; doit être une liste de tâches, chacune avec une clé &apos;identifier&apos;</translation>
    </message>
    <message>
        <source>each task of &apos;%1&apos; must be a mapping with an &apos;identifier&apos;</source>
        <translation>chaque tâche de &apos;%1&apos; doit être un mappage avec une clé &apos;identifier&apos;</translation>
    </message>
    <message>
        <source>a task of &apos;%1&apos; has no &apos;identifier&apos;</source>
        <translation>une tâche de &apos;%1&apos; n&apos;a pas de clé &apos;identifier&apos;</translation>
    </message>
    <message>
        <source>add &apos;identifier: a_name&apos;</source>
        <translation>ajoutez &apos;identifier: un_nom&apos;</translation>
    </message>
    <message>
        <source>the task identifier &apos;%1&apos; must be letters, digits and &apos;_&apos; only, shorter than 128 characters</source>
        <translation>l&apos;identifiant de tâche &apos;%1&apos; ne doit contenir que des lettres, des chiffres et des &apos;_&apos;, et faire moins de 128 caractères</translation>
    </message>
    <message>
        <source>for example &apos;%1&apos;</source>
        <translation>par exemple &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the task identifier &apos;%1&apos; is used twice (first at line %2)</source>
        <translation>l&apos;identifiant de tâche &apos;%1&apos; est utilisé deux fois (la première fois à la ligne %2)</translation>
    </message>
    <message>
        <source>&apos;debug-session&apos; has no effect locally: BuildDeck builds run on this machine, where you can attach to the container directly</source>
        <translation>&apos;debug-session&apos; n&apos;a aucun effet en local&#xa0;: les builds BuildDeck s&apos;exécutent sur cette machine, où vous pouvez vous attacher directement au conteneur</translation>
    </message>
    <message>
        <source>&apos;depend-on&apos; only has an effect in &apos;build-graph&apos;; build-list tasks all run at once</source>
        <translation>&apos;depend-on&apos; n&apos;a d&apos;effet que dans &apos;build-graph&apos;&#xa0;; les tâches de build-list s&apos;exécutent toutes en même temps</translation>
    </message>
    <message>
        <source>use &apos;build-graph&apos; for tasks that depend on others</source>
        <translation>utilisez &apos;build-graph&apos; pour les tâches qui dépendent d&apos;autres tâches</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;parallelism&apos;</source>
        <translation>&apos;%1&apos; nécessite &apos;parallelism&apos;</translation>
    </message>
    <message>
        <source>add &apos;parallelism: 2&apos;</source>
        <translation>ajoutez &apos;parallelism: 2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1.parallelism&apos; must be a whole number from 1 to 100, not &apos;%2&apos;</source>
        <translation>&apos;%1.parallelism&apos; doit être un nombre entier de 1 à 100, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; depends on &apos;%2&apos;, which is not a task of this build-graph</source>
        <translation>la tâche &apos;%1&apos; dépend de &apos;%2&apos;, qui n&apos;est pas une tâche de ce build-graph</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; depends on itself</source>
        <translation>la tâche &apos;%1&apos; dépend d&apos;elle-même</translation>
    </message>
    <message>
        <source>the tasks %1 depend on each other in a cycle, so none of them can start</source>
        <translation>les tâches %1 dépendent les unes des autres en cycle, aucune d&apos;elles ne peut donc démarrer</translation>
    </message>
    <message>
        <source>remove one of the &apos;depend-on&apos; entries in the cycle</source>
        <translation>supprimez l&apos;une des entrées &apos;depend-on&apos; du cycle</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::BuildSpecParser</name>
    <message>
        <source>move it under &apos;batch:&apos;</source>
        <translation>déplacez-la sous &apos;batch:&apos;</translation>
    </message>
    <message>
        <source>move it under &apos;phases:&apos;</source>
        <translation>déplacez-la sous &apos;phases:&apos;</translation>
    </message>
    <message>
        <source>move it into a phase under &apos;phases:&apos;</source>
        <translation>déplacez-la dans une phase sous &apos;phases:&apos;</translation>
    </message>
    <message>
        <source>move it under &apos;env:&apos;</source>
        <translation>déplacez-la sous &apos;env:&apos;</translation>
    </message>
    <message>
        <source>move it under &apos;artifacts:&apos;</source>
        <translation>déplacez-la sous &apos;artifacts:&apos;</translation>
    </message>
    <message>
        <source>move it under &apos;cache:&apos;</source>
        <translation>déplacez-la sous &apos;cache:&apos;</translation>
    </message>
    <message>
        <source>the buildspec is empty</source>
        <translation>le buildspec est vide</translation>
    </message>
    <message>
        <source>start with &apos;version: 0.2&apos; and a &apos;phases:&apos; section</source>
        <translation>commencez par &apos;version: 0.2&apos; et une section &apos;phases:&apos;</translation>
    </message>
    <message>
        <source>a buildspec must be a mapping of keys such as &apos;version&apos; and &apos;phases&apos;</source>
        <translation>un buildspec doit être un mappage de clés telles que &apos;version&apos; et &apos;phases&apos;</translation>
    </message>
    <message>
        <source>&apos;phases&apos; is missing; a buildspec needs at least one phase</source>
        <translation>&apos;phases&apos; est absent&#xa0;; un buildspec a besoin d&apos;au moins une phase</translation>
    </message>
    <message>
        <source>add &apos;phases:&apos; with a &apos;build:&apos; phase and its &apos;commands:&apos;</source>
        <translation>ajoutez &apos;phases:&apos; avec une phase &apos;build:&apos; et ses &apos;commands:&apos;</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing</source>
        <translation>&apos;version&apos; est absent</translation>
    </message>
    <message>
        <source>add &apos;version: 0.2&apos; as the first line</source>
        <translation>ajoutez &apos;version: 0.2&apos; en première ligne</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be 0.1 or 0.2, not &apos;%1&apos;</source>
        <translation>&apos;version&apos; doit valoir 0.1 ou 0.2, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>write &apos;version: 0.2&apos;</source>
        <translation>écrivez &apos;version: 0.2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only defined for buildspec version 0.2, but this file is version 0.1</source>
        <translation>&apos;%1&apos; n&apos;est défini que pour la version 0.2 des buildspecs, mais ce fichier est en version 0.1</translation>
    </message>
    <message>
        <source>change the version to 0.2</source>
        <translation>passez la version à 0.2</translation>
    </message>
    <message>
        <source>&apos;env&apos; is the version 0.2 name; version 0.1 files use &apos;environment_variables&apos;</source>
        <translation>&apos;env&apos; est le nom utilisé en version 0.2&#xa0;; les fichiers en version 0.1 utilisent &apos;environment_variables&apos;</translation>
    </message>
    <message>
        <source>&apos;env.shell: %1&apos; is for Windows images, which BuildDeck cannot run</source>
        <translation>&apos;env.shell: %1&apos; est destiné aux images Windows, que BuildDeck ne peut pas exécuter</translation>
    </message>
    <message>
        <source>&apos;env.shell&apos; must be bash or /bin/sh, not &apos;%1&apos;</source>
        <translation>&apos;env.shell&apos; doit valoir bash ou /bin/sh, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>write &apos;shell: bash&apos;</source>
        <translation>écrivez &apos;shell: bash&apos;</translation>
    </message>
    <message>
        <source>&apos;env.parameter-store.%1&apos; must name a parameter</source>
        <translation>&apos;env.parameter-store.%1&apos; doit indiquer le nom d&apos;un paramètre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported: names beginning with AWS_ are reserved</source>
        <translation>&apos;%1&apos; ne peut pas être exporté&#xa0;: les noms commençant par AWS_ sont réservés</translation>
    </message>
    <message>
        <source>&apos;env.git-credential-helper&apos; has no effect locally: git commands in the build use the container&apos;s own git configuration</source>
        <translation>&apos;env.git-credential-helper&apos; n&apos;a aucun effet en local&#xa0;: les commandes git du build utilisent la configuration git propre au conteneur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set in both &apos;env.%2&apos; and &apos;env.%3&apos;; which value wins is not defined</source>
        <translation>&apos;%1&apos; est défini à la fois dans &apos;env.%2&apos; et dans &apos;env.%3&apos;&#xa0;; la valeur qui l&apos;emporte n&apos;est pas définie</translation>
    </message>
    <message>
        <source>keep only one of them</source>
        <translation>n&apos;en gardez qu&apos;un seul</translation>
    </message>
    <message>
        <source>&apos;environment_variables&apos; is the version 0.1 name; version 0.2 files use &apos;env&apos; with &apos;variables&apos;</source>
        <translation>&apos;environment_variables&apos; est le nom utilisé en version 0.1&#xa0;; les fichiers en version 0.2 utilisent &apos;env&apos; avec &apos;variables&apos;</translation>
    </message>
    <message>
        <source>rename &apos;environment_variables&apos; to &apos;env&apos; and &apos;plaintext&apos; to &apos;variables&apos;</source>
        <translation>renommez &apos;environment_variables&apos; en &apos;env&apos; et &apos;plaintext&apos; en &apos;variables&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved: names beginning with CODEBUILD_ are set by the build, and BuildDeck does not apply this one</source>
        <translation>&apos;%1&apos; est réservé&#xa0;: les noms commençant par CODEBUILD_ sont définis par le build, et BuildDeck n&apos;applique pas celui-ci</translation>
    </message>
    <message>
        <source>choose a name without the CODEBUILD_ prefix</source>
        <translation>choisissez un nom sans le préfixe CODEBUILD_</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid shell variable name, so commands cannot read it</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de variable shell valide, les commandes ne peuvent donc pas la lire</translation>
    </message>
    <message>
        <source>use letters, digits and &apos;_&apos; only, not starting with a digit</source>
        <translation>utilisez uniquement des lettres, des chiffres et &apos;_&apos;, sans commencer par un chiffre</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; must name a secret: secret-id[:json-key[:version-stage[:version-id]]]</source>
        <translation>&apos;%1.%2&apos; doit indiquer le nom d&apos;un secret&#xa0;: secret-id[:json-key[:version-stage[:version-id]]]</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; gives both a version stage and a version id; give one of them</source>
        <translation>&apos;%1.%2&apos; indique à la fois une étiquette de version et un identifiant de version&#xa0;; indiquez l&apos;un des deux</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; has too many &apos;:&apos; parts; write secret-id[:json-key[:version-stage[:version-id]]]</source>
        <translation>&apos;%1.%2&apos; contient trop de parties séparées par &apos;:&apos;&#xa0;; écrivez secret-id[:json-key[:version-stage[:version-id]]]</translation>
    </message>
    <message>
        <source>&apos;proxy&apos; has no effect locally: builds reach the network the way the container engine allows</source>
        <translation>&apos;proxy&apos; n&apos;a aucun effet en local&#xa0;: les builds accèdent au réseau comme le moteur de conteneurs le permet</translation>
    </message>
    <message>
        <source>&apos;phases&apos; is empty; a buildspec needs at least one phase</source>
        <translation>&apos;phases&apos; est vide&#xa0;; un buildspec a besoin d&apos;au moins une phase</translation>
    </message>
    <message>
        <source>add a &apos;build:&apos; phase with its &apos;commands:&apos;</source>
        <translation>ajoutez une phase &apos;build:&apos; avec ses &apos;commands:&apos;</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; is empty and runs nothing</source>
        <translation>la phase &apos;%1&apos; est vide et n&apos;exécute rien</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; must be a mapping with &apos;commands:&apos;</source>
        <translation>la phase &apos;%1&apos; doit être un mappage avec &apos;commands:&apos;</translation>
    </message>
    <message>
        <source>put the commands under &apos;%1:&apos; -&gt; &apos;commands:&apos;</source>
        <translation>placez les commandes sous &apos;%1:&apos; -&gt; &apos;commands:&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is indented inside &apos;%2&apos;; indent it like &apos;%2&apos;, directly under &apos;phases:&apos;</source>
        <translation>&apos;%1&apos; est indenté à l&apos;intérieur de &apos;%2&apos;&#xa0;; indentez-le comme &apos;%2&apos;, directement sous &apos;phases:&apos;</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; has no &apos;commands&apos; and runs nothing</source>
        <translation>la phase &apos;%1&apos; n&apos;a pas de &apos;commands&apos; et n&apos;exécute rien</translation>
    </message>
    <message>
        <source>add &apos;commands:&apos; with at least one command</source>
        <translation>ajoutez &apos;commands:&apos; avec au moins une commande</translation>
    </message>
    <message>
        <source>ABORT, CONTINUE, RETRY, RETRY-&lt;count&gt;, RETRY-&lt;regex&gt; or RETRY-&lt;count&gt;-&lt;regex&gt;</source>
        <translation>ABORT, CONTINUE, RETRY, RETRY-&lt;nombre&gt;, RETRY-&lt;regex&gt; ou RETRY-&lt;nombre&gt;-&lt;regex&gt;</translation>
    </message>
    <message>
        <source>&apos;%1.on-failure: %2&apos; ends with &apos;-&apos;</source>
        <translation>&apos;%1.on-failure: %2&apos; se termine par &apos;-&apos;</translation>
    </message>
    <message>
        <source>write RETRY, RETRY-&lt;count&gt; or RETRY-&lt;regex&gt;</source>
        <translation>écrivez RETRY, RETRY-&lt;nombre&gt; ou RETRY-&lt;regex&gt;</translation>
    </message>
    <message>
        <source>&apos;%1.on-failure: %2&apos; retries %3 times; the count must be 0 to 100</source>
        <translation>&apos;%1.on-failure: %2&apos; réessaie %3 fois&#xa0;; le nombre doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>write RETRY-&lt;count&gt;-&lt;regex&gt;</source>
        <translation>écrivez RETRY-&lt;nombre&gt;-&lt;regex&gt;</translation>
    </message>
    <message>
        <source>&apos;%1.on-failure&apos; has an invalid regular expression &apos;%2&apos;: %3</source>
        <translation>&apos;%1.on-failure&apos; contient une expression régulière non valide &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>&apos;%1.on-failure&apos; must be %2, not &apos;%3&apos;</source>
        <translation>&apos;%1.on-failure&apos; doit valoir %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>write it in capitals: %1</source>
        <translation>écrivez-le en majuscules&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;runtime-versions&apos; is only allowed in the install phase</source>
        <translation>&apos;runtime-versions&apos; n&apos;est autorisé que dans la phase install</translation>
    </message>
    <message>
        <source>move &apos;runtime-versions&apos; to &apos;phases.install&apos;</source>
        <translation>déplacez &apos;runtime-versions&apos; vers &apos;phases.install&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name at least one runtime</source>
        <translation>&apos;%1&apos; doit indiquer au moins un environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>for example &apos;python: 3.12&apos;, or remove &apos;runtime-versions&apos;</source>
        <translation>par exemple &apos;python: 3.12&apos;, ou supprimez &apos;runtime-versions&apos;</translation>
    </message>
    <message>
        <source>YAML reads &apos;%1: %2&apos; as the number %3, so CodeBuild would select version %3</source>
        <translation>YAML lit &apos;%1: %2&apos; comme le nombre %3, CodeBuild sélectionnerait donc la version %3</translation>
    </message>
    <message>
        <source>put the version in quotes: &quot;%1&quot;</source>
        <translation>mettez la version entre guillemets&#xa0;: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::NodeReader</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>une valeur unique</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mappage</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>au niveau supérieur</translation>
    </message>
    <message>
        <source>in &apos;%1&apos;</source>
        <translation>dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not belong %2</source>
        <translation>&apos;%1&apos; n&apos;a pas sa place %2</translation>
    </message>
    <message>
        <source>known keys %1: %2</source>
        <translation>clés connues %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>vouliez-vous dire &apos;%1&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; %2</source>
        <translation>clé inconnue &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>; it is ignored</source>
        <translation>&#xa0;; elle est ignorée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping of keys, not %2</source>
        <translation>&apos;%1&apos; doit être un mappage de clés, pas %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation>&apos;%1&apos; n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value, not %2</source>
        <translation>&apos;%1&apos; doit être une valeur unique, pas %2</translation>
    </message>
    <message>
        <source>if the value contains &apos;: &apos;, put the whole value in quotes</source>
        <translation>si la valeur contient &apos;: &apos;, mettez toute la valeur entre guillemets</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be yes or no, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit valoir yes ou no, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>write yes or no</source>
        <translation>écrivez yes ou no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be a list; the single value is read as one item</source>
        <translation>&apos;%1&apos; devrait être une liste&#xa0;; la valeur unique est lue comme un seul élément</translation>
    </message>
    <message>
        <source>write it as a list item: &apos;- %1&apos;</source>
        <translation>écrivez-la comme un élément de liste&#xa0;: &apos;- %1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not a mapping</source>
        <translation>&apos;%1&apos; doit être une liste, pas un mappage</translation>
    </message>
    <message>
        <source>start each item with &apos;- &apos;</source>
        <translation>commencez chaque élément par &apos;- &apos;</translation>
    </message>
    <message>
        <source>an item of &apos;%1&apos; is empty and is skipped</source>
        <translation>un élément de &apos;%1&apos; est vide et est ignoré</translation>
    </message>
    <message>
        <source>an item of &apos;%1&apos; must be a single value, not %2</source>
        <translation>un élément de &apos;%1&apos; doit être une valeur unique, pas %2</translation>
    </message>
    <message>
        <source>YAML reads text with &apos;: &apos; as a mapping; put the whole item in quotes</source>
        <translation>YAML lit un texte contenant &apos;: &apos; comme un mappage&#xa0;; mettez tout l&apos;élément entre guillemets</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an entry without a name</source>
        <translation>&apos;%1&apos; contient une entrée sans nom</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::OutputsReader</name>
    <message>
        <source>&apos;reports&apos; has more than %1 report groups; a project can have at most %1</source>
        <translation>&apos;reports&apos; contient plus de %1 groupes de rapports&#xa0;; un projet peut en avoir %1 au maximum</translation>
    </message>
    <message>
        <source>merge report groups or remove some</source>
        <translation>fusionnez des groupes de rapports ou supprimez-en</translation>
    </message>
    <message>
        <source>a report group has no name</source>
        <translation>un groupe de rapports n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>report group &apos;%1&apos; must be a mapping with &apos;files:&apos;</source>
        <translation>le groupe de rapports &apos;%1&apos; doit être un mappage avec &apos;files:&apos;</translation>
    </message>
    <message>
        <source>indent its &apos;files:&apos; under it; a long ARN must stay on one line</source>
        <translation>indentez son &apos;files:&apos; en dessous&#xa0;; un ARN long doit rester sur une seule ligne</translation>
    </message>
    <message>
        <source>&apos;%1.file-format&apos; must be one of %2, not &apos;%3&apos;</source>
        <translation>&apos;%1.file-format&apos; doit être l&apos;une des valeurs %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>vouliez-vous dire &apos;%1&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>report group &apos;%1&apos; has no &apos;files&apos;</source>
        <translation>le groupe de rapports &apos;%1&apos; n&apos;a pas de &apos;files&apos;</translation>
    </message>
    <message>
        <source>add &apos;files:&apos; with the report files&apos; paths</source>
        <translation>ajoutez &apos;files:&apos; avec les chemins des fichiers de rapport</translation>
    </message>
    <message>
        <source>&apos;artifacts&apos; is empty; it needs &apos;files&apos;</source>
        <translation>&apos;artifacts&apos; est vide&#xa0;; il lui faut &apos;files&apos;</translation>
    </message>
    <message>
        <source>add &apos;files:&apos; or remove &apos;artifacts&apos;</source>
        <translation>ajoutez &apos;files:&apos; ou supprimez &apos;artifacts&apos;</translation>
    </message>
    <message>
        <source>secondary artifact &apos;%1&apos; must be a mapping with &apos;files:&apos;</source>
        <translation>l&apos;artefact secondaire &apos;%1&apos; doit être un mappage avec &apos;files:&apos;</translation>
    </message>
    <message>
        <source>secondary artifact &apos;%1&apos; has no &apos;files&apos;</source>
        <translation>l&apos;artefact secondaire &apos;%1&apos; n&apos;a pas de &apos;files&apos;</translation>
    </message>
    <message>
        <source>&apos;artifacts&apos; has secondary artifacts but no &apos;files&apos; of its own; CodeBuild fails with &quot;no definition for primary artifacts in buildspec&quot;</source>
        <translation>&apos;artifacts&apos; contient des artefacts secondaires mais pas de &apos;files&apos; propres&#xa0;; CodeBuild échoue avec &quot;no definition for primary artifacts in buildspec&quot;</translation>
    </message>
    <message>
        <source>add &apos;files:&apos; for the primary artifact</source>
        <translation>ajoutez &apos;files:&apos; pour l&apos;artefact principal</translation>
    </message>
    <message>
        <source>&apos;artifacts&apos; has no &apos;files&apos;</source>
        <translation>&apos;artifacts&apos; n&apos;a pas de &apos;files&apos;</translation>
    </message>
    <message>
        <source>add &apos;files:&apos; with the paths to keep, for example &apos;- &quot;**/*&quot;&apos;</source>
        <translation>ajoutez &apos;files:&apos; avec les chemins à conserver, par exemple &apos;- &quot;**/*&quot;&apos;</translation>
    </message>
    <message>
        <source>&apos;cache.fallback-keys&apos; has %1 keys; at most %2 are allowed</source>
        <translation>&apos;cache.fallback-keys&apos; contient %1 clés&#xa0;; %2 au maximum sont autorisées</translation>
    </message>
    <message>
        <source>&apos;cache.fallback-keys&apos; is ignored without &apos;cache.key&apos;</source>
        <translation>&apos;cache.fallback-keys&apos; est ignoré sans &apos;cache.key&apos;</translation>
    </message>
    <message>
        <source>add &apos;key:&apos;</source>
        <translation>ajoutez &apos;key:&apos;</translation>
    </message>
    <message>
        <source>&apos;cache.action&apos; must be restore or save, not &apos;%1&apos;</source>
        <translation>&apos;cache.action&apos; doit valoir restore ou save, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove &apos;action&apos; to both restore and save the cache</source>
        <translation>supprimez &apos;action&apos; pour à la fois restaurer et enregistrer le cache</translation>
    </message>
    <message>
        <source>&apos;cache&apos; has no &apos;paths&apos;, so nothing is cached</source>
        <translation>&apos;cache&apos; n&apos;a pas de &apos;paths&apos;, rien n&apos;est donc mis en cache</translation>
    </message>
    <message>
        <source>add &apos;paths:&apos; with the directories to keep between builds</source>
        <translation>ajoutez &apos;paths:&apos; avec les répertoires à conserver d&apos;un build à l&apos;autre</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::QuickFixes</name>
    <message>
        <source>Replace &apos;%1&apos; with &apos;%2&apos;</source>
        <translation>Remplacer &apos;%1&apos; par &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Indent with spaces instead of tabs</source>
        <translation>Indenter avec des espaces au lieu de tabulations</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Spec::YamlDocument</name>
    <message>
        <source>a &apos;:&apos; is not allowed here; if this is a command or a value that contains &apos;: &apos;, put it in quotes</source>
        <translation>un &apos;:&apos; n&apos;est pas autorisé ici&#xa0;; s&apos;il s&apos;agit d&apos;une commande ou d&apos;une valeur contenant &apos;: &apos;, mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>the indentation does not line up with the lines above; indent each key of a mapping, and each &apos;- &apos; of a list, by the same number of spaces</source>
        <translation>l&apos;indentation ne s&apos;aligne pas sur les lignes précédentes&#xa0;; indentez chaque clé d&apos;un mappage, et chaque &apos;- &apos; d&apos;une liste, du même nombre d&apos;espaces</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed by a &apos;}&apos;</source>
        <translation>un &apos;{&apos; n&apos;est pas fermé par un &apos;}&apos;</translation>
    </message>
    <message>
        <source>a &apos;[&apos; is not closed by a &apos;]&apos;</source>
        <translation>un &apos;[&apos; n&apos;est pas fermé par un &apos;]&apos;</translation>
    </message>
    <message>
        <source>a quoted value is not closed before the end of the file</source>
        <translation>une valeur entre guillemets n&apos;est pas fermée avant la fin du fichier</translation>
    </message>
    <message>
        <source>the alias refers to an anchor (&amp;name) that is not defined before it</source>
        <translation>l&apos;alias fait référence à une ancre (&amp;name) qui n&apos;est pas définie avant lui</translation>
    </message>
    <message>
        <source>a list item &apos;- &apos; is not allowed here; check its indentation</source>
        <translation>un élément de liste &apos;- &apos; n&apos;est pas autorisé ici&#xa0;; vérifiez son indentation</translation>
    </message>
    <message>
        <source>a key is not allowed here; check the indentation</source>
        <translation>une clé n&apos;est pas autorisée ici&#xa0;; vérifiez l&apos;indentation</translation>
    </message>
    <message>
        <source>the YAML parser cannot read this file; it is not YAML or is nested far too deeply</source>
        <translation>l&apos;analyseur YAML ne peut pas lire ce fichier&#xa0;; ce n&apos;est pas du YAML, ou son imbrication est beaucoup trop profonde</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>le document est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the alias refers to an anchor that is not defined</source>
        <translation>l&apos;alias fait référence à une ancre qui n&apos;est pas définie</translation>
    </message>
    <message>
        <source>the alias refers to the node that contains it, which would repeat forever</source>
        <translation>l&apos;alias fait référence au nœud qui le contient, ce qui se répéterait à l&apos;infini</translation>
    </message>
    <message>
        <source>aliases expand this document to more than %1 nodes, far more than any buildspec needs; remove the nested aliases</source>
        <translation>les alias étendent ce document à plus de %1 nœuds, bien plus que ce dont un buildspec a besoin&#xa0;; supprimez les alias imbriqués</translation>
    </message>
    <message>
        <source>a key must be a plain name, not a list or a mapping</source>
        <translation>une clé doit être un simple nom, pas une liste ni un mappage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice in the same mapping (first at line %2); YAML keeps only one of them</source>
        <translation>&apos;%1&apos; est défini deux fois dans le même mappage (la première fois à la ligne %2)&#xa0;; YAML n&apos;en conserve qu&apos;un seul</translation>
    </message>
    <message>
        <source>merge the two &apos;%1&apos; entries into one, or fix the indentation</source>
        <translation>fusionnez les deux entrées &apos;%1&apos; en une seule, ou corrigez l&apos;indentation</translation>
    </message>
    <message>
        <source>the file is %1 MB; a buildspec can be at most %2 MB</source>
        <translation>le fichier fait %1 Mo&#xa0;; un buildspec ne peut pas dépasser %2 Mo</translation>
    </message>
    <message>
        <source>check that this is the buildspec and not a log or a binary file</source>
        <translation>vérifiez qu&apos;il s&apos;agit bien du buildspec et non d&apos;un journal ou d&apos;un fichier binaire</translation>
    </message>
    <message>
        <source>the file contains a NUL byte, so it is not a text file</source>
        <translation>le fichier contient un octet NUL, ce n&apos;est donc pas un fichier texte</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1)</source>
        <translation>le fichier n&apos;est pas de l&apos;UTF-8 valide (octet 0x%1)</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document; only the first is used</source>
        <translation>le fichier contient plus d&apos;un document YAML&#xa0;; seul le premier est utilisé</translation>
    </message>
    <message>
        <source>remove the &apos;---&apos; lines after the first document</source>
        <translation>supprimez les lignes &apos;---&apos; après le premier document</translation>
    </message>
    <message>
        <source>line %1 is indented with a tab; YAML allows only spaces for indentation</source>
        <translation>la ligne %1 est indentée avec une tabulation&#xa0;; YAML n&apos;autorise que des espaces pour l&apos;indentation</translation>
    </message>
    <message>
        <source>the YAML parser failed: %1</source>
        <translation>l&apos;analyseur YAML a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::AboutDialog</name>
    <message>
        <source>About BuildDeck</source>
        <translation>À propos de BuildDeck</translation>
    </message>
    <message>
        <source>&lt;h2&gt;BuildDeck %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;BuildDeck %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>AWS CodeBuild on your own machine: build projects, buildspecs with validation, and builds in local containers with CodeBuild&apos;s phases, logs, artifacts and reports.</source>
        <translation>AWS CodeBuild sur votre propre machine&#xa0;: projets de build, buildspecs avec validation, et builds dans des conteneurs locaux avec les phases, journaux, artefacts et rapports de CodeBuild.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Basé sur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ArtifactsDock</name>
    <message>
        <source>The files the selected build produced appear here.</source>
        <translation>Les fichiers produits par le build sélectionné apparaissent ici.</translation>
    </message>
    <message>
        <source>This build made no artifacts. A project with S3 artifacts and a buildspec with an artifacts section makes them.</source>
        <translation>Ce build n&apos;a produit aucun artefact. Un projet avec des artefacts S3 et un buildspec avec une section artifacts en produisent.</translation>
    </message>
    <message>
        <source>Primary artifact</source>
        <translation>Artefact principal</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Save Artifact File</source>
        <translation>Enregistrer le fichier d&apos;artefact</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>No artifacts</source>
        <translation>Aucun artefact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected file with its application</source>
        <translation>Ouvrir le fichier sélectionné avec son application</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the folder that holds the selected artifact in the file manager</source>
        <translation>Ouvrir dans le gestionnaire de fichiers le dossier qui contient l&apos;artefact sélectionné</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Enregistrer sous...</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Enregistrer une copie du fichier sélectionné</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ArtifactsPage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>S3 keeps the artifacts in BuildDeck&apos;s data directory, laid out as in the bucket; NO_ARTIFACTS keeps none.</source>
        <translation>S3 conserve les artefacts dans le répertoire de données de BuildDeck, organisés comme dans le compartiment&#xa0;; NO_ARTIFACTS n&apos;en conserve aucun.</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>C&amp;hemin&#xa0;:</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>&amp;Espace de noms&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ackaging:</source>
        <translation>Em&amp;paquetage&#xa0;:</translation>
    </message>
    <message>
        <source>The buildspec may &amp;override the name</source>
        <translation>Le buildspec peut &amp;remplacer le nom</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Secondary artifacts:</source>
        <translation>Artefacts secondaires&#xa0;:</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Empaquetage</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::BuildActions</name>
    <message>
        <source>Stopping %1</source>
        <translation>Arrêt de %1</translation>
    </message>
    <message>
        <source>Retrying %1</source>
        <translation>Nouvelle tentative de %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Run a build of the selected project (Ctrl+R)</source>
        <translation>Lancer un build du projet sélectionné (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the selected build (Ctrl+.)</source>
        <translation>Arrêter le build sélectionné (Ctrl+.)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Run the selected build again, with the same settings</source>
        <translation>Relancer le build sélectionné, avec les mêmes paramètres</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Lancement de %1</translation>
    </message>
    <message>
        <source>Run with &amp;Overrides...</source>
        <translation>Lancer avec des re&amp;mplacements...</translation>
    </message>
    <message>
        <source>Comparing builds</source>
        <translation>Comparaison des builds</translation>
    </message>
    <message>
        <source>&amp;Compare Builds</source>
        <translation>&amp;Comparer les builds</translation>
    </message>
    <message>
        <source>Two builds selected in History, side by side</source>
        <translation>Deux builds sélectionnés dans l&apos;historique, côte à côte</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::BuildDock</name>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>A %1 variable: its value is kept out of sight.</source>
        <translation>Une variable %1&#xa0;: sa valeur reste masquée.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>No build selected</source>
        <translation>Aucun build sélectionné</translation>
    </message>
    <message>
        <source>Select a build in History to see its phases, environment and source version.</source>
        <translation>Sélectionnez un build dans l&apos;historique pour voir ses phases, son environnement et sa version de la source.</translation>
    </message>
    <message>
        <source>Source version:</source>
        <translation>Version de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>Compute type:</source>
        <translation>Type de calcul&#xa0;:</translation>
    </message>
    <message>
        <source>Initiator:</source>
        <translation>Initiateur&#xa0;:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Source version</source>
        <translation>Version de la source</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiateur</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::BuildNotifier</name>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The build took %1.</source>
        <translation>Le build a duré %1.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::BuildspecPane</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The buildspec of %1 comes with its %2 source; BuildDeck reads it when the build runs.</source>
        <translation>Le buildspec de %1 est fourni avec sa source %2&#xa0;; BuildDeck le lit au lancement du build.</translation>
    </message>
    <message>
        <source>The buildspec of %1, kept in the project.</source>
        <translation>Le buildspec de %1, conservé dans le projet.</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>%1 does not exist yet; Save creates it.</source>
        <translation>%1 n&apos;existe pas encore&#xa0;; Enregistrer le crée.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>The file changed on disk; Save writes this version over it.</source>
        <translation>Le fichier a été modifié sur le disque&#xa0;; Enregistrer écrasera le fichier avec cette version.</translation>
    </message>
    <message>
        <source>&amp;Save Buildspec</source>
        <translation>&amp;Enregistrer le buildspec</translation>
    </message>
    <message>
        <source>BuildDeck</source>
        <translation>BuildDeck</translation>
    </message>
    <message>
        <source>Run AWS CodeBuild builds in local containers: pick a project on the left to edit its buildspec here, and press Run.</source>
        <translation>Exécutez des builds AWS CodeBuild dans des conteneurs locaux&#xa0;: choisissez un projet à gauche pour modifier son buildspec ici, puis cliquez sur Lancer.</translation>
    </message>
    <message>
        <source>There is no obvious fix for the problems on this line.</source>
        <translation>Il n&apos;y a pas de correction évidente pour les problèmes de cette ligne.</translation>
    </message>
    <message>
        <source>Apply Quick &amp;Fix</source>
        <translation>Appli&amp;quer la correction rapide</translation>
    </message>
    <message>
        <source>Insert a &amp;Phase</source>
        <translation>Insérer une &amp;phase</translation>
    </message>
    <message>
        <source>Insert a &amp;Command</source>
        <translation>Insérer une &amp;commande</translation>
    </message>
    <message>
        <source>Insert &amp;Artifacts</source>
        <translation>Insérer des &amp;artefacts</translation>
    </message>
    <message>
        <source>Insert &amp;Reports</source>
        <translation>Insérer des &amp;rapports</translation>
    </message>
    <message>
        <source>Insert Ca&amp;che</source>
        <translation>Insérer un cac&amp;he</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::CachePage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Custom: the buildspec&apos;s cache paths, kept per project</source>
        <translation>&amp;Personnalisé&#xa0;: les chemins de cache du buildspec, conservés par projet</translation>
    </message>
    <message>
        <source>&amp;Source: the git repositories, fetched only for what is new</source>
        <translation>&amp;Source&#xa0;: les dépôts git, dont seules les nouveautés sont récupérées</translation>
    </message>
    <message>
        <source>&amp;Docker layers: for builds in privileged mode</source>
        <translation>Couches &amp;Docker&#xa0;: pour les builds en mode privilégié</translation>
    </message>
    <message>
        <source>Modes:</source>
        <translation>Modes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bucket and prefix:</source>
        <translation>&amp;Compartiment et préfixe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Espace de noms&#xa0;:</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Caches live on this machine: an S3 cache in BuildDeck&apos;s data directory, per project (or per namespace, which projects share), the LOCAL ones in volumes of the container engine. File &gt; Clear Project Cache shows their size and forgets them.</source>
        <translation>Les caches résident sur cette machine&#xa0;: un cache S3 dans le répertoire de données de BuildDeck, par projet (ou par espace de noms, que des projets partagent), les caches LOCAL dans des volumes du moteur de conteneurs. Fichier &gt; Vider le cache du projet affiche leur taille et les supprime.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::CloudOnlyPage</name>
    <message>
        <source>These settings matter only on AWS CodeBuild: local builds do not use them. BuildDeck keeps them so that the project exports back to AWS unchanged.</source>
        <translation>Ces paramètres ne comptent que sur AWS CodeBuild&#xa0;: les builds locaux ne les utilisent pas. BuildDeck les conserve pour que le projet soit réexporté vers AWS sans modification.</translation>
    </message>
    <message>
        <source>Service &amp;role:</source>
        <translation>&amp;Rôle de service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>Clé de &amp;chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Cer&amp;tificat&#xa0;:</translation>
    </message>
    <message>
        <source>Image &amp;pull credentials:</source>
        <translation>Identifiants d&apos;e&amp;xtraction d&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gistry credential:</source>
        <translation>Identifiant de re&amp;gistre&#xa0;:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>&amp;Automatic retries:</source>
        <translation>Nouvelles tentatives &amp;automatiques&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <source>Report the build &amp;status to the source provider</source>
        <translation>&amp;Signaler l&apos;état du build au fournisseur de source</translation>
    </message>
    <message>
        <source>&amp;Insecure SSL (GitHub Enterprise)</source>
        <translation>SSL &amp;non sécurisé (GitHub Enterprise)</translation>
    </message>
    <message>
        <source>Artifacts &amp;unencrypted</source>
        <translation>Artefacts non chi&amp;ffrés</translation>
    </message>
    <message>
        <source>Bucket &amp;owner access:</source>
        <translation>Accès du &amp;propriétaire du compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ba&amp;lises&#xa0;:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>VPC:</source>
        <translation>VPC&#xa0;:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Journaux&#xa0;:</translation>
    </message>
    <message>
        <source>File systems:</source>
        <translation>Systèmes de fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Batch builds:</source>
        <translation>Builds par lots&#xa0;:</translation>
    </message>
    <message>
        <source>Fleet and compute:</source>
        <translation>Flotte et calcul&#xa0;:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Cloud Only</source>
        <translation>Cloud uniquement</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::CompareDialog</name>
    <message>
        <source>Compare Builds</source>
        <translation>Comparer les builds</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Source version</source>
        <translation>Version de la source</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Compute type</source>
        <translation>Type de calcul</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiateur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::DefaultImageBar</name>
    <message>
        <source>Built the default build image %1.</source>
        <translation>L&apos;image de build par défaut %1 est construite.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Making the default build image %1.</source>
        <translation>Construction de l&apos;image de build par défaut %1.</translation>
    </message>
    <message>
        <source>%1: %p%</source>
        <translation>%1&#xa0;: %p&#xa0;%</translation>
    </message>
    <message>
        <source>The default build image %1 could not be made: %2</source>
        <translation>L&apos;image de build par défaut %1 n&apos;a pas pu être construite&#xa0;: %2</translation>
    </message>
    <message>
        <source>The engine has no %1, the default build image. BuildDeck can make it from Debian&apos;s packages: it takes a few minutes and about 600 MB.</source>
        <translation>Le moteur n&apos;a pas %1, l&apos;image de build par défaut. BuildDeck peut la construire à partir des paquets Debian&#xa0;: cela prend quelques minutes et environ 600&#xa0;Mo.</translation>
    </message>
    <message>
        <source>Build &amp;Image</source>
        <translation>Construire l&apos;&amp;image</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::DurationChart</name>
    <message>
        <source>#%1: %2, %3</source>
        <translation>#%1&#xa0;: %2, %3</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::EngineStatusWidget</name>
    <message>
        <source>Engine: looking for a container engine…</source>
        <translation>Moteur&#xa0;: recherche d&apos;un moteur de conteneurs…</translation>
    </message>
    <message>
        <source>Engine: %1 %2 (API %3) at %4</source>
        <translation>Moteur&#xa0;: %1 %2 (API %3) à %4</translation>
    </message>
    <message>
        <source>%1 %2 on %3/%4, kernel %5.
Endpoint %6, chosen by: %7.</source>
        <translation>%1 %2 sur %3/%4, noyau %5.
Point de terminaison %6, choisi par&#xa0;: %7.</translation>
    </message>
    <message>
        <source>Engine: not connected: %1</source>
        <translation>Moteur&#xa0;: non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>(unencrypted)</source>
        <translation>(non chiffré)</translation>
    </message>
    <message>
        <source>The engine is reached over TCP without TLS: anyone who can reach that port can run containers as root on its machine, and can read the builds&apos; sources and secrets. Use TLS (DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH) or a unix socket.</source>
        <translation>Le moteur est joint en TCP sans TLS&#xa0;: quiconque atteint ce port peut lancer des conteneurs en root sur sa machine, et lire les sources et les secrets des builds. Utilisez TLS (DOCKER_TLS_VERIFY=1 et DOCKER_CERT_PATH) ou un socket Unix.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::EnvironmentPage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>an image name, such as builddeck/standard:1.0 or ubuntu:24.04</source>
        <translation>un nom d&apos;image, comme builddeck/standard:1.0 ou ubuntu:24.04</translation>
    </message>
    <message>
        <source>Asking the engine for its images...</source>
        <translation>Demande de ses images au moteur...</translation>
    </message>
    <message>
        <source>&amp;Compute type:</source>
        <translation>Type de &amp;calcul&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Privileged mode (lets the build run Docker itself)</source>
        <translation>Mode &amp;privilégié (permet au build d&apos;exécuter Docker lui-même)</translation>
    </message>
    <message>
        <source>En&amp;vironment variables:</source>
        <translation>&amp;Variables d&apos;environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>The engine has no images yet; type a name and the first build pulls it.</source>
        <translation>Le moteur n&apos;a pas encore d&apos;images&#xa0;; saisissez un nom et le premier build la téléchargera.</translation>
    </message>
    <message>
        <source>The list holds the images the engine has; a name typed that is not among them is pulled by the first build.</source>
        <translation>La liste contient les images dont dispose le moteur&#xa0;; un nom saisi qui n&apos;en fait pas partie est téléchargé par le premier build.</translation>
    </message>
    <message>
        <source>The engine&apos;s images cannot be listed (%1); type the image name.</source>
        <translation>Impossible de lister les images du moteur (%1)&#xa0;; saisissez le nom de l&apos;image.</translation>
    </message>
    <message>
        <source>Add a &amp;Parameter or Secret</source>
        <translation>&amp;Ajouter un paramètre ou un secret</translation>
    </message>
    <message>
        <source>For PARAMETER_STORE and SECRETS_MANAGER, the value is the name of the parameter or secret, which the build looks up; the value itself is never stored in the project. File &gt; Secrets keeps them.</source>
        <translation>Pour PARAMETER_STORE et SECRETS_MANAGER, la valeur est le nom du paramètre ou du secret, que le build recherche&#xa0;; la valeur elle-même n&apos;est jamais stockée dans le projet. Fichier &gt; Secrets les conserve.</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Paramètre %1</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>Secret %1</translation>
    </message>
    <message>
        <source>No parameters or secrets are kept yet: File &gt; Secrets adds them.</source>
        <translation>Aucun paramètre ni secret n&apos;est encore conservé&#xa0;: Fichier &gt; Secrets permet d&apos;en ajouter.</translation>
    </message>
    <message>
        <source>Warning: a privileged build has every device and capability of this machine&apos;s kernel, so its commands can take the machine over. Use it only for buildspecs you trust.</source>
        <translation>Attention&#xa0;: un build privilégié dispose de tous les périphériques et de toutes les capacités du noyau de cette machine&#xa0;; ses commandes peuvent en prendre le contrôle. Ne l&apos;utilisez que pour des buildspecs de confiance.</translation>
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
        <translation>Échec de l&apos;opération&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::GeneralPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A project&apos;s name cannot change. Duplicate Project makes a copy that you can then edit.</source>
        <translation>Le nom d&apos;un projet ne peut pas changer. Dupliquer le projet crée une copie que vous pouvez ensuite modifier.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Build &amp;timeout:</source>
        <translation>Délai d&apos;e&amp;xpiration du build&#xa0;:</translation>
    </message>
    <message>
        <source>Default (60 minutes)</source>
        <translation>Par défaut (60 minutes)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Queued timeout:</source>
        <translation>Délai d&apos;attente en &amp;file&#xa0;:</translation>
    </message>
    <message>
        <source>Default (480 minutes)</source>
        <translation>Par défaut (480 minutes)</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>the engine of the settings</source>
        <translation>le moteur des préférences</translation>
    </message>
    <message>
        <source>The engine runs this project&apos;s builds, for example unix:///run/podman/podman.sock or tcp://127.0.0.1:2375; left empty, builds use the engine BuildDeck is connected to.</source>
        <translation>Le moteur exécute les builds de ce projet, par exemple unix:///run/podman/podman.sock ou tcp://127.0.0.1:2375&#xa0;; s&apos;il est laissé vide, les builds utilisent le moteur auquel BuildDeck est connecté.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Builds at &amp;once:</source>
        <translation>Builds &amp;simultanés&#xa0;:</translation>
    </message>
    <message>
        <source>No limit of its own</source>
        <translation>Pas de limite propre</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::HistoryDock</name>
    <message>
        <source>Builds: %1</source>
        <translation>Builds&#xa0;: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Défaillance</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai expiré</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Search build id, source version, initiator</source>
        <translation>Rechercher un id de build, une version de la source, un initiateur</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::IssueModel</name>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
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
        <translation>Journal</translation>
    </message>
    <message>
        <source>No build selected</source>
        <translation>Aucun build sélectionné</translation>
    </message>
    <message>
        <source>The log of the selected build appears here, live while it runs.</source>
        <translation>Le journal du build sélectionné apparaît ici, en direct pendant son exécution.</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Log with colour codes (*.log)</source>
        <translation>Journal avec codes couleur (*.log)</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>The log was saved as %1.</source>
        <translation>Le journal a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>Saving the log</source>
        <translation>Enregistrement du journal</translation>
    </message>
    <message>
        <source>Log Toolbar</source>
        <translation>Barre d&apos;outils du journal</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the end of the log in view while the build runs</source>
        <translation>Garder la fin du journal visible pendant l&apos;exécution du build</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Renvoyer les lignes longues à la ligne</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>When each line was written</source>
        <translation>Moment où chaque ligne a été écrite</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquée</translation>
    </message>
    <message>
        <source>Time of Day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>Since the Build Started</source>
        <translation>Depuis le début du build</translation>
    </message>
    <message>
        <source>Fold All</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Enregistrer...</translation>
    </message>
    <message>
        <source>Save the log as plain text or with its colour codes</source>
        <translation>Enregistrer le journal en texte brut ou avec ses codes couleur</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::LogFindBar</name>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Next and Previous go through the first %1 lines with matches.</source>
        <translation>Suivant et Précédent parcourent les %1 premières lignes contenant des correspondances.</translation>
    </message>
    <message>
        <source>Find in the log (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Rechercher dans le journal (Entrée&#xa0;: suivant, Maj+Entrée&#xa0;: précédent, Échap&#xa0;: fermer)</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Correspondance précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Correspondance suivante (Entrée)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Correspondances&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::LogView</name>
    <message>
        <source>Jump to End</source>
        <translation>Aller à la fin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Reference to Line %1</source>
        <translation>Copier une &amp;référence à la ligne %1</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Fold All Sections</source>
        <translation>Re&amp;plier toutes les sections</translation>
    </message>
    <message>
        <source>&amp;Unfold All Sections</source>
        <translation>&amp;Déplier toutes les sections</translation>
    </message>
    <message>
        <source>Only the first %1 MB of the selection were copied; Save in the Log panel keeps all of it.</source>
        <translation>Seuls les %1 premiers Mo de la sélection ont été copiés&#xa0;; Enregistrer dans le panneau Journal conserve la totalité.</translation>
    </message>
    <message>
        <source> [%1 more bytes not shown]</source>
        <translation> [%1 octets de plus non affichés]</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>Check &amp;Engine Now</source>
        <translation>&amp;Vérifier le moteur maintenant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About BuildDeck</source>
        <translation>À &amp;propos de BuildDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Saving the buildspec</source>
        <translation>Enregistrement du buildspec</translation>
    </message>
    <message>
        <source>A buildspec has edits that are not saved.</source>
        <translation>Un buildspec contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Quit anyway and lose them, or go back and save them with File &gt; Save Buildspec.</source>
        <translation>Quitter quand même et les perdre, ou revenir en arrière et les enregistrer avec Fichier &gt; Enregistrer le buildspec.</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Find in Log...</source>
        <translation>&amp;Rechercher dans le journal...</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>Build&amp;spec</source>
        <translation>Build&amp;spec</translation>
    </message>
    <message>
        <source>Sec&amp;rets...</source>
        <translation>Sec&amp;rets...</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Build &amp;Default Image</source>
        <translation>Construire l&apos;&amp;image par défaut</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Name the project.</source>
        <translation>Donnez un nom au projet.</translation>
    </message>
    <message>
        <source>A project named %1 exists already; choose another name.</source>
        <translation>Un projet nommé %1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>The Folder to Build</source>
        <translation>Le dossier à construire</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>The folder has a buildspec.yml: it is the project&apos;s buildspec.</source>
        <translation>Le dossier contient un buildspec.yml&#xa0;: c&apos;est le buildspec du projet.</translation>
    </message>
    <message>
        <source>The folder has no buildspec.yml yet: write it in the editor, and Save creates it.</source>
        <translation>Le dossier n&apos;a pas encore de buildspec.yml&#xa0;: écrivez-le dans l&apos;éditeur, et Enregistrer le créera.</translation>
    </message>
    <message>
        <source>Choose the folder to build.</source>
        <translation>Choisissez le dossier à construire.</translation>
    </message>
    <message>
        <source>%1 is not a folder on this machine.</source>
        <translation>%1 n&apos;est pas un dossier sur cette machine.</translation>
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
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Mistakes found in the buildspec being edited are listed here, with their line.</source>
        <translation>Les erreurs trouvées dans le buildspec en cours de modification sont listées ici, avec leur ligne.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProjectActions</name>
    <message>
        <source>Duplicating %1</source>
        <translation>Duplication de %1</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nouveau projet...</translation>
    </message>
    <message>
        <source>&amp;Import Projects...</source>
        <translation>&amp;Importer des projets...</translation>
    </message>
    <message>
        <source>&amp;Export Project...</source>
        <translation>E&amp;xporter le projet...</translation>
    </message>
    <message>
        <source>D&amp;uplicate Project</source>
        <translation>&amp;Dupliquer le projet</translation>
    </message>
    <message>
        <source>&amp;Delete Project...</source>
        <translation>&amp;Supprimer le projet...</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <source>Import CodeBuild Project JSON</source>
        <translation>Importer le JSON d&apos;un projet CodeBuild</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Export %1 as CodeBuild Project JSON</source>
        <translation>Exporter %1 en JSON de projet CodeBuild</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportation de %1</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete the project %1? Its builds can stay in the history.</source>
        <translation>Supprimer le projet %1&#xa0;? Ses builds peuvent rester dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Delete, Keep History</source>
        <translation>Supprimer, garder l&apos;historique</translation>
    </message>
    <message>
        <source>Delete with History</source>
        <translation>Supprimer avec l&apos;historique</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>no engine answers</source>
        <translation>aucun moteur ne répond</translation>
    </message>
    <message>
        <source>Edit Pro&amp;ject...</source>
        <translation>&amp;Modifier le projet...</translation>
    </message>
    <message>
        <source>C&amp;lear Project Cache...</source>
        <translation>&amp;Vider le cache du projet...</translation>
    </message>
    <message>
        <source>Forget the project&apos;s cache on this machine: cached directories, Docker layers, S3 cache and git mirrors</source>
        <translation>Oublier le cache du projet sur cette machine&#xa0;: répertoires mis en cache, couches Docker, cache S3 et miroirs git</translation>
    </message>
    <message>
        <source>Clearing the cache of %1</source>
        <translation>Vidage du cache de %1</translation>
    </message>
    <message>
        <source>The cache lives partly in the container engine, which has not answered yet; try again once the status bar shows it.</source>
        <translation>Le cache se trouve en partie dans le moteur de conteneurs, qui n&apos;a pas encore répondu&#xa0;; réessayez quand la barre d&apos;état l&apos;affiche.</translation>
    </message>
    <message>
        <source>The cache lives partly in the container engine, and none answers: %1</source>
        <translation>Le cache se trouve en partie dans le moteur de conteneurs, et aucun ne répond&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear Project Cache</source>
        <translation>Vider le cache du projet</translation>
    </message>
    <message>
        <source>Clear the cache of %1?</source>
        <translation>Vider le cache de %1&#xa0;?</translation>
    </message>
    <message>
        <source>It holds %1 on this machine.</source>
        <translation>Il occupe %1 sur cette machine.</translation>
    </message>
    <message>
        <source>Its size is not known: %1</source>
        <translation>Sa taille est inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The next build starts without it and fills it again.</source>
        <translation>Le prochain build démarre sans lui et le remplit à nouveau.</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>The cache of %1 is cleared.</source>
        <translation>Le cache de %1 a été vidé.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProjectEditor</name>
    <message>
        <source>Project %1 [*]</source>
        <translation>Projet %1 [*]</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Problems on this page: %1</source>
        <translation>Problèmes sur cette page&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>The project has edits that are not saved.</source>
        <translation>Le projet contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation>Abandonner les &amp;modifications</translation>
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
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProjectListModel</name>
    <message>
        <source>Never built</source>
        <translation>Jamais construit</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <source>Build #%1: %2</source>
        <translation>Build #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Last build</source>
        <translation>Dernier build</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ProjectsDock</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Rechercher des projets</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Create one with File &gt; New Project, or import CodeBuild JSON with File &gt; Import.</source>
        <translation>Créez-en un avec Fichier &gt; Nouveau projet, ou importez du JSON CodeBuild avec Fichier &gt; Importer des projets.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::RecordTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ReportTrendChart</name>
    <message>
        <source>%1 (%2): %3% passed, %4 s</source>
        <translation>%1 (%2)&#xa0;: %3&#xa0;% réussis, %4 s</translation>
    </message>
    <message>
        <source>%1 (%2): %3% of lines covered</source>
        <translation>%1 (%2)&#xa0;: %3&#xa0;% des lignes couvertes</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::ReportsDock</name>
    <message>
        <source>%1 test cases: %2 passed, %3 failed, %4 skipped; %5% passed in %6%7</source>
        <translation>%1 cas de test&#xa0;: %2 réussis, %3 échoués, %4 ignorés&#xa0;; %5&#xa0;% réussis en %6%7</translation>
    </message>
    <message>
        <source> (the first 500 cases, failures first)</source>
        <translation> (les 500 premiers cas, échecs en tête)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Suite / class</source>
        <translation>Suite / classe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Lines %1% covered (%2 of %3), branches %4% (%5 of %6), %7 files</source>
        <translation>Lignes couvertes à %1&#xa0;% (%2 sur %3), branches à %4&#xa0;% (%5 sur %6), %7 fichiers</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Lines covered</source>
        <translation>Lignes couvertes</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Branches covered</source>
        <translation>Branches couvertes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>No test reports</source>
        <translation>Aucun rapport de test</translation>
    </message>
    <message>
        <source>Test results and code coverage of the selected build appear here. A buildspec&apos;s reports section names the files a build leaves them in.</source>
        <translation>Les résultats de test et la couverture de code du build sélectionné apparaissent ici. La section reports d&apos;un buildspec indique les fichiers dans lesquels un build les dépose.</translation>
    </message>
    <message>
        <source>Filter by name, class or message</source>
        <translation>Filtrer par nom, classe ou message</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::RunDialog</name>
    <message>
        <source>Run %1 with Overrides</source>
        <translation>Lancer %1 avec des remplacements</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Add Variable</source>
        <translation>&amp;Ajouter une variable</translation>
    </message>
    <message>
        <source>&amp;Source version:</source>
        <translation>&amp;Version de la source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>Environment variables (these win over the project&apos;s and the buildspec&apos;s):</source>
        <translation>Variables d&apos;environnement (elles l&apos;emportent sur celles du projet et du buildspec)&#xa0;:</translation>
    </message>
    <message>
        <source>Row %1: the variable has a value but no name.</source>
        <translation>Ligne %1&#xa0;: la variable a une valeur mais pas de nom.</translation>
    </message>
    <message>
        <source>Row %1: &apos;%2&apos; is not a name a command can read; use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>Ligne %1&#xa0;: &apos;%2&apos; n&apos;est pas un nom qu&apos;une commande peut lire&#xa0;; utilisez des lettres, des chiffres et &apos;_&apos;, sans commencer par un chiffre.</translation>
    </message>
    <message>
        <source>as in the project</source>
        <translation>comme dans le projet</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::SecretEditDialog</name>
    <message>
        <source>New Parameter or Secret</source>
        <translation>Nouveau paramètre ou secret</translation>
    </message>
    <message>
        <source>New Value of %1</source>
        <translation>Nouvelle valeur de %1</translation>
    </message>
    <message>
        <source>Parameter (Parameter Store)</source>
        <translation>Paramètre (Parameter Store)</translation>
    </message>
    <message>
        <source>Secret (Secrets Manager; text or JSON)</source>
        <translation>Secret (Secrets Manager&#xa0;; texte ou JSON)</translation>
    </message>
    <message>
        <source>Git credential for a host</source>
        <translation>Identifiants git pour un hôte</translation>
    </message>
    <message>
        <source>an SSH private key file; empty for HTTPS or ssh-agent</source>
        <translation>un fichier de clé privée SSH&#xa0;; vide pour HTTPS ou ssh-agent</translation>
    </message>
    <message>
        <source>the value; for git, the password or token (or the SSH key&apos;s passphrase)</source>
        <translation>la valeur&#xa0;; pour git, le mot de passe ou le jeton (ou la phrase de passe de la clé SSH)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>Fichier de &amp;clé SSH&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>The value goes to the keychain; BuildDeck keeps only the name.</source>
        <translation>La valeur va dans le trousseau&#xa0;; BuildDeck ne conserve que le nom.</translation>
    </message>
    <message>
        <source>the git server&apos;s host, such as github.com</source>
        <translation>l&apos;hôte du serveur git, comme github.com</translation>
    </message>
    <message>
        <source>/prod/db-password</source>
        <translation>/prod/db-password</translation>
    </message>
    <message>
        <source>Name: give the host.</source>
        <translation>Nom&#xa0;: indiquez l&apos;hôte.</translation>
    </message>
    <message>
        <source>Name: give one.</source>
        <translation>Nom&#xa0;: indiquez-en un.</translation>
    </message>
    <message>
        <source>Name: &apos;%1&apos; may hold only letters, digits and / _ + = . @ ! -</source>
        <translation>Nom&#xa0;: &apos;%1&apos; ne peut contenir que des lettres, des chiffres et / _ + = . @ ! -</translation>
    </message>
    <message>
        <source>Value: give the password or token, or an SSH key file.</source>
        <translation>Valeur&#xa0;: indiquez le mot de passe ou le jeton, ou un fichier de clé SSH.</translation>
    </message>
    <message>
        <source>Value: give one.</source>
        <translation>Valeur&#xa0;: indiquez-en une.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::SecretsDialog</name>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Git credential</source>
        <translation>Identifiants git</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>New &amp;Value...</source>
        <translation>&amp;Nouvelle valeur...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Parameters and secrets for builds (PARAMETER_STORE and SECRETS_MANAGER variables, the buildspec&apos;s env), and the credentials git uses per host. The values are in the keychain; BuildDeck keeps only the names.</source>
        <translation>Paramètres et secrets pour les builds (variables PARAMETER_STORE et SECRETS_MANAGER, env du buildspec), et identifiants utilisés par git pour chaque hôte. Les valeurs sont dans le trousseau&#xa0;; BuildDeck ne conserve que les noms.</translation>
    </message>
    <message>
        <source>Asking the keychain...</source>
        <translation>Interrogation du trousseau...</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete %1 %2 from the keychain?</source>
        <translation>Supprimer l&apos;entrée %1 %2 du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>Delete %1 %2 from the keychain? %3 use it; their builds will fail until it is there again.</source>
        <translation>Supprimer l&apos;entrée %1 %2 du trousseau&#xa0;? %3 l&apos;utilisent&#xa0;; leurs builds échoueront tant qu&apos;elle ne sera pas de nouveau présente.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>the default sockets (unix:///var/run/docker.sock, Podman&apos;s)</source>
        <translation>les sockets par défaut (unix:///var/run/docker.sock, ceux de Podman)</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>Répertoire de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Builds at &amp;once:</source>
        <translation>Builds &amp;simultanés&#xa0;:</translation>
    </message>
    <message>
        <source>The Data Directory</source>
        <translation>Le répertoire de données</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Region: %1 is not an AWS region name such as us-east-1 or eu-west-2.</source>
        <translation>Région&#xa0;: %1 n&apos;est pas un nom de région AWS comme us-east-1 ou eu-west-2.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Test en cours...</translation>
    </message>
    <message>
        <source>It answers: %1 %2 (API %3) at %4</source>
        <translation>Il répond&#xa0;: %1 %2 (API %3) à %4</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The engine and the data directory apply when BuildDeck starts next; --engine, --data-dir and the BUILDDECK_ENGINE, DOCKER_HOST and BUILDDECK_DATA_DIR variables win over them. The region and the number of builds at once apply to the next build; the language, to the next start.</source>
        <translation>Le moteur et le répertoire de données s&apos;appliquent au prochain démarrage de BuildDeck&#xa0;; --engine, --data-dir et les variables BUILDDECK_ENGINE, DOCKER_HOST et BUILDDECK_DATA_DIR l&apos;emportent sur eux. La région et le nombre de builds simultanés s&apos;appliquent au prochain build&#xa0;; la langue, au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::SourcePage</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>The Folder to Build</source>
        <translation>Le dossier à construire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>B&amp;uildspec:</source>
        <translation>&amp;Buildspec&#xa0;:</translation>
    </message>
    <message>
        <source>buildspec.yml in the source&apos;s root</source>
        <translation>buildspec.yml à la racine de la source</translation>
    </message>
    <message>
        <source>The buildspec is part of the project: edit it in the Buildspec editor.</source>
        <translation>Le buildspec fait partie du projet&#xa0;: modifiez-le dans l&apos;éditeur de buildspec.</translation>
    </message>
    <message>
        <source>Source &amp;version:</source>
        <translation>&amp;Version de la source&#xa0;:</translation>
    </message>
    <message>
        <source>the default branch</source>
        <translation>la branche par défaut</translation>
    </message>
    <message>
        <source>Clone &amp;depth:</source>
        <translation>Pro&amp;fondeur de clonage&#xa0;:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Fetch &amp;submodules</source>
        <translation>Récupérer les &amp;sous-modules</translation>
    </message>
    <message>
        <source>E&amp;xcluded files:</source>
        <translation>Fichiers e&amp;xclus&#xa0;:</translation>
    </message>
    <message>
        <source>globs, separated by commas: build/**, *.log</source>
        <translation>motifs glob, séparés par des virgules&#xa0;: build/**, *.log</translation>
    </message>
    <message>
        <source>Secondary sources:</source>
        <translation>Sources secondaires&#xa0;:</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repository URL:</source>
        <translation>&amp;URL du dépôt&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BuildDeck::Ui::StatusPresentation</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Défaillance</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai expiré</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
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
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Print the versions of BuildDeck and its libraries as JSON.</source>
        <translation>Affiche les versions de BuildDeck et de ses bibliothèques en JSON.</translation>
    </message>
    <message>
        <source>Print the container engine in use (name, version, API, endpoint) as JSON.</source>
        <translation>Affiche le moteur de conteneurs utilisé (nom, version, API, point de terminaison) en JSON.</translation>
    </message>
    <message>
        <source>BuildDeck: AWS CodeBuild builds in local containers, headless.</source>
        <translation>BuildDeck&#xa0;: builds AWS CodeBuild dans des conteneurs locaux, sans interface graphique.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Where projects, builds and logs are kept.</source>
        <translation>Emplacement où sont conservés les projets, les builds et les journaux.</translation>
    </message>
    <message>
        <source>Container engine to use: unix:///path/to/engine.sock or tcp://host:port.</source>
        <translation>Moteur de conteneurs à utiliser&#xa0;: unix:///chemin/vers/moteur.sock ou tcp://hôte:port.</translation>
    </message>
    <message>
        <source>What to do; see the list of verbs below.</source>
        <translation>Action à effectuer&#xa0;; voir la liste des verbes ci-dessous.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verbes&#xa0;:</translation>
    </message>
    <message>
        <source>no verb given.</source>
        <translation>aucun verbe indiqué.</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;.</source>
        <translation>verbe inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>builddeck-cli: %1
Verbs: %2. Run &apos;builddeck-cli --help&apos; for details.
</source>
        <translation>builddeck-cli: %1
Verbes&#xa0;: %2. Lancez &apos;builddeck-cli --help&apos; pour plus de détails.
</translation>
    </message>
    <message>
        <source>Check a buildspec (or standard input) and print each problem as FILE:LINE:COL; --json for JSON. Exit status 1 when there is an error.</source>
        <translation>Vérifie un buildspec (ou l&apos;entrée standard) et affiche chaque problème sous la forme FILE:LINE:COL&#xa0;; --json pour du JSON. Code de sortie 1 en cas d&apos;erreur.</translation>
    </message>
    <message>
        <source>validate-buildspec: print the problems as JSON.</source>
        <translation>validate-buildspec: affiche les problèmes en JSON.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 argument(s), but &apos;%3&apos; was given too.</source>
        <translation>&apos;%1&apos; prend %2 argument(s), mais &apos;%3&apos; a été donné en plus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; nécessite %2.</translation>
    </message>
    <message>
        <source>Create a project from create-project input (or batch-get-projects output).</source>
        <translation>Crée un projet à partir d&apos;une entrée create-project (ou d&apos;une sortie batch-get-projects).</translation>
    </message>
    <message>
        <source>Change the members given of the project named in the input.</source>
        <translation>Modifie les membres indiqués du projet nommé dans l&apos;entrée.</translation>
    </message>
    <message>
        <source>Delete a project.</source>
        <translation>Supprime un projet.</translation>
    </message>
    <message>
        <source>List the projects&apos; names as JSON.</source>
        <translation>Liste les noms des projets en JSON.</translation>
    </message>
    <message>
        <source>Print projects in batch-get-projects&apos; JSON shape.</source>
        <translation>Affiche des projets au format JSON de batch-get-projects.</translation>
    </message>
    <message>
        <source>create-project, update-project: the project JSON.</source>
        <translation>create-project, update-project: le JSON du projet.</translation>
    </message>
    <message>
        <source>batch-get-projects: the projects.</source>
        <translation>batch-get-projects: les projets.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start a build; it goes on after this command returns. --wait waits for its end (exit status 0 only when it SUCCEEDED).</source>
        <translation>Lance un build&#xa0;; il continue après le retour de cette commande. --wait attend sa fin (code de sortie 0 uniquement s&apos;il a l&apos;état SUCCEEDED).</translation>
    </message>
    <message>
        <source>Stop a running build.</source>
        <translation>Arrête un build en cours.</translation>
    </message>
    <message>
        <source>Print builds in batch-get-builds&apos; JSON shape.</source>
        <translation>Affiche des builds au format JSON de batch-get-builds.</translation>
    </message>
    <message>
        <source>List build ids, newest first.</source>
        <translation>Liste les identifiants de build, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>List a project&apos;s build ids, newest first.</source>
        <translation>Liste les identifiants de build d&apos;un projet, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>--project-name is required</source>
        <translation>--project-name est obligatoire</translation>
    </message>
    <message>
        <source>Print a build&apos;s raw log; --follow keeps printing until the build ends.</source>
        <translation>Affiche le journal brut d&apos;un build&#xa0;; --follow continue l&apos;affichage jusqu&apos;à la fin du build.</translation>
    </message>
    <message>
        <source>Run a submitted build (the build worker).</source>
        <translation>Exécute un build soumis (le processus de travail du build).</translation>
    </message>
    <message>
        <source>start-build: the source version to build.</source>
        <translation>start-build: la version de la source à construire.</translation>
    </message>
    <message>
        <source>start-build: a buildspec (text or path) instead of the project&apos;s.</source>
        <translation>start-build: un buildspec (texte ou chemin) à la place de celui du projet.</translation>
    </message>
    <message>
        <source>start-build: name=K,value=V[,type=T]; repeat for more variables.</source>
        <translation>start-build: name=K,value=V[,type=T]&#xa0;; à répéter pour d&apos;autres variables.</translation>
    </message>
    <message>
        <source>start-build: the image to build in.</source>
        <translation>start-build: l&apos;image dans laquelle construire.</translation>
    </message>
    <message>
        <source>start-build: the compute type.</source>
        <translation>start-build: le type de calcul.</translation>
    </message>
    <message>
        <source>start-build: run privileged.</source>
        <translation>start-build: exécuter en mode privilégié.</translation>
    </message>
    <message>
        <source>start-build: run unprivileged.</source>
        <translation>start-build: exécuter en mode non privilégié.</translation>
    </message>
    <message>
        <source>start-build: the timeout, 5 to 2160 minutes.</source>
        <translation>start-build: le délai d&apos;expiration, de 5 à 2160 minutes.</translation>
    </message>
    <message>
        <source>batch-get-builds: the builds.</source>
        <translation>batch-get-builds: les builds.</translation>
    </message>
    <message>
        <source>logs: keep printing until the build ends.</source>
        <translation>logs: continuer l&apos;affichage jusqu&apos;à la fin du build.</translation>
    </message>
    <message>
        <source>--timeout-in-minutes-override: &apos;%1&apos; is not a whole number</source>
        <translation>--timeout-in-minutes-override: &apos;%1&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>--environment-variables-override: &apos;%1&apos; is not name=K,value=V[,type=T]</source>
        <translation>--environment-variables-override: &apos;%1&apos; n&apos;est pas de la forme name=K,value=V[,type=T]</translation>
    </message>
    <message>
        <source>Start a new build with the same settings as an earlier one (its overrides included).</source>
        <translation>Lance un nouveau build avec les mêmes paramètres qu&apos;un build précédent (remplacements compris).</translation>
    </message>
    <message>
        <source>start-build, retry-build: wait for the build to end and print its final record.</source>
        <translation>start-build, retry-build: attendre la fin du build et afficher son enregistrement final.</translation>
    </message>
    <message>
        <source>stop-build, retry-build, logs, run-build: the build.</source>
        <translation>stop-build, retry-build, logs, run-build: le build.</translation>
    </message>
    <message>
        <source>Keep a parameter (Parameter Store&apos;s stand-in) in the keychain.</source>
        <translation>Conserve un paramètre (l&apos;équivalent local de Parameter Store) dans le trousseau.</translation>
    </message>
    <message>
        <source>Print a parameter; its value only with --with-decryption.</source>
        <translation>Affiche un paramètre&#xa0;; sa valeur uniquement avec --with-decryption.</translation>
    </message>
    <message>
        <source>Delete a parameter.</source>
        <translation>Supprime un paramètre.</translation>
    </message>
    <message>
        <source>Keep a secret (Secrets Manager&apos;s stand-in; text or JSON) in the keychain.</source>
        <translation>Conserve un secret (l&apos;équivalent local de Secrets Manager&#xa0;; texte ou JSON) dans le trousseau.</translation>
    </message>
    <message>
        <source>Change a secret&apos;s value.</source>
        <translation>Modifie la valeur d&apos;un secret.</translation>
    </message>
    <message>
        <source>Delete a secret.</source>
        <translation>Supprime un secret.</translation>
    </message>
    <message>
        <source>List the secrets&apos; names (never their values).</source>
        <translation>Liste les noms des secrets (jamais leurs valeurs).</translation>
    </message>
    <message>
        <source>Keep the credential git uses for a host (HTTPS user and token, or an SSH key) in the keychain.</source>
        <translation>Conserve dans le trousseau les identifiants utilisés par git pour un hôte (utilisateur et jeton HTTPS, ou clé SSH).</translation>
    </message>
    <message>
        <source>Forget a host&apos;s git credential.</source>
        <translation>Oublie les identifiants git d&apos;un hôte.</translation>
    </message>
    <message>
        <source>List the hosts with a git credential.</source>
        <translation>Liste les hôtes qui ont des identifiants git.</translation>
    </message>
    <message>
        <source>delete-project: the project; put-parameter, get-parameter, delete-parameter, create-secret: the name.</source>
        <translation>delete-project: le projet&#xa0;; put-parameter, get-parameter, delete-parameter, create-secret: le nom.</translation>
    </message>
    <message>
        <source>put-parameter: the value, or file://PATH to read it from.</source>
        <translation>put-parameter: la valeur, ou file://PATH pour la lire depuis un fichier.</translation>
    </message>
    <message>
        <source>put-parameter: replace the value of a parameter that exists.</source>
        <translation>put-parameter: remplacer la valeur d&apos;un paramètre existant.</translation>
    </message>
    <message>
        <source>get-parameter: print the value.</source>
        <translation>get-parameter: afficher la valeur.</translation>
    </message>
    <message>
        <source>create-secret, put-secret-value: the value, or file://PATH.</source>
        <translation>create-secret, put-secret-value: la valeur, ou file://PATH.</translation>
    </message>
    <message>
        <source>put-secret-value, delete-secret: the secret&apos;s name or ARN.</source>
        <translation>put-secret-value, delete-secret: le nom ou l&apos;ARN du secret.</translation>
    </message>
    <message>
        <source>put-git-credential, delete-git-credential: the git server&apos;s host name.</source>
        <translation>put-git-credential, delete-git-credential: le nom d&apos;hôte du serveur git.</translation>
    </message>
    <message>
        <source>put-git-credential: the user name.</source>
        <translation>put-git-credential: le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>put-git-credential: the password or token (or an SSH key&apos;s passphrase).</source>
        <translation>put-git-credential: le mot de passe ou le jeton (ou la phrase de passe d&apos;une clé SSH).</translation>
    </message>
    <message>
        <source>put-git-credential: the SSH private key file.</source>
        <translation>put-git-credential: le fichier de clé privée SSH.</translation>
    </message>
    <message>
        <source>start-build: the primary artifact&apos;s settings as JSON (or file://PATH), instead of the project&apos;s.</source>
        <translation>start-build: les paramètres de l&apos;artefact principal en JSON (ou file://PATH), à la place de ceux du projet.</translation>
    </message>
    <message>
        <source>start-build: the secondary artifacts&apos; settings as a JSON array (or file://PATH).</source>
        <translation>start-build: les paramètres des artefacts secondaires sous forme de tableau JSON (ou file://PATH).</translation>
    </message>
    <message>
        <source>--artifacts-override: must be a JSON object such as {&quot;type&quot;: &quot;NO_ARTIFACTS&quot;}</source>
        <translation>--artifacts-override: doit être un objet JSON tel que {&quot;type&quot;: &quot;NO_ARTIFACTS&quot;}</translation>
    </message>
    <message>
        <source>--secondary-artifacts-override: must be a JSON array of artifacts</source>
        <translation>--secondary-artifacts-override: doit être un tableau JSON d&apos;artefacts</translation>
    </message>
    <message>
        <source>Forget everything a project&apos;s cache holds on this machine: cache volumes, S3 cache and git mirrors.</source>
        <translation>Oublie tout ce que contient le cache d&apos;un projet sur cette machine&#xa0;: volumes de cache, cache S3 et miroirs git.</translation>
    </message>
    <message>
        <source>List the report groups&apos; ARNs as JSON.</source>
        <translation>Liste les ARN des groupes de rapports en JSON.</translation>
    </message>
    <message>
        <source>Print report groups in batch-get-report-groups&apos; JSON shape.</source>
        <translation>Affiche des groupes de rapports au format JSON de batch-get-report-groups.</translation>
    </message>
    <message>
        <source>List a report group&apos;s reports, newest first, as JSON.</source>
        <translation>Liste les rapports d&apos;un groupe de rapports, du plus récent au plus ancien, en JSON.</translation>
    </message>
    <message>
        <source>Print reports in batch-get-reports&apos; JSON shape.</source>
        <translation>Affiche des rapports au format JSON de batch-get-reports.</translation>
    </message>
    <message>
        <source>Print a test report&apos;s cases as JSON.</source>
        <translation>Affiche les cas d&apos;un rapport de test en JSON.</translation>
    </message>
    <message>
        <source>Print a coverage report&apos;s files as JSON.</source>
        <translation>Affiche les fichiers d&apos;un rapport de couverture en JSON.</translation>
    </message>
    <message>
        <source>list-projects: NAME, CREATED_TIME or LAST_MODIFIED_TIME; describe-code-coverages: FILE_PATH or LINE_COVERAGE_PERCENTAGE.</source>
        <translation>list-projects: NAME, CREATED_TIME ou LAST_MODIFIED_TIME&#xa0;; describe-code-coverages: FILE_PATH ou LINE_COVERAGE_PERCENTAGE.</translation>
    </message>
    <message>
        <source>list-* and describe-code-coverages: ASCENDING or DESCENDING.</source>
        <translation>list-* et describe-code-coverages: ASCENDING ou DESCENDING.</translation>
    </message>
    <message>
        <source>list-reports-for-report-group: the report group (ARN or name).</source>
        <translation>list-reports-for-report-group: le groupe de rapports (ARN ou nom).</translation>
    </message>
    <message>
        <source>batch-get-report-groups: the report groups.</source>
        <translation>batch-get-report-groups: les groupes de rapports.</translation>
    </message>
    <message>
        <source>batch-get-reports: the reports.</source>
        <translation>batch-get-reports: les rapports.</translation>
    </message>
    <message>
        <source>describe-test-cases, describe-code-coverages: the report.</source>
        <translation>describe-test-cases, describe-code-coverages: le rapport.</translation>
    </message>
    <message>
        <source>list-reports-for-report-group, describe-test-cases: status=STATUS.</source>
        <translation>list-reports-for-report-group, describe-test-cases: status=STATUS.</translation>
    </message>
    <message>
        <source>describe-code-coverages: the lowest line coverage shown.</source>
        <translation>describe-code-coverages: la couverture de lignes minimale affichée.</translation>
    </message>
    <message>
        <source>describe-code-coverages: the highest line coverage shown.</source>
        <translation>describe-code-coverages: la couverture de lignes maximale affichée.</translation>
    </message>
    <message>
        <source>start-build, list-builds-for-project, invalidate-project-cache: the project.</source>
        <translation>start-build, list-builds-for-project, invalidate-project-cache: le projet.</translation>
    </message>
    <message>
        <source>Make the default build image (or the recipe&apos;s) from Debian&apos;s packages with mmdebstrap, when the engine lacks it; --force makes it again.</source>
        <translation>Construit l&apos;image de build par défaut (ou celle de la recette) à partir des paquets Debian avec mmdebstrap, si le moteur ne l&apos;a pas&#xa0;; --force la reconstruit.</translation>
    </message>
    <message>
        <source>build-image: the image recipe (image.json) instead of the default image&apos;s.</source>
        <translation>build-image: la recette d&apos;image (image.json) à la place de celle de l&apos;image par défaut.</translation>
    </message>
    <message>
        <source>build-image: make the image even when the engine has it.</source>
        <translation>build-image: construire l&apos;image même si le moteur l&apos;a déjà.</translation>
    </message>
    <message>
        <source>builddeck-cli: warning: %1 is reached without TLS: anyone who can reach that port can run containers as root on its machine and read the builds&apos; sources and secrets. Use TLS (DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH) or a unix socket.
</source>
        <translation>builddeck-cli: avertissement&#xa0;: %1 est joint sans TLS&#xa0;: quiconque atteint ce port peut lancer des conteneurs en root sur sa machine et lire les sources et les secrets des builds. Utilisez TLS (DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH) ou un socket Unix.
</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1: JSON non valide au caractère %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory could be determined: set BUILDDECK_DATA_DIR or pass --data-dir DIR.</source>
        <translation>Aucun répertoire de données n&apos;a pu être déterminé&#xa0;: définissez BUILDDECK_DATA_DIR ou passez --data-dir DIR.</translation>
    </message>
    <message>
        <source>The data directory %1 (from %2) is a file, not a directory: choose another path.</source>
        <translation>Le répertoire de données %1 (issu de %2) est un fichier, pas un répertoire&#xa0;: choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>The data directory %1 (from %2) could not be created: check its parent&apos;s permissions.</source>
        <translation>Le répertoire de données %1 (issu de %2) n&apos;a pas pu être créé&#xa0;: vérifiez les permissions de son répertoire parent.</translation>
    </message>
    <message>
        <source>The data directory %1 (from %2) is not writable: fix its permissions or choose another path.</source>
        <translation>Le répertoire de données %1 (issu de %2) n&apos;est pas accessible en écriture&#xa0;: corrigez ses permissions ou choisissez un autre chemin.</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>BuildDeck: AWS CodeBuild builds in local containers.</source>
        <translation>BuildDeck&#xa0;: builds AWS CodeBuild dans des conteneurs locaux.</translation>
    </message>
    <message>
        <source>Container engine to use: unix:///path/to/engine.sock or tcp://host:port.</source>
        <translation>Moteur de conteneurs à utiliser&#xa0;: unix:///chemin/vers/moteur.sock ou tcp://hôte:port.</translation>
    </message>
    <message>
        <source>Where projects, builds and logs are kept.</source>
        <translation>Emplacement où sont conservés les projets, les builds et les journaux.</translation>
    </message>
    <message>
        <source>Language of the user interface, such as de or fr, instead of the system&apos;s.</source>
        <translation>Langue de l&apos;interface utilisateur, comme de ou fr, à la place de celle du système.</translation>
    </message>
    <message>
        <source>builddeck: %1
Run &apos;builddeck --help&apos; for the options.</source>
        <translation>builddeck: %1
Lancez &apos;builddeck --help&apos; pour voir les options.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu &apos;%1&apos;.</translation>
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
        <translation>Le moteur a déjà %1&#xa0;; --force la reconstruit.
</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>--cli-input-json is required: file://PATH or the JSON itself</source>
        <translation>--cli-input-json est obligatoire&#xa0;: file://PATH ou le JSON lui-même</translation>
    </message>
    <message>
        <source>--cli-input-json: must be a JSON object</source>
        <translation>--cli-input-json: doit être un objet JSON</translation>
    </message>
    <message>
        <source>name: is required: the project to update</source>
        <translation>name: est obligatoire&#xa0;: le projet à mettre à jour</translation>
    </message>
    <message>
        <source>--name is required: the project to delete</source>
        <translation>--name est obligatoire&#xa0;: le projet à supprimer</translation>
    </message>
    <message>
        <source>--sort-by: %1 is not one of %2</source>
        <translation>--sort-by: %1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>--sort-order: %1 is not one of %2</source>
        <translation>--sort-order: %1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>--names is required: one or more project names or ARNs</source>
        <translation>--names est obligatoire&#xa0;: un ou plusieurs noms ou ARN de projets</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>%1: &apos;%2&apos; is not status=STATUS (one of %3)</source>
        <translation>%1: &apos;%2&apos; n&apos;est pas de la forme status=STATUS (l&apos;une des valeurs %3)</translation>
    </message>
    <message>
        <source>--sort-order: %1 is not one of ASCENDING, DESCENDING</source>
        <translation>--sort-order: %1 n&apos;est pas l&apos;une des valeurs ASCENDING, DESCENDING</translation>
    </message>
    <message>
        <source>--report-group-arns is required</source>
        <translation>--report-group-arns est obligatoire</translation>
    </message>
    <message>
        <source>--report-group-arn is required</source>
        <translation>--report-group-arn est obligatoire</translation>
    </message>
    <message>
        <source>--report-group-arn: %1</source>
        <translation>--report-group-arn: %1</translation>
    </message>
    <message>
        <source>--report-arns is required</source>
        <translation>--report-arns est obligatoire</translation>
    </message>
    <message>
        <source>--report-arn is required</source>
        <translation>--report-arn est obligatoire</translation>
    </message>
    <message>
        <source>--report-arn: there is no report %1</source>
        <translation>--report-arn: il n&apos;existe aucun rapport %1</translation>
    </message>
    <message>
        <source>--sort-by: %1 is not one of FILE_PATH, LINE_COVERAGE_PERCENTAGE</source>
        <translation>--sort-by: %1 n&apos;est pas l&apos;une des valeurs FILE_PATH, LINE_COVERAGE_PERCENTAGE</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a percentage from 0 to 100</source>
        <translation>%1: &apos;%2&apos; n&apos;est pas un pourcentage de 0 à 100</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>put-parameter needs --name and --value (text, or file://PATH)</source>
        <translation>put-parameter nécessite --name et --value (texte, ou file://PATH)</translation>
    </message>
    <message>
        <source>get-parameter needs --name</source>
        <translation>get-parameter nécessite --name</translation>
    </message>
    <message>
        <source>ParameterNotFound: there is no parameter %1</source>
        <translation>ParameterNotFound: il n&apos;existe aucun paramètre %1</translation>
    </message>
    <message>
        <source>delete-parameter needs --name</source>
        <translation>delete-parameter nécessite --name</translation>
    </message>
    <message>
        <source>create-secret needs --name and --secret-string (text, or file://PATH)</source>
        <translation>create-secret nécessite --name et --secret-string (texte, ou file://PATH)</translation>
    </message>
    <message>
        <source>put-secret-value needs --secret-id and --secret-string (text, or file://PATH)</source>
        <translation>put-secret-value nécessite --secret-id et --secret-string (texte, ou file://PATH)</translation>
    </message>
    <message>
        <source>ResourceNotFoundException: there is no secret %1; create it with create-secret</source>
        <translation>ResourceNotFoundException: il n&apos;existe aucun secret %1&#xa0;; créez-le avec create-secret</translation>
    </message>
    <message>
        <source>delete-secret needs --secret-id</source>
        <translation>delete-secret nécessite --secret-id</translation>
    </message>
    <message>
        <source>put-git-credential needs --host, and --token (a password or token, or file://PATH) or --ssh-key-file (with --token as its passphrase, if it has one)</source>
        <translation>put-git-credential nécessite --host, et --token (un mot de passe ou un jeton, ou file://PATH) ou --ssh-key-file (avec --token comme phrase de passe, si elle en a une)</translation>
    </message>
    <message>
        <source>delete-git-credential needs --host</source>
        <translation>delete-git-credential nécessite --host</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Change %1</source>
        <translation>Modification de %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>builddeck: no display to show a window on. Set DISPLAY or WAYLAND_DISPLAY, or run with QT_QPA_PLATFORM=offscreen, or use builddeck-cli for headless builds.
</source>
        <translation>builddeck: aucun écran sur lequel afficher une fenêtre. Définissez DISPLAY ou WAYLAND_DISPLAY, lancez avec QT_QPA_PLATFORM=offscreen, ou utilisez builddeck-cli pour des builds sans interface graphique.
</translation>
    </message>
    <message>
        <source>BuildDeck</source>
        <translation>BuildDeck</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) whose worker had ended were finalised as FAULT.</source>
        <translation>
            <numerusform>%n build dont le processus de travail s&apos;était arrêté a été finalisé avec l&apos;état FAULT.</numerusform>
            <numerusform>%n builds dont le processus de travail s&apos;était arrêté ont été finalisés avec l&apos;état FAULT.</numerusform>
        </translation>
    </message>
</context>
</TS>
