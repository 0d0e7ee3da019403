for s in ["é", "日本", "😀x", ""]:
    print(repr(s.center(6, "·")), repr(s.ljust(5, "€")), repr(s.rjust(4)), repr(s.zfill(4)), len(s.center(7)))
print(repr("··é··".strip("·")), repr("€€x€".rstrip("€")), repr("ñañ".lstrip("ñ")), repr("\u3000 x \u3000".strip()), repr("\u2003y".lstrip()))
print("é日😀".encode(), "é日😀".encode("utf-8").decode(), len("é日😀".encode()), "x€".encode("utf-8"))
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "ÀbÇ".swapcase(), "élan vital".title(), "ñandú".capitalize(), "Ñ".isupper(), "ñ".islower())
print("ΑΒΓ".lower(), "αβγ".upper(), "Привет".upper(), "МИР".lower(), "ǅ".isalpha() if False else True)
print("é".isalpha(), "€".isalpha(), "½".isnumeric(), "½".isdigit(), " ".isspace(), "\u3000".isspace(), "a\u0301".isalpha())
print(sorted(["é", "e", "z", "ä", "a", "😀", "Z"]), max("héllo"), min("héllo"), "é" > "z", "€" < "😀")
