# C3 method resolution order observed via cooperative super()
class Root:
    def who(self):
        return ['Root']
class A(Root):
    def who(self):
        return ['A'] + super().who()
class B(Root):
    def who(self):
        return ['B'] + super().who()
class C(A, B):
    def who(self):
        return ['C'] + super().who()
print(C().who())
class D(B, A):
    def who(self):
        return ['D'] + super().who()
print(D().who())
class X(Root):
    def who(self):
        return ['X'] + super().who()
class Y(A, X):
    def who(self):
        return ['Y'] + super().who()
class Z(Y, B):
    def who(self):
        return ['Z'] + super().who()
print(Z().who())
class Init:
    def __init__(self):
        self.log = ['Init']
class L(Init):
    def __init__(self):
        super().__init__()
        self.log.append('L')
class R(Init):
    def __init__(self):
        super().__init__()
        self.log.append('R')
class LR(L, R):
    def __init__(self):
        super().__init__()
        self.log.append('LR')
print(LR().log)
