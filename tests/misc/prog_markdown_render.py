# Markdown-subset to HTML renderer: block parsing state machine, inline formatting, escaping

def escape_html(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

def inline(text):
    out = []
    i = 0
    n = len(text)
    stack = []
    while i < n:
        c = text[i]
        if c == '`':
            j = text.find('`', i + 1)
            if j < 0:
                out.append(escape_html(text[i:])); break
            out.append('<code>' + escape_html(text[i + 1:j]) + '</code>')
            i = j + 1
            continue
        if text.startswith('**', i):
            if stack and stack[-1] == 'strong':
                stack.pop(); out.append('</strong>')
            else:
                stack.append('strong'); out.append('<strong>')
            i += 2
            continue
        if c == '*':
            if stack and stack[-1] == 'em':
                stack.pop(); out.append('</em>')
            else:
                stack.append('em'); out.append('<em>')
            i += 1
            continue
        if c == '[':
            close = text.find('](', i)
            end = text.find(')', close + 2) if close >= 0 else -1
            if close >= 0 and end >= 0:
                label = text[i + 1:close]
                url = text[close + 2:end]
                out.append('<a href="%s">%s</a>' % (escape_html(url), inline(label)))
                i = end + 1
                continue
        out.append(escape_html(c))
        i += 1
    while stack:
        out.append('</%s>' % stack.pop())
    return ''.join(out)

def render(md):
    html = []
    para = []
    list_kind = None
    in_code = False
    code = []
    def flush_para():
        if para:
            html.append('<p>' + inline(' '.join(para)) + '</p>')
            para.clear()
    def close_list():
        nonlocal list_kind
        if list_kind:
            html.append('</%s>' % list_kind)
            list_kind = None
    for line in md.split('\n'):
        if line.startswith('```'):
            if in_code:
                html.append('<pre><code>' + escape_html('\n'.join(code)) + '</code></pre>')
                code = []
                in_code = False
            else:
                flush_para(); close_list()
                in_code = True
            continue
        if in_code:
            code.append(line)
            continue
        stripped = line.strip()
        if not stripped:
            flush_para(); close_list()
            continue
        if stripped.startswith('#'):
            level = len(stripped) - len(stripped.lstrip('#'))
            if level <= 6 and stripped[level:level + 1] == ' ':
                flush_para(); close_list()
                html.append('<h%d>%s</h%d>' % (level, inline(stripped[level + 1:]), level))
                continue
        if stripped[:2] in ('- ', '* ') or (stripped.split('. ', 1)[0].isdigit() and '. ' in stripped):
            kind = 'ul' if stripped[:2] in ('- ', '* ') else 'ol'
            item = stripped[2:] if kind == 'ul' else stripped.split('. ', 1)[1]
            flush_para()
            if list_kind != kind:
                close_list()
                html.append('<%s>' % kind)
                list_kind = kind
            html.append('  <li>' + inline(item) + '</li>')
            continue
        if stripped.startswith('> '):
            flush_para(); close_list()
            html.append('<blockquote>' + inline(stripped[2:]) + '</blockquote>')
            continue
        if set(stripped) == {'-'} and len(stripped) >= 3:
            flush_para(); close_list()
            html.append('<hr/>')
            continue
        close_list()
        para.append(stripped)
    if in_code:
        html.append('<pre><code>' + escape_html('\n'.join(code)) + '</code></pre>')
    flush_para(); close_list()
    return '\n'.join(html)

DOC = """# Release *notes*

This release adds **bold** ideas, *emphasis*, and `code <tags>` support.
It also handles [links](http://example.com/?a=1&b=2) nicely.

## Changes
- Faster **parser**
- Fixed `a < b` escaping
* Mixed bullet style

1. First step
2. Second step with [a *link*](x.html)

> Quoted text & more

---
```
def f(x):
    return x < 3 and "ok"
```
Trailing paragraph
with two lines and an unclosed *emphasis
####### not a heading
"""
out = render(DOC)
print(out)
print(len(out.split('\n')), out.count('<li>'), out.count('<p>'))
print(inline("**bold *both***"), inline("a `x*y` b"), inline("[broken](link"), inline("5 > 3 & 2 < 4"))
