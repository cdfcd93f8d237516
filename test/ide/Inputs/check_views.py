#!/usr/bin/env python3
"""check_views.py YIELDC FILE... -- yieldc --ide-view on each FILE: exit
status 0, JSON that is UTF-8, edits in the file's order, not overlapping,
inside the file, and the view made of them (as yieldc-clangd makes it)
decodes as UTF-8 wherever the file does.  Prints one line per file that
breaks a rule, then the count of files checked."""
import json
import subprocess
import sys

yieldc, files = sys.argv[1], sys.argv[2:]
bad = 0
for f in files:
    src = open(f, 'rb').read()
    r = subprocess.run([yieldc, '--ide-view', f], capture_output=True)
    problem = None
    if r.returncode != 0:
        problem = 'exit status %d: %s' % (r.returncode, r.stderr.decode('utf-8', 'replace')[:200])
    else:
        try:
            info = json.loads(r.stdout.decode('utf-8'))
        except (UnicodeDecodeError, ValueError) as e:
            info, problem = None, 'not UTF-8 JSON: %s' % e
        if info is not None:
            at, parts = 0, []
            for e in info['edits']:
                if e['offset'] < at or e['offset'] + e['length'] > len(src):
                    problem = 'edit at %d (length %d) after %d or past the end %d' % (
                        e['offset'], e['length'], at, len(src))
                    break
                parts += [src[at:e['offset']], e['text'].encode('utf-8')]
                at = e['offset'] + e['length']
            parts.append(src[at:])
            if problem is None:
                try:
                    src.decode('utf-8')
                    source_is_utf8 = True
                except UnicodeDecodeError:
                    source_is_utf8 = False
                try:
                    if source_is_utf8:
                        b''.join(parts).decode('utf-8')
                except UnicodeDecodeError as e:
                    problem = 'the view is not UTF-8: %s' % e
    if problem:
        bad += 1
        print('%s: %s' % (f, problem))
print('%d files checked, %d broke a rule' % (len(files), bad))
sys.exit(1 if bad else 0)
