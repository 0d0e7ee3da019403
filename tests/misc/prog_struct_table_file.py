# Fixed-width binary table with struct.Struct: schema, encode/decode rows, index, update in place

import struct
import io

class Schema:
    def __init__(self, fields):
        self.fields = fields
        fmt = '<' + ''.join(code for _, code in fields)
        self.st = struct.Struct(fmt)
        self.names = [n for n, _ in fields]
    def encode(self, row):
        vals = []
        for (name, code), v in zip(self.fields, row):
            if code.endswith('s'):
                v = v.encode('utf-8')
                width = int(code[:-1])
                if len(v) > width:
                    raise ValueError("%s too long: %d > %d" % (name, len(v), width))
            vals.append(v)
        return self.st.pack(*vals)
    def decode(self, data, offset=0):
        vals = self.st.unpack_from(data, offset)
        out = []
        for (name, code), v in zip(self.fields, vals):
            if code.endswith('s'):
                v = v.rstrip(b'\0').decode('utf-8')
            elif code == 'f':
                v = round(v, 3)
            out.append(v)
        return tuple(out)

HEADER = struct.Struct('<4sBI')

class Table:
    def __init__(self, schema):
        self.schema = schema
        self.buf = bytearray(HEADER.pack(b'TBL1', len(schema.fields), 0))
        self.index = {}
    @property
    def count(self):
        return HEADER.unpack_from(self.buf, 0)[2]
    def _set_count(self, n):
        HEADER.pack_into(self.buf, 0, b'TBL1', len(self.schema.fields), n)
    def insert(self, row):
        key = row[0]
        if key in self.index:
            raise KeyError("duplicate key %r" % (key,))
        rec = self.schema.encode(row)
        self.index[key] = len(self.buf)
        self.buf += rec
        self._set_count(self.count + 1)
    def get(self, key):
        return self.schema.decode(self.buf, self.index[key])
    def update(self, key, **changes):
        row = list(self.get(key))
        for k, v in changes.items():
            row[self.schema.names.index(k)] = v
        off = self.index[key]
        self.buf[off:off + self.schema.st.size] = self.schema.encode(row)
    def scan(self):
        body = bytes(self.buf[HEADER.size:])
        for raw in self.schema.st.iter_unpack(body):
            yield raw
    def rows(self):
        off = HEADER.size
        while off < len(self.buf):
            yield self.schema.decode(self.buf, off)
            off += self.schema.st.size

schema = Schema([('id', 'H'), ('name', '10s'), ('qty', 'i'), ('price', 'f'), ('active', '?')])
print(schema.st.format, schema.st.size, HEADER.size, HEADER.format)
t = Table(schema)
for row in [(1, 'apple', 50, 0.5, True), (2, 'banana', 120, 0.25, True), (3, 'cherry', 0, 4.75, False),
            (4, 'durian', 3, 12.0, True), (5, 'élan', 7, 1.125, True)]:
    t.insert(row)
print(t.count, len(t.buf), bytes(t.buf[:HEADER.size]).hex())
for r in t.rows():
    print("  %3d %-10s %5d %8.3f %s" % r)
print(t.get(3))
t.update(3, qty=30, active=True)
t.update(1, price=0.55)
print(t.get(3), t.get(1))
for bad in [lambda: t.insert((2, 'dup', 1, 1.0, True)), lambda: t.insert((9, 'waytoolongname', 1, 1.0, True)),
            lambda: t.insert((70000, 'big', 1, 1.0, True)), lambda: t.get(42)]:
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
    except (ValueError, struct.error) as e:
        print("rejected:", "too long" in str(e))
print(t.count)
raw = list(t.scan())
print(len(raw), raw[0][:2], raw[-1][1].rstrip(b'\0'))
total = sum(r[2] * r[3] for r in t.rows())
print("stock value %.3f" % total)
active = sorted((r[1] for r in t.rows() if r[4]), key=lambda s: s.lower())
print(active)
f = io.BytesIO(bytes(t.buf))
magic, nfields, count = HEADER.unpack(f.read(HEADER.size))
print(magic, nfields, count)
recs = []
while True:
    chunk = f.read(schema.st.size)
    if not chunk:
        break
    recs.append(schema.decode(chunk))
print(recs == list(t.rows()), [r[0] for r in recs])
pairs = struct.Struct('>hh')
pts = pairs.pack(1, 2) + pairs.pack(-3, 4) + pairs.pack(5, -6)
print([p for p in pairs.iter_unpack(pts)], list(struct.iter_unpack('>i', pts))[:2])
