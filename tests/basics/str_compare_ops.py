print("a" < "b", "a" < "ab", "ab" < "b", "" < "a", "Z" < "a", "abc" == "abc", "abc" != "abd")
print("a" <= "a", "b" >= "a", "abc" > "abC", max("apple", "banana"))
print(b"a" < b"b", b"abc" == b"abc", b"ab" < b"abc", bytearray(b"a") == b"a", b"a" == bytearray(b"a"))
print(bytearray(b"a") < b"b", b"a" < bytearray(b"b"))
print("a" == b"a", "1" == 1, [1] == (1,))
try:
    "a" < 1
except TypeError:
    print("TypeError")
try:
    "a" < b"a"
except TypeError:
    print("TypeError")
print("a" in "abc", "" in "abc", "ac" in "abc", "abc" in "abc", "x" not in "abc")
print(b"b" in b"abc", 98 in b"abc", 300 in b"abc" if False else False, b"" in b"")
try:
    1 in "abc"
except TypeError:
    print("TypeError")
