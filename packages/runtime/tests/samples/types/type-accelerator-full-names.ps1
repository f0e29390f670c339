[int].FullName
[string].FullName
[hashtable].FullName
[pscustomobject].FullName
[regex].FullName
