1..5 | Select-Object –First 2
