# ports/sim/modules/onewire.py: the 1-Wire bus driver firmware imports (MicroPython's API:
# OneWire(pin) with reset, readbit, readbyte, readinto, writebit, writebyte, write,
# select_rom, scan, crc8; OneWireError). The bit slots run in C on virtual time (_onewire).
import _onewire


class OneWireError(Exception):
    pass


class OneWire:
    SEARCH_ROM = 0xF0
    MATCH_ROM = 0x55
    SKIP_ROM = 0xCC

    def __init__(self, pin):
        self.pin = pin
        self.pin.init(pin.OPEN_DRAIN, pin.PULL_UP)

    def reset(self, required=False):
        present = _onewire.reset(self.pin)
        if required and not present:
            raise OneWireError
        return present

    def readbit(self):
        return _onewire.readbit(self.pin)

    def readbyte(self):
        return _onewire.readbyte(self.pin)

    def readinto(self, buf):
        for i in range(len(buf)):
            buf[i] = _onewire.readbyte(self.pin)

    def writebit(self, value):
        return _onewire.writebit(self.pin, value)

    def writebyte(self, value):
        return _onewire.writebyte(self.pin, value)

    def write(self, buf):
        for b in buf:
            _onewire.writebyte(self.pin, b)

    def select_rom(self, rom):
        self.reset()
        self.writebyte(self.MATCH_ROM)
        self.write(rom)

    # The ROM search (Maxim application note 187): one pass per device; at each bit the
    # devices answer the bit and its complement; a conflict (both 0) is a branch point.
    def scan(self):
        devices = []
        last_branch = -1
        rom = bytearray(8)
        while True:
            if not self.reset():
                return devices
            self.writebyte(self.SEARCH_ROM)
            new_branch = -1
            for i in range(64):
                bit = self.readbit()
                comp = self.readbit()
                if bit and comp:
                    return devices        # no device answered (or one left the bus)
                if not bit and not comp:  # both values present: choose
                    if i < last_branch:
                        bit = (rom[i >> 3] >> (i & 7)) & 1
                    else:
                        bit = 1 if i == last_branch else 0
                    if not bit:
                        new_branch = i
                self.writebit(bit)
                if bit:
                    rom[i >> 3] |= 1 << (i & 7)
                else:
                    rom[i >> 3] &= ~(1 << (i & 7))
            if rom[0] != 0 and _onewire.crc8(rom) == 0:
                devices.append(bytearray(rom))
            last_branch = new_branch
            if last_branch < 0:
                return devices

    def crc8(self, data):
        return _onewire.crc8(data)
