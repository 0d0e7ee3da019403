# ssl/tls between processes on loopback, with a self-signed certificate made here by the
# openssl tool: the target as client of a CPython ssl server, as server for a CPython client,
# against itself (two target processes), certificate and hostname verification, and a
# non-blocking client driven by select.poll. Prints what each side saw.
import hashlib
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

from mod_drive import Session, fail, run

if shutil.which("openssl") is None:
    print("SKIP")
    raise SystemExit

work = tempfile.mkdtemp(prefix="mpssl")


def openssl(*args):
    r = subprocess.run(["openssl"] + list(args), capture_output=True, timeout=60)
    if r.returncode != 0:
        fail("openssl %s: %s" % (args[0], r.stderr.decode(errors="replace")))


def path(name):
    return os.path.join(work, name)


def write(name, text):
    with open(path(name), "w") as f:
        f.write(text)


# the target's scripts: (port, ca, hostname) from argv; each prints what it saw
write("client.py", """
import socket, ssl, sys
port, ca, host = int(sys.argv[1]), sys.argv[2], sys.argv[3]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(cafile=ca)
s = socket.socket()
s.connect(("127.0.0.1", port))
try:
    t = ctx.wrap_socket(s, server_hostname=host)
except OSError as e:
    msg = str(e)
    print("client error:", msg[msg.index("[SSL"):] if "[SSL" in msg else msg)
    raise SystemExit
print("client version", t.version())
print("client peer", t.getpeercert()["subject"])
t.write(b"hello from the target\\n")
print("client got", t.readline())
print("client rest", t.read())
t.close()
""")

write("server.py", """
import socket, ssl, sys
cert, key = sys.argv[1], sys.argv[2]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
print("port", srv.getsockname()[1])
sys.stdout.flush()  # stdout is a pipe: block-buffered
c, _ = srv.accept()
try:
    t = ctx.wrap_socket(c, server_side=True)
except OSError as e:
    msg = str(e)
    print("server error:", msg[msg.index("[SSL"):msg.index("]", msg.index("[SSL")) + 1] if "[SSL" in msg else msg)
    raise SystemExit
line = t.readline()
print("server got", line)
t.write(b"echo: " + line)
t.write(b"bye")
t.close()
srv.close()
""")

# non-blocking: read everything the server sends (with poll), then send back its sha256
write("nbclient.py", """
import socket, ssl, sys, select, hashlib, errno
port, ca = int(sys.argv[1]), sys.argv[2]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(cafile=ca)
s = socket.socket()
s.connect(("127.0.0.1", port))
s.setblocking(False)
t = ctx.wrap_socket(s, server_hostname="localhost", do_handshake_on_connect=False)
p = select.poll()
p.register(t, select.POLLIN)
waits = 0
while True:
    try:
        t.do_handshake()
        break
    except OSError as e:
        if e.errno != errno.EAGAIN:
            raise
    p.poll(5000)
    waits += 1
print("nb handshake done")
print("nb read before the server sends", t.read(10))
while t.write(b"go\\n") is None:
    p.poll(5000)
h = hashlib.sha256()
total = 0
nones = 0
while True:
    d = t.read(5000)
    if d is None:
        nones += 1
        p.poll(5000)
        continue
    if not d:
        break
    h.update(d)
    total += len(d)
    if total >= 1048576:
        break
print("nb read", total)
digest = h.hexdigest().encode() + b"\\n"
p.modify(t, select.POLLOUT)
sent = 0
while sent < len(digest):
    n = t.write(digest[sent:])
    if n is None:
        p.poll(5000)
        continue
    sent += n
while t.write(b"") is None:
    p.poll(5000)
t.setblocking(True)
print("nb final", t.read())
t.close()
""")

try:
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost", "-keyout", path("key.pem"), "-out", path("cert.pem"))
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650", "-subj", "/CN=localhost",
            "-keyout", path("other_key.pem"), "-out", path("other.pem"))

    def cpython_server(handler, verify_client=False):
        """A one-connection CPython TLS server in a thread; returns (port, thread, result)."""
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(path("cert.pem"), path("key.pem"))
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        srv.settimeout(20)
        result = []

        def body():
            try:
                conn, _ = srv.accept()
                conn.settimeout(20)
                try:
                    with ctx.wrap_socket(conn, server_side=True) as t:
                        handler(t, result)
                except (ssl.SSLError, OSError) as e:
                    result.append("cpython server error: %s" % getattr(e, "reason", type(e).__name__))
            finally:
                srv.close()

        th = threading.Thread(target=body)
        th.start()
        return srv.getsockname()[1], th, result

    def echo_handler(t, result):
        line = b""
        while not line.endswith(b"\n"):
            chunk = t.recv(100)
            if not chunk:
                break
            line += chunk
        result.append("cpython server got %r" % line)
        t.sendall(b"echo: " + line + b"tail")

    def run_target(args):
        code, out, err = run(args, cwd=work)
        for line in (out + err).decode().splitlines():
            print("  " + line)

    print("== target client, CPython server, right CA and hostname")
    port, th, res = cpython_server(echo_handler)
    run_target(["client.py", str(port), path("cert.pem"), "localhost"])
    th.join(20)
    print("  " + "\n  ".join(res))

    print("== target client, wrong CA")
    port, th, res = cpython_server(echo_handler)
    run_target(["client.py", str(port), path("other.pem"), "localhost"])
    th.join(20)
    print("  " + "\n  ".join(res))

    print("== target client, wrong hostname")
    port, th, res = cpython_server(echo_handler)
    run_target(["client.py", str(port), path("cert.pem"), "example.org"])
    th.join(20)
    print("  " + "\n  ".join(res))

    def target_server():
        s = Session([path("server.py"), path("cert.pem"), path("key.pem")], mode="pipe", cwd=work)
        line = s.expect(b"\n").decode()
        if not line.startswith("port "):
            fail("server said %r" % line)
        return s, int(line.split()[1])

    def finish(s):
        s.wait()
        for line in s.rest.decode().splitlines():
            print("  " + line)

    print("== target server, CPython client verifying it")
    s, port = target_server()
    ctx = ssl.create_default_context(cafile=path("cert.pem"))
    with socket.create_connection(("127.0.0.1", port), timeout=20) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as t:
            print("  cpython client version", t.version())
            t.sendall(b"hello from CPython\n")
            got = b""
            while True:
                chunk = t.recv(100)
                if not chunk:
                    break
                got += chunk
            print("  cpython client got %r" % got)
    finish(s)

    print("== target server, CPython client with the wrong CA")
    s, port = target_server()
    ctx = ssl.create_default_context(cafile=path("other.pem"))
    with socket.create_connection(("127.0.0.1", port), timeout=20) as raw:
        try:
            ctx.wrap_socket(raw, server_hostname="localhost")
            print("  cpython client: no error")
        except ssl.SSLCertVerificationError as e:
            print("  cpython client error:", e.reason)
    finish(s)

    print("== target server, target client")
    s, port = target_server()
    run_target(["client.py", str(port), path("cert.pem"), "localhost"])
    finish(s)

    print("== target non-blocking client with select.poll, 1 MB from CPython")
    payload = bytes(range(256)) * 4096   # 1 MiB

    def bulk_handler(t, result):
        go = b""
        while not go.endswith(b"\n"):
            chunk = t.recv(10)
            if not chunk:
                break
            go += chunk
        for i in range(0, len(payload), 65536):
            t.sendall(payload[i:i + 65536])
        line = b""
        while not line.endswith(b"\n"):
            chunk = t.recv(100)
            if not chunk:
                break
            line += chunk
        result.append("digest matches %s" % (line.strip().decode() == hashlib.sha256(payload).hexdigest()))
        t.sendall(b"done")

    port, th, res = cpython_server(bulk_handler)
    run_target(["nbclient.py", str(port), path("cert.pem")])
    th.join(20)
    print("  " + "\n  ".join(res))
finally:
    shutil.rmtree(work, ignore_errors=True)
