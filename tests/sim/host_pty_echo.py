# The --pty console behaves like a board's: the friendly REPL echoes what it reads (mpremote's
# `repl` shows the user's typing only through that echo), including backspace, and runs it.
import os
import select
import subprocess
import time
import tty

SIM = os.path.abspath(os.environ["MICROPY_SIM"])
p = subprocess.Popen([SIM, "--pty", "--fs", os.path.dirname(os.path.abspath(__file__)) + "/boards"],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
try:
    path = p.stdout.readline().decode().split()[-1]
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)

    def read_until(marker, limit=20.0):
        out = b""
        end = time.monotonic() + limit
        while marker not in out and time.monotonic() < end:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                out += os.read(fd, 4096)
        return out

    read_until(b">>> ")
    os.write(fd, b"6*7x\x7f\r")
    out = read_until(b"42", 20.0) + read_until(b">>> ", 5.0)
    print("echoed", b"6*7x\b \b\r\n" in out, "result", b"42" in out)
    # a board's UART sends "\r\n": no stair-stepping on a raw terminal
    print("crlf result", b"42\r\n>>> " in out)
    os.write(fd, b"print('a\\nb')\r")
    out = read_until(b">>> ")
    print("crlf print", b"a\r\nb\r\n>>> " in out, b"\r\r" in out)
    os.write(fd, b"1/0\r")
    out = read_until(b">>> ")
    print("crlf traceback", b"\r\nZeroDivisionError: division by zero\r\n>>> " in out,
          b"\n" in out.replace(b"\r\n", b""))
finally:
    p.kill()
    p.wait()
