# help() as MicroPython's REPL offers it: the REPL text, help(obj) listing the namespace.

help()
class Config:
    speed = 115200
    name = "uart"
help(Config)
