# btree: MicroPython's documented example and the mapping interface over a BytesIO.
import btree
import io

f = io.BytesIO()
db = btree.open(f)
print(db)
db[b"3"] = b"three"
db[b"1"] = b"one"
db[b"2"] = b"two"
db.put(b"4", b"four")
db.flush()
for key in db:
    print(key)
for word in db.values(b"2"):
    print(word)
del db[b"2"]
for key, value in db.items():
    print(key, value)

# get / contains / str keys (stored as their UTF-8 bytes)
print(db.get(b"1"), db.get(b"9"), db.get(b"9", b"dflt"))
print(b"1" in db, b"2" in db, "1" in db)
db["k\u00e9"] = "v"
print(db[b"k\xc3\xa9"])
del db["k\u00e9"]

# overwrite, empty key and value, binary data
db[b"1"] = b"uno"
db[b""] = b""
db[b"\x00\xff"] = bytes(range(256))
print(db[b"1"], db[b""], len(db[b"\x00\xff"]))
print(list(db.keys()))
del db[b""]
del db[b"\x00\xff"]

# missing keys
for op in ("get", "del"):
    try:
        if op == "get":
            db[b"nope"]
        else:
            del db[b"nope"]
    except KeyError as e:
        print(op, "KeyError", e.args)
db.close()
print(db)
