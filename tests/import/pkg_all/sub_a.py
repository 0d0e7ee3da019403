name = "pkg_all.sub_a"
