"""The command line's sub-commands, one module each; :mod:`digest.cli` wires them together."""
