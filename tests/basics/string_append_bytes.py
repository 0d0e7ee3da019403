# b += x on bytes is linear and never changes an older bytes object that shares the buffer

def grow(n):
    b = b''
    olds = []
    for i in range(n):
        olds.append(b)
        b += bytes([65 + i % 26])
    return b, olds

b, olds = grow(300)
print(len(b), b[-5:], all(olds[i] == b[:i] for i in range(300)))

base = b'\x00' * 32
x = base + b'\x01'
y = base + b'\x02'
x2 = x + b'\x03'
x3 = x + b'\x04'
print(x, y, x2, x3)
print(hash(x) == hash(bytes(32) + b'\x01'), {x: 1, y: 2}[bytes(32) + b'\x02'])
print(x2.hex()[-8:], x3[-2:], bytearray(x3)[-1], memoryview(x2)[-1], list(x3[30:]))
print(x2.decode('latin-1')[-2:] == '\x01\x03', x.find(b'\x01'), x3.count(b'\x00'))

# bytes + bytearray / memoryview on the right
r = base + bytearray(b'ba')
r2 = r + memoryview(b'mv')
print(r[-2:], r2[-4:], type(r2).__name__)

# str -> bytes -> str round trip of an appended string
s = ''
for i in range(100):
    s += chr(0x3b1 + i % 20)
e = s.encode()
print(len(s), len(e), e.decode() == s, s[-3:])
