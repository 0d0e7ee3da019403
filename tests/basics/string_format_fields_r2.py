class O:
    attr = "A"
    lst = [10, 20]
    def __format__(self, spec):
        return "O<" + spec + ">"
o = O()
print("{0.attr} {0.lst[1]} {1[k]} {1[0]}".format(o, {"k": "K", 0: "zero"}) if False else "{0.attr} {0.lst[1]} {1[k]}".format(o, {"k": "K"}))
print("{} {} {}".format(1, 2, 3), "{2}{1}{0}".format("a", "b", "c"), "{x}{y}{x}".format(x=1, y=2), "{0}{x}".format("p", x="q"))
print("{:abc}".format(o), f"{o:xyz}", format(o, ""), "{!s}".format(5), "{{}} {{{0}}}".format(7), "{:{}}".format(o, "nested"))
print("{[0]}".format("str"), "{[1]}".format((5, 6)), "{0[-1]}".format({"-1": "neg"}) if False else "{0[a]}".format({"a": 1}))
for fmt, args, kw in [("{}{1}", (1, 2), {}), ("{0}{}", (1, 2), {}), ("{5}", (1,), {}), ("{x}", (), {}), ("{", (), {}), ("}", (), {}), ("{0.nope}", (1,), {}), ("{!x}", (1,), {}), ("{0[5]}", ([1],), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, fmt)
print("{0:>{1}}|".format("r", 4), "{:^{w}.{p}}|".format("abcdef", w=6, p=3), "{!r:^10}|".format("q"))
print(str.format("{} and {}", "a", "b"), "x".format(), "{}".format(None), "{}".format(b"b"), "{:}".format(1.0))
