<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <source>Decode pasted NDR, DSN, Get-Queue or LastError text</source>
        <translation>Eingefügte NDRs, DSNs, Get-Queue-Ausgaben oder LastError-Texte auswerten</translation>
    </message>
    <message>
        <source>Read Exchange SMTP protocol logs: sessions, TLS outcomes, fallbacks</source>
        <translation>SMTP-Protokolldateien von Exchange lesen: Sitzungen, TLS-Ergebnisse, Rückfälle auf Klartext</translation>
    </message>
    <message>
        <source>Probe a mail host&apos;s STARTTLS: versions, ciphers, certificate, verdicts</source>
        <translation>STARTTLS eines Mailservers prüfen: Versionen, Cipher-Suites, Zertifikat, Bewertungen</translation>
    </message>
    <message>
        <source>Join logs, probes and bounce text into one diagnosis</source>
        <translation>Protokolle, Prüfungen und Unzustellbarkeitsberichte zu einer Diagnose zusammenführen</translation>
    </message>
    <message>
        <source>Usage: mailflow [--help] [--version] COMMAND [ARGS]

Finds out why mail between SMTP servers and Exchange Online fails or falls back
to plaintext because TLS versions or cipher suites cannot be agreed on.

Commands:
</source>
        <translation>Aufruf: mailflow [--help] [--version] BEFEHL [ARGUMENTE]

Findet heraus, warum E-Mail zwischen SMTP-Servern und Exchange Online scheitert oder
auf Klartext zurückfällt, weil sich TLS-Versionen oder Cipher-Suites nicht aushandeln lassen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;mailflow COMMAND --help&apos; for a command&apos;s options. Most commands take --json.
Exit status: 0 found something, 1 found nothing or host unreachable, 2 usage or I/O error.
</source>
        <translation>
&apos;mailflow BEFEHL --help&apos; zeigt die Optionen eines Befehls. Die meisten Befehle kennen --json.
Exit-Status: 0 etwas gefunden, 1 nichts gefunden oder Host nicht erreichbar, 2 Aufruf- oder E/A-Fehler.
</translation>
    </message>
    <message>
        <source>mailflow: unknown command &apos;%1&apos;

</source>
        <translation>mailflow: unbekannter Befehl &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::AboutDialog</name>
    <message>
        <source>About Mailflow Workbench</source>
        <translation>Über Mailflow Workbench</translation>
    </message>
    <message>
        <source>Finds out why mail between your servers and Exchange Online fails or falls back to plaintext because TLS versions or cipher suites cannot be agreed on.</source>
        <translation>Findet heraus, warum E-Mail zwischen Ihren Servern und Exchange Online scheitert oder auf Klartext zurückfällt, weil sich TLS-Versionen oder Cipher-Suites nicht aushandeln lassen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::HighlightedTextView</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Text to find (Enter or F3: next, Shift+F3: previous, Escape: close)</source>
        <translation>Zu suchender Text (Eingabe oder F3: weiter, Umschalt+F3: zurück, Esc: schließen)</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Vorheriges suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Vorheriges suchen</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Nächstes suchen (F3)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Nächstes suchen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Line numbers</source>
        <translation>Zeilennummern</translation>
    </message>
    <message>
        <source>Show &amp;Line Numbers</source>
        <translation>&amp;Zeilennummern anzeigen</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Mailflow Workbench</source>
        <translation>Mailflow Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Open Logs…</source>
        <translation>Protokolle ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Exchange SMTP protocol log files</source>
        <translation>SMTP-Protokolldateien von Exchange öffnen</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder…</source>
        <translation>Protokoll&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of protocol logs, searched recursively</source>
        <translation>Einen Ordner mit Protokolldateien öffnen (samt Unterordnern)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;About Mailflow Workbench</source>
        <translation>&amp;Über Mailflow Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>Open Protocol Logs</source>
        <translation>Protokolldateien öffnen</translation>
    </message>
    <message>
        <source>Protocol logs (*.log *.LOG *.txt *.csv);;All files (*)</source>
        <translation>Protokolldateien (*.log *.LOG *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Protocol Log Folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Exchange SMTP Send and Receive protocol logs: sessions, TLS outcomes, plaintext fallbacks and retry timelines. Arrives with the protocol-log engine.</source>
        <translation>SMTP-Sende- und Empfangsprotokolle von Exchange: Sitzungen, TLS-Ergebnisse, Rückfälle auf Klartext und Zeitleisten der Zustellversuche. Kommt mit der Protokoll-Engine.</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Probe a mail host&apos;s STARTTLS: TLS versions, cipher suites, certificate chain and Exchange Online verdicts. Arrives with the STARTTLS prober.</source>
        <translation>STARTTLS eines Mailservers prüfen: TLS-Versionen, Cipher-Suites, Zertifikatskette und Bewertungen für Exchange Online. Kommt mit dem STARTTLS-Prüfer.</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Paste an NDR, a delay notice, a DSN, Get-Queue output or a LastError string to see the reply chain, timeline and explanation. Arrives with the text decoder.</source>
        <translation>Einen Unzustellbarkeitsbericht (NDR), eine Verzögerungsbenachrichtigung, eine DSN, Get-Queue-Ausgabe oder einen LastError-Text einfügen, um Antwortkette, Zeitleiste und Erklärung zu sehen. Kommt mit dem Text-Decoder.</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Guided diagnosis of the six mail-flow scenarios, joining logs, probes and bounce text. Arrives once the three engines have landed.</source>
        <translation>Geführte Diagnose der sechs Mailflow-Szenarien, die Protokolle, Prüfungen und Unzustellbarkeitsberichte zusammenführt. Kommt, sobald die drei Engines fertig sind.</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::TableCsvActions</name>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>table.csv</source>
        <translation>tabelle.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>Als &amp;CSV kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all rows) as CSV (Ctrl+Shift+C)</source>
        <translation>Die ausgewählten Zeilen (oder alle) als CSV kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save all rows of this table as a CSV file (Ctrl+Shift+E)</source>
        <translation>Alle Zeilen dieser Tabelle als CSV-Datei speichern (Strg+Umschalt+E)</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::TimelineChart</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>Plaintext fallback</source>
        <translation>Klartext-Rückfall</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole time range (Home)</source>
        <translation>Den ganzen Zeitraum zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Retry timeline</source>
        <translation>Zeitleiste der Zustellversuche</translation>
    </message>
    <message>
        <source>One mark per session or attempt, one lane per host or connector. Wheel or drag: zoom; Shift+drag: pan; click a mark to select it; Home: reset zoom.</source>
        <translation>Eine Markierung je Sitzung oder Versuch, eine Spur je Host oder Connector. Mausrad oder Ziehen: zoomen; Umschalt+Ziehen: verschieben; Klick auf eine Markierung: auswählen; Pos1: Zoom zurücksetzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Spur</numerusform>
            <numerusform>%n Spuren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::TlsVersionChart</name>
    <message>
        <source>TLS versions chart</source>
        <translation>Diagramm der TLS-Versionen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n session(s)</source>
        <translation>
            <numerusform>%1 — %2: %n Sitzung</numerusform>
            <numerusform>%1 — %2: %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Diagnoses SMTP TLS problems with Exchange Online.</source>
        <translation>Diagnostiziert SMTP-TLS-Probleme mit Exchange Online.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Speichert ein PNG des Hauptfensters in &lt;file&gt;, sobald es angezeigt wird, und beendet sich dann.</translation>
    </message>
    <message>
        <source>Start in &lt;view&gt;: logs, probe, decode or diagnose.</source>
        <translation>In der Ansicht &lt;view&gt; starten: logs, probe, decode oder diagnose.</translation>
    </message>
    <message>
        <source>Protocol log files or folders to open.</source>
        <translation>Zu öffnende Protokolldateien oder -ordner.</translation>
    </message>
</context>
</TS>
