([type]'string').FullName
[type]'System.Collections.Hashtable' -eq [hashtable]
'nosuch.type' -as [type]
