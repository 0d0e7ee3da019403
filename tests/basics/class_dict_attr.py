# instance __dict__
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 'two'
a = A()
print(sorted(a.__dict__.items()))
a.z = 3
print(sorted(a.__dict__))
print('cls_attr' in a.__dict__)
