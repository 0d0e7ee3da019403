class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__("need %d have %d" % (need, have))
        self.need = need
        self.have = have
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("bad amount")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return "Account(%d, %s, %d)" % (self.id, self.owner, self.balance)
def transfer(a, b, amt):
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print("transfer failed:", e, e.need - e.have)
        return False
    else:
        b.deposit(amt)
        return True
    finally:
        print("transfer attempted", a.owner, "->", b.owner, amt)
alice = Account("alice", 100)
bob = Account("bob")
print(transfer(alice, bob, 30), transfer(bob, alice, 50), transfer(bob, alice, 30))
print(alice, bob)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(alice.history, bob.history)
accounts = sorted([alice, bob, Account("carol", 75)], key=lambda a: a.balance, reverse=True)
print([a.owner for a in accounts], sum(a.balance for a in accounts))
