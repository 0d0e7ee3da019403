# repr of printable non-ASCII strings
print(repr('caf\u00e9'), repr('\u4e2d\u6587'), repr('\U0001F600'), repr(['\u00e9']), str('\u00e9'))
print(repr('\u00e9\n'), repr('x\u00e9\'"'))
print(len(repr('\u00e9')))
