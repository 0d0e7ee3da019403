# for loops with else, break, continue
for i in range(3):
    pass
else:
    print('else', i)
for i in range(10):
    if i == 4:
        break
else:
    print('no')
print('break', i)
for x in []:
    print('never')
else:
    print('empty else')
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return i
print(find('hello', 'l'), find('hello', 'z'))
res = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        res.append((a, b))
print(res)
for ch in 'abc':
    for n in range(2):
        continue
    else:
        print('inner else', ch)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
print(l)
