#!/usr/bin/env python3
"""parse_views.py [--ide-cflags] YIELDC CLANG FILE... [-- FLAGS] -- the
view yieldc --ide-view gives of each FILE (what clangd parses through
yieldc-clangd), parsed by CLANG -fsyntax-only with the view's flags and
FLAGS (yieldc gets FLAGS too; with --ide-cflags, FLAGS and the words of
`yieldc --ide-cflags FILE -- FLAGS` instead of --ide-view's "args"): prints one
line per file whose view has an error (its first), then the count.  The
FILEs are valid input: every error is one an editor would show in code
that compiles."""
import json
import os
import shlex
import subprocess
import sys
import tempfile

args = sys.argv[1:]
by_cflags = args[:1] == ['--ide-cflags']
if by_cflags:
    args = args[1:]
flags = []
if '--' in args:
    flags = args[args.index('--') + 1:]
    args = args[:args.index('--')]
yieldc, clang, files = args[0], args[1], args[2:]
bad = 0
with tempfile.TemporaryDirectory() as tmp:
    for f in files:
        src = open(f, 'rb').read()
        # the flags to yieldc too, as yieldc-clangd gives them: they decide the active #if branches
        r = subprocess.run([yieldc, '--ide-view', f, '--'] + flags, capture_output=True, check=True)
        info = json.loads(r.stdout)
        out, at = [], 0
        for e in info['edits']:
            out += [src[at:e['offset']], e['text'].encode('utf-8')]
            at = e['offset'] + e['length']
        out.append(src[at:])
        # beside the file, as the editor's view is: its own includes resolve
        view = os.path.join(tmp, os.path.basename(f))
        open(view, 'wb').write(b''.join(out))
        view_args = info['args']
        if by_cflags:
            r = subprocess.run([yieldc, '--ide-cflags', f, '--'] + flags, capture_output=True, text=True, check=True)
            view_args = flags + shlex.split(r.stdout)
        r = subprocess.run([clang, '-fsyntax-only', '-I', os.path.dirname(os.path.abspath(f))] + flags +
                           view_args + [view], capture_output=True, text=True)
        errors = [l for l in r.stderr.splitlines() if ' error: ' in l]
        if r.returncode != 0 or errors:
            bad += 1
            first = errors[0].split(' error: ', 1)[1] if errors else 'status %d' % r.returncode
            line = errors[0].split(':')[1] if errors else '?'
            print('%s:%s: %s' % (f, line, first))
print('%d files parsed, %d with errors' % (len(files), bad))
sys.exit(1 if bad else 0)
