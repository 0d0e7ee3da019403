# building large strings and bytes
s = ''
for i in range(20000):
    s += chr(97 + i % 26)
print(len(s), s[:30], s.count('a'))
parts = []
for i in range(50000):
    parts.append('%d,' % i)
j = ''.join(parts)
print(len(j), j[-12:])
b = bytearray()
for i in range(100000):
    b.append(i & 0xff)
print(len(b), sum(b))
print(len('ab' * 500000), len(b'xyz' * 100000))
