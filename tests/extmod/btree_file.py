# btree: a database in a real file, reopened later; data reaches the file on flush()/close().
import btree
import os

NAME = "btree_file_test.db"
try:
    os.remove(NAME)
except OSError:
    pass
try:
    f = open(NAME, "r+b")
except OSError:
    f = open(NAME, "w+b")
db = btree.open(f, pagesize=512, cachesize=32768, minkeypage=2)
for i in range(300):
    db[b"%05d" % i] = b"value %d" % (i * i)
db.close()
f.close()
print(os.stat(NAME)[6] > 0)

f = open(NAME, "r+b")
db = btree.open(f)
print(db[b"00000"], db[b"00299"], len(list(db)))
del db[b"00100"]
db[b"new"] = b"entry"
db.flush()
print(b"00100" in db)
db.close()
f.close()

f = open(NAME, "rb+")
db = btree.open(f)
print(b"00100" in db, db[b"new"], list(db.keys(b"00297", b"00300")))
db.close()
f.close()
os.remove(NAME)
