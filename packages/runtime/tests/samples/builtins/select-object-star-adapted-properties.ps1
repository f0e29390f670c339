# Select-Object * copies a .NET object's adapted properties (System.Version's six), in declaration order.
$v = [version]'1.2.3' | Select-Object *
$v.psobject.Properties.Name -join ','
$v.Build
# Format-List * lists them too.
[version]'4.5' | Format-List * | Out-String -Stream | ForEach-Object { "[$_]" }
# A wrapped object lists its extended members first, then the adapted ones.
$w = Add-Member -InputObject ([version]'1.2') -NotePropertyName Note -NotePropertyValue 1 -PassThru
($w | Select-Object *).psobject.Properties.Name -join ','
