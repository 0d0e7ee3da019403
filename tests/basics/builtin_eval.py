# eval()
print(eval('1 + 2 * 3'))
print(eval('[x * 2 for x in range(3)]'))
x = 10
print(eval('x + 1'))
print(eval('a + b', {'a': 1, 'b': 2}))
print(eval('a * c', {'a': 3}, {'c': 4}))
print(eval('  5  '))
print(eval("'str' + 'ing'"))
print(eval('(lambda q: q ** 2)(9)'))
g = {'n': 5}
print(eval('n', g), 'n' in globals())
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
try:
    eval('undefined_variable_q')
except NameError:
    print('NameError')
print(eval('len')('abcd'))
