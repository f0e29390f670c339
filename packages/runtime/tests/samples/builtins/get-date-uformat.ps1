Get-Date -Date '2024-03-05' -UFormat '%Y/%m/%d %A'
