function f { param($first, [Parameter(ValueFromRemainingArguments)]$rest) $first; $rest.Count }
f a b c
