# ScriptHelp.Tests.ps1 'get-help HelpFunc1': comment-based help before a function, read through the help object.
# .SYNOPSIS
#
#    A relatively useless function.
#
# .DESCRIPTION
#
#    A description
#
#        with indented text and a blank line.
#
# .NOTES
#
#    This function is mostly harmless.
#
# .LINK
#
#    https://blogs.msdn.com/powershell
#
# .LINK
#
#    other commands
#
# .EXAMPLE
#
#    If you need an example, you're hopeless.
#
# .INPUTS
#
#    Anything you like.
#
# .OUTPUTS
#
#    Nothing.
#
# .COMPONENT
#
#    Something
#
# .ROLE
#
#    CrazyUser
#
# .FUNCTIONALITY
#
#    Useless
#
function helpFunc1 {}

$x = Get-Help helpFunc1
$x.Synopsis
$x.Description[0].Text -ceq "A description`n`n    with indented text and a blank line."
$x.alertSet.alert[0].Text
$x.relatedLinks.navigationLink[0].uri
$x.relatedLinks.navigationLink[1].linkText
$x.examples.example.code
$x.inputTypes.inputType.type.name
$x.returnValues.returnValue.type.name
$x.Component
$x.Role
$x.Functionality
$x.Category
(Get-Help helpFunc1 -Component Something).Name
(Get-Help helpFunc1 -Role CrazyUser).Name
(Get-Help helpFunc1 -Functionality Useless).Name
Get-Help helpFunc1 -Component blah -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
