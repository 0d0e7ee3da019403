# float floor division and modulo with signs
vals = [7.5, -7.5, 7.0, -7.0, 0.5, -0.5]
divs = [2.0, -2.0, 0.75, -0.75, 3]
for a in vals:
    print(a, [(a // d, a % d) for d in divs])
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2))
print(1e20 % 3.0, -1e-20 % 1.0, 5 % 2.5, -5 % 2.5)
print(3.0 // 0.1, 3.0 % 0.1 < 0.1)
print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0)
