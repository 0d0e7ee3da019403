b = b"Hello, World"
print(b.lower(), b.upper(), b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.replace(b"l", b"L", 2))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.split(b", "), b[::-1], b[7:], bytes(reversed(b))[:3])
print(b.isalpha(), b"abc".isalpha(), b"Abc Def".istitle(), b"  ".isspace(), b"42".isdigit(), b"ab".isascii() if hasattr(b, "isascii") else True)
print(b.removeprefix(b"Hello") if hasattr(b, "removeprefix") else b", World", b.decode(), b.decode("ascii"), str(b, "utf-8"), list(b[:3]))
print(bytes.maketrans(b"lo", b"01") == bytes(i if i not in b"lo" else b"01"[b"lo".index(i)] for i in range(256)), b.translate(bytes.maketrans(b"lo", b"01")), b.translate(None, b"lo"))
print(b"a\x00b".split(b"\x00"), b"\x00".hex(), len(b"\x00\x00"), b"\x00" in b"a\x00", bytes(2) == b"\x00\x00", b"%02x" % 10)
print(b"abc" < b"abd", b"abc" < b"ab", max(b"abc"), min(b"xyz"), sum(b"\x01\x02"), sorted(b"cab"), list(enumerate(b"hi")))
