#!/usr/bin/env python3
# Scores `mailflow logs --json` over the real excerpts in ../input/real*.* against the hand-written
# expectations here (*.expect.json, written before the engine was run on them):
# a sample is right when the session ids (each once) and each session's TLS outcome/protocol/error match.
import glob, json, os, subprocess, sys
cli = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
right = 0; total = 0
for exp_path in sorted(glob.glob(os.path.join(here, '*.expect.json'))):
    base = exp_path[:-len('.expect.json')]
    name = os.path.basename(base)
    inp = [p for p in glob.glob(os.path.join(here, '..', 'input', name + '.*'))][0]
    exp = {s['id']: s for s in json.load(open(exp_path))['sessions']}
    out = subprocess.run([cli, 'logs', '--json', inp], capture_output=True, text=True)
    try:
        doc = json.loads(out.stdout)
    except Exception:
        print(f'MISS {os.path.basename(inp)}: no JSON (rc {out.returncode}) {out.stderr.strip()[:200]}'); total += 1; continue
    got = {}
    sessions = doc.get('sessions', [])
    for s in sessions:
        t = s.get('tls', {})
        got[s['id']] = {'outcome': t.get('outcome'), 'protocol': t.get('protocol'), 'error': t.get('error')}
    diffs = []
    if set(got) != set(exp) or len(sessions) != len(exp):
        diffs.append(f'ids expected {sorted(exp)} got {sorted(s["id"] for s in sessions)}')
    for sid, e in exp.items():
        g = got.get(sid)
        if g is None: continue
        for k in ('outcome', 'protocol', 'error'):
            if g[k] != e[k]:
                diffs.append(f'{sid}.{k} expected {e[k]!r} got {g[k]!r}')
    total += 1
    if diffs:
        print(f'MISS {os.path.basename(inp)}: ' + '; '.join(diffs) + f"  problems={len(doc.get('problems', []))}")
    else:
        right += 1; print(f'ok   {os.path.basename(inp)}')
print(f'{right}/{total} samples fully right')
