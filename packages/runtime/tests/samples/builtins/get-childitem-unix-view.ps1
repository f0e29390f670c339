# Get-ChildItem on Unix uses pwsh's childrenWithUnixStat view: one table per directory under `    Directory: <path>`,
# fixed widths (UnixMode 10, User 10 right, Group 10, LastWriteTime 16 right as '{0:d} {0:HH}:{0:mm}', Size 12 right),
# Name gets the rest of the 120 columns (57) and wraps; directories first, then files, by name ignoring case.
# User and Group vary per machine, so characters 10..31 (those two columns and their separators) are cut out.
$d = Join-Path $PWD 'gci-unix-view.tmp.dir'
New-Item -ItemType Directory -Path $d | Out-Null
$long = 'long-name-' + ('x' * 60) + '.txt'
Set-Content -Path (Join-Path $d 'b.txt') -Value 'hello' -NoNewline
Set-Content -Path (Join-Path $d 'A.log') -Value ('x' * 1234) -NoNewline
New-Item -Path $d -Name $long | Out-Null
chmod 644 (Join-Path $d 'b.txt') (Join-Path $d 'A.log') (Join-Path $d $long)
(Get-Item (Join-Path $d 'b.txt')).LastWriteTime = [datetime]'2024-01-15 09:05:00'
(Get-Item (Join-Path $d 'A.log')).LastWriteTime = [datetime]'2023-12-31 23:59:30'
(Get-Item (Join-Path $d $long)).LastWriteTime = [datetime]'2024-06-01 12:00:00'
Get-ChildItem $d | Out-String -Stream | ForEach-Object {
    $line = $_.Replace($d, '<dir>')
    if ($line.Length -gt 32) { $line.Substring(0, 10) + $line.Substring(32) } else { $line }
}
Remove-Item $d -Recurse
