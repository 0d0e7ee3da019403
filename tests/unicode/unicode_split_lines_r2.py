s = "α β\u3000γ\u2003δ\nε\u2028ζ\u0085η"
print(s.split(), s.split(None, 2), s.rsplit(None, 1), s.splitlines(), s.splitlines(True))
print("é,ñ,,ü".split(","), "é--ñ--".split("--"), "a€b€c".rsplit("€", 1), "€".join(["x", "y"]), "ñ".join("abc"))
print(" é ".strip(), "ñ\tñ".expandtabs(4), "日\t本".expandtabs(3), "x😀\ty".expandtabs(4))
