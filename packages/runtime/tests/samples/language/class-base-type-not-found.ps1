# The base class of a class is resolved when the script is parsed (SymbolResolver): nothing runs.
'not reached'
class Derived : NoSuchBaseClass {}
