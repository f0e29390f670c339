# Attribute arguments inside a class must be constants: a script block cannot be stored in .NET metadata.
class Checked {
    [ValidateScript({ $_ -gt 0 })]
    [int]$Count
}
'not reached'
