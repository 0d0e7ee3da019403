s = "\u00e9\U0001F600\x41\101"
print(s, len(s), [hex(ord(c)) for c in s])
print("\u20ac" == "€", "\U000020ac" == "€", "\xe9" == "é", "\0" == "\x00", "\7" == "\a", "\777"[0:0] == "")
print(repr("\x7f"), repr("\x9b"), repr("\u00ad"), repr("\U0010ffff"), repr("\ue000"), repr("😀"))
print(b"\xc3\xa9".decode(), b"\xe2\x82\xac".decode("utf-8"), "é".encode("latin-1"), b"\xe9".decode("latin-1"), "abc".encode("ascii"))
for bad in [b"\xff", b"\xc3", b"\xe2\x82", b"\xc3\x28", b"\xed\xa0\x80"]:
    try:
        bad.decode()
        print("no error", bad)
    except UnicodeError as e:
        print("UnicodeError", bad, isinstance(e, ValueError))
try:
    "é".encode("ascii")
except UnicodeError:
    print("UnicodeEncodeError")
print(b"\xff".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "replace"), "é€".encode("ascii", "ignore"), "é".encode("ascii", "replace"))
print(str(b"\xc3\xa9", "utf-8"), str(bytearray(b"\xe2\x82\xac"), "utf-8"), str(b"x"))
