# btree: bad arguments and bad streams raise exceptions, never crash.
import btree
import io


def attempt(what, fn):
    try:
        fn()
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__)


attempt("not a stream", lambda: btree.open(42))
attempt("positional flags", lambda: btree.open(io.BytesIO(), 0))
attempt("bad pagesize", lambda: btree.open(io.BytesIO(), pagesize=1000))
attempt("bad minkeypage", lambda: btree.open(io.BytesIO(), minkeypage=1))
attempt("garbage stream", lambda: btree.open(io.BytesIO(b"this is not a database" * 100)))
db = btree.open(io.BytesIO())
attempt("int key", lambda: db.put(1, b"x"))
attempt("None value", lambda: db.put(b"x", None))
attempt("list key get", lambda: db.get([1]))
attempt("keys bad start", lambda: db.keys(5))
attempt("keys bad flags", lambda: db.keys(None, None, "x"))
db.close()
db.close()  # closing twice is fine
attempt("get after close", lambda: db.get(b"x"))


def store():
    db[b"x"] = b"y"


def delete():
    del db[b"x"]


attempt("setitem after close", store)
attempt("delitem after close", delete)
attempt("contains after close", lambda: b"x" in db)
attempt("iter after close", lambda: list(db))
attempt("flush after close", lambda: db.flush())
