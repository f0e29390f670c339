"{{literal}} {0}" -f 1
