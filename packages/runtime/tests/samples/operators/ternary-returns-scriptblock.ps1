$result = ${true}?{'Core'}:{'Desktop'}
& $result
