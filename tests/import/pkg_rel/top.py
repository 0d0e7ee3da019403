top_val = "pkg_rel.top"
