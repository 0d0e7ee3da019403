# machine (unix port): PinBase subclasses, Signal over any object with value(), time_pulse_us
try:
    import machine
except ImportError:
    print("SKIP")
    raise SystemExit

class Pin(machine.PinBase):
    def __init__(self, name):
        self.name = name
        self.v = 0
    def value(self, v=None):
        if v is None:
            return self.v
        print(self.name, "set", v)
        self.v = v

p = Pin("p1")
print(isinstance(p, machine.PinBase), p.value())
s = machine.Signal(p)
s.on()
print(s.value(), p.value())
s.off()
print(s(), p.value())
s(1)
s.value(0)
inv = machine.Signal(p, invert=True)
print(inv.value())
inv.on()
print(p.value(), inv.value(), inv())
inv.off()
print(p.value(), inv.value())
inv.value(True)
inv.value([])

class Duck:  # not a PinBase: any object with value() will do
    def __init__(self):
        self.v = 1
    def value(self, *a):
        if a:
            self.v = a[0]
        return self.v
d = Duck()
print(machine.Signal(d).value(), machine.Signal(d, invert=True).value())
machine.Signal(d, invert=True).on()
print(d.v)

for bad in (lambda: machine.Signal(1), lambda: machine.Signal(), lambda: s(1, 2)):
    try:
        bad()
    except TypeError:
        print("TypeError")

# time_pulse_us with scripted pins: levels come from a list, one per value() call
class Script(machine.PinBase):
    def __init__(self, levels):
        self.levels = levels
        self.i = 0
    def value(self):
        v = self.levels[min(self.i, len(self.levels) - 1)]
        self.i += 1
        return v

print(machine.time_pulse_us(Script([0, 0, 1, 1, 1, 0]), 1) >= 0)
print(machine.time_pulse_us(Script([1, 1, 0]), 1, 10000) >= 0)
print(machine.time_pulse_us(Script([0]), 1, 2000))   # the level never comes
print(machine.time_pulse_us(Script([1]), 1, 2000))   # the pulse never ends
print(machine.time_pulse_us(Script([1]), 0, 2000))
print(machine.idle())
print(machine.reset_cause() == machine.PWRON_RESET, machine.SOFT_RESET)
try:
    machine.soft_reset()
except SystemExit:
    print("SystemExit")
