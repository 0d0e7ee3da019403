# round() on floats
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(1.23456, 0), round(1.23456, 1), round(1.23456, 2), round(1.23456, 4))
print(round(123.456, -1), round(123.456, -2), round(-123.456, -1), round(1e15 + 0.3, 0))
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(-1 / 3, 5), round(2 / 3, 8))
print(round(5e-324, 2), round(12345.6789, 3))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
try:
    round(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    round(float('nan'))
except ValueError:
    print('ValueError')
print(round(float('inf'), 1), round(float('nan'), 2))
