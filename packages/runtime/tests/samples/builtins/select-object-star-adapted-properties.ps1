# Select-Object * copies a .NET object's adapted properties (System.Version's six), in declaration order.
$v = [version]'1.2.3' | Select-Object *
$v.psobject.Properties.Name -join ','
$v.Build
# Format-List * lists them too.
[version]'4.5' | Format-List * | Out-String -Stream | ForEach-Object { "[$_]" }
