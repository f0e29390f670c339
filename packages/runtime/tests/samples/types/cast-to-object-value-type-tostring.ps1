# A call through an [object] cast runs System.Object's ToString (the type name) and Equals (reference equality).
([object]5).ToString()
$h = @{}
([object]$h).Equals($h)
([object]$h).Equals(@{})
