# machine.reset() closes the sockets of the previous boot (a new heap runs no finalisers): a
# port left listening before the reset can be bound again after it. NVS carries the port over.
# cmdline: --until 20s
import esp32, machine, network, socket, time

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect('Wokwi-GUEST', '')
while not sta.isconnected():
    time.sleep_ms(100)
nvs = esp32.NVS('test')
try:
    port = nvs.get_i32('port')
except OSError:
    port = None
if port is None:
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    s.listen(1)
    nvs.set_i32('port', s.getsockname()[1])
    nvs.commit()
    t = socket.socket()
    try:
        t.bind(('127.0.0.1', s.getsockname()[1]))
    except OSError as e:
        print('in use before reset', e)
    t.close()
    print('resetting')
    machine.reset()
s = socket.socket()
s.bind(('127.0.0.1', port))
s.listen(1)
print('bound again after reset', machine.reset_cause() == machine.HARD_RESET)
s.close()
