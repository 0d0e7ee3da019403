for s in ["é", "日本語", "😀😀", "aé"]:
    print("[{:>6}]".format(s), "[{:<6}]".format(s), "[{:^7}]".format(s), "[{:*^7}]".format(s), "[%5s]" % s, "[%-5s]" % s, f"[{s:.2}]", "[%.1s]" % s)
print("{:€>5}".format(1), "{:é<4}".format("x"), f"{'ñ'!r}", "%r" % "ñ", "{!a}".format("ñ") if True else 0, ascii("é😀\n"))
print("{0}{1}{0}".format("ü", "€"), "{}".format("\u00e9" == "é"), "%c%c" % ("é", 8364), "%c" % 128512, chr(8364) + chr(233))
