using StatementBot.Cli;

// The terminal front end; `serve` (Discord) is one of its verbs.
return await StatementBotCli.Build(Terminal.Console).Parse(args).InvokeAsync();
