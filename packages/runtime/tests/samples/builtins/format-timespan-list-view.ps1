# System.TimeSpan has a list view (DotNetTypes.format.ps1xml) of its components and totals.
[timespan]'12:00:00' | Out-String -Stream
