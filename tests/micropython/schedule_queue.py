# micropython.schedule as MicroPython runs it: queued callbacks run at the next check point (not
# inside schedule()), never nested (one scheduled from a callback runs after it), a full queue
# raises RuntimeError('schedule queue full'), and a callback's exception reaches the code it
# interrupted.
import micropython

out = []

def cb(x):
    out.append(x)
    if x == 1:
        micropython.schedule(cb, 10)
        for i in range(5):  # check points inside a callback do not run the new one
            pass
        out.append("end of 1")

micropython.schedule(cb, 1)
out.append("after schedule")
for i in range(3):
    pass
print(out)

def filler(x):
    try:
        for i in range(100):
            micropython.schedule(lambda y: out.append(y), i)
    except RuntimeError as e:
        print("RuntimeError:", e, i > 0)

out = []
micropython.schedule(filler, None)
for i in range(3):
    pass
print(len(out) > 0, out == list(range(len(out))))

def bad(x):
    raise ValueError(x)

micropython.schedule(bad, 5)
try:
    for i in range(3):
        pass
except ValueError as e:
    print("ValueError", e)
micropython.kbd_intr(-1)
micropython.kbd_intr(3)
