[System.IO.Path]::GetFileName($PSCommandPath)
