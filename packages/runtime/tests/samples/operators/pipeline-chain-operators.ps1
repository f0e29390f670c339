Write-Output 'a' && Write-Output 'b'
Write-Error 'x' -ErrorAction SilentlyContinue || Write-Output 'fallback'
