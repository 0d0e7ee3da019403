i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print(i)
else:
    print("no")
n = 0
while n < 3:
    n += 1
else:
    print("else", n)
while False:
    pass
else:
    print("else on false")
x = 10
while x:
    x //= 2
    print(x, end=" ")
print()
count = 0
while True:
    count += 1
    try:
        if count == 3:
            break
    finally:
        print("fin", count)
print(count)
a, b = 0, 1
fib = []
while len(fib) < 10:
    fib.append(a)
    a, b = b, a + b
print(fib)
