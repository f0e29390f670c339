# A type constraint on an automatic variable that is not its own type is a parse error (SemanticChecks
# CheckAssignmentTarget, AssignmentStatementToAutomaticNotSupported): $_ is object, so [int]$_ stops the script.
[object]$_ = 'fine'
[int]$_ = 1
'not reached'
