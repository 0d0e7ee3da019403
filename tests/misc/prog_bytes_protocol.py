# Binary message protocol: framing with length prefixes, escaping, bytearray buffers, memoryview

import struct

class ProtocolError(Exception):
    pass

START, ESC = 0x7E, 0x7D

def escape(payload):
    out = bytearray()
    for b in payload:
        if b in (START, ESC):
            out.append(ESC)
            out.append(b ^ 0x20)
        else:
            out.append(b)
    return bytes(out)

def unescape(data):
    out = bytearray()
    it = iter(data)
    for b in it:
        if b == ESC:
            try:
                out.append(next(it) ^ 0x20)
            except StopIteration:
                raise ProtocolError("dangling escape")
        else:
            out.append(b)
    return bytes(out)

def checksum(data):
    return (-sum(data)) & 0xFF

MSG_TYPES = {1: 'PING', 2: 'DATA', 3: 'ACK', 4: 'TEXT'}

def encode(mtype, seq, payload):
    body = struct.pack('>BH', mtype, seq) + payload
    body += bytes([checksum(body)])
    return bytes([START]) + escape(body) + bytes([START])

class Reader:
    def __init__(self):
        self.buf = bytearray()
        self.errors = []
    def feed(self, chunk):
        self.buf.extend(chunk)
        msgs = []
        while True:
            try:
                s = self.buf.index(START)
            except ValueError:
                self.buf = bytearray()
                break
            try:
                e = self.buf.index(START, s + 1)
            except ValueError:
                del self.buf[:s]
                break
            frame = bytes(self.buf[s + 1:e])
            del self.buf[:e]
            if not frame:
                continue
            try:
                msgs.append(self.decode(frame))
            except ProtocolError as ex:
                self.errors.append(str(ex))
        return msgs
    def decode(self, frame):
        body = unescape(frame)
        if len(body) < 4:
            raise ProtocolError("short frame %d" % len(body))
        if checksum(body[:-1]) != body[-1]:
            raise ProtocolError("bad checksum")
        mtype, seq = struct.unpack('>BH', body[:3])
        payload = body[3:-1]
        name = MSG_TYPES.get(mtype)
        if name is None:
            raise ProtocolError("unknown type %d" % mtype)
        if name == 'TEXT':
            payload = payload.decode('utf-8')
        elif name == 'DATA':
            n = len(payload) // 2
            payload = list(struct.unpack('>%dh' % n, payload[:2 * n]))
        return (name, seq, payload)

frames = [
    encode(1, 1, b''),
    encode(2, 2, struct.pack('>4h', 1, -2, 0x7E7D, 32767)),
    encode(4, 3, "héllo ~ wörld".encode()),
    encode(3, 4, b'\x7e\x7d\x00'),
]
for f in frames:
    print(len(f), f.hex())
stream = b''.join(frames)
bad = bytearray(encode(4, 5, b'oops'))
bad[-2] ^= 1
stream += bytes(bad) + encode(9, 6, b'') + b'\x7e\x01\x7e' + encode(1, 7, b'')
r = Reader()
got = []
for i in range(0, len(stream), 7):
    got.extend(r.feed(stream[i:i + 7]))
for m in got:
    print(m)
print(r.errors, bytes(r.buf))
print(unescape(escape(bytes(range(120, 130)))) == bytes(range(120, 130)), escape(b'\x7e\x7d'))
try:
    unescape(b'ab\x7d')
except ProtocolError as e:
    print("ProtocolError:", e)
mv = memoryview(bytearray(b'abcdefgh'))
mv[2:4] = b'XY'
print(bytes(mv), mv[1], bytes(mv[-3:]), len(mv))
ba = bytearray(10)
ba[0:4] = struct.pack('<I', 0xCAFEBABE)
ba[4:6] = b'\x01\x02'
print(ba, ba.hex(), ba.startswith(b'\xbe'), ba.rstrip(b'\x00'), bytes(reversed(ba[:4])).hex())
print(b'key=val; k2=v2'.split(b'; '), b'%d-%s' % (5, b'x'), b'abc'.replace(b'b', b'BB'), b'a' in b'cab')
print(list(b'\x00\x7f\x80\xff'), bytes([65, 66]) + b'C', b'xyz'[1:], b'xyz'[1], bytearray(b'q') + b'r')
