// The -Help text, in pwsh's layout, listing the flags exosh accepts.
export const usage = `Usage: exosh [[-File] <filePath> [args]]
             [-Command { - | <script-block> [-args <arg-array>]
                           | <string> [<CommandParameters>] } ]
             [-Emulator] [-Help] [-NoExit] [-NoLogo] [-NonInteractive]
             [-NoProfile] [-OutputFormat {Text | Json}] [-Version]
             [-WorkingDirectory <directoryPath>]

  exosh -Help, -h, -?

        Shows this message.

  -Emulator

        Starts the embedded Exchange Online and Entra ID emulator in-process and makes it
        the endpoint that Connect-ExchangeOnline and Connect-IPPSSession reach.
`;
