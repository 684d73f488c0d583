"""The command line: one module per subcommand, the typer app in app.py."""
