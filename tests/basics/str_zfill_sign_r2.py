for s in ["", "-", "+", "1", "-1", "+1", "--1", "abc", "-abc", "  -1", "1-", "-0.5", "+inf"]:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 2, 3, 5)])
print("12".zfill(True), "x".zfill(False))
