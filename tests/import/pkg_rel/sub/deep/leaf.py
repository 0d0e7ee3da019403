# relative imports at every level from pkg_rel.sub.deep.leaf, and one level too many
from . import __name__ as here_pkg
from .. import __name__ as parent_pkg
from ... import top
from ...top import top_val
from ..deep import __name__ as again

print(here_pkg, parent_pkg, top.top_val, top_val, again)
try:
    from .... import top
except ImportError as e:
    print("ImportError", e)
