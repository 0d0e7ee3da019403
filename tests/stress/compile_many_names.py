# One scope with 100,000 names, and a function with 60,000 locals: name lookups in the scope
# analysis are hashed, so this compiles in linear time (it took seconds to minutes before).
g = {}
exec('\n'.join('v%d = %d' % (i, i) for i in range(100000)) + '\nr = v99999 + v0', g)
print(g['r'], len(g) > 100000)
src = 'def f():\n' + ''.join('    w%d = %d\n' % (i, i) for i in range(60000)) + '    return w59999 + w1\n'
exec(src, g)
print(g['f']())
