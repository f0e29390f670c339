'before'
configuration WebServer
