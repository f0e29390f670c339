# Compare-Object.Tests.ps1: a small -SyncWindow reports the far-apart ends as differences.
Compare-Object -ReferenceObject (1..15) -DifferenceObject (15..1) -SyncWindow 6 |
    ForEach-Object { "{0} {1}" -f $_.InputObject, $_.SideIndicator }
