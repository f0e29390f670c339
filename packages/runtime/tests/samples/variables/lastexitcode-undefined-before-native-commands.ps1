$null -eq $LASTEXITCODE
