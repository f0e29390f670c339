# Get-Unique docs example 2 and Get-Unique.Tests.ps1: adjacent duplicates of a sorted list are dropped.
1, 1, 1, 1, 12, 23, 4, 5, 4643, 5, 3, 3, 3, 3, 3, 3, 3 | Sort-Object | Get-Unique
"a", "b", "b", "d" | Get-Unique
"unsorted:"
1, 2, 1 | gu
