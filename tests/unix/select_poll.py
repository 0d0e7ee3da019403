# select.poll over sockets, files and ints; results name the registered object (MicroPython)
import select, socket, os

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.socket()
cli.connect(srv.getsockname())

p = select.poll()
p.register(srv, select.POLLIN)
res = p.poll(1000)
print(len(res), res[0][0] is srv, res[0][1] == select.POLLIN)
conn, _ = srv.accept()
print(p.poll(0))

p.register(conn, select.POLLIN)
print(p.poll(0))
cli.send(b"ping")
res = p.poll(1000)
print(len(res), res[0][0] is conn, res[0][1] & select.POLLIN)
print(conn.recv(10))

# modify: wait for writability instead
p.modify(conn, select.POLLOUT)
res = p.poll(0)
print(res[0][0] is conn, res[0][1] == select.POLLOUT)
try:
    p.modify(cli, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)

# ipoll yields (obj, event) tuples; flags=1 is one-shot
n = 0
for obj, ev in p.ipoll(0, 1):
    n += 1
    print(obj is conn, ev == select.POLLOUT)
print(n, p.poll(0))
p.modify(conn, select.POLLIN | select.POLLOUT)
print(len(p.poll(0)))

# registering an int fd, and a peer closing
p.unregister(conn)
p.unregister(srv)
p.register(conn.fileno(), select.POLLIN)
cli.close()
res = p.poll(1000)
print(res[0][0] == conn.fileno(), res[0][1] & select.POLLIN)
p.unregister(conn.fileno())
print(p.poll(0))

# a regular file is always ready
name = "tmp_poll_%d" % os.getpid()
f = open(name, "w")
p.register(f, select.POLLOUT)
res = p.poll(0)
print(res[0][0] is f, res[0][1])
f.close()
os.remove(name)

# select.select
r, w, x = select.select([conn], [conn], [], 0)
print(r == [conn], w == [conn], x)
conn.close()
srv.close()

# timeout with nothing ready
q = select.poll()

print(q.poll(10))
