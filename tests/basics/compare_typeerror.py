# ordering comparisons between unrelated types raise TypeError
pairs = [(1, 'a'), ('a', 1), ([1], (1,)), (None, 0), ({}, {}), (1, [1]), (b'a', 'a')]
for a, b in pairs:
    try:
        a < b
        print('no error')
    except TypeError:
        print('TypeError')
# equality never raises
print(1 == 'a', [1] == (1,), None == 0, b'a' == 'a')
try:
    sorted([1, 'a', 2])
except TypeError:
    print('TypeError sorted')
