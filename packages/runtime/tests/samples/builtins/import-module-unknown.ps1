Import-Module NoSuchThing
'after'
