t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: 72}), "hello".translate({}))
print("héllo".translate({ord("é"): "e"}))
class M:
    def __getitem__(self, k):
        if k == ord("x"):
            return "Y"
        raise LookupError
print("axbx".translate(M()))
try:
    str.maketrans("ab", "c")
except ValueError:
    print("ValueError")
try:
    "a".translate({97: 3.5})
except TypeError:
    print("TypeError")
