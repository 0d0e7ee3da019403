# __index__ of a subscript or slice bound that resizes the sequence being indexed:
# indices are applied to the sequence as it is afterwards (an error or a clamp, never a stray write).
import array
def mk(kind):
    if kind == 'list': return list(range(100))
    if kind == 'bytearray': return bytearray(100)
    if kind == 'array': return array.array('i', range(100))
for kind in ['list', 'bytearray', 'array']:
    for op in range(8):
        s = mk(kind)
        class K:
            def __index__(self):
                del s[:]
                return 50
        try:
            if op == 0: r = s[1:K()]
            elif op == 1: s[1:K()] = s[:0] if kind != 'list' else []
            elif op == 2: del s[1:K()]
            elif op == 3: s[K():80:2] = mk(kind)[:15]
            elif op == 4: r = s[K():1:-1]
            elif op == 5: del s[K()::3]
            elif op == 6: s[K()] = 1
            elif op == 7: s.insert(K(), 1)
            print(kind, op, len(s))
        except Exception as e:
            print(kind, op, type(e).__name__)
