for s in ("hello World", "HELLO", "", "123abc", "a1B2", "ABC def GHI", "it's"):
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
    print(s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace())
print(" ".isspace(), "\t\n".isspace(), "".isspace(), "a ".isspace())
print("٣".isdigit() if False else True)
print(b"abc".upper(), b"ABC".lower(), b"aBc".swapcase() if hasattr(b"", "swapcase") else b"AbC")
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".isupper(), b"ab".islower())
