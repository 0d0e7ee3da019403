for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5):
    print(x, round(x), type(round(x)).__name__)
print(round(2.675, 2), round(1.25, 1), round(1.35, 1))
print(round(123.456, -1), round(123.456, -2), round(123.456, 0))
print(round(15, -1), round(25, -1), round(-15, -1), round(-25, -1))
print(round(12345, -2), round(12355, -1), round(5, 0), round(5, 2))
print(round(2**70 + 5, -1) - 2**70)
print(round(7), round(-7), round(True))
print(round(0.0), round(-0.0, 1))
print(round(1e20), round(1.5e10))
try:
    round(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    round(float("nan"))
except ValueError:
    print("ValueError")
print(round(float("inf"), 2), round(float("nan"), 1))
class R:
    def __round__(self, n=None):
        return ("r", n)
print(round(R()), round(R(), 3))
