$a = @('x', 'y')
Write-Output @a
