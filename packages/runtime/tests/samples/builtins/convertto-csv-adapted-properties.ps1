# ConvertTo-Csv writes a .NET object's adapted properties as its columns.
[version]'1.2.3' | ConvertTo-Csv
