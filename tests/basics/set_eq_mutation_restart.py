# A set element whose __eq__ clears and refills the set on every call: the search restarted
# forever (py/objset.c). Now the comparison result for the element that caused a restart is
# reused when the search meets it again, so the add finishes as in CPython.
class K:
    def __init__(s, v):
        s.v = v

    def __hash__(s):
        return 1

    def __eq__(s, o):
        st.clear()
        for i in range(100):
            st.add(i)
        return False


st = set()
for i in range(5):
    st.add(K(i))
print('set built', len(st), sorted(k for k in st if isinstance(k, int)) == list(range(100)))
print(K(7) in st, len(st))
st.discard(K(8))
print(len(st))
