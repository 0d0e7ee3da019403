i = 0
found = None
while i < 5:
    j = 0
    while j < 5:
        if i * j == 6:
            found = (i, j)
            break
        j += 1
    else:
        i += 1
        continue
    break
print(found)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
print(n)
count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        count += 1
    else:
        print('inner complete', a)
print(count)
res = []
for x in range(10):
    if x == 2:
        continue
    elif x == 6:
        break
    res.append(x)
else:
    res.append('else')
print(res)
k = 3
while k:
    k -= 1
else:
    print('while else', k)
def find(items, target):
    for idx, v in enumerate(items):
        if v == target:
            break
    else:
        return -1
    return idx
print(find('abc', 'c'), find('abc', 'z'))
