$zero = 0
1 / $zero
'next'
