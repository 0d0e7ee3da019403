# With the terminal's ECHO off before the REPL starts (as a client such as mpremote sets it), the
# friendly REPL echoes nothing that is typed: only prompts and output come back. Tracebacks at
# the prompt arrive on the terminal like any output (MicroPython prints them to stdout).
import os
import select
import shutil
import subprocess
import tempfile
import termios
from mod_drive import TARGET, clean_env, fail

master, slave = os.openpty()
attrs = termios.tcgetattr(slave)
attrs[3] &= ~termios.ECHO
termios.tcsetattr(slave, termios.TCSANOW, attrs)
home = tempfile.mkdtemp(prefix="mphost")
env = clean_env(home, {"MICROPYINSPECT": "1"})
p = subprocess.Popen([TARGET], stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
os.close(slave)
buf = b""

def expect(want):
    global buf
    while want not in buf:
        r, _, _ = select.select([master], [], [], 10)
        if not r:
            p.kill()
            fail("waiting for %r; got %r" % (want, buf))
        try:
            data = os.read(master, 4096)
        except OSError:
            data = b""
        if not data:
            fail("end of output waiting for %r; got %r" % (want, buf))
        buf += data
    i = buf.index(want) + len(want)
    got, buf = buf[:i], buf[i:]
    return got

try:
    expect(b">>> ")
    os.write(master, b"1 + 41\r")
    print("echo off:", expect(b">>> ").replace(b"\r", b"").split(b"\n"))
    os.write(master, b"1 / 0\r")
    print("traceback:", expect(b">>> ").replace(b"\r", b"").split(b"\n")[-2])
    os.write(master, b"\x04")
    print("exit status", p.wait(timeout=10))
finally:
    if p.poll() is None:
        p.kill()
    os.close(master)
    shutil.rmtree(home, ignore_errors=True)
