# re: bytes patterns and subjects, mixing str and bytes
import re

m = re.match(rb"(\w+)=(\d+)", b"key=42;")
print(m.group(), m.groups(), m.span(2), m)
print(re.findall(rb"\d", b"a1b2"), re.split(rb",", b"a,b"), re.sub(rb"a", b"o", b"banana"))
print(re.sub(rb"(a)", rb"<\1>", b"xa"), re.subn(b"a", b"", b"aaa"))
print(re.search(b"b", bytearray(b"abc")).group(), re.search(b"b", memoryview(b"abc")).span())
print(re.match(rb"\xff+", b"\xff\xfe").group())
print(re.findall(rb"\w", "é1".encode()))
print(re.match(rb"(?i)ABC", b"abc").group())
print(re.sub(b"a", lambda m: b"[" + m.group() + b"]", b"bab"))
print(re.compile(b"x").pattern, re.compile(b"x").groupindex == {})
print(re.escape(b"a.b*c"))
for f in (lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"),
          lambda: re.sub(b"a", "x", b"a"), lambda: re.sub("a", b"x", "a"),
          lambda: re.match("a", 1), lambda: re.compile(1),
          lambda: re.sub("a", lambda m: 1, "a"), lambda: re.compile(b"a", re.U)):
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
