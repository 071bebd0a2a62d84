<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>Decode pasted NDR, DSN, Get-Queue or LastError text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Exchange SMTP protocol logs: sessions, TLS outcomes, fallbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe a mail host&apos;s STARTTLS: versions, ciphers, certificate, verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join logs, probes and bounce text into one diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mailflow [--help] [--version] COMMAND [ARGS]

Finds out why mail between SMTP servers and Exchange Online fails or falls back
to plaintext because TLS versions or cipher suites cannot be agreed on.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;mailflow COMMAND --help&apos; for a command&apos;s options. Most commands take --json.
Exit status: 0 found something, 1 found nothing or host unreachable, 2 usage or I/O error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailflow: unknown command &apos;%1&apos;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::AboutDialog</name>
    <message>
        <source>About Mailflow Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds out why mail between your servers and Exchange Online fails or falls back to plaintext because TLS versions or cipher suites cannot be agreed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::HighlightedTextView</name>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find (Enter or F3: next, Shift+F3: previous, Escape: close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Line Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailflow Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Exchange SMTP protocol log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of protocol logs, searched recursively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mailflow Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Protocol Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol logs (*.log *.LOG *.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Protocol Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange SMTP Send and Receive protocol logs: sessions, TLS outcomes, plaintext fallbacks and retry timelines. Arrives with the protocol-log engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe a mail host&apos;s STARTTLS: TLS versions, cipher suites, certificate chain and Exchange Online verdicts. Arrives with the STARTTLS prober.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an NDR, a delay notice, a DSN, Get-Queue output or a LastError string to see the reply chain, timeline and explanation. Arrives with the text decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided diagnosis of the six mail-flow scenarios, joining logs, probes and bounce text. Arrives once the three engines have landed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::TableCsvActions</name>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (or all rows) as CSV (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all rows of this table as a CSV file (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::TimelineChart</name>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole time range (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One mark per session or attempt, one lane per host or connector. Wheel or drag: zoom; Shift+drag: pan; click a mark to select it; Home: reset zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::TlsVersionChart</name>
    <message>
        <source>TLS versions chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n session(s)</source>
        <translation>
            <numerusform>%1 — %2: %n session</numerusform>
            <numerusform>%1 — %2: %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s)</source>
        <translation>
            <numerusform>%n bucket</numerusform>
            <numerusform>%n buckets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Diagnoses SMTP TLS problems with Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in &lt;view&gt;: logs, probe, decode or diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol log files or folders to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
