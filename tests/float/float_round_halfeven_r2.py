for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 1e16 + 1.0, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, -0.125, 2.5e-10]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3))
for v in [1234.5678, -1234.5678, 5e-324, 1e300, 0.0, -0.0]:
    print(v, round(v, -1), round(v, -2), round(v, -5), round(v, 10), round(v, 400), round(v, -400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, round(2.5, None))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
    print(round(bad, 2))
print(round(15, -1), round(25, -1), round(-25, -1), round(150, -2), round(250, -2), round(12345, -10), round(7, 2))
