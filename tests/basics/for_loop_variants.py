for i in range(3):
    pass
print(i)
for c in "ab":
    print(c, end="")
print()
for k in {"x": 1, "y": 2}:
    print(k, end="")
print()
for a, b in {"x": 1, "y": 2}.items():
    print(a, b, end=";")
print()
for i, c in enumerate("xyz", 1):
    if c == "y":
        continue
    print(i, c)
for x in []:
    print("never")
else:
    print("else on empty")
for x in [1, 2]:
    if x == 2:
        break
else:
    print("not printed")
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    print(x, end=" ")
print()
total = 0
for i in range(10):
    for j in range(10):
        if j > i:
            break
        total += j
print(total)
for [p, q] in [(1, 2)]:
    print(p, q)
d = {}
for d["key"] in range(3):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "ab":
    pass
print(o.attr)
def f():
    for i in range(5):
        if i == 3:
            return i
print(f())
for i in range(5, 0, -2):
    print(i, end=" ")
print()
