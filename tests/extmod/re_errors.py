# re: bad patterns raise re.error; bad arguments raise TypeError/ValueError/IndexError
import re

print(issubclass(re.error, Exception))
for p in ["(", ")", "[a", "a**", "*a", r"\q", r"(?P<n>a)(?P<n>b)", r"(?P=nope)",
          "a{3,2}", r"\x1", r"\u12", r"(?<=a+)b", r"\1", "(?Z)", "[b-a]", r"\k<x>", r"\p{L}", "a\\",
          "a(?i)b", "(?i-i:a)", "(?<a>x)", "(?R)", "(?|a)", "(*UTF)a", "(?P>x)", "(?1)", "(?&n)",
          "(?i", "(?iz)", "(?-)", r"\Q.\E", r"\K", r"\G", r"\h", r"\R", r"\X", r"\C", r"\e", r"\cA"]:
    try:
        re.compile(p)
        print(p, "compiled")
    except re.error as e:
        print(p, "error", type(e).__name__, isinstance(e.args[0], str) and len(e.args[0]) > 0)

m = re.match(r"(a)(?P<n>b)", "ab")
for g in (3, -1, "x", None, 1.5):
    try:
        m.group(g)
    except IndexError:
        print("IndexError", g)
for t in (r"\3", r"\g<x>", r"\g<5>", r"\q", "\\", r"\g<1", r"\g<-1>", r"\g< n>", r"\g<>", r"\g"):
    try:
        print(m.expand(t))
    except (re.error, IndexError) as e:
        print("bad template", repr(t), type(e).__name__ in ("error", "IndexError"))
try:
    re.compile(re.compile("a"), re.I)
except ValueError:
    print("ValueError")
try:
    re.sub("(a)", r"\2", "a")
except re.error:
    print("error: invalid group reference")
print(m.group(True), m.span(True))
print(re.compile("(?i)(?m)a").flags == re.I | re.M | re.U, re.compile("(?x) (?i) a").flags == re.I | re.X | re.U)
print(re.compile("a") is re.compile("a"))
re.purge()
print(re.match("a", "a").group())

# re.error's attributes
for f in (lambda: re.compile(r"ab\q"), lambda: re.compile("(?P=zz)"), lambda: re.sub("a", r"\g<x", "a"),
          lambda: re.compile(b"[a"), lambda: re.compile("a(")):
    try:
        f()
    except re.error as e:
        print(repr(e.pattern), type(e.pos).__name__, type(e.msg).__name__, str(e).startswith(e.msg))
try:
    re.compile(r"x\q")
except re.error as e:
    print(e.msg, e.pos, str(e))
