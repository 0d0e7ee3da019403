# break/continue/return inside try/finally in loops
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append('f%d' % i)
print(out)
def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return 'ret%d' % i
            finally:
                print('inner finally', i)
        finally:
            print('outer finally', i)
print(f())
i = 0
while i < 4:
    i += 1
    try:
        if i % 2:
            continue
        print('body', i)
    finally:
        print('fin', i)
def g():
    for x in range(3):
        try:
            for y in range(3):
                try:
                    if y == 1:
                        break
                finally:
                    print('y', y)
            if x == 1:
                continue
        finally:
            print('x', x)
g()
