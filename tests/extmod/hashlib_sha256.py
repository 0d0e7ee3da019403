# hashlib: sha256 and friends on known vectors; update/copy/digest semantics
import hashlib

h = hashlib.sha256()
print(h.hexdigest())
h.update(b"abc")
print(h.hexdigest())
print(h.digest())
print(h.digest() == h.digest(), h.hexdigest() == h.digest().hex())
print(h.name, h.digest_size, h.block_size)
h2 = h.copy()
h.update(b"def")
print(h.hexdigest(), h2.hexdigest())
print(hashlib.sha256(b"abcdef").hexdigest() == h.hexdigest())
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == h2.hexdigest())
print(hashlib.sha256(memoryview(b"xabcx")[1:4]).hexdigest() == h2.hexdigest())
h = hashlib.sha256()
for i in range(1000):
    h.update(bytes([i & 255]) * (i % 7))
print(h.hexdigest())
print(hashlib.sha256(b"a" * 1000000).hexdigest())
