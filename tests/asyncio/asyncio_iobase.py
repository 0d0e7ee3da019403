# Streams written in Python: an io.IOBase subclass with ioctl(req, arg) is pollable by
# select.poll (request 3 = MP_STREAM_POLL, POLLIN=1/POLLOUT=4) and works under
# asyncio.StreamReader/StreamWriter; poll.register(-1) and unpollable objects raise.
import asyncio
import io
import select

MP_STREAM_POLL = 3


class Pipe(io.IOBase):
    # a one-way byte pipe: readable when data waits, writable while under 8 bytes queued
    def __init__(self):
        self.buf = bytearray()
        self.polls = 0

    def ioctl(self, req, arg):
        if req != MP_STREAM_POLL:
            return -1
        self.polls += 1
        ev = 0
        if arg & select.POLLIN and self.buf:
            ev |= select.POLLIN
        if arg & select.POLLOUT and len(self.buf) < 8:
            ev |= select.POLLOUT
        return ev

    def read(self, n=-1):
        if not self.buf:
            return None
        n = len(self.buf) if n < 0 else min(n, len(self.buf))
        d = bytes(self.buf[:n])
        self.buf = self.buf[n:]
        return d

    def write(self, b):
        n = min(len(b), 8 - len(self.buf))
        self.buf += b[:n]
        return n

    def close(self):
        pass


print(select.POLLIN, select.POLLOUT)
p = Pipe()
poll = select.poll()
poll.register(p, select.POLLIN)
print("empty pipe", poll.poll(0))
p.write(b"abc")
print("with data", [(o is p, ev) for o, ev in poll.poll(0)])
poll.modify(p, select.POLLIN | select.POLLOUT)
print("both", [(o is p, ev) for o, ev in poll.ipoll(0)])
poll.unregister(p)
print("unregistered", poll.poll(0))
for bad in (-1, object()):
    try:
        poll.register(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)


async def producer(w):
    for i in range(5):
        w.write(b"line %d\n" % i)
        await w.drain()
        await asyncio.sleep_ms(1)


async def consumer(r):
    lines = []
    for i in range(5):
        lines.append(await r.readline())
    return lines


async def main():
    pipe = Pipe()
    r = asyncio.StreamReader(pipe)
    w = asyncio.StreamWriter(pipe)
    res = await asyncio.gather(consumer(r), producer(w))
    print(res[0])
    pipe.write(b"12345")
    buf = bytearray(8)
    print(await r.readinto(buf), buf)
    print("polled through ioctl:", pipe.polls > 0)


asyncio.run(main())
