# Range-checked fds and timeouts: a huge fd is an OverflowError (not fd 1 after truncation),
# NaN timeouts are ValueErrors (they used to block forever).
import select, socket
for f in (lambda: open(2**32 + 1), lambda: open(-1)):
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
p = select.poll()
for t in (float('nan'),):
    try:
        p.poll(t)
    except ValueError as e:
        print('poll', e)
try:
    select.select([], [], [], float('nan'))
except ValueError as e:
    print('select', e)
s = socket.socket()
try:
    s.settimeout(float('nan'))
except ValueError as e:
    print('settimeout', e)
s.close()
