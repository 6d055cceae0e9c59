return ConsultEngine.Cli.ConsultCli.Run(args, Console.Out, Console.Error);
