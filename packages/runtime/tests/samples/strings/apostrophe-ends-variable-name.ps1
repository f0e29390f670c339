$n = 'Bob'
"$n's car"
