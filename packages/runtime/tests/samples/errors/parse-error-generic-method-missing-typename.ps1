$object.Method[type,]()
