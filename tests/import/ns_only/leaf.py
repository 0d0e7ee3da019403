value = "ns_only.leaf"
