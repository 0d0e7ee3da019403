# micropython-sim --pty: the board's serial console on a pseudo-terminal, driven as mpremote /
# pyboard.py drive a board over its USB serial port (pyserial): the raw REPL copies a file to
# the board, lists it, runs it; Ctrl-C interrupts a busy loop; Ctrl-D soft-reboots (in the raw
# REPL, and at the friendly prompt, where boot.py/main.py run again). pyserial may only be
# installed for the system python (Debian python3-serial): this script re-runs itself there,
# and prints SKIP when no python has it. Reads wait for expected bytes (with a generous safety
# limit); nothing depends on timing.
import os
import subprocess
import sys
import tempfile

try:
    import serial
except ImportError:
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        r = subprocess.run(["/usr/bin/python3", "-c", "import serial"], capture_output=True)
        if r.returncode == 0:
            r = subprocess.run(["/usr/bin/python3", os.path.abspath(__file__)], capture_output=True)
            sys.stdout.write(r.stdout.decode())
            sys.stderr.write(r.stderr.decode())
            sys.exit(r.returncode)
    print("SKIP")
    sys.exit(0)

SIM = os.environ["MICROPY_SIM"]


def main(tmp):
    with open(os.path.join(tmp, "main.py"), "w") as f:
        f.write("print('main.py ran')\n")
    p = subprocess.Popen([SIM, "--pty", "--fs", tmp], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        path = p.stdout.readline().decode().strip()
        print("pty path printed first:", path.startswith("/dev/"))
        port = serial.Serial(path, 115200, timeout=10)
        run_client(port)
        port.close()
    finally:
        p.terminate()
        p.wait()


def read_until(port, token):
    data = b""
    while not data.endswith(token):
        c = port.read(1)
        if not c:
            raise RuntimeError("timed out waiting for %r, got %r" % (token, data))
        data += c
    return data


def raw_exec(port, code):
    port.write(code.encode() + b"\x04")
    resp = read_until(port, b"\x04>")
    assert resp.startswith(b"OK"), resp
    out, err = resp[2:-2].split(b"\x04")
    return out.decode(), err.decode()


def run_client(port):
    # Opening the port flushes its input (pyserial does), so the boot output may be gone:
    # enter the raw REPL as pyboard.py does, Ctrl-C twice, then Ctrl-A, and wait for its banner
    # (main.py's output is checked after the soft reboot below).
    port.write(b"\r\x03\x03")
    port.write(b"\r\x01")
    read_until(port, b"raw REPL; CTRL-B to exit\r\n>")
    print("raw REPL entered")
    # copy a file, list it, run it
    src = "print('hello from the board', 6 * 7)\n"
    out, err = raw_exec(port, "f = open('hello.py', 'w')\nf.write(%r)\nf.close()" % src)
    print("write:", repr(out), repr(err))
    out, err = raw_exec(port, "import os\nprint(sorted(os.listdir()))")
    print("listdir:", out.strip())
    out, err = raw_exec(port, "import hello")
    print("run:", repr(out))
    out, err = raw_exec(port, "1/0")
    print("error:", err.strip().splitlines()[-1])
    # Ctrl-C interrupts running code
    port.write(b"while True:\n    pass\n\x04")
    read_until(port, b"OK")
    port.write(b"\x03")
    resp = read_until(port, b"\x04>")
    print("interrupted:", resp.split(b"\x04")[1].strip().splitlines()[-1].decode())
    # soft reboot in the raw REPL
    port.write(b"\x04")
    print("raw soft reboot:", read_until(port, b"raw REPL; CTRL-B to exit\r\n>").splitlines()[0].decode())
    out, err = raw_exec(port, "print('hello' in dir())")
    print("names forgotten:", out.strip())
    # back to the friendly REPL, Ctrl-D: soft reboot, main.py runs again
    port.write(b"\x02")
    read_until(port, b">>> ")
    port.write(b"\x04")
    resp = read_until(port, b">>> ").decode()
    print("friendly soft reboot:", [l for l in resp.splitlines() if "MPY" in l or "main.py" in l])
    with open(os.path.join(port_fs, "hello.py")) as f:
        print("file on the host folder:", f.read() == src)


with tempfile.TemporaryDirectory() as port_fs:
    main(port_fs)
