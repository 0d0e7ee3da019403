# socket: TCP over loopback within one process, UDP, options, timeouts, makefile
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(2)
addr = srv.getsockname()
print(addr[0], type(addr[1]), addr[1] > 0)

cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cli.connect(addr)
conn, peer = srv.accept()
print(peer[0], peer[1] == cli.getsockname()[1], cli.getpeername() == addr)

print(cli.send(b"hello"))
print(conn.recv(5))
cli.sendall(b"x" * 100000)
got = 0
while got < 100000:
    got += len(conn.recv(65536))
print(got)
conn.sendall(bytearray(b"back"))
print(cli.recv(100))

# timeout: nothing to read
conn.settimeout(0.05)
print(conn.gettimeout())
try:
    conn.recv(10)
    print("no timeout?")
except OSError as e:
    print("timed out", isinstance(e, OSError))
conn.settimeout(None)
print(conn.gettimeout())

# non-blocking
cli.setblocking(False)
try:
    cli.recv(10)
except OSError as e:
    print("would block", isinstance(e, OSError))
cli.setblocking(True)

# makefile: a file object over the socket
f = cli.makefile("rwb")
conn.sendall(b"line 1\nline 2\nrest")
print(f.readline(), f.readline(), f.read(4))
f.close()
conn.sendall(b"still open")
print(cli.recv(100))

# end of stream
conn.close()
print(cli.recv(10))
cli.close()
with socket.socket() as s:
    print(type(s.fileno()))
print(s.fileno())

# UDP
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.bind(("127.0.0.1", 0))
print(v.sendto(b"datagram", u.getsockname()))
data, frm = u.recvfrom(100)
print(data, frm == v.getsockname())
u.close()
v.close()

# addresses
ai = socket.getaddrinfo("127.0.0.1", 8080, socket.AF_INET, socket.SOCK_STREAM)
print(ai[0][0] == socket.AF_INET, ai[0][1] == socket.SOCK_STREAM, ai[0][4])
print(socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, "192.168.1.2")))
print(socket.inet_pton(socket.AF_INET6, "::1"))

# connection refused: bind a port, close it, connect to it
t = socket.socket()
t.bind(("127.0.0.1", 0))
dead = t.getsockname()
t.close()
c = socket.socket()
try:
    c.connect(dead)
except OSError as e:
    print(type(e).__name__)
c.close()
srv.close()
