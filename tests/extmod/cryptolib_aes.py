# cryptolib.aes: ECB, CBC and CTR against NIST SP 800-38A vectors (checked with openssl enc);
# in-place and out-buffer forms, chaining across calls, argument errors
try:
    import cryptolib
except ImportError:
    print("SKIP")
    raise SystemExit

def h(s):
    return bytes.fromhex(s)

K128 = h("2b7e151628aed2a6abf7158809cf4f3c")
K192 = h("8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b")
K256 = h("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4")
P = h("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51")
IV = bytes(range(16))
CTR0 = h("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff")

print(cryptolib.MODE_ECB, cryptolib.MODE_CBC, cryptolib.MODE_CTR)
c = cryptolib.aes(K128, 1).encrypt(P)
print(c.hex())
print(cryptolib.aes(K128, 1).decrypt(c) == P)
c = cryptolib.aes(K128, 2, IV).encrypt(P)
print(c.hex())
print(cryptolib.aes(K128, 2, IV).decrypt(c) == P)
print(cryptolib.aes(K192, 2, IV).encrypt(P).hex())
c = cryptolib.aes(K128, 6, CTR0).encrypt(P)
print(c.hex())
print(cryptolib.aes(K128, 6, CTR0).decrypt(c) == P)
print(cryptolib.aes(K256, 6, bytes(16)).encrypt(P[:21]).hex())
print(cryptolib.aes(K128, 6, b"\xff" * 16).encrypt(P).hex())  # the 128-bit counter wraps

# the state carries over between calls
e = cryptolib.aes(K128, 2, IV)
print((e.encrypt(P[:16]) + e.encrypt(P[16:])).hex())
e = cryptolib.aes(K128, 6, CTR0)
print((e.encrypt(P[:5]) + e.encrypt(P[5:20]) + e.encrypt(P[20:])).hex())
d = cryptolib.aes(K128, 6, CTR0)
print(d.decrypt(c[:7]) + d.decrypt(c[7:]) == P)

# out buffers and in-place
buf = bytearray(P)
cryptolib.aes(K128, 1).encrypt(buf, buf)
print(buf.hex())
out = bytearray(40)
print(cryptolib.aes(K128, 1).decrypt(buf, out), out[:32] == P, out[32:])
mv = memoryview(bytearray(P))
cryptolib.aes(K256, 6, bytes(16)).encrypt(mv, mv)
print(bytes(mv[:21]).hex())

for args in ((b"short", 1), (bytes(17), 1), (K128, 3), (K128, 0), (K128, 2, b"123")):
    try:
        cryptolib.aes(*args)
        print("no error")
    except ValueError:
        print("ValueError")
for f in (lambda: cryptolib.aes(K128, 1).encrypt(b"x" * 15), lambda: cryptolib.aes(K128, 2, IV).decrypt(b"x" * 17),
          lambda: cryptolib.aes(K128, 1).encrypt(P, bytearray(16)), lambda: cryptolib.aes(K128, 1).encrypt(P, b"x" * 32)):
    try:
        f()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
a = cryptolib.aes(K128, 1)
a.encrypt(P)
try:
    a.decrypt(P)
except TypeError:
    print("TypeError: can't encrypt & decrypt")
print(cryptolib.aes(K128, 6, CTR0).encrypt(b""), len(cryptolib.aes(K128, 1).encrypt(bytearray())))
