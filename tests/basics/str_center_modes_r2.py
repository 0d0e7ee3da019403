for s in ["a", "ab", "abc", "abcd"]:
    print([s.center(w, "*") for w in range(len(s), len(s) + 5)])
    print(["{:*^{}}".format(s, w) for w in range(len(s), len(s) + 5)])
    print(["%*s|%-*s" % (w, s, w, s) for w in range(len(s) - 1, len(s) + 3)])
