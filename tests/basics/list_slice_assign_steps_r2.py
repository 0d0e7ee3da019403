def show(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__)
def t(sl, val):
    l = list(range(10))
    try:
        l[sl] = val
        print(sl, l)
    except ValueError:
        print(sl, "ValueError")
    except TypeError:
        print(sl, "TypeError")
t(slice(None, None, 2), "abcde")
t(slice(None, None, 2), "abc")
t(slice(1, None, 3), [0, 0, 0])
t(slice(None, None, -1), range(10))
t(slice(None, None, -3), "wxyz")
t(slice(8, 2, -2), [7, 7, 7])
t(slice(8, 2, -2), [7])
t(slice(2, 8), [])
t(slice(2, 8), "X")
t(slice(8, 2), "AB")
t(slice(-3, None), [1, 2, 3, 4, 5])
t(slice(None, None, 1), [])
t(slice(100, 200), [5])
t(slice(-100, 1), [5])
t(slice(0, 10, 20), [99])
t(slice(None, None, 2), [])
t(slice(5, 5, 2), [])
t(slice(0, 3), 5)
l = list(range(6))
l[1:4] = l
print(l)
l = [1, 2, 3]
l[::-1] = l
print(l)
try:
    l[::0] = []
except ValueError:
    print("ValueError step0")
