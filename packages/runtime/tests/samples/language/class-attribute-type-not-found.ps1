# An attribute on a class names a type that must exist when the script is parsed.
[NoSuchAttribute()]
class Tagged {}
'not reached'
