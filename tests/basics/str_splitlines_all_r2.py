s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\n\r\r\n"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ["", "\n", "\r\n", "\r", "x", "x\n", "\n\nx", "\r\r\n\n"]:
    print(repr(t), t.splitlines(), t.splitlines(True))
print(b"a\nb\r\nc\rd\x0be\x0cf".splitlines(), b"a\r\n\r".splitlines(True))
