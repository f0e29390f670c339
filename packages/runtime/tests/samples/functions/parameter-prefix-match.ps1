function f { param($Name) $Name }
f -Na x
