for t in (bytes, bytearray):
    b = t(b"aBc")
    print(b.center(7), b.center(7, b"*"), b.ljust(6, b"-"), b.rjust(6, b"0"), b.zfill(6), t(b"-5").zfill(4), t(b"+x").zfill(4))
    print(b.upper(), b.lower(), b.swapcase(), t(b"hello world").title(), t(b"hELLO").capitalize())
    print(t(b"a\tb").expandtabs(), t(b"a\tb").expandtabs(2), t(b"a\nb\r\nc").splitlines(), t(b"a\nb\r\nc").splitlines(True))
    print(t(b"abc").isalpha(), t(b"ab1").isalnum(), t(b"12").isdigit(), t(b" \t").isspace(), t(b"ABC").isupper(), t(b"abc").islower(), t(b"Ab Cd").istitle())
    print(t(b"").isalpha(), t(b"").isdigit(), t(b"\xe9").isalpha(), t(b"\xe9").upper(), t(b"\xc9").lower())
    try:
        b.center(5, b"ab")
    except TypeError:
        print("TypeError fill")
    try:
        b.center(5, "*")
    except TypeError:
        print("TypeError strfill")
