# constant folding with const() values in expressions
from micropython import const
A = const(0x10)
B = const(A | 0x01)
C = const(-A)
print(A, B, C, A * B, B >> 2, hex(B))
if A > 8:
    print('folded branch')
