"""Runs a command with its standard output and error on a pseudo-terminal
(as on a user's terminal), copies what it wrote to standard output, and
exits with its status.  Usage: on-tty.py COMMAND ARGS..."""
import os
import subprocess
import sys

master, slave = os.openpty()
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
os.close(slave)
out = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:     # EIO: the terminal's other side is closed
        break
    if not chunk:
        break
    out += chunk
sys.stdout.buffer.write(out.replace(b"\r\n", b"\n"))
sys.exit(proc.wait())
