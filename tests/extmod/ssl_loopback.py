# ssl/tls in one process: both ends of a loopback TCP connection, non-blocking, pumped with
# select.poll. The certificates are made by the openssl command line tool (SKIP without it).
import errno
import os
import select
import socket

try:
    import ssl
    import tls
except ImportError:
    print("SKIP")
    raise SystemExit

DIR = "/tmp/mpssl_ext_%d" % os.getpid()


def sh(cmd):
    return os.system(cmd + " >/dev/null 2>&1") == 0


if not sh("openssl version"):
    print("SKIP")
    raise SystemExit
sh("rm -rf " + DIR)
os.mkdir(DIR)
REQ = "openssl req -x509 -newkey rsa:2048 -nodes -days 3650 "
ok = sh(REQ + "-subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout %s/key.pem -out %s/cert.pem" % (DIR, DIR))
# the second, unrelated certificate uses an EC key (quick to make; exercises EC too)
ok = ok and sh("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 -subj /CN=localhost -keyout %s/other_key.pem -out %s/other.pem" % (DIR, DIR))
ok = ok and sh("openssl x509 -in %s/cert.pem -outform DER -out %s/cert.der" % (DIR, DIR))
ok = ok and sh("openssl pkey -in %s/key.pem -outform DER -out %s/key.der" % (DIR, DIR))
if not ok:
    print("SKIP")
    raise SystemExit
CERT, KEY, OTHER = DIR + "/cert.pem", DIR + "/key.pem", DIR + "/other.pem"


def read_file(name):
    with open(DIR + "/" + name, "rb") as f:
        return f.read()


def connected_pair():
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    c = socket.socket()
    c.connect(srv.getsockname())
    s, _ = srv.accept()
    srv.close()
    c.setblocking(False)
    s.setblocking(False)
    return c, s


def handshake(ct, st):
    p = select.poll()
    p.register(ct, select.POLLIN)
    p.register(st, select.POLLIN)
    done = [False, False]
    for _ in range(100):
        for k, t in enumerate((ct, st)):
            if not done[k]:
                try:
                    t.do_handshake()
                    done[k] = True
                except OSError as e:
                    if e.errno != errno.EAGAIN:
                        raise
        if done[0] and done[1]:
            return True
        p.poll(1000)
    return False


def server_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    return ctx


def client_ctx(ca=CERT):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=ca)
    return ctx


def pair(cctx, sctx, hostname="localhost"):
    c, s = connected_pair()
    st = sctx.wrap_socket(s, server_side=True, do_handshake_on_connect=False)
    ct = cctx.wrap_socket(c, server_hostname=hostname, do_handshake_on_connect=False)
    return ct, st


# ---- contexts ----
c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
s = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print("client defaults", c.verify_mode == ssl.CERT_REQUIRED, c.check_hostname)
print("server defaults", s.verify_mode == ssl.CERT_NONE, s.check_hostname)
c.verify_mode = ssl.CERT_NONE
print("verify_mode set", c.verify_mode == ssl.CERT_NONE)
c.check_hostname = True
print("check_hostname turns verification on", c.verify_mode == ssl.CERT_REQUIRED)
print("tls is ssl's context", tls.SSLContext is ssl.SSLContext, ssl.SSLError is OSError)
print("ciphers", len(c.get_ciphers()) > 0, type(c.get_ciphers()[0]).__name__)

# ---- handshake, data both ways, non-blocking semantics ----
ct, st = pair(client_ctx(), server_ctx())
print("before handshake", ct.version(), ct.cipher())
print("handshake", handshake(ct, st))
print("version", ct.version(), st.version())
print("cipher", len(ct.cipher()), ct.cipher()[1])
print("nothing to read", ct.read(10), st.readinto(bytearray(4)))
try:
    ct.recv(10)
except OSError as e:
    print("recv would block", e.errno == errno.EAGAIN)
print("write", ct.write(b"hello server\nsecond line\n"))
p = select.poll()
p.register(st, select.POLLIN)
print("poll server", p.poll(5000) == [(st, select.POLLIN)])
print("readline", st.readline())
print("ioctl poll rd with plaintext buffered", st.ioctl(3, 1))
buf = bytearray(20)
n = st.readinto(buf)
print("readinto", n, bytes(buf[:n]))
print("send", st.send(b"reply"))
p = select.poll()
p.register(ct, select.POLLIN)
p.poll(5000)
print("recv", ct.recv(100))

# 200 kB from server to client: writes return None while the socket is full
data = bytes(range(256)) * 800
sent = 0
got = bytearray()
pc = select.poll()
pc.register(ct, select.POLLIN)
for _ in range(10000):
    if sent < len(data):
        n = st.write(data[sent:sent + 30000])
        if n is not None:
            sent += n
    else:
        st.write(b"")  # flush what a would-block write left behind
    while True:
        chunk = ct.read(8192)
        if not chunk:
            break
        got += chunk
    if len(got) == len(data):
        break
    pc.poll(1000)
print("bulk", sent, len(got), got == data)

cert = ct.getpeercert()
print("peer subject", cert["subject"])
print("peer san", cert["subjectAltName"])
print("peer der", ct.getpeercert(True)[:1], st.getpeercert())
print("attrs", ct.server_side, st.server_side, ct.server_hostname, ct.context is not None)
ct.close()
p = select.poll()
p.register(st, select.POLLIN)
p.poll(5000)
print("eof after close_notify", st.read())
st.close()
print("closed", st.fileno(), ct)
try:
    ct.write(b"x")
except OSError as e:
    print("write after close", e.errno == errno.EBADF)

# ---- verification failures ----
for what, cctx, host in (("wrong CA", client_ctx(OTHER), "localhost"), ("wrong hostname", client_ctx(), "example.com")):
    ct, st = pair(cctx, server_ctx(), host)
    try:
        handshake(ct, st)
        print(what, "no error")
    except OSError as e:
        msg = str(e)
        print(what, "OSError", "CERTIFICATE_VERIFY_FAILED" in msg, msg[msg.index("failed:"):] if "failed:" in msg else msg)
    ct.close()
    st.close()

# IP address and CERT_NONE without a CA
ct, st = pair(client_ctx(), server_ctx(), "127.0.0.1")
print("ip address", handshake(ct, st))
ct.close(), st.close()
cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
cctx.verify_mode = ssl.CERT_NONE
ct, st = pair(cctx, server_ctx(), None)
print("cert none", handshake(ct, st), ct.getpeercert())
ct.close(), st.close()

# ---- tls with DER bytes, ssl.wrap_socket's MicroPython form, client certificates ----
sctx = tls.SSLContext(tls.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(read_file("cert.der"), read_file("key.der"))
sctx.verify_mode = tls.CERT_REQUIRED
sctx.load_verify_locations(read_file("cert.der"))
cctx = tls.SSLContext(tls.PROTOCOL_TLS_CLIENT)
cctx.load_verify_locations(cadata=read_file("cert.pem").decode())
cctx.load_cert_chain(read_file("cert.pem"), read_file("key.pem"))
ct, st = pair(cctx, sctx)
print("mutual tls", handshake(ct, st), st.getpeercert()["subject"][0])
ct.close(), st.close()

c, s = connected_pair()
st = ssl.wrap_socket(s, server_side=True, key=read_file("key.der"), cert=read_file("cert.der"), do_handshake=False)
ct = ssl.wrap_socket(c, cert_reqs=ssl.CERT_REQUIRED, cadata=read_file("cert.der"), server_hostname="localhost", do_handshake=False)
print("wrap_socket", handshake(ct, st))
ct.write(b"ping")
p = select.poll()
p.register(st, select.POLLIN)
p.poll(5000)
print(st.read(4))
ct.close(), st.close()

# ---- argument errors ----


def attempt(what, fn):
    try:
        fn()
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__)


attempt("bad protocol", lambda: ssl.SSLContext(99))
attempt("missing cert file", lambda: server_ctx().load_cert_chain(DIR + "/nope.pem"))
attempt("garbage cert", lambda: server_ctx().load_cert_chain(b"garbage", b"garbage"))
attempt("key mismatch", lambda: server_ctx().load_cert_chain(CERT, DIR + "/other_key.pem"))
attempt("cert type", lambda: server_ctx().load_cert_chain(42))
attempt("no ca given", lambda: client_ctx().load_verify_locations())
attempt("garbage ca", lambda: client_ctx().load_verify_locations(cadata=b"garbage"))
attempt("bad verify_mode", lambda: setattr(client_ctx(), "verify_mode", 7))
attempt("bad ciphers", lambda: client_ctx().set_ciphers("NOPE-NOTHING"))
attempt("wrap an int", lambda: client_ctx().wrap_socket(42))
attempt("hostname on server", lambda: server_ctx().wrap_socket(socket.socket(), server_side=True, server_hostname="x"))
attempt("client ctx as server", lambda: client_ctx().wrap_socket(socket.socket(), server_side=True))
sh("rm -rf " + DIR)
