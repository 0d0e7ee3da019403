# Text adventure engine: rooms graph, command parser, inventory, scripted playthrough, save/restore

class GameOver(Exception):
    pass

class Room:
    def __init__(self, name, desc, exits=None, items=None, locked=None):
        self.name, self.desc = name, desc
        self.exits = dict(exits or {})
        self.items = list(items or [])
        self.locked = dict(locked or {})
    def describe(self):
        s = "%s: %s" % (self.name, self.desc)
        if self.items:
            s += " You see: " + ", ".join(sorted(self.items)) + "."
        doors = sorted(self.exits)
        s += " Exits: " + (", ".join(d + ("(locked)" if d in self.locked else "") for d in doors) or "none")
        return s

class Game:
    DIRS = {'n': 'north', 's': 'south', 'e': 'east', 'w': 'west', 'u': 'up', 'd': 'down'}
    def __init__(self):
        self.rooms = {
            'hall': Room('Hall', 'A dusty hall.', {'north': 'library', 'east': 'kitchen'}, ['umbrella']),
            'library': Room('Library', 'Shelves of books.', {'south': 'hall', 'up': 'attic'}, ['book', 'candle'], {'up': 'brass key'}),
            'kitchen': Room('Kitchen', 'Smells of bread.', {'west': 'hall', 'down': 'cellar'}, ['bread', 'brass key']),
            'cellar': Room('Cellar', 'Dark and damp.', {'up': 'kitchen'}, ['wine']),
            'attic': Room('Attic', 'A treasure chest glints.', {'down': 'library'}, ['treasure']),
        }
        self.here = 'hall'
        self.inv = []
        self.moves = 0
        self.score = 0
        self.handlers = {name[4:]: getattr(self, name) for name in dir(self) if name.startswith('cmd_')}
    def room(self):
        return self.rooms[self.here]
    def do(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        if verb in self.DIRS:
            verb, args = 'go', [self.DIRS[verb]]
        elif verb in self.DIRS.values():
            verb, args = 'go', [verb]
        handler = self.handlers.get(verb)
        if handler is None:
            return "I don't know how to %r." % verb
        self.moves += 1
        return handler(' '.join(args))
    def cmd_look(self, arg):
        return self.room().describe()
    def cmd_go(self, direction):
        r = self.room()
        if direction not in r.exits:
            return "You can't go %s." % (direction or 'nowhere')
        if direction in r.locked:
            need = r.locked[direction]
            if need not in self.inv:
                return "The way %s is locked." % direction
            del r.locked[direction]
            msg = "You unlock it with the %s. " % need
        else:
            msg = ""
        self.here = r.exits[direction]
        if self.here == 'cellar' and 'candle' not in self.inv:
            raise GameOver("You fall down the dark stairs.")
        return msg + self.room().describe()
    def cmd_take(self, item):
        r = self.room()
        if item == 'all':
            got = sorted(r.items)
            self.inv.extend(got)
            r.items.clear()
            return "Taken: " + (", ".join(got) or "nothing")
        if item not in r.items:
            return "No %s here." % item
        r.items.remove(item)
        self.inv.append(item)
        if item == 'treasure':
            self.score += 50
            raise GameOver("You found the treasure!")
        self.score += 5
        return "Taken %s." % item
    def cmd_drop(self, item):
        if item not in self.inv:
            return "You don't have %s." % item
        self.inv.remove(item)
        self.room().items.append(item)
        return "Dropped %s." % item
    def cmd_inventory(self, arg):
        return "You carry: " + (", ".join(sorted(self.inv)) or "nothing")
    cmd_i = cmd_inventory
    def save(self):
        return (self.here, tuple(self.inv), self.moves, self.score,
                {k: (tuple(r.items), tuple(sorted(r.locked.items()))) for k, r in self.rooms.items()})
    def restore(self, state):
        self.here, inv, self.moves, self.score, rooms = state
        self.inv = list(inv)
        for k, (items, locked) in rooms.items():
            self.rooms[k].items = list(items)
            self.rooms[k].locked = dict(locked)

script = ["look", "take umbrella", "n", "take book", "up", "s", "e", "take brass key", "dance",
          "i", "drop umbrella", "look", "w", "north", "take candle", "take candle", "go up", "",
          "take treasure", "look"]
g = Game()
print(sorted(g.handlers))
try:
    for cmd in script:
        print("> " + cmd)
        print(g.do(cmd))
except GameOver as e:
    print("*** %s *** score=%d moves=%d" % (e, g.score, g.moves))
g2 = Game()
print(g2.do("e"))
snap = g2.save()
print(g2.do("take all"), g2.inv)
g2.restore(snap)
print(g2.do("i"), g2.room().items)
try:
    print(g2.do("d"))
except GameOver as e:
    print("*** %s ***" % e)
print(g2.save()[0], g2.moves)
