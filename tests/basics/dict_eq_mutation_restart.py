# A key whose __eq__ clears and refills the dict on every call (found by a hostile probe: the
# search restarted forever). The search re-validates the table after each __eq__ and restarts;
# the result for the key object that caused the restart is reused when it is met again, and
# int/str table keys whose hash differs from the key's are not compared at all (no __eq__ call,
# as CPython), so the insertion finishes as in CPython.
class K:
    def __init__(s, v):
        s.v = v

    def __hash__(s):
        return 1

    def __eq__(s, o):
        d.clear()
        for i in range(100):
            d[i] = i
        return False


d = {}
for i in range(5):
    d[K(i)] = i
print('built', len(d), sorted(k for k in d if isinstance(k, int)) == list(range(100)))
d = {i: i for i in range(50)}
d.update({'k%d' % i: i for i in range(20)})
print(d[1.0], d[True], d[2.0], d[-0.0] if -0.0 in d else None, d['k3'], d['k' + str(4)], d[int('7')])
print(1.0 in d, 49.0 in d, 50.0 in d, 'k19' in d, ''.join(['k', '1', '9']) in d, b'k1' in d)
class E:
    def __init__(s, h): s.h = h
    def __hash__(s): return s.h
    def __eq__(s, o):
        print('eq called', o)
        return o == s.h
print(E(5) in d, E(1000) in d)
s = {'abc', 'abd'}
print('ab' + 'c' in s, {1: 1}[1.0])
import sys
big = {2**62 + i: i for i in range(20)}
print(big.get(2**62 + 3), big.get(float(2**62)))
