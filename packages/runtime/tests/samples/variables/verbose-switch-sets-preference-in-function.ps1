function f { [CmdletBinding()] param() $VerbosePreference }
f
f -Verbose
