[System.IO.Path]::GetFileName($PSScriptRoot)
