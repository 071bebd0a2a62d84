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
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Rufen Sie &apos;%1 --help&apos; auf.</translation>
    </message>
</context>
<context>
    <name>Mailflow</name>
    <message>
        <source>The host could not be reached: %1.</source>
        <translation>Der Host ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>The host does not offer STARTTLS: Exchange Online delivers to it in plaintext, and a sender that requires TLS (RequireTLS) keeps the mail queued until it expires and bounces.</source>
        <translation>Der Host bietet kein STARTTLS an: Exchange Online stellt an ihn im Klartext zu, und ein Absender, der TLS verlangt (RequireTLS), behält die E-Mail in der Warteschlange, bis sie abläuft und als unzustellbar zurückgeht.</translation>
    </message>
    <message>
        <source>The host refuses STARTTLS (%1): Exchange Online falls back to plaintext, or queues and bounces when TLS is required.</source>
        <translation>Der Host lehnt STARTTLS ab (%1): Exchange Online fällt auf Klartext zurück oder behält die E-Mail in der Warteschlange und sendet sie als unzustellbar zurück, wenn TLS erforderlich ist.</translation>
    </message>
    <message>
        <source>Exchange Online can deliver to this host only with TLS 1.3 (%1); Microsoft documents TLS 1.2 with its cipher list, so delivery may fall back to plaintext.</source>
        <translation>Exchange Online kann an diesen Host nur mit TLS 1.3 zustellen (%1); Microsoft dokumentiert TLS 1.2 mit der zugehörigen Liste der Cipher-Suites, daher kann die Zustellung auf Klartext zurückfallen.</translation>
    </message>
    <message>
        <source>Exchange Online can deliver to this host with TLS 1.2%1.</source>
        <translation>Exchange Online kann an diesen Host mit TLS 1.2%1 zustellen.</translation>
    </message>
    <message>
        <source> (it would agree on %1)</source>
        <translation> (ausgehandelt würde %1)</translation>
    </message>
    <message>
        <source>The host does not accept TLS 1.2 or 1.3: Exchange Online falls back to plaintext when sending to it, or keeps the mail queued and bounces it after 24 hours if this host requires TLS.</source>
        <translation>Der Host akzeptiert weder TLS 1.2 noch TLS 1.3: Exchange Online fällt beim Senden an ihn auf Klartext zurück oder behält die E-Mail in der Warteschlange und sendet sie nach 24 Stunden als unzustellbar zurück, wenn dieser Host TLS verlangt.</translation>
    </message>
    <message>
        <source>The host accepts TLS 1.2 but none of Office 365&apos;s cipher suites (it offers %1): the handshake with Exchange Online fails, so mail falls back to plaintext, or queues and bounces if TLS is required.</source>
        <translation>Der Host akzeptiert TLS 1.2, aber keine der Cipher-Suites von Office 365 (er bietet %1 an): Die TLS-Aushandlung mit Exchange Online schlägt fehl, daher fällt die E-Mail auf Klartext zurück oder bleibt in der Warteschlange und geht als unzustellbar zurück, wenn TLS erforderlich ist.</translation>
    </message>
    <message>
        <source>As a sender this host can reach Exchange Online with TLS 1.2, if its client side has the same versions and suites as its server side.</source>
        <translation>Als Absender kann dieser Host Exchange Online mit TLS 1.2 erreichen, sofern seine Clientseite dieselben Versionen und Cipher-Suites unterstützt wie seine Serverseite.</translation>
    </message>
    <message>
        <source>As a sender this host would not reach Exchange Online with TLS: Exchange Online accepts only TLS 1.2 and later since January 2021 (it closes the connection on a TLS 1.0/1.1 hello).</source>
        <translation>Als Absender würde dieser Host Exchange Online nicht mit TLS erreichen: Exchange Online akzeptiert seit Januar 2021 nur TLS 1.2 und höher (bei einem ClientHello mit TLS 1.0/1.1 schließt es die Verbindung).</translation>
    </message>
    <message>
        <source>As a sender this host would need TLS 1.3 to reach Exchange Online; Microsoft documents TLS 1.2.</source>
        <translation>Als Absender bräuchte dieser Host TLS 1.3, um Exchange Online zu erreichen; Microsoft dokumentiert TLS 1.2.</translation>
    </message>
    <message>
        <source>As a sender this host would not reach Exchange Online with TLS: it shares no TLS 1.2 cipher suite with Office 365&apos;s list.</source>
        <translation>Als Absender würde dieser Host Exchange Online nicht mit TLS erreichen: Er hat keine TLS 1.2-Cipher-Suite mit der Liste von Office 365 gemeinsam.</translation>
    </message>
    <message>
        <source>The host still accepts %1; Exchange Online never uses these versions.</source>
        <translation>Der Host akzeptiert noch %1; Exchange Online verwendet diese Versionen nie.</translation>
    </message>
    <message>
        <source>Weak cipher suites accepted: %1.</source>
        <translation>Akzeptierte schwache Cipher-Suites: %1.</translation>
    </message>
    <message>
        <source>Suites on Office 365&apos;s list that the host accepts: %1.</source>
        <translation>Vom Host akzeptierte Cipher-Suites aus der Liste von Office 365: %1.</translation>
    </message>
    <message>
        <source>The certificate does not chain to a root this machine trusts: %1.</source>
        <translation>Die Zertifikatskette führt zu keiner Stammzertifizierungsstelle, der dieser Computer vertraut: %1.</translation>
    </message>
    <message>
        <source>The certificate does not name %1: a connector with TlsCertificateName/TlsDomain for this name will not match.</source>
        <translation>Das Zertifikat enthält den Namen %1 nicht: Ein Connector mit TlsCertificateName/TlsDomain für diesen Namen passt nicht.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>Das Zertifikat ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>The certificate expires in %1 days (%2).</source>
        <translation>Das Zertifikat läuft in %1 Tagen ab (%2).</translation>
    </message>
    <message>
        <source>The server does not send the whole certificate chain (an intermediate is missing).</source>
        <translation>Der Server sendet nicht die vollständige Zertifikatskette (ein Zwischenzertifikat fehlt).</translation>
    </message>
    <message>
        <source>The certificate is self-signed: opportunistic TLS works, but certificate-based connectors cannot validate it.</source>
        <translation>Das Zertifikat ist selbstsigniert: Opportunistisches TLS funktioniert, aber zertifikatbasierte Connectors können es nicht überprüfen.</translation>
    </message>
    <message>
        <source>The certificate has a weak %1 key of %2 bits.</source>
        <translation>Das Zertifikat hat einen schwachen %1-Schlüssel mit %2 Bit.</translation>
    </message>
    <message>
        <source>The certificate is signed with %1; Exchange Online stopped accepting SHA-1 certificates in 2016.</source>
        <translation>Das Zertifikat ist mit %1 signiert; Exchange Online akzeptiert seit 2016 keine SHA-1-Zertifikate mehr.</translation>
    </message>
    <message>
        <source>The plaintext EHLO did not list STARTTLS but STARTTLS worked: something between here and the server may be stripping it.</source>
        <translation>Die EHLO-Antwort im Klartext enthielt kein STARTTLS, STARTTLS hat aber funktioniert: Möglicherweise entfernt eine Komponente zwischen hier und dem Server den Eintrag.</translation>
    </message>
    <message>
        <source>The EHLO reply changed inside TLS: removed %1, added %2.</source>
        <translation>Die EHLO-Antwort hat sich innerhalb von TLS geändert: entfernt %1, hinzugefügt %2.</translation>
    </message>
    <message>
        <source>AUTH (%1) is offered before TLS: passwords could be sent in plaintext.</source>
        <translation>AUTH (%1) wird vor TLS angeboten: Kennwörter könnten im Klartext gesendet werden.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>refused with alert %1</source>
        <translation>abgelehnt mit Alert %1</translation>
    </message>
    <message>
        <source>refused: connection closed without an alert (FIN)</source>
        <translation>abgelehnt: Verbindung ohne Alert geschlossen (FIN)</translation>
    </message>
    <message>
        <source>refused: connection reset (RST)</source>
        <translation>abgelehnt: Verbindung zurückgesetzt (RST)</translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation>keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>nicht erreicht: %1</translation>
    </message>
    <message>
        <source>not testable here</source>
        <translation>hier nicht testbar</translation>
    </message>
    <message>
        <source>not accepted: the server answered with a lower version</source>
        <translation>nicht akzeptiert: Der Server hat mit einer niedrigeren Version geantwortet</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>Target:      %1</source>
        <translation>Ziel:        %1</translation>
    </message>
    <message>
        <source>MX hosts:    %1</source>
        <translation>MX-Hosts:    %1</translation>
    </message>
    <message>
        <source>Host:        %1 port %2%3</source>
        <translation>Host:        %1 Port %2%3</translation>
    </message>
    <message>
        <source> (implicit TLS)</source>
        <translation> (implizites TLS)</translation>
    </message>
    <message>
        <source>Addresses:   %1 (probed %2)</source>
        <translation>Adressen:    %1 (geprüft: %2)</translation>
    </message>
    <message>
        <source>Banner:      %1</source>
        <translation>Banner:      %1</translation>
    </message>
    <message>
        <source>STARTTLS:    %1, %2</source>
        <translation>STARTTLS:    %1, %2</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source> (picked %1)</source>
        <translation> (gewählt: %1)</translation>
    </message>
    <message>
        <source>%1 cipher suites (the server follows the client&apos;s order; listed in ours):</source>
        <translation>Cipher-Suites für %1 (der Server folgt der Reihenfolge des Clients; in unserer Reihenfolge aufgeführt):</translation>
    </message>
    <message>
        <source>%1 cipher suites, server preference order:</source>
        <translation>Cipher-Suites für %1, in der vom Server bevorzugten Reihenfolge:</translation>
    </message>
    <message>
        <source>OpenSSL handshakes:</source>
        <translation>OpenSSL-Handshakes:</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat:  %1</translation>
    </message>
    <message>
        <source>  issuer     %1</source>
        <translation>  Aussteller %1</translation>
    </message>
    <message>
        <source>  names      %1</source>
        <translation>  Namen      %1</translation>
    </message>
    <message>
        <source>  valid      %1 to %2</source>
        <translation>  gültig     %1 bis %2</translation>
    </message>
    <message>
        <source>  key        %1 %2 bits, %3</source>
        <translation>  Schlüssel  %1 %2 Bit, %3</translation>
    </message>
    <message>
        <source>  chain      %1 sent, %2</source>
        <translation>  Kette      %1 gesendet, %2</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>AUTH:        inside TLS %1; before TLS %2</source>
        <translation>AUTH:        innerhalb von TLS %1; vor TLS %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Verdicts:</source>
        <translation>Bewertungen:</translation>
    </message>
    <message>
        <source>%1 connections in %2 ms%3</source>
        <translation>%1 Verbindungen in %2 ms%3</translation>
    </message>
    <message>
        <source> (overall time limit reached)</source>
        <translation> (Gesamtzeitlimit erreicht)</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>The MX host of %1 accepts TLS 1.2 with a cipher Exchange Online offers: mail to %1 is encrypted.</source>
        <translation>Der MX-Host von %1 akzeptiert TLS 1.2 mit einer Cipher-Suite, die Exchange Online anbietet: E-Mail an %1 wird verschlüsselt.</translation>
    </message>
    <message>
        <source>All %1 MX hosts accept TLS 1.2 with a cipher Exchange Online offers: mail to %2 is encrypted.</source>
        <translation>Alle %1 MX-Hosts akzeptieren TLS 1.2 mit einer Cipher-Suite, die Exchange Online anbietet: E-Mail an %2 wird verschlüsselt.</translation>
    </message>
    <message>
        <source>Exchange Online reaches %1 with TLS 1.2 and a cipher from its list (%2 of %3 MX hosts).</source>
        <translation>Exchange Online erreicht %1 mit TLS 1.2 und einer Cipher-Suite aus seiner Liste (%2 von %3 MX-Hosts).</translation>
    </message>
    <message>
        <source>could not be reached from here (%1), so how it does TLS is unknown</source>
        <translation>war von hier aus nicht erreichbar (%1), daher ist unbekannt, wie er TLS handhabt</translation>
    </message>
    <message>
        <source>offers no STARTTLS</source>
        <translation>bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>refuses STARTTLS</source>
        <translation>lehnt STARTTLS ab</translation>
    </message>
    <message>
        <source>accepts neither TLS 1.2 nor TLS 1.3</source>
        <translation>akzeptiert weder TLS 1.2 noch TLS 1.3</translation>
    </message>
    <message>
        <source>accepts TLS 1.2 but none of Office 365&apos;s cipher suites</source>
        <translation>akzeptiert TLS 1.2, aber keine der Cipher-Suites von Office 365</translation>
    </message>
    <message>
        <source>accepts only TLS 1.3 (Microsoft documents TLS 1.2)</source>
        <translation>akzeptiert nur TLS 1.3 (Microsoft dokumentiert TLS 1.2)</translation>
    </message>
    <message>
        <source>%1 (preference %2)</source>
        <translation>%1 (Präferenz %2)</translation>
    </message>
    <message>
        <source>Exchange Online may fall back to plaintext</source>
        <translation>kann Exchange Online auf Klartext zurückfallen</translation>
    </message>
    <message>
        <source>Exchange Online delivers in plaintext (or queues and bounces if a TLS-enforcing connector is used)</source>
        <translation>stellt Exchange Online im Klartext zu (oder stellt die E-Mail in die Warteschlange und sendet einen Unzustellbarkeitsbericht, wenn ein Connector TLS erzwingt)</translation>
    </message>
    <message>
        <source>%1 %2; Exchange Online tries it first.</source>
        <translation>%1 %2; Exchange Online versucht ihn zuerst.</translation>
    </message>
    <message>
        <source>%1 %2; Exchange Online uses it when %3 is unreachable.</source>
        <translation>%1 %2; Exchange Online nutzt ihn, wenn %3 nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 %2: for mail to %3, %4.</source>
        <translation>%1 %2: bei E-Mail an %3 %4.</translation>
    </message>
    <message>
        <source>%1 %2: it shares the lowest preference with %3, so for part of the mail to %4, %5.</source>
        <translation>%1 %2: er teilt sich die niedrigste Präferenz mit %3, daher %5 bei einem Teil der E-Mail an %4.</translation>
    </message>
    <message>
        <source>%1 %2: when %3 is unreachable, %4.</source>
        <translation>%1 %2: wenn %3 nicht erreichbar ist, %4.</translation>
    </message>
    <message>
        <source>None of the %1 MX hosts probed could be reached from here.</source>
        <translation>Keiner der %1 geprüften MX-Hosts war von hier aus erreichbar.</translation>
    </message>
    <message>
        <source>Only the most preferred MX host was probed (--first-mx); not probed: %1.</source>
        <translation>Nur der bevorzugte MX-Host wurde geprüft (--first-mx); nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>The probe stopped before these MX hosts: %1.</source>
        <translation>Die Prüfung endete vor diesen MX-Hosts: %1.</translation>
    </message>
    <message>
        <source>Only the first %1 MX hosts were probed; not probed: %2.</source>
        <translation>Nur die ersten %1 MX-Hosts wurden geprüft; nicht geprüft: %2.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail, so Exchange Online bounces mail to it at once.</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): die Domain nimmt keine E-Mail an, daher sendet Exchange Online E-Mail an sie sofort zurück.</translation>
    </message>
    <message>
        <source>%1 has no MX record: mail to it goes to its own address (RFC 5321 implicit MX), which was probed.</source>
        <translation>%1 hat keinen MX-Eintrag: E-Mail geht an die eigene Adresse des Namens (implizierter MX nach RFC 5321), die geprüft wurde.</translation>
    </message>
    <message>
        <source>encrypted (TLS 1.2)</source>
        <translation>verschlüsselt (TLS 1.2)</translation>
    </message>
    <message>
        <source>TLS 1.3 only: may fall back</source>
        <translation>nur TLS 1.3: Rückfall möglich</translation>
    </message>
    <message>
        <source>plaintext: no STARTTLS</source>
        <translation>Klartext: kein STARTTLS</translation>
    </message>
    <message>
        <source>plaintext: STARTTLS refused</source>
        <translation>Klartext: STARTTLS abgelehnt</translation>
    </message>
    <message>
        <source>plaintext: no TLS 1.2</source>
        <translation>Klartext: kein TLS 1.2</translation>
    </message>
    <message>
        <source>plaintext: no Office 365 cipher</source>
        <translation>Klartext: keine Office-365-Cipher-Suite</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>not probed (limit)</source>
        <translation>nicht geprüft (Grenze)</translation>
    </message>
    <message>
        <source>not probed (--first-mx)</source>
        <translation>nicht geprüft (--first-mx)</translation>
    </message>
    <message>
        <source>not probed (stopped)</source>
        <translation>nicht geprüft (abgebrochen)</translation>
    </message>
    <message>
        <source>MX hosts:    none (its own address is probed: RFC 5321 implicit MX)</source>
        <translation>MX-Hosts:   keine (die eigene Adresse wird geprüft: implizierter MX nach RFC 5321)</translation>
    </message>
    <message>
        <source>MX hosts:    look-up failed (%1); its own address is probed</source>
        <translation>MX-Hosts:   Abfrage fehlgeschlagen (%1); die eigene Adresse wird geprüft</translation>
    </message>
    <message>
        <source>MX hosts:    null MX (RFC 7505): the domain accepts no mail</source>
        <translation>MX-Hosts:   Null-MX (RFC 7505): die Domain nimmt keine E-Mail an</translation>
    </message>
    <message>
        <source>pref</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>address probed</source>
        <translation>geprüfte Adresse</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>best</source>
        <translation>beste</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implizit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (no connection)</source>
        <translation>%1 (keine Verbindung)</translation>
    </message>
    <message>
        <source>Domain verdicts:</source>
        <translation>Bewertung der Domain:</translation>
    </message>
    <message>
        <source>== MX %1: %2 ==</source>
        <translation>== MX %1: %2 ==</translation>
    </message>
    <message>
        <source>Not probed: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Not reached: %1</source>
        <translation>Nicht erreicht: %1</translation>
    </message>
    <message>
        <source>All hosts: %1</source>
        <translation>Alle Hosts: %1</translation>
    </message>
</context>
<context>
    <name>Mailflow::Cli</name>
    <message>
        <source>unrecognised text</source>
        <translation>nicht erkannter Text</translation>
    </message>
    <message>
        <source>Exchange non-delivery report (NDR)</source>
        <translation>Exchange-Unzustellbarkeitsbericht (NDR)</translation>
    </message>
    <message>
        <source>Exchange delay notice</source>
        <translation>Exchange-Verzögerungsbenachrichtigung</translation>
    </message>
    <message>
        <source>delivery status notification (bounce)</source>
        <translation>Zustellstatusbenachrichtigung (Bounce)</translation>
    </message>
    <message>
        <source>Get-Queue output</source>
        <translation>Get-Queue-Ausgabe</translation>
    </message>
    <message>
        <source>Get-Message output</source>
        <translation>Get-Message-Ausgabe</translation>
    </message>
    <message>
        <source>message tracking / trace status</source>
        <translation>Status der Nachrichtenverfolgung / Nachrichtenablaufverfolgung</translation>
    </message>
    <message>
        <source>LastError string / SMTP reply</source>
        <translation>LastError-Text / SMTP-Antwort</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP-Mitschnitt</translation>
    </message>
    <message>
        <source>Postfix log lines</source>
        <translation>Postfix-Protokollzeilen</translation>
    </message>
    <message>
        <source>Sendmail log lines</source>
        <translation>Sendmail-Protokollzeilen</translation>
    </message>
    <message>
        <source>Exim log lines</source>
        <translation>Exim-Protokollzeilen</translation>
    </message>
    <message>
        <source>binary data (mostly control bytes)</source>
        <translation>Binärdaten (überwiegend Steuerbytes)</translation>
    </message>
    <message>
        <source>%1 NUL byte(s), dropped</source>
        <translation>%1 NUL-Byte(s), verworfen</translation>
    </message>
    <message>
        <source>%1 line(s)</source>
        <translation>%1 Zeile(n)</translation>
    </message>
    <message>
        <source>%1 e-mail address(es)</source>
        <translation>%1 E-Mail-Adresse(n)</translation>
    </message>
    <message>
        <source>%1 IP address(es)</source>
        <translation>%1 IP-Adresse(n)</translation>
    </message>
    <message>
        <source>%1 status-code-like token(s)</source>
        <translation>%1 statuscodeähnliche(s) Token</translation>
    </message>
    <message>
        <source>%1 timestamp(s)</source>
        <translation>%1 Zeitstempel</translation>
    </message>
    <message>
        <source>%1 &apos;Name : value&apos; field(s)</source>
        <translation>%1 Feld(er) der Form &apos;Name : Wert&apos;</translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation> (z. B. %1)</translation>
    </message>
    <message>
        <source>the delay notice says how much longer the server keeps trying; counted from %1</source>
        <translation>die Verzögerungsbenachrichtigung nennt, wie lange der Server es noch versucht; gerechnet ab %1</translation>
    </message>
    <message>
        <source>stated in the text (%1)</source>
        <translation>im Text angegeben (%1)</translation>
    </message>
    <message>
        <source>Exchange Online default</source>
        <translation>Standardwert von Exchange Online</translation>
    </message>
    <message>
        <source>on-premises Exchange default</source>
        <translation>Standardwert von lokalem Exchange</translation>
    </message>
    <message>
        <source>the generating server is an Exchange Online host</source>
        <translation>der erzeugende Server ist ein Exchange Online-Host</translation>
    </message>
    <message>
        <source>Get-Queue/Get-Message output comes from an on-premises server</source>
        <translation>die Get-Queue-/Get-Message-Ausgabe stammt von einem lokalen Server</translation>
    </message>
    <message>
        <source>the generating server is not an Exchange Online host</source>
        <translation>der erzeugende Server ist kein Exchange Online-Host</translation>
    </message>
    <message>
        <source>nothing in the text points to Exchange Online</source>
        <translation>nichts im Text deutet auf Exchange Online hin</translation>
    </message>
    <message>
        <source>%1 h after %2 %3; %4, because %5</source>
        <translation>%1 h nach %2 %3; %4, denn %5</translation>
    </message>
    <message>
        <source>Kind:        %1</source>
        <translation>Art:         %1</translation>
    </message>
    <message>
        <source>Recipients:  %1
</source>
        <translation>Empfänger:   %1
</translation>
    </message>
    <message>
        <source>Sender:      %1
</source>
        <translation>Absender:    %1
</translation>
    </message>
    <message>
        <source>Generated by: %1
</source>
        <translation>Erzeugt von: %1
</translation>
    </message>
    <message>
        <source>Remote:      %1
</source>
        <translation>Gegenstelle: %1
</translation>
    </message>
    <message>
        <source>Status:      %1
</source>
        <translation>Status:      %1
</translation>
    </message>
    <message>
        <source>
Delivery status (per recipient):
</source>
        <translation>
Zustellstatus (je Empfänger):
</translation>
    </message>
    <message>
        <source>  remote %1</source>
        <translation>  Gegenstelle %1</translation>
    </message>
    <message>
        <source>      will retry until %1
</source>
        <translation>      weitere Versuche bis %1
</translation>
    </message>
    <message>
        <source>
Attempts and reply chains (outermost first, &apos;-&gt;&apos; = the hop behind it said):
</source>
        <translation>
Versuche und Antwortketten (äußerste zuerst, &apos;-&gt;&apos; = Meldung des dahinterliegenden Hops):
</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(ohne Zeitangabe)</translation>
    </message>
    <message>
        <source> [day/month order ambiguous, read as %1]</source>
        <translation> [Reihenfolge von Tag/Monat mehrdeutig, gelesen als %1]</translation>
    </message>
    <message>
        <source>
Findings:
</source>
        <translation>
Befunde:
</translation>
    </message>
    <message>
        <source>
Root cause:  %1</source>
        <translation>
Ursache:     %1</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <source>
What the codes mean:
</source>
        <translation>
Bedeutung der Codes:
</translation>
    </message>
    <message>
        <source>      Likely cause: %1
</source>
        <translation>      Wahrscheinliche Ursache: %1
</translation>
    </message>
    <message>
        <source>      Fix: %1
</source>
        <translation>      Behebung: %1
</translation>
    </message>
    <message>
        <source>
Predictions:
</source>
        <translation>
Prognosen:
</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>NDR (gives up)</source>
        <translation>NDR (endgültig)</translation>
    </message>
    <message>
        <source> (server time)</source>
        <translation> (Serverzeit)</translation>
    </message>
    <message>
        <source>by %1 at the latest</source>
        <translation>spätestens %1</translation>
    </message>
    <message>
        <source> (already passed)</source>
        <translation> (bereits verstrichen)</translation>
    </message>
    <message>
        <source>Decodes pasted NDRs, delay notices, DSNs/bounces, Get-Queue/Get-Message output, message-tracking status,
LastError strings, SMTP transcripts and Postfix/Sendmail/Exim log lines: replies and chains, attempts,
findings, root cause, explanations and predictions.
Exit status: 0 recognised, 1 nothing recognised, 2 usage or I/O error.</source>
        <translation>Wertet eingefügte NDRs, Verzögerungsbenachrichtigungen, DSNs/Bounces, Get-Queue-/Get-Message-Ausgaben,
Status der Nachrichtenverfolgung, LastError-Texte, SMTP-Mitschnitte und Protokollzeilen von
Postfix/Sendmail/Exim aus: Antworten und Ketten, Versuche, Befunde, Ursache, Erklärungen und Prognosen.
Exit-Status: 0 erkannt, 1 nichts erkannt, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Language of the explanations: en or de (default: from the locale).</source>
        <translation>Sprache der Erklärungen: en oder de (Standard: aus dem Gebietsschema).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Text to decode; &apos;-&apos; or nothing reads standard input.</source>
        <translation>Auszuwertender Text; &apos;-&apos; oder keine Angabe liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>give one FILE (or &apos;-&apos;)</source>
        <translation>bitte nur ein FILE-Argument (oder &apos;-&apos;) angeben</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>recognised no NDR, DSN, queue output, LastError, transcript or log lines; found %1</source>
        <translation>weder NDR, DSN, Warteschlangenausgabe, LastError, Mitschnitt noch Protokollzeilen erkannt; gefunden: %1</translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation>nichts Lesbares</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none (offered)</source>
        <translation>kein TLS (angeboten)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>recv</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher-Suite</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Msgs</source>
        <translation>Nachr.</translation>
    </message>
    <message>
        <source>Lines that could not be read (skipped):</source>
        <translation>Nicht lesbare Zeilen (übersprungen):</translation>
    </message>
    <message>
        <source>… and %1 more (see --json)</source>
        <translation>… und %1 weitere (siehe --json)</translation>
    </message>
    <message>
        <source>Plaintext fallbacks (TLS failed, then the same remote got the mail without TLS):</source>
        <translation>Rückfälle auf Klartext (TLS fehlgeschlagen, danach hat dieselbe Gegenstelle die E-Mail ohne TLS erhalten):</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Failed session</source>
        <translation>Fehlgeschlagene Sitzung</translation>
    </message>
    <message>
        <source>Plaintext session</source>
        <translation>Klartext-Sitzung</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>… and %1 more (see --timeline or --json)</source>
        <translation>… und %1 weitere (siehe --timeline oder --json)</translation>
    </message>
    <message>
        <source>Repeated failed attempts:</source>
        <translation>Wiederholte fehlgeschlagene Versuche:</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <source>no delivery (mail stays queued; RequireTLS?)</source>
        <translation>keine Zustellung (E-Mail bleibt in der Warteschlange; RequireTLS?)</translation>
    </message>
    <message>
        <source>delivered in plaintext by %1</source>
        <translation>im Klartext zugestellt durch %1</translation>
    </message>
    <message>
        <source>delivered with TLS by %1</source>
        <translation>mit TLS zugestellt durch %1</translation>
    </message>
    <message>
        <source>Read %1 file(s), %2 lines, %3 sessions (%4 send, %5 receive)</source>
        <translation>%1 Datei(en), %2 Zeilen, %3 Sitzungen gelesen (%4 Senden, %5 Empfang)</translation>
    </message>
    <message>
        <source>, %1 to %2 UTC</source>
        <translation>, %1 bis %2 UTC</translation>
    </message>
    <message>
        <source>Loading was cancelled: the figures cover only what was read.</source>
        <translation>Das Laden wurde abgebrochen: Die Zahlen umfassen nur das bereits Gelesene.</translation>
    </message>
    <message>
        <source>TLS: %1 negotiated%2, %3 failed, %4 without TLS</source>
        <translation>TLS: %1 ausgehandelt%2, %3 fehlgeschlagen, %4 ohne TLS</translation>
    </message>
    <message>
        <source>Messages queued: %1 (%2 without TLS)</source>
        <translation>In Warteschlange gestellte Nachrichten: %1 (%2 ohne TLS)</translation>
    </message>
    <message>
        <source>Failures by error: %1</source>
        <translation>Fehlschläge nach Fehler: %1</translation>
    </message>
    <message>
        <source>Remotes still on TLS 1.0/1.1 or plaintext: %1 (see --legacy-tls)</source>
        <translation>Gegenstellen, die noch TLS 1.0/1.1 oder Klartext verwenden: %1 (siehe --legacy-tls)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Ohne TLS</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS1.0</source>
        <translation>TLS1.0</translation>
    </message>
    <message>
        <source>TLS1.1</source>
        <translation>TLS1.1</translation>
    </message>
    <message>
        <source>TLS1.2</source>
        <translation>TLS1.2</translation>
    </message>
    <message>
        <source>TLS1.3</source>
        <translation>TLS1.3</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Cipher-Suites</translation>
    </message>
    <message>
        <source>By remote host:</source>
        <translation>Nach Gegenstelle:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>By connector:</source>
        <translation>Nach Connector:</translation>
    </message>
    <message>
        <source>By day (UTC):</source>
        <translation>Nach Tag (UTC):</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>No remote negotiated TLS 1.0/1.1 or carried mail without TLS in these logs.</source>
        <translation>In diesen Protokollen hat keine Gegenstelle TLS 1.0/1.1 ausgehandelt oder E-Mail ohne TLS übertragen.</translation>
    </message>
    <message>
        <source>Remotes that break when TLS 1.0/1.1 is switched off (or that send/receive mail in plaintext):</source>
        <translation>Gegenstellen, die nach dem Abschalten von TLS 1.0/1.1 nicht mehr funktionieren (oder E-Mail im Klartext senden/empfangen):</translation>
    </message>
    <message>
        <source>TLS1.2+</source>
        <translation>TLS1.2+</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
    <message>
        <source>TLS1.2+ = 0 means the remote never negotiated a modern version here: it breaks first.</source>
        <translation>TLS1.2+ = 0 bedeutet, dass die Gegenstelle hier nie eine moderne Version ausgehandelt hat: Sie fällt als Erste aus.</translation>
    </message>
    <message>
        <source>Reads Exchange SMTP Send/Receive protocol logs (files, folders searched recursively, or &apos;-&apos; for
pasted text on standard input) and shows sessions, TLS outcomes, plaintext fallbacks and retries.</source>
        <translation>Liest SMTP-Sende-/Empfangsprotokolle von Exchange (Dateien, rekursiv durchsuchte Ordner oder &apos;-&apos; für
eingefügten Text über die Standardeingabe) und zeigt Sitzungen, TLS-Ergebnisse, Rückfälle auf Klartext
und Wiederholungen.</translation>
    </message>
    <message>
        <source>Print JSON: sessions, fallbacks, retries, tlsUsage, legacyTls, summary, problems.</source>
        <translation>JSON ausgeben: sessions, fallbacks, retries, tlsUsage, legacyTls, summary, problems.</translation>
    </message>
    <message>
        <source>List every session.</source>
        <translation>Jede Sitzung auflisten.</translation>
    </message>
    <message>
        <source>Sessions per connector and remote in time order, with the gaps between attempts.</source>
        <translation>Sitzungen je Connector und Gegenstelle in zeitlicher Reihenfolge, mit den Abständen zwischen den Versuchen.</translation>
    </message>
    <message>
        <source>TLS versions and ciphers per remote host, connector and day.</source>
        <translation>TLS-Versionen und Cipher-Suites je Gegenstelle, Connector und Tag.</translation>
    </message>
    <message>
        <source>Remotes still on TLS 1.0/1.1 or plaintext.</source>
        <translation>Gegenstellen, die noch TLS 1.0/1.1 oder Klartext verwenden.</translation>
    </message>
    <message>
        <source>Protocol-log files or folders; &apos;-&apos; reads standard input.</source>
        <translation>Protokolldateien oder -ordner; &apos;-&apos; liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>choose one of --sessions, --timeline, --tls-summary, --legacy-tls</source>
        <translation>wählen Sie nur eine der Optionen --sessions, --timeline, --tls-summary, --legacy-tls</translation>
    </message>
    <message>
        <source>no PATH given; use &apos;-&apos; to read pasted text from standard input</source>
        <translation>kein PATH angegeben; mit &apos;-&apos; wird eingefügter Text von der Standardeingabe gelesen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>%1 sessions: list them with --sessions or --timeline.</source>
        <translation>%1 Sitzungen: mit --sessions oder --timeline auflisten.</translation>
    </message>
    <message>
        <source>No protocol-log sessions found.</source>
        <translation>Keine Sitzungen in den Protokolldateien gefunden.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>TCP port (default 25, or 465 with --implicit-tls).</source>
        <translation>TCP-Port (Standard: 25 bzw. 465 mit --implicit-tls).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>TLS from the first byte (port 465), no STARTTLS.</source>
        <translation>TLS ab dem ersten Byte (Port 465), kein STARTTLS.</translation>
    </message>
    <message>
        <source>Only find the accepted versions (no cipher list, no handshakes).</source>
        <translation>Nur die akzeptierten Versionen ermitteln (keine Cipher-Liste, keine Handshakes).</translation>
    </message>
    <message>
        <source>Name to send in EHLO (default mailflow.invalid).</source>
        <translation>Name, der in EHLO gesendet wird (Standard: mailflow.invalid).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 10).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard: 10).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>HOST, HOST:PORT, [IPv6]:PORT or DOMAIN</source>
        <translation>HOST, HOST:PORT, [IPv6]:PORT oder DOMÄNE</translation>
    </message>
    <message>
        <source>missing HOST</source>
        <translation>HOST fehlt</translation>
    </message>
    <message>
        <source>only one HOST at a time</source>
        <translation>nur ein HOST auf einmal</translation>
    </message>
    <message>
        <source>--port wants a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port erwartet eine Zahl von 1 bis 65535, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout wants seconds (more than 0, at most 3600), not &quot;%1&quot;</source>
        <translation>--timeout erwartet Sekunden (mehr als 0, höchstens 3600), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--max-connections wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>--max-connections erwartet eine Zahl von 1 bis 64, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ehlo wants one name without spaces</source>
        <translation>--ehlo erwartet einen Namen ohne Leerzeichen</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>die TLS-Aushandlung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>one side requires STARTTLS/TLS</source>
        <translation>eine Seite verlangt STARTTLS/TLS</translation>
    </message>
    <message>
        <source>STARTTLS was not offered or not available</source>
        <translation>STARTTLS wurde nicht angeboten oder war nicht verfügbar</translation>
    </message>
    <message>
        <source>no common TLS version</source>
        <translation>keine gemeinsame TLS-Version</translation>
    </message>
    <message>
        <source>no common cipher suite</source>
        <translation>keine gemeinsame Cipher-Suite</translation>
    </message>
    <message>
        <source>a certificate was not accepted</source>
        <translation>ein Zertifikat wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>the connection dropped during the session</source>
        <translation>die Verbindung ist während der Sitzung abgebrochen</translation>
    </message>
    <message>
        <source>no connection could be made</source>
        <translation>es konnte keine Verbindung hergestellt werden</translation>
    </message>
    <message>
        <source>relaying was refused</source>
        <translation>das Relaying wurde verweigert</translation>
    </message>
    <message>
        <source>authentication is required or failed</source>
        <translation>Authentifizierung ist erforderlich oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>the message expired in the queue</source>
        <translation>die Nachricht ist in der Warteschlange abgelaufen</translation>
    </message>
    <message>
        <source>delivery is delayed; the sender keeps retrying</source>
        <translation>die Zustellung ist verzögert; der Absender versucht es weiter</translation>
    </message>
    <message>
        <source>the recipient does not exist</source>
        <translation>der Empfänger existiert nicht</translation>
    </message>
    <message>
        <source>DNS / routing failed</source>
        <translation>DNS/Routing fehlgeschlagen</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>das Postfach ist voll</translation>
    </message>
    <message>
        <source>rejected by policy</source>
        <translation>durch eine Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>throttled / rate-limited</source>
        <translation>gedrosselt / Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Probes a mail host&apos;s STARTTLS: which TLS versions and cipher suites it accepts (in the server&apos;s
preference order), how it refuses the others, its certificate, and what that means for mail to and
from Exchange Online. HOST may be a name, an IPv4 address, [IPv6]:port or a domain: then every MX host
is probed (in preference order, 2 at a time, at most 10), since Exchange Online falls back to the
next MX host when one is unreachable. A name without MX records is probed itself.</source>
        <translation>Prüft das STARTTLS eines Mail-Hosts: welche TLS-Versionen und Cipher-Suites er akzeptiert (in der
Reihenfolge, die der Server bevorzugt), wie er die übrigen ablehnt, sein Zertifikat und was das für
E-Mail von und zu Exchange Online bedeutet. HOST kann ein Name, eine IPv4-Adresse, [IPv6]:Port oder
eine Domain sein: dann wird jeder MX-Host geprüft (in Präferenzreihenfolge, 2 gleichzeitig, höchstens 10),
da Exchange Online auf den nächsten MX-Host ausweicht, wenn einer nicht erreichbar ist. Ein Name ohne
MX-Einträge wird selbst geprüft.</translation>
    </message>
    <message>
        <source>Connections at a time to one host (default 4); a domain&apos;s MX hosts are probed 2 at a time.</source>
        <translation>Gleichzeitige Verbindungen zu einem Host (Standard 4); die MX-Hosts einer Domain werden zu zweit geprüft.</translation>
    </message>
    <message>
        <source>For a domain, probe only the most preferred MX host.</source>
        <translation>Bei einer Domain nur den bevorzugten MX-Host prüfen.</translation>
    </message>
    <message>
        <source>Ask this DNS server (ADDRESS or ADDRESS:PORT, [IPv6]:PORT) for MX and address records.</source>
        <translation>Diesen DNS-Server (ADRESSE oder ADRESSE:PORT, [IPv6]:PORT) nach MX- und Adresseinträgen fragen.</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>--dns wants an IP address with an optional port, not &quot;%1&quot;</source>
        <translation>--dns erwartet eine IP-Adresse mit optionalem Port, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench</name>
    <message>
        <source>The engine did not record where this session is logged.</source>
        <translation>Die Engine hat nicht erfasst, wo diese Sitzung protokolliert ist.</translation>
    </message>
    <message>
        <source>%1 cannot be read back (pasted text, or the file was moved).</source>
        <translation>%1 kann nicht erneut gelesen werden (eingefügter Text, oder die Datei wurde verschoben).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No line of session %1 was found in %2 from line %3 on.</source>
        <translation>In %2 wurde ab Zeile %3 keine Zeile der Sitzung %1 gefunden.</translation>
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
    <name>Mailflow::Workbench::DecodeAttemptModel</name>
    <message>
        <source>(no time)</source>
        <translation>(keine Uhrzeit)</translation>
    </message>
    <message>
        <source>ambiguous, read day first</source>
        <translation>mehrdeutig, Tag zuerst gelesen</translation>
    </message>
    <message>
        <source>ambiguous, read month first</source>
        <translation>mehrdeutig, Monat zuerst gelesen</translation>
    </message>
    <message>
        <source>The date could be read day/month or month/day; check the server&apos;s regional settings.</source>
        <translation>Das Datum kann als Tag/Monat oder als Monat/Tag gelesen werden; prüfen Sie die Regionaleinstellungen des Servers.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Geschrieben als</translation>
    </message>
    <message>
        <source>Day/month</source>
        <translation>Tag/Monat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodeFieldModel</name>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Generating server</source>
        <translation>Generierender Server</translation>
    </message>
    <message>
        <source>Reporting MTA</source>
        <translation>Meldender MTA</translation>
    </message>
    <message>
        <source>Remote servers</source>
        <translation>Remoteserver</translation>
    </message>
    <message>
        <source>Remote IP addresses</source>
        <translation>Remote-IP-Adressen</translation>
    </message>
    <message>
        <source>Keeps trying for</source>
        <translation>Versucht es noch</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodeHopModel</name>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodeHopsView</name>
    <message>
        <source>Reply chain</source>
        <translation>Antwortkette</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 antwortete mit %2</translation>
    </message>
    <message>
        <source>%1 returned:
%2</source>
        <translation>%1 antwortete:
%2</translation>
    </message>
    <message>
        <source>The hop behind it said:
%1</source>
        <translation>Der Hop dahinter meldete:
%1</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 antwortete</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more chain(s): see the Attempts tab</source>
        <translation>
            <numerusform>… und %n weitere Kette: siehe Registerkarte „Versuche“</numerusform>
            <numerusform>… und %n weitere Ketten: siehe Registerkarte „Versuche“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodePredictionModel</name>
    <message>
        <source>Delay notice</source>
        <translation>Verzögerungsbenachrichtigung</translation>
    </message>
    <message>
        <source>NDR (gives up)</source>
        <translation>NDR (gibt auf)</translation>
    </message>
    <message>
        <source> (server time)</source>
        <translation> (Serverzeit)</translation>
    </message>
    <message>
        <source>by %1 at the latest</source>
        <translation>spätestens %1</translation>
    </message>
    <message>
        <source> (already passed)</source>
        <translation> (bereits verstrichen)</translation>
    </message>
    <message>
        <source>stated in the text</source>
        <translation>im Text angegeben</translation>
    </message>
    <message>
        <source>Exchange Online default, %1 h</source>
        <translation>Standardwert von Exchange Online, %1 h</translation>
    </message>
    <message>
        <source>on-premises Exchange default, %1 h</source>
        <translation>Standardwert von lokalem Exchange, %1 h</translation>
    </message>
    <message>
        <source>the delay notice says how much longer the server keeps trying</source>
        <translation>die Verzögerungsbenachrichtigung gibt an, wie lange der Server es noch versucht</translation>
    </message>
    <message>
        <source>the text states it (%1)</source>
        <translation>im Text angegeben (%1)</translation>
    </message>
    <message>
        <source>the generating server is an Exchange Online host</source>
        <translation>der generierende Server ist ein Exchange Online-Host</translation>
    </message>
    <message>
        <source>Get-Queue/Get-Message output comes from an on-premises server</source>
        <translation>Ausgaben von Get-Queue/Get-Message stammen von einem lokalen Server</translation>
    </message>
    <message>
        <source>the generating server is not an Exchange Online host</source>
        <translation>der generierende Server ist kein Exchange Online-Host</translation>
    </message>
    <message>
        <source>nothing in the text points to Exchange Online</source>
        <translation>nichts im Text deutet auf Exchange Online hin</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodeView</name>
    <message>
        <source>an Exchange NDR (message expired)</source>
        <translation>ein Exchange-NDR (Nachricht abgelaufen)</translation>
    </message>
    <message>
        <source>an Exchange Online delay notice</source>
        <translation>eine Verzögerungsbenachrichtigung von Exchange Online</translation>
    </message>
    <message>
        <source>Get-Queue output</source>
        <translation>Get-Queue-Ausgabe</translation>
    </message>
    <message>
        <source>a Postfix bounce (TLS not offered)</source>
        <translation>ein Postfix-Bounce (TLS nicht angeboten)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; paste the part with the error instead.</source>
        <translation>%1 ist größer als %2 MB; fügen Sie stattdessen den Teil mit dem Fehler ein.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>Decoded: %1</source>
        <translation>Ausgewertet: %1</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>Root cause: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Grundursache: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Was zu tun ist:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Status &lt;b&gt;%1&lt;/b&gt; (%2) for %3</source>
        <translation>Status &lt;b&gt;%1&lt;/b&gt; (%2) für %3</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es)</source>
        <translation>
            <numerusform>%n IP-Adresse</numerusform>
            <numerusform>%n IP-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status-code-like token(s)</source>
        <translation>
            <numerusform>%n Zeichenfolge, die wie ein Statuscode aussieht</numerusform>
            <numerusform>%n Zeichenfolgen, die wie Statuscodes aussehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timestamp(s)</source>
        <translation>
            <numerusform>%n Zeitstempel</numerusform>
            <numerusform>%n Zeitstempel</numerusform>
        </translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>NUL bytes</source>
        <translation>NUL-Bytes</translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation> (z. B. %1)</translation>
    </message>
    <message>
        <source>This does not look like a bounce, delay notice, queue output, LastError, transcript or MTA log.</source>
        <translation>Dies sieht nicht nach einem Bounce, einer Verzögerungsbenachrichtigung, einer Warteschlangenausgabe, einem LastError-Text, einem Transkript oder einem MTA-Protokoll aus.</translation>
    </message>
    <message>
        <source>What it contains: %1</source>
        <translation>Der Text enthält: %1</translation>
    </message>
    <message>
        <source>No failing reply in the text.</source>
        <translation>Der Text enthält keine Fehlerantwort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 &lt;span style=&apos;color:%4&apos;&gt;(%3)&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2 &lt;span style=&apos;color:%4&apos;&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cause:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ursache:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lösung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>No status codes to explain.</source>
        <translation>Keine Statuscodes zu erläutern.</translation>
    </message>
    <message>
        <source>Codes explained (%1)</source>
        <translation>Code-Erläuterungen (%1)</translation>
    </message>
    <message>
        <source>Attempts (%1)</source>
        <translation>Versuche (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Predictions (%1)</source>
        <translation>Vorhersagen (%1)</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>Felder (%1)</translation>
    </message>
    <message>
        <source>Exchange non-delivery report (NDR)</source>
        <translation>Exchange-Unzustellbarkeitsbericht (NDR)</translation>
    </message>
    <message>
        <source>Exchange delay notice</source>
        <translation>Exchange-Verzögerungsbenachrichtigung</translation>
    </message>
    <message>
        <source>Delivery status notification (bounce)</source>
        <translation>Benachrichtigung über den Zustellungsstatus (Bounce)</translation>
    </message>
    <message>
        <source>Get-Message output</source>
        <translation>Get-Message-Ausgabe</translation>
    </message>
    <message>
        <source>Message tracking / trace status</source>
        <translation>Status aus Nachrichtenverfolgung / Nachrichtenablaufverfolgung</translation>
    </message>
    <message>
        <source>LastError string / SMTP reply</source>
        <translation>LastError-Text / SMTP-Antwort</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>SMTP-Transkript</translation>
    </message>
    <message>
        <source>Postfix log lines</source>
        <translation>Postfix-Protokollzeilen</translation>
    </message>
    <message>
        <source>Sendmail log lines</source>
        <translation>Sendmail-Protokollzeilen</translation>
    </message>
    <message>
        <source>Exim log lines</source>
        <translation>Exim-Protokollzeilen</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>one side requires STARTTLS/TLS</source>
        <translation>eine Seite verlangt STARTTLS/TLS</translation>
    </message>
    <message>
        <source>STARTTLS was not offered or not available</source>
        <translation>STARTTLS wurde nicht angeboten oder ist nicht verfügbar</translation>
    </message>
    <message>
        <source>no common TLS version</source>
        <translation>keine gemeinsame TLS-Version</translation>
    </message>
    <message>
        <source>no common cipher suite</source>
        <translation>keine gemeinsame Cipher-Suite</translation>
    </message>
    <message>
        <source>a certificate was not accepted</source>
        <translation>ein Zertifikat wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>the connection dropped during the session</source>
        <translation>die Verbindung wurde während der Sitzung getrennt</translation>
    </message>
    <message>
        <source>no connection could be made</source>
        <translation>es konnte keine Verbindung hergestellt werden</translation>
    </message>
    <message>
        <source>relaying was refused</source>
        <translation>Relaying wurde abgelehnt</translation>
    </message>
    <message>
        <source>authentication is required or failed</source>
        <translation>Authentifizierung ist erforderlich oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>the message expired in the queue</source>
        <translation>die Nachricht ist in der Warteschlange abgelaufen</translation>
    </message>
    <message>
        <source>delivery is delayed; the sender keeps retrying</source>
        <translation>die Zustellung verzögert sich; der sendende Server versucht es weiterhin</translation>
    </message>
    <message>
        <source>the recipient does not exist</source>
        <translation>der Empfänger existiert nicht</translation>
    </message>
    <message>
        <source>DNS / routing failed</source>
        <translation>DNS / Routing fehlgeschlagen</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>das Postfach ist voll</translation>
    </message>
    <message>
        <source>rejected by policy</source>
        <translation>durch eine Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>throttled / rate-limited</source>
        <translation>gedrosselt / Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Grundursache: %1</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <source>Reply chains (outermost first, &apos;-&gt;&apos; = the hop behind it said):</source>
        <translation>Antwortketten (äußerste zuerst, &apos;-&gt;&apos; = der Hop dahinter meldete):</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>What the codes mean:</source>
        <translation>Bedeutung der Codes:</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation>Vorhersagen:</translation>
    </message>
    <message>
        <source>Copied the result as text</source>
        <translation>Ergebnis als Text kopiert</translation>
    </message>
    <message>
        <source>Copied the result as JSON</source>
        <translation>Ergebnis als JSON kopiert</translation>
    </message>
    <message>
        <source>Open Text to Decode</source>
        <translation>Auszuwertenden Text öffnen</translation>
    </message>
    <message>
        <source>Bounces and logs (*.txt *.eml *.msg *.log *.html *.htm);;All files (*)</source>
        <translation>Bounces und Protokolle (*.txt *.eml *.msg *.log *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved NDR, .eml, queue output or log excerpt (Ctrl+O)</source>
        <translation>Einen gespeicherten NDR, eine .eml-Datei, Warteschlangenausgabe oder einen Protokollauszug öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Replace the text with the clipboard (Ctrl+Shift+V)</source>
        <translation>Den Text durch den Inhalt der Zwischenablage ersetzen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Empty the paste area</source>
        <translation>Einfügebereich leeren</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy the decoded result as plain text (Ctrl+Shift+T)</source>
        <translation>Das ausgewertete Ergebnis als reinen Text kopieren (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the decoded result as the JSON of &apos;mailflow decode --json&apos; (Ctrl+Shift+J)</source>
        <translation>Das ausgewertete Ergebnis im JSON-Format von &apos;mailflow decode --json&apos; kopieren (Strg+Umschalt+J)</translation>
    </message>
    <message>
        <source>Paste an NDR, delay notice, bounce, Get-Queue output, LastError, SMTP transcript or MTA log lines here</source>
        <translation>Fügen Sie hier einen NDR, eine Verzögerungsbenachrichtigung, einen Bounce, Get-Queue-Ausgabe, einen LastError-Text, ein SMTP-Transkript oder MTA-Protokollzeilen ein</translation>
    </message>
    <message>
        <source>Text to decode</source>
        <translation>Auszuwertender Text</translation>
    </message>
    <message>
        <source>Decode status</source>
        <translation>Auswertungsstatus</translation>
    </message>
    <message>
        <source>What the text is</source>
        <translation>Art des Textes</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Predicted delay notice and NDR</source>
        <translation>Vorhergesagte Verzögerungsbenachrichtigung und NDR</translation>
    </message>
    <message>
        <source>Status codes explained</source>
        <translation>Erläuterung der Statuscodes</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Zustellversuche</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Delivery status and queue fields</source>
        <translation>Felder zu Zustellstatus und Warteschlange</translation>
    </message>
    <message>
        <source>Meaning, likely cause and fix of each status code</source>
        <translation>Bedeutung, wahrscheinliche Ursache und Lösung jedes Statuscodes</translation>
    </message>
    <message>
        <source>Each delivery attempt with its time as written</source>
        <translation>Jeder Zustellversuch mit seiner Zeit, wie sie im Text steht</translation>
    </message>
    <message>
        <source>The attempts on a time axis, one lane per server</source>
        <translation>Die Versuche auf einer Zeitachse, eine Spur je Server</translation>
    </message>
    <message>
        <source>When the delay notice and the NDR are due</source>
        <translation>Wann die Verzögerungsbenachrichtigung und der NDR fällig sind</translation>
    </message>
    <message>
        <source>Delivery-status (DSN) and Get-Queue/Get-Message fields</source>
        <translation>Felder des Zustellstatus (DSN) und von Get-Queue/Get-Message</translation>
    </message>
    <message>
        <source>The text has no timestamps to draw.</source>
        <translation>Der Text enthält keine Zeitstempel, die dargestellt werden könnten.</translation>
    </message>
    <message>
        <source>Paste what the mail system told you</source>
        <translation>Fügen Sie ein, was Ihnen das Mailsystem gemeldet hat</translation>
    </message>
    <message>
        <source>Paste or open (Ctrl+O) an Exchange NDR or delay notice (English, German, French, Spanish, Italian), a DSN or bounce from Postfix, Exim, Sendmail or Gmail, Get-Queue or Get-Message output, a LastError string, a message-tracking status, an SMTP transcript or MTA log lines. It is decoded as you type.</source>
        <translation>Fügen Sie einen Exchange-NDR oder eine Verzögerungsbenachrichtigung (Englisch, Deutsch, Französisch, Spanisch, Italienisch), eine DSN oder einen Bounce von Postfix, Exim, Sendmail oder Gmail, Ausgaben von Get-Queue oder Get-Message, einen LastError-Text, einen Status aus der Nachrichtenverfolgung, ein SMTP-Transkript oder MTA-Protokollzeilen ein, oder öffnen Sie sie (Strg+O). Der Text wird schon während der Eingabe ausgewertet.</translation>
    </message>
    <message>
        <source>Try an example:</source>
        <translation>Beispiel ausprobieren:</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::FallbacksModel</name>
    <message>
        <source>TLS failed (%1), then %2 got the mail without TLS %3 later</source>
        <translation>TLS fehlgeschlagen (%1), danach erhielt %2 die E-Mail %3 später ohne TLS</translation>
    </message>
    <message>
        <source>no reason logged</source>
        <translation>kein Grund protokolliert</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Remotehost</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Failed session</source>
        <translation>Fehlgeschlagene Sitzung</translation>
    </message>
    <message>
        <source>Plaintext session</source>
        <translation>Klartext-Sitzung</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Verzögerung</translation>
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
    <name>Mailflow::Workbench::LegacyHostsModel</name>
    <message>
        <source>%1 never negotiated TLS 1.2 or 1.3 in these logs: it breaks when legacy TLS is switched off</source>
        <translation>%1 hat in diesen Protokollen nie TLS 1.2 oder 1.3 ausgehandelt: Die Verbindung scheitert, sobald Legacy-TLS deaktiviert wird</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Remotehost</translation>
    </message>
    <message>
        <source>EHLO / banner</source>
        <translation>EHLO / Banner</translation>
    </message>
    <message>
        <source>SSL 3.0</source>
        <translation>SSL 3.0</translation>
    </message>
    <message>
        <source>TLS 1.0</source>
        <translation>TLS 1.0</translation>
    </message>
    <message>
        <source>TLS 1.1</source>
        <translation>TLS 1.1</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>TLS 1.2+</source>
        <translation>TLS 1.2+</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::LogListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::LogsView</name>
    <message>
        <source>Open Logs…</source>
        <translation>Protokolle öffnen…</translation>
    </message>
    <message>
        <source>Open Exchange SMTP Send or Receive protocol log files</source>
        <translation>SMTP-Sende- oder Empfangsprotokolldateien von Exchange öffnen</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of protocol logs (searched recursively)</source>
        <translation>Einen Ordner mit Protokolldateien öffnen (samt Unterordnern)</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Save sessions, fallbacks, retries, TLS usage and problems as the JSON of `mailflow logs --json`</source>
        <translation>Sitzungen, Klartext-Rückfälle, Wiederholungen, TLS-Nutzung und Probleme als JSON im Format von `mailflow logs --json` speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading and show what was read so far (Esc)</source>
        <translation>Laden beenden und das bisher Gelesene anzeigen (Esc)</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>No protocol logs open</source>
        <translation>Keine Protokolldateien geöffnet</translation>
    </message>
    <message>
        <source>Open Exchange SMTP Send or Receive protocol logs (SEND*.log, RECV*.log) or a whole folder, e.g. …\TransportRoles\Logs\Hub\ProtocolLog\SmtpSend. You can also drop files or folders here. Big folders load in the background.</source>
        <translation>Öffnen Sie SMTP-Sende- oder Empfangsprotokolle von Exchange (SEND*.log, RECV*.log) oder einen ganzen Ordner, z. B. …\TransportRoles\Logs\Hub\ProtocolLog\SmtpSend. Sie können Dateien oder Ordner auch hierher ziehen. Große Ordner werden im Hintergrund geladen.</translation>
    </message>
    <message>
        <source>Search all columns</source>
        <translation>Alle Spalten durchsuchen</translation>
    </message>
    <message>
        <source>Show sessions with this text in any column (id, host, cipher, error, …) (Ctrl+L)</source>
        <translation>Sitzungen anzeigen, die diesen Text in einer beliebigen Spalte enthalten (ID, Host, Cipher-Suite, Fehler, …) (Strg+L)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Remotehost</translation>
    </message>
    <message>
        <source>Show sessions whose remote IP, endpoint, banner or EHLO name contains this text</source>
        <translation>Sitzungen anzeigen, deren Remote-IP, Endpunkt, Banner oder EHLO-Name diesen Text enthält</translation>
    </message>
    <message>
        <source>Remote host filter</source>
        <translation>Remotehost-Filter</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Connector filter</source>
        <translation>Connector-Filter</translation>
    </message>
    <message>
        <source>Send or receive sessions</source>
        <translation>Sende- oder Empfangssitzungen</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Richtungsfilter</translation>
    </message>
    <message>
        <source>TLS outcome</source>
        <translation>TLS-Ergebnis</translation>
    </message>
    <message>
        <source>TLS outcome filter</source>
        <translation>TLS-Ergebnisfilter</translation>
    </message>
    <message>
        <source>Negotiated TLS version</source>
        <translation>Ausgehandelte TLS-Version</translation>
    </message>
    <message>
        <source>TLS version filter</source>
        <translation>TLS-Versionsfilter</translation>
    </message>
    <message>
        <source>Sessions that end at or after this time (UTC)</source>
        <translation>Sitzungen, die zu oder nach diesem Zeitpunkt enden (UTC)</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Zeitraum ab</translation>
    </message>
    <message>
        <source>Sessions that start at or before this time (UTC)</source>
        <translation>Sitzungen, die zu oder vor diesem Zeitpunkt beginnen (UTC)</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Send + receive</source>
        <translation>Senden + Empfangen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Any TLS outcome</source>
        <translation>Alle TLS-Ergebnisse</translation>
    </message>
    <message>
        <source>TLS negotiated</source>
        <translation>TLS ausgehandelt</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <source>Plaintext fallback</source>
        <translation>Klartext-Rückfall</translation>
    </message>
    <message>
        <source>Any version</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Alle Connectors</translation>
    </message>
    <message>
        <source>Lane per remote host</source>
        <translation>Eine Spur je Remotehost</translation>
    </message>
    <message>
        <source>Lane per connector</source>
        <translation>Eine Spur je Connector</translation>
    </message>
    <message>
        <source>One timeline lane per remote host or per connector</source>
        <translation>Eine Zeitleistenspur je Remotehost oder je Connector</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Zeitleistenspuren</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>Sessions per remote host (top %1 charted)</source>
        <translation>Sitzungen pro Remotehost (Top %1 im Diagramm)</translation>
    </message>
    <message>
        <source>TLS version chart buckets</source>
        <translation>Gruppierung des TLS-Versionsdiagramms</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Retry timeline</source>
        <translation>Zeitleiste der Zustellversuche</translation>
    </message>
    <message>
        <source>One mark per session. Wheel or drag: zoom; Shift+drag: pan; Home or double-click: reset; click a mark to select its session</source>
        <translation>Eine Markierung je Sitzung. Mausrad oder Ziehen: zoomen; Umschalt+Ziehen: verschieben; Pos1 oder Doppelklick: zurücksetzen; Klick auf eine Markierung: deren Sitzung auswählen</translation>
    </message>
    <message>
        <source>Sessions by TLS version</source>
        <translation>Sitzungen nach TLS-Version</translation>
    </message>
    <message>
        <source>Hosts still on TLS 1.0/1.1 or plaintext</source>
        <translation>Hosts noch mit TLS 1.0/1.1 oder Klartext</translation>
    </message>
    <message>
        <source>Remotes that negotiated SSL 3.0, TLS 1.0 or 1.1, or carried mail in plaintext: what breaks when legacy TLS is switched off. Double-click filters the sessions by the host.</source>
        <translation>Gegenstellen, die SSL 3.0, TLS 1.0 oder 1.1 ausgehandelt oder E-Mail im Klartext übertragen haben: Diese Verbindungen scheitern, sobald Legacy-TLS deaktiviert wird. Ein Doppelklick filtert die Sitzungen nach dem Host.</translation>
    </message>
    <message>
        <source>Plaintext fallbacks</source>
        <translation>Klartext-Rückfälle</translation>
    </message>
    <message>
        <source>TLS failed, then the same remote got the mail without TLS. Double-click selects the plaintext session.</source>
        <translation>TLS ist fehlgeschlagen, danach erhielt dieselbe Gegenstelle die E-Mail ohne TLS. Ein Doppelklick wählt die Klartext-Sitzung aus.</translation>
    </message>
    <message>
        <source>Retry series</source>
        <translation>Wiederholungsserien</translation>
    </message>
    <message>
        <source>Two or more failed attempts in a row to the same remote. Double-click selects the first attempt.</source>
        <translation>Zwei oder mehr aufeinanderfolgende fehlgeschlagene Versuche zur selben Gegenstelle. Ein Doppelklick wählt den ersten Versuch aus.</translation>
    </message>
    <message>
        <source>Lines that could not be read</source>
        <translation>Nicht lesbare Zeilen</translation>
    </message>
    <message>
        <source>Session log lines</source>
        <translation>Protokollzeilen der Sitzung</translation>
    </message>
    <message>
        <source>Select a session in the table or on the timeline to see its protocol-log lines here.</source>
        <translation>Wählen Sie eine Sitzung in der Tabelle oder auf der Zeitleiste aus, um hier ihre Protokollzeilen zu sehen.</translation>
    </message>
    <message>
        <source>Select a session to see its TLS details, certificates, extensions and messages.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihre TLS-Details, Zertifikate, Erweiterungen und Nachrichten zu sehen.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>TLS &amp;versions</source>
        <translation>TLS-&amp;Versionen</translation>
    </message>
    <message>
        <source>&amp;Legacy TLS hosts (%1)</source>
        <translation>Hosts mit &amp;Legacy-TLS (%1)</translation>
    </message>
    <message>
        <source>&amp;Fallbacks (%1) &amp;&amp; retries (%2)</source>
        <translation>&amp;Rückfälle (%1) &amp;&amp; Wiederholungen (%2)</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Probleme (%1)</translation>
    </message>
    <message>
        <source>Log &amp;lines</source>
        <translation>Pr&amp;otokollzeilen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n path(s)…</source>
        <translation>
            <numerusform>%n Pfad wird geladen…</numerusform>
            <numerusform>%n Pfade werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Preparing the table…</source>
        <translation>Tabelle wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n session(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Sitzung&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Sitzungen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS %1 · failed %2 · none %3</source>
        <translation>TLS %1 · fehlgeschlagen %2 · ohne %3</translation>
    </message>
    <message numerus="yes">
        <source>%n fallback(s)</source>
        <translation>
            <numerusform>%n Klartext-Rückfall</numerusform>
            <numerusform>%n Klartext-Rückfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n Datei, %1</numerusform>
            <numerusform>%n Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;showing %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 angezeigt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>cancelled: partial result</source>
        <translation>abgebrochen: Teilergebnis</translation>
    </message>
    <message>
        <source>(no connector)</source>
        <translation>(kein Connector)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Ending: %1</source>
        <translation>Abschluss: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 sessions: filter by host, connector or time to see the rest.</source>
        <translation>Die ersten %1 von %2 Sitzungen werden angezeigt: Filtern Sie nach Host, Connector oder Zeit, um die übrigen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 lane(s)</source>
        <translation>
            <numerusform>%n Sitzung, %1 Spur(en)</numerusform>
            <numerusform>%n Sitzungen, %1 Spur(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the lines of session %1…</source>
        <translation>Zeilen der Sitzung %1 werden gelesen…</translation>
    </message>
    <message>
        <source># … more lines not shown</source>
        <translation># … weitere Zeilen nicht angezeigt</translation>
    </message>
    <message>
        <source>%1, from line %2</source>
        <translation>%1, ab Zeile %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Alternate names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Local endpoint</source>
        <translation>Lokaler Endpunkt</translation>
    </message>
    <message>
        <source>Remote endpoint</source>
        <translation>Remoteendpunkt</translation>
    </message>
    <message>
        <source>Banner host</source>
        <translation>Banner-Host</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Disconnected by</source>
        <translation>Getrennt von</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Protokolliert in</translation>
    </message>
    <message>
        <source>Missing lines</source>
        <translation>Fehlende Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence number(s) missing (excerpt?)</source>
        <translation>
            <numerusform>%n Sequenznummer fehlt (Auszug?)</numerusform>
            <numerusform>%n Sequenznummern fehlen (Auszug?)</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS angeboten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>STARTTLS attempted</source>
        <translation>STARTTLS versucht</translation>
    </message>
    <message>
        <source>negotiated</source>
        <translation>ausgehandelt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher-Suite</translation>
    </message>
    <message>
        <source>Key sizes</source>
        <translation>Schlüssellängen</translation>
    </message>
    <message>
        <source>bulk %1 bits, MAC %2 bits, key exchange %3 bits</source>
        <translation>Verschlüsselung %1 Bit, MAC %2 Bit, Schlüsselaustausch %3 Bit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Sending certificate (local)</source>
        <translation>Gesendetes Zertifikat (lokal)</translation>
    </message>
    <message>
        <source>Received certificate (remote)</source>
        <translation>Empfangenes Zertifikat (remote)</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>Maximum size</source>
        <translation>Maximale Größe</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
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
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <name>Mailflow::Workbench::ProbeCertificateModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Intermediate certificate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Self-signed: the issuer is the subject itself.</source>
        <translation>Selbstsigniert: Der Aussteller ist der Antragsteller selbst.</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Namen (SAN)</translation>
    </message>
    <message>
        <source>None of these names is %1.</source>
        <translation>Keiner dieser Namen ist %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Not valid yet.</source>
        <translation>Noch nicht gültig.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>Noch %n Tag gültig.</numerusform>
            <numerusform>Noch %n Tage gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bits</source>
        <translation>, %1 Bit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>Exchange&apos;s Get-ExchangeCertificate shows this as Thumbprint.</source>
        <translation>Get-ExchangeCertificate von Exchange zeigt diesen Wert als Thumbprint an.</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>trusted by this machine</source>
        <translation>von diesem Computer als vertrauenswürdig eingestuft</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>stimmt mit %1 überein</translation>
    </message>
    <message>
        <source>does not match %1</source>
        <translation>stimmt nicht mit %1 überein</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>incomplete: an intermediate certificate is missing</source>
        <translation>unvollständig: ein Zwischenzertifikat fehlt</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProbeCipherModel</name>
    <message>
        <source>%1 (client order)</source>
        <translation>%1 (Reihenfolge des Clients)</translation>
    </message>
    <message>
        <source>Office 365</source>
        <translation>Office 365</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4-bit · %5</source>
        <translation>%1 · %2 · %3 %4-Bit · %5</translation>
    </message>
    <message>
        <source>OpenSSL name: %1</source>
        <translation>OpenSSL-Name: %1</translation>
    </message>
    <message>
        <source>Weak: %1. Remove it from the server&apos;s cipher list.</source>
        <translation>Schwach: %1. Entfernen Sie sie aus der Cipher-Liste des Servers.</translation>
    </message>
    <message>
        <source>On Office 365&apos;s list: Exchange Online can agree on this suite.</source>
        <translation>Auf der Liste von Office 365: Exchange Online kann diese Suite aushandeln.</translation>
    </message>
    <message>
        <source>Not on Office 365&apos;s list: Exchange Online never offers it.</source>
        <translation>Nicht auf der Liste von Office 365: Exchange Online bietet sie nie an.</translation>
    </message>
    <message>
        <source>The server takes the first suite the client offers that it supports; listed in our offer order.</source>
        <translation>Der Server nimmt die erste vom Client angebotene Suite, die er unterstützt; aufgeführt in unserer Angebotsreihenfolge.</translation>
    </message>
    <message>
        <source>Position %1 in the server&apos;s own order of preference.</source>
        <translation>Position %1 in der eigenen Präferenzreihenfolge des Servers.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation>Cipher-Suite</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Key exchange · authentication · cipher · MAC</source>
        <translation>Schlüsselaustausch · Authentifizierung · Verschlüsselung · MAC</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProbeHostModel</name>
    <message>
        <source>%1 (no connection)</source>
        <translation>%1 (keine Verbindung)</translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Addresses: %1; probed: %2</source>
        <translation>Adressen: %1; geprüft: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>MX-Host</translation>
    </message>
    <message>
        <source>Address probed</source>
        <translation>Geprüfte Adresse</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Best version</source>
        <translation>Beste Version</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProbeMatrixModel</name>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>Alert: %1</translation>
    </message>
    <message>
        <source>closed (FIN)</source>
        <translation>geschlossen (FIN)</translation>
    </message>
    <message>
        <source>reset (RST)</source>
        <translation>zurückgesetzt (RST)</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS abgelehnt</translation>
    </message>
    <message>
        <source>untestable</source>
        <translation>nicht testbar</translation>
    </message>
    <message>
        <source>downgraded</source>
        <translation>herabgestuft</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer to a %1 hello.</source>
        <translation>Es wird auf die Antwort des Servers auf ein %1-Hello gewartet.</translation>
    </message>
    <message>
        <source>The server answered a %1 hello with a %1 ServerHello: it accepts this version.</source>
        <translation>Der Server hat ein %1-Hello mit einem %1-ServerHello beantwortet: Er akzeptiert diese Version.</translation>
    </message>
    <message>
        <source>The server refused the hello with the TLS alert &quot;%1&quot;: it does not accept this version (or none of the suites offered).</source>
        <translation>Der Server hat das Hello mit dem TLS-Alert „%1“ abgelehnt: Er akzeptiert diese Version nicht (oder keine der angebotenen Suites).</translation>
    </message>
    <message>
        <source>The server closed the connection without an alert (TCP FIN) when it saw the hello: it does not accept this version. Exchange Online does the same to TLS 1.0 and 1.1 hellos.</source>
        <translation>Der Server hat die Verbindung beim Empfang des Hellos ohne Alert geschlossen (TCP FIN): Er akzeptiert diese Version nicht. Exchange Online verhält sich bei Hellos mit TLS 1.0 und 1.1 genauso.</translation>
    </message>
    <message>
        <source>The connection was reset (TCP RST) after the hello: the server, or a firewall in front of it, refuses this version.</source>
        <translation>Die Verbindung wurde nach dem Hello zurückgesetzt (TCP RST): Der Server oder eine vorgeschaltete Firewall lehnt diese Version ab.</translation>
    </message>
    <message>
        <source>No answer to the hello within the time limit: the server or something in between drops it.</source>
        <translation>Keine Antwort auf das Hello innerhalb des Zeitlimits: Der Server oder ein System dazwischen verwirft es.</translation>
    </message>
    <message>
        <source>The SMTP dialogue did not get as far as TLS: %1</source>
        <translation>Der SMTP-Dialog ist nicht bis zu TLS gelangt: %1</translation>
    </message>
    <message>
        <source>STARTTLS was not offered or was refused.</source>
        <translation>STARTTLS wurde nicht angeboten oder abgelehnt.</translation>
    </message>
    <message>
        <source>This machine cannot test this version; this says nothing about the server.</source>
        <translation>Dieser Computer kann diese Version nicht testen; über den Server sagt das nichts aus.</translation>
    </message>
    <message>
        <source>The server answered with a lower version than offered: it does not accept this one.</source>
        <translation>Der Server hat mit einer niedrigeren Version als der angebotenen geantwortet: Er akzeptiert diese Version nicht.</translation>
    </message>
    <message>
        <source>The answer was not TLS or was malformed.</source>
        <translation>Die Antwort war kein TLS oder war fehlerhaft.</translation>
    </message>
    <message>
        <source>Not tested (the probe was cancelled or stopped before this version).</source>
        <translation>Nicht getestet (die Prüfung wurde vor dieser Version abgebrochen oder angehalten).</translation>
    </message>
    <message>
        <source>The suite the server picked from the version check&apos;s offer.</source>
        <translation>Die Suite, die der Server aus dem Angebot der Versionsprüfung gewählt hat.</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>wird getestet…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK, %1</source>
        <translation>OK, %1</translation>
    </message>
    <message>
        <source>OK, %1, %2</source>
        <translation>OK, %1, %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Server&apos;s pick</source>
        <translation>Wahl des Servers</translation>
    </message>
    <message>
        <source>OpenSSL handshake</source>
        <translation>OpenSSL-Handshake</translation>
    </message>
    <message>
        <source>How the server answered a hello for this version</source>
        <translation>Wie der Server auf ein Hello für diese Version geantwortet hat</translation>
    </message>
    <message>
        <source>From connecting to the server&apos;s answer</source>
        <translation>Vom Verbindungsaufbau bis zur Antwort des Servers</translation>
    </message>
    <message>
        <source>The cipher suite the server chose from the first offer</source>
        <translation>Die Cipher-Suite, die der Server aus dem ersten Angebot gewählt hat</translation>
    </message>
    <message>
        <source>A real OpenSSL handshake with this version, to confirm it</source>
        <translation>Ein echter OpenSSL-Handshake mit dieser Version zur Bestätigung</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProbeView</name>
    <message>
        <source>connection %1: %2 (%3 port %4, %5)</source>
        <translation>Verbindung %1: %2 (%3 Port %4, %5)</translation>
    </message>
    <message>
        <source>Probing %1 (%2)…</source>
        <translation>%1 (%2) wird geprüft…</translation>
    </message>
    <message>
        <source>Type a host name, an address or a mail domain.</source>
        <translation>Geben Sie einen Hostnamen, eine Adresse oder eine Maildomäne ein.</translation>
    </message>
    <message>
        <source>Not a host: %1</source>
        <translation>Kein Host: %1</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Probing %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) opened</source>
        <translation>
            <numerusform>%n Verbindung geöffnet</numerusform>
            <numerusform>%n Verbindungen geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) finished</source>
        <translation>
            <numerusform>%n Versuch abgeschlossen</numerusform>
            <numerusform>%n Versuche abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active, %2 queued</source>
        <translation>%1 aktiv, %2 in der Warteschlange</translation>
    </message>
    <message>
        <source>, port %1</source>
        <translation>, Port %1</translation>
    </message>
    <message>
        <source>, implicit TLS</source>
        <translation>, implizites TLS</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in %1 ms</source>
        <translation>
            <numerusform>%n Verbindung in %1 ms</numerusform>
            <numerusform>%n Verbindungen in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source> (overall time limit reached)</source>
        <translation> (Gesamtzeitlimit erreicht)</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>%1: the server follows the client&apos;s order (listed in ours)</source>
        <translation>%1: Der Server folgt der Reihenfolge des Clients (in unserer Reihenfolge aufgeführt)</translation>
    </message>
    <message>
        <source>%1: in the server&apos;s order of preference</source>
        <translation>%1: in der Präferenzreihenfolge des Servers</translation>
    </message>
    <message>
        <source>Suites marked with a check mark are on Office 365&apos;s list; a warning sign marks weak suites.</source>
        <translation>Mit einem Häkchen markierte Suites stehen auf der Liste von Office 365; ein Warnsymbol kennzeichnet schwache Suites.</translation>
    </message>
    <message>
        <source>Versions only: no cipher suites were listed.</source>
        <translation>Nur Versionen: Es wurden keine Cipher-Suites ermittelt.</translation>
    </message>
    <message>
        <source>No cipher suites were found.</source>
        <translation>Es wurden keine Cipher-Suites gefunden.</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>mail.contoso.com, 192.0.2.10:587 or contoso.com</source>
        <translation>mail.contoso.com, 192.0.2.10:587 oder contoso.com</translation>
    </message>
    <message>
        <source>Host or domain</source>
        <translation>Host oder Domäne</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>25 (SMTP)</source>
        <translation>25 (SMTP)</translation>
    </message>
    <message>
        <source>587 (submission)</source>
        <translation>587 (Submission)</translation>
    </message>
    <message>
        <source>465 (SMTPS)</source>
        <translation>465 (SMTPS)</translation>
    </message>
    <message>
        <source>25 for server to server, 587 for submission, 465 for implicit TLS, or type any port</source>
        <translation>25 für Server-zu-Server, 587 für Submission, 465 für implizites TLS – oder geben Sie einen beliebigen Port ein</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS: plain SMTP first, then TLS (ports 25, 587). Implicit TLS: TLS from the first byte (port 465).</source>
        <translation>STARTTLS: zuerst unverschlüsseltes SMTP, dann TLS (Ports 25, 587). Implizites TLS: TLS ab dem ersten Byte (Port 465).</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>&amp;Versions only</source>
        <translation>&amp;Nur Versionen</translation>
    </message>
    <message>
        <source>Only find out which TLS versions are accepted: one connection per version, no cipher list, no handshakes</source>
        <translation>Nur ermitteln, welche TLS-Versionen akzeptiert werden: eine Verbindung je Version, keine Cipher-Liste, keine Handshakes</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Probe options</source>
        <translation>Prüfoptionen</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>&amp;EHLO-Name:</translation>
    </message>
    <message>
        <source>The name the probe sends in EHLO; some servers refuse names that do not resolve</source>
        <translation>Der Name, den die Prüfung in EHLO sendet; manche Server lehnen Namen ab, die sich nicht auflösen lassen</translation>
    </message>
    <message>
        <source>&amp;Wait for each answer:</source>
        <translation>&amp;Wartezeit je Antwort:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for the connection, the banner, each reply and each ServerHello</source>
        <translation>Wie lange auf die Verbindung, das Banner, jede Antwort und jedes ServerHello gewartet wird</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the probe (Enter)</source>
        <translation>Prüfung starten (Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the probe and keep what was found (Esc)</source>
        <translation>Prüfung anhalten und die bisherigen Ergebnisse behalten (Esc)</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the result as `mailflow probe` prints it (Ctrl+Alt+C)</source>
        <translation>Das Ergebnis so kopieren, wie `mailflow probe` es ausgibt (Strg+Alt+C)</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the result as `mailflow probe --json` prints it (Ctrl+Alt+J)</source>
        <translation>Das Ergebnis so kopieren, wie `mailflow probe --json` es ausgibt (Strg+Alt+J)</translation>
    </message>
    <message>
        <source>Copy the result</source>
        <translation>Ergebnis kopieren</translation>
    </message>
    <message>
        <source>Probe progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>Verdicts for Exchange Online</source>
        <translation>Bewertungen für Exchange Online</translation>
    </message>
    <message>
        <source>TLS version matrix</source>
        <translation>TLS-Versionsmatrix</translation>
    </message>
    <message>
        <source>Accepted cipher suites</source>
        <translation>Akzeptierte Cipher-Suites</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatkette</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Ve&amp;rsion:</source>
        <translation>Ve&amp;rsion:</translation>
    </message>
    <message>
        <source>Show the cipher suites of</source>
        <translation>Cipher-Suites anzeigen für</translation>
    </message>
    <message>
        <source>Connection to show</source>
        <translation>Anzuzeigende Verbindung</translation>
    </message>
    <message>
        <source>SMTP dialogue of the probe</source>
        <translation>SMTP-Dialog der Prüfung</translation>
    </message>
    <message>
        <source>Cipher Suites</source>
        <translation>Cipher-Suites</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Type a host and press Enter.</source>
        <translation>Geben Sie einen Host ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Finds which TLS versions and cipher suites the host accepts, how it refuses the others, its certificate, and what that means for mail to and from Exchange Online.</source>
        <translation>Ermittelt, welche TLS-Versionen und Cipher-Suites der Host akzeptiert, wie er die übrigen ablehnt, welches Zertifikat er vorlegt und was das für E-Mail von und zu Exchange Online bedeutet.</translation>
    </message>
    <message>
        <source>The DNS server must be an IP address, optionally with :port.</source>
        <translation>Der DNS-Server muss eine IP-Adresse sein, optional mit :Port.</translation>
    </message>
    <message numerus="yes">
        <source>%n MX host(s)</source>
        <translation>
            <numerusform>%n MX-Host</numerusform>
            <numerusform>%n MX-Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>, MX %1 of %2</source>
        <translation>, MX %1 von %2</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>nicht erreicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n MX host(s), in the order Exchange Online tries them; select one to see its results below</source>
        <translation>
            <numerusform>%1: %n MX-Host, in der Reihenfolge, in der Exchange Online ihn versucht; zum Anzeigen der Ergebnisse unten auswählen</numerusform>
            <numerusform>%1: %n MX-Hosts, in der Reihenfolge, in der Exchange Online sie versucht; einen auswählen, um seine Ergebnisse unten zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>A host name, an IPv4 or [IPv6] address (optionally with :port), or a mail domain (every MX host is probed)</source>
        <translation>Ein Hostname, eine IPv4- oder [IPv6]-Adresse (optional mit :Port) oder eine Mail-Domain (jeder MX-Host wird geprüft)</translation>
    </message>
    <message>
        <source>EHLO name, time limit, DNS server and MX hosts</source>
        <translation>EHLO-Name, Zeitlimit, DNS-Server und MX-Hosts</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>der Resolver des Systems</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address, optionally with :port) for MX and address records</source>
        <translation>Diesen DNS-Server (eine IP-Adresse, optional mit :Port) nach MX- und Adresseinträgen fragen</translation>
    </message>
    <message>
        <source>Only the &amp;first MX host of a domain</source>
        <translation>Nur den &amp;ersten MX-Host einer Domain</translation>
    </message>
    <message>
        <source>Probe only the most preferred MX host instead of every one</source>
        <translation>Nur den bevorzugten MX-Host prüfen statt jedes einzelnen</translation>
    </message>
    <message>
        <source>MX hosts of the domain: select one to show its results</source>
        <translation>MX-Hosts der Domain: einen auswählen, um seine Ergebnisse zu zeigen</translation>
    </message>
    <message>
        <source>Exchange Online tries the MX hosts in this order; select one to show its versions, suites, certificate and transcript</source>
        <translation>Exchange Online versucht die MX-Hosts in dieser Reihenfolge; einen auswählen, um seine Versionen, Suites, Zertifikat und Transkript zu zeigen</translation>
    </message>
    <message>
        <source>Verdicts for the whole domain</source>
        <translation>Bewertung der ganzen Domain</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProblemsModel</name>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… und %n weiteres nicht aufgeführtes Problem</numerusform>
            <numerusform>… und %n weitere nicht aufgeführte Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::RetriesModel</name>
    <message>
        <source>no delivery (mail stays queued)</source>
        <translation>keine Zustellung (E-Mail bleibt in der Warteschlange)</translation>
    </message>
    <message>
        <source>delivered in plaintext</source>
        <translation>im Klartext zugestellt</translation>
    </message>
    <message>
        <source>delivered with TLS</source>
        <translation>mit TLS zugestellt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Remotehost</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation>Erster (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>Letzter (UTC)</translation>
    </message>
    <message>
        <source>Mean interval</source>
        <translation>Mittlerer Abstand</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::SessionTableModel</name>
    <message>
        <source>send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>Rückfall</translation>
    </message>
    <message>
        <source>none (offered)</source>
        <translation>keins (angeboten)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>STARTTLS was tried and failed: %1</source>
        <translation>STARTTLS wurde versucht und ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no reason logged</source>
        <translation>kein Grund protokolliert</translation>
    </message>
    <message>
        <source>Delivered without TLS after a failed TLS attempt to the same remote (plaintext fallback)</source>
        <translation>Nach einem fehlgeschlagenen TLS-Versuch zur selben Gegenstelle ohne TLS zugestellt (Klartext-Rückfall)</translation>
    </message>
    <message>
        <source>STARTTLS was offered but not used</source>
        <translation>STARTTLS wurde angeboten, aber nicht verwendet</translation>
    </message>
    <message>
        <source>No TLS in this session</source>
        <translation>Kein TLS in dieser Sitzung</translation>
    </message>
    <message>
        <source>TLS negotiated: %1</source>
        <translation>TLS ausgehandelt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n Nachricht in die Warteschlange gestellt</numerusform>
            <numerusform>%n Nachrichten in die Warteschlange gestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the session</source>
        <translation>
            <numerusform>%n in der Sitzung</numerusform>
            <numerusform>%n in der Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Remote endpoint</source>
        <translation>Remoteendpunkt</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Remotehost</translation>
    </message>
    <message>
        <source>EHLO / banner</source>
        <translation>EHLO / Banner</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher-Suite</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Host named in the 220 banner (send) or the EHLO argument (receive)</source>
        <translation>Im 220-Banner genannter Host (Senden) oder EHLO-Argument (Empfangen)</translation>
    </message>
    <message>
        <source>TLS outcome: version negotiated, failed, none, or fallback (plaintext after a failed TLS attempt)</source>
        <translation>TLS-Ergebnis: ausgehandelte Version, fehlgeschlagen, keins oder Rückfall (Klartext nach einem fehlgeschlagenen TLS-Versuch)</translation>
    </message>
    <message>
        <source>Messages queued / messages in the session</source>
        <translation>In die Warteschlange gestellte Nachrichten / Nachrichten in der Sitzung</translation>
    </message>
    <message>
        <source>TLS failure, or the last 4xx/5xx reply</source>
        <translation>TLS-Fehler oder die letzte 4xx/5xx-Antwort</translation>
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
    <name>Mailflow::Workbench::TlsVersionTableModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Remotehost</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Sessions without TLS: STARTTLS not attempted, or attempted and failed</source>
        <translation>Sitzungen ohne TLS: STARTTLS nicht versucht oder versucht und fehlgeschlagen</translation>
    </message>
    <message>
        <source>All sessions, including SSL 3.0 and sessions whose TLS version was not logged</source>
        <translation>Alle Sitzungen, einschließlich SSL 3.0 und Sitzungen, deren TLS-Version nicht protokolliert wurde</translation>
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
