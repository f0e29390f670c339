# A catch clause for a subclass of a type an earlier catch of the same try already handles is a parse error
# (SemanticChecks.VisitTryStatement: type2.IsSubclassOf(type1)); IO.IOException derives from System.Exception.
try { 'body' } catch [Exception] { 'first' } catch [IO.IOException] { 'second' }
'not reached'
