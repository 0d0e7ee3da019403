for s in ["1_2_3", " 1_2 ", "0_0", "00", "0_7", "+1_0", "-1_0", "1__2", "1_", "_1", "1 _2", "\t\n 5\x0c"]:
    try:
        print(repr(s), int(s))
    except ValueError:
        print(repr(s), "ValueError")
for s in ["1_2.5", "1_0e1_0", "_1.0", "1._0", "1.0_", "1e_1", "  -1_0.2_5  ", "inf", "-iNF", "nan", "infinity", "+Infinity", "1e", ".", "._1", "0x1"]:
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), "ValueError")
print(1_000_000, 0x_dead_beef, 0b_1010, 0o_777, 1_0.0_1, 1_0e1_0, 1_0j)
