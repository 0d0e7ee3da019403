# re: match/search/fullmatch, groups, spans, flags, Match and Pattern attributes
import re

m = re.match(r"(\w+) (\w+)", "hello world, bye")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.start(), m.end(), m.span(2), m.start(1), m.end(2))
print(m[0], m[1], m[2])
print(m.string, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.re.pattern, m.re.groups)
print(m)
print(re.match("b", "abc"), re.search("b", "abc"))
print(re.fullmatch("a.c", "abc"), re.fullmatch("a.", "abc"))
print(re.fullmatch("a|ab", "ab"))
print(re.search("x", "abc") is None)

# named groups
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?", "Jane Doe")
print(m.group("first"), m.group("last"), m["first"], m.groupdict(), m.groupdict("-"))
print(m.groups(), m.groups(0), m.lastindex, m.lastgroup, m.span("last"), m.start("opt"))
print(sorted(m.re.groupindex.items()))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"yo\"").group())
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").group(2))
print(re.match(r"(a)(b)?", "ac").lastindex)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)
print(re.match(r"(?P<x>(?P<y>a)b)", "ab").lastgroup)
print(re.match(r"a", "a").lastindex)

# lookaround, non-greedy, alternation, backrefs
print(re.findall(r"\w+(?=,)", "a, bb, ccc"))
print(re.findall(r"(?<=-)\d+", "1 -2 -33 4"))
print(re.findall(r"(?<!-)\b\d+", "1 -2 -33 4"))
print(re.findall(r"x(?!y)", "xy xz x"))
print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group())
print(re.match(r"a{2,3}?", "aaaa").group(), re.match(r"a{2,}", "aaaa").group())
print(re.match(r"a{,2}", "aaaa").group(), re.match(r"x{,}", "xxx").group())
print(re.match(r"(\w)\1", "aab"), re.match(r"(\w)\1", "abb"))
print(re.search(r"(a|b)+c", "xxababc").group(0, 1))

# flags
print(re.match("abc", "ABC", re.I).group(), re.match("abc", "ABC", re.IGNORECASE).group())
print(re.findall("^x", "x\nx\nx"), re.findall("^x", "x\nx\nx", re.M))
print(re.findall("x$", "x\nx\nx"), re.findall("x$", "x\nx\nx", re.M))
print(re.match("a.b", "a\nb"), re.match("a.b", "a\nb", re.S).group())
print(re.match(r"""a   # an a
                   \d+ # digits
                   [ ]b  # space then b
                """, "a12 b", re.X).group())
print(re.match("(?i)abc", "AbC").group(), re.match("(?s)a.b", "a\nb").group())
print(re.match("(?i:a)b", "Ab").group(), re.match("(?i:a)b", "AB"))
print(re.compile("(?i)a").flags == re.I | re.U, re.compile("a", re.M).flags == re.M | re.U)
print(re.compile(b"a").flags, re.compile(b"(?i)a").flags)
print(re.match(r"(?x) a b c", "abc").group())
print(re.search(r"(?m)^b", "a\nb").group())
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U))
print(re.IGNORECASE == re.I, re.MULTILINE == re.M, re.DOTALL == re.S, re.VERBOSE == re.X, re.ASCII == re.A)

# $, \Z, \A
print(re.search("a$", "a\n"), re.search(r"a\Z", "a\n"), re.search(r"a\Z", "a").span())
print(re.search(r"\Aa", "ba"), re.search(r"\Ab", "ba").span())
print(re.findall(r"$", "a\n"), re.findall(r"$", "a\nb\n", re.M))
print(re.sub("$", "!", "ab\n"))
print(re.findall("(?m)^", "a\nb\n"), re.sub("(?m)^", ">", "a\nb\n"), [m.start() for m in re.finditer("(?m)^", "\n\n")])

# compiled pattern: pos / endpos
p = re.compile(r"\d+")
print(p.search("ab12cd345", 4).group(), p.search("ab12cd345", 0, 3).group())
print(p.match("ab12", 2).group(), p.match("ab12", 1), p.fullmatch("ab12", 2).group())
print(p.findall("1 22 333 4444", 2, 9), [m.span() for m in p.finditer("1 22 333", 1)])
print(p.search("ab12cd345", 4).pos, p.search("ab12cd345", 4, 8).endpos)
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1).span())
print(p.search("123", 5), p.search("123", -5).span(), p.search("123", 2, 1))
print(p.pattern, p.groups, p.groupindex == {})
print(p, re.compile("a", re.I), re.compile(b"x"))
print(re.compile("a", re.I | re.M))
print(re.compile(p) is p)
print(re.compile(r"\d+") == p)
print(type(p).__name__, type(p.match("1")).__name__)
print(isinstance(p, re.Pattern), isinstance(p.match("1"), re.Match))
