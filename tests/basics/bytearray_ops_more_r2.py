a = bytearray(b"hello")
a[0] = 72
a[-1] = ord("O")
print(a)
a[1:3] = b"EE"
print(a)
a[1:3] = b""
print(a)
a[0:0] = b"<<"
print(a)
a[len(a):] = [62, 62]
print(a)
a[::2] = b"*" * len(a[::2])
print(a)
del a[::3]
print(a)
del a[-1]
print(a)
a.extend(b"xy")
a.extend([1, 2])
a.extend(iter(b"z"))
a.append(0)
print(a)
a.insert(0, 33)
a.insert(100, 34)
a.insert(-100, 35)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(120)
print(a)
a.reverse()
print(a, a.copy() == a, a.copy() is a)
a.clear()
print(a, len(a))
for bad in [256, -1]:
    try:
        a.append(bad)
    except ValueError:
        print("ValueError", bad)
try:
    a.remove(5)
except ValueError:
    print("ValueError remove")
try:
    a.pop()
except IndexError:
    print("IndexError pop")
b = bytearray(b"abc")
b += b"def"
b *= 2
print(b, b.index(b"d"), b.count(b"a"))
try:
    b[0] = 300
except ValueError:
    print("ValueError set")
try:
    b[100]
except IndexError:
    print("IndexError get")
