$hash = @{ a = 1; b = 2 }
$array = 1..3
${hash}?.a
${array}?.Length
[int32]::MaxValue?.ToString()
