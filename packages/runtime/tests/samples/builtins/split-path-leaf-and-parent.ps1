Split-Path /tmp/a/b.txt -Leaf
Split-Path /tmp/a/b.txt
