# runaway recursion raises RuntimeError (RecursionError in CPython)
def f(n):
    return f(n + 1) + 1
try:
    f(0)
except RuntimeError as e:
    print(e.args[0])
print('recovered')
def g(n):
    return n if n == 0 else g(n - 1)
print(g(100))
