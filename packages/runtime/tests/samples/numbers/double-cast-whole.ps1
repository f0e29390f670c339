# [double] of a whole number stays a Double; [int] of a whole Double is an Int32.
([double]5).GetType().Name
[double]1 -is [int]
[double]1 -is [double]
([double]'5').GetType().Name
([int]2.0).GetType().Name
[double]3 | ForEach-Object GetType | ForEach-Object Name
