# machine.mem8/mem16/mem32 (unix port): reads and writes go through the kernel, so bad
# addresses raise OSError instead of crashing; misaligned ones raise ValueError
try:
    import machine, ffi
except ImportError:
    print("SKIP")
    raise SystemExit

libc = ffi.open("libc.so.6")
malloc = libc.func("L", "malloc", "L")
free = libc.func("v", "free", "L")
addr = malloc(64)
view = ffi.as_bytearray(addr, 8)

machine.mem32[addr] = 0x11223344
machine.mem32[addr + 4] = 0xFFFFFFFF
print(hex(machine.mem32[addr]), hex(machine.mem32[addr + 4]), machine.mem32[addr + 4] > 0)
print(hex(machine.mem16[addr]), hex(machine.mem16[addr + 2]), hex(machine.mem8[addr]), hex(machine.mem8[addr + 3]))
print(bytes(ffi.as_bytearray(addr, 8)))
machine.mem8[addr] = 0x141        # only the low byte is stored
machine.mem16[addr + 2] = 0xABCD
print(bytes(ffi.as_bytearray(addr, 4)))
machine.mem32[addr] = -1
print(hex(machine.mem32[addr]))
print(machine.mem8, machine.mem16, machine.mem32)

for m, a in ((machine.mem16, addr + 1), (machine.mem32, addr + 2), (machine.mem32, 3)):
    try:
        m[a]
    except ValueError as e:
        print("ValueError")
for a in (0, 16, 0xFFFFFFFFFFFFFF00):
    try:
        print(machine.mem32[a])
    except OSError as e:
        print("OSError read", a)
    try:
        machine.mem8[a] = 1
    except OSError as e:
        print("OSError write", a)
# code is mapped read-only: a write there fails cleanly
code = libc.func("L", "dlsym", "Ls")(0, "malloc")
print(machine.mem8[code] == machine.mem8[code])
try:
    machine.mem8[code] = machine.mem8[code]
    print("wrote to code")
except OSError:
    print("OSError write to code")
try:
    machine.mem32["x"]
except TypeError:
    print("TypeError")
free(addr)
