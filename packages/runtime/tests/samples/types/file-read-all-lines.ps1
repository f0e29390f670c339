[System.IO.File]::ReadAllLines("$PWD/file-read-all-lines.data").Count
[System.IO.File]::Exists("$PWD/no-such-file.data")
