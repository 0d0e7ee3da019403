# while loops with else, break and continue
i = 0
while i < 5:
    i += 1
else:
    print('else ran', i)
i = 0
while i < 5:
    if i == 2:
        break
    i += 1
else:
    print('not printed')
print('broke at', i)
i = 0
out = []
while i < 10:
    i += 1
    if i % 3:
        continue
    out.append(i)
print(out)
while False:
    print('never')
else:
    print('else of empty while')
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i = 0
while True:
    i += 1
    j = 0
    while True:
        j += 1
        if j == 3:
            break
    if i == 4:
        break
print(i, j)
