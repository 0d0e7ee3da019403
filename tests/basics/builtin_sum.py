# sum()
print(sum([]), sum([1, 2, 3]), sum(range(10)), sum([1.5, 2.5]), sum([1, 2.0]))
print(sum([1, 2], 10), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(x for x in range(1000)), sum([2 ** 64, 2 ** 64]), sum([True, True]))
print(sum([1j, 2, 0.5]))
try:
    sum(['a', 'b'])
except TypeError:
    print('TypeError')
