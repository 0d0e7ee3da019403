# lib/asyncio/stream.py: Stream (StreamReader and StreamWriter are the same class, as in
# MicroPython), open_connection, start_server and Server.
#
# A Stream wraps a non-blocking object `s` (a socket, machine.UART, any io.IOBase with
# ioctl): reads wait for POLLIN on the loop's poll and then take what is there with one call
# (recv() when `s` has it, else read(); None or EAGAIN mean "nothing yet, wait again").
# `_buf` holds bytes read ahead by readline()/readexactly() and not yet returned; `_out` the
# bytes write() queued for drain(). `e` is the get_extra_info() dict (peername).
# Coroutines are generator functions (`yield from` for `await`): mpy-cross, which freezes
# this package, does not compile async def.
from . import core

_EAGAIN = (11, 115)  # EAGAIN/EWOULDBLOCK, EINPROGRESS (Linux numbers)
_CHUNK = 4096


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self._buf = b""
        self._out = []
        self._closed = False
        self._rd = getattr(s, "recv", None) or s.read

    def get_extra_info(self, v):
        return self.e[v]

    def _read1(self, n):
        # one read of at most n bytes (n > 0), waiting until some arrive; b"" at EOF
        while True:
            yield from core._wait_read(self.s)
            try:
                d = self._rd(n)
            except OSError as er:
                if er.errno in _EAGAIN:
                    continue
                raise
            if d is not None:
                return d

    def read(self, n=-1):
        if self._buf:
            if n < 0:
                d = self._buf
                self._buf = b""
                return d + (yield from self.read(-1))
            d = self._buf[:n]
            self._buf = self._buf[n:]
            return d
        if n == 0:
            return b""
        if n > 0:
            return (yield from self._read1(n))
        parts = []
        while True:
            d = yield from self._read1(_CHUNK)
            if not d:
                return b"".join(parts)
            parts.append(d)

    def readinto(self, buf):
        n = len(buf)
        d = yield from self.read(n)
        buf[: len(d)] = d
        return len(d)

    def readexactly(self, n):
        while len(self._buf) < n:
            d = yield from self._read1(max(_CHUNK, n - len(self._buf)))
            if not d:
                raise EOFError
            self._buf += d
        d = self._buf[:n]
        self._buf = self._buf[n:]
        return d

    def readline(self):
        while True:
            i = self._buf.find(b"\n")
            if i >= 0:
                d = self._buf[: i + 1]
                self._buf = self._buf[i + 1 :]
                return d
            d = yield from self._read1(_CHUNK)
            if not d:
                d = self._buf
                self._buf = b""
                return d
            self._buf += d

    def write(self, buf):
        if buf:
            self._out.append(bytes(buf))

    def drain(self):
        if not self._out:
            return
        data = b"".join(self._out)
        self._out = []
        mv = memoryview(data)
        off = 0
        while off < len(data):
            yield from core._wait_write(self.s)
            try:
                n = self.s.write(mv[off:])
            except OSError as er:
                if er.errno in _EAGAIN:
                    continue
                raise
            if n:
                off += n

    def close(self):
        if not self._closed:
            self._closed = True
            core._io.forget(self.s)
            self.s.close()

    def wait_closed(self):
        self.close()
        yield from ()

    def aclose(self):
        yield from self.drain()
        self.close()

    def awrite(self, buf, off=0, sz=-1):
        if off or sz >= 0:
            buf = memoryview(buf)[off : (off + sz if sz >= 0 else len(buf))]
        self.write(buf)
        yield from self.drain()

    def awritestr(self, s):
        yield from self.awrite(s.encode())

    def __aenter__(self):
        yield from ()
        return self

    def __aexit__(self, exc_type, exc, tb):
        yield from self.drain()
        self.close()


StreamReader = Stream
StreamWriter = Stream


def open_connection(host, port, ssl=None, server_hostname=None):
    import socket

    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.setblocking(False)
    try:
        s.connect(ai[-1])
    except OSError as er:
        if er.errno not in _EAGAIN:
            s.close()
            raise
    yield from core._wait_write(s)
    err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if err:
        s.close()
        raise OSError(err)
    ss = Stream(s, {"peername": ai[-1]})
    return ss, ss


class Server:
    def __init__(self):
        self.sockets = []
        self.task = None

    def close(self):
        if self.task is not None and self.task.state:
            self.task.cancel()

    def wait_closed(self):
        t = self.task
        if t is not None:
            try:
                yield from t
            except core.CancelledError:
                pass
        for s in self.sockets:
            s.close()

    def _serve(self, s, cb):
        while True:
            yield from core._wait_read(s)
            try:
                s2, addr = s.accept()
            except OSError as er:
                if er.errno in _EAGAIN:
                    continue
                raise
            s2.setblocking(False)
            st = Stream(s2, {"peername": addr})
            r = cb(st, st)
            if r is not None and hasattr(r, "send"):
                core.create_task(r)

    def __aenter__(self):
        yield from ()
        return self

    def __aexit__(self, exc_type, exc, tb):
        self.close()
        yield from self.wait_closed()


def start_server(cb, host, port, backlog=5, ssl=None):
    import socket

    yield from ()
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.setblocking(False)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(ai[-1])
    s.listen(backlog)
    srv = Server()
    srv.sockets.append(s)
    srv.task = core.create_task(srv._serve(s, cb))
    return srv
