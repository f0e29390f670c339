[double]'1.5' * 2
[long]2147483648 * 2
[decimal]'0.1' * 3
