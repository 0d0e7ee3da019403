# repr of every control char and some edge chars
print(repr("".join(chr(i) for i in range(0, 32))))
print(repr("\x7f\x80\x9f\xa0\xad\xff"))
for s in ["'", '"', "'\"", "a'b", 'a"b', "\\", "\\'", "'''", '"""', "it's \"x\""]:
    print(repr(s), ascii(s) if False else len(repr(s)))
print(repr("\U0001f600"), repr("\U00010000"), repr("\u2028\u2029"), repr("\ufeff"), repr("\u200b"))
print(repr("\ue000\ufffd"))
print(repr(["a'b", 'c"d', "\n"]), repr(("\t",)), repr({"\r": "\0"}))
print(str("\x00"), len(repr("\x00")))
