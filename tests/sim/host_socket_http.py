# The board's sockets are the host's: this CPython script runs an HTTP server on 127.0.0.1 and
# a firmware that joins WLAN, resolves "localhost" with the host resolver and GETs a page with
# a blocking socket (wall-time waits while the virtual clock stands still), then the same with
# a timeout set by settimeout (wall time) against a server that never answers. Then asyncio
# with a ticker task while a slow server (0.3 s of wall time) answers, under --until 60s: the
# virtual clock follows the wall clock while sockets are waited for, so the run is not cut.
import http.server
import os
import socket
import subprocess
import tempfile
import threading
import time


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("page %s" % self.path).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


srv = http.server.HTTPServer(("127.0.0.1", 0), Handler)
port = srv.server_address[1]
threading.Thread(target=srv.serve_forever, daemon=True).start()
silent = socket.socket()
silent.bind(("127.0.0.1", 0))
silent.listen(1)
silent_port = silent.getsockname()[1]

FIRMWARE = """
import network, socket, time
sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect('Wokwi-GUEST', '')
while not sta.isconnected():
    time.sleep_ms(100)
ai = socket.getaddrinfo('localhost', %d, socket.AF_INET, socket.SOCK_STREAM)[0]
print('resolved', ai[-1][0], ai[-1][1] == %d)
t0 = time.ticks_ms()
s = socket.socket()
s.connect(ai[-1])
s.send(b'GET /hello?x=1 HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n')
resp = b''
while True:
    d = s.recv(256)
    if not d:
        break
    resp += d
s.close()
print(resp.split(b'\\r\\n')[0], resp.split(b'\\r\\n\\r\\n')[1])
print('virtual ms spent waiting', time.ticks_diff(time.ticks_ms(), t0) < 5)
s = socket.socket()
s.settimeout(0.2)
s.connect(('127.0.0.1', %d))
try:
    s.recv(10)
except OSError as e:
    print('timeout', e)
s.close()
""" % (port, port, silent_port)

def slow_server(ls):
    c, _ = ls.accept()
    c.recv(100)
    time.sleep(0.3)
    c.sendall(b"late reply")
    c.close()


slow = socket.socket()
slow.bind(("127.0.0.1", 0))
slow.listen(1)
threading.Thread(target=slow_server, args=(slow,), daemon=True).start()

FIRMWARE_ASYNC = """
import asyncio, network, time
sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect('Wokwi-GUEST', '')
while not sta.isconnected():
    time.sleep_ms(100)
ticks = 0
async def ticker():
    global ticks
    while True:
        await asyncio.sleep_ms(50)
        ticks += 1
async def main():
    asyncio.create_task(ticker())
    r, w = await asyncio.open_connection('127.0.0.1', %d)
    w.write(b'hi')
    await w.drain()
    print('reply', await r.read(-1), 'ticker ran', ticks > 0)
asyncio.run(main())
""" % slow.getsockname()[1]

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "main.py"), "w") as f:
        f.write(FIRMWARE)
    r = subprocess.run([os.path.abspath(os.environ["MICROPY_SIM"]), "--fs", d, os.path.join(d, "main.py")],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
    print(r.stdout.decode().replace("\r\n", "\n"), end="")
    print("exit", r.returncode)
    with open(os.path.join(d, "main.py"), "w") as f:
        f.write(FIRMWARE_ASYNC)
    r = subprocess.run([os.path.abspath(os.environ["MICROPY_SIM"]), "--fs", d, "--until", "60s",
                        os.path.join(d, "main.py")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
    print(r.stdout.decode().replace("\r\n", "\n"), end="")
    print("exit", r.returncode)
srv.shutdown()
silent.close()
slow.close()
