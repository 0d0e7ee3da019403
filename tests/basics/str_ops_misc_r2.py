print("ab" * 0, "ab" * -1, -2 * "x", "abc" * True, "" * 100, "x" * 3)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abab".replace("ab", "ba"), "a" in "", "" in "", "" in "a")
print("abc"[-4:], "abc"[1:1], "abc"[2:0:-1], "abc"[::-1][::-1], "hello"[1:100:2], "hello"[-100:2])
print("Hello, World".swapcase(), "hello"[::-1].upper(), "  x ".isspace(), "".isspace(), "\t\n".isspace())
print("a1".isalnum(), "a 1".isalnum(), "ABC".isupper(), "AbC".isupper(), "123".isupper(), "a1".islower(), "1".islower())
print("12".isdigit(), "1.2".isdigit(), "-1".isdigit(), "²".isdigit(), "12".isdecimal(), "12".isnumeric(), "Ⅻ".isnumeric())
print("_a".isidentifier(), "1a".isidentifier(), "a-b".isidentifier(), "".isidentifier(), "é".isidentifier(), "class".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii(), "\x7f".isascii(), "abc\n".isprintable(), "abc".isprintable(), "".isprintable())
print("x".join(""), str(123), str(-1.5), str([1, "a"]), str({"a"}), "%s" % "%s", "a\tb".split("\t"))
print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""), "".removeprefix(""))
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    "abc"[3]
except IndexError:
    print("IndexError")
try:
    "abc"[0] = "x"
except TypeError:
    print("TypeError assign")
print(min("bca"), max("bca"), sorted("bca"), list(map(ord, "AZ")), "".join(reversed("abc")), "a" < "aa" < "b")
