# __int__ and __float__ conversions
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
n = Num()
print(int(n), float(n))
