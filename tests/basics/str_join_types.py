print(",".join([]), ",".join(["a"]), ",".join(["a", "b", "c"]))
print("".join(("x", "y")), "-".join("abc"), "-".join(iter(["p", "q"])))
print(", ".join(str(i) for i in range(5)))
print(", ".join({"k1": 1}))
print(b"-".join([b"a", b"b"]), b"".join([b"x", bytearray(b"y")]))
print(bytearray(b",").join([b"1", b"2"]))
for bad in ([1, 2], ["a", 1], [b"a"]):
    try:
        ",".join(bad)
    except TypeError:
        print("TypeError")
try:
    b",".join(["a"])
except TypeError:
    print("TypeError")
try:
    ",".join(5)
except TypeError:
    print("TypeError")
