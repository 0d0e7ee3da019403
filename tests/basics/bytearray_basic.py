# bytearray: mutable bytes
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b' ok')
ba.extend([1, 2])
print(ba)
ba += b'!'
print(ba)
print(bytearray(3), bytearray([1, 2, 3]), bytearray(), bytearray('abc', 'utf-8'), bytearray(range(3)))
print(ba == bytes(ba), type(ba[0:2]).__name__, bytes(ba[:3]))
b3 = bytearray(b'ab') * 2
print(b3, b3 + b'c', b3 == b'abab')
