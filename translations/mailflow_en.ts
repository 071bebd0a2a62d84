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
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow</name>
    <message>
        <source>The host could not be reached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host does not offer STARTTLS: Exchange Online delivers to it in plaintext, and a sender that requires TLS (RequireTLS) keeps the mail queued until it expires and bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refuses STARTTLS (%1): Exchange Online falls back to plaintext, or queues and bounces when TLS is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online can deliver to this host only with TLS 1.3 (%1); Microsoft documents TLS 1.2 with its cipher list, so delivery may fall back to plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online can deliver to this host with TLS 1.2%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it would agree on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host does not accept TLS 1.2 or 1.3: Exchange Online falls back to plaintext when sending to it, or keeps the mail queued and bounces it after 24 hours if this host requires TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host accepts TLS 1.2 but none of Office 365&apos;s cipher suites (it offers %1): the handshake with Exchange Online fails, so mail falls back to plaintext, or queues and bounces if TLS is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a sender this host can reach Exchange Online with TLS 1.2, if its client side has the same versions and suites as its server side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a sender this host would not reach Exchange Online with TLS: Exchange Online accepts only TLS 1.2 and later since January 2021 (it closes the connection on a TLS 1.0/1.1 hello).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a sender this host would need TLS 1.3 to reach Exchange Online; Microsoft documents TLS 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a sender this host would not reach Exchange Online with TLS: it shares no TLS 1.2 cipher suite with Office 365&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host still accepts %1; Exchange Online never uses these versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak cipher suites accepted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suites on Office 365&apos;s list that the host accepts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not chain to a root this machine trusts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not name %1: a connector with TlsCertificateName/TlsDomain for this name will not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expires in %1 days (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send the whole certificate chain (an intermediate is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: opportunistic TLS works, but certificate-based connectors cannot validate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has a weak %1 key of %2 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is signed with %1; Exchange Online stopped accepting SHA-1 certificates in 2016.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plaintext EHLO did not list STARTTLS but STARTTLS worked: something between here and the server may be stripping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EHLO reply changed inside TLS: removed %1, added %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH (%1) is offered before TLS: passwords could be sent in plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused with alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: connection closed without an alert (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: connection reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not testable here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted: the server answered with a lower version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:        %1 port %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (implicit TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses:   %1 (probed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS:    %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (picked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cipher suites (the server follows the client&apos;s order; listed in ours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cipher suites, server preference order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL handshakes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  issuer     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  names      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  valid      %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  key        %1 %2 bits, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  chain      %1 sent, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH:        inside TLS %1; before TLS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections in %2 ms%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overall time limit reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host of %1 accepts TLS 1.2 with a cipher Exchange Online offers: mail to %1 is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 MX hosts accept TLS 1.2 with a cipher Exchange Online offers: mail to %2 is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online reaches %1 with TLS 1.2 and a cipher from its list (%2 of %3 MX hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be reached from here (%1), so how it does TLS is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers no STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuses STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts neither TLS 1.2 nor TLS 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts TLS 1.2 but none of Office 365&apos;s cipher suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts only TLS 1.3 (Microsoft documents TLS 1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preference %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online may fall back to plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online delivers in plaintext (or queues and bounces if a TLS-enforcing connector is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; Exchange Online tries it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; Exchange Online uses it when %3 is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: for mail to %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: it shares the lowest preference with %3, so for part of the mail to %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: when %3 is unreachable, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 MX hosts probed could be reached from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the most preferred MX host was probed (--first-mx); not probed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe stopped before these MX hosts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 MX hosts were probed; not probed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail, so Exchange Online bounces mail to it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record: mail to it goes to its own address (RFC 5321 implicit MX), which was probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (TLS 1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 only: may fall back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaintext: no STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaintext: STARTTLS refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaintext: no TLS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaintext: no Office 365 cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed (limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed (--first-mx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts:    none (its own address is probed: RFC 5321 implicit MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts:    look-up failed (%1); its own address is probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts:    null MX (RFC 7505): the domain accepts no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain verdicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== MX %1: %2 ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Cli</name>
    <message>
        <source>unrecognised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange non-delivery report (NDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange delay notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery status notification (bounce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Queue output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Message output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message tracking / trace status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LastError string / SMTP reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sendmail log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exim log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (mostly control bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NUL byte(s), dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 e-mail address(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IP address(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status-code-like token(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timestamp(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;Name : value&apos; field(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delay notice says how much longer the server keeps trying; counted from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated in the text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises Exchange default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generating server is an Exchange Online host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Queue/Get-Message output comes from an on-premises server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generating server is not an Exchange Online host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the text points to Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h after %2 %3; %4, because %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Delivery status (per recipient):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  remote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      will retry until %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Attempts and reply chains (outermost first, &apos;-&gt;&apos; = the hop behind it said):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [day/month order ambiguous, read as %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Findings:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Root cause:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
What the codes mean:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Likely cause: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Fix: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Predictions:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDR (gives up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (server time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (already passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decodes pasted NDRs, delay notices, DSNs/bounces, Get-Queue/Get-Message output, message-tracking status,
LastError strings, SMTP transcripts and Postfix/Sendmail/Exim log lines: replies and chains, attempts,
findings, root cause, explanations and predictions.
Exit status: 0 recognised, 1 nothing recognised, 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the explanations: en or de (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to decode; &apos;-&apos; or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one FILE (or &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised no NDR, DSN, queue output, LastError, transcript or log lines; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that could not be read (skipped):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (see --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext fallbacks (TLS failed, then the same remote got the mail without TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (see --timeline or --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated failed attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delivery (mail stays queued; RequireTLS?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered in plaintext by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered with TLS by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 file(s), %2 lines, %3 sessions (%4 send, %5 receive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 to %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled: the figures cover only what was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1 negotiated%2, %3 failed, %4 without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages queued: %1 (%2 without TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes still on TLS 1.0/1.1 or plaintext: %1 (see --legacy-tls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By remote host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote negotiated TLS 1.0/1.1 or carried mail without TLS in these logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes that break when TLS 1.0/1.1 is switched off (or that send/receive mail in plaintext):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS1.2+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS1.2+ = 0 means the remote never negotiated a modern version here: it breaks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads Exchange SMTP Send/Receive protocol logs (files, folders searched recursively, or &apos;-&apos; for
pasted text on standard input) and shows sessions, TLS outcomes, plaintext fallbacks and retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON: sessions, fallbacks, retries, tlsUsage, legacyTls, summary, problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per connector and remote in time order, with the gaps between attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS versions and ciphers per remote host, connector and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes still on TLS 1.0/1.1 or plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol-log files or folders; &apos;-&apos; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --sessions, --timeline, --tls-summary, --legacy-tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PATH given; use &apos;-&apos; to read pasted text from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions: list them with --sessions or --timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocol-log sessions found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (default 25, or 465 with --implicit-tls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the first byte (port 465), no STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only find the accepted versions (no cipher list, no handshakes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to send in EHLO (default mailflow.invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST, HOST:PORT, [IPv6]:PORT or DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one HOST at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port wants a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout wants seconds (more than 0, at most 3600), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections wants a number from 1 to 64, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ehlo wants one name without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one side requires STARTTLS/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was not offered or not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no common TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no common cipher suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection dropped during the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection could be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaying was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication is required or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message expired in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery is delayed; the sender keeps retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS / routing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttled / rate-limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes a mail host&apos;s STARTTLS: which TLS versions and cipher suites it accepts (in the server&apos;s
preference order), how it refuses the others, its certificate, and what that means for mail to and
from Exchange Online. HOST may be a name, an IPv4 address, [IPv6]:port or a domain: then every MX host
is probed (in preference order, 2 at a time, at most 10), since Exchange Online falls back to the
next MX host when one is unreachable. A name without MX records is probed itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections at a time to one host (default 4); a domain&apos;s MX hosts are probed 2 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a domain, probe only the most preferred MX host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (ADDRESS or ADDRESS:PORT, [IPv6]:PORT) for MX and address records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns wants an IP address with an optional port, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench</name>
    <message>
        <source>The engine did not record where this session is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read back (pasted text, or the file was moved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line of session %1 was found in %2 from line %3 on.</source>
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
    <name>Mailflow::Workbench::DecodeAttemptModel</name>
    <message>
        <source>(no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous, read day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous, read month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date could be read day/month or month/day; check the server&apos;s regional settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodeFieldModel</name>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting MTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps trying for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodeHopModel</name>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodeHopsView</name>
    <message>
        <source>Reply chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hop behind it said:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more chain(s): see the Attempts tab</source>
        <translation>
            <numerusform>… and %n more chain: see the Attempts tab</numerusform>
            <numerusform>… and %n more chains: see the Attempts tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodePredictionModel</name>
    <message>
        <source>Delay notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDR (gives up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (server time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (already passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online default, %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises Exchange default, %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delay notice says how much longer the server keeps trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text states it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generating server is an Exchange Online host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Queue/Get-Message output comes from an on-premises server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generating server is not an Exchange Online host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the text points to Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::DecodeView</name>
    <message>
        <source>an Exchange NDR (message expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Exchange Online delay notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Queue output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Postfix bounce (TLS not offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; paste the part with the error instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &lt;b&gt;%1&lt;/b&gt; (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es)</source>
        <translation>
            <numerusform>%n IP address</numerusform>
            <numerusform>%n IP addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status-code-like token(s)</source>
        <translation>
            <numerusform>%n status-code-like token</numerusform>
            <numerusform>%n status-code-like tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timestamp(s)</source>
        <translation>
            <numerusform>%n timestamp</numerusform>
            <numerusform>%n timestamps</numerusform>
        </translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (e.g. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a bounce, delay notice, queue output, LastError, transcript or MTA log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it contains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failing reply in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 &lt;span style=&apos;color:%4&apos;&gt;(%3)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cause:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status codes to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes explained (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange non-delivery report (NDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange delay notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery status notification (bounce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Message output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message tracking / trace status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LastError string / SMTP reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sendmail log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exim log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one side requires STARTTLS/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was not offered or not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no common TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no common cipher suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection dropped during the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection could be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaying was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication is required or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message expired in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery is delayed; the sender keeps retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS / routing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttled / rate-limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply chains (outermost first, &apos;-&gt;&apos; = the hop behind it said):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the codes mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the result as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Text to Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces and logs (*.txt *.eml *.msg *.log *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved NDR, .eml, queue output or log excerpt (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text with the clipboard (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the paste area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the decoded result as plain text (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the decoded result as the JSON of &apos;mailflow decode --json&apos; (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an NDR, delay notice, bounce, Get-Queue output, LastError, SMTP transcript or MTA log lines here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the text is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted delay notice and NDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status codes explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery status and queue fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning, likely cause and fix of each status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each delivery attempt with its time as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempts on a time axis, one lane per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the delay notice and the NDR are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery-status (DSN) and Get-Queue/Get-Message fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has no timestamps to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste what the mail system told you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or open (Ctrl+O) an Exchange NDR or delay notice (English, German, French, Spanish, Italian), a DSN or bounce from Postfix, Exim, Sendmail or Gmail, Get-Queue or Get-Message output, a LastError string, a message-tracking status, an SMTP transcript or MTA log lines. It is decoded as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try an example:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::FallbacksModel</name>
    <message>
        <source>TLS failed (%1), then %2 got the mail without TLS %3 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
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
    <name>Mailflow::Workbench::LegacyHostsModel</name>
    <message>
        <source>%1 never negotiated TLS 1.2 or 1.3 in these logs: it breaks when legacy TLS is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO / banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::LogListModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::LogsView</name>
    <message>
        <source>Open Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Exchange SMTP Send or Receive protocol log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of protocol logs (searched recursively)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sessions, fallbacks, retries, TLS usage and problems as the JSON of `mailflow logs --json`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading and show what was read so far (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protocol logs open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Exchange SMTP Send or Receive protocol logs (SEND*.log, RECV*.log) or a whole folder, e.g. …\TransportRoles\Logs\Hub\ProtocolLog\SmtpSend. You can also drop files or folders here. Big folders load in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions with this text in any column (id, host, cipher, error, …) (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions whose remote IP, endpoint, banner or EHLO name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or receive sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS outcome filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiated TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS version filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that end at or after this time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that start at or before this time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send + receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any TLS outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane per remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane per connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One timeline lane per remote host or per connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per remote host (top %1 charted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS version chart buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One mark per session. Wheel or drag: zoom; Shift+drag: pan; Home or double-click: reset; click a mark to select its session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions by TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts still on TLS 1.0/1.1 or plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes that negotiated SSL 3.0, TLS 1.0 or 1.1, or carried mail in plaintext: what breaks when legacy TLS is switched off. Double-click filters the sessions by the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext fallbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed, then the same remote got the mail without TLS. Double-click selects the plaintext session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more failed attempts in a row to the same remote. Double-click selects the first attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session in the table or on the timeline to see its protocol-log lines here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to see its TLS details, certificates, extensions and messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legacy TLS hosts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fallbacks (%1) &amp;&amp; retries (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading %n path(s)…</source>
        <translation>
            <numerusform>Loading %n path…</numerusform>
            <numerusform>Loading %n paths…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n session(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n session&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n sessions&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS %1 · failed %2 · none %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fallback(s)</source>
        <translation>
            <numerusform>%n fallback</numerusform>
            <numerusform>%n fallbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;showing %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: partial result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no connector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 sessions: filter by host, connector or time to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 lane(s)</source>
        <translation>
            <numerusform>%n session, %1 lane(s)</numerusform>
            <numerusform>%n sessions, %1 lane(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the lines of session %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># … more lines not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sequence number(s) missing (excerpt?)</source>
        <translation>
            <numerusform>%n sequence number missing (excerpt?)</numerusform>
            <numerusform>%n sequence numbers missing (excerpt?)</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk %1 bits, MAC %2 bits, key exchange %3 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending certificate (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received certificate (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
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
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
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
    <name>Mailflow::Workbench::ProbeCertificateModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed: the issuer is the subject itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these names is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>%n day left.</numerusform>
            <numerusform>%n days left.</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange&apos;s Get-ExchangeCertificate shows this as Thumbprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: an intermediate certificate is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProbeCipherModel</name>
    <message>
        <source>%1 (client order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4-bit · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: %1. Remove it from the server&apos;s cipher list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Office 365&apos;s list: Exchange Online can agree on this suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on Office 365&apos;s list: Exchange Online never offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server takes the first suite the client offers that it supports; listed in our offer order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 in the server&apos;s own order of preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exchange · authentication · cipher · MAC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProbeHostModel</name>
    <message>
        <source>%1 (no connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: %1; probed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProbeMatrixModel</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untestable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer to a %1 hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a %1 hello with a %1 ServerHello: it accepts this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the hello with the TLS alert &quot;%1&quot;: it does not accept this version (or none of the suites offered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without an alert (TCP FIN) when it saw the hello: it does not accept this version. Exchange Online does the same to TLS 1.0 and 1.1 hellos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset (TCP RST) after the hello: the server, or a firewall in front of it, refuses this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to the hello within the time limit: the server or something in between drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP dialogue did not get as far as TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was not offered or was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine cannot test this version; this says nothing about the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a lower version than offered: it does not accept this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not TLS or was malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested (the probe was cancelled or stopped before this version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suite the server picked from the version check&apos;s offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the server answered a hello for this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From connecting to the server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cipher suite the server chose from the first offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real OpenSSL handshake with this version, to confirm it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProbeView</name>
    <message>
        <source>connection %1: %2 (%3 port %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a host name, an address or a mail domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) opened</source>
        <translation>
            <numerusform>%n connection opened</numerusform>
            <numerusform>%n connections opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) finished</source>
        <translation>
            <numerusform>%n attempt finished</numerusform>
            <numerusform>%n attempts finished</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active, %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in %1 ms</source>
        <translation>
            <numerusform>%n connection in %1 ms</numerusform>
            <numerusform>%n connections in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overall time limit reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server follows the client&apos;s order (listed in ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in the server&apos;s order of preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suites marked with a check mark are on Office 365&apos;s list; a warning sign marks weak suites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions only: no cipher suites were listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cipher suites were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.contoso.com, 192.0.2.10:587 or contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25 (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587 (submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>465 (SMTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25 for server to server, 587 for submission, 465 for implicit TLS, or type any port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS: plain SMTP first, then TLS (ports 25, 587). Implicit TLS: TLS from the first byte (port 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only find out which TLS versions are accepted: one connection per version, no cipher list, no handshakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the probe sends in EHLO; some servers refuse names that do not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for each answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the connection, the banner, each reply and each ServerHello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the probe (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the probe and keep what was found (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the result as `mailflow probe` prints it (Ctrl+Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the result as `mailflow probe --json` prints it (Ctrl+Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts for Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS version matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted cipher suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rsion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cipher suites of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP dialogue of the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher Suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a host and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds which TLS versions and cipher suites the host accepts, how it refuses the others, its certificate, and what that means for mail to and from Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server must be an IP address, optionally with :port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n MX host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, MX %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n MX host(s), in the order Exchange Online tries them; select one to see its results below</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A host name, an IPv4 or [IPv6] address (optionally with :port), or a mail domain (every MX host is probed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO name, time limit, DNS server and MX hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address, optionally with :port) for MX and address records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;first MX host of a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe only the most preferred MX host instead of every one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts of the domain: select one to show its results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online tries the MX hosts in this order; select one to show its versions, suites, certificate and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts for the whole domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::ProblemsModel</name>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… and %n more problem not listed</numerusform>
            <numerusform>… and %n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::RetriesModel</name>
    <message>
        <source>no delivery (mail stays queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered in plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered with TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mailflow::Workbench::SessionTableModel</name>
    <message>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was tried and failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered without TLS after a failed TLS attempt to the same remote (plaintext fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was offered but not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS negotiated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n message queued</numerusform>
            <numerusform>%n messages queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the session</source>
        <translation>
            <numerusform>%n in the session</numerusform>
            <numerusform>%n in the session</numerusform>
        </translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO / banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host named in the 220 banner (send) or the EHLO argument (receive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS outcome: version negotiated, failed, none, or fallback (plaintext after a failed TLS attempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages queued / messages in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure, or the last 4xx/5xx reply</source>
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
    <name>Mailflow::Workbench::TlsVersionTableModel</name>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions without TLS: STARTTLS not attempted, or attempted and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions, including SSL 3.0 and sessions whose TLS version was not logged</source>
        <translation type="unfinished"></translation>
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
