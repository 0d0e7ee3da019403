l = list(range(10))
del l[::2]
print(l)
l = list(range(10))
del l[1::3]
print(l)
l = list(range(10))
del l[::-3]
print(l)
l = list(range(10))
del l[5:2]
print(l)
del l[-2:]
print(l)
l[2:2] = ["a", "b"]
print(l)
l[:] = [9]
print(l)
l = list(range(6))
l[::2] = "xyz"
print(l)
l[::-2] = [10, 20, 30]
print(l)
try:
    l[::2] = [1]
except ValueError:
    print("ValueError")
l[1:3] = []
print(l)
l[-1:] = range(3)
print(l)
l[10:] = [99]
print(l)
l[:0] = (1, 2)
print(l)
try:
    l[0:1] = 5
except TypeError:
    print("TypeError")
l = [0, 1, 2, 3]
l[1:3] = l
print(l)
print(l[::-1], l[-2::-2], l[1:-1:2], l[100:-100:-1], l[-100:100])
