& { @($input).Count }
& { [cmdletbinding()]param() begin { @($input).Count } }
& { [cmdletbinding()]param() process { @($input).Count } }
& { [cmdletbinding()]param() end { @($input).Count } }
