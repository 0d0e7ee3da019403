s = "añb€c😀dañ€"
for sub in ["", "a", "ñ", "€", "😀", "ñb", "x", "€c😀"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, -2), s.count(sub, -4), sub in s)
print(s.index("😀"), s.rindex("ñ"), s.startswith("añ"), s.endswith("ñ€"), s.startswith("€", 3), s.endswith("😀", 0, 6))
print(s.split("€"), s.rsplit("ñ", 1), s.partition("😀"), s.rpartition("a"), s.replace("ñ", "N"), s.replace("€", "", 1))
print(len(s), s[3], s[-1], s[5], s[2:6], s[::-1], s[::3], s[-3:], s[100:], s[1:-1:2])
