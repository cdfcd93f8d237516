#!/usr/bin/env python3
"""apply_view.py VIEW.json SOURCE OUT -- COMPILER ARGS...

Writes the view that yieldc --ide-view described (SOURCE with the edits
applied) to OUT, then runs COMPILER ARGS, the view's flags and OUT; exits
with the compiler's status."""
import json
import subprocess
import sys

sep = sys.argv.index('--')
view_json, source, out_path = sys.argv[1:sep]
info = json.load(open(view_json, encoding='utf-8'))
src = open(source, 'rb').read()
out, at = [], 0
for e in info['edits']:
    assert e['offset'] >= at, 'edits out of order'
    out += [src[at:e['offset']], e['text'].encode('utf-8')]
    at = e['offset'] + e['length']
out.append(src[at:])
open(out_path, 'wb').write(b''.join(out))
sys.exit(subprocess.call(sys.argv[sep + 1:] + info['args'] + [out_path]))
