for s, sub in [("aaaaa", "aa"), ("abababa", "aba"), ("mississippi", "issi"), ("mississippi", "ss"), ("", ""), ("abc", ""), ("ééé", "éé"), ("xxx", "xxxx")]:
    print(repr(s), repr(sub), s.count(sub), s.find(sub), s.rfind(sub), s.replace(sub, "#") if sub else s.replace(sub, "#"), s.split(sub) if sub else None)
    print(s.count(sub, 1), s.count(sub, 1, -1), s.count(sub, -2), s.find(sub, 1, 3), s.rfind(sub, 0, 4))
