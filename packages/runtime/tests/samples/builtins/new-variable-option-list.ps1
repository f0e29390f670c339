# -Option takes a list of ScopedItemOptions names (a [Flags] enum), each an unambiguous prefix; a bad name fails binding.
New-Variable x1 1 -Option ReadOnly, AllScope -PassThru | ForEach-Object { $_.Options.ToString() }
New-Variable x2 1 -Option Read, Priv -PassThru | ForEach-Object { $_.Options.ToString() }
Set-Alias zz Get-Date -Option ReadOnly, AllScope -PassThru | ForEach-Object { $_.Options.ToString() }
New-Variable x3 1 -Option ReadOnly, Bogus
Get-Variable true, false, null | ForEach-Object { "$($_.Name): $($_.Options)" }
