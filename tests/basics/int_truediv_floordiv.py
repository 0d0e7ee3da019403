print(7 / 2, -7 / 2, 7 // 2, -7 // 2, 7 // -2, -7 // -2, 6 / 3, type(6 / 3).__name__)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5, 0 // -5)
print(1 / 3, 2 / 3, 10 / 4, 1 / 1, 0 / 5, -0 / 5)
print(2**100 / 2**99, (2**100 + 1) / 2, 10**20 / 10**10)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 7 // 2.0, 7 % 2.5)
print(1e308 * 10 / 1e308, -1 // 3, -1 % 3)
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0, 0), (2**70, 0)):
    for op in ("/", "//", "%"):
        try:
            eval("a %s b" % op)
        except ZeroDivisionError:
            print("ZeroDivisionError", op)
print(True / 2, True // 2, False % 3)
