$arguments = @{ ErrorAction = $null }
Write-Output x @arguments
'after'
