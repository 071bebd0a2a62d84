#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares `mailflow probe` with testssl.sh and nmap's ssl-enum-ciphers on real servers.

Run inside the build root, after a build (`./dev test` or `./dev cli --version` builds debug):

    ./dev shell -c 'tests/compare/compare-probers.py'
    ./dev shell -c 'tests/compare/compare-probers.py --fixtures modern,gnutls-weak --tools ours,nmap'

For each fixture (default: modern, legacy, gnutls-weak) it starts the server with
`mailflow-fixture NAME`, runs every tool against it, normalises each result to
{version: set of IANA cipher-suite names}, and prints every difference between the
tools and the fixture's computed truth (and so between the tools). Exit status:
0 when every tool agrees with the truth, 1 on any difference or a tool failure,
2 on usage errors. Slow (testssl.sh takes 10-60 s per server): not part of ./dev test.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree

VERSIONS = ["SSL3.0", "TLS1.0", "TLS1.1", "TLS1.2", "TLS1.3"]
NMAP_VERSIONS = {"SSLv3": "SSL3.0", "TLSv1.0": "TLS1.0", "TLSv1.1": "TLS1.1", "TLSv1.2": "TLS1.2", "TLSv1.3": "TLS1.3"}
TESTSSL_VERSIONS = {"ssl3": "SSL3.0", "tls1": "TLS1.0", "tls1_1": "TLS1.1", "tls1_2": "TLS1.2", "tls1_3": "TLS1.3"}
MAPPING_FILE = "/etc/testssl/cipher-mapping.txt"
# The servers the prober was never tuned on (tests/compare/UNSEEN.md).
UNSEEN = ["nginx-starttls", "nginx-implicit13", "postfix-tls13", "postfix-ecdsa", "gnutls-camellia",
          "tarpit-alerts", "slow-454"]


def load_mapping():
    mapping = {}
    with open(MAPPING_FILE) as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 4 and fields[1] == "-" and fields[3].startswith("TLS_"):
                code = fields[0].split(",")
                if len(code) == 2:
                    mapping[int(code[0], 16) << 8 | int(code[1], 16)] = fields[3]
    return mapping


class Fixture:
    def __init__(self, runner, name):
        self.name = name
        self.process = subprocess.Popen([runner, name], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        port_line = self.process.stdout.readline()
        truth_line = self.process.stdout.readline()
        if not port_line.startswith("port=") or not truth_line.startswith("truth="):
            self.stop()
            raise RuntimeError("fixture %s did not start: %s" % (name, self.process.stderr.read().strip()))
        self.port = int(port_line[5:])
        self.truth = json.loads(truth_line[6:])

    def connections(self, settle=0.0):
        """Connections the server accepted so far (its log lags a little: Postfix logs via postlogd)."""
        time.sleep(settle)
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        return int(line[12:]) if line.startswith("connections=") else -1

    def expected(self):
        return {v: set(t["ciphers"]) for v, t in self.truth["versions"].items() if t["accepted"]}

    def stop(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.terminate()
                self.process.wait()


def run_ours(cli, fixture, workdir, versions_only=False):
    """Our findings as {version: set of suites}, plus every difference the sets cannot show:
    the classification of each refused version (result, alert), the order of the suites where
    the server has a preference, and the connections used."""
    args = [cli, "probe", "--json", "--port", str(fixture.port), "127.0.0.1"]
    if fixture.truth["implicitTls"]:
        args.insert(2, "--implicit-tls")
    if versions_only:
        args.insert(2, "--versions-only")
    result = subprocess.run(args, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError("mailflow probe exited with %d: %s" % (result.returncode, result.stderr.strip()[:500]))
    data = json.loads(result.stdout)
    found = {}
    notes = []
    versions = data.get("versions") or {}
    ciphers = data.get("ciphers") or {}
    for version in VERSIONS:
        entry = versions.get(version) or {}
        truth = fixture.truth["versions"].get(version) or {}
        if entry.get("result") == "accepted":
            found[version] = set(ciphers.get(version) or [])
            if not versions_only and truth.get("accepted") and truth.get("ordered") \
                    and list(ciphers.get(version) or []) != truth["ciphers"]:
                notes.append("%s: order %s, the server's is %s" % (version, ciphers.get(version), truth["ciphers"]))
        elif not truth.get("accepted"):
            want = truth.get("refusal") or ""
            if want and entry.get("result") != want:
                notes.append("%s: classified %s, the server's refusal is %s" % (version, entry.get("result"), want))
            if truth.get("alert") and entry.get("alert") != truth["alert"]:
                notes.append("%s: alert %s, the server sends %s" % (version, entry.get("alert"), truth["alert"]))
            if entry.get("result") in (None, "untestable") and (fixture.truth["starttls"] or fixture.truth["implicitTls"]):
                notes.append("%s: %s, but the version can be tested" % (version, entry.get("result")))
    if versions_only:
        found = {v: set() for v in found}
    return found, notes, data.get("connections")


def run_nmap(fixture, workdir):
    # nmap does STARTTLS only for ports it believes are SMTP: a one-line service table in a
    # private --datadir says so without -sV's service detection (which costs ~24 s here).
    datadir = os.path.join(workdir, "nmap-%d" % fixture.port)
    os.makedirs(datadir, exist_ok=True)
    with open(os.path.join(datadir, "nmap-services"), "w") as f:
        service = "smtps" if fixture.truth["implicitTls"] else "smtp"
        f.write("%s\t%d/tcp\t1.0\n" % (service, fixture.port))
    xml_file = os.path.join(datadir, "out.xml")
    args = ["nmap", "-n", "-Pn", "-p", str(fixture.port), "--datadir", datadir,
            "--script", "ssl-enum-ciphers", "-oX", xml_file, "127.0.0.1"]
    result = subprocess.run(args, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError("nmap exited with %d: %s" % (result.returncode, result.stderr.strip()[:500]))
    found = {}
    root = ElementTree.parse(xml_file).getroot()
    for script in root.iter("script"):
        if script.get("id") != "ssl-enum-ciphers":
            continue
        for table in script.findall("table"):
            version = NMAP_VERSIONS.get(table.get("key"))
            if not version:
                continue
            names = set()
            for cipher in table.findall("table[@key='ciphers']/table"):
                name = cipher.find("elem[@key='name']").text
                # nmap names the TLS 1.3 suites TLS_AKE_WITH_AES_128_GCM_SHA256.
                names.add(re.sub(r"^TLS_AKE_WITH_", "TLS_", name))
            found[version] = names
    return found


def run_testssl(fixture, workdir, mapping):
    json_file = os.path.join(workdir, "testssl-%d.json" % fixture.port)
    if os.path.exists(json_file):
        os.unlink(json_file)
    env = dict(os.environ)
    # testssl.sh resolves names even with -n none; keep every look-up on loopback.
    env.update({"NXDNS": "127.0.0.1:0", "NXCONNECT": "127.0.0.1:0"})
    starttls = [] if fixture.truth["implicitTls"] else ["--starttls", "smtp"]
    args = ["testssl"] + starttls + ["-p", "-E", "--jsonfile", json_file, "-n", "none",
            "--warnings", "off", "--color", "0", "127.0.0.1:%d" % fixture.port]
    result = subprocess.run(args, capture_output=True, text=True, timeout=900, env=env)
    if not os.path.exists(json_file):
        raise RuntimeError("testssl.sh exited with %d and wrote no JSON: %s"
                           % (result.returncode, (result.stdout + result.stderr).strip()[-500:]))
    with open(json_file) as f:
        entries = json.load(f)
    found = {}
    for entry in entries:
        # "cipher-tls1_2_xc030": one line per offered suite.
        match = re.match(r"^cipher-(ssl3|tls1|tls1_1|tls1_2|tls1_3)_x([0-9a-fA-F]+)$", entry.get("id", ""))
        if not match:
            continue
        version = TESTSSL_VERSIONS[match.group(1)]
        code = int(match.group(2), 16)
        name = mapping.get(code, "0x%04X" % code)
        found.setdefault(version, set()).add(name)
    return found


def describe(found):
    return ", ".join("%s:%d" % (v, len(found[v])) for v in VERSIONS if v in found) or "nothing accepted"


def compare(name, expected, found, versions_only=False):
    differences = []
    for version in VERSIONS:
        want = expected.get(version)
        got = found.get(version)
        if want is None and got is None:
            continue
        if want is None:
            differences.append("%s: %s accepted, %d suites, but the server refuses it" % (version, name, len(got)))
            continue
        if got is None:
            differences.append("%s: %s found nothing, the server accepts %d suites" % (version, name, len(want)))
            continue
        if versions_only:
            continue
        for suite in sorted(want - got):
            differences.append("%s: %s misses %s" % (version, name, suite))
        for suite in sorted(got - want):
            differences.append("%s: %s reports %s, which the server does not accept" % (version, name, suite))
    return differences


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    source = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(source, "build", "debug"),
                        help="build folder with bin/mailflow and bin/mailflow-fixture (default: build/debug)")
    parser.add_argument("--fixtures", default="modern,legacy,gnutls-weak",
                        help="comma-separated fixture names, or 'unseen' for the set of tests/compare/UNSEEN.md")
    parser.add_argument("--tools", default="ours,nmap,testssl",
                        help="any of ours, ours-vo (--versions-only), nmap, testssl")
    args = parser.parse_args()
    cli = os.path.join(args.build, "bin", "mailflow")
    runner = os.path.join(args.build, "bin", "mailflow-fixture")
    tools = [t for t in args.tools.split(",") if t]
    for path in (cli, runner):
        if not os.access(path, os.X_OK):
            print("compare-probers: %s is missing: build first (./dev test or ./dev cli --version)" % path,
                  file=sys.stderr)
            return 2
    unknown = set(tools) - {"ours", "ours-vo", "nmap", "testssl"}
    if unknown:
        print("compare-probers: unknown tools %s" % ", ".join(sorted(unknown)), file=sys.stderr)
        return 2
    mapping = load_mapping()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="mailflow-compare-") as workdir:
        names = [f for f in args.fixtures.split(",") if f]
        if names == ["unseen"]:
            names = UNSEEN
        for fixture_name in names:
            try:
                fixture = Fixture(runner, fixture_name)
            except RuntimeError as error:
                print("%s: %s" % (fixture_name, error))
                failures += 1
                continue
            try:
                expected = fixture.expected()
                print("== %s (127.0.0.1:%d): truth %s" % (fixture_name, fixture.port, describe(expected)))
                for tool in tools:
                    # Settle first: Postfix logs the fixture's own readiness checks a little late.
                    before = fixture.connections(0.5)
                    started = time.monotonic()
                    notes, connections = [], None
                    try:
                        if tool in ("ours", "ours-vo"):
                            found, notes, connections = run_ours(cli, fixture, workdir, tool == "ours-vo")
                        elif tool == "nmap":
                            found = run_nmap(fixture, workdir)
                        else:
                            found = run_testssl(fixture, workdir, mapping)
                    except (RuntimeError, subprocess.TimeoutExpired, ValueError) as error:
                        print("   %-8s FAILED: %s" % (tool, error))
                        failures += 1
                        continue
                    seconds = time.monotonic() - started
                    served = fixture.connections(0.5) - before
                    differences = compare(tool, expected, found, tool == "ours-vo") + notes
                    status = "same" if not differences else "%d DIFFERENCES" % len(differences)
                    extra = "  %d connections" % served
                    if connections is not None and connections != served:
                        extra += " (JSON says %d)" % connections
                    print("   %-8s %6.2f s  %s  [%s]%s" % (tool, seconds, status, describe(found), extra))
                    for line in differences:
                        print("      " + line)
                    failures += bool(differences)
            finally:
                fixture.stop()
    print("compare-probers: %s" % ("all tools agree with the servers' configuration" if not failures
                                   else "%d tool runs differ or failed" % failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
