[bool]'false'
[bool]0
[bool]''
[bool]1
