# websocket: RFC 6455 framing over an in-memory stream
import io
import websocket


def server_frames(data_list, binary=False):
    out = io.BytesIO()
    ws = websocket.websocket(out)
    if binary:
        ws.ioctl(9, 2)
    for d in data_list:
        print(ws.write(d))
    return out.getvalue()


# server frames are unmasked: exact bytes
print(server_frames([b"hi", b""]))
print(server_frames([b"bin"], True))
big = server_frames([b"x" * 300])
print(big[:4], len(big))
huge = server_frames([b"y" * 70000])
print(huge[:10], len(huge))

# reading them back
ws = websocket.websocket(io.BytesIO(server_frames([b"hello", b"world\nnext"])))
print(ws.read(3), ws.read(10), ws.read(), ws.readline(), ws.read(), ws.read())
ws = websocket.websocket(io.BytesIO(big + huge))
b = bytearray(1000)
print(ws.readinto(b), bytes(b[:3]))
n = 0
while True:
    d = ws.read(4096)
    if not d:
        break
    n += len(d)
print(n)

# a client masks its frames; the server side unmasks them
out = io.BytesIO()
c = websocket.websocket(out, True)
c.write(b"masked payload")
c.write(b"z" * 200)
raw = out.getvalue()
print(raw[0], raw[1] & 0x80, raw[1] & 0x7F, len(raw))
s = websocket.websocket(io.BytesIO(raw))
print(s.read(), len(s.read()))

# control frames: PING answered with PONG, PONG ignored, CLOSE answered and ends the stream
class Pipe:
    def __init__(self, data):
        self.inp = io.BytesIO(data)
        self.out = io.BytesIO()

    def read(self, n):
        return self.inp.read(n)

    def write(self, b):
        return self.out.write(b)

    def close(self):
        print("sock closed")


frames = b"\x89\x03abc" + b"\x8a\x00" + b"\x81\x02ok" + b"\x88\x02\x03\xe8" + b"\x81\x02no"
p = Pipe(frames)
ws = websocket.websocket(p)
print(ws.read(), ws.read(), ws.read())
print(p.out.getvalue())
ws.close()
print(p.out.getvalue())
ws.close()
try:
    ws.read()
except ValueError as e:
    print("ValueError", e)

# malformed input raises OSError
for bad in (b"\x83\x00", b"\x89\x7e\x00\x80", b"\x81\x05ab", b"\x81"):
    ws = websocket.websocket(io.BytesIO(bad))
    try:
        print(ws.read())
    except OSError as e:
        print("OSError", e)
try:
    websocket.websocket(io.BytesIO()).ioctl(9, 3)
except ValueError as e:
    print("ValueError", e)

# a non-blocking stream with nothing ready: None, and the header is resumed later
class Trickle:
    def __init__(self, data):
        self.data = data
        self.turn = 0

    def read(self, n):
        self.turn += 1
        if self.turn % 2:
            return None
        r = self.data[:1]
        self.data = self.data[1:]
        return r


ws = websocket.websocket(Trickle(b"\x81\x7e\x00\x03abc"))
got = []
for i in range(20):
    r = ws.read(10)
    if r is None:
        got.append("-")
    else:
        got.append(r)
print(got)
