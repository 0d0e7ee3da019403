print(*[1, 2], sep='-', end='!\n')
print(type(1 == 1))
print(not None, not [], not [0])
print(0 == False, 1 == True, hash(1) == hash(True), {1: 'a', True: 'b'})
def f(): return [1, 2, 3]
print(f()[1:], f()[-1], f()[::-1])
g = (i for i in range(3))
print(list(zip(g, g)))
print(list(map(lambda *a: a, [1, 2], [3, 4])))
def f(x):
    match = x
    case = 2
    return match + case
print(f(1))
