# hashlib: md5, sha1, sha224, sha384, sha512, sha3; hashlib.new; errors
import hashlib

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512"):
    f = getattr(hashlib, name)
    h = f(b"The quick brown fox jumps over the lazy dog")
    hd = h.hexdigest()
    print(name, h.name, h.digest_size, h.block_size, hd)
    print(hashlib.new(name, b"The quick brown fox jumps over the lazy dog").hexdigest() == hd)
    print(f().hexdigest())
print(hashlib.new("SHA256", b"abc").hexdigest() == hashlib.sha256(b"abc").hexdigest())
print(hashlib.new("md5").name, hashlib.new(name="sha1", data=b"").hexdigest())
for bad in (lambda: hashlib.new("nope"), lambda: hashlib.sha256("str"),
            lambda: hashlib.sha256(1), lambda: hashlib.md5().update("s"), lambda: hashlib.new(1)):
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
names = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256")
print([n in hashlib.algorithms_guaranteed for n in names], [n in hashlib.algorithms_available for n in names])
