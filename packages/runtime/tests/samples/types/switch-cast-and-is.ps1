# [switch] as a cast or -as gives a SwitchParameter; a plain Boolean is no [switch], a SwitchParameter no [bool].
([switch]$true).GetType().Name
([switch]$false).IsPresent
([switch]$null).IsPresent
($true -as [switch]).GetType().Name
$true -is [switch]
([switch]$true) -is [switch]
([switch]$true) -is [bool]
[bool]([switch]$true)
