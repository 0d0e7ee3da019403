# sequence repetition with an object that has __index__
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([0] * I(3), I(2) * [1])
print((1,) * I(2), I(2) * (2,))
print('ab' * I(2), b'x' * I(3))
