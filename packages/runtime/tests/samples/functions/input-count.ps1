function f { @($input).Count }
1, 2, 3 | f
