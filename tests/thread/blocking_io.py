# Blocking socket calls run without the GIL: a thread blocked in accept()/recv() lets the main
# thread connect and send (with the GIL held across the wait this would never finish).
try:
    import _thread
    import socket
except ImportError:
    print("SKIP")
    raise SystemExit

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
addr = srv.getsockname()

lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
log = []


stage = 0


def server():
    global stage
    stage = 1
    conn, _ = srv.accept()      # blocks: the main thread has not connected yet
    stage = 2
    data = conn.recv(100)       # blocks: the main thread has not sent yet
    with lock:
        log.append(("server got", data))
    conn.send(data.upper())
    conn.close()
    finished.release()


_thread.start_new_thread(server, ())
while stage != 1:
    pass
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(addr)
while stage != 2:
    pass
c.send(b"ping")
reply = c.recv(100)
finished.acquire()
c.close()
srv.close()
print(log)
print("client got", reply)
