class H:
    def __hash__(self): return 42
print(hash(H()), {H(): 1}.__len__())
class BadHash:
    def __hash__(self): return 'str'
try:
    hash(BadHash())
except TypeError:
    print('TypeError hash')
class Len:
    def __len__(self): return 'x'
try:
    len(Len())
except TypeError:
    print('TypeError len')
