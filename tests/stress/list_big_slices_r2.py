l = list(range(100000))
print(len(l[::3]), sum(l[1::7]), l[-1:-50000:-9999], len(l[50000:]))
del l[::2]
print(len(l), l[:3], l[-3:])
l[::5] = [0] * len(l[::5])
print(sum(l) % 1000007, l.count(0))
s = "ab" * 50000
print(len(s.split("b")), s.count("ab"), s[::1000][:10], len(s.replace("a", "xyz")))
b = bytearray(200000)
b[::3] = b"\x01" * len(b[::3])
print(sum(b), b.count(1), bytes(b[:7]))
d = {i: str(i) for i in range(50000)}
print(len(d), d[49999], sum(len(v) for v in d.values()))
