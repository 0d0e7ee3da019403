# 2,000,000 one-character appends and 200,000 appends of short pieces: must finish well
# within the test timeout, which a quadratic (copy per append) implementation cannot.
# The .exp file holds the expected output because CPython copies on every bytes append and
# cannot finish build_bytes in time (its str appends are in place, like ours).

def build(n):
    s = ''
    for i in range(n):
        s += 'abcdefghij'[i % 10]
    return s

def build_plus(n):
    s = ''
    for i in range(n):
        s = s + 'xy'
    return s

def build_bytes(n):
    b = b''
    for i in range(n):
        b += b'z'
    return b

def build_unicode(n):
    s = ''
    for i in range(n):
        s += 'é'
        if i % 1000 == 0:
            k = len(s)     # char counts stay incremental
    return s, k

s = build(2000000)
print(len(s), s[:12], s[-12:], s.count('a'))
t = build_plus(200000)
print(len(t), t[-4:])
b = build_bytes(500000)
print(len(b), b[-3:])
u, k = build_unicode(200000)
print(len(u), k, len(u.encode()), u[-2:])
