# Tiny bytecode VM: assembler with labels, stack machine, calls, errors

class VMError(Exception):
    pass

OPCODES = ['PUSH', 'POP', 'ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'DUP', 'SWAP', 'OVER',
           'JMP', 'JZ', 'JNZ', 'LOAD', 'STORE', 'PRINT', 'CALL', 'RET', 'HALT', 'LT', 'EQ']
OP = {name: i for i, name in enumerate(OPCODES)}
HAS_ARG = {'PUSH', 'JMP', 'JZ', 'JNZ', 'LOAD', 'STORE', 'CALL'}

def assemble(src):
    labels = {}
    code = []
    pending = []
    for lineno, line in enumerate(src.strip().split('\n'), 1):
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        name = parts[0].upper()
        if name not in OP:
            raise VMError("line %d: unknown op %s" % (lineno, name))
        code.append(OP[name])
        if name in HAS_ARG:
            if len(parts) != 2:
                raise VMError("line %d: %s needs an argument" % (lineno, name))
            arg = parts[1]
            if arg.lstrip('-').isdigit():
                code.append(int(arg))
            else:
                pending.append((len(code), arg, lineno))
                code.append(0)
    for pos, lab, lineno in pending:
        if lab not in labels:
            raise VMError("line %d: undefined label %s" % (lineno, lab))
        code[pos] = labels[lab]
    return code, labels

def run(code, max_steps=100000):
    stack = []
    frames = []
    mem = [0] * 16
    out = []
    pc = 0
    steps = 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit")
        op = code[pc]
        pc += 1
        name = OPCODES[op]
        if name in HAS_ARG:
            arg = code[pc]
            pc += 1
        try:
            if name == 'PUSH': stack.append(arg)
            elif name == 'POP': stack.pop()
            elif name == 'DUP': stack.append(stack[-1])
            elif name == 'SWAP': stack[-1], stack[-2] = stack[-2], stack[-1]
            elif name == 'OVER': stack.append(stack[-2])
            elif name in ('ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'LT', 'EQ'):
                b = stack.pop(); a = stack.pop()
                if name == 'ADD': r = a + b
                elif name == 'SUB': r = a - b
                elif name == 'MUL': r = a * b
                elif name == 'DIV': r = a // b
                elif name == 'MOD': r = a % b
                elif name == 'LT': r = int(a < b)
                else: r = int(a == b)
                stack.append(r)
            elif name == 'JMP': pc = arg
            elif name == 'JZ':
                if stack.pop() == 0: pc = arg
            elif name == 'JNZ':
                if stack.pop() != 0: pc = arg
            elif name == 'LOAD': stack.append(mem[arg])
            elif name == 'STORE': mem[arg] = stack.pop()
            elif name == 'PRINT': out.append(stack.pop())
            elif name == 'CALL':
                frames.append(pc); pc = arg
            elif name == 'RET':
                pc = frames.pop()
            elif name == 'HALT':
                return out, steps, stack
        except IndexError:
            raise VMError("stack underflow at pc=%d (%s)" % (pc - 1, name))
        except ZeroDivisionError as e:
            raise VMError("division by zero at pc=%d" % (pc - 1)) from e

FACT = """
    push 10
    store 0      ; n
    push 1
    store 1      ; acc
loop:
    load 0
    jz done
    load 1
    load 0
    mul
    store 1
    load 0
    push 1
    sub
    store 0
    jmp loop
done:
    load 1
    print
    halt
"""
code, labels = assemble(FACT)
print(code)
print(sorted(labels.items()))
print(run(code))

FIBS = """
    push 0
    push 1
    push 15
    store 2
again:
    over
    print
    dup
    call addprev
    load 2
    push 1
    sub
    dup
    store 2
    jnz again
    halt
addprev:           ; a b b -> b a+b
    swap
    pop
    swap
    over
    add
    ret
"""
code, _ = assemble(FIBS)
out, steps, st = run(code)
print(out, steps, st)

PRIMES = """
    push 2
    store 0
outer:
    load 0
    push 60
    lt
    jz end
    push 2
    store 1
inner:
    load 1
    load 1
    mul
    load 0
    swap
    lt
    jnz isprime
    load 0
    load 1
    mod
    jz notprime
    load 1
    push 1
    add
    store 1
    jmp inner
isprime:
    load 0
    print
notprime:
    load 0
    push 1
    add
    store 0
    jmp outer
end:
    halt
"""
out, steps, _ = run(assemble(PRIMES)[0])
print(out, steps)
for bad in ["push 1\nadd\nhalt", "push 1\npush 0\ndiv\nhalt", "frob 3", "jmp nowhere", "push", "loop:\njmp loop"]:
    try:
        print(run(assemble(bad)[0], max_steps=500))
    except VMError as e:
        print("VMError:", e, "| cause:", type(e.__cause__).__name__)
