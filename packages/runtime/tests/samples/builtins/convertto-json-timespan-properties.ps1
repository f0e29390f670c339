# ConvertTo-Json lists a TimeSpan's properties in .NET 8's declaration order, microseconds and nanoseconds included.
(([timespan]'00:00:01.0012345' | ConvertTo-Json | ConvertFrom-Json).psobject.Properties.Name) -join ','
$t = [timespan]'00:00:01.0012345'
$t.Microseconds, $t.Nanoseconds -join ','
