print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10))
print(sum([0.1] * 10), sum([1, 2.5]), sum([1j, 2]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(range(101)), sum(x * x for x in range(10)))
print(sum([2**64, 2**64]), sum([True, True, False]))
print(sum([1, 2], start=5))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError")
try:
    sum([1, "a"])
except TypeError:
    print("TypeError")
