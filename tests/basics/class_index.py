# __index__ allows use as a sequence index
class Idx:
    def __index__(self):
        return 3
print([10, 20, 30, 40][Idx()], 'abcdef'[Idx()])
print(bin(Idx()), hex(Idx()))
