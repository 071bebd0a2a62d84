// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingrules.h"
#include "replyscanner.h"

#include <span>

using namespace Qt::StringLiterals;

namespace Mailflow::Internal {

namespace {

struct Rule
{
    const char *finding;
    const char *pattern;
};

// A rule table compiled: case-insensitive; UTF-8 patterns with Unicode word classes for the localized tables.
QList<QPair<QString, QRegularExpression>> compiled(std::span<const Rule> raw, bool utf8)
{
    const QRegularExpression::PatternOptions options = utf8 ? QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
                                                            : QRegularExpression::PatternOptions(QRegularExpression::CaseInsensitiveOption);
    QList<QPair<QString, QRegularExpression>> list;
    list.reserve(raw.size());
    for (const Rule &r : raw)
        list.append({QLatin1StringView(r.finding), QRegularExpression(utf8 ? QString::fromUtf8(r.pattern) : QString(QLatin1StringView(r.pattern)), options)});
    return list;
}

const QRegularExpression &relayWords()
{
    // (Gmail's advice "Please use the SMTP relay at your service provider instead" refuses the sending IP, not a relay.)
    // (Nor is a log's "relay=mx.example[…]" field, which a run-on reply text may carry, nor a host named "relay2.example".)
    static const QRegularExpression re(u"(?<!use the SMTP )(?<!use an SMTP )\\brelay(?:ing|ed|s)?(?!=)(?![\\w-])(?!\\.[A-Za-z0-9])"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

// Keyword rules over reply texts and diagnostic lines. Order does not matter; output follows findingNames().
const QList<QPair<QString, QRegularExpression>> &textRules()
{
    static const QList<QPair<QString, QRegularExpression>> rules = [] {
        const Rule raw[] = {
            {"tls-negotiation-failed", R"(TLS negotiation failed|SSL negotiation failed|handshake fail|SSL_(?:connect|accept) error(?![^\n]*: (?:lost connection|Connection timed out|Connection reset by peer|Broken pipe|Connection refused)\s*$)|Cannot start TLS|TLS handshake|STARTTLS=\w+, error(?!: SSL_CTX_(?:check_private_key|use_PrivateKey\w*|use_certificate\w*) failed)|TLS library problem|Security status|security conversion|cryptographic failure|TLS not available due to (?:a )?local problem|TLS engine is unavailable|ssl routines|tls error(?! on connection[^:\n]{0,200}\((?:recv|send|recovery|read|write)\)| on connection[^:\n]{0,200}\((?:SSL_accept|SSL_connect|gnutls_handshake)\): (?:timed out|Connection reset by peer|lost connection|Broken pipe)\b)|TLS connection (?:failed|error)|error:0A0|alert (?:handshake|decode|internal)|wrong version number|does not look like a TLS handshake|Unrecognized SSL message|gnutls_handshake\(\) failed|before (?:a )?secure TLS connection was established|Error initiating TLS|SSL operation failed|crypto enabling timeout|Unable to connect (?:with|via|using|over) (?:TLS|STARTTLS|SSL)\b|SSL_connect: SSL_ERROR_\w+|\bdh key too small\b)"},
            {"starttls-required", R"(Must issue (?:a )?START ?TLS command first|STARTTLS is required|TLS is required|TLS required|requires? (?:TLS|STARTTLS|encryption)|encryption (?:is )?(?:needed|required)|REQUIRETLS|must use TLS|not accepting plain ?text|Force TLS|\brequires? all (?:bulk )?(?:e-?mail )?senders to use TLS\b)"},
            {"starttls-not-offered", R"((?<!SMTPUTF8 is required, but was )not offered by host|STARTTLS (?:is )?not (?:offered|advertised|supported|available)|doesn't support STARTTLS|does not support STARTTLS|does not support (?:TLS|encryption)|starttls-not-supported|TLS not available(?! due to (?:a )?local problem)|did not offer STARTTLS|no STARTTLS|\b(?:TLS|STARTTLS)\b[^.\n]{0,30}\bnot supported by (?:the )?(?:remote|peer|server|host)\b|(?:encrypted connection|encryption) (?:is )?unavailable)"},
            {"tls-version-unsupported", R"(unsupported\s+protocol|protocol version|no protocols available|version too low|unsupported (?:TLS|SSL) version|TLS ?1\.[01] (?:is )?(?:not supported|disabled|deprecated)|legacy TLS|tlsv1 alert protocol|inappropriate fallback|(?<!/)\bSSLv3\b(?! alert)(?!/TLS)(?! (?:read|write)\b)|TLS version|no supported versions)"},
            {"tls-cipher-mismatch", R"(no shared cipher|cipher mismatch|AlgorithmMismatch|no ciphers available|no cipher (?:suites? )?(?:match|in common)|insufficient security|no suitable (?:cipher|signature)|supported cipher suite|cipher suites? supported by both|none of the cipher suites supported|do not possess a common algorithm|Diffie-Hellman prime[^.\n]{0,40}not acceptable)"},
            {"certificate-invalid", R"(UntrustedRoot|CertExpired|CertificateExpired|CertUnknown|certificate verify failed|certificate (?:has )?expired|self[- ]signed|unable to get local issuer|certificate-expired|certificate-host-mismatch|tlsa-invalid|dnssec-invalid|(?<!helo/)(?<!helo / )hostname mismatch|(?<!helo/host)name mismatch|verify=FAIL|NoCredentials|UnknownCredentials|TargetUnknown|bad certificate|unknown ca|certificate (?:is )?(?:invalid|not trusted|untrusted|revoked)|certificate chain|CertificateValidation|certificate validation failed|SubjectMismatch|TlsCertificateName|untrusted|certificate received from the remote server|target principal name is incorrect|SEC_E_(?:WRONG_PRINCIPAL|UNTRUSTED_ROOT|CERT_EXPIRED|CERT_UNKNOWN)|no alternative certificate subject name|cert's altnames|PKIX path|Certificate(?:Expired|NotYetValid)Exception|CertPathValidatorException|unable to verify the first certificate|signed by unknown authority|RemoteCertificate(?:ChainErrors|NameMismatch|NotAvailable))"},
            {"connection-dropped", R"(Connection dropped|lost connection|connection reset|ConnectionReset|(?<!with error )SocketError(?!: Failed to connect)|connection closed|closed connection|connection (?:was )?(?:terminated|aborted|lost)|remote host closed|unexpectedly closed|broken pipe|Connection timed out during(?! user open)|timeout while|disconnected abruptly|SuspiciousRemoteServerError|(?:non-?|not )properly terminated|server response timeout|timed out waiting for (?:a |the )?(?:server(?:'s)? )?(?:response|reply)|\bread (?:error|failed)\b|Server terminates connection|closing (?:the )?connection\b|\b(?:command|idle|inactivity) time ?out\b|\btime(?:d out|out)(?: \(\d+ \w+\))? waiting for (?:the )?(?:server|data|input|response|reply|command)|EOF occurred in violation of protocol|unexpected eof while reading|socket disconnected|remote party has closed the transport stream|socket hang up|terminated the handshake|unexpected EOF or 0 bytes from the transport stream|\bNet::ReadTimeout\b|MessagingException: \[EOF\]|SMTPServerDisconnected(?:\(|: |`))"},
            {"connection-failed", R"(Connection refused(?! due to abuse)|connection timed out|Failed to connect|Winsock error code: ?100(?:6[01]|51|65)|No route to host|Network is unreachable|cannot connect|can't connect|could not connect|couldn't connect|connect to \S+ .*(?:timed out|refused)|Cannot connect to remote server|host unreachable|could be reached at this time|domain is marked down|Greeting never received|\bconnect E(?:TIMEDOUT|CONNREFUSED|HOSTUNREACH|NETUNREACH)\b|\bError: Connection timeout\b|\bNet::OpenTimeout\b|SMTP Connect\(\) (?:failed|fallita|fehlgeschlagen)|Unable to connect(?! (?:with|via|using|over) (?:TLS|STARTTLS|SSL))|error connecting to|\bNo connection (?:has been|could be|was) (?:established|made)\b|\bConnection time ?out\b(?! (?:setting|value|option|parameter)|\s*[=:]\s*\d))"},
            {"relay-denied", R"(Relay access denied|Unable to relay|relay(?:ing)? (?:is )?(?:not permitted|denied|prohibited|not allowed|disallowed|forbidden|refused)|not an? (?:open )?relay|as a relay\b|\bno relay(?:ing)? (?:allowed|permitted)|not a gateway|send to a non-local (?:e-?mail )?address|not permitted to relay|\b(?:required|needed) (?:for|to) relay(?:ing)?\b|(?:does not|doesn't) allow relay(?:ing)?\b|TenantAttribution|we do not relay|relaying denied|RelayNotAllowed|not allowed to relay|Inoltro negato|Relay verweigert|Weiterleitung verweigert|Retransmisi[oó]n denegada|relais refus[ée]|rcpthosts|Delivery is not allowed to this address)"},
            {"auth-required", R"(unauthenticated senders? not allowed|Client was not authenticated|not authenticated|Authentication required|authentication (?:is )?(?:required|needed)|AuthRequired|SmtpClientAuthentication is disabled|Basic authentication is not supported|(?:must|please) authenticate(?![^.\n]{0,40}\b(?:SPF|DKIM|DMARC)\b)|authenticate first|Cannot achieve Exchange Server authentication|SMTP AUTH|(?<!SPF )(?<!DKIM )(?<!DMARC )auth(?:entication)? (?:failed|unsuccessful)|5\.7\.57|not logged in|please log ?in\b|log ?in via your web browser|(?:invalid|incorrect|bad) (?:credentials|login|user ?name or password|password)|credentials (?:invalid|incorrect|rejected|not accepted)|Username and Password not accepted|could not authenticate|incorrect authentication|requires? (?:SMTP )?authentication|Missing credentials|no password specified|application-specific password|AuthenticationFailed|SMTPAuthenticationError|authentication (?:credentials )?(?:invalid|rejected|failure)|failed to authenticate|Login (?:denied|failed|not possible)|\bUnable to authenticate at present\b)"},
            {"message-expired", R"(QUEUE\.Expired|message expired|have been failing for a long time|Message has expired|delivery time expired|retry time(?:out)? exceeded|retry time not reached for any host after a long failure period|retry timeout exceeded|expired in queue|too long in (?:the )?queue|in the queue too long|giving up|gave up|could not be delivered for \d+|stopped trying)"},
            {"delivery-delayed", R"(Message delayed|delivery (?:is |has been )?delayed|status=deferred|Deferred:|will (?:continue to )?(?:retry|be retried|be attempted)|still trying|not yet been delivered|hasn't been delivered yet|will keep trying|\bdefer \(-?\d+\)(?!: domain matches queue_smtp_domains)|has been delayed|Delivery Status Notification \(Delay\)|retry time not reached(?! for any host after a long failure period)|delivery temporarily suspended|temporary SMTP delivery error|grey ?listed|gray ?listed|greylisting|graylisting)"},
            {"recipient-unknown", R"((?<!Sender address rejected: )user unknown|\baccount (?:has been |was )?(?:discontinued|cancell?ed|closed|deactivated|terminated|deleted)\b|unknown user(?! ?name or )|RecipNotFound|RecipientNotFound|Recipient not found|no such (?:local )?user|no such (?:mailbox|recipient|address)|mailbox unavailable(?!\s+5\d\d\s)|mailbox not found|(?<!excessive )(?<!too many )unknown recipient|invalid recipient|account (?:that you tried to reach )?(?:does not exist|is disabled)|not a valid (?:mailbox|recipient)|couldn't be found|wasn't found|address not found|Bad destination mailbox|undeliverable address|user doesn't have|no mailbox here|name is not recognized|not listed in (?:the )?(?:Domino Directory|public Name (?:&|and) Address Book)|Recipient not in route list)"},
            {"dns-failure", R"(Host or domain name not found|NonExistentDomain|Name service error|domain not found|(?<!Client )Host unknown|(?<!reverse )DNS (?:lookup |query |resolution )?(?:temporary |permanent |transient )?(?:error|failure|failed|timeout|SERVFAIL)|no MX(?!s? for this domain could be reached)|MX (?:record|lookup)|NXDOMAIN|Host not found|unresolvable|could not be resolved|cannot resolve|DnsQuery|MxLoopback|null MX|Domain (?:name )?(?:does not exist|not found|unknown)|unrouteable(?! address: (?:no such|unknown))|Unrouteable(?! address: (?:no such|unknown))|Name server timeout|host name lookup failure|no such domain|domain is not reachable|(?:failed|unable) to resolve|\bE?SERVFAIL\b|\bquery(?:Txt|Mx|A|Aaaa)\b|\bENOTFOUND\b|\bEAI_AGAIN\b|\bENODATA\b|getaddrinfo|gaierror|(?<!verification failed: )Name or service not known|Temporary failure in name resolution|UnknownHostException|Unknown SMTP host|no such host|(?<!IP )(?<!reverse )(?<!PTR )\b(?:CNAME|DNS|AAAA?|host ?name|host|name|domain) lookup (?:failed|failure|error|timed out|did not complete)|name resolution (?:failed|failure|error))"},
            {"mailbox-full", R"(mailbox (?:is )?full|(?<!sending )(?<!send )(?<!queue )(?<!Refuse)(?<!Outmail )(?<!outbound )(?<!outgoing )quota|over ?quota|insufficient (?:disk )?space|mailbox size limit|insufficient storage|storage (?:space|allocation)|QuotaExceeded|mailbox (?:has )?exceeded|exceeded (?:storage|the maximum size)|(?:user|mail ?box|account) (?:has|holds|contains) too many messages)"},
            {"policy-rejected", R"((?:does not|doesn't) exist[^\n]{0,20}\((?:in reply to|after) MAIL FROM\b|\bsender (?:address )?(?:is )?not (?:allowed|permitted)\b|\bunknown sender\b|\bnot (?:a )?local sender\b|\b(?:bad|invalid) sender address\b|\bsender address syntax\b|\bDomain name required for sender address\b|\b(?:from|sender) address\b[^\n]{0,40}\bauthenticated user\b|\b(?:Malformed|Invalid) MIME\b|\bline (?:is )?too long\b|\bmissing (?:a |the )?'?From'? header\b|rejected by (?:policy|the recipient|content filter)|(?<!security defaults )(?<!conditional access )(?<!sign-in )policy|(?<![a-z])(?<![a-z0-9]\.)(?<!reducing )(?<!reduce )(?<!fight )(?<!fighting )(?<!combat )(?<!against )(?<!prevent )(?<!relay=)spam(?![a-z0-9-]*\.[a-z0-9-]+\.[a-z]{2,}\b)(?! ?quarantine)(?!d\b)(?!assassin\b)|anti-?spam|blocked|block ?list|black ?list|(?<!\.dbl\.)(?<!\.zen\.)(?<!\.sbl\.)(?<!\.xbl\.)(?<!\.pbl\.)Spamhaus|RBL|DNSBL|SPF|DMARC|DKIM(?![a-z0-9]*_)|reputation|banned|(?<!not found or )(?<!does not exist or )(?<!unknown or )Access denied(?!, please try again later)|content (?:rejected|denied|refused)|sender denied|sender rejected|sender verif(?:y|ication) failed|Sender address rejected|virus|malware|Message content rejected|message (?:is )?too (?:large|big)|exceeds the maximum (?:message )?size|(?<!mailbox )size limit exceeded|message size exceeds|RecipSizeLimit|dynamically[- ]assigned|dynamic IP|not (?:in (?:the |our )?)?(?:whitelist|allow ?list|allowed[- ]senders?)(?:ed)?|not whitelisted|reverse DNS|reverse host ?name|cannot find your (?:reverse )?host ?name|\bR?DNS record|\brDNS\b|\bPTR\b|unverif(?:i|y)able sending IP|Unroutable sender|Server access .{0,80}forbidden|provide a valid From|Header error|Client host rejected(?!: Server configuration error)|MaxSubmissionExceeded|maximum submission size|deleted by (?:the |a )?(?:transport |mail ?flow |inbox |recipient )?rules?|transport rules? agent|traffic not accepted|(?:sender|from)(?: address)? (?:doesn't|does not|don't|do not) match|sender (?:login )?mismatch|not owned by (?:the )?(?:auth\w* )?user|(?:invalid|incorrect|bad|malformed|missing) (?:sender |from |message )?header|not accept(?:ing)? (?:mail|messages?|e-?mails?) with (?:attachments|embedded images|images|links)|attachments? (?:are |is )?not (?:allowed|accepted|permitted)|\(BL\)|\bBlacklisting\b|refused to talk to me: 5\d\d|SendAsDenied|OutboundSpamException|\bAUP#\w+|acceptable use policy|(?<!volume or )(?<!volume and )user complaints|(?:permissions?|not (?:allowed|authori[sz]ed)) to send (?:as|on behalf of)|Helo command rejected|address must be (?:in|listed in) (?:the )?(?:To|Cc)\b|only accepts? messages from|accepts? messages only from|(?:does not|doesn't) allow external forwarding|external forwarding (?:is )?(?:not allowed|disabled|blocked))"},
            {"rate-limited", R"(rate limit|rate-limit|ratelimit|\blimit of \d+ (?:rcpts|recipients|messages|mails|e-?mails)\b|\blimits? (?:for|of) your account (?:are|is|has been|have been) exceeded\b|too many (?:connections|messages|recipients|concurrent)|throttl|Access denied, please try again later|slow down|server busy[^\n]{0,200}throttl|exceeded (?:the )?(?:rate|limit|threshold|sending)|RecipientThresholdExceeded|SubmissionQuotaExceeded|unusual rate(?!\s*$)(?!\s+(?:[245]\d\d[- ][245]\.\d{1,3}\.\d{1,3}\s+)?of\s+(?:[245]\d\d[- ][245]\.\d{1,3}\.\d{1,3}\s+)?(?:unsolicited|spam|junk|bulk))|concurrent (?:server )?connections|ThrottlingPolicy|(?:organi[sz]ation|tenant) (?:queue )?quota|queue quota exceeded|unexpected volume|Message rate|(?<!size )(?<!quota )(?<!storage )(?<!mailbox )(?<!disk )limit exceeded|too much mail|too (?:quickly|fast)|receiving mail at a rate|(?:sending|outmail|outbound|outgoing) (?:quota|limit)|limits? (?:for|on) how many messages|(?:messages?|e-?mails?) (?:can be sent )?per (?:hour|day|minute)|frequency (?:limited|limit exceeded)|(?:sending|message|connection) rate (?:too high|exceeded))"},
        };
        return compiled(raw, false);
    }();
    return rules;
}

// Unambiguous phrases, read from every line (prose included) of the text.
const QList<QPair<QString, QRegularExpression>> &lineRules()
{
    static const QList<QPair<QString, QRegularExpression>> rules = [] {
        const Rule raw[] = {
            {"tls-negotiation-failed", R"(TLS negotiation failed|TLS Negotiation failed|"result-type":\s*"validation-failure"|\b(?:SSL|TLS) handshake (?:is |was )?failing\b|\bSSL error 0x8009\d{4}\b|\bSSL negotiation failed\b|\bhandshake aborted\b|\bHANDSHAKE_FAILURE\b|\balert no renegotiation\b|\bHandshakeError\b|\bTLS currently unavailable\b|\bSSL_connect SYSCALL returned=\d|\bssl\.SSLError\b|HandshakeException:? No appropriate protocol\b|\breceived corrupt message\b|GET_SERVER_HELLO:unknown protocol\b|HandshakeFailure\b|\berror occurred while attempting to establish an SSL or TLS connection\b|\bdoes not support the connection encryption type\b|\b0x800CCC1A\b|SSL_(?:connect|accept) error(?![^\n]*: (?:lost connection|Connection timed out|Connection reset by peer|Broken pipe|Connection refused)\s*$)|Cannot start TLS|TLS handshake failed|handshake failure|STARTTLS=(?:client|server), error(?!: SSL_CTX_(?:check_private_key|use_PrivateKey\w*|use_certificate\w*) failed)|TLS library problem|TLS startup failed|\bSSL routines\b|HandshakeException\b|wrong version number|\bWRONG_VERSION_NUMBER\b|does not look like a TLS handshake|Unrecognized SSL message|\bdo_handshake\b|\bhandshake_exc\b|\bTLS error on connection\b(?![^:\n]{0,200}\((?:recv|send|recovery|read|write)\)|[^:\n]{0,200}\((?:SSL_accept|SSL_connect|gnutls_handshake)\): (?:timed out|Connection reset by peer|lost connection|Broken pipe)\b)|\bhandshake (?:has |had )?failed\b|\battempt to (?:start|negotiate|establish) (?:an? |the )?(?:TLS|SSL|STARTTLS)\b[^.\n]{0,20}\bfailed\b|\b(?:failed to|could ?n[o']?t|unable to|cannot|can't) (?:negotiate|establish|initiate|complete) (?:an? |the )?(?:TLS|SSL|STARTTLS)\b|\b(?:TLS|SSL|STARTTLS)\b[^.;\n]{0,40}\bcould ?n[o']?t be (?:successfully )?(?:negotiated|established|completed)|\bfatal alert (?:was |has been )?received|\bReceived fatal alert\b|\bgnutls_handshake\(\) failed\b|\bbefore (?:a )?secure TLS connection was established\b|\bError initiating TLS\b|\bSSL operation failed\b|A call to SSPI failed|\bcrypto enabling timeout\b|\bSSL_(?:do_handshake|accept|connect)\(\) failed\b|\b(?:TLS|SSL) failed\b|\bCould not convert socket to TLS\b|\b(?:TLS|SSL) connection (?:request )?has failed\b|\bunsafe legacy renegotiation disabled\b|\binput="\\026\\003\\00[0-4]|\bUnable to connect (?:with|via|using|over) (?:TLS|STARTTLS|SSL)\b|\bSSL_connect: SSL_ERROR_\w+|\bTLS connect(?:ion)? failed\b|\bdh key too small\b|\bSSL handshake has read 0 bytes\b|\bSSL_connect returned=\d+ errno=\d+ state=[^\n]{0,60}\b(?:unknown protocol|wrong version number|handshake failure|sslv3 alert)|\b(?:sslv3|tlsv1[0-9.]*) alert (?:illegal parameter|unexpected message|decode error|internal error|handshake failure|access denied|insufficient security|record overflow|decrypt error)\b|\bTLS initiali[sz]ation failed\b|\btls_alert\b|\bSTARTTLS(?: command)?(?: failed)?:\s*(?:got\s+)?[45]\d\d\b|\bAuthentication failed because the remote party has closed the transport stream\b|\bFatal error when creating the (?:client|server) credentials? for TLS\b|\bfatal error occurred while creating an? (?:TLS|SSL) (?:client|server) credential\b|\bTLS handshake error\b|\b(?:handshake|SSL|TLS)\b[^\n]{0,40}\bunexpected packet format\b|\bSTARTTLS command failed\b)"},
            {"starttls-required", R"(TLS is required|Must issue (?:a )?START ?TLS command first|STARTTLS is required|\b(?:STARTTLS|TLS)\b[^.;\n]{0,80}\b(?:requires?|required) (?:TLS |STARTTLS )?enforcement\b|\b(?:STARTTLS|TLS)\b[^.;\n]{0,60}\bbut (?:is |was )?required\b|\btlsmode=requiredstarttls\b[^\n]{0,400}\b(?:badtls=true|tls error)|\btls error\b[^\n]{0,400}\btlsmode=requiredstarttls\b)"},
            {"starttls-not-offered", R"((?<!SMTPUTF8 is required, but )was not offered by host|\bdoes not support the "?STARTTLS"? extension\b|\bSTARTTLS extension not (?:found|supported|available|advertised)\b|\b(?:TLS|STARTTLS)\b[^.\n]{0,30}\bnot supported by (?:the )?remote (?:host|server)\b|\bunable to support the STARTTLS (?:SMTP )?verb\b|STARTTLS (?:is )?not (?:offered|advertised)|remote SMTP service does not support (?:STARTTLS|TLS)|\b(?:encrypted connection|encryption) (?:is )?unavailable\b|\bdoes not support TLS via the STARTTLS command\b)"},
            {"tls-version-unsupported", R"(\bNo appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)|unsupported\s+protocol|no protocols available|alert protocol version|\bno supported versions satisfy\b|\bProtocolVersion\b|\bprotocol_version\b|\b(?:no|any) (?:supported |common )?(?:TLS|SSL) (?:protocol )?versions? in common\b)"},
            {"tls-cipher-mismatch", R"(no shared cipher|AlgorithmMismatch|no cipher match|\bcipher suites? supported by both\b|\bnone of the cipher suites supported\b|\bdo not possess a common algorithm\b|\bDiffie-Hellman prime[^.\n]{0,40}not acceptable)"},
            {"certificate-invalid", R"(\bCertificateExpired\b|\bcertificate verification failed\b|\bTLSA record\b[^\n]{0,100}\b(?:is not correct|does not match)\b|\b(?:SEC_ERROR_(?:UNKNOWN_ISSUER|EXPIRED_CERTIFICATE|EXPIRED_ISSUER_CERTIFICATE|UNTRUSTED_ISSUER|UNTRUSTED_CERT|REVOKED_CERTIFICATE|BAD_SIGNATURE|CA_CERT_INVALID|INADEQUATE_KEY_USAGE)|SSL_ERROR_(?:BAD_CERT_DOMAIN|WEAK_SERVER_CERT_KEY|BAD_CERT_ALERT|UNKNOWN_CA_ALERT|EXPIRED_CERT_ALERT|REVOKED_CERT_ALERT)|MOZILLA_PKIX_ERROR_(?:SELF_SIGNED_CERT|NOT_YET_VALID_CERTIFICATE|INADEQUATE_KEY_SIZE|V1_CERT_USED_AS_CA|MITM_DETECTED))\b|\bcertificate included a public key that was too weak\b|\bcertificate could not be validated\b|\bunable to check revocation for the certificate\b|\bRevocationStatusUnknown\b|\bSSL peer certificate or SSH remote key was not OK\b|\bunknown_ca\b|\bFatal - Unknown CA\b|\bdid not match expected CN\b|\bx509: (?:certificate|cannot validate certificate)\b|\bCertificates ?do not conform to algorithm constraints\b|\bcannot get (?:RSA|DSA|ECDSA|EC) certificate from file\b|\bCan't load SSL certificate\b|\bThe certificate is empty\b|\bPKIX path (?:building|validation) failed\b|\bunable to find valid certification path\b|\bCertPathValidatorException\b|\bcould not find a certificate that contains the domain name\b|\bCERT_TRUST_IS_(?:REVOKED|UNTRUSTED_ROOT|NOT_TIME_VALID|PARTIAL_CHAIN|NOT_SIGNATURE_VALID)\b|\bcertificate is revoked\b|\bCRYPT_E_REVOKED\b|\balert unknown ca\b|\bissuer certificate\b[^.\n]{0,60}\bcould not be found\b|certificate verify failed|certificate has expired|self[- ]signed certificate|unable to get local issuer|UntrustedRoot|CertExpired|CertUnknown|TargetUnknown|NoCredentials|UnknownCredentials|certificate doesn't match|certificate does not match|verify=FAIL|verify error:num=|\bcertificate received from the remote server\b|\btarget principal name is incorrect\b|\bSEC_E_(?:WRONG_PRINCIPAL|UNTRUSTED_ROOT|CERT_EXPIRED|CERT_UNKNOWN)\b|\bno alternative certificate subject name\b|\bCertificate(?:Expired|NotYetValid)Exception\b|\bdoes not match the (?:server|peer)(?:'s)? certificate\b|\bRemoteCertificate(?:ChainErrors|NameMismatch|NotAvailable)\b|\bhostname '[^'\n]{1,255}' doesn't match '|\bSSLCertVerificationError\b|\bcould not load (?:the )?(?:client )?cert(?:ificate)?(?: file)? or key\b)"},
            {"connection-failed", R"(Connection timed out|\bThe operation has timed out\b|\bdeadline has elapsed\b|\bdefer \(-?\d+\): Operation timed out\s*$|\bconnect to \S+: No such file or directory\b|^(?![^\n]*\bbind\b)[^\n]*\bCannot assign requested address\b|\bcan(?:not|'t) open (?:a |the )?connection to\b|\bTimeout::Error \(execution expired\)|\bConnectionFailedTransientException\b|\bConnect error\b|\bSMTP connection failure\b|\b0x800CCC0E\b|failed: \{"code":\s*"ESOCKET",\s*"command":\s*"CONN"\}|\breason=Connection (?:timeout|refused)\b|\btimed ?out while connecting\b|\bNo connection (?:has been|could be|was) (?:established|made)\b|\bConnection timeout\W{0,2}\s*(?:error|exception)\b|(?<!TLS )(?<!SSL )\bConnection failed\b(?!\s*[:.]?\s*(?:TLS|SSL)\b)|\bstable connection to the server could not be established\b|\bConnection with (?:the )?server fail(?:ed)?\b|\bMAILSMTP_ERROR_CONNECTION_REFUSED\b|\bNetwork error on destination MXs\b|\bconnect to \S+: (?:Operation timed out|Connection refused(?! due to abuse)|No route to host|Network is unreachable)\b|\bSmtpException: The operation has timed out\b|\b(?:failed to send|send(?:ing)? failed)\b[^\n]{0,40}: timed out\b|\btimed out while receiving the initial server greeting\b|\bConnection could not be established with host\b(?![^\n]*stream_socket_client\(\):)|\bcan ?not connect to any SMTP server\b|\bA connection error occurred (?:while )?sending\b|\bconnect timed out\b|^\s*syscall: ['"]connect['"],?\s*$|\bconnect: timeout\b|^\s*sock\.connect\(sa\)\s*$|Connection refused(?! due to abuse)|Greeting never received|\bconnect E(?:TIMEDOUT|CONNREFUSED|HOSTUNREACH|NETUNREACH)\b|\bError: Connection timeout\b|\bNet::OpenTimeout\b|\bSMTP Connect\(\) (?:failed|fallita|fehlgeschlagen)|No route to host|Network is unreachable|Winsock error code: ?100(?:60|61|51)|did not accept our requests to connect|\d: timed out\]|: timed out\)|\berror connecting to (?:the )?(?:(?:SMTP|mail|outgoing|remote)(?: mail)? ?)?(?:server|host)\b|\bcould ?n[o']?t open (?:the )?(?:server|connection)\b|\bCould not connect\b(?! (?:with|using|over) (?:TLS|STARTTLS|SSL))|\bservice refused the connection\b|\bNo response to HELO\b|\bCannot open (?:mailhub|[\w.-]+:\d+)\b)"},
            {"connection-dropped", R"(lost connection with|\bResponseTimeoutException\b|\bconnection drops\b|\bConnection closed unexpectedly\b|\bclient closed connection before\b|\b0x800CCC0F\b|\bfail(?:ed|ure)? to send\b[^\n]{0,200}\berr(?:or)?=EOF\b|\bThe read operation failed\b|\bTLS error on connection\b[^:\n]{0,200}\((?:SSL_accept|SSL_connect|gnutls_handshake)\): (?:timed out|Connection reset by peer|lost connection|Broken pipe)\b|\b421[ -][^\n]{0,160}\bclosing transmission channel\b|\bUnable to read data from the transport connection\b|\bEOFError \(end of file reached\)|\b(?:rcpt|mail|data) handle timeout\b|\bunexpectedly terminated the connection\b|\bunexpectedly disconnected\b|\btime ?outs? (?:when|while|during) (?:attempting |performing )?(?:the |a )?(?:TLS|SSL|STARTTLS) handshake\b|\(\d+\): Connection (?:dropped|reset|closed)\b|\b(?:smtp|server|dial(?:ing)?|STARTTLS|handshake)\b[^\n]{0,40}:\s*EOF\s*$|\bSTARTTLS EOF\b|\btime ?out(?:\(\d+\))? while (?:trying to )?(?:read|receiv)\w* from\b|\btimed out (?:while )?reading\b|\bunexpected disconnection while reading\b|lost connection after [A-Z]+\b|:\s*lost connection\s*$|SocketTimeoutException: Read timed out|\bread tcp \S+: i/o timeout|(?:TLS|SSL) (?:connection|session) (?:was )?(?:non-?|not )properly terminated|\bserver response timeout\b|Connection reset by peer|Connection dropped due to|\bServer terminates connection\b|\b(?:command|idle|inactivity) time ?out\b|\btime(?:d out|out)(?: \(\d+ \w+\))? waiting for (?:the )?(?:server|data|input|response|reply|command)\b|\bEOF occurred in violation of protocol\b|\bunexpected eof while reading\b|\bsocket disconnected\b|\bremote party has closed the transport stream\b|\bsocket hang up\b|\bEOFError: end of file reached\b|\bSocketException: (?:Connection reset|Broken pipe)\b|\b(?:TLS/SSL|SSL|TLS) connection has been closed\b|\bterminated the handshake\b|\bcannot (?:read from|write to) (?:the )?(?:TLS |SSL )?(?:connection|socket|server)\b|^(?:[\w\\]+: )?Connection to "[^"]+" timed out\.?\s*$|\bunexpected EOF or 0 bytes from the transport stream\b|\bNet::ReadTimeout\b|\bnetwork (?:read|write) error\b|\bclosed (?:the )?connection during (?:the )?handshake\b|MessagingException: \[EOF\]|\bSMTPServerDisconnected(?:\(|: |`)|\bsocket error: EOF\b|\bError: timeout exceeded\b|\bexited by timeout\b|\bSSL_read(?:\(\))?: SSL_ERROR_SYSCALL\b|\bException reading response\b[^\n]{0,40}\bRead timed out\b|\btimeout (?:writing|reading)(?: message)? (?:to|from) [^:\n]{1,200}: Broken pipe\b|\bConnection closed by (?:foreign|remote) host\b|timeout after (?:initial connection|end of data|sending data block|(?:MAIL FROM|RCPT TO|DATA|EHLO|HELO|STARTTLS|BDAT)\b)|after (?:initial connection|end of data|sending data block|(?:MAIL FROM|RCPT TO|DATA|EHLO|HELO|STARTTLS|BDAT)\b)[^:]{0,80}: timeout\b|(?:^|:\s)unexpected EOF(?:,|\s*$)|\b(?:error|failed|failure)\b[^\n]{0,60}\bsending (?:e-?)?mail \(end of file reached\))"},
            {"message-expired", R"(retry timeout exceeded|\b(?:after|several|multiple) (?:\w+ )?(?:retries|attempts)[,;]? giving up\b|\bremoved from the (?:mail )?queue on this server\b|\bcould not deliver the message in the time limit specified\b|have been failing for a long time \(and retry time not reached\)|\bstatus=expired\b|QUEUE\.Expired|too long in queue|in the queue too long|retry time not reached for any host after a long failure period|: Envelope expired\s*$|Message could not be delivered for (?:\d+ \w+|too long)|Too many (?:delivery )?failures \(Tried all MXs?\)|^(?![^\n]*\btemp(?:orary)?[ -]?fail)[^\n]*\btried all (?:MXs|MX hosts|mail exchangers)\b)"},
            {"recipient-unknown", R"((?<!Sender address rejected: )User unknown|Unknown user(?! ?name or )|No such user|RecipNotFound|RecipientNotFound|no mailbox here by that name|Unknown local[- ]part|unknown or illegal alias|Invalid or unknown virtual user|recipient name is not recognized|not listed in (?:the )?(?:Domino Directory|public Name (?:&|and) Address Book)|Invalid user address|^\s*Recipient not found\s*$|^\s*Unknown Recipient\s*$|Invalid final delivery userid|Recipient not in route list)"},
            // A delay notice's own wording is Internal::delayNoticeWording(); these are queue states of log lines.
            {"delivery-delayed", R"(\brelay: TempFail for\b|\bMessage rescheduled for delivery\b|\bqueue\.rescheduled\b|\bENVELOPE RECORDS deferred/|\bDelayed by Postgrey\b|\bX-Greylist: delayed \d+ seconds by\b|^(?![^\n]*\bNOQUEUE: reject)[^\n]*\bdefer_if_(?:permit|reject) requested\b|\bT ?= ?\S+ defer \(-?\d+\)(?!: domain matches queue_smtp_domains)|^\s*messages in queue: [1-9]|^\s*messaggi in coda: [1-9]|\bTechnical details of temporary failure\b|(?-i:\bDEFER\b)|\bdelays? (?:in )?(?:sending|receiving|delivering)\b|(?:^\s*|\.\.\. |\bstat=)Deferred: |\bdelivery temporarily suspended: |\bdefer \(-?\d+\): retry time not reached(?! for any host after a long failure period)|\bgr[ae]y ?list(?:ed|ing)\b|\bdefers? (?:connections|messages|e-?mails|mail)\b|\bdeferrals\b|\bdelayed deliver(?:y|ies)\b|\bdelivery delays\b|temporary SMTP delivery error|\btemp(?:orary)?[ -]?fail(?:ing|ed)?\b[^\n]{0,160}\bfor \d+ (?:seconds|secs|minutes|mins)\b|\bTemp fail for: |\bresult="?TempFail\b|\(greylist\)|\bwill retry in \d+ ?(?:s|secs?|seconds|m|mins?|minutes|h|hours)\b|"severity"\s*:\s*"temporary"|\bDelivery complete, [1-9]\d* message\(s\) remain\b|\bMDeferred: )"},
            {"rate-limited", R"(\b(?:e-?mails?|messages?|sending|account)(?:\\?_)? throttled\b|\bexceeded (?:the )?(?:command or )?bandwidth limits?\b|\binvoked too many times\b|\blimit of \d+ (?:rcpts|recipients|messages|mails|e-?mails)\b|\bmax(?:imum)? defers and failures\b|\b(?:Connection (?:concurrency|rate)|Message delivery request rate|Recipient address rate|New TLS session rate) limit exceeded\b|\bthrottled for exceeding\b|\bconcurrency limit (?:reached|exceeded)\b|\blimit of (?:outgoing |outbound )?(?:e-?mails|messages)\b[^.\n]{0,40}\bper (?:hour|day|minute)\b|\bmax(?:imum)? (?:number of )?connections\b[^.\n]{0,20}\b(?:has been |have been |was )?exceeded\b|\bMAX connections from host\b|\bsubmission rate\b[^.\n]{0,60}\bexceeded\b|\bToo many login attempts\b|\bMaximum sending rate exceeded\b|\bMI:STC\b|\bexceeded (?:their|the|its|your|his|her) (?:sending |daily )?(?:recipient|sending|message|submission) (?:rate )?limit\b|\b(?:daily|hourly) (?:sending |send |message |e-?mail )?(?:quota|limit)\b|exceeded the max(?:imum)? (?:number of )?(?:e-?mails|messages|recipients) (?:allowed )?per (?:hour|day|minute)|max(?:imum)? (?:number of )?(?:e-?mails|messages) per (?:hour|day) \(\d+/\d+|\bfrequency limited\b|\bsending rate too high\b|\bexceeded (?:the )?(?:available |maximum )?(?:number of )?concurrent connections\b|\breceiving mail at a rate that(?:\s|\\n)+prevents\b|\btoo many non-?mail commands\b|\bMailboxConcurrency limit\b|\bActual verdict is Throttle\b|^(?![^\n]*OutboundSpam)[^\n]*\bActual verdict is RefuseQuota\b|\blimit on the number of (?:allowed )?outgoing messages (?:was|has been) exceeded\b|\btoo many (?:e-?mails|messages) per (?:second|minute|hour)\b)"},
            {"policy-rejected", R"((?:does not|doesn't) exist[^\n]{0,20}\((?:in reply to|after) MAIL FROM\b|\bnot (?:a )?local sender\b|\bDNS check failed\b|\bdoes not pass DMARC\b|\bDMARC policy of reject\b|\bon (?:our|their|a|the) (?:block|black)[ -]?list\b|\bRFC ?(?:5322|2822) compliant\b|\bmessage (?:is )?too (?:large|big)\b|\bline (?:is )?too long\b|\b(?:message )?scored -?\d+(?:\.\d+)? (?:spam )?points\b|\bsender authori[sz]ation check failed\b|\bSPF (?:fail(?:ed|ure)?|check failed)\b|\bSender verif(?:y|ication) failed\b|\bSandbox subdomains are for test purposes only\b|\bSender address rejected\b|[\[(](?:CON|RLY|DYN|HVU|RTR):[A-Z]{1,2}\d[\])]|\bERS-(?:QIL|RBL|DUL)\b|\bunresolvable RFC\.?5321 from domain\b|\bunresolvable (?:RFC\.?5322 )?From header domain\b|\bdomain of (?:the )?sender(?: address)?\b[^\n]{0,60}?\b(?:does not|doesn't|did not|could not) (?:exist|resolve|be resolved)|\bsender(?:'s)? (?:address )?domain (?:does not|doesn't|did not|could not|cannot) (?:resolve|be resolved)\b|\bEmail address is not verified\b|\bDNSBL hit\b|\b(?:SC|DY|OU)-00\d\b|\binvalid DNS (?:MX|A|AAAA|PTR)\b[^.\n]{0,30}\bresource record\b|\b(?:Subject|header|From|message)\b[^.\n]{0,20}\bcontains? (?:invalid|illegal|non-ASCII) characters\b|\b(?:From|Sender|Date|Message-ID|To)["]? header is (?:missing|invalid|malformed)\b|\bInvalid Sender\b|\bEmetteur invalide\b|\bNotAuthenticatedSender\b|\b(?:may )?contains? (?:inappropriate|illegal|prohibited|sensitive) (?:words|content)\b|\bLocal user is not allowed\b|\bmail from address must be (?:the )?same as (?:the )?(?:authorization|authorized|authenticated|login) user\b|\brejected after DATA: (?![^\n]*\b(?:unrouteable|unknown user|no such user|temporarily)\b)|\b(?:SPOOFED_UNAUTH|DMARC_POLICY_(?:REJECT|QUARANTINE)|R_SPF_FAIL|R_DKIM_REJECT|FORGED_SENDER|BAYES_SPAM)\(|\bidentities failed the check\b|\b(?:does not|doesn't) have (?:a |any )?PTR record\b|\bSPF (?:validation|check|verification) fail(?:ed|ure)\b|\bbad outbound sender\b|\bExcessive unknown recipients\b|\bInactiveRecipient(?:s?Error)?\b|\bmarked as inactive\b|\baccess\b[^.\n]{0,60}\bhas been (?:rejected|denied|blocked)\b|\b(?:IP|address|host)\b[^\n]{0,40}?\bis (?:blocked|black-?listed|banned)\b|\bsender rejection\b|\brestriction violation\b|(?:permissions?|not (?:allowed|authori[sz]ed)) to send (?:(?:e-?)?mail |(?:the |a )?messages? )?(?:as|on behalf of)\b|Helo command rejected|\binvalid (?:HELO|EHLO)\b|\baddress must be (?:in|listed in) (?:the )?(?:To|Cc)\b|\bblocked using [\w.-]+\.\w+|refused to talk to me: 5\d\d|\(BL\)\)?\s*$|\bBlacklisting\b|(?:Connection|Message|Mail) rejected by (?:local )?policy|SendAsDenied|only accepts messages from people in its organi[sz]ation|(?:does not|doesn't) allow external forwarding|Mail size limit exceeded|message exceeds the maximum message size|\bmessage size exceeds (?:fixed|the|maximum)|\bblack-?listed\b|\bblock-?listed\b|\b(?:Real-?time|DNS) (?:Black|Block) ?List\b|\bSpamCop\b|(?<!\.dbl\.)(?<!\.zen\.)(?<!\.sbl\.)(?<!\.xbl\.)(?<!\.pbl\.)\bSpamhaus\b|\bSORBS\b|\bUCEPROTECT\b|OutboundSpamException|\bdomain owner policy\b|\benvelope sender (?:not allowed|rejected|denied)\b|\b(?:invalid|bad|missing) (?:DNS )?PTR\b|\bReverse DNS lookup (?:does not match|failed)\b|provide a valid From|not accept(?:ing)? (?:mail|messages?|e-?mails?) with (?:attachments|embedded images)|MaxSubmissionExceeded|\bMessage rejected by Google Groups\b|\bIntrusion prevention active\b|\bhelo ?/ ?host ?name mismatch\b|\bmaximum message size exceeded\b|\bmaximum line length exceeded\b|\blines too long for transport\b|\brefused due to abuse\b|\bmail from must (?:equal|be (?:the )?same as|match) (?:the )?(?:authori[sz]ed|authenticated|login) user\b|\bSender refused\b|\bnot valid for your login\b|\bHELO (?:name )?(?:should|must) be (?:a |an )?(?:FQDN|fully[- ]qualified)|\bActual verdict is (?:Suspend|HipSend|HipNotify|Block)\b|\bUnifiedGroupAgent; Delivery failed\b|\bexternal senders (?:aren\'t|are not) (?:permitted|allowed) to send\b|\bEnvelope sender address is invalid\b|\bsyntax error in (?:the )?(?:rfc ?(?:822|2822|5322) )?header\b|[\'"(]header syntax[\'")]|\bmaximum allowed line length\b)"},
            {"relay-denied", R"(Relay access denied|Unable to relay|\bnot configured to relay\b|\bI cannot deliver mail for\b|\b(?:does not|doesn't) allow relay(?:ing)?\b|\bto relay\b[^.\n]{0,40}\bwithout authentication\b|relay(?:ing)? (?:is )?(?:not permitted|denied|prohibited|not allowed|disallowed|forbidden|refused)|not permitted to relay|not allowed to relay|Delivery is not allowed to this address)"},
            {"auth-required", R"((?<!SPF )(?<!DKIM )(?<!DMARC )Authentication (?:required|failed|unsuccessful|credentials invalid)|\bAuthentification failed\b|\bUnrecognized authentication type\b|\bLoginBadCredentials(?:Exception)?\b|\blog ?in rejected\b|\bAn authentication function returned an error\b|\bauthentication not enabled\b|\bnot logged in\b|\bInvalid login: [45]\d\d\b|\bNo AUTH command has been given\b|\bMust issue an AUTH command first\b|\bclient was rejected\b[^\n]{0,200}\bwhile in auth state\b|\byou must authenticate\b(?![^.\n]{0,40}\b(?:SPF|DKIM|DMARC|domain|sender)\b)|\bLogin failure\b|\b(?:unknown|invalid|incorrect|bad|wrong) user ?name or (?:bad |wrong |incorrect |invalid )?password\b|\bSMTP AUTH extension not supported\b|\brejected (?:the )?AUTH(?:entication)? negotiation\b|\bto relay\b[^.\n]{0,40}\bwithout authentication\b|\bAUTH(?:Required|Declined)Error\b|\bSASL authentication fail(?:ed|ure)\b|\bNo authentication (?:type|mechanism)s? succeeded\b|\bfailed to authenticate\b|\bLogin (?:denied|failed|not possible)\b|requires? (?:SMTP )?authentication|Could not authenticate|Incorrect authentication data|Username and Password not accepted|Client was not authenticated|Missing credentials for|AuthenticationFailedException|SMTPAuthenticationError|no password specified|\bcheck your (?:user ?name|login|e-?mail address) and password\b|\bmissing password for \w+ auth mechanism\b|\bUnauthenticated senders? not allowed\b|\bToo many bad auth attempts\b|\bneed (?:EHLO and )?AUTH first\b|\bcannot use a secure authentication method\b|\bdoes not support (?:the )?authentication method\b|\bNO AUTHENTICATE failed\b|\bSMTP authentication error\b|\bAuthori[sz]ation has expired\b[^\n]{0,20}\bRe-?authori[sz]e\b|\bauthenticator failed for\b)"},
            {"dns-failure", R"(Host or domain name not found|\bError querying DNS\b|\bTLSA query\b[^\n]{0,100}\bSERVFAIL\b|\bUnrouteable addres(?:s\b(?!: (?:no such|unknown))|\s*$)|\b(?:timed?(?: out)?|fail(?:ed|ure)?|error) (?:on|during|in) MX lookup\b|\bMX lookup (?:failed|timed out|error)\b|NonExistentDomain|Name service error|NXDOMAIN|\bno MX records?\b(?! (?:needed|required))|DNS Error:|(?<!reverse )DNS (?:lookup|query|resolution) (?:error|failure|failed)|getaddrinfo (?:ENOTFOUND|EAI_AGAIN|fail(?:ed|d|ure))|\[(?:Errno|Error) 11001\]|\bWSAHOST_NOT_FOUND\b|\binvalid destination domain\b|gaierror|(?<!verification failed: )Name or service not known|Temporary failure in name resolution|UnknownHostException|Unknown SMTP host|: no such host\b|remote name could not be resolved|\bTemporary failure in MX lookup\b|\bbad DNS lookup error code\b|\bNo MX found for (?:domain|destination)\b|\blookup [\w.-]+(?: on [\w.:\[\]]+)?: (?:read udp \S+: )?i/o timeout\b|\bquery(?:Mx|A|Aaaa|Txt|Cname) (?:ENODATA|ENOTFOUND|ETIMEOUT|ESERVFAIL|ECONNREFUSED)\b|^\s*Unrouteable address\s*$|unrouteable mail domain|host lookup did not complete|all relevant MX records point to non-existent hosts|Domain name not found|couldn't find any host named|domain .{1,80} couldn't be found|No such domain|host name lookup failure|: Domain does not exist\s*$|\bdomain name unknown\b|\bdomain name\b[^\n]{0,80}?\bdoes not appear to be registered\b|\b\d{3} Host unknown\b|\bName server timeout\b|(?<!reverse )\bDNS (?:A|AAAA|MX|TXT|SRV|NS|CNAME) (?:query|lookup)\b[^\n]{0,80}?\bfail(?:ed|ure)\b|\b(?:unable|failed) to look ?up DNS\b)"},
            {"mailbox-full", R"((?:Mailbox full|mailbox is full)(?!\s*\?)|\b(?:account|mailbox|user) is overquota\b|(?<!sending )(?<!queue )quota exceeded|over quota|QuotaExceeded|mailbox (?:has )?exceeded)"},
        };
        return compiled(raw, false);
    }();
    return rules;
}

// Vendor wording in other languages (de, fr, es, it, pt, nl, ru, ja): NDRs are localised by the
// generating server. UTF-8 patterns, so they cannot share the Latin-1 tables above.
const QList<QPair<QString, QRegularExpression>> &localizedRules()
{
    static const QList<QPair<QString, QRegularExpression>> rules = [] {
        const Rule raw[] = {
            {"recipient-unknown",
             "Benutzer unbekannt|unbekannte[rn]? (?:Benutzer|Empfänger|Adresse)|Empfänger(?:adresse)? (?:ist )?(?:unbekannt|wurde nicht gefunden|nicht gefunden)"
             "|Postfach (?:existiert nicht|nicht gefunden|unbekannt)|(?:Adresse|Benutzer|Empfänger|Postfach) (?:gibt es nicht|existiert nicht)"
             "|utilisateur inconnu|destinataire (?:inconnu|introuvable)|adresse (?:e-?mail )?(?:inconnue|introuvable|inexistante)"
             "|(?:bo[iî]te aux lettres|compte|utilisateur|(?<!domaine du )destinataire) (?:inexistant|introuvable|n'existe pas)"
             "|usuario desconocido|destinatario desconocido|(?:usuario|buz[oó]n|cuenta|direcci[oó]n|destinatario) (?:no existe|inexistente|desconocid[oa])"
             "|utente sconosciuto|destinatario (?:sconosciuto|inesistente)|(?:utente|casella|indirizzo|destinatario) (?:non esiste|inesistente)"
             "|usu[aá]rio desconhecido|utilizador desconhecido|destinat[aá]rio (?:desconhecido|inexistente)|(?:usu[aá]rio|utilizador|conta|endere[cç]o|caixa postal) (?:n[aã]o existe|inexistente)"
             "|onbekende (?:gebruiker|ontvanger)|gebruiker (?:is )?onbekend|(?:gebruiker|ontvanger|adres|mailbox|postvak) bestaat niet"
             "|пользователь не (?:найден|существует)|нет такого (?:пользователя|адресата|ящика)|(?:адрес|ящик|получатель) не (?:найден|существует)"
             "|\\S+ wurde nicht in \\S+ gefunden|\\babgelaufen oder ungültig\\b"
             "|(?:ユーザー?|宛先|アドレス|受信者).{0,100}(?:見つかりません|存在しません)|宛先不明|ディレクトリのリストにありません"},
            {"mailbox-full",
             "Postfach (?:des Empfängers )?(?:ist )?(?:voll|überfüllt)|Speicherplatz .{0,30}(?:überschritten|ueberschritten|erschöpft|voll)|Postfachgröße überschritten|Kontingent überschritten"
             "|bo[iî]te (?:aux lettres |de r[eé]ception )?(?:est |du destinataire est )?pleine|quota (?:d[eé]pass[eé]|atteint)|espace (?:de stockage )?insuffisant"
             "|buz[oó]n (?:del destinatario )?(?:est[aá] )?lleno|cuota (?:excedida|superada)|bandeja de entrada llena"
             "|casella (?:di posta )?(?:del destinatario )?(?:[eè] )?piena|quota (?:superata|esaurita)|spazio (?:su disco )?insufficiente"
             "|caixa (?:postal |de correio |de entrada )?(?:do destinat[aá]rio )?(?:est[aá] )?(?:cheia|lotada)|(?:cota|quota) excedida"
             "|(?:postvak|mailbox|postbus) (?:is )?vol\\b|quotum overschreden"
             "|ящик (?:получателя )?(?:переполнен|заполнен)|превышен (?:лимит|размер) (?:почтового )?ящика"
             "|メールボックス.{0,20}(?:一杯|いっぱい|満杯)|容量(?:を)?(?:超過|オーバー)"},
            {"dns-failure",
             "Domain (?:existiert nicht|nicht gefunden|unbekannt)|Host nicht gefunden|DNS-Fehler|Namensauflösung fehlgeschlagen"
             "|domaine (?:inexistant|introuvable|inconnu)|h[oô]te introuvable|erreur DNS"
             "|dominio (?:no existe|inexistente|desconocido|non esiste|sconosciuto)|error de DNS|errore DNS"
             "|dom[ií]nio (?:inexistente|n[aã]o existe|desconhecido)|erro de DNS"
             "|falha na consulta (?:de )?DNS|consulta (?:de )?DNS falhou|error en la consulta (?:de )?DNS|[eé]chec de la (?:recherche|requ[eê]te) DNS|DNS-Abfrage fehlgeschlagen"
             "|domein (?:bestaat niet|onbekend)|DNS-fout|домен не (?:найден|существует)"
             "|Remotename konnte nicht aufgelöst werden|nom distant n'a pas pu être résolu|no se puede resolver el nombre remoto|impossibile risolvere il nome remoto"},
            {"connection-dropped", "(?:服务器|伺服器|对方|远程主机|遠端主機)(?:端)?(?:已)?(?:主动)?(?:关闭|關閉|断开|斷開)了?(?:连接|連線)|(?:连接|連線)(?:已)?被(?:服务器|伺服器|对方|远程主机)?(?:强制|強制)?(?:关闭|關閉|重置|断开|斷開)"},
            {"connection-failed",
             "Verbindung (?:wurde )?(?:abgelehnt|verweigert)|konnte keine Verbindung|Verbindung mit dem Remoteserver kann nicht hergestellt werden|no se puede conectar con el servidor remoto|Verbindungsaufbau fehlgeschlagen|Zeitüberschreitung beim Verbindungsaufbau"
             "|connexion (?:refus[eé]e|impossible)|impossible de (?:se )?connecter|conexi[oó]n rechazada|no se pudo conectar"
             "|connessione rifiutata|impossibile connettersi|conex[aã]o recusada|n[aã]o foi poss[ií]vel conectar|verbinding geweigerd|kan geen verbinding"
             "|Verbindung zum (?:SMTP-)?(?:Server|Host) (?:ist )?fehlgeschlagen|[ée]chec de la connexion(?: SMTP)?|imposible conectar|no se puede conectar|SMTP Connect\\(\\) fal(?:l[oó]|hou)|kon niet verbinden"
             // Winsock's 10060 / 10061 in Chinese, and "cannot connect to the server".
             "|连接尝试失败|积极拒绝|无法连接(?:到)?(?:服务器|smtp|SMTP)"},
            {"message-expired",
             "Nachricht (?:ist )?abgelaufen|Zustellung(?:sversuche)? .{0,40}(?:abgebrochen|aufgegeben)|message (?:a )?expir[eé]|d[eé]lai de (?:remise|livraison) (?:expir[eé]|d[eé]pass[eé])"
             "|borrado de la cola de este servidor"
             "|mensaje (?:ha )?(?:caducado|expirado)|messaggio (?:[eè] )?scaduto|mensagem (?:expirou|expirada)|bericht (?:is )?verlopen"},
            {"delivery-delayed",
             "Zustellung (?:ist |wurde )?verzögert|Übermittlung verzögert|remise (?:diff[eé]r[eé]e|retard[eé]e)|distribution retard[eé]e"
             "|entrega (?:retrasada|demorada|atrasada|adiada)|consegna (?:ritardata|posticipata)|bezorging vertraagd|aflevering vertraagd"},
            {"relay-denied",
             "Relaying (?:nicht erlaubt|verweigert)|Relay-Zugriff verweigert|Relay (?:verweigert|nicht erlaubt)|relais (?:non autoris[eé]|interdit|refus[eé])|relayage (?:non autoris[eé]|interdit|refus[eé])|retransmiss[aã]o negada|retransmisi[oó]n denegada"
             "|relay (?:negado|geweigerd|no permitido|non consentito|n[aã]o permitido|nicht erlaubt)|inoltro (?:negato|non consentito)|doorsturen (?:niet toegestaan|geweigerd)"
             "|不(?:开放|允许|支持)(?:匿名)?转发|(?:拒绝|禁止)(?:匿名)?转发"},
            {"auth-required",
             "Authentifizierung (?:erforderlich|fehlgeschlagen|notwendig)|authentification (?:requise|n[eé]cessaire|[eé]chou[eé]e)"
             "|nicht authentifiziert|non (?:è stato )?autenticato|n'a pas été authentifié|no (?:se )?(?:ha )?autenticado"
             "|autenticaci[oó]n (?:requerida|necesaria|fallida)|autenticazione (?:richiesta|necessaria|fallita)"
             "|autentica[cç][aã]o (?:requerida|necess[aá]ria|falhou)|authenticatie (?:vereist|mislukt)"
             "|(?:se )?requiere autenticaci[oó]n|[eé]chec (?:de l'|d')authentification|Anmeldung (?:fehlgeschlagen|erforderlich)|falha (?:na|de) autentica[cç][aã]o|errore di autenticazione"
             "|imposible autentificar|no se pudo autenticar|impossibile autenticar(?:si|e)|impossible de s'authentifier|n[aã]o foi poss[ií]vel autenticar"},
            {"rate-limited",
             "zu viele (?:Verbindungen|Nachrichten|E-Mails)|trop de (?:connexions|messages)|demasiad[ao]s (?:conexiones|mensajes)"
             "|tropp[ei] (?:connessioni|messaggi)|(?:muitas|demasiadas) (?:conex[oõ]es|mensagens)|te veel (?:verbindingen|berichten)"
             "|(?:erhält|empfängt|bekommt) (?:zu schnell|zu viele) (?:E-?Mails|Nachrichten)|zu schnell (?:E-?Mails|Nachrichten)|(?:E-?Mails|Nachrichten) in einer Geschwindigkeit|Geschwindigkeit, die verhindert"
             "|(?:e-?mails|messages|courriels) trop (?:rapidement|vite)|(?:correos|mensajes) demasiado r[aá]pido|(?:e-?mail|messaggi) troppo (?:velocemente|rapidamente)"
             "|限流|发信数量超过限制|发送(?:频率|速度)过(?:高|快)|发送过于频繁|频率(?:过高|受限)|(?:连接|错误指令|错误命令)(?:数)?过多|过多的(?:连接|错误指令|错误命令)"},
            // Windows (Schannel / .NET) texts in their localized forms.
            {"tls-cipher-mismatch", "keinen gemeinsamen Algorithmus|pas d'algorithme commun|ning[uú]n algoritmo com[uú]n|nessun algoritmo comune"},
            {"certificate-invalid",
             "Remotezertifikat ist (?:laut Validierungsverfahren )?ungültig|Zertifikatsproblem|Zertifikatsfehler|Zertifikat (?:ist )?(?:abgelaufen|ungültig)|certificat distant n'est pas valide|certificado remoto no es v[aá]lido|certificato remoto non [eè] valido"},
            // Turkish (Microsoft's localized articles and Exchange's tr-TR texts).
            {"tls-negotiation-failed", "(?:TLS|SSL|STARTTLS)\\s*握手[^。\\n]{0,20}(?:失败|失敗|关闭|關閉|断开|斷開)"},
            {"tls-negotiation-failed", "TLS (?:görüşme|anlaşma|el sıkışma)\\w*[^.\\n]{0,60}başarısız"},
            {"tls-version-unsupported", "TLS ?1\\.[01]\\b[^.\\n]{0,30}(?:devre dışı|desteklenmiyor|kabul etmiyor|kullanımdan (?:çıktı|kaldırıldı))"},
            {"starttls-required", "(?:STARTTLS|TLS)(?! ?1\\.)(?: komutu)? (?:olmalı|gerekli|gerekiyor|zorunlu)"},
            {"starttls-required", "se requiere (?:STARTTLS|TLS)|(?:STARTTLS|TLS) (?:est |ist |è )?(?:requis|erforderlich|obbligatorio|richiesto|necesario)"},
            {"policy-rejected",
             "autorisation d'envoyer (?:le |des |ce )?messages? (?:sous le nom|de la part|en tant que)|keine Berechtigung.{0,60}(?:im Namen|zu senden als)|no tiene permiso para enviar (?:como|en nombre)|non (?:si dispone|hai) (?:del |l')?autorizzazion[ei] (?:per )?inviare (?:come|per conto)"
             "|als Spam (?:eingestuft|erkannt)|(?:courrier|message) ind[eé]sirable|correo no deseado|posta indesiderata|ongewenste e-?mail"
             // NetEase's content verdict "554 DT:SPM …"; "identified as spam" in Chinese, not a spam folder (垃圾邮件箱).
             "|\\bDT:SPM\\b|(?:识别|判定|认定|视)为垃圾(?:邮件|郵件)(?!箱|文件夹)|(?:退信|退回)[^\\n]{0,12}(?:说|称|显示)是垃圾邮件"},
        };
        return compiled(raw, true);
    }();
    return rules;
}

// Generic refusals ("Message rejected", "not allowed"): a policy rejection only when nothing more
// specific explains the refusal ("Message rejected: mailbox has insufficient space" is a full mailbox).
const QRegularExpression &weakPolicyWords()
{
    static const QRegularExpression re(u"Delivery not authorized|not authorized|message rejected(?!\\W{0,3}$)|not allowed|prohibited|denied by|restricted|refused by recipient"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "Recipient address rejected: <reason>" (Postfix and many filters) names the reason after the colon;
// the prefix alone means an unknown recipient only when no reason is found.
const QRegularExpression &weakRecipientWords()
{
    // A receiving server's own trouble after the prefix ("Recipient address rejected: Server configuration
    // problem", a failed lookup table) says nothing about the address.
    static const QRegularExpression re(u"(?:address rejected|recipient (?:address )?rejected)(?!:\\s*(?:Server configuration|Temporary|Internal|local problem|lookup|Gr[ae]ylist))"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &recipientsRefusedWording()
{
    static const QRegularExpression re(u"\\bSMTPRecipientsRefused\\b"_s);
    return re;
}

// The TLS names of the finding vocabulary.
const QStringList &tlsFindingNames()
{
    static const QStringList names = {u"tls-negotiation-failed"_s, u"starttls-required"_s, u"starttls-not-offered"_s,
                                      u"tls-version-unsupported"_s, u"tls-cipher-mismatch"_s, u"certificate-invalid"_s};
    return names;
}

// Findings implied by an enhanced status code alone.
bool loginRefusal(const SmtpReply &r)
{
    static const QStringList loginStatuses = {u"7.8"_s, u"7.57"_s, u"7.139"_s, u"7.30"_s};
    return r.code == 535 || (r.enhanced.size() > 2 && loginStatuses.contains(QStringView(r.enhanced).mid(2)));
}

void findingsFromCode(const SmtpReply &r, QSet<QString> *out)
{
    const QString &e = r.enhanced;
    if (loginRefusal(r))
        out->insert(u"auth-required"_s);
    if (e.isEmpty())
        return;
    const QStringView sd = QStringView(e).mid(2);
    const int cls = e[0].digitValue();
    auto add = [&](const char *name) { out->insert(QLatin1StringView(name)); };
    const bool mentionsNullMx = r.text.contains(u"null MX"_s, Qt::CaseInsensitive);
    // Wording wins over a misused code: "550 5.1.2 No such mailbox" speaks of a mailbox, not of a host.
    static const QRegularExpression mailboxWords(u"no such (?:user|mailbox|recipient)|user unknown|unknown user|mailbox (?:not found|unavailable|does not exist)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    const bool mailboxWording = sd == u"1.2" && mailboxWords.match(r.text).hasMatch();
    // … and "553 5.1.3 You are not authorized to send mail as <>" refuses the sender, not a recipient.
    static const QRegularExpression senderWords(u"not (?:allowed|authori[sz]ed|permitted) to send|sender (?:address )?(?:rejected|denied|refused)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    const bool senderWording = sd.startsWith(u"1.") && senderWords.match(r.text).hasMatch();
    // … and "5.1.1 … invalid destination domain" speaks of the domain, not of a mailbox.
    static const QRegularExpression domainWords(u"\\binvalid (?:destination |recipient )?domain\\b|\\bdomain (?:name )?(?:not found|does not exist)\\b|\\bno such domain\\b"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    const bool domainWording = sd == u"1.1" && domainWords.match(r.text).hasMatch() && !mailboxWords.match(r.text).hasMatch();
    // … and "452 4.1.1 <a> user is over quota" speaks of a full mailbox.
    static const QRegularExpression quotaWords(u"\\bover ?quota\\b|\\bquota exceeded\\b|\\bmailbox (?:is )?full\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const bool quotaWording = sd == u"1.1" && quotaWords.match(r.text).hasMatch();
    if ((sd == u"1.1" || sd == u"1.3" || sd == u"1.6" || sd == u"1.10" || mailboxWording) && !mentionsNullMx && !senderWording && !domainWording && !quotaWording)
        add("recipient-unknown");
    if ((sd == u"1.2" && !mailboxWording) || sd == u"4.4" || (sd == u"4.3" && cls == 5) || mentionsNullMx || domainWording)
        add("dns-failure");
    if (sd == u"2.2")
        add("mailbox-full");
    if (sd == u"4.7" || sd == u"4.300")
        add(cls == 4 && (r.code == 0 || r.code / 100 == 4) ? "delivery-delayed" : "message-expired");
    if ((sd == u"4.1" && cls == 4) || sd == u"4.316" || sd == u"4.317" || (sd == u"2.1" && r.code == 421 && r.text.contains(u"connect"_s, Qt::CaseInsensitive)))
        add("connection-failed");
    // "421 4.4.2 unable to connect" never had the connection that X.4.2 says was lost.
    static const QRegularExpression connectWords(u"\\b(?:unable to|cannot|can't|could ?n[o']?t|failed to) connect\\b|\\bconnection refused\\b|"
                                                 "\\btimed out while receiving the initial server greeting\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    // Exchange's "421 4.4.2 Message submission rate for this client has exceeded the configured limit" refuses a rate.
    static const QRegularExpression rateWords(u"\\bsubmission rate\\b|\\brate limit|\\btoo many (?:messages|connections|recipients)\\b"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (sd == u"4.2" && !rateWords.match(r.text).hasMatch())
        add(connectWords.match(r.text).hasMatch() ? "connection-failed" : "connection-dropped");
    if (sd == u"7.10" || sd == u"7.11") // encryption needed / required for the requested mechanism
        add("starttls-required");
    if (sd == u"7.1" && relayWords().match(withoutContinuationMarkers(r.text, r.code)).hasMatch())
        add("relay-denied");
    if (sd == u"7.64" || (sd == u"4.1" && cls == 5 && r.text.contains(u"relay"_s, Qt::CaseInsensitive)))
        add("relay-denied");
    if (sd == u"7.321")
        add("starttls-not-offered");
    if ((sd == u"2.3" || sd == u"3.4") && cls == 5) {
        // Message too large for the recipient or the system; some servers send X.2.3 for a full mailbox.
        static const QRegularExpression quota(u"quota|mail ?box (?:is )?full|disk ?space|storage (?:space|limit)|mailbox size"_s, QRegularExpression::CaseInsensitiveOption);
        add(quota.match(r.text).hasMatch() ? "mailbox-full" : "policy-rejected");
    }
    // (X.6.7 to X.6.10 are SMTPUTF8's: the peer cannot take non-ASCII addresses or headers, no verdict.)
    // (Nor are Exchange's 5.6.11, bare line feeds the peer cannot take without chunking, and its three-digit store
    // statuses such as 5.6.200, a message treated as poison: the mail's form or the store, not a verdict on it.)
    const bool utf8Status = sd == u"6.7" || sd == u"6.8" || sd == u"6.9" || sd == u"6.10" || sd == u"6.11" || (sd.startsWith(u"6.") && sd.size() >= 5);
    if ((sd == u"1.7" || sd == u"1.8" || (sd.startsWith(u"6.") && !utf8Status) || sd == u"7.2" || sd == u"7.27" || sd == u"7.29") && cls == 5)
        add("policy-rejected"); // sender address refused, list expansion prohibited, sender null MX, ARC
    if (sd == u"7.320" || sd == u"7.322" || sd == u"7.323" || sd == u"7.325")
        add("certificate-invalid");
    if (sd == u"7.5" || sd == u"7.6")
        add("tls-negotiation-failed");
    // Exchange's "504 5.7.4 Unrecognized authentication type" refuses the AUTH mechanism, not TLS.
    if (sd == u"7.4")
        add(r.text.contains(u"authentication"_s, Qt::CaseInsensitive) ? "auth-required" : "starttls-not-offered");
    if (sd == u"7.66" && r.text.contains(u"TLS"_s, Qt::CaseInsensitive)) // Exchange Online: legacy TLS 1.0/1.1 refused
        add("tls-version-unsupported");
    if (sd == u"7.23" || sd == u"7.24" || sd == u"7.25" || sd == u"7.26" || sd == u"7.20" || sd == u"7.21" || sd == u"7.22"
        || sd == u"7.509" || sd == u"7.606" || sd == u"7.708" || sd == u"7.750" || sd == u"7.511" || sd == u"7.512"
        || (sd == u"7.60" && cls == 5)) // 5.7.60: Exchange Online's send-as refusal
        add("policy-rejected");
    // Exchange Online: the sender may not write to this group / mailbox / public folder.
    if (cls == 5 && (sd == u"7.133" || sd == u"7.134" || sd == u"7.135" || sd == u"7.136" || sd == u"7.193"))
        add("policy-rejected");
    if (sd.startsWith(u"7.")) {
        bool ok = false;
        const int detail = sd.mid(2).toInt(&ok);
        if (ok && cls == 4 && detail >= 500 && detail <= 699)
            add("rate-limited"); // EOP throttling / graylisting (AS codes)
        else if (ok && cls == 5 && detail >= 500 && detail <= 799 && detail != 705)
            add("policy-rejected"); // EOP spam, banned IPs, reputation, unregistered domains
    }
    if (sd == u"7.705" || sd == u"7.233" || sd == u"7.28" || (sd == u"5.3" && cls == 4) || (sd == u"2.2" && r.text.contains(u"RecipientThresholdExceeded"_s, Qt::CaseInsensitive)))
        add("rate-limited");
}

} // namespace Mailflow::Internal
