print(sorted(str.maketrans("", "").items()), sorted(str.maketrans("ab", "ba", "xy").items()), sorted(str.maketrans({"é": "e", 10: None}).items()))
print("héllo wörld".translate(str.maketrans("éö", "eo")), "a-b_c".translate(str.maketrans("-_", "  ")), "tab\there".translate({9: "→"}))
print("abc".translate(str.maketrans({"a": "AAA", "c": ""})), "xyz".translate({ord("y"): ord("Y")}), "".translate({}))
try:
    str.maketrans({"ab": 1})
except ValueError:
    print("ValueError")
try:
    str.maketrans(1)
except TypeError:
    print("TypeError")
