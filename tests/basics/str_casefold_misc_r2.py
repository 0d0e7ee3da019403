for s in ["Hello", "ÄÖÜ", "ß", "ΣΑΣ", "Straße", "İ"[:0] + "ABCxyz", "ǅ"[:0] + "MiXeD 123"]:
    print(repr(s.casefold()), repr(s.lower()), repr(s.upper()), repr(s.swapcase()))
print("straße".casefold() == "STRASSE".casefold())
print("hello world foo".title(), "they're bill's".title(), "a1b2 c3".title(), "ABC dEF".capitalize())
print("".title(), "".capitalize(), "x".capitalize(), "1a".capitalize())
print("hello".istitle(), "Hello".istitle(), "Hello World".istitle(), "HeLLo".istitle(), "".istitle(), "1A".istitle())
