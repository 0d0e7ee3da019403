# As MicroPython documents, digest() ends a hash: a second digest(), hexdigest(), update() or
# copy() raises ValueError (CPython allows them); copy() taken before gives intermediate digests
import hashlib

for name in ("md5", "sha1", "sha256", "sha512"):
    algo = getattr(hashlib, name)
    for first in ("digest", "hexdigest"):
        h = algo(b"123")
        c = h.copy()
        getattr(h, first)()
        for op in ("digest", "hexdigest", "update", "copy"):
            try:
                if op == "update":
                    h.update(b"456")
                else:
                    getattr(h, op)()
                print(name, first, op, "no error")
            except ValueError as e:
                print(name, first, op, "ValueError", e)
        c.update(b"456")
        print(c.digest() == algo(b"123456").digest())
