# unicode
s = "héllo wörld ☃ 😀"
print(len(s), s[1], s[-1], s[6:11], s.upper(), s.title(), s.find("ö"), s.index("☃"), s.split(" "))
print(s.encode("utf-8"), len(s.encode()), s.encode().decode() == s)
print([ord(c) for c in "é☃😀"], chr(0x1f600) == "😀", "\u00e9" == "é", "\U0001F600" == "😀")
print(repr("é☃"), ascii("é☃😀") if True else "", "é".center(5, "*"), "☃".ljust(3, "→"))
print(sorted("éaü"), "é" < "ü", max("abcé"), "ü" in s, s.count("l"), s.replace("ö", "o"))
print("%s|%5s|%-5s|" % ("é", "ü", "☃"), "{:^7}".format("😀"), f"{'é':>3}")
print(s[::-1], s[::2], list("é😀"), "".join(reversed("abé")))
b = "é".encode("utf-8")
print(b, b.decode("utf-8"), bytes("☃", "utf8"), str(b"\xe2\x98\x83", "utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeError:
    print("UnicodeError")
print("ÀÉÎ".lower(), "àéî".upper(), "é".isalpha(), "١".isdigit() if False else True)
print("a\u0300", len("a\u0300"), "\u2603".encode())
print(str(s.encode("utf-8"), "utf-8") == s, s.startswith("hé"), s.endswith("😀"), s.rfind("l"))
for c in "a☃":
    print(c, ord(c), hex(ord(c)))
print("x☃y".partition("☃"), "☃".join(["a", "b"]), "a☃b☃c".split("☃"), "☃☃".strip("☃") == "")
