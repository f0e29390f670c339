$n = 'file'
"${n}s"
"${n}:x"
