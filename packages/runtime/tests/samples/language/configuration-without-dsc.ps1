'before'
configuration WebServer {
    Node localhost {
        File Readme {
            DestinationPath = '/tmp/readme.txt'
            Contents = 'hello'
        }
    }
}
