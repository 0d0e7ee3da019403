print(bytes([0, 255]), bytes((1, 2)), bytes(range(3)), bytes(3), bytes(), bytes(b"ab"), bytes(bytearray(b"x")))
print(bytearray([0, 255]), bytearray(2), bytearray(iter([65, 66])), bytes("é", "utf-8"), bytes("abc", "ascii"))
for bad in [[256], [-1], [1, 2, 300], range(250, 260)]:
    try:
        bytes(bad)
    except ValueError:
        print("ValueError bytes", type(bad).__name__)
    try:
        bytearray(bad)
    except ValueError:
        print("ValueError bytearray", type(bad).__name__)
for bad in [["a"], [1.0], 1.5, None]:
    try:
        bytes(bad)
    except TypeError:
        print("TypeError", repr(bad))
try:
    bytes(-1)
except ValueError:
    print("ValueError neg")
try:
    bytes("abc")
except TypeError:
    print("TypeError str no enc")
try:
    bytes(b"x", "utf-8")
except TypeError:
    print("TypeError enc with bytes")
print(bytes(memoryview(b"mv")), bytes(x for x in [104, 105]))
