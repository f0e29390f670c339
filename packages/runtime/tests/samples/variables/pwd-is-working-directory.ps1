[System.IO.Path]::GetFileName($PWD.Path)
