# asyncio streams over files and stdin (the runner gives /dev/null), and one select.poll that
# mixes fds (a socket pair) with an io.IOBase object polled through ioctl.
import asyncio
import io
import os
import select
import socket
import sys

NAME = "asyncio_files.tmp"
with open(NAME, "wb") as f:
    f.write(b"first line\nsecond line\n" + b"z" * 5000)


async def main():
    with open(NAME, "rb") as f:
        r = asyncio.StreamReader(f)
        print(await r.readline())
        print(await r.readexactly(7))
        rest = await r.read()
        print(len(rest), rest[:5])
        print(await r.read(), await r.readline())
    stdin = asyncio.StreamReader(sys.stdin.buffer)
    print("stdin", await stdin.read(10))


asyncio.run(main())
os.remove(NAME)


class Flag(io.IOBase):
    def __init__(self):
        self.on = False

    def ioctl(self, req, arg):
        return arg & select.POLLIN if req == 3 and self.on else 0


srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
cli = socket.socket()
cli.connect(srv.getsockname())
conn, _ = srv.accept()
flag = Flag()
p = select.poll()
p.register(conn, select.POLLIN)
p.register(flag, select.POLLIN)
print("nothing ready", p.poll(20))
flag.on = True
print("flag", [(o is flag, ev) for o, ev in p.poll(1000)])
cli.send(b"x")
res = sorted((o is flag, ev) for o, ev in p.poll(1000))
print("both", res)
flag.on = False
print("socket", [(o is conn, ev) for o, ev in p.ipoll(1000)])
# one-shot: a fired object is disarmed until modify()
flag.on = True
print("one-shot", len(p.poll(0, 1)), len(p.poll(0)))
p.modify(flag, select.POLLIN)
p.unregister(conn)
print("re-armed", [(o is flag, ev) for o, ev in p.poll(0)])
for s in (cli, conn, srv):
    s.close()
