#!/usr/bin/env python3
"""lsp_client.py -- an editor's session with a language server, scripted.

    lsp_client.py [--utf8] FILE 'REQUEST [OTHER@]LINE:COL [ARG]' ... -- SERVER_COMMAND...

Opens FILE, prints the diagnostics the server publishes, then for each
REQUEST (hover, definition, references, highlight, symbols, complete,
rename NEWNAME, prepare, selection) at LINE:COL (1-based, in FILE as written, or in
OTHER, a file opened before with `open OTHER`), or `change LINE=>TEXT`, or
`write PATH=>TEXT` (a file on disk rewritten), or `close OTHER`,
prints what it answers, one line per item, positions 1-based: so FileCheck
can check a session.  --utf8: the client offers clangd UTF-8 offsets, as
Neovim's does (the server must keep UTF-16 ones).
"""
import json
import os
import queue
import subprocess
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def read_message(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        k, _, v = line.partition(b':')
        if k.strip().lower() == b'content-length':
            length = int(v)
    body = stream.read(length)
    return json.loads(body.decode('utf-8'))


def main(argv):
    utf8 = argv[0] == '--utf8'
    if utf8:
        argv = argv[1:]
    sep = argv.index('--')
    path, requests, server = os.path.abspath(argv[0]), argv[1:sep], argv[sep + 1:]
    p = subprocess.Popen(server, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    inbox = queue.Queue()

    def pump():
        while True:
            m = read_message(p.stdout)
            inbox.put(m)
            if m is None:
                return
    threading.Thread(target=pump, daemon=True).start()
    next_id = [0]

    def send(msg):
        body = json.dumps(msg).encode('utf-8')
        p.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
        p.stdin.flush()

    def request(method, params):
        next_id[0] += 1
        send({'jsonrpc': '2.0', 'id': next_id[0], 'method': method, 'params': params})
        return wait(lambda m: m.get('id') == next_id[0] and 'method' not in m)

    stray = set()       # files the editor never opened that the server published diagnostics of

    def wait(pred):
        while True:
            m = inbox.get(timeout=120)
            if m is None:
                sys.exit('the server stopped')
            if m.get('method') and 'id' in m:
                send({'jsonrpc': '2.0', 'id': m['id'], 'result': None})
            if m.get('method') == 'textDocument/publishDiagnostics' and \
                    m['params']['uri'] not in ['file://' + f for f in [path] + list(others.values())]:
                stray.add(os.path.basename(m['params']['uri']))
            if pred(m):
                return m

    others = {}
    uri = 'file://' + path
    text = open(path, encoding='utf-8').read()
    caps = {'offsetEncoding': ['utf-8', 'utf-16']} if utf8 else {}
    init = request('initialize', {'processId': os.getpid(), 'rootUri': 'file://' + os.path.dirname(path),
                                  'capabilities': caps})
    if utf8:
        print('encoding:', init['result'].get('offsetEncoding', 'utf-16'))
    sync = init['result']['capabilities'].get('textDocumentSync')
    print('sync:', sync['change'] if isinstance(sync, dict) else sync)
    send({'jsonrpc': '2.0', 'method': 'initialized', 'params': {}})
    send({'jsonrpc': '2.0', 'method': 'textDocument/didOpen',
          'params': {'textDocument': {'uri': uri, 'languageId': 'c', 'version': 1, 'text': text}}})
    m = wait(lambda m: m.get('method') == 'textDocument/publishDiagnostics' and m['params']['uri'] == uri)
    show_diags(m)

    def pos(r):
        return '%d:%d' % (r['line'] + 1, r['character'] + 1)

    def rng(r):
        return '%s-%s' % (pos(r['start']), pos(r['end']))

    for req in requests:
        if req.startswith('open '):
            other = os.path.abspath(req[5:])
            others[os.path.basename(other)] = other
            send({'jsonrpc': '2.0', 'method': 'textDocument/didOpen', 'params': {'textDocument': {
                'uri': 'file://' + other, 'languageId': 'c', 'version': 1,
                'text': open(other, encoding='utf-8').read()}}})
            m = wait(lambda m: m.get('method') == 'textDocument/publishDiagnostics' and
                     m['params']['uri'] == 'file://' + other)
            print('opened %s:' % os.path.basename(other))
            show_diags(m)
            continue
        if req.startswith('close '):
            other = os.path.abspath(req[6:])
            send({'jsonrpc': '2.0', 'method': 'textDocument/didClose',
                  'params': {'textDocument': {'uri': 'file://' + other}}})
            print('closed %s' % os.path.basename(other))
            continue
        if req.startswith('write '):
            # `write PATH=>TEXT`: the file PATH on disk made TEXT (\\n: a newline), as another program would
            target, new = req[6:].split('=>', 1)
            with open(target, 'w', encoding='utf-8') as f:
                f.write(new.replace('\\n', '\n'))
            continue
        if req.startswith('change '):
            # `change LINE=>TEXT`: line LINE of the file made TEXT (\\n: a newline), the whole text sent
            line, new = req[7:].split('=>', 1)
            lines = text.split('\n')
            lines[int(line) - 1] = new.replace('\\n', '\n')
            text = '\n'.join(lines)
            send({'jsonrpc': '2.0', 'method': 'textDocument/didChange',
                  'params': {'textDocument': {'uri': uri, 'version': 2}, 'contentChanges': [{'text': text}]}})
            m = wait(lambda m: m.get('method') == 'textDocument/publishDiagnostics' and m['params']['uri'] == uri)
            print('after change:')
            show_diags(m)
            continue
        kind, at, *arg = req.split(' ')
        doc_uri = uri
        if '@' in at:
            name, at = at.split('@')
            doc_uri = 'file://' + others[name]
        line, col = (int(x) for x in at.split(':'))
        where = {'textDocument': {'uri': doc_uri}, 'position': {'line': line - 1, 'character': col - 1}}
        if kind == 'symbols':
            r = request('textDocument/documentSymbol', {'textDocument': {'uri': uri}})['result'] or []
            for s in r:
                print('symbol: %s %s' % (s['name'], rng(s['range'] if 'range' in s else s['location']['range'])))
        elif kind == 'hover':
            r = request('textDocument/hover', where)['result']
            if not r:
                print('hover: none')
                continue
            c = r['contents']
            val = c['value'] if isinstance(c, dict) else str(c)
            print('hover: %s' % ' | '.join(l for l in val.splitlines() if l.strip()))
            if r.get('range'):
                print('hover range: %s' % rng(r['range']))
        elif kind in ('definition', 'references', 'highlight'):
            method = {'definition': 'textDocument/definition', 'references': 'textDocument/references',
                      'highlight': 'textDocument/documentHighlight'}[kind]
            params = dict(where)
            if kind == 'references':
                params['context'] = {'includeDeclaration': True}
            r = request(method, params)['result'] or []
            for loc in (r if isinstance(r, list) else [r]):
                print('%s: %s %s' % (kind, os.path.basename(loc.get('uri', uri)), rng(loc['range'])))
        elif kind == 'rename':
            r = request('textDocument/rename', dict(where, newName=arg[0]))
            if 'error' in r:
                print('rename: error: %s' % r['error']['message'])
                continue
            changes = r['result'].get('changes') or {}
            for dc in r['result'].get('documentChanges') or []:
                changes.setdefault(dc['textDocument']['uri'], []).extend(dc['edits'])
            for u in sorted(changes):
                for e in sorted(changes[u], key=lambda e: (e['range']['start']['line'], e['range']['start']['character'])):
                    print('rename: %s %s %s' % (os.path.basename(u), rng(e['range']), e['newText']))
        elif kind == 'selection':
            r = request('textDocument/selectionRange', {'textDocument': {'uri': doc_uri},
                                                        'positions': [where['position']]})['result'] or []
            print('selection: %s' % (rng(r[0]['range']) if r else 'none'))
        elif kind == 'prepare':
            r = request('textDocument/prepareRename', where)
            res = r.get('result')
            print('prepare: %s' % ('none' if not res else rng(res['range'] if 'range' in res else res)))
        elif kind == 'complete':
            r = request('textDocument/completion', where)['result'] or {}
            items = r.get('items', []) if isinstance(r, dict) else r
            for it in items:
                edit = it.get('textEdit')
                print('complete: %s%s' % (it['filterText'] if 'filterText' in it else it['label'],
                                         ' ' + rng(edit['range']) if edit and 'range' in edit else ''))
    if stray:
        print('diagnostics of files not opened: %s' % ' '.join(sorted(stray)))
    request('shutdown', None)
    send({'jsonrpc': '2.0', 'method': 'exit'})
    p.wait(timeout=30)


def show_diags(m):
    ds = m['params']['diagnostics']
    print('diagnostics: %d' % len(ds))
    for d in ds:
        s = d['range']['start']
        print('diagnostic: %d:%d %s' % (s['line'] + 1, s['character'] + 1, d['message'].splitlines()[0]))


if __name__ == '__main__':
    main(sys.argv[1:])
