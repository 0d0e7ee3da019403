# a table-driven state machine using generators
def machine():
    state = 'idle'
    transitions = {
        ('idle', 'start'): 'running',
        ('running', 'pause'): 'paused',
        ('paused', 'resume'): 'running',
        ('running', 'stop'): 'idle',
        ('paused', 'stop'): 'idle',
    }
    while True:
        event = yield state
        state = transitions.get((state, event), state)
m = machine()
print(next(m))
for ev in ['start', 'pause', 'bogus', 'resume', 'stop', 'stop', 'start']:
    print(ev, '->', m.send(ev))
