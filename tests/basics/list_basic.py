# list construction, indexing, concatenation
l = [1, 2, 3]
print(l, len(l), l[0], l[-1], l[1:], l + [4], l * 2, [0] * 3, [] * 5)
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1}), list(x for x in 'xy'))
l[0] = 'a'
print(l)
l[-1] = [4]
print(l, l[-1][0])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
print([1, 2] == [1, 2], [1, 2] is [1, 2], 2 in [1, 2], [1] in [[1]], 3 not in [1])
print(bool([]), bool([0]))
try:
    l[5]
except IndexError:
    print('IndexError')
try:
    l[5] = 1
except IndexError:
    print('IndexError assign')
a = [1, 2]
b = a
b += [3]
print(a)
print([i for i in [3, 4]][::-1])
