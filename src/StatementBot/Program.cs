using StatementBot.Cli;

// The terminal front end; `serve` (Discord) is one of its verbs.
return await StatementBotCli.RunAsync(args, Terminal.Console);
