from .. import pkg_attr as parent_attr
