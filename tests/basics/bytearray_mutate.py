b = bytearray(b"hello")
b[0] = 72
print(b)
b.append(33)
print(b)
b.extend(b"??")
b.extend([1, 2])
print(b, len(b))
b += b"x"
print(b)
print(b.pop(), b.pop(0), b)
b.insert(0, 104)
b.insert(-1, 65)
b.insert(100, 66)
print(b)
b.remove(65)
print(b)
del b[0]
del b[-2:]
print(b)
b[1:3] = b"XYZ"
print(b)
b[::2] = b"a" * len(b[::2])
print(b)
b.reverse() if hasattr(b, "reverse") else None
print(b)
c = b.copy() if hasattr(b, "copy") else bytearray(b)
print(c == b, c is b)
b.clear() if hasattr(b, "clear") else None
print(len(b) >= 0)
for bad in (256, -1):
    try:
        bytearray(1)[0] = bad
    except ValueError:
        print("ValueError")
try:
    bytearray().pop()
except IndexError:
    print("IndexError")
try:
    bytearray(b"a").remove(98)
except ValueError:
    print("ValueError")
print(bytearray(3), bytearray([1, 2]), bytearray("ab", "utf-8"), bytearray(b"q") * 3)
