$p = @{ First = 2 }
1..5 | Select-Object @p
