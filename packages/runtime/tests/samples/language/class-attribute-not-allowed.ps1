# [Flags()] is valid on enums only (its AttributeUsage), checked at parse time.
[Flags()]
class NotAnEnum {}
'not reached'
