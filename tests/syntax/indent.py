# indentation: tabs, spaces, continuation lines, comments, semicolons
if True:
	a = 1
	if a:
		b = 2
print(a, b)

if True:
    # comment at the block's indentation
        # comment at another indentation
    c = 3
        # and another
    d = 4
print(c, d)

def f(x):
    if x:
        return 1
    else:
        return 2
print(f(0), f(1))

total = 1 + \
        2 + \
    3
print(total)

lst = [
    1,
        2,
  3,
]
print(lst)

e = 1; g = 2; h = 3;
print(e, g, h)

if e: print("one-line if")
while False: pass
for i in range(2): print(i); print(i * 10)

class K: x = 5; y = 6
print(K.x, K.y)

def g2(): return "g2"
print(g2())

if True:
    pass



    # trailing comment in a block followed by blank lines

print("after")
x = (1 +
     # comment inside brackets
     2)
print(x)
