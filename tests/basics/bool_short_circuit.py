log = []
def t(x):
    log.append(x)
    return x
print(t(0) and t(1), log); log.clear()
print(t(2) and t(0) and t(3), log); log.clear()
print(t(0) or t('') or t(5) or t(6), log); log.clear()
print(t(1) or 1 / 0, log); log.clear()
print(t([]) or t({}), log); log.clear()
print(not t(0), not t([1]), log); log.clear()
print(t(None) is None and t('yes'), log); log.clear()
x = t(0) or t(0) and t(1)
print(x, log); log.clear()
x = (t(0) or t(2)) and t(3)
print(x, log); log.clear()
if t(1) and not t(0):
    print('branch', log)
log.clear()
r = [i for i in range(5) if t(i) and i % 2]
print(r, log); log.clear()
a = 1 if t(0) else t(2) if t(3) else t(4)
print(a, log)
print(0 or None, None or 0, '' and 1, [] or (), 1 and 2)
