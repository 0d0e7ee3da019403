parts = [str(i) for i in range(50000)]
s = ",".join(parts)
print(len(s), s[:20], s[-20:])
print(len(s.split(",")), s.count(","), s.find("49999"))
t = ""
for i in range(5000):
    t += chr(97 + i % 26)
print(len(t), t[:30], t.count("abc"))
u = "x" * 100000
print(len(u.replace("x", "yz")), u.upper()[:3])
