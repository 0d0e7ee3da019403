for s in ("", "a", "A", "1", "a1", " ", "aB", "Ab Cd", "AB CD", "ab cd", "1a", "_", "Ab1 Cd2"):
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle())
print("abc_1".isidentifier(), "1abc".isidentifier(), "".isidentifier(), "_".isidentifier())
print("123".isdecimal(), "12a".isdecimal(), "123".isnumeric())
print("hello".isascii(), "héllo".isascii(), "".isascii())
