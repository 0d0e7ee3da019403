# find/rfind/index/rindex/count with many start/end combinations
s = "abcabcabc"
subs = ["", "a", "bc", "cab", "abcabcabcx", "c"]
bounds = [None, 0, 1, -1, -3, 4, 9, 10, 100, -100]
for sub in subs:
    for st in bounds:
        for en in bounds:
            if st is None and en is None:
                r = (s.find(sub), s.rfind(sub), s.count(sub))
            elif en is None:
                r = (s.find(sub, st), s.rfind(sub, st), s.count(sub, st))
            else:
                r = (s.find(sub, st, en), s.rfind(sub, st, en), s.count(sub, st, en))
            print(repr(sub), st, en, r)
for args in [("x",), ("a", 5), ("a", 0, 0), ("", 20)]:
    for m in (s.index, s.rindex):
        try:
            print(m(*args))
        except ValueError:
            print("ValueError")
print(s.find("a", None, None), s.rfind("c", None, 5), s.count("a", None, -1))
