# The command line's help: each command's and each option's description (`wrap --help`,
# `wrap help COMMAND`, the manual page).
