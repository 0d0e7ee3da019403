# raising and catching many exceptions
n = 0
for i in range(50000):
    try:
        if i % 2:
            raise ValueError(i)
        raise KeyError(i)
    except ValueError as e:
        n += e.args[0]
    except KeyError:
        n -= 1
print(n)
def deep(k):
    if k == 0:
        raise IndexError('bottom')
    try:
        deep(k - 1)
    finally:
        pass
c = 0
for i in range(200):
    try:
        deep(50)
    except IndexError:
        c += 1
print(c)
