# a function with many locals, constants and a long body
src = ['def big():']
for i in range(300):
    src.append('    v%d = %d' % (i, i * 3))
src.append('    return ' + ' + '.join('v%d' % i for i in range(300)))
ns = {}
exec('\n'.join(src), ns)
print(ns['big']())
# many arguments
args = ', '.join('a%d' % i for i in range(100))
exec('def many(%s):\n    return a0 + a99 + a50' % args, ns)
print(ns['many'](*range(100)))
# long if/elif chain (long jumps)
lines = ['def chain(x):']
for i in range(400):
    lines.append('    %s x == %d:\n        return %d' % ('if' if i == 0 else 'elif', i, i * i))
lines.append('    return -1')
exec('\n'.join(lines), ns)
print(ns['chain'](0), ns['chain'](399), ns['chain'](1000))
# large loop body with break/continue across long jump
body = ['def loop():', '    t = 0', '    for i in range(10):', '        if i == 3:', '            continue', '        if i == 8:', '            break']
for j in range(500):
    body.append('        t += %d' % (j % 7))
body.append('    return t')
exec('\n'.join(body), ns)
print(ns['loop']())
# a large literal
big_list = eval('[' + ', '.join(str(i) for i in range(2000)) + ']')
print(len(big_list), sum(big_list))
big_dict = eval('{' + ', '.join('%d: %d' % (i, i) for i in range(500)) + '}')
print(len(big_dict), big_dict[499])
# deeply nested parentheses and blocks
print(eval('(' * 50 + '1' + ')' * 50))
nest = ['def deep():', '    r = 0']
ind = '    '
for k in range(15):
    nest.append(ind + 'for i%d in range(1):' % k)
    ind += '    '
nest.append(ind + 'r += 1')
nest.append('    return r')
exec('\n'.join(nest), ns)
print(ns['deep']())
