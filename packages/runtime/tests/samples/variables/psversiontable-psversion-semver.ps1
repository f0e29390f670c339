# $PSVersionTable.PSVersion is a SemanticVersion (Major/Minor/Patch/labels) that compares with [version] and strings;
# the table lists PSVersion, PSEdition, then the other keys alphabetically (PSVersionHashTable's Keys); the compatible
# versions are PSVersionInfo's list (1.0 to 7.0).
$v = $PSVersionTable.PSVersion
$v.GetType().FullName
$v -is [semver]
$v.Major -eq 7
$v.Patch -ge 0
$null -eq $v.PreReleaseLabel
"$v" -eq "$($v.Major).$($v.Minor).$($v.Patch)"
$v -ge [version]'7.0'
$v -ge '7.0'
$v -lt '8.0'
[version]'7.0' -le $v
([version]$v).GetType().FullName
$PSVersionTable.Keys -join ','
$PSVersionTable.PSCompatibleVersions -join ","
