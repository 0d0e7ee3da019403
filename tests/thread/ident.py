# get_ident: an int, constant within a thread, distinct between live threads, and the value
# start_new_thread returned.
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit

main_id = _thread.get_ident()
print(isinstance(main_id, int), main_id == _thread.get_ident())

lock = _thread.allocate_lock()
hold = _thread.allocate_lock()
hold.acquire()
seen = []


def worker():
    me = _thread.get_ident()
    with lock:
        seen.append(me)
    hold.acquire()      # stay alive until the main thread has looked (idents may be reused)
    hold.release()


started = [_thread.start_new_thread(worker, ()) for _ in range(5)]
while True:
    with lock:
        if len(seen) == 5:
            break
print(sorted(seen) == sorted(started))
print(len(set(seen)), main_id in seen)
hold.release()
