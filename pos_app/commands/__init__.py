"""The manager's office commands of `pos-app` (reports, exports, imports, backups), one module
each, registered in pos_app/cli.py COMMAND_MODULES."""
