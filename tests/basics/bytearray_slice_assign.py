# bytearray slice assignment and deletion
ba = bytearray(b'0123456789')
ba[2:4] = b'ab'
print(ba)
ba[2:4] = b'XYZW'
print(ba)
ba[0:3] = b''
print(ba)
ba[:] = b'reset'
print(ba)
ba[1:1] = b'---'
print(ba)
del ba[0]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
ba = bytearray(range(10))
ba[::2] = bytes(5)
print(ba)
ba[-2:] = bytearray(b'zz')
print(ba)
ba[len(ba):] = b'end'
print(ba)
