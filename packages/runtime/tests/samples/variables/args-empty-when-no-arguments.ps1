function f { $args.Count }
f
