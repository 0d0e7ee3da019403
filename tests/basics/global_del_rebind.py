counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def reset():
    global counter
    del counter
reset()
print('counter' in globals())
def recreate():
    global counter
    counter = 'new'
recreate()
print(counter)
def read_only():
    return counter
print(read_only())
def local_shadow():
    counter = 'local'
    return counter
print(local_shadow(), counter)
g = globals()
g['dyn'] = 42
print(dyn)
def set_via_globals():
    globals()['dyn2'] = 'x'
set_via_globals()
print(dyn2)
print(sorted(k for k in globals() if k.startswith('dyn')))
