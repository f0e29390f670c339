# Text that is no Guid: a non-terminating StringNotRecognizedAsGuid error, then the cmdlet still writes its
# (null) Guid? (NewGuidCommand.ProcessRecord); -Empty and -InputObject are in different parameter sets.
$r = New-Guid -InputObject 'zz'
$null -eq $r
$Error[0].Exception.GetType().FullName
$Error[0].CategoryInfo.Category
New-Guid -Empty -InputObject 'x'
