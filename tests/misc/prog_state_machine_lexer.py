# State machine: CSV-with-quotes parser and a traffic-light FSM with transitions table

START, FIELD, QUOTED, QUOTE_IN_QUOTED = range(4)
NAMES = {START: 'START', FIELD: 'FIELD', QUOTED: 'QUOTED', QUOTE_IN_QUOTED: 'QQ'}

class CSVError(Exception):
    pass

def parse_csv(text, sep=',', trace=False):
    rows = []
    row = []
    field = []
    state = START
    line = 1
    for ch in text + '\n':
        prev = state
        if state == START:
            if ch == '"':
                state = QUOTED
            elif ch == sep:
                row.append('')
            elif ch == '\n':
                if row:
                    row.append('')
                    rows.append(row)
                    row = []
                line += 1
            else:
                field.append(ch)
                state = FIELD
        elif state == FIELD:
            if ch == sep:
                row.append(''.join(field)); field = []
                state = START
            elif ch == '\n':
                row.append(''.join(field)); field = []
                rows.append(row); row = []
                state = START
                line += 1
            elif ch == '"':
                raise CSVError("quote inside unquoted field on line %d" % line)
            else:
                field.append(ch)
        elif state == QUOTED:
            if ch == '"':
                state = QUOTE_IN_QUOTED
            else:
                field.append(ch)
                if ch == '\n':
                    line += 1
        elif state == QUOTE_IN_QUOTED:
            if ch == '"':
                field.append('"')
                state = QUOTED
            elif ch == sep:
                row.append(''.join(field)); field = []
                state = START
            elif ch == '\n':
                row.append(''.join(field)); field = []
                rows.append(row); row = []
                state = START
                line += 1
            else:
                raise CSVError("junk after closing quote on line %d" % line)
        if trace and prev != state:
            print("   %r: %s -> %s" % (ch, NAMES[prev], NAMES[state]))
    if state == QUOTED:
        raise CSVError("unterminated quote")
    return rows

sample = 'name,qty,note\nbolt,10,"M6, zinc"\nnut,,"say ""hi"""\n"multi\nline",3,x\n'
for r in parse_csv(sample):
    print(r)
parse_csv('a,"b"\n', trace=True)
for bad in ['a,b"c\n', '"abc', '"a"b,c']:
    try:
        parse_csv(bad)
    except CSVError as e:
        print("CSVError:", e)
print(parse_csv("x;y;;z", sep=';'))

class FSM:
    def __init__(self, name, initial, table):
        self.name = name
        self.state = initial
        self.table = table
        self.history = [initial]
        self.listeners = []

    def on(self, fn):
        self.listeners.append(fn)
        return fn

    def fire(self, event):
        key = (self.state, event)
        if key not in self.table:
            raise KeyError("%s: no transition from %s on %s" % (self.name, self.state, event))
        target = self.table[key]
        if callable(target):
            target = target(self)
        old, self.state = self.state, target
        self.history.append(target)
        for fn in self.listeners:
            fn(old, event, target)
        return self

counts = {'timer': 0}
def timer_target(fsm):
    counts['timer'] += 1
    return 'flashing' if counts['timer'] % 4 == 0 else 'green'

light = FSM('light', 'red', {
    ('red', 'timer'): timer_target,
    ('green', 'timer'): 'yellow',
    ('yellow', 'timer'): 'red',
    ('flashing', 'reset'): 'red',
    ('red', 'fault'): 'flashing',
    ('green', 'fault'): 'flashing',
})
transitions = []
@light.on
def record(old, ev, new):
    transitions.append("%s-%s->%s" % (old, ev, new))

for ev in ['timer', 'timer', 'timer'] * 4 + ['reset', 'fault', 'timer', 'reset']:
    try:
        light.fire(ev)
    except KeyError as e:
        print("KeyError", e.args[0])
print(transitions)
print(light.history.count('red'), light.state, len(light.history))
visits = {}
for s in light.history:
    visits[s] = visits.get(s, 0) + 1
print(sorted(visits.items()))
