# Invoke-Expression parses its text with the same parse-time lookups as a script: the class's base type is not found.
try { Invoke-Expression 'class Derived : NoSuchBaseClass {}' } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }
'after'
