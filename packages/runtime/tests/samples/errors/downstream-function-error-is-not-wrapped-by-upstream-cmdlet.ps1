# An error raised further down the pipeline is not the upstream cmdlet's to wrap (its processor records the failure
# and stops the pipeline); an error leaving a whole pipeline run inside a cmdlet's script block is.
function g { process { [int]::Parse('x') } }
try { 1 | ForEach-Object { $_ } | g } catch { $_.FullyQualifiedErrorId }
try { 1 | ForEach-Object { $_ } | ForEach-Object { [int]::Parse('x') } } catch { $_.FullyQualifiedErrorId }
try { 1 | Where-Object { $true } | ForEach-Object { 1 | ForEach-Object { $_ } | g } } catch { $_.FullyQualifiedErrorId }
