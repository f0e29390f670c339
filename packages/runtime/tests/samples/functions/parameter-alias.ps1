function f { param([Alias('n')]$Name) $Name }
f -n x
