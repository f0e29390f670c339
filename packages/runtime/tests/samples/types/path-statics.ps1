[System.IO.Path]::GetExtension('a/b.txt')
[System.IO.Path]::GetFileNameWithoutExtension('x.tar.gz')
