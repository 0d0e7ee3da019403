# unpacking in list / tuple / set literals
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print((*'ab',))
print(sorted({*a, *b, 1}))
print([*range(3), *[], *'xy'])
print([0, *a, 0, *b])
g = (i for i in range(3))
print([*g])
